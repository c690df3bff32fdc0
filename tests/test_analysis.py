"""The cooperation network, its metrics, the CSV and the triples, on a hand-made graph."""

from __future__ import annotations

import csv

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from kg.analysis import (
    EDGE_WEIGHTS,
    RegionMetrics,
    compute_metrics,
    load_network,
    metrics_triples,
    write_metrics_csv,
)
from kg.store import Store

R = "https://example.org/region/"

# Tomsk is the hub: an agreement with Novosibirsk, a three-party co-participation with
# Novosibirsk and Moscow, an agreement with St Petersburg.
TURTLE = """
@prefix rkg: <https://w3id.org/regiokg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix reg: <https://example.org/region/> .
@prefix ex: <https://example.org/> .

ex:SibFD rkg:districtCode "SibFD" ; skos:prefLabel "Сибирский федеральный округ"@ru .
ex:CFD rkg:districtCode "CFD" ; skos:prefLabel "Центральный федеральный округ"@ru .
ex:NWFD rkg:districtCode "NWFD" ; skos:prefLabel "Северо-Западный федеральный округ"@ru .

reg:RU-TOM a rkg:Region ; rkg:regionCode "RU-TOM" ; rkg:isoCode "RU-TOM" ;
    skos:prefLabel "Томская область"@ru, "Tomsk Oblast"@en ; rkg:federalDistrict ex:SibFD ;
    rkg:capital ex:Tomsk .
ex:Tomsk schema:name "Томск"@ru ; schema:latitude 56.48 ; schema:longitude 84.95 .
reg:RU-NVS a rkg:Region ; rkg:regionCode "RU-NVS" ;
    skos:prefLabel "Новосибирская область"@ru, "Novosibirsk Oblast"@en ;
    rkg:federalDistrict ex:SibFD ; rkg:capital ex:Novosibirsk .
ex:Novosibirsk schema:name "Новосибирск"@ru ; schema:latitude 55.03 ; schema:longitude 82.92 .
reg:RU-MOW a rkg:Region ; rkg:regionCode "RU-MOW" ; skos:prefLabel "Москва"@ru, "Moscow"@en ;
    rkg:federalDistrict ex:CFD ; rkg:capital ex:Moscow .
ex:Moscow schema:name "Москва"@ru ; schema:latitude 55.75 ; schema:longitude 37.62 .
reg:RU-SPE a rkg:Region ; rkg:regionCode "RU-SPE" ;
    skos:prefLabel "Санкт-Петербург"@ru, "Saint Petersburg"@en ;
    rkg:federalDistrict ex:NWFD ; rkg:capital ex:Petersburg .
ex:Petersburg schema:name "Санкт-Петербург"@ru ; schema:latitude 59.94 ; schema:longitude 30.31 .

ex:c1 a rkg:Cooperation ; rkg:party reg:RU-TOM, reg:RU-NVS ; rkg:cooperationKind rkg:Agreement ;
    prov:wasDerivedFrom ex:d1 ; rkg:evidence "Томская и Новосибирская области подписали соглашение." .
ex:c2 a rkg:Cooperation ; rkg:party reg:RU-TOM, reg:RU-NVS, reg:RU-MOW ;
    rkg:cooperationKind rkg:CoParticipation ; prov:wasDerivedFrom ex:d2 ;
    rkg:evidence "Делегации трёх регионов приняли участие в форуме." .
ex:c3 a rkg:Cooperation ; rkg:party reg:RU-TOM, reg:RU-SPE ; rkg:cooperationKind rkg:Agreement ;
    prov:wasDerivedFrom ex:d3 .
ex:d1 schema:url <file:///corpus/dev01.txt> ; schema:name "Соглашение" .
ex:d2 schema:url <file:///corpus/dev02.txt> .
ex:d3 schema:url <file:///corpus/dev03.txt> .
"""

TOM, NVS, MOW, SPE = (R + c for c in ("RU-TOM", "RU-NVS", "RU-MOW", "RU-SPE"))


@pytest.fixture(scope="module")
def graph():
    return load_network(Store.from_turtle(TURTLE))


def test_nodes_carry_region_attributes(graph):
    assert set(graph.nodes) == {TOM, NVS, MOW, SPE}
    tom = graph.nodes[TOM]
    assert tom["code"] == "RU-TOM"
    assert tom["label"] == "Томская область"
    assert tom["label_en"] == "Tomsk Oblast"
    assert tom["district"] == "SibFD"
    assert tom["district_label"] == "Сибирский федеральный округ"
    assert tom["lat"] == pytest.approx(56.48) and tom["lon"] == pytest.approx(84.95)
    assert tom["foreign"] is False


