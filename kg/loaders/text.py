"""Plain-text and Markdown news files, and the title and date rules other loaders fall back on."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from ..text import iso_date
from .decode import decode, read_bytes
from .document import Document, keyed, too_long

_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_MAX_TITLE = 200


def load_text(path: str | Path) -> Document:
    """Read one file; raises :class:`InputError` with the file's name when it cannot."""
    path = Path(path)
    text = decode(read_bytes(path), path)
    if not text.strip():
        raise InputError(f"{path}: empty document")
    if reason := too_long(text):
        raise InputError(f"{path}: {reason}")
    resolved = path.resolve()
    return keyed(resolved.stem, resolved.as_uri(), text, title_from_text(text), date_from_text(text))


def title_from_text(text: str) -> str:
    """The first non-empty line (a Markdown heading's ``#`` removed): news puts the headline first."""
    first = text.strip().split("\n", 1)[0].strip().lstrip("#").strip()
    return short_title(first)


def short_title(title: str) -> str:
    """At most 200 characters, so a run-on first paragraph still makes a readable title."""
    return title if len(title) <= _MAX_TITLE else title[: _MAX_TITLE - 3] + "…"


def date_from_text(text: str) -> str | None:
    """The first ``DD.MM.YYYY`` near the top (a dateline, the date under the headline), if real."""
    match = _DATE.search(text[:2000])
    if not match:
        return None
    day, month, year = (int(x) for x in match.groups())
    return iso_date(year, month, day)
