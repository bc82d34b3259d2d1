"""Parsing many articles, optionally in a process pool."""

from __future__ import annotations

import gc
import logging
from typing import TYPE_CHECKING

from conflictparse._published import coerce_date

if TYPE_CHECKING:
    import datetime as _dt
    from collections.abc import Callable, Iterable

    from conflictparse.model import Report
    from conflictparse.pipeline import Parser

__all__ = ["parse_many"]

logger = logging.getLogger(__name__)


def _parse_one(job: tuple[Parser, str, _dt.date | None]) -> Report | Exception:
    parser, text, published = job
    try:
        return parser.parse(text, published=published)
    except Exception as error:
        # One pathological article must not cost the rest of a batch of millions: any error,
        # a bug in an extractor included, is handed back in the article's place.
        logger.warning("document could not be parsed: %s: %s", type(error).__name__, error)
        return error


def _prepare_worker() -> None:
    """Load the lexicons in a fresh worker, then hide them from the garbage collector.

    A worker parses many articles with the same long-lived tables; without ``gc.freeze`` every
    full collection walks them again (measured at about 5% of a parse's time).
    """
    from conflictparse.pipeline import Parser

    Parser().parse("Officials said Russia moved 100 troops to the border on Monday.")
    gc.freeze()


def parse_many(
    texts: Iterable[str],
    *,
    published: _dt.date | _dt.datetime | str | None = None,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
    parser: Parser | None = None,
) -> list[Report | Exception]:
    """Parse many articles and return their reports in input order.

    A document that cannot be parsed (not a ``str``, or any error while parsing it) yields its
    exception in its place, so one bad document never costs the others. With ``workers`` > 1
    the texts are parsed in a process pool, in chunks that amortise the start-up. ``progress``
    is called with the number of documents done so far. ``texts`` itself must be a collection
    of documents: a single ``str``, ``bytes``, ``bytearray`` or ``memoryview`` raises
    ``TypeError`` (iterating it would parse each character or byte as a document).

    Example:
        >>> results = parse_many(["NATO warned Russia.", b"bytes"])
        >>> [type(result).__name__ for result in results]
        ['Report', 'TypeError']
    """
    from conflictparse.pipeline import Parser

    if isinstance(texts, (str, bytes, bytearray, memoryview)):
        raise TypeError(
            f"parse_many takes a collection of texts, not one {type(texts).__name__}: "
            "use parse() for a single text, or wrap it in a list"
        )
    anchor = coerce_date(published)
    active = parser if parser is not None else Parser()
    jobs = [(active, text, anchor) for text in texts]
    results: list[Report | Exception] = []
    if workers is None or workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            results.append(_parse_one(job))
            if progress is not None:
                progress(len(results))
        return results
    from concurrent.futures import ProcessPoolExecutor

    chunksize = max(1, min(64, len(jobs) // (workers * 4)))
    with ProcessPoolExecutor(max_workers=workers, initializer=_prepare_worker) as pool:
        for result in pool.map(_parse_one, jobs, chunksize=chunksize):
            results.append(result)
            if progress is not None:
                progress(len(results))
    return results
