"""Score :func:`conflictparse.extract_times` on a folder of TimeML (``.tml``) files or a news gold.

Each file's ``<TEXT>`` is stripped of its tags (keeping the gold offsets into the plain text), the
tagger runs with the file's document creation time (DCT) as the anchor, and the TempEval-3 Task A
measures are printed: strict and relaxed span precision/recall/F1, type and value accuracy (over
the relaxed matches) and F1 (correct attribute / predicted, correct attribute / gold), the errors by
category, and the speed in articles per second.

Usage::

    python benchmarks/times_eval.py [FOLDER] [--show N] [--category NAME] [--split dev|held]
    python benchmarks/times_eval.py --gold benchmarks/gold/times.jsonl [--split news1] [--show N]

FOLDER defaults to ``../shared/corpora/timebank`` (relative to the repository).

``--gold`` scores a JSON Lines gold of our own instead (``benchmarks/gold/times.jsonl``): after
its ``_about`` line, one document a line, ``{doc, split, anchor, timexes}``, the text read from
the shared corpora folder (see the ``_about`` line for how ``doc`` names it); ``--split`` then
names one of its splits, or several with commas (``news2,news4``), scored together. The measures
and the error listing are the same.

``--split`` scores a fixed part of the folder: each file goes to ``held`` when the SHA-1 of its
name (the file name, e.g. ``APW19980213.1310.tml``) is 0 modulo 3, else to ``dev``. Work from the
``dev`` errors; score ``held`` (about a third of the files, never looked at) only to check that
a change generalises. Without ``--split`` every file is scored.
"""

from __future__ import annotations

import argparse
import collections
import datetime as _dt
import functools
import hashlib
import html
import json
import sys
import time
from pathlib import Path
from typing import NamedTuple

import regex

from conflictparse import extract_times

_REPO = Path(__file__).resolve().parent.parent
_CORPORA = _REPO.parent / "shared" / "corpora"
_DEFAULT = _CORPORA / "timebank"
_POLNEAR_FILES = ("dev.jsonl", "train.jsonl")
_TEXT = regex.compile(r"<TEXT>(?P<body>.*?)</TEXT>", regex.DOTALL)
_DCT = regex.compile(r"<DCT>.*?value=\"(?P<value>[^\"]+)\".*?</DCT>", regex.DOTALL)
_TAG = regex.compile(r"<(?P<close>/?)(?P<name>[A-Za-z0-9_]+)(?P<attrs>[^>]*)>")
_ATTR = regex.compile(r"(?P<key>\w+)=\"(?P<value>[^\"]*)\"")


class Timex(NamedTuple):
    """One time expression: offsets into the plain text, type, value and the words."""

    start: int
    end: int
    type: str
    value: str
    text: str


class Document(NamedTuple):
    """A TimeML document reduced to plain text, its DCT and its gold time expressions."""

    name: str
    text: str
    dct: _dt.date | None
    gold: list[Timex]


def read_tml(path: Path) -> Document:
    """Return the plain text, DCT and gold TIMEX3 of one TimeML file."""
    raw = path.read_text(encoding="utf-8")
    body_match = _TEXT.search(raw)
    body = body_match.group("body") if body_match else ""
    dct_match = _DCT.search(raw)
    dct = None
    if dct_match:
        try:
            dct = _dt.date.fromisoformat(dct_match.group("value")[:10])
        except ValueError:
            dct = None
    pieces: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    gold: list[Timex] = []
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag.group("name") != "TIMEX3":
            continue
        if tag.group("close"):
            if open_timex:
                start, attrs = open_timex.pop()
                text = "".join(pieces)[start:length]
                gold.append(
                    Timex(start, length, attrs.get("type", ""), attrs.get("value", ""), text)
                )
        else:
            attrs = {m.group("key"): m.group("value") for m in _ATTR.finditer(tag.group("attrs"))}
            open_timex.append((length, attrs))
    pieces.append(html.unescape(body[position:]))
    return Document(path.stem, "".join(pieces), dct, gold)


def _document_text(reference: str, corpora: Path) -> str:
    """The text a news gold's ``doc`` names: a conflict_news file or a PolNeAR record."""
    if reference.startswith("polnear/"):
        doc_id = reference.removeprefix("polnear/")
        text = _polnear_texts(corpora).get(doc_id)
        if text is None:
            raise KeyError(f"no PolNeAR record {doc_id!r}")
        return text
    return (corpora / f"{reference}.txt").read_text(encoding="utf-8")


@functools.cache
def _polnear_texts(corpora: Path) -> dict[str, str]:
    """PolNeAR's texts by ``doc_id``, the first file listing one winning: read once, not once
    for each document of the gold."""
    texts: dict[str, str] = {}
    for name in _POLNEAR_FILES:
        with (corpora / "polnear" / name).open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                texts.setdefault(record["doc_id"], str(record["text"]))
    return texts


def read_news_gold(path: Path, split: str | None, corpora: Path = _CORPORA) -> list[Document]:
    """Return the documents of a JSON Lines time gold (all, or those of ``split``).

    ``split`` may name several splits with commas ("news2,news4"), scored as one.
    """
    wanted = None if split is None else set(split.split(","))
    documents: list[Document] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if "_about" in record or (wanted is not None and record["split"] not in wanted):
                continue
            text = _document_text(record["doc"], corpora)
            gold = [
                Timex(t["start"], t["end"], t["type"], t["value"], t["text"])
                for t in record["timexes"]
            ]
            for timex in gold:
                if text[timex.start : timex.end] != timex.text:
                    raise ValueError(f"{record['doc']}: offsets do not give {timex.text!r}")
            documents.append(
                Document(record["doc"], text, _dt.date.fromisoformat(record["anchor"]), gold)
            )
    return documents


