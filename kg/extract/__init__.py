"""Extraction: the language work, from a document's text to the project's own records."""

from .pipeline import DocumentExtraction, Extractor, extract
from .records import Extraction

__all__ = ["DocumentExtraction", "Extraction", "Extractor", "extract"]
