"""Oxigraph in this process: in memory, or a directory on disk."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ..errors import InputError, QueryError, StoreError
from .base import GraphStore
from .terms import Triple, plain, quads, to_rdflib

_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD if hasattr(ox.RdfFormat, "JSON_LD") else None,
}


class LocalStore(GraphStore):
    """An Oxigraph store; ``location`` None keeps it in memory."""

    def __init__(self, location: str | Path | None = None, *, read_only: bool = False) -> None:
        self.location = Path(location) if location is not None else None
        self.read_only = read_only
        try:
            if self.location is None:
                self._store = ox.Store()
            elif read_only:
                writer = _writer_of(self.location)
                if writer is not None:
                    raise StoreError(
                        f"{self.location}: the store is being written by another process (pid {writer}); "
                        "read it when that finishes, or serve it with `oxigraph serve` and ingest "
                        "through its endpoint"
                    )
                self._store = ox.Store.read_only(str(self.location))
            else:
                self.location.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.location))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"{self.location}: the store is in use by another kg process; wait for it to finish"
                ) from None
            raise StoreError(f"{self.location}: cannot open the store: {exc}") from None

    @classmethod
    def from_files(cls, paths: Iterable[str | Path]) -> LocalStore:
        store = cls()
        for path in paths:
            store.load_file(path)
        return store

    @classmethod
    def from_turtle(cls, data: str | bytes, fmt: str = "ttl") -> LocalStore:
        """A store holding RDF text (Turtle by default, or ``fmt="nt"`` for N-Triples)."""
        store = cls()
        store._store.load(data.encode() if isinstance(data, str) else data, format=FORMATS[f".{fmt}"])
        return store

    def load_file(self, path: str | Path) -> None:
        path = Path(path)
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            known = ", ".join(sorted(k for k, v in FORMATS.items() if v))
            raise InputError(f"{path}: unknown RDF file type (expected one of {known})")
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        try:
            self._store.load(path=str(path), format=fmt)
        except (SyntaxError, ValueError, OSError) as exc:
            raise InputError(f"{path}: not valid RDF: {exc}") from None

    def __len__(self) -> int:
        return len(self._store)

    def dump(self, output: Any, fmt: str) -> None:
        """Every named graph to a binary file in N-Quads (``nq``) or TriG (``trig``), by Oxigraph
        itself: a million quads stream out in seconds, where a round through rdflib takes a minute."""
        self._store.dump(output, {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}[fmt])

    def query(self, sparql: str) -> tuple[list[str], list[dict[str, Any]]]:
        def read(result: Any) -> tuple[list[str], list[dict[str, Any]]]:
            if isinstance(result, bool | ox.QueryBoolean):  # pyoxigraph 0.5 answers ASK with QueryBoolean
                return ["ask"], [{"ask": bool(result)}]
            if isinstance(result, ox.QuerySolutions):
                names = [v.value for v in result.variables]
                return names, [{n: plain(sol[n]) for n in names} for sol in result]
            raise QueryError("only SELECT and ASK queries give a table; use `kg export` for a graph")

        return self._run(sparql, read)

    def construct(self, sparql: str) -> list[Triple]:
        def read(result: Any) -> list[Triple]:
            if not isinstance(result, ox.QueryTriples):
                raise QueryError("a CONSTRUCT or DESCRIBE query was expected")
            return [(to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in result]

        return self._run(sparql, read)

    def _run(self, sparql: str, read: Any) -> Any:
        """Run and read inside one guard: Oxigraph evaluates lazily, so errors come while reading."""
        if _SERVICE.search(sparql):
            raise QueryError("SERVICE (federated query) is not allowed: queries never leave this machine")
        try:
            return read(self._store.query(sparql, use_default_graph_as_union=True))
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except (ValueError, OSError, RuntimeError) as exc:
            raise QueryError(f"SPARQL query failed: {exc}") from None

    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        data = quads(triples, graph)
        g = ox.NamedNode(graph)
        if not self._store.contains_named_graph(g):
            try:
                self._store.extend(data)  # a new graph: one transaction, without parsing SPARQL
            except OSError as exc:
                raise StoreError(f"cannot write graph {graph}: {exc}") from None
            return
        # one update: drop and refill together, so a crash leaves the old graph or the new, never half
        body = " .\n".join(f"{q.subject} {q.predicate} {q.object}" for q in data)
        try:
            self._store.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body} }} }}")
        except OSError as exc:
            raise StoreError(f"cannot write graph {graph}: {exc}") from None

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except OSError as exc:
            raise StoreError(f"cannot write the store: {exc}") from None

    def drop_graph(self, graph: str) -> None:
        self._store.update(f"DROP SILENT GRAPH {ox.NamedNode(graph)}")

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def flush(self) -> None:
        """RocksDB keeps recent writes in a buffer per index (about 0.1 MB a document, never given
        back until flushed): flushing after each batch keeps a 10,000-document ingest flat in
        memory instead of growing by a gigabyte."""
        if self.location is not None and not self.read_only:
            try:
                self._store.flush()
            except OSError as exc:
                raise StoreError(f"cannot write the store: {exc}") from None

    def close(self) -> None:
        if self.location is not None and not self.read_only:
            with contextlib.suppress(OSError, RuntimeError):
                self._store.flush()
        if self.location is not None:
            # let RocksDB go now, not whenever the object is collected: its background work on a
            # closed store would pull files from under the next reader of the directory
            self._store = _Closed(self.location)


class _Closed:
    """What a store directory's handle becomes once closed: any use says so."""

    def __init__(self, location: Path) -> None:
        self.location = location

    def __getattr__(self, name: str) -> Any:
        raise StoreError(f"{self.location}: the store was closed")

    def __len__(self) -> int:
        raise StoreError(f"{self.location}: the store was closed")


def _writer_of(location: Path) -> int | None:
    """The process holding the store's write lock, if another one does (Linux: /proc/locks).

    Oxigraph's read-only mode must not be used while another process writes: the writer's
    compactions delete files the reader still needs. /proc/locks is read without taking any
    lock, so asking never disturbs a writer in this very process.
    """
    try:
        st = (location / "LOCK").stat()
        locks = Path("/proc/locks").read_text()
    except OSError:
        return None
    file_id = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    for line in locks.splitlines():
        fields = line.split()
        if len(fields) > 5 and fields[5] == file_id and fields[4].isdigit():
            pid = int(fields[4])
            if pid != os.getpid():
                return pid
    return None
