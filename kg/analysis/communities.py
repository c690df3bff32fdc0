"""Clusters of regions that work together (the Louvain communities) and what they work on.

A cooperation belongs to a community when at least two of its parties do; each of its topics
(those of its documents) then gains the cooperation's weight once, however many pairs it makes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from .facts import Facts
from .metrics import RegionMetrics


@dataclass(frozen=True)
class Community:
    """A community of the network: its regions, where they lie, and its topics by weight."""

    community: int
    size: int
    regions: tuple[str, ...]
    districts: dict[str, int]
    internal_links: int
    internal_weight: float
    cooperations: int
    topics: dict[str, float]


def communities(G: nx.Graph, metrics: Iterable[RegionMetrics], facts: Facts) -> list[Community]:
    """One record per community, by number; regions listed by weighted degree, then code."""
    metrics = list(metrics)
    member = {m.iri: m.community for m in metrics}
    regions: dict[int, list[str]] = defaultdict(list)
    districts: dict[int, Counter[str]] = defaultdict(Counter)
    for m in metrics:  # already by weighted degree, then code
        regions[m.community].append(m.code or m.iri)
        districts[m.community][m.district or "abroad"] += 1
    links: Counter[int] = Counter()
    weight: dict[int, float] = defaultdict(float)
    for a, b, data in G.edges(data=True):
        if member.get(a) is not None and member.get(a) == member.get(b):
            links[member[a]] += 1
            weight[member[a]] += data["weight"]
    coops: Counter[int] = Counter()
    topics: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for coop in facts.cooperations:
        counts = Counter(member[p] for p in coop.parties if p in member)
        for number in (n for n, k in counts.items() if k >= 2):
            coops[number] += 1
            for topic in coop.topics:
                topics[number][facts.topic_label(topic)] += coop.weight
    return [
        Community(
            community=number,
            size=len(regions[number]),
            regions=tuple(regions[number]),
            districts=dict(sorted(districts[number].items(), key=lambda kv: (-kv[1], kv[0]))),
            internal_links=links[number],
            internal_weight=weight[number],
            cooperations=coops[number],
            topics=dict(sorted(topics[number].items(), key=lambda kv: (-kv[1], kv[0]))),
        )
        for number in sorted(regions)
    ]
