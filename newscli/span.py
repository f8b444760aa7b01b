"""The located-text types every layer shares, in a module of their own so that the header reader
(``meta``, ``furniture``) and the document model can both use them; ``newscli.document`` re-exports them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A stretch of the original text: ``text == document.text[start:end]``. Every analysis' located
    result (a mention, an expression, a quote's part) is a Span or carries one."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Furniture(Span):
    """Text the reader set aside from the body: a header line, a headline, a dateline, a picture caption,
    a video prompt, a credit or boilerplate line. ``kind`` says which; no analysis reads it."""

    kind: str

    def to_json(self) -> dict:
        return {"kind": self.kind, **super().to_json()}
