"""The sources result: one record per source of an article and the article's figures over them."""

from __future__ import annotations

from dataclasses import dataclass

GENDERS = ("female", "male", "unknown")
KINDS = ("person", "organisation", "group", "anonymous")
NAMED_KINDS = frozenset({"person", "organisation"})


@dataclass(frozen=True)
class Source:
    """A source: a canonical speaker of ``quotes``, or a person or organisation the article names without
    quoting (``quotes == 0``). ``gender`` is ``None`` for anything but a person; ``gender_basis`` says which
    evidence decided it (``honorific``, ``pronoun``, ``role noun``, ``first name``) or is ``None``."""

    name: str
    kind: str  # one of KINDS
    role: str | None
    category: str  # a role category of data/source_roles.txt, or "other"
    gender: str | None
    gender_basis: str | None
    quotes: int
    words: int
    share: float  # of the article's attributed quoted words
    first_paragraph: int | None  # of its first quote
    mentions: int
    attributions: int = 0  # beliefs and findings attributed to it without a quote ("Reyes fears …")

    @property
    def quoted(self) -> bool:
        return self.quotes > 0

    @property
    def attributed(self) -> bool:
        """Given a voice in paraphrase only: attributions, no quote."""
        return self.attributions > 0 and not self.quoted

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "category": self.category,
            "gender": self.gender,
            "gender_basis": self.gender_basis,
            "quotes": self.quotes,
            "words": self.words,
            "share": round(self.share, 4),
            "first_paragraph": self.first_paragraph,
            "mentions": self.mentions,
            "attributions": self.attributions,
        }


@dataclass(frozen=True)
class SourceSummary:
    """An article's (or a corpus's) sourcing figures. Counts are of quoted sources unless named otherwise."""

    articles: int
    quoted_sources: int
    named_sources: int  # people and organisations quoted
    anonymous_sources: int
    quoted_words: int
    words_by_gender: dict[str, int]  # quoted words of people, by gender
    words_by_category: dict[str, int]  # quoted words of every source, by role category
    people_mentioned_by_gender: dict[str, int]  # every person named, quoted or not
    people_quoted_by_gender: dict[str, int]
    single_source_articles: int  # articles with quotes from exactly one source
    attributed_sources: int = 0  # sources given a voice in paraphrase only (attributions, no quote)

    @property
    def anonymous_share(self) -> float:
        return self.anonymous_sources / self.quoted_sources if self.quoted_sources else 0.0

    @property
    def share_by_gender(self) -> dict[str, float]:
        return _shares(self.words_by_gender)

    @property
    def share_by_category(self) -> dict[str, float]:
        return _shares(self.words_by_category)

    @property
    def single_source(self) -> bool:
        return self.articles == 1 and self.single_source_articles == 1

    def to_json(self) -> dict:
        return {
            "articles": self.articles,
            "quoted_sources": self.quoted_sources,
            "named_sources": self.named_sources,
            "anonymous_sources": self.anonymous_sources,
            "anonymous_share": round(self.anonymous_share, 4),
            "quoted_words": self.quoted_words,
            "words_by_gender": self.words_by_gender,
            "share_by_gender": self.share_by_gender,
            "words_by_category": self.words_by_category,
            "share_by_category": self.share_by_category,
            "people_mentioned_by_gender": self.people_mentioned_by_gender,
            "people_quoted_by_gender": self.people_quoted_by_gender,
            "single_source": self.single_source,
            "single_source_articles": self.single_source_articles,
            "attributed_sources": self.attributed_sources,
        }


def _shares(counts: dict[str, int]) -> dict[str, float]:
    total = sum(counts.values())
    return {key: round(value / total, 4) if total else 0.0 for key, value in counts.items()}


@dataclass(frozen=True)
class Sources:
    sources: tuple[Source, ...]  # quoted sources first (by quoted words), then the named-only ones
    summary: SourceSummary

    def to_json(self) -> dict:
        return {"sources": [source.to_json() for source in self.sources], "source_summary": self.summary.to_json()}
