"""The quality ratchet: the scorer's figures on annotated corpora never drop below the best reached.

Runs ``score.py`` (beside the project, in ``../shared/tools``) on the founding document, the
annotated dev corpus and this project's own annotated corpus in ``tests/corpus``. Skips cleanly
where ``../shared`` is absent.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score.py"
FLOORS = json.loads((Path(__file__).parent / "quality_floor.json").read_text(encoding="utf-8"))
CORPORA = {"seed": SHARED / "seeds", "dev": SHARED / "corpus" / "dev", "own": ROOT / "tests" / "corpus"}


def score(corpus: Path) -> dict:
    pytest.importorskip("yaml")
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(corpus), "--json", "--kg", f"{sys.executable} -m kg"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    return json.loads(proc.stdout[: proc.stdout.rindex("}") + 1])


@pytest.mark.parametrize("name", [n for n in FLOORS if not n.startswith("_")])
def test_figures_hold(name):
    corpus = CORPORA[name]
    if not SCORER.is_file() or not any(corpus.glob("*.gold.yaml")):
        pytest.skip(f"{corpus} or the scorer is not here")
    result = score(corpus)
    short = []
    for figure, floor in FLOORS[name].items():
        if figure == "identity_errors":
            if result[figure] > floor:
                short.append(f"identity_errors {result[figure]} > {floor}: {result['identity_detail']}")
            continue
        got = result[figure] if figure == "person_region" else result[figure]["f1"]
        if got < floor:
            short.append(f"{figure} {got} < {floor}")
    notes = {doc: n for doc, n in result["documents"].items() if n}
    assert not short, f"{name}: {'; '.join(short)}\n{json.dumps(notes, ensure_ascii=False, indent=1)}"
