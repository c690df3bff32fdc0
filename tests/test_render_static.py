"""The static picture of the network (`kg render`): PNG and SVG for reports, drawn offline."""

from __future__ import annotations

import struct
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.analysis import compute_metrics, load_network
from kg.cli import main
from kg.render import render_static
from kg.render.static import draw
from kg.store import Store

TURTLE = """
@prefix rkg: <https://w3id.org/regiokg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix reg: <https://example.org/region/> .
@prefix ex: <https://example.org/> .

ex:SibFD rkg:districtCode "SibFD" ; skos:prefLabel "Сибирский федеральный округ"@ru .
ex:CFD rkg:districtCode "CFD" ; skos:prefLabel "Центральный федеральный округ"@ru .
reg:RU-TOM a rkg:Region ; rkg:regionCode "RU-TOM" ; skos:prefLabel "Томская область"@ru ;
    rkg:federalDistrict ex:SibFD ; schema:latitude 56.48 ; schema:longitude 84.95 .
reg:RU-NVS a rkg:Region ; rkg:regionCode "RU-NVS" ; skos:prefLabel "Новосибирская область"@ru ;
    rkg:federalDistrict ex:SibFD ; schema:latitude 55.03 ; schema:longitude 82.92 .
reg:RU-MOW a rkg:Region ; rkg:regionCode "RU-MOW" ; skos:prefLabel "<script>alert(1)</script>"@ru ;
    rkg:federalDistrict ex:CFD ; schema:latitude 55.75 ; schema:longitude 37.62 .
ex:c1 a rkg:Cooperation ; rkg:party reg:RU-TOM, reg:RU-NVS ; rkg:cooperationKind rkg:Agreement .
ex:c2 a rkg:Cooperation ; rkg:party reg:RU-TOM, reg:RU-MOW ; rkg:cooperationKind rkg:CoParticipation .
"""


@pytest.fixture(scope="module")
def network():
    G = load_network(Store.from_turtle(TURTLE))
    return G, compute_metrics(G)


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_png_is_large_enough_for_print(network, tmp_path):
    G, metrics = network
    out = render_static(G, metrics, tmp_path / "net.png")
    width, height = _png_size(out)
    assert width >= 2000 and height >= 1500  # 200 dpi
    assert [p.name for p in tmp_path.iterdir()] == ["net.png"]  # no temporary file left


def test_svg_holds_the_picture(network, tmp_path):
    G, metrics = network
    text = render_static(G, metrics, tmp_path / "net.svg").read_text("utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "<script" not in text  # a label holding markup is drawn as glyphs, not inserted


def test_labels_legend_and_sizes(network):
    G, metrics = network
    fig = draw(G, metrics, title="Регионы", geo=False)
    ax = fig.axes[0]
    labels = {t.get_text() for t in ax.texts}
    assert {"Томская область", "Новосибирская\nобласть"} <= labels  # wrapped for print
    assert {t.get_fontfamily()[0] for t in ax.texts} == {"DejaVu Sans"}  # has Cyrillic
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["Центральный федеральный округ", "Сибирский федеральный округ"]
    sizes = dict(zip(sorted(G), ax.collections[0].get_sizes(), strict=True))
    assert sizes["https://example.org/region/RU-TOM"] == max(sizes.values())  # the hub, by PageRank


def test_geo_puts_north_up_and_east_right(network):
    G, metrics = network
    ax = draw(G, metrics, title="", geo=True).axes[0]
    points = dict(zip(sorted(G), ax.collections[0].get_offsets().tolist(), strict=True))
    tomsk, moscow = points["https://example.org/region/RU-TOM"], points["https://example.org/region/RU-MOW"]
    assert tomsk[0] > moscow[0] and tomsk[1] > moscow[1]


def test_same_graph_same_picture(network, tmp_path):
    G, metrics = network
    a = render_static(G, metrics, tmp_path / "a.svg").read_text("utf-8")
    b = render_static(G, metrics, tmp_path / "b.svg").read_text("utf-8")
    assert a == b


def test_empty_network_and_unknown_format(tmp_path):
    assert _png_size(render_static(nx.Graph(), [], tmp_path / "empty.png"))[0] > 0
    with pytest.raises(ValueError, match="png, svg"):
        render_static(nx.Graph(), [], tmp_path / "x.gif")


def test_kg_render_command(tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text(TURTLE, encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["render", str(graph), "--png", str(tmp_path / "n.png"), "--svg", str(tmp_path / "n.svg"), "--geo"],
    )
    assert result.exit_code == 0, result.output
    assert _png_size(tmp_path / "n.png")[0] > 0 and (tmp_path / "n.svg").stat().st_size > 0
    assert "3 regions" in result.output
    usage = CliRunner().invoke(main, ["render", str(graph)])
    assert usage.exit_code == 2 and "--png FILE or --svg FILE" in usage.output
