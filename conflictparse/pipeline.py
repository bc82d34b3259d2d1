"""The hallway: one :class:`Text`, the extractors in a fixed order, one :class:`Report`."""

from __future__ import annotations

import contextlib
import gc
from typing import TYPE_CHECKING

import attrs

from conflictparse._published import coerce_date
from conflictparse.extract.actors import find_actors
from conflictparse.extract.deployments import find_deployments
from conflictparse.extract.figures import find_figures
from conflictparse.extract.statements import find_statements
from conflictparse.extract.times import find_times
from conflictparse.model import Report
from conflictparse.sections import ReportMerger, split_sections
from conflictparse.text import Text

if TYPE_CHECKING:
    import datetime as _dt
    from collections.abc import Callable, Iterable, Iterator

__all__ = ["STAGES", "Parser", "parse"]

#: The extractors in the order they run; each may use the results of those before it only.
STAGES: tuple[str, ...] = ("actors", "times", "figures", "statements", "deployments")


def _check_section_chars(instance: Parser, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < _MIN_SECTION_CHARS:
        raise ValueError(
            f"{attribute.name} must be an int of at least {_MIN_SECTION_CHARS}, not {value!r}"
        )


_MIN_SECTION_CHARS = 1_000


@attrs.frozen
class Parser:
    """Runs every extractor over an article and builds its :class:`~conflictparse.model.Report`.

    A parser holds no mutable state: share one between threads, or pickle it to worker
    processes.

    A text longer than ``section_chars`` characters (100,000 by default, some twenty long
    articles) is read section by section, each cut at a paragraph break, and the sections'
    reports are merged: memory stays bounded however long the text (see
    :mod:`conflictparse.sections`).

    Example:
        >>> report = Parser().parse("NATO warned Russia on Monday.", published="2021-11-16")
        >>> [time.value for time in report.times]
        ['2021-11-15']
    """

    section_chars: int = attrs.field(default=100_000, validator=_check_section_chars, kw_only=True)

    def parse(self, text: str, *, published: _dt.date | _dt.datetime | str | None = None) -> Report:
        """Return the :class:`~conflictparse.model.Report` of ``text``.

        Raises:
            TypeError: if ``text`` is not a ``str`` (decode bytes first).
            ValueError: if ``published`` is not a date, datetime or ISO-8601 string.
        """
        anchor = coerce_date(published)
        if not isinstance(text, str) or len(text) <= self.section_chars:
            return _parse_article(text, anchor)
        merger = ReportMerger(published=anchor)
        for start, end in split_sections(text, self.section_chars):
            merger.add(_parse_article(text[start:end], anchor), offset=start)
        return merger.report()

    def parse_many(
        self,
        texts: Iterable[str],
        *,
        published: _dt.date | _dt.datetime | str | None = None,
        workers: int | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> list[Report | Exception]:
        """Parse many texts, in order; see :func:`conflictparse.parse_many`."""
        from conflictparse.batch import parse_many

        return parse_many(
            texts, published=published, workers=workers, progress=progress, parser=self
        )


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Keep the cyclic garbage collector from running until the block ends.

    A parse allocates thousands of container objects that live until it returns: its tokens
    (named tuples, which the collector never stops tracking, unlike plain tuples), spans,
    mentions, sentences. They set off a collection or two per article, each walking the young
    objects, and every few dozen articles a full one walks everything the lexicons hold too.
    A parse leaves no reference cycles behind, so all of its objects are freed by reference
    counting when it returns and the collections find nothing to free.

    The collector is turned back on only if it was on. Threads parsing at once are safe: one
    that finds it off leaves it alone, so at worst it is turned on while another thread is
    still parsing, which only costs that thread the saving.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


# A decorator rather than a with-block inside: the parse's locals (the text model, the
# extractors' results) must be freed before the collector is back on, or the first
# allocation after it would set off a collection that walks them all.
@_collector_paused()
def _parse_article(text: str, anchor: _dt.date | None) -> Report:
    doc = Text(text)
    if not doc.normalized.strip():
        return Report(published=anchor)
    actors = find_actors(doc)
    times = find_times(doc, anchor)
    figures = find_figures(doc, actors)
    statements = find_statements(doc, actors, times)
    deployments = find_deployments(doc, actors, times, figures, statements)
    return Report(
        published=anchor,
        actors=actors.actors,
        statements=statements,
        figures=figures,
        times=times,
        deployments=deployments,
    )


def parse(text: str, *, published: _dt.date | _dt.datetime | str | None = None) -> Report:
    """Extract actors, statements, figures, times and deployments from one article.

    Args:
        text: the article, as a ``str``.
        published: the publication date that relative time expressions ("on Monday",
            "last year") are resolved against: a date, datetime or ISO-8601 string.

    Raises:
        TypeError: if ``text`` is not a ``str``.
        ValueError: if ``published`` cannot be read as a date.

    Example:
        >>> report = parse("Russia has massed 100,000 troops.", published="2021-11-16")
        >>> report.published
        datetime.date(2021, 11, 16)
    """
    return Parser().parse(text, published=published)
