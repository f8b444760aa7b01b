"""Attributions that are not quotes: the subject of a verb of cognition, evidence or stance (``many Republicans
fear …``, ``polls show …``, ``people close to the governor believe …``), or of a verb of speech whose words
the quotes analysis did not make a quote of or gave to someone else (``…, state media reported.``), is given
a voice in paraphrase, although the quotes analysis reports no quote there. So is the holder of an attitude
named without such a verb: the subject of an attitude adjective after a copula (``Clinton officials were
thrilled with …``), of a verb of expression with an attitude noun (``insurers are raising alarms``), of
``have`` with a noun of a held attitude (``most voters had a favorable opinion of her``) or of a
catenative before a cue (``aides declined to confirm``), the holder after an attitude noun (``criticism from
many environmentalists``), the quantifier of a viewpoint adjunct (``To many, he is a provocateur``) and the
percentage before an attitude noun (``with 40 percent support``). Documents and surveys are holders too: a
survey opening the sentence as its source (``In the latest polls, …``, ``Based on current polling, …``), a
document before a reporting participle or a subject relative clause (``a petition calling on him to resign``,
``a study that predicted …``) and the document a passive verb of speech or naming is done in (``was named in
an indictment``). The words are those of data/attribution_cues.txt; the subject is the noun phrase that opens
the verb's clause, its head found with the quotes frames' subject grammar, or that of an absolute clause
(``…, with each candidate questioning the other's record``). An attribution nested in an indirect quote's
reported words counts when its holder is an indefinite description (``Ackman said investors did not
appreciate …``)."""

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
from ..quotes.lexicon import DETERMINERS, FINITE_VERB_TAGS, SURVEY_NOUNS, TIME_NOUNS, cue_lexicon
from ..quotes.people import person_nouns
from ..quotes.speakers import split_title
from .holders import HOLDER_WORDS, NO_ONE, PERCENT_WORDS, may_hold
from .lexicons import is_document_noun
from .subjects import subject_of

# What may stand between a subject and its verb: auxiliaries, modals, negation and adverbs ("many Republicans
# privately fear", "investors would not expect", "officials have long believed"), and an emphatic reflexive
# in apposition to the subject ("billionaires themselves disagree"; Quirk et al. 1985, 6.24).
BETWEEN_SUBJECT_AND_VERB = frozenset({"do", "does", "did", "not", "n't", "never", "will", "would", "may", "might", "can",
                                      "could", "should", "must", "have", "has", "had", "'ve", "also", "still", "now",
                                      "already", "long", "often", "always", "generally", "increasingly", "widely",
                                      "privately", "publicly", "clearly", "largely", "mostly", "only", "even", "yet", "ever",
                                      "just", "once", "himself", "herself", "itself", "themselves", "ourselves"})  # fmt: skip
# Tags the tagger gives a finite cue it misreads, and the tags that open the object after a finite verb.
MISREAD_VERB_TAGS = frozenset({"VBN", "JJ", "NN", "NNS"})
OBJECT_OPENERS = frozenset({"DT", "NNP", "NNPS", "PRP", "PRP$", "VBG"})
ADVERBS = BETWEEN_SUBJECT_AND_VERB - {"do", "does", "did", "will", "would", "may", "might", "can", "could", "should",
                                     "must", "have", "has", "had", "'ve"}  # fmt: skip
PARENTHESIS_REACH = 5  # tokens of a parenthesis after a subject: "Sen. Ted Cruz (R-Tex.) would not endorse"
NEGATIONS = frozenset({"not", "n't", "never"})
# Sentence adverbs set off by commas between a subject and its verb ("a poll has, however, revealed").
PARENTHETICAL_ADVERBS = frozenset({"however", "meanwhile", "though", "too", "instead", "therefore", "moreover", "nonetheless",
                                   "nevertheless", "indeed", "meantime"})  # fmt: skip
SENTENCE_ADVERBS = ADVERBS | PARENTHETICAL_ADVERBS
RELATIVE_WORDS = frozenset({"that", "which", "whom"})
OBJECT_RELATIVES = RELATIVE_WORDS | {"what"}  # open a clause whose object they are: its subject follows them
PERFECT = frozenset({"have", "has", "had", "'ve"})
AUXILIARY_S = frozenset({"is", "was", "has", "does"})  # "-s" verbs that are auxiliaries, never plural nouns
# The auxiliaries of a progressive ("other insurers are raising alarms").
PROGRESSIVE = frozenset({"is", "are", "was", "were", "'s", "'re", "be", "been"})
# Words that end a noun phrase but cannot hold a view: relative and demonstrative words, time nouns.
NOT_HOLDERS = frozenset({"who", "which", "that", "this", "these", "those", "what", "there", "it", "here", "one",
                         "today", "yesterday", "tomorrow", "week", "month", "year", "day", "time", "night"})  # fmt: skip
