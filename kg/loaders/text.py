"""Plain-text and Markdown news files, and the title and date rules other loaders fall back on."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from ..text import iso_date
from .decode import decode, read_bytes
from .document import Document, keyed, too_long

_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря")  # fmt: skip
#: «12 марта 2024 года», «1 сентября 2023 г.»: how Russian datelines and leads write a date
_DATE_IN_WORDS = re.compile(rf"\b(\d{{1,2}})\s+({'|'.join(_MONTHS)})\s+(\d{{4}})\b", re.IGNORECASE)
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
    """The first date near the top, ``DD.MM.YYYY`` or «12 марта 2024 года» (a dateline, the date
    under the headline, the lead's «12 марта 2024 года в Якутске …»), if it is a real date."""
    top = text[:2000]
    found = []
    if match := _DATE.search(top):
        day, month, year = (int(x) for x in match.groups())
        found.append((match.start(), year, month, day))
    # a date in words further down is more often an event's than the publication's
    if match := _DATE_IN_WORDS.search(top[:400]):
        month = _MONTHS.index(match.group(2).lower()) + 1
        found.append((match.start(), int(match.group(3)), month, int(match.group(1))))
    if not found:
        return None
    _, year, month, day = min(found)
    return iso_date(year, month, day)
