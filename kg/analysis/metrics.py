"""Figures for each region of the cooperation network, as records, CSV and triples.

The records are the project's own frozen dataclass, so the renderer and the CLI never see a
networkx result dict, and the same figures can be written to a file or back into the graph.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import XSD

from ..outputs import write_atomic
from .brokerage import brokerage, district_groups, participation, partner_districts

RKG = Namespace("https://w3id.org/regiokg/ontology#")

CSV_HEADER = (
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
)


@dataclass(frozen=True)
class RegionMetrics:
    """One region's place in the cooperation network (the figures after ``community`` have
    defaults so that records made before they existed still build)."""

    iri: str
    code: str
    label: str
    district: str
    degree: int
    weighted_degree: float
    betweenness: float
    pagerank: float
    community: int
    clustering: float = 0.0
    core: int = 0
    participation: float = 0.0
    brokerage: int = 0
    partner_districts: int = 0


def _sort_key(G: nx.Graph, node: str) -> tuple[str, str]:
    return (G.nodes[node].get("code") or "", node)


def _communities(G: nx.Graph, seed: int) -> dict[str, int]:
    """Louvain communities numbered 0.. by descending size, then by smallest code, so that the
    numbering does not depend on the order networkx happens to return them in."""
    found = nx.community.louvain_communities(G, weight="weight", seed=seed)
    ordered = sorted(found, key=lambda c: (-len(c), min(_sort_key(G, n) for n in c)))
    return {node: number for number, members in enumerate(ordered) for node in members}


def compute_metrics(G: nx.Graph, seed: int = 42) -> list[RegionMetrics]:
    """Every figure of every region; sorted by weighted degree (descending), then code.

    Betweenness is exact, normalised and unweighted: networkx reads an edge weight as a
    distance, but ours is a strength (more cooperation = closer), so weighting it would make
    the strongest partners the farthest apart. PageRank does take the weights, as a random walk
    should follow strong ties more often. Clustering and the core number count links, not
    weights: the share of a region's partners that also cooperate with each other, and the
    largest k such that the region stays in the subnetwork where every region has at least k
    partners. Communities are Louvain's on the weights, with a fixed seed. The district figures
    are in :mod:`.brokerage`.
    """
    if G.number_of_nodes() == 0:
        return []
    betweenness = nx.betweenness_centrality(G, normalized=True)
    pagerank = nx.pagerank(G, weight="weight")
    community = _communities(G, seed)
    clustering = nx.clustering(G)
    core = nx.core_number(G)
    groups = district_groups(G)
    records = []
    for node, attrs in G.nodes(data=True):
        records.append(
            RegionMetrics(
                iri=node,
                code=attrs.get("code") or "",
                label=attrs.get("label") or "",
                district=attrs.get("district") or "",
                degree=int(G.degree(node)),
                weighted_degree=float(G.degree(node, weight="weight")),
                betweenness=float(betweenness[node]),
                pagerank=float(pagerank[node]),
                community=community[node],
                clustering=float(clustering[node]),
                core=int(core[node]),
                participation=participation(G, node, groups),
                brokerage=brokerage(G, node, groups),
                partner_districts=partner_districts(G, node, groups),
            )
        )
    return sorted(records, key=lambda m: (-m.weighted_degree, m.code, m.iri))


def write_metrics_csv(metrics: Iterable[RegionMetrics], path: str | Path) -> Path:
    """Write the figures as CSV, atomically: a reader never sees a half-written file."""
    path = Path(path)
    rows = [
        (
            m.iri,
            m.code,
            m.label,
            m.district,
            m.degree,
            round(m.weighted_degree, 6),
            round(m.betweenness, 6),
            round(m.pagerank, 6),
            m.community,
            round(m.clustering, 6),
            m.core,
            round(m.participation, 6),
            m.brokerage,
            m.partner_districts,
        )
        for m in metrics
    ]

    def write(handle) -> None:
        writer = csv.writer(handle)
        writer.writerow(CSV_HEADER)
        writer.writerows(rows)

    write_atomic(path, write, "the metrics")
    return path


def metrics_triples(metrics: Iterable[RegionMetrics]) -> list[tuple[URIRef, URIRef, Literal]]:
    """The figures as triples about each region, to be written back into the analytics graph."""
    triples: list[tuple[URIRef, URIRef, Literal]] = []
    for m in metrics:
        region = URIRef(m.iri)
        triples += [
            (region, RKG.degree, Literal(m.degree, datatype=XSD.integer)),
            (region, RKG.weightedDegree, Literal(m.weighted_degree, datatype=XSD.double)),
            (region, RKG.betweenness, Literal(m.betweenness, datatype=XSD.double)),
            (region, RKG.pageRank, Literal(m.pagerank, datatype=XSD.double)),
            (region, RKG.community, Literal(m.community, datatype=XSD.integer)),
            (region, RKG.clustering, Literal(m.clustering, datatype=XSD.double)),
            (region, RKG.coreNumber, Literal(m.core, datatype=XSD.integer)),
            (region, RKG.participationCoefficient, Literal(m.participation, datatype=XSD.double)),
            (region, RKG.brokerage, Literal(m.brokerage, datatype=XSD.integer)),
            (region, RKG.partnerDistrictCount, Literal(m.partner_districts, datatype=XSD.integer)),
        ]
    return triples
