"""What the analysis reads from a store: the regions that cooperate, each cooperation, and the
documents they were read from (their dates and topics).

Cooperations and documents are read one property at a time (see :mod:`.scan`), so parties ×
evidence × documents never multiply, and become frozen records here: the rest of the package
never sees a query row. Everything is sorted, so the figures are the same on every run.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from ..mapping.vocab import COOPERATION_WEIGHTS, DCTERMS, DEFAULT_COOPERATION_WEIGHT, PROV, RKG, SCHEMA
from ..store import GraphStore
from .scan import Scan

if TYPE_CHECKING:
    from .periods import Period

#: Weight one cooperation adds to the link between each pair of its parties, by kind.
EDGE_WEIGHTS = COOPERATION_WEIGHTS
DEFAULT_WEIGHT = DEFAULT_COOPERATION_WEIGHT
#: The kind name used when a cooperation states no kind.
UNKNOWN_KIND = "Unknown"
TOPIC_SCHEME = "https://w3id.org/regiokg/topics"

PREFIXES = """
PREFIX rkg: <https://w3id.org/regiokg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
"""

# The distinct parties first, then their descriptions: the optional joins run once per region,
# not once per cooperation. Aggregated so that two English labels still give one row.
_REGIONS_QUERY = (
    PREFIXES
    + """
SELECT ?r (MIN(?code0) AS ?code) (MIN(?ru0) AS ?ru) (MIN(?plain0) AS ?plain) (MIN(?any0) AS ?any)
       (MIN(?en0) AS ?en) (MIN(STR(?d)) AS ?diri) (MIN(?dcode0) AS ?dcode) (MIN(?dlabel0) AS ?dlabel)
       (MIN(?lat0) AS ?lat) (MIN(?lon0) AS ?lon) (MAX(?foreign0) AS ?foreign)
