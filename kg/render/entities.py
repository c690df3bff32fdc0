"""What the pages show beside the network: the entities, the documents, and the statements the
graph rests on, each with the sentences (``rkg:evidence``) it was read from.

Four SPARQL queries and plain Python, like the analysis: the store does the joins, the grouping
stays here where it is easy to read. Everything leaves this module as the project's own records,
sorted, so a page is the same on every run.

An *entity* is a document, or anything a document mentions (``schema:mentions``), is about
(``dcterms:subject``), or that a cooperation, a post or an event names as a party, organisation,
region or place. Roles, quotes, posts and cooperations are not entities: they are *statements*,
shown on the panels of the entities they name.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..store import GraphStore

RKG = "https://w3id.org/regiokg/ontology#"
SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

#: Entity kinds by class, in the order a node with several classes is given its kind.
KINDS: dict[str, str] = {
    SCHEMA + "NewsArticle": "document",
    FOAF + "Person": "person",
    ORG + "Organization": "organisation",
    SCHEMA + "Event": "event",
    RKG + "Region": "region",
    RKG + "ForeignRegion": "foreign region",
    RKG + "FederalDistrict": "federal district",
    RKG + "MacroRegion": "macro-region",
    SCHEMA + "City": "city",
    SKOS + "Concept": "topic",
}
OTHER = "other"

_PREFIXES = f"""
PREFIX rkg: <{RKG}>
PREFIX schema: <{SCHEMA}>
PREFIX org: <{ORG}>
PREFIX foaf: <{FOAF}>
PREFIX skos: <{SKOS}>
PREFIX prov: <{PROV}>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

_ENTITIES_QUERY = (
    _PREFIXES
    + """
SELECT ?x ?type ?label ?lang WHERE {
  { SELECT DISTINCT ?x WHERE {
      { ?x a schema:NewsArticle }
      UNION { ?d a schema:NewsArticle ; schema:mentions|dcterms:subject ?x }
      UNION { ?c a rkg:Cooperation ; rkg:party ?x }
      UNION { ?m a org:Membership ; org:organization|rkg:region ?x }
      UNION { ?e a schema:Event ; schema:location ?x }
      FILTER(isIRI(?x))
  } }
  OPTIONAL { ?x a ?type }
  OPTIONAL { ?x foaf:name|skos:prefLabel|schema:name|rdfs:label ?label BIND(LANG(?label) AS ?lang) }
}
"""
)

_DOCUMENTS_QUERY = (
    _PREFIXES
    + """
SELECT ?doc (MIN(STR(?url0)) AS ?url) (MIN(?title0) AS ?title) (MIN(STR(?date0)) AS ?date) WHERE {
  ?doc a schema:NewsArticle .
  OPTIONAL { ?doc schema:url ?url0 }
  OPTIONAL { ?doc schema:name ?title0 }
  OPTIONAL { ?doc schema:datePublished ?date0 }
}
GROUP BY ?doc
"""
)

_COORDINATES_QUERY = (
    _PREFIXES
    + """
SELECT ?x (MIN(?lat0) AS ?lat) (MIN(?lon0) AS ?lon) WHERE {
  { ?x schema:latitude ?lat0 ; schema:longitude ?lon0 }
  UNION { ?x rkg:capital ?c . ?c schema:latitude ?lat0 ; schema:longitude ?lon0 }
  FILTER EXISTS { ?x a ?kind VALUES ?kind { rkg:Region rkg:ForeignRegion } }
}
GROUP BY ?x
"""
)

_MENTIONS_QUERY = (
    _PREFIXES
    + """
SELECT DISTINCT ?doc ?x WHERE {
  ?doc a schema:NewsArticle ; schema:mentions|dcterms:subject ?x FILTER(isIRI(?x))
}
"""
)

#: What a statement says, one fact a row (a UNION of single paths, so nothing multiplies).
_STATEMENT_PREDICATES = (
    "rdf:type",
    "prov:wasDerivedFrom",
    "rkg:evidence",
    "schema:text",
    "rkg:party",
    "org:member",
    "org:organization",
    "rkg:region",
    "schema:location",
    "rkg:chair",
    "schema:attendee",
    "schema:creator",
    "rkg:event",
    "rkg:cooperationKind",
    "rkg:eventKind",
    "schema:startDate",
    "schema:name",
)
_FACTS_QUERY = f"""{_PREFIXES}
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT DISTINCT ?s ?p ?o WHERE {{
  ?s prov:wasDerivedFrom ?from .
  {{ ?s ?p ?o FILTER(?p IN ({", ".join(_STATEMENT_PREDICATES)})) }}
  UNION {{ ?s org:role/skos:prefLabel ?o BIND(org:role AS ?p) }}
}}
"""

#: How a statement's link to an entity reads on that entity's panel.
ROLES = {
    RKG + "party": "party",
    ORG + "member": "member",
    ORG + "organization": "organisation",
    RKG + "region": "region",
    SCHEMA + "location": "place",
    RKG + "chair": "chair",
    SCHEMA + "attendee": "attendee",
    SCHEMA + "creator": "speaker",
    RKG + "event": "event",
}


@dataclass(frozen=True)
class Document:
    """A source document: where it is and what it is called."""

    iri: str
    url: str
    title: str
    date: str

    @property
    def name(self) -> str:
        """The title, or else the last part of the URL: never a whole machine path."""
        if self.title:
            return self.title
        tail = self.url.rstrip("/").rsplit("/", 1)[-1]
        return tail or self.url or self.iri


