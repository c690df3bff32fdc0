"""Analysis of the inter-regional cooperation network: the graph, its figures, their outputs.

    scan ─▶ facts, people ─▶ network ─▶ metrics, brokerage, districts, communities, bipartite
                              │                       │
            periods (slices, comparisons), ego ───────┴─▶ report, request ─▶ tables, files, triples

Imports networkx; the CLI imports this package only for the commands that need it.
"""

from .facts import Cooperation, Facts, read_facts
from .metrics import RegionMetrics, compute_metrics, metrics_triples, write_metrics_csv
from .network import EDGE_WEIGHTS, build_network, load_network
from .periods import Period, between, link_changes, parse_period, region_changes
from .report import Analysis, analyse, analytics_triples

__all__ = [
    "EDGE_WEIGHTS",
    "Analysis",
    "Cooperation",
    "Facts",
    "Period",
    "RegionMetrics",
    "analyse",
    "analytics_triples",
    "between",
    "build_network",
    "compute_metrics",
    "link_changes",
    "load_network",
    "metrics_triples",
    "parse_period",
    "read_facts",
    "region_changes",
    "write_metrics_csv",
]
