"""newscli: what is in a news article — summary, entities, quotes, timeline and stats, offline.

Library use: ``newscli.analyze(text, date=None) -> dict`` (the shape of ``newscli analyze --json``), and one
function per analysis in ``newscli.api``. Imports are lazy so that the command line starts fast.
"""

__version__ = "0.1.0"
__all__ = ["analyze", "__version__"]


def analyze(text: str, date=None) -> dict:
    """Every analysis of one article's text; see ``newscli.api.analyze``."""
    from .api import analyze as analyze_text

    return analyze_text(text, date)
