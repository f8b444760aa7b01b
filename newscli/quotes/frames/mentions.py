"""Speaker mentions around a cue: scanning backwards and forwards, over adjuncts and appositions."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ...document import Document
from ..lexicon import (
    CAPITALISED,
    CLAUSE_START,
    DETERMINERS,
    MAX_APPOSITION_TOKENS,
    MAX_MENTION_TOKENS,
    MONTHS,
    NOT_NAME_WORDS,
    NOUN_PHRASE_TAGS,
    OBJECT_PRONOUNS,
    OPENERS,
    PARTICLES,
    PREPOSITIONS,
    QUANTIFIERS,
    RELATIVE_WORDS,
    STOP_WORDS,
    SUBJECT_PRONOUNS,
    TIME_NOUNS,
    TIME_WORDS,
    YEAR,
    YEAR_OR_DAY,
    cue_lexicon,
    is_base_form,
)
from ..marks import QUOTE_TOKENS
from ..people import person_nouns
from ..speakers import Mention, is_number, place_names, title_words
from .text import is_headline, sentence_tags


def mention_backward(document: Document, sentence_index: int, last: int) -> tuple[int, int] | None:
    """Token range [first, last] of the speaker mention ending at token ``last``, scanning backwards."""
    if last < 0:
        return None
    words = document.token_texts[sentence_index]
    if words[last].lower() in SUBJECT_PRONOUNS:
        return (last, last)
    first = last + 1
    position = last
    has_name = False
    while position >= 0 and last - position < MAX_MENTION_TOKENS:
        word = words[position]
        lower = word.lower()
        if lower in ("'s", "s'"):
            position -= 1
            continue
        if position == last and AGE_NOUN.fullmatch(lower):
            first = position  # "the 43-year-old": a person named by their age, the head of the mention
            position -= 1
            continue
        if lower in DETERMINERS or lower in QUANTIFIERS or re.match(r"^\d", word):
            first = _share_start(words, position)
            break
        if word[:1].isupper() and CAPITALISED.match(word) and (lower not in STOP_WORDS or _proper_inside(words, position)):
            has_name = True
        elif word.isalpha() and word.islower() and lower not in STOP_WORDS and cue_lexicon().get(lower, ("", "stance"))[1] == "stance":
            pass  # a stance verb's form in a mention is a noun ("biofuels advocates say")
        elif position == last and _determined_noun(document, sentence_index, position):
            pass  # "the congressional report said": a cue's base form heading a determined noun phrase
        elif lower in ("-", "of") and has_name:
            pass
        else:
            break
        first = position
        position -= 1
    if first > last:
        return None
    while first <= last and (
        words[first].lower() in ("of", "-", "'s")
        or words[first].lower() in TIME_WORDS | OPENERS
        or (first == 0 < last and words[first].lower().endswith("ly"))  # "Essentially, …"; but "Jolly said"
    ):
        first += 1
    if first > last:
        return None
    head = words[last]
    if head.islower() and head.endswith("ing"):
        return None  # "the most telling promise": a modifier, not the head of a speaker
    # "those surveyed", "those close to him": a demonstrative opens a described speaker like a determiner
    opened_with_determiner = (
        words[first].lower() in DETERMINERS | QUANTIFIERS | {"those"} or words[first][:1].isdigit() or is_number(words[first])
    )
    if not opened_with_determiner and has_name:
        # "hear Clinton pledged": lower-case words before a name, without a determiner, are not part of it
        # (role words are: "spokesman Mao Ning").
        titles = title_words()
        while first < last and words[first].islower() and words[first] not in titles:
            first += 1
    if not has_name and not opened_with_determiner and not head.endswith("s"):
        return None  # a bare lower-case singular ("report said") is not a speaker
    if not has_name and first == last and words[first].lower() in DETERMINERS:
        return None
    if not has_name and first > 0 and words[first - 1].lower() in POSTMODIFIER_PREPOSITIONS:
        # "families of those affected by mass shootings urged": the object of a preposition is never the
        # subject; the noun phrase the prepositional phrase postmodifies is, from its head on.
        head_start = _postmodified_head(document, sentence_index, first - 1, last)
        if head_start is not None:
            return (head_start, last)
    if first >= 2 and words[first - 1] in ("in", "at") and " ".join(words[first : last + 1]) in place_names():
        # "Polls in New Hampshire show", "the government in Beijing acknowledged": the place modifies a noun.
        holder = mention_backward(document, sentence_index, first - 2)
        if holder is not None and holder[1] == first - 2:
            return (holder[0], last)
    return (first, last)


AGE_NOUN = re.compile(r"\d+-(?:year|month)-old")
POSTMODIFIER_PREPOSITIONS = frozenset({"of", "by", "on", "at", "in", "near", "from", "with", "for", "among", "about"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
CLAUSE_BOUNDS = frozenset({",", ";", ":", "—", "–", "--", "(", "'", "‘", "’"})  # single marks: British quotations
SUBJECT_OPENING_TAGS = frozenset({"DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS"})


def _postmodified_head(document: Document, sentence_index: int, preposition: int, last: int) -> int | None:
    """The first token of the subject noun phrase whose postmodifier holds the preposition at ``preposition``
    and ends with the noun at ``last`` (``families of those affected by …``, ``friends of Mr. Smith who have
    seen him on the trail``): the clause opens at the sentence's start, after a comma, a colon, a dash or a
    quotation mark, or after a finite verb outside a relative clause; None when no noun phrase opens it."""
    words = document.token_texts[sentence_index]
    tags = sentence_tags(document, sentence_index)
    if not tags[last].startswith("NN"):
        return None  # "in 30 states", "in other states": the cue is a noun, and there is no subject here
    start = preposition
    while start > 0 and words[start - 1] not in CLAUSE_BOUNDS and words[start - 1] not in QUOTE_TOKENS:
        start -= 1
    # A finite verb outside a relative clause opens the clause whose subject this is, after it and after a
    # complementiser: "He said (that) the protesters on the streets of the capital wanted …".
    relative = False
    for position in range(start, preposition):
        word = words[position].lower()
        if tags[position] in FINITE_TAGS and not relative or word == "that" and position == start:
            start = position + 1
        elif word in ("who", "that", "which", "whose"):
            relative = True
    while start < preposition and words[start].lower() in OPENERS | TIME_WORDS:
        start += 1
    if start >= preposition or tags[start] not in SUBJECT_OPENING_TAGS or words[start].lower() in POSTMODIFIER_PREPOSITIONS:
        return None
    return start


def _proper_inside(words: Sequence[str], position: int) -> bool:
    """Whether a function word capitalised inside a sentence is a proper noun's (``Theresa May``, ``Will
    Hurd``): not after a preposition or time word (``in May``, ``last May``: the month), nor in a title-case
    headline, where capitals tell nothing."""
    word = words[position]
    if position == 0 or len(word) < 2 or not word[1:].islower():
        return False
    return words[position - 1].lower() not in PREPOSITIONS | TIME_WORDS and not is_headline(words)


def _share_start(words: Sequence[str], position: int) -> int:
    """The start of a share of a group ending with the number at ``position`` (``one in five``, ``nine out
    of 10``), else ``position``."""
    if position >= 2 and words[position - 1].lower() == "in" and is_number(words[position - 2]):
        return position - 2
    if position >= 3 and [w.lower() for w in words[position - 2 : position]] == ["out", "of"] and is_number(words[position - 3]):
        return position - 3
    return position


def _determined_noun(document: Document, index: int, position: int) -> bool:
    """``the report``, ``a congressional report``: a verb's base form after a determiner, or after a determiner
    and an adjective, is a noun (a determiner opens a noun phrase, which needs a head) where the tagger agrees."""
    words = document.lowered_token_texts[index]
    word = words[position]
    if position == 0 or not is_base_form(word):
        return False
    tags = sentence_tags(document, index)
    if tags[position] != "NN":
        return False
    if words[position - 1] in DETERMINERS:
        return True
    return position > 1 and tags[position - 1] == "JJ" and words[position - 2] in DETERMINERS


def mention_before_apposition(document: Document, sentence_index: int, closer: int) -> tuple[int, int] | None:
    """The subject before the appositions and relative clauses set off by commas, dashes or parentheses that
    end at token ``closer``: ``Cruz, who has proposed repealing the mandate, said``, ``Reynolds - Santilli's
    girlfriend - told``, ``Rep. Hank Johnson (D-Ga.) said``, ``Cory James, 22, of Flint, Mich., said``,
    ``Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said``. The group right before
    the cue is an apposition; earlier groups are too while they read as one (``appositional``). A name set
    off after a description names the speaker: ``a third, Daniel Traynor, said`` → Daniel Traynor."""
    words = document.token_texts[sentence_index]
    # A dash or a parenthesis pairs with its opener, over any commas inside: "leaders — and, in particular, Reid —".
    paired = "(" if words[closer] == ")" else words[closer] if words[closer] != "," else None
    boundaries = []
    for position in range(closer - 1, max(-1, closer - 2 * MAX_APPOSITION_TOKENS), -1):
        word = words[position]
        if word in QUOTE_TOKENS or word in (".", ";", ":"):
            break
        if paired is not None:
            if word == paired:
                boundaries.append(position)
                paired = None
        elif word in APPOSITION_BOUNDARIES:
            boundaries.append(position)
    if not boundaries or closer - boundaries[0] > MAX_APPOSITION_TOKENS:
        return None
    starts = [boundary + 1 for boundary in boundaries] + [0]  # where each group opens (the last: the sentence)
    if not _appositional(words, starts[0], closer, starts[1], first=True):
        return None  # "Reid — often the easiest person … — has been very worked up about it, said …"
    chain = [boundaries[0]]
    for number, boundary in enumerate(boundaries[1:], 1):
        if starts[number] < chain[-1] and not _appositional(words, starts[number], chain[-1], starts[number + 1]):
            break
        chain.append(boundary)
    opening = starts[len(chain)]  # where the group holding the subject opens
    if len(chain) > 1 and words[opening].lower() in PREPOSITIONS | OPENERS:
        chain.pop()  # "In Washington, the senator, who …, said": the walk reached an introductory phrase
    current = chain[-1]
    mention = mention_backward(document, sentence_index, current - 1)
    if mention is None or words[mention[0]].lower() in SUBJECT_PRONOUNS:
        return None
    named = _leading_name(words, boundaries[0] + 1, closer)
    if named is not None and current == boundaries[0] and words[mention[0]].lower() in DETERMINERS | QUANTIFIERS:
        return named
    return mention


def origin_apposition(document: Document, sentence_index: int, mention: tuple[int, int] | None) -> tuple[int, int] | None:
    """``Mark Peaker, 47, a father-of-three, from Telford said``: where someone is from, closing an apposition
    chain without its comma, is no speaker; the subject before the chain is. Any other ``mention`` is returned
    as is."""
    if mention is None or mention[0] < 2:
        return mention
    words = document.token_texts[sentence_index]
    if words[mention[0] - 1].lower() != "from" or words[mention[0] - 2] != ",":
        return mention
    return mention_before_apposition(document, sentence_index, mention[0] - 2) or mention


APPOSITION_BOUNDARIES = frozenset({",", "(", ")", "—", "–", "-", "--"})
# Words that open a clause of its own, not an apposition: the group before them is not part of the subject.
CLAUSE_OPENERS = frozenset({"and", "but", "or", "so", "yet", "while", "because", "that", "if", "when",
                            "although", "though", "since", "after", "before", "until", "where", "than"})  # fmt: skip
APPOSITION_OPENERS = frozenset({"of", "from", "now", "then", "formerly", "recently", "meanwhile", "however", "too",
                                "also", "himself", "herself", "themselves", "once"})  # fmt: skip
PLACE_INTRODUCERS = frozenset({"of", "from", "in", "at", "near", "to"})
MAX_PLACE_WORDS = 3  # a city's name before its state: "Salt Lake City, Utah"
FINITE_AUXILIARIES = frozenset({"has", "have", "had", "is", "was", "are", "were", "did", "does", "do", "would", "will",
                                "can", "could", "should", "may", "might", "must"})  # fmt: skip


def _appositional(words: Sequence[str], start: int, end: int, previous_start: int, *, first: bool = False) -> bool:
    """Whether the group of tokens ``start`` to ``end`` (exclusive), set off by commas, dashes or parentheses
    after the group opening at ``previous_start``, reads as an apposition of the noun before it: a relative
    clause (``who …``), a parenthesis, an age (``22``), or, after a name, a description (``a Democrat``), a
    place of origin or an adjunct (``of Flint``, ``in July``), a participle (``wearing …``), the state after a
    city (``of Flint, Mich.``). The group right before the cue (``first``) need not follow a name (``the party, meanwhile,``)
    and may be a name itself (``a third, Daniel Traynor, said``)."""
    group = words[start:end]
    if not group:
        return True  # "(D-Ga.), said": nothing between two marks
    before = words[start - 2] if start >= 2 else ""
    head = group[0]
    lower = head.lower()
    if lower in ("who", "whose", "whom", "which") or words[start - 1] == "(" or head[:1].isdigit():
        return True
    if first:
        dashes = ("—", "–", "--", "-")
        paired = words[start - 1] in dashes and words[end] in dashes  # "Murphy — after a knock-on-wood gesture — told me"
        adverb = len(group) == 1 and head.islower()  # "Murphy, though, said"
        joined = lower in ("and", "or") and len(group) > 1 and bool(CAPITALISED.match(group[1]))  # "X, and Gov. Y, said"
        # Not "— has been very worked up about it, said …": a clause, not an apposition.
        return paired or adverb or joined or lower not in CLAUSE_OPENERS | FINITE_AUXILIARIES
    if lower in CLAUSE_OPENERS | FINITE_AUXILIARIES:
        return False  # "and the party …": a clause of its own
    age = before.isdigit() and start - 2 == previous_start  # "Cory James, 22, of Flint"
    after_name = bool(CAPITALISED.match(before)) or before == ")" or age
    if lower in DETERMINERS | APPOSITION_OPENERS | PREPOSITIONS or (head.islower() and lower.endswith(("ing", "ed"))):
        return after_name
    capitalised = all(CAPITALISED.match(word) for word in group)
    place = words[previous_start].lower() in PLACE_INTRODUCERS or _after_placed_name(words, start - 2)
    # "of Flint, Mich.", "in Aurora, Colorado": the state or country after a city (a gazetteer place or an
    # abbreviation), not "in Congress, Michael Ahrens".
    region = " ".join(group) in place_names() or len(group) == 1 and group[0].endswith(".")
    return capitalised and len(group) <= 2 and place and region and bool(CAPITALISED.match(before))


def _after_placed_name(words: Sequence[str], last: int) -> bool:
    """Whether the capitalised name ending at token ``last`` follows a preposition of place (``in Aurora``,
    ``home to Bayston Hill``): a city, before its state or county."""
    first = last
    while first > 0 and last - first < MAX_PLACE_WORDS and CAPITALISED.match(words[first - 1]):
        first -= 1
    return first > 0 and first <= last and bool(CAPITALISED.match(words[last])) and words[first - 1].lower() in PLACE_INTRODUCERS


def _leading_name(words: Sequence[str], first: int, last: int) -> tuple[int, int] | None:
    """The capitalised name that opens tokens ``first`` to ``last`` (exclusive), or None."""
    end = first
    while end < last and CAPITALISED.match(words[end]) and words[end].lower() not in NOT_NAME_WORDS:
        end += 1
    return (first, end - 1) if end > first and words[first].lower() not in title_words() | DETERMINERS else None


def mention_forward(document: Document, sentence_index: int, first: int, *, bare: bool = False) -> tuple[int, int] | None:
    """The speaker mention after an inverted cue (``said Hayashi``, ``added the spokesman``); ``bare``: a
    lower-case noun phrase without a determiner may be one (``according to law enforcement officials``)."""
    words = document.token_texts[sentence_index]
    position = first
    if position < len(words) and words[position].lower() in DETERMINERS | QUANTIFIERS:
        position += 1
    last = None
    while position < len(words) and position - first < MAX_MENTION_TOKENS:
        word = words[position]
        if CAPITALISED.match(word) or (word.isalpha() and word.islower() and word not in STOP_WORDS):
            last = position
            position += 1
        elif word in ("'s",) and last is not None:
            position += 1
        else:
            break
    if last is None:
        return None
    if (
        not bare
        and not any(re.match(r"^[A-Z]", words[i]) for i in range(first, last + 1))
        and words[first].lower() not in DETERMINERS | QUANTIFIERS
    ):
        return None
    following = words[last + 1] if last + 1 < len(words) else ""
    if (
        following.isalpha()
        and following.islower()
        and following not in PREPOSITIONS | RELATIVE_WORDS | {"of", "about", "for", "by", "with"}
    ):
        return None  # "said Sanders has pushed …": the subject of a clause, not an inverted speaker
    return (first, last)


def mention_of(document: Document, sentence_index: int, token_range: tuple[int, int]) -> Mention:
    tokens = document.sentences[sentence_index].tokens
    start, end = tokens[token_range[0]].start, tokens[token_range[1]].end
    return Mention(document.text[start:end], start, end)


def skip_adjuncts(words: Sequence[str], lowered: Sequence[str], position: int, lemma: str) -> int:
    """Index after the cue's object (for ``tell``, or a short one before a colon: ``added a caveat:``) and
    adjuncts (``on Wednesday``, ``in a statement``)."""
    if position < len(words) and lowered[position] in DETERMINERS and ":" in words[position + 1 : position + 4]:
        return words.index(":", position + 1)
    if lemma == "tell" and position < len(words):
        if lowered[position] in OBJECT_PRONOUNS:
            position += 1
        else:
            if lowered[position] in DETERMINERS:
                position += 1
            # "told CNN's anchor Jake Tapper:": the listener, possessive included, is part of the cue.
            while position < len(words) and (
                re.match(r"^[A-Z]", words[position])
                and lowered[position] not in TIME_WORDS
                or lowered[position] in ("'s", "’s")
                and position > 0
                and re.match(r"^[A-Z]", words[position - 1])
            ):
                position += 1
            while (
                position < len(words)
                and words[position].isalpha()
                and words[position].islower()
                and lowered[position] not in STOP_WORDS
                and lowered[position] not in CLAUSE_START
                and lowered[position] not in TIME_WORDS
            ):
                position += 1
            position = _named_after_role(words, lowered, position)  # "told Fox News host Sean Hannity earlier"
    while position < len(words):
        lower = lowered[position]
        if lower in TIME_WORDS | PARTICLES or (lower.endswith("ly") and lower.isalpha() and lower not in ("only", "family")):
            position += 1
        elif lower in PREPOSITIONS:
            position += 1
            seen_noun = False
            while position < len(words):
                lower = lowered[position]
                following = words[position + 1] if position + 1 < len(words) else ""
                title_case_name = words[position - 1][:1].isupper() and following[:1].isupper()  # "Meet the Press"
                if lower in DETERMINERS and seen_noun and not title_case_name:
                    break
                if lower in SUBJECT_PRONOUNS or lower == "that" or not re.match(r"^(?:[\w-]+|'s?)$", words[position]):
                    break
                if lower in STOP_WORDS and lower not in DETERMINERS:
                    break
                if lower not in DETERMINERS:
                    seen_noun = True
                position += 1
        else:
            break
    return position


def _named_after_role(words: Sequence[str], lowered: Sequence[str], position: int) -> int:
    """Index after a capitalised name at ``position`` that ends an object (``host Sean Hannity``), when what
    follows it can follow the object (an adjunct, ``that``, punctuation); else ``position``."""
    end = position
    while end < len(words) and CAPITALISED.match(words[end]) and lowered[end] not in TIME_WORDS:
        end += 1
    following = lowered[end] if end < len(words) else ""
    if end > position and (not following.isalpha() or following in TIME_WORDS | PREPOSITIONS | {"that"}):
        return end
    return position


def inverted_after_comma(document: Document, index: int, before: int, position: int) -> bool:
    """``<speech>, said DeSantis, who …``, ``…, said a party official who …``: a name, or a noun phrase with a
    determiner and a relative clause, right after a cue that follows a comma is an inverted speaker, and the
    words before the comma are speech, not an apposition."""
    words = document.token_texts[index]
    lemma, verb_class = cue_lexicon().get(document.lowered_token_texts[index][position], ("", ""))
    if words[before] != "," or verb_class != "clause" or lemma == "tell":  # "Cruz, …, endorsed Fiorina", "told CNN"
        return False
    mention = mention_forward(document, index, position + 1)
    if mention is None:
        return False
    following = words[mention[1] + 1 : mention[1] + 2]
    if following not in ((), (",",), (".",), ("who",)):
        return False
    named = words[mention[0] : mention[1] + 1]
    # A described speaker needs its relative clause: "tweeted a warning." has an object, not a speaker.
    described = named[0].lower() in DETERMINERS | QUANTIFIERS and following == ("who",)
    return described or any(CAPITALISED.match(word) and word.lower() not in TIME_WORDS for word in named)


def time_adjunct_start(lowered: Sequence[str], last: int) -> int | None:
    """Start of a time adjunct ending at token ``last`` (``on Tuesday``, ``last month``, ``in 2015``), or None."""
    first = last
    while first >= 0 and (lowered[first] in TIME_WORDS | MONTHS or YEAR_OR_DAY.fullmatch(lowered[first])):
        first -= 1
    words = lowered[first + 1 : last + 1]
    if not any(word in TIME_NOUNS | MONTHS or YEAR.fullmatch(word) for word in words):
        return None  # "last" or "5" alone is no time ("control 30 states")
    if first >= 0 and lowered[first] in ("on", "in", "at", "during", "since", "early", "late"):
        first -= 1
    return first + 1


def names_speaker(document: Document, index: int, mention: Mention, tags: tuple[str, ...]) -> bool:
    """Whether a mention in sentence ``index`` ends with a noun or pronoun (``his degree of``, ``recruiting
    volunteer`` do not); a mention from elsewhere (a participle's subject) is taken as it is."""
    tokens = document.sentences[index].tokens
    last = bisect.bisect_left(tokens, mention.end, key=lambda token: token.end)  # tokens are in order
    if last >= len(tokens) or tokens[last].end != mention.end:
        return True
    return tags[last].startswith(("NN", "PRP", "CD")) or tags[last] == "WP" or named_in_full(document.text, tokens[last].text)


def named_in_full(text: str, word: str) -> bool:
    """``Jolly said``, ``Young said``: a surname that is also an adjective is a name where the article gives it
    in full, after a first name (``Rep. David Jolly``)."""
    return word[:1].isupper() and re.search(rf"\b[A-Z][a-z]+\s+{re.escape(word)}\b", text) is not None


def without_verbs(document: Document, index: int, mention: Mention, tags: tuple[str, ...]) -> Mention:
    """The mention after its last verb (``Reporters repeated Trump`` → ``Trump``): the backward scan for a
    speaker takes in lower-case words, which may be the sentence's own verb."""
    tokens = document.sentences[index].tokens
    inside = range(  # tokens are in order: bisection, not a scan of the sentence once per cue
        bisect.bisect_left(tokens, mention.start, key=lambda token: token.start),
        bisect.bisect_right(tokens, mention.end, key=lambda token: token.end),
    )
    verbs = [i for i in inside[:-1] if tags[i].startswith("VB") and document.text[tokens[i].start].islower()]
    if not verbs:
        return mention
    start = tokens[verbs[-1] + 1].start
    return Mention(document.text[start : mention.end], start, mention.end)


MAX_INTRODUCTIONS = 3
TIME_SUBORDINATORS = frozenset({"after", "before", "since", "until"})
TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "decade"})


