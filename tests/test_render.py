"""The offline cooperation page: complete, escaped, free of any remote resource, and telling
each edge's cooperations with their kinds, dates and documents."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest

from kg.analysis import compute_metrics, load_network
from kg.render import read_corpus, render_cooperation_page
from kg.render.page import script_json
from kg.store import Store

TURTLE = """
@prefix rkg: <https://w3id.org/regiokg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix reg: <https://example.org/region/> .
@prefix ex: <https://example.org/> .

ex:SibFD rkg:districtCode "SibFD" ; skos:prefLabel "Сибирский федеральный округ"@ru .
ex:CFD rkg:districtCode "CFD" ; skos:prefLabel "Центральный федеральный округ"@ru .
reg:RU-TOM a rkg:Region ; rkg:regionCode "RU-TOM" ; skos:prefLabel "Томская область"@ru ,
    "Tomsk Oblast"@en ; rkg:federalDistrict ex:SibFD ; rkg:capital ex:Tomsk .
ex:Tomsk schema:name "Томск"@ru ; schema:latitude 56.48 ; schema:longitude 84.95 .
reg:RU-NVS a rkg:Region ; rkg:regionCode "RU-NVS" ; skos:prefLabel "Новосибирская область"@ru ;
    rkg:federalDistrict ex:SibFD ; rkg:capital ex:Novosibirsk .
ex:Novosibirsk schema:latitude 55.03 ; schema:longitude 82.92 .
reg:RU-MOW a rkg:Region ; rkg:regionCode "RU-MOW" ; skos:prefLabel "<img src=x onerror=alert(1)>"@ru ;
    rkg:federalDistrict ex:CFD ; rkg:capital ex:Moscow .
ex:Moscow schema:latitude 55.75 ; schema:longitude 37.62 .

ex:d1 a schema:NewsArticle ; schema:url <https://news.example/tomsk> ; schema:name "Томск и Новосибирск" ;
    schema:datePublished "2025-03-01"^^<http://www.w3.org/2001/XMLSchema#date> .
ex:d2 a schema:NewsArticle ; schema:url <javascript:alert(1)> ;
    schema:name "</script><script>alert(2)</script>" .
ex:c1 a rkg:Cooperation ; rkg:party reg:RU-TOM, reg:RU-NVS ; rkg:cooperationKind rkg:Agreement ;
    schema:startDate "2025-02-27"^^<http://www.w3.org/2001/XMLSchema#date> ;
    prov:wasDerivedFrom ex:d1 ; rkg:evidence "Подписано соглашение, см. <a href=\\"x\\">тут</a>." .
ex:c2 a rkg:Cooperation ; rkg:party reg:RU-TOM, reg:RU-NVS, reg:RU-MOW ;
    rkg:cooperationKind rkg:CoParticipation ; prov:wasDerivedFrom ex:d2 .
ex:c3 a rkg:Cooperation ; rkg:party reg:RU-TOM, reg:RU-MOW ; rkg:cooperationKind rkg:Agreement ;
    prov:wasDerivedFrom ex:d3 .
