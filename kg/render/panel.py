"""What the side panel shows for each node, as the JSON ``assets/page.js`` reads.

Documents and statements are stored once and referred to by short keys, so a cooperation named
on two regions' panels and on its document's costs its sentences once in the page. Only links
that open a document (http, https, file) are kept: a ``javascript:`` URL never reaches an href.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from .entities import Corpus, Document, Statement, local_name

#: Statements listed on one node's panel; the rest are counted ("… and 12 more").
MAX_STATEMENTS = 25
SAFE_SCHEMES = ("http", "https", "file")


def safe_url(url: str) -> str:
    """The URL when it opens a document, else "" (shown as a name without a link)."""
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return ""
    return url.strip() if scheme in SAFE_SCHEMES else ""


def statement_date(s: Statement, corpus: Corpus) -> str:
    """The statement's own date, else its document's."""
    return s.date or next((corpus.documents[d].date for d in s.documents if d in corpus.documents), "")


def describe(s: Statement, corpus: Corpus) -> str:
    """One line saying what a statement is, naming what it is about."""

    def names(role: str) -> str:
        return ", ".join(label(corpus, iri) for iri in s.named(role))

    date = statement_date(s, corpus)
    when = f" · {date}" if date else ""
    if s.is_cooperation:
        return f"{s.kind}: {' — '.join(label(corpus, p) for p in s.named('party'))}{when}"
    if s.kind == "post":
        where = ", ".join(x for x in (names("organisation"), names("region")) if x)
        return f"Post «{s.note}»: {names('member')}{' · ' + where if where else ''}"
    if s.kind == "membership":
        return f"Member of {names('organisation')}: {names('member')}"
    if s.kind == "quote":
        return f"Quote: {names('speaker') or 'unattributed'}"
    place = names("place")
    return f"{s.kind} «{s.note}»{when}{' · ' + place if place else ''}"


def label(corpus: Corpus, iri: str) -> str:
    entity = corpus.entities.get(iri)
    return entity.label if entity else local_name(iri)


class PanelData:
    """Collects the panel of each node; :meth:`json` is what the page embeds."""

    def __init__(self, corpus: Corpus | None = None) -> None:
        self.corpus = corpus or Corpus()
        self._docs: dict[str, str] = {}
        self._stmts: dict[str, str] = {}
        self.docs: dict[str, dict[str, str]] = {}
        self.stmts: dict[str, dict[str, Any]] = {}
        self.nodes: dict[str, dict[str, Any]] = {}

    def doc(self, iri: str) -> str:
        if iri not in self._docs:
            key = self._docs[iri] = f"d{len(self._docs)}"
            d = self.corpus.documents.get(iri) or Document(iri, iri if "://" in iri else "", "", "")
            self.docs[key] = {"t": d.name, "u": safe_url(d.url), "d": d.date}
        return self._docs[iri]

    def statement(self, s: Statement) -> str:
        if s.iri not in self._stmts:
            key = self._stmts[s.iri] = f"s{len(self._stmts)}"
            docs = [self.doc(d) for d in s.documents]
            self.stmts[key] = {"h": describe(s, self.corpus), "t": list(s.sentences), "d": docs}
        return self._stmts[s.iri]

    def add(
        self,
        node: str,
        label: str,
        kind: str,
        facts: list[tuple[str, str]] = (),
        statements: list[Statement] | None = None,
        sentences: list[tuple[str, list[str]]] = (),
    ) -> None:
        """A node's panel: facts, its statements (or, without a corpus, loose sentences with
        their documents), and the documents that mention it."""
        if statements is None:
            statements = self.corpus.about(node)
        ordered = sorted(
            statements,
            key=lambda s: (
                not s.is_cooperation,
                not statement_date(s, self.corpus),
                statement_date(s, self.corpus),
                s.iri,
            ),
        )
        keys = [self.statement(s) for s in ordered[:MAX_STATEMENTS]]
        for n, (text, docs) in enumerate(sentences):
            key = f"x{len(self.stmts)}-{n}"
            self.stmts[key] = {"h": "", "t": [text], "d": [self.doc(d) for d in docs]}
            keys.append(key)
        if node in self.corpus.documents:
            mentioned, heading = [node], "Document"
        else:
            mentioned = list(self.corpus.mentioned_in.get(node, ()))
            heading = f"Mentioned in {len(mentioned)} document(s)"
        self.nodes[node] = {
            "l": label,
            "k": kind,
            "f": [list(pair) for pair in facts],
            "s": keys,
            "more": max(0, len(ordered) - MAX_STATEMENTS),
            "m": [self.doc(d) for d in mentioned],
            "mh": heading,
        }

    def json(self) -> dict[str, Any]:
        return {"docs": self.docs, "stmts": self.stmts, "nodes": self.nodes}
