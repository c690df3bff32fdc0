"""The kg command end to end, through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli")
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 document(s) built, 0 skipped" in result.stderr
    return out / "graph.ttl"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_help_lists_every_command():
    result = run("--help")
    for command in ("build", "query", "export", "validate", "explain"):
        assert command in result.output


def test_named_query(graph):
    result = run("query", graph, "--name", "people-posts", "--format", "json")
    rows = json.loads(result.output)
    assert {
        "person": "Павел Гранков",
        "role": "генеральный директор агентства инновационного развития",
    }.items() <= rows[[r["person"] for r in rows].index("Павел Гранков")].items()


def test_query_text_as_csv(graph):
    result = run(
        "query",
        graph,
        "-q",
        "SELECT (COUNT(*) AS ?n) WHERE { ?r a <https://w3id.org/regiokg/ontology#Region> }",
        "--format",
        "csv",
    )
    assert result.output.split() == ["n", "89"]


def test_query_from_file_as_table(graph):
    result = run("query", graph, "-f", EXAMPLES / "queries" / "cooperation-partners.rq")
    assert result.exit_code == 0
    assert "Томская область" in result.output


def test_list_queries():
    result = run("query", "--list")
    assert "regions-by-degree" in result.output


def test_invalid_sparql_is_one_line(graph):
    result = run("query", graph, "-q", "SELECT WHERE {")
    assert result.exit_code == 1
    assert result.stderr.startswith("kg: SPARQL syntax error") and result.stderr.count("\n") == 1


def test_unknown_query_name(graph):
    result = run("query", graph, "--name", "nope")
    assert result.exit_code == 1 and "no query named 'nope'" in result.stderr


def test_two_query_sources_is_a_usage_error(graph):
    assert run("query", graph, "-q", "ASK {}", "--name", "events").exit_code == 2


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "trig", "xml"])
def test_export_round_trips(graph, tmp_path, fmt):
    from rdflib import Dataset, Graph

    out = tmp_path / f"g.{fmt}"
    assert run("export", graph, "--format", fmt, "-o", out).exit_code == 0
    parsed = Dataset().parse(out, format={"ttl": "turtle", "jsonld": "json-ld"}.get(fmt, fmt))
    assert sum(len(g) for g in parsed.graphs()) == len(Graph().parse(graph))


def test_unknown_export_format_is_a_usage_error(graph, tmp_path):
    result = run("export", graph, "--format", "csv", "-o", tmp_path / "x")
    assert result.exit_code == 2


def test_validate_conforms(graph):
    result = run("validate", graph)
    assert result.exit_code == 0 and "conforms" in result.output


def test_validate_reports_a_broken_graph(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix rkg: <https://w3id.org/regiokg/ontology#> .\n"
        "<urn:c> a rkg:Cooperation ; rkg:party <urn:r> .\n",
        encoding="utf-8",
    )
    result = run("validate", bad)
    assert result.exit_code == 1 and "does not conform" in result.stderr


def test_explain_names_rules():
    result = run("explain", EXAMPLES / "kuzbass-ugra.txt")
    assert result.exit_code == 0
    assert "«Кузбасс» → region RU-KEM" in result.output
    assert "Agreement: RU-KEM + RU-KHM" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "nowhere.txt"], "nowhere.txt: no such file or directory"),
        (["query", "nowhere.ttl", "--name", "events"], "nowhere.ttl: no such file"),
        (["validate", "nowhere.ttl"], "nowhere.ttl: no such file"),
        (["explain", "nowhere.txt"], "nowhere.txt: no such file"),
    ],
)
def test_missing_paths_are_one_clear_line(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.exit_code != 0
    assert message in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_not_rdf_is_one_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    result = run("query", bad, "--name", "events")
    assert result.exit_code == 1 and "not valid RDF" in result.stderr


def test_build_with_only_bad_documents_fails(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = run("build", tmp_path / "empty.txt", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert "empty document" in result.stderr and "nothing was written" in result.stderr
    assert not (tmp_path / "out").exists()


def test_strict_build_fails_on_a_skipped_document(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = run(
        "build", EXAMPLES / "kuzbass-ugra.txt", tmp_path / "empty.txt", "--out", tmp_path / "o", "--strict"
    )
    assert result.exit_code == 1 and (tmp_path / "o" / "graph.ttl").exists()


def test_analyze_writes_the_network_for_gephi(graph, tmp_path):
    import networkx as nx

    result = run("analyze", graph, "--graphml", tmp_path / "n.graphml", "--gexf", tmp_path / "n.gexf")
    assert result.exit_code == 0 and "RU-TOM" in result.output
    for name, read in (("n.graphml", nx.read_graphml), ("n.gexf", nx.read_gexf)):
        G = read(tmp_path / name)
        assert G.number_of_nodes() == 6 and G.number_of_edges() == 7


def test_export_from_a_store_keeps_named_graphs_in_nquads(tmp_path):
    from rdflib import Dataset

    assert run("ingest", EXAMPLES / "kuzbass-ugra.txt", "--store", tmp_path / "st", "-w", "1").exit_code == 0
    out = tmp_path / "all.nq"
    assert run("export", "--store", tmp_path / "st", "--format", "nq", "-o", out).exit_code == 0
    names = {str(g.identifier) for g in Dataset().parse(out, format="nquads").graphs()}
    assert any("/doc/kuzbass-ugra-" in n for n in names) and any(n.endswith("/graph/entities") for n in names)
    assert run("validate", "--store", tmp_path / "st").exit_code == 0
    asked = run("query", "--store", tmp_path / "st", "-q", "ASK { ?s a <https://schema.org/NewsArticle> }")
    assert asked.exit_code == 0 and asked.output.split()[-1] == "True"
    trig = tmp_path / "all.trig"
    assert run("export", "--store", tmp_path / "st", "--format", "trig", "-o", trig).exit_code == 0
    assert len(Dataset().parse(trig, format="trig")) == len(Dataset().parse(out, format="nquads")) > 0


def test_a_reader_that_leaves_early_is_not_an_error(tmp_path):
    """`kg query … | head`: the pipe closes under a long answer; no message, no traceback."""
    import subprocess
    import sys

    assert run("build", EXAMPLES, "--out", tmp_path, "-w", "0").exit_code == 0
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kg",
            "query",
            str(tmp_path / "graph.ttl"),
            "-q",
            "SELECT * WHERE { ?s ?p ?o }",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.readline()
    proc.stdout.close()
    assert proc.wait(timeout=120) in (0, 141)  # 141: 128 + SIGPIPE, as a shell reports it
    assert proc.stderr.read() == b""
