"""The ``newscli`` command line: each command parses options, runs one analysis per input and renders it.

Analyses and rendering are imported inside the commands so that ``newscli --help`` stays instant.
"""

from __future__ import annotations

import sys
from datetime import date
from enum import IntEnum
from typing import Annotated, Callable, Optional

import typer

from . import __version__
from .reader import DEFAULT_MAX_BYTES, InputError


class ExitCode(IntEnum):
    OK = 0
    CHECK_FAILED = 1
    USAGE_OR_INPUT = 2


app = typer.Typer(
    name="newscli",
    help=(
        "Read news articles and report what is in them: summary, entities, quotes, timeline and stats.\n\n"
        "Examples:\n\n"
        "  newscli stats article.txt\n\n"
        "  newscli stats article.txt --json | jq .stats.readability\n\n"
        "  newscli stats articles/*.txt --max-grade 12 --max-sentence-words 40"
    ),
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _parse_date(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


Paths = Annotated[list[str], typer.Argument(help="Article files (UTF-8 text), or - for standard input.", metavar="FILE...")]
JsonOutput = Annotated[bool, typer.Option("--json", help="Write one JSON object per input, one per line.")]
DateOverride = Annotated[
    Optional[date],
    typer.Option(
        "--date",
        parser=_parse_date,
        metavar="YYYY-MM-DD",
        help="The article's date, overriding its header (the reference for relative dates).",
    ),
]
MaxBytes = Annotated[
    int, typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this many bytes.", show_default=True)
]


def _error(message: str) -> None:
    sys.stderr.write(f"newscli: error: {message}\n")


def run_each(
    paths: list[str],
    *,
    date_override: date | None,
    max_bytes: int,
    process: Callable[[str, object], ExitCode],
) -> ExitCode:
    """Read and model each input, hand it to ``process``; an input that fails is reported and skipped.

    Returns the worst exit code: input errors (2) outrank failed checks (1).
    """
    from .document import build_document
    from .reader import read_source

    worst = ExitCode.OK
    for name in paths:
        try:
            source = read_source(name, max_bytes=max_bytes)
            document = build_document(source.text, date_override=date_override)
            if not document.sentences:
                raise InputError(name, "no body text after the header")
            worst = max(worst, process(name, document))
        except InputError as error:
            _error(str(error))
            worst = ExitCode.USAGE_OR_INPUT
    return worst


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newscli {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Read news articles and report what is in them."""


@app.command()
def stats(
    paths: Paths,
    json_output: JsonOutput = False,
    date_override: DateOverride = None,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    max_grade: Annotated[
        Optional[float], typer.Option("--max-grade", help="Fail (exit 1) above this Flesch–Kincaid grade.")
    ] = None,
    min_reading_ease: Annotated[
        Optional[float], typer.Option("--min-reading-ease", help="Fail below this Flesch reading ease.")
    ] = None,
    max_sentence_words: Annotated[
        Optional[int], typer.Option("--max-sentence-words", help="Fail if any sentence has more words.")
    ] = None,
    max_passive: Annotated[
        Optional[float],
        typer.Option("--max-passive", min=0.0, max=1.0, help="Fail above this share (0–1) of passive sentences."),
    ] = None,
) -> None:
    """Length, readability and style figures, with optional thresholds for CI.

    Example: newscli stats article.txt --max-grade 12 --min-reading-ease 40
    """
    from .render import write_json
    from .render.stats import render_stats
    from .stats import check_thresholds, compute_stats

    def process(name: str, document) -> ExitCode:
        figures = compute_stats(document)
        failures = check_thresholds(
            figures,
            max_grade=max_grade,
            min_reading_ease=min_reading_ease,
            max_sentence_words=max_sentence_words,
            max_passive=max_passive,
        )
        meta = document.meta.to_json()
        if json_output:
            record = {"file": name, "meta": meta, "stats": figures.to_json()}
            record["threshold_failures"] = [
                {"option": f.option, "limit": f.limit, "value": f.value, "excess": f.excess} for f in failures
            ]
            write_json(record)
        else:
            render_stats(name, meta, figures)
        for failure in failures:
            sys.stderr.write(f"newscli: {name}: {failure.message()}\n")
        return ExitCode.CHECK_FAILED if failures else ExitCode.OK

    raise typer.Exit(run_each(paths, date_override=date_override, max_bytes=max_bytes, process=process))


def main() -> None:
    app()
