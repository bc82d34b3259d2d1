"""Score :func:`conflictparse.parse` deployments against the hand-annotated gold set.

The gold (``benchmarks/gold/deployments.jsonl``, rules in ``docs/annotation_deployments.md``)
holds, per document, every deployment as actor, action, modality, trigger spans and location
spans; the texts themselves stay in ``../shared/corpora`` and are read from there (re3d
documents, named ``re3d/<doc_id>``, from ``re3d/documents.jsonl``; PolNeAR articles, named
``polnear/<doc_id>``, from ``polnear/{train,dev}.jsonl``, with the record's published date;
TimeBank articles and WikiWars narratives, named ``wikiwars/<name>``, from their ``.tml`` files
with the tags removed).

A predicted deployment matches a gold one of the same document when the action is the same,
the actor is the same (by name, country code, an alias the organisations lexicon gives its name
("Isis" for "Islamic State"), or a mention's text, also without a trailing
force word: "PKK fighters" names "PKK"; both ``None`` also matches),
and the locations agree (the predicted span overlaps a gold location span or has the same
words as one; or neither has one). Each gold
deployment matches at most one prediction. Also reported: detection (same action and the
evidence overlaps a gold trigger), and traceability (every part of a prediction has its span in
the evidence).

Usage::

    python benchmarks/deployments_eval.py
        [--split SPLIT|all] [--verbose]   (SPLIT: one the gold file names)
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from conflictparse import parse
from conflictparse.extract.actors import country_of_adjective
from conflictparse.lexicon import load_table
from conflictparse.model import Actor, MilitaryDeployment, Report, Span

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
GOLD = ROOT / "benchmarks" / "gold" / "deployments.jsonl"
_TAG = re.compile(r"<[^>]+>")
_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.S)
_PRONOUNS = {"it", "its", "they", "their", "them", "he", "his", "she", "her", "we", "our"}
_FORCE_WORDS = {"fighters", "forces", "troops", "militants", "soldiers", "militia", "militias"}


@functools.cache
def _re3d_texts() -> dict[str, str]:
    """The re3d documents' texts by ``doc_id`` (one JSON object a line)."""
    path = CORPORA / "re3d" / "documents.jsonl"
    with path.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return {record["doc_id"]: record["text"] for record in records}


