"""Score :func:`conflictparse.extract_times` on a folder of TimeML (``.tml``) files.

Each file's ``<TEXT>`` is stripped of its tags (keeping the gold offsets into the plain text), the
tagger runs with the file's document creation time (DCT) as the anchor, and the TempEval-3 Task A
measures are printed: strict and relaxed span precision/recall/F1, type and value accuracy (over
the relaxed matches) and F1 (correct attribute / predicted, correct attribute / gold), the errors by
category, and the speed in articles per second.

Usage::

    python benchmarks/times_eval.py [FOLDER] [--show N] [--category NAME] [--split dev|held]

FOLDER defaults to ``../shared/corpora/timebank`` (relative to the repository).

``--split`` scores a fixed part of the folder: each file goes to ``held`` when the SHA-1 of its
name (the file name, e.g. ``APW19980213.1310.tml``) is 0 modulo 3, else to ``dev``. Work from the
``dev`` errors; score ``held`` (about a third of the files, never looked at) only to check that
a change generalises. Without ``--split`` every file is scored.
"""

from __future__ import annotations

import argparse
import collections
import datetime as _dt
import hashlib
import html
import sys
import time
from pathlib import Path
from typing import NamedTuple

import regex

from conflictparse import extract_times

_REPO = Path(__file__).resolve().parent.parent
_DEFAULT = _REPO.parent / "shared" / "corpora" / "timebank"
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


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation; return the process exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=_DEFAULT)
    parser.add_argument("--show", type=int, default=0, help="print N examples per category")
    parser.add_argument("--category", default=None, help="only show this error category")
    parser.add_argument(
        "--split",
        choices=("dev", "held"),
        default=None,
        help="score only the dev two thirds or the held-out third (by file-name hash)",
    )
    args = parser.parse_args(argv)
    paths = [p for p in sorted(args.folder.glob("*.tml")) if in_split(p.name, args.split)]
    if not paths:
        print(f"no .tml files in {args.folder}", file=sys.stderr)
        return 1
    documents = [read_tml(path) for path in paths]
    extract_times("warm up on Monday, Nov. 3, 1998", anchor="2021-11-16")

    predictions: list[list[Timex]] = []
    began = time.perf_counter()
    for document in documents:
        tagged = extract_times(document.text, anchor=document.dct)
        predictions.append(
            [Timex(t.span.start, t.span.end, str(t.type), t.value, t.span.text) for t in tagged]
        )
    elapsed = time.perf_counter() - began

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

    part = f" [{args.split}]" if args.split else ""
    print(f"{args.folder}{part}: {len(documents)} documents, {n_gold} gold, {n_pred} predicted")
    for label, correct in (("strict", strict), ("relaxed", relaxed)):
        precision, recall, f1 = _prf(correct, n_pred, n_gold)
        print(f"{label:8} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    for label, correct in (("type", type_ok), ("value", value_ok)):
        accuracy = correct / relaxed if relaxed else 0.0
        _, _, f1 = _prf(correct, n_pred, n_gold)
        print(f"{label:8} accuracy {accuracy:.3f}  F1 {f1:.3f}")
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
