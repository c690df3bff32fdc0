"""The gazetteer as RDF: regions, federal districts, their capitals, other places named."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Literal, URIRef

from ..extract.gazetteer import Gazetteer, PlaceInfo
from .iris import Iris
from .vocab import OWL, RDF, RKG, SCHEMA, SKOS, WD, XSD

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def reference_triples(
    gaz: Gazetteer, iris: Iris, places: Iterable[tuple[str, str]] | None = None
) -> Iterator[Triple]:
    """Every federal subject and federal district, and the other places: those ``places`` names, or all."""
    capitals = {(r.capital_en, r.code) for r in gaz.regions.values()}
    for r in gaz.regions.values():
        node = iris.region(r.code)
        yield node, RDF.type, RKG.Region
        yield node, RKG.regionCode, Literal(r.code)
        # every federal subject, as the graph contract reads regions by it; the six that ISO does
        # not list under RU keep the form of the others (the ontology says so)
        yield node, RKG.isoCode, Literal(r.code)
        yield node, SKOS.prefLabel, Literal(r.name_ru, lang="ru")
        yield node, SKOS.prefLabel, Literal(r.name_en, lang="en")
        for alt in dict.fromkeys((r.official_ru, *r.short_names, *r.abbreviations)):
            if alt != r.name_ru:
                yield node, SKOS.altLabel, Literal(alt, lang="ru")
        yield node, RKG.subjectKind, Literal(r.kind, lang="ru")
        if r.district:
            yield node, RKG.federalDistrict, iris.district(r.district)
        if r.wikidata:
            yield node, OWL.sameAs, WD[r.wikidata]
        if r.lat is not None and r.lon is not None:
            # where the page draws the region: its capital (a federal city: itself)
            yield node, SCHEMA.latitude, Literal(r.lat, datatype=XSD.double)
            yield node, SCHEMA.longitude, Literal(r.lon, datatype=XSD.double)
        if r.code in ("RU-MOW", "RU-SPE", "RU-SEV") or not r.capital_en:
            continue
        city = iris.city(r.capital_en)
        yield node, RKG.capital, city
        yield from _city(
            city,
            PlaceInfo("city", r.capital_en, r.capital_ru, r.capital_en, region=r.code, lat=r.lat, lon=r.lon),
            iris,
        )
    for (kind, code), p in gaz.places.items():
        if kind == "district":
            node = iris.district(code)
            yield node, RDF.type, RKG.FederalDistrict
            yield node, RKG.districtCode, Literal(code)
            yield from _labels(node, p)
    for kind, code in sorted(set(gaz.places if places is None else places)):
        p = gaz.places.get((kind, code))
        if p is None or kind == "district" or (kind == "city" and (p.name_en, p.region) in capitals):
            continue
        node = iris.place(kind, code)
        if kind == "city":
            yield from _city(node, p, iris)
        elif kind == "macro":
            yield node, RDF.type, RKG.MacroRegion
            yield from _labels(node, p)
        elif kind == "foreign":
            yield node, RDF.type, RKG.ForeignRegion
            yield node, RKG.isoCode, Literal(code)
            yield node, SCHEMA.addressCountry, Literal(p.country)
            yield from _labels(node, p)


def _labels(node: URIRef, p: PlaceInfo) -> Iterator[Triple]:
    yield node, SKOS.prefLabel, Literal(p.name_ru, lang="ru")
    if p.name_en:
        yield node, SKOS.prefLabel, Literal(p.name_en, lang="en")
    for alt in p.aliases:
        yield node, SKOS.altLabel, Literal(alt, lang="ru")


def _city(node: URIRef, p: PlaceInfo, iris: Iris) -> Iterator[Triple]:
    yield node, RDF.type, SCHEMA.City
    yield node, SCHEMA.name, Literal(p.name_ru, lang="ru")
    if p.name_en:
        yield node, SCHEMA.name, Literal(p.name_en, lang="en")
    if p.region:
        yield node, SCHEMA.containedInPlace, iris.region(p.region)
    if p.lat is not None and p.lon is not None:
        yield node, SCHEMA.latitude, Literal(p.lat, datatype=XSD.double)
        yield node, SCHEMA.longitude, Literal(p.lon, datatype=XSD.double)
