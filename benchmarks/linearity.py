"""Does the time per character stay flat as the input grows? (issue 5: linear time)

Parses inputs of 1 KB, 10 KB, ... up to ``--max-size`` (default 10 MB) of several kinds --
ordinary news and adversarial shapes (runs of quotation marks, 100,000 digits, one sentence
of a megabyte, tens of thousands of capitalised words in a row, ...) -- and prints, per kind and
size, the time, the time per kilobyte and the ratio t(10n)/t(n). Linear code shows ratios near
10; a quadratic step shows ratios near 100.

Run from the repository root::

    python benchmarks/linearity.py                  # up to 10 MB, every kind
    python benchmarks/linearity.py --max-size 1MB   # a quick run
    python benchmarks/linearity.py --kinds news,digits --function extract_figures

A kind stops growing when its next run would take longer than ``--budget`` seconds (judged from
the last run and ratio), so a superlinear extractor cannot hang the benchmark. Times are CPU
seconds of this process, so other work on the machine does not distort the ratios. The news
text is the PolNeAR dev articles (``../shared/corpora/polnear/dev.jsonl``) when present,
otherwise the seed article.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import conflictparse

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
POLNEAR_DEV = ROOT.parent / "shared" / "corpora" / "polnear" / "dev.jsonl"
SEED = ROOT / "seeds" / "000_d8b30d1ce7007ef2.txt"
PUBLISHED = "2021-11-16"


def _news_text() -> str:
    if POLNEAR_DEV.exists():
        with POLNEAR_DEV.open(encoding="utf-8") as lines:
            return "\n\n".join(json.loads(line)["text"] for line in lines)
    return SEED.read_text(encoding="utf-8")


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _kinds() -> dict[str, Callable[[int], str]]:
    news = _news_text()
    return {
        # Ordinary articles, repeated as needed: the baseline.
        "news": lambda n: _repeat(news + "\n\n", n),
        # Runs of quotation marks of each kind, alone and around words.
        "straight-quotes": lambda n: _repeat('"', n),
        "curly-quotes": lambda n: _repeat("\u201c", n // 2) + _repeat("\u201d", n - n // 2),
        "quoted-words": lambda n: _repeat('"word" ', n),
        "open-quotes": lambda n: _repeat("\u201cword ", n),
        # 100,000 digits and more, bare and grouped.
        "digits": lambda n: _repeat("9", n),
        "grouped-digits": lambda n: _repeat("100,", n),
        # One sentence with no end: words and commas, no period.
        "one-sentence": lambda n: _repeat("the troops moved toward the border, and ", n),
        # Capitalised words in a row: a name-finder's worst case.
        "capitalised": lambda n: _repeat("Capital ", n),
        "title-case-names": lambda n: _repeat("President Minister General Secretary ", n),
        "initials": lambda n: _repeat("A. ", n),
        "periods": lambda n: _repeat(".", n),
        "exclamations": lambda n: _repeat("!", n),
        "no-punctuation": lambda n: _repeat("said troops Russia thousands Monday ", n),
        "speech-verbs": lambda n: _repeat("said ", n),
        "number-words": lambda n: _repeat("tens of thousands of ", n),
        "months": lambda n: _repeat("January ", n),
        "newlines": lambda n: _repeat("\n", n),
        "crlf-lines": lambda n: _repeat("Short line\r\n", n),
        "control-chars": lambda n: _repeat("a\x00\u200b\u202e\u0301 ", n),
        # What once was quadratic in one extractor or another.
        "short-lines": lambda n: _repeat("Kyiv said no.\n", n),
        "ministers": lambda n: _repeat(
            "Defence Minister Ana Ruiz of Spain spoke. The minister said so, a NATO source said. ",
            n,
        ),
        "statements": lambda n: _repeat(
            '"We will hold," the commander said. Officials said the town was quiet, according '
            "to the ministry. Unclosed \u201cquote here.\n\n",
            n,
        ),
        "number-soup": lambda n: _repeat(
            "1,000 2 3 twenty-one hundreds of thousands a dozen $5bn 40% 3-4 ", n
        ),
        "deployments": lambda n: _repeat(
            "Russian troops massed near the border with Ukraine and deployed tanks, ", n
        ),
        # one movement told again and again: its evidence and its actor's mentions both grow
        "repeated-movement": lambda n: _repeat(
            "The US Army met Germany in Berlin. Troops were sent to Jordan. US troops moved "
            "to Kuwait.\n\n",
            n,
        ),
        # One kind of expression again and again, with none of the rarer words a pattern read
        # after it requires ("time" after "5 days"): ``regex`` looks for such a word up to the
        # bound it is given, so an unbounded call read the rest of the text each time.
        "durations": lambda n: _repeat("He left in 5 days, then ", n),
        # One list of states with no end: the actors stage walked it to its head and to its
        # verb from every member.
        "state-lists": lambda n: _repeat("Chile, Peru, Bolivia and Ecuador, ", n),
        # One token of numbers and words joined by hyphens: the times stage started a rule
        # lookup with the rest of the token at every hyphen.
        "hyphenated": lambda n: _repeat("9-", n),
        "hyphenated-words": lambda n: _repeat("pro-Russian-", n),
    }


def _parse_size(value: str) -> int:
    units = {"KB": 1_000, "MB": 1_000_000, "K": 1_000, "M": 1_000_000}
    upper = value.strip().upper()
    for suffix, factor in units.items():
        if upper.endswith(suffix):
            return int(float(upper[: -len(suffix)]) * factor)
    return int(upper)


def _function(name: str) -> Callable[[str], Any]:
    if name == "parse":
        return lambda text: conflictparse.parse(text, published=PUBLISHED)
    if name in {"extract_times", "extract_deployments"}:
        extract = getattr(conflictparse, name)
        return lambda text: extract(text, PUBLISHED)
    extract_one: Callable[[str], Any] = getattr(conflictparse, name)
    return extract_one


def _time(function: Callable[[str], Any], text: str, runs: int) -> float:
    # CPU time of this process: the code is single-threaded, and other work on a shared machine
    # would otherwise make the ratios noise.
    timings = []
    for _ in range(runs):
        started = time.process_time()
        function(text)
        timings.append(time.process_time() - started)
    return statistics.median(timings)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table; return 1 if any ratio looks superlinear."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-size", default="10MB", help="largest input (e.g. 1MB, 10MB)")
    parser.add_argument("--min-size", default="1KB", help="smallest input")
    parser.add_argument("--kinds", default="", help="comma-separated kinds (default: all)")
    parser.add_argument("--function", default="parse", help="parse or an extract_* name")
    parser.add_argument(
        "--budget",
        type=float,
        default=120.0,
        help="do not start a run expected to take longer than this (s)",
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=20.0,
        help="flag a ratio t(10n)/t(n) above this (10 is linear)",
    )
    args = parser.parse_args(argv)

    kinds = _kinds()
    chosen = [k.strip() for k in args.kinds.split(",") if k.strip()] or list(kinds)
    unknown = [k for k in chosen if k not in kinds]
    if unknown:
        parser.error(f"unknown kinds {unknown}; choose from {sorted(kinds)}")
    function = _function(args.function)
    sizes = []
    size = _parse_size(args.min_size)
    while size <= _parse_size(args.max_size):
        sizes.append(size)
        size *= 10

    function(_repeat("Warm up: NATO said on Monday that 100 troops moved.", 2_000))
    print(f"function: {args.function}; sizes: {', '.join(_human(s) for s in sizes)}")
    print(f"{'kind':<18}{'size':>8}{'CPU s':>12}{'us/KB':>12}  {'t(10n)/t(n)':<12}")
    flagged: list[str] = []
    worst: dict[str, float] = {}
    for kind in chosen:
        previous: float | None = None
        for size in sizes:
            text = kinds[kind](size)
            # Small inputs are timed several times (noise); large ones once (they take long).
            runs = 5 if size <= 100_000 else 1
            elapsed = _time(function, text, runs)
            ratio = elapsed / previous if previous else None
            ratio_text = f"{ratio:.1f}" if ratio is not None else ""
            per_kb = elapsed / (size / 1_000) * 1e6
            # Ratios between tiny timings are noise: judge only from 10 KB up.
            if ratio is not None and size >= 100_000 and ratio > args.threshold:
                ratio_text += "  <-- superlinear?"
                flagged.append(f"{kind} at {_human(size)}: ratio {ratio:.1f}")
            if ratio is not None and size >= 100_000:
                worst[kind] = max(worst.get(kind, 0.0), ratio)
            print(f"{kind:<18}{_human(size):>8}{elapsed:>12.4f}{per_kb:>12.1f}  {ratio_text:<12}")
            sys.stdout.flush()
            previous = elapsed
            # Even linear code takes ten times longer on the next size: stop before a run that
            # would blow the budget, rather than after it.
            if size < sizes[-1] and elapsed * max(10.0, ratio or 10.0) > args.budget:
                print(
                    f"{kind:<18}  stopped: the next size would take over {args.budget:.0f} s "
                    f"(this one took {elapsed:.1f} s)"
                )
                if ratio is not None and ratio > args.threshold and size < 100_000:
                    flagged.append(f"{kind}: stopped at {_human(size)}, ratio {ratio:.0f}")
                break
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak resident memory of this process: {peak:.0f} MB")
    if worst:
        print("worst ratio t(10n)/t(n) from 100 KB up, per kind:")
        for kind, ratio in worst.items():
            print(f"  {kind:<18}{ratio:6.1f}")
    if flagged:
        print("\nlooks superlinear:")
        for line in flagged:
            print(f"  {line}")
        return 1
    print("\nall kinds scale linearly (every ratio <= threshold)")
    return 0


def _human(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:g}MB"
    if size >= 1_000:
        return f"{size / 1_000:g}KB"
    return f"{size}B"


if __name__ == "__main__":
    sys.exit(main())
