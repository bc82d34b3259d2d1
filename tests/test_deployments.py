"""Deployments: the examples corpus, the seed article, and properties on arbitrary text."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

import pytest
from corpus_cases import check_facts, corpus_cases
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import documents

from conflictparse.extract.actors import find_actors
from conflictparse.extract.deployments import (
    _by_end,
    _cite_actor_mention,
    extract_deployments,
    find_deployments,
)
from conflictparse.extract.figures import find_figures
from conflictparse.extract.statements import find_statements
from conflictparse.extract.times import find_times
from conflictparse.model import Action, MilitaryDeployment, Modality, Span
from conflictparse.text import Text

SEED = Path(__file__).parent.parent / "seeds" / "000_d8b30d1ce7007ef2.txt"
_VOCABULARY = [
    "Russia", "Russian", "troops", "massed", "deployed", "withdrew", "build-up", "the", "border",
    "with", "Ukraine", "near", "in", "along", "tanks", "said", "will", "not", "its", "presence",
    "military", "exercises", "from", "Syria", "100,000", "on Monday", ",", ".", '"', "\u201c",
    "according to", "NATO", "\n\n", "  ", "could", "denied", "where", "along with", "USS",
    "are", "retain", "by", "attacking", "sent from", "Kiev", "the Armed Forces", "which", "it",
    "remain", "fighters", "PKK", "entrenched", "Nato member", "their", "movement", "in place",
]  # fmt: skip


def _analyse(text: str, anchor: str | None) -> list[dict[str, Any]]:
    """Run the stages and flatten each deployment into comparable fields."""
    doc = Text(text)
    actors = find_actors(doc)
    times = find_times(doc, None if anchor is None else _dt.date.fromisoformat(anchor))
    figures = find_figures(doc, actors)
    statements = find_statements(doc, actors, times)
    names = {actor.id: actor.name for actor in actors.actors}
    time_text = {expression.id: expression.span.text for expression in times}
    figure_text = {figure.id: figure.span.text for figure in figures}
    flat = []
    for deployment in find_deployments(doc, actors, times, figures, statements):
        flat.append(
            {
                "actor": names.get(deployment.actor or ""),
                "action": deployment.action.value,
                "modality": deployment.modality.value,
                "location": deployment.location.span.text if deployment.location else None,
                "country": deployment.location.country if deployment.location else None,
                "equipment": [item.name for item in deployment.equipment],
                "counts": [item.count for item in deployment.equipment],
                "source": names.get(deployment.source or ""),
                "time": time_text.get(deployment.time or ""),
                "personnel": figure_text.get(deployment.personnel or ""),
            }
        )
    return flat


@pytest.mark.parametrize(("case", "anchor"), corpus_cases("deployments"))
def test_corpus(case: dict[str, Any], anchor: str | None) -> None:
    check_facts(_analyse(case["text"], anchor), case)


def _check_spans(text: str, deployments: tuple[MilitaryDeployment, ...]) -> None:
    for deployment in deployments:
        spans = list(deployment.evidence)
        if deployment.location is not None:
            spans.append(deployment.location.span)
            assert deployment.location.span in deployment.evidence
        for item in deployment.equipment:
            spans.append(item.span)
            assert item.span in deployment.evidence
        for span in spans:
            assert text[span.start : span.end] == span.text


def test_seed_article() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = extract_deployments(text, published="2021-11-16")
    _check_spans(text, found)
    assert [d.id for d in found] == [f"d{n}" for n in range(1, len(found) + 1)]
    build_up = [d for d in found if d.action is Action.BUILD_UP]
    assert build_up, found
    assert build_up[0].location is not None
    assert build_up[0].location.country == "UKR"
    moving = [d for d in found if d.action is Action.DEPLOYMENT and d.equipment]
    assert moving, found
    names = {item.name for item in moving[0].equipment}
    assert {"tank", "self-propelled artillery", "infantry fighting vehicle"} <= names
    assert any(
        d.action is Action.PRESENCE
        and d.modality is Modality.POSSIBLE
        and d.location is not None
        and d.location.country == "BLR"
        for d in found
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY) | st.text(max_size=4), max_size=60))
def test_any_text_gives_valid_spans(words: list[str]) -> None:
    text = " ".join(words)
    first = extract_deployments(text)
    _check_spans(text, first)
    assert extract_deployments(text) == first


@settings(max_examples=100, deadline=None)
@given(documents())
def test_news_like_text_gives_valid_deployments(text: str) -> None:
    found = extract_deployments(text, published="2021-11-16")
    _check_spans(text, found)
    assert [d.id for d in found] == [f"d{n}" for n in range(1, len(found) + 1)]
    assert all(d.evidence for d in found)


def test_a_long_run_of_movements_is_read_through() -> None:
    # benchmarks/linearity.py ("deployments") watches the time; this, that the result holds.
    unit = "Russian troops massed near the border with Ukraine and deployed tanks, "
    found = extract_deployments(unit * 1600)
    assert found
    _check_spans(unit * 1600, found)
    assert [d.id for d in found] == [f"d{n}" for n in range(1, len(found) + 1)]


def test_evidence_cites_the_actors_own_mention() -> None:
    # A speaker read with its article ("the Bush administration") names the actor whose
    # mention is "Bush administration": the evidence points at the mention; a location that
    # merely contains the actor's name keeps its own span.
    text = "the Bush administration plans troops around Bush's ranch"
    mention = Span(start=4, end=23, text=text[4:23])
    speaker = Span(start=0, end=23, text=text[0:23])
    place = Span(start=37, end=56, text=text[37:56])
    bush = Span(start=44, end=48, text=text[44:48])
    evidence = {speaker, place}
    _cite_actor_mention(evidence, _by_end((mention, bush)))
    assert evidence == {mention, place}
