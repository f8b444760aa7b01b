"""Turn what the user named (paths, URLs, ``-``) into article texts ready to model, or one-line input errors.

Every input path (files, standard input, URLs, JSON Lines records) ends in ``prepare_text``, so every article
gets the same policy:

- control characters: C0 and C1 controls other than tab and line breaks are replaced by a space, vertical tab
  and form feed by a newline, with a warning. One character for one keeps every offset true to the decoded
  input, and no escape sequence from an article reaches a terminal;
- line endings: a lone CR (old Mac files) becomes a newline (again one for one); CRLF is kept as it is;
- HTML (``.html``/``.htm`` files, pages fetched from URLs, or text that opens like a page) is reduced to its
  main text by ``newscli.html``; offsets then refer to that extracted text.

Nothing here touches the user's files beyond reading them.
"""

from __future__ import annotations

import codecs
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .input_checks import InputError, read_limited

# A worker holds about 150 bytes of memory per byte of input (on top of ~140 MB of models) while it analyses
# an article (measured: docs/robustness.md): 5 MB keeps a worker under 1 GB, and is 50 times a long news article.
DEFAULT_MAX_BYTES = 5_000_000
MEMORY_PER_INPUT_BYTE = 150
# What bytes that are not UTF-8 are read as; text in it never holds C0 controls other than white space.
LEGACY_ENCODING = "cp1252"
BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Controls replaced by a space: C0 but tab, newline, vertical tab, form feed and CR; DEL; C1.
CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
LINE_BREAK_CONTROLS = re.compile(r"[\x0b\x0c]|\r(?!\n)")
# Any complete UTF-8 sequence of two or more bytes: a file that has one is UTF-8, whatever else it holds.
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# What Python's surrogateescape makes of a byte that is not UTF-8.
ODD_BYTE = re.compile("[\udc80-\udcff]")
HTML_SUFFIXES = (".html", ".htm")
# Text that opens like a web page (after white space and comments) is read as HTML.
HTML_OPENING = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|div|p)[\s>]", re.IGNORECASE | re.DOTALL)
URL_SCHEMES = ("http://", "https://")
STDIN_NAME = "-"
TEXT_FORMAT = "text"
HTML_FORMAT = "html"


@dataclass(frozen=True)
class Source:
    """One article as read: its name (path, URL or ``-``), its text ready to model, and what reading found.

    ``title``, ``author`` and ``date`` are what an HTML page's own metadata says; ``warnings`` are one-line
    messages for standard error (odd bytes, replaced control characters, a text that is not English).
    """

    name: str
    text: str
    format: str = TEXT_FORMAT
    title: str | None = None
    author: str | None = None
    date: date | None = None
    warnings: tuple[str, ...] = ()


def is_url(name: str) -> bool:
    return name.lower().startswith(URL_SCHEMES)


def decode(name: str, data: bytes, warnings: list[str] | None = None) -> str:
    """Decode article bytes: UTF-8 (BOM optional, odd non-UTF-8 bytes read as Windows-1252 with a warning),
    UTF-16 with a BOM, else Windows-1252; refuse binary and undecodable data."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(name, f"not valid UTF-16 text (byte {error.start})") from None
    else:
        if b"\x00" in data:
            raise InputError(name, _binary_problem(data))
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            if UTF8_SEQUENCE.search(data):
                text, odd = _utf8_with_odd_bytes(data)
                if warnings is not None:
                    warnings.append(f"{name}: {odd} byte(s) not UTF-8 (the first at byte offset {error.start}) read as Windows-1252")
            else:
                text = _legacy_text(name, data, error.start)
    return check_text(name, text)


def _binary_problem(data: bytes) -> str:
    """NUL bytes mean binary data, unless every other byte is NUL: then it is UTF-16 that lost its BOM."""
    sample = data[:4096]
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    if len(sample) >= 4 and max(even_nuls, odd_nuls) >= 0.8 * (len(sample) // 2) and min(even_nuls, odd_nuls) == 0:
        return "binary data (NUL bytes); it looks like UTF-16 without a byte-order mark: save it as UTF-8 (or UTF-16 with a BOM)"
    return "binary data (NUL bytes), not text"


def _utf8_with_odd_bytes(data: bytes) -> tuple[str, int]:
    """UTF-8 with a few bytes that are not: each is read as the Windows-1252 character it most likely was (an
    é, a curly quote pasted from Word), or U+FFFD where Windows-1252 has none, and the valid rest stays as it
    is. Returns the text and the number of odd bytes."""
    text = data.decode("utf-8-sig", "surrogateescape")
    return ODD_BYTE.sub(_cp1252_character, text), len(ODD_BYTE.findall(text))


def _cp1252_character(match: re.Match) -> str:
    character = bytes([ord(match.group()) - 0xDC00]).decode(LEGACY_ENCODING, "replace")
    return "\ufffd" if CONTROLS.match(character) else character


def check_text(name: str, text: str) -> str:
    """Refuse decoded text that is binary or has nothing in it; the checks every input's text gets."""
    if "\x00" in text:
        raise InputError(name, "binary data (NUL characters), not text")
    if not text.strip():
        raise InputError(name, "empty or whitespace-only text")
    return text


