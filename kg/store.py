"""The SPARQL store: an in-memory Oxigraph dataset the CLI and the analysis query.

The one place that talks to pyoxigraph. Results come back as plain Python rows so that no
pyoxigraph term leaves this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .errors import InputError, QueryError

_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}


def _plain(term: Any) -> Any:
    """An Oxigraph term as Python: IRIs and strings as str, numbers as int or float."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith(("#integer", "#int", "#long")):
            return int(term.value)
        if dt.endswith(("#double", "#decimal", "#float")):
            return float(term.value)
        return term.value
    return term.value


class Store:
    """A read-mostly SPARQL dataset; the default graph is the union of all named graphs."""

    def __init__(self) -> None:
        self._store = ox.Store()

    @classmethod
    def from_files(cls, paths: Iterable[str | Path]) -> Store:
        store = cls()
        for path in paths:
            store.load_file(path)
        return store

    @classmethod
    def from_turtle(cls, data: str | bytes, fmt: str = "ttl") -> Store:
        """A store holding RDF text (Turtle by default, or ``fmt="nt"`` for N-Triples)."""
        store = cls()
        store._store.load(data.encode() if isinstance(data, str) else data, format=_FORMATS[f".{fmt}"])
        return store

    def load_file(self, path: str | Path) -> None:
        path = Path(path)
        fmt = _FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise InputError(f"{path}: unknown RDF file type (expected one of {', '.join(sorted(_FORMATS))})")
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        try:
            self._store.load(path=str(path), format=fmt)
        except (SyntaxError, ValueError, OSError) as exc:
            raise InputError(f"{path}: not valid RDF: {exc}") from None

    def __len__(self) -> int:
        return len(self._store)

    def query(self, sparql: str) -> tuple[list[str], list[dict[str, Any]]]:
        """Run a SELECT (or ASK) query; returns the variable names and one dict per row."""
        try:
            result = self._store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except (ValueError, OSError) as exc:
            raise QueryError(f"SPARQL query failed: {exc}") from None
        if isinstance(result, bool):
            return ["ask"], [{"ask": result}]
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows = [{n: _plain(sol[n]) for n in names} for sol in result]
            return names, rows
        raise QueryError("only SELECT and ASK queries give a table; use CONSTRUCT through `kg export`")

    def select(self, sparql: str) -> list[dict[str, Any]]:
        """The rows of a SELECT query."""
        return self.query(sparql)[1]
