"""Very long texts, read one section at a time so that memory stays bounded.

A news article is a few thousand characters; a scraped page can be a whole book, a log or a
dump of many articles. :class:`~conflictparse.Parser` cuts a text longer than its
``section_chars`` into consecutive sections, at a paragraph break where it can, reads each
section as an article of its own, and merges the reports: spans are shifted back to offsets
into the whole text, ids are numbered afresh across the text, and an actor found in several
sections (same kind, name and country) is one actor with all its mentions. Memory then grows
with the section, not with the text, and the time per character stays flat.

What a section boundary costs: a pronoun, a surname or "the minister" at the top of a section
is not resolved to a person named only in an earlier one, and a quotation running over the
boundary is read as two. At the default of 100,000 characters (some twenty long articles) no
ordinary article is cut at all. The ``extract_*`` functions, meant for one article, read their
text whole.

Example:
    >>> text = "Russia massed troops.\\n\\nNATO warned Russia."
    >>> split_sections(text, 30)
    [(0, 23), (23, 42)]
"""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING

import attrs

from conflictparse.model import (
    Actor,
    Equipment,
    Figure,
    Location,
    MilitaryDeployment,
    Report,
    Span,
    Statement,
    TimeExpression,
)

if TYPE_CHECKING:
    import datetime as _dt

__all__ = ["ReportMerger", "split_sections"]

# Where a section may end, best first: after a paragraph, a line, a sentence, a word.
_BREAKS = ("\n\n", "\n", ". ", " ")


