"""Lexicons: the rules that are data.

Each file in this folder is a UTF-8 table, one entry a line, columns separated by tabs. Lines
starting with ``#`` are comments; every file opens with ``# source:`` (where its facts come from)
and ``# format:`` (what its columns mean). Files are read on first use and cached; the cached
values are immutable, so sharing them between threads is safe.

Example:
    >>> "mr" in load_words("abbreviations")
    True
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["load_table", "load_words"]


@functools.cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Return the rows of lexicon ``name`` (``name.tsv``), each a tuple of stripped columns.

    Raises:
        FileNotFoundError: if there is no such lexicon.
    """
    path = resources.files(__package__).joinpath(f"{name}.tsv")
    rows: list[tuple[str, ...]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(column.strip() for column in line.split("\t")))
    return tuple(rows)


@functools.cache
def load_words(name: str) -> frozenset[str]:
    """Return the first column of lexicon ``name``, lower-cased, as a set."""
    return frozenset(row[0].lower() for row in load_table(name))
