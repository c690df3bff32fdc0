"""Bad input, faults and untrusted text, through the real command: every row of docs/robustness.md
names the test that backs it, here or in the loader, fuzz, property, ingest and serve tests.

Most runs are real processes (``python -m kg``), so what is checked is what a user sees on the
terminal: one line per skipped file naming it and the reason, a summary, the exit status, and
never a traceback.
"""

from __future__ import annotations

import ast
import errno
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from kg.cli import main
from kg.loaders.document import shown

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "loaders"
NEWS = (DATA / "news-utf8.txt").read_text(encoding="utf-8")
SCHEMA_URL = URIRef("https://schema.org/url")
KG = [sys.executable, "-m", "kg"]
#: drop the capabilities that let root read anything, so chmod 000 means unreadable again
NO_DAC = [
    "setpriv",
    "--bounding-set=-dac_override,-dac_read_search",
    "--inh-caps=-dac_override,-dac_read_search",
]


def kg(*args: object, prefix: list[str] = (), timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``kg ARGS`` in its own process, as a user would run it."""
    return subprocess.run(
        [*prefix, *KG, *map(str, args)],
        capture_output=True,
        text=True,
        errors="backslashreplace",
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(ROOT), "CI": "1"},
    )


def news(n: int) -> str:
    """The sample news item, made distinct (a second identical text is skipped as a duplicate)."""
    return NEWS.replace("14.03.2024", f"{n:02d}.03.2024")


def no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr


def can_drop_dac() -> bool:
    """Whether this process can make a chmod-000 file unreadable to a child it starts."""
    if os.geteuid() != 0:
        return True
    if shutil.which("setpriv") is None:
        return False
    probe = subprocess.run([*NO_DAC, "true"], capture_output=True)
    return probe.returncode == 0


# --- one corpus with every kind of bad input ---------------------------------------------------


def _bad_corpus(root: Path, locked: bool) -> tuple[dict[str, str], dict[str, str]]:
    """Write the corpus; returns (file → expected reason) for the skipped, (URL → file) for the built."""
    skipped: dict[str, str] = {}
    built: dict[str, str] = {}

    def good(relative: str, raw: bytes) -> Path:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        built[path.resolve().as_uri()] = relative
        return path

    def bad(relative: str, raw: bytes | None, reason: str) -> Path:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if raw is not None:
            path.write_bytes(raw)
        skipped[relative] = reason
        return path

    good("Томская область/Новости регионов 2024.txt", news(1).encode("utf-8"))
    good("bom.md", b"\xef\xbb\xbf" + news(2).encode("utf-8"))
    good("windows-1251.txt", news(3).encode("cp1251"))
    good("koi8-r.txt", news(4).encode("koi8_r"))
    good("utf-16.txt", news(5).encode("utf-16"))
    good(os.fsdecode("новость".encode("cp1251") + b".txt"), news(6).encode("utf-8"))  # a name not in UTF-8
    scripts = "".join(
        f"<script>var s{i} = '{'x' * 200}';</script><style>.c{i} {{}}</style>" for i in range(300)
    )
    article = "".join(f"<p>{p}</p>" for p in news(7).split("\n\n"))
    good(
        "scripts.html",
        f"<html><head>{scripts}</head><body>{scripts}<article>{article}</article></body></html>".encode(),
    )

    bad("empty.txt", b"", "empty document")
    bad("blank.md", b"  \n\t\r\n ", "empty document")
    bad("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary file, not text")
    whole = news(8).encode("utf-8")
    bad("cut.txt", whole[: whole.index("Якутии".encode()) + 1], "truncated: ends inside a UTF-8 character")
    at = whole.index(b" ", 300) + 1  # between two characters
    bad(
        "stray-byte.txt",
        whole[:at] + b"\xff" + whole[at:],
        f"undecodable: not valid UTF-8 (byte 0xff at offset {at})",
    )
    huge = "Томская область и Якутия. " * 223_000  # 10 MB of UTF-8
    bad("huge.txt", huge.encode(), f"too long: {len(huge):,} characters")
    bad(
        "only-scripts.html",
        f"<html><head>{scripts}</head><body>{scripts}</body></html>".encode(),
        "no main text",
    )
    bad("pipe.txt", None, "not a regular file (a named pipe)")
    os.mkfifo(root / "pipe.txt")
    bad("loop", None, "symbolic link loop, not followed")
    (root / "loop").symlink_to(".", target_is_directory=True)
    bad("dangling.txt", None, "broken symbolic link")
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")

    feed = root / "feed.jsonl"
    lines = [
        json.dumps(
            {"text": news(9), "url": "https://news.example.ru/2024/03/ with space"}, ensure_ascii=False
        ),
        '{"text": "Томская область и Якутия", "title": ',
        json.dumps({"text": "Томская область \ud800 и Якутия"}),
        json.dumps({"title": "без текста"}, ensure_ascii=False),
        json.dumps({"text": news(10)}, ensure_ascii=False),
    ]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    built["https://news.example.ru/2024/03/%20with%20space"] = "feed.jsonl:1"
    built[f"{feed.resolve().as_uri()}#L5"] = "feed.jsonl:5"
    skipped["feed.jsonl:2"] = "not JSON"
    skipped["feed.jsonl:3"] = "not valid Unicode: a lone surrogate \\ud800 in text"
    skipped["feed.jsonl:4"] = "no text"

    if locked:  # unreadable for real: a file and a directory nobody may read
        bad("locked.txt", news(11).encode(), "permission denied").chmod(0)
        closed = bad("closed", None, "permission denied, not searched")
        closed.mkdir()
        (closed / "inside.txt").write_text(news(12), encoding="utf-8")
        closed.chmod(0)
        skipped["closed/inside.txt"] = "permission denied (a directory on the way cannot be searched)"
    # a syndicated copy: the same text as the first document, under another name (sorted after it)
    (root / "я-копия.txt").write_bytes(news(1).encode("utf-8"))
    return skipped, built


@pytest.fixture(scope="module")
def bad_corpus_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad corpus")  # a space in every path
    locked = can_drop_dac()
    skipped, built = _bad_corpus(root / "новости", locked)
    out = root / "out"
    started = time.monotonic()
    named = [root / "новости" / "closed" / "inside.txt"] if locked else []  # named, not found by a walk
    result = kg(
        "build",
        root / "новости",
        *named,
        "--out",
        out,
        "-w",
        "0",
        prefix=NO_DAC if locked and os.geteuid() == 0 else [],
    )
    elapsed = time.monotonic() - started
    for path in (root / "новости" / "locked.txt", root / "новости" / "closed"):
        if path.exists():
            path.chmod(0o755)
    return result, root / "новости", out, skipped, built, elapsed


def test_each_bad_file_is_one_line_naming_it_and_why(bad_corpus_build):
    result, corpus, _, skipped, _, _ = bad_corpus_build
    no_traceback(result.stderr)
    lines = result.stderr.splitlines()
    for relative, reason in skipped.items():
        named = [line for line in lines if f"/{shown(relative)}: " in line or f"/{relative}: " in line]
        assert len(named) == 1, (relative, lines)
        assert named[0].startswith(f"kg: skipped {shown(str(corpus))}"), named[0]
        assert reason in named[0], (reason, named[0])


def test_a_second_copy_of_a_text_is_reported_as_such(bad_corpus_build):
    result, corpus, *_ = bad_corpus_build
    copy = (corpus / "я-копия.txt").resolve()
    first = (corpus / "Томская область" / "Новости регионов 2024.txt").resolve()
    assert f"kg: skipped {copy}: the same text as {first}" in result.stderr.splitlines()


def test_the_rest_is_built_and_nothing_else_is_said(bad_corpus_build):
    result, _, out, skipped, built, _ = bad_corpus_build
    assert result.returncode == 0, result.stderr
    g = Graph().parse(out / "graph.ttl")
    assert {str(u) for u in g.objects(None, SCHEMA_URL)} == set(built)
    scripts = "var s1 = "
    assert not any(scripts in str(o) for o in g.objects())
    summary = result.stderr.splitlines()[-1]
    assert summary.startswith(f"{len(built)} document(s) built, {len(skipped) + 1} skipped (")
    for gist in (
        "duplicate text: 1",
        "empty document: 2",
        "binary file: 1",
        "truncated: 1",
        "too long: 1",
        "not a regular file: 1",
    ):
        assert gist in summary, summary
    for line in result.stderr.splitlines()[:-1]:
        assert line.startswith(("kg: skipped ", "kg: note: ")), line


def test_a_10_mb_document_is_refused_quickly_with_the_limit_named(bad_corpus_build):
    result, _, _, _, _, elapsed = bad_corpus_build
    line = next(x for x in result.stderr.splitlines() if "huge.txt" in x)
    assert "more than the limit of 500,000 (split the file, or raise the limit with --max-chars)" in line
    assert elapsed < 120  # the whole corpus, models included; reading the 10 MB file takes a second or two


def test_unreadable_files_are_reported_for_real(bad_corpus_build):
    result, _, _, skipped, _, _ = bad_corpus_build
    if "locked.txt" not in skipped:
        pytest.skip("cannot make a file unreadable here (root without setpriv)")
    assert any(line.endswith("/locked.txt: permission denied") for line in result.stderr.splitlines())
    assert any(
        line.endswith("/closed: permission denied, not searched") for line in result.stderr.splitlines()
    )


def test_strict_exits_1_when_anything_was_skipped_and_still_writes(tmp_path):
    """The exit status for «some skipped» is 0 (the bad corpus above); ``--strict`` makes it 1, for
    build and ingest alike, and the outputs are still written."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(news(1), encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    runner = CliRunner()
    build = runner.invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out"), "-w", "0", "--strict"])
    ingest = runner.invoke(
        main, ["ingest", str(corpus), "--store", str(tmp_path / "st"), "-w", "0", "--strict"]
    )
    assert (build.exit_code, ingest.exit_code) == (1, 1)
    assert (tmp_path / "out" / "graph.ttl").exists()
    for result in (build, ingest):
        assert f"kg: skipped {corpus / 'empty.txt'}: empty document" in result.stderr
        no_traceback(result.stderr)
    assert "1 document(s) built, 1 skipped (empty document: 1);" in build.stderr
    assert "1 added, 0 replaced, 0 unchanged, 1 skipped (empty document: 1)" in ingest.stderr


def test_nothing_readable_exits_1_and_writes_nothing(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x00" * 10)
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1 and "no document could be read; nothing was written" in result.stderr
    assert not (tmp_path / "out").exists()


def test_max_chars_sets_the_limit(tmp_path):
    (tmp_path / "n.txt").write_text(news(1), encoding="utf-8")
    result = CliRunner().invoke(
        main, ["build", str(tmp_path), "--out", str(tmp_path / "o"), "--max-chars", "100"]
    )
    assert result.exit_code == 1
    assert f"n.txt: too long: {len(NEWS):,} characters, more than the limit of 100 " in result.stderr
    raised = CliRunner().invoke(
        main, ["build", str(tmp_path), "--out", str(tmp_path / "o"), "--max-chars", "5000", "-w", "0"]
    )
    assert raised.exit_code == 0 and "1 document(s) built, 0 skipped" in raised.stderr


def test_a_file_whose_read_fails_is_reported(tmp_path, monkeypatch):
    """An I/O error on one file (a bad sector, a network share gone): that file is reported."""
    (tmp_path / "good.txt").write_text(news(1), encoding="utf-8")
    failing = tmp_path / "failing.txt"
    failing.write_text(news(2), encoding="utf-8")
    read_bytes = Path.read_bytes

    def read(self: Path) -> bytes:
        if self.name == "failing.txt":
            raise OSError(errno.EIO, "Input/output error", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read)
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "o"), "-w", "0"])
    assert result.exit_code == 0, result.output
    assert f"kg: skipped {failing}: cannot read (Input/output error)" in result.stderr


