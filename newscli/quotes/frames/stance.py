"""Positions and beliefs: stance verbs, claim nouns, agentless passives and evidentials."""

from __future__ import annotations

from ...document import Document
from ..lexicon import (
    AUXILIARIES,
    CLAIM_LINKS,
    CLAUSE_BREAKS,
    DEGREE_ADVERBS,
    DETERMINERS,
    EVIDENTIAL_CUES,
    FIRST_SECOND_PERSON,
    MAX_CLAIM_MODIFIERS,
    MAX_CONTENT_CHARS,
    MAX_MENTION_TOKENS,
    NOT_CONTENT_TAGS,
    OPENERS,
    PASSIVE_CUES,
    POSSESSIVE_PRONOUNS,
    PROGRESSIVE,
    PRONOUN_WORDS,
    RELATIVE_CLAUSE,
    RELATIVE_PRONOUNS,
    STANCE_PARTICLES,
    STOP_WORDS,
    SUBJECT_PRONOUNS,
)
from ..marks import Marks
from ..model import Candidate
from ..speakers import Mention
from .mentions import mention_backward, mention_of, names_speaker, sentence_subject, without_verbs
from .text import clause_end, is_headline, joined_sentence_end, sentence_tags, words_end

RESULT_DEGREES = frozenset({"so", "too"})  # "so … that", "too … to": a degree and its result


def stance_quote(
    document: Document,
    index: int,
    position: int,
    cue_start: int,
    mention: Mention | None,
    spans: Marks,
    marked: bool,
    sentence_end: int,
    length: int,
) -> Candidate | None:
    """``<speaker> <stance verb> [preposition] <what>``: ``Cruz endorsed Fiorina``, ``she wants to run``, ``he
    believes the race is over``, ``…, calling for a recount``: an indirect quote (mixed with quoted words) of
    everything up to the end of the clause. The verb must be tagged as an active verb."""
    sentence = document.sentences[index]
    tokens = sentence.tokens
    words = document.token_texts[index]
    lowered = document.lowered_token_texts[index]
    if mention is None:
        return None
    tags = sentence_tags(document, index)
    auxiliaries = set(lowered[cue_start:position])
    verb = tags[position]
    if length > 1 or (words[position][:1].isupper() and is_headline(words)):
        verb = "VBZ"  # a phrase's words need no tags; the tagger reads title-case words as names ("Cruz Endorses")
    elif not verb.startswith("VB"):
        return None
    if not names_speaker(document, index, mention, tags):
        return None
    mention = without_verbs(document, index, mention, tags)
    if verb == "VBN" and not auxiliaries & {"has", "have", "had", "'ve"}:
        return None  # passive or adjectival: "is expected to", "the favored candidate"
    if verb == "VB" and not auxiliaries:
        return None  # "prompted Finland to abandon neutrality and seek protection": not the subject's act
    cue_end = position + length - 1
    first = position + length
    if first >= len(words):
        return None
    if length == 1 and lowered[first] in STANCE_PARTICLES and not (lowered[first] == "to" and tags[first + 1 : first + 2] == ("VB",)):
        cue_end, first = first, first + 1  # "calls for a recount", "pointed to Russia"; not "wants to run"
    if first < len(words) and lowered[first] == "that":
        first += 1
    if first >= len(words) or not (
        words[first][:1].isalnum() or spans.is_quote_token(words[first], tokens[first].start) or words[first] == "$"
    ):  # "for $1 trillion"
        return None
    if lowered[first] in RESULT_DEGREES and tags[first + 1 : first + 2] in (("JJ",), ("VBN",)):
        return None  # "voters feel so beleaguered that they …": a state and its result, no stance's object
    if tags[first] in NOT_CONTENT_TAGS and lowered[first] not in ("whether", "if"):
        return None  # "backed off", "voted in the primary", "hopes will succeed him": no stance's object here
    content_start = tokens[first].start
    content_end = clause_end(document, index, first, sentence_end, direct=False)
    relative = RELATIVE_CLAUSE.search(document.text, content_start, content_end)
    if relative:
        content_end = relative.start()  # "backed bodies like the council, which he called …"
    if content_end <= content_start:
        return None
    # (looked for within MAX_CONTENT_CHARS before the content, not from the start of a run-on sentence each time)
    if not marked and FIRST_SECOND_PERSON.search(document.text, max(sentence.start, content_start - MAX_CONTENT_CHARS), content_end):
        return None  # "We in Asia want stability": without marks, first-person words are someone's speech
    inner = spans.claim(sentence.paragraph, content_start, content_end)
    cue = (tokens[cue_start].start, tokens[cue_end].end)
    kind = "mixed" if inner else "indirect"
    return Candidate([(content_start, content_end)], kind, bool(inner), cue, mention, sentence.paragraph, index, "front", stance=True)


