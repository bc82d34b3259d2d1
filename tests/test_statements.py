"""Statements: the examples corpus, the seed article, PolNeAR dev, and properties on any text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from corpus_cases import check_facts, corpus_cases
from hypothesis import given, settings
from strategies import documents

from conflictparse.extract.actors import find_actors
from conflictparse.extract.statements import extract_statements, find_statements
from conflictparse.text import Text

if TYPE_CHECKING:
    from conflictparse.model import Statement

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "000_d8b30d1ce7007ef2.txt"
POLNEAR_DEV = ROOT.parent / "shared" / "corpora" / "polnear" / "dev.jsonl"


def _statements(text: str) -> tuple[tuple[Statement, ...], dict[str, str]]:
    doc = Text(text)
    actors = find_actors(doc)
    names = {actor.id: actor.name for actor in actors.actors}
    return find_statements(doc, actors, ()), names


def _flatten(statements: tuple[Statement, ...], names: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {
            "source": s.source.text if s.source else None,
            "cue": s.cue.text if s.cue else None,
            "content": [span.text for span in s.content],
            "kind": s.kind.value,
            "polarity": s.polarity.value,
            "quotes": [span.text for span in s.quotes],
            "speaker": names.get(s.speaker) if s.speaker else None,
        }
        for s in statements
    ]


@pytest.mark.parametrize(("case", "anchor"), corpus_cases("statements"))
def test_corpus(case: dict[str, Any], anchor: str | None) -> None:
    del anchor
    check_facts(_flatten(*_statements(case["text"])), case)


@pytest.fixture(scope="module")
def seed() -> list[dict[str, Any]]:
    return _flatten(*_statements(SEED.read_text(encoding="utf-8")))


def _by_cue(seed: list[dict[str, Any]], cue: str) -> list[dict[str, Any]]:
    return [s for s in seed if s["cue"] == cue]


def test_seed_stoltenberg(seed: list[dict[str, Any]]) -> None:
    for cue in ("warned", "stressed", "urged", "noted"):
        (found,) = _by_cue(seed, cue)
        assert found["speaker"] == "Jens Stoltenberg", found
    said = [s for s in _by_cue(seed, "said") if s["speaker"] == "Jens Stoltenberg"]
    assert len(said) == 3
    parenthetical = [s for s in said if len(s["content"]) == 2]
    assert parenthetical
    assert parenthetical[0]["content"][0] == "Part of the thread"


def test_seed_sources(seed: list[dict[str, Any]]) -> None:
    (described,) = _by_cue(seed, "described")
    assert described["source"].startswith("A NATO source")
    (according,) = _by_cue(seed, "According to")
    assert according["source"] == "the source"
    assert according["speaker"] == described["speaker"]
    (told,) = _by_cue(seed, "told")
    assert told["speaker"] == "Gabrielius Landsbergis"
    assert told["content"] == ["that the situation could go either way"]
    landsbergis = [s for s in _by_cue(seed, "said") if s["source"] == "Landsbergis"]
    assert landsbergis


def test_seed_kremlin_and_moscow(seed: list[dict[str, Any]]) -> None:
    (objection,) = [s for s in seed if s["cue"] and "objection" in s["cue"]]
    assert objection["source"] == "The Kremlin"
    assert objection["polarity"] == "deny"
    (dismissing,) = [s for s in seed if s["cue"] and "dismissing" in s["cue"]]
    assert dismissing["source"] == "Moscow"


def test_ids_in_text_order() -> None:
    text = 'Troops withdrew, an official said. "It is over," she added. Kyiv said it was not.'
    statements = extract_statements(text)
    assert [s.id for s in statements] == [f"s{n}" for n in range(1, len(statements) + 1)]
    starts = [min(span.start for span in s.content) for s in statements]
    assert starts == sorted(starts)


def test_time_of_the_attribution_clause() -> None:
    doc = Text("On Monday, the minister said the border was closed.")
    from conflictparse.extract.times import find_times

    times = find_times(doc, None)
    (statement,) = find_statements(doc, find_actors(doc), times)
    monday = [t.id for t in times if t.span.text.endswith("Monday")]
    assert statement.time in monday


def test_a_long_input_keeps_every_statement() -> None:
    # benchmarks/linearity.py watches the time; this, that nothing is lost on the way.
    paragraph = (
        '"We will hold," the commander said. Officials said the town was quiet, '
        "according to the ministry. Unclosed \u201cquote here.\n\n"
    )
    doc = Text(paragraph)
    once = find_statements(doc, find_actors(doc), ())
    doc = Text(paragraph * 500)
    found = find_statements(doc, find_actors(doc), ())
    assert len(found) == 500 * len(once) >= 1000


@pytest.mark.parametrize(
    ("lead", "continued"),
    [
        # a lead-in of up to eight words before a quotation goes on with the statement before
        ("Unless the two rival camps meet by Friday,", True),
        # a longer one is a sentence of its own (read word by word up to the ninth only)
        ("Unless the two rival camps meet by next Friday,", False),
    ],
)
def test_a_quotation_after_a_short_lead_in_goes_on_with_the_statement(
    lead: str, continued: bool
) -> None:
    quotation = '"there is nothing left for us to sign in Geneva."'
    text = f'"The talks are over," the envoy said. {lead} {quotation}'
    (statement,) = extract_statements(text)
    assert (statement.content[-1].text == f"{lead} {quotation}") is continued


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ('"We will not surrender, " the colonel said.', ["We will not surrender,"]),
        (
            "The minister said the army was \u00ab ready to fight \u00bb on Monday.",
            ["ready to fight"],
        ),
        ("\u201c We hold the bridge,\u201d the commander said.", ["We hold the bridge,"]),
        # the doubled marks of older wire copy, set off by spaces
        ("The spokesman said the talks were `` going nowhere '' this week.", ["going nowhere"]),
    ],
)
def test_quotes_hold_the_words_not_the_spaces_inside_the_marks(
    text: str, quotes: list[str]
) -> None:
    assert [span.text for s in extract_statements(text) for span in s.quotes] == quotes


@settings(max_examples=150, deadline=None)
@given(documents())
def test_any_text_spans_match_and_are_deterministic(text: str) -> None:
    first = extract_statements(text)
    assert first == extract_statements(text)
    for statement in first:
        spans = [statement.source, statement.cue, *statement.content, *statement.quotes]
        for span in spans:
            if span is not None:
                assert text[span.start : span.end] == span.text
        assert statement.content


@pytest.mark.skipif(not POLNEAR_DEV.exists(), reason="needs ../shared/corpora/polnear")
def test_polnear_dev_smoke() -> None:
    """No article refused, and the scores stay near the measured ones (see the benchmark)."""
    import sys

    sys.path.insert(0, str(ROOT))
    from benchmarks.statements_eval import evaluate

    result = evaluate(POLNEAR_DEV)
    assert result["refused"] == 0
    assert result["f1"] >= 0.70
    assert result["source_accuracy"] >= 0.82
    assert result["cue_accuracy"] >= 0.82


def test_corpus_file_is_our_own() -> None:
    data = json.loads((ROOT / "tests" / "corpus" / "statements.json").read_text("utf-8"))
    negatives = [case for case in data["cases"] if case["expect"] == []]
    assert len(negatives) >= 5
