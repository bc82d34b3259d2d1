"""Actors: people, organisations, countries, groups, anonymous sources and media."""

from __future__ import annotations

import attrs

from conflictparse.model import Actor, Span
from conflictparse.text import Text

__all__ = ["ActorTable", "Mention", "extract_actors", "find_actors"]


@attrs.frozen(kw_only=True)
class Mention:
    """One span of text naming an actor."""

    span: Span
    actor_id: str


@attrs.frozen(kw_only=True)
class ActorTable:
    """The actors of a document and every mention of them, in text order."""

    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def actor(self, actor_id: str) -> Actor:
        """Return the actor with this id."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        raise KeyError(actor_id)

    def mentions_between(self, start: int, end: int) -> tuple[Mention, ...]:
        """The mentions lying entirely within ``start..end``."""
        return tuple(m for m in self.mentions if start <= m.span.start and m.span.end <= end)


def find_actors(doc: Text) -> ActorTable:
    """Find the actors of ``doc``."""
    del doc
    return ActorTable()


def extract_actors(text: str) -> tuple[Actor, ...]:
    """Return the actors mentioned in ``text``."""
    return find_actors(Text(text)).actors
