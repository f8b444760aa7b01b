"""Character classes the document model and the tagger both use, kept below them so that neither
imports the other for them (``document`` imports ``tagger`` to tag its sentences)."""

from __future__ import annotations

import re

# Typographic quotes become their ASCII forms (one character for one, so offsets hold) before
# tokenising: NLTK's tokenizer splits clitics and quotes only in their ASCII spelling.
ASCII_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'"})
WORDLIKE = re.compile(r"\w")
