"""``kg analyze`` end to end on the hand-made graph of test_analyze_views: what it prints,
what it writes, and how it refuses what it cannot do."""

from __future__ import annotations

import csv
import json

import pytest
from click.testing import CliRunner
from test_analyze_views import TURTLE

from kg.cli import main


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    path = tmp_path_factory.mktemp("analyze") / "graph.ttl"
    path.write_text(TURTLE, encoding="utf-8")
    return path


def run(*args):
    return CliRunner().invoke(main, ["analyze", *(str(a) for a in args)])


def test_the_overview_answers_each_question(graph):
    result = run(graph)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "4 regions, 6 links, 6 cooperations"
    for title in (
        "Hubs: regions by weighted degree",
        "Brokers between federal districts",
        "Federal districts",
        "Links between federal districts",
        "Communities and their topics",
        "Topics of cooperation",
        "People and organisations",
    ):
        assert title in lines, title
    start = lines.index("Hubs: regions by weighted degree")
    hubs = [line.split() for line in lines[start:] if line.startswith("  RU-")][:2]
    # NVS and TOM: 3 partners each, weight 4 (NVS: 2.5 + 0.5 + 1; TOM: 2.5 + 0.5 + 1); ties by code
    assert [row[0] for row in hubs] == ["RU-NVS", "RU-TOM"]
    assert [row[-7:-5] for row in hubs] == [["3", "4"], ["3", "4"]]  # partners, weight
    assert all(line == line.rstrip() for line in lines)


def test_a_period_and_the_undated(graph):
    result = run(graph, "--since", "2025")
    assert result.output.splitlines()[0] == (
        "4 regions, 3 links, 3 cooperations in 2025..; 1 undated cooperation left out"
    )


def test_one_region(graph):
    result = run(graph, "--region", "томская")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].startswith("Томская область (RU-TOM, SibFD): 3 partners, weighted degree 4")
    assert "Partners of RU-TOM" in lines
    assert "Андрей Травников (RU-NVS)" in result.output and "d3.txt" in result.output


def test_two_periods(graph):
    result = run(graph, "--compare", "2024", "2025", "--region", "RU-TOM")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:3] == [
        "2024: 3 regions, 3 links, 2 cooperations; 2025: 4 regions, 3 links, 3 cooperations",
        "links of RU-TOM: 1 new, 1 gone, 0 stronger, 1 weaker; 1 undated cooperation in neither period",
    ]
    changes = [line.split()[:3] for line in result.output.splitlines() if line.startswith("  RU-")]
    assert ["RU-SPE", "RU-TOM", "new"] in changes and ["RU-MOW", "RU-SPE", "new"] not in changes


def test_top_limits_the_rows(graph):
    result = run(graph, "--top", "1")
    assert "1 of 4 rows; the files (--out) hold them all" in result.output


def test_every_table_to_files(graph, tmp_path):
    result = run(graph, "--region", "RU-TOM", "--compare", "2024", "2025", "--out", tmp_path)
    assert result.exit_code == 0, result.output
    tables = sorted(p.name for p in tmp_path.glob("*.csv"))
    assert tables == [
        "communities.csv",
        "district-links.csv",
        "districts.csv",
        "ego-RU-TOM.csv",
        "link-changes.csv",
        "metrics.csv",
        "people-organisations.csv",
        "region-changes.csv",
        "region-topics.csv",
        "topics.csv",
    ]
    assert (tmp_path / "cooperation.html").is_file()
    ego = list(csv.DictReader((tmp_path / "ego-RU-TOM.csv").open(encoding="utf-8")))
    assert ego[0]["code"] == "RU-NVS" and ego[0]["kinds"] == "Agreement 2; CoParticipation 1"
    run(graph, "--out", tmp_path / "json", "--format", "json")
    districts = json.loads((tmp_path / "json" / "districts.json").read_text(encoding="utf-8"))
    assert [d["code"] for d in districts] == ["CFD", "NWFD", "SibFD"]
    metrics = json.loads((tmp_path / "json" / "metrics.json").read_text(encoding="utf-8"))
    assert metrics[0]["region"].endswith("RU-NVS") and metrics[0]["weighted_degree"] == 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "2024-13"], "not a real date"),
        (["--since", "2025", "--until", "2024"], "is after"),
        (["--compare", "2024", "soon"], "not a year"),
        (["--compare", "2024", "2025", "--since", "2024"], "--compare sets its own two periods"),
        (["--region", "Атлантида"], "names no region"),
        (["--format", "json"], "give --out DIR"),
    ],
)
def test_wrong_usage_exits_2(graph, args, message):
    result = run(graph, *args)
    assert result.exit_code == 2 and message in result.output