def _after_introductions(words: Sequence[str], lowered: Sequence[str], start: int) -> int:
    """The token after the introductory phrases set off by commas at ``start``: "Speaking to CNN on Wednesday,
    Hayashi …", "Hours later, Trump …", "On Thursday, after remaining neutral …, Warren …", "Declaring that he
    alone …, the mogul …" (a participle's clause may be long)."""
    for _ in range(MAX_INTRODUCTIONS):  # bounded: a frame is read at every cue of a run-on sentence
        if start >= len(words):
            break
        opener = lowered[start]
        participial = opener.endswith("ing")
        # A participle's clause, a subordinate clause or a prepositional phrase may be long ("On the eve of his
        # historic election to a fourth term as prime minister in March,").
        long_phrase = participial or opener in CLAUSE_OPENERS or opener in PREPOSITIONS and start == 0
        window = MAX_APPOSITION_TOKENS if long_phrase else MAX_MENTION_TOKENS + 3
        comma = next((i for i, w in enumerate(words[start : start + window], start) if w == ","), None)
        if comma is None:
            return start
        # A time phrase makes an introduction ("A few minutes later,", "Ahead of last week's primary,"); a time
        # word inside a clause does not ("She also compared Trump to Clinton, saying …").
        phrase = lowered[start:comma]
        verbless = not any(word in cue_lexicon() or word.endswith("ed") for word in phrase[1:])
        timed = bool(set(phrase) & (TIME_WORDS | TIME_NOUNS)) and verbless or _time_clause(phrase)
        if opener in SUBJECT_PRONOUNS or not (opener in PREPOSITIONS | OPENERS or participial or opener.endswith("ly") or timed):
            return start
        start = comma + 1
    return start


