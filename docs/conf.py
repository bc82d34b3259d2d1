"""Sphinx configuration for the conflictparse documentation.

The build must work offline and with warnings as errors, so intersphinx reads a copy of Python's
inventory shipped in ``_intersphinx/`` instead of fetching it.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
# Prefer the working copy, so that a docs build from a checkout documents what is checked out.
sys.path.insert(0, str(ROOT))

project = "conflictparse"
author = "The conflictparse developers"
copyright = "2026, the conflictparse developers"  # noqa: A001 - the name Sphinx expects
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

intersphinx_mapping = {
    "python": ("https://docs.python.org/3.11", str(DOCS / "_intersphinx" / "python-objects.inv")),
}
intersphinx_disabled_reftypes = ["*"]

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True, "show-inheritance": False}
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