"""
LABELS = ("Томская область", "Новосибирская область")
PAYLOAD = "<img src=x onerror=alert(1)>"


@pytest.fixture()
def network():
    G = load_network(Store.from_turtle(TURTLE))
    return G, compute_metrics(G)


@pytest.fixture()
def corpus():
    return read_corpus(Store.from_turtle(TURTLE))


def _data(page: str, name: str) -> list[dict]:
    """The nodes or edges handed to vis-network, as the browser will read them."""
    match = re.search(name + r" = new vis\.DataSet\((\[.*?\])\);\n", page)
    assert match, name
    return json.loads(match.group(1))


def _panel(page: str) -> dict:
    """The side panel's data, as page.js reads it."""
    match = re.search(r'<script type="application/json" id="rkg-data">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def _options(page: str) -> dict:
    match = re.search(r"var options = (\{.*?\});\n", page)
    assert match
    return json.loads(match.group(1))


def _assert_offline(page: str) -> None:
    assert not re.search(r"<script[^>]*\bsrc=", page, re.I)
    assert not re.search(r"<link[^>]*href=[\"']?(https?:)?//", page, re.I)
    assert "cdn.jsdelivr.net" not in page and "cdnjs.cloudflare.com" not in page


def test_page_is_complete_and_offline(network, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    G, metrics = network
    out = render_cooperation_page(G, metrics, tmp_path / "out" / "page.html", title="Регионы")
    page = out.read_text(encoding="utf-8")
    assert out.is_file() and page.startswith("<!DOCTYPE html>")
    for label in LABELS:
        assert label in page
    _assert_offline(page)
    assert "<title>Регионы</title>" in page
    assert "Сибирский федеральный округ" in page  # the legend
    options = _options(page)
    assert options["physics"]["solver"] == "forceAtlas2Based"
    assert options["physics"]["stabilization"]["iterations"] == 150
    assert options["layout"]["randomSeed"] == 42
    assert "network.setOptions({physics: false})" in page
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no lib/, nothing in the cwd
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["page.html"]  # no temp file


def test_data_is_text_and_tooltips_stay_plain_text(network, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    G, metrics = network
    page = render_cooperation_page(G, metrics, tmp_path / "p.html", title=PAYLOAD).read_text("utf-8")
    assert PAYLOAD not in page  # nowhere as markup: the heading is escaped, the data JSON-escaped
    assert "&lt;img src=x onerror=alert(1)&gt;" in page  # the heading and <title>
    nodes, edges = _data(page, "nodes"), _data(page, "edges")
    # labels are drawn on the canvas and tooltips set with innerText: the browser gets the text itself
    assert {n["label"] for n in nodes} == {*LABELS, PAYLOAD}
    assert all("href" not in n["title"].lower() for n in nodes)
    assert all("href" not in e["title"].lower() for e in edges)
    tom_nvs = next(e for e in edges if e["title"].startswith("Новосибирская область — Томская область"))
    assert "Agreement: 1" in tom_nvs["title"] and "CoParticipation: 1" in tom_nvs["title"]
    assert "div.popup" not in page  # pyvis's innerHTML popup was not switched on


def test_edges_list_cooperations_with_kinds_dates_and_documents(network, corpus, tmp_path):
    G, metrics = network
    page = render_cooperation_page(G, metrics, tmp_path / "p.html", corpus=corpus).read_text("utf-8")
    edges = {e["title"].split("\n")[0]: e["title"].split("\n") for e in _data(page, "edges")}
    tom_nvs = edges["Новосибирская область — Томская область"]
    assert tom_nvs[1] == "2 cooperation(s), weight 1.5"
    assert "• 2025-02-27 · Agreement · Томск и Новосибирск" in tom_nvs
    assert any(line.startswith("• no date · CoParticipation · ") and "alert(2)" in line for line in tom_nvs)


def test_panel_holds_each_regions_sentences_and_documents(network, corpus, tmp_path):
    G, metrics = network
    page = render_cooperation_page(G, metrics, tmp_path / "p.html", corpus=corpus).read_text("utf-8")
    assert "</script><script>alert(2)" not in page  # a title cannot close the data's <script>
    panel = _panel(page)
    tomsk = panel["nodes"]["https://example.org/region/RU-TOM"]
    assert tomsk["l"] == "Томская область" and ["Code", "RU-TOM"] in tomsk["f"]
    assert len(tomsk["s"]) == 3  # c1, c2, c3
    agreement = panel["stmts"][tomsk["s"][0]]
    assert agreement["t"] == [
        'Подписано соглашение, см. <a href="x">тут</a>.'
    ]  # text, shown with textContent
    assert agreement["h"].startswith("Agreement: ") and agreement["h"].endswith("· 2025-02-27")
    docs = {d["t"]: d for d in panel["docs"].values()}
    assert docs["Томск и Новосибирск"] == {
        "t": "Томск и Новосибирск",
        "u": "https://news.example/tomsk",
        "d": "2025-03-01",
    }
    assert docs["</script><script>alert(2)</script>"]["u"] == ""  # a javascript: URL never becomes a link


def test_without_a_corpus_the_panel_keeps_the_networks_sentences(network, tmp_path):
    G, metrics = network
    panel = _panel(render_cooperation_page(G, metrics, tmp_path / "p.html").read_text("utf-8"))
    novosibirsk = panel["nodes"]["https://example.org/region/RU-NVS"]
    texts = [t for key in novosibirsk["s"] for t in panel["stmts"][key]["t"]]
    assert texts == ['Подписано соглашение, см. <a href="x">тут</a>.']


def test_embedded_json_cannot_end_its_script():
    text = script_json({"a": "</script><!-- \u2028\u2029 & >"})
    assert "</" not in text and "<!--" not in text and "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"a": "</script><!-- \u2028\u2029 & >"}


def test_sizes_colours_and_widths(network, tmp_path):
    G, metrics = network
    page = render_cooperation_page(G, metrics, tmp_path / "p.html").read_text("utf-8")
    nodes = {n["label"]: n for n in _data(page, "nodes")}
    assert nodes["Томская область"]["size"] == 40.0  # the hub has the highest PageRank
    assert all(10.0 <= n["size"] <= 40.0 for n in nodes.values())
    assert nodes["Томская область"]["color"] == nodes["Новосибирская область"]["color"]
    assert nodes["Томская область"]["color"] != nodes[PAYLOAD]["color"]
    widths = sorted(e["width"] for e in _data(page, "edges"))
    assert widths[0] == 1.0 and widths[-1] == 8.0


def test_community_colouring_and_geo_layout(network, tmp_path):
    G, metrics = network
    path = render_cooperation_page(G, metrics, tmp_path / "g.html", color_by="community", geo=True)
    page = path.read_text("utf-8")
    nodes = {n["label"]: n for n in _data(page, "nodes")}
    assert nodes["Томская область"]["x"] > nodes[PAYLOAD]["x"]  # east
    assert nodes["Томская область"]["y"] < nodes["Новосибирская область"]["y"]  # north is up
    assert _options(page)["physics"] == {"enabled": False} and "Community 0" in page
    _assert_offline(page)


def test_empty_network_renders(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = render_cooperation_page(nx.Graph(), [], tmp_path / "empty.html")
    page = out.read_text(encoding="utf-8")
    assert "No cooperation found" in page
    assert _data(page, "nodes") == [] and _data(page, "edges") == []
    _assert_offline(page)
    assert not (tmp_path / "lib").exists()


def test_unknown_colouring_is_refused(network, tmp_path):
    G, metrics = network
    with pytest.raises(ValueError, match="color_by"):
        render_cooperation_page(G, metrics, tmp_path / "x.html", color_by="rainbow")
