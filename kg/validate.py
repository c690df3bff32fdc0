"""SHACL validation of a built graph against ``ontology/shapes.ttl``."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from .resources import ontology_path


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    text: str
    violations: int


def validate_graph(graph: Graph) -> ValidationReport:
    """Validate without inference (what the builder emits is checked as written)."""
    from pyshacl import validate

    shapes = Graph().parse(ontology_path("shapes.ttl"))
    conforms, results, text = validate(graph, shacl_graph=shapes, inference="none", allow_warnings=True)
    from rdflib.namespace import SH

    violations = len(set(results.subjects(SH.resultSeverity, SH.Violation)))
    return ValidationReport(bool(conforms), str(text), violations)
