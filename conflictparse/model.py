"""The data model: small, frozen, typed value classes.

Every extracted fact carries the :class:`Span` (or spans) of the caller's original text it came
from, so that ``text[span.start:span.end] == span.text`` always holds. Facts refer to each other
by id (``"a1"`` for an actor, ``"t2"`` for a time expression, ``"f3"`` for a figure, ...).

Example:
    >>> span = Span(start=0, end=4, text="NATO")
    >>> Actor(id="a1", name="NATO", kind=ActorKind.ORGANIZATION, mentions=(span,)).name
    'NATO'
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "Action",
    "Actor",
    "ActorKind",
    "Category",
    "Equipment",
    "Figure",
    "Location",
    "MilitaryDeployment",
    "Modality",
    "Polarity",
    "Qualifier",
    "Report",
    "Span",
    "Statement",
    "StatementKind",
    "TimeExpression",
    "TimeType",
]


class _StrEnum(enum.StrEnum):
    """An enum whose members compare equal to, and serialise as, their string values."""


class ActorKind(_StrEnum):
    """What sort of actor a name refers to."""

    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    GROUP = "group"
    SOURCE = "source"
    MEDIA = "media"


class StatementKind(_StrEnum):
    """Whether a statement is quoted verbatim, paraphrased, or both."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class Polarity(_StrEnum):
    """Whether the speaker asserts the content or denies it."""

    ASSERT = "assert"
    DENY = "deny"


class Qualifier(_StrEnum):
    """How a figure is bounded: exactly, approximately, from below, from above, a range, vaguely."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    RANGE = "range"
    VAGUE = "vague"


class Category(_StrEnum):
    """What kind of thing a figure counts."""

    PERSONNEL = "personnel"
    EQUIPMENT = "equipment"
    KILLED = "killed"
    WOUNDED = "wounded"
    DISPLACED = "displaced"
    DETAINED = "detained"
    MISSING = "missing"
    DISTANCE = "distance"
    MONEY = "money"
    PERCENT = "percent"
    OTHER = "other"


class TimeType(_StrEnum):
    """The TIMEX3 type of a time expression."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Action(_StrEnum):
    """What a military deployment does with its forces."""

    BUILD_UP = "build_up"
    DEPLOYMENT = "deployment"
    WITHDRAWAL = "withdrawal"
    EXERCISE = "exercise"
    PRESENCE = "presence"
    REINFORCEMENT = "reinforcement"


class Modality(_StrEnum):
    """How certain the text is that a deployment happens."""

    REPORTED = "reported"
    PLANNED = "planned"
    POSSIBLE = "possible"
    DENIED = "denied"


def _check_span(instance: Span, attribute: attrs.Attribute[str], value: str) -> None:
    if instance.start < 0 or instance.end < instance.start:
        raise ValueError(f"invalid span bounds {instance.start}..{instance.end}")
    if len(value) != instance.end - instance.start:
        raise ValueError(
            f"span text {value!r} has length {len(value)}, "
            f"but bounds {instance.start}..{instance.end} need {instance.end - instance.start}"
        )


@attrs.frozen(kw_only=True, order=True)
class Span:
    """A stretch of the caller's original text: ``original[start:end] == text``.

    Example:
        >>> text = "NATO warned Russia."
        >>> span = Span(start=12, end=18, text=text[12:18])
        >>> span.text
        'Russia'
    """

    start: int
    end: int
    text: str = attrs.field(validator=_check_span)

    @classmethod
    def of(cls, original: str, start: int, end: int) -> Span:
        """Return the span of ``original[start:end]``.

        The text is cut here, so it is right by construction: only the bounds are checked, and
        the span is built in under half the time of the checking constructor (an article makes
        hundreds of spans).

        Raises:
            ValueError: if the bounds do not lie within ``original`` in order.

        Example:
            >>> Span.of("NATO warned Russia.", 12, 18)
            Span(start=12, end=18, text='Russia')
        """
        if not 0 <= start <= end <= len(original):
            raise ValueError(f"invalid span bounds {start}..{end} of a text of {len(original)}")
        span = _new_object(cls)
        _set_span_start(span, start)
        _set_span_end(span, end)
        _set_span_text(span, original[start:end])
        return span


# How attrs itself fills a frozen instance, less its lookup of each field by name: the slots'
# own setters take a quarter off the cost of Span.of.
_new_object = object.__new__
_set_span_start = Span.__dict__["start"].__set__
_set_span_end = Span.__dict__["end"].__set__
_set_span_text = Span.__dict__["text"].__set__


