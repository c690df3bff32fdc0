"""Both pages of a graph, written side by side: the regions' network and every entity."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from ..analysis.metrics import RegionMetrics
from ..store import GraphStore
from .cooperation import render_cooperation_page
from .entities import read_corpus
from .graph import render_graph_page

COOPERATION_PAGE = "cooperation.html"
GRAPH_PAGE = "graph.html"


def write_pages(
    store: GraphStore, network: nx.Graph, metrics: list[RegionMetrics], out_dir: str | Path, geo: bool = False
) -> dict[str, Path]:
    """cooperation.html and graph.html in ``out_dir``, sharing one read of the store's sentences."""
    out = Path(out_dir)
    corpus = read_corpus(store)
    return {
        "page": render_cooperation_page(network, metrics, out / COOPERATION_PAGE, corpus=corpus, geo=geo),
        "graph_page": render_graph_page(corpus, out / GRAPH_PAGE, metrics=metrics, geo=geo),
    }
