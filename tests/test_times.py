"""Time expressions: the examples corpus, the seed article, focused rules, and properties."""

from __future__ import annotations

import datetime as _dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from corpus_cases import check_facts, corpus_cases
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictparse.extract._timex_calendar import (
    format_at,
    normalise_absolute,
    part_of_period,
    weekday_date,
)
from conflictparse.extract._timex_grammar import compiled_rules, rules_starting_with
from conflictparse.extract.times import extract_times, find_times
from conflictparse.model import TimeExpression, TimeType
from conflictparse.text import Text

SEED = Path(__file__).parent.parent / "seeds" / "000_d8b30d1ce7007ef2.txt"
TIMEBANK = Path(__file__).parent.parent.parent / "shared" / "corpora" / "timebank"


def _flatten(times: tuple[TimeExpression, ...]) -> list[dict[str, Any]]:
    return [
        {"text": t.span.text, "type": t.type.value, "value": t.value, "mod": t.mod} for t in times
    ]


@pytest.mark.parametrize(("case", "anchor"), corpus_cases("times"))
def test_corpus(case: dict[str, Any], anchor: str | None) -> None:
    expected = [{"mod": None, **fact} for fact in case["expect"]]
    check_facts(_flatten(extract_times(case["text"], anchor=anchor)), {**case, "expect": expected})


def test_seed_article() -> None:
    text = SEED.read_text(encoding="utf-8")
    times = extract_times(text, anchor="2021-11-16")
    found = [(t.span.text, t.type, t.value) for t in times]
    assert found.count(("Monday", TimeType.DATE, "2021-11-15")) == 2
    assert ("2014", TimeType.DATE, "2014") in found
    assert ("the spring", TimeType.DATE, "2021-SP") in found
    assert ("the night", TimeType.TIME, "XXXX-XX-XXTNI") in found
    assert [t.id for t in times] == [f"t{n}" for n in range(1, len(times) + 1)]


def test_ids_follow_text_order() -> None:
    times = extract_times(
        "On Monday and again on Friday, in 2014 and in 2015.", anchor="2021-11-16"
    )
    assert [t.id for t in times] == ["t1", "t2", "t3", "t4"]
    assert [t.span.start for t in times] == sorted(t.span.start for t in times)


def test_no_preposition_in_span() -> None:
    for text in ("It happened on Monday.", "It happened in 2014.", "It happened at 3 p.m."):
        (time,) = extract_times(text, anchor="2021-11-16")
        assert not time.span.text.lower().startswith(("on ", "in ", "at "))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Talks were held on Friday.", "2021-11-12"),
        ("Talks will be held on Friday.", "2021-11-19"),
        ("The envoy said on Friday that talks will resume.", "2021-11-12"),
        ("Talks are held on Tuesday.", "2021-11-16"),
    ],
)
def test_weekday_direction_follows_tense(text: str, value: str) -> None:
    (time,) = extract_times(text, anchor="2021-11-16")
    assert time.value == value


def test_without_anchor_values_keep_placeholders() -> None:
    times = extract_times("They met on Monday and will meet next week.")
    assert [t.value for t in times] == ["XXXX-WXX-1", "XXXX-WXX"]


def test_range_ends_are_recoverable() -> None:
    times = extract_times("Fighting raged from 2014 to 2022.", anchor="2021-11-16")
    assert [(t.span.text, t.value) for t in times] == [("2014", "2014"), ("2022", "2022")]


def test_find_times_on_shared_text() -> None:
    doc = Text("The siege ended in March 2022.")
    (time,) = find_times(doc, _dt.date(2022, 11, 1))
    assert doc.original[time.span.start : time.span.end] == "March 2022"


