"""Writing outputs so that an interrupted or failed run never leaves a half-written file.

Each output goes to a temporary file beside its target and is renamed over it: the previous
version stays intact until the new one is complete. Inside :func:`together` the renames wait
until every output of the block is complete, so a run that fails on its third file (the disk
filled up) leaves all three previous files as they were, not a new graph beside old metrics.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import IO

from .errors import OutputError

#: (temporary file, target) pairs written inside :func:`together`, renamed when it ends
_pending: ContextVar[list[tuple[Path, Path]] | None] = ContextVar("pending_outputs", default=None)


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
        pending = _pending.get()
        if pending is None:
            os.replace(tmp, path)
        else:
            pending.append((tmp, path))
    except OSError as exc:
        _remove(tmp)
        raise OutputError(f"{path}: cannot write {what}: {_reason(exc)}") from None
    except BaseException:  # a bug or Ctrl-C while writing: no stray temporary file either
        _remove(tmp)
        raise
    return path


@contextmanager
def together() -> Iterator[None]:
    """Every output written in the block replaces its previous version only when all are done.

    On any error inside the block the new files are deleted and the old ones stay untouched.
    Inside another such block it joins the outer one: everything is replaced at its end.
    """
    if _pending.get() is not None:
        yield
        return
    pending: list[tuple[Path, Path]] = []
    token = _pending.set(pending)
    try:
        yield
    except BaseException:
        for tmp, _ in pending:
            _remove(tmp)
        raise
    finally:
        _pending.reset(token)
    for i, (tmp, path) in enumerate(pending):
        try:
            os.replace(tmp, path)
        except OSError as exc:  # renames in one directory do not need space; still, say so
            for rest, _ in pending[i:]:
                _remove(rest)
            raise OutputError(f"{path}: cannot write the output: {_reason(exc)}") from None


def _remove(tmp: Path) -> None:
    """Delete a temporary file if it is there. Never raises: on a read-only file system even
    deleting a file that was never made fails (EROFS), and that must not hide the first error."""
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)