@dataclass(frozen=True)
class Entity:
    iri: str
    kind: str
    label: str


@dataclass(frozen=True)
class Statement:
    """A cooperation, post, membership, event or quote, with the sentences it was read from.

    ``kind`` is the cooperation or event kind (local name), "post", "membership" or "quote";
    ``about`` pairs each entity it names with how (``ROLES``); ``note`` is a role's name or
    an event's name.
    """

    iri: str
    kind: str
    documents: tuple[str, ...]
    sentences: tuple[str, ...]
    about: tuple[tuple[str, str], ...]
    date: str = ""
    note: str = ""

    @property
    def is_cooperation(self) -> bool:
        return any(role == "party" for role, _ in self.about)

    def named(self, role: str) -> list[str]:
        return [iri for r, iri in self.about if r == role]


@dataclass
class Corpus:
    """Entities, documents and statements of a graph, with the indexes the pages need."""

    entities: dict[str, Entity] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)
    statements: list[Statement] = field(default_factory=list)
    #: entity → the documents that mention it (sorted)
    mentioned_in: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: region → (latitude, longitude) of its capital
    coordinates: dict[str, tuple[float, float]] = field(default_factory=dict)
    _by_entity: dict[str, list[Statement]] | None = field(default=None, init=False, repr=False)

    def about(self, iri: str) -> list[Statement]:
        """The statements that name an entity, or (for a document) that were read from it."""
        return self._index().get(iri, [])

    def cooperations(self) -> list[Statement]:
        return [s for s in self.statements if s.is_cooperation]

    def _index(self) -> dict[str, list[Statement]]:
        if self._by_entity is None:
            index: dict[str, list[Statement]] = defaultdict(list)
            for s in self.statements:
                for iri in sorted({s.iri, *s.documents, *(iri for _, iri in s.about)}):
                    index[iri].append(s)
            self._by_entity = dict(index)
        return self._by_entity


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def read_corpus(store: GraphStore) -> Corpus:
    """Everything the pages show beside the network, read from a store (or graph files)."""
    corpus = Corpus(entities=_entities(store), documents=_documents(store))
    mentions: dict[str, set[str]] = defaultdict(set)
    for row in store.select(_MENTIONS_QUERY):
        mentions[row["x"]].add(row["doc"])
    corpus.statements = _statements(store)
    for row in store.select(_COORDINATES_QUERY):
        if row["x"] in corpus.entities and row.get("lat") is not None and row.get("lon") is not None:
            corpus.coordinates[row["x"]] = (float(row["lat"]), float(row["lon"]))
    for s in corpus.statements:
        for _, iri in s.about:
            mentions[iri].update(s.documents)
    corpus.mentioned_in = {
        iri: tuple(sorted(d for d in docs if d in corpus.documents)) for iri, docs in sorted(mentions.items())
    }
    return corpus


def _entities(store: GraphStore) -> dict[str, Entity]:
    types: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for row in store.select(_ENTITIES_QUERY):
        iri = row["x"]
        types[iri].add(row.get("type") or "")
        if row.get("label"):
            lang = (row.get("lang") or "").lower()
            current = labels[iri].get(lang)
            labels[iri][lang] = min(current, row["label"]) if current else row["label"]
    entities = {}
    for iri in sorted(types):
        kind = next((k for cls, k in KINDS.items() if cls in types[iri]), OTHER)
        names = labels.get(iri, {})
        label = names.get("ru") or names.get("") or next(iter(sorted(names.values())), "") or local_name(iri)
        entities[iri] = Entity(iri, kind, label)
    return entities


def _documents(store: GraphStore) -> dict[str, Document]:
    return {
        row["doc"]: Document(row["doc"], row.get("url") or "", row.get("title") or "", row.get("date") or "")
        for row in sorted(store.select(_DOCUMENTS_QUERY), key=lambda r: r["doc"])
    }


def _statements(store: GraphStore) -> list[Statement]:
    facts: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in store.select(_FACTS_QUERY):
        facts[row["s"]][row["p"]].add(str(row["o"]))
    return [_statement(iri, facts[iri]) for iri in sorted(facts)]


def _statement(iri: str, f: dict[str, set[str]]) -> Statement:
    types = f.get(RDF_TYPE, set())
    if RKG + "Cooperation" in types:
        kind = min(local_name(k) for k in f.get(RKG + "cooperationKind", {"Unknown"}))
    elif SCHEMA + "Event" in types:
        kind = min(local_name(k) for k in f.get(RKG + "eventKind", {"Event"}))
    elif SCHEMA + "Quotation" in types:
        kind = "quote"
    elif f.get(ORG + "role"):
        kind = "post"
    elif ORG + "Membership" in types:
        kind = "membership"
    else:
        kind = local_name(min(types)) if types else "statement"
    sentences = sorted(f.get(RKG + "evidence", set()) | f.get(SCHEMA + "text", set()))
    about = sorted((role, o) for p, role in ROLES.items() for o in f.get(p, ()))
    note = min(f.get(ORG + "role", set()) | f.get(SCHEMA + "name", set()), default="")
    return Statement(
        iri=iri,
        kind=kind,
        documents=tuple(sorted(f.get(PROV + "wasDerivedFrom", ()))),
        sentences=tuple(" ".join(s.split()) for s in sentences),
        about=tuple(about),
        date=min(f.get(SCHEMA + "startDate", ()), default=""),
        note=note,
    )
