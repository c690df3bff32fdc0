"""Namespaces of the graph."""

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

RKG = Namespace("https://w3id.org/regiokg/ontology#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
TOPICS = Namespace("https://w3id.org/regiokg/topics#")
WD = Namespace("http://www.wikidata.org/entity/")

#: Weight one cooperation adds to an edge of the network, by kind. An agreement is a commitment
#: both parties signed, a joint project is work done together; shared attendance at an event is
#: weaker evidence of working together.
COOPERATION_WEIGHTS: dict[str, float] = {"Agreement": 1.0, "JointProject": 1.0, "CoParticipation": 0.5}
#: Weight of a cooperation whose kind is missing or unknown.
DEFAULT_COOPERATION_WEIGHT = 0.5

#: the default base of instance IRIs; ``kg build --base`` changes it
DEFAULT_BASE = "https://w3id.org/regiokg/id/"

PREFIXES = {
    "rkg": RKG,
    "schema": SCHEMA,
    "org": ORG,
    "foaf": FOAF,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "owl": OWL,
    "rdfs": RDFS,
    "xsd": XSD,
    "topics": TOPICS,
    "wd": WD,
}

__all__ = [
    "RKG",
    "SCHEMA",
    "ORG",
    "TOPICS",
    "WD",
    "FOAF",
    "SKOS",
    "PROV",
    "DCTERMS",
    "OWL",
    "RDF",
    "RDFS",
    "XSD",
    "DEFAULT_BASE",
    "PREFIXES",
]
