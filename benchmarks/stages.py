"""Where does ``parse()`` spend its time? The cost of each stage on its own.

For every PolNeAR dev article (``../shared/corpora/polnear/dev.jsonl``) the stages run in the
pipeline's order on one shared :class:`~conflictparse.text.Text`, each timed alone, so a
stage's time excludes the stages before it (whose results it receives) and building the text
model is a stage of its own ("text": tokens, paragraphs, sentences, quotations). Prints the
median and the best of several runs after a warm-up, in milliseconds of CPU time per article:
on a machine shared with other work, wall-clock time also counts the time others' processes
held the core, and CPU time does not. Compare medians of runs made one after the other; a
stage's time also carries its share of the garbage collector's passes, which fall on whichever
stage allocates when they are due (the "gc" column: the collector's share of the stage's time).

Run from the repository root::

    python benchmarks/stages.py [--runs 5]
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import statistics
import time
from pathlib import Path

from conflictparse._published import coerce_date
from conflictparse.extract.actors import find_actors
from conflictparse.extract.deployments import find_deployments
from conflictparse.extract.figures import find_figures
from conflictparse.extract.statements import find_statements
from conflictparse.extract.times import find_times
from conflictparse.text import Text

POLNEAR_DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "polnear"


_STAGES = ("text", "actors", "times", "figures", "statements", "deployments")


class _CollectorClock:
    """The CPU time the garbage collector has taken so far, while installed.

    A collection runs when enough container objects have been made, inside whichever stage
    makes the one that tips the count: its time is charged to that stage, though every
    object alive (the lexicons, the earlier stages' results) is what it walks.
    """

    def __init__(self) -> None:
        self.seconds = 0.0
        self._started = 0.0

    def __enter__(self) -> _CollectorClock:
        gc.callbacks.append(self._on_collection)
        return self

    def __exit__(self, *_: object) -> None:
        gc.callbacks.remove(self._on_collection)

    def _on_collection(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.process_time()
        else:
            self.seconds += time.process_time() - self._started


def _one_run(
    articles: list[tuple[str, str | None]], collector: _CollectorClock
) -> tuple[dict[str, float], dict[str, float]]:
    """CPU milliseconds per article of each stage, and of the collections within each."""
    totals = dict.fromkeys(_STAGES, 0.0)
    collected = dict.fromkeys(_STAGES, 0.0)

    def mark() -> tuple[float, float]:
        return time.process_time(), collector.seconds

    for text, published in articles:
        anchor = coerce_date(published)
        marks = [mark()]
        doc = Text(text)
        _ = doc.tokens, doc.sentences, doc.quotes
        marks.append(mark())
        actors = find_actors(doc)
        marks.append(mark())
        times = find_times(doc, anchor)
        marks.append(mark())
        figures = find_figures(doc, actors)
        marks.append(mark())
        statements = find_statements(doc, actors, times)
        marks.append(mark())
        find_deployments(doc, actors, times, figures, statements)
        marks.append(mark())
        for stage, (before, after) in zip(_STAGES, itertools.pairwise(marks), strict=True):
            totals[stage] += after[0] - before[0]
            collected[stage] += after[1] - before[1]
    scale = 1000 / len(articles)
    return (
        {stage: seconds * scale for stage, seconds in totals.items()},
        {stage: seconds * scale for stage, seconds in collected.items()},
    )


def main() -> None:
    """Print the median cost of each stage per PolNeAR dev article."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--split", default="dev", help="PolNeAR split (default: dev)")
    arguments = parser.parse_args()
    path = POLNEAR_DEV / f"{arguments.split}.jsonl"
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    articles = [(row["text"], row.get("published")) for row in rows]
    with _CollectorClock() as collector:
        _one_run(articles, collector)
        runs = [_one_run(articles, collector) for _ in range(arguments.runs)]
    total = best_total = 0.0
    print(
        f"{'stage':<12} {'ms/article':>10} {'best':>6} {'gc':>6}   "
        f"({len(articles)} articles, CPU time, median of {len(runs)})"
    )
    for stage in _STAGES:
        median = statistics.median(run[stage] for run, _ in runs)
        best = min(run[stage] for run, _ in runs)
        collecting = statistics.median(collected[stage] for _, collected in runs)
        total += median
        best_total += best
        print(f"{stage:<12} {median:>10.2f} {best:>6.2f} {collecting:>6.2f}")
    print(f"{'total':<12} {total:>10.2f} {best_total:>6.2f}   = {1000 / total:.0f} articles/s")


if __name__ == "__main__":
    main()
