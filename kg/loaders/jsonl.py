"""JSON Lines news dumps (``.jsonl``): one record a line, each record a :class:`Document`.

Scrapers and news APIs export thousands of items to one file, so the file is streamed line by
line, and a bad line is reported (``FILE:LINE`` and why) without losing the good ones around it.
A record is an object with ``text`` (required), ``title``, ``date`` (ISO date or datetime) and
``url``. Missing or unusable optional fields fall back to what the txt loader would find: the
first line as the title, a date near the top of the text (``DD.MM.YYYY``, «12 марта 2024
года») as the date, the line's place in the file (``file:///…/news.jsonl#L12``) as the URL.
"""

from __future__ import annotations

import codecs
import datetime
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from .decode import (
    MAX_BYTES,
    SAMPLE_BYTES,
    bom_encoding,
    clean,
    cyrillic_code_page,
    lone_surrogate,
    refuse_binary,
    undecodable,
    unreadable,
)
from .document import Document, Skipped, keyed, too_long
from .text import date_from_text, short_title, title_from_text

_MB = MAX_BYTES // (1024 * 1024)
#: what an IRI may not hold as it stands (RFC 3987): percent-encoded, as a browser does
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f]')


def load_jsonl(path: str | Path) -> Iterator[Document | Skipped]:
    """A Document for each good record and a Skipped for each bad line, in file order.

    Raises :class:`InputError` when the file as a whole cannot be read (missing, binary, …).
    """
    path = Path(path)
    uri = path.resolve().as_uri()
    for number, line, problem in _lines(path):
        if problem is None and not line.strip():
            continue  # blank lines separate nothing and are no records
        result = problem or _record(line, f"{path.stem}-{number}", f"{uri}#L{number}")
        yield Skipped(f"{path}:{number}", result) if isinstance(result, str) else result


def _record(line: str, name: str, file_url: str) -> Document | str:
    """The line's Document, or the reason it is not one."""
    try:
        record = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:  # "Unterminated string starting at" + " column 50"
        return f"not JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})"
    except ValueError as exc:  # a number of 5000 digits
        return f"not JSON ({str(exc)[:80]})"
    except RecursionError:
        return "not JSON (nested too deeply)"
    if not isinstance(record, dict):
        return "not a JSON object"
    text = record.get("text")
    if text is None:
        return "no text"
    if not isinstance(text, str):
        return "text is not a string"
    if reason := _not_unicode(record):
        return reason
    text = clean(text).strip()
    if not text:
        return "empty text"
    if reason := too_long(text):
        return reason
    title = _one_line(record.get("title"))
    if title and _one_line(text.split("\n", 1)[0]).casefold() != title.casefold():
        text = f"{title}\n\n{text}"  # the extraction takes a short first paragraph for the headline
    url = _web_url(record.get("url"))
    return keyed(
        url.split("://", 1)[1] if url else name,
        url or file_url,
        text,
        short_title(title) if title else title_from_text(text),
        _iso_day(record.get("date")) or date_from_text(text),
    )


def _not_unicode(record: dict[str, Any]) -> str | None:
    """Why a field the record is read from is no Unicode text (JSON can spell a lone surrogate)."""
    for name in ("text", "title", "url", "date"):
        value = record.get(name)
        if isinstance(value, str) and (surrogate := lone_surrogate(value)):
            return f"not valid Unicode: a lone surrogate {surrogate} in {name}"
    return None


def _lines(path: Path) -> Iterator[tuple[int, str, str | None]]:
    """``(line number, text, None)`` for each line, or ``(number, "", reason)`` for one that
    cannot be decoded. Each line is tried as UTF-8 first and then in the Cyrillic code page
    the first 64 KB suggest, so one odd line in a concatenated dump costs only itself."""
    try:
        with path.open("rb") as handle:
            sample = handle.read(SAMPLE_BYTES)
            handle.seek(0)
            if bom_encoding(sample, path, partial=True) == "utf-16":  # two-byte line ends
                yield from _utf16_lines(handle)
                return
            refuse_binary(sample, path)
            code_page = None if _is_utf8(sample) else cyrillic_code_page(sample)
            yield from _byte_lines(handle, code_page)
    except OSError as exc:
        raise unreadable(path, exc) from None


def _is_utf8(sample: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _byte_lines(handle: IO[bytes], code_page: str | None) -> Iterator[tuple[int, str, str | None]]:
    number = 0
    while raw := handle.readline(MAX_BYTES + 1):
        number += 1
        if len(raw) > MAX_BYTES:
            while raw and not raw.endswith(b"\n"):  # skip the rest without holding it
                raw = handle.readline(SAMPLE_BYTES)
            yield number, "", f"line longer than {_MB} MB"
            continue
        try:
            yield number, raw.decode("utf-8-sig"), None  # -sig: a BOM before the first record
        except UnicodeDecodeError as exc:
            yield number, *_decode_line(raw, code_page, exc)


def _decode_line(raw: bytes, code_page: str | None, utf8_error: UnicodeDecodeError) -> tuple[str, str | None]:
    if code_page is None:
        return "", undecodable(utf8_error, "utf-8")
    try:
        return raw.decode(code_page), None
    except UnicodeDecodeError as exc:
        return "", undecodable(exc, code_page)


def _utf16_lines(handle: IO[bytes]) -> Iterator[tuple[int, str, str | None]]:
    stream = io.TextIOWrapper(handle, encoding="utf-16", errors="strict", newline=None)
    number = 0
    try:
        for number, line in enumerate(stream, 1):  # noqa: B007 — the last number is reported below
            yield number, line, None
    except UnicodeDecodeError:  # the codec reads ahead, so the bad bytes may sit a few lines lower
        yield number + 1, "", "undecodable: not valid UTF-16 at or after this line; the rest is not read"
    finally:
        stream.detach()  # the caller's ``with`` closes the file


def _one_line(value: Any) -> str:
    return " ".join(clean(value).split()) if isinstance(value, str) else ""


def _web_url(value: Any) -> str:
    """The record's URL when it can be cited on the web (http or https), else ``""``.

    It becomes an IRI of the graph, so it must be one: spaces and the like are percent-encoded
    (as a browser does), and what still is no IRI (``http://[oops/``) is not cited at all —
    the record's place in the file is.
    """
    import pyoxigraph

    if not isinstance(value, str):
        return ""
    value = _NOT_IN_IRI.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), value.strip())
    try:
        parts = urlsplit(value)
        pyoxigraph.NamedNode(value)
    except ValueError:
        return ""
    return value if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


def _iso_day(value: Any) -> str | None:
    """``YYYY-MM-DD`` of an ISO date or datetime; None for anything else (no error: a bad date
    in one record of an export is common and says nothing about its text)."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.datetime.fromisoformat(value.strip()).date().isoformat()
    except ValueError:
        return None
