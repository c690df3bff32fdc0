"""Reading RDF files into one rdflib graph, with one clear error for a file that is not RDF."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .errors import InputError


def read_graph(paths: Iterable[str | Path]):
    """The union of the given RDF files (format from the file name) as an rdflib Graph."""
    from rdflib import Graph

    g = Graph()
    for path in paths:
        p = Path(path)
        if not p.is_file():
            raise InputError(f"{path}: no such file")
        try:
            g.parse(p)
        except Exception as exc:  # noqa: BLE001 — rdflib raises many parser-specific types
            first = (str(exc).splitlines() or [""])[0][:200]
            raise InputError(f"{path}: not valid RDF ({type(exc).__name__}: {first})") from None
    return g
