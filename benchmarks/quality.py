"""Print the quality table of docs/quality.md: the corpus scorer's figures on each annotated corpus.

    python benchmarks/quality.py            # needs ../shared beside the repository

Each corpus is built once with ``kg build`` (through ``python -m kg``) and scored by
``../shared/tools/score.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = {
    "founding document (seeds/)": SHARED / "seeds",
    "dev corpus (corpus/dev/)": SHARED / "corpus" / "dev",
    "own corpus (tests/corpus/)": ROOT / "tests" / "corpus",
}
FIGURES = ("regions", "persons", "roles", "cooperation", "memberships")


def score(corpus: Path) -> dict:
    proc = subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "score.py"),
            str(corpus),
            "--json",
            "--kg",
            f"{sys.executable} -m kg",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout[: proc.stdout.rindex("}") + 1])


def main() -> None:
    header = (
        "| corpus | docs | " + " | ".join(f"{f} F1" for f in FIGURES) + " | person_region | identity errors |"
    )
    print(header)
    print("|" + "---|" * (len(FIGURES) + 4))
    for name, corpus in CORPORA.items():
        if not any(corpus.glob("*.gold.yaml")):
            continue
        r = score(corpus)
        cells = [f"{r[f]['f1']:.3f}" for f in FIGURES]
        print(
            f"| {name} | {len(r['documents'])} | "
            + " | ".join(cells)
            + f" | {r['person_region']:.3f} | {r['identity_errors']} |"
        )


if __name__ == "__main__":
    main()
