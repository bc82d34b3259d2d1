"""Pattern calls at a position read a bounded stretch of the text (issue 6: linear time).

Before it tries a match, ``regex`` looks for a word that a pattern requires after an unbounded
repeat (r"\\s+time" needs "time") from the position up to ``endpos``. A call with no ``endpos``
thus reads the rest of the text, and a text dense with such calls took time growing faster than
its length. benchmarks/linearity.py ("durations") watches the time; these tests check that
each such call site passes a bound, by recording how far each call may read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from conflictparse.extract import statements, times

if TYPE_CHECKING:
    import regex

# Far more than any phrase these patterns match, far less than the filler after the phrases.
_READ_LIMIT = 1_000
# Durations with none of the words the patterns look for ("time", "of", "century", "which").
_FILLER = "He left in 5 days, then " * 2_000


class _Recording:
    """Stands in for a compiled pattern and keeps how far past its position each call may read."""

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self.pattern = pattern
        self.reads: list[int] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)

    def _read(self, string: str, pos: int, endpos: int | None) -> None:
        self.reads.append(min(len(string), len(string) if endpos is None else endpos) - pos)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        self._read(string, pos, endpos)
        return self.pattern.match(string, pos, len(string) if endpos is None else endpos)


def _record(
    monkeypatch: pytest.MonkeyPatch, module: Any, names: list[str]
) -> dict[str, _Recording]:
    recordings = {name: _Recording(getattr(module, name)) for name in names}
    for name, recording in recordings.items():
        monkeypatch.setattr(module, name, recording)
    return recordings


# Each pattern that ``regex`` reads ahead for, with a phrase that reaches its call site.
_TIME_PHRASES = {
    "_TIME_AFTER_UNIT": "They returned in 5 days.",
    "_ENDED_ON": "Exports fell in the quarter ended March 31, 2020.",
    "_IN_WHICH": "It was the year in which no one spoke.",
    "_WEEKDAY_OF_DATE": "The attack came on Sunday dawn of 25 June 1950.",
    "_OF_AN_EVENT": "They struck in the early hours of Sunday.",
    "_OF_A_YEAR": "Those were the heady years of 2014 and 2015.",
    "_WEEKEND_AFTER": "They met on Labor Day weekend.",
    "_WEEK_AFTER": "The talks open Monday next week.",
    "_WEEKDAY_OWNS": "Sunday's vote was delayed.",
}


@pytest.mark.parametrize(("name", "phrase"), _TIME_PHRASES.items())
def test_time_phrase_patterns_read_a_bounded_stretch(
    monkeypatch: pytest.MonkeyPatch, name: str, phrase: str
) -> None:
    recording = _record(monkeypatch, times, [name])[name]
    times.extract_times(phrase + " " + _FILLER, anchor="2021-11-16")
    assert recording.reads, f"{name} was not called: the phrase no longer reaches it"
    assert max(recording.reads) <= _READ_LIMIT


def test_time_rules_read_a_bounded_stretch(monkeypatch: pytest.MonkeyPatch) -> None:
    # "the 20th century" and "the first half of 2019" are the rules ``regex`` reads ahead for.
    rules = tuple((name, _Recording(compiled)) for name, compiled in times.compiled_rules())
    monkeypatch.setattr(times, "compiled_rules", lambda: rules)
    times.extract_times(
        "In the 20th century, and in the first half of 2019, " + _FILLER, anchor="2021-11-16"
    )
    reads = {name: recording.reads for name, recording in rules}
    assert reads["century"] and reads["half"]
    assert max(max(read, default=0) for read in reads.values()) <= _READ_LIMIT


def test_relative_tail_reads_a_bounded_stretch(monkeypatch: pytest.MonkeyPatch) -> None:
    recording = _record(monkeypatch, statements, ["_RELATIVE_TAIL"])["_RELATIVE_TAIL"]
    # the quotation's sentence runs to the end of the text: its end is no bound
    text = 'The general said the army would stay. "We will hold the line," which ' + _FILLER
    statements.extract_statements(text)
    assert recording.reads
    assert max(recording.reads) <= _READ_LIMIT


def test_rule_keys_hold_a_bounded_stretch_of_a_long_token(monkeypatch: pytest.MonkeyPatch) -> None:
    # The rules that may start at a position are asked about a key made of the tokens there: a
    # 100,000-digit token, or the rest of a long hyphenated one at each of its hyphens, once
    # made every rule read all of it (quadratic on "9-9-9-...").
    keys: list[str] = []
    asked = times.rules_starting_with

    def recording(key: str) -> tuple[int, ...]:
        keys.append(key)
        return asked(key)

    monkeypatch.setattr(times, "rules_starting_with", recording)
    times._rules_for.cache_clear()
    times._rules_for_three.cache_clear()
    times.extract_times("In " + "9" * 100_000 + " and " + "9-" * 2_000 + "9 days", "2021-11-16")
    assert keys
    assert max(map(len, keys)) <= _READ_LIMIT
