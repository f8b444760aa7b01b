"""The shared document model: one article's text split into paragraphs, sentences and tokens.

Every unit carries ``start``/``end`` character offsets into the original text, so that
``text[start:end] == unit.text`` always holds. The article's leading metadata block and dateline
are recognised as ``meta`` and left out of the body that the analyses see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property
from itertools import chain

from . import meta as meta_module
from .characters import ascii_quotes
from .meta import Meta
from .span import Furniture, Span

__all__ = ["Document", "Furniture", "Paragraph", "Sentence", "Span", "Token", "build_document"]

CLITICS = frozenset({"'s", "'re", "'ll", "'ve", "'d", "'m", "n't"})
WORDLIKE = re.compile(r"\w")


@dataclass(frozen=True)
class Token(Span):
    pass


@dataclass(frozen=True)
class Sentence(Span):
    paragraph: int
    tokens: tuple[Token, ...]


@dataclass(frozen=True)
class Paragraph(Span):
    first_sentence: int
    last_sentence: int  # exclusive

    def sentence_indices(self) -> range:
        return range(self.first_sentence, self.last_sentence)


@dataclass(frozen=True)
class Document:
    """An article: the original text, its meta and the body's paragraphs, sentences and tokens."""

    text: str
    meta: Meta
    body_start: int
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    @property
    def furniture(self) -> tuple[Furniture, ...]:
        """What the reader set aside (header lines, headline, dateline, captions, credits), in text order: no
        paragraph or sentence overlaps it. Analyses that scan ``text`` itself must skip these spans."""
        return self.meta.removed

    @cached_property
    def headline(self) -> Paragraph | None:
        """The paragraph that is the headline the reader took as ``meta.title``, if any: it stays text (its names
        and dates are the article's), and an analysis that must not pick it (a summary) can skip it."""
        if not self.meta.title or not self.paragraphs or not self.paragraphs[0].text.startswith(self.meta.title):
            return None
        return self.paragraphs[0]

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        return tuple(chain.from_iterable(sentence.tokens for sentence in self.sentences))

    @cached_property
    def sentence_words(self) -> tuple[tuple[Token, ...], ...]:
        """Word tokens of each sentence as a reader counts them: no punctuation, and clitics rejoin their
        word (``Russia’s`` is one word)."""
        return tuple(
            _words(self.text, sentence.tokens, lowered) for sentence, lowered in zip(self.sentences, self.lowered_token_texts, strict=False)
        )

    @cached_property
    def words(self) -> tuple[Token, ...]:
        return tuple(chain.from_iterable(self.sentence_words))

    @cached_property
    def token_texts(self) -> tuple[tuple[str, ...], ...]:
        """Each sentence's token texts as the tokenizer saw them (typographic quotes in ASCII), computed once:
        analyses that look at a sentence's words once per cue must not rebuild them each time."""
        ascii_text = ascii_quotes(self.text)  # one character for one, so token offsets hold
        return tuple(tuple(ascii_text[token.start : token.end] for token in sentence.tokens) for sentence in self.sentences)

    @cached_property
    def lowered_token_texts(self) -> tuple[tuple[str, ...], ...]:
        """``token_texts`` in lower case."""
        return tuple(tuple(map(str.lower, texts)) for texts in self.token_texts)

    @cached_property
    def pos_tags(self) -> tuple[tuple[str, ...], ...]:
        """Penn Treebank tags, one tuple per sentence, aligned with ``sentence.tokens``; computed on first use."""
        from .tagger import tag

        return tuple(tuple(tag(list(texts))) for texts in self.token_texts)

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence containing ``offset``, or None."""
        import bisect

        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return index
        return None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]


def _words(text: str, tokens: tuple[Token, ...], lowered_texts: tuple[str, ...]) -> tuple[Token, ...]:
    words: list[Token] = []
    for token, lowered in zip(tokens, lowered_texts, strict=False):
        if not (token.text.isalpha() or WORDLIKE.search(token.text)):  # most tokens are letters only: no regex
            continue
        if words and lowered in CLITICS and words[-1].end == token.start:
            words[-1] = Token(text[words[-1].start : token.end], words[-1].start, token.end)
        else:
            words.append(token)
    return tuple(words)


def build_document(text: str, *, date_override: date | None = None) -> Document:
    """Build the document model of one article text (already decoded).

    The header (``meta``) and the page furniture in the body (captions, video prompts, credits and
    boilerplate; see ``newscli.furniture``) never become paragraphs or sentences: they are listed, with their
    offsets, in ``meta.removed`` (``document.furniture``)."""
    from . import furniture

    meta, body_start, kept = meta_module.read_header_parts(text)
    headline_starts = {start for start, _ in kept}
    if date_override is not None:
        meta = meta.with_date(date_override)
    removed: list[Furniture] = []
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    after_video = False
    header_end = body_start
    for whole_block in _body_blocks(text, body_start, meta):
        block = furniture.rest_of_block(text, whole_block, header_end)
        if block is None:
            continue
        meta, header_end = meta_module.read_inner_header(text, block.start, meta)
        block = furniture.rest_of_block(text, block, header_end)
        if block is None:
            continue
        spans = split_sentences(text, block.start, block.end)
        if block.start in headline_starts:  # the headline, a date line: text, whatever their shape
            kinds: list[str | None] = [None] * len(spans)
        else:
            kinds = furniture.sentence_kinds(text, block, spans, after_video=after_video)
        after_video = bool(kinds) and kinds[-1] == "video"
        for run, kind in _runs(spans, kinds):
            start, end = run[0][0], run[-1][1]
            if kind is not None:
                removed.append(Furniture(text[start:end], start, end, kind))
                continue
            first = len(sentences)
            for sent_start, sent_end in run:
                sentences.append(
                    Sentence(text[sent_start:sent_end], sent_start, sent_end, len(paragraphs), tokenize(text, sent_start, sent_end))
                )
            paragraphs.append(Paragraph(text[start:end], start, end, first, len(sentences)))
    meta = meta.with_removed(tuple(sorted((*meta.removed, *removed), key=lambda item: item.start)))
    return Document(text, meta, body_start, tuple(paragraphs), tuple(sentences))


def _body_blocks(text: str, body_start: int, meta: Meta):
    """The blocks of the body around the header lines set aside after a headline (a byline, a dateline)."""
    from . import furniture

    position = body_start
    for item in meta.removed:
        if item.start >= position:
            yield from furniture.blocks(text, position, item.start)
            position = item.end
    yield from furniture.blocks(text, position)


def _runs(spans: list[tuple[int, int]], kinds: list[str | None]) -> list[tuple[list[tuple[int, int]], str | None]]:
    """Consecutive sentences of one kind (None: article text), in order."""
    runs: list[tuple[list[tuple[int, int]], str | None]] = []
    for span, kind in zip(spans, kinds, strict=True):
        if runs and runs[-1][1] == kind:
            runs[-1][0].append(span)
        else:
            runs.append(([span], kind))
    return runs


@cache
def _sentence_tokenizer():
    from punkt.data import english

    from .data import read_list
    from .nltk_modules import private_nltk

    with private_nltk():
        from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    parameters = PunktParameters()
    parameters.abbrev_types = (
        set(english.ABBREV_TYPES) | set(read_list("abbreviations.txt")) | set("abcdefghijklmnopqrstuvwxyz")
    )
    parameters.collocations = set(english.COLLOCATIONS)
    parameters.sent_starters = set(english.SENT_STARTERS)
    parameters.ortho_context.update(english.ORTHO_CONTEXT)  # its defaultdict, filled in one call
    return PunktSentenceTokenizer(parameters)


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside one paragraph ``text[start:end]``, in original-text offsets.

    Punkt sometimes breaks after an abbreviation: a "sentence" that begins in lower case, or one that
    follows a title such as "Mr.", is such a false break and is joined back to the one before.
    """
    paragraph = ascii_quotes(text[start:end])
    spans: list[tuple[int, int]] = []
    for sent_start, sent_end in _sentence_tokenizer().span_tokenize(paragraph):
        first_letter = next((char for char in paragraph[sent_start:sent_end] if char.isalpha()), "")
        if spans and (first_letter.islower() or _ends_with_title(paragraph, spans[-1][1])):
            spans[-1] = (spans[-1][0], sent_end)
        else:
            spans.append((sent_start, sent_end))
    return [(start + sent_start, start + sent_end) for sent_start, sent_end in spans]


