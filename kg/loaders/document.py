"""The record every loader produces, and the one limit every loader applies."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from urllib.parse import unquote

from ..slug import slugify

#: the longest document read, in characters. natasha parses a document in one pass at about
#: 30,000 characters a second and 1.5 MB of memory per 1,000 characters, so this default
#: (some 250 pages, ten times the longest news feature) costs at most ~15 s and ~750 MB; a
#: 10 MB dump read as one document would take minutes and more memory than most machines have.
MAX_CHARS = 500_000
_max_chars: ContextVar[int] = ContextVar("max_chars", default=MAX_CHARS)


@contextmanager
def max_chars(limit: int) -> Iterator[None]:
    """Read documents of up to ``limit`` characters inside the block (``kg build --max-chars``)."""
    token = _max_chars.set(limit)
    try:
        yield
    finally:
        _max_chars.reset(token)


def too_long(text: str) -> str | None:
    """Why ``text`` is over the limit, in words that say how to get past it; None when it is not."""
    limit = _max_chars.get()
    if len(text) <= limit:
        return None
    return (
        f"too long: {len(text):,} characters, more than the limit of {limit:,} "
        "(split the file, or raise the limit with --max-chars)"
    )


def shown(path: str) -> str:
    """A path as a terminal can show it: a file's URL as the path it names («/новости/а.txt», not
    «%D0%B0.txt»), and bytes of a name that is not UTF-8 (an archive from Windows unpacked as is)
    as ``\\xNN``, as ``ls -b`` shows them, not as surrogates."""
    if path.startswith("file:///"):
        path = unquote(path.removeprefix("file://"), errors="surrogateescape")
    try:
        raw = os.fsencode(path)
    except UnicodeEncodeError:  # a surrogate no file name can hold: spelled out instead
        raw = path.encode("utf-8", "backslashreplace")
    return raw.decode("utf-8", "backslashreplace")


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
        return f"{shown(self.path)}: {self.reason}"


def keyed(name: str, url: str, text: str, title: str = "", date: str | None = None) -> Document:
    """A Document whose key is ``slug(name)-<first 8 hex digits of the text's sha256>``.

    The name makes the key readable, the hash makes it change exactly when the text does — every
    loader keys its documents this way so that IRIs minted from keys mean the same thing.
    """
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return Document(key=f"{slugify(name) or 'doc'}-{digest}", url=url, text=text, title=title, date=date)
