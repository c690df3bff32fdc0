"""The cooperation network as one self-contained, offline HTML page (pyvis / vis-network 9).

pyvis 0.3.2 needs three corrections to be safe to open anywhere: its ``in_line`` template still
loads Bootstrap from a CDN (we strip those tags and inline the little CSS the page uses); it
inserts ``heading`` unescaped (we pass none and write our own escaped heading); and it swaps
vis-network's plain-text tooltip for an ``innerHTML`` popup as soon as a node title contains
"href" (every title is HTML-escaped and any "href" is broken with a zero-width space).
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from ..analysis.metrics import RegionMetrics
from ..analysis.network import EDGE_WEIGHTS
from ..outputs import write_atomic

COLOR_BY = ("district", "community")
#: One colour per federal district code; codes not listed get EXTRA_COLOURS in sorted order.
DISTRICT_COLOURS = {
    "CFD": "#1f77b4",
    "NWFD": "#17becf",
    "SFD": "#ff7f0e",
    "NCFD": "#d62728",
    "VFD": "#2ca02c",
    "UFD": "#9467bd",
    "SibFD": "#8c564b",
    "FEFD": "#e377c2",
}
EXTRA_COLOURS = ("#bcbd22", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5")
NO_DISTRICT_COLOUR = "#9e9e9e"
COMMUNITY_COLOURS = (*DISTRICT_COLOURS.values(), *EXTRA_COLOURS)
EDGE_COLOUR = "#9aa0a6"
LAYOUT_SEED = 42
PAGE_CSS = (
    "body{font-family:system-ui,sans-serif;margin:8px;color:#222}.card{width:100%}"
    "#rkg-legend{font-size:13px;margin:0 0 8px}#rkg-legend h1{font-size:20px;margin:4px 0}"
    "#rkg-legend ul{list-style:none;padding:0;margin:4px 0;display:flex;flex-wrap:wrap;gap:4px 14px}"
    "#rkg-legend .sw{display:inline-block;width:11px;height:11px;border-radius:50%;"
    "margin-right:5px;vertical-align:middle}"
)
SIZE_RANGE = (10.0, 40.0)
WIDTH_RANGE = (1.0, 8.0)
GEO_SCALE = 40.0
MAX_EDGE_EVIDENCE = 3
MAX_SENTENCE = 300

_REMOTE_LINK = re.compile(r"<link\b[^>]*?\bhref\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>", re.I)
_REMOTE_SCRIPT = re.compile(r"<script\b[^>]*?\bsrc\s*=\s*[\"']?\s*(?:https?:)?//.*?</script\s*>", re.I | re.S)
_REMOTE_ANY = re.compile(
    r"<(?:script|img|iframe)\b[^>]*?\bsrc\s*=\s*[\"']?\s*(?:https?:)?//"
    r"|<link\b[^>]*?\bhref\s*=\s*[\"']?\s*(?:https?:)?//"
    r"|@import\s+(?:url\()?\s*[\"']?\s*(?:https?:)?//",
    re.I,
)
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>", re.I)
_META = re.compile(r"<meta\s+charset=[^>]*>", re.I)
_HREF = re.compile(r"(hr)(ef)", re.I)


def _text(value: Any) -> str:
    """Data shown by vis-network (labels, tooltips): escaped, so it can never become markup."""
    return html.escape(str(value), quote=False)


def _title(lines: Iterable[str]) -> str:
    """A plain-text tooltip; "href" is broken so pyvis keeps vis-network's text-only popup."""
    return _HREF.sub("\\1\u200b\\2", _text("\n".join(lines)))


def _scale(values: dict[Any, float], lo: float, hi: float) -> dict[Any, float]:
    """Min-max scaling into [lo, hi]; all-equal values get the middle."""
    if not values:
        return {}
    least, most = min(values.values()), max(values.values())
    if math.isclose(least, most):
        return {key: round((lo + hi) / 2, 2) for key in values}
    return {key: round(lo + (v - least) / (most - least) * (hi - lo), 2) for key, v in values.items()}


def _fmt(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".") if x else "0"


def _node_title(attrs: dict[str, Any], m: RegionMetrics | None) -> str:
    names = attrs.get("label", "")
    if attrs.get("label_en"):
        names += f" / {attrs['label_en']}"
    district = attrs.get("district_label") or attrs.get("district") or "—"
    if attrs.get("district") and attrs.get("district_label"):
        district += f" ({attrs['district']})"
    lines = [names, f"Code: {attrs.get('code') or '—'}"]
    lines.append("Foreign region" if attrs.get("foreign") else f"Federal district: {district}")
    if m is not None:
        lines += [
            f"Degree: {m.degree}",
            f"Weighted degree: {_fmt(m.weighted_degree)}",
            f"Betweenness: {_fmt(m.betweenness)}",
            f"PageRank: {_fmt(m.pagerank)}",
            f"Community: {m.community}",
        ]
    return _title(lines)


