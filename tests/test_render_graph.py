"""graph.html: every entity of the graph with what links them, and the corpus it is read from."""

from __future__ import annotations

import json
import re

import pytest

from kg.render import read_corpus, render_graph_page
from kg.render.panel import safe_url
from kg.store import Store

TURTLE = """
@prefix rkg: <https://w3id.org/regiokg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/> .

ex:TOM a rkg:Region ; skos:prefLabel "Томская область"@ru, "Tomsk Oblast"@en ; rkg:capital ex:Tomsk .
ex:Tomsk a schema:City ; skos:prefLabel "Томск"@ru ; schema:latitude 56.48 ; schema:longitude 84.95 .
ex:NVS a rkg:Region ; skos:prefLabel "Новосибирская область"@ru .
ex:KLU a rkg:Region ; skos:prefLabel "Калужская область"@ru .
ex:MOW a rkg:Region ; skos:prefLabel "Москва"@ru .
ex:mayor a foaf:Person ; foaf:name "Владимир Мазур" .
ex:airr a org:Organization ; skos:prefLabel "Ассоциация инновационных регионов России"@ru .
ex:governor a org:Role ; skos:prefLabel "губернатор"@ru .
ex:innovation a skos:Concept ; skos:prefLabel "инновации"@ru .

ex:d1 a schema:NewsArticle ; schema:url <https://news.example/1> ;
    schema:name "Томская и Новосибирская области" ;
    schema:datePublished "2025-03-01"^^xsd:date ;
    schema:mentions ex:TOM, ex:NVS, ex:mayor, ex:airr, ex:e1 ; dcterms:subject ex:innovation .
ex:d2 a schema:NewsArticle ; schema:url <file:///news/2.txt> ;
    schema:name "<img src=x onerror=alert(1)>" ; schema:mentions ex:KLU, ex:TOM .

ex:c1 a rkg:Cooperation ; rkg:party ex:TOM, ex:NVS ; rkg:cooperationKind rkg:Agreement ;
    schema:startDate "2025-02-27"^^xsd:date ; prov:wasDerivedFrom ex:d1 ;
    rkg:evidence "Томская и Новосибирская области подписали соглашение." .
ex:c2 a rkg:Cooperation ; rkg:party ex:TOM, ex:KLU ; rkg:cooperationKind rkg:CoParticipation ;
    prov:wasDerivedFrom ex:d2 ; rkg:evidence "Калужская и Томская области вместе на форуме." .
ex:m1 a org:Membership ; org:member ex:mayor ; org:role ex:governor ; rkg:region ex:TOM ;
    prov:wasDerivedFrom ex:d1 ;
    rkg:evidence "Губернатор Томской области Владимир Мазур подписал соглашение." .
ex:m2 a org:Membership ; org:member ex:TOM ; org:organization ex:airr ; prov:wasDerivedFrom ex:d1 ;
    rkg:evidence "Томская область входит в АИРР." .
ex:e1 a schema:Event ; schema:name "Собрание АИРР"@ru ; rkg:eventKind rkg:GeneralAssembly ;
    schema:location ex:MOW ; rkg:chair ex:mayor ; prov:wasDerivedFrom ex:d1 ;
    rkg:evidence "Собрание АИРР прошло в Москве." .
ex:q1 a schema:Quotation ; schema:text "Мы будем работать вместе." ; schema:creator ex:mayor ;
    schema:isPartOf ex:d1 ; prov:wasDerivedFrom ex:d1 .
"""
#: documents, what they mention or are about, and the places events and posts name
ENTITIES = {
    "https://example.org/d1": "document",
    "https://example.org/d2": "document",
    "https://example.org/TOM": "region",
    "https://example.org/NVS": "region",
    "https://example.org/KLU": "region",
    "https://example.org/MOW": "region",
    "https://example.org/mayor": "person",
    "https://example.org/airr": "organisation",
    "https://example.org/e1": "event",
    "https://example.org/innovation": "topic",
}
EX = "https://example.org/"


@pytest.fixture(scope="module")
def corpus():
    return read_corpus(Store.from_turtle(TURTLE))


def _data(page: str, name: str) -> list[dict]:
    match = re.search(name + r" = new vis\.DataSet\((\[.*?\])\);\n", page)
    assert match, name
    return json.loads(match.group(1))


