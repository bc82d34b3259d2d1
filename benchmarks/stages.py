"""Where does ``parse()`` spend its time? The cost of each stage on its own.

For every PolNeAR dev article (``../shared/corpora/polnear/dev.jsonl``) the stages run in the
pipeline's order on one shared :class:`~conflictparse.text.Text`, each timed alone, so a
stage's time excludes the stages before it (whose results it receives) and building the text
model is a stage of its own ("text": tokens, paragraphs, sentences, quotations). Prints the
median over several runs after a warm-up, in milliseconds per article.

Run from the repository root::

    python benchmarks/stages.py [--runs 5]
"""

from __future__ import annotations

import argparse
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


def _one_run(articles: list[tuple[str, str | None]]) -> dict[str, float]:
    totals = dict.fromkeys(("text", "actors", "times", "figures", "statements", "deployments"), 0.0)
    clock = time.perf_counter
    for text, published in articles:
        anchor = coerce_date(published)
        started = clock()
        doc = Text(text)
        _ = doc.tokens, doc.sentences, doc.quotes
        after_text = clock()
        actors = find_actors(doc)
        after_actors = clock()
        times = find_times(doc, anchor)
        after_times = clock()
        figures = find_figures(doc, actors)
        after_figures = clock()
        statements = find_statements(doc, actors, times)
        after_statements = clock()
        find_deployments(doc, actors, times, figures, statements)
        after_deployments = clock()
        totals["text"] += after_text - started
        totals["actors"] += after_actors - after_text
        totals["times"] += after_times - after_actors
        totals["figures"] += after_figures - after_times
        totals["statements"] += after_statements - after_figures
        totals["deployments"] += after_deployments - after_statements
    return {stage: 1000 * seconds / len(articles) for stage, seconds in totals.items()}


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
    _one_run(articles)
    runs = [_one_run(articles) for _ in range(arguments.runs)]
    total = 0.0
    print(f"{'stage':<12} {'ms/article':>10}   ({len(articles)} articles, median of {len(runs)})")
    for stage in runs[0]:
        median = statistics.median(run[stage] for run in runs)
        total += median
        print(f"{stage:<12} {median:>10.2f}")
    print(f"{'total':<12} {total:>10.2f}   = {1000 / total:.0f} articles/s")


if __name__ == "__main__":
    main()
