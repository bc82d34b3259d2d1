"""The command line, run as a user would: a subprocess per call."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflictparse.cli import main

SEED = Path(__file__).parent.parent / "seeds" / "000_d8b30d1ce7007ef2.txt"


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "conflictparse", *args],
        input=stdin,
        capture_output=True,
        check=False,
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text("NATO said Russia massed 100,000 troops on Monday.", encoding="utf-8")
    return path


def test_json_output_has_the_file_and_the_report(article: Path) -> None:
    result = run("--published", "2021-11-16", str(article))
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["file"] == str(article)
    assert document["published"] == "2021-11-16"


def test_jsonl_gives_one_line_per_file(article: Path) -> None:
    result = run("--format", "jsonl", str(article), str(article))
    assert result.returncode == 0
    assert len(result.stdout.decode().splitlines()) == 2


def test_stdin_is_read_with_a_dash() -> None:
    result = run("--format", "jsonl", "-", stdin=b"NATO warned Russia.")
    assert result.returncode == 0
    assert json.loads(result.stdout)["file"] == "-"


def test_table_is_readable_on_the_seed() -> None:
    result = run("--format", "table", "--published", "2021-11-16", str(SEED))
    assert result.returncode == 0
    assert result.stdout.decode().startswith(f"== {SEED} (published 2021-11-16) ==")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "No such file"),
        (b"\xff\xfe\x00\x01binary", "binary"),
        (b"caf\xe9 latin-1", "not valid UTF-8"),
    ],
)
def test_a_bad_file_is_reported_and_the_others_still_processed(
    tmp_path: Path, article: Path, content: bytes | None, message: str
) -> None:
    bad = tmp_path / "bad.txt"
    if content is not None:
        bad.write_bytes(content)
    result = run("--format", "jsonl", str(bad), str(article))
    assert result.returncode == 1
    errors = result.stderr.decode().splitlines()
    assert len(errors) == 1
    assert str(bad) in errors[0]
    assert message in errors[0]
    lines = result.stdout.decode().splitlines()
    assert [json.loads(line)["file"] for line in lines] == [str(article)]


def test_bad_published_exits_with_usage_error(article: Path) -> None:
    result = run("--published", "someday", str(article))
    assert result.returncode == 2
    assert b"someday" in result.stderr


def test_workers_keep_the_order(tmp_path: Path) -> None:
    paths = []
    for number in range(4):
        path = tmp_path / f"{number}.txt"
        path.write_text(f"Article {number}.", encoding="utf-8")
        paths.append(str(path))
    result = run("--format", "jsonl", "--workers", "2", *paths)
    assert result.returncode == 0
    assert [json.loads(line)["file"] for line in result.stdout.decode().splitlines()] == paths


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_any_file_gets_a_whole_report_or_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    status = main(["--format", "jsonl", str(path)])
    captured = capsys.readouterr()
    if status == 0:
        document = json.loads(captured.out)
        text = content.decode("utf-8-sig")
        for actor in document["actors"]:
            for mention in actor["mentions"]:
                assert text[mention["start"] : mention["end"]] == mention["text"]
        assert captured.err == ""
    else:
        assert status == 1
        assert captured.out == ""
        (line,) = captured.err.splitlines()
        assert line.startswith(f"conflictparse: {path}: ")
