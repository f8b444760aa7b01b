"""newscli: what is in a news article — summary, entities, quotes, timeline and stats, offline.

Library use: ``newscli.analyze(text, date=None) -> dict`` (the shape of ``newscli analyze --json``), and one
function per analysis in ``newscli.api`` (``newscli.api`` works after ``import newscli`` alone). Imports are lazy
so that the command line starts fast.
"""

import importlib

from .version import __version__

__all__ = ["analyze", "api", "__version__"]


def analyze(text: str, date=None) -> dict:
    """Every analysis of one article's text; see ``newscli.api.analyze``."""
    from .api import analyze as analyze_text

    return analyze_text(text, date)


def __getattr__(name: str):
    """``newscli.api`` on first use: importing it (and the document model) here would slow every command."""
    if name == "api":
        return importlib.import_module(".api", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
