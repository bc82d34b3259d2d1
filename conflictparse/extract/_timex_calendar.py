"""Calendar arithmetic and TIMEX3 value formatting for the time-expression extractor."""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
import threading
from typing import Any

__all__ = [
    "add_months",
    "format_at",
    "nearest_weekday",
    "normalise_absolute",
    "nth_weekday",
    "part_of_period",
    "quarter_of",
    "shift",
    "weekday_date",
]

_LOCK = threading.Lock()


def add_months(day: _dt.date, months: int) -> _dt.date:
    """Return ``day`` moved by whole months, clamped to the last day of the target month.

    Raises:
        ValueError: if the target month is before year 1 or after 9999 (TIMEX3 cannot write it).
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not _dt.MINYEAR <= year <= _dt.MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    last = calendar.monthrange(year, month + 1)[1]
    return _dt.date(year, month + 1, min(day.day, last))


def quarter_of(day: _dt.date) -> int:
    """Return the calendar quarter (1-4) of ``day``."""
    return (day.month - 1) // 3 + 1


def part_of_period(period: str, unit: str, nth: int) -> str | None:
    """Return the value of the ``nth`` week or month (``-1``: the last) of ``period``.

    ``period`` is a month (``YYYY-MM``) or a year (``YYYY``); its weeks are the ISO weeks whose
    Thursday falls in it (as ISO 8601 gives a week to a year), so the first holds its fourth day
    and the last its fourth day from the end. Returns None for a unit other than a week or a
    month, a month of a month, or a year out of the calendar.

    Example:
        >>> part_of_period("2017-08", "week", 1), part_of_period("1944", "month", -1)
        ('2017-W31', '1944-12')
    """
    year = int(period[:4])
    if year < _dt.MINYEAR or unit not in {"week", "month"} or (len(period) > 4 and unit == "month"):
        return None
    if unit == "month":
        return f"{year:04d}-{12 if nth < 0 else nth:02d}"
    if len(period) > 4:
        month = int(period[5:7])
        last = _dt.date(year, month, calendar.monthrange(year, month)[1] - 3)
        first = _dt.date(year, month, 4)
    else:
        last, first = _dt.date(year, 12, 28), _dt.date(year, 1, 4)
    return format_at(last if nth < 0 else first + _dt.timedelta(weeks=nth - 1), "week")


def format_at(day: _dt.date, granularity: str) -> str:
    """Return the TIMEX3 value of ``day`` at a calendar granularity (day, week, month, ...).

    Example:
        >>> format_at(_dt.date(2021, 11, 15), "week")
        '2021-W46'
    """
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year:04d}-Q{quarter_of(day)}"
    if granularity == "week":
        iso = day.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    if granularity == "century":
        return f"{day.year // 100:02d}"
    if granularity == "millennium":
        return f"{day.year // 1000:01d}"
    return day.isoformat()


def shift(day: _dt.date, amount: int, granularity: str) -> _dt.date:
    """Return ``day`` moved by ``amount`` units of ``granularity`` (negative: back in time).

    Raises:
        OverflowError, ValueError: if the result is before year 1 or after 9999; the caller
            drops the reading rather than give the anchor's value for it.
    """
    if granularity in {"day", "hour", "minute", "second"}:
        return day + _dt.timedelta(days=amount if granularity == "day" else 0)
    if granularity == "week":
        return day + _dt.timedelta(weeks=amount)
    if granularity == "month":
        return add_months(day, amount)
    if granularity == "quarter":
        return add_months(day, 3 * amount)
    factor = {"year": 1, "decade": 10, "century": 100, "millennium": 1000}.get(granularity, 1)
    return add_months(day, 12 * factor * amount)


def weekday_date(anchor: _dt.date, weekday: int, direction: int) -> _dt.date:
    """Return the date of ISO ``weekday`` near ``anchor``.

    ``direction`` < 0: the latest such day on or before the anchor; > 0: the first one after it;
    0: the one in the anchor's ISO week.
    """
    current = anchor.isoweekday()
    if direction < 0:
        return anchor - _dt.timedelta(days=(current - weekday) % 7)
    if direction > 0:
        return anchor + _dt.timedelta(days=(weekday - current) % 7 or 7)
    return anchor + _dt.timedelta(days=weekday - current)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> _dt.date:
    """Return the ``nth`` ISO ``weekday`` of a month; ``nth`` -1 is the last one.

    Example:
        >>> nth_weekday(2021, 9, 1, 1)  # the first Monday of September
        datetime.date(2021, 9, 6)
        >>> nth_weekday(2021, 5, 1, -1)  # the last Monday of May
        datetime.date(2021, 5, 31)
    """
    if nth > 0:
        first = _dt.date(year, month, 1)
        return first + _dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = add_months(_dt.date(year, month, 1), 1) - _dt.timedelta(days=1)
    return last - _dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def nearest_weekday(anchor: _dt.date, weekday: int) -> _dt.date:
    """Return the date of ISO ``weekday`` nearest ``anchor``, leaning to the past on a near tie.

    Used when a clause has no tense cue ("envoys meet Friday", "Monday's vote"): news present
    tense refers to the last few days or the next few, so the closer candidate wins. The two
    candidates are 7 days apart; as reports trail events, the past one also wins when it is 4
    days back and the future one 3 days ahead ("Thursday" in a Monday paper is last Thursday).

    Example:
        >>> nearest_weekday(_dt.date(2021, 11, 17), 5)  # a Wednesday: Friday is 2 days ahead
        datetime.date(2021, 11, 19)
        >>> nearest_weekday(_dt.date(2021, 11, 16), 5)  # a Tuesday: last Friday, 4 days back
        datetime.date(2021, 11, 12)
        >>> nearest_weekday(_dt.date(2021, 11, 16), 1)  # Monday was yesterday
        datetime.date(2021, 11, 15)
    """
    back = (anchor.isoweekday() - weekday) % 7
    if back <= 4:
        return anchor - _dt.timedelta(days=back)
    return anchor + _dt.timedelta(days=7 - back)


@functools.cache
def _parser() -> Any:
    # dateparser costs ~0.3 s to import: only load it when an odd date form needs it.
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]},
    )


@functools.lru_cache(maxsize=4096)
def normalise_absolute(text: str) -> str | None:
    """Return the TIMEX3 value of an absolute date written in an unusual form, or ``None``.

    Uses dateparser (English only, one cached parser); only called on spans already detected.
    """
    with _LOCK:
        try:
            data = _parser().get_date_data(text)
        except (ValueError, OverflowError, TypeError):
            return None
    moment: _dt.datetime | None = data.date_obj
    if moment is None:
        return None
    period = str(data.period or "day")
    day = moment.date()
    if period == "year":
        return format_at(day, "year")
    if period == "month":
        return format_at(day, "month")
    return day.isoformat()