def _panel(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="rkg-data">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def test_corpus_reads_entities_statements_and_mentions(corpus):
    assert {iri: e.kind for iri, e in corpus.entities.items()} == ENTITIES
    assert corpus.entities[EX + "TOM"].label == "Томская область"  # Russian first
    assert corpus.coordinates == {EX + "TOM": (56.48, 84.95)}
    kinds = {s.iri.rsplit("/", 1)[1]: s.kind for s in corpus.statements}
    assert kinds == {
        "c1": "Agreement",
        "c2": "CoParticipation",
        "m1": "post",
        "m2": "membership",
        "e1": "GeneralAssembly",
        "q1": "quote",
    }
    post = next(s for s in corpus.statements if s.kind == "post")
    assert post.note == "губернатор" and post.named("member") == [EX + "mayor"]
    assert [s.kind for s in corpus.about(EX + "mayor")] == ["GeneralAssembly", "post", "quote"]
    assert corpus.mentioned_in[EX + "TOM"] == (EX + "d1", EX + "d2")
    assert corpus.documents[EX + "d2"].name == "<img src=x onerror=alert(1)>"


def test_graph_page_draws_every_entity_with_its_kind(corpus, tmp_path):
    page = render_graph_page(corpus, tmp_path / "graph.html").read_text("utf-8")
    nodes = {n["id"]: n for n in _data(page, "nodes")}
    assert {iri: n["kind"] for iri, n in nodes.items()} == ENTITIES
    assert nodes[EX + "d2"]["label"] == "<img src=x onerror=alert(1)>"  # text for the canvas
    assert "<img src=x" not in page  # and never markup in the page source
    assert nodes[EX + "d1"]["shape"] == "square" and nodes[EX + "airr"]["shape"] == "diamond"
    assert nodes[EX + "TOM"]["size"] == 36.0  # the most mentioned: two documents
    assert nodes[EX + "d1"]["size"] == nodes[EX + "d2"]["size"] == 10.0
    for kind in set(ENTITIES.values()):  # a filter for each kind in the legend
        assert f'data-kind="{kind}"' in page
    assert "How many documents mention it" in page


def test_graph_page_edges_cooperations_relations_and_mentions(corpus, tmp_path):
    page = render_graph_page(corpus, tmp_path / "graph.html").read_text("utf-8")
    edges = {frozenset((e["from"], e["to"])): e for e in _data(page, "edges")}
    tom_nvs = edges[frozenset((EX + "TOM", EX + "NVS"))]["title"].split("\n")
    assert tom_nvs[1] == "1 cooperation(s), weight 1"
    assert tom_nvs[2] == "• 2025-02-27 · Agreement · Томская и Новосибирская области"
    post = edges[frozenset((EX + "mayor", EX + "TOM"))]["title"]
    assert "Post «губернатор»: Владимир Мазур · Томская область" in post
    assert (
        "GeneralAssembly «Собрание АИРР» · 2025-03-01 · Москва"
        in edges[frozenset((EX + "e1", EX + "MOW"))]["title"]
    )
    assert (
        "Member of Ассоциация инновационных регионов России"
        in edges[frozenset((EX + "TOM", EX + "airr"))]["title"]
    )
    assert "mentions инновации" in edges[frozenset((EX + "d1", EX + "innovation"))]["title"]
    assert len(edges) == len(_data(page, "edges"))  # one edge a pair


def test_graph_page_panel_has_sentences_and_document_links(corpus, tmp_path):
    panel = _panel(render_graph_page(corpus, tmp_path / "graph.html").read_text("utf-8"))
    mayor = panel["nodes"][EX + "mayor"]
    sentences = [t for key in mayor["s"] for t in panel["stmts"][key]["t"]]
    assert "Губернатор Томской области Владимир Мазур подписал соглашение." in sentences
    assert "Мы будем работать вместе." in sentences  # the quote
    docs = [panel["docs"][key] for key in mayor["m"]]
    assert docs == [
        {"t": "Томская и Новосибирская области", "u": "https://news.example/1", "d": "2025-03-01"}
    ]
    assert mayor["mh"] == "Mentioned in 1 document(s)"
    d2 = panel["nodes"][EX + "d2"]
    assert d2["mh"] == "Document" and panel["docs"][d2["m"][0]]["u"] == "file:///news/2.txt"


def test_geo_pins_regions_with_a_capital(corpus, tmp_path):
    nodes = {
        n["id"]: n
        for n in _data(render_graph_page(corpus, tmp_path / "g.html", geo=True).read_text(), "nodes")
    }
    assert nodes[EX + "TOM"]["fixed"] is True and nodes[EX + "TOM"]["y"] < 0  # north up
    assert "x" not in nodes[EX + "mayor"]  # everything else settles by physics


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://news.example/a", True),
        ("http://news.example/a", True),
        ("file:///news/a.txt", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:x", False),
        ("", False),
    ],
)
def test_only_links_that_open_a_document(url, kept):
    assert (safe_url(url) != "") == kept


def test_empty_corpus_renders(tmp_path):
    from kg.render.entities import Corpus

    page = render_graph_page(Corpus(), tmp_path / "empty.html").read_text("utf-8")
    assert "No entity found" in page and _data(page, "nodes") == []


def test_a_person_no_document_mentions_still_renders(tmp_path):
    """A graph from elsewhere may hold a post whose person no document lists in schema:mentions."""
    turtle = TURTLE.replace("schema:mentions ex:TOM, ex:NVS, ex:mayor,", "schema:mentions ex:TOM, ex:NVS,")
    corpus = read_corpus(Store.from_turtle(turtle))
    page = render_graph_page(corpus, tmp_path / "graph.html").read_text(encoding="utf-8")
    assert "Томская область" in page


def test_a_large_corpus_shows_every_region_and_the_most_mentioned(tmp_path):
    corpus = read_corpus(Store.from_turtle(TURTLE))
    page = render_graph_page(corpus, tmp_path / "graph.html", max_nodes=6).read_text(encoding="utf-8")
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", page, re.S).group(1))
    kinds = [n["kind"] for n in nodes]
    assert len(nodes) == 6 and kinds.count("region") == 4  # all four regions stay
    assert f"6 most mentioned of {len(corpus.entities)} entities" in page
