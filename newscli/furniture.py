"""Page furniture inside an article's body: picture captions, video prompts, credit and boilerplate lines.

Copied web pages bring them along between and after the paragraphs. They are found by their shape (a line
that ends without a full stop and opens with a caption label, or points at a picture; a line after a video
prompt) and by the phrases in ``data/furniture_phrases.txt``; the document model leaves them out of its
paragraphs and sentences and lists them in ``meta.removed``.

The body is first cut into blocks, each a paragraph of the page:
- blank lines separate blocks; so does a single newline, unless the block is hard-wrapped prose;
- a line of the page that had no full stop of its own, which the flattened corpus form of a page
  (CNN/Daily Mail) marks with `` . `` (``… for the next year . The boss of …``), ends a block;
- a picture reference run into the next sentence (``… was barely recognisable (pictured) Police said``)
  ends one too: the caption had no full stop, the sentence after it starts a new line of the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .data import read_list, read_sections

TERMINAL = ".!?"
CLOSERS = "\"'”’)]"
PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v\r]*\n\s*")
# `` . `` ending a flattened page line: after a word, before a capital, a digit, a quote or the end.
FLATTENED_LINE_END = re.compile(r"(?<=[^\s.]) \.(?=\s+[^\s.a-z]|\s*$)")
PICTURE_REFERENCE = re.compile(
    r"\((?i:pictured|picture|photo|file photo|file picture|"
    r"(?:far |second |third )?(?:left|right)|above|below|centre|center|top|bottom|inset)\b[^()\n]{0,40}\)"
)
# The sentence after a caption without a full stop starts with a capital.
RUN_IN_PICTURE = re.compile(PICTURE_REFERENCE.pattern + r"(?=[ \t]+[A-Z‘“'\"])")
# ``Fresh chance: Zhu Sanni, 23, …``, ``'A thousand of them': Faily says …``: a short label and a colon.
# The label is followed by a capital, not by a quotation mark (``Rodgers reflected: ‘There was …`` is a quote).
CAPTION_LABEL = re.compile(r"\s*(?:[‘'\"“][^‘’'\"“”\n]{1,60}[’'\"”]|[A-Z][\w'’&-]*(?:[ \t]+[\w'’&-]+){0,4}):[ \t\xa0]+(?=[A-Z0-9])")
PICTURE_OPENER = re.compile(r"\s*(?:pictured|above|below|left|right|top|inset|main picture|file photo)\b", re.IGNORECASE)
FOLLOW_PROMPT = re.compile(r"\s*follow\b.{0,60}?\bon (?:twitter|facebook|instagram)\b|\s*follow @\w", re.IGNORECASE)
COPYRIGHT = re.compile(r"\s*(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}|\w+ \d{4})", re.IGNORECASE)
SPACES = re.compile(r"\s+")
LOWER_WORD = re.compile(r"[a-z][a-z'’-]*")
# A caption is prose: at least this share of the words after its label are lower-case words.
MIN_PROSE_SHARE = 0.4
# Closed-class words that end a wrapped line inside a sentence, never a caption or a heading.
WRAP_WORDS = frozenset(
    {
        "a", "an", "the", "of", "and", "or", "nor", "but", "to", "in", "on", "at", "for", "with", "by", "from", "into", "onto",
        "as", "than", "that", "who", "whom", "whose", "which", "his", "her", "its", "their", "our", "your", "my", "is", "was",
        "were", "are", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might"
    }
)
# How far back from the end of an unfinished line a caption's label may be (a caption is one or two sentences).
MAX_CAPTION_SENTENCES = 3
# A line that ends a block of hard-wrapped prose is this share of the lines at most.
HARD_WRAP_SHARE = 0.5


@dataclass(frozen=True)
class Block:
    """A paragraph of the page: ``text[start:end]``. ``unfinished``: its last line had no full stop of its own
    (a caption or a heading can be such a line, a paragraph of prose is not)."""

    start: int
    end: int
    unfinished: bool


@cache
def _phrases() -> dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """Kind → the phrases that open a sentence of that kind (``^`` in the file), those that close it (``$``) and
    those found anywhere in it; each group a tuple, which ``startswith``/``endswith`` take at once."""
    table: dict[str, tuple[list[str], list[str], list[str]]] = {}
    for line in read_list("furniture_phrases.txt"):
        kind, phrase = line.split("\t", 1)
        opening, closing, anywhere = table.setdefault(kind, ([], [], []))
        if phrase.startswith("^"):
            opening.append(phrase[1:])
        elif phrase.endswith("$"):
            closing.append(phrase[:-1])
        else:
            anywhere.append(phrase)
    return {kind: (tuple(opening), tuple(closing), tuple(anywhere)) for kind, (opening, closing, anywhere) in table.items()}


def phrase_kind(sentence: str) -> str | None:
    """The furniture kind of a sentence or line by its phrases and shapes (``video``, ``credit``,
    ``boilerplate``), or None for article text: the first kind (in the file's order) with a phrase in it."""
    normal = SPACES.sub(" ", sentence.replace("\xa0", " ")).strip().lstrip("-–—•*( ").lower()
    bare = normal.rstrip(" ." + CLOSERS)
    for kind, (opening, closing, anywhere) in _phrases().items():
        if normal.startswith(opening) or bare.endswith(closing) or any(map(normal.__contains__, anywhere)):
            return kind
    if FOLLOW_PROMPT.match(normal) or COPYRIGHT.match(normal):
        return "boilerplate"
    return None


def blocks(text: str, start: int, end: int | None = None) -> list[Block]:
    """``text[start:end]`` cut into blocks (see the module's docstring), trimmed of white space."""
    end = len(text) if end is None else end
    found: list[Block] = []
    position = start
    for match in PARAGRAPH_BREAK.finditer(text, start, end):
        found += _blocks_of_paragraph(text, position, match.start())
        position = match.end()
    found += _blocks_of_paragraph(text, position, end)
    return found


def _blocks_of_paragraph(text: str, start: int, end: int) -> list[Block]:
    lines = _line_spans(text, start, end)
    if len(lines) > 1 and _is_hard_wrapped(text, lines):
        lines = [(start, end)]
    found = []
    for line_start, line_end in lines:
        found += _blocks_of_line(text, line_start, line_end)
    return found


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    position = start
    while (newline := text.find("\n", position, end)) >= 0:
        spans.append((position, newline))
        position = newline + 1
    spans.append((position, end))
    return [span for span in spans if text[span[0] : span[1]].strip()]


def _is_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Prose broken into lines by width: most of its lines end in the middle of a sentence."""
    unfinished = sum(not _ends_sentence(text[start:end]) for start, end in lines[:-1])
    return unfinished > HARD_WRAP_SHARE * (len(lines) - 1)


def _ends_sentence(line: str) -> bool:
    return line.rstrip().rstrip(CLOSERS).endswith(tuple(TERMINAL + ":"))


def _blocks_of_line(text: str, start: int, end: int) -> list[Block]:
    """One line of text, cut after each flattened line end and each run-in picture reference."""
    cuts = [(match.end(), True) for match in FLATTENED_LINE_END.finditer(text, start, end) if not _is_wrap(text, match.start())]
    cuts += [(match.end(), True) for match in RUN_IN_PICTURE.finditer(text, start, end)]
    found = []
    position = start
    for cut, unfinished in sorted(cuts):
        if (trimmed := _trim(text, position, cut)) is not None:
            found.append(Block(*trimmed, unfinished))
        position = cut
    if (trimmed := _trim(text, position, end)) is not None:
        found.append(Block(*trimmed, not _ends_sentence(text[trimmed[0] : trimmed[1]])))
    return found


def _is_wrap(text: str, marker: int) -> bool:
    """`` . `` after a word such as ``the`` or ``of`` is a line wrapped inside a sentence (``on The . Hobbit``)."""
    word_start = marker
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    return text[word_start:marker].lower() in WRAP_WORDS


def rest_of_block(text: str, block: Block, position: int) -> Block | None:
    """What is left of ``block`` from ``position`` on (a header block read from inside it), or None."""
    if position <= block.start:
        return block
    trimmed = _trim(text, position, block.end)
    return Block(*trimmed, block.unfinished) if trimmed else None


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def sentence_kinds(text: str, block: Block, sentences: list[tuple[int, int]], *, after_video: bool) -> list[str | None]:
    """The furniture kind of each sentence of a block (None: article text). An unfinished block may end in a
    caption: from a sentence that opens with a caption label, or its last sentence if it points at a picture;
    the whole of a short unfinished block after a video prompt is that video's caption."""
    kinds: list[str | None] = [phrase_kind(text[start:end]) for start, end in sentences]
    if not block.unfinished or not sentences or "\n" in text[block.start : block.end]:
        return kinds  # a caption is one line; a block of several lines is hard-wrapped prose or a table
    whole = phrase_kind(text[block.start : block.end])
    if whole == "video":
        return ["video"] * len(sentences)
    first = _caption_start(text, sentences)
    if first is None and after_video and len(sentences) <= 2:
        first = 0
    if first is not None:
        kinds[first:] = ["caption"] * (len(sentences) - first)
    return kinds


def _caption_start(text: str, sentences: list[tuple[int, int]]) -> int | None:
    last = len(sentences) - 1
    for index in range(last, max(-1, last - MAX_CAPTION_SENTENCES), -1):
        start, end = sentences[index]
        if _is_caption_label(text, start, end) or PICTURE_OPENER.match(text, start, end):
            return index
    start, end = sentences[last]
    if PICTURE_REFERENCE.search(text, start, end):
        return last
    return None


def _is_caption_label(text: str, start: int, end: int) -> bool:
    """A caption's label opens a line of prose (``Fresh chance: Zhu Sanni, 23, had been left …``), not of
    figures (``Hove: Sussex 363 (W. Athey 111 …)``, a results table), nor a quotation (``He said: …``)."""
    match = CAPTION_LABEL.match(text, start, end)
    if match is None:
        return False
    label = text[start : match.end()].lower()
    if any(word in _speech_words() for word in re.findall(r"[a-z]+", label)):
        return False
    words = text[match.end() : end].split()
    prose = sum(bool(LOWER_WORD.fullmatch(word.strip(",;.()'’\"“”"))) for word in words)
    return prose >= MIN_PROSE_SHARE * len(words)


@cache
def _speech_words() -> frozenset[str]:
    """Forms of the reporting verbs: ``He said: …`` opens a quotation, not a caption."""
    lines = (line for section in read_sections("speech_verbs.txt").values() for line in section)
    return frozenset(form.rstrip("*") for line in lines for form in line.split())
