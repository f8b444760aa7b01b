"""The article header: what comes before the body and is not part of it.

Recognised, in this order, before the first body paragraph:
- YAML front matter (``---`` … ``---``) with keys such as date, title, author, source;
- a headline: a first line of its own, in title case, without a final full stop, or followed by a dateline;
- metadata lines: ``date 2023-05-10``, ``Date: May 10, 2023``, ``Title: …``, ``Source: …``, ``By …``, a line
  that is only a date, and the web-page header blocks a copied page brings along (``By . Jane Doe .
  PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . …``, ``Last updated at 1:25 AM on 3rd August
  2011``), whose lines the corpus form of such pages flattens into `` . ``-separated segments;
- dateline lines: short lines naming a place, an outlet and/or a lone dash (``Tokyo`` / ``CNN`` / ``–``);
- a dateline opening the first paragraph: ``TOKYO (Reuters) - …``, ``Tokyo, May 10 (CNN) —``, ``(CNN) --``.

A line is metadata only when all of it is, and a long line never is: a header never swallows body text.
Every header line read is reported in ``Meta.removed`` with its offsets, so that nothing is silently lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from .data import read_list
from .span import Furniture

Date = date  # the type, for fields declared after the field named ``date``

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
META_KEYS = {
    "date": "date",
    "published": "published",
    "posted": "published",
    "updated": "updated",
    "modified": "updated",
    "title": "title",
    "headline": "title",
    "author": "author",
    "byline": "author",
    "source": "source",
    "outlet": "source",
    "dateline": "dateline",
    "place": "dateline",
}
DATE_KEYS = frozenset({"date", "published", "updated"})
# A metadata line is short: ``Published: 07:04 EST, 9 January 2014`` is one, the same words followed by the
# article's first sentence on the same line are not.
MAX_META_LINE_CHARS = 100
MAX_HEADLINE_WORDS = 30
MAX_HEADER_LINES = 60
LINE = re.compile(r"[^\n]*(?:\n|$)")
# Page copy flattened to one line (the CNN/Daily Mail corpus form) marks each line of the page that had no
# full stop of its own with `` . ``: ``By . Jane Doe . PUBLISHED: . 14:11 EST, …``.
FLATTENED_LINE_END = re.compile(r"[ \t]+\.(?=[ \t])[ \t]*")
# Values end at their last non-space character: a lazy ``.*?`` before ``\s*$`` would try the rest of every run
# of spaces at each step (quadratic on a long line of spaces).
META_LINE = re.compile(r"\s*(?P<key>[A-Za-z]+)\s*:\s*(?P<value>\S(?:.*\S)?)\s*$")
KEY_ONLY_LINE = re.compile(r"\s*(?P<key>[A-Za-z]+)\s*:\s*$")
BARE_DATE_LINE = re.compile(r"\s*date\s+(?P<value>\d{4}-\d{2}-\d{2})\s*$", re.IGNORECASE)
UPDATED_LINE = re.compile(r"\s*(?:last\s+)?(?P<key>updated|published|posted|modified)\b", re.IGNORECASE)
NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
BYLINE = re.compile(rf"\s*By\s+(?P<value>{NAME}(?:\s+and\s+[A-Z](?:[\w.'’ -]*[\w.'’-])?)?)\s*$")
BY_ONLY = re.compile(r"\s*By\s*$")
NAME_LINE = re.compile(rf"\s*(?P<value>{NAME}(?:\s+(?:for|of|in|at)\s+{NAME})?)\s*$")
AND_NAME_LINE = re.compile(rf"\s*(?P<value>and\s+{NAME})\s*$")
SEPARATOR_LINE = re.compile(r"\s*[|•·]\s*$")
WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
DATE_ONLY_LINE = re.compile(
    rf"\s*{WEEKDAY}(?:[A-Z][a-z]+\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\s*$"
)
LONE_DASH = re.compile(r"\s*[-–—]+\s*$")
LINE_PLACE = r"[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3}"
PLACE_LINE = re.compile(rf"\s*(?P<value>{LINE_PLACE})\s*$")
# ``LONDON 1996-08-30``: a wire dateline line with the story's date.
DATED_PLACE_LINE = re.compile(rf"\s*(?P<value>{LINE_PLACE})\s+(?P<when>\d{{4}}-\d{{2}}-\d{{2}})\s*$")
PLACE = r"[A-Z][\w.'’-]*(?:[ ]+[A-Z][\w.'’-]*){0,3}"
ONE_LINE_DATELINE = re.compile(
    rf"(?P<place>{PLACE}(?:,[ ]+(?![A-Z][a-z]{{2,8}}\.?[ ]+\d){PLACE})?)?"
    r"(?:,\s*(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*(?:\((?P<source>[^()\n]{2,40})\)[ \t]*)?(?P<dash>(?:[-–—]+|_)(?:[ \t]+|\s*(?:\n|$))|)"
)
# A one-line dateline is short: it is looked for only this far into the first paragraph, so that a long
# run of word characters and dashes cannot make the pattern backtrack over the whole text.
MAX_DATELINE_CHARS = 200
# How a header line inside the body can begin: a byline, a ``Key:``, ``Last updated``.
INNER_HEADER_OPENER = re.compile(r"[ \t]*(?:By\b|Last updated\b|[A-Za-z]+[ \t]*:)")
SMALL_WORDS = frozenset(
    {
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "of", "on", "or", "over", "the", "to",
        "up", "via", "vs", "with", "are", "be", "was", "were", "its", "his", "her", "their", "our"
    }
)
TERMINAL = ".!?"
CLOSERS = "\"'”’)]"

ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
MONTH_FIRST_DATE = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
DAY_FIRST_DATE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")


@dataclass(frozen=True)
class Meta:
    """What the header says about the article, and what the reader set aside from the body (``removed``:
    header lines, headline, dateline, captions, credits; each with its kind and offsets)."""

    date: date | None = None
    title: str | None = None
    dateline: str | None = None
    source: str | None = None
    author: str | None = None
    published: Date | None = None
    updated: Date | None = None
    removed: tuple[Furniture, ...] = field(default=())

    def with_date(self, value: Date) -> Meta:
        return replace(self, date=value)

    def with_removed(self, removed: tuple[Furniture, ...]) -> Meta:
        return replace(self, removed=removed)

    def to_json(self) -> dict:
        return {
            "date": self.date.isoformat() if self.date else None,
            "title": self.title,
            "dateline": self.dateline,
            "source": self.source,
            "author": self.author,
            "published": self.published.isoformat() if self.published else None,
            "updated": self.updated.isoformat() if self.updated else None,
            "removed": [item.to_json() for item in self.removed],
        }


def parse_date(value: str) -> date | None:
    """A calendar date from ``2023-05-10``, ``2023-05-10T09:00Z``, ``May 10, 2023``, ``10 May 2023`` or
    ``3rd August 2011``."""
    value = value.strip().strip("\"'")
    try:
        if match := ISO_DATE.match(value):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if (match := MONTH_FIRST_DATE.match(value)) and match[1].lower() in MONTHS:
            return date(int(match[3]), MONTHS[match[1].lower()], int(match[2]))
        if (match := DAY_FIRST_DATE.match(value)) and match[2].lower() in MONTHS:
            return date(int(match[3]), MONTHS[match[2].lower()], int(match[1]))
    except ValueError:
        return None
    return None


def find_date(value: str) -> date | None:
    """The first calendar date written anywhere in a short header value (``14:11 EST, 25 October 2013``)."""
    for pattern in (ISO_DATE, MONTH_FIRST_DATE, DAY_FIRST_DATE):
        for match in pattern.finditer(value):
            if found := parse_date(match.group()):
                return found
    return None


@dataclass
class _Header:
    """The header as it is read: fields found so far and the lines set aside."""

    fields: dict[str, object] = field(default_factory=dict)
    removed: list[Furniture] = field(default_factory=list)
    # Header lines that are read but stay text: the headline and a date line (gold data annotates their names
    # and dates as the article's), each a paragraph of its own.
    kept: list[tuple[int, int]] = field(default_factory=list)

    def set_aside(self, text: str, start: int, end: int, kind: str) -> None:
        self.removed.append(Furniture(text[start:end], start, end, kind))


def _lines(text: str, start: int) -> Iterator[tuple[int, int, str]]:
    """(line start, line end without newline, line text) from ``start`` on."""
    for match in LINE.finditer(text, start):
        if match.start() == match.end():
            return
        line = match.group().rstrip("\r\n")
        yield match.start(), match.start() + len(line), line


def _header_lines(text: str, start: int) -> Iterator[tuple[int, int, str]]:
    """Lines, each flattened line (`` . ``-separated) of a copied page's header being one, at most
    MAX_HEADER_LINES of them; blank lines are skipped."""
    count = 0
    for line_start, line_end, line in _lines(text, start):
        position = line_start
        for match in FLATTENED_LINE_END.finditer(line):
            segment_end = line_start + match.start()
            if text[position:segment_end].strip():
                yield position, segment_end, text[position:segment_end]
                count += 1
            position = line_start + match.end()
            if count >= MAX_HEADER_LINES:
                return
        if text[position:line_end].strip():
            yield position, line_end, text[position:line_end]
            count += 1
        if count >= MAX_HEADER_LINES:
            return


def _is_outlet(value: str) -> bool:
    outlets = {outlet.lower() for outlet in read_list("news_outlets.txt")}
    return value.strip().strip("()").lower() in outlets


def _title_case_if_shouted(value: str) -> str:
    return value.title() if value.isupper() and len(value) > 3 else value


def read_header(text: str) -> tuple[Meta, int]:
    """The article's meta (``removed`` holding the header lines set aside) and the offset where its body starts:
    at the headline when there is one (it stays text, a paragraph of its own), else after the header."""
    meta, body_start, _ = read_header_parts(text)
    return meta, body_start


def read_header_parts(text: str) -> tuple[Meta, int, tuple[tuple[int, int], ...]]:
    """``read_header`` and the spans of the header lines that stay text (headline, date line), in order."""
    header = _Header()
    end = _read_front_matter(text, header)
    if end == 0:
        end = _read_headline(text, header)
    end = _read_metadata(text, end, header)
    end = _read_dateline_lines(text, end, header)
    end = _read_one_line_dateline(text, end, header)
    fields = header.fields
    fields.setdefault("date", fields.get("published") or fields.get("updated"))
    body_start = header.kept[0][0] if header.kept else end
    return Meta(**fields, removed=tuple(header.removed)), body_start, tuple(header.kept)  # type: ignore[arg-type]


def read_inner_header(text: str, start: int, meta: Meta) -> tuple[Meta, int]:
    """A page's header block further down (a Daily Mail page puts its byline and dates after the story's bullet
    points): where it ends (``start`` when there is none at ``start``), and ``meta`` with its lines among
    ``removed`` and its fields where ``meta`` had none. It must be two lines or more and give an author or a date,
    so that one body line that looks like a byline (``By Tuesday``) is never taken."""
    if not INNER_HEADER_OPENER.match(text, start):
        return meta, start
    header = _Header()
    end = _read_metadata(text, start, header)
    fields = header.fields
    lines = sum(1 + len(FLATTENED_LINE_END.findall(item.text)) for item in header.removed)
    if lines < 2 or not {"author", "date", "published", "updated"} & fields.keys():
        return meta, start
    fields.setdefault("date", fields.get("published") or fields.get("updated"))
    missing: dict[str, Any] = {key: value for key, value in fields.items() if getattr(meta, key) is None and value is not None}
    return replace(meta, **missing, removed=meta.removed + tuple(header.removed)), end


def _read_front_matter(text: str, header: _Header) -> int:
    """YAML front matter (``---`` … ``---``); returns where it ends, or 0."""
    lines = list(_take_lines(text, 0, MAX_HEADER_LINES))
    first = next((i for i, (_, _, line) in enumerate(lines) if line.strip()), None)
    if first is None or lines[first][2].strip() != "---":
        return 0
    for index in range(first + 1, len(lines)):
        if lines[index][2].strip() == "---":
            for _, _, entry in lines[first + 1 : index]:
                _store(header.fields, META_LINE.match(entry))
            header.set_aside(text, lines[first][0], lines[index][1], "header")
            return lines[index][1]
    return 0


def _take_lines(text: str, start: int, limit: int) -> Iterator[tuple[int, int, str]]:
    for count, line in enumerate(_lines(text, start)):
        if count >= limit:
            return
        yield line


def _read_headline(text: str, header: _Header) -> int:
    """A first line of its own that reads as a headline: title case or no final full stop, or followed by a
    dateline or a date line; there must be body text after it."""
    lines = [line for line in _take_lines(text, 0, MAX_HEADER_LINES) if line[2].strip()][:2]
    if len(lines) < 2:
        return 0
    (start, end, line), (_, _, following) = lines
    words = line.split()
    dated_after = _is_metadata_shaped(following) or _dateline_match(following, 0) is not None or _has_header_after(text, end)
    if not 2 <= len(words) <= MAX_HEADLINE_WORDS or _is_metadata_shaped(line) or (_dateline_match(line, 0) and not dated_after):
        return 0
    blank_after = "\n" in text[end : lines[1][0]].replace("\r", "")[1:]
    stripped = line.strip().rstrip(CLOSERS)
    if stripped.endswith(":"):  # a line ending in a colon introduces what follows
        return 0
    unfinished = not stripped.endswith(tuple(TERMINAL))
    titled = _is_title_case(line)
    if not (dated_after or titled or (unfinished and blank_after)):
        return 0
    if not (blank_after or dated_after or titled):
        return 0
    start += len(line) - len(line.lstrip())
    end -= len(line) - len(line.rstrip())
    header.fields["title"] = text[start:end]
    header.kept.append((start, end))
    return end


def _has_header_after(text: str, start: int) -> bool:
    """Whether metadata or dateline lines follow ``start``."""
    scratch = _Header()
    return _read_dateline_lines(text, _read_metadata(text, start, scratch), scratch) > start


def _is_title_case(line: str) -> bool:
    """Most words that are not small words begin with a capital (``Ted Cruz Refuses to Disavow …``), or all
    the letters are capitals."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    significant = [word for word in words if word.lower() not in SMALL_WORDS]
    if len(significant) < 2:
        return False
    capitalised = sum(word[0].isupper() for word in significant)
    return capitalised >= 0.8 * len(significant)


