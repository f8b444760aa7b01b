"""The output formats every command speaks, as writers that take one analysed article at a time.

- ``table``: Rich tables, the command's own layout (the default);
- ``json``: one ``envelope`` per input, one per line (JSON Lines); an input that failed is an error line;
- ``csv``: one row per item (quote, entity, timeline entry, summary sentence, figure, finding), the input's
  name in the first column, the header once per run; RFC 4180 through the standard library's ``csv``;
- ``markdown``: the same items as GitHub-flavoured Markdown tables, a heading per input.

Every writer streams: it writes each article as it comes and keeps nothing but counts.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from . import envelope, error_envelope, heading_details, json_line, printable, write_json, write_out

FORMATS = ("table", "json", "csv", "markdown")


@dataclass(frozen=True)
class Column:
    """One field of a row: its key (the CSV header, named as in the JSON), its Markdown header, whether
    Markdown shows it (character offsets are for programs) and aligns it right (a number)."""

    key: str
    header: str
    in_markdown: bool = True
    numeric: bool = False


@dataclass(frozen=True)
class Section:
    """One kind of item a result holds (quotes, speakers…): its title, columns and rows."""

    name: str
    title: str
    columns: tuple[Column, ...]
    rows: Callable[[Any], Iterable[dict]]


@dataclass(frozen=True)
class Layout:
    """How one command lays out its result: a Rich table renderer, and the sections CSV and Markdown write."""

    table: Callable[[str, dict, Any], None]
    sections: tuple[Section, ...]


class Writer(Protocol):
    """Writes each input's output as it comes. A writer whose output of an article depends on that article alone
    may also have ``line(name, key, meta, result) -> str``, pure and picklable, and ``rendered(text)``: a batch
    then makes the text where it analysed the article (a worker process) and the writer prints it."""

    def article(self, name: str, key: str, meta: dict, result: Any) -> None: ...

    def failed(self, name: str, key: str, error: str) -> None: ...

    def finish(self) -> None: ...


class JsonLines:
    """One JSON line per input. Its ``line`` runs in a batch's worker processes, which hand back the line's text
    rather than the result's objects: pickling those there and turning them into JSON in the parent took a share
    of the parent's core that, with two jobs on two cores, the workers waited for."""

    def line(self, name: str, key: str, meta: dict, result: Any) -> str:
        return json_line(envelope(meta, result.to_json(), key=key, name=name))

    def article(self, name: str, key: str, meta: dict, result: Any) -> None:
        write_out(self.line(name, key, meta, result))

    def rendered(self, text: str) -> None:
        write_out(text)

    def failed(self, name: str, key: str, error: str) -> None:
        write_json(error_envelope(key, name, error))

    def finish(self) -> None:
        pass


class Tables:
    def __init__(self, layout: Layout):
        self.layout = layout

    def article(self, name: str, key: str, meta: dict, result: Any) -> None:
        self.layout.table(name, meta, result)

    def failed(self, name: str, key: str, error: str) -> None:
        pass  # the error is on stderr

    def finish(self) -> None:
        pass


def csv_value(value: Any) -> str:
    """A cell as the JSON would say it: ``true``/``false``, an empty cell for null, lists joined with ``; ``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "; ".join(csv_value(item) for item in value)
    return printable(str(value))


class CsvRows:
    """One row per item, the input's name first; with several sections, a ``section`` column says which."""

    def __init__(self, layout: Layout, key: str):
        self.layout = layout
        self.sectioned = len(layout.sections) > 1
        keys = [key, "section"] if self.sectioned else [key]
        for section in layout.sections:
            keys.extend(column.key for column in section.columns if column.key not in keys)
        self.keys = keys
        self._write_rows([keys])

    def _write_rows(self, rows: Iterable[Sequence[str]]) -> None:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows(rows)  # RFC 4180: CRLF ends a record
        if buffer.tell():
            write_out(buffer.getvalue())

    def article(self, name: str, key: str, meta: dict, result: Any) -> None:
        rows = []
        for section in self.layout.sections:
            for row in section.rows(result):
                fields = {self.keys[0]: name, **({"section": section.name} if self.sectioned else {}), **row}
                rows.append([csv_value(fields.get(column)) for column in self.keys])
        self._write_rows(rows)

    def failed(self, name: str, key: str, error: str) -> None:
        pass  # the error is on stderr

    def finish(self) -> None:
        pass


def markdown_cell(value: Any) -> str:
    text = csv_value(value).replace("\\", "\\\\").replace("|", "\\|")
    return "<br>".join(line.strip() for line in text.splitlines()) if "\n" in text or "\r" in text else text


class MarkdownTables:
    """A ``##`` heading per input, then a GitHub-flavoured table per section (``###`` titles when several)."""

    def __init__(self, layout: Layout):
        self.layout = layout
        self.started = False

    def article(self, name: str, key: str, meta: dict, result: Any) -> None:
        details = heading_details(meta)
        lines = [f"## {markdown_cell(name)}" + (f" ({markdown_cell(details)})" if details else ""), ""]
        for section in self.layout.sections:
            columns = [column for column in section.columns if column.in_markdown]
            if len(self.layout.sections) > 1:
                lines += [f"### {section.title}", ""]
            rows = [[markdown_cell(row.get(column.key)) for column in columns] for row in section.rows(result)]
            if not rows:
                lines += [f"_No {section.title.lower()}._", ""]
                continue
            lines.append("| " + " | ".join(column.header for column in columns) + " |")
            lines.append("|" + "|".join("---:" if column.numeric else "---" for column in columns) + "|")
            lines += ["| " + " | ".join(row) + " |" for row in rows]
            lines.append("")
        write_out(("\n" if self.started else "") + "\n".join(lines))
        self.started = True

    def failed(self, name: str, key: str, error: str) -> None:
        pass  # the error is on stderr

    def finish(self) -> None:
        pass


def writer_for(output_format: str, layout: Callable[[], Layout], *, key: str) -> Writer:
    """The writer of ``output_format``; ``key`` names the first CSV column (``file``, or ``id`` for JSON Lines input).

    ``layout`` is called only for a format that lays the result out: JSON needs none, and a layout imports its
    Rich renderers and what they name (the timeline's, the timex module), which a batch's parent process with
    worker processes would otherwise load before it could start them."""
    if output_format == "json":
        return JsonLines()
    if output_format == "csv":
        return CsvRows(layout(), key)
    if output_format == "markdown":
        return MarkdownTables(layout())
    return Tables(layout())
