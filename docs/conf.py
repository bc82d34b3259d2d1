"""Sphinx configuration for the conflictparse documentation.

The build must work offline and with warnings as errors, so intersphinx reads a copy of Python's
inventory shipped in ``_intersphinx/`` instead of fetching it.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path
from typing import Any

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
# Prefer the working copy, so that a docs build from a checkout documents what is checked out.
sys.path.insert(0, str(ROOT))


def _import_with_type_names() -> None:
    # The package imports the names used only in annotations (datetime, Iterable, Report, ...)
    # under ``if TYPE_CHECKING:``, so autodoc could not resolve them and would print
    # "_dt.date" in signatures. Importing the package once with the flag set runs those blocks;
    # third-party modules are imported first, with the flag unset, so only ours are affected.
    import importlib
    import pkgutil
    import typing

    import attrs  # noqa: F401
    import regex  # noqa: F401

    typing.TYPE_CHECKING = True  # type: ignore[misc]
    try:
        package = importlib.import_module("conflictparse")
        for module in pkgutil.walk_packages(package.__path__, "conflictparse."):
            if module.name == "conflictparse.__main__":
                continue
            try:
                importlib.import_module(module.name)
            except ImportError:
                # autodoc will report the module itself, with a clearer message.
                continue
    finally:
        typing.TYPE_CHECKING = False  # type: ignore[misc]


_import_with_type_names()

project = "conflictparse"
author = "The conflictparse developers"
copyright = "2026, the conflictparse developers"
try:
    release = metadata.version("conflictparse")
except metadata.PackageNotFoundError:
    release = "0+unknown"
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_intersphinx", "Thumbs.db", ".DS_Store"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = f"conflictparse {release}"
html_static_path: list[str] = []
html_theme_options = {
    "source_repository": "https://github.com/conflictparse/conflictparse/",
    "source_branch": "main",
    "source_directory": "docs/",
}

intersphinx_mapping = {
    "python": ("https://docs.python.org/3.11", str(DOCS / "_intersphinx" / "python-objects.inv")),
}

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# Docstring examples are run by pytest (--doctest-modules); here we run the pages' own examples.
doctest_test_doctest_blocks = ""
# Pages refer to files relative to this folder ("../seeds/..."), whatever directory the build
# was started from; the working directory is restored after each page.
doctest_global_setup = f"""
import os as _os
_cwd_before_docs = _os.getcwd()
_os.chdir({str(DOCS)!r})
"""
doctest_global_cleanup = """
_os.chdir(_cwd_before_docs)
"""


def _list_annotation_guides(app: object, docname: str, source: list[str]) -> None:
    # The annotation guides are written alongside the extractors, so the index lists whichever
    # exist: a page left out of every toctree, or a toctree entry without a page, fails -W.
    if docname == "index":
        guides = "\n".join(sorted(path.stem for path in DOCS.glob("annotation_*.md")))
        source[0] = source[0].replace("ANNOTATION_GUIDES", guides)


def setup(app: Any) -> None:
    """Register the build's own hooks."""
    app.connect("source-read", _list_annotation_guides)
