"""Saved news pages (``.html``, ``.htm``): the article's text, without menus, scripts or ads.

trafilatura finds the main text and reads the page's metadata; this module turns its result into
a :class:`Document` shaped like a text file's: the headline, a blank line, then one paragraph per
block. The shape matters because extraction parses paragraph by paragraph and takes a short
first paragraph for the headline.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..text import iso_date
from .decode import clean, decode, read_bytes
from .document import Document, keyed, too_long
from .text import date_from_text, short_title, title_from_text

# precision over recall: menus, "read also" lists and footers name regions too, and a region
# named there would become a cooperation the article never mentions
_EXTRACTION = {
    "favor_precision": True,
    "fast": True,  # no readability/jusText fallback: on a page without an article it returns menus
    "include_comments": False,
    "include_images": False,
    "with_metadata": True,
    # dates from the page's markup (meta tags, <time>) only, never guessed from the running text
    "date_extraction_params": {"extensive_search": False, "original_date": True},
}
#: elements whose content is code or a fallback, never the article's words
_NOT_TEXT = ("script", "style", "noscript", "template")


@dataclass(frozen=True, slots=True)
class _Page:
    """What trafilatura found, in plain Python."""

    paragraphs: tuple[str, ...]
    title: str
    date: str | None


def load_html(path: str | Path) -> Document:
    """Read one saved page; raises :class:`InputError` with the file's name when it cannot."""
    path = Path(path)
    markup = decode(read_bytes(path), path)
    if not markup.strip():
        raise InputError(f"{path}: empty document")
    page = _extract(markup)
    if not page.paragraphs:
        raise InputError(f"{path}: no main text found")
    blocks = list(page.paragraphs)
    if page.title and _one_line(blocks[0].split("\n", 1)[0]).casefold() != page.title.casefold():
        blocks = [page.title, *blocks]
    text = "\n\n".join(blocks)
    if reason := too_long(text):  # the article's text: scripts and markup do not count
        raise InputError(f"{path}: {reason}")
    title = short_title(page.title) if page.title else title_from_text(text)
    resolved = path.resolve()
    return keyed(resolved.stem, resolved.as_uri(), text, title, page.date or date_from_text(text))


def _extract(markup: str) -> _Page:
    from lxml import etree
    from trafilatura import bare_extraction, load_html

    tree = load_html(markup)
    if tree is None:
        return _Page((), "", None)
    # trafilatura leaves scripts out of the body but reads a headline's whole text for the title:
    # «<h1>Заголовок<script>var x…</script></h1>» would put the script into the document
    etree.strip_elements(tree, *_NOT_TEXT, with_tail=False)
    result = bare_extraction(tree, **_EXTRACTION)
    if result is None or result.body is None:
        return _Page((), "", None)
    return _Page(_paragraphs(result.body), _one_line(clean(result.title or "")), _valid_date(result.date))


def _paragraphs(body: Any) -> tuple[str, ...]:
    """One string per block of trafilatura's tree (``head``, ``p``, ``quote``, list items,
    table rows); line breaks inside a block stay single newlines."""
    blocks: list[str] = []
    for block in body:
        if not isinstance(block.tag, str):  # comments and processing instructions
            continue
        if block.tag == "list":
            blocks += [_flatten(item) for item in block.iterchildren("item")]
        elif block.tag == "table":
            blocks += [" | ".join(_flatten(cell) for cell in row) for row in block.iter("row")]
        else:
            blocks.append(_flatten(block))
    lines = ([_one_line(line) for line in clean(block).split("\n")] for block in blocks)
    paragraphs = ("\n".join(line for line in block if line) for block in lines)
    return tuple(p for p in paragraphs if p)


def _flatten(element: Any) -> str:
    """The element's text with ``<lb/>`` as a newline (itertext would glue the lines together)."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append("\n" if child.tag == "lb" else _flatten(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _valid_date(value: str | None) -> str | None:
    """trafilatura's ``YYYY-MM-DD``, kept only when it is a real calendar date."""
    try:
        year, month, day = (int(x) for x in (value or "").split("-"))
    except ValueError:
        return None
    return iso_date(year, month, day)