@functools.cache
def _polnear_records() -> dict[str, dict[str, Any]]:
    """PolNeAR articles of the train and dev files by ``doc_id`` (one JSON object a line)."""
    records: dict[str, dict[str, Any]] = {}
    for name in ("train", "dev"):
        with (CORPORA / "polnear" / f"{name}.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    record = json.loads(line)
                    records[record["doc_id"]] = record
    return records


def load_published(ref: str) -> str | None:
    """The publication date the record gives a document (PolNeAR only; else ``None``)."""
    if ref.startswith("polnear/"):
        published: str | None = _polnear_records()[ref.split("/", 1)[1]].get("published")
        return published
    return None


def load_text(ref: str) -> str:
    """The plain text of a corpus document, as the gold offsets count it."""
    if ref.startswith("polnear/"):
        text: str = _polnear_records()[ref.split("/", 1)[1]]["text"]
        return text
    if ref.startswith("re3d/"):
        return _re3d_texts()[ref.split("/", 1)[1]]
    if ref.startswith(("timebank/", "wikiwars/")):
        raw = (CORPORA / f"{ref}.tml").read_text(encoding="utf-8")
        found = _TEXT.search(raw)
        return _TAG.sub("", found.group(1) if found else raw)
    folder, name = ref.split("/")
    return (CORPORA / "conflict_news" / folder / f"{name}.txt").read_text(encoding="utf-8")


def _overlaps(span: Span | dict[str, Any], spans: list[dict[str, Any]]) -> bool:
    start = span.start if isinstance(span, Span) else span["start"]
    end = span.end if isinstance(span, Span) else span["end"]
    return any(start < other["end"] and other["start"] < end for other in spans)


@functools.cache
def _vessel_prefixes() -> dict[str, str]:
    """Warship name prefixes and their navy's country, from the deployment lexicon."""
    return {row[0]: row[2] for row in load_table("deployment_triggers") if row[1] == "vessel"}


@functools.cache
def _group_aliases() -> dict[str, frozenset[str]]:
    """Each organisation's name and aliases, lower-cased, from the actors' lexicon."""
    aliases: dict[str, frozenset[str]] = {}
    for row in load_table("organizations"):
        listed = row[3].split("|") if len(row) > 3 else []
        names = frozenset({row[0].lower(), *(a.lower() for a in listed if a)})
        aliases[row[0].lower()] = names
    return aliases


def _actor_matches(actor: Actor | None, gold: dict[str, Any]) -> bool:
    if gold["actor"] is None:
        return actor is None
    if actor is None:
        return False
    if gold["actor_country"] and actor.country == gold["actor_country"]:
        return True
    name = gold["actor"].lower()
    # the gold names a group by one of its aliases ("Isis" for the "Islamic State" of a text
    # that says "ISIL"); a mention may name it with its forces ("PKK fighters" for "PKK")
    if name in _group_aliases().get(actor.name.lower(), ()):
        return True
    return actor.name.lower() == name or any(
        _without_forces(m.text.lower()) == name for m in actor.mentions
    )


def _without_forces(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[-1] in _FORCE_WORDS:
        words.pop()
    return " ".join(words)


def _location_matches(deployment: MilitaryDeployment, gold: dict[str, Any]) -> bool:
    if not gold["locations"]:
        return deployment.location is None
    if deployment.location is None:
        return False
    same_words = {loc["text"].lower() for loc in gold["locations"]}
    return (
        _overlaps(deployment.location.span, gold["locations"])
        or deployment.location.span.text.lower() in same_words
    )


def _full_match(deployment: MilitaryDeployment, actor: Actor | None, gold: dict[str, Any]) -> bool:
    return (
        deployment.action.value == gold["action"]
        and _actor_matches(actor, gold)
        and _location_matches(deployment, gold)
    )


def _detected(deployment: MilitaryDeployment, gold: dict[str, Any]) -> bool:
    return deployment.action.value == gold["action"] and any(
        _overlaps(span, gold["triggers"]) for span in deployment.evidence
    )


def _traceable(deployment: MilitaryDeployment, report: Report) -> bool:
    evidence = set(deployment.evidence)
    parts: list[Span] = [item.span for item in deployment.equipment]
    if deployment.location is not None:
        parts.append(deployment.location.span)
    parts.extend(f.span for f in report.figures if f.id == deployment.personnel)
    parts.extend(t.span for t in report.times if t.id == deployment.time)
    if any(part not in evidence for part in parts):
        return False
    if deployment.actor is None:
        return True
    actor = report.actor(deployment.actor)
    # The actor is named by its own mention, a demonym or pronoun, or by a person or body
    # belonging to it ("Putin" for Russia, "the Canadian Forces" for Canada).
    namers = [
        other
        for other in report.actors
        if actor.id in {other.id, other.affiliation}
        or (actor.country is not None and other.country == actor.country)
    ]
    for span in evidence:
        for other in namers:
            if any(m.start == span.start and m.end == span.end for m in other.mentions):
                return True
        word = span.text.lower()
        if word in _PRONOUNS or (
            actor.country
            and (
                country_of_adjective(span.text) == actor.country
                or _vessel_prefixes().get(word) == actor.country  # "USS Donald Cook"
            )
        ):
            return True
    return False


def _match(
    golds: list[dict[str, Any]], predicted: list[tuple[MilitaryDeployment, Actor | None]], how: str
) -> int:
    used: set[int] = set()
    hits = 0
    for gold in golds:
        for index, (deployment, actor) in enumerate(predicted):
            if index in used:
                continue
            ok = (
                _full_match(deployment, actor, gold)
                if how == "full"
                else _detected(deployment, gold)
            )
            if ok:
                used.add(index)
                hits += 1
                break
    return hits


def _prf(hits_p: int, n_pred: int, hits_r: int, n_gold: int) -> tuple[float, float, float]:
    precision = hits_p / n_pred if n_pred else 1.0
    recall = hits_r / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the scores; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    documents = json.loads(lines[0])["documents"]
    # the splits are the ones the gold file names: a new split needs no code change
    splits = list(dict.fromkeys(entry["split"] for entry in documents))
    parser.add_argument("--split", choices=[*splits, "all"], default="all")
    parser.add_argument("--verbose", action="store_true", help="print every miss and false alarm")
    args = parser.parse_args(argv)
    if not CORPORA.exists():
        print(f"corpora not found at {CORPORA}", file=sys.stderr)
        return 2
    gold_by_doc: dict[str, list[dict[str, Any]]] = {}
    for line in lines[1:]:
        if line.strip():
            record = json.loads(line)
            gold_by_doc.setdefault(record["doc"], []).append(record)
    totals = {"gold": 0, "pred": 0, "full": 0, "detected": 0, "traceable": 0}
    errors = {"actor": 0, "location": 0, "actor_none": 0}
    elapsed = 0.0
    for entry in documents:
        if args.split != "all" and entry["split"] != args.split:
            continue
        ref = entry["doc"]
        text = load_text(ref)
        started = time.perf_counter()
        report = parse(text, published=load_published(ref))
        elapsed += time.perf_counter() - started
        golds = gold_by_doc.get(ref, [])
        predicted = [(d, report.actor(d.actor) if d.actor else None) for d in report.deployments]
        full = _match(golds, predicted, "full")
        detected = _match(golds, predicted, "detected")
        totals["gold"] += len(golds)
        totals["pred"] += len(predicted)
        totals["full"] += full
        totals["detected"] += detected
        totals["traceable"] += sum(_traceable(d, report) for d, _ in predicted)
        _count_errors(golds, predicted, errors)
        if args.verbose:
            _explain(ref, golds, predicted)
    count = sum(1 for e in documents if args.split in {"all", e["split"]})
    p, r, f = _prf(totals["full"], totals["pred"], totals["full"], totals["gold"])
    dp, dr, df = _prf(totals["detected"], totals["pred"], totals["detected"], totals["gold"])
    trace = totals["traceable"] / totals["pred"] if totals["pred"] else 1.0
    print(f"split={args.split} documents={count} gold={totals['gold']} predicted={totals['pred']}")
    print(f"actor+action+location  P={p:.3f} R={r:.3f} F1={f:.3f}")
    print(f"detection (action+evidence)  P={dp:.3f} R={dr:.3f} F1={df:.3f}")
    print(f"traceable predictions  {trace:.3f}")
    print(
        "detected but wrong: actor {actor} (of which no actor {actor_none}), "
        "location {location}".format(**errors)
    )
    print(f"parse time  {1000 * elapsed / max(count, 1):.1f} ms/article")
    return 0


def _count_errors(
    golds: list[dict[str, Any]],
    predicted: list[tuple[MilitaryDeployment, Actor | None]],
    errors: dict[str, int],
) -> None:
    """Among gold deployments detected but not fully matched, count what was wrong."""
    for gold in golds:
        if any(_full_match(d, a, gold) for d, a in predicted):
            continue
        detected = [(d, a) for d, a in predicted if _detected(d, gold)]
        if not detected:
            continue
        deployment, actor = detected[0]
        if not _actor_matches(actor, gold):
            errors["actor"] += 1
            errors["actor_none"] += actor is None
        if not _location_matches(deployment, gold):
            errors["location"] += 1


def _explain(
    ref: str, golds: list[dict[str, Any]], predicted: list[tuple[MilitaryDeployment, Actor | None]]
) -> None:
    used: set[int] = set()
    for g in golds:
        found = next(
            (i for i, (d, a) in enumerate(predicted) if i not in used and _full_match(d, a, g)),
            None,
        )
        if found is None:
            locs = [loc["text"] for loc in g["locations"]]
            print(f"MISS  {ref}: {g['actor']} {g['action']} {locs} ({g['triggers'][0]['text']})")
        else:
            used.add(found)
    for i, (d, a) in enumerate(predicted):
        if i not in used:
            loc = d.location.span.text if d.location else None
            trig = [s.text for s in d.evidence][:4]
            print(f"EXTRA {ref}: {a.name if a else None} {d.action.value} {loc!r} {trig}")


if __name__ == "__main__":
    sys.exit(main())