def _time_clause(phrase: Sequence[str]) -> bool:
    """``One month after announcing his support``, ``Two days before the vote``: a span of time and a
    subordinator open an adverbial clause of time, an introduction however many verbs it holds."""
    subordinator = next((i for i, word in enumerate(phrase[:MAX_MENTION_TOKENS]) if word in TIME_SUBORDINATORS), 0)
    span = phrase[:subordinator]
    units = [word for word in span if word.removesuffix("s") in TIME_UNITS]
    return bool(units) and all(w in units or w in TIME_WORDS or is_number(w) or w in ("a", "an", "just") for w in span)


# Openers that are adverbs of the main clause, not the start of an introductory phrase or clause.
SENTENCE_ADVERBS = frozenset({"and", "but", "so", "yet", "or", "then", "meanwhile", "still", "also", "now", "later",
                              "instead", "however", "here"})  # fmt: skip


def sentence_subject(document: Document, index: int) -> Mention | None:
    """The subject of a sentence whose participle cue (``…, saying …``) has no subject of its own."""
    words = document.token_texts[index]
    start = 0
    if len(words) > 2 and words[0].isupper() and words[1] in ("—", "–", "-", "--", "("):
        start = next((i + 1 for i, w in enumerate(words[:MAX_MENTION_TOKENS]) if w in ("—", "–", "-", "--", ")")), 0)
    # An adverb that opens the sentence without a comma is no introduction: "Then he cut into Bush, calling …",
    # "But on Israel, he did find …".
    while start + 1 < len(words) and words[start].lower() in SENTENCE_ADVERBS and words[start + 1] != ",":
        start += 1
    start = _after_introductions(words, document.lowered_token_texts[index], start)
    while start < len(words) and words[start].lower() in OPENERS:
        start += 1
    end = start
    if end < len(words) and words[end].lower() in SUBJECT_PRONOUNS:
        return mention_of(document, index, (end, end))
    # "the justice", "The Vermont senator"; "One Wolves fan" (a numeral determiner, not the partitive "One of")
    determined = end + 1 < len(words) and (
        words[end].lower() in DETERMINERS or words[end].lower() == "one" and words[end + 1] not in (",", "of")
    )
    if determined:
        end += 1
    while (
        end < len(words)
        and CAPITALISED.match(words[end])
        and words[end].lower() not in TIME_WORDS | STOP_WORDS | OPENERS
        and words[end].lower() not in cue_lexicon()
    ):
        end += 1
    if end == start:
        return None
    if determined:
        # "The justice …, saying …", "The Vermont senator": the whole noun phrase the determiner opens (a person
        # noun the tagger reads as an adjective, "A senior official", still ends it).
        tags = sentence_tags(document, index)
        while end < len(words) and end - start < MAX_MENTION_TOKENS and tags[end] in NOUN_PHRASE_TAGS:
            end += 1
        if not tags[end - 1].startswith("NN") and words[end - 1].lower() not in person_nouns():
            return None
    return mention_of(document, index, (start, end - 1))
