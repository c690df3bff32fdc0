"""What every store offers, and what is built on top of it the same way for all."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from typing import Any

from .terms import Triple


class GraphStore(ABC):
    """A dataset of named graphs with SPARQL over their union."""

    @abstractmethod
    def query(self, sparql: str) -> tuple[list[str], list[dict[str, Any]]]:
        """Run a SELECT (or ASK) query; the variable names and one dict per row."""

    @abstractmethod
    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        """Make a named graph hold exactly these triples, in one transaction."""

    def replace_subjects(self, graph: str, subjects: Iterable[str], triples: Iterable[Triple]) -> None:
        """In one update: remove every triple of ``subjects`` from ``graph``, then add ``triples``.

        Built from IRIs and terms escaped by Oxigraph, never from pasted text."""
        import pyoxigraph as ox

        from .terms import to_ox

        g = ox.NamedNode(graph)
        subjects = sorted(subjects)
        parts = []
        if subjects:
            values = " ".join(str(ox.NamedNode(x)) for x in subjects)
            parts.append(
                f"DELETE {{ GRAPH {g} {{ ?s ?p ?o }} }} "
                f"WHERE {{ VALUES ?s {{ {values} }} GRAPH {g} {{ ?s ?p ?o }} }}"
            )
        body = " .\n".join(f"{to_ox(a)} {to_ox(b)} {to_ox(c)}" for a, b, c in triples)
        if body:
            parts.append(f"INSERT DATA {{ GRAPH {g} {{\n{body} }} }}")
        if parts:
            self.update(" ;\n".join(parts))

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL Update made of IRIs and escaped terms only."""

    @abstractmethod
    def drop_graph(self, graph: str) -> None:
        """Remove a named graph; nothing happens when it is absent."""

    @abstractmethod
    def graphs(self) -> list[str]:
        """The names of the named graphs."""

    @abstractmethod
    def construct(self, sparql: str) -> list[Triple]:
        """Run a CONSTRUCT query; the triples as rdflib terms."""

    def flush(self) -> None:  # noqa: B027 — most stores have nothing to flush
        """Write what is buffered in memory to disk: a long ingest calls this after each batch."""

    def close(self) -> None:  # noqa: B027 — most stores have nothing to release
        """Flush and release the store."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def select(self, sparql: str) -> list[dict[str, Any]]:
        """The rows of a SELECT query."""
        return self.query(sparql)[1]

    def dataset(self):
        """Every named graph as an rdflib Dataset, for TriG and N-Quads exports."""
        from rdflib import Dataset, URIRef

        ds = Dataset()
        for name in self.graphs():
            g = ds.graph(URIRef(name))
            for triple in self.construct(
                f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"
            ):
                g.add(triple)
        return ds

    def union(self) -> list[Triple]:
        """Every triple of every graph (the default graph included), as rdflib terms."""
        return self.construct("CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
