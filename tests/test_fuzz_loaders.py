"""A fuzz target for each loader: any bytes, markup, JSON Lines or path spec gives a clean Document
or a one-line reason naming the file — never another exception, never a document lost unreported.

hypothesis with fixed settings (``derandomize``, no example database), so a run in CI takes a few
seconds per target and fails the same way on every machine. For a longer local hunt, raise
``max_examples`` with ``--hypothesis-seed`` and ``FUZZ_EXAMPLES``.
"""

from __future__ import annotations

import codecs
import datetime
import json
import os
import re
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kg.errors import InputError  # noqa: E402
from kg.loaders import Document, Skipped, load_documents, load_html, load_jsonl, load_text  # noqa: E402
from kg.loaders.decode import clean, decode  # noqa: E402
from kg.loaders.document import MAX_CHARS  # noqa: E402

SCALE = int(os.environ.get("FUZZ_EXAMPLES", "1"))


def fuzz(examples: int):
    """Deterministic, bounded settings for one fuzz target."""
    return settings(
        max_examples=examples * SCALE,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


RUSSIAN = (
    "Губернатор Томской области Владимир Мазур и глава Якутии Айсен Николаев подписали соглашение "
    "о сотрудничестве 14.03.2024. «АИРР» — Ассоциация инновационных регионов России."
)
NASTY = [
    "\x00",
    "\x1a",
    "\r",
    "\r\n",
    "\u200f",
    "\u202e",
    "\ufeff",
    "\ufffe",
    "\U0001f600",
    "\\",
    '"',
    "\u2028",
]
texts = st.lists(
    st.one_of(
        st.sampled_from(RUSSIAN.split(" ") + NASTY),
        st.text(st.characters(exclude_categories=("Cs",)), max_size=8),
    ),
    max_size=40,
).map(" ".join)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "cp1251", "koi8_r"]


@st.composite
def file_bytes(draw) -> bytes:
    """Text in one of the encodings Russian news comes in, then perhaps cut, spliced or noised."""
    if draw(st.booleans()):
        return draw(st.binary(max_size=400))
    raw = draw(texts).encode(draw(st.sampled_from(ENCODINGS)), errors="replace")
    if draw(st.booleans()):
        raw = raw[: draw(st.integers(0, len(raw)))]  # truncated
    if draw(st.booleans()):
        at = draw(st.integers(0, len(raw)))
        raw = raw[:at] + draw(st.binary(min_size=1, max_size=6)) + raw[at:]  # a few stray bytes
    return raw


def check_document(doc: Document) -> None:
    """What every later stage relies on: clean, keyed, citable, storable text."""
    import pyoxigraph

    assert doc.text.strip() and len(doc.text) <= MAX_CHARS
    assert clean(doc.text) == doc.text  # no control, invisible or non-characters left
    doc.text.encode("utf-8")  # no lone surrogates
    assert re.fullmatch(r"[a-z0-9-]+-[0-9a-f]{8}", doc.key), doc.key
    pyoxigraph.NamedNode(doc.url)  # a valid IRI, as the graph will need it
    assert doc.url.startswith(("file:///", "http://", "https://"))
    assert "\n" not in doc.title and len(doc.title) <= 200
    doc.title.encode("utf-8")
    if doc.date is not None:
        datetime.date.fromisoformat(doc.date)


def check_refusal(message: str, path: Path) -> None:
    """One line that names the file and gives a reason."""
    assert message.startswith(str(path)), message
    reason = message[len(str(path)) :].lstrip(":0123456789").strip()
    assert reason and "\n" not in message, message


# --- decode ------------------------------------------------------------------------------------


@fuzz(300)
@given(raw=file_bytes())
def test_fuzz_decode(raw):
    try:
        text = decode(raw, "f.txt")
    except InputError as exc:
        check_refusal(str(exc), Path("f.txt"))
        return
    assert clean(text) == text
    text.encode("utf-8")
    if not raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            as_utf8 = raw.decode("utf-8")
        except UnicodeDecodeError:
            return
        assert text == clean(as_utf8)  # valid UTF-8 is read as UTF-8, never as a code page


# --- .txt / .md --------------------------------------------------------------------------------


@fuzz(200)
@given(raw=file_bytes(), suffix=st.sampled_from([".txt", ".md", ".TXT", ""]))
def test_fuzz_text_loader(tmp_path, raw, suffix):
    path = tmp_path / f"новость 1{suffix}"
    path.write_bytes(raw)
    try:
        doc = load_text(path)
    except InputError as exc:
        check_refusal(str(exc), path)
        return
    check_document(doc)


# --- .html -------------------------------------------------------------------------------------

TAGS = ["p", "div", "article", "main", "h1", "span", "li", "td", "blockquote", "script", "style", "noscript"]
ENTITIES = ["&amp;", "&#0;", "&#xD800;", "&#xFFFE;", "&#x202E;", "&nbsp;", "&unknown;", "&#99999999;"]


SCRIPTS = {"script": "var leak = 1;", "style": "p { color: leak }", "noscript": "<img src=leak>"}


@st.composite
def markup(draw) -> str:
    """Pages as they come: articles among scripts, styles, comments, bad entities, unclosed tags."""
    parts = []
    for _ in range(draw(st.integers(0, 25))):
        tag = draw(st.sampled_from(TAGS))
        if tag in SCRIPTS:
            parts.append(f"<{tag}>{SCRIPTS[tag]}</{tag}>")
            continue
        inner = draw(st.one_of(texts, st.sampled_from(ENTITIES)))
        closing = draw(st.sampled_from([f"</{tag}>", "", "</div>"]))
        parts.append(f"<{tag}>{inner}{closing}")
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(["<!-- c -->", "<![CDATA[x]]>", "<br>", "<?php ?>", "<meta"])))
    head = draw(st.sampled_from(["", "<html><head><title>Заголовок</title></head><body>", "<!doctype html>"]))
    return head + "".join(parts)


