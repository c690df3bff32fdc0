"""Which files a command line names, and which loader reads each.

A spec is a file, a directory (searched recursively for every suffix a loader reads) or a glob
pattern. Whatever cannot be searched — a missing path, an unreadable directory, a symbolic link
that loops — becomes a :class:`Skipped`, so one odd corner of a corpus never stops a batch.
Files come out in a fixed order (spec by spec, names sorted), so two runs build the same graph.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from fnmatch import fnmatch
from pathlib import Path

from ..errors import InputError
from .document import Document, Skipped
from .html import load_html
from .jsonl import load_jsonl
from .text import load_text

Loader = Callable[[Path], Iterable[Document | Skipped]]

#: suffix → loader; a file named explicitly with another suffix is read as plain text
LOADERS: dict[str, Loader] = {
    ".txt": lambda path: (load_text(path),),
    ".md": lambda path: (load_text(path),),
    ".html": lambda path: (load_html(path),),
    ".htm": lambda path: (load_html(path),),
    ".jsonl": load_jsonl,
}
SUFFIXES = tuple(LOADERS)


def load_documents(specs: Iterable[str]) -> Iterator[Document | Skipped]:
    """Every document the specs name, in order, with a Skipped for each unreadable one."""
    paths, skipped = expand_paths(specs)
    yield from skipped
    for path in paths:
        yield from load_path(path)


def load_path(path: Path) -> Iterator[Document | Skipped]:
    """The documents of one file, read by the loader its suffix names; never raises InputError."""
    loader = LOADERS.get(path.suffix.lower(), LOADERS[".txt"])
    try:
        yield from loader(path)
    except InputError as exc:
        yield Skipped(str(path), str(exc).removeprefix(f"{path}: "))


def expand_paths(specs: Iterable[str]) -> tuple[list[Path], list[Skipped]]:
    """Files named by paths, directories (searched recursively) and glob patterns.

    A spec that names nothing is reported as skipped rather than raised, so a batch goes on.
    Each file appears once (by its resolved path), at its first mention.
    """
    found: list[Path] = []
    skipped: list[Skipped] = []
    for spec in specs:
        path = Path(spec)
        try:
            mode = path.stat().st_mode
        except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
            mode = None
            reason = _not_found(exc)
        if mode is not None and stat.S_ISDIR(mode):
            found += _Walk(skipped)(path)
        elif mode is not None and stat.S_ISREG(mode):
            found.append(path)
        elif mode is not None:
            skipped.append(Skipped(spec, _not_regular(mode)))
        elif _is_pattern(spec):
            hits = _glob(spec)
            found += hits
            if not hits:
                skipped.append(Skipped(spec, "the pattern matches no file"))
        else:
            skipped.append(Skipped(spec, reason))
    return list(dict.fromkeys(p.resolve() for p in found)), skipped


def _not_found(exc: OSError | ValueError) -> str:
    """Why a path named on the command line cannot even be looked at."""
    if isinstance(exc, PermissionError):
        return "permission denied (a directory on the way cannot be searched)"
    if getattr(exc, "errno", None) == errno.ELOOP:
        return "symbolic link loop, not followed"
    if isinstance(exc, OSError) and exc.errno not in (errno.ENOENT, errno.ENOTDIR):
        return f"cannot read ({exc.strerror or exc})"
    return "no such file or directory"


_KINDS = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"))


def _not_regular(mode: int) -> str:
    """The reason for a pipe, socket or device named like a document: reading one would block or
    never end, so it is not opened at all."""
    kind = next((name for test, name in _KINDS if test(mode)), "a device")
    return f"not a regular file ({kind})"


def _is_pattern(spec: str) -> bool:
    return any(ch in spec for ch in "*?[")


def _glob(spec: str) -> list[Path]:
    """Files matching a pattern; ``**`` does not follow directory links, so loops cannot recur."""
    parts = Path(spec).parts
    first = next(i for i, part in enumerate(parts) if _is_pattern(part))
    base, pattern = (Path(*parts[:first]) if first else Path()), parts[first:]
    try:
        hits = [p for p in base.glob(str(Path(*pattern))) if p.is_file()]
    except (OSError, ValueError):  # an unreadable base, an empty or malformed pattern
        return []
    return sorted(p for p in hits if _visible(p.relative_to(base), pattern))


def _visible(matched: Path, pattern: tuple[str, ...]) -> bool:
    """Like the shell: a wildcard does not match a leading dot, a dot written in the pattern does."""
    dotted = [part for part in pattern if part.startswith(".")]
    return all(not name.startswith(".") or any(fnmatch(name, d) for d in dotted) for name in matched.parts)


class _Walk:
    """A depth-first search in name order that follows directory links once and never loops.

    Hidden entries (``.git``, ``.venv``, editor backups) are left out: they hold tool files,
    not news, and a virtual environment alone holds hundreds of ``.txt`` and ``.md`` files.
    """

    def __init__(self, skipped: list[Skipped]) -> None:
        self.skipped = skipped
        self.files: list[Path] = []
        self.seen: set[tuple[int, int]] = set()

    def __call__(self, root: Path) -> list[Path]:
        try:
            real = root.resolve(strict=True)
            # a link to any directory above the root leads back into the root: a loop too
            ancestors = frozenset(_identity(p) for p in (real, *real.parents))
        except (OSError, RuntimeError) as exc:
            self.skipped.append(Skipped(str(root), _not_searched(exc)))
            return []
        self.seen |= ancestors
        self._visit(root, ancestors)
        return self.files

    def _visit(self, directory: Path, ancestors: frozenset[tuple[int, int]]) -> None:
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            self.skipped.append(Skipped(str(directory), _not_searched(exc)))
            return
        for entry in entries:
            if not entry.name.startswith("."):
                self._entry(entry, ancestors)

    def _entry(self, entry: os.DirEntry[str], ancestors: frozenset[tuple[int, int]]) -> None:
        path = Path(entry.path)
        wanted = path.suffix.lower() in SUFFIXES
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()  # both follow links
            identity = _identity(path) if is_dir else None
        except OSError as exc:  # a link to itself, or a race with someone deleting files
            if wanted or exc.errno == errno.ELOOP:
                self.skipped.append(Skipped(str(path), _not_searched(exc)))
            return
        if identity is not None:
            self._enter(path, identity, ancestors)
        elif wanted and is_file:
            self.files.append(path)
        elif wanted and entry.is_symlink() and not path.exists():
            self.skipped.append(Skipped(str(path), "broken symbolic link"))
        elif wanted:
            self.skipped.append(Skipped(str(path), self._not_regular(path)))

    @staticmethod
    def _not_regular(path: Path) -> str:
        try:
            return _not_regular(path.stat().st_mode)
        except OSError as exc:
            return _not_searched(exc)

    def _enter(self, path: Path, identity: tuple[int, int], ancestors: frozenset[tuple[int, int]]) -> None:
        if identity in ancestors:
            self.skipped.append(Skipped(str(path), "symbolic link loop, not followed"))
        elif identity not in self.seen:  # a second link to a directory already searched
            self.seen.add(identity)
            self._visit(path, ancestors | {identity})


def _identity(path: Path) -> tuple[int, int]:
    """What makes two paths the same directory, through any links."""
    st = path.stat()
    return st.st_dev, st.st_ino


def _not_searched(exc: BaseException) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied, not searched"
    if isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == errno.ELOOP:
        return "symbolic link loop, not followed"
    if isinstance(exc, FileNotFoundError):
        return "broken symbolic link"
    return f"cannot search ({getattr(exc, 'strerror', None) or exc})"
