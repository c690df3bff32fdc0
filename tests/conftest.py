"""Shared fixtures: natasha's models load once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import Extraction, extract
from kg.extract.nlp import ParsedText, models

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "airr-yakutia.txt"
DEV = SHARED / "corpus" / "dev"


@pytest.fixture(scope="session")
def parse():
    m = models()

    def run(text: str) -> ParsedText:
        return m.parse(text)

    return run


@pytest.fixture(scope="session")
def read(parse):
    """Text → (Extraction, ParsedText)."""

    def run(text: str) -> tuple[Extraction, ParsedText]:
        parsed = parse(text)
        return extract(parsed), parsed

    return run