@fuzz(60)
@given(page=markup(), encoding=st.sampled_from(["utf-8", "cp1251", "utf-16"]), cut=st.integers(0, 100))
def test_fuzz_html_loader(tmp_path, page, encoding, cut):
    raw = page.encode(encoding, errors="replace")
    raw = raw[: max(len(raw) * cut // 100, 1)] if cut < 100 else raw  # a page cut short, too
    path = tmp_path / "page.html"
    path.write_bytes(raw)
    try:
        doc = load_html(path)
    except InputError as exc:
        check_refusal(str(exc), path)
        return
    check_document(doc)
    assert "leak" not in doc.text  # nothing of a script, a style or a noscript block


# --- .jsonl ------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
fields = st.fixed_dictionaries(
    {},
    optional={
        "text": st.one_of(texts, json_values),
        "title": st.one_of(texts, json_values),
        "date": st.one_of(
            st.sampled_from(["2024-03-14", "2024-02-31", "14.03.2024", "2024-03-14T10:00:00+03:00"]),
            json_values,
        ),
        "url": st.one_of(
            st.sampled_from(
                ["https://ex.ru/a b", "http://[x/", "javascript:alert(1)", "https://ex.ru/новость"]
            ),
            texts,
            json_values,
        ),
    },
)


@st.composite
def jsonl_lines(draw) -> list[bytes]:
    """Records good and bad: objects with odd fields, escaped surrogates, cut lines, raw bytes."""
    lines = []
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["record", "record", "cut", "bytes", "blank", "surrogate", "scalar"]))
        record = json.dumps(draw(fields), ensure_ascii=draw(st.booleans()))
        if kind == "cut":
            record = record[: draw(st.integers(0, len(record)))]
        elif kind == "surrogate":
            record = json.dumps({"text": "Томская область \ud800"})  # JSON spells it "\\ud800"
        elif kind == "scalar":
            record = json.dumps(draw(json_values))
        elif kind == "blank":
            record = draw(st.sampled_from(["", " ", "\t"]))
        line = draw(st.binary(max_size=30)).replace(b"\n", b"") if kind == "bytes" else record.encode()
        lines.append(line)
    return lines


@fuzz(150)
@given(lines=jsonl_lines())
def test_fuzz_jsonl_loader(tmp_path, lines):
    path = tmp_path / "лента.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    try:
        items = list(load_jsonl(path))
    except InputError as exc:
        check_refusal(str(exc), path)
        return
    numbers = []  # the line each item cites (a record with its own web URL cites that instead)
    for item in items:
        if isinstance(item, Skipped):
            check_refusal(str(item), path)
            numbers.append(int(item.path.rsplit(":", 1)[1]))
        else:
            check_document(item)
            if "#L" in item.url:
                numbers.append(int(item.url.rsplit("#L", 1)[1]))
    assert numbers == sorted(set(numbers))
    try:
        filled = [n for n, line in enumerate(lines, 1) if line.decode("utf-8").strip()]
    except UnicodeDecodeError:
        return  # the file was read in a code page, where other lines are blank
    # one item for each line that holds anything, none for a blank one: nothing lost or doubled
    assert len(items) == len(filled) and set(numbers) <= set(filled)


# --- paths -------------------------------------------------------------------------------------

SPEC_PARTS = [
    "*",
    "**",
    "?",
    "[",
    "]",
    "[!a]",
    "/",
    "a",
    " ",
    ".",
    "~",
    "\\",
    "$HOME",
    "*.txt",
    "Томская область",
]
NAMES = [
    "a.md",
    "b.html",
    "c.jsonl",
    "empty.txt",
    "binary.txt",
    "pipe.txt",
    "dir.txt",
    "broken.txt",
    "loop",
    "архив",
]


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    """A corpus with every kind of awkward entry: names with spaces and Cyrillic, a loop, a broken
    link, a pipe and a directory named like documents, an empty and a binary file, hidden files."""
    root = tmp_path_factory.mktemp("tree")
    (root / "Томская область" / "архив").mkdir(parents=True)
    (root / "Томская область" / "архив" / "Новости 2024.txt").write_text(RUSSIAN, encoding="utf-8")
    (root / "a.md").write_text(RUSSIAN, encoding="utf-8")
    (root / "b.html").write_text(f"<p>{RUSSIAN}</p>", encoding="utf-8")
    (root / "c.jsonl").write_text(json.dumps({"text": RUSSIAN}) + "\n{broken\n", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / "Томская область" / "loop").symlink_to("..", target_is_directory=True)
    (root / "broken.txt").symlink_to(root / "nowhere.txt")
    (root / "dir.txt").mkdir()
    (root / ".hidden.txt").write_text(RUSSIAN, encoding="utf-8")
    os.mkfifo(root / "pipe.txt")
    return root


@fuzz(120)
@given(parts=st.lists(st.one_of(st.sampled_from(SPEC_PARTS + NAMES), st.text(max_size=4)), max_size=6))
def test_fuzz_path_specs(tree, parts):
    fragment = "".join(parts)
    assume(".." not in fragment)  # stay inside the tree: a fuzzer must not walk the whole disk
    spec = f"{tree}/{fragment}"
    items = list(load_documents([spec]))
    for item in items:
        if isinstance(item, Skipped):
            assert item.reason and "\n" not in item.reason
        else:
            check_document(item)
            assert Path(item.url.split("#")[0].removeprefix("file://")).name != "pipe.txt"
