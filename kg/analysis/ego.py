"""One region's neighbourhood: its partners, what each link weighs and is made of, and who and
which documents carry it.

A region is named by its code (``RU-TOM``, or ``TOM``), its ISO code, or a Russian or English
name — whole, or any part that only one region's names contain («томская», «Tomsk»).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import networkx as nx

from ..store import GraphStore
from .facts import PREFIXES, Cooperation, Facts
from .people import People, carriers

_NAMES_QUERY = (
    PREFIXES
    + """
SELECT ?r ?code ?name WHERE {
  { ?r rkg:regionCode ?code } UNION { ?r a rkg:ForeignRegion ; rkg:isoCode ?code }
  OPTIONAL { { ?r skos:prefLabel ?name } UNION { ?r skos:altLabel ?name } }
}
"""
)


class UnknownRegion(ValueError):
    """The text names no region, or more than one."""


@dataclass(frozen=True)
class EgoLink:
    """One link of a region to a partner, with what it is made of and who carries it."""

    partner: str
    code: str
    label: str
    district: str
    weight: float
    cooperations: int
    kinds: dict[str, int]
    first: str
    last: str
    people: tuple[str, ...]
    organisations: tuple[str, ...]
    documents: tuple[str, ...]


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def resolve_region(store: GraphStore, text: str) -> str:
    """The IRI of the one region ``text`` names; raises UnknownRegion otherwise."""
    names: dict[str, set[str]] = {}
    code_of: dict[str, str] = {}
    for row in store.select(_NAMES_QUERY):
        code = str(row["code"])
        code_of[row["r"]] = min(code_of.get(row["r"], code), code)
        names.setdefault(row["r"], set()).update({_fold(code), _fold(str(row.get("name") or code))})
    wanted = _fold(text)
    by_code = {_fold(code): r for r, code in sorted(code_of.items(), reverse=True)}
    for key in (wanted, f"ru-{wanted}"):
        if key in by_code:
            return by_code[key]
    exact = sorted(r for r, ns in names.items() if wanted in ns)
    found = exact or sorted(r for r, ns in names.items() if any(wanted in n for n in ns))
    if len(found) == 1:
        return found[0]
    if not found:
        raise UnknownRegion(f"{text!r} names no region (give a code such as RU-TOM or a name)")
    shown = ", ".join(sorted(code_of[r] for r in found)[:6]) + (", …" if len(found) > 6 else "")
    raise UnknownRegion(f"{text!r} names {len(found)} regions ({shown}); give its code")


def ego_links(G: nx.Graph, facts: Facts, region: str, people: People | None = None) -> list[EgoLink]:
    """The region's links, strongest first (then by code); empty when it has none in ``G``.

    ``facts`` must be the cooperations ``G`` was built from, so each link's parts add up to it.
    """
    if region not in G:
        return []
    with_partner: dict[str, list[Cooperation]] = defaultdict(list)
    for coop in facts.cooperations:
        if region in coop.parties:
            for partner in coop.parties:
                with_partner[partner].append(coop)
    links = []
    for partner in G[region]:
        shared = with_partner[partner]
        dates = sorted(c.date.isoformat() for c in shared if c.date)
        acting: dict[str, tuple[str, set[str]]] = {}
        orgs: set[str] = set()
        for coop in shared if people is not None else ():
            found_people, found_orgs = carriers(coop, people, (region, partner))
            for actor in found_people:
                _, sides = acting.setdefault(actor.iri, (actor.name, set()))
                if actor.region:
                    sides.add(_code(G, actor.region))
            orgs |= {a.name for a in found_orgs}
        data = G.edges[region, partner]
        attrs = G.nodes[partner]
        links.append(
            EgoLink(
                partner=partner,
                code=attrs.get("code") or partner,
                label=attrs.get("label") or "",
                district=attrs.get("district") or "",
                weight=float(data["weight"]),
                cooperations=int(data["count"]),
                kinds=dict(sorted(Counter(c.kind for c in shared).items())),
                first=dates[0] if dates else "",
                last=dates[-1] if dates else "",
                people=tuple(sorted(_named(name, sides) for name, sides in acting.values())),
                organisations=tuple(sorted(orgs)),
                documents=tuple(data["documents"]),
            )
        )
    return sorted(links, key=lambda link: (-link.weight, link.code))


def _code(G: nx.Graph, region: str) -> str:
    return (G.nodes[region].get("code") if region in G else "") or region.rsplit("/", 1)[-1]


def _named(name: str, sides: set[str]) -> str:
    """«Имя Фамилия (RU-TOM)»: a person with the parties they act for, when the graph says."""
    return f"{name} ({', '.join(sorted(sides))})" if sides else name
