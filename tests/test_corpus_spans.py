"""Every span a parse of real news gives starts and ends on a word, not on punctuation or space.

The property tests check that spans are true slices of the text; this checks that they are the
right slices on the shared conflict news, where a stray full stop ('.Vladov' for "A.Vladov",
'.Trump' for "said.Trump") once slipped through. Skipped when ../shared is not there.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import conflictparse

if TYPE_CHECKING:
    from conflictparse.model import Report, Span

CONFLICT_NEWS = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "conflict_news"
)
ARTICLES = sorted(CONFLICT_NEWS.glob("*/*.txt")) if CONFLICT_NEWS.is_dir() else []

# A span may open on a quotation mark, a bracket or a currency sign, and close on a quotation
# mark, a bracket, a percent sign or the full stop of an abbreviation ("U.S.").
_OPENERS = frozenset("\"'‘“($£€")
_CLOSERS = frozenset("\"'’”).%")


def _named_spans(report: Report) -> list[tuple[str, Span]]:
    """The spans that name something: mentions, figures, times, sources and word cues."""
    spans: list[tuple[str, Span]] = [
        ("mention", mention) for actor in report.actors for mention in actor.mentions
    ]
    spans += [("figure", figure.span) for figure in report.figures]
    spans += [("time", time.span) for time in report.times]
    spans += [("source", s.source) for s in report.statements if s.source is not None]
    # Punctuation cues (":" before a quotation, a dash) are cues in their own right.
    spans += [
        ("cue", s.cue) for s in report.statements if s.cue is not None and s.cue.text[:1].isalpha()
    ]
    return spans


def _ragged(text: str) -> bool:
    first, last = text[:1], text[-1:]
    return (
        text != text.strip()
        or not (first.isalnum() or first in _OPENERS)
        or not (last.isalnum() or last in _CLOSERS or text.endswith(":"))
    )


@pytest.mark.skipif(not ARTICLES, reason="needs ../shared/corpora/conflict_news")
def test_spans_on_conflict_news_start_and_end_on_words() -> None:
    ragged = []
    for path in ARTICLES:
        report = conflictparse.parse(path.read_text(encoding="utf-8"))
        ragged += [
            (path.name, kind, span.text)
            for kind, span in _named_spans(report)
            if _ragged(span.text)
        ]
    assert ragged == []
