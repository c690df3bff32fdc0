"""One self-contained, offline HTML page around a vis-network drawing (pyvis / vis-network 9).

pyvis 0.3.2 needs three corrections to be safe to open anywhere: its ``in_line`` template still
loads Bootstrap from a CDN (we strip those tags and bring our own CSS); it inserts ``heading``
unescaped (we pass none and write our own escaped heading); and it swaps vis-network's
plain-text tooltip for an ``innerHTML`` popup as soon as a node title contains "href" (any
"href" in a title is broken with a zero-width space).

Strings from documents stay text everywhere: labels are drawn on the canvas, tooltips are set
with ``innerText`` by vis-network, the node and edge data reach the page through Jinja's
``tojson`` (``<``, ``>``, ``&`` and ``'`` escaped), and the side panel is built by
``assets/page.js`` with ``textContent`` from JSON embedded by :func:`script_json`.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from ..outputs import write_atomic

LAYOUT_SEED = 42
#: Above this many nodes vis-network's Kamada-Kawai start (with clustering) costs seconds.
IMPROVED_LAYOUT_MAX = 150
STABILISATION_ITERATIONS = 150
#: Beyond this many nodes each iteration costs more, so fewer are run (150 × √(500 / nodes)).
FULL_STABILISATION_MAX = 500
#: A slow or busy machine freezes the layout as it is after this long, rather than keep a
#: reader waiting: the page is usable within seconds whatever the graph.
STABILISATION_BUDGET_MS = 2500

_REMOTE_LINK = re.compile(r"<link\b[^>]*?\bhref\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>", re.I)
_REMOTE_SCRIPT = re.compile(r"<script\b[^>]*?\bsrc\s*=\s*[\"']?\s*(?:https?:)?//.*?</script\s*>", re.I | re.S)
_REMOTE_TAG = re.compile(
    r"<(?:script|img|iframe)\b[^>]*?\bsrc\s*=\s*[\"']?\s*(?:https?:)?//"
    r"|<link\b[^>]*?\bhref\s*=\s*[\"']?\s*(?:https?:)?//",
    re.I,
)
_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.I | re.S)
_REMOTE_IMPORT = re.compile(r"@import|url\(\s*[\"']?\s*(?:https?:)?//", re.I)
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>", re.I)
_META = re.compile(r"<meta\s+charset=[^>]*>", re.I)
_HREF = re.compile(r"(hr)(ef)", re.I)
_SEPARATORS = {"\u2028": "\\u2028", "\u2029": "\\u2029"}


def tooltip(lines: Iterable[str]) -> str:
    """A plain-text tooltip (vis-network sets it with innerText); "href" is broken so that pyvis
    keeps that text-only popup instead of its innerHTML one."""
    return _HREF.sub("\\1\u200b\\2", "\n".join(lines))


def script_json(data: Any) -> str:
    """JSON that can sit inside a <script> element: no ``</script>``, ``<!--`` or line separator
    in the data can end the element or the string it is in."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    for char, escaped in _SEPARATORS.items():
        text = text.replace(char, escaped)
    return text


def _dumps(obj: Any, **kwargs: Any) -> str:
    """pyvis's data through Jinja's ``tojson``, with the line separators escaped too."""
    text = json.dumps(obj, **kwargs)
    for char, escaped in _SEPARATORS.items():
        text = text.replace(char, escaped)
    return text


def scale(values: dict[Any, float], lo: float, hi: float) -> dict[Any, float]:
    """Min-max scaling into [lo, hi]; all-equal values get the middle."""
    if not values:
        return {}
    least, most = min(values.values()), max(values.values())
    if math.isclose(least, most):
        return {key: round((lo + hi) / 2, 2) for key in values}
    return {key: round(lo + (v - least) / (most - least) * (hi - lo), 2) for key, v in values.items()}


def number(x: float) -> str:
    """A figure for people: up to four decimals, no trailing zeros."""
    return f"{x:.4f}".rstrip("0").rstrip(".") if x else "0"


def physics_options(enabled: bool, nodes: int, spread: float = 1.0) -> dict[str, Any]:
    """vis-network options: a seeded forceAtlas2Based layout, or none when positions are set.

    ``spread`` lengthens springs and strengthens repulsion, for pages with long labels."""
    physics: dict[str, Any] = {"enabled": enabled}
    if enabled:
        physics.update(
            solver="forceAtlas2Based",
            forceAtlas2Based={
                "gravitationalConstant": round(-60 * spread, 1),
                "centralGravity": 0.01,
                "springLength": round(120 * spread, 1),
                "springConstant": 0.08,
                "avoidOverlap": 0.5,
            },
            stabilization={
                "enabled": True,
                "iterations": stabilisation_iterations(nodes),
                "updateInterval": 10,
                "fit": True,
            },
        )
    return {
        "physics": physics,
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": nodes <= IMPROVED_LAYOUT_MAX},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": nodes > IMPROVED_LAYOUT_MAX},
        "edges": {"smooth": False},
        "nodes": {"shape": "dot", "font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}},
    }


