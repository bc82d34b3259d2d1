"""Load an extractor's examples corpus (``tests/corpus/<name>.json``) as pytest parameters.

A corpus file is ``{"anchor": "YYYY-MM-DD", "cases": [...]}``; each case is
``{"text": ..., "expect": [{field: value, ...}, ...]}`` with optional ``"anchor"`` (overrides the
file's), ``"partial": true`` (the expected facts must be found, others may be too) and ``"xfail":
"why"`` (a known failure, run with ``strict=True`` so that a fix shows). ``expect: []`` is a
negative case: nothing may be found.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).parent / "corpus"


def corpus_cases(name: str) -> list[Any]:
    """Return the cases of corpus ``name`` as ``pytest.param(case, anchor)`` objects."""
    data = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
    params = []
    for number, case in enumerate(data["cases"]):
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
        anchor = case.get("anchor", data.get("anchor"))
        label = f"{number}:{case['text'][:40]}"
        params.append(pytest.param(case, anchor, marks=marks, id=label))
    return params


def check_facts(actual: list[dict[str, Any]], case: dict[str, Any]) -> None:
    """Assert that the facts ``actual`` (flat dicts) match the case's expected facts.

    Only the fields named in an expected fact are compared; each expected fact must match a
    different actual one; unless the case is partial, no actual fact may be left over.
    """
    remaining = list(actual)
    missing = []
    for expected in case["expect"]:
        for index, candidate in enumerate(remaining):
            if all(candidate.get(key) == value for key, value in expected.items()):
                del remaining[index]
                break
        else:
            missing.append(expected)
    problems = []
    if missing:
        problems.append(f"missing {missing}")
    if remaining and not case.get("partial"):
        problems.append(f"unexpected {remaining}")
    assert not problems, f"{case['text']!r}: " + "; ".join(problems) + f"\nall found: {actual}"