def test_a_document_the_extractor_fails_on_is_reported_and_the_rest_built(tmp_path, monkeypatch):
    """A bug met on one odd text must cost that document only."""
    from kg.extract.pipeline import Extractor

    (tmp_path / "good.txt").write_text(news(1), encoding="utf-8")
    (tmp_path / "odd.txt").write_text(news(2) + "\nBOOM", encoding="utf-8")
    extract = Extractor.__call__

    def fragile(self, doc):
        if "BOOM" in doc.text:
            raise RuntimeError("an odd text")
        return extract(self, doc)

    monkeypatch.setattr(Extractor, "__call__", fragile)
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "o"), "-w", "0"])
    assert result.exit_code == 0, result.stderr
    odd = (tmp_path / "odd.txt").resolve()
    assert f"kg: skipped {odd}: extraction failed: RuntimeError: an odd text\n" in result.stderr
    assert "1 document(s) built, 1 skipped (extraction failed: 1)" in result.stderr


def test_a_named_pipe_or_device_given_by_name(tmp_path):
    """Reading one would block or never end: refused by name, without opening it."""
    os.mkfifo(tmp_path / "pipe.txt")
    result = CliRunner().invoke(
        main, ["build", str(tmp_path / "pipe.txt"), "/dev/zero", "--out", str(tmp_path)]
    )
    assert result.exit_code == 1
    assert f"kg: skipped {tmp_path / 'pipe.txt'}: not a regular file (a named pipe)" in result.stderr
    assert "kg: skipped /dev/zero: not a regular file (a device)" in result.stderr
    explained = CliRunner().invoke(main, ["explain", str(tmp_path / "pipe.txt")])
    assert explained.exit_code == 1
    assert explained.stderr == f"kg: {tmp_path / 'pipe.txt'}: not a regular file (a named pipe)\n"