TRAILING_WORD = re.compile(r"(\w+)\.\s*$")


def _ends_with_title(text: str, end: int) -> bool:
    from .data import read_list

    match = TRAILING_WORD.search(text, max(0, end - 12), end)
    return match is not None and match[1].lower() in read_list("title_abbreviations.txt")


# For each of the word tokenizer's substitution patterns, strings one of which a text must hold for the pattern
# to match (a character of its class, a literal it needs): on a text holding none, the substitution would return
# the text unchanged, so it is not run. Most sentences hold none of a pattern's triggers for most patterns, and
# each substitution costs a few microseconds even where it finds nothing. A pattern not listed here always runs.
TOKENIZER_TRIGGERS = {
    "([«“‘„]|[`]+)": ("«", "“", "‘", "„", "`"),
    '^\\"': ('"',),
    "(``)": ("``",),
    "([ \\(\\[{<])(\\\"|\\'{2})": ('"', "''"),
    "(?i)(?<!\\w)(\\')(?!(?:re|ve|ll|m|t|s|d|n)\\b)(?=\\w)": ("'",),
    "([^\\.])(\\.)([\\]\\)}>\"\\'»”’ ]*+)\\s*$": (".",),
    "([:,])([^\\d])": (":", ","),
    "([:,])$": (":", ","),
    "\\.{2,}": ("..",),
    "[;@#$%&]": (";", "@", "#", "$", "%", "&"),
    "[\\u2012-\\u2015]": ("\u2012", "\u2013", "\u2014", "\u2015"),
    "([^\\.])(\\.)([\\]\\)}>\"\\']*)\\s*$": (".",),
    "[?!]": ("?", "!"),
    "([^'])' ": ("' ",),
    "[*]": ("*",),
    "[\\]\\[\\(\\)\\{\\}\\<\\>]": ("]", "[", "(", ")", "{", "}", "<", ">"),
    "--": ("--",),
    "([»”’])": ("»", "”", "’"),
    "''": ("''",),
    '"': ('"',),
    "([^' ])('[sS]|'[mM]|'[dD]|') ": ("' ", "'s", "'S", "'m", "'M", "'d", "'D"),
    "([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ": ("'ll", "'LL", "'re", "'RE", "'ve", "'VE", "n't", "N'T"),
}
# NLTK's contraction patterns ignore case: on ASCII text (where ignoring case means A-Z = a-z only) each needs
# its word in the lower-cased text; on any other text they always run (Unicode case folding has more pairs).
CASELESS_TOKENIZER_TRIGGERS = {
    "(?i)\\b(can)(?#X)(not)\\b": "cannot",
    "(?i)\\b(d)(?#X)('ye)\\b": "d'ye",
    "(?i)\\b(gim)(?#X)(me)\\b": "gimme",
    "(?i)\\b(gon)(?#X)(na)\\b": "gonna",
    "(?i)\\b(got)(?#X)(ta)\\b": "gotta",
    "(?i)\\b(lem)(?#X)(me)\\b": "lemme",
    "(?i)\\b(more)(?#X)('n)\\b": "more'n",
    "(?i)\\b(wan)(?#X)(na)(?=\\s)": "wanna",
    "(?i) ('t)(?#X)(is)\\b": " 't",
    "(?i) ('t)(?#X)(was)\\b": " 't",
}


