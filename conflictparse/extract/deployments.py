"""Military deployments: who moved which forces where, when, per whom."""

from __future__ import annotations

import datetime as _dt

from conflictparse._published import coerce_date
from conflictparse.extract.actors import ActorTable, find_actors
from conflictparse.extract.figures import find_figures
from conflictparse.extract.statements import find_statements
from conflictparse.extract.times import find_times
from conflictparse.model import Figure, MilitaryDeployment, Statement, TimeExpression
from conflictparse.text import Text

__all__ = ["extract_deployments", "find_deployments"]


def find_deployments(
    doc: Text,
    actors: ActorTable,
    times: tuple[TimeExpression, ...],
    figures: tuple[Figure, ...],
    statements: tuple[Statement, ...],
) -> tuple[MilitaryDeployment, ...]:
    """Find the deployments of ``doc``."""
    del doc, actors, times, figures, statements
    return ()


def extract_deployments(
    text: str, published: _dt.date | _dt.datetime | str | None = None
) -> tuple[MilitaryDeployment, ...]:
    """Return the military deployments reported in ``text``."""
    doc = Text(text)
    actors = find_actors(doc)
    times = find_times(doc, coerce_date(published))
    figures = find_figures(doc, actors)
    statements = find_statements(doc, actors, times)
    return find_deployments(doc, actors, times, figures, statements)
