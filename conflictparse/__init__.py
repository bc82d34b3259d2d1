"""conflictparse: typed facts from conflict news.

Actors, attributed statements, reported figures, time expressions and military deployments,
each with the character spans it was read from.

Example:
    >>> import conflictparse
    >>> report = conflictparse.parse("NATO warned Russia on Monday.", published="2021-11-16")
    >>> report.times[0].value
    '2021-11-15'
"""

from __future__ import annotations

from typing import Any

from conflictparse.batch import parse_many
from conflictparse.extract.actors import extract_actors
from conflictparse.extract.deployments import extract_deployments
from conflictparse.extract.figures import extract_figures
from conflictparse.extract.statements import extract_statements
from conflictparse.extract.times import extract_times
from conflictparse.model import (
    Action,
    Actor,
    ActorKind,
    Category,
    Equipment,
    Figure,
    Location,
    MilitaryDeployment,
    Modality,
    Polarity,
    Qualifier,
    Report,
    Span,
    Statement,
    StatementKind,
    TimeExpression,
    TimeType,
)
from conflictparse.pipeline import Parser, parse

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
    "Parser",
    "Polarity",
    "Qualifier",
    "Report",
    "Span",
    "Statement",
    "StatementKind",
    "TimeExpression",
    "TimeType",
    "__version__",
    "extract_actors",
    "extract_deployments",
    "extract_figures",
    "extract_statements",
    "extract_times",
    "parse",
    "parse_many",
]


def __getattr__(name: str) -> Any:
    # importlib.metadata costs ~30 ms: read the version only when someone asks for it.
    if name == "__version__":
        from importlib.metadata import version

        return version("conflictparse")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