class _Triggered:
    """A substitution pattern run only on a text that holds one of its ``triggers``."""

    __slots__ = ("pattern", "triggers")

    def __init__(self, pattern, triggers: tuple[str, ...]) -> None:
        self.pattern, self.triggers = pattern, triggers

    def sub(self, substitution: str, text: str) -> str:
        for trigger in self.triggers:
            if trigger in text:
                return self.pattern.sub(substitution, text)
        return text


class _CaselessTriggered:
    """A case-insensitive substitution pattern run only on a text that is not ASCII or holds ``trigger`` once
    lower-cased."""

    __slots__ = ("pattern", "trigger")

    def __init__(self, pattern, trigger: str) -> None:
        self.pattern, self.trigger = pattern, trigger

    def sub(self, substitution: str, text: str) -> str:
        if text.isascii() and self.trigger not in text.lower():
            return text
        return self.pattern.sub(substitution, text)


class _WhitespaceRuns:
    """NLTK's ``\\s+`` → one space, the one substitution it runs on every text, done with ``str.split``: a tenth of
    tokenizing. The ``regex`` engine's ``\\s`` is ``str.isspace`` but for the four information separators
    (U+001C–U+001F), so a text holding one of those is left to the pattern."""

    __slots__ = ("pattern",)

    def __init__(self, pattern) -> None:
        self.pattern = pattern

    def sub(self, substitution: str, text: str) -> str:
        if substitution != " " or INFORMATION_SEPARATOR.search(text):
            return self.pattern.sub(substitution, text)
        words = text.split()
        if not words:
            return " " if text else text
        return (" " if text[0].isspace() else "") + " ".join(words) + (" " if text[-1].isspace() else "")


INFORMATION_SEPARATOR = re.compile("[\x1c-\x1f]")


