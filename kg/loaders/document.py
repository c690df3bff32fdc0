"""The record every loader produces."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..slug import slugify


@dataclass(frozen=True, slots=True)
class Document:
    """One input text with what later stages need to cite it.

    ``key`` is stable for an unchanged file (its name plus a hash prefix), so IRIs minted from
    it survive re-runs.
    """

    key: str
    url: str
    text: str
    title: str = ""
    date: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Skipped:
    """A path that could not be read, and why, in words a user can act on."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def keyed(name: str, url: str, text: str, title: str = "", date: str | None = None) -> Document:
    """A Document whose key is ``slug(name)-<first 8 hex digits of the text's sha256>``.

    The name makes the key readable, the hash makes it change exactly when the text does — every
    loader keys its documents this way so that IRIs minted from keys mean the same thing.
    """
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return Document(key=f"{slugify(name) or 'doc'}-{digest}", url=url, text=text, title=title, date=date)
