"""The number grammar: the examples corpus and properties on any text."""

from __future__ import annotations

from typing import Any

import pytest
from corpus_cases import check_facts, corpus_cases
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import documents

from conflictparse.extract.numbers import Number, extract_numbers, find_numbers
from conflictparse.text import Text


def _flatten(numbers: tuple[Number, ...]) -> list[dict[str, Any]]:
    return [
        {
            "text": number.text,
            "value": number.value,
            "low": number.low,
            "high": number.high,
            "unit": number.unit,
            "vague": number.vague,
        }
        for number in numbers
    ]


@pytest.mark.parametrize(("case", "anchor"), corpus_cases("numbers"))
def test_corpus(case: dict[str, Any], anchor: str) -> None:
    del anchor
    check_facts(_flatten(extract_numbers(case["text"])), case)


_PIECES = st.sampled_from(
    ["100,000", "1.5", " million", "bn", "$", "£", "%", "-", "–", " ", "a", " dozen", "tens",
     " of ", "thousands", "twenty", "-one", "and", " between ", "2014", "Su", "F-16s", ":", "/",
     "March", "5", "1st", "000", ".", ",", "several", "half", "km", "m", "\n", "\u00a0", "\x00"]
)  # fmt: skip


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_number_pieces_never_crash_and_spans_hold(text: str) -> None:
    for number in extract_numbers(text):
        assert text[number.start : number.end] == number.text
        assert number.low is None or number.low <= number.value
        assert number.high is None or number.value <= number.high


@settings(max_examples=200)
@given(documents())
def test_any_text_spans_hold(text: str) -> None:
    numbers = find_numbers(Text(text))
    assert [n.start for n in numbers] == sorted(n.start for n in numbers)
    for number in numbers:
        assert text[number.start : number.end] == number.text


def test_number_soup_repeated_gives_each_number_again() -> None:
    # benchmarks/linearity.py ("number-soup") watches the time; this, that nothing is lost.
    unit = "1,000 2 3 twenty-one hundreds of thousands a dozen $5bn 40% 3-4 "
    once = extract_numbers(unit)
    many = extract_numbers(unit * 2000)
    assert len(many) == 2000 * len(once)
    assert [n.value for n in many[: len(once)]] == [n.value for n in once]
