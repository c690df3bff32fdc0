"""Analysis of the inter-regional cooperation network: the graph, its figures, their outputs.

Imports networkx; the CLI imports this package only for the commands that need it.
"""

from .metrics import RegionMetrics, compute_metrics, metrics_triples, write_metrics_csv
from .network import EDGE_WEIGHTS, load_network

__all__ = [
    "EDGE_WEIGHTS",
    "RegionMetrics",
    "compute_metrics",
    "load_network",
    "metrics_triples",
    "write_metrics_csv",
]
