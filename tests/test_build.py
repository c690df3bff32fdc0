"""The whole pipeline through the library: the graph contract, SHACL, outputs, bad documents."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import FOAF, PROV, RDF, SKOS

from kg.build import build
from kg.validate import validate_graph

RKG = Namespace("https://w3id.org/regiokg/ontology#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    report = build([str(EXAMPLES)], out)
    g = Graph().parse(out / "graph.ttl")
    return report, out, g


def test_outputs_are_written(built):
    report, out, _ = built
    assert report.documents == 2 and not report.skipped
    assert {p.name for p in out.iterdir()} == {"graph.ttl", "metrics.csv", "cooperation.html", "graph.html"}


def test_document_nodes_follow_the_contract(built):
    _, _, g = built
    urls = {str(u).rsplit("/", 1)[-1] for u in g.objects(None, SCHEMA.url)}
    assert urls == {"airr-yakutia.txt", "kuzbass-ugra.txt"}
    doc = next(g.subjects(SCHEMA.url, None))
    assert (doc, RDF.type, SCHEMA.NewsArticle) in g


def test_regions_once_with_iso_codes(built):
    _, _, g = built
    tomsk = list(g.subjects(RKG.isoCode, Literal("RU-TOM")))
    assert len(tomsk) == 1 and (tomsk[0], RDF.type, RKG.Region) in g
    assert len(set(g.subjects(RDF.type, RKG.Region))) == 89


def test_posts_follow_the_contract(built):
    _, _, g = built
    rows = g.query(
        """SELECT ?name ?role ?code ?doc WHERE {
             ?m a org:Membership ; org:member ?p ; org:role/skos:prefLabel ?role ; rkg:region ?r ;
                prov:wasDerivedFrom ?doc . ?p foaf:name ?name . ?r rkg:isoCode ?code }""",
        initNs={"org": ORG, "skos": SKOS, "rkg": RKG, "prov": PROV, "foaf": FOAF},
    )
    got = {(str(n), str(r), str(c)) for n, r, c, _ in rows}
    assert ("Павел Гранков", "генеральный директор агентства инновационного развития", "RU-KLU") in got
    assert ("Рустам Минниханов", "президент", "RU-TA") in got
    assert ("Илья Середюк", "губернатор", "RU-KEM") in got


def test_one_person_node_per_person(built):
    _, _, g = built
    names = [str(n) for n in g.objects(None, FOAF.name)]
    assert len(names) == len(set(names))


def test_cooperations_have_parties_and_provenance(built):
    _, _, g = built
    coops = set(g.subjects(RDF.type, RKG.Cooperation))
    assert len(coops) == 2
    for c in coops:
        assert len(set(g.objects(c, RKG.party))) >= 2
        assert g.value(c, PROV.wasDerivedFrom) is not None


def test_graph_validates(built):
    _, _, g = built
    report = validate_graph(g)
    assert report.conforms, report.text


def test_metrics_csv(built):
    _, out, _ = built
    rows = list(csv.DictReader((out / "metrics.csv").open(encoding="utf-8")))
    assert {r["code"] for r in rows} == {"RU-KLU", "RU-TOM", "RU-SA", "RU-TA", "RU-KEM", "RU-KHM"}
    assert all(float(r["pagerank"]) > 0 for r in rows)


def test_metrics_are_written_back(built):
    _, _, g = built
    assert len(set(g.subjects(RKG.pageRank, None))) == 6


def test_one_bad_document_is_skipped_the_rest_built(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text((EXAMPLES / "kuzbass-ugra.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x00" * 50)
    report = build([str(tmp_path), str(tmp_path / "missing.txt")], tmp_path / "out")
    assert report.documents == 1
    reasons = sorted(s.reason for s in report.skipped)
    assert reasons == ["binary file, not text", "empty document", "no such file or directory"]


def test_an_interrupted_write_keeps_the_previous_output(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build([str(EXAMPLES / "kuzbass-ugra.txt")], out)
    before = (out / "graph.ttl").read_text(encoding="utf-8")

    def broken(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    import kg.outputs

    monkeypatch.setattr(kg.outputs.os, "replace", lambda *a: broken(None))
    from kg.errors import OutputError

    with pytest.raises(OutputError, match="No space left"):
        build([str(EXAMPLES)], out)
    assert (out / "graph.ttl").read_text(encoding="utf-8") == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
