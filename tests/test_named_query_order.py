"""The listings a reader scans are in Russian order: by surname, with letter case and «ё» aside."""

from __future__ import annotations

import pyoxigraph as ox

from kg.queries import named_queries

PEOPLE = """
@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix : <https://example.org/> .

:d1 a prov:Entity .
:governor skos:prefLabel "губернатор"@ru .
:minister skos:prefLabel "министр"@ru .
"""
NAMES = [("Пётр", "Ёлкин"), ("Анна", "Яковлева"), ("Иван", "Елагин"), ("Борис", "Артамонов")]


def people_graph() -> str:
    lines = [PEOPLE]
    for n, (first, last) in enumerate(NAMES):
        lines.append(
            f':p{n} foaf:name "{first} {last}" ; foaf:givenName "{first}" ; foaf:familyName "{last}" .\n'
            f":m{n} org:member :p{n} ; org:role :{'governor' if n % 2 else 'minister'} ; "
            "prov:wasDerivedFrom :d1 .\n"
        )
    return "".join(lines)


def test_people_are_listed_by_surname_with_yo_as_ye():
    store = ox.Store()
    store.load(people_graph().encode(), ox.RdfFormat.TURTLE)
    rows = store.query(named_queries()["people-posts"])
    assert [r["person"].value for r in rows] == [
        "Борис Артамонов",
        "Иван Елагин",
        "Пётр Ёлкин",
        "Анна Яковлева",
    ]


def test_events_are_listed_by_name_with_letter_case_aside():
    events = """
    @prefix schema: <https://schema.org/> .
    @prefix rkg: <https://w3id.org/regiokg/ontology#> .
    @prefix : <https://example.org/> .
    :e1 a schema:Event ; schema:name "Форум регионов"@ru ; rkg:eventKind rkg:Forum .
    :e2 a schema:Event ; schema:name "ежегодное собрание"@ru ; rkg:eventKind rkg:GeneralAssembly .
    :e3 a schema:Event ; schema:name "Ёлочная ярмарка"@ru ; rkg:eventKind rkg:Exhibition .
    """
    store = ox.Store()
    store.load(events.encode(), ox.RdfFormat.TURTLE)
    rows = store.query(named_queries()["events"])
    assert [r["event"].value for r in rows] == ["ежегодное собрание", "Ёлочная ярмарка", "Форум регионов"]
