"""Two-mode views: regions × topics (what regions cooperate on) and people × organisations.

Region–topic: a cooperation tags each of its parties with each topic of its documents, with the
cooperation's weight; the strength of (region, topic) sums these over cooperations. A topic's
own figures count each cooperation once. Person–organisation: the posts documents state, one
tie per (person, organisation) with the roles and the number of documents that state it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import RDF, XSD, Literal, Namespace, URIRef
from rdflib.term import Node

from ..mapping.iris import Iris
from ..slug import slugify
from .facts import Facts, local_name
from .people import Post

RKG = Namespace("https://w3id.org/regiokg/ontology#")

#: How many regions a topic's summary names.
LEADING_REGIONS = 5


@dataclass(frozen=True)
class RegionTopic:
    """How much one region cooperates on one topic."""

    region: str
    code: str
    label: str
    topic: str
    topic_label: str
    cooperations: int
    weight: float


@dataclass(frozen=True)
class Topic:
    """One topic across the network: its cooperations, their weight, the regions leading on it."""

    topic: str
    label: str
    cooperations: int
    weight: float
    regions: dict[str, float]


@dataclass(frozen=True)
class PersonOrganisation:
    """A person's tie to an organisation, as posts in documents state it."""

    person: str
    name: str
    organisation: str
    organisation_label: str
    roles: tuple[str, ...]
    documents: int


def region_topics(facts: Facts) -> list[RegionTopic]:
    """Every (region, topic) pair with a cooperation; by weight (descending), then code and topic."""
    count: dict[tuple[str, str], int] = defaultdict(int)
    weight: dict[tuple[str, str], float] = defaultdict(float)
    for coop in facts.cooperations:
        for topic in coop.topics:
            for party in coop.parties:
                count[(party, topic)] += 1
                weight[(party, topic)] += coop.weight
    records = []
    for region, topic in count:
        attrs = facts.regions.get(region, {})
        records.append(
            RegionTopic(
                region=region,
                code=attrs.get("code") or local_name(region),
                label=attrs.get("label") or local_name(region),
                topic=topic,
                topic_label=facts.topic_label(topic),
                cooperations=count[(region, topic)],
                weight=weight[(region, topic)],
            )
        )
    return sorted(records, key=lambda r: (-r.weight, r.code, r.topic))


def topics(facts: Facts, pairs: Iterable[RegionTopic]) -> list[Topic]:
    """Each topic with its cooperations counted once and its leading regions by weight."""
    count: dict[str, int] = defaultdict(int)
    weight: dict[str, float] = defaultdict(float)
    for coop in facts.cooperations:
        for topic in coop.topics:
            count[topic] += 1
            weight[topic] += coop.weight
    leading: dict[str, dict[str, float]] = defaultdict(dict)
    for pair in pairs:  # by weight, so the first few of each topic lead
        if len(leading[pair.topic]) < LEADING_REGIONS:
            leading[pair.topic][pair.code] = pair.weight
    records = [
        Topic(topic, facts.topic_label(topic), count[topic], weight[topic], leading[topic]) for topic in count
    ]
    return sorted(records, key=lambda t: (-t.weight, t.label))


def person_organisations(posts: Iterable[Post]) -> list[PersonOrganisation]:
    """One tie per (person, organisation); by documents (descending), then name and organisation."""
    roles: dict[tuple[str, str], set[str]] = defaultdict(set)
    documents: dict[tuple[str, str], set[str]] = defaultdict(set)
    names: dict[tuple[str, str], tuple[str, str]] = {}
    for post in posts:
        if not post.organisation:
            continue
        key = (post.person, post.organisation)
        names[key] = (post.name, post.organisation_label)
        documents[key].add(post.document)
        if post.role:
            roles[key].add(post.role)
    records = [
        PersonOrganisation(
            person=person,
            name=names[(person, org)][0],
            organisation=org,
            organisation_label=names[(person, org)][1],
            roles=tuple(sorted(roles[(person, org)])),
            documents=len(documents[(person, org)]),
        )
        for person, org in names
    ]
    return sorted(records, key=lambda r: (-r.documents, r.name, r.organisation_label))


def region_topic_triples(pairs: Iterable[RegionTopic], iris: Iris) -> list[tuple[URIRef, URIRef, Node]]:
    """The region–topic figures for the analytics graph, so that SPARQL reads them in a lookup:
    joining every cooperation to its document's topics takes seconds on a large store."""
    triples: list[tuple[URIRef, URIRef, Node]] = []
    for pair in pairs:
        if not pair.region.startswith(("http://", "https://")) or pair.weight <= 0:
            continue
        node = iris.local("region-topic", pair.code, slugify(local_name(pair.topic)) or "topic")
        triples += [
            (node, RDF.type, RKG.RegionTopic),
            (node, RKG.topicRegion, URIRef(pair.region)),
            (node, RKG.topic, URIRef(pair.topic)),
            (node, RKG.cooperationCount, Literal(pair.cooperations, datatype=XSD.integer)),
            (node, RKG.linkWeight, Literal(pair.weight, datatype=XSD.double)),
        ]
    return triples
