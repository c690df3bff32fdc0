"""IRI rules: one place decides how every node is named.

Regions by their code (``region/RU-TOM``), districts by theirs, people and organisations by a
transliterated slug, and what belongs to one document (events, posts, cooperations, quotes)
by the document's key and a counter, so IRIs are stable across re-runs of an unchanged file.
"""

from __future__ import annotations

from urllib.parse import quote

from rdflib import URIRef

from ..errors import InputError
from ..slug import slugify
from .vocab import DEFAULT_BASE


def check_base(base: str) -> str:
    """A usable base IRI: absolute, without spaces; http(s) bases end with «/» or «#»."""
    import pyoxigraph

    if base.startswith(("http://", "https://")) and not base.endswith(("/", "#")):
        base += "/"
    try:
        pyoxigraph.NamedNode(base + "x")
    except ValueError as exc:
        raise InputError(f"--base {base!r} is not an absolute IRI ({exc})") from None
    if ":" not in base or " " in base:
        raise InputError(f"--base {base!r} is not an absolute IRI")
    return base


class Iris:
    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = check_base(base)

    def _iri(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(quote(p, safe="-_.~") for p in parts))

    def graph(self, name: str) -> URIRef:
        """A graph of the store that is no document's: ``reference``, ``entities``, ``analytics``."""
        return self._iri("graph", name)

    def document(self, key: str) -> URIRef:
        return self._iri("doc", key)

    def region(self, code: str) -> URIRef:
        return self._iri("region", code)

    def foreign_region(self, code: str) -> URIRef:
        return self._iri("foreign-region", code)

    def district(self, code: str) -> URIRef:
        return self._iri("district", code)

    def macro_region(self, code: str) -> URIRef:
        return self._iri("macro-region", code)

    def city(self, name_en: str) -> URIRef:
        return self._iri("city", slugify(name_en) or "city")

    def person(self, slug: str) -> URIRef:
        return self._iri("person", slug)

    def organisation(self, key: str) -> URIRef:
        return self._iri("org", slugify(key) or "org")

    def role(self, label: str) -> URIRef:
        return self._iri("role", slugify(label) or "role")

    def local(self, kind: str, doc_key: str, n: int | str) -> URIRef:
        """A node that belongs to one document: ``event/dev01-1a2b3c4d-2``."""
        return self._iri(kind, f"{doc_key}-{n}")

    def place(self, kind: str, code: str) -> URIRef:
        return {
            "region": self.region,
            "foreign": self.foreign_region,
            "district": self.district,
            "macro": self.macro_region,
            "city": self.city,
        }[kind](code)
