"""The inter-regional cooperation network: cooperations (see :mod:`.facts`) into networkx.

An n-party cooperation links every pair of its parties, and each pair's link sums what all its
cooperations weigh (:data:`EDGE_WEIGHTS`). The pair expansion stays here, in plain Python where
it is easy to read, rather than in SPARQL.
"""

from __future__ import annotations

import networkx as nx

from ..store import GraphStore
from .facts import (
    DEFAULT_WEIGHT,
    EDGE_WEIGHTS,
    UNKNOWN_KIND,
    Cooperation,
    Facts,
    kind_weight,
    node_attrs,
    read_facts,
)

MAX_EVIDENCE = 5

__all__ = [
    "DEFAULT_WEIGHT",
    "EDGE_WEIGHTS",
    "MAX_EVIDENCE",
    "UNKNOWN_KIND",
    "build_network",
    "kind_weight",
    "load_network",
]


def build_network(facts: Facts) -> nx.Graph:
    """The undirected cooperation graph of ``facts``: a node per party, an edge per pair of parties.

    Nodes are keyed by region IRI and carry the region's code, labels, federal district and
    coordinates. Edges aggregate every cooperation the pair shares: ``weight`` (sum of
    EDGE_WEIGHTS by kind), ``count``, ``kinds`` (kind → count), ``evidence`` (up to 5 distinct
    sentences) and ``documents`` (sorted URLs, or the title or IRI of a document without one).
    """
    G = nx.Graph()
    parties = {p for c in facts.cooperations for p in c.parties}
    for iri in sorted(parties):
        G.add_node(iri, **(facts.regions.get(iri) or node_attrs({"r": iri})))
    for coop in facts.cooperations:
        labels = [facts.sources[d].label if d in facts.sources else d for d in coop.documents]
        for i, a in enumerate(coop.parties):
            for b in coop.parties[i + 1 :]:
                _add_cooperation(G, a, b, coop, labels)
    for _, _, data in G.edges(data=True):
        data["documents"] = sorted(data["documents"])
        data["kinds"] = dict(sorted(data["kinds"].items()))
    return G


def load_network(store: GraphStore) -> nx.Graph:
    """The cooperation graph of everything a store (or a set of RDF files) holds."""
    return build_network(read_facts(store))


def _add_cooperation(G: nx.Graph, a: str, b: str, coop: Cooperation, documents: list[str]) -> None:
    if not G.has_edge(a, b):
        G.add_edge(a, b, weight=0.0, count=0, kinds={}, evidence=[], documents=set())
    data = G.edges[a, b]
    data["weight"] += coop.weight
    data["count"] += 1
    data["kinds"][coop.kind] = data["kinds"].get(coop.kind, 0) + 1
    for sentence in coop.evidence:
        if len(data["evidence"]) >= MAX_EVIDENCE:
            break
        if sentence not in data["evidence"]:
            data["evidence"].append(sentence)
    data["documents"].update(documents)
