"""Length and readability limits, from ``newscli.stats`` figures and the document's word counts
(words counted as ``stats`` counts them: clitics rejoined, punctuation left out)."""

from __future__ import annotations

from ..findings import Hit
from .base import COUNT, NUMBER, SHARE, Example, Param, Rule

MIN_WORDS = Param("min-words", COUNT, "check only articles with at least this many words (formulas need text)")
HARD_TEXT = (
    "The administration's comprehensive infrastructure legislation necessitates considerable "
    "intergovernmental coordination.\n"
)
FIGURE_NAMES = {"flesch_kincaid_grade": "Flesch–Kincaid grade", "flesch_reading_ease": "Flesch reading ease"}
EASY_TEXT = "The cat sat on the mat. The dog ran to the park.\n"


def _whole_article(context, params, figure: str, limit: float, is_maximum: bool):
    """One finding, at the longest sentence, when the body's ``figure`` (a ``Readability`` field) breaks ``limit``;
    articles shorter than ``min-words`` are not measured (the formulas need text)."""
    if len(context.doc.words) < params["min-words"]:
        return
    value = getattr(context.stats.readability, figure)
    if value <= limit if is_maximum else value >= limit:
        return
    longest = context.stats.longest_sentence
    side = "above the maximum" if is_maximum else "below the minimum"
    yield Hit(
        longest.start,
        longest.end,
        f"{FIGURE_NAMES[figure]} is {value:g}, {side} of {limit:g} (the longest sentence, {longest.words} words, is here)",
    )


def max_grade(context, params):
    yield from _whole_article(context, params, "flesch_kincaid_grade", params["max"], True)


def min_reading_ease(context, params):
    yield from _whole_article(context, params, "flesch_reading_ease", params["min"], False)


def max_sentence_words(context, params):
    for index, words in enumerate(context.doc.sentence_words):
        if len(words) > params["max"]:
            yield context.sentence_hit(index, f"sentence has {len(words)} words, above the maximum of {params['max']}")


def max_lede_words(context, params):
    words = context.doc.sentence_words
    if words and len(words[0]) > params["max"]:
        yield context.sentence_hit(0, f"the lede has {len(words[0])} words, above the maximum of {params['max']}")


def max_paragraph_words(context, params):
    doc = context.doc
    for paragraph in doc.paragraphs:
        count = sum(len(doc.sentence_words[index]) for index in paragraph.sentence_indices())
        if count > params["max"]:
            yield Hit(paragraph.start, paragraph.end, f"paragraph has {count} words, above the maximum of {params['max']}")


def max_passive(context, params):
    style = context.stats.style
    if style.passive_share <= params["max"]:
        return
    for sentence in style.passive_sentences:
        yield Hit(
            sentence.start,
            sentence.end,
            f"passive voice: {style.passive_count} of {context.stats.sentences} sentences ({style.passive_share:.0%}) "
            f"are passive, above the maximum of {params['max']:.0%}",
        )


RULES = (
    Rule(
        "max-grade",
        "Flesch–Kincaid grade of the body above a maximum (reported at the longest sentence).",
        max_grade,
        params=(Param("max", NUMBER, "highest grade allowed"), MIN_WORDS),
        examples=(
            Example(HARD_TEXT, hits=((1, 1, 1, 120),), params={"min-words": 0}),
            Example(EASY_TEXT, params={"min-words": 0}),
            Example(HARD_TEXT),
        ),
    ),
    Rule(
        "min-reading-ease",
        "Flesch reading ease of the body below a minimum (reported at the longest sentence).",
        min_reading_ease,
        params=(Param("min", NUMBER, "lowest reading ease allowed"), MIN_WORDS),
        examples=(
            Example(HARD_TEXT, hits=((1, 1, 1, 120),), params={"min-words": 0}),
            Example(EASY_TEXT, params={"min-words": 0}),
        ),
    ),
    Rule(
        "max-sentence-words",
        "Each sentence longer than a maximum number of words.",
        max_sentence_words,
        params=(Param("max", COUNT, "most words a sentence may have"),),
        examples=(
            Example("One two three four five. Six seven.\n", hits=((1, 1, 1, 25),), params={"max": 4}),
            Example("One two three four. Five six seven eight.\n", params={"max": 4}),
        ),
    ),
    Rule(
        "max-lede-words",
        "A first sentence (the lede) longer than a maximum number of words.",
        max_lede_words,
        params=(Param("max", COUNT, "most words the lede may have"),),
        examples=(
            Example("The council approved the new budget on Monday night.\n\nIt was late.\n", hits=((1, 1, 1, 53),), params={"max": 5}),
            Example("The council approved the new budget on Monday night.\n\nIt was late.\n"),
        ),
    ),
    Rule(
        "max-paragraph-words",
        "Each paragraph longer than a maximum number of words.",
        max_paragraph_words,
        params=(Param("max", COUNT, "most words a paragraph may have"),),
        examples=(
            Example("The cat sat on the mat. It slept.\n\nShort one here.\n", hits=((1, 1, 1, 34),), params={"max": 5}),
            Example("The cat sat.\n\nIt slept.\n", params={"max": 5}),
        ),
    ),
    Rule(
        "max-passive",
        "Share of passive sentences above a maximum (each passive sentence is reported).",
        max_passive,
        params=(Param("max", SHARE, "highest share (0–1) of passive sentences"),),
        examples=(
            Example("The bill was passed by the council. The mayor signed it.\n", hits=((1, 1, 1, 36),), params={"max": 0.2}),
            Example("The council passed the bill. The mayor signed it.\n", params={"max": 0.2}),
        ),
    ),
)
