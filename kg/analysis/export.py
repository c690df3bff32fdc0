"""The cooperation network as GraphML and GEXF, for Gephi and other network tools."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from ..outputs import write_atomic
from .metrics import RegionMetrics


def _flat(G: nx.Graph, metrics: list[RegionMetrics]) -> nx.Graph:
    """A copy whose attributes are plain strings and numbers (lists and dicts become JSON text),
    with the network figures on each region."""
    figures = {m.iri: m for m in metrics}
    H = nx.Graph()
    for node, attrs in G.nodes(data=True):
        flat = {k: v for k, v in attrs.items() if v is not None and not isinstance(v, (list, dict))}
        m = figures.get(node)
        if m is not None:
            flat.update(
                degree=m.degree,
                weighted_degree=m.weighted_degree,
                betweenness=m.betweenness,
                pagerank=m.pagerank,
                community=m.community,
                clustering=m.clustering,
                core=m.core,
                participation=m.participation,
                brokerage=m.brokerage,
                partner_districts=m.partner_districts,
            )
        H.add_node(node, **flat)
    for a, b, attrs in G.edges(data=True):
        H.add_edge(
            a,
            b,
            **{
                k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                for k, v in attrs.items()
                if v is not None
            },
        )
    return H


def write_network(G: nx.Graph, metrics: list[RegionMetrics], path: str | Path) -> Path:
    """GraphML or GEXF by the file's suffix (.graphml, .gexf), written atomically."""
    path = Path(path)
    H = _flat(G, metrics)
    if path.suffix.lower() == ".gexf":
        text = "\n".join(nx.generate_gexf(H))
    else:
        text = "\n".join(nx.generate_graphml(H))
    return write_atomic(path, text + "\n", "the network")