def test_a_shorter_reading_never_reopens_a_skipped_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    # Bug caught (round 35): when the longest phrase at a place is off the calendar ("next
    # summer" in year 9999) and a shorter rule then reads its head, the scan set its skip back
    # to the end of that head, and the rest of the dropped phrase was read again on its own.
    from conflictparse.extract import times as module

    text = "The truce ended at noon on 5 June."
    real_first_reading = module._first_reading

    def off_calendar_tail(*args: Any) -> tuple[list[Any], int]:
        results, unvalued = real_first_reading(*args)
        if text[args[1] : args[1] + 4] == "noon":  # as if "noon on 5 June" had no value
            unvalued = max(unvalued, text.index(" June") + len(" June"))
        return results, unvalued

    monkeypatch.setattr(module, "_first_reading", off_calendar_tail)
    times = find_times(Text(text), _dt.date(2021, 11, 16))
    assert [time.span.text for time in times] == ["noon"]


def test_calendar_helpers() -> None:
    assert format_at(_dt.date(2021, 1, 2), "week") == "2020-W53"
    assert format_at(_dt.date(2021, 11, 16), "decade") == "202"
    assert weekday_date(_dt.date(2021, 11, 16), 1, -1) == _dt.date(2021, 11, 15)
    assert weekday_date(_dt.date(2021, 11, 16), 2, -1) == _dt.date(2021, 11, 16)
    assert weekday_date(_dt.date(2021, 11, 16), 2, 1) == _dt.date(2021, 11, 23)
    # a month's weeks are the ISO weeks whose Thursday falls in it: 1 January 2021 is a Friday
    assert part_of_period("2021-01", "week", 1) == "2021-W01"
    assert part_of_period("2021-01", "week", -1) == "2021-W04"
    assert part_of_period("2020", "week", -1) == "2020-W53"
    assert part_of_period("1944", "month", -1) == "1944-12"
    assert part_of_period("1944-06", "month", 1) is None
    assert part_of_period("0000", "week", 1) is None


def test_dateparser_normalises_odd_forms() -> None:
    assert normalise_absolute("15/11/2021") == "2021-11-15"
    assert normalise_absolute("not a date at all") is None


def test_rejects_non_string() -> None:
    with pytest.raises(TypeError):
        extract_times(b"Monday")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="anchor"):
        extract_times("Monday", anchor="yesterday-ish")


def test_import_does_not_load_dateparser() -> None:
    code = "import sys, conflictparse; print('dateparser' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "\x00\x01", "on", "2014" * 500, "Monday " * 2000, "the the the", "12:", "p.m."],
)
def test_weird_input_does_not_crash(text: str) -> None:
    for time in extract_times(text, anchor="2021-11-16"):
        assert text[time.span.start : time.span.end] == time.span.text


def test_a_long_input_gives_each_paragraph_its_times() -> None:
    # benchmarks/linearity.py watches the time; this, that every paragraph keeps its times.
    paragraph = "On Monday, 3,000 troops moved in. Talks will resume next week, officials said.\n"
    once = extract_times(paragraph, anchor="2021-11-16")
    many = extract_times(paragraph * 800, anchor="2021-11-16")
    assert len(many) == 800 * len(once) >= 1600
    assert {t.value for t in many} == {t.value for t in once}