def _is_metadata_shaped(line: str) -> bool:
    if len(line.strip()) > MAX_META_LINE_CHARS:
        return False
    if BARE_DATE_LINE.match(line) or DATE_ONLY_LINE.match(line) or BYLINE.match(line) or BY_ONLY.match(line):
        return True
    match = META_LINE.match(line) or KEY_ONLY_LINE.match(line)
    return match is not None and match["key"].lower() in META_KEYS


def _read_metadata(text: str, start: int, header: _Header) -> int:
    """Metadata lines from ``start`` on; returns where they end. Each line must be metadata as a whole."""
    lines = list(_header_lines(text, start))
    fields = header.fields
    end = start
    index = 0
    while index < len(lines):
        line_start, line_end, line = lines[index]
        following = lines[index + 1][2] if index + 1 < len(lines) else ""
        consumed = 1
        kept = False
        if len(line.strip()) > MAX_META_LINE_CHARS:
            break
        if match := BARE_DATE_LINE.match(line):
            fields["date"] = parse_date(match["value"])
        elif DATE_ONLY_LINE.match(line) and "date" not in fields and index + 1 < len(lines):  # a lone date is the text
            fields["date"] = find_date(line)
            kept = True
        elif (match := KEY_ONLY_LINE.match(line)) and match["key"].lower() in META_KEYS and _value_fits(match["key"], following):
            _store_value(fields, match["key"], following)
            consumed = 2
        elif (match := META_LINE.match(line)) and match["key"].lower() in META_KEYS and _value_fits(match["key"], match["value"]):
            _store(fields, match)
        elif (match := UPDATED_LINE.match(line)) and (found := find_date(line)):
            fields.setdefault(META_KEYS[match["key"].lower()], found)
        elif BY_ONLY.match(line) and (match := NAME_LINE.match(following)) and "author" not in fields:
            fields["author"] = match["value"]
            consumed = 2
        elif (match := BYLINE.match(line)) and "author" not in fields:
            fields["author"] = match["value"]
        elif (match := AND_NAME_LINE.match(line)) and "author" in fields:
            fields["author"] = f"{fields['author']} {match['value']}"
        elif SEPARATOR_LINE.match(line) and end > start:
            pass
        else:
            break
        last_end = lines[index + consumed - 1][1]
        if kept:
            header.kept.append((line_start + len(line) - len(line.lstrip()), line_end - len(line) + len(line.rstrip())))
        else:
            header.set_aside(text, line_start, last_end, "header")
        end = last_end
        index += consumed
    return _past_flattened_end(text, end)


