"""Stores: where graphs live and are queried — in memory, on disk (Oxigraph), or any SPARQL 1.1 endpoint.

The only package that talks to pyoxigraph or to a remote endpoint. Every store holds named
graphs (one per document, plus the reference and derived graphs) and answers SPARQL over
their union; results leave it as plain Python values.
"""

from __future__ import annotations

from pathlib import Path

from .base import GraphStore
from .local import LocalStore
from .remote import RemoteStore


def open_store(
    location: str | Path | None = None, *, update_url: str | None = None, read_only: bool = False
) -> GraphStore:
    """An in-memory store (None), an Oxigraph directory, or a SPARQL endpoint (``http(s)://…/query``)."""
    if location is not None and str(location).startswith(("http://", "https://")):
        return RemoteStore(str(location), update_url=update_url, read_only=read_only)
    return LocalStore(location, read_only=read_only)


# the in-memory dataset the analysis and the CLI query files with
Store = LocalStore

__all__ = ["GraphStore", "LocalStore", "RemoteStore", "Store", "open_store"]