def in_split(name: str, split: str | None) -> bool:
    """Whether the file ``name`` belongs to ``split`` ("dev", "held" or None for all)."""
    if split is None:
        return True
    held = int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 3 == 0
    return held if split == "held" else not held


def _overlaps(a: Timex, b: Timex) -> bool:
    return a.start < b.end and b.start < a.end


def _prf(correct: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - 40) : start].replace("\n", " ")
    right = text[end : end + 40].replace("\n", " ")
    return f"...{left}[{text[start:end]}]{right}..."


class Scores(NamedTuple):
    """TempEval-3 counts over a set of documents, and the errors by category."""

    gold: int
    predicted: int
    strict: int
    relaxed: int
    type_ok: int
    value_ok: int
    errors: dict[str, list[str]]

    def f1(self, correct: int) -> float:
        """F1 of ``correct`` matches against the predicted and gold counts."""
        return _prf(correct, self.predicted, self.gold)[2]


def tag(documents: list[Document]) -> list[list[Timex]]:
    """Run the tagger on every document, anchored on its date."""
    return [
        [
            Timex(t.span.start, t.span.end, str(t.type), t.value, t.span.text)
            for t in extract_times(document.text, anchor=document.dct)
        ]
        for document in documents
    ]


def score(documents: list[Document], predictions: list[list[Timex]]) -> Scores:
    """Match predictions to gold as TempEval-3 Task A does (exact match preferred to overlap)."""
    n_gold = n_pred = strict = relaxed = type_ok = value_ok = 0
    errors: dict[str, list[str]] = collections.defaultdict(list)
    for document, predicted in zip(documents, predictions, strict=True):
        n_gold += len(document.gold)
        n_pred += len(predicted)
        used: set[int] = set()
        for gold in document.gold:
            match = None
            for index, candidate in enumerate(predicted):
                if index in used or not _overlaps(gold, candidate):
                    continue
                if match is None or (candidate.start, candidate.end) == (gold.start, gold.end):
                    match = index
            where = f"{document.name}: {_context(document.text, gold.start, gold.end)}"
            if match is None:
                errors["missed"].append(f"{where} gold {gold.type} {gold.value}")
                continue
            used.add(match)
            found = predicted[match]
            relaxed += 1
            if (found.start, found.end) == (gold.start, gold.end):
                strict += 1
            else:
                errors["boundary"].append(f"{where} got [{found.text}]")
            if found.type == gold.type:
                type_ok += 1
            else:
                errors["type"].append(f"{where} gold {gold.type} got {found.type}")
            if found.value == gold.value:
                value_ok += 1
            else:
                errors["value"].append(
                    f"{where} gold {gold.type} {gold.value} got {found.type} {found.value}"
                )
        for index, found in enumerate(predicted):
            if index not in used:
                errors["spurious"].append(
                    f"{document.name}: {_context(document.text, found.start, found.end)}"
                    f" {found.type} {found.value}"
                )
    return Scores(n_gold, n_pred, strict, relaxed, type_ok, value_ok, dict(errors))


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation; return the process exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=_DEFAULT)
    parser.add_argument("--gold", type=Path, default=None, help="a JSON Lines news time gold")
    parser.add_argument("--show", type=int, default=0, help="print N examples per category")
    parser.add_argument("--category", default=None, help="only show this error category")
    parser.add_argument(
        "--split",
        default=None,
        help="a folder's dev two thirds or held-out third (by file-name hash), or a gold's"
        " split (several with commas: news2,news4)",
    )
    args = parser.parse_args(argv)
    if args.gold is not None:
        source = args.gold
        documents = read_news_gold(args.gold, args.split)
    else:
        if args.split not in (None, "dev", "held"):
            parser.error("a TimeML folder's split is dev or held")
        source = args.folder
        paths = [p for p in sorted(args.folder.glob("*.tml")) if in_split(p.name, args.split)]
        documents = [read_tml(path) for path in paths]
    if not documents:
        print(f"no documents in {source}", file=sys.stderr)
        return 1
    extract_times("warm up on Monday, Nov. 3, 1998", anchor="2021-11-16")
    began = time.perf_counter()
    predictions = tag(documents)
    elapsed = time.perf_counter() - began
    scores = score(documents, predictions)
    errors = scores.errors

    part = f" [{args.split}]" if args.split else ""
    print(
        f"{source}{part}: {len(documents)} documents, {scores.gold} gold,"
        f" {scores.predicted} predicted"
    )
    for label, correct in (("strict", scores.strict), ("relaxed", scores.relaxed)):
        precision, recall, f1 = _prf(correct, scores.predicted, scores.gold)
        print(f"{label:8} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    for label, correct in (("type", scores.type_ok), ("value", scores.value_ok)):
        accuracy = correct / scores.relaxed if scores.relaxed else 0.0
        print(f"{label:8} accuracy {accuracy:.3f}  F1 {scores.f1(correct):.3f}")
    print("errors: " + ", ".join(f"{name} {len(items)}" for name, items in sorted(errors.items())))
    rate = len(documents) / elapsed if elapsed else float("inf")
    print(f"speed    {rate:.0f} articles/s ({1000 * elapsed / len(documents):.2f} ms/article)")
    if args.show:
        for name, items in sorted(errors.items()):
            if args.category and name != args.category:
                continue
            print(f"\n== {name} ({len(items)})")
            for item in items[: args.show]:
                print("  " + item)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
