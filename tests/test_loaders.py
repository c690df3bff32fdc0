"""Loaders: encodings, bad files, paths, directories and globs."""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import unquote

import pytest

from kg.errors import InputError
from kg.loaders import Document, Skipped, expand_paths, load_documents, load_html, load_jsonl, load_text

TEXT = "Томская область и Якутия подписали соглашение.\n\nГубернатор выступил 21.05.2010."


def test_utf8_with_bom_and_cp1251_read_alike(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    b.write_bytes(TEXT.encode("cp1251"))
    assert load_text(a).text == load_text(b).text == TEXT


def test_title_and_date_come_from_the_text(tmp_path):
    p = tmp_path / "n.txt"
    p.write_text(TEXT, encoding="utf-8")
    doc = load_text(p)
    assert doc.title == "Томская область и Якутия подписали соглашение."
    assert doc.date == "2010-05-21"
    assert doc.url.startswith("file://") and doc.url.endswith("/n.txt")


def test_key_is_stable_and_changes_with_the_content(tmp_path):
    p = tmp_path / "n.txt"
    p.write_text(TEXT, encoding="utf-8")
    first = load_text(p).key
    assert load_text(p).key == first
    p.write_text(TEXT + " Ещё.", encoding="utf-8")
    assert load_text(p).key != first


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty document"), (b"   \n\t", "empty document"), (b"\x00\x01" * 100, "binary file, not text")],
)
def test_bad_files_raise_with_the_file_name(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=f"bad.txt: {reason}"):
        load_text(p)


def test_directories_globs_and_missing_paths(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "c.csv").write_text("x", encoding="utf-8")
    paths, missing = expand_paths([str(tmp_path), str(tmp_path / "*.md"), str(tmp_path / "none.txt")])
    assert sorted(p.name for p in paths) == ["a.txt", "b.md"]
    assert [m.reason for m in missing] == ["no such file or directory"]


