"""Score the figures extractor against the hand-made gold in ``benchmarks/gold/figures.jsonl``.

The gold holds document references and figure annotations only (see
``docs/annotation_figures.md``); the article texts are read from the shared corpora folder
(``../shared/corpora`` beside the repository, or ``--corpora``).

A predicted figure matches a gold one when their spans overlap (one-to-one, in text order).
Reported, per split and overall:

* span F1: matched pairs;
* value F1: matched pairs with the same ``value``;
* full F1: matched pairs with the same ``value``, ``counted`` and ``category``;
* qualifier and bounds accuracy over the value-matched pairs.

Usage::

    python benchmarks/figures_eval.py [--split NAME] [--errors] [--corpora PATH]

where NAME is one of the gold file's splits: dev, test, heldout, heldout2, ..., heldout50.
A document is a text file under the corpora folder,
``FILE.jsonl#ID``: the ``text`` of the record whose ``doc_id`` is ID in a JSON Lines file
(re3d's ``documents.jsonl``), or a TimeML ``.tml`` file, read as the plain text of its
``<TEXT>`` element.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conflictparse import extract_figures
from conflictparse.extract.actors import find_actors
from conflictparse.extract.figures import find_figures
from conflictparse.text import Text

if TYPE_CHECKING:
    from conflictparse.model import Figure

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold" / "figures.jsonl"
CORPORA = HERE.parent.parent / "shared" / "corpora"


def _read(corpora: Path, doc: str) -> str:
    """The text of ``doc``: a file, ``FILE.jsonl#ID`` for one record of a JSON Lines file, or
    ``polnear/ID`` for the PolNeAR article ID (in ``train.jsonl`` or ``dev.jsonl``)."""
    path, _, record_id = doc.partition("#")
    if path.endswith(".tml"):
        return _timeml_text((corpora / path).read_text(encoding="utf-8"))
    files = [path]
    if path.startswith("polnear/") and not record_id:
        # A PolNeAR article is named by its doc_id alone: it may sit in either split's file.
        record_id = path.removeprefix("polnear/")
        files = ["polnear/train.jsonl", "polnear/dev.jsonl"]
    elif not record_id:
        return (corpora / path).read_text(encoding="utf-8")
    for name in files:
        with (corpora / name).open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if record.get("doc_id") == record_id:
                    return str(record["text"])
    raise KeyError(f"no record {record_id!r} in {', '.join(files)}")


_TML_BODY = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_TML_TAG = re.compile(r"<[^<>]*>")


def _timeml_text(raw: str) -> str:
    """The plain text of a TimeML file's ``<TEXT>``: tags removed, entities decoded.

    Offsets in the gold are into this text, as in ``times_eval.py``.
    """
    body = _TML_BODY.search(raw)
    if body is None:
        return ""
    return "".join(html.unescape(chunk) for chunk in _TML_TAG.split(body.group(1)))


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _split_names(path: Path) -> list[str]:
    """The splits the gold file names, in the order they first appear: the annotators add a
    split by writing it there, and the command line offers it without a code change."""
    names: dict[str, None] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if "split" in record:
            names.setdefault(record["split"])
    return list(names)


def _load(path: Path, split: str | None) -> dict[str, list[dict[str, Any]]]:
    docs: dict[str, list[dict[str, Any]]] = {}
    splits: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if "_about" in record:
            continue
        if "split" in record:
            splits[record["doc"]] = record["split"]
            docs.setdefault(record["doc"], [])
        else:
            docs[record["doc"]].append(record)
    return {doc: gold for doc, gold in docs.items() if split in (None, splits[doc])}


def _match(
    predicted: tuple[Figure, ...], gold: list[dict[str, Any]]
) -> list[tuple[Figure, dict[str, Any]]]:
    pairs = []
    used: set[int] = set()
    for figure in predicted:
        for index, item in enumerate(gold):
            if index in used:
                continue
            if figure.span.start < item["end"] and item["start"] < figure.span.end:
                pairs.append((figure, item))
                used.add(index)
                break
    return pairs


def _f1(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = hits / predicted if predicted else 1.0
    recall = hits / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _counted(value: str | None) -> str | None:
    return value.lower() if value else None


def evaluate(
    docs: dict[str, list[dict[str, Any]]], corpora: Path, *, show_errors: bool
) -> dict[str, Any]:
    """Run the extractor over every gold document and return the scores."""
    counts: dict[str, int] = defaultdict(int)
    elapsed = 0.0
    figures_only = 0.0
    for doc, gold in docs.items():
        text = _read(corpora, doc)
        began = time.perf_counter()
        model = Text(text)
        predicted = find_figures(model, find_actors(model))
        elapsed += time.perf_counter() - began
        began = time.perf_counter()
        extract_figures(text)
        figures_only += time.perf_counter() - began
        pairs = _match(predicted, gold)
        counts["predicted"] += len(predicted)
        counts["gold"] += len(gold)
        counts["span"] += len(pairs)
        matched_pred = {id(figure) for figure, _ in pairs}
        matched_gold = {id(item) for _, item in pairs}
        for figure, item in pairs:
            value_ok = _same(figure.value, item["value"])
            full_ok = (
                value_ok
                and _counted(figure.counted) == _counted(item["counted"])
                and str(figure.category) == item["category"]
            )
            counts["value"] += value_ok
            counts["full"] += full_ok
            if value_ok:
                counts["qualifier"] += str(figure.qualifier) == item["qualifier"]
                counts["bounds"] += _same(figure.low, item["low"]) and _same(
                    figure.high, item["high"]
                )
            if show_errors and not full_ok:
                print(
                    f"WRONG {doc} {item['start']} {item['text']!r}: got {figure.value:g} "
                    f"{figure.counted} {figure.category} / gold {item['value']:g} "
                    f"{item['counted']} {item['category']}"
                )
        if show_errors:
            for figure in predicted:
                if id(figure) not in matched_pred:
                    print(f"EXTRA {doc} {figure.span.start} {figure.span.text!r} {figure.counted}")
            for item in gold:
                if id(item) not in matched_gold:
                    print(f"MISS  {doc} {item['start']} {item['text']!r}")
    result: dict[str, Any] = {"documents": len(docs), **counts}
    for key in ("span", "value", "full"):
        precision, recall, f1 = _f1(counts[key], counts["predicted"], counts["gold"])
        result[f"{key}_f1"] = round(f1, 3)
        result[f"{key}_p"] = round(precision, 3)
        result[f"{key}_r"] = round(recall, 3)
    if counts["value"]:
        result["qualifier_acc"] = round(counts["qualifier"] / counts["value"], 3)
        result["bounds_acc"] = round(counts["bounds"] / counts["value"], 3)
    result["ms_per_article_actors_and_figures"] = round(1000 * elapsed / max(1, len(docs)), 2)
    result["ms_per_article_extract_figures"] = round(1000 * figures_only / max(1, len(docs)), 2)
    return result


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default=None, help="one split of the gold file (default: all)")
    parser.add_argument("--errors", action="store_true", help="list every mismatch")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    args = parser.parse_args(argv)
    splits = _split_names(args.gold)
    if args.split is not None and args.split not in splits:
        parser.error(f"--split must be one of {', '.join(splits)}")
    if not args.corpora.exists():
        print(f"corpora not found at {args.corpora}", file=sys.stderr)
        return 2
    result = evaluate(_load(args.gold, args.split), args.corpora, show_errors=args.errors)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
