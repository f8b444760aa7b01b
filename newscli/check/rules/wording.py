"""Word-level house rules: repeated words, flagged phrases, numerals opening a sentence, exclamation marks,
and placeholders left in the copy."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from ...data import read_list
from ..findings import Hit
from ..user_patterns import user_pattern_matches
from .base import BOOLEAN, PATTERNS, STRINGS, SUGGESTIONS, Example, Param, Rule

REPEATED_WORD = re.compile(r"(?<![\w'’-])([^\W\d_]+)\s+(\1)(?![\w'’-])", re.IGNORECASE)
# Capitalised repeats longer than this are taken for names (Walla Walla, Bora Bora).
NAME_LENGTH = 3
FLAGGED_WORDS_FILE = "flagged-words.txt"
# A sentence may open with quotation marks or brackets before its first word.
SENTENCE_OPENING = re.compile(r"""["“‘'(\[]*""")
# A numeral standing for a quantity: followed by a word ("20 people", "5% of voters"), not "2D" or "78,000" alone.
NUMERAL = re.compile(r"(?:\d[\d,.]*\d|\d)(?=%?[ \t]+[^\W\d_])")
LIST_NUMBER = re.compile(r"\d{1,3}[.)](?:\s|$)")
YEAR = re.compile(r"[12]\d{3}(?![\d,.%])")
BREAK_BEFORE_NUMERAL = re.compile(r"""(?P<word>[\w.]*?)(?P<stop>[.!?])["”’)\]]*\s+(?=["“‘'(\[]*\d)""")
EXCLAMATION = re.compile(r"!(?!\[)")


def repeated_word(context, params):
    text = context.doc.text
    allowed = {word.lower() for word in params["allow"]}
    for paragraph in context.doc.paragraphs:
        for match in REPEATED_WORD.finditer(text, paragraph.start, paragraph.end):
            first, second = match.group(1), match.group(2)
            if first.lower() in allowed or (first[0].isupper() and second[0].isupper() and len(first) > NAME_LENGTH):
                continue  # "Walla Walla", "Spend Spend Spend": a name, not a slip; "The The" is still one
            yield Hit(match.start(), match.end(), f'repeated word "{second}"')


@cache
def default_flagged_words() -> dict[str, str]:
    """The shipped list: ``phrase | suggestion`` lines."""
    entries = {}
    for line in read_list(FLAGGED_WORDS_FILE):
        phrase, _, suggestion = line.partition("|")
        entries[phrase.strip()] = suggestion.strip()
    return entries


@cache
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern | None:
    if not phrases:
        return None
    alternatives = []
    for phrase in sorted(phrases, key=len, reverse=True):
        words = [re.escape(word).replace("'", "['’]") for word in phrase.replace("’", "'").split()]
        alternatives.append(r"\s+".join(words))
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(alternatives) + r")(?![\w'’-])", re.IGNORECASE)


def _normal(phrase: str) -> str:
    return " ".join(phrase.replace("’", "'").lower().split())


def flagged_words(context, params):
    suggestions: dict[str, str] = {}
    ignored = {_normal(phrase) for phrase in params["ignore"]}
    entries: Mapping[str, str] = {**default_flagged_words(), **params["extra"]}
    for phrase, suggestion in entries.items():
        if _normal(phrase) not in ignored:
            suggestions[_normal(phrase)] = suggestion
    pattern = _phrase_pattern(tuple(suggestions))
    if pattern is None:
        return
    text = context.doc.text
    for match in pattern.finditer(text, context.doc.body_start):
        if not params["in-quotes"] and context.in_quotation(match.start()):
            continue
        found = " ".join(match.group().split())
        suggestion = suggestions[_normal(found)]
        yield Hit(match.start(), match.end(), f'"{found}" is flagged: {suggestion}' if suggestion else f'"{found}" is flagged')


def _sentence_openings(context) -> list[int]:
    """Where sentences start. The document model joins a "sentence" that starts in lower case to the one
    before (a false break after an abbreviation), which hides sentences such as "20 people were hurt.";
    so breaks before a numeral are also found here: end punctuation not after an abbreviation or initial."""
    text = context.doc.text
    abbreviations = set(read_list("abbreviations.txt"))
    openings = {sentence.start for sentence in context.doc.sentences}
    for paragraph in context.doc.paragraphs:
        for match in BREAK_BEFORE_NUMERAL.finditer(text, paragraph.start, paragraph.end):
            word = match.group("word").lower()
            if match.group("stop") != "." or (len(word) > 1 and word not in abbreviations):
                openings.add(match.end())
    return sorted(openings)


