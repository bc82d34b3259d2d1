"""Score the actors extractor on re3d (Person, Organisation, Nationality entities).

Usage::

    python benchmarks/actors_eval.py [../shared/corpora/re3d/documents.jsonl] [--errors N]
        [--split dev|held|all]
    python benchmarks/actors_eval.py --gold benchmarks/gold/actors.jsonl [--split NAME]
        [--errors N]

``--gold`` scores our own annotation of conflict news instead (one entity a row: ``doc``, a
path under ``shared/corpora``, ``split``, ``start``, ``end``, ``text``, ``type``; see
docs/annotation_actors.md) with the same matcher and rows; ``--split`` then names one of its
splits (``heldout1``...) or ``all``. Its ``Location`` rows (states named as places) play the
part re3d's do in the "+states" rows.

``--split`` scores one part of the corpus: each document falls, by a hash of its ``doc_id``
(SHA-1, modulo 3), in ``dev`` (two thirds: read its errors, fit rules to it) or ``held`` (one
third: only scored, to see whether the rules generalise); ``all`` (the default) scores both.

A prediction counts as correct when it overlaps a gold entity of the same type by at least one
character (relaxed, "overlap" match); recall likewise. Types: people and anonymous sources of one
person ("a spokesman") -> Person; organisations, groups, media and the other anonymous sources
("officials", "sources") -> Organisation; demonyms ("Iraqi", "Kurdish", also inside a
compound: "Kurdish-controlled", "intra-Syrian") -> Nationality, except a people's plural ("the
Kurds": re3d marks a body of people Organisation) and a demonym inside a state's own name ("Saudi
Arabia") or after the first word of an organisation's ("Royal Jordanian Air Force") as the
extractor found them. Country mentions ("Russia", "Moscow") are scored as Organisation in the
"+states" rows, and there a country mention that overlaps a gold Location is left out (re3d
labels a state Organisation when it acts and Location when it is a place). A country mention
naming the government ("the Syrian government", "Syrian government forces") is an Organisation
in every row, as re3d labels governments, and so, since round 23, is a state's name in an
actor's ``acting`` spans: the state acting
("Russia denies", "Turkey's president", "sanctions against Iran").

re3d also annotates pronouns and common noun phrases ("he", "the others", "people"), which a
name-based extractor does not try to find; the "named" rows keep only gold entities with a
capitalised word other than a pronoun or determiner, and leave out of their precision the
predictions that only overlap an entity they do not keep (a prediction "the militants" of a
gold "the militants" is right, but no named entity).
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from deployments_eval import load_text

from conflictparse.extract.actors import find_actors
from conflictparse.lexicon import load_table, load_words
from conflictparse.model import ActorKind
from conflictparse.text import Text

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared/corpora"
DEFAULT = CORPORA / "re3d/documents.jsonl"
Entity = tuple[str, int, int, str]  # type, start, end, text
Errors = tuple[list[str], list[str]]  # missed gold, false hits
TYPES = ("Person", "Organisation", "Nationality", "Organisation+states")
_UNNAMED = {
    *("i", "we", "he", "she", "they", "it", "you", "me", "us", "him", "her", "them", "his"),
    *("their", "our", "its", "my", "the", "a", "an", "one", "many", "some", "this", "that"),
}
# "the Turkish state" (round 28) names the state as a body, as "the Turkish government" does.
_GOVERNMENT = {"government", "regime", "authorities", "administration", "leadership", "state"}
# "Iraqi forces", "the Syrian army": a state named by its armed services, re3d's Organisation.
_STATE_BODIES = _GOVERNMENT | load_words("actor_armed_bodies")
_KIND_TYPE = {
    ActorKind.PERSON: "Person",
    ActorKind.ORGANIZATION: "Organisation",
    ActorKind.GROUP: "Organisation",
    ActorKind.MEDIA: "Organisation",
    ActorKind.SOURCE: "Organisation",
}


def _demonyms() -> set[str]:
    words: set[str] = set()
    names: set[str] = set()
    for row in load_table("countries"):
        names.update(w.lower() for w in row[1].split("|"))
        if len(row) > 2:
            words.update(w.lower() for w in row[2].split("|") if w)
    words -= names  # "U.S.", "US": a name as often as an adjective
    for row in load_table("groupnouns"):
        if len(row) > 1 and row[1] == "ethnic":
            words.add(row[0].lower())
    return words


def _named(value: str) -> bool:
    # "US" in capitals is the state, not the pronoun "us" (round 48: its rows were unscored).
    return any(
        w[:1].isupper() and (w.lower() not in _UNNAMED or (len(w) > 1 and w.isupper()))
        for w in value.split()
    )


def predict(text: str, demonyms: set[str]) -> list[tuple[str, int, int, str]]:
    doc = Text(text)
    table = find_actors(doc)
    # A state's name as the state acting ("Russia denies", "Turkey's president"), where the
    # extractor tells it from the state as a place: re3d's Organisation.
    predictions: list[Entity] = [
        ("Organisation", span.start, span.end, span.text)
        for actor in table.actors
        for span in actor.acting
    ]
    for actor in table.actors:
        kind = _KIND_TYPE.get(actor.kind)
        if actor.kind is ActorKind.SOURCE and not actor.name.lower().endswith("s"):
            kind = "Person"  # "a spokesman", "a senior official": one person, as re3d types it
        spans = [(span.start, span.end, span.text) for span in actor.mentions]
        if kind is not None:
            predictions.extend((kind, *span) for span in spans)
        if kind == "Organisation" or actor.kind is ActorKind.COUNTRY:
            predictions.extend(("Organisation+states", *span) for span in spans)
        if actor.kind is ActorKind.COUNTRY:
            # "the Syrian government", "the government of Iraq": re3d's Organisation.
            predictions.extend(
                ("Organisation", *span)
                for span in spans
                if not _STATE_BODIES.isdisjoint(span[2].lower().split())
            )
    # A demonym inside a state's own name ("Saudi Arabia", "the Syrian Arab Republic") or
    # after the first word of an organisation's ("Royal Jordanian Air Force", "the New Iraqi
    # Army") is part of that name; "Iraqi Security Forces", "the Iraqi government" keep it.
    named = sorted(
        (span.start + (actor.kind is ActorKind.ORGANIZATION), span.end)
        for actor in table.actors
        if actor.kind in _NAMING_KINDS
        for span in actor.mentions
        if " " in span.text
        and (
            actor.kind is ActorKind.ORGANIZATION
            or _STATE_BODIES.isdisjoint(span.text.lower().split())
        )
    )
    # A people's plural ("the Kurds say", "Kurds fled") is a body of people, an Organisation
    # only, as re3d marks it and the guide since round 48; a demonym adjective in a group's
    # name ("Kurdish forces") or one person ("a Kurd") stays a Nationality.
    for token in doc.tokens:
        word = token.text.removesuffix("'s")
        # "Kurdish-controlled", "intra-Syrian", "Jordanian-born": the demonym in a compound.
        offset = 0
        for part in word.split("-"):
            start = token.start + offset
            offset += len(part) + 1
            lower = part.lower()
            if lower not in demonyms or lower in _PEOPLE_NOUNS or not part[:1].isupper():
                continue
            if _inside(start, start + len(part), named):
                continue
            predictions.append(("Nationality", start, start + len(part), part))
    return predictions


_NAMING_KINDS = frozenset({ActorKind.ORGANIZATION, ActorKind.COUNTRY})
_PEOPLE_NOUNS = frozenset(
    row[0].lower() for row in load_table("groupnouns") if len(row) > 1 and row[1] == "people-noun"
)


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_right(spans, (start, sys.maxsize)) - 1
    # Mentions do not nest deeply: the few before the word are enough to look at.
    for span_start, span_end in spans[max(0, index - 3) : index + 1]:
        if span_start <= start and end <= span_end:
            return True
    return False


def split_of(doc_id: str) -> str:
    """The part of the corpus a document belongs to: "dev" (two thirds) or "held"."""
    digest = hashlib.sha1(doc_id.encode("utf-8")).digest()
    return "held" if int.from_bytes(digest[:8], "big") % 3 == 2 else "dev"


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < end and start < a[1] for start, end in spans)


def _re3d_documents(path: Path, split: str) -> Iterator[tuple[str, list[Entity]]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        document = json.loads(line)
        if split != "all" and split_of(document["doc_id"]) != split:
            continue
        entities = [(e["type"], e["begin"], e["end"], e["value"]) for e in document["entities"]]
        yield document["text"], entities


def _gold_documents(path: Path, split: str) -> Iterator[tuple[str, list[Entity]]]:
    """Our own gold (benchmarks/gold/actors.jsonl): one entity a row, texts in the corpora."""
    rows: dict[str, list[Entity]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if split != "all" and row["split"] != split:
            continue
        rows[row["doc"]].append((row["type"], row["start"], row["end"], row["text"]))
    for doc, entities in rows.items():
        # PolNeAR articles live in one JSON file each split; the others are files of their own.
        text = load_text(doc) if doc.startswith("polnear/") else (CORPORA / doc).read_text("utf-8")
        for _, start, end, value in entities:
            if text[start:end] != value:
                raise ValueError(f"{doc}: gold {value!r} is {text[start:end]!r} in the text")
        yield text, entities


def score(
    documents: Iterable[tuple[str, list[Entity]]], counts: dict[str, list[int]], errors: Errors
) -> tuple[int, float]:
    """Add each document's hits to ``counts``; return the documents scored and the time taken."""
    demonyms = _demonyms()
    misses, false_hits = errors
    elapsed = 0.0
    scored = 0
    for text, entities in documents:
        started = time.perf_counter()
        predictions = predict(text, demonyms)
        elapsed += time.perf_counter() - started
        scored += 1
        locations = [(e[1], e[2]) for e in entities if e[0] == "Location"]
        for type_ in TYPES:
            gold_type = type_.removesuffix("+states")
            gold_all = [(e[1], e[2], e[3]) for e in entities if e[0] == gold_type]
            for scope, gold in (
                ("all", gold_all),
                ("named", [g for g in gold_all if _named(g[2])]),
            ):
                gold_spans = [(g[0], g[1]) for g in gold]
                pred = [p for p in predictions if p[0] == type_]
                if type_.endswith("+states"):
                    pred = [
                        p
                        for p in pred
                        if _overlaps((p[1], p[2]), gold_spans)
                        or not _overlaps((p[1], p[2]), locations)
                    ]
                if scope == "named":
                    # A prediction of an entity re3d marks but the scope leaves out ("the
                    # militants") is neither right nor wrong here.
                    unnamed = [(g[0], g[1]) for g in gold_all if not _named(g[2])]
                    pred = [
                        p
                        for p in pred
                        if _overlaps((p[1], p[2]), gold_spans)
                        or not _overlaps((p[1], p[2]), unnamed)
                    ]
                pred_spans = [(p[1], p[2]) for p in pred]
                row = counts[f"{type_} ({scope})"]
                for p in pred:
                    hit = _overlaps((p[1], p[2]), gold_spans)
                    row[0] += hit
                    if not hit and scope == "all" and "+" not in type_:
                        false_hits.append(f"{type_}: {p[3]!r}")
                row[1] += len(pred)
                for g in gold:
                    hit = _overlaps((g[0], g[1]), pred_spans)
                    row[2] += hit
                    if not hit and scope == "named" and "+" not in type_:
                        misses.append(f"{type_}: {g[2]!r}")
                row[3] += len(gold)
    return scored, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--errors", type=int, default=0, help="print N misses and N false hits")
    parser.add_argument(
        "--split",
        default="all",
        help="the part to score: dev|held|all on re3d, a split name (or all) with --gold",
    )
    parser.add_argument("--gold", help="score our own gold file (benchmarks/gold/actors.jsonl)")
    args = parser.parse_args()
    path = Path(args.gold or args.path)
    if not path.exists():
        print(f"no corpus at {path}", file=sys.stderr)
        return 1
    if not args.gold and args.split not in ("dev", "held", "all"):
        parser.error("re3d splits are dev, held and all")
    documents = (_gold_documents if args.gold else _re3d_documents)(path, args.split)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp_p, n_p, tp_g, n_g
    misses: list[str] = []
    false_hits: list[str] = []
    scored, elapsed = score(documents, counts, (misses, false_hits))
    per_document = 1000 * elapsed / max(scored, 1)
    name = path.stem if args.gold else "re3d"
    print(f"{name} ({args.split}): {scored} documents, {per_document:.2f} ms per document")
    print(f"{'type':28} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6} {'gold':>6}")
    for row_name, (tp_p, n_p, tp_g, n_g) in sorted(counts.items()):
        precision = tp_p / n_p if n_p else 0.0
        recall = tp_g / n_g if n_g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{row_name:28} {precision:6.3f} {recall:6.3f} {f1:6.3f} {n_p:6d} {n_g:6d}")
    if args.errors:
        print("\nmissed (named gold):")
        print("\n".join(misses[: args.errors]))
        print("\nfalse hits:")
        print("\n".join(false_hits[: args.errors]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
