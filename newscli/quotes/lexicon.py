"""Word lists of the quotes analysis: closed-class words as named constants, cue verbs and phrases loaded from
``data/speech_verbs.txt`` and ``data/speech_phrases.txt``.
"""

from __future__ import annotations

import re
from functools import cache

from ..data import read_sections

SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})


SPEAKING_PERSONS = frozenset({"i", "we", "you"})
# A cue's -ing form after a degree adverb is an adjective ("the most telling promise"), not a verb.
DEGREE_ADVERBS = frozenset({"most", "more", "least", "less", "very"})


FIRST_SECOND_PERSON = re.compile(r"\b(I|we|We|us|Us|our|Our|ours|my|My|me|you|You|your|Your|I'm|I’m|we're|we’re)\b")


THIRD_PERSON_START = re.compile(r"^(He|She|His|Her|They|Their)\b")


# Reported content ends within this many characters of its cue (longer than any real sentence): each cue of a
# run-on text looks that far, not to the end of the text.
MAX_CONTENT_CHARS = 2_000


RELATIVE_CLAUSE = re.compile(r",\s+(?:which|whom)\s+(?:he|she|they|it|we|I|you)\b")  # "…, which he called …"


NEW_SPEAKER_CLAUSE = re.compile(r",? (?:and|but) (?:he|she|they)\b")


QUOTED_THEN_CLAUSE = re.compile(r"[”\"],?\s+(?=[A-Z][a-z])|(?<=\s)[—–-]\s+(?=(?:while|as|which|who|and|but)\b)")


DETERMINERS = frozenset({"the", "a", "an", "this", "another", "his", "her", "its", "their", "our", "my"})


# Capitalised sentence openers that are never part of a speaker's name.
OPENERS = frozenset({"and", "but", "so", "yet", "or", "while", "when", "ever", "since", "after", "before", "as",
                     "if", "then", "meanwhile", "still", "also", "now", "later", "hours", "days", "in", "on", "at",
                     "asked", "speaking", "though", "although", "because", "instead", "however", "here", "for", "with"})  # fmt: skip


# Words that open a speaker mention as a determiner does ("several observers", "one company", "59 percent").
QUANTIFIERS = frozenset({"one", "another", "some", "many", "several", "most", "few", "both", "all", "two", "three",
                         "four", "five", "other", "others", "half", "none"})  # fmt: skip


CLAUSE_START = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those", "the", "a", "an", "his",
     "her", "its", "their", "our", "my", "some", "many", "most", "much", "all", "no", "any", "if", "whether",
     "every", "more", "only", "both", "what", "how", "why", "when", "one", "none", "nothing", "everyone"}
)  # fmt: skip


# Words a speaker mention never contains (the backward scan for the subject of a cue stops at them).
STOP_WORDS = frozenset(
    {"that", "which", "who", "whom", "whose", "when", "where", "while", "if", "whether", "as", "because", "but", "and",
     "or", "to", "in", "on", "at", "by", "with", "from", "into", "than", "is", "was", "are", "were", "be",
     "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can", "must",
     "do", "does", "did", "not", "also", "then", "there", "it", "he", "she", "they", "we", "i", "you", "him",
     "them", "us", "me", "so", "what", "how", "why", "after", "before", "about", "over", "under", "for",
     "however", "though", "although", "once", "even", "just", "still", "yet", "said", "says", "say", "told"}
)  # fmt: skip


# Words between a subject and its cue: "Hayashi also said", "he has repeatedly said", "she did say".
AUXILIARIES = frozenset(
    {"has", "have", "had", "also", "later", "then", "again", "previously", "recently", "repeatedly", "once",
     "did", "does", "do", "would", "will", "further", "separately", "earlier", "often", "publicly",
     "privately", "reportedly", "still", "even", "first", "already", "just", "simply", "flatly", "quickly", "now",
     "never", "always", "not", "may", "might", "could", "should", "can", "must", "cannot", "both", "well",
     "n't", "'ve", "'d", "'ll", "'re", "'m"}
)  # fmt: skip


REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})  # "Obama himself said", between subject and cue


PREPOSITIONS = frozenset({"on", "at", "in", "during", "to", "from", "via", "after", "before", "with", "late", "over"})


TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
     "tonight", "earlier", "later", "last", "this", "next", "week", "month", "year", "morning", "afternoon",
     "evening", "night", "recently", "again", "previously", "also", "then", "now", "once", "publicly",
     "separately", "repeatedly"}
)  # fmt: skip

# Lower-case forms of the capitalised words that do not make a name (``Also``, ``Monday``): both sets, joined once
# rather than at each word tested.
NOT_NAME_WORDS = STOP_WORDS | TIME_WORDS


GO_FORMS = frozenset({"go", "goes", "went", "gone", "going"})  # "went on to say"


# Words that name a time by themselves ("on Tuesday", "last week"), unlike "last" or "this".
TIME_NOUNS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                        "yesterday", "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night"})  # fmt: skip


# Month names for time adjuncts ("in March"); not "may", which is a modal first.
MONTHS = frozenset({"january", "february", "march", "april", "june", "july", "august", "september", "october",
                    "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."})  # fmt: skip


YEAR = re.compile(r"(?:19|20)\d\d")


YEAR_OR_DAY = re.compile(r"(?:19|20)\d\d|\d\d?")  # "in 2015", "on March 5"


OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "reporters", "journalists", "lawmakers", "supporters"})


PARTICIPLE_INTRODUCERS = frozenset({"by", "from", "after", "while", "before", "without", "when"})  # "by saying that"


# Cues with which an outlet or a document, rather than a person, speaks: their mark-less speech is indirect.
REPORT_LEMMAS = frozenset({"report", "according to"})


PARTICLES = frozenset({"back", "out"})  # "wrote back:", "pointed out that"


# Prepositions that belong to a stance cue when they follow it ("calls for", "agreed with", "voted against").
STANCE_PARTICLES = frozenset({"for", "to", "with", "against", "about", "behind", "of"})


# "Trump's claim that …", "her support for …": the words linking a claim noun to its content.
CLAIM_LINKS = frozenset({"that", "of", "for", "to", "about", "against", "on"})


POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})


PRONOUN_WORDS = SUBJECT_PRONOUNS | POSSESSIVE_PRONOUNS


MAX_CLAIM_MODIFIERS = 3


MAX_LABEL_WORDS = 4


SURVEY_NAME_WORD = re.compile(r"[\w/-]+|'s")  # "a Washington Post/ABC News poll", "the CNN-ORC poll"


SURVEY_NOUNS = frozenset({"poll", "polls", "survey", "surveys"})  # "in a CNN poll, …": the survey is the source


# Words that open a headline label rather than a source's name ("UPDATE: …", "WATCH: …").
HEADLINE_LABELS = frozenset({"update", "updated", "watch", "exclusive", "breaking", "video", "photos", "analysis",
                             "opinion", "editorial", "note", "correction", "related", "read", "listen", "live",
                             "q", "a", "question", "answer", "tags", "topics", "see", "more"})  # fmt: skip


# Passive belief verbs without an agent and the word that must follow them: "is expected to", "is seen as",
# "was asked whether".
PASSIVE_CUES = {"expected": ("to",), "believed": ("to",), "thought": ("to",), "said": ("to",), "rumored": ("to",),
                "reported": ("to",), "seen": ("as",), "viewed": ("as",), "considered": ("to", "a", "an", "the"),
                "regarded": ("as",), "estimated": ("to",), "predicted": ("to",), "alleged": ("to",),
                "projected": ("to",), "asked": ("about", "whether", "what", "if", "how", "why", "to")}  # fmt: skip


# "Asked about the plan, Rubio …", "… when asked whether …": the words that may open the question put to a
# source, and the words before a sentence-internal "asked" that make it such a question.
ASKED_LINKS = frozenset({"about", "for", "whether", "if", "what", "who", "how", "why", "when", "to"})


ASKED_INTRODUCERS = frozenset({"when", "after", "once", "if"})


# Verbs of impression and the word that must follow them: "seems to", "appeared to", "seems like".
EVIDENTIAL_CUES = {form: ("to", "like") for form in ("seem", "seems", "seemed", "appear", "appears", "appeared")}


CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "--"})


PROGRESSIVE = frozenset({"is", "are", "was", "were", "been", "be", "'s", "'re", "'m"})


