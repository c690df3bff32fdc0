"""Loaders: paths on disk become :class:`Document` records.

Decoding, skipping and reporting bad files happen here and nowhere else. A loader yields
``Document`` for every readable file (``.txt``, ``.md``, ``.html``/``.htm``; one per record of a
``.jsonl``) and a :class:`Skipped` for every file or line it could not read, so that one bad
file never stops a batch.
"""

from .document import Document, Skipped
from .html import load_html
from .jsonl import load_jsonl
from .paths import expand_paths, load_documents
from .text import load_text

__all__ = ["Document", "Skipped", "expand_paths", "load_documents", "load_html", "load_jsonl", "load_text"]