# Subordinators that open a clause whose subject follows them ("higher than previous studies have suggested",
# "why the auguries foretell …"), besides the words that may stand before any subject.
CLAUSE_SUBJECT_OPENERS = SUBJECT_OPENERS | {"than", "why", "how", "after", "before", "until", "unless", "whether", "once"}
# Quantifiers that determine a plural noun ("more voters", "fewer Americans"; Quirk et al. 1985, ch. 5), which
# the tagger may read as adverbs.
COMPARATIVE_QUANTIFIERS = frozenset({"more", "fewer", "less", "most"})
# Quantifiers that may float after the plural noun phrase they quantify, before its verb ("the staff all
# supported him", "Democrats and Republicans both agree"; Quirk et al. 1985, chs. 5 and 6 on "all", "both"
# and "each" in postposition): no head of the subject, which ends before them.
FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})
ABSOLUTE_OPENERS = frozenset({"with", "without"})  # the prepositions that open an absolute clause
# "argue" with a "with", "over" or "among" phrase is the verb of a quarrel (Levin 1993, 36.1 correspond verbs:
# "argue with", "quarrel over"), which reports no proposition; its reporting sense takes a that-clause, an
# object or a "for" or "against" phrase ("argued that …", "argued the case", "argued for a delay").
QUARREL_VERBS = frozenset({"argue", "argues", "argued", "arguing"})
RECIPROCAL_PREPOSITIONS = frozenset({("with",), ("over",), ("among",), ("amongst",)})
TALK_PARTICLES = frozenset({"up", "out"})  # "speak up about", "speak out against"
TOPIC_PREPOSITIONS = frozenset({("about",), ("of",), ("against",)})
# Determiners of a description that refers back to someone already named ("his boss", "the senator").
ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"})
PARTITIVE_PRONOUNS = frozenset({"them", "us", "you"})  # the whole of a partitive subject ("some of us")
# Prepositions of a sentence-opening source adjunct, and the heads of the surveys it may name (quotes'
# SURVEY_NOUNS and the mass noun of their figures).
SOURCE_ADJUNCTS = (("in",), ("based", "on"))
SURVEY_HEADS = SURVEY_NOUNS | {"polling"}
MEDIUM_REACH = 4  # tokens from a passive verb to the "in" of its document: "was named last week in"
# Quotation marks as tokens (straight marks open and close alike).
QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "``", "''", "'"})
QUOTE_MARK_TOKENS = frozenset((mark,) for mark in QUOTE_MARKS)
OPENING_CONJUNCTIONS = frozenset({("but",), ("and",), ("yet",)})  # before a sentence-opening adjunct
PERSPECTIVE_HOLDERS = frozenset({"many", "most", "some", "others", "those", "few"})  # "To many, …": a viewpoint
UNIVERSALS = frozenset({"everyone", "everybody", "all", "every", "many"})
CLAUSE_OPENERS = frozenset({"that", "whether", "if", "how", "what", "why", "who", "when", "where", "which"})
CLAUSE_CLOSERS = frozenset({".", ",", ";", ":", "—", "–", "--", ")"})
AS_REACH = 12  # tokens after a perception verb within which its "as" complement starts
PARTICLES = frozenset({("up",), ("out",), ("off",), ("down",), ("from",), ("into",)})
# Two finite verbs never stand side by side in a clause: a cue followed by one is a noun ("Jobs report gives").
FINITE_NEXT = frozenset({("VBZ",), ("VBD",), ("VBP",)})
MAX_SUBJECT_TOKENS = 6
# What follows an attitude adjective used as a predicate: its complement (``thrilled with``, ``convinced that``,
# ``united in``, ``skeptical of``, ``opposed to electing``) or the end of the clause; and the copulas that take it.
STATE_COMPLEMENTS = frozenset({"that", "about", "with", "by", "in", "of", "over", "at", "for", "whether", "as"})
COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "'s", "'re", "am", "'m", "remain", "remains", "remained",
                     "seem", "seems", "seemed", "appear", "appears", "appeared", "become", "becomes", "became", "grew",
                     "grow", "grows"})  # fmt: skip
# Degree words and negation between a copula and its adjective ("are so vehemently opposed", "is not convinced").
DEGREE_WORDS = frozenset({"so", "very", "too", "quite", "more", "less", "most", "least", "all", "as", "somewhat", "rather",
                          "not", "n't", "never"})  # fmt: skip
ADJECTIVE_MODIFIERS = ADVERBS | DEGREE_WORDS
# Verbs that take a to-infinitive sharing their subject (Quirk et al. 1985, 16.38, catenative verbs): the
# subject of ``declined to confirm`` or ``refused to endorse`` is the infinitive cue's.
CATENATIVES = frozenset({"decline", "declines", "declined", "refuse", "refuses", "refused", "try", "tries", "tried",
                         "seek", "seeks", "sought", "continue", "continues", "continued", "vow", "vows", "vowed",
                         "threaten", "threatens", "threatened", "plan", "plans", "planned", "begin", "begins", "began",
                         "start", "starts", "started", "promise", "promises", "promised", "hope", "hopes", "hoped",
                         "want", "wants", "wanted", "fail", "fails", "failed"})  # fmt: skip
# The adjectives and participle of the semi-auxiliaries "be able to", "be unable to" and "be going to" (Quirk
# et al. 1985, ch. 3 on semi-auxiliaries): with their "be", a catenative whose subject is the infinitive cue's.
# Under those of ability, the cue sections of an act done, a finding shown or words said are only possible:
# "pupils should be able to demonstrate the skills" shows nothing; a state held is ("parents should be able to
# expect a reply").
ABILITY_HEADS = frozenset({"able", "unable"})
SEMI_AUXILIARY_HEADS = ABILITY_HEADS | {"going"}
ACT_SECTIONS = frozenset({"evidence", "speech", "judgment", "perception"})
# Attitude adjectives that hold one only with their complement, and the words that open it: "concerned" closes
# an idiom of a topic ("where the economy is concerned,"); "committed" without its "to" is the participle of
# "commit" ("crimes have been committed"); the certainty adjectives say of a thing that it is (un)known ("the
# outlook is uncertain"), and hold a person's certainty with their "of", "about" or content clause ("voters
# are uncertain about …"; Quirk et al. 1985, ch. 16 on adjective complementation, FrameNet Certainty).
CERTAINTY_COMPLEMENTS = frozenset({"that", "about", "of", "whether", "if", "how", "what", "who", "why", "when"})
NEEDS_COMPLEMENT = {"concerned": STATE_COMPLEMENTS | {"to"}, "committed": frozenset({"to"}), "certain": CERTAINTY_COMPLEMENTS,
                    "uncertain": CERTAINTY_COMPLEMENTS, "doubtful": CERTAINTY_COMPLEMENTS}  # fmt: skip
