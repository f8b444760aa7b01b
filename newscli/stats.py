"""Length, readability and style figures of an article's body."""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass

from .document import Document, Sentence, Span
from .readability import reading_ease_label, textstat

READING_WORDS_PER_MINUTE = 238
SPEAKING_WORDS_PER_MINUTE = 150
LONG_SENTENCE_WORDS = 30
MTLD_THRESHOLD = 0.72
BE_FORMS = frozenset({
    "be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m", "get", "gets", "got", "gotten",
    "getting",
})
# Words that may stand between the auxiliary and the participle: "was not immediately told".
PASSIVE_GAP_TAGS = frozenset({"RB", "RBR", "RBS"})


@dataclass(frozen=True)
class SentenceRef(Span):
    words: int


@dataclass(frozen=True)
class Readability:
    flesch_reading_ease: float
    reading_ease_label: str
    flesch_kincaid_grade: float
    gunning_fog: float
    smog_index: float
    coleman_liau_index: float
    automated_readability_index: float
    dale_chall: float
    consensus_grade: float


@dataclass(frozen=True)
class Style:
    passive_count: int
    passive_share: float
    passive_sentences: tuple[SentenceRef, ...]
    ly_adverbs_per_100_words: float


@dataclass(frozen=True)
class Stats:
    characters: int
    words: int
    sentences: int
    paragraphs: int
    avg_sentence_words: float
    median_sentence_words: float
    longest_sentence: SentenceRef | None
    long_sentences: tuple[SentenceRef, ...]
    avg_word_length: float
    syllables_per_word: float
    complex_word_share: float
    type_token_ratio: float
    mtld: float
    reading_time_seconds: int
    speaking_time_seconds: int
    readability: Readability
    style: Style

    def to_json(self) -> dict:
        return {"stats": asdict(self)}


def compute_stats(doc: Document) -> Stats:
    """All figures for one document; readability formulas run on the body text only."""
    ts = textstat()
    words = [word.text for word in doc.words]
    lowered_words = list(map(str.lower, words))
    word_count = len(words)
    sentence_words = [len(words) for words in doc.sentence_words]
    refs = [_ref(sentence, count) for sentence, count in zip(doc.sentences, sentence_words, strict=False)]
    body = "\n\n".join(paragraph.text for paragraph in doc.paragraphs)
    passive = [refs[index] for index in range(len(doc.sentences)) if _is_passive(doc, index)]
    ly_adverbs = sum(  # the lowered texts have typographic quotes in ASCII, which leaves an -ly ending as it is
        1
        for sentence_tags, lowered in zip(doc.pos_tags, doc.lowered_token_texts, strict=False)
        for tag, word in zip(sentence_tags, lowered, strict=False)
        if tag == "RB" and word.endswith("ly")
    )
    reading_ease = _round(ts.flesch_reading_ease(body))
    return Stats(
        characters=len(body),
        words=word_count,
        sentences=len(doc.sentences),
        paragraphs=len(doc.paragraphs),
        avg_sentence_words=_round(_ratio(word_count, len(doc.sentences))),
        median_sentence_words=_round(statistics.median(sentence_words)) if sentence_words else 0.0,
        longest_sentence=max(refs, key=lambda ref: ref.words, default=None),
        long_sentences=tuple(ref for ref in refs if ref.words > LONG_SENTENCE_WORDS),
        avg_word_length=_round(_ratio(sum(map(len, words)), word_count)),
        # textstat counts over the body at once (per word, its per-call overhead doubled the cost of stats);
        # its polysyllable count is words of 3+ syllables.
        syllables_per_word=_round(_ratio(ts.syllable_count(body), word_count)),
        complex_word_share=_round(_ratio(ts.polysyllabcount(body), word_count)),
        type_token_ratio=_round(_ratio(len(set(lowered_words)), word_count)),
        mtld=_round(mtld(lowered_words)),
        reading_time_seconds=round(word_count * 60 / READING_WORDS_PER_MINUTE),
        speaking_time_seconds=round(word_count * 60 / SPEAKING_WORDS_PER_MINUTE),
        readability=Readability(
            flesch_reading_ease=reading_ease,
            reading_ease_label=reading_ease_label(reading_ease),
            flesch_kincaid_grade=_round(ts.flesch_kincaid_grade(body)),
            gunning_fog=_round(ts.gunning_fog(body)),
            smog_index=_round(ts.smog_index(body)),
            coleman_liau_index=_round(ts.coleman_liau_index(body)),
            automated_readability_index=_round(ts.automated_readability_index(body)),
            dale_chall=_round(ts.dale_chall_readability_score(body)),
            consensus_grade=_round(ts.text_standard(body, float_output=True)),
        ),
        style=Style(
            passive_count=len(passive),
            passive_share=_round(_ratio(len(passive), len(doc.sentences))),
            passive_sentences=tuple(passive),
            ly_adverbs_per_100_words=_round(_ratio(100 * ly_adverbs, word_count)),
        ),
    )


