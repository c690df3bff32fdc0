"""The inter-regional cooperation network, read from the store into networkx.

Two SPARQL queries (regions, then the cooperation facts) and plain Python aggregation: the
store does the joins it is good at, and the pair expansion of n-party cooperations stays here
where it is easy to read. Results are sorted before use so the graph is the same on every run.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..mapping.vocab import COOPERATION_WEIGHTS, DEFAULT_COOPERATION_WEIGHT
from ..store import Store

#: Weight one cooperation adds to an edge, by kind (defined once, beside the vocabulary).
EDGE_WEIGHTS = COOPERATION_WEIGHTS
DEFAULT_WEIGHT = DEFAULT_COOPERATION_WEIGHT
#: The kind name used when a cooperation states no kind.
UNKNOWN_KIND = "Unknown"
MAX_EVIDENCE = 5

_PREFIXES = """
PREFIX rkg: <https://w3id.org/regiokg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

# Aggregated so that a region with two English labels or two capitals still gives one row.
_REGIONS_QUERY = (
    _PREFIXES
    + """
SELECT ?r (MIN(?code0) AS ?code) (MIN(?ru0) AS ?ru) (MIN(?plain0) AS ?plain) (MIN(?any0) AS ?any)
       (MIN(?en0) AS ?en) (MIN(?dcode0) AS ?dcode) (MIN(?dlabel0) AS ?dlabel)
       (MIN(?lat0) AS ?lat) (MIN(?lon0) AS ?lon) (MAX(?foreign0) AS ?foreign)
WHERE {
  ?coop a rkg:Cooperation ; rkg:party ?r .
  OPTIONAL { ?r rkg:regionCode ?code0 }
  OPTIONAL { ?r skos:prefLabel ?ru0 FILTER(langMatches(lang(?ru0), "ru")) }
  OPTIONAL { ?r skos:prefLabel ?plain0 FILTER(lang(?plain0) = "") }
  OPTIONAL { { ?r skos:prefLabel ?any0 } UNION { ?r rdfs:label ?any0 } }
  OPTIONAL { ?r skos:prefLabel ?en0 FILTER(langMatches(lang(?en0), "en")) }
  OPTIONAL {
    ?r rkg:federalDistrict ?d .
    OPTIONAL { ?d rkg:districtCode ?dcode0 }
    OPTIONAL { ?d skos:prefLabel ?dlabel0 FILTER(langMatches(lang(?dlabel0), "ru")) }
  }
  OPTIONAL {
    { ?r schema:latitude ?lat0 ; schema:longitude ?lon0 }
    UNION { ?r rkg:capital ?c . ?c schema:latitude ?lat0 ; schema:longitude ?lon0 }
  }
  BIND(EXISTS { ?r a rkg:ForeignRegion } AS ?foreign0)
}
GROUP BY ?r
"""
)

# One fact per row (a UNION, not a join), so parties × evidence × documents never multiply.
_FACTS_QUERY = (
    _PREFIXES
    + """
SELECT ?coop ?party ?kind ?doc ?evidence WHERE {
  ?coop a rkg:Cooperation .
  { ?coop rkg:party ?party }
  UNION { ?coop rkg:cooperationKind ?kind }
  UNION { ?coop rkg:evidence ?evidence }
  UNION {
    ?coop prov:wasDerivedFrom ?d .
    OPTIONAL { ?d schema:url ?url }
    OPTIONAL { ?d schema:name ?name }
    BIND(COALESCE(STR(?url), STR(?name), STR(?d)) AS ?doc)
  }
}
"""
)


@dataclass
class _Cooperation:
    parties: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    evidence: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)

    def kind(self) -> str:
        """The strongest stated kind (ties by name), so one cooperation counts once."""
        if not self.kinds:
            return UNKNOWN_KIND
        return min(self.kinds, key=lambda k: (-kind_weight(k), k))


def kind_weight(kind: str) -> float:
    """The edge weight one cooperation of this kind (local name) contributes."""
    return EDGE_WEIGHTS.get(kind, DEFAULT_WEIGHT)


def _local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _float(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _node_attrs(row: dict[str, Any]) -> dict[str, Any]:
    iri = row["r"]
    code = str(row.get("code") or "")
    label = row.get("ru") or row.get("plain") or row.get("any") or code or _local_name(iri)
    lat, lon = _float(row.get("lat")), _float(row.get("lon"))
    if lat is None or lon is None:
        lat = lon = None
    return {
        "code": code,
        "label": str(label),
        "label_en": str(row.get("en") or ""),
        "district": str(row.get("dcode") or ""),
        "district_label": str(row.get("dlabel") or ""),
        "lat": lat,
        "lon": lon,
        "foreign": row.get("foreign") in (True, "true", "1", 1),
    }


def _cooperations(store: Store) -> dict[str, _Cooperation]:
    coops: dict[str, _Cooperation] = defaultdict(_Cooperation)
    for row in store.select(_FACTS_QUERY):
        coop = coops[row["coop"]]
        if row.get("party"):
            coop.parties.add(row["party"])
        if row.get("kind"):
            coop.kinds.add(_local_name(row["kind"]))
        if row.get("evidence"):
            coop.evidence.add(str(row["evidence"]).strip())
        if row.get("doc"):
            coop.documents.add(str(row["doc"]))
    return coops


def load_network(store: Store) -> nx.Graph:
    """The undirected cooperation graph: a node per party region, an edge per pair of parties.

    Nodes are keyed by region IRI. Edges aggregate every cooperation the pair shares:
    ``weight`` (sum of EDGE_WEIGHTS by kind), ``count``, ``kinds`` (kind → count),
    ``evidence`` (up to 5 distinct sentences) and ``documents`` (sorted URLs, or the title or
    IRI of a document without one).
    """
    G = nx.Graph()
    for row in sorted(store.select(_REGIONS_QUERY), key=lambda r: r["r"]):
        G.add_node(row["r"], **_node_attrs(row))
    coops = _cooperations(store)
    for coop_iri in sorted(coops):
        coop = coops[coop_iri]
        kind = coop.kind()
        parties = sorted(coop.parties)
        for party in parties:
            if party not in G:
                G.add_node(party, **_node_attrs({"r": party}))
        for i, a in enumerate(parties):
            for b in parties[i + 1 :]:
                _add_cooperation(G, a, b, kind, coop)
    for _, _, data in G.edges(data=True):
        data["documents"] = sorted(data["documents"])
        data["kinds"] = dict(sorted(data["kinds"].items()))
    return G


def _add_cooperation(G: nx.Graph, a: str, b: str, kind: str, coop: _Cooperation) -> None:
    if not G.has_edge(a, b):
        G.add_edge(a, b, weight=0.0, count=0, kinds={}, evidence=[], documents=set())
    data = G.edges[a, b]
    data["weight"] += kind_weight(kind)
    data["count"] += 1
    data["kinds"][kind] = data["kinds"].get(kind, 0) + 1
    for sentence in sorted(coop.evidence):
        if len(data["evidence"]) >= MAX_EVIDENCE:
            break
        if sentence and sentence not in data["evidence"]:
            data["evidence"].append(sentence)
    data["documents"].update(coop.documents)
