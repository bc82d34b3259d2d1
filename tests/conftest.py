"""Shared pytest setup: the hypothesis profiles.

Hypothesis loads its built-in ``ci`` profile (derandomised, no deadline) by itself when the
``CI`` environment variable is set, and its ``default`` profile otherwise; nothing here loads a
profile. The property tests raise ``max_examples`` per test with ``@settings`` so that a CI run
tries thousands of inputs per property in a few minutes.

For a nightly run, choose the longer profile registered here by name::

    pytest tests/test_properties.py tests/test_text.py --hypothesis-profile=fuzz

or with more still, ``HYPOTHESIS_FUZZ_EXAMPLES=200000 pytest ... --hypothesis-profile=fuzz``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

# Tests run with --import-mode=importlib (also against an installed wheel, from outside the
# repository), which puts nothing on sys.path: make the shared helper modules (corpus_cases,
# strategies) importable by name.
sys.path.insert(0, str(Path(__file__).parent))

settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("HYPOTHESIS_FUZZ_EXAMPLES", "50000")),
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