def passive_frame(document: Document, index: int, position: int, spans: Marks) -> Candidate | None:
    """``<clause subject> is (widely) expected to …``, ``… is said to …``, ``… is seen as …``: a belief whose
    holders go unnamed; the whole clause is the content and the quote has no speaker."""
    lowered = document.lowered_token_texts[index]
    before = position - 1
    while before >= 0 and lowered[before].endswith("ly") and lowered[before] != "only":
        before -= 1
    link = lowered[position + 1] if position + 1 < len(lowered) else ""
    if before < 1 or lowered[before] not in PROGRESSIVE or link not in PASSIVE_CUES[lowered[position]]:
        return None
    return _agentless_quote(document, index, before, position + 1, spans)


def evidential_frame(document: Document, index: int, position: int, spans: Marks) -> Candidate | None:
    """``Mr. Trump seemed to overstay his welcome``, ``This seems like a fair idea``: an impression whose holder
    goes unnamed (PolNeAR annotates these evidentials as attributions without a source); the clause from its
    subject on is the content and the quote has no speaker."""
    lowered = document.lowered_token_texts[index]
    link = lowered[position + 1] if position + 1 < len(lowered) else ""
    if position == 0 or link not in EVIDENTIAL_CUES[lowered[position]]:
        return None
    cue_start = position
    while cue_start > 0 and (lowered[cue_start - 1] in AUXILIARIES or lowered[cue_start - 1].endswith("ly")):
        cue_start -= 1  # "does not seem", "now seems"
    return _agentless_quote(document, index, cue_start, position + 1, spans)


def _agentless_quote(document: Document, index: int, cue_first: int, cue_last: int, spans: Marks) -> Candidate | None:
    """An indirect quote without a speaker of the clause holding the cue tokens ``cue_first``…``cue_last``: from
    its subject, after the last break before the cue (``Even as he won, Mr. Trump seemed to …``), on. Not in a
    relative clause set off by a comma (``Mr. Cruz, whose finish was widely seen as a disappointment, said
    …``), whose antecedent's sentence has a frame of its own."""
    sentence = document.sentences[index]
    tokens = sentence.tokens
    words = document.token_texts[index]
    lowered = document.lowered_token_texts[index]
    first = next((i + 1 for i in range(cue_first - 1, -1, -1) if words[i] in CLAUSE_BREAKS), 0)
    if first > 0 and lowered[first] in RELATIVE_PRONOUNS:
        return None
    if first == cue_first:
        first = 0  # "The central bank, which has held rates near zero, is expected to …": the subject is first
    while first < cue_first and lowered[first] in OPENERS:
        first += 1  # "But the race seemed …"
    if first >= cue_first:
        return None
    sentence_end = words_end(document.text, sentence.start, joined_sentence_end(document, index))
    content_end = clause_end(document, index, first, sentence_end, direct=False)
    if content_end <= tokens[cue_last].end:
        return None
    content_start = tokens[first].start
    if spans.within(sentence.paragraph, content_start, content_end):
        return None  # quoted words in the clause belong to another frame
    cue = (tokens[cue_first].start, tokens[cue_last].end)
    return Candidate([(content_start, content_end)], "indirect", False, cue, None, sentence.paragraph, index, "front")