def test_edges_aggregate_pairs_weights_and_kinds(graph):
    assert graph.number_of_edges() == 4  # TOM-NVS, TOM-MOW, NVS-MOW (from c2), TOM-SPE
    both = graph.edges[TOM, NVS]
    assert both["count"] == 2
    assert both["kinds"] == {"Agreement": 1, "CoParticipation": 1}
    assert both["weight"] == pytest.approx(EDGE_WEIGHTS["Agreement"] + EDGE_WEIGHTS["CoParticipation"])
    assert len(both["evidence"]) == 2
    assert both["documents"] == ["file:///corpus/dev01.txt", "file:///corpus/dev02.txt"]
    assert graph.edges[NVS, MOW]["weight"] == pytest.approx(0.5)
    assert graph.edges[NVS, MOW]["kinds"] == {"CoParticipation": 1}
    assert graph.edges[TOM, SPE]["evidence"] == []


def test_foreign_party_and_unknown_kind():
    extra = (
        TURTLE
        + """
    reg:BY-HO a rkg:ForeignRegion ; skos:prefLabel "Гомельская область"@ru .
    ex:c4 a rkg:Cooperation ; rkg:party reg:RU-TOM, reg:BY-HO ; rkg:cooperationKind rkg:Memo .
    """
    )
    graph = load_network(Store.from_turtle(extra))
    gomel = graph.nodes[R + "BY-HO"]
    assert gomel["foreign"] is True and gomel["district"] == "" and gomel["lat"] is None
    assert graph.edges[TOM, R + "BY-HO"]["weight"] == pytest.approx(0.5)


def test_metrics_values(graph):
    metrics = compute_metrics(graph)
    by_code = {m.code: m for m in metrics}
    assert [m.code for m in metrics] == ["RU-TOM", "RU-NVS", "RU-MOW", "RU-SPE"]
    assert {c: m.degree for c, m in by_code.items()} == {"RU-TOM": 3, "RU-NVS": 2, "RU-MOW": 2, "RU-SPE": 1}
    assert by_code["RU-TOM"].weighted_degree == pytest.approx(3.0)
    assert by_code["RU-SPE"].weighted_degree == pytest.approx(1.0)
    assert max(metrics, key=lambda m: m.pagerank).code == "RU-TOM"
    assert sum(m.pagerank for m in metrics) == pytest.approx(1.0)
    assert by_code["RU-TOM"].betweenness == pytest.approx(2 / 3)  # on every path to SPE
    assert by_code["RU-SPE"].betweenness == 0.0
    assert {m.community for m in metrics} == set(range(len({m.community for m in metrics})))


def test_clustering_and_core_numbers(graph):
    by_code = {m.code: m for m in compute_metrics(graph)}
    # TOM's partners NVS, MOW, SPE: of their three pairs only NVS–MOW cooperates
    assert by_code["RU-TOM"].clustering == pytest.approx(1 / 3)
    assert by_code["RU-NVS"].clustering == pytest.approx(1.0)
    assert by_code["RU-SPE"].clustering == 0.0
    # the triangle TOM–NVS–MOW is the 2-core; SPE hangs on by one link
    assert {c: m.core for c, m in by_code.items()} == {"RU-TOM": 2, "RU-NVS": 2, "RU-MOW": 2, "RU-SPE": 1}


def test_brokerage_between_federal_districts(graph):
    by_code = {m.code: m for m in compute_metrics(graph)}
    tom, nvs, mow = by_code["RU-TOM"], by_code["RU-NVS"], by_code["RU-MOW"]
    # TOM's ties: 1.5 to NVS (SibFD, its own), 0.5 to MOW (CFD), 1 to SPE (NWFD); weighted degree 3
    assert tom.participation == pytest.approx(1 - ((1.5 / 3) ** 2 + (0.5 / 3) ** 2 + (1 / 3) ** 2))
    # NVS–SPE and MOW–SPE lie in different districts and meet only through TOM; NVS–MOW cooperate
    assert tom.brokerage == 2 and tom.partner_districts == 2
    assert nvs.participation == pytest.approx(1 - (0.75**2 + 0.25**2))
    assert (nvs.brokerage, nvs.partner_districts) == (0, 1)
    # MOW's ties both go to SibFD: no spread, however far from home
    assert (mow.participation, mow.brokerage, mow.partner_districts) == (0.0, 0, 1)


def test_community_numbering_is_stable(graph):
    first = compute_metrics(graph, seed=7)
    second = compute_metrics(load_network(Store.from_turtle(TURTLE)), seed=7)
    assert first == second


