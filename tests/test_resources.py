"""The ontology files ship inside the package: an installed wheel finds them too."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from kg.resources import ontology_dir

ROOT = Path(__file__).resolve().parent.parent
NEEDED = [
    "regiokg.ttl",
    "shapes.ttl",
    "topics.ttl",
    "regions.csv",
    "districts.csv",
    "cities.csv",
    "foreign_regions.csv",
    "organisations.csv",
    "lexicon.toml",
    "heads.csv",
    "queries/people-posts.rq",
]


def test_checkout_finds_the_ontology():
    for name in NEEDED:
        assert (ontology_dir() / name).is_file(), name


def test_wheel_carries_the_ontology_and_finds_it(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    wheel = next(tmp_path.glob("regiokg-*.whl"))
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        zf.extractall(target)
    for name in NEEDED:
        assert f"kg/ontology/{name}" in names, name
    # every module of the package is in the wheel, not only the ones an explicit list remembers
    for module in (ROOT / "kg").rglob("*.py"):
        assert module.relative_to(ROOT).as_posix() in names, module
    # import the unpacked wheel alone (not the checkout) and ask it where its ontology is
    probe = "import kg.cli, kg.build, kg.ingest, kg.serve; import kg.resources as r; print(r.ontology_dir())"
    out = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {probe}"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    ).stdout.strip()
    assert Path(out) == target / "kg" / "ontology"