def test_paths_the_system_refuses_to_look_at(tmp_path):
    """A name too long for the file system, a NUL: reported, not an internal error."""
    result = CliRunner().invoke(
        main, ["build", "x" * 5000, str(tmp_path / "a\x00b.txt"), "--out", str(tmp_path)]
    )
    assert result.exit_code == 1
    assert "cannot read (File name too long)" in result.stderr
    assert "a\x00b.txt: no such file or directory" in result.stderr
    no_traceback(result.stderr)


# --- encodings: the same graph ----------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "utf-16", "utf-8-sig"])
def test_a_file_in_another_encoding_gives_the_same_graph_as_its_utf8_twin(tmp_path, encoding):
    from kg.ingest import ingest
    from kg.store import open_store

    def graph(folder: str, raw: bytes) -> set[str]:
        path = tmp_path / folder / "новость.txt"
        path.parent.mkdir()
        path.write_bytes(raw)
        store = open_store(None)
        assert ingest([str(path)], store).written == 1
        prefix = (tmp_path / folder).resolve().as_uri()
        # the ontology's blank nodes are named afresh in each store; the file's place differs
        return {
            " ".join(str(x) for x in t).replace(prefix, "file:///twin")
            for t in store.union()
            if not any(type(x).__name__ == "BNode" for x in t)
        }

    assert graph("utf8", NEWS.encode("utf-8")) == graph("other", NEWS.encode(encoding))