CLAUSE_SUBJECT_TAGS = frozenset({"DT", "PRP", "NNP", "NNPS"})  # a content clause without "that": "convinced the issue …"
# The adjective and noun sections of the cue file, and the verbs read only in a passive with their document.
NON_VERB_SECTIONS = frozenset({"state", "nominal", "subjective", "held", "verdict", "naming"})
STATIVE_SECTIONS = frozenset({"cognition", "perception", "supposition"})
HUMAN_SECTIONS = frozenset({"talk", "cognition", "supposition"})  # verbs whose subject is a person or people
PARTICIPLE_SECTIONS = frozenset({"speech", "judgment", "stance", "evidence"})  # cues whose participle reports alone
NOMINAL_PREPOSITIONS = frozenset({("from",), ("among",), ("by",)})
MAX_NOMINAL_TOKENS = 8
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
EXPRESSION_REACH = 4  # tokens from a verb of expression to its attitude noun ("voiced their strong opposition")
OBJECT_MODIFIER_TAGS = frozenset({"DT", "JJ", "JJR", "RB", "PRP$", "CD"})  # between such a verb and its noun
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
    """Finite form → section (``cognition``, ``evidence``, ``stance``, ``perception``, ``speech``,
    ``judgment``) of the cue verbs of data/attribution_cues.txt."""
    return {form: section for section, lines in read_sections("attribution_cues.txt").items() if section not in NON_VERB_SECTIONS
            for line in lines for form in (*line.split(), *_progressive_forms(section, line.split()))}  # fmt: skip


def _progressive_forms(section: str, forms: list[str]) -> tuple[str, ...]:
    """The -ing forms of a cue verb (lemma first, then its finite forms), read after a progressive's auxiliary
    ("not everyone was claiming success"): a final silent ``e`` drops (``arguing``, not ``agreeing``), a final
    consonant doubles where the past form doubles it (``slammed`` → ``slamming``). Stative verbs of cognition
    and perception take the progressive only in another, dynamic sense (Quirk et al. 1985, 4.29: "is feeling
    the heat", "are seeing growth"), and have none here."""
    if section in STATIVE_SECTIONS:
        return ()
    lemma = forms[0]
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return (lemma[:-1] + "ing",)
    doubled = [form[:-2] + "ing" for form in forms[1:] if form == lemma + lemma[-1] + "ed"]
    if doubled and not lemma.endswith("l"):  # "signaled" and "signalled": both spellings
        return tuple(doubled)
    return (*doubled, lemma + "ing")


@cache
def attitude_words(section: str) -> frozenset[str]:
    """The words of data/attribution_cues.txt' ``[state]`` (adjectives of an attitude held after a copula),
    ``[nominal]`` (nouns of an attitude whose holder follows them) or ``[subjective]`` section (those whose
    ``of`` phrase names the holder)."""
    return frozenset(form for line in read_sections("attribution_cues.txt")[section] for form in line.split())


@cache
def _cue_words() -> frozenset[str]:
    return (frozenset(attribution_cues()) | attitude_words("state") | attitude_words("nominal") | attitude_words("subjective")
            | attitude_words("naming"))  # fmt: skip


def find_attributions(document: Document, quotes: Quotes, entities: Entities) -> list[Attribution]:
    """Every clause whose verb is an attribution cue, whose subject names or describes its holder (no pronoun:
    the quotes analysis resolves those for its own quotes), and where the quotes analysis reports no quote."""
    cues, words = attribution_cues(), _trigger_words()
    covered = _merged(span for quote in quotes.quotes for span in _frame(quote))
    starts = [start for start, _ in covered]
    reported = _merged(
        part
        for quote in quotes.quotes
        if quote.type == "indirect" and quote.speaker is not None and not _catenative(quote)
        for part in quote.parts
    )
    reported_starts = [start for start, _ in reported]
    found = []
    for index, sentence in enumerate(document.sentences):
        lowered = document.lowered_token_texts[index]
        positions = [position for position, word in enumerate(lowered) if word in words]
        # Sentence-opening adjuncts name their holder themselves: "To many, …", "In the latest polls, …".
        openings = dict(opening for opening in (_perspective(lowered), _survey_opening(lowered)) if opening is not None)
        if not positions and not openings:
            continue
        tags = sentence_tags(document, index)
        for position in [*openings, *positions]:
            token = sentence.tokens[position]
            named = sentence.tokens[openings[position][0]] if position in openings else token
            if _inside(covered, starts, token.start) or _inside(covered, starts, named.start):
                continue  # "In a CNN poll, …" is a quote of the poll's (the quotes analysis's survey frame)
            nested = _inside(reported, reported_starts, token.start)
            if position in openings:
                holder: tuple[int, int] | None = None if nested else openings[position]
            else:
                holder = _holder(document, index, position, tags, cues.get(lowered[position]))
            if holder is None:
                continue
            speaker = _speaker(document, entities, index, *holder)
            if nested and not _nested_holder(entities, speaker, lowered, tags, position, holder[1]):
                continue
            found.append(Attribution(speaker, token.text, token.start, sentence.paragraph))
    return found


def _nested_holder(entities: Entities, speaker: Speaker, lowered: tuple[str, ...], tags: tuple[str, ...], position: int, head: int) -> bool:
    """Whether the holder of a cue inside reported words is a clause's subject (a holder after an attitude noun
    is part of what the speaker claims: "… arguing that with the backing of conservatives he can win") that
    describes people named nowhere (``investors``, ``13 percent``, ``her liberal friends``): no entity, no
    capitalised word after the first, and no singular head after a definite or possessive determiner (``his
    boss``, ``the former president`` refer back to someone named, whom the quotes analysis resolves itself)."""
    words = speaker.mention.split()
    if _holder_preposition(lowered, tags, position) is not None or not words or entities.entity_at(speaker.start, speaker.end) is not None:
        return False
    if words[0].lower() in ANAPHORIC_DETERMINERS and tags[head] not in ("NNS", "NNPS"):
        return False
    return not any(word[:1].isupper() for word in words[1:])


def _perspective(lowered: tuple[str, ...]) -> tuple[int, tuple[int, int]] | None:
    """The ``to`` or ``for`` opening a sentence with the point of view of a quantifier used as a pronoun (``To
    many, he is a provocateur``, ``But to others, …``, ``For those focused on ratings, …``): the people whose
    view the sentence states (Quirk et al. 1985, 8.90, viewpoint adjuncts); not ``For many months``."""
    first = 1 if lowered[:1] in OPENING_CONJUNCTIONS else 0
    opening = lowered[first : first + 3]
    if len(opening) < 3 or opening[0] not in ("to", "for") or opening[1] not in PERSPECTIVE_HOLDERS:
        return None
    if opening[2] not in (",", "who") and not opening[2].endswith(("ed", "ing")):
        return None  # the quantifier determines a noun: "for many months", "to some extent"
    return (first, (first + 1, first + 1)) if "," in lowered[first + 2 : first + 2 + MAX_NOMINAL_TOKENS] else None


