"""Many articles at once: order, failures, process pools, progress, threads and pickling."""

from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conflictparse import Parser, Report, parse, parse_many

SEED = Path(__file__).parent.parent / "seeds" / "000_d8b30d1ce7007ef2.txt"

ARTICLES = [
    "Russia has massed about 100,000 troops near the border with Ukraine, NATO "
    "Secretary-General Jane Okafor said on Monday. \u201cThis is a serious build-up,\u201d "
    "she told reporters in Brussels.",
    "The Pentagon said on Tuesday it would send 3,000 more soldiers to Poland and Romania "
    "next week, according to two officials who spoke on condition of anonymity.",
    "At least 12 civilians were killed and 40 wounded in shelling overnight, the regional "
    'governor said. "We have never seen anything like it," he added.',
    "Turkish forces withdrew from two villages north of the city last month, a spokesman for "
    "the Syrian Democratic Forces told Reuters on Sunday.",
    "",
    "\u00abNous sommes pr\u00eats\u00bb, a d\u00e9clar\u00e9 le ministre. Unclosed \u201cquote",
    "No facts here at all, just words without any numbers or names",
    "Moscow denied moving tanks to Crimea. \u201cThese are routine exercises,\u201d the "
    "Kremlin said in a statement on Nov. 15, 2021.",
]
if SEED.exists():
    ARTICLES.append(SEED.read_text(encoding="utf-8"))

PUBLISHED = "2021-11-16"


@pytest.fixture(scope="module")
def expected() -> list[Report]:
    return [parse(text, published=PUBLISHED) for text in ARTICLES]


def test_results_come_back_in_input_order(expected: list[Report]) -> None:
    assert parse_many(ARTICLES, published=PUBLISHED) == expected


def test_any_iterable_is_accepted(expected: list[Report]) -> None:
    assert parse_many((text for text in ARTICLES), published=PUBLISHED) == expected
    assert parse_many([]) == []


def test_parser_method_is_the_same_as_the_function(expected: list[Report]) -> None:
    assert Parser().parse_many(ARTICLES, published=PUBLISHED) == expected


def test_a_failing_document_is_reported_in_its_place(expected: list[Report]) -> None:
    texts = [ARTICLES[0], b"bytes", ARTICLES[1], 42, ARTICLES[2]]
    results = parse_many(texts, published=PUBLISHED)  # type: ignore[arg-type]
    assert len(results) == 5
    assert results[0] == expected[0]
    assert isinstance(results[1], TypeError) and "decode" in str(results[1])
    assert results[2] == expected[1]
    assert isinstance(results[3], TypeError)
    assert results[4] == expected[2]


def test_a_bad_published_date_is_refused_up_front() -> None:
    with pytest.raises(ValueError, match="published"):
        parse_many(ARTICLES, published="the day before yesterday")


@pytest.mark.parametrize(
    "single",
    [
        "Russia massed troops.",
        b"Russia massed troops.",
        bytearray(b"Russia massed troops."),
        memoryview(b"Russia massed troops."),
    ],
)
def test_a_single_text_is_refused_not_parsed_letter_by_letter(
    single: str | bytes | bytearray | memoryview,
) -> None:
    with pytest.raises(TypeError, match="collection of texts"):
        parse_many(single)  # type: ignore[arg-type]


def test_progress_counts_every_document() -> None:
    seen: list[int] = []
    parse_many([*ARTICLES, b"bad"], published=PUBLISHED, progress=seen.append)  # type: ignore[list-item]
    assert seen == list(range(1, len(ARTICLES) + 2))


def test_process_pool_preserves_order_and_failures(expected: list[Report]) -> None:
    texts: list[object] = [*ARTICLES, b"bad", *ARTICLES]
    seen: list[int] = []
    results = parse_many(
        texts,  # type: ignore[arg-type]
        published=PUBLISHED,
        workers=2,
        progress=seen.append,
    )
    count = len(ARTICLES)
    assert results[:count] == expected
    assert isinstance(results[count], TypeError)
    assert results[count + 1 :] == expected
    assert seen == sorted(seen) and seen[-1] == len(texts)


def test_parser_pickles() -> None:
    parser = Parser()
    clone = pickle.loads(pickle.dumps(parser))
    assert clone == parser
    assert clone.parse(ARTICLES[0], published=PUBLISHED) == parser.parse(
        ARTICLES[0], published=PUBLISHED
    )


def test_reports_pickle(expected: list[Report]) -> None:
    for report in expected:
        assert pickle.loads(pickle.dumps(report)) == report


def test_a_shared_parser_gives_the_same_results_from_many_threads(
    expected: list[Report],
) -> None:
    parser = Parser()
    texts = ARTICLES * 4
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda text: parser.parse(text, published=PUBLISHED), texts))
    assert results == expected * 4


def test_threads_agree_from_a_cold_start() -> None:
    # Lazy loading (lexicons, dateparser) happens on first use: run the first parses of a fresh
    # interpreter from eight threads at once and compare them with a single thread's results.
    script = textwrap.dedent(
        """
        import json, sys, threading
        from conflictparse import Parser
        texts = json.loads(sys.stdin.read())
        parser = Parser()
        barrier = threading.Barrier(8)
        results = [None] * 8

        def work(slot):
            barrier.wait()
            results[slot] = [parser.parse(t, published="2021-11-16") for t in texts]

        threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        single = [parser.parse(t, published="2021-11-16") for t in texts]
        assert all(r == single for r in results), "threads disagree"
        print("ok")
        """
    )
    import json

    completed = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(ARTICLES),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "ok"


class _ExplodingParser(Parser):
    """A parser with a bug: it fails on one article (stands in for an extractor crash)."""

    def parse(self, text: str, *, published: object = None) -> Report:  # type: ignore[override]
        if "EXPLODE" in text:
            raise RuntimeError("extractor bug")
        return super().parse(text, published=published)  # type: ignore[arg-type]


@pytest.mark.parametrize("workers", [None, 2])
def test_an_unexpected_error_costs_only_its_document(
    expected: list[Report], workers: int | None
) -> None:
    texts = [ARTICLES[0], "EXPLODE", ARTICLES[1]]
    results = _ExplodingParser().parse_many(texts, published=PUBLISHED, workers=workers)
    assert results[0] == expected[0]
    assert isinstance(results[1], RuntimeError)
    assert results[2] == expected[1]