def _edge_title(G: nx.Graph, a: str, b: str, data: dict[str, Any]) -> str:
    kinds = ", ".join(f"{kind}: {count}" for kind, count in sorted(data.get("kinds", {}).items()))
    lines = [
        f"{G.nodes[a].get('label', a)} — {G.nodes[b].get('label', b)}",
        f"{kinds or 'cooperation'} (weight {_fmt(float(data.get('weight', 0.0)))})",
    ]
    for sentence in list(data.get("evidence", []))[:MAX_EDGE_EVIDENCE]:
        short = sentence if len(sentence) <= MAX_SENTENCE else sentence[: MAX_SENTENCE - 1] + "…"
        lines.append(f"«{short}»")
    return _title(lines)


def _geo_positions(G: nx.Graph) -> dict[str, tuple[float, float]]:
    """Equirectangular map positions (north up) from each region's coordinates.

    A node without coordinates (a foreign region) sits beside the mean of its neighbours that
    have them, so one such node never costs the whole map its geography.
    """
    coords = {
        n: (a["lat"], a["lon"])
        for n, a in G.nodes(data=True)
        if a.get("lat") is not None and a.get("lon") is not None
    }
    if not coords:
        return {}
    mean_lat = sum(lat for lat, _ in coords.values()) / len(coords)
    squeeze = math.cos(math.radians(mean_lat))
    positions = {
        n: (round(lon * GEO_SCALE * squeeze, 1), round(-lat * GEO_SCALE, 1))
        for n, (lat, lon) in coords.items()
    }
    lowest = max((y for _, y in positions.values()), default=0.0)
    for k, n in enumerate(sorted(n for n in G.nodes if n not in positions)):
        near = [positions[m] for m in G.neighbors(n) if m in positions]
        if near:
            x = sum(p[0] for p in near) / len(near) - 60.0
            y = sum(p[1] for p in near) / len(near) + 40.0 * (k % 3 - 1)
        else:
            x, y = 80.0 * k, lowest + 120.0
        positions[n] = (round(x, 1), round(y, 1))
    return positions


def _district_colours(codes: Iterable[str]) -> dict[str, str]:
    """Fixed colours for the known districts, then a stable pick for any others; "" is grey."""
    colours = dict(DISTRICT_COLOURS)
    unknown = sorted({c for c in codes if c and c not in colours})
    colours.update({c: EXTRA_COLOURS[i % len(EXTRA_COLOURS)] for i, c in enumerate(unknown)})
    colours[""] = NO_DISTRICT_COLOUR
    return colours


def _colour_key(attrs: dict[str, Any]) -> str:
    return "" if attrs.get("foreign") else attrs.get("district") or ""


def _community_colour(number: int) -> str:
    return COMMUNITY_COLOURS[number % len(COMMUNITY_COLOURS)] if number >= 0 else NO_DISTRICT_COLOUR


def _physics_options(enabled: bool) -> dict[str, Any]:
    """vis-network options: a seeded forceAtlas2Based layout, or none when positions are set."""
    physics: dict[str, Any] = {"enabled": enabled}
    if enabled:
        physics.update(
            solver="forceAtlas2Based",
            forceAtlas2Based={
                "gravitationalConstant": -60,
                "centralGravity": 0.01,
                "springLength": 120,
                "springConstant": 0.08,
                "avoidOverlap": 0.5,
            },
            stabilization={"enabled": True, "iterations": 150, "fit": True},
        )
    return {
        "physics": physics,
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": True},
        "interaction": {"hover": True, "tooltipDelay": 120},
        "edges": {"smooth": False},
        "nodes": {"shape": "dot", "font": {"size": 14}},
    }


def _swatch(colour: str, text: str) -> str:
    return f'<li><span class="sw" style="background:{colour}"></span>{html.escape(text)}</li>'


def _legend(G: nx.Graph, metrics: list[RegionMetrics], title: str, color_by: str) -> str:
    """The fixed block above the network: escaped heading, what size, width and colour mean."""
    parts = [f'<div id="rkg-legend"><h1>{html.escape(title)}</h1>']
    if G.number_of_nodes() == 0:
        return parts[0] + "<p>No cooperation found.</p></div>"
    weights = ", ".join(f"{kind} {w:g}" for kind, w in EDGE_WEIGHTS.items())
    parts.append(
        f"<p>Node size: PageRank ({SIZE_RANGE[0]:g}–{SIZE_RANGE[1]:g} px). Edge width: "
        f"cooperation weight ({html.escape(weights)} per cooperation). Hover for details.</p>"
    )
    items = []
    if color_by == "community":
        sizes: dict[int, int] = {}
        for m in metrics:
            sizes[m.community] = sizes.get(m.community, 0) + 1
        for number in sorted(sizes):
            items.append(_swatch(_community_colour(number), f"Community {number}: {sizes[number]} regions"))
    else:
        labels: dict[str, str] = {}
        for _, a in sorted(G.nodes(data=True)):
            labels.setdefault(_colour_key(a), a.get("district_label") or _colour_key(a))
        palette = _district_colours(labels)
        for code in sorted(c for c in labels if c):
            name = f"{labels[code]} ({code})" if labels[code] != code else code
            items.append(_swatch(palette[code], name))
        if "" in labels:
            items.append(_swatch(NO_DISTRICT_COLOUR, "Foreign region or no federal district"))
    parts.append("<ul>" + "".join(items) + "</ul></div>")
    return "".join(parts)


