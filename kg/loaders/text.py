"""Plain-text and Markdown news files."""

from __future__ import annotations

import glob
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..text import iso_date
from .document import Document, Skipped

SUFFIXES = (".txt", ".md")
_MAX_BYTES = 20 * 1024 * 1024
_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")


def expand_paths(specs: Iterable[str]) -> tuple[list[Path], list[Skipped]]:
    """Files named by paths, directories (searched recursively) and glob patterns.

    A spec that names nothing is reported as skipped rather than raised, so a batch goes on.
    """
    found: list[Path] = []
    missing: list[Skipped] = []
    for spec in specs:
        path = Path(spec)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
        elif path.is_file():
            found.append(path)
        elif any(ch in spec for ch in "*?["):
            hits = sorted(Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file())
            if hits:
                found += hits
            else:
                missing.append(Skipped(spec, "the pattern matches no file"))
        else:
            missing.append(Skipped(spec, "no such file or directory"))
    unique = list(dict.fromkeys(p.resolve() for p in found))
    return unique, missing


def _decode(raw: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1251; anything else is refused."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{path}: marked as UTF-16 but not valid UTF-16") from None
    if b"\x00" in raw[:4096]:
        raise InputError(f"{path}: binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = raw.decode("cp1251", errors="replace")
    # Windows-1251 decodes any byte; real text in it is mostly letters, spaces and punctuation
    letters = sum(ch.isalpha() or ch.isspace() for ch in text)
    if "\ufffd" in text or letters < 0.7 * len(text):
        raise InputError(f"{path}: not UTF-8, UTF-16 or Windows-1251 text")
    return text


def _clean(text: str) -> str:
    """Unicode NFC, unified line ends, no control or invisible characters but newlines and tabs."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    # control (Cc) and invisible formatting characters (Cf: soft hyphens, zero-width spaces,
    # direction marks) would split words the matcher must see whole
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf"))


def _title(text: str) -> str:
    first = text.strip().split("\n", 1)[0].strip().lstrip("#").strip()
    return first if len(first) <= 200 else first[:197] + "…"


def _date(text: str) -> str | None:
    match = _DATE.search(text[:2000])
    if not match:
        return None
    day, month, year = (int(x) for x in match.groups())
    return iso_date(year, month, day)


def load_text(path: str | Path) -> Document:
    """Read one file; raises :class:`InputError` with the file's name when it cannot."""
    path = Path(path)
    try:
        if path.stat().st_size > _MAX_BYTES:
            raise InputError(f"{path}: larger than {_MAX_BYTES // (1024 * 1024)} MB")
        raw = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    text = _clean(_decode(raw, path))
    if not text.strip():
        raise InputError(f"{path}: empty document")
    resolved = path.resolve()
    doc = Document(key="", url=resolved.as_uri(), text=text, title=_title(text), date=_date(text))
    key = f"{_slug(resolved.stem)}-{doc.sha256[:8]}"
    return Document(key=key, url=doc.url, text=text, title=doc.title, date=doc.date)


def _slug(name: str) -> str:
    from ..slug import slugify

    return slugify(name) or "doc"


def load_documents(specs: Iterable[str]) -> Iterator[Document | Skipped]:
    """Every document the specs name, in order, with a Skipped for each unreadable one."""
    paths, missing = expand_paths(specs)
    yield from missing
    for path in paths:
        try:
            yield load_text(path)
        except InputError as exc:
            yield Skipped(str(path), str(exc).split(": ", 1)[-1])