def number_at_start(context, params):
    text = context.doc.text
    for opening in _sentence_openings(context):
        position = SENTENCE_OPENING.match(text, opening).end()
        numeral = NUMERAL.match(text, position)
        if numeral is None or LIST_NUMBER.match(text, position):
            continue
        if params["allow-years"] and YEAR.match(text, position) and numeral.end() - position == 4:
            continue
        yield Hit(
            numeral.start(), numeral.end(), f'sentence opens with the numeral "{numeral.group()}": spell it out or recast'
        )


def exclamation(context, params):
    text = context.doc.text
    for paragraph in context.doc.paragraphs:
        for match in EXCLAMATION.finditer(text, paragraph.start, paragraph.end):
            if not context.in_quotation(match.start()):
                yield Hit(match.start(), match.end(), "exclamation mark outside a quotation")


def placeholder(context, params):
    text = context.doc.text
    for pattern in params["patterns"]:
        for match in user_pattern_matches(pattern, text):
            if match.end() > match.start():
                yield Hit(match.start(), match.end(), f'placeholder "{match.group()}" left in the copy')


RULES = (
    Rule(
        "repeated-word",
        "The same word twice in a row (the the).",
        repeated_word,
        params=(Param("allow", STRINGS, "words that may legitimately repeat (had had, that that)"),),
        examples=(
            Example("The minister met the\nthe ambassador on Monday.\n", hits=((1, 18, 2, 4),)),
            Example("The The minister met the ambassador.\n", hits=((1, 1, 1, 8),)),
            Example("He said that that plan had had no chance.\n"),
            Example("The minister met the theatre director.\n"),
            Example("The minister flew to Walla Walla on Monday.\n"),
        ),
    ),
    Rule(
        "flagged-words",
        "Newsroom clichés and weasel words outside quotations, with a suggestion (list: newscli/data/flagged-words.txt).",
        flagged_words,
        params=(
            Param("extra", SUGGESTIONS, 'more phrases to flag, each with its suggestion ("" for none)'),
            Param("ignore", STRINGS, "shipped phrases not to flag"),
            Param("in-quotes", BOOLEAN, "also flag phrases inside quotation marks"),
        ),
        examples=(
            Example("The invasion sent\nshockwaves through Europe.\n", hits=((1, 14, 2, 11),)),
            Example("In the wake of the storm, experts say, roads closed.\n", hits=((1, 1, 1, 15), (1, 27, 1, 38))),
            Example('She said the result "sent shockwaves" through the party.\n'),
            Example("The result sent shockwaves through the party.\n", params={"ignore": ["sent shockwaves"]}),
            Example("The council will utilize the funds.\n", hits=((1, 18, 1, 25),), params={"extra": {"utilize": "use"}}),
        ),
    ),
    Rule(
        "number-at-start",
        "A sentence that opens with a numeral (AP style spells it out; years are the exception).",
        number_at_start,
        params=(Param("allow-years", BOOLEAN, "let a sentence open with a year such as 1999"),),
        examples=(
            Example("The storm hit overnight. 20 people were hurt.\n", hits=((1, 26, 1, 28),)),
            Example("The storm hit overnight. “3,500 homes lost power,” officials said.\n", hits=((1, 27, 1, 32),)),
            Example("1999 was the wettest year on record. Twenty people were hurt.\n"),
            Example("Attendance:\n\n78,000\n\n2D games are back.\n"),
        ),
    ),
    Rule(
        "exclamation",
        "An exclamation mark outside a quotation.",
        exclamation,
        examples=(
            Example("The council finally approved the budget!\n", hits=((1, 40, 1, 41),)),
            Example("“We did it!” the mayor said.\n"),
        ),
    ),
    Rule(
        "placeholder",
        "A placeholder left in the copy: TK, [TBD], lorem ipsum …",
        placeholder,
        params=(Param("patterns", PATTERNS, "regular expressions (Python syntax) of placeholders"),),
        examples=(
            Example("The mayor, TK, said the budget passed.\n", hits=((1, 12, 1, 14),)),
            Example("Turnout was [TBD] percent.\n", hits=((1, 13, 1, 18),)),
            Example("The mayor, Tk Smith, said the budget passed on TKO.\n"),
        ),
    ),
)
