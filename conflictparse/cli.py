"""The command line: ``conflictparse FILE... | -``.

Each file is read as UTF-8 and parsed; a file that cannot be read (missing, unreadable, binary,
not UTF-8) gets one line on stderr and is skipped, the others are still processed, and the exit
status is 1 at the end. Output for a file is written whole or not at all.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from conflictparse.model import Report

__all__ = ["main"]

_FORMATS = ("json", "jsonl", "table")


class _InputError(Exception):
    """A file that cannot be turned into text."""


def _build_argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="conflictparse",
        description="Extract actors, statements, figures, times and deployments from news.",
    )
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="UTF-8 text files; '-' reads stdin"
    )
    parser.add_argument(
        "--published",
        metavar="DATE",
        help="publication date (ISO 8601) that relative times are resolved against",
    )
    parser.add_argument(
        "--format", choices=_FORMATS, default="json", help="output format (default: json)"
    )
    parser.add_argument(
        "--workers", type=int, default=1, metavar="N", help="parse in N processes (default: 1)"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    return parser


def _version() -> str:
    from importlib.metadata import version

    return version("conflictparse")


def _read(name: str, stdin: TextIO) -> str:
    try:
        if name == "-":
            data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode()
        else:
            with open(name, "rb") as handle:
                data = handle.read()
    except OSError as error:
        raise _InputError(error.strerror or str(error)) from error
    if b"\x00" in data:
        raise _InputError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _InputError(
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from error


def _render(name: str, report: Report, output_format: str) -> str:
    if output_format == "table":
        from conflictparse.table import render_table

        return render_table(name, report)
    body = report.to_dict()
    from json import dumps

    document = {"file": name, **body}
    if output_format == "jsonl":
        return dumps(document, ensure_ascii=False) + "\n"
    return dumps(document, ensure_ascii=False, indent=2) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    arguments = _build_argument_parser().parse_args(argv)
    from conflictparse._published import coerce_date
    from conflictparse.batch import parse_many

    try:
        published = coerce_date(arguments.published, name="--published")
    except ValueError as error:
        print(f"conflictparse: {error}", file=sys.stderr)
        return 2
    names: list[str] = []
    texts: list[str] = []
    failed = False
    for name in arguments.files:
        try:
            texts.append(_read(name, sys.stdin))
            names.append(name)
        except _InputError as error:
            print(f"conflictparse: {name}: {error}", file=sys.stderr)
            failed = True
    progress = _progress_bar(len(texts)) if sys.stderr.isatty() and len(texts) > 1 else None
    results = parse_many(texts, published=published, workers=arguments.workers, progress=progress)
    if progress is not None:
        sys.stderr.write("\n")
    for name, result in zip(names, results, strict=True):
        if isinstance(result, Exception):
            print(f"conflictparse: {name}: {result}", file=sys.stderr)
            failed = True
            continue
        sys.stdout.write(_render(name, result, arguments.format))
    sys.stdout.flush()
    return 1 if failed else 0


def _progress_bar(total: int) -> Callable[[int], None]:
    def show(done: int) -> None:
        width = 30
        filled = width * done // total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        sys.stderr.flush()

    return show