# --- faults -------------------------------------------------------------------------------------


def test_two_ingests_at_once_the_second_stops_with_a_clear_message(tmp_path):
    """Two real processes on one store: the first writes, the second is told and stops at once;
    the store holds each document once."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(1, 4):
        (corpus / f"n{n}.txt").write_text(news(n), encoding="utf-8")
    store = tmp_path / "store"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CI": "1"}
    first = subprocess.Popen(
        [*KG, "ingest", str(corpus), "--store", str(store), "-w", "0"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while not (store / "LOCK").exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        second = kg("ingest", corpus, "--store", store, "-w", "0")
        first_err = first.communicate(timeout=300)[1]
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 0, first_err
    assert second.returncode == 1
    assert second.stderr == f"kg: {store}: the store is in use by another kg process; wait for it to finish\n"
    from kg.store import open_store

    with open_store(store, read_only=True) as s:
        rows = s.select(
            "SELECT ?g (COUNT(?u) AS ?n) WHERE { GRAPH ?g { ?g <https://schema.org/url> ?u } } GROUP BY ?g"
        )
    assert len(rows) == 3 and all(r["n"] == 1 for r in rows)


def _unshare_works() -> bool:
    if shutil.which("unshare") is None or os.geteuid() != 0:
        return False
    probe = subprocess.run(
        [
            "unshare",
            "--mount",
            "--propagation",
            "private",
            "sh",
            "-c",
            "mount -t tmpfs -o size=64k tmpfs /mnt",
        ],
        capture_output=True,
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _unshare_works(), reason="needs root and mount namespaces (unshare)")
def test_disk_full_and_read_only_output_for_real(tmp_path):
    """A real small file system, filled up, then made read-only — in a private mount namespace,
    so nothing outlives the test: each run fails with one line, the previous outputs untouched."""
    (tmp_path / "n.txt").write_text(news(1), encoding="utf-8")
    previous = tmp_path / "previous"
    built = CliRunner().invoke(main, ["build", str(tmp_path / "n.txt"), "--out", str(previous), "-w", "0"])
    assert built.exit_code == 0
    out = tmp_path / "out"
    out.mkdir()
    kg_cmd = " ".join(f"'{x}'" for x in KG)
    script = f"""
