"""The article header: a leading metadata block and a dateline, which are not part of the body.

Recognised, in this order, before the first body paragraph:
- YAML front matter (``---`` … ``---``) with keys such as date, title, author, source;
- metadata lines: ``date 2023-05-10``, ``Date: May 10, 2023``, ``Title: …``, ``Source: …``, ``By …``;
- dateline lines: short lines naming a place, an outlet and/or a lone dash (``Tokyo`` / ``CNN`` / ``–``);
- a one-line dateline opening the first paragraph: ``TOKYO (Reuters) - …``, ``Tokyo, May 10 (CNN) —``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from .data import read_list

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
    "published": "date",
    "title": "title",
    "headline": "title",
    "author": "author",
    "byline": "author",
    "source": "source",
    "outlet": "source",
    "dateline": "dateline",
    "place": "dateline",
}
LINE = re.compile(r"[^\n]*(?:\n|$)")
META_LINE = re.compile(r"\s*(?P<key>[A-Za-z]+)\s*:\s*(?P<value>\S.*?)\s*$")
BARE_DATE_LINE = re.compile(r"\s*date\s+(?P<value>\d{4}-\d{2}-\d{2})\s*$", re.IGNORECASE)
BYLINE = re.compile(r"\s*By\s+(?P<value>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}(?:\s+and\s+[A-Z][\w.'’ -]+)?)\s*$")
LONE_DASH = re.compile(r"\s*[-–—]+\s*$")
PLACE_LINE = re.compile(r"\s*(?P<value>[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3})\s*$")
ONE_LINE_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w.'’-]*(?:[ ]+[A-Z][\w.'’-]*){0,3})"
    r"(?:,\s*(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*(?:\((?P<source>[^()\n]{2,40})\)\s*)?[-–—]+\s+"
)
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
MONTH_FIRST_DATE = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})")
DAY_FIRST_DATE = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})")


@dataclass(frozen=True)
class Meta:
    date: date | None = None
    title: str | None = None
    dateline: str | None = None
    source: str | None = None
    author: str | None = None

    def with_date(self, value: date) -> Meta:
        return replace(self, date=value)

    def to_json(self) -> dict:
        return {
            "date": self.date.isoformat() if self.date else None,
            "title": self.title,
            "dateline": self.dateline,
            "source": self.source,
            "author": self.author,
        }


def parse_date(value: str) -> date | None:
    """A calendar date from ``2023-05-10``, ``2023-05-10T09:00Z``, ``May 10, 2023`` or ``10 May 2023``."""
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


def _lines(text: str, start: int):
    """(line start, line end without newline, line text) from ``start`` on."""
    for match in LINE.finditer(text, start):
        if match.start() == match.end():
            return
        line = match.group().rstrip("\r\n")
        yield match.start(), match.start() + len(line), line


def _is_outlet(value: str) -> bool:
    outlets = {outlet.lower() for outlet in read_list("news_outlets.txt")}
    return value.strip().strip("()").lower() in outlets


def _title_case_if_shouted(value: str) -> str:
    return value.title() if value.isupper() and len(value) > 3 else value


def read_header(text: str) -> tuple[Meta, int]:
    """The article's meta and the offset where its body starts."""
    fields: dict[str, object] = {}
    body_start = _read_metadata(text, fields)
    body_start = _read_dateline_lines(text, body_start, fields)
    body_start = _read_one_line_dateline(text, body_start, fields)
    return Meta(**fields), body_start  # type: ignore[arg-type]


def _read_metadata(text: str, fields: dict) -> int:
    """Front matter or metadata lines; returns where they end."""
    lines = list(_take_lines(text, 0, 60))
    first = next((i for i, (_, _, line) in enumerate(lines) if line.strip()), None)
    if first is None:
        return 0
    if lines[first][2].strip() == "---":
        for index in range(first + 1, len(lines)):
            line = lines[index][2]
            if line.strip() == "---":
                for _, _, entry in lines[first + 1 : index]:
                    _store(fields, META_LINE.match(entry))
                return lines[index][1]
        return 0
    end = 0
    for _, line_end, line in lines[first:]:
        if not line.strip():
            continue
        if match := BARE_DATE_LINE.match(line):
            fields["date"] = parse_date(match["value"])
        elif (match := META_LINE.match(line)) and match["key"].lower() in META_KEYS:
            _store(fields, match)
        elif (match := BYLINE.match(line)) and "author" not in fields:
            fields["author"] = match["value"]
        else:
            break
        end = line_end
    return end


def _take_lines(text: str, start: int, limit: int):
    for count, line in enumerate(_lines(text, start)):
        if count >= limit:
            return
        yield line


def _store(fields: dict, match: re.Match | None) -> None:
    if match is None or match["key"].lower() not in META_KEYS:
        return
    key = META_KEYS[match["key"].lower()]
    value = match["value"].strip().strip("\"'")
    fields[key] = parse_date(value) if key == "date" else value


def _read_dateline_lines(text: str, start: int, fields: dict) -> int:
    """Up to four short lines of place, outlet and dash before the body; kept only if an outlet or dash is among them."""
    place = source = None
    seen_marker = False
    end = start
    candidates = 0
    for _, line_end, line in _take_lines(text, start, 12):
        if not line.strip():
            continue
        if candidates == 4:
            break
        if LONE_DASH.match(line):
            seen_marker = True
        elif _is_outlet(line):
            source = source or line.strip().strip("()")
            seen_marker = True
        elif (match := PLACE_LINE.match(line)) and place is None and source is None:
            place = _title_case_if_shouted(match["value"])
        else:
            break
        candidates += 1
        end = line_end
    if not seen_marker:
        return start
    if place:
        fields.setdefault("dateline", place)
    if source:
        fields.setdefault("source", source)
    return end


def _read_one_line_dateline(text: str, start: int, fields: dict) -> int:
    """``TOKYO (Reuters) - `` at the head of the first paragraph: the body starts after the dash."""
    position = start
    while position < len(text) and text[position].isspace():
        position += 1
    match = ONE_LINE_DATELINE.match(text, position)
    if not match or not (match["source"] or match["when"] or match["place"].isupper()):
        return start
    if "\n" in text[position : match.end()].rstrip():
        return start
    fields.setdefault("dateline", _title_case_if_shouted(match["place"]))
    if match["source"]:
        fields.setdefault("source", match["source"].strip())
    return match.end()
