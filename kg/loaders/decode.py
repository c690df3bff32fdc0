"""Bytes → text for every file loader: the one place that knows about encodings.

Russian news arrives as UTF-8, as UTF-16 from Windows tools, and as Windows-1251 or KOI8-R from
old sites and archives. The order of the guesses matters: a text that decodes as strict UTF-8 is
UTF-8 (the chance that Cyrillic in a one-byte code page forms valid UTF-8 is negligible), a BOM
says what it says, and only then is charset-normalizer asked — restricted to Cyrillic code pages,
because on short texts an unrestricted guess happily picks Latin-1 or Greek mojibake. A file that
fits none is refused with the reason; bytes are never dropped or replaced silently.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import cache
from pathlib import Path

from ..errors import InputError

MAX_BYTES = 20 * 1024 * 1024
#: code pages charset-normalizer may choose from, most common first (the order breaks ties)
CYRILLIC_CODE_PAGES = ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5")
SAMPLE_BYTES = 64 * 1024
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_BOM_NAMES = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16"}
_NUL_WINDOW = 8192  # like git: a NUL in the first 8 KB means binary
# C0 controls but tab, line ends, form feed and the DOS end-of-file mark: text has (almost) none
_CONTROLS = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1a") + b"\x7f"
_RUSSIAN = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")


def read_bytes(path: Path) -> bytes:
    """The whole file, or :class:`InputError` in words a user can act on."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB")
        return path.read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from None


def unreadable(path: Path, exc: OSError) -> InputError:
    """The error for a file the system would not give us, with the reason in plain words."""
    if isinstance(exc, PermissionError):
        return InputError(f"{path}: permission denied")
    if isinstance(exc, FileNotFoundError):
        return InputError(f"{path}: no such file")
    if isinstance(exc, IsADirectoryError):
        return InputError(f"{path}: is a directory")
    return InputError(f"{path}: cannot read ({exc.strerror or exc})")


def decode(raw: bytes, path: Path | str) -> str:
    """The text of a whole file, cleaned (see :func:`clean`)."""
    encoding = detect_encoding(raw, path)
    try:
        return clean(raw.decode(encoding))
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: {undecodable(exc, encoding)}") from None


def detect_encoding(sample: bytes, path: Path | str, *, partial: bool = False) -> str:
    """The codec of ``sample``; ``partial`` when it is only the start of the file (a cut may split
    a UTF-8 character, and later bytes are checked by whoever reads them)."""
    encoding = bom_encoding(sample, path, partial=partial)
    if encoding:
        return encoding
    refuse_binary(sample, path)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=not partial)
        return "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _cut_inside_a_character(utf8_error):
        # valid UTF-8 up to a last character cut short: a download or copy that stopped early.
        # Read as a code page it would become mojibake, and dropping the bytes would hide the cut
        raise InputError(f"{path}: truncated: ends inside a UTF-8 character (at offset {utf8_error.start})")
    encoding = cyrillic_code_page(sample)
    if encoding is None:
        raise InputError(f"{path}: {undecodable(utf8_error, 'utf-8')} and no Cyrillic code page fits")
    return encoding


def bom_encoding(sample: bytes, path: Path | str, *, partial: bool = False) -> str | None:
    """The codec a byte-order mark names (checked against the bytes that follow), else None."""
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            try:
                codecs.getincrementaldecoder(encoding)().decode(sample, final=not partial)
            except UnicodeDecodeError:
                name = _BOM_NAMES[encoding]
                raise InputError(f"{path}: marked as {name} but not valid {name}") from None
            return encoding
    return None


def refuse_binary(sample: bytes, path: Path | str) -> None:
    """Raise for executables, images and archives: a NUL early on, or many control bytes."""
    controls = len(sample) - len(sample.translate(None, _CONTROLS))
    if b"\x00" in sample[:_NUL_WINDOW] or controls > 0.05 * len(sample):
        raise InputError(f"{path}: binary file, not text")


def _cut_inside_a_character(exc: UnicodeDecodeError) -> bool:
    """True when the only fault is an incomplete multi-byte sequence at the very end."""
    return exc.reason == "unexpected end of data" and exc.end == len(exc.object)


def undecodable(exc: UnicodeDecodeError, encoding: str) -> str:
    """A reason that points at the offending byte, so the user can find it in a hex viewer."""
    byte = exc.object[exc.start : exc.start + 1].hex()
    return f"undecodable: not valid {encoding.upper()} (byte 0x{byte} at offset {exc.start})"


def clean(text: str) -> str:
    """Unicode NFC, unified line ends, no control or invisible characters but newlines and tabs.

    Control (Cc) and invisible formatting characters (Cf: soft hyphens, zero-width spaces,
    direction marks, BOMs) would split words the matcher must see whole; noncharacters (U+FFFE,
    U+FFFF, U+FDD0…) are never text, and XML 1.0 — so RDF/XML — cannot carry U+FFFE and U+FFFF.
    What remains can be written to every RDF format and read back unchanged.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _dropped().sub("", text)


@cache
def _dropped() -> re.Pattern[str]:
    """One character class of everything :func:`clean` removes (built once: a regex pass over a
    long document is many times faster than testing each character's category)."""
    # control and format characters live in planes 0, 1 and 14 only (the others hold ideographs,
    # private use and nothing yet): reading three planes, not seventeen, takes a tenth of a second
    planes = (*range(0x20000), *range(0xE0000, 0xF0000))
    chars = [chr(c) for c in planes if unicodedata.category(chr(c)) in ("Cc", "Cf") and chr(c) not in "\n\t"]
    chars += [chr(c) for c in range(0xFDD0, 0xFDF0)]
    chars += [chr(plane + end) for plane in range(0, 0x110000, 0x10000) for end in (0xFFFE, 0xFFFF)]
    return re.compile("[" + "".join(re.escape(ch) for ch in chars) + "]")


_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(text: str) -> str | None:
    """The first lone surrogate in ``text`` as ``\\udxxx``, else None.

    Strict decoding never makes one, but JSON may spell one (``"\\ud800"``): such a string is
    not Unicode text and cannot be encoded, hashed or stored.
    """
    match = _SURROGATE.search(text)
    return f"\\u{ord(match.group()):04x}" if match else None


def cyrillic_code_page(sample: bytes) -> str | None:
    """charset-normalizer's pick among Cyrillic code pages, or None when none reads as text.

    Short texts leave several code pages with no measurable mess (cp1251 read as KOI8-R is
    still letters), so ties go to the reading that looks like Russian prose: letters of the
    Russian alphabet, mostly lower case.
    """
    from charset_normalizer import from_bytes

    sample = sample[:SAMPLE_BYTES]  # one-byte code pages: any cut is safe
    matches = from_bytes(sample, cp_isolation=list(CYRILLIC_CODE_PAGES), enable_fallback=False)
    if not matches:
        return None
    best = min(
        matches,
        key=lambda m: (
            round(m.chaos, 2),
            -round(m.coherence, 2),
            _unlike_russian(str(m)),
            CYRILLIC_CODE_PAGES.index(m.encoding) if m.encoding in CYRILLIC_CODE_PAGES else 99,
        ),
    )
    return best.encoding


def _unlike_russian(text: str) -> float:
    """Share of Cyrillic letters that are capitals or outside the Russian alphabet."""
    cyrillic = [ch for ch in text if "\u0400" <= ch <= "\u04ff"]
    if not cyrillic:
        return 1.0
    odd = sum(ch.isupper() or ch not in _RUSSIAN for ch in cyrillic)
    return odd / len(cyrillic)
