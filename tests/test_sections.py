"""Very long texts: cut into sections, read one at a time, merged into one sound report."""

from __future__ import annotations

import itertools
import pickle

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import arbitrary_text, news_text
from test_properties import assert_report_sound, assert_round_trips

from conflictparse import Parser, Span, Statement, parse
from conflictparse.sections import ReportMerger, split_sections

SMALL = Parser(section_chars=1_000)

FIRST = (
    "Russia has massed about 100,000 troops near the border with Ukraine, NATO "
    "Secretary-General Jane Okafor said on Monday. \u201cThis is a serious build-up,\u201d "
    "she told reporters in Brussels. "
) * 3
SECOND = (
    "The Pentagon said on Tuesday it would send 3,000 more soldiers to Poland, according to "
    "two officials. Russia denied moving tanks to Crimea, the Kremlin said in a statement. "
) * 3


def _shifted(spans: tuple[Span, ...], offset: int) -> list[tuple[int, int, str]]:
    return [(span.start + offset, span.end + offset, span.text) for span in spans]


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(arbitrary_text(3_000), news_text()), limit=st.integers(2, 400))
def test_sections_cover_the_text_in_order_within_the_limit(text: str, limit: int) -> None:
    sections = split_sections(text, limit)
    assert sections[0][0] == 0
    assert sections[-1][1] == len(text)
    for (_, end), (start, _) in itertools.pairwise(sections):
        assert end == start
    for start, end in sections:
        assert 0 < end - start <= limit or (start == end == len(text) == 0)


def test_sections_end_at_paragraph_breaks_first() -> None:
    text = "One line.\nAnother line.\n\nA new paragraph that runs on. And on."
    ((_, first_end), _) = split_sections(text, 40)
    assert text[:first_end].endswith("\n\n")


def test_a_text_without_any_break_is_cut_at_the_limit() -> None:
    assert split_sections("x" * 25, 10) == [(0, 10), (10, 20), (20, 25)]


@pytest.mark.parametrize("limit", [0, 1, -5])
def test_split_sections_refuses_a_limit_below_two(limit: int) -> None:
    with pytest.raises(ValueError, match="at least 2"):
        split_sections("text", limit)


@pytest.mark.parametrize("value", [999, 0, -1, True, 2.5, "100000"])
def test_parser_refuses_a_too_small_or_odd_section_size(value: object) -> None:
    with pytest.raises(ValueError, match="section_chars"):
        Parser(section_chars=value)  # type: ignore[arg-type]


def test_a_text_within_the_limit_is_read_whole() -> None:
    assert len(FIRST) < SMALL.section_chars
    assert SMALL.parse(FIRST, published="2021-11-16") == parse(FIRST, published="2021-11-16")


def test_sections_give_each_section_s_facts_at_whole_text_offsets() -> None:
    text = FIRST + "\n\n" + SECOND
    assert len(FIRST) + 2 <= SMALL.section_chars < len(text)
    offset = len(FIRST) + 2
    whole = SMALL.parse(text, published="2021-11-16")
    first = parse(FIRST, published="2021-11-16")
    second = parse(SECOND, published="2021-11-16")
    assert_report_sound(text, whole)

    def cues(statements: tuple[Statement, ...], shift: int) -> list[tuple[int, int, str]]:
        return _shifted(tuple(s.cue for s in statements if s.cue is not None), shift)

    assert cues(whole.statements, 0) == cues(first.statements, 0) + cues(second.statements, offset)
    assert [(t.value, t.span.start) for t in whole.times] == [
        (t.value, t.span.start) for t in first.times
    ] + [(t.value, t.span.start + offset) for t in second.times]
    assert [(f.value, f.span.start) for f in whole.figures] == [
        (f.value, f.span.start) for f in first.figures
    ] + [(f.value, f.span.start + offset) for f in second.figures]
    assert len(whole.deployments) == len(first.deployments) + len(second.deployments)
    # Russia, named in both sections, is one actor with the mentions of both.
    (russia,) = [actor for actor in whole.actors if actor.name == "Russia"]
    first_russia = next(a for a in first.actors if a.name == "Russia")
    second_russia = next(a for a in second.actors if a.name == "Russia")
    assert [(m.start, m.end) for m in russia.mentions] == [
        (m.start, m.end) for m in first_russia.mentions
    ] + [(m.start + offset, m.end + offset) for m in second_russia.mentions]
    # and where it acts as a state, shifted alike
    assert [(s.start, s.end) for s in russia.acting] == [
        (s.start, s.end) for s in first_russia.acting
    ] + [(s.start + offset, s.end + offset) for s in second_russia.acting]
    assert second_russia.acting
    names = {actor.name for actor in whole.actors}
    assert names == {a.name for a in first.actors} | {a.name for a in second.actors}


def test_the_merger_renames_references_into_the_whole_report() -> None:
    merger = ReportMerger(published=None)
    merger.add(parse("NATO said Russia massed 100,000 troops near Ukraine."), offset=0)
    merger.add(parse("Russia said on Monday it moved tanks to Crimea."), offset=60)
    report = merger.report()
    text = "NATO said Russia massed 100,000 troops near Ukraine.".ljust(60) + (
        "Russia said on Monday it moved tanks to Crimea."
    )
    assert_report_sound(text, report)
    russia = next(actor for actor in report.actors if actor.name == "Russia")
    assert [(m.start, m.text) for m in russia.mentions] == [(10, "Russia"), (60, "Russia")]
    assert [(s.id, s.speaker, s.cue.start if s.cue else None) for s in report.statements] == [
        ("s1", "a1", 5),
        ("s2", russia.id, 67),
    ]
    assert [(d.id, d.actor) for d in report.deployments] == [("d1", russia.id), ("d2", russia.id)]
    assert report.deployments[0].personnel == report.figures[0].id == "f1"
    assert [(t.id, t.span.start) for t in report.times] == [("t1", 75)]


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(pieces=st.lists(news_text(), min_size=2, max_size=8), published=st.none())
def test_a_long_text_read_in_sections_is_a_sound_report(pieces: list[str], published: None) -> None:
    text = "\n\n".join(pieces) * 3
    report = SMALL.parse(text, published=published)
    assert_report_sound(text, report)
    assert_round_trips(report)
    assert SMALL.parse(text, published=published) == report


def test_a_parser_with_its_section_size_pickles() -> None:
    assert pickle.loads(pickle.dumps(SMALL)) == SMALL
