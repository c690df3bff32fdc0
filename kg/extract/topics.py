"""Topics: the SKOS concepts of ``ontology/topics.ttl`` that a document discusses.

A concept is found by its labels, compared as lemma sequences, and by its hidden labels, single
lemmas that point to the topic on their own («импортозамещение»).
"""

from __future__ import annotations

import re
from functools import cache

from ..resources import ontology_path
from .nlp import ParsedText, lemma_candidates


@cache
def topic_index() -> tuple[dict[str, list[tuple[tuple[frozenset[str], ...], str]]], dict[str, str]]:
    """(first lemma → [(lemma sets of a label, concept IRI)], concept IRI → Russian label)."""
    from rdflib import Graph
    from rdflib.namespace import SKOS

    g = Graph()
    g.parse(ontology_path("topics.ttl"))
    index: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = {}
    labels: dict[str, str] = {}
    for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
        for concept, label in g.subject_objects(prop):
            if getattr(label, "language", None) not in (None, "ru"):
                continue
            if prop == SKOS.prefLabel:
                labels[str(concept)] = str(label)
            words = re.findall(r"[\w][\w-]*", str(label))
            if not words:
                continue
            sets = tuple(lemma_candidates(w) for w in words)
            for lemma in sets[0]:
                index.setdefault(lemma, []).append((sets, str(concept)))
    return index, labels


def find_topics(parsed: ParsedText) -> list[tuple[str, int]]:
    """(concept IRI, sentence) for each topic, at its first mention."""
    index, _ = topic_index()
    words = [t for t in parsed.tokens if t.is_word]
    found: dict[str, int] = {}
    for w, tok in enumerate(words):
        for lemma in tok.lemmas:
            for sets, concept in index.get(lemma, ()):
                span = words[w : w + len(sets)]
                if len(span) == len(sets) and all(sets[k] & span[k].lemmas for k in range(len(sets))):
                    found.setdefault(concept, tok.sent)
    return sorted(found.items(), key=lambda kv: kv[1])
