"""The figures written back into the analytics graph: what they are, that the shapes accept
them (and refuse them broken), and that the shipped queries read them.

The store holds the real gazetteer and three cooperations of one document: TOM–NVS (agreement),
TOM–NVS–MOW (co-participation), TOM–SPE (agreement) — TOM and NVS in the Siberian district, MOW
in the Central, SPE in the North-Western.
"""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.ingest import prepare, refresh_analytics
from kg.mapping import Iris
from kg.mapping.vocab import DCTERMS, PROV, RKG, SCHEMA, TOPICS
from kg.queries import named_query
from kg.store import open_store
from kg.validate import validate_graph

IRIS = Iris()
DOC = IRIS.document("news-1")


def _document() -> list[tuple]:
    t = [
        (DOC, RDF.type, SCHEMA.NewsArticle),
        (DOC, SCHEMA.url, URIRef("file:///news/1.txt")),
        (DOC, SCHEMA.datePublished, Literal("2025-03-01", datatype=XSD.date)),
        (DOC, RKG.contentHash, Literal("sha256:" + "0" * 64)),
        (DOC, DCTERMS.subject, TOPICS.innovation),
    ]
    for n, (kind, parties) in enumerate(
        [("Agreement", "TOM NVS"), ("CoParticipation", "TOM NVS MOW"), ("Agreement", "TOM SPE")], 1
    ):
        c = IRIS.local("cooperation", "news-1", n)
        t += [(c, RDF.type, RKG.Cooperation), (c, RKG.cooperationKind, RKG[kind])]
        t.append((c, PROV.wasDerivedFrom, DOC))
        t += [(c, RKG.party, IRIS.region(f"RU-{code}")) for code in parties.split()]
        t.append((c, RKG.weight, Literal(1.0 if kind == "Agreement" else 0.5, datatype=XSD.double)))
    return t


@pytest.fixture(scope="module")
def store():
    store = open_store(None)
    prepare(store, IRIS)
    store.replace_graph(str(DOC), _document())
    refresh_analytics(store, IRIS)
    return store


@pytest.fixture(scope="module")
def union(store) -> Graph:
    g = Graph()
    for triple in store.union():
        g.add(triple)
    return g


def _rows(store, name: str) -> list[dict]:
    return store.select(named_query(name))


def test_district_links_are_written_and_queried(store):
    rows = _rows(store, "district-links")
    assert [(r["districtA"], r["districtB"], r["links"], r["cooperations"], r["weight"]) for r in rows] == [
        ("CFD", "SibFD", 2, 1, 1.0),
        ("NWFD", "SibFD", 1, 1, 1.0),
    ]
    link = IRIS.local("district-link", "CFD", "SibFD")
    assert store.select(f"SELECT ?p WHERE {{ GRAPH <{IRIS.graph('analytics')}> {{ <{link}> ?p ?o }} }}")


def test_district_figures(store):
    by_code = {r["code"]: r for r in _rows(store, "districts")}
    assert set(by_code) == {"SibFD", "CFD", "NWFD"}
    sib = by_code["SibFD"]
    inside = ("regions", "linksInside", "weightInside", "cooperationsInside")
    across = ("linksOut", "weightOut", "cooperationsAcross", "partnerDistricts")
    assert [sib[k] for k in inside] == [2, 1, 1.5, 1]
    assert [sib[k] for k in across] == [3, 2.0, 2, 2]


def test_brokers(store):
    rows = _rows(store, "brokers")
    top = rows[0]
    assert (top["code"], top["brokerage"], top["partnerDistricts"]) == ("RU-TOM", 2, 2)
    assert top["participation"] == pytest.approx(1 - (0.25 + 1 / 36 + 1 / 9))
    assert {r["code"] for r in rows} == {"RU-TOM", "RU-NVS"}  # MOW and SPE: every tie to one district


def test_communities_and_region_topics(store):
    (community,) = _rows(store, "communities")
    assert community["size"] == 4 and sorted(community["regions"].split()) == [
        "RU-MOW",
        "RU-NVS",
        "RU-SPE",
        "RU-TOM",
    ]
    rows = _rows(store, "region-topics")
    topics = {(r["code"], r["topic"]): (r["cooperations"], r["weight"]) for r in rows}
    assert topics[("RU-TOM", "инновации")] == (3, 2.5)
    assert topics[("RU-MOW", "инновации")] == (1, 0.5)


def test_the_analytics_conform_to_the_shapes(union):
    report = validate_graph(union)
    assert report.conforms, report.text


@pytest.mark.parametrize(
    ("subject", "prop", "value"),
    [
        (IRIS.region("RU-TOM"), RKG.participationCoefficient, Literal(1.0, datatype=XSD.double)),
        (IRIS.region("RU-TOM"), RKG.clustering, Literal(2.0, datatype=XSD.double)),
        (IRIS.region("RU-TOM"), RKG.coreNumber, Literal(-1, datatype=XSD.integer)),
        (IRIS.district("SibFD"), RKG.internalWeight, Literal("much")),
        (IRIS.local("district-link", "CFD", "SibFD"), RKG.linksDistrict, IRIS.region("RU-TOM")),
        (IRIS.local("district-link", "CFD", "SibFD"), RKG.linkCount, Literal(0, datatype=XSD.integer)),
    ],
    ids=["participation-1", "clustering-2", "core-negative", "weight-text", "one-district", "no-links"],
)
def test_broken_figures_do_not_conform(union, subject, prop, value):
    broken = Graph()
    broken += union
    broken.set((subject, prop, value))
    assert not validate_graph(broken).conforms
