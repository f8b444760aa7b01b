"""Character classes the document model and the tagger both use, kept below them so that neither
imports the other for them (``document`` imports ``tagger`` to tag its sentences)."""

from __future__ import annotations

import re

# Typographic quotes become their ASCII forms (one character for one, so offsets hold) before
# tokenising: NLTK's tokenizer splits clitics and quotes only in their ASCII spelling.
QUOTE_FORMS = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'"}
WORDLIKE = re.compile(r"\w")


def ascii_quotes(text: str) -> str:
    """``text`` with each quote of ``QUOTE_FORMS`` in its ASCII form, as ``str.translate`` would make it, quicker:
    ``translate`` looks every character of a text that is not ASCII up in its table (most articles have a pound sign
    or a curly quote), where ``replace`` scans for each of the five quotes at the speed of a memory search. The same
    text: each quote becomes one straight one, which no later replacement touches."""
    if text.isascii():
        return text
    for typographic, straight in QUOTE_FORMS.items():
        if typographic in text:
            text = text.replace(typographic, straight)
    return text