@attrs.frozen(kw_only=True)
class Actor:
    """A person, organisation, country, group, anonymous source or news medium.

    ``affiliation`` is the id of the actor (organisation or country) this one belongs to;
    ``country`` is an ISO 3166-1 alpha-3 code where known; ``mentions`` lists every span of the
    text that names this actor, in text order. For a country, ``acting`` lists those of its
    mentions where its name stands for the state acting ("Russia denies", "Turkey's
    president", "sanctions against Iran") rather than for a place ("troops in Russia").
    """

    id: str
    name: str
    kind: ActorKind
    title: str | None = None
    affiliation: str | None = None
    country: str | None = None
    mentions: tuple[Span, ...] = ()
    acting: tuple[Span, ...] = ()


@attrs.frozen(kw_only=True)
class Statement:
    """An attributed statement: who (``speaker``, ``source``) said (``cue``) what (``content``).

    ``speaker`` is the resolved actor id; ``source`` the words naming the speaker in this
    statement ("Stoltenberg", "he", "the source"); ``quotes`` the verbatim quoted spans within the
    content; ``time`` the id of the time expression dating the statement, if any.
    """

    id: str
    speaker: str | None
    source: Span | None
    cue: Span | None
    content: tuple[Span, ...]
    kind: StatementKind
    quotes: tuple[Span, ...] = ()
    polarity: Polarity = Polarity.ASSERT
    time: str | None = None


@attrs.frozen(kw_only=True)
class Figure:
    """A number reported in the text, with what it counts and who gives it.

    ``value`` is the figure as one number: the stated number, or the lower bound of a range or
    vague magnitude. ``low`` and ``high`` are the bounds the wording implies (``None`` where open):
    exact ``low == high == value``; approximate: both ``None``; at_least: ``low == value``;
    at_most: ``high == value``; range and vague: both set.
    """

    id: str
    span: Span
    value: float
    qualifier: Qualifier
    category: Category
    low: float | None = None
    high: float | None = None
    counted: str | None = None
    unit: str | None = None
    estimated_by: str | None = None


@attrs.frozen(kw_only=True)
class TimeExpression:
    """A time expression with its TIMEX3 type and normalised value.

    ``value`` follows TIMEX3 ("2021-11-15", "2021-SP", "P3D", "PRESENT_REF", "XXXX-XX-XXTNI");
    ``mod`` is the TIMEX3 modifier ("START", "MID", "END", "APPROX", "LESS_THAN", ...) if any.
    """

    id: str
    span: Span
    type: TimeType
    value: str
    mod: str | None = None


@attrs.frozen(kw_only=True)
class Equipment:
    """A kind of military equipment in a deployment, with its count where one is given."""

    name: str
    span: Span
    count: int | None = None


@attrs.frozen(kw_only=True)
class Location:
    """Where a deployment takes place; ``country`` is ISO 3166-1 alpha-3 where known."""

    span: Span
    country: str | None = None


@attrs.frozen(kw_only=True)
class MilitaryDeployment:
    """Forces massed, deployed, moved, stationed, reinforced, exercised or withdrawn.

    ``actor`` is the deploying actor's id, ``personnel`` a figure id, ``time`` a time-expression
    id, ``source`` the id of the actor per whom it is reported; ``evidence`` lists the spans
    the parts were read from.
    """

    id: str
    actor: str | None
    action: Action
    modality: Modality = Modality.REPORTED
    personnel: str | None = None
    equipment: tuple[Equipment, ...] = ()
    location: Location | None = None
    time: str | None = None
    source: str | None = None
    evidence: tuple[Span, ...] = ()


@attrs.frozen(kw_only=True)
class Report:
    """Everything extracted from one article, with ids linking the facts.

    Example:
        >>> report = Report()
        >>> Report.from_dict(report.to_dict()) == report
        True
    """

    published: _dt.date | None = None
    actors: tuple[Actor, ...] = ()
    statements: tuple[Statement, ...] = ()
    figures: tuple[Figure, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    deployments: tuple[MilitaryDeployment, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the report as plain JSON-compatible data (see :mod:`conflictparse.serialize`)."""
        from conflictparse.serialize import report_to_dict

        return report_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """Rebuild a report from :meth:`to_dict` output; the exact inverse of it."""
        from conflictparse.serialize import report_from_dict

        return report_from_dict(data)

    def to_json(self, *, indent: int | None = None) -> str:
        """Return the report as a JSON string."""
        from conflictparse.serialize import report_to_json

        return report_to_json(self, indent=indent)

    def actor(self, actor_id: str) -> Actor:
        """Return the actor with this id; raise :class:`KeyError` if there is none."""
        for candidate in self.actors:
            if candidate.id == actor_id:
                return candidate
        raise KeyError(actor_id)
