"""newscli: what is in a news article — summary, entities, quotes, timeline and stats, offline."""

__version__ = "0.1.0"