def _survey_opening(lowered: tuple[str, ...]) -> tuple[int, tuple[int, int]] | None:
    """(the adjunct's first token, (first, last token) of its survey) for a sentence opening with a survey as the
    source of what the clause states (``In the latest polls, he trails``, ``Based on current polling, …``): an
    adjunct naming where the information comes from, as ``according to`` does, and as the viewpoint adjuncts of
    ``_perspective`` name whose view it is; its noun phrase closes with a comma (``In a poll of 900 voters`` goes
    on)."""
    first = 1 if lowered[:1] in OPENING_CONJUNCTIONS else 0
    start = first + next((len(opener) for opener in SOURCE_ADJUNCTS if lowered[first : first + len(opener)] == opener), 0)
    if start == first:
        return None
    for at in range(start, min(len(lowered) - 1, start + MAX_NOMINAL_TOKENS)):
        if lowered[at] in SURVEY_HEADS:
            return (first, (start, at)) if lowered[at + 1] == "," else None
        if not WORD.fullmatch(lowered[at]) or lowered[at] in CLAUSE_OPENERS:
            return None
    return None


def _holder(document: Document, index: int, position: int, tags: tuple[str, ...], section: str | None) -> tuple[int, int] | None:
    """(first token, last token) of the holder of the attribution cue at token ``position``, or None: the
    subject of a finite cue verb, of the copula before an attitude adjective (``Clinton officials were
    thrilled with …``) or of the catenative before a cue's infinitive (``aides declined to confirm …``), or
    the noun phrase naming the holder after an attitude noun (``criticism from environmentalists``)."""
    lowered = document.lowered_token_texts[index]
    if lowered[position] in QUARREL_VERBS and lowered[position + 1 : position + 2] in RECIPROCAL_PREPOSITIONS:
        return None  # "staff arguing over the budget", "nobody can argue with that": a quarrel, no view reported
    if lowered[position] in _participle_cues() and (artefact := _artefact_before(lowered, tags, position)) is not None:
        return artefact
    passive = section in ("speech", "judgment") or lowered[position] in attitude_words("naming")
    if passive and tags[position] == "VBN" and (medium := _medium_of_passive(lowered, tags, position)) is not None:
        return medium  # "was named in an indictment"
    if section is None and lowered[position] in attitude_words("naming"):
        return None  # a verb of naming is read only in the passive, with its document
    absolute = None
    preposition = _holder_preposition(lowered, tags, position)
    if preposition is not None:
        holder = _nominal_holder(document, index, preposition, tags)
        tokens = document.sentences[index].tokens
        if holder is None or subject_of(document, tokens[holder[0]].start, tokens[holder[1]].end) is not None:
            return None  # read as the postmodifier of a subject before it ("Facing blowback from unions, Berlin …")
        return holder
    if lowered[position] in attitude_words("nominal") and (share := _share_before(lowered, tags, position)) is not None:
        return share  # no holder after the noun: "leads with 40 percent support"
    if lowered[position] in attitude_words("state") and (partitive := _verbless_partitive(lowered, position)) is not None:
        return partitive, partitive  # "members, many of them deeply skeptical about …"
    copula = _copula_before(lowered, tags, position) if lowered[position] in attitude_words("state") else None
    if copula is not None:
        if not _is_finite(lowered, tags, copula):
            return None
        verb, section = copula, "state"  # "are opposed to": the adjective, not the verb "oppose"
    elif section is None:
        return None  # an attitude adjective before its noun ("angry voters"), a noun with no holder after it
    else:
        catenative = _catenative_before(lowered, tags, position)
        if catenative is not None and lowered[position - 2] in ABILITY_HEADS and section in ACT_SECTIONS:
            return None  # "skills students should be able to demonstrate": an ability to show, nothing shown
        verb = position if catenative is None else catenative
        if tags[verb] == "VBG" and verb > 0 and lowered[verb - 1] in PROGRESSIVE:
            verb -= 1  # "other insurers are raising alarms": the progressive's auxiliary is finite
        elif tags[verb] == "VBG":
            absolute = _absolute_subject(lowered, tags, verb)  # "…, with each candidate questioning the other's record"
        finite = _is_finite(lowered, tags, verb) or (catenative is not None and _catenative_read_as_participle(lowered, tags, verb))
        if absolute is None and not finite:
            return None
        particle = lowered[position + 1 : position + 2] in PARTICLES and section != "talk"  # "speak up about": a topic follows
        if particle or (tags[position + 1 : position + 2] in FINITE_NEXT and tags[verb] != "VB"):
            return None  # a phrasal verb ("voters show up", "reported from Washington"), a noun ("report gives")
    if section == "holding" and not _holds_an_attitude(lowered, tags, position):
        return None  # "had a meeting", "has the support of …": no attitude of the subject's
    if section == "declaration" and not _declares_a_verdict(lowered, tags, position):
        return None  # "held a rally": no judgment of the object
    if section == "talk" and not _talks_about(lowered, tags, position):
        return None  # "spoke to reporters", "talked for an hour": no topic reported
    if section == "expression" and not _expresses_an_attitude(lowered, tags, position):
        return None  # "raised taxes", "expressed the view": no attitude noun
    if section == "perception" and not _reports_a_proposition(lowered, position):
        return None  # "saw the whales", "knew about the Games": perceived or known things, no view
    if section == "supposition" and not (_reports_a_proposition(lowered, position) or _content_clause_after(tags, position)):
        return None  # "will assume the role": taken on, not supposed
    if section in ("speech", "judgment") and NEGATIONS & set(lowered[_before_verb(lowered, verb) + 1 : verb]):
        return None  # "the pilots did not respond": no speech reported
    if absolute is not None:
        return absolute
    if section == "experiencer":
        return _experiencer(document, index, position, tags)
    subject = _subject(document, index, verb, tags)
    if subject is not None and section in HUMAN_SECTIONS and not may_hold(lowered, tags, *subject[1:]):
        return None  # "art and music have spoken about violence": a thing talks or feels only in a figure
    return subject[1:] if subject is not None else None


