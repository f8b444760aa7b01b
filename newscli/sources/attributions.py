"""Attributions that are not quotes: the subject of a verb of cognition, evidence or stance (``many Republicans
fear …``, ``polls show …``, ``people close to the governor believe …``), or of a verb of speech whose words
the quotes analysis did not make a quote of or gave to someone else (``…, state media reported.``), is given
a voice in paraphrase, although the quotes analysis reports no quote there. The verbs are those of
data/attribution_cues.txt; the subject is the noun phrase that opens the verb's clause, its head found with
the quotes frames' subject grammar."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..data import read_sections
from ..document import Document
from ..entities import Entities
from ..quotes import Quotes, Speaker
from ..quotes.frames.subjects import HEAD_TAGS, HEAD_WORDS, NOMINAL_TAGS, PERSONAL_PRONOUNS, SUBJECT_OPENERS, head_before, head_of_relative
from ..quotes.frames.text import sentence_tags
from ..quotes.lexicon import DETERMINERS, TIME_NOUNS
from ..quotes.speakers import split_title

# What may stand between a subject and its verb: auxiliaries, modals, negation and adverbs ("many Republicans
# privately fear", "investors would not expect", "officials have long believed").
BETWEEN_SUBJECT_AND_VERB = frozenset({"do", "does", "did", "not", "n't", "never", "will", "would", "may", "might", "can",
                                      "could", "should", "must", "have", "has", "had", "'ve", "also", "still", "now",
                                      "already", "long", "often", "always", "generally", "increasingly", "widely",
                                      "privately", "publicly", "clearly", "largely", "mostly", "only", "even"})  # fmt: skip
# Tags the tagger gives a finite cue it misreads, and the tags that open the object after a finite verb.
MISREAD_VERB_TAGS = frozenset({"VBN", "JJ", "NN", "NNS"})
OBJECT_OPENERS = frozenset({"DT", "NNP", "NNPS", "PRP", "PRP$", "VBG"})
ADVERBS = BETWEEN_SUBJECT_AND_VERB - {"do", "does", "did", "will", "would", "may", "might", "can", "could", "should",
                                     "must", "have", "has", "had", "'ve"}  # fmt: skip
NEGATIONS = frozenset({"not", "n't", "never"})
RELATIVE_WORDS = frozenset({"that", "which", "whom"})
PERFECT = frozenset({"have", "has", "had", "'ve"})
FINITE_TAGS = frozenset({"VBP", "VBZ", "VBD"})
# Words that end a noun phrase but cannot hold a view: relative and demonstrative words, time nouns.
NOT_HOLDERS = frozenset({"who", "which", "that", "this", "these", "those", "what", "there", "it", "here", "one",
                         "today", "yesterday", "tomorrow", "week", "month", "year", "day", "time", "night"})  # fmt: skip
CLAUSE_OPENERS = frozenset({"that", "whether", "if", "how", "what", "why", "who", "when", "where", "which"})
CLAUSE_CLOSERS = frozenset({".", ",", ";", ":", "—", "–", "--", ")"})
AS_REACH = 8  # tokens after a perception verb within which its "as" complement starts
PARTICLES = frozenset({("up",), ("out",), ("off",), ("down",), ("from",)})
# Two finite verbs never stand side by side in a clause: a cue followed by one is a noun ("Jobs report gives").
FINITE_NEXT = frozenset({("VBZ",), ("VBD",), ("VBP",)})
MAX_SUBJECT_TOKENS = 6
# How far (in characters) a quote's speaker mention may stand from its words for the text between them to be
# the quote's own frame.
NEAR_SPEAKER = 200
CUE_ADVERB_REACH = 12  # characters of an adverb between a speaker and a cue that follows it
WORD = re.compile(r"[\w.'’-]+")


@dataclass(frozen=True)
class Attribution:
    """A clause attributing a belief or a finding: its holder's mention (``speaker``, as the quotes analysis
    would name it), the cue verb and the paragraph."""

    speaker: Speaker
    cue: str
    cue_start: int
    paragraph: int


@cache
def attribution_cues() -> dict[str, str]:
    """Finite form → section (``cognition``, ``evidence``, ``stance``, ``perception``, ``speech``) of the cue
    verbs of data/attribution_cues.txt."""
    sections = read_sections("attribution_cues.txt")
    return {form: section for section, lines in sections.items() for line in lines for form in line.split()}


def find_attributions(document: Document, quotes: Quotes, entities: Entities) -> list[Attribution]:
    """Every clause whose verb is an attribution cue, whose subject names or describes its holder (no pronoun:
    the quotes analysis resolves those for its own quotes), and where the quotes analysis reports no quote."""
    cues = attribution_cues()
    covered = _merged(span for quote in quotes.quotes for span in _frame(quote))
    starts = [start for start, _ in covered]
    found = []
    for index, sentence in enumerate(document.sentences):
        lowered = document.lowered_token_texts[index]
        positions = [position for position, word in enumerate(lowered) if word in cues]
        if not positions:
            continue
        tags = sentence_tags(document, index)
        for position in positions:
            token = sentence.tokens[position]
            if _inside(covered, starts, token.start) or not _is_finite(lowered, tags, position):
                continue
            if lowered[position + 1 : position + 2] in PARTICLES or tags[position + 1 : position + 2] in FINITE_NEXT:
                continue  # a phrasal verb ("voters show up", "reported from Washington"), a noun ("report gives")
            section = cues[lowered[position]]
            if section == "perception" and not _reports_a_proposition(lowered, position):
                continue  # "saw the whales", "knew about the Games": perceived or known things, no view
            if section in ("speech", "judgment") and NEGATIONS & set(lowered[_before_verb(lowered, position) + 1 : position]):
                continue  # "the pilots did not respond": no speech reported
            subject = _subject(document, index, position, tags)
            if subject is None:
                continue
            speaker = _speaker(document, entities, *subject)
            found.append(Attribution(speaker, token.text, token.start, sentence.paragraph))
    return found


def _frame(quote) -> list[tuple[int, int]]:
    """The text a quote's report takes: its words, and from its speaker's mention to them when the mention
    is near (the cue of ``Reyes believes that …`` lies between)."""
    spans = list(quote.parts)
    speaker = quote.speaker
    if speaker is not None and abs(speaker.start - quote.start) <= NEAR_SPEAKER:
        cue_end = speaker.end + len(quote.cue or "") + CUE_ADVERB_REACH  # "…,” the senator (often) said"
        spans.append((min(speaker.start, quote.start), max(cue_end, quote.start)))
    return spans


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside(spans: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    """Whether ``offset`` lies in a quote's frame (``spans`` disjoint, in order): a verb inside quoted words is
    the quoted speaker's, and one between a speaker and the words is the quote's cue."""
    position = bisect.bisect_right(starts, offset)
    return position > 0 and offset < spans[position - 1][1]


def _is_finite(lowered: tuple[str, ...], tags: tuple[str, ...], position: int) -> bool:
    """An active verb with a subject of its own: finite, or a bare or perfect form after an auxiliary."""
    tag = tags[position]
    before = _before_verb(lowered, position)
    auxiliaries = set(lowered[before + 1 : position])
    if tag in FINITE_TAGS:
        return not (tag == "VBD" and lowered[before : before + 1] in (("is",), ("was",), ("are",), ("were",), ("be",)))
    if tag == "VB":
        return bool(auxiliaries - PERFECT)
    if tag == "VBN" and auxiliaries & PERFECT:
        return True
    adverbs_only = all(word in ADVERBS or word.endswith("ly") for word in auxiliaries)
    return adverbs_only and _finite_read_as_other(lowered, tags, before, position)


def _finite_read_as_other(lowered: tuple[str, ...], tags: tuple[str, ...], before: int, position: int) -> bool:
    """``Some accused Trump of …``, ``Germany views itself as …``, ``independents endorse continuing …``: a cue
    form the tagger read as a participle, adjective or noun is the clause's finite verb when it stands between
    a subject's head and the opening of an object (a determiner, a name, a pronoun, a gerund); a participle
    before ``by`` or a time word postmodifies instead (``the plan backed by …``, ``a poll released Friday``)."""
    if tags[position] not in MISREAD_VERB_TAGS or before < 0 or position + 1 >= len(lowered):
        return False
    subject_head = lowered[before] in HEAD_WORDS or tags[before] in HEAD_TAGS
    following = lowered[position + 1]
    return subject_head and tags[position + 1] in OBJECT_OPENERS and following != "by" and following not in TIME_NOUNS


def _reports_a_proposition(lowered: tuple[str, ...], position: int) -> bool:
    """Whether a verb of perception or knowledge reports a proposition: before a that- or wh-clause (``saw
    that``, ``know whether``), with an ``as`` complement (``sees the state as …``), or closing a parenthetical
    (``…, the study found.``, ``as Tuesday's results show,``)."""
    following = lowered[position + 1 : position + 1 + AS_REACH]
    if not following or following[0] in CLAUSE_OPENERS | CLAUSE_CLOSERS:
        return True
    return "as" in following and not set(following[: following.index("as")]) & CLAUSE_CLOSERS


def _before_verb(lowered: tuple[str, ...], position: int) -> int:
    """The last token before the verb's auxiliaries and adverbs."""
    before = position - 1
    while before >= 0 and (lowered[before] in BETWEEN_SUBJECT_AND_VERB or lowered[before].endswith("ly")):
        before -= 1
    return before


def _subject(document: Document, index: int, position: int, tags: tuple[str, ...]) -> tuple[int, int, int] | None:
    """(sentence, first token, last token) of the noun phrase that opens the cue's clause, or None."""
    words = document.lowered_token_texts[index]
    end = _before_verb(words, position)
    if end < 0 or words[end] in PERSONAL_PRONOUNS | NOT_HOLDERS | TIME_NOUNS:
        return None
    if not (words[end] in HEAD_WORDS or tags[end] in HEAD_TAGS or _plural_noun_read_as_verb(words, tags, end, position)):
        relative = head_of_relative(document, index, end)  # "some who advocate free speech believe"
        return (index, *relative) if relative is not None else None
    start = end
    while start > 0 and end - start < MAX_SUBJECT_TOKENS - 1 and tags[start - 1] in NOMINAL_TAGS:
        if words[start - 1] in SUBJECT_OPENERS:
            break
        start -= 1
        if words[start] in DETERMINERS:
            break  # a determiner opens its noun phrase: in "anything the senator said" the senator's clause is relative
    if start >= 2 and words[start - 1] in RELATIVE_WORDS and tags[start - 2] in HEAD_TAGS:
        return None  # an object relative clause ("the message that party officials expect to hear") reports nothing
    if start > 0 and words[start - 1] not in SUBJECT_OPENERS:
        outer = head_before(document, index, start)  # "people close to the governor", "some of his admirers"
        if outer is None:
            return None  # not the clause's subject: "the report told officials …"
        return (index, outer[0], end)
    if all(tag == "CD" for tag in tags[start : end + 1]):
        return None  # a bare count stands for a noun said elsewhere: "611 in favor, 748 opposed"
    return (index, start, end)


def _plural_noun_read_as_verb(words: tuple[str, ...], tags: tuple[str, ...], end: int, position: int) -> bool:
    """``campaign aides believe``: a plural noun the tagger read as a verb; two finite verbs never stand side
    by side in one clause, so an ``-s`` word right before a finite cue is its subject's head."""
    return end == position - 1 and tags[end] == "VBZ" and tags[position] in ("VBP", "VBD") and words[end].endswith("s")


def _speaker(document: Document, entities: Entities, index: int, first: int, last: int) -> Speaker:
    """The holder as the quotes analysis names a speaker: the entity's name when one is mentioned there, else
    the words of the mention without a title (``Sen. Ann Reyes`` → ``Ann Reyes``, role ``Sen.``) or, for a
    description, without its article (``the report`` → ``report``)."""
    tokens = document.sentences[index].tokens
    start, end = tokens[first].start, tokens[last].end
    mention = document.text[start:end]
    entity = entities.entity_at(start, end)
    if entity is not None and entity.type in ("PERSON", "ORG") and any(m.start >= start and m.end == end for m in entity.mentions):
        return Speaker(entity.name, mention, entity.role, start, end)
    role, name = split_title(WORD.findall(mention))
    if name and role is not None and not role.islower():
        return Speaker(" ".join(name), mention, role, start, end)
    words = mention.split()
    if len(words) > 1 and words[0].lower() in ("the", "a", "an") and words[-1][:1].islower():
        return Speaker(" ".join(words[1:]), mention, None, start, end)  # a description, named as quotes names one
    return Speaker(mention, mention, None, start, end)
