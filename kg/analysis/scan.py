"""Reading a graph one property at a time, each property once per run.

On an Oxigraph store of a million triples, a query that joins four patterns costs several times
what the four patterns cost read on their own, and the joins are easy dictionaries here. So the
analysis reads ``?s <p> ?o`` for each property it needs and joins in Python; a property two
readers need (``prov:wasDerivedFrom``: cooperations and posts alike) is read once.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..store import GraphStore


class Scan:
    """A store's triples, property by property, remembered for the length of one analysis."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self._pairs: dict[str, list[tuple[str, Any]]] = {}
        self._instances: dict[str, set[str]] = {}

    def pairs(self, predicate: str) -> list[tuple[str, Any]]:
        """Every (subject, object) of one property, objects as plain Python values."""
        if predicate not in self._pairs:
            rows = self.store.select(f"SELECT ?s ?o WHERE {{ ?s <{predicate}> ?o }}")
            self._pairs[predicate] = [(row["s"], row["o"]) for row in rows]
        return self._pairs[predicate]

    def values(self, predicate: str, subjects: set[str] | None = None) -> dict[str, list[Any]]:
        """Subject → its objects of one property, for ``subjects`` only when given."""
        found: dict[str, list[Any]] = defaultdict(list)
        for subject, value in self.pairs(predicate):
            if subjects is None or subject in subjects:
                found[subject].append(value)
        return found

    def instances(self, cls: str) -> set[str]:
        """The nodes typed ``cls``."""
        if cls not in self._instances:
            rows = self.store.select(f"SELECT ?s WHERE {{ ?s a <{cls}> }}")
            self._instances[cls] = {row["s"] for row in rows}
        return self._instances[cls]