def stabilisation_iterations(nodes: int) -> int:
    """Iterations of the layout: all 150 for up to 500 nodes, fewer beyond (75 for 2,000)."""
    if nodes <= FULL_STABILISATION_MAX:
        return STABILISATION_ITERATIONS
    return round(STABILISATION_ITERATIONS * math.sqrt(FULL_STABILISATION_MAX / nodes))


def _asset(name: str) -> str:
    return resources.files("kg.render").joinpath("assets", name).read_text(encoding="utf-8")


def swatch(colour: str, text: str, shape: str = "dot") -> str:
    """A legend entry: a coloured mark and escaped text."""
    return f'<span class="sw sw-{shape}" style="background:{colour}"></span>{html.escape(text)}'


def _header(title: str, nodes: int, edges: int) -> str:
    return (
        f'<header id="rkg-bar"><h1>{html.escape(title)}</h1>'
        '<input id="rkg-search" type="search" placeholder="Search by name…" list="rkg-names" '
        'autocomplete="off" aria-label="Search"><datalist id="rkg-names"></datalist>'
        f'<span id="rkg-found"></span><span id="rkg-stats">{nodes} nodes · {edges} edges</span></header>'
    )


_PANEL = (
    '<aside id="rkg-panel" hidden><button id="rkg-close" type="button" aria-label="Close">×</button>'
    '<div id="rkg-panel-body"></div></aside>'
)

# vis-network has no option for "stop after stabilising": freeze the layout once done,
# registered inside drawGraph() so it is in place before stabilisation can finish. Stopping the
# simulation from a progress event ends stabilisation there (vis-network checks between batches).
_FREEZE = f"""var rkgStart = performance.now();
network.on("stabilizationProgress", function (p) {{
  window.rkgIterations = p.iterations;
  if (performance.now() - rkgStart > {STABILISATION_BUDGET_MS}) network.stopSimulation();
}});
network.once("stabilizationIterationsDone", function () {{
  network.setOptions({{physics: false}});
  window.rkgStable = performance.now();
}});
"""
_PLACED = "window.rkgStable = performance.now();\n"


def write_page(
    path: str | Path,
    *,
    title: str,
    legend: str,
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    options: dict[str, Any],
    data: dict[str, Any],
) -> Path:
    """Write the page atomically and return its path.

    ``legend`` is HTML made only of escaped text (see :func:`swatch`); ``data`` is what the side
    panel shows, as read by ``assets/page.js``; nodes and edges are vis-network items whose
    strings are plain text.
    """
    from pyvis.network import Network

    net = Network(height="100%", width="100%", heading="", cdn_resources="in_line")
    net.nodes, net.edges = nodes, edges
    # Russian text as UTF-8 rather than \uXXXX: readable and searchable (<, >, & stay escaped).
    net.templateEnv.policies["json.dumps_function"] = _dumps
    net.templateEnv.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    net.set_options(json.dumps(options))
    physics = bool(options["physics"]["enabled"]) and bool(nodes)
    head = f"<style>{_asset('page.css')}</style>\n"
    top = f"{_header(title, len(nodes), len(edges))}\n{legend}\n{_PANEL}\n"
    tail = (
        f'<script type="application/json" id="rkg-data">{script_json(data)}</script>\n'
        f"<script>{_asset('page.js')}</script>\n"
    )
    page = _postprocess(net.generate_html(), title, head, top, tail, physics)
    return write_atomic(Path(path), page, "the page")


def _postprocess(page: str, title: str, head: str, top: str, tail: str, physics: bool) -> str:
    """Strip every remote resource; add our escaped title, CSS, header, legend, panel and script."""
    page = _REMOTE_LINK.sub("", page)
    page = _REMOTE_SCRIPT.sub("", page)
    page = _COMMENT.sub(lambda c: "" if re.search(r"<(?:script|link)\b", c.group(1)) else c.group(0), page)
    page = _EMPTY_HEADING.sub("", page)
    meta = _META.search(page) or re.search(r"<head>", page)
    if meta is None:
        raise RuntimeError("pyvis produced a page without <head>; cannot add the title")
    page = f"<!DOCTYPE html>\n{page[: meta.end()]}\n<title>{html.escape(title)}</title>{page[meta.end() :]}"
    head_end = page.rfind("</head>")
    page = page[:head_end] + head + page[head_end:]
    body = page.find("<body>", head_end)
    if body < 0:
        raise RuntimeError("pyvis produced a page without <body>; cannot add the legend")
    body += len("<body>")
    page = page[:body] + f"\n{top}" + page[body:]
    at = page.rfind("return network;")
    if at < 0:
        raise RuntimeError("pyvis produced a page without drawGraph(); cannot freeze the layout")
    page = page[:at] + (_FREEZE if physics else _PLACED) + page[at:]
    end = page.rfind("</body>")
    page = page[:end] + tail + page[end:]
    if _REMOTE_TAG.search(page) or any(_REMOTE_IMPORT.search(css) for css in _STYLE.findall(page)):
        raise RuntimeError("the page still references a remote script or stylesheet")
    return page
