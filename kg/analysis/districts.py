"""Federal districts in the cooperation network: what each does inside itself and with the others.

A link is a pair of regions that cooperate (an edge of the network), its weight the sum of its
cooperations' weights; a cooperation is *inside* a district when every party lies in it, and
*across* when it has parties both in the district and outside. Links and cooperations with
regions abroad count as external to a district but join no pair of districts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from ..mapping.iris import Iris
from ..mapping.vocab import RKG
from .facts import Cooperation


@dataclass(frozen=True)
class District:
    """A federal district's share of the network."""

    iri: str
    code: str
    label: str
    regions: int
    internal_links: int
    internal_weight: float
    internal_cooperations: int
    external_links: int
    external_weight: float
    external_cooperations: int
    partner_districts: int


@dataclass(frozen=True)
class DistrictLink:
    """Cooperation between two federal districts (``a`` before ``b`` by code)."""

    a: str
    a_label: str
    b: str
    b_label: str
    links: int
    cooperations: int
    weight: float
    a_iri: str = ""
    b_iri: str = ""


@dataclass
class _Tally:
    regions: int = 0
    internal_links: int = 0
    internal_weight: float = 0.0
    internal_cooperations: int = 0
    external_links: int = 0
    external_weight: float = 0.0
    external_cooperations: int = 0


def _district_of(G: nx.Graph) -> dict[str, str]:
    return {n: a.get("district") or "" for n, a in G.nodes(data=True)}


def _described(G: nx.Graph) -> dict[str, tuple[str, str]]:
    """District code → (IRI, label), from the regions that lie in it."""
    found: dict[str, tuple[str, str]] = {}
    for _, attrs in sorted(G.nodes(data=True)):
        code = attrs.get("district")
        if code and code not in found:
            found[code] = (attrs.get("district_iri") or "", attrs.get("district_label") or code)
    return found


def district_figures(G: nx.Graph, cooperations: Iterable[Cooperation]) -> list[District]:
    """One record per federal district with a region in the network, by code."""
    where = _district_of(G)
    tally: dict[str, _Tally] = defaultdict(_Tally)
    partners: dict[str, set[str]] = defaultdict(set)
    for node in G:
        if where[node]:
            tally[where[node]].regions += 1
    for a, b, data in G.edges(data=True):
        da, db = where[a], where[b]
        if da and da == db:
            tally[da].internal_links += 1
            tally[da].internal_weight += data["weight"]
            continue
        for mine, theirs in ((da, db), (db, da)):
            if mine:
                tally[mine].external_links += 1
                tally[mine].external_weight += data["weight"]
                if theirs:
                    partners[mine].add(theirs)
    for coop in cooperations:
        districts = {where.get(p, "") for p in coop.parties}
        for d in districts - {""}:
            if districts == {d}:
                tally[d].internal_cooperations += 1
            else:
                tally[d].external_cooperations += 1
    described = _described(G)
    return [
        District(
            iri=described[code][0],
            code=code,
            label=described[code][1],
            partner_districts=len(partners[code]),
            **vars(tally[code]),
        )
        for code in sorted(tally)
    ]


def district_links(G: nx.Graph, cooperations: Iterable[Cooperation]) -> list[DistrictLink]:
    """Every pair of federal districts whose regions cooperate; by weight (descending), then codes."""
    where = _district_of(G)
    links: dict[tuple[str, str], int] = defaultdict(int)
    weight: dict[tuple[str, str], float] = defaultdict(float)
    coops: dict[tuple[str, str], int] = defaultdict(int)
    for a, b, data in G.edges(data=True):
        da, db = where[a], where[b]
        if da and db and da != db:
            pair = (min(da, db), max(da, db))
            links[pair] += 1
            weight[pair] += data["weight"]
    for coop in cooperations:
        districts = sorted({where.get(p, "") for p in coop.parties} - {""})
        for i, da in enumerate(districts):
            for db in districts[i + 1 :]:
                coops[(da, db)] += 1
    described = _described(G)
    records = [
        DistrictLink(
            a=da,
            a_label=described[da][1],
            b=db,
            b_label=described[db][1],
            links=links[(da, db)],
            cooperations=coops[(da, db)],
            weight=weight[(da, db)],
            a_iri=described[da][0],
            b_iri=described[db][0],
        )
        for da, db in links
    ]
    return sorted(records, key=lambda r: (-r.weight, r.a, r.b))


def district_triples(
    districts: Iterable[District], links: Iterable[DistrictLink], iris: Iris
) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The district figures and the links between districts, for the analytics graph.

    A district without an IRI in the graph (a hand-made graph that only names it) is skipped.
    """

    def integer(n: int) -> Literal:
        return Literal(n, datatype=XSD.integer)

    def double(x: float) -> Literal:
        return Literal(x, datatype=XSD.double)

    triples: list[tuple[URIRef, URIRef, URIRef | Literal]] = []
    for d in districts:
        if not d.iri:
            continue
        node = URIRef(d.iri)
        triples += [
            (node, RKG.regionCount, integer(d.regions)),
            (node, RKG.internalLinkCount, integer(d.internal_links)),
            (node, RKG.internalWeight, double(d.internal_weight)),
            (node, RKG.internalCooperationCount, integer(d.internal_cooperations)),
            (node, RKG.externalLinkCount, integer(d.external_links)),
            (node, RKG.externalWeight, double(d.external_weight)),
            (node, RKG.externalCooperationCount, integer(d.external_cooperations)),
            (node, RKG.partnerDistrictCount, integer(d.partner_districts)),
        ]
    for link in links:
        if not (link.a_iri and link.b_iri):
            continue
        node = iris.local("district-link", link.a, link.b)
        triples += [
            (node, RDF.type, RKG.DistrictLink),
            (node, RKG.linksDistrict, URIRef(link.a_iri)),
            (node, RKG.linksDistrict, URIRef(link.b_iri)),
            (node, RKG.linkCount, integer(link.links)),
            (node, RKG.cooperationCount, integer(link.cooperations)),
            (node, RKG.linkWeight, double(link.weight)),
        ]
    return triples
