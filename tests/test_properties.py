"""Properties that hold for every input: no crash, honest spans, resolvable ids, determinism.

Checked for :func:`conflictparse.parse` and every ``extract_*`` function over arbitrary Unicode
and over news-like text built from fragments (see ``tests/strategies.py``), and over the
regression inputs in ``tests/corpus/adversarial/``.

Each property runs thousands of examples (raised per test with ``@settings``; the ``fuzz``
profile from ``conftest.py`` raises them further for a nightly run).
"""

from __future__ import annotations

import json
import signal
import time
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import documents, published_dates

from conflictparse import (
    Parser,
    Report,
    Span,
    extract_actors,
    extract_deployments,
    extract_figures,
    extract_statements,
    extract_times,
    parse,
)

if TYPE_CHECKING:
    import datetime as _dt

ADVERSARIAL = Path(__file__).parent / "corpus" / "adversarial"


def _examples(wanted: int) -> settings:
    # Never fewer than the active profile asks for, so that --hypothesis-profile=fuzz still counts.
    return settings(
        max_examples=max(wanted, settings().max_examples),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def _spans(value: object) -> list[Span]:
    """Every Span inside ``value``, however deeply nested in attrs classes and tuples."""
    found: list[Span] = []
    stack: list[object] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Span):
            found.append(item)
        elif isinstance(item, tuple | list):
            stack.extend(item)
        elif attrs.has(type(item)):
            stack.extend(getattr(item, field.name) for field in attrs.fields(type(item)))
    return found


def assert_spans_honest(text: str, value: object) -> None:
    """Every span lies within ``text`` and its text is exactly ``text[start:end]``."""
    for span in _spans(value):
        assert 0 <= span.start <= span.end <= len(text), (span, len(text))
        assert text[span.start : span.end] == span.text, span


def _ids(facts: tuple[Any, ...]) -> list[str]:
    return [fact.id for fact in facts]


def assert_ids_unique(*groups: tuple[Any, ...]) -> None:
    """No two facts, of whatever kind, share an id; every id is a non-empty string."""
    ids = [fact_id for group in groups for fact_id in _ids(group)]
    assert all(isinstance(i, str) and i for i in ids), ids
    assert len(ids) == len(set(ids)), ids


def assert_references_resolve(report: Report) -> None:
    """Every id a fact refers to names a fact of the right kind in the same report."""
    actors = set(_ids(report.actors))
    times = set(_ids(report.times))
    figures = set(_ids(report.figures))

    def check(reference: str | None, pool: set[str], where: str) -> None:
        assert reference is None or reference in pool, f"{where} -> {reference!r}"

    for actor in report.actors:
        check(actor.affiliation, actors, f"{actor.id}.affiliation")
    for statement in report.statements:
        check(statement.speaker, actors, f"{statement.id}.speaker")
        check(statement.time, times, f"{statement.id}.time")
    for figure in report.figures:
        check(figure.estimated_by, actors, f"{figure.id}.estimated_by")
    for deployment in report.deployments:
        check(deployment.actor, actors, f"{deployment.id}.actor")
        check(deployment.personnel, figures, f"{deployment.id}.personnel")
        check(deployment.time, times, f"{deployment.id}.time")
        check(deployment.source, actors, f"{deployment.id}.source")


def assert_report_sound(text: str, report: Report) -> None:
    """The structural invariants of a report of ``text``."""
    assert isinstance(report, Report)
    assert_spans_honest(text, report)
    assert_ids_unique(
        report.actors, report.statements, report.figures, report.times, report.deployments
    )
    assert_references_resolve(report)
    for actor in report.actors:
        assert list(actor.mentions) == sorted(actor.mentions), actor
        # where a country acts is where it is mentioned
        assert set(actor.acting) <= set(actor.mentions), actor
        assert list(actor.acting) == sorted(actor.acting), actor
    for statement in report.statements:
        # what was said, and the words quoted in it, are words: never a space at either edge,
        # however the marks are padded ('« We hold »', "`` we hold ''")
        for span in (*statement.content, *statement.quotes):
            assert span.text == span.text.strip(), statement


