"""The seed article, end to end: its expected Report is kept beside it in seeds/.

The snapshot (``seeds/<name>.expected.json``) catches any change in output; the named checks
below say what must be right whatever else changes. After a deliberate improvement, rewrite the
snapshot with ``CONFLICTPARSE_UPDATE_SEEDS=1 python -m pytest tests/test_seed.py`` and review
the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import conflictparse
from conflictparse import Report

SEEDS = Path(__file__).parent.parent / "seeds"
SEED = SEEDS / "000_d8b30d1ce7007ef2.txt"
PUBLISHED = "2021-11-16"


@pytest.fixture(scope="module")
def report() -> Report:
    return conflictparse.parse(SEED.read_text(encoding="utf-8"), published=PUBLISHED)


def test_report_matches_the_expected_snapshot(report: Report) -> None:
    expected_path = SEED.with_suffix(".expected.json")
    if os.environ.get("CONFLICTPARSE_UPDATE_SEEDS"):
        expected_path.write_text(report.to_json(indent=2) + "\n", encoding="utf-8")
    expected = Report.from_dict(json.loads(expected_path.read_text(encoding="utf-8")))
    assert report == expected


def _actor(report: Report, name: str) -> conflictparse.Actor:
    matches = [actor for actor in report.actors if actor.name == name]
    assert matches, f"no actor {name!r} in {[a.name for a in report.actors]}"
    return matches[0]


def test_times(report: Report) -> None:
    values = sorted((time.span.text, time.value) for time in report.times)
    assert values.count(("Monday", "2021-11-15")) == 2
    assert ("2014", "2014") in values
    assert any(value == "2021-SP" for text, value in values if "spring" in text)
    assert any("night" in text for text, _ in values)


def test_figure(report: Report) -> None:
    (figure,) = report.figures
    assert figure.value == 100_000
    assert figure.counted == "troops"
    assert figure.category == conflictparse.Category.PERSONNEL
    assert figure.estimated_by == _actor(report, "Ukraine").id


def test_people_with_titles_and_affiliations(report: Report) -> None:
    expected = {
        "Jens Stoltenberg": ("Secretary-General", "NATO"),
        "Dmytro Kuleba": ("Foreign Minister", "Ukraine"),
        "Gabrielius Landsbergis": ("foreign minister", "Lithuania"),
    }
    for name, (title, affiliation) in expected.items():
        person = _actor(report, name)
        assert person.kind == conflictparse.ActorKind.PERSON
        assert person.title is not None
        assert person.title.lower() == title.lower()
        assert person.affiliation == _actor(report, affiliation).id


def test_metonyms_link_to_russia(report: Report) -> None:
    russia = _actor(report, "Russia")
    mentioned = {span.text for span in russia.mentions}
    assert {"Moscow", "The Kremlin"} <= mentioned or {"Moscow", "Kremlin"} <= mentioned


def test_statements_have_the_right_speakers(report: Report) -> None:
    names = {actor.id: actor.name for actor in report.actors}
    cues = [
        (names.get(statement.speaker or ""), statement.cue.text if statement.cue else None)
        for statement in report.statements
    ]
    stoltenberg = [cue for name, cue in cues if name == "Jens Stoltenberg"]
    for cue in ("warned", "stressed", "urged", "noted"):
        assert cue in stoltenberg
    assert stoltenberg.count("said") == 3
    landsbergis = [cue for name, cue in cues if name == "Gabrielius Landsbergis"]
    assert "said" in landsbergis
    assert any(cue and cue.startswith("told") for cue in landsbergis)
    source = [cue for name, cue in cues if name and "source" in name.lower()]
    assert "described" in source
    assert any(cue and cue.lower() == "according to" for cue in source)


def test_deployments(report: Report) -> None:
    russia = _actor(report, "Russia")
    deployments = [d for d in report.deployments if d.actor == russia.id]
    build_up = [d for d in deployments if d.personnel is not None]
    assert build_up, report.deployments
    assert build_up[0].location is not None
    assert build_up[0].location.country == "UKR"
    equipped = [d for d in deployments if d.equipment]
    assert equipped
    names = {item.name for item in equipped[0].equipment}
    assert len(names) >= 3
    assert equipped[0].source is not None
