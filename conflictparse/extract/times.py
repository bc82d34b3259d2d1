"""Time expressions, normalised to TIMEX3 values against an anchor date."""

from __future__ import annotations

import datetime as _dt

from conflictparse._published import coerce_date
from conflictparse.model import TimeExpression
from conflictparse.text import Text

__all__ = ["extract_times", "find_times"]


def find_times(doc: Text, anchor: _dt.date | None) -> tuple[TimeExpression, ...]:
    """Find the time expressions of ``doc``."""
    del doc, anchor
    return ()


def extract_times(
    text: str, anchor: _dt.date | _dt.datetime | str | None = None
) -> tuple[TimeExpression, ...]:
    """Return the time expressions in ``text``, resolved against ``anchor``."""
    return find_times(Text(text), coerce_date(anchor, name="anchor"))