_WORDS = st.sampled_from(
    [
        "on", "Monday", "in", "2014", "the", "spring", "last", "week", "3", "p.m.", "Nov.",
        "15,", "two", "days", "ago", "every", "day", "mid-November", "$2014", "F-16", "1990s",
        "between", "10", "and", "12", "November", "overnight", "-", "“", ".", "\n", "early",
        "Q3", "fiscal", "1989", "a", "year", "will", "at", "noon", "12:30", "2021-11-15",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    st.lists(_WORDS, max_size=40),
    st.sampled_from([None, "2021-11-16", "1998-01-31", "0001-01-01", "9999-12-31"]),
)
def test_spans_match_and_output_is_deterministic(words: list[str], anchor: str | None) -> None:
    text = " ".join(words)
    first = extract_times(text, anchor=anchor)
    assert first == extract_times(text, anchor=anchor)
    previous_end = -1
    for time in first:
        assert text[time.span.start : time.span.end] == time.span.text
        assert time.span.start >= previous_end
        previous_end = time.span.end
        assert time.value


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes(text: str) -> None:
    for time in extract_times(text, anchor="2021-11-16"):
        assert text[time.span.start : time.span.end] == time.span.text


@pytest.mark.skipif(not TIMEBANK.is_dir(), reason="evaluation corpora not available")
def test_timebank_smoke() -> None:
    path = sorted(TIMEBANK.glob("*.tml"))[0]
    raw = path.read_text(encoding="utf-8")
    assert extract_times(raw, anchor="1998-01-08") is not None


_SPEED_ALPHABET = st.sampled_from(
    ["Sept.", "Mr.", "U.S.", "said", "that", "told", "says", "2014", "mid-March", "today's",
     "May", "may", "Monday", "weeks", "'", "-", ".", ";", "!", "?", '"', "—", "²", "٣", "x",
     " ", "\n", "in", "ago"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_SPEED_ALPHABET, max_size=40))
def test_core_prescan_misses_no_core(words: list[str]) -> None:
    """The C-level pre-scan of ``_cores`` keeps every token the plain definition keeps."""
    from conflictparse.extract import times as module

    doc = Text(" ".join(words))
    texts, lowers = doc.token_columns.texts, doc.token_lowers
    plain = [
        i
        for i, word in enumerate(texts)
        if lowers[i] not in module._MARKS and module._is_core(word)
    ]
    assert module._cores(doc, module._glued_stamps(texts)) == plain


@settings(max_examples=200, deadline=None)
@given(st.lists(_SPEED_ALPHABET, max_size=40), st.integers(min_value=0, max_value=400))
def test_clause_break_pattern_is_the_spelled_out_one(words: list[str], cut: int) -> None:
    """The factored clause-break pattern finds what the plain alternation finds."""
    import regex

    from conflictparse.extract import times as module

    plain = regex.compile(
        r"(?r)(?<!\b[A-Z][A-Za-z.]{0,3})\.\s|[;!?\"]\s|\b(?:that|said|says|told)\b"
    )
    text = " ".join(words)
    end = min(cut, len(text))
    found, expected = module._CLAUSE_BACK.search(text, 0, end), plain.search(text, 0, end)
    assert (found and found.span()) == (expected and expected.span())


NEWS_GOLD = Path(__file__).parent.parent / "benchmarks" / "gold" / "times.jsonl"
NEWS_CORPORA = [TIMEBANK.parent / "conflict_news", TIMEBANK.parent / "polnear"]


@pytest.mark.skipif(
    not all(folder.is_dir() for folder in NEWS_CORPORA), reason="evaluation corpora not available"
)
@pytest.mark.parametrize(
    ("split", "strict", "relaxed", "value"),
    [
        ("news1", 0.97, 0.97, 0.95),
        ("news3", 0.97, 0.97, 0.95),
        ("news5", 0.93, 0.93, 0.87),
        ("news7", 0.94, 0.97, 0.90),
        ("news9", 0.94, 0.95, 0.94),
        ("news11", 0.93, 0.95, 0.89),
        ("news13", 0.94, 0.96, 0.89),
        ("news15", 0.92, 0.95, 0.90),
        ("news17", 0.94, 0.96, 0.93),
        ("news19", 0.96, 0.96, 0.92),
        ("news21", 0.94, 0.96, 0.89),
        ("news23", 0.94, 0.95, 0.86),
        ("news25", 0.96, 0.96, 0.91),
        ("news27", 0.93, 0.94, 0.92),
        ("news29", 0.95, 0.96, 0.92),
        ("news31", 0.94, 0.96, 0.91),
        ("news33", 0.94, 0.96, 0.92),
    ],
)
def test_news_gold_scores_hold(
    monkeypatch: pytest.MonkeyPatch, split: str, strict: float, relaxed: float, value: float
) -> None:
    """The blind splits of our news gold whose errors were read keep the scores reached on them
    (docs/timex3.md), less a small margin."""
    monkeypatch.syspath_prepend(str(NEWS_GOLD.parent.parent.parent))
    from benchmarks.times_eval import read_news_gold, score, tag

    documents = read_news_gold(NEWS_GOLD, split)
    scores = score(documents, tag(documents))
    assert scores.f1(scores.strict) >= strict
    assert scores.f1(scores.relaxed) >= relaxed
    assert scores.f1(scores.value_ok) >= value


def test_superscript_digits_beside_old_years_do_not_crash() -> None:
    # Found by the property tests: "000²" passes str.isdigit() but int() refuses it; the
    # story-year count must look at decimal digits only.
    text = (
        '"", Jane Okafor said. " "in the spring of 1943", Jane Okafor said. " " "" ", Jane '
        'Okafor said. " "", Jane Okafor said. 0 0 " At least 0 people were killed and 0 '
        'wounded Monday, Jane Okafor said. " 000²  ' + "the " * 20
    )
    found = extract_times(text, anchor="2000-01-01")
    assert [time.span.text for time in found] == ["the spring of 1943", "Monday"]


# At the calendar's ends a time past year 1 or 9999 has no TIMEX3 value: it is dropped, never
# given a clamped one (the old code said '0001' for "last year" in year 1, '9999-W52' for "next
# week" on 9999-12-31, '999' for "the next decade" in 9999). Times within the calendar keep theirs.
_CALENDAR_ANCHORS = ("0001-01-01", "0001-06-15", "9999-12-31", "9999-06-15")
# Each sentence, the span it should give, and its value at each anchor above (None: dropped).
_AT_CALENDAR_ENDS = [
    ("Militia leaders signed a truce last year.", "last year", (None, None, "9998", "9998")),
    (
        "Militia leaders signed a truce last week.",
        "last week",
        (None, "0001-W23", "9999-W51", "9999-W23"),
    ),
    (
        "Militia leaders signed a truce last month.",
        "last month",
        (None, "0001-05", "9999-11", "9999-05"),
    ),
    (
        "Militia leaders signed a truce the last decade.",
        "the last decade",
        (None, None, "998", "998"),
    ),
    (
        "Militia leaders signed a truce the last century.",
        "the last century",
        (None, None, "98", "98"),
    ),
    ("Militia leaders signed a truce 10 years ago.", "10 years ago", (None, None, "9989", "9989")),
    (
        "Militia leaders signed a truce yesterday.",
        "yesterday",
        (None, "0001-06-14", "9999-12-30", "9999-06-14"),
    ),
    ("The army will withdraw its tanks next year.", "next year", ("0002", "0002", None, None)),
    (
        "The army will withdraw its tanks next week.",
        "next week",
        ("0001-W02", "0001-W25", None, "9999-W25"),
    ),
    (
        "The army will withdraw its tanks next month.",
        "next month",
        ("0001-02", "0001-07", None, "9999-07"),
    ),
    (
        "The army will withdraw its tanks the next decade.",
        "the next decade",
        ("001", "001", None, None),
    ),
    (
        "The army will withdraw its tanks the next century.",
        "the next century",
        ("01", "01", None, None),
    ),
    ("The army will withdraw its tanks in 5 years.", "5 years", ("0006", "0006", None, None)),
    (
        "The army will withdraw its tanks tomorrow.",
        "tomorrow",
        ("0001-01-02", "0001-06-16", None, "9999-06-16"),
    ),
    (
        "The army will withdraw its tanks next summer.",
        "next summer",
        ("0001-SU", "0002-SU", None, None),
    ),
]


@pytest.mark.parametrize(
    ("anchor", "text", "expected"),
    [
        (anchor, text, [] if value is None else [(span, value)])
        for text, span, values in _AT_CALENDAR_ENDS
        for anchor, value in zip(_CALENDAR_ANCHORS, values, strict=True)
    ],
)
def test_times_past_the_calendar_ends_are_dropped(
    anchor: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(time.span.text, time.value) for time in extract_times(text, anchor=anchor)] == expected


@pytest.mark.parametrize(
    "key",
    ["the first week", "this year.", "years.", "1110 until", "mid-march", "10-year-old zzzz", "-"],
)
def test_rules_asked_through_a_shorter_prefix_are_those_asked_directly(key: str) -> None:
    # The rules for a key are only asked among those for a shorter prefix of it: the same
    # answer as asking every rule, since a rule that can begin with a key can begin with any
    # prefix of it.
    every_rule = tuple(
        index
        for index, (_, compiled) in enumerate(compiled_rules())
        if compiled.match(key, partial=True) is not None
    )
    assert rules_starting_with(key) == every_rule