def _past_flattened_end(text: str, end: int) -> int:
    """The body starts after the `` . `` that closed the last flattened header line."""
    match = FLATTENED_LINE_END.match(text, end)
    return match.end() if match else end


def _value_fits(key: str, value: str) -> bool:
    """A date key's value must hold a date; any value must be there, and short."""
    if not value.strip() or len(value.strip()) > MAX_META_LINE_CHARS:
        return False
    return META_KEYS[key.lower()] not in DATE_KEYS or find_date(value) is not None


def _store(fields: dict, match: re.Match | None) -> None:
    if match is None or match["key"].lower() not in META_KEYS:
        return
    _store_value(fields, match["key"], match["value"])


def _store_value(fields: dict, key: str, value: str) -> None:
    name = META_KEYS[key.lower()]
    value = value.strip().strip("\"'")
    fields[name] = (parse_date(value) or find_date(value)) if name in DATE_KEYS else value


def _read_dateline_lines(text: str, start: int, header: _Header) -> int:
    """Up to four short lines of place, outlet, dash and date before the body; kept only if an outlet, a dash
    or a date is among them. A name line just before a dated place line (``Larry Fine`` / ``NEW YORK
    1996-08-30``) is the wire story's byline."""
    place = source = when = author = None
    seen_marker = False
    end = start
    candidates = 0
    first_start = None
    for line_start, line_end, line in _take_lines(text, start, 12):
        if not line.strip():
            continue
        if candidates == 4:
            break
        if LONE_DASH.match(line):
            seen_marker = True
        elif _is_outlet(line):
            source = source or line.strip().strip("()")
            seen_marker = True
        elif (match := DATED_PLACE_LINE.match(line)) and when is None and source is None and (place is None or candidates == 1):
            author, place = place, _title_case_if_shouted(match["value"])
            when = parse_date(match["when"])
            seen_marker = when is not None
        elif DATE_ONLY_LINE.match(line) and when is None and place is not None:
            when = find_date(line)
            seen_marker = when is not None
        elif (match := PLACE_LINE.match(line)) and place is None and source is None:
            place = _title_case_if_shouted(match["value"])
        else:
            break
        first_start = line_start if first_start is None else first_start
        candidates += 1
        end = line_end
    if not seen_marker or first_start is None:
        return start
    for key, value in (("dateline", place), ("source", source), ("date", when), ("author", author)):
        if value:
            header.fields.setdefault(key, value)
    header.set_aside(text, first_start, end, "dateline")
    return end


