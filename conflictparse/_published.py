"""Reading the anchor date (``published``) that relative time expressions are resolved against."""

from __future__ import annotations

import datetime as _dt

__all__ = ["coerce_date"]


def coerce_date(value: object, *, name: str = "published") -> _dt.date | None:
    """Return ``value`` as a :class:`datetime.date`, or ``None`` for ``None``.

    Accepts a ``date``, a ``datetime`` (its date is used) or an ISO-8601 string
    ("2021-11-16", "2021-11-16T08:30:00Z").

    Raises:
        ValueError: naming the value, if it is none of these.

    Example:
        >>> coerce_date("2021-11-16T08:30:00Z")
        datetime.date(2021, 11, 16)
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        stripped = value.strip()
        try:
            if len(stripped) <= 10:
                return _dt.date.fromisoformat(stripped)
            return _dt.datetime.fromisoformat(stripped.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise ValueError(f"{name} must be a date, a datetime or an ISO-8601 date string, not {value!r}")
