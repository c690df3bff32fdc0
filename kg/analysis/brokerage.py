"""How much a region links federal districts: participation coefficient and district brokerage.

Regions are grouped by federal district; every region outside Russia falls into one group,
:data:`ABROAD`. Three figures per region ``i`` with partners ``N(i)``:

- participation coefficient ``P(i) = 1 − Σ_d (s_id / s_i)²``, where ``s_id`` is the weight of
  i's links to regions of group ``d`` (its own district included) and ``s_i`` its weighted
  degree: 0 when every tie stays in one group, approaching 1 when they spread evenly over many;
- brokerage ``B(i)``: the pairs ``{j, k} ⊆ N(i)`` in different groups that do not cooperate
  with each other — links between districts that pass only through i;
- partner districts: how many groups other than i's own its partners lie in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

import networkx as nx

ABROAD = "abroad"


def district_groups(G: nx.Graph) -> dict[str, str]:
    """The group of every node: its federal district's code, or :data:`ABROAD`."""
    return {node: attrs.get("district") or ABROAD for node, attrs in G.nodes(data=True)}


def participation(G: nx.Graph, node: str, groups: Mapping[str, str]) -> float:
    """The participation coefficient over federal districts (0 for a region without links)."""
    strength = 0.0
    by_group: dict[str, float] = defaultdict(float)
    for partner, data in G[node].items():
        by_group[groups[partner]] += data.get("weight", 1.0)
        strength += data.get("weight", 1.0)
    if strength <= 0:
        return 0.0
    return max(0.0, 1.0 - sum((s / strength) ** 2 for s in by_group.values()))


def brokerage(G: nx.Graph, node: str, groups: Mapping[str, str]) -> int:
    """Pairs of partners in different groups that are linked only through ``node``."""
    partners = sorted(G[node])
    count = 0
    for i, j in enumerate(partners):
        for k in partners[i + 1 :]:
            if groups[j] != groups[k] and not G.has_edge(j, k):
                count += 1
    return count


def partner_districts(G: nx.Graph, node: str, groups: Mapping[str, str]) -> int:
    """How many groups other than the node's own its partners lie in."""
    return len({groups[p] for p in G[node]} - {groups[node]})
