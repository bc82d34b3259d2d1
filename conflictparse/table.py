"""A readable, plain-text summary of a report, for a person at a terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conflictparse.model import Report

__all__ = ["render_table"]

_CONTENT_WIDTH = 70


def _clip(text: str, width: int = _CONTENT_WIDTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def render_table(name: str, report: Report) -> str:
    """Return a summary of ``report`` for the article ``name``, one block per kind of fact.

    Example:
        >>> from conflictparse.model import Report
        >>> print(render_table("empty.txt", Report()), end="")
        == empty.txt ==
        (nothing found)
    """
    names = {actor.id: actor.name for actor in report.actors}
    times = {time.id: time for time in report.times}
    figures = {figure.id: figure for figure in report.figures}
    published = f" (published {report.published.isoformat()})" if report.published else ""
    lines = [f"== {name}{published} =="]

    def who(actor_id: str | None) -> str:
        return names.get(actor_id, "?") if actor_id else "?"

    if report.actors:
        lines.append(f"Actors ({len(report.actors)})")
        for actor in report.actors:
            extra = ", ".join(
                part
                for part in (actor.title, who(actor.affiliation) if actor.affiliation else None)
                if part
            )
            lines.append(
                f"  {actor.id:<4} {actor.kind.value:<12} {actor.name}"
                + (f" ({extra})" if extra else "")
                + f"  ×{len(actor.mentions)}"
            )
    if report.statements:
        lines.append(f"Statements ({len(report.statements)})")
        for statement in report.statements:
            cue = statement.cue.text if statement.cue else "—"
            content = " … ".join(span.text for span in statement.content)
            lines.append(
                f"  {statement.id:<4} {who(statement.speaker)} [{cue}] {statement.kind.value}: "
                f"{_clip(content)}"
            )
    if report.figures:
        lines.append(f"Figures ({len(report.figures)})")
        for figure in report.figures:
            by = f" per {who(figure.estimated_by)}" if figure.estimated_by else ""
            lines.append(
                f"  {figure.id:<4} {figure.span.text!r} = {figure.value:g} {figure.counted or ''} "
                f"[{figure.category.value}, {figure.qualifier.value}]{by}"
            )
    if report.times:
        lines.append(f"Times ({len(report.times)})")
        for time in report.times:
            lines.append(f"  {time.id:<4} {time.span.text!r} {time.type.value} {time.value}")
    if report.deployments:
        lines.append(f"Deployments ({len(report.deployments)})")
        for deployment in report.deployments:
            parts = [
                f"{who(deployment.actor)} {deployment.action.value} ({deployment.modality.value})"
            ]
            if deployment.personnel in figures:
                parts.append(f"personnel {figures[deployment.personnel].span.text}")
            if deployment.equipment:
                parts.append("equipment " + ", ".join(item.name for item in deployment.equipment))
            if deployment.location:
                parts.append(f"at {deployment.location.span.text!r}")
            if deployment.time in times:
                parts.append(f"when {times[deployment.time].value}")
            if deployment.source:
                parts.append(f"per {who(deployment.source)}")
            lines.append(f"  {deployment.id:<4} " + "; ".join(parts))
    if len(lines) == 1:
        lines.append("(nothing found)")
    return "\n".join(lines) + "\n"
