"""Reports to and from dicts and JSON."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conflictparse import (
    Action,
    Actor,
    ActorKind,
    Category,
    Equipment,
    Figure,
    Location,
    MilitaryDeployment,
    Modality,
    Qualifier,
    Report,
    Span,
    Statement,
    StatementKind,
    TimeExpression,
    TimeType,
)
from conflictparse.serialize import report_from_dict, report_from_json, reports_to_jsonl

TEXT = "NATO said Russia massed 100,000 troops and tanks on Monday."


def _span(part: str) -> Span:
    start = TEXT.index(part)
    return Span(start=start, end=start + len(part), text=part)


def _full_report() -> Report:
    return Report(
        published=dt.date(2021, 11, 16),
        actors=(
            Actor(id="a1", name="NATO", kind=ActorKind.ORGANIZATION, mentions=(_span("NATO"),)),
            Actor(
                id="a2",
                name="Russia",
                kind=ActorKind.COUNTRY,
                country="RUS",
                mentions=(_span("Russia"),),
            ),
        ),
        statements=(
            Statement(
                id="s1",
                speaker="a1",
                source=_span("NATO"),
                cue=_span("said"),
                content=(_span("Russia massed 100,000 troops and tanks on Monday"),),
                kind=StatementKind.INDIRECT,
                time="t1",
            ),
        ),
        figures=(
            Figure(
                id="f1",
                span=_span("100,000 troops"),
                value=100000,
                low=100000,
                high=100000,
                qualifier=Qualifier.EXACT,
                category=Category.PERSONNEL,
                counted="troops",
                estimated_by="a1",
            ),
        ),
        times=(
            TimeExpression(id="t1", span=_span("Monday"), type=TimeType.DATE, value="2021-11-15"),
        ),
        deployments=(
            MilitaryDeployment(
                id="d1",
                actor="a2",
                action=Action.BUILD_UP,
                modality=Modality.REPORTED,
                personnel="f1",
                equipment=(Equipment(name="tank", span=_span("tanks")),),
                location=Location(span=_span("Monday"), country=None),
                time="t1",
                source="a1",
                evidence=(_span("massed"),),
            ),
        ),
    )


def test_dict_round_trip_is_exact() -> None:
    report = _full_report()
    assert report_from_dict(report.to_dict()) == report
    assert Report.from_dict(report.to_dict()) == report


def test_json_round_trip_is_exact() -> None:
    report = _full_report()
    assert report_from_json(report.to_json()) == report
    assert json.loads(report.to_json(indent=2)) == report.to_dict()


def test_dict_uses_plain_values() -> None:
    data = _full_report().to_dict()
    assert data["published"] == "2021-11-16"
    assert data["actors"][0]["kind"] == "organization"
    assert data["figures"][0]["span"] == {"start": 24, "end": 38, "text": "100,000 troops"}
    assert data["deployments"][0]["equipment"][0]["count"] is None


def test_jsonl_has_one_report_a_line() -> None:
    lines = reports_to_jsonl([Report(), _full_report()]).splitlines()
    assert len(lines) == 2
    assert report_from_json(lines[1]) == _full_report()


@pytest.mark.parametrize(
    "data",
    [
        {"published": None, "actors": [], "bogus": 1},
        {"actors": [{"id": "a1"}]},
        {"actors": "not a list of actors"},
        {"published": "not a date"},
        {
            "figures": [
                {
                    "id": "f1",
                    "span": {"start": 0, "end": 2, "text": "abc"},
                    "value": 1,
                    "qualifier": "exact",
                    "category": "other",
                }
            ]
        },
    ],
)
def test_malformed_data_is_a_value_error(data: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        report_from_dict(data)
