"""Extractive summaries: the few of an article's own sentences that give its gist.

Methods (``METHODS``), each ranking the candidate sentences of the body:

- ``lead``: the first sentences, the baseline every news summariser is measured against.
- ``textrank`` (Mihalcea & Tarau 2004): PageRank over a graph whose edge between two sentences weighs
  the content words they share (each as the product of its counts in the two, as sumy counts), divided
  by the sum of the logarithms of their lengths.
- ``lexrank`` (Erkan & Radev 2004): PageRank over the graph linking sentences whose tf-idf cosine
  reaches ``LEXRANK_THRESHOLD`` (unweighted edges, the paper's thresholded LexRank).
- ``news`` (default): a steep position prior (the gist comes first) plus a fifth of PACSUM's
  position-aware centrality (Zheng & Lapata 2019): similarity to later sentences counts for a sentence,
  similarity to earlier ones against it. Judged on summaries written by people (docs/summarize.md).

Costs are bounded: graph edges join sentences at most ``GRAPH_WINDOW`` positions apart (O(sentences ×
window), never an all-pairs matrix), and ``news`` computes centrality for its first
``NEWS_CENTRAL_CANDIDATES`` candidates only.

Every method but ``lead`` controls redundancy: no two chosen sentences have a content-word cosine of
``DUPLICATE_SIMILARITY`` or more, and of two such the fuller one is kept. Sentences under
``MIN_STANDALONE_WORDS`` words (and, for ``lexrank``, those opening with a word that points back: ``He
added …``, ``However, …``) come only when nothing better is left. No method picks a heading, a caption or a
fragment: a title, date line or subheading (a paragraph of one short line that does not end like a
sentence), a picture caption (a paragraph ending in a credit such as ``Image: Nick Moreau.``, a short
sentence without a verb, a sentence pointing at a picture that restates another) or a paragraph opening
in lower case. Page furniture never gets here: the reader sets it aside (``document.furniture``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from .characters import ascii_quotes
from .data import read_list
from .document import Document, Span
from .furniture import PICTURE_REFERENCE
from .keyphrases import KeyPhrase, stop_words

METHODS = ("news", "lead", "textrank", "lexrank")
DEFAULT_SENTENCES = 3
GRAPH_WINDOW = 40
DAMPING = 0.85
CONVERGENCE = 1e-6
MAX_ITERATIONS = 100
LEXRANK_THRESHOLD = 0.1
# Redundancy: two sentences whose content-word sets have a cosine of at least this are near-duplicates,
# and a summary never holds both (the restated lede: "X will be confirmed as Y's manager on Friday …" /
# "Y will confirm X as the club's new manager on Friday").
DUPLICATE_SIMILARITY = 0.6
# A standalone summary sentence has at least this many words.
MIN_STANDALONE_WORDS = 5
HEADING_MAX_WORDS = 25
# A sentence of at most this many words and no verb (Penn tags VB*, MD) is a caption or label.
CAPTION_MAX_WORDS = 12
VERB_TAGS = ("VB", "MD")
# news: exp(-p / NEWS_POSITION_DECAY) for the candidate at position p, plus NEWS_CENTRALITY_WEIGHT × its
# position-aware centrality (PACSUM: similarity to later sentences counts 1, to earlier ones
# NEWS_BACKWARD_WEIGHT), scaled so the most central sentence has 1; chosen on the development data
# (docs/summarize.md).
NEWS_POSITION_DECAY = 2.0
NEWS_CENTRALITY_WEIGHT = 0.2
NEWS_BACKWARD_WEIGHT = -0.5
# Candidates beyond this position get no centrality: their prior (below exp(-30/2) = 3e-7) plus the
# centrality's at most NEWS_CENTRALITY_WEIGHT cannot outrank the early sentences a summary is made of.
NEWS_CENTRAL_CANDIDATES = 30
SENTENCE_END = re.compile(r"[.!?][\"')\]]*$")
POSSESSIVE = re.compile(r"'s?$")


@dataclass(frozen=True)
class SummarySentence(Span):
    sentence: int  # index among the body sentences (``Document.sentences``)
    score: float


@dataclass(frozen=True)
class Summary:
    method: str
    sentences: tuple[SummarySentence, ...]  # in article order
    keyphrases: tuple[KeyPhrase, ...]
    requested: int | None  # sentences asked for (None with a word budget)
    available: int  # sentences that may be summary sentences (headings excluded)
    short: bool  # the article has no more sentences than asked: all of them are returned

    def to_json(self) -> dict:
        return {
            "summary": [
                {"text": s.text, "start": s.start, "end": s.end, "sentence": s.sentence, "score": s.score}
                for s in self.sentences
            ],
            "keyphrases": [{"text": k.text, "score": k.score, "count": k.count} for k in self.keyphrases],
            "summary_info": {
                "method": self.method,
                "requested": self.requested,
                "available": self.available,
                "short": self.short,
            },
        }


@dataclass(frozen=True)
class Candidate:
    index: int  # body sentence index
    stems: Counter  # content-word stems and their counts
    words: int
    complete: bool  # at least MIN_STANDALONE_WORDS words, not starting in lower case
    dangling: bool  # opens with a word pointing back (``He added …``, ``However, …``)

    @cached_property
    def stem_set(self) -> frozenset[str]:
        """The distinct stems, made once: a candidate is compared with up to 2 × GRAPH_WINDOW others."""
        return frozenset(self.stems)


def summarize(
    doc: Document,
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    words: int | None = None,
    method: str = "news",
    keyphrases: int = 10,
) -> Summary:
    """Summarise ``doc`` in ``sentences`` sentences (default 3), or ``ratio`` of its sentences, or the most
    sentences within ``words`` words; with the top ``keyphrases`` key phrases (0: none, no tagging)."""
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose from {', '.join(METHODS)}")
    if sum(option is not None for option in (sentences, ratio, words)) > 1:
        raise ValueError("give at most one of sentences, ratio and words")
    candidates = candidate_sentences(doc)
    if words is not None:
        requested = None
        short = sum(candidate.words for candidate in candidates) <= words
    else:
        requested = max(1, round(ratio * len(candidates))) if ratio is not None else sentences or DEFAULT_SENTENCES
        short = len(candidates) <= requested
    scores = RANKERS[method](candidates)
    if short:
        chosen = list(range(len(candidates)))
    elif method == "lead":
        chosen = _take_lead(candidates, requested, words)
    else:
        chosen = _select(candidates, scores, requested, words, defer_dangling=method in DEFERS_DANGLING)
    top = max(scores, default=0.0) or 1.0
    picked = tuple(
        SummarySentence(
            doc.sentences[candidates[i].index].text,
            doc.sentences[candidates[i].index].start,
            doc.sentences[candidates[i].index].end,
            candidates[i].index,
            round(scores[i] / top, 4),
        )
        for i in sorted(chosen)
    )
    phrases: tuple[KeyPhrase, ...] = ()
    if keyphrases > 0:
        from .keyphrases import extract_keyphrases

        phrases = extract_keyphrases(doc, limit=keyphrases)
    return Summary(method, picked, phrases, requested, len(candidates), short)


# --- candidates -------------------------------------------------------------------------------


@cache
def _dangling_openers() -> tuple[frozenset[tuple[str, ...]], tuple[int, ...]]:
    """The openers as word tuples, and their lengths: a sentence's first words are looked up once per length."""
    openers = frozenset(tuple(opener.split()) for opener in read_list("dangling_openers.txt"))
    return openers, tuple(sorted({len(opener) for opener in openers}))


