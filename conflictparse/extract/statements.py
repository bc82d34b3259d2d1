"""Statements: who said what."""

from __future__ import annotations

from conflictparse.extract.actors import ActorTable, find_actors
from conflictparse.model import Statement, TimeExpression
from conflictparse.text import Text

__all__ = ["extract_statements", "find_statements"]


def find_statements(
    doc: Text, actors: ActorTable, times: tuple[TimeExpression, ...]
) -> tuple[Statement, ...]:
    """Find the statements of ``doc``."""
    del doc, actors, times
    return ()


def extract_statements(text: str) -> tuple[Statement, ...]:
    """Return the attributed statements in ``text``."""
    doc = Text(text)
    return find_statements(doc, find_actors(doc), ())
