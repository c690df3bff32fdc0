"""Mapping: extraction records → RDF triples, and the rules for naming nodes."""

from .document import document_triples, organisation_triples, person_triples, role_triples
from .iris import Iris
from .reference import reference_triples
from .vocab import COOPERATION_WEIGHTS, DEFAULT_BASE, PREFIXES

__all__ = [
    "COOPERATION_WEIGHTS",
    "DEFAULT_BASE",
    "PREFIXES",
    "Iris",
    "document_triples",
    "organisation_triples",
    "person_triples",
    "reference_triples",
    "role_triples",
]
