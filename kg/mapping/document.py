"""One document's extraction as triples: the document, its mentions, posts, events, quotes,
topics, cooperations and memberships, and how it names each person and organisation
(``rkg:mentionedAs``). Pure functions. The shared description of a person or an organisation
(one ``foaf:name``, one ``skos:prefLabel``) is made by :func:`person_triples` and
:func:`organisation_triples` from every document that names them, and lives outside any one
document's graph, so that removing a document never removes a region or a person others name.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rdflib import Literal, URIRef

from ..extract import DocumentExtraction
from ..extract.gazetteer import reference
from ..extract.records import Organisation, PersonName
from .iris import Iris
from .vocab import (
    COOPERATION_WEIGHTS,
    DCTERMS,
    DEFAULT_COOPERATION_WEIGHT,
    FOAF,
    ORG,
    PROV,
    RDF,
    RKG,
    SCHEMA,
    SKOS,
    XSD,
)

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def person_triples(node: URIRef, name: PersonName) -> Iterator[Triple]:
    yield node, RDF.type, FOAF.Person
    yield node, FOAF.name, Literal(name.display)
    if name.first and len(name.first.rstrip(".")) > 1:
        yield node, FOAF.givenName, Literal(name.first)
    if name.last:
        yield node, FOAF.familyName, Literal(name.last)
    if name.middle and len(name.middle.rstrip(".")) > 1:
        yield node, RKG.patronymic, Literal(name.middle)


def organisation_triples(node: URIRef, org: Organisation, iris: Iris) -> Iterator[Triple]:
    yield node, RDF.type, ORG.Organization
    yield node, SKOS.prefLabel, Literal(org.name, lang="ru")
    for abbr in org.abbreviations:
        yield node, SKOS.altLabel, Literal(abbr, lang="ru")
    if org.legal_form:
        yield node, RKG.legalForm, Literal(org.legal_form)
        yield node, SKOS.altLabel, Literal(f"{org.legal_form} «{org.name}»", lang="ru")
    if org.region:
        yield node, RKG.region, iris.region(org.region)


def role_triples(node: URIRef, label: str) -> Iterator[Triple]:
    """A role, described once for every post that has it."""
    yield node, RDF.type, ORG.Role
    yield node, RDF.type, SKOS.Concept
    yield node, SKOS.prefLabel, Literal(label, lang="ru")


def document_triples(dx: DocumentExtraction, iris: Iris, persons: Sequence[URIRef]) -> Iterator[Triple]:
    """Triples of one document; ``persons[i]`` is the corpus-wide node of the document's person i."""
    doc, ex, parsed = dx.document, dx.extraction, dx.parsed
    d = iris.document(doc.key)
    yield d, RDF.type, SCHEMA.NewsArticle
    yield d, SCHEMA.url, URIRef(doc.url)
    if doc.title:
        yield d, SCHEMA.name, Literal(doc.title)
    if doc.date:
        yield d, SCHEMA.datePublished, Literal(doc.date, datatype=XSD.date)
    yield d, RKG.contentHash, Literal(f"sha256:{doc.sha256}")

    def sentence(s: int) -> Literal:
        return Literal(" ".join(parsed.sentence_text(s).split()), lang="ru")

    for p in ex.places:
        if not p.in_event_name:
            yield d, SCHEMA.mentions, iris.place(p.kind, p.code)
    for k, node in enumerate(persons):
        yield d, SCHEMA.mentions, node
        yield node, RKG.mentionedAs, Literal(ex.persons[k].name.full)
    for key, org in ex.organisations.items():
        node = iris.organisation(key)
        yield d, SCHEMA.mentions, node
        yield node, RKG.mentionedAs, Literal(org.name)
    for concept, _sent in ex.topics:
        yield d, DCTERMS.subject, URIRef(concept)

    for n, post in enumerate(ex.posts, 1):
        m = iris.local("membership", doc.key, n)
        role = iris.role(post.role)
        yield m, RDF.type, ORG.Membership
        yield m, ORG.member, persons[post.person]
        yield m, ORG.role, role
        yield role, RKG.mentionedAs, Literal(post.role)
        if post.organisation:
            yield m, ORG.organization, iris.organisation(post.organisation)
        if post.region:
            yield m, RKG.region, iris.region(post.region)
        if post.acting:
            yield m, RKG.acting, Literal(True)
        yield m, PROV.wasDerivedFrom, d
        yield m, RKG.evidence, sentence(post.sent)
    for n, rm in enumerate(ex.memberships, 1):
        m = iris.local("region-membership", doc.key, n)
        yield m, RDF.type, ORG.Membership
        yield m, ORG.member, iris.region(rm.region)
        yield m, ORG.organization, iris.organisation(rm.organisation)
        yield m, PROV.wasDerivedFrom, d
        yield m, RKG.evidence, sentence(rm.sent)

    events = {}
    for e in ex.events:
        node = events[e.key] = iris.local("event", doc.key, e.key)
        yield d, SCHEMA.mentions, node
        yield node, RDF.type, SCHEMA.Event
        yield node, SCHEMA.name, Literal(e.name, lang="ru")
        yield node, RKG.eventKind, RKG[e.kind]
        if e.location:
            yield node, SCHEMA.location, iris.place(*e.location)
        if e.date:
            yield node, SCHEMA.startDate, Literal(e.date, datatype=XSD.date)
        if e.chair is not None:
            yield node, RKG.chair, persons[e.chair]
        for p in e.participants:
            yield node, SCHEMA.attendee, persons[p]
        if e.region_count:
            yield node, RKG.participantRegionCount, Literal(e.region_count, datatype=XSD.integer)
        if e.duration_days:
            yield node, SCHEMA.duration, Literal(f"P{e.duration_days}D", datatype=XSD.duration)
        yield node, PROV.wasDerivedFrom, d
        for s in e.sents[:3]:
            yield node, RKG.evidence, sentence(s)

    for n, q in enumerate(ex.quotes, 1):
        node = iris.local("quote", doc.key, n)
        yield node, RDF.type, SCHEMA.Quotation
        yield node, SCHEMA.text, Literal(q.text, lang="ru")
        if q.speaker is not None:
            yield node, SCHEMA.creator, persons[q.speaker]
        yield node, SCHEMA.isPartOf, d
        yield node, PROV.wasDerivedFrom, d

    for n, c in enumerate(ex.cooperations, 1):
        node = iris.local("cooperation", doc.key, n)
        yield node, RDF.type, RKG.Cooperation
        for code in c.parties:
            kind = "region" if code in reference().regions else "foreign"
            yield node, RKG.party, iris.place(kind, code)
        yield node, RKG.cooperationKind, RKG[c.kind]
        yield (
            node,
            RKG.weight,
            Literal(COOPERATION_WEIGHTS.get(c.kind, DEFAULT_COOPERATION_WEIGHT), datatype=XSD.double),
        )
        if c.event and c.event in events:
            yield node, RKG.event, events[c.event]
        date = next((e.date for e in ex.events if e.key == c.event and e.date), None) or doc.date
        if date:
            yield node, SCHEMA.startDate, Literal(date, datatype=XSD.date)
        yield node, PROV.wasDerivedFrom, d
        for s in c.sents[:5]:
            yield node, RKG.evidence, sentence(s)
