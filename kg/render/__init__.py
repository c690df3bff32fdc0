"""Pages and pictures of the graph; every string from the data is shown as text, never HTML.

Imports networkx; pyvis and matplotlib load only inside the functions that draw.
"""

from .cooperation import render_cooperation_page
from .entities import Corpus, Document, Entity, Statement, read_corpus
from .graph import render_graph_page
from .pages import write_pages
from .static import render_static

__all__ = [
    "Corpus",
    "Document",
    "Entity",
    "Statement",
    "read_corpus",
    "render_cooperation_page",
    "render_graph_page",
    "render_static",
    "write_pages",
]