def test_communities_numbered_by_size_then_code():
    import networkx as nx

    G = nx.Graph()
    for a, b in [("B1", "B2"), ("B2", "B3"), ("B1", "B3"), ("C1", "C2"), ("A1", "A2")]:
        G.add_edge(a, b, weight=1.0)
    for node in G:
        G.nodes[node]["code"] = node
    runs = [{m.code: m.community for m in compute_metrics(G, seed=s)} for s in (1, 2, 42)]
    assert runs[0] == runs[1] == runs[2]
    assert runs[0] == {"B1": 0, "B2": 0, "B3": 0, "A1": 1, "A2": 1, "C1": 2, "C2": 2}


def test_empty_graph_gives_no_metrics():
    assert compute_metrics(load_network(Store.from_turtle(""))) == []


def test_csv_header_rows_and_atomic_write(graph, tmp_path):
    metrics = compute_metrics(graph)
    out = write_metrics_csv(metrics, tmp_path / "metrics.csv")
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [
        "region",
        "code",
        "label",
        "district",
        "degree",
        "weighted_degree",
        "betweenness",
        "pagerank",
        "community",
        "clustering",
        "core",
        "participation",
        "brokerage",
        "partner_districts",
    ]
    assert len(rows) == 1 + len(metrics)
    assert rows[1][0] == TOM and rows[1][2] == "Томская область"
    assert all(len(r[7].split(".")[-1]) <= 6 for r in rows[1:])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["metrics.csv"]


def test_metrics_triples(graph):
    metrics = compute_metrics(graph)
    triples = metrics_triples(metrics)
    assert len(triples) == 10 * len(metrics)
    degrees = {str(s): o for s, p, o in triples if str(p).endswith("#degree")}
    assert degrees[TOM] == Literal(3, datatype=XSD.integer)
    assert all(o.datatype in (XSD.integer, XSD.double) for _, _, o in triples)


def test_region_metrics_is_frozen():
    m = RegionMetrics("x", "c", "l", "d", 1, 1.0, 0.0, 1.0, 0)
    with pytest.raises(AttributeError):
        m.degree = 2  # type: ignore[misc]


def test_district_figures_and_links(graph):
    from kg.analysis.districts import district_figures, district_links
    from kg.analysis.facts import read_facts

    coops = read_facts(Store.from_turtle(TURTLE)).cooperations
    cfd, nw, sib = district_figures(graph, coops)  # by code
    assert (sib.code, sib.regions, sib.internal_links, sib.internal_weight) == ("SibFD", 2, 1, 1.5)
    # c1 is all Siberian; c2 (with MOW) and c3 (with SPE) cross the border
    assert (sib.internal_cooperations, sib.external_cooperations) == (1, 2)
    assert (sib.external_links, sib.external_weight, sib.partner_districts) == (3, 2.0, 2)
    assert (cfd.code, cfd.regions, cfd.internal_links) == ("CFD", 1, 0)
    assert (cfd.external_links, cfd.external_weight) == (2, 1.0)
    assert (nw.external_cooperations, nw.partner_districts) == (1, 1)
    links = [(k.a, k.b, k.links, k.cooperations, k.weight) for k in district_links(graph, coops)]
    assert links == [("CFD", "SibFD", 2, 1, 1.0), ("NWFD", "SibFD", 1, 1, 1.0)]


def test_tables_as_csv_and_json(graph, tmp_path):
    import json

    from kg.analysis.communities import Community
    from kg.analysis.files import write_table
    from kg.analysis.periods import LinkChange

    rows = [LinkChange("a", "RU-A", "b", "RU-B", "new", 0.0, 1 / 3, 1 / 3, 0, 1)]
    csv_path = write_table(rows, LinkChange, tmp_path / "changes.csv")
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert lines[1] == "a,RU-A,b,RU-B,new,0.0,0.333333,0.333333,0,1"
    data = json.loads(write_table(rows, LinkChange, tmp_path / "changes.json").read_text(encoding="utf-8"))
    # a list and a mapping in one cell of CSV; kept as they are in JSON
    found = write_table(
        [Community(0, 2, ("RU-A", "RU-B"), {"SibFD": 2}, 1, 1.5, 1, {"наука": 0.5})],
        Community,
        tmp_path / "c.csv",
    )
    assert found.read_text(encoding="utf-8").splitlines()[1] == "0,2,RU-A; RU-B,SibFD 2,1,1.5,1,наука 0.5"
    assert data == [
        {
            "a": "a",
            "a_code": "RU-A",
            "b": "b",
            "b_code": "RU-B",
            "status": "new",
            "weight_before": 0,
            "weight_after": 0.333333,
            "change": 0.333333,
            "cooperations_before": 0,
            "cooperations_after": 1,
        }
    ]
