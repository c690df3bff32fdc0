"""People are listed in a Russian register's order: by surname, with letter case and «ё» aside."""

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
