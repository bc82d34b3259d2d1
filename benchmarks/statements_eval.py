"""Score :func:`conflictparse.extract_statements` on a PolNeAR-format JSON Lines file.

Each line is one article: ``{doc_id, published, text, attributions: [{source, cue, content}]}``,
each role a list of ``{start, end, text}`` spans into ``text``. The measure follows the corpus
README:

* a gold content is *found* when one predicted content covers at least half of its word tokens
  (recall); a predicted content is *correct* when one gold content covers at least half of its
  word tokens (precision);
* source and cue accuracy are taken over the found gold contents, with the predicted statement
  that aligns best with it (highest token Jaccard among those covering half of it): right when
  the predicted and gold spans share a word token (both empty also counts as right).

Misses and false alarms are broken down by construction so that the next fix is easy to pick.

Times are CPU time of this process (``time.process_time``), so that other work on a shared
machine does not inflate them.

Usage::

    python benchmarks/statements_eval.py [FILE.jsonl] [--show N] [--construction NAME]
        [--split dev|held|all]

``--split`` scores one part of the file: each article falls, by a hash of its ``doc_id``
(SHA-1, modulo 3), in ``dev`` (two thirds: read its errors, fit rules to it) or ``held`` (one
third: only scored, to see whether the rules generalise); ``all`` (the default) scores both.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import random
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from conflictparse.extract.actors import ActorTable, find_actors
from conflictparse.extract.statements import find_statements
from conflictparse.text import Text

if TYPE_CHECKING:
    from conflictparse.model import Statement

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared/corpora/polnear/dev.jsonl"
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_QUOTE_OPEN = "\"“'‘«"


def predict(text: str) -> tuple[Statement, ...]:
    """Statements of ``text``; the actor layer is optional here, so that a broken actor
    extractor (another module) does not hide how the statement grammar does."""
    doc = Text(text)
    begin = time.process_time()
    try:
        actors = find_actors(doc)
    except Exception:  # measured separately: see the "actor layer failed" count
        _ACTOR_FAILURES.append(1)
        actors = ActorTable()
    middle = time.process_time()
    statements = find_statements(doc, actors, ())
    _STAGE_SECONDS["actors"] += middle - begin
    _STAGE_SECONDS["statements"] += time.process_time() - middle
    return statements


_STAGE_SECONDS: collections.defaultdict[str, float] = collections.defaultdict(float)


_ACTOR_FAILURES: list[int] = []


def _tokens(text: str, spans: list[tuple[int, int]]) -> frozenset[int]:
    """The start offsets of the word tokens lying inside ``spans``."""
    found: set[int] = set()
    for start, end in spans:
        for match in _WORD.finditer(text, start, end):
            found.add(match.start())
    return frozenset(found)


def _jaccard(first: frozenset[int], second: frozenset[int]) -> float:
    return len(first & second) / len(first | second) if first or second else 0.0


def _spans(items: list[dict[str, Any]]) -> list[tuple[int, int]]:
    return [(int(s["start"]), int(s["end"])) for s in items]


def construction(text: str, gold: dict[str, Any]) -> str:
    """A coarse label for the form of a gold attribution."""
    cue = " ".join(s["text"] for s in gold["cue"]).lower().strip()
    content = gold["content"]
    if not gold["cue"]:
        return "no cue"
    first = content[0]["text"].lstrip() if content else ""
    quoted = bool(first) and first[0] in _QUOTE_OPEN
    if "according" in cue:
        return "according to"
    if not _WORD.search(cue):
        return f"punctuation cue {cue!r}"
    cue_start = min(s["start"] for s in gold["cue"])
    content_start = min((s["start"] for s in content), default=cue_start)
    side = "content before cue" if content_start < cue_start else "content after cue"
    if len(content) > 1:
        side = "split content"
    return f"{'direct' if quoted else 'indirect'}, {side}"


def split_of(doc_id: str) -> str:
    """The part of the corpus an article belongs to: "dev" (two thirds) or "held"."""
    digest = hashlib.sha1(doc_id.encode("utf-8")).digest()
    return "held" if int.from_bytes(digest[:8], "big") % 3 == 2 else "dev"


def evaluate(
    path: Path, *, show: int = 0, only: str | None = None, split: str = "all"
) -> dict[str, Any]:
    """Score every article of ``path`` in ``split``; print a report and return the numbers."""
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if split != "all":
        docs = [doc for doc in docs if split_of(str(doc["doc_id"])) == split]
    gold_total = found_total = pred_total = pred_correct = 0
    source_right = cue_right = 0
    refused = 0
    elapsed = 0.0
    miss_by: collections.Counter[str] = collections.Counter()
    all_by: collections.Counter[str] = collections.Counter()
    false_by_cue: collections.Counter[str] = collections.Counter()
    wrong_source: list[str] = []
    wrong_cue: list[str] = []
    examples: list[str] = []
    false_examples: list[str] = []
    for doc in docs:
        text = doc["text"]
        begin = time.process_time()
        try:
            predicted = predict(text)
        except Exception as error:  # a refused article is a finding, not a crash of the harness
            refused += 1
            print(f"refused {doc['doc_id']}: {error!r}", file=sys.stderr)
            predicted = ()
        elapsed += time.process_time() - begin
        preds = [
            (
                _tokens(text, [(s.start, s.end) for s in p.content]),
                _tokens(text, [(p.source.start, p.source.end)] if p.source else []),
                _tokens(text, [(p.cue.start, p.cue.end)] if p.cue else []),
                p,
            )
            for p in predicted
        ]
        golds = [
            (
                _tokens(text, _spans(g["content"])),
                _tokens(text, _spans(g["source"])),
                _tokens(text, _spans(g["cue"])),
                g,
            )
            for g in doc["attributions"]
        ]
        golds = [g for g in golds if g[0]]
        gold_total += len(golds)
        pred_total += len(preds)
        for content, _source, _cue, _p in preds:
            if any(len(content & g[0]) * 2 >= len(content) for g in golds if content):
                pred_correct += 1
            else:
                cue_text = _p.cue.text.lower() if _p.cue else ""
                false_by_cue[cue_text] += 1
                if len(false_examples) < 4000:
                    false_examples.append(
                        f"  FP cue={cue_text!r} src={_p.source.text if _p.source else None!r} "
                        f"content={' | '.join(s.text for s in _p.content)[:200]!r}"
                    )
        for content, source, cue, gold in golds:
            label = construction(text, gold)
            all_by[label] += 1
            # the prediction aligned best with this content (Jaccard), so that a nested
            # statement is compared with the nested prediction, not with the one around it
            matching = [p for p in preds if len(p[0] & content) * 2 >= len(content)]
            best = max(matching, key=lambda p: _jaccard(p[0], content), default=None)
            if best is None:
                miss_by[label] += 1
                if only is None or only in label:
                    examples.append(_describe(text, gold, label))
                continue
            found_total += 1
            src_ok = bool(best[1] & source) or (not best[1] and not source)
            source_right += src_ok
            cue_ok = bool(best[2] & cue) or (not best[2] and not cue)
            cue_right += cue_ok
            if not cue_ok:
                wrong_cue.append(
                    f"  gold={' '.join(s['text'] for s in gold['cue'])!r} "
                    f"pred={best[3].cue.text if best[3].cue else None!r} "
                    f"src={best[3].source.text if best[3].source else None!r}\n"
                    f"    {' | '.join(s.text for s in best[3].content)[:160]!r}"
                )
            if not src_ok:
                wrong_source.append(
                    f"  gold={' '.join(s['text'] for s in gold['source'])!r} "
                    f"pred={best[3].source.text if best[3].source else None!r} "
                    f"cue={best[3].cue.text if best[3].cue else None!r}"
                )
    recall = found_total / gold_total if gold_total else 0.0
    precision = pred_correct / pred_total if pred_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result = {
        "split": split,
        "articles": len(docs),
        "gold": gold_total,
        "predicted": pred_total,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "source_accuracy": source_right / found_total if found_total else 0.0,
        "cue_accuracy": cue_right / found_total if found_total else 0.0,
        "ms_per_article": 1000 * elapsed / max(1, len(docs)),
        "ms_per_article_statements_only": 1000 * _STAGE_SECONDS["statements"] / max(1, len(docs)),
        "ms_per_article_actors": 1000 * _STAGE_SECONDS["actors"] / max(1, len(docs)),
        "refused": refused,
        "actor_layer_failed": len(_ACTOR_FAILURES),
    }
    print(json.dumps(result, indent=2))
    print("\nrecall by construction (found / gold):")
    for label, count in all_by.most_common():
        print(f"  {count - miss_by[label]:5d} / {count:5d}  {label}")
    print("\nfalse alarms by cue (top 25):")
    for cue_text, count in false_by_cue.most_common(25):
        print(f"  {count:4d}  {cue_text!r}")
    if show:
        rng = random.Random(0)
        for heading, lines in (
            ("misses", examples),
            ("false alarms", false_examples),
            ("wrong sources", wrong_source),
            ("wrong cues", wrong_cue),
        ):
            print(f"\nsome {heading}:")
            for line in rng.sample(lines, min(show, len(lines))):
                print(line)
    return result


def _describe(text: str, gold: dict[str, Any], label: str) -> str:
    spans = [s for role in ("source", "cue", "content") for s in gold[role]]
    low = max(0, min(s["start"] for s in spans) - 40)
    high = min(len(text), max(s["end"] for s in spans) + 20)
    roles = {r: " | ".join(s["text"] for s in gold[r]) for r in ("source", "cue")}
    return f"  [{label}] src={roles['source']!r} cue={roles['cue']!r}\n    {text[low:high]!r}"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=0, help="print N misses and false alarms")
    parser.add_argument("--construction", help="only show misses whose label contains this")
    parser.add_argument(
        "--split", choices=("dev", "held", "all"), default="all", help="the part to score"
    )
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"no such file: {args.path}", file=sys.stderr)
        return 2
    evaluate(args.path, show=args.show, only=args.construction, split=args.split)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