def claim_frame(document: Document, index: int, position: int, spans: Marks) -> Candidate | None:
    """``<possessor>'s [adjectives] <claim noun> (that|of|for|to|…) <content>``: ``Trump's claim that …``,
    ``his support for the bill``; the possessor speaks and the noun with its preposition is the cue. As the
    subject of a copula: ``Podliska's most explosive claim is that …``, ``the promise she has made is that …``
    (the subject of the relative clause holds the claim)."""
    sentence = document.sentences[index]
    tokens = sentence.tokens
    reading = _claim_holder(document, index, position)
    if reading is None or spans.inside(tokens[position].start):
        return None
    mention_range, content_token, possessive = reading
    tags = sentence_tags(document, index)
    if not tags[position].startswith("NN"):
        return None
    sentence_end = words_end(document.text, sentence.start, joined_sentence_end(document, index))
    content_start = tokens[content_token].start
    content_end = clause_end(document, index, content_token, sentence_end, direct=False)
    relative = RELATIVE_CLAUSE.search(document.text, content_start, content_end)
    content_end = relative.start() if relative else content_end
    if content_end <= content_start or tags[content_token] in NOT_CONTENT_TAGS:
        return None
    inner = spans.claim(sentence.paragraph, content_start, content_end)
    cue_end = position if mention_range[0] > position else content_token - 1  # "promise … is that": the noun
    cue = (tokens[position].start, tokens[cue_end].end)
    mention = without_verbs(document, index, mention_of(document, index, mention_range), tags)
    subject = sentence_subject(document, index)
    if possessive and subject is not None and subject.end <= mention.start and subject.text.lower() not in PRONOUN_WORDS:
        mention = subject  # "Trump also offered his early assessment of …": his is the subject's
    kind = "mixed" if inner else "indirect"
    return Candidate([(content_start, content_end)], kind, bool(inner), cue, mention, sentence.paragraph, index, "front", stance=True)


def _claim_holder(document: Document, index: int, position: int) -> tuple[tuple[int, int], int, bool] | None:
    """(the holder's tokens, the first token of the content, whether the holder is a possessive pronoun) of
    the claim noun at ``position``, or None when it frames no claim."""
    words = document.token_texts[index]
    lowered = document.lowered_token_texts[index]
    relative = _relative_holder(document, index, position)
    if relative is not None:
        return relative
    copular = tuple(lowered[position + 1 : position + 3]) in COPULAR_THAT and position + 3 < len(words)
    if position + 2 >= len(words) or (lowered[position + 1] != "that" and lowered[position + 1] not in CLAIM_LINKS and not copular):
        return None
    first = position - 1
    while (
        first >= 0
        and position - first <= MAX_CLAIM_MODIFIERS
        and words[first].isalpha()
        and words[first].islower()
        and (lowered[first] not in STOP_WORDS | DETERMINERS or lowered[first] in DEGREE_ADVERBS)
    ):
        first -= 1  # "energetic", "impending", "most explosive"
    if first < 0:
        return None
    if lowered[first] in POSSESSIVE_PRONOUNS:
        mention_range: tuple[int, int] | None = (first, first)
    elif lowered[first] in ("'s", "s'"):
        mention_range = mention_backward(document, index, first - 1)
    else:
        return None
    if mention_range is None:
        return None
    content_token = position + 3 if copular else position + 2
    return mention_range, content_token, lowered[first] in POSSESSIVE_PRONOUNS


COPULAR_THAT = (("is", "that"), ("was", "that"))
MAX_RELATIVE_TOKENS = 8  # "has made in clinching the nomination"


def _relative_holder(document: Document, index: int, position: int) -> tuple[tuple[int, int], int, bool] | None:
    """``The most telling promise she has made is that …``: a relative clause after the claim noun, before
    the copula, whose subject holds the claim."""
    words = document.token_texts[index]
    lowered = document.lowered_token_texts[index]
    after = position + 1
    verb = next((i for i in range(after + 1, min(len(words), after + MAX_MENTION_TOKENS)) if _relative_verb(lowered[i])), None)
    if after >= len(words) or verb is None or not (lowered[after] in SUBJECT_PRONOUNS or words[after][:1].isupper()):
        return None
    holder = mention_backward(document, index, verb - 1)
    if holder is None or holder[0] != after:
        return None
    for copula in range(verb + 1, min(len(words) - 2, verb + MAX_RELATIVE_TOKENS)):
        if tuple(lowered[copula : copula + 2]) in COPULAR_THAT:
            return holder, copula + 2, False
        if not words[copula].isalpha():
            return None
    return None


def _relative_verb(word: str) -> bool:
    return word in ("has", "have", "had") or word.endswith("ed")