@cache
def _word_tokenizer():
    """NLTK's word tokenizer, its substitution patterns run without NLTK's ReDoS guard, and only on texts
    that hold one of their ``TOKENIZER_TRIGGERS``.

    nltk (since its ``redos`` module) wraps each of its patterns in a Python object that runs every call under
    a wall-clock timeout: a third of the time tokenizing took. The guard is meant for patterns a caller
    supplies; these are NLTK's own fixed ones, linear on the pathological shapes of ``benchmarks/scaling.py``.
    They are compiled again with the same engine (``regex``, NLTK's own dependency) and flags, so the tokens
    are unchanged.
    """
    import regex

    from .nltk_modules import private_nltk

    with private_nltk():
        from nltk.tokenize.destructive import NLTKWordTokenizer

    def unguarded(rule):
        pattern, substitution = rule
        if not isinstance(pattern, re.Pattern):  # older nltk compiles them with ``re``, unguarded
            pattern = regex.compile(pattern.pattern, pattern.flags)
        return triggered(pattern), substitution

    def triggered(pattern):
        if pattern.pattern == r"\s+":
            return _WhitespaceRuns(pattern)
        if pattern.pattern in TOKENIZER_TRIGGERS:
            return _Triggered(pattern, TOKENIZER_TRIGGERS[pattern.pattern])
        if pattern.pattern in CASELESS_TOKENIZER_TRIGGERS:
            return _CaselessTriggered(pattern, CASELESS_TOKENIZER_TRIGGERS[pattern.pattern])
        return pattern

    tokenizer = NLTKWordTokenizer()
    for name in ("STARTING_QUOTES", "PUNCTUATION", "ENDING_QUOTES"):
        setattr(tokenizer, name, [unguarded(rule) for rule in getattr(tokenizer, name)])
    for name in ("PARENS_BRACKETS", "DOUBLE_DASHES"):
        setattr(tokenizer, name, unguarded(getattr(tokenizer, name)))
    for name in ("CONTRACTIONS2", "CONTRACTIONS3"):
        setattr(tokenizer, name, [triggered(pattern) for pattern in getattr(tokenizer, name)])
    return tokenizer


def tokenize(text: str, start: int, end: int) -> tuple[Token, ...]:
    """NLTK word tokens of ``text[start:end]`` with original-text offsets.

    Each token is made without ``Token.__init__``: a frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``, which was a third of tokenizing. The fields go into the instance's dict in their
    declared order, as ``__init__`` puts them (the dict stays shared-key, the token equal and hashed alike)."""
    segment = ascii_quotes(text[start:end])
    tokens = []
    for tok_start, tok_end in _ampersand_words(segment, _spans(segment)):
        token = _new_object(Token)
        fields = token.__dict__
        fields["text"] = text[start + tok_start : start + tok_end]
        fields["start"] = start + tok_start
        fields["end"] = start + tok_end
        tokens.append(token)
    return tuple(tokens)


_new_object = object.__new__
CONVERTED_QUOTES = re.compile(r"``|'{2}|\"")


def _spans(segment: str) -> list[tuple[int, int]]:
    """The spans of NLTK's word tokens of ``segment``, as its tokenizer's ``span_tokenize`` finds them (its double
    quotes, which the tokenizer rewrites, put back in text order, then each token looked up after the one
    before), in one list: its generator and ``align_tokens`` handed the spans on one call per token."""
    words = _word_tokenizer().tokenize(segment)
    if '"' in segment or "''" in segment:
        written = iter([match.group() for match in CONVERTED_QUOTES.finditer(segment)])
        words = [next(written) if word in ('"', "``", "''") else word for word in words]
    spans = []
    point = 0
    for word in words:
        begin = segment.index(word, point)
        point = begin + len(word)
        spans.append((begin, point))
    return spans


def _ampersand_words(segment: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with ``AT&T``, ``S&P``, ``Q&A`` made one word again: NLTK splits off every ampersand, but one
    written between two letters without spaces is part of a name (treebanks keep it so)."""
    if "&" not in segment:  # most sentences: nothing to join
        return spans
    joined: list[tuple[int, int]] = []
    for span in spans:
        if (
            len(joined) >= 2
            and segment[joined[-1][0] : joined[-1][1]] == "&"
            and joined[-2][1] == joined[-1][0]
            and joined[-1][1] == span[0]
            and segment[joined[-2][1] - 1].isalnum()
            and segment[span[0]].isalnum()
        ):
            first = joined[-2][0]
            del joined[-2:]
            joined.append((first, span[1]))
        else:
            joined.append(span)
    return joined