WHERE {
  { SELECT DISTINCT ?r WHERE { ?coop a rkg:Cooperation ; rkg:party ?r } }
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

# Only the page and the network files show the sentences; a store of 10,000 documents holds
# tens of thousands, so they are read only when asked for.
_EVIDENCE_QUERY = (
    PREFIXES
    + """
SELECT ?coop ?evidence WHERE { ?coop a rkg:Cooperation ; rkg:evidence ?evidence }
"""
)

_TOPICS_QUERY = (
    PREFIXES
    + f"""
SELECT ?topic (MIN(?ru0) AS ?ru) (MIN(?any0) AS ?any) WHERE {{
  ?topic skos:inScheme <{TOPIC_SCHEME}> ; skos:prefLabel ?any0 .
  OPTIONAL {{ ?topic skos:prefLabel ?ru0 FILTER(langMatches(lang(?ru0), "ru")) }}
}}
GROUP BY ?topic
"""
)


def kind_weight(kind: str) -> float:
    """The weight one cooperation of this kind (local name) adds to each link it makes."""
    return EDGE_WEIGHTS.get(kind, DEFAULT_WEIGHT)


@dataclass(frozen=True)
class Cooperation:
    """One cooperation as the analysis sees it: who, what kind, when, and on what evidence.

    ``date`` is the publication date of its document (the earliest, if several), or else its
    own ``schema:startDate`` (the date of the event it happened at); None when neither is known.
    ``topics`` are its documents' (``dcterms:subject``).
    """

    iri: str
    parties: tuple[str, ...]
    kind: str
    documents: tuple[str, ...] = ()
    date: date | None = None
    evidence: tuple[str, ...] = ()
    event: str = ""
    topics: tuple[str, ...] = ()

    @property
    def weight(self) -> float:
        return kind_weight(self.kind)


@dataclass(frozen=True)
class Source:
    """A document some cooperation was read from."""

    iri: str
    label: str
    date: date | None = None
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Facts:
    """Everything the network figures are computed from; :meth:`during` slices it by date."""

    regions: dict[str, dict[str, Any]]
    cooperations: tuple[Cooperation, ...]
    sources: dict[str, Source] = field(default_factory=dict)
    topics: dict[str, str] = field(default_factory=dict)

    def during(self, period: Period | None) -> Facts:
        """Only the cooperations dated inside ``period`` (None keeps them all)."""
        if period is None:
            return self
        return replace(self, cooperations=tuple(c for c in self.cooperations if period.contains(c.date)))

    @property
    def undated(self) -> int:
        return sum(1 for c in self.cooperations if c.date is None)

    def topic_label(self, topic: str) -> str:
        return self.topics.get(topic) or local_name(topic)


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def parse_date(value: Any) -> date | None:
    """An xsd:date (or the date part of an xsd:dateTime) as a date; None when it is not one."""
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _float(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def node_attrs(row: dict[str, Any]) -> dict[str, Any]:
    """The attributes of a region's node, from a row of the regions query."""
    iri = row["r"]
    code = str(row.get("code") or "")
    label = row.get("ru") or row.get("plain") or row.get("any") or code or local_name(iri)
    lat, lon = _float(row.get("lat")), _float(row.get("lon"))
    if lat is None or lon is None:
        lat = lon = None
    return {
        "code": code,
        "label": str(label),
        "label_en": str(row.get("en") or ""),
        "district": str(row.get("dcode") or ""),
        "district_label": str(row.get("dlabel") or ""),
        "district_iri": str(row.get("diri") or ""),
        "lat": lat,
        "lon": lon,
        "foreign": row.get("foreign") in (True, "true", "1", 1),
    }


@dataclass
class _Draft:
    parties: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    evidence: set[str] = field(default_factory=set)
    dates: set[date] = field(default_factory=set)
    events: set[str] = field(default_factory=set)

    def kind(self) -> str:
        """The strongest stated kind (ties by name), so one cooperation counts once."""
        if not self.kinds:
            return UNKNOWN_KIND
        return min(self.kinds, key=lambda k: (-kind_weight(k), k))


def _sources(scan: Scan, documents: set[str]) -> dict[str, Source]:
    """The documents cooperations were read from: label (URL, else title, else IRI), date, topics."""
    urls = scan.values(str(SCHEMA.url), documents)
    names = scan.values(str(SCHEMA.name), documents)
    published = scan.values(str(SCHEMA.datePublished), documents)
    subjects = scan.values(str(DCTERMS.subject), documents)
    sources = {}
    for iri in documents:
        dates = [d for d in map(parse_date, published.get(iri, ())) if d is not None]
        label = min(map(str, urls.get(iri, ())), default="") or min(map(str, names.get(iri, ())), default="")
        topics = tuple(sorted(set(map(str, subjects.get(iri, ())))))
        sources[iri] = Source(iri, label or iri, min(dates, default=None), topics)
    return sources


def _drafts(scan: Scan, evidence: bool) -> dict[str, _Draft]:
    """Every ``rkg:Cooperation`` with what the graph states of it, one property at a time."""
    drafts = {iri: _Draft() for iri in scan.instances(str(RKG.Cooperation))}
    for coop, party in scan.pairs(str(RKG.party)):
        if coop in drafts:
            drafts[coop].parties.add(party)
    for coop, kind in scan.pairs(str(RKG.cooperationKind)):
        if coop in drafts:
            drafts[coop].kinds.add(local_name(kind))
    for coop, doc in scan.pairs(str(PROV.wasDerivedFrom)):
        if coop in drafts:
            drafts[coop].documents.add(doc)
    for coop, day in scan.pairs(str(SCHEMA.startDate)):
        if coop in drafts and (found := parse_date(day)) is not None:
            drafts[coop].dates.add(found)
    for coop, event in scan.pairs(str(RKG.event)):
        if coop in drafts:
            drafts[coop].events.add(event)
    for row in scan.store.select(_EVIDENCE_QUERY) if evidence else ():
        if row["coop"] in drafts:
            drafts[row["coop"]].evidence.add(" ".join(str(row["evidence"]).split()))
    return drafts


def _cooperations(drafts: dict[str, _Draft], sources: dict[str, Source]) -> tuple[Cooperation, ...]:
    coops = []
    for iri in sorted(drafts):
        draft = drafts[iri]
        known = [sources[d] for d in draft.documents if d in sources]
        published = [s.date for s in known if s.date]
        coops.append(
            Cooperation(
                iri=iri,
                parties=tuple(sorted(draft.parties)),
                kind=draft.kind(),
                documents=tuple(sorted(draft.documents)),
                date=min(published, default=None) or min(draft.dates, default=None),
                evidence=tuple(sorted(e for e in draft.evidence if e)),
                event=min(draft.events, default=""),
                topics=tuple(sorted({t for s in known for t in s.topics})),
            )
        )
    return tuple(coops)


def read_facts(store: GraphStore, evidence: bool = True, scan: Scan | None = None) -> Facts:
    """The regions, cooperations, documents and topic labels of a store (or of RDF files);
    ``evidence=False`` leaves out the sentences, which only the page and network files show.
    A ``scan`` shared with other readers reads each property once."""
    scan = scan or Scan(store)
    regions = {row["r"]: node_attrs(row) for row in store.select(_REGIONS_QUERY)}
    drafts = _drafts(scan, evidence)
    sources = _sources(scan, {d for draft in drafts.values() for d in draft.documents})
    topics = {
        row["topic"]: str(row.get("ru") or row.get("any") or local_name(row["topic"]))
        for row in store.select(_TOPICS_QUERY)
    }
    return Facts(dict(sorted(regions.items())), _cooperations(drafts, sources), sources, topics)
