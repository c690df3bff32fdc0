"""Small text helpers shared by the stages: one way to fold case and «ё», one way to read dates."""

from __future__ import annotations

import datetime


def fold(text: str) -> str:
    """Lower case with «ё» as «е», the form names are compared in."""
    return text.lower().replace("ё", "е")


def iso_date(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` for a real calendar date, None for «31.02.2024» and the like."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None
