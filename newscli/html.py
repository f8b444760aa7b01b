"""A web page to its article: main text, title, author and date, extracted with trafilatura.

Nothing is fetched: trafilatura gets the page's markup as a string and no URL, so it never follows the links,
images or scripts the page names. Navigation, related links, comments and other page furniture are left out
by trafilatura; what remains is the text newscli analyses, and every offset refers to it. Its blocks
(paragraphs, headings, list items) are separated by a blank line, as paragraphs of a text article are.

trafilatura is imported here only, so that it costs nothing when no input is HTML; it comes with the ``html``
extra (see docs/robustness.md for why it is not a core dependency).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .input_checks import InputError, parse_iso_date

INSTALL_HINT = "reading HTML needs the html extra: pip install 'newscli[html]'"


@dataclass(frozen=True)
class Article:
    text: str
    title: str | None
    author: str | None
    date: date | None


def extract_article(name: str, markup: str) -> Article:
    """The main text and metadata of a page; ``InputError`` when there is no article text in it."""
    try:
        import trafilatura
    except ImportError:
        raise InputError(name, INSTALL_HINT) from None
    try:
        found = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            # the page's own publication date, not any date its text happens to mention
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:  # lxml and trafilatura raise many kinds on broken markup
        raise InputError(name, f"cannot be read as HTML ({type(error).__name__})") from None
    fields = found if isinstance(found, dict) else found.as_dict() if found is not None else {}
    text = (fields.get("text") or "").strip()
    if not text:
        raise InputError(name, "no article text found in the HTML page")
    title = _clean(fields.get("title"))
    blocks = [line.strip() for line in text.splitlines() if line.strip()]
    if len(blocks) > 1 and title and " ".join(blocks[0].split()).casefold() == title.casefold():
        blocks = blocks[1:]  # the headline is the title, not the article's first paragraph
    return Article(
        "\n\n".join(blocks),
        title,
        _clean(fields.get("author")),
        _page_date(fields.get("date")),
    )


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None


def _page_date(value: str | None) -> date | None:
    try:
        return parse_iso_date(value[:10]) if value else None
    except ValueError:
        return None
