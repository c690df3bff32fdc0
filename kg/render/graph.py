"""``graph.html``: every entity of the graph — regions, people, organisations, events, topics,
places and the documents themselves — with what links them, filterable by type.

Edges are of three sorts, one edge a pair: a cooperation between regions (width by weight,
tooltip listing the cooperations), a statement that names both (a post, a membership, an
event's place or people), and a document mentioning an entity.
"""

from __future__ import annotations

import html
import math
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

import networkx as nx

from ..analysis.metrics import RegionMetrics
from ..analysis.network import EDGE_WEIGHTS
from .colours import (
    COOPERATION_EDGE_COLOUR,
    KIND_STYLES,
    MENTION_EDGE_COLOUR,
    RELATION_EDGE_COLOUR,
    kind_style,
)
from .cooperation import edge_tooltip, pair_index
from .entities import Corpus, Statement
from .geo import geo_positions
from .page import number, physics_options, scale, swatch, tooltip, write_page
from .panel import PanelData, describe

SIZE_RANGE = (8.0, 36.0)
#: Characters of a label drawn on the canvas; the panel and the tooltip show all of it.
LABEL_LENGTH = 36
DOCUMENT_SIZE = 10.0
WIDTH_RANGE = (2.0, 8.0)
#: Lines of relations listed in one edge tooltip.
MAX_EDGE_LINES = 8
#: The most entities one page draws: a browser lays out 2,000 in a few seconds (benchmarks/page.py),
#: while a large corpus has tens of thousands; regions always stay, then the most mentioned.
MAX_NODES = 2_000
_SORTS = {"cooperation": 0, "relation": 1, "mention": 2}


def _anchor(s: Statement, corpus: Corpus) -> str | None:
    """The entity a statement's other entities are linked to: the event itself, or the member
    of a post or membership, or the speaker of a quote."""
    if s.iri in corpus.entities:
        return s.iri
    return next(iter(s.named("member") or s.named("speaker")), None)


def _relation_edges(corpus: Corpus) -> dict[tuple[str, str], list[str]]:
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for s in corpus.statements:
        anchor = _anchor(s, corpus)
        if s.is_cooperation or anchor not in corpus.entities:  # a graph from elsewhere may not list it
            continue
        for _, other in s.about:
            if other != anchor and other in corpus.entities:
                line = describe(s, corpus)
                key = (min(anchor, other), max(anchor, other))
                if line not in pairs[key]:
                    pairs[key].append(line)
    return pairs


