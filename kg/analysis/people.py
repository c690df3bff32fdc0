"""Who the graph says acted: people's posts, the people at each cooperation's event, and the
organisations documents name with their region — read once, as records.

:func:`carriers` decides who carries a cooperation: the people who hold a post for one of its
parties in the document it was read from, the chair and attendees of its event (unless that
document gives them a post for another party), the organisations of those people's posts in
that document, and the organisations the document names that belong to one of its parties.
For one link of a many-party cooperation, "its parties" are the link's two regions. It says what
the graph supports, not more: a person named in the document without a post for a party, and
not at its event, does not carry the link.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..mapping.vocab import ORG, PROV, RKG, SCHEMA
from ..store import GraphStore
from .facts import PREFIXES, Cooperation, local_name
from .scan import Scan

_NAMES_QUERY = (
    PREFIXES
    + """
SELECT ?x ?kind ?label WHERE {
  { ?x a foaf:Person . OPTIONAL { ?x foaf:name ?label } BIND("person" AS ?kind) }
  UNION {
    ?x a org:Organization . BIND("org" AS ?kind)
    OPTIONAL { ?x skos:prefLabel ?label FILTER(lang(?label) = "ru" || lang(?label) = "") }
  }
  UNION { ?x a org:Role ; skos:prefLabel ?label . BIND("role" AS ?kind) }
}
"""
)

# Which documents name an organisation, asked of the organisations that belong to a region only:
# every document names dozens of things, and reading all of schema:mentions would cost more.
_MENTIONS_QUERY = "SELECT ?doc ?org WHERE {{ VALUES ?org {{ {orgs} }} ?doc <{mentions}> ?org }}"
_NOT_IN_IRI = re.compile(r'[<>"{}|^`\\\s]')


@dataclass(frozen=True)
class Post:
    """A person's post as one document states it."""

    person: str
    name: str
    role: str
    organisation: str
    organisation_label: str
    region: str
    document: str


@dataclass(frozen=True)
class Actor:
    """A person or an organisation that carries a link, and the party they act for ("" if none)."""

    iri: str
    name: str
    region: str = ""


@dataclass
class People:
    """Posts by document, people by event, organisations with a region by document."""

    posts: list[Post] = field(default_factory=list)
    by_document: dict[str, list[Post]] = field(default_factory=dict)
    at_event: dict[str, list[Actor]] = field(default_factory=dict)
    organisations: dict[str, list[Actor]] = field(default_factory=dict)


def _names(store: GraphStore) -> dict[str, dict[str, str]]:
    """Kind (person, org, role) → IRI → its name (the smallest, when it has several)."""
    names: dict[str, dict[str, str]] = {"person": {}, "org": {}, "role": {}}
    for row in store.select(_NAMES_QUERY):
        known = names[row["kind"]]
        label = str(row.get("label") or "") or local_name(row["x"])
        known[row["x"]] = min(known.get(row["x"], label), label)
    return names


def read_posts(store: GraphStore, scan: Scan | None = None) -> list[Post]:
    """Every post of a person (a region's membership is no post), by person, document and role.

    Read a property at a time and joined here (see :mod:`.scan`); ``scan`` shares what other
    readers of the same run read already."""
    scan = scan or Scan(store)
    names = _names(store)
    people, orgs, roles = names["person"], names["org"], names["role"]
    members = {m: p for m, p in scan.pairs(str(ORG.member)) if p in people}
    documents = scan.values(str(PROV.wasDerivedFrom), set(members))
    held = scan.values(str(ORG.role), set(members))
    within = scan.values(str(ORG.organization), set(members))
    regions = scan.values(str(RKG.region), set(members))
    posts = []
    for m, person in members.items():
        role, org = min(held.get(m, [""])), min(within.get(m, [""]))
        for doc in documents.get(m, ()):
            posts.append(
                Post(
                    person=person,
                    name=people[person],
                    role=roles.get(role) or (local_name(role) if role else ""),
                    organisation=org,
                    organisation_label=orgs.get(org) or (local_name(org) if org else ""),
                    region=min(regions.get(m, [""])),
                    document=str(doc),
                )
            )
    return sorted(posts, key=_post_key)


def _post_key(p: Post) -> tuple[str, ...]:
    return (p.person, p.document, p.role, p.organisation, p.region)


def read_people(store: GraphStore, posts: list[Post] | None = None, scan: Scan | None = None) -> People:
    """What :func:`carriers` needs; ``posts`` when they were read already."""
    scan = scan or Scan(store)
    posts = read_posts(store, scan) if posts is None else posts
    names = _names(store)
    by_document: dict[str, list[Post]] = defaultdict(list)
    for post in posts:
        by_document[post.document].append(post)
    at_event: dict[str, list[Actor]] = defaultdict(list)
    for role in (str(RKG.chair), str(SCHEMA.attendee)):
        for event, person in scan.pairs(role):
            at_event[event].append(Actor(person, names["person"].get(person) or local_name(person)))
    home = {org: min(regions) for org, regions in scan.values(str(RKG.region), set(names["org"])).items()}
    organisations: dict[str, list[Actor]] = defaultdict(list)
    usable = sorted(org for org in home if not _NOT_IN_IRI.search(org))
    if usable:
        query = _MENTIONS_QUERY.format(orgs=" ".join(f"<{org}>" for org in usable), mentions=SCHEMA.mentions)
        for row in store.select(query):
            label = names["org"].get(row["org"]) or local_name(row["org"])
            organisations[row["doc"]].append(Actor(row["org"], label, str(home[row["org"]])))
    return People(posts, dict(by_document), dict(at_event), dict(organisations))


def carriers(
    coop: Cooperation, people: People, link: tuple[str, str] | None = None
) -> tuple[list[Actor], list[Actor]]:
    """The people and the organisations that carry one cooperation — or, given ``link`` (two of
    its parties), that link of it: then only those who act for one of the two, or for no party."""
    sides = set(link) if link is not None else set(coop.parties)
    others = set(coop.parties) - sides
    persons: dict[tuple[str, str], Actor] = {}
    orgs: dict[str, Actor] = {}
    elsewhere: set[str] = set()
    for doc in coop.documents:
        posts = people.by_document.get(doc, ())
        acting = {p.person for p in posts if p.region in sides}
        elsewhere |= {p.person for p in posts if p.region in others}
        for post in posts:
            if post.region in sides:
                persons[(post.person, post.region)] = Actor(post.person, post.name, post.region)
            if post.person in acting and post.organisation and post.organisation not in orgs:
                orgs[post.organisation] = Actor(post.organisation, post.organisation_label)
        for org in people.organisations.get(doc, ()):
            if org.region in sides:
                orgs[org.iri] = org
    for actor in people.at_event.get(coop.event, ()) if coop.event else ():
        if actor.iri not in elsewhere and not any(iri == actor.iri for iri, _ in persons):
            persons[(actor.iri, "")] = actor
    return _sorted(persons.values()), _sorted(orgs.values())


def _sorted(actors: Iterable[Actor]) -> list[Actor]:
    return sorted(actors, key=lambda a: (a.name, a.region, a.iri))
