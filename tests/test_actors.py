"""Actors: the examples corpus, the seed article, the helper API, and properties on any text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from corpus_cases import check_facts, corpus_cases
from hypothesis import given, settings
from strategies import documents

from conflictparse.extract.actors import (
    ActorTable,
    country_of_adjective,
    extract_actors,
    find_actors,
)
from conflictparse.lexicon import load_table
from conflictparse.model import ActorKind
from conflictparse.text import Text, normalize

SEED = Path(__file__).parent.parent / "seeds" / "000_d8b30d1ce7007ef2.txt"


def _flatten(table: ActorTable) -> list[dict[str, Any]]:
    names = {actor.id: actor.name for actor in table.actors}
    return [
        {
            "name": actor.name,
            "kind": actor.kind.value,
            "title": actor.title,
            "affiliation": names.get(actor.affiliation) if actor.affiliation else None,
            "country": actor.country,
            "mentions": [span.text for span in actor.mentions],
            "acting": [span.text for span in actor.acting],
        }
        for actor in table.actors
    ]


@pytest.mark.parametrize(("case", "anchor"), corpus_cases("actors"))
def test_corpus(case: dict[str, Any], anchor: str | None) -> None:
    del anchor
    check_facts(_flatten(find_actors(Text(case["text"]))), case)


@pytest.fixture(scope="module")
def seed() -> ActorTable:
    return find_actors(Text(SEED.read_text(encoding="utf-8")))


def _named(table: ActorTable, name: str) -> Any:
    matches = [actor for actor in table.actors if actor.name == name]
    assert matches, f"no {name!r} in {[a.name for a in table.actors]}"
    return matches[0]


def test_seed_people(seed: ActorTable) -> None:
    stoltenberg = _named(seed, "Jens Stoltenberg")
    assert stoltenberg.title == "Secretary-General"
    assert seed.actor(stoltenberg.affiliation).name == "NATO"
    assert [m.text for m in stoltenberg.mentions].count("Stoltenberg") == 5
    kuleba = _named(seed, "Dmytro Kuleba")
    assert (kuleba.title, seed.actor(kuleba.affiliation).name) == ("Foreign Minister", "Ukraine")
    landsbergis = _named(seed, "Gabrielius Landsbergis")
    assert landsbergis.title == "foreign minister"
    assert seed.actor(landsbergis.affiliation).name == "Lithuania"


def test_seed_states_sources_media(seed: ActorTable) -> None:
    russia = _named(seed, "Russia")
    assert {"Moscow", "The Kremlin"} <= {m.text for m in russia.mentions}
    source = next(a for a in seed.actors if a.kind is ActorKind.SOURCE)
    assert seed.actor(source.affiliation or "").name == "NATO"
    assert [m.text for m in source.mentions] == ["A NATO source", "the source"]
    assert _named(seed, "Reuters").kind is ActorKind.MEDIA
    assert {"Ukraine", "Lithuania", "NATO"} <= {a.name for a in seed.actors}


def test_seed_has_no_junk(seed: ActorTable) -> None:
    people = {a.name for a in seed.actors if a.kind is ActorKind.PERSON}
    assert people == {"Jens Stoltenberg", "Dmytro Kuleba", "Gabrielius Landsbergis"}
    assert "Brussels" not in {a.name for a in seed.actors}


def test_helpers_resolve_descriptions_and_pronouns() -> None:
    text = "A NATO source spoke to Reuters. Defence Minister Ana Ruiz arrived. The source said so."
    table = find_actors(Text(text))
    source = table.resolve_description("the source", len(text))
    assert source is not None
    assert table.actor(source).kind is ActorKind.SOURCE
    minister = table.resolve_description("the minister", len(text))
    assert minister is not None
    assert table.actor(minister).name == "Ana Ruiz"
    assert table.last_person_before(len(text)) == minister
    assert table.resolve_description("the ministry", len(text)) is None
    outer = table.mention_at(text.index("NATO"))
    assert outer is not None
    assert outer.span.text == "A NATO source"
    assert [m.span.text for m in table.mentions_between(0, 31)] == [
        "A NATO source",
        "NATO",
        "Reuters",
    ]


def _resolve_by_scan(table: ActorTable, text: str, before: int) -> str | None:
    """The first implementation of resolve_description: every actor, every time."""
    from conflictparse.extract.actors import _fits

    head = text.lower().replace(".", " ").split()[-1]
    best_id, best_start = None, -1
    for actor in table.actors:
        if not _fits(actor.kind, actor.name, actor.title, head):
            continue
        starts = [span.start for span in actor.mentions if span.start < before]
        if starts and starts[-1] > best_start:
            best_id, best_start = actor.id, starts[-1]
    return best_id


def test_resolve_description_bisects_as_a_scan_would() -> None:
    text = SEED.read_text(encoding="utf-8")
    table = find_actors(Text(text))
    heads = ("the source", "the minister", "the alliance", "the Ministry", "the officials")
    for offset in range(0, len(text) + 1, 97):
        for head in heads:
            assert table.resolve_description(head, offset) == _resolve_by_scan(table, head, offset)
    assert table.resolve_description("", 10) is None


def test_country_of_adjective() -> None:
    assert country_of_adjective("Russian") == "RUS"
    assert country_of_adjective("U.S.-led") == "USA"
    assert country_of_adjective("Moscow-backed") == "RUS"
    assert country_of_adjective("Ukraine's") == "UKR"
    assert country_of_adjective("heavy") is None


def test_a_long_text_keeps_one_actor_per_name() -> None:
    table = find_actors(Text(SEED.read_text(encoding="utf-8") * 40))
    # Anonymous sources stay apart: two "NATO source"s need not be one person.
    names = [actor.name for actor in table.actors if actor.kind is not ActorKind.SOURCE]
    assert len(names) == len(set(names)) >= 10
    assert len(table.mentions) > 40 * 10


def test_every_line_of_many_keeps_its_mention() -> None:
    # A break word stands before every line's first word (benchmarks/linearity.py's
    # "short-lines" shows the time stays linear: inserting each break took 6 s here).
    text = "Kyiv said no.\n" * 60_000
    table = find_actors(Text(text))
    assert len(table.mentions) == 60_000
    assert all(m.span.text == "Kyiv" for m in table.mentions)


def test_unit_heads_table_is_well_formed() -> None:
    rows = load_table("unitheads")
    assert rows
    for row in rows:
        assert row[0] == row[0].lower()
        assert row[1] in {"name", "the", "two"}
        assert row[2] in {"joins", "-"}


def test_force_names_stay_short_on_long_capitalised_runs() -> None:
    # The walk back from a unit noun stops after a few words: a run of thousands of
    # capitalised words before "battalion" names at most the last few.
    text = "Foo " * 20_000 + "battalion held. " + "the Kestrel battalion " * 2_000
    table = find_actors(Text(text))
    forces = [m.span.text for m in table.mentions if m.span.text.endswith("battalion")]
    assert forces
    assert all(len(span.split()) <= 6 for span in forces)
    assert forces.count("Kestrel battalion") == 2_000


@settings(max_examples=150)
@given(documents())
def test_any_text_gives_true_spans_and_is_deterministic(text: str) -> None:
    first = extract_actors(text)
    assert first == extract_actors(text)
    ids = {actor.id for actor in first}
    for actor in first:
        assert actor.mentions
        assert actor.affiliation is None or actor.affiliation in ids
        for span in actor.mentions:
            assert text[span.start : span.end] == span.text
            # No mention runs over a line break or paragraph boundary.
            assert "\n" not in normalize(span.text)


def test_a_historical_side_needs_its_adversary_named() -> None:
    """Round 47: "the Union" is the United States only where the Confederates are named, and
    never inside another name ("Union Station"); "Rome" stays Italy's capital elsewhere."""

    def countries(text: str) -> dict[str, list[str]]:
        table = find_actors(Text(text))
        return {
            actor.name: [span.text for span in actor.mentions]
            for actor in table.actors
            if actor.kind is ActorKind.COUNTRY
        }

    assert "United States" not in countries("Commuters crowded Union Station on Monday.")
    civil_war = countries("Confederate troops marched past Union Station.")
    assert "United States" not in civil_war
    assert "Confederate States of America" in civil_war
    assert countries("Rome rejected the plan.") == {"Italy": ["Rome"]}
    assert countries("Rome fought Carthage.") == {
        "Roman Republic": ["Rome"],
        "Carthage": ["Carthage"],
    }
