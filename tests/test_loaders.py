"""Loaders: encodings, bad files, paths, directories and globs."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.loaders import Skipped, expand_paths, load_documents, load_text

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
