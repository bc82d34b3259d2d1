"""Lexicons: the rules that are data.

Each file in this folder is a UTF-8 table, one entry a line, columns separated by tabs. Lines
starting with ``#`` are comments; every file opens with ``# source:`` (where its facts come from)
and ``# format:`` (what its columns mean). Files are read on first use and cached; the cached
values are immutable, so sharing them between threads is safe.

Rows can be added without changing the package: name one or more folders in the environment
variable ``CONFLICTPARSE_LEXICON_PATH`` (separated like ``PATH``); a ``<name>.tsv`` file in one of
them, in the same format, adds its rows after the package's own. Set it before the first parse.

Example:
    >>> "mr" in load_words("abbreviations")
    True
"""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path

__all__ = ["LEXICON_PATH_VARIABLE", "load_table", "load_words"]

#: The environment variable naming extra lexicon folders (``os.pathsep``-separated).
LEXICON_PATH_VARIABLE = "CONFLICTPARSE_LEXICON_PATH"


@functools.cache
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Return the rows of lexicon ``name`` (``name.tsv``), each a tuple of stripped columns.

    Rows from ``name.tsv`` files in the folders of ``CONFLICTPARSE_LEXICON_PATH`` follow the
    package's own.

    Raises:
        FileNotFoundError: if there is no such lexicon.
    """
    path = resources.files(__package__).joinpath(f"{name}.tsv")
    rows = _rows(path.read_text(encoding="utf-8"))
    for folder in os.environ.get(LEXICON_PATH_VARIABLE, "").split(os.pathsep):
        extra = Path(folder, f"{name}.tsv")
        if folder and extra.is_file():
            rows.extend(_rows(extra.read_text(encoding="utf-8")))
    return tuple(rows)


def _rows(content: str) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for line in content.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(column.strip() for column in line.split("\t")))
    return rows


@functools.cache
def load_words(name: str) -> frozenset[str]:
    """Return the first column of lexicon ``name``, lower-cased, as a set."""
    return frozenset(row[0].lower() for row in load_table(name))