set -u
mount -t tmpfs -o size=2m tmpfs '{out}'
cp '{previous}'/* '{out}'/
dd if=/dev/zero of='{out}/filler' bs=4k 2>/dev/null
{kg_cmd} build '{tmp_path}/n.txt' --out '{out}' -w 0 2>'{tmp_path}/full.err'; echo $? > '{tmp_path}/full.rc'
rm '{out}/filler'; mount -o remount,ro '{out}'
{kg_cmd} build '{tmp_path}/n.txt' --out '{out}' -w 0 2>'{tmp_path}/ro.err'; echo $? > '{tmp_path}/ro.rc'
sha256sum '{out}'/* > '{tmp_path}/after.sum'; ls -a '{out}' > '{tmp_path}/after.ls'
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CI": "1"}
    subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", script], env=env, timeout=300
    )
    before = subprocess.run(["sha256sum", *sorted(previous.iterdir())], capture_output=True, text=True).stdout
    for case, message in (("full", "No space left on device"), ("ro", "Read-only file system")):
        err = (tmp_path / f"{case}.err").read_text()
        assert (tmp_path / f"{case}.rc").read_text().strip() == "1", err
        no_traceback(err)
        assert re.search(rf"^kg: {re.escape(str(out))}/\S+: cannot write the \w+: {message}$", err, re.M), err
    after = (tmp_path / "after.sum").read_text().replace(str(out), str(previous))
    assert sorted(after.splitlines()) == sorted(before.splitlines())  # byte for byte as before
    assert sorted((tmp_path / "after.ls").read_text().split()) == [
        ".",
        "..",
        *sorted(p.name for p in previous.iterdir()),
    ]


def _disk_full_on(name: str, monkeypatch) -> None:
    """Opening the output file ``name`` (its temporary file) fails as on a full disk."""
    import kg.outputs

    real_open = os.open

    def full(path, flags, mode=0o777, **kw):
        if name in str(path):
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real_open(path, flags, mode, **kw)

    monkeypatch.setattr(kg.outputs.os, "open", full)


def test_outputs_are_replaced_all_together_or_not_at_all(tmp_path, monkeypatch):
    """The page fails after the graph and the metrics were written (disk full on the third file):
    all three previous outputs stay, and no temporary file is left."""
    (tmp_path / "n.txt").write_text(news(1), encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    assert (
        runner.invoke(main, ["build", str(tmp_path / "n.txt"), "--out", str(out), "-w", "0"]).exit_code == 0
    )
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (tmp_path / "n.txt").write_text(news(2), encoding="utf-8")
    _disk_full_on("cooperation.html", monkeypatch)
    result = runner.invoke(main, ["build", str(tmp_path / "n.txt"), "--out", str(out), "-w", "0"])
    assert result.exit_code == 1
    page = re.escape(str(out / "cooperation.html"))
    assert re.fullmatch(rf"kg: {page}: cannot write the \w+: No space left on device\n", result.stderr)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_the_library_replaces_outputs_together_too(tmp_path, monkeypatch):
    """The same from Python, without the command around it: build() is all or nothing."""
    from kg.build import build
    from kg.errors import OutputError

    (tmp_path / "n.txt").write_text(news(1), encoding="utf-8")
    out = tmp_path / "out"
    build([str(tmp_path / "n.txt")], out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (tmp_path / "n.txt").write_text(news(2), encoding="utf-8")
    _disk_full_on("graph.html", monkeypatch)
    with pytest.raises(OutputError, match="No space left on device"):
        build([str(tmp_path / "n.txt")], out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


# --- untrusted text -----------------------------------------------------------------------------

INJECTED = "<http://evil.example/x> <http://evil.example/y> <http://evil.example/z>"
#: any triple about the IRIs the text tries to insert
NOTHING_INJECTED = 'SELECT ?s WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), "http://evil.example/")) }'
HOSTILE = (
    'Томская область и Калужская область подписали соглашение о сотрудничестве: «"}\\ DROP ALL ; '
    f"INSERT DATA {{ {INJECTED} }} #». Губернатор Томской области Владимир Мазур> }} ; CLEAR ALL ; "
    "сказал: «'''\"\"\" \\u0022 <script>alert(1)</script>».\n"
)


def test_document_text_never_becomes_sparql_in_a_store_directory(tmp_path):
    """Added, replaced (a SPARQL update) and removed: the text stays a literal every time."""
    from kg.ingest import ingest, remove
    from kg.loaders.text import title_from_text
    from kg.store import open_store

    doc = tmp_path / "odd.txt"
    doc.write_text(HOSTILE, encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        assert len(ingest([str(doc)], store).added) == 1
        doc.write_text(HOSTILE + "Ещё абзац.\n", encoding="utf-8")
        assert len(ingest([str(doc)], store).replaced) == 1
        assert store.select(NOTHING_INJECTED) == []
        assert len([g for g in store.graphs() if "/doc/" in g]) == 1
        titles = store.select(
            "SELECT ?t WHERE { ?d a <https://schema.org/NewsArticle> ; <https://schema.org/name> ?t }"
        )
        assert titles == [{"t": title_from_text(HOSTILE + "Ещё абзац.\n")}]
        assert remove([str(doc)], store).removed
        assert store.select(NOTHING_INJECTED) == []


PACKAGE = ROOT / "kg"
#: the only module that starts a process: the Oxigraph server, with a fixed argument list
SUBPROCESS_ALLOWED = {"serve.py"}
SPARQL_WORDS = re.compile(
    r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE|INSERT|DELETE|DROP|CLEAR|WHERE|GRAPH)(?=\s|\{|$)"
)


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text(encoding="utf-8"), str(p))) for p in sorted(PACKAGE.rglob("*.py"))]


def test_no_eval_pickle_or_shell_in_the_package():
    found = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("eval", "exec", "compile", "__import__")
            ):
                found.append(f"{path.name}:{node.lineno}: {node.func.id}()")
            if isinstance(node, ast.keyword) and node.arg == "shell":
                found.append(f"{path.name}:{node.lineno}: shell=")
            if (
                isinstance(node, ast.Attribute)
                and node.attr in ("system", "popen")
                and getattr(node.value, "id", "") == "os"
            ):
                found.append(f"{path.name}:{node.lineno}: os.{node.attr}")
            names = [a.name for a in node.names] if isinstance(node, ast.Import | ast.ImportFrom) else []
            module = node.module if isinstance(node, ast.ImportFrom) else None
            for name in [*names, module or ""]:
                root = name.split(".")[0]
                if root in ("pickle", "marshal", "shelve", "dill", "cloudpickle"):
                    found.append(f"{path.name}:{node.lineno}: import {name}")
                if root == "subprocess" and path.name not in SUBPROCESS_ALLOWED:
                    found.append(f"{path.name}:{node.lineno}: import subprocess")
            if (
                isinstance(node, ast.Attribute)
                and node.attr in ("load", "unsafe_load")
                and getattr(node.value, "id", "") == "yaml"
            ):
                found.append(f"{path.name}:{node.lineno}: yaml.{node.attr}")
    assert found == []


def _sparql_holes(tree: ast.Module) -> list[tuple[int, str, str, str]]:
    """Every value put into an f-string that reads as SPARQL: (line, text before, the expression,
    text after)."""
    holes = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        if not SPARQL_WORDS.search(text):
            continue
        values = node.values
        for i, value in enumerate(values):
            if isinstance(value, ast.FormattedValue):
                before = values[i - 1].value if i and isinstance(values[i - 1], ast.Constant) else ""
                after = (
                    values[i + 1].value
                    if i + 1 < len(values) and isinstance(values[i + 1], ast.Constant)
                    else ""
                )
                holes.append((node.lineno, before, ast.unparse(value.value), after))
    return holes


#: what may stand bare in SPARQL: terms Oxigraph serialised (``ox.NamedNode(...)``, ``g``) and lists
#: of them (``values``, ``body``, ``_values(...)``) — never a literal's text
SERIALISED = re.compile(r"^(ox\.NamedNode\(.*\)|g|values|body|_values\(.*\))$")
CONSTANT = re.compile(r"^_?[A-Z][A-Z0-9_]*$")


def _fixed(expression: str) -> bool:
    """Made only of the module's constants (``_PREFIXES``, ``", ".join(_PREDICATES)``): code, not data."""
    names = [n.id for n in ast.walk(ast.parse(expression)) if isinstance(n, ast.Name)]
    return bool(names) and all(CONSTANT.match(n) for n in names)


def _pasted(label: str, tree: ast.Module) -> list[str]:
    """Each value an f-string pastes into SPARQL other than between ``<`` and ``>`` (an IRI the
    code minted, which Oxigraph checks) or as a term Oxigraph serialised or a constant."""
    pasted = []
    for line, before, expression, after in _sparql_holes(tree):
        where = f"{label}:{line}: {{{expression}}}"
        if before.endswith(("'", '"')) or after.startswith(("'", '"')):
            pasted.append(f"{where} in a string literal")
        elif before.endswith("<") != after.startswith(">"):
            pasted.append(f"{where} half inside an IRI")
        elif not before.endswith("<") and not (SERIALISED.match(expression) or _fixed(expression)):
            pasted.append(f"{where} bare")
    return pasted


def test_no_sparql_is_built_by_pasting_text():
    """Never a value between quotes, where document text could close the string and write its
    own query; the runtime side is the hostile-text test above."""
    assert [x for path, tree in _modules() for x in _pasted(str(path.relative_to(ROOT)), tree)] == []


def test_the_sparql_guard_catches_pasted_text():
    bad = ast.parse('q = f\'SELECT ?d WHERE {{ ?d schema:name "{doc.title}" }}\'\nr = f"ASK {{ {text} }}"')
    assert _pasted("bad", bad) == ["bad:1: {doc.title} in a string literal", "bad:2: {text} bare"]
    fine = ast.parse(
        'q = f"SELECT ?e WHERE {{ GRAPH <{graph}> {{ ?e ?p ?o }} }}"\nu = f"DROP GRAPH {ox.NamedNode(g)}"'
    )
    assert _pasted("fine", fine) == []


def test_every_row_of_the_robustness_table_names_a_test_that_exists():
    """docs/robustness.md is the list of what was tried: each row must point at a real test."""
    doc = (ROOT / "docs" / "robustness.md").read_text(encoding="utf-8")
    tried = doc.split("## What was tried", 1)[1].split("## Running them", 1)[0]
    rows = [line for line in tried.splitlines() if line.startswith("| ") and not line.startswith("| input")]
    rows = [row for row in rows if not row.startswith(("| fault", "|---"))]
    assert len(rows) > 40
    defined: dict[str, set[str]] = {}
    for row in rows:
        refs = re.findall(r"`(test_\w+\.py)::(test_\w+)", row)
        assert refs, row
        for file, name in refs:
            if file not in defined:
                tree = ast.parse((ROOT / "tests" / file).read_text(encoding="utf-8"))
                defined[file] = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
            assert name in defined[file], f"{file}::{name}"