def _dateline_match(text: str, position: int) -> re.Match | None:
    """``TOKYO (Reuters) - ``, ``Tokyo, May 10 (CNN) — ``, ``(CNN) -- ``, ``(CNN)`` at ``position``: a place in
    capitals or a source, before a dash; or an outlet in brackets alone."""
    match = ONE_LINE_DATELINE.match(text, position, position + MAX_DATELINE_CHARS)
    if not match or match.end() == position:
        return None
    place, source, dash = match["place"], match["source"], match["dash"]
    # With a dash: a source, a date or a place in capitals; without: only an outlet in brackets, alone.
    accepted = bool(source or match["when"] or (place and place.isupper())) if dash else bool(source and _is_outlet(source) and not place)
    if not accepted or "\n" in text[position : match.end()].rstrip():
        return None
    return match


def _read_one_line_dateline(text: str, start: int, header: _Header) -> int:
    """A dateline at the head of the first paragraph: the body starts after it."""
    position = start
    while position < len(text) and text[position].isspace():
        position += 1
    match = _dateline_match(text, position)
    if match is None:
        return start
    if match["place"]:
        header.fields.setdefault("dateline", _title_case_if_shouted(match["place"].strip()))
    if match["source"]:
        header.fields.setdefault("source", match["source"].strip())
    end = match.end()
    while end > position and text[end - 1].isspace():
        end -= 1
    header.set_aside(text, position, end, "dateline")
    return match.end()
