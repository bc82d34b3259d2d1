"""Reports to and from plain data, JSON and JSON Lines: the one place that knows the format.

The dict form mirrors the data model field by field: enums become their string values, dates ISO
strings, tuples lists, and nested value classes (spans, equipment, locations) dicts. Reading it
back is strict: an unknown or missing field raises :class:`ValueError`, so a report never
silently loses data on the way through JSON.

Example:
    >>> from conflictparse.model import Report
    >>> report_to_json(Report())[:42]
    '{"published": null, "actors": [], "stateme'
    >>> report_from_dict(report_to_dict(Report())) == Report()
    True
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import json
import types
import typing
from typing import TYPE_CHECKING, Any

import attrs

from conflictparse import model

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = [
    "report_from_dict",
    "report_from_json",
    "report_to_dict",
    "report_to_json",
    "reports_to_jsonl",
]


def _to_plain(value: Any) -> Any:
    if attrs.has(type(value)):
        return {
            field.name: _to_plain(getattr(value, field.name)) for field in attrs.fields(type(value))
        }
    if isinstance(value, tuple):
        return [_to_plain(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


def report_to_dict(report: model.Report) -> dict[str, Any]:
    """Return ``report`` as JSON-compatible nested dicts and lists."""
    plain: dict[str, Any] = _to_plain(report)
    return plain


def report_to_json(report: model.Report, *, indent: int | None = None) -> str:
    """Return ``report`` as a JSON string (UTF-8 characters kept as they are)."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=indent)


def reports_to_jsonl(reports: Iterable[model.Report]) -> str:
    """Return ``reports`` as JSON Lines, one compact report a line."""
    return "".join(report_to_json(report) + "\n" for report in reports)


def report_from_dict(data: Mapping[str, Any]) -> model.Report:
    """Rebuild a :class:`~conflictparse.model.Report` from :func:`report_to_dict` output.

    Raises:
        ValueError: if the data does not have the report's shape.
    """
    try:
        return typing.cast("model.Report", _structure(model.Report, data, "report"))
    except (TypeError, KeyError, AttributeError) as error:
        raise ValueError(f"not a conflictparse report: {error}") from error


def report_from_json(document: str) -> model.Report:
    """Rebuild a report from :func:`report_to_json` output."""
    return report_from_dict(json.loads(document))


@functools.cache
def _field_types(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def _structure(kind: Any, value: Any, where: str) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in {typing.Union, types.UnionType}:
        (inner,) = (arg for arg in typing.get_args(kind) if arg is not type(None))
        return _structure(inner, value, where)
    if origin is tuple:
        item_kind = typing.get_args(kind)[0]
        return tuple(_structure(item_kind, item, f"{where}[]") for item in value)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    if kind is _dt.date:
        return _dt.date.fromisoformat(value)
    if isinstance(kind, type) and attrs.has(kind):
        return _structure_class(kind, value, where)
    if kind is float and isinstance(value, int | float) and not isinstance(value, bool):
        return value
    if isinstance(kind, type) and isinstance(value, kind):
        return value
    raise ValueError(f"{where}: expected {kind}, got {value!r}")


def _structure_class(cls: type, value: Mapping[str, Any], where: str) -> Any:
    if not isinstance(value, dict):
        raise ValueError(f"{where}: expected an object, got {value!r}")
    hints = _field_types(cls)
    unknown = set(value) - set(hints)
    if unknown:
        raise ValueError(f"{where}: unknown fields {sorted(unknown)}")
    arguments = {
        name: _structure(hints[name], item, f"{where}.{name}") for name, item in value.items()
    }
    return cls(**arguments)
