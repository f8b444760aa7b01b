"""The records of the quotes analysis: the public result (``Quotes``, ``Quote``, ``Speaker``,
``SpeakerSummary``) and the internal ones the layers pass along (``MarkSpan``, ``Candidate``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .speakers import Mention, ResolvedSpeaker

QUOTE_TYPES = ("direct", "indirect", "mixed")


@dataclass(frozen=True)
class Speaker:
    name: str
    mention: str
    role: str | None
    start: int
    end: int

    def to_json(self) -> dict:
        return {"name": self.name, "mention": self.mention, "role": self.role, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Quote:
    """One piece of reported speech. ``parts`` are the quoted words' spans (a split or continued quote has
    several); ``start``/``end`` run from the first part's start to the last part's end; ``text`` is the parts
    joined with `` … ``."""

    text: str
    start: int
    end: int
    type: str  # "direct" | "indirect" | "mixed"
    marks: bool
    cue: str | None
    speaker: Speaker | None
    paragraph: int
    parts: tuple[tuple[int, int], ...]

    @property
    def words(self) -> int:
        return sum(len(re.findall(r"\w+(?:['’]\w+)*", part)) for part in self.text.split(" … "))

    def to_json(self) -> dict:
        record = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "marks": self.marks,
            "cue": self.cue,
            "speaker": self.speaker.to_json() if self.speaker else None,
            "paragraph": self.paragraph,
        }
        if len(self.parts) > 1:
            record["parts"] = [list(part) for part in self.parts]
        return record


@dataclass(frozen=True)
class SpeakerSummary:
    name: str
    role: str | None
    quotes: int
    words: int
    share: float  # of all the words quoted from named speakers; not in the JSON, whose readers can divide

    def to_json(self) -> dict:
        return {"name": self.name, "role": self.role, "quotes": self.quotes, "words": self.words}


@dataclass(frozen=True)
class Quotes:
    quotes: tuple[Quote, ...]
    speakers: tuple[SpeakerSummary, ...]

    def to_json(self) -> dict:
        return {"quotes": [q.to_json() for q in self.quotes], "speakers": [s.to_json() for s in self.speakers]}

    def filtered(self, *, speaker: str | None = None, quote_type: str | None = None) -> Quotes:
        """The quotes of one speaker (matched on the canonical name, any word of it, or the mention) and/or
        of one type; speakers are summarised again over what is kept."""
        kept = [
            quote
            for quote in self.quotes
            if (quote_type is None or quote.type == quote_type) and (speaker is None or _is_speaker(quote, speaker))
        ]
        if len(kept) == len(self.quotes):
            return self
        return Quotes(tuple(kept), summarise_speakers(kept))


def _is_speaker(quote: Quote, wanted: str) -> bool:
    if quote.speaker is None:
        return False
    wanted = wanted.casefold()
    name = quote.speaker.name.casefold()
    return wanted in (name, quote.speaker.mention.casefold()) or wanted in name.split()


@dataclass
class MarkSpan:
    """A quotation-mark span: content offsets (marks excluded) and the mark offsets."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None  # None: closed by the end of the paragraph
    paragraph: int
    continues: bool = False  # opened a paragraph continuing an unclosed quote of the previous one
    used: bool = False


@dataclass
class Candidate:
    parts: list[tuple[int, int]]
    type: str
    marks: bool
    cue: tuple[int, int] | None
    mention: Mention | None
    paragraph: int
    sentence: int
    frame: str = ""  # "trailing" (also medial), "front", "colon", "participle", "source", "question", "continuation"
    stance: bool = False  # a position or belief (a stance verb or phrase, a claim noun), not speech
    nested: bool = False  # a stance or relative-clause frame inside the content of an earlier frame (both kept)


def build_quote(text: str, candidate: Candidate, speaker: ResolvedSpeaker | None) -> Quote:
    parts = tuple(sorted(candidate.parts))
    cue = text[candidate.cue[0] : candidate.cue[1]] if candidate.cue else None
    return Quote(
        text=" … ".join(text[start:end] for start, end in parts),
        start=parts[0][0],
        end=parts[-1][1],
        type=candidate.type,
        marks=candidate.marks,
        cue=cue,
        speaker=Speaker(speaker.name, speaker.mention.text, speaker.role, speaker.mention.start, speaker.mention.end) if speaker else None,
        paragraph=candidate.paragraph,
        parts=parts,
    )


def summarise_speakers(quotes: list[Quote]) -> tuple[SpeakerSummary, ...]:
    order: dict[str, list[Quote]] = {}
    for quote in quotes:
        if quote.speaker:
            order.setdefault(quote.speaker.name, []).append(quote)
    words = {name: sum(q.words for q in said) for name, said in order.items()}
    total = sum(words.values()) or 1
    summaries = []
    for name, said in order.items():
        role = next((q.speaker.role for q in said if q.speaker is not None and q.speaker.role), None)
        summaries.append(SpeakerSummary(name, role, len(said), words[name], words[name] / total))
    return tuple(summaries)
