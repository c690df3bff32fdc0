"""Faults for the worker pool's tests, importable by the worker processes (which are spawned and
so find functions by module name, not by the test's monkeypatching)."""

from __future__ import annotations

import os

MARKER = "ПРОЦЕСС-ПАДАЕТ"


def extract_or_die(doc):
    """The real extraction, except that a document carrying the marker kills its worker."""
    from kg import ingest

    if MARKER in doc.text:
        os._exit(9)
    return ingest.Extractor()(doc).without_tokens()


def refuse_to_start() -> None:
    raise RuntimeError("this worker cannot start")