def mtld(words: list[str], threshold: float = MTLD_THRESHOLD) -> float:
    """Measure of textual lexical diversity (McCarthy & Jarvis 2010): mean of forward and backward passes."""
    if not words:
        return 0.0
    return (_mtld_pass(words, threshold) + _mtld_pass(words[::-1], threshold)) / 2


def _mtld_pass(words: list[str], threshold: float) -> float:
    factors = 0.0
    types: set[str] = set()
    tokens = 0
    for word in words:
        tokens += 1
        if word not in types:
            # A new word cannot bring the ratio down to the threshold (k/t > threshold gives (k+1)/(t+1) >
            # threshold, in floating point too: division rounds monotonically), so only a repeated one is tested.
            types.add(word)
            continue
        if len(types) / tokens <= threshold:
            factors += 1
            types.clear()
            tokens = 0
    if tokens:
        factors += (1 - len(types) / tokens) / (1 - threshold)
    return len(words) / factors if factors else float(len(words))


def _is_passive(doc: Document, index: int) -> bool:
    """A form of *be* or *get*, optionally followed by adverbs, then a past participle (VBN).

    Existential *there is* is skipped: in "there is renewed activity" the participle is an adjective.
    """
    tokens = doc.sentences[index].tokens
    tags = doc.pos_tags[index]
    for position, lowered in enumerate(doc.lowered_token_texts[index]):
        # ``lowered`` has every typographic quote in ASCII, this form only the apostrophe: a word with another
        # (‘s) is not one of the forms. The first test, on a text at hand, rules out most tokens.
        if lowered not in BE_FORMS or tokens[position].text.lower().replace("\u2019", "'") not in BE_FORMS:
            continue
        if position and tags[position - 1] == "EX":
            continue
        following = position + 1
        while following < len(tokens) and tags[following] in PASSIVE_GAP_TAGS:
            following += 1
        if following < len(tokens) and tags[following] == "VBN":
            return True
    return False


def _ref(sentence: Sentence, words: int) -> SentenceRef:
    return SentenceRef(sentence.text, sentence.start, sentence.end, words)


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def _round(value: float) -> float:
    return round(float(value), 2)


@dataclass(frozen=True)
class ThresholdFailure:
    """A CI threshold the article broke: which, its limit, the article's value and by how much."""

    option: str
    figure: str
    limit: float
    value: float

    @property
    def excess(self) -> float:
        return round(abs(self.value - self.limit), 2)

    def message(self) -> str:
        side = "above the maximum" if self.option.startswith("--max") else "below the minimum"
        return f"{self.option}: {self.figure} is {self.value:g}, {self.excess:g} {side} of {self.limit:g}"


def check_thresholds(
    stats: Stats,
    *,
    max_grade: float | None = None,
    min_reading_ease: float | None = None,
    max_sentence_words: int | None = None,
    max_passive: float | None = None,
) -> list[ThresholdFailure]:
    """The thresholds (those given) that the article fails."""
    longest = stats.longest_sentence.words if stats.longest_sentence else 0
    checks = [
        ("--max-grade", "Flesch–Kincaid grade", max_grade, stats.readability.flesch_kincaid_grade, True),
        ("--min-reading-ease", "Flesch reading ease", min_reading_ease, stats.readability.flesch_reading_ease, False),
        ("--max-sentence-words", "the longest sentence's word count", max_sentence_words, longest, True),
        ("--max-passive", "the share of passive sentences", max_passive, stats.style.passive_share, True),
    ]
    return [
        ThresholdFailure(option, figure, limit, value)
        for option, figure, limit, value, is_maximum in checks
        if limit is not None and (value > limit if is_maximum else value < limit)
    ]
