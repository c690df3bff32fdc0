"""``cooperation.html``: the network of regions that cooperate, one node a region.

Node size follows PageRank, colour the federal district (or the Louvain community), edge width
the cooperation weight; an edge's tooltip lists its cooperations with kinds and dates, and a
click on a region opens the sentences that link it, with their documents.
"""

from __future__ import annotations

import html
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx

from ..analysis.metrics import RegionMetrics
from ..analysis.network import EDGE_WEIGHTS
from .colours import (
    EDGE_COLOUR,
    NO_DISTRICT_COLOUR,
    colour_key,
    community_colour,
    district_colours,
)
from .entities import Corpus, Statement
from .geo import geo_positions
from .page import number, physics_options, scale, swatch, tooltip, write_page
from .panel import PanelData, statement_date

COLOR_BY = ("district", "community")
SIZE_RANGE = (10.0, 40.0)
WIDTH_RANGE = (1.0, 8.0)
#: Cooperations listed in one edge tooltip; the rest are counted.
MAX_EDGE_LINES = 10


def pair_index(corpus: Corpus | None) -> dict[tuple[str, str], list[Statement]]:
    """Each pair of regions (sorted) → the cooperations they are both parties to."""
    pairs: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    for coop in corpus.cooperations() if corpus else ():
        parties = sorted(set(coop.named("party")))
        for i, a in enumerate(parties):
            for b in parties[i + 1 :]:
                pairs[a, b].append(coop)
    return pairs


def edge_tooltip(
    names: tuple[str, str], data: dict[str, Any], coops: list[Statement], corpus: Corpus | None
) -> str:
    """The pair, its weight, and one line per cooperation: date, kind, document."""
    count = len(coops) or int(data.get("count", 0))
    lines = [
        f"{names[0]} — {names[1]}",
        f"{count} cooperation(s), weight {number(float(data.get('weight', 0)))}",
    ]
    if coops and corpus is not None:
        ordered = sorted(coops, key=lambda c: (statement_date(c, corpus) or "9999", c.iri))
        for c in ordered[:MAX_EDGE_LINES]:
            docs = "; ".join(corpus.documents[d].name for d in c.documents if d in corpus.documents)
            note = f" «{c.note}»" if c.note else ""
            lines.append(f"• {statement_date(c, corpus) or 'no date'} · {c.kind}{note} · {docs}")
        if len(ordered) > MAX_EDGE_LINES:
            lines.append(f"… and {len(ordered) - MAX_EDGE_LINES} more")
    else:
        lines += [f"• {kind}: {n}" for kind, n in sorted(data.get("kinds", {}).items())]
    return tooltip(lines)


def _region_facts(attrs: dict[str, Any], m: RegionMetrics | None) -> list[tuple[str, str]]:
    district = attrs.get("district_label") or attrs.get("district") or "—"
    if attrs.get("district") and attrs.get("district_label"):
        district += f" ({attrs['district']})"
    facts = [("Code", attrs.get("code") or "—")]
    if attrs.get("label_en"):
        facts.append(("English", attrs["label_en"]))
    facts.append(("Foreign region", "yes") if attrs.get("foreign") else ("Federal district", district))
    if m is not None:
        facts += [
            ("Degree", str(m.degree)),
            ("Weighted degree", number(m.weighted_degree)),
            ("Betweenness", number(m.betweenness)),
            ("PageRank", number(m.pagerank)),
            ("Community", str(m.community)),
        ]
    return facts


def _fallback_sentences(G: nx.Graph, node: str) -> list[tuple[str, list[str]]]:
    """Without a corpus: the sentences the network itself keeps on the region's edges."""
    seen: dict[str, list[str]] = {}
    for _, _, data in sorted(G.edges(node, data=True), key=lambda e: e[1]):
        for sentence in data.get("evidence", []):
            seen.setdefault(sentence, list(data.get("documents", []))[:3])
    return list(seen.items())