def _edges(corpus: Corpus) -> list[dict[str, Any]]:
    """One edge a pair of entities, the strongest sort winning: cooperation, relation, mention."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    cooperations = pair_index(corpus)
    weights = {
        pair: sum(EDGE_WEIGHTS.get(c.kind, 0.5) for c in coops)
        for pair, coops in cooperations.items()
        if pair[0] in corpus.entities and pair[1] in corpus.entities
    }
    widths = scale(weights, *WIDTH_RANGE)
    for (a, b), weight in weights.items():
        names = (corpus.entities[a].label, corpus.entities[b].label)
        title = edge_tooltip(names, {"weight": weight}, cooperations[a, b], corpus)
        found[a, b] = {
            "sort": "cooperation",
            "width": widths[a, b],
            "color": COOPERATION_EDGE_COLOUR,
            "title": title,
        }
    for pair, lines in _relation_edges(corpus).items():
        if pair in found:
            continue
        names = " — ".join(corpus.entities[x].label for x in pair)
        shown = lines[:MAX_EDGE_LINES] + (
            [f"… and {len(lines) - MAX_EDGE_LINES} more"] if len(lines) > MAX_EDGE_LINES else []
        )
        title = tooltip([names, *(f"• {line}" for line in shown)])
        found[pair] = {"sort": "relation", "width": 1.5, "color": RELATION_EDGE_COLOUR, "title": title}
    for entity, docs in corpus.mentioned_in.items():
        for doc in docs:
            pair = (min(doc, entity), max(doc, entity))
            if entity in corpus.entities and doc in corpus.entities and pair not in found:
                title = tooltip(
                    [f"{corpus.documents[doc].name}", f"mentions {corpus.entities[entity].label}"]
                )
                found[pair] = {"sort": "mention", "width": 1, "color": MENTION_EDGE_COLOUR, "title": title}
    return [
        {"from": a, "to": b, **{k: v for k, v in data.items() if k != "sort"}}
        for (a, b), data in sorted(found.items(), key=lambda item: (_SORTS[item[1]["sort"]], item[0]))
    ]


def _sizes(corpus: Corpus) -> dict[str, float]:
    counts = {
        iri: math.sqrt(len(corpus.mentioned_in.get(iri, ())))
        for iri, e in corpus.entities.items()
        if e.kind != "document"
    }
    sizes = scale(counts, *SIZE_RANGE)
    return {iri: sizes.get(iri, DOCUMENT_SIZE) for iri in corpus.entities}


def _facts(iri: str, kind: str, corpus: Corpus, metrics: dict[str, RegionMetrics]) -> list[tuple[str, str]]:
    if kind == "document":
        doc = corpus.documents.get(iri)
        return [("Date", doc.date)] if doc and doc.date else []
    facts = [("Documents", str(len(corpus.mentioned_in.get(iri, ()))))]
    m = metrics.get(iri)
    if m is not None:
        facts += [("Code", m.code), ("Cooperation partners", str(m.degree)), ("PageRank", number(m.pagerank))]
    return facts


def _geo(corpus: Corpus) -> dict[str, tuple[float, float]]:
    """Regions with a known capital, placed on the map; everything else finds its place by physics."""
    regions = nx.Graph()
    for iri, (lat, lon) in corpus.coordinates.items():
        regions.add_node(iri, lat=lat, lon=lon)
    return geo_positions(regions)


def _most_mentioned(corpus: Corpus, limit: int) -> Corpus:
    """The corpus cut to ``limit`` entities: every region, then the entities most documents
    mention, then the documents that say the most."""
    if len(corpus.entities) <= limit:
        return corpus

    def rank(iri: str) -> tuple:
        kind = corpus.entities[iri].kind
        if kind == "document":
            return (2, -len(corpus.about(iri)), iri)
        return (0 if kind == "region" else 1, -len(corpus.mentioned_in.get(iri, ())), iri)

    kept = set(sorted(corpus.entities, key=rank)[:limit])
    return replace(corpus, entities={iri: e for iri, e in corpus.entities.items() if iri in kept})


def _legend(corpus: Corpus, total: int | None = None) -> str:
    counts = Counter(e.kind for e in corpus.entities.values())
    if not counts:
        return '<div id="rkg-legend"><p>No entity found.</p></div>'
    shown = (
        f"<p>The {len(corpus.entities):,} most mentioned of {total:,} entities (every region).</p>"
        if total is not None and total > len(corpus.entities)
        else ""
    )
    kinds = [k for k in KIND_STYLES if counts[k]] + sorted(k for k in counts if k not in KIND_STYLES)
    items = "".join(
        f'<li><label><input type="checkbox" checked data-kind="{html.escape(k)}"> '
        f'{swatch(kind_style(k)[0], k, kind_style(k)[1])} <span class="count">{counts[k]}</span></label></li>'
        for k in kinds
    )
    edges = "".join(
        f'<li><span class="sw sw-line" style="background:{colour}"></span>{text}</li>'
        for colour, text in (
            (COOPERATION_EDGE_COLOUR, "cooperation between regions (width: weight)"),
            (RELATION_EDGE_COLOUR, "post, membership, an event’s place or people"),
            (MENTION_EDGE_COLOUR, "a document mentions it"),
        )
    )
    return (
        f'<div id="rkg-legend"><h2>Colour and shape: type</h2>{shown}'
        f"<p>Untick a type to hide it.</p><ul>{items}</ul>"
        f"<h2>Size</h2><p>How many documents mention it ({SIZE_RANGE[0]:g}–{SIZE_RANGE[1]:g} px, "
        "by square root); documents are all one size.</p>"
        f"<h2>Edges</h2><ul>{edges}</ul><p>Hover an edge for what links the two.</p>"
        "<h2>Reading</h2><p>Click a node for its sentences and documents; search by name above.</p></div>"
    )


def render_graph_page(
    corpus: Corpus,
    path: str | Path,
    *,
    metrics: list[RegionMetrics] = (),
    title: str = "Граф знаний о сотрудничестве регионов",
    geo: bool = False,
    max_nodes: int = MAX_NODES,
) -> Path:
    """Write every entity of ``corpus`` (:func:`kg.render.read_corpus`) as an offline page.

    Colour and shape follow the kind of entity, size the number of documents that mention it.
    With ``geo=True`` regions are pinned at their capitals and the rest settle around them;
    the layout is seeded, and physics stops once it has stabilised. A corpus of more than
    ``max_nodes`` entities shows every region and the most mentioned of the rest, and says so.
    """
    total = len(corpus.entities)
    corpus = _most_mentioned(corpus, max_nodes)
    by_region = {m.iri: m for m in metrics}
    sizes = _sizes(corpus)
    positions = _geo(corpus) if geo else {}
    panel = PanelData(corpus)
    nodes = []
    for iri, e in sorted(corpus.entities.items(), key=lambda item: (item[1].kind, item[1].label, item[0])):
        colour, shape = kind_style(e.kind)
        facts = _facts(iri, e.kind, corpus, by_region)
        item: dict[str, Any] = {
            "id": iri,
            "label": e.label if len(e.label) <= LABEL_LENGTH else e.label[: LABEL_LENGTH - 1] + "…",
            "kind": e.kind,
            "color": colour,
            "shape": shape,
            "size": sizes[iri],
            "title": tooltip([e.label, e.kind, *(f"{k}: {v}" for k, v in facts), "Click for the sentences"]),
        }
        if iri in positions:
            item["x"], item["y"] = positions[iri]
            item["fixed"] = True
        nodes.append(item)
        panel.add(iri, e.label, e.kind, facts)
    edges = _edges(corpus)
    return write_page(
        path,
        title=title,
        legend=_legend(corpus, total),
        nodes=nodes,
        edges=edges,
        options=physics_options(enabled=True, nodes=len(nodes), spread=1.4),
        data=panel.json(),
    )
