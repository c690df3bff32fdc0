"""Writing outputs so that an interrupted run never leaves a half-written file.

Each output goes to a temporary file beside its target and is renamed over it: the previous
version stays intact until the new one is complete.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import IO

from .errors import OutputError


def write_atomic(path: str | Path, write: str | Callable[[IO[str]], None], what: str = "the output") -> Path:
    """Write text (or call ``write(handle)``) to ``path`` atomically; raises OutputError."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # os.open with 0o666 honours the umask (tempfile would leave the file 0600)
        with open(
            os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), "w", encoding="utf-8", newline=""
        ) as handle:
            if isinstance(write, str):
                handle.write(write)
            else:
                write(handle)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write {what}: {exc.strerror or exc}") from None
    return path