# What each step of NLTK's Porter stemmer can remove or rewrite: the suffixes of its rules (Porter 1980, with
# NLTK's additions: "alli", "fulli", "logi", the "ies"/"ied" forms; steps 1b and 5a test their own endings first).
# A word ending in none of a step's suffixes leaves it unchanged, so the step, which builds its table of rules at
# every call, is not run: two thirds of stemming a new word.
PORTER_STEP_SUFFIXES = {
    "_step1a": ("s",),  # sses, ies, ss, s
    "_step1c": ("y",),
    "_step2": ("ational", "tional", "enci", "anci", "izer", "bli", "abli", "alli", "entli", "eli", "ousli", "ization",
               "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "fulli", "logi"),
    "_step3": ("icate", "ative", "alize", "iciti", "ical", "ful", "ness"),
    "_step4": ("al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism",
               "ate", "iti", "ous", "ive", "ize"),
    "_step5b": ("ll",),
}  # fmt: skip


@cache
def _stemmer():
    from .nltk_modules import private_nltk

    with private_nltk():
        from nltk.stem.porter import PorterStemmer

    class SkippingStemmer(PorterStemmer):
        """NLTK's Porter stemmer, passing over the steps that cannot change a word (``PORTER_STEP_SUFFIXES``)."""

    def skipping(step, suffixes: tuple[str, ...]):
        return lambda self, word: step(self, word) if word.endswith(suffixes) else word

    for name, suffixes in PORTER_STEP_SUFFIXES.items():
        setattr(SkippingStemmer, name, skipping(getattr(PorterStemmer, name), suffixes))
    return SkippingStemmer()


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    return _stemmer().stem(word)


def content_stems(words) -> Counter:
    """Porter stems of the words that are not stop words (possessive ``'s`` dropped)."""
    return Counter(found for word in words if (found := _content_stem(word.text)) is not None)


@lru_cache(maxsize=1 << 16)
def _content_stem(word: str) -> str | None:
    """The Porter stem of a word as written, None for a stop word or a word without a letter or digit: the same
    for every occurrence of a word, so worked out once per word."""
    lowered = POSSESSIVE.sub("", ascii_quotes(word).lower())
    if lowered and lowered not in stop_words() and any(char.isalnum() for char in lowered):
        return stem(lowered)
    return None


def candidate_sentences(doc: Document) -> list[Candidate]:
    """The body sentences that may be summary sentences: all but the headline (``Document.headline``), headings,
    captions, fragments and sentences without words."""
    excluded = _headings(doc) | _captions(doc) | _fragments(doc)
    if doc.headline is not None:  # the reader's headline stays text, never a summary sentence, whatever its shape
        excluded.update(doc.headline.sentence_indices())
    candidates = []
    for index, words in enumerate(doc.sentence_words):
        if index in excluded or not words:
            continue
        opener = tuple(ascii_quotes(word.text).lower().strip("\"'") for word in words[:4])
        openers, lengths = _dangling_openers()
        dangling = any(opener[:length] in openers for length in lengths)
        complete = len(words) >= MIN_STANDALONE_WORDS and not words[0].text[0].islower()
        candidates.append(Candidate(index, content_stems(words), len(words), complete, dangling))
    return _without_restating_captions(doc, candidates)


def _without_restating_captions(doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """Drops a sentence that points at a picture (``Bishop John Folda (pictured) of …``) and is a near-duplicate
    of another candidate at most GRAPH_WINDOW away: the caption that repeats the lede, which tabloid pages run
    into the text without a full stop of its own."""
    restating = {
        position
        for position, candidate in enumerate(candidates)
        if PICTURE_REFERENCE.search(doc.sentences[candidate.index].text)
        and any(
            _similarity(candidate, candidates[other]) >= DUPLICATE_SIMILARITY
            for other in range(max(0, position - GRAPH_WINDOW), min(len(candidates), position + GRAPH_WINDOW + 1))
            if other != position
        )
    }
    return [candidate for position, candidate in enumerate(candidates) if position not in restating]


def _fragments(doc: Document) -> set[int]:
    """Sentences opening a paragraph with a lower-case word (``pictured at the mosque in 2008.``): the tail of
    a caption or a line whose start was cut off, never the start of an article's paragraph. A word whose
    second letter is a capital (``iPhone``, ``eBay``) is a name, not a fragment."""
    fragments = set()
    for paragraph in doc.paragraphs:
        words = doc.sentence_words[paragraph.first_sentence] if paragraph.last_sentence > paragraph.first_sentence else ()
        if words and words[0].text[:1].islower() and not any(char.isupper() for char in words[0].text[1:]):
            fragments.add(paragraph.first_sentence)
    return fragments


def _headings(doc: Document) -> set[int]:
    """Sentences that are a whole one-line paragraph not ending like a sentence: titles, date lines,
    subheadings. If every paragraph looks so (a text without punctuation), none is taken for a heading."""
    headings = set()
    for paragraph in doc.paragraphs:
        indices = paragraph.sentence_indices()
        if len(indices) != 1 or "\n" in paragraph.text:
            continue
        index = indices[0]
        if len(doc.sentence_words[index]) <= HEADING_MAX_WORDS and not SENTENCE_END.search(
            ascii_quotes(doc.sentences[index].text)
        ):
            headings.add(index)
    return headings if len(headings) < len(doc.sentences) else set()


@cache
def _caption_credit():
    names = "|".join(re.escape(word) for word in read_list("caption_credits.txt"))
    return re.compile(rf"\b(?:{names})\s*:\s*\S")


def _captions(doc: Document) -> set[int]:
    """Sentences of paragraphs whose last sentence carries a picture credit (``Image: Nick Moreau.``), and
    short sentences without a verb (``The current flag of New Zealand.``): a label, not a statement."""
    captions = {
        index
        for paragraph in doc.paragraphs
        if paragraph.last_sentence > paragraph.first_sentence
        and _caption_credit().search(doc.sentences[paragraph.last_sentence - 1].text)
        for index in paragraph.sentence_indices()
    }
    short = [index for index, words in enumerate(doc.sentence_words) if 0 < len(words) <= CAPTION_MAX_WORDS]
    if short:  # tagging only where a label could be
        captions.update(index for index in short if not any(tag.startswith(VERB_TAGS) for tag in doc.pos_tags[index]))
    return captions


# --- rankers: one score per candidate ----------------------------------------------------------


def lead_scores(candidates: list[Candidate]) -> list[float]:
    return [1 / (1 + position) for position in range(len(candidates))]


def textrank_scores(candidates: list[Candidate]) -> list[float]:
    """TextRank: edges weigh shared content words over log|Si| + log|Sj| (lengths in content words)."""
    return pagerank(_textrank_graph(candidates))


def _textrank_graph(candidates: list[Candidate]) -> list[list[tuple[int, float]]]:
    """Edges weigh the content words two sentences share, each counted as often as it occurs in both (the
    product of its counts, as sumy counts), over log|Si| + log|Sj|."""
    logs = [math.log(max(sum(candidate.stems.values()), 2)) for candidate in candidates]

    def similarity(i: int, j: int) -> float:
        small, large = sorted((candidates[i].stems, candidates[j].stems), key=len)
        shared = sum(count * large[stem] for stem, count in small.items() if stem in large)
        return shared / (logs[i] + logs[j])

    return _window_graph(len(candidates), similarity)


def lexrank_scores(candidates: list[Candidate]) -> list[float]:
    """LexRank: an edge joins sentences whose tf-idf cosine (idf over the article's sentences) reaches the threshold."""
    count = len(candidates)
    document_frequency = Counter(stem for candidate in candidates for stem in candidate.stems)
    idf = {stem: math.log(count / frequency) for stem, frequency in document_frequency.items()}
    vectors = [{s: tf * idf[s] for s, tf in candidate.stems.items() if idf[s] > 0} for candidate in candidates]
    norms = [math.sqrt(sum(value * value for value in vector.values())) for vector in vectors]

    def similarity(i: int, j: int) -> float:
        if not norms[i] or not norms[j]:
            return 0.0
        small, large = sorted((vectors[i], vectors[j]), key=len)
        dot = sum(value * large[s] for s, value in small.items() if s in large)
        return 1.0 if dot / (norms[i] * norms[j]) >= LEXRANK_THRESHOLD else 0.0

    return pagerank(_window_graph(count, similarity))


def news_scores(candidates: list[Candidate]) -> list[float]:
    """The position prior plus a weighted, scaled position-aware centrality (PACSUM, Zheng & Lapata 2019)."""
    centrality = position_aware_centrality(candidates)
    top = max(centrality, default=0.0)
    scale = NEWS_CENTRALITY_WEIGHT / top if top > 0 else 0.0
    return [
        math.exp(-position / NEWS_POSITION_DECAY) + scale * max(value, 0.0)
        for position, value in enumerate(centrality)
    ]


def position_aware_centrality(candidates: list[Candidate]) -> list[float]:
    """PACSUM's directed degree: a sentence gains the similarity (cosine of content-word sets) it shares with
    each later sentence and NEWS_BACKWARD_WEIGHT times that with each earlier one — what later sentences
    take up is the gist, what restates earlier ones is not. Only the first NEWS_CENTRAL_CANDIDATES
    candidates are scored (later ones have 0: the position prior has made them unreachable), over pairs at
    most GRAPH_WINDOW apart, so the cost does not grow with the article."""
    scored = min(len(candidates), NEWS_CENTRAL_CANDIDATES)
    centrality = [0.0] * len(candidates)
    # The similarity is symmetric: a pair of scored sentences is compared once, when the earlier one is scored.
    forward: dict[tuple[int, int], float] = {}
    for i in range(scored):
        for j in range(max(0, i - GRAPH_WINDOW), min(len(candidates), i + GRAPH_WINDOW + 1)):
            if j > i:
                weight = forward[i, j] = _similarity(candidates[i], candidates[j])
                centrality[i] += weight
            elif j < i:
                centrality[i] += NEWS_BACKWARD_WEIGHT * forward[j, i]
    return centrality


# Methods that take sentences opening with a word that points back only when the others run out.
DEFERS_DANGLING = frozenset({"lexrank"})
RANKERS = {"news": news_scores, "lead": lead_scores, "textrank": textrank_scores, "lexrank": lexrank_scores}


def _window_graph(count: int, similarity) -> list[list[tuple[int, float]]]:
    """Undirected weighted graph as adjacency lists, linking sentences at most GRAPH_WINDOW apart."""
    graph: list[list[tuple[int, float]]] = [[] for _ in range(count)]
    for i in range(count):
        for j in range(i + 1, min(count, i + GRAPH_WINDOW + 1)):
            weight = similarity(i, j)
            if weight > 0:
                graph[i].append((j, weight))
                graph[j].append((i, weight))
    return graph


def pagerank(
    graph: list[list[tuple[int, float]]], *, damping: float = DAMPING, teleport: list[float] | None = None
) -> list[float]:
    """Weighted PageRank by power iteration. Random jumps (and the rank of nodes without edges) go to
    each node in proportion to ``teleport`` (uniform by default: plain PageRank)."""
    count = len(graph)
    if not count:
        return []
    total = sum(teleport) if teleport else 0.0
    jump = [value / total for value in teleport] if teleport and total else [1 / count] * count
    out_weight = [sum(weight for _, weight in edges) for edges in graph]
    rank = list(jump)
    for _ in range(MAX_ITERATIONS):
        isolated = sum(rank[i] for i in range(count) if not out_weight[i])
        new = [(1 - damping + damping * isolated) * share for share in jump]
        for i, edges in enumerate(graph):
            if out_weight[i]:
                share = damping * rank[i] / out_weight[i]
                for j, weight in edges:
                    new[j] += share * weight
        change = sum(abs(a - b) for a, b in zip(new, rank, strict=False))
        rank = new
        if change < CONVERGENCE:
            break
    return rank


# --- selection ---------------------------------------------------------------------------------


def _take_lead(candidates: list[Candidate], count: int | None, words: int | None) -> list[int]:
    """The first candidates: ``count`` of them, or as many as fit in ``words`` (at least one)."""
    if words is None:
        return list(range(count or 0))
    chosen: list[int] = []
    used = 0
    for position, candidate in enumerate(candidates):
        if chosen and used + candidate.words > words:
            break
        chosen.append(position)
        used += candidate.words
    return chosen


def _select(
    candidates: list[Candidate], scores: list[float], count: int | None, words: int | None, *, defer_dangling: bool
) -> list[int]:
    """Best-scored candidates, skipping near-duplicates of those already chosen: ``count`` of them, or the
    most that fit in ``words`` (the best one alone when none fits). Incomplete sentences (and, with
    ``defer_dangling``, those opening with a word that points back) come only when the others run out."""
    ranked = sorted(range(len(candidates)), key=lambda i: (-scores[i], i))
    deferred = [not candidate.complete or (defer_dangling and candidate.dangling) for candidate in candidates]
    tiers = [[i for i in ranked if not deferred[i]], [i for i in ranked if deferred[i]]]
    chosen: list[int] = []
    used = 0
    for tier in tiers:
        for i in tier:
            if count is not None and len(chosen) == count:
                return chosen
            if words is not None and used + candidates[i].words > words:
                continue
            duplicates = [j for j in chosen if _similarity(candidates[i], candidates[j]) >= DUPLICATE_SIMILARITY]
            if duplicates:
                # Of two sentences saying the same, the summary keeps the one saying more.
                if any(len(candidates[j].stems) >= len(candidates[i].stems) for j in duplicates):
                    continue
                if words is not None and used - sum(candidates[j].words for j in duplicates) + candidates[i].words > words:
                    continue
                chosen = [j for j in chosen if j not in duplicates]
                used -= sum(candidates[j].words for j in duplicates)
            chosen.append(i)
            used += candidates[i].words
    return chosen or ranked[:1]


def _similarity(a: Candidate, b: Candidate) -> float:
    if not a.stems or not b.stems:
        return 0.0
    return len(a.stem_set & b.stem_set) / math.sqrt(len(a.stems) * len(b.stems))