def _network_data(
    G: nx.Graph, metrics: list[RegionMetrics], color_by: str, geo: bool
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], bool]:
    by_iri = {m.iri: m for m in metrics}
    sizes = _scale({n: by_iri[n].pagerank if n in by_iri else 0.0 for n in G}, *SIZE_RANGE)
    widths = _scale({(a, b): float(d.get("weight", 0.0)) for a, b, d in G.edges(data=True)}, *WIDTH_RANGE)
    palette = _district_colours(_colour_key(a) for _, a in G.nodes(data=True))
    positions = _geo_positions(G) if geo else {}
    nodes = []
    for node in sorted(G, key=lambda n: (G.nodes[n].get("code") or "", n)):
        attrs, m = G.nodes[node], by_iri.get(node)
        if color_by == "community":
            colour = _community_colour(m.community if m else -1)
        else:
            colour = palette[_colour_key(attrs)]
        item = {
            "id": node,
            "label": _text(attrs.get("label") or node),
            "color": colour,
            "shape": "diamond" if attrs.get("foreign") else "dot",
            "size": sizes[node],
            "title": _node_title(attrs, m),
        }
        if node in positions:
            item["x"], item["y"] = positions[node]
        nodes.append(item)
    edges = [
        {"from": a, "to": b, "width": widths[(a, b)], "color": EDGE_COLOUR, "title": _edge_title(G, a, b, d)}
        for a, b, d in sorted(G.edges(data=True), key=lambda e: (e[0], e[1]))
    ]
    return nodes, edges, bool(positions)


def _postprocess(page: str, title: str, legend: str, physics: bool) -> str:
    """Strip every remote resource and add our escaped title, CSS, heading and legend."""
    page = _REMOTE_LINK.sub("", page)
    page = _REMOTE_SCRIPT.sub("", page)
    page = _COMMENT.sub(lambda c: "" if re.search(r"<(?:script|link)\b", c.group(1)) else c.group(0), page)
    page = _EMPTY_HEADING.sub("", page)
    head = _META.search(page) or re.search(r"<head>", page)
    if head is None:
        raise RuntimeError("pyvis produced a page without <head>; cannot add the title")
    page = f"<!DOCTYPE html>\n{page[: head.end()]}\n<title>{html.escape(title)}</title>{page[head.end() :]}"
    head_end = page.rfind("</head>")
    page = page[:head_end] + f"<style>{PAGE_CSS}</style>\n" + page[head_end:]
    body = page.find("<body>", head_end)
    if body < 0:
        raise RuntimeError("pyvis produced a page without <body>; cannot add the legend")
    body += len("<body>")
    page = page[:body] + f"\n{legend}\n" + page[body:]
    if physics:
        # vis-network has no option for "stop after stabilising": freeze the layout once done,
        # registered inside drawGraph() so it is in place before stabilisation can finish.
        freeze = (
            'network.once("stabilizationIterationsDone", function () '
            "{ network.setOptions({physics: false}); });\n"
        )
        at = page.rfind("return network;")
        page = page[:at] + freeze + page[at:] if at >= 0 else page
    if _REMOTE_ANY.search(page):
        raise RuntimeError("the page still references a remote script or stylesheet")
    return page


def render_cooperation_page(
    G: nx.Graph,
    metrics: list[RegionMetrics],
    path: str | Path,
    *,
    title: str = "Сотрудничество регионов России",
    color_by: str = "district",
    geo: bool = False,
) -> Path:
    """Write the network as an interactive page that works offline and returns its path.

    Node size follows PageRank, colour the federal district (or the Louvain community with
    ``color_by="community"``), edge width the cooperation weight. With ``geo=True`` and
    coordinates for every node, nodes sit at their capitals with physics off; otherwise a
    seeded forceAtlas2Based layout stabilises for 150 iterations and then freezes.
    """
    if color_by not in COLOR_BY:
        raise ValueError(f"color_by must be one of {', '.join(COLOR_BY)}, not {color_by!r}")
    path = Path(path)
    nodes, edges, placed = _network_data(G, metrics, color_by, geo)
    net = Network(height="780px", width="100%", heading="", cdn_resources="in_line")
    net.nodes, net.edges = nodes, edges
    # Russian text as UTF-8 rather than \uXXXX: readable and searchable (<, >, & stay escaped).
    net.templateEnv.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    net.set_options(json.dumps(_physics_options(enabled=not placed)))
    legend = _legend(G, metrics, title, color_by)
    page = _postprocess(net.generate_html(), title, legend, physics=not placed and bool(nodes))
    write_atomic(path, page)
    return path
