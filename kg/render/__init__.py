"""Pages that show analysis results; every string from the data is shown as text, never HTML."""

from .page import render_cooperation_page

__all__ = ["render_cooperation_page"]
