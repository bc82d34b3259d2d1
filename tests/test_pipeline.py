"""The hallway: public surface, argument checking, stage order, lazy imports."""

from __future__ import annotations

import ast
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

import conflictparse
from conflictparse.pipeline import STAGES

PACKAGE = Path(conflictparse.__file__).parent


def test_public_surface_is_explicit() -> None:
    for name in conflictparse.__all__:
        assert getattr(conflictparse, name) is not None


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_empty_text_gives_an_empty_report(text: str) -> None:
    report = conflictparse.parse(text, published="2021-11-16")
    assert report == conflictparse.Report(published=dt.date(2021, 11, 16))


@pytest.mark.parametrize("value", [b"bytes", None, 42, ["a list"]])
def test_non_str_text_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        conflictparse.parse(value)  # type: ignore[arg-type]


def test_bytes_error_says_to_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        conflictparse.parse(b"NATO")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (dt.date(2021, 11, 16), dt.date(2021, 11, 16)),
        (dt.datetime(2021, 11, 16, 8, 30), dt.date(2021, 11, 16)),
        ("2021-11-16", dt.date(2021, 11, 16)),
        ("2021-11-16T08:30:00Z", dt.date(2021, 11, 16)),
        (None, None),
    ],
)
def test_published_accepts_dates_datetimes_and_iso_strings(
    published: object, expected: dt.date | None
) -> None:
    assert conflictparse.parse("Text.", published=published).published == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("published", ["yesterday", "2021-13-45", 20211116, ""])
def test_bad_published_is_a_value_error_naming_it(published: object) -> None:
    with pytest.raises(ValueError, match="published") as caught:
        conflictparse.parse("Text.", published=published)  # type: ignore[arg-type]
    assert repr(published) in str(caught.value)


def _imported_modules(module: Path) -> set[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


@pytest.mark.parametrize("position", range(len(STAGES)))
def test_no_extractor_imports_a_later_one(position: int) -> None:
    stage = STAGES[position]
    later = {f"conflictparse.extract.{name}" for name in STAGES[position + 1 :]}
    imported = _imported_modules(PACKAGE / "extract" / f"{stage}.py")
    assert not imported & later, f"{stage} imports a later stage: {imported & later}"


def test_every_stage_has_a_module() -> None:
    for stage in STAGES:
        assert (PACKAGE / "extract" / f"{stage}.py").is_file()


def test_import_is_light() -> None:
    code = (
        "import sys, conflictparse\n"
        "heavy = [m for m in ('dateparser', 'importlib.metadata') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "dateparser" not in result.stdout