def test_load_documents_reports_and_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    items = list(load_documents([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["Skipped", "Document"]
    assert isinstance(items[0], Skipped) and str(items[0]).endswith("empty.txt: empty document")


def test_invisible_characters_are_removed(tmp_path):
    p = tmp_path / "n.txt"
    p.write_text("Калужская\u200f область и Томская\u00ad область", encoding="utf-8")
    assert load_text(p).text == "Калужская область и Томская область"


def test_impossible_dates_are_dropped(tmp_path):
    p = tmp_path / "n.txt"
    p.write_text("Новость от 31.02.2024 о Томской области.", encoding="utf-8")
    assert load_text(p).date is None


def test_broken_utf16_is_refused(tmp_path):
    p = tmp_path / "n.txt"
    p.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(InputError, match="not valid UTF-16"):
        load_text(p)


# --- encodings ---------------------------------------------------------------------------------

DATA = Path(__file__).resolve().parent / "data" / "loaders"
NEWS = (DATA / "news-utf8.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("twin", ["news-cp1251.txt", "news-koi8r.txt", "news-utf16.txt"])
def test_cyrillic_code_pages_and_utf16_read_as_the_utf8_twin(twin):
    assert len(NEWS) >= 300
    utf8, other = load_text(DATA / "news-utf8.txt"), load_text(DATA / twin)
    assert other.text == utf8.text == NEWS
    assert (other.title, other.date, other.sha256) == (utf8.title, utf8.date, utf8.sha256)


def test_utf16_big_endian_with_bom(tmp_path):
    p = tmp_path / "be.txt"
    p.write_bytes(b"\xfe\xff" + NEWS.encode("utf-16-be"))
    assert load_text(p).text == NEWS


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_short_lower_case_text_reads_as_russian(tmp_path, encoding):
    p = tmp_path / "short.txt"
    p.write_bytes("губернатор подписал соглашение".encode(encoding))
    assert load_text(p).text == "губернатор подписал соглашение"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (NEWS.encode("utf-8")[:200] + b"\xff" + NEWS.encode("utf-8")[200:], "undecodable: not valid UTF-8"),
        (b"\xef\xbb\xbf" + NEWS.encode("cp1251"), "marked as UTF-8 but not valid UTF-8"),
        (bytes(range(1, 32)) * 40, "binary file, not text"),
    ],
)
def test_bytes_that_are_not_text_are_reported_not_dropped(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=f"bad.txt: {reason}"):
        load_text(p)


# --- HTML --------------------------------------------------------------------------------------


def test_html_main_text_title_and_date_without_scripts_or_menus():
    doc = load_html(DATA / "page.html")
    assert doc.title == "Томская область и Якутия договорились о сотрудничестве в науке"
    assert doc.date == "2024-03-14"
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == doc.title
    assert paragraphs[1].startswith("Губернатор Томской области Владимир Мазур")
    assert paragraphs[-1].startswith("Стороны договорились до конца года")
    assert len(paragraphs) == 5
    for leak in ("СКРИПТ", "СТИЛЬ", "dataLayer", "Политика", "Кузбасс", "Курс валют", "Реклама", "права"):
        assert leak not in doc.text, leak
    assert doc.url.startswith("file://") and doc.url.endswith("/page.html")
    assert doc.key == f"page-{doc.sha256[:8]}"


def test_html_without_article_is_refused():
    with pytest.raises(InputError, match="no-article.html: no main text found"):
        load_html(DATA / "no-article.html")


def test_html_title_goes_first_and_date_falls_back_to_the_text(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in NEWS.split("\n\n")[1:])
    p = tmp_path / "n.htm"
    p.write_text(f"<html><head><title>Инженеры для Севера</title></head><body>{body}</body></html>", "utf-8")
    doc = load_html(p)
    assert doc.title == "Инженеры для Севера"
    assert doc.text.startswith("Инженеры для Севера\n\nГубернатор Томской области")
    assert doc.date == "2024-03-14"


def test_html_in_windows_1251_reads_as_in_utf8(tmp_path):
    page = (DATA / "page.html").read_text(encoding="utf-8").replace("utf-8", "windows-1251")
    p = tmp_path / "page.html"
    p.write_bytes(page.encode("cp1251"))
    assert load_html(p).text == load_html(DATA / "page.html").text


# --- JSON Lines --------------------------------------------------------------------------------


def test_jsonl_good_records_are_documents_bad_lines_are_reported():
    items = list(load_jsonl(DATA / "records.jsonl"))
    skipped = [(str(i.path).rsplit("/", 1)[-1], i.reason) for i in items if isinstance(i, Skipped)]
    assert skipped == [
        ("records.jsonl:2", "not JSON (Unterminated string starting at column 35)"),
        ("records.jsonl:3", "no text"),
        ("records.jsonl:6", "not a JSON object"),
        ("records.jsonl:7", "empty text"),
    ]
    first, bad_date, last = (i for i in items if isinstance(i, Document))
    assert first.url == "https://news.example.ru/2024/03/14/tomsk-yakutia"
    assert first.key == f"news-example-ru-2024-03-14-tomsk-yakutia-{first.sha256[:8]}"
    assert (first.title, first.date) == (
        "Томская область и Якутия будут вместе готовить инженеров",
        "2024-03-14",
    )
    assert first.text.startswith(first.title + "\n\nГубернатор Томской области")
    assert bad_date.date is None
    assert bad_date.url.startswith("file://") and bad_date.url.endswith("/records.jsonl#L4")
    assert bad_date.key == f"records-4-{bad_date.sha256[:8]}"
    assert (last.date, last.url.rsplit("#", 1)[-1]) == ("2023-11-02", "L8")


def test_jsonl_in_windows_1251_and_binary_jsonl(tmp_path):
    good = tmp_path / "cp.jsonl"
    good.write_bytes((DATA / "records.jsonl").read_text(encoding="utf-8").encode("cp1251"))
    expected = [i.text for i in load_jsonl(DATA / "records.jsonl") if isinstance(i, Document)]
    assert [i.text for i in load_jsonl(good) if isinstance(i, Document)] == expected
    (tmp_path / "bin.jsonl").write_bytes(b"\x00\x01" * 100)
    items = list(load_documents([str(tmp_path / "bin.jsonl")]))
    assert [str(i).rsplit("/", 1)[-1] for i in items] == ["bin.jsonl: binary file, not text"]


# --- paths -------------------------------------------------------------------------------------


def _news(n: int) -> str:
    return NEWS.replace("14.03.2024", f"{n:02d}.03.2024")


def test_directory_with_symlink_loop_and_cyrillic_names_with_spaces(tmp_path):
    sub = tmp_path / "Томская область" / "архив"
    sub.mkdir(parents=True)
    (sub / "loop").symlink_to("..", target_is_directory=True)
    (tmp_path / "self").symlink_to(tmp_path / "self")
    (sub / "Новости регионов 2024.txt").write_text(_news(1), encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "tool.txt").write_text(_news(2), encoding="utf-8")
    items = list(load_documents([str(tmp_path)]))
    docs = [i for i in items if isinstance(i, Document)]
    loops = sorted(Path(i.path).name for i in items if isinstance(i, Skipped))
    assert loops == ["loop", "self"]
    assert all(i.reason == "symbolic link loop, not followed" for i in items if isinstance(i, Skipped))
    assert len(docs) == 1 and docs[0].key.startswith("novosti-regionov-2024-")
    assert " " not in docs[0].url and unquote(docs[0].url).endswith("/архив/Новости регионов 2024.txt")
    paths, _ = expand_paths([str(tmp_path / "**" / "*.txt")])  # ** does not follow the loop
    assert [p.name for p in paths] == ["Новости регионов 2024.txt"]


def test_unreadable_subdirectory_is_reported_and_the_rest_read(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(_news(1), encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(_news(2), encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the directory refuse all the same
        scandir = os.scandir

        def refuse(path):
            if Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return scandir(path)

        monkeypatch.setattr(os, "scandir", refuse)
    try:
        items = list(load_documents([str(tmp_path)]))
    finally:
        locked.chmod(0o755)
    assert [type(i).__name__ for i in items] == ["Skipped", "Document"]
    assert str(items[0]).endswith("locked: permission denied, not searched")


def test_every_loader_by_suffix_in_a_fixed_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": _news(3)}, ensure_ascii=False) + "\n", "utf-8")
    (tmp_path / "b" / "z.md").write_text(_news(2), encoding="utf-8")
    (tmp_path / "a.HTML").write_text((DATA / "page.html").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b" / "d.txt").write_text(_news(1), encoding="utf-8")
    (tmp_path / "skip.csv").write_text("x", encoding="utf-8")
    first = [(d.key, d.url) for d in load_documents([str(tmp_path)])]
    assert first == [(d.key, d.url) for d in load_documents([str(tmp_path)])]
    names = [url.rsplit("/", 1)[-1] for _, url in first]
    assert names == ["a.HTML", "d.txt", "z.md", "c.jsonl#L1"]


# --- robustness: limits, cut files, odd names ----------------------------------------------------


def test_a_file_over_20_mb_is_refused_without_being_read(tmp_path):
    p = tmp_path / "dump.txt"
    with p.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: nothing is written, nothing need be read
    with pytest.raises(InputError, match="dump.txt: larger than 20 MB"):
        load_text(p)


def test_a_document_over_the_character_limit_is_refused(tmp_path):
    from kg.loaders.document import max_chars

    p = tmp_path / "long.txt"
    p.write_text(NEWS, encoding="utf-8")
    with max_chars(100), pytest.raises(InputError, match=f"long.txt: too long: {len(NEWS):,} characters"):
        load_text(p)
    assert load_text(p).text == NEWS  # the default limit is far above any news item


def test_a_file_cut_inside_a_character_is_reported_as_truncated(tmp_path):
    p = tmp_path / "cut.txt"
    raw = NEWS.encode("utf-8")
    p.write_bytes(raw[: raw.index("Севера".encode()) + 1])
    with pytest.raises(
        InputError, match=r"cut.txt: truncated: ends inside a UTF-8 character \(at offset \d+\)"
    ):
        load_text(p)


def test_noncharacters_are_removed_like_controls(tmp_path):
    """U+FFFE and U+FFFF are no text, and RDF/XML could not carry them."""
    p = tmp_path / "n.txt"
    p.write_text("Томская\ufffe область\uffff и Якутия\U0010fffe", encoding="utf-8")
    assert load_text(p).text == "Томская область и Якутия"


def test_a_script_inside_the_headline_stays_out(tmp_path):
    p = tmp_path / "h.html"
    p.write_text(
        "<html><body><h1>Томская область и Якутия<script>var leak = 1;</script></h1>"
        f"<p>{NEWS.split(chr(10) * 2)[1]}</p></body></html>",
        encoding="utf-8",
    )
    doc = load_html(p)
    assert "leak" not in doc.text and doc.title == "Томская область и Якутия"


def test_jsonl_lone_surrogates_and_urls_that_are_no_iri(tmp_path):
    p = tmp_path / "feed.jsonl"
    records = [
        {"text": "Томская область \ud800 и Якутия"},
        {"text": NEWS, "url": "https://news.example.ru/a b<c>"},
        {"text": _news(2), "url": "http://[oops/"},
    ]
    p.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    surrogate, spaced, broken = load_jsonl(p)
    assert str(surrogate).endswith("feed.jsonl:1: not valid Unicode: a lone surrogate \\ud800 in text")
    assert spaced.url == "https://news.example.ru/a%20b%3Cc%3E"
    assert broken.url.endswith("/feed.jsonl#L3")  # not citable: the record's place in the file instead


def test_pipes_devices_and_names_the_system_refuses(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "sub").mkdir()
    os.mkfifo(tmp_path / "sub" / "inner.md")
    _, skipped = expand_paths([str(tmp_path / "pipe.txt"), "/dev/null", str(tmp_path / "sub"), "x" * 5000])
    assert [s.reason for s in skipped] == [
        "not a regular file (a named pipe)",
        "not a regular file (a device)",
        "not a regular file (a named pipe)",
        "cannot read (File name too long)",
    ]


def test_a_name_that_is_not_utf8_is_shown_as_its_bytes(tmp_path):
    name = os.fsdecode("пусто".encode("cp1251") + b".txt")  # from an archive made on Windows
    (tmp_path / name).write_bytes(b"")
    (skipped,) = load_documents([str(tmp_path)])
    assert str(skipped).endswith("/\\xef\\xf3\\xf1\\xf2\\xee.txt: empty document")


def test_skipped_documents_are_named_by_their_path_not_their_url():
    assert str(Skipped("file:///tmp/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/a%20b.txt", "x")) == (
        "/tmp/новости/a b.txt: x"
    )
    assert str(Skipped("file:///tmp/%ED%EE.jsonl#L5", "x")) == "/tmp/\\xed\\xee.jsonl#L5: x"
    assert str(Skipped("https://news.example.ru/a%20b", "x")) == "https://news.example.ru/a%20b: x"


def test_a_date_in_words_under_the_headline_is_the_documents_date(tmp_path):
    p = tmp_path / "w.txt"
    p.write_text(
        "Кузбасс и Югра договорились о сотрудничестве\n\n14 марта 2024 года губернаторы подписали "
        "соглашение; прежнее действовало с 1 сентября 2019 года.",
        encoding="utf-8",
    )
    assert load_text(p).date == "2024-03-14"
    p.write_text("Заголовок\n\n31 февраля 2024 г. ничего не случилось.", encoding="utf-8")
    assert load_text(p).date is None
    far = "Заголовок\n\n" + "Текст новости без даты. " * 30 + "Соглашение подписано 1 сентября 2019 года."
    p.write_text(far, encoding="utf-8")
    assert load_text(p).date is None


def test_the_characters_cleaning_drops_are_every_control_format_and_noncharacter():
    """The class is built from three planes only; this reads all seventeen, so a Unicode version
    that puts a format character elsewhere fails here rather than slipping through."""
    import unicodedata

    from kg.loaders.decode import _dropped

    def dropped(c: int) -> bool:
        ch = chr(c)
        return (
            (unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\n\t")
            or 0xFDD0 <= c <= 0xFDEF
            or (c & 0xFFFE) == 0xFFFE
        )

    pattern = _dropped()
    scalars = (c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert all(bool(pattern.fullmatch(chr(c))) == dropped(c) for c in scalars)
