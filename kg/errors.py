"""The one exception tree of regiokg.

    KgError
     ├── InputError      a path or document that cannot be read
     ├── QueryError      SPARQL that does not parse or run
     ├── StoreError      a store that cannot be opened, written or reached
     └── OutputError     an output that cannot be written

The library raises these and never prints or exits; the command line turns each into one
line on stderr and an exit status.
"""

from __future__ import annotations


class KgError(Exception):
    """Base of every error regiokg raises on purpose."""


class InputError(KgError):
    """A path or document that cannot be read or holds nothing to read."""


class QueryError(KgError):
    """SPARQL that does not parse or fails to run."""


class StoreError(KgError):
    """A store that cannot be opened, written or reached."""


class OutputError(KgError):
    """An output file or directory that cannot be written."""