@cache
def _trigger_words() -> frozenset[str]:
    return _cue_words() | _participle_cues()


@cache
def _participle_cues() -> frozenset[str]:
    """The -ing forms of the verbs that report speech by themselves (data/speech_verbs.txt' ``clause`` and
    ``object`` verbs) and of the speech, judgment, stance and evidence cues: ``calling``, ``supporting``,
    ``showing``; not a verb that needs its object to report (``raising``, ``having``), nor a catenative's."""
    speech = {form for form, (_, verb_class) in cue_lexicon().items() if verb_class in ("clause", "object")}
    cues = {form for form, section in attribution_cues().items() if section in PARTICIPLE_SECTIONS}
    return frozenset(form for form in speech | cues if form.endswith("ing"))


def _artefact_before(lowered: tuple[str, ...], tags: tuple[str, ...], position: int) -> tuple[int, int] | None:
    """(first, last token) of the noun phrase of a document or publication right before the reporting verb's
    -ing participle at ``position`` (``a petition calling on him to resign``, ``the senator's op-ed supporting
    biofuels``): a participle clause after a noun is its postmodifier, whose implied subject is that noun (Quirk
    et al. 1985, ch. 17 on nonfinite postmodifiers), and a document "says" what it states. Only documents: after a person or an event the
    participle may report the words of someone else (``the rally featuring speeches``)."""
    head = position - 1
    if head < 0 or tags[head] in FINITE_VERB_TAGS | {"VB"} or not is_document_noun(lowered[head]):
        return None  # "they plan calling …": a verb; "op-ed" may be read as a participle, never as a finite verb
    first = head
    while first > 0 and head - first < MAX_SUBJECT_TOKENS - 1 and tags[first - 1] in NOMINAL_TAGS - {"VBG"}:
        first -= 1
        if lowered[first] in DETERMINERS:
            break
    if first > 0 and tags[first - 1].startswith("VB"):
        return None  # a verb's object: in "police issued a statement saying …" the participle may be the police's
    return first, head


def _medium_of_passive(lowered: tuple[str, ...], tags: tuple[str, ...], position: int) -> tuple[int, int] | None:
    """(first, last token) of the document in whose words a passive verb of speech, judgment or naming at
    ``position`` is done (``was named last week in a grand jury indictment``, ``is criticised in the report``):
    the document that names or judges, FrameNet's Medium of a statement."""
    before = _before_verb(lowered, position)
    if before < 0 or lowered[before] not in PROGRESSIVE:
        return None  # no be-form, no passive: "the man named in the report" postmodifies
    preposition = next((at for at in range(position + 1, min(len(lowered), position + 1 + MEDIUM_REACH))
                        if lowered[at] in ("in", "by") or lowered[at] in CLAUSE_CLOSERS), None)  # fmt: skip
    if preposition is None or lowered[preposition] != "in":
        return None  # none, or an agent: "announced by the chancellor in his review" is the chancellor's
    last = None
    for at in range(preposition + 1, min(len(lowered), preposition + 1 + MAX_NOMINAL_TOKENS)):
        if tags[at] not in NOMINAL_TAGS - PARTICIPLE_TAGS:
            break
        last = at
    if last is None or not is_document_noun(lowered[last]):
        return None
    return preposition + 1, last


def _share_before(lowered: tuple[str, ...], tags: tuple[str, ...], position: int) -> tuple[int, int] | None:
    """(first, last token) of the percentage premodifying the attitude noun at ``position`` (``leads with 40
    percent support``, ``a 35% approval``): a poll's share of those asked, who hold the attitude."""
    unit = 2 if lowered[position - 2 : position] == ("per", "cent") else 1  # "40 per cent": British usage
    if position <= unit or lowered[position - 1] not in PERCENT_WORDS or tags[position - unit - 1] != "CD":
        return None
    return position - unit - 1, position - 1


def _holder_preposition(lowered: tuple[str, ...], tags: tuple[str, ...], position: int) -> int | None:
    """The preposition after the attitude noun at ``position`` that introduces its holder: ``from``, ``among``
    or ``by`` right after it (``criticism from``), ``of`` for a noun whose ``of`` phrase is its subject (``the
    endorsement of the union``; ``criticism of`` names what is criticised), or ``among`` after the noun's own
    complement (``discontent with the political system among many liberals``)."""
    following = lowered[position + 1 : position + 2]
    if following in NOMINAL_PREPOSITIONS:
        return position + 1 if lowered[position] in attitude_words("nominal") else None
    if following == ("of",):
        return position + 1 if lowered[position] in attitude_words("subjective") else None
    if lowered[position] not in attitude_words("nominal"):
        return None
    for at in range(position + 1, min(len(lowered), position + 1 + MAX_NOMINAL_TOKENS)):
        if lowered[at] == "among":
            return at
        if lowered[at] in CLAUSE_CLOSERS or tags[at].startswith("VB"):
            return None
    return None


def _absolute_subject(lowered: tuple[str, ...], tags: tuple[str, ...], verb: int) -> tuple[int, int] | None:
    """(first, last token) of the subject of an -ing clause opened by ``with`` or ``without`` (an absolute
    clause, Quirk et al. 1985, ch. 15: "…, with each candidate questioning the other's record", "With
    several ministers questioning the deal, …"): the noun phrase right before the participle, when ``with`` opens the
    sentence or follows a comma, as a supplementive clause does (not "a party with members backing him")."""
    start = verb
    while start > 0 and verb - start < MAX_SUBJECT_TOKENS and tags[start - 1] in NOMINAL_TAGS:
        start -= 1
    last = verb - 1
    if start == verb or lowered[last] in NOT_HOLDERS or not (lowered[last] in HEAD_WORDS or tags[last] in HEAD_TAGS):
        return None
    if start < 1 or lowered[start - 1] not in ABSOLUTE_OPENERS or (start >= 2 and lowered[start - 2] not in CLAUSE_CLOSERS):
        return None
    return start, last