# Tags that cannot open a stance's object: a preposition or particle the cue does not take, a verb, a clause's end.
NOT_CONTENT_TAGS = frozenset({"IN", "RP", "MD", "VB", "VBD", "VBZ", "VBP", "VBN", "CC", ",", ".", ":"})


# Things that speak for their authors ("a statement saying", "an article stating").
DOCUMENT_NOUNS = frozenset({"statement", "release", "article", "letter", "email", "e-mail", "post", "tweet", "report",
                            "website", "video", "ad", "memo", "column", "editorial", "op-ed", "note", "message"})  # fmt: skip


# Tags of the words of a noun phrase after its determiner ("the retired neurosurgeon").
NOUN_PHRASE_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "VBG"})


MIN_SPEECH_WORDS = 3


MAX_INTRODUCTION_TOKENS = 4  # "In addition ," before a source phrase


MAX_MENTION_TOKENS = 9


MAX_TRAILING_WORDS = 12


SCARE_QUOTE_WORDS = 4


DEDUPE_WINDOW = 8


MAX_APPOSITION_TOKENS = 25


APPOSITION_MARKS = frozenset({",", ")", "—", "–", "-", "--"})


SPLIT_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|St)\.$")


FINITE_VERB = re.compile(r"[a-z]+(?:ed|s)")


COPULAS = frozenset({"is", "was", "has", "does", "as", "its", "his", "this", "us", "yes", "news", "less", "unless"})


# A capitalised word of a speaker mention ("Reynolds", "Rep.", "O'Neill", "Reuters/Ipsos").
CAPITALISED = re.compile(r"^[A-Z][\w.'/-]*$")


NAME_WORD = re.compile(r"^[A-Z][a-z][\w.'’-]*$|^[A-Z]\.$")


HEADLINE_SHARE = 0.6  # a sentence with this share of capitalised words is a title-case headline


NEAR_COMMA = 25  # characters: a comma this close before a later frame ends the earlier content


# Idioms whose "as" does not introduce a source ("such as Trump said", "as well as").
AS_IDIOMS = frozenset({"such", "well"})


RELATIVE_PRONOUNS = frozenset({"who", "whose", "whom", "which", "that"})


RELATIVE_WHO = re.compile(r"\W*who\b")  # between a speaker and its cue: "supporters who have suggested"


# Relative pronouns whose clause a speech verb inside it reports ("which critics said was discriminatory").
SPEECH_RELATIVES = frozenset({"which", "whom", "that"})


GAP_TAGS = frozenset({("MD",), ("VB",), ("VBD",), ("VBZ",), ("VBP",)})  # the verb of a relative clause's gap
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # past, and present third person singular or not


# Words that continue the frame's sentence rather than open new speech after it ("said Soto, who lost …").
RELATIVE_WORDS = frozenset({"who", "which", "whose", "whom", "when", "as", "while", "after", "before", "because",
                            "where", "referring", "though", "although", "but", "and"})  # fmt: skip


@cache
def cue_lexicon() -> dict[str, tuple[str, str]]:
    """Verb form → (lemma, class) where class is ``clause`` or ``object``."""
    lexicon: dict[str, tuple[str, str]] = {}
    for section, lines in read_sections("speech_verbs.txt").items():
        for forms in map(str.split, lines):
            lemma = forms[0].rstrip("*")
            for form in forms:
                if not form.endswith("*"):
                    lexicon[form] = (lemma, section or "clause")
    return lexicon


def is_base_form(word: str) -> bool:
    """Whether ``word`` is a cue verb's base form, its lemma (``say``, not ``says`` or ``said``)."""
    entry = cue_lexicon().get(word)
    return entry is not None and entry[0] == word


@cache
def participles() -> frozenset[str]:
    """The -ing forms of the cues: ``…, saying …``, ``…, adding that …``."""
    return frozenset(form for form in cue_lexicon() if form.endswith("ing"))


@cache
def participle_clause() -> re.Pattern:
    return re.compile(r",\s*(?:" + "|".join(sorted(participles())) + r")\b")


@cache
def _phrases(section: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.lower().split()) for line in read_sections("speech_phrases.txt").get(section, ()))


@cache
def phrases_by_first_word(section: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of a section indexed by their first word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(_phrases(section), key=len, reverse=True):
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in index.items()}


@cache
def claim_nouns() -> frozenset[str]:
    return frozenset(phrase[0] for phrase in _phrases("claim"))
