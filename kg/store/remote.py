"""Any SPARQL 1.1 endpoint as the store: the SPARQL 1.1 Protocol for queries and updates, the
Graph Store Protocol for whole graphs (Fuseki, GraphDB, Virtuoso, QLever, Oxigraph server).

Standard library HTTP only; every document string travels as N-Triples in a request body,
never pasted into SPARQL text.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from ..errors import QueryError, StoreError
from .base import GraphStore
from .terms import Triple, ntriples, to_rdflib

TIMEOUT = 120


class RemoteStore(GraphStore):
    def __init__(
        self,
        query_url: str,
        *,
        update_url: str | None = None,
        store_url: str | None = None,
        read_only: bool = False,
        union_default_graph: bool = True,
    ) -> None:
        self.union_default_graph = union_default_graph
        self.query_url = query_url
        root = (
            query_url.rsplit("/", 1)[0] if query_url.rstrip("/").endswith("/query") else query_url.rstrip("/")
        )
        self.update_url = update_url or f"{root}/update"
        self.store_url = store_url or f"{root}/store"
        self.read_only = read_only

    def _request(self, url: str, data: bytes | None, headers: dict[str, str], method: str = "POST") -> bytes:
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
                return resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            message = detail[0][:300] if detail else exc.reason
            if exc.code == 400:
                raise QueryError(f"{url}: the endpoint rejected the request: {message}") from None
            raise StoreError(f"{url}: HTTP {exc.code}: {message}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{url}: cannot reach the endpoint ({reason})") from None

    @property
    def _query_target(self) -> str:
        """Queries read the union of the named graphs, as they do in a local store: Oxigraph's
        server is asked for it with ``union-default-graph``; GraphDB and Virtuoso read the union by
        default; Fuseki needs ``unionDefaultGraph`` in its dataset configuration."""
        sep = "&" if "?" in self.query_url else "?"
        return f"{self.query_url}{sep}union-default-graph" if self.union_default_graph else self.query_url

    def query(self, sparql: str) -> tuple[list[str], list[dict[str, Any]]]:
        body = self._request(
            self._query_target,
            sparql.encode("utf-8"),
            {
                "Content-Type": "application/sparql-query; charset=utf-8",
                "Accept": "application/sparql-results+json",
            },
        )
        result = json.loads(body)
        if "boolean" in result:
            return ["ask"], [{"ask": bool(result["boolean"])}]
        names = result["head"]["vars"]
        rows = [{n: _plain_json(b.get(n)) for n in names} for b in result["results"]["bindings"]]
        return names, rows

    def construct(self, sparql: str) -> list[Triple]:
        body = self._request(
            self._query_target,
            sparql.encode("utf-8"),
            {
                "Content-Type": "application/sparql-query; charset=utf-8",
                "Accept": "application/n-triples",
            },
        )
        return [
            (to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object))
            for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
        ]

    def _write_check(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.query_url}: opened read-only")

    def replace_graph(self, graph: str, triples: Iterable[Triple]) -> None:
        """Graph Store Protocol PUT: the endpoint replaces the graph in one request."""
        self._write_check()
        url = f"{self.store_url}?{urllib.parse.urlencode({'graph': graph})}"
        self._request(
            url, ntriples(triples).encode("utf-8"), {"Content-Type": "application/n-triples"}, "PUT"
        )

    def update(self, sparql: str) -> None:
        self._write_check()
        self._request(
            self.update_url,
            sparql.encode("utf-8"),
            {"Content-Type": "application/sparql-update; charset=utf-8"},
        )

    def drop_graph(self, graph: str) -> None:
        self._write_check()
        update = f"DROP SILENT GRAPH {ox.NamedNode(graph)}"
        self._request(
            self.update_url,
            update.encode("utf-8"),
            {"Content-Type": "application/sparql-update; charset=utf-8"},
        )

    def graphs(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r["g"] for r in rows)


def _plain_json(binding: dict[str, str] | None) -> Any:
    if binding is None:
        return None
    value = binding["value"]
    if binding["type"] == "literal":
        dt = binding.get("datatype", "")
        if dt.endswith(("#integer", "#int", "#long")):
            return int(value)
        if dt.endswith(("#double", "#decimal", "#float")):
            return float(value)
        if dt.endswith("#boolean"):
            return value == "true"
    return value
