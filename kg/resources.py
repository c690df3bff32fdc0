"""Where the ontology files are, in a checkout and in an installed wheel alike.

The repository keeps them in ``ontology/`` at its top; the wheel ships that folder as the
package ``kg.ontology``. Code reads them only through :func:`ontology_path`.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path


@cache
def ontology_dir() -> Path:
    """The folder that holds regiokg.ttl, shapes.ttl, the gazetteer and the named queries."""
    try:
        shipped = Path(str(resources.files("kg.ontology")))
        if (shipped / "regiokg.ttl").is_file():
            return shipped
    except (ModuleNotFoundError, TypeError):
        pass
    checkout = Path(__file__).resolve().parent.parent / "ontology"
    if (checkout / "regiokg.ttl").is_file():
        return checkout
    raise FileNotFoundError("the regiokg ontology files are missing from this installation")


def ontology_path(name: str) -> Path:
    """A file under the ontology folder, e.g. ``ontology_path("queries/regions.rq")``."""
    return ontology_dir() / name
