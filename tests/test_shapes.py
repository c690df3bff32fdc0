"""The SHACL shapes accept the model as documented and reject what breaks it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF

from kg.validate import validate_graph

EXAMPLE = Path(__file__).parent / "data" / "model_example.ttl"
RKG = Namespace("https://w3id.org/regiokg/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")


@pytest.fixture
def example() -> Graph:
    return Graph().parse(EXAMPLE)


def test_the_documented_model_conforms(example):
    report = validate_graph(example)
    assert report.conforms, report.text


def test_a_cooperation_needs_two_parties(example):
    coop = next(example.subjects(RDF.type, RKG.Cooperation))
    for party in list(example.objects(coop, RKG.party))[1:]:
        example.remove((coop, RKG.party, party))
    assert not validate_graph(example).conforms


def test_a_membership_needs_its_document(example):
    m = next(example.subjects(RDF.type, ORG.Membership))
    example.remove((m, PROV.wasDerivedFrom, None))
    assert not validate_graph(example).conforms


def test_an_iso_code_has_its_shape(example):
    region = next(example.subjects(RDF.type, RKG.Region))
    example.set((region, RKG.isoCode, Literal("Tomsk")))
    assert not validate_graph(example).conforms


def test_acting_is_a_boolean(example):
    m = next(example.subjects(ORG.member, None))
    example.add((m, RKG.acting, URIRef("urn:yes")))
    assert not validate_graph(example).conforms
