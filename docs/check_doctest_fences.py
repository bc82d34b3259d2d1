"""Fail if a documentation page has a ``>>>`` line that Sphinx's doctest builder will not run.

In MyST Markdown only ```` ```{doctest} ```` fences are executed; a ``>>>`` example in a plain
``python`` fence, or in running text, is rendered but never checked, so it can silently go
wrong. This script lists every such line and exits with status 1 if there is one.

Usage::

    python docs/check_doctest_fences.py [FILE_OR_FOLDER ...]

Without arguments it checks every ``*.md`` file under the folder it lives in (``docs/``),
skipping the build output.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_DOCS = Path(__file__).resolve().parent
# A fence opens with three or more backticks or tildes, optionally followed by an info string.
_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<marks>`{3,}|~{3,})(?P<info>.*)$")
_DOCTEST_INFO = re.compile(r"^\s*\{doctest\}")


def stray_prompts(text: str) -> list[int]:
    """Return the 1-based numbers of the lines with a ``>>>`` prompt outside a doctest fence.

    Example:
        >>> page = "```python\\n>>> 1 + 1\\n2\\n```\\n```{doctest}\\n>>> 1 + 1\\n2\\n```\\n"
        >>> stray_prompts(page)
        [2]
    """
    stray: list[int] = []
    fence: str | None = None  # the opening marks of the fence we are in, if any
    runs = False  # whether the fence we are in is a doctest fence
    for number, line in enumerate(text.splitlines(), start=1):
        match = _FENCE.match(line)
        if fence is None:
            if match:
                fence = match.group("marks")
                runs = bool(_DOCTEST_INFO.match(match.group("info")))
                # A backtick fence's info string may not contain backticks: then it is inline code.
                if fence[0] == "`" and "`" in match.group("info"):
                    fence = None
                    runs = False
            elif line.lstrip().startswith(">>>"):
                stray.append(number)
            continue
        closes = (
            match is not None
            and match.group("marks")[0] == fence[0]
            and len(match.group("marks")) >= len(fence)
            and not match.group("info").strip()
        )
        if closes:
            fence = None
            runs = False
        elif not runs and line.lstrip().startswith(">>>"):
            stray.append(number)
    return stray


def _pages(arguments: list[str]) -> list[Path]:
    roots = [Path(argument) for argument in arguments] or [_DOCS]
    pages: list[Path] = []
    for root in roots:
        if root.is_dir():
            pages.extend(path for path in sorted(root.rglob("*.md")) if "_build" not in path.parts)
        else:
            pages.append(root)
    return pages


def main(arguments: list[str]) -> int:
    """Check the pages in ``arguments`` (default: all of ``docs/``); return the exit status."""
    found = 0
    for page in _pages(arguments):
        for number in stray_prompts(page.read_text(encoding="utf-8")):
            print(f"{page}:{number}: '>>>' outside a {{doctest}} fence is never run")
            found += 1
    if found:
        print(f"{found} stray '>>>' line(s): put them in a ```{{doctest}} fence", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