def assert_round_trips(report: Report) -> None:
    """The report survives dict and JSON round trips unchanged."""
    data = report.to_dict()
    assert Report.from_dict(data) == report
    encoded = report.to_json()
    assert json.loads(encoded) == json.loads(json.dumps(data))
    assert Report.from_dict(json.loads(encoded)) == report


# --- parse -------------------------------------------------------------------------------------


@_examples(2000)
@given(text=documents(), published=published_dates())
def test_parse_is_sound_deterministic_and_round_trips(
    text: str, published: _dt.date | _dt.datetime | str | None
) -> None:
    report = parse(text, published=published)
    assert_report_sound(text, report)
    assert Parser().parse(text, published=published) == report
    assert_round_trips(report)


# --- each extractor on its own -----------------------------------------------------------------


@_examples(2000)
@given(text=documents(), published=published_dates())
def test_extractors_are_sound_and_agree_with_parse(
    text: str, published: _dt.date | _dt.datetime | str | None
) -> None:
    # One property for all five: each example costs several parses, and CI time is finite.
    # Agreement with parse() (itself checked deterministic above) stands in for determinism.
    report = parse(text, published=published)
    actor_ids = set(_ids(report.actors))

    actors = extract_actors(text)
    assert_spans_honest(text, actors)
    assert actors == report.actors, "extract_actors disagrees with parse"

    times = extract_times(text, published)
    assert_spans_honest(text, times)
    assert times == report.times, "extract_times disagrees with parse"

    figures = extract_figures(text)
    assert_spans_honest(text, figures)
    assert figures == report.figures, "extract_figures disagrees with parse"

    statements = extract_statements(text)
    assert_spans_honest(text, statements)
    assert_ids_unique(statements)
    for statement in statements:
        assert statement.speaker is None or statement.speaker in actor_ids, statement
        assert statement.time is None, statement  # extract_statements resolves no times

    deployments = extract_deployments(text, published)
    assert_spans_honest(text, deployments)
    assert deployments == report.deployments, "extract_deployments disagrees with parse"


def test_decomposed_accents_give_the_spans_of_composed_ones() -> None:
    # NFD text spells accents as combining marks; no span may stop short of one ("Afri" for
    # "Afrîn", a source "rez" for "José Pérez").
    composed = (
        "President Recep Tayyip Erdoğan said on Monday that Turkish troops would enter Afrîn. "
        "Defence Minister José Pérez said 3,000 soldiers were deployed near Jarābulus."
    )
    decomposed = unicodedata.normalize("NFD", composed)
    expected = [span.text for span in _spans(parse(composed, published="2018-01-22"))]
    report = parse(decomposed, published="2018-01-22")
    assert_report_sound(decomposed, report)
    assert [unicodedata.normalize("NFC", span.text) for span in _spans(report)] == expected


# --- bad input gets a clear answer -------------------------------------------------------------


@pytest.mark.parametrize("data", [b"NATO warned Russia.", bytearray(b"x"), memoryview(b"x")])
def test_bytes_are_refused_with_a_hint_to_decode(data: object) -> None:
    with pytest.raises(TypeError, match="decode"):
        parse(data)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [None, 42, ["text"]])
def test_non_text_is_refused(value: object) -> None:
    with pytest.raises(TypeError, match="str"):
        parse(value)  # type: ignore[arg-type]


@given(published=st.text(max_size=30) | st.integers() | st.floats())
@_examples(300)
def test_bad_published_names_the_argument(published: object) -> None:
    try:
        parse("NATO warned Russia on Monday.", published=published)  # type: ignore[arg-type]
    except ValueError as error:
        assert "published" in str(error)


# --- the regression corpus of malformed inputs ---------------------------------------------------


def _adversarial_files() -> list[Path]:
    return sorted(path for path in ADVERSARIAL.glob("*.txt"))


#: Inputs that still fail, with the module that owns the fix; strict, so a fix shows.
_KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(
            path,
            marks=[pytest.mark.xfail(reason=_KNOWN_FAILURES[path.name], strict=True)]
            if path.name in _KNOWN_FAILURES
            else [],
            id=path.name,
        )
        for path in _adversarial_files()
    ],
)
def test_adversarial_file(path: Path) -> None:
    # Read with newline="" semantics: CR and CRLF must reach the parser untouched.
    text = path.read_bytes().decode("utf-8")
    report = parse(text, published="2021-11-16")
    assert_report_sound(text, report)
    assert_round_trips(report)
    for extract in (extract_actors, extract_figures, extract_statements):
        assert_spans_honest(text, extract(text))
    assert_spans_honest(text, extract_times(text, "2021-11-16"))
    assert_spans_honest(text, extract_deployments(text, "2021-11-16"))