def split_sections(text: str, limit: int) -> list[tuple[int, int]]:
    """Cut ``text`` into consecutive ``(start, end)`` sections of at most ``limit`` characters.

    Each section ends just after the last paragraph break of its window, else the last line
    break, sentence end or space, looked for in the second half of the window only so that no
    section is cut short; a text with none of these is cut at the limit.

    Raises:
        ValueError: if ``limit`` is less than 2.
    """
    if limit < 2:
        raise ValueError(f"limit must be at least 2 characters, not {limit}")
    sections: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window_end = start + limit
        end = window_end
        for mark in _BREAKS:
            at = text.rfind(mark, start + limit // 2, window_end)
            if at >= 0:
                end = min(at + len(mark), window_end)
                break
        sections.append((start, end))
        start = end
    sections.append((start, len(text)))
    return sections


def _shift(span: Span, offset: int) -> Span:
    return Span(start=span.start + offset, end=span.end + offset, text=span.text)


def _shift_all(spans: tuple[Span, ...], offset: int) -> tuple[Span, ...]:
    return tuple(_shift(span, offset) for span in spans)


def _shift_optional(span: Span | None, offset: int) -> Span | None:
    return None if span is None else _shift(span, offset)


_bounds = operator.attrgetter("start", "end")


def _renamed(reference: str | None, names: dict[str, str]) -> str | None:
    return None if reference is None else names.get(reference)


class ReportMerger:
    """Gathers the reports of consecutive sections into the report of the whole text.

    Example:
        >>> from conflictparse import parse
        >>> merger = ReportMerger(published=None)
        >>> merger.add(parse("Russia massed troops."), offset=0)
        >>> merger.add(parse("NATO warned Russia."), offset=23)
        >>> report = merger.report()
        >>> [(a.id, a.name, [m.start for m in a.mentions]) for a in report.actors]
        [('a1', 'Russia', [0, 35]), ('a2', 'NATO', [23])]
    """

    def __init__(self, *, published: _dt.date | None) -> None:
        self._published = published
        self._actors: list[Actor] = []
        self._actor_at: dict[tuple[str, str, str | None], int] = {}
        self._mentions: list[list[Span]] = []  # of each actor, in text order
        self._acting: list[list[Span]] = []  # of each country: where it acts, in text order
        self._statements: list[Statement] = []
        self._figures: list[Figure] = []
        self._times: list[TimeExpression] = []
        self._deployments: list[MilitaryDeployment] = []

    def add(self, report: Report, *, offset: int) -> None:
        """Add the report of the section that starts at ``offset`` of the whole text."""
        actor_ids = self._add_actors(report.actors, offset)
        time_ids = {
            time.id: f"t{len(self._times) + number}" for number, time in enumerate(report.times, 1)
        }
        figure_ids = {
            figure.id: f"f{len(self._figures) + number}"
            for number, figure in enumerate(report.figures, 1)
        }
        self._times.extend(
            attrs.evolve(time, id=time_ids[time.id], span=_shift(time.span, offset))
            for time in report.times
        )
        self._figures.extend(
            attrs.evolve(
                figure,
                id=figure_ids[figure.id],
                span=_shift(figure.span, offset),
                estimated_by=_renamed(figure.estimated_by, actor_ids),
            )
            for figure in report.figures
        )
        statements_before = len(self._statements)
        self._statements.extend(
            attrs.evolve(
                statement,
                id=f"s{statements_before + number}",
                speaker=_renamed(statement.speaker, actor_ids),
                source=_shift_optional(statement.source, offset),
                cue=_shift_optional(statement.cue, offset),
                content=_shift_all(statement.content, offset),
                quotes=_shift_all(statement.quotes, offset),
                time=_renamed(statement.time, time_ids),
            )
            for number, statement in enumerate(report.statements, 1)
        )
        deployments_before = len(self._deployments)
        self._deployments.extend(
            self._deployment(
                deployment,
                f"d{deployments_before + number}",
                offset,
                actor_ids=actor_ids,
                figure_ids=figure_ids,
                time_ids=time_ids,
            )
            for number, deployment in enumerate(report.deployments, 1)
        )

    def report(self) -> Report:
        """The report of the whole text, from the sections added so far."""
        return Report(
            published=self._published,
            actors=tuple(
                attrs.evolve(actor, mentions=tuple(mentions), acting=tuple(acting))
                for actor, mentions, acting in zip(
                    self._actors, self._mentions, self._acting, strict=True
                )
            ),
            statements=tuple(self._statements),
            figures=tuple(self._figures),
            times=tuple(self._times),
            deployments=tuple(self._deployments),
        )

    def _add_actors(self, actors: tuple[Actor, ...], offset: int) -> dict[str, str]:
        """Merge ``actors`` into the known ones; return their ids' new names."""
        names: dict[str, str] = {}
        merged: list[tuple[int, Actor]] = []
        for actor in actors:
            key = (actor.kind.value, actor.name, actor.country)
            position = self._actor_at.get(key)
            if position is None:
                position = self._actor_at[key] = len(self._actors)
                self._actors.append(
                    attrs.evolve(
                        actor, id=f"a{position + 1}", affiliation=None, mentions=(), acting=()
                    )
                )
                self._mentions.append([])
                self._acting.append([])
            names[actor.id] = self._actors[position].id
            merged.append((position, actor))
        # Affiliations are renamed once every actor of the section has its new id.
        new_mentions: dict[int, list[Span]] = {}
        new_acting: dict[int, list[Span]] = {}
        for position, actor in merged:
            known = self._actors[position]
            self._actors[position] = attrs.evolve(
                known,
                title=known.title or actor.title,
                affiliation=known.affiliation or _renamed(actor.affiliation, names),
            )
            new_mentions.setdefault(position, []).extend(_shift_all(actor.mentions, offset))
            new_acting.setdefault(position, []).extend(_shift_all(actor.acting, offset))
        # Two actors of one section may share a key, and their mentions interleave; the
        # sections themselves come in text order.
        for merged_spans, known_spans in (
            (new_mentions, self._mentions),
            (new_acting, self._acting),
        ):
            for position, spans in merged_spans.items():
                spans.sort(key=_bounds)
                known_spans[position].extend(spans)
        return names

    def _deployment(
        self,
        deployment: MilitaryDeployment,
        new_id: str,
        offset: int,
        *,
        actor_ids: dict[str, str],
        figure_ids: dict[str, str],
        time_ids: dict[str, str],
    ) -> MilitaryDeployment:
        location = deployment.location
        return attrs.evolve(
            deployment,
            id=new_id,
            actor=_renamed(deployment.actor, actor_ids),
            personnel=_renamed(deployment.personnel, figure_ids),
            equipment=tuple(
                Equipment(name=item.name, span=_shift(item.span, offset), count=item.count)
                for item in deployment.equipment
            ),
            location=None
            if location is None
            else Location(span=_shift(location.span, offset), country=location.country),
            time=_renamed(deployment.time, time_ids),
            source=_renamed(deployment.source, actor_ids),
            evidence=_shift_all(deployment.evidence, offset),
        )