def _verbless_partitive(lowered: tuple[str, ...], position: int) -> int | None:
    """The quantifier of a verbless clause after a comma whose predicate is the attitude adjective at
    ``position`` (``members, many of them deeply skeptical about his candidacy``; Quirk et al. 1985, 15.58),
    with its complement after it."""
    before = position - 1
    while before >= 0 and (lowered[before] in DEGREE_WORDS or lowered[before].endswith("ly")):
        before -= 1
    following = lowered[position + 1 : position + 2]
    if before < 3 or not following or following[0] not in STATE_COMPLEMENTS:
        return None
    if lowered[before] in ("them", "whom") and lowered[before - 1] == "of" and lowered[before - 3] == ",":
        return before - 2 if lowered[before - 2] in HEAD_WORDS else None
    return None


def _copula_before(lowered: tuple[str, ...], tags: tuple[str, ...], position: int) -> int | None:
    """The copula of an attitude adjective at ``position`` (``were thrilled with``, ``is not convinced that``,
    ``have long been skeptical of``): the adjective is the predicate, followed by its complement or the end of
    the clause; None before a noun (``worried voters``) or without a copula."""
    following = lowered[position + 1 : position + 2]
    if following == ("to",):
        if tags[position + 2 : position + 3] == ("VB",):
            return None  # an infinitive: "happy to help", "certain to rise" hold no attitude to anything
    elif following and following[0] not in STATE_COMPLEMENTS | CLAUSE_CLOSERS and tags[position + 1] not in CLAUSE_SUBJECT_TAGS:
        return None
    if lowered[position] in NEEDS_COMPLEMENT and not _complemented(lowered, tags, position):
        return None  # "where the economy is concerned,", "the outlook is uncertain": a topic, not a holder's attitude
    before = position - 1
    while before >= 0 and (lowered[before] in ADJECTIVE_MODIFIERS or lowered[before].endswith("ly")):
        before -= 1
    if before < 0 or lowered[before] not in COPULAS or tags[before] == "POS":
        return None
    return before


def _complemented(lowered: tuple[str, ...], tags: tuple[str, ...], position: int) -> bool:
    """Whether the adjective at ``position`` is followed by one of its ``NEEDS_COMPLEMENT`` complements or by a
    content clause without ``that`` (``are certain the deal will fail``)."""
    following = lowered[position + 1 : position + 2]
    if not following or following[0] in CLAUSE_CLOSERS:
        return False
    complements = NEEDS_COMPLEMENT[lowered[position]]
    return following[0] in complements or ("that" in complements and tags[position + 1] in CLAUSE_SUBJECT_TAGS)


def _expresses_an_attitude(lowered: tuple[str, ...], tags: tuple[str, ...], position: int) -> bool:
    """Whether a verb of expression at ``position`` takes an attitude noun as its object (``expressed
    concerns``, ``are raising alarms``, ``voiced strong opposition``), its modifiers between."""
    return _object_noun(lowered, tags, position, attitude_words("nominal")) is not None


def _declares_a_verdict(lowered: tuple[str, ...], tags: tuple[str, ...], position: int) -> bool:
    """Whether ``hold`` at ``position`` takes an object and its predicative adjective of [verdict] (``held the
    rhetoric partly responsible``), within the clause."""
    for at in range(position + 1, min(len(lowered), position + 1 + MAX_NOMINAL_TOKENS)):
        if lowered[at] in attitude_words("verdict"):
            return at > position + 1
        if lowered[at] in CLAUSE_CLOSERS or tags[at] in FINITE_VERB_TAGS:
            return False
    return False


def _holds_an_attitude(lowered: tuple[str, ...], tags: tuple[str, ...], position: int) -> bool:
    """Whether ``have`` at ``position`` takes a noun of a held attitude as its object (``had a favorable
    opinion of``, ``have serious doubts``), not one whose holder follows it (``has the support of``)."""
    noun = _object_noun(lowered, tags, position, attitude_words("held"))
    return noun is not None and lowered[noun + 1 : noun + 2] not in NOMINAL_PREPOSITIONS


def _object_noun(lowered: tuple[str, ...], tags: tuple[str, ...], position: int, nouns: frozenset[str]) -> int | None:
    """The position of the verb's object at ``position`` when it is one of ``nouns``, its modifiers between
    (``voiced their strong opposition``)."""
    for at in range(position + 1, min(len(lowered), position + 1 + EXPRESSION_REACH)):
        if lowered[at] in nouns:
            return at
        if tags[at] not in OBJECT_MODIFIER_TAGS:
            return None
    return None


def _experiencer(document: Document, index: int, position: int, tags: tuple[str, ...]) -> tuple[int, int] | None:
    """(first, last token) of the object of a verb of causing a feeling at ``position`` (``rattled
    supporters``, ``angered many conservatives``), when its head is a noun of people or a quantifier."""
    holder = _nominal_holder(document, index, position, tags)
    if holder is None:
        return None
    head = document.lowered_token_texts[index][holder[1]]
    return holder if head in person_nouns() or head in HEAD_WORDS else None


def _talks_about(lowered: tuple[str, ...], tags: tuple[str, ...], position: int) -> bool:
    """Whether a verb of talking at ``position`` reports its topic: ``about``, ``of`` or ``against`` after its
    adverbs and an ``up`` or ``out`` particle (``talked glowingly about``, ``speak out against``)."""
    at = position + 1
    while at < len(lowered) and (lowered[at] in TALK_PARTICLES or tags[at] == "RB" or lowered[at].endswith("ly")):
        at += 1
    return lowered[at : at + 1] in TOPIC_PREPOSITIONS


def _catenative_before(lowered: tuple[str, ...], tags: tuple[str, ...], position: int) -> int | None:
    """The catenative verb whose infinitive is the cue at ``position`` (``declined to confirm``, ``refused to
    endorse``): its subject is the cue's."""
    if position < 2 or tags[position] != "VB" or lowered[position - 1] != "to":
        return None
    if position >= 3 and lowered[position - 2] in SEMI_AUXILIARY_HEADS and lowered[position - 3] in COPULAS:
        return position - 3  # "women should be able to expect …": the semi-auxiliary's "be" takes the subject
    return position - 2 if lowered[position - 2] in CATENATIVES else None


