"""Every figure of one network in one record, and the part of it written back into the graph.

:func:`analyse` is what ``kg analyze`` prints and what ``refresh_analytics`` stores: the same
function, so the terminal, the files and the analytics graph never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from ..mapping.iris import Iris
from .bipartite import (
    PersonOrganisation,
    RegionTopic,
    Topic,
    person_organisations,
    region_topic_triples,
    region_topics,
    topics,
)
from .communities import Community, communities
from .districts import District, DistrictLink, district_figures, district_links, district_triples
from .facts import Facts
from .metrics import RegionMetrics, compute_metrics, metrics_triples
from .network import build_network
from .people import Post

#: Louvain's seed: fixed, so the communities are the same on every run.
SEED = 42


@dataclass
class Analysis:
    """The network of some cooperations and every figure computed from it."""

    facts: Facts
    network: nx.Graph
    metrics: list[RegionMetrics]
    districts: list[District]
    district_links: list[DistrictLink]
    communities: list[Community]
    region_topics: list[RegionTopic]
    topics: list[Topic]
    people: list[PersonOrganisation] = field(default_factory=list)


def analyse(facts: Facts, posts: list[Post] | None = None, seed: int = SEED) -> Analysis:
    """The figures of the network ``facts`` make; ``posts`` adds the person–organisation view."""
    G = build_network(facts)
    metrics = compute_metrics(G, seed=seed)
    pairs = region_topics(facts)
    return Analysis(
        facts=facts,
        network=G,
        metrics=metrics,
        districts=district_figures(G, facts.cooperations),
        district_links=district_links(G, facts.cooperations),
        communities=communities(G, metrics, facts),
        region_topics=pairs,
        topics=topics(facts, pairs),
        people=person_organisations(posts or ()),
    )


def analytics_triples(analysis: Analysis, iris: Iris) -> list[tuple]:
    """The figures the analytics graph holds: per region, per district, per pair of districts,
    per region and topic."""
    return (
        metrics_triples(analysis.metrics)
        + district_triples(analysis.districts, analysis.district_links, iris)
        + region_topic_triples(analysis.region_topics, iris)
    )
