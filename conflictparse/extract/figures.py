"""Figures: numbers in context, with what they count and who gives them."""

from __future__ import annotations

from conflictparse.extract.actors import ActorTable, find_actors
from conflictparse.model import Figure
from conflictparse.text import Text

__all__ = ["extract_figures", "find_figures"]


def find_figures(doc: Text, actors: ActorTable) -> tuple[Figure, ...]:
    """Find the figures of ``doc``."""
    del doc, actors
    return ()


def extract_figures(text: str) -> tuple[Figure, ...]:
    """Return the figures reported in ``text``."""
    doc = Text(text)
    return find_figures(doc, find_actors(doc))