def _catenative_read_as_participle(lowered: tuple[str, ...], tags: tuple[str, ...], verb: int) -> bool:
    """``Sanders aides declined to confirm``: a past catenative the tagger read as a participle is finite
    right after its subject's head, with no auxiliary of a passive before it."""
    before = verb - 1
    return tags[verb] in MISREAD_VERB_TAGS and before >= 0 and (lowered[before] in HEAD_WORDS or tags[before] in HEAD_TAGS
                                                                or _plural_noun_read_as_verb(lowered, tags, before, verb))  # fmt: skip


def _nominal_holder(document: Document, index: int, position: int, tags: tuple[str, ...]) -> tuple[int, int] | None:
    """(first, last token) of the noun phrase after the preposition at ``position`` that names an attitude's holder:
    ``criticism from many environmentalists``, ``support among Hispanics and African Americans``; its head is
    the last noun before anything but a noun phrase or a conjunction joining another (``and others``)."""
    words = document.lowered_token_texts[index]
    first = position + 1
    if first >= len(words) or tags[first] == "CD":
        return None
    last = None
    for at in range(first, min(len(words), first + MAX_NOMINAL_TOKENS)):
        if tags[at] in PARTICIPLE_TAGS and last == at - 1:
            break  # a participle after the head opens a reduced relative clause: "unions representing a majority"
        if tags[at] in NOMINAL_TAGS:
            if tags[at] in HEAD_TAGS or words[at] in HEAD_WORDS:
                last = at
        elif not (words[at] in ("and", "or") and at + 1 < len(words) and tags[at + 1] in NOMINAL_TAGS - {"DT"}):
            break
    if last is None or words[last] in PERSONAL_PRONOUNS | NOT_HOLDERS | TIME_NOUNS:
        return None
    return first, last


def _frame(quote) -> list[tuple[int, int]]:
    """The text a quote's report takes: its quoted words, and from its speaker's mention to them when the
    mention is near (the cue of ``Reyes believes that …`` lies between). An indirect quote's reported words
    are not its own: an attribution nested in them is read, from a description (``Ackman said investors did
    not appreciate …``)."""
    speaker = quote.speaker
    if quote.type == "indirect" and speaker is None:
        return []  # content the quotes analysis gives no one: a cue in it is the clause's own
    if _catenative(quote):
        return []  # "continues to lead": a phase of an action, no words (the sources analysis drops such quotes)
    spans = [] if quote.type == "indirect" else list(quote.parts)
    if speaker is not None and abs(speaker.start - quote.start) <= NEAR_SPEAKER:
        cue_end = speaker.end + len(quote.cue or "") + CUE_ADVERB_REACH  # "…,” the senator (often) said"
        spans.append((min(speaker.start, quote.start), max(cue_end, quote.start)))
    return spans


def _catenative(quote) -> bool:
    """A quote made at a catenative (``continues to lead``): a phase of an action, not words."""
    cue = (quote.cue or "").lower().split()
    return bool(cue[:1]) and cue[0] in CATENATIVES and cue[1:2] == ["to"]


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
    if tag in FINITE_VERB_TAGS:
        return not (tag == "VBD" and lowered[before : before + 1] in (("is",), ("was",), ("are",), ("were",), ("be",)))
    if tag == "VB":
        return bool(auxiliaries - PERFECT)
    if tag == "VBN" and auxiliaries & PERFECT:
        return True
    return _is_adverb_or_reflexive(auxiliaries) and _finite_read_as_other(lowered, tags, before, position)


def _finite_read_as_other(lowered: tuple[str, ...], tags: tuple[str, ...], before: int, position: int) -> bool:
    """``Some accused Trump of …``, ``Germany views itself as …``, ``independents endorse continuing …``: a cue
    form the tagger read as a participle, adjective or noun is the clause's finite verb when it stands between
    a subject's head and the opening of an object (a determiner, a name, a pronoun, a gerund); a participle
    before ``by`` or a time word postmodifies instead (``the plan backed by …``, ``a poll released Friday``)."""
    if tags[position] not in MISREAD_VERB_TAGS or before < 0 or position + 1 >= len(lowered):
        return False
    subject_head = lowered[before] in HEAD_WORDS or tags[before] in HEAD_TAGS
    following = lowered[position + 1]
    if tags[position] == "NNS" and is_document_noun(lowered[before]) and following in CLAUSE_CLOSERS:
        return True  # a headline's "…, poll finds;": a cue read as a plural noun after a document closes the clause
    return subject_head and tags[position + 1] in OBJECT_OPENERS and following != "by" and following not in TIME_NOUNS


def _reports_a_proposition(lowered: tuple[str, ...], position: int) -> bool:
    """Whether a verb of perception or knowledge reports a proposition: before a that- or wh-clause (``saw
    that``, ``know whether``), with an ``as`` complement (``sees the state as …``), or closing a parenthetical
    (``…, the study found.``, ``as Tuesday's results show,``)."""
    following = lowered[position + 1 : position + 1 + AS_REACH]
    if following[:1] and following[0] in CLAUSE_OPENERS and following[1:2] == ("to",):
        return False  # a wh-infinitive ("know how to draw the line", "see what to do"): a skill or a course, no view
    if not following or following[0] in CLAUSE_OPENERS | CLAUSE_CLOSERS:
        return True
    return "as" in following and not set(following[: following.index("as")]) & CLAUSE_CLOSERS


def _content_clause_after(tags: tuple[str, ...], position: int) -> bool:
    """Whether a content clause without ``that`` follows the verb at ``position`` (``assume the Fed will wait``):
    a finite verb or modal within a subject's reach, before any clause break."""
    for at in range(position + 1, min(len(tags), position + 1 + MAX_SUBJECT_TOKENS + 1)):
        if tags[at] in FINITE_VERB_TAGS or tags[at] == "MD":
            return True
        if tags[at] in (",", ".", ":"):
            return False
    return False


