"""One run of ``kg analyze``: what was asked (a period, a region, two periods to compare) and
everything computed to answer it, so that the terminal and the files show the same result.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..store import GraphStore
from .ego import EgoLink, ego_links, resolve_region
from .facts import Facts, read_facts
from .network import build_network
from .people import read_people, read_posts
from .periods import LinkChange, Period, RegionChange, link_changes, region_changes
from .report import SEED, Analysis, analyse
from .scan import Scan


@dataclass(frozen=True)
class Request:
    """What to analyse: the cooperations of ``period`` (None: all), one region's neighbourhood
    (a code or a name as the user wrote it), two periods to compare (earlier first); whether
    the evidence sentences are wanted (for the page and the network files)."""

    period: Period | None = None
    region: str | None = None
    compare: tuple[Period, Period] | None = None
    evidence: bool = False
    seed: int = SEED


@dataclass
class Comparison:
    """The network of each of two periods, and the changes from the first to the second."""

    before: Period
    after: Period
    cooperations: tuple[int, int]
    regions: tuple[int, int]
    links: tuple[int, int]
    link_changes: list[LinkChange]
    region_changes: list[RegionChange]
    #: the code of the region the changes were narrowed to ("" for the whole network)
    region: str = ""


@dataclass
class Result:
    """The analysis of the requested network, with the ego network and comparison if asked."""

    request: Request
    analysis: Analysis
    undated: int
    region: str | None = None
    ego: list[EgoLink] | None = None
    comparison: Comparison | None = None

    @property
    def region_code(self) -> str:
        if self.region is None:
            return ""
        attrs = self.analysis.facts.regions.get(self.region, {})
        return attrs.get("code") or self.region.rsplit("/", 1)[-1]


def _compare(facts: Facts, before: Period, after: Period, region: str | None) -> Comparison:
    """Both networks, and the changes — of every link and region, or of one region's links and
    of the region and its partners in either period."""
    first, second = facts.during(before), facts.during(after)
    G, H = build_network(first), build_network(second)
    links = link_changes(G, H)
    regions = region_changes(G, H)
    if region is not None:
        links = [c for c in links if region in (c.a, c.b)]
        regions = [
            c
            for c in regions
            if c.region == region or G.has_edge(region, c.region) or H.has_edge(region, c.region)
        ]
    return Comparison(
        before,
        after,
        (len(first.cooperations), len(second.cooperations)),
        (G.number_of_nodes(), H.number_of_nodes()),
        (G.number_of_edges(), H.number_of_edges()),
        links,
        regions,
        (facts.regions.get(region, {}).get("code") or region.rsplit("/", 1)[-1]) if region else "",
    )


def run_analysis(store: GraphStore, request: Request) -> Result:
    """Read the store once and compute what ``request`` asks for.

    Raises :class:`.ego.UnknownRegion` when the region named is not one the graph knows.
    """
    region = resolve_region(store, request.region) if request.region else None
    scan = Scan(store)
    facts = read_facts(store, evidence=request.evidence, scan=scan)
    posts = read_posts(store, scan) if request.compare is None else []
    analysis = analyse(facts.during(request.period), posts, seed=request.seed)
    result = Result(request, analysis, facts.undated if request.period or request.compare else 0, region)
    if region is not None:
        people = read_people(store, posts, scan)
        result.ego = ego_links(analysis.network, analysis.facts, region, people)
    if request.compare is not None:
        result.comparison = _compare(facts, *request.compare, region)
    return result
