"""How fast is conflictparse? (issue 6: fast enough for a firehose)

Prints a table: for the full ``parse()`` and for each ``extract_*`` function on its own, on the
seed article and on the PolNeAR dev articles (``../shared/corpora/polnear/dev.jsonl``, 84 US
political news articles of about 4.9 KB), the median over several runs after a warm-up of
articles per second and MB per second on one core. Then peak memory (tracemalloc and resident
size), the import time of ``conflictparse`` and the time of the first ``parse()`` (each in a fresh
interpreter, so lazy loading is included), ``parse_many`` with 1 and 2 worker processes, and,
when they are installed, the peers on the same texts with the ratios:

* ``dateparser.search_dates`` (time expressions only), and
* spaCy ``en_core_web_sm`` + textacy ``direct_quotations`` (direct quotations only).

Install the peers with::

    pip install spacy textacy && python -m spacy download en_core_web_sm

Run from the repository root::

    python benchmarks/speed.py              # everything
    python benchmarks/speed.py --quick      # fewer runs, no peers, no process pool

Targets (issue 6): full parse >= 300 articles/s, >= 30x spaCy + textacy, import < 0.3 s, first
parse < 1 s, peak memory < 150 MB.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import TYPE_CHECKING, Any

import conflictparse

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent
POLNEAR_DEV = ROOT.parent / "shared" / "corpora" / "polnear" / "dev.jsonl"
SEED = ROOT / "seeds" / "000_d8b30d1ce7007ef2.txt"
SEED_PUBLISHED = "2021-11-16"

Article = tuple[str, str | None]  # text, published


def _load() -> dict[str, list[Article]]:
    corpora: dict[str, list[Article]] = {}
    if SEED.exists():
        corpora["seed"] = [(SEED.read_text(encoding="utf-8"), SEED_PUBLISHED)]
    if POLNEAR_DEV.exists():
        with POLNEAR_DEV.open(encoding="utf-8") as lines:
            rows = [json.loads(line) for line in lines]
        corpora["polnear-dev"] = [(row["text"], row.get("published")) for row in rows]
    return corpora


def _functions() -> dict[str, Callable[[str, str | None], Any]]:
    return {
        "parse": lambda text, published: conflictparse.parse(text, published=published),
        "extract_actors": lambda text, _: conflictparse.extract_actors(text),
        "extract_times": conflictparse.extract_times,
        "extract_figures": lambda text, _: conflictparse.extract_figures(text),
        "extract_statements": lambda text, _: conflictparse.extract_statements(text),
        "extract_deployments": conflictparse.extract_deployments,
    }


#: The clock the per-function timings use: CPU time of this process by default, so that other
#: work on a shared machine does not inflate them (the code is single-threaded); ``--clock wall``
#: for elapsed time.
CLOCK: Callable[[], float] = time.process_time


def _median_seconds(
    function: Callable[[str, str | None], Any], articles: Sequence[Article], runs: int
) -> float:
    """Median time of one pass over ``articles``, after one warm-up pass."""
    for text, published in articles:
        function(text, published)
    timings = []
    for _ in range(runs):
        started = CLOCK()
        for text, published in articles:
            function(text, published)
        timings.append(CLOCK() - started)
    return statistics.median(timings)


def _row(name: str, corpus: str, articles: Sequence[Article], seconds: float) -> dict[str, Any]:
    megabytes = sum(len(text.encode("utf-8")) for text, _ in articles) / 1e6
    return {
        "function": name,
        "corpus": corpus,
        "articles": len(articles),
        "ms_per_article": seconds / len(articles) * 1000,
        "articles_per_s": len(articles) / seconds,
        "mb_per_s": megabytes / seconds,
    }


def _print_rows(rows: list[dict[str, Any]]) -> None:
    print(
        f"{'function':<22}{'corpus':<14}{'articles':>9}{'ms/article':>12}"
        f"{'articles/s':>12}{'MB/s':>8}"
    )
    for row in rows:
        print(
            f"{row['function']:<22}{row['corpus']:<14}{row['articles']:>9}"
            f"{row['ms_per_article']:>12.2f}{row['articles_per_s']:>12.1f}{row['mb_per_s']:>8.2f}"
        )


def _subprocess_seconds(code: str, repeats: int) -> tuple[float, float]:
    """Median (CPU, wall) seconds that ``code`` prints, each run in a fresh interpreter.

    The interpreters cache bytecode as an installed package has it (pip compiles it at install
    time), in a folder of their own and after one warm-up run, even where
    ``PYTHONDONTWRITEBYTECODE`` is set: without the cache every import compiles every module
    from source, which measures the compiler (some 150 ms here), not the import.
    """
    cpu, wall = [], []
    with tempfile.TemporaryDirectory() as cache:
        environment = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        for run in range(repeats + 1):
            completed = subprocess.run(
                [sys.executable, "-c", code],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
                env=environment,
            )
            if run == 0:
                continue  # the warm-up fills the bytecode cache
            first, second = completed.stdout.strip().splitlines()[-1].split()
            cpu.append(float(first))
            wall.append(float(second))
    return statistics.median(cpu), statistics.median(wall)


_IMPORT_CODE = """
import sys, time
cpu, wall = time.process_time(), time.perf_counter()
import conflictparse
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
assert "dateparser" not in sys.modules, "dateparser imported eagerly"
print(cpu, wall)
"""

_FIRST_PARSE_CODE = """
import time
text = open({seed!r}, encoding="utf-8").read()
cpu, wall = time.process_time(), time.perf_counter()
import conflictparse
conflictparse.parse(text, published="2021-11-16")
print(time.process_time() - cpu, time.perf_counter() - wall)
"""


def _peak_memory(articles: Sequence[Article]) -> float:
    """Peak Python heap (MB) while parsing ``articles`` one after another."""
    tracemalloc.start()
    for text, published in articles:
        conflictparse.parse(text, published=published)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def _workers(articles: Sequence[Article], copies: int) -> list[tuple[int, float]]:
    texts = [text for text, _ in articles] * copies
    results = []
    for workers in (1, 2):
        started = time.perf_counter()
        conflictparse.parse_many(texts, published=SEED_PUBLISHED, workers=workers)
        elapsed = time.perf_counter() - started
        results.append((workers, len(texts) / elapsed))
    return results


def _dateparser_peer(articles: Sequence[Article]) -> Callable[[str, str | None], Any] | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None

    def run(text: str, published: str | None) -> Any:
        base = _dt.datetime.fromisoformat(published) if published else _dt.datetime(2021, 11, 16)
        return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})

    return run


def _spacy_peer() -> tuple[Callable[[str, str | None], Any] | None, str]:
    try:
        import spacy  # type: ignore[import-not-found]
        from textacy.extract.triples import direct_quotations  # type: ignore[import-not-found]
    except ImportError:
        return None, "spaCy/textacy not installed (pip install spacy textacy)"
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        return None, "en_core_web_sm not installed (python -m spacy download en_core_web_sm)"

    def run(text: str, _: str | None) -> Any:
        try:
            return list(direct_quotations(nlp(text)))
        except ValueError:
            # textacy refuses a text with an unbalanced quotation mark.
            return []

    return run, ""


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per measurement")
    parser.add_argument("--quick", action="store_true", help="2 runs; no peers or process pool")
    parser.add_argument("--no-peers", action="store_true", help="skip dateparser and spaCy")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N articles")
    parser.add_argument("--json", type=Path, help="also write the measurements to this file")
    parser.add_argument(
        "--clock", choices=("cpu", "wall"), default="cpu", help="CPU time (default) or elapsed"
    )
    args = parser.parse_args(argv)
    runs = 2 if args.quick else args.runs
    global CLOCK  # noqa: PLW0603 -- set once, before any measurement
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter

    corpora = _load()
    if args.limit:
        corpora = {name: articles[: args.limit] for name, articles in corpora.items()}
    if not corpora:
        print("no texts found (seed or ../shared/corpora/polnear/dev.jsonl)", file=sys.stderr)
        return 1
    print(
        f"Python {sys.version.split()[0]}, one core, {args.clock} time, "
        f"median of {runs} runs after a warm-up\n"
    )
    out: dict[str, Any] = {}

    rows = []
    for corpus, articles in corpora.items():
        for name, function in _functions().items():
            rows.append(_row(name, corpus, articles, _median_seconds(function, articles, runs)))
    _print_rows(rows)
    out["rows"] = rows

    main_corpus = "polnear-dev" if "polnear-dev" in corpora else "seed"
    articles = corpora[main_corpus]
    ours = next(r for r in rows if r["function"] == "parse" and r["corpus"] == main_corpus)

    print()
    import_cpu, import_wall = _subprocess_seconds(_IMPORT_CODE, 5)
    first_cpu, first_wall = _subprocess_seconds(_FIRST_PARSE_CODE.format(seed=str(SEED)), 3)
    import_s = import_cpu if args.clock == "cpu" else import_wall
    first_s = first_cpu if args.clock == "cpu" else first_wall
    peak_heap = _peak_memory(articles)
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        "import conflictparse (fresh interpreter, bytecode cached, median of 5): "
        f"{import_cpu * 1000:.0f} ms CPU, {import_wall * 1000:.0f} ms wall"
    )
    print(
        "import + first parse of the seed (fresh interpreter, bytecode cached, median of 3): "
        f"{first_cpu * 1000:.0f} ms CPU, {first_wall * 1000:.0f} ms wall"
    )
    print(f"peak Python heap while parsing {main_corpus} (tracemalloc): {peak_heap:.1f} MB")
    print(f"peak resident memory of this process: {peak_rss:.0f} MB")
    out.update(import_s=import_s, first_parse_s=first_s, peak_heap_mb=peak_heap)
    out["peak_rss_mb"] = peak_rss

    if not args.quick:
        print()
        # Elapsed time here: the work happens in child processes.
        for workers, rate in _workers(articles, copies=4):
            print(f"parse_many, {workers} worker process(es): {rate:.1f} articles/s (wall)")
            out[f"parse_many_workers_{workers}"] = rate

    if not (args.quick or args.no_peers):
        print("\npeers on the same texts:")
        peer_rows = []
        dateparser_run = _dateparser_peer(articles)
        if dateparser_run is not None:
            seconds = _median_seconds(dateparser_run, articles, max(1, runs // 2))
            peer_rows.append(_row("dateparser.search", main_corpus, articles, seconds))
        spacy_run, why = _spacy_peer()
        if spacy_run is not None:
            seconds = _median_seconds(spacy_run, articles, max(1, runs // 2))
            peer_rows.append(_row("spacy+textacy", main_corpus, articles, seconds))
        else:
            print(f"  (skipped spaCy + textacy: {why})")
        if peer_rows:
            _print_rows(peer_rows)
            same = [r for r in rows if r["corpus"] == main_corpus]
            times_row = next(r for r in same if r["function"] == "extract_times")
            statements_row = next(r for r in same if r["function"] == "extract_statements")
            for peer in peer_rows:
                speedup = ours["articles_per_s"] / peer["articles_per_s"]
                print(f"  full parse() is {speedup:.1f}x {peer['function']}")
                if peer["function"] == "dateparser.search":
                    alone = times_row["articles_per_s"] / peer["articles_per_s"]
                    print(f"  extract_times() is {alone:.1f}x dateparser.search_dates")
                else:
                    alone = statements_row["articles_per_s"] / peer["articles_per_s"]
                    print(f"  extract_statements() is {alone:.1f}x spaCy + textacy")
        out["peers"] = peer_rows

    print("\ntargets (issue 6):")
    checks = [
        ("full parse >= 300 articles/s", ours["articles_per_s"] >= 300),
        ("import < 0.3 s", import_s < 0.3),
        ("first parse < 1 s", first_s < 1.0),
        ("peak memory < 150 MB", peak_rss < 150),
    ]
    for label, ok in checks:
        print(f"  [{'x' if ok else ' '}] {label}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