def _sentence() -> str:
    return (
        "Russia has massed 100,000 troops near the border, NATO Secretary-General "
        "Jane Okafor said on Monday. \u201cWe are ready,\u201d she told reporters. "
    )


def _repeat(unit: str, size: int = 50_000) -> str:
    return (unit * (size // len(unit) + 1))[:size]


#: Inputs generated on the fly (too large to keep as files), mostly of 50,000 characters. Linear
#: code parses each in well under a second; a quadratic step takes minutes, so each gets a
#: time limit. Known superlinear cases stay here as strict xfails until their module is fixed.
_LARGE_INPUTS: dict[str, str] = {
    "straight-quotes": _repeat('"'),
    "curly-quotes": _repeat("\u201c", 25_000) + _repeat("\u201d", 25_000),
    "quote-word-pairs": _repeat('" a '),
    "guillemets": _repeat("\u00ab \u00bb "),
    "digits": _repeat("9"),
    "grouped-digits": _repeat("100,"),
    "decimal-chain": _repeat("1."),
    "one-long-sentence": _repeat("the troops moved toward the border and "),
    # 200,000 characters: large enough that a quadratic step cannot pass the time limit.
    "no-punctuation": _repeat("said troops Russia thousands Monday ", 200_000),
    "capitalised-words": _repeat("Capital "),
    "initials": _repeat("A. "),
    "periods": _repeat("."),
    "exclamations": _repeat("!"),
    "spaces": _repeat(" "),
    "newlines": _repeat("\n"),
    "carriage-returns": _repeat("\r"),
    "crlf": _repeat("Short line\r\n"),
    "nul": _repeat("\x00"),
    "zero-width": _repeat("\u200b"),
    "combining": "a" + _repeat("\u0301", 49_999),
    "hyphens": _repeat("-"),
    "hyphenated-word": _repeat("a-"),
    "apostrophes": _repeat("a'"),
    "said-said": _repeat("said ", 200_000),
    "number-words": _repeat("tens of thousands of "),
    "months": _repeat("January "),
    "news": _repeat(_sentence()),
    "short-lines": _repeat("Kyiv said no.\n"),
    "ministers": _repeat("Defence Minister Ana Ruiz of Spain spoke. The minister said so. "),
    "deployments": _repeat(
        "Russian troops massed near the border with Ukraine and deployed tanks, "
    ),
}

#: Found by benchmarks/linearity.py; the module named owns the fix.
_KNOWN_SUPERLINEAR: dict[str, str] = {}

_TIME_LIMIT = 5.0


class _TooSlow(Exception):
    pass


def _parse_within(text: str, seconds: float) -> Report:
    """Parse ``text``, raising :class:`_TooSlow` after ``seconds`` of CPU time.

    CPU time rather than elapsed time, so that a busy machine does not fail a linear case; the
    timer makes a hang fail fast instead of stalling CI.
    """
    if not hasattr(signal, "setitimer") or not hasattr(signal, "SIGVTALRM"):
        return parse(text, published="2021-11-16")

    def alarm(signum: int, frame: object) -> None:
        raise _TooSlow(f"no result after {seconds} s of CPU time")

    previous = signal.signal(signal.SIGVTALRM, alarm)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        return parse(text, published="2021-11-16")
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            name,
            marks=[pytest.mark.xfail(reason=_KNOWN_SUPERLINEAR[name], strict=True)]
            if name in _KNOWN_SUPERLINEAR
            else [],
        )
        for name in sorted(_LARGE_INPUTS)
    ],
)
def test_large_pathological_input_is_parsed_quickly(name: str) -> None:
    text = _LARGE_INPUTS[name]
    started = time.process_time()
    report = _parse_within(text, _TIME_LIMIT)
    elapsed = time.process_time() - started
    assert_spans_honest(text, report)
    assert elapsed < _TIME_LIMIT, f"{name}: {len(text):,} characters took {elapsed:.1f} s CPU"
