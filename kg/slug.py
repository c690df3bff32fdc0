"""ASCII slugs from Russian names, for readable and safe IRIs."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Transliteration close to the passport system (ICAO Doc 9303, used in Russian passports).
_CYR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y  e iu ia".split(" "),  # noqa: SIM905
        strict=True,
    )
)


def slugify(text: str, max_len: int = 60) -> str:
    """``"Павел Гранков"`` → ``"pavel-grankov"``; only ``[a-z0-9-]`` survive.

    A name longer than ``max_len`` keeps its start and gains a hash of the whole, so two long
    names that differ only at the end («… Калужской области», «… Томской области») stay apart.
    """
    out = [_CYR.get(ch, ch) for ch in text.lower()]
    ascii_text = unicodedata.normalize("NFKD", "".join(out)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) <= max_len:
        return slug
    digest = hashlib.sha1(slug.encode()).hexdigest()[:8]
    return f"{slug[: max_len - 9].rstrip('-')}-{digest}"