def _legend(G: nx.Graph, metrics: list[RegionMetrics], color_by: str) -> str:
    """What size, width and colour mean: escaped text only."""
    if G.number_of_nodes() == 0:
        return '<div id="rkg-legend"><p>No cooperation found.</p></div>'
    weights = ", ".join(f"{kind} {w:g}" for kind, w in EDGE_WEIGHTS.items())
    parts = [
        '<div id="rkg-legend">',
        f"<h2>Size</h2><p>PageRank in the cooperation network ({SIZE_RANGE[0]:g}–{SIZE_RANGE[1]:g} px).</p>",
        "<h2>Edges</h2><p>Width: cooperation weight "
        f"({html.escape(weights)} per cooperation). Hover an edge for its cooperations.</p>",
    ]
    items = []
    if color_by == "community":
        parts.append("<h2>Colour: community</h2>")
        sizes: dict[int, int] = defaultdict(int)
        for m in metrics:
            sizes[m.community] += 1
        for n in sorted(sizes):
            items.append(swatch(community_colour(n), f"Community {n}: {sizes[n]} regions"))
    else:
        parts.append("<h2>Colour: federal district</h2>")
        labels: dict[str, str] = {}
        for _, a in sorted(G.nodes(data=True)):
            labels.setdefault(colour_key(a), a.get("district_label") or colour_key(a))
        palette = district_colours(labels)
        for code in sorted(c for c in labels if c):
            items.append(swatch(palette[code], f"{labels[code]} ({code})" if labels[code] != code else code))
        if "" in labels:
            items.append(swatch(NO_DISTRICT_COLOUR, "Foreign region or no federal district"))
    parts.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
    parts.append(
        "<h2>Reading</h2><p>Click a region for the sentences that link it and their documents; "
        "search by name above.</p></div>"
    )
    return "".join(parts)


def _nodes(
    G: nx.Graph,
    metrics: list[RegionMetrics],
    color_by: str,
    geo: bool,
    panel: PanelData,
    corpus: Corpus | None,
) -> list[dict[str, Any]]:
    by_iri = {m.iri: m for m in metrics}
    sizes = scale({n: by_iri[n].pagerank if n in by_iri else 0.0 for n in G}, *SIZE_RANGE)
    palette = district_colours(colour_key(a) for _, a in G.nodes(data=True))
    positions = geo_positions(G) if geo else {}
    nodes = []
    for node in sorted(G, key=lambda n: (G.nodes[n].get("code") or "", n)):
        attrs, m = G.nodes[node], by_iri.get(node)
        colour = community_colour(m.community if m else -1) if color_by == "community" else None
        label = attrs.get("label") or node
        facts = _region_facts(attrs, m)
        item = {
            "id": node,
            "label": label,
            "kind": "region",
            "color": colour or palette[colour_key(attrs)],
            "shape": "diamond" if attrs.get("foreign") else "dot",
            "size": sizes[node],
            "title": tooltip([label, *(f"{k}: {v}" for k, v in facts), "Click for the sentences"]),
        }
        if node in positions:
            item["x"], item["y"] = positions[node]
        nodes.append(item)
        kind = "foreign region" if attrs.get("foreign") else "region"
        if corpus is None:
            panel.add(node, label, kind, facts, statements=[], sentences=_fallback_sentences(G, node))
        else:
            panel.add(node, label, kind, facts)
    return nodes


def render_cooperation_page(
    G: nx.Graph,
    metrics: list[RegionMetrics],
    path: str | Path,
    *,
    corpus: Corpus | None = None,
    title: str = "Сотрудничество регионов России",
    color_by: str = "district",
    geo: bool = False,
) -> Path:
    """Write the network of regions as an interactive page that works offline; returns its path.

    With ``corpus`` (:func:`kg.render.read_corpus`) the side panel and the edge tooltips name
    every cooperation with its date and document; without it they fall back to the sentences
    the network keeps. With ``geo=True`` regions sit at their capitals and physics is off;
    otherwise a seeded forceAtlas2Based layout stabilises and then freezes.
    """
    if color_by not in COLOR_BY:
        raise ValueError(f"color_by must be one of {', '.join(COLOR_BY)}, not {color_by!r}")
    panel = PanelData(corpus)
    nodes = _nodes(G, metrics, color_by, geo, panel, corpus)
    pairs = pair_index(corpus)
    widths = scale({(a, b): float(d.get("weight", 0.0)) for a, b, d in G.edges(data=True)}, *WIDTH_RANGE)
    edges = []
    for a, b, d in sorted(G.edges(data=True), key=lambda e: (e[0], e[1])):
        names = (G.nodes[a].get("label") or a, G.nodes[b].get("label") or b)
        coops = pairs.get((min(a, b), max(a, b)), [])
        title_text = edge_tooltip(names, d, coops, corpus)
        edges.append({"from": a, "to": b, "width": widths[(a, b)], "color": EDGE_COLOUR, "title": title_text})
    placed = bool(nodes) and all("x" in n for n in nodes)
    return write_page(
        path,
        title=title,
        legend=_legend(G, metrics, color_by),
        nodes=nodes,
        edges=edges,
        options=physics_options(enabled=not placed, nodes=len(nodes)),
        data=panel.json(),
    )
