"""Loaders: paths on disk become :class:`Document` records.

Decoding, skipping and reporting bad files happen here and nowhere else. A loader yields
``Document`` for every readable file and a :class:`Skipped` for every file it could not read,
so that one bad file never stops a batch.
"""

from .document import Document, Skipped
from .text import expand_paths, load_documents, load_text

__all__ = ["Document", "Skipped", "expand_paths", "load_documents", "load_text"]