def _legacy_text(name: str, data: bytes, offset: int) -> str:
    """Bytes that are not UTF-8: Windows-1252 (CMS exports, old Word files), unless they are binary."""
    try:
        text = data.decode(LEGACY_ENCODING)
    except UnicodeDecodeError:
        raise InputError(name, f"neither UTF-8 nor Windows-1252 text (undecodable byte at offset {offset})") from None
    if BINARY_CONTROLS.search(text):
        raise InputError(name, "binary data (control characters), not text")
    return text


def clean_controls(name: str, text: str, warnings: list[str]) -> str:
    """The control-character policy (see the module's docstring); the result has the length of ``text``."""
    text = LINE_BREAK_CONTROLS.sub("\n", text)
    found = CONTROLS.search(text)
    if found is None:
        return text
    count = len(CONTROLS.findall(text))
    warnings.append(f"{name}: {count} control character(s) (the first at character offset {found.start()}) replaced by spaces")
    return CONTROLS.sub(" ", text)


def looks_like_html(text: str) -> bool:
    return HTML_OPENING.match(text) is not None


def prepare_text(name: str, text: str, *, html: bool | None = None, warnings: list[str] | None = None) -> Source:
    """Decoded text to an article ready to model: checked, controls and line ends cleaned, HTML extracted
    (``html`` None: decide from the text), and checked for being English."""
    from .language import english_warning

    found = [] if warnings is None else warnings
    text = check_text(name, text)
    if html is None:
        html = looks_like_html(text)
    title = author = page_date = None
    if html:
        from .html import extract_article

        page = extract_article(name, text)
        text, title, author, page_date = page.text, page.title, page.author, page.date
    text = clean_controls(name, check_text(name, text), found)
    if warning := english_warning(text):
        found.append(f"{name}: {warning}")
    return Source(name, text, HTML_FORMAT if html else TEXT_FORMAT, title, author, page_date, tuple(found))


def read_source(name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read one named input; ``-`` is standard input, ``http(s)://…`` a web page."""
    warnings: list[str] = []
    html: bool | None = None
    if is_url(name):
        from .fetch import fetch

        page = fetch(name, max_bytes=max_bytes)
        text = decode(name, page.data, warnings) if page.charset is None else _decode_declared(name, page.data, page.charset)
        html = page.is_html
    elif name == STDIN_NAME:
        text = decode(name, read_limited(sys.stdin.buffer, name, max_bytes), warnings)
    else:
        path = Path(name)
        if path.is_dir():
            raise InputError(name, "is a directory, not a file")
        if not path.exists():
            raise InputError(name, "no such file")
        try:
            with path.open("rb") as handle:
                data = read_limited(handle, name, max_bytes)
        except OSError as error:
            raise InputError(name, f"cannot be read ({error.strerror or error})") from None
        text = decode(name, data, warnings)
        html = True if path.suffix.lower() in HTML_SUFFIXES else None
    return prepare_text(name, text, html=html, warnings=warnings)


def _decode_declared(name: str, data: bytes, charset: str) -> str:
    """A web page in the character set its server declared; an unknown or wrong one falls back to sniffing."""
    try:
        return check_text(name, data.decode(charset))
    except (LookupError, UnicodeDecodeError):
        return decode(name, data)