def _before_verb(lowered: tuple[str, ...], position: int) -> int:
    """The last token before the verb's auxiliaries and adverbs, a parenthetical adverb between commas (``a
    poll has, however, revealed``), a short parenthesis after the subject (``Sen. Ted Cruz (Tex.) would``) and
    the opening mark of a predicate the writer quotes (a survey's answer: ``30 percent "strongly agree"``)."""
    before = position - 1
    while before >= 0:
        word = lowered[before]
        if word in BETWEEN_SUBJECT_AND_VERB or word.endswith("ly") or _opens_quoted_predicate(lowered, before, position):
            before -= 1
        elif word == "," and before >= 2 and lowered[before - 2] == "," and _is_adverb(lowered[before - 1]):
            before -= 3
        elif word == ")" and "(" in lowered[max(0, before - PARENTHESIS_REACH) : before]:
            before = max(at for at in range(max(0, before - PARENTHESIS_REACH), before) if lowered[at] == "(") - 1
        else:
            break
    return before


def _opens_quoted_predicate(lowered: tuple[str, ...], mark: int, position: int) -> bool:
    """Whether the token at ``mark`` opens a quotation of the verb at ``position`` and its adverbs alone, closed
    right after the verb (``30 percent "strongly agree"``), not a quotation that closes before it."""
    return lowered[mark] in QUOTE_MARKS and lowered[position + 1 : position + 2] in QUOTE_MARK_TOKENS


def _is_adverb_or_reflexive(words: Iterable[str]) -> bool:
    return all(word in ADVERBS or word.endswith("ly") for word in words)


def _is_adverb(word: str) -> bool:
    return word in SENTENCE_ADVERBS or word.endswith("ly")


def _subject(document: Document, index: int, position: int, tags: tuple[str, ...]) -> tuple[int, int, int] | None:
    """(sentence, first token, last token) of the noun phrase that opens the cue's clause, or None."""
    words = document.lowered_token_texts[index]
    end = _before_verb(words, position)
    subject_relative = end > 0 and words[end] in ("that", "which") and tags[end] == "WDT" and tags[end - 1] in HEAD_TAGS
    if subject_relative:
        end -= 1  # a subject relative clause: "demographic groups that favored her" — its antecedent holds the view
    if end >= 2 and words[end] in PARTITIVE_PRONOUNS and words[end - 1] == "of" and words[end - 2] in HEAD_WORDS:
        end -= 2  # a partitive: in "many of them believe" the quantifier is the head, the pronoun its whole
    if end >= 1 and words[end] in FLOATING_QUANTIFIERS and tags[end - 1] in ("NNS", "NNPS", "PRP"):
        end -= 1  # "colleagues all fully supported them": the quantifier floats after its noun phrase
    if end >= 1 and words[end - 1 : end + 1] == NO_ONE:
        return (index, end - 1, end)  # "no one underestimates him": the negative compound pronoun, in two words
    if end < 0 or words[end] in PERSONAL_PRONOUNS | NOT_HOLDERS | TIME_NOUNS:
        return None
    if not (words[end] in HOLDER_WORDS or tags[end] in HEAD_TAGS or _plural_noun_read_as_verb(words, tags, end, position)):
        relative = head_of_relative(document, index, end)  # "some who advocate free speech believe"
        return (index, *relative) if relative is not None else None
    start = end
    while start > 0 and end - start < MAX_SUBJECT_TOKENS - 1 and tags[start - 1] in NOMINAL_TAGS:
        if words[start - 1] in CLAUSE_SUBJECT_OPENERS:
            break
        start -= 1
        if words[start] in DETERMINERS:
            break  # a determiner opens its noun phrase: in "anything the senator said" the senator's clause is relative
    if start > 0 and words[start - 1] == "not" and words[start] in UNIVERSALS:
        start -= 1  # "not everyone is convinced": a negated universal is the subject's quantifier
    elif start > 0 and words[start - 1] in COMPARATIVE_QUANTIFIERS and tags[start - 1] in ("RBR", "RBS"):
        start -= 1  # "more voters had …": a quantifier before its noun, whatever the tagger made of it
    if start >= 2 and words[start - 1] in RELATIVE_WORDS and tags[start - 2] in HEAD_TAGS:
        return None  # an object relative clause ("the message that party officials expect to hear") reports nothing
    if start > 0 and words[start - 1] in OBJECT_RELATIVES and (tags[end] in HEAD_TAGS or words[end] in HEAD_WORDS):
        return (index, start, end)  # "the war, which most Whigs opposed", "what Summers has advocated": its subject
    coordinated = start >= 2 and words[start - 1] in ("and", "or") and tags[start - 2] in HEAD_TAGS  # nouns joined, no clause
    if start > 0 and (words[start - 1] not in CLAUSE_SUBJECT_OPENERS or (subject_relative and coordinated)):
        outer = head_before(document, index, start)  # "people close to the governor", "some of his admirers"
        if outer is None and subject_relative and is_document_noun(words[end]):
            return (index, start, end)  # "walked them through a study that predicted …": the relative's antecedent
        if outer is None:
            return None  # not the clause's subject: "the report told officials …"
        return (index, outer[0], end)
    if all(tag == "CD" for tag in tags[start : end + 1]):
        return None  # a bare count stands for a noun said elsewhere: "611 in favor, 748 opposed"
    return (index, start, end)


def _plural_noun_read_as_verb(words: tuple[str, ...], tags: tuple[str, ...], end: int, position: int) -> bool:
    """``campaign aides believe``: a plural noun the tagger read as a verb; two finite verbs never stand side
    by side in one clause, so an ``-s`` word right before a finite cue (its adverbs or an emphatic reflexive
    between: ``billionaires themselves often disagree``) is its subject's head."""
    return (_is_adverb_or_reflexive(words[end + 1 : position]) and tags[end] == "VBZ" and tags[position] in ("VBP", "VBD", "VBN")
            and words[end].endswith("s") and words[end] not in AUXILIARY_S)  # fmt: skip


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
