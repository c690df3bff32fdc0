"""Small text helpers shared by the stages: one way to fold case and «ё», one way to read dates."""

from __future__ import annotations

import datetime
import re

#: month names as dates write them («21 мая 2010 года»)
MONTHS_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)


def fold(text: str) -> str:
    """Lower case with «ё» as «е», the form names are compared in."""
    return text.lower().replace("ё", "е")


def iso_date(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` for a real calendar date, None for «31.02.2024» and the like."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


_SURNAME = re.compile(r"^(.*?(?:ов|ев|ёв|ин|ын|ск|цк))(?:а|у|ым|ой|ом|ому|ого|ую|ая|ий|ие|их|ими|е|ою)?$")


_ADJECTIVE_SURNAME = re.compile(r"^(.*?)(?:ая|яя|ей|ой|ую|юю|ий|ый|ого|его|ому|ему|ым|им|ом|ем)$")


def surname_key(surname: str) -> str:
    """A surname without its case and gender endings, so that «Максимова», «Максимовой» and
    «Максимов» compare alike; other surnames lose one final vowel («Шапша», «Шапши»)."""
    word = fold(surname).rstrip(".")
    match = _SURNAME.match(word)
    if match and len(match.group(1)) >= 4:
        return match.group(1)
    match = _ADJECTIVE_SURNAME.match(word)  # «Горячая», «Горячей», «Толстой», «Толстого»
    if match and len(match.group(1)) >= 4:
        return match.group(1)
    return word[:-1] if len(word) > 4 and word[-1] in "аяуюоеиы" else word
