"""Figures: the examples corpus (with the actors stage, so that ``estimated_by`` resolves), the
seed, and properties on any text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from corpus_cases import check_facts, corpus_cases
from hypothesis import given, settings
from strategies import documents

from conflictparse import parse
from conflictparse.extract.actors import find_actors
from conflictparse.extract.figures import extract_figures, find_figures
from conflictparse.model import Qualifier
from conflictparse.text import Text

SEED = Path(__file__).parent.parent / "seeds" / "000_d8b30d1ce7007ef2.txt"


def _flatten(text: str) -> list[dict[str, Any]]:
    doc = Text(text)
    actors = find_actors(doc)
    names = {actor.id: actor.name for actor in actors.actors}
    return [
        {
            "text": figure.span.text,
            "value": figure.value,
            "low": figure.low,
            "high": figure.high,
            "qualifier": figure.qualifier.value,
            "category": figure.category.value,
            "counted": figure.counted,
            "unit": figure.unit,
            "estimated_by": names.get(figure.estimated_by) if figure.estimated_by else None,
        }
        for figure in find_figures(doc, actors)
    ]


@pytest.mark.parametrize(("case", "anchor"), corpus_cases("figures"))
def test_corpus(case: dict[str, Any], anchor: str) -> None:
    del anchor
    check_facts(_flatten(case["text"]), case)


def test_seed_has_one_figure_estimated_by_ukraine() -> None:
    report = parse(SEED.read_text(encoding="utf-8"), published="2021-11-16")
    assert [(f.span.text, f.value, f.counted, f.category.value) for f in report.figures] == [
        ("100,000", 100000.0, "troops", "personnel")
    ]
    figure = report.figures[0]
    assert figure.qualifier is Qualifier.EXACT
    assert figure.estimated_by is not None
    assert report.actor(figure.estimated_by).name == "Ukraine"


def test_ids_in_text_order() -> None:
    figures = extract_figures("5 tanks, 6 jets and 7 drones; 8 ships.")
    assert [f.id for f in figures] == ["f1", "f2", "f3", "f4"]
    assert [f.span.start for f in figures] == sorted(f.span.start for f in figures)


def test_bounds_follow_the_qualifier() -> None:
    text = "About 5 tanks, at least 6 jets, up to 7 drones, 8 ships, 9-12 guns, dozens of boats."
    for figure in extract_figures(text):
        if figure.qualifier is Qualifier.EXACT:
            assert figure.low == figure.high == figure.value
        elif figure.qualifier is Qualifier.APPROXIMATE:
            assert figure.low is None and figure.high is None
        elif figure.qualifier is Qualifier.AT_LEAST:
            assert figure.low == figure.value and figure.high is None
        elif figure.qualifier is Qualifier.AT_MOST:
            assert figure.high == figure.value and figure.low is None
        else:
            assert figure.low == figure.value and figure.high is not None
            assert figure.low < figure.high


@settings(max_examples=200)
@given(documents())
def test_any_text_spans_hold(text: str) -> None:
    for figure in extract_figures(text):
        assert text[figure.span.start : figure.span.end] == figure.span.text
