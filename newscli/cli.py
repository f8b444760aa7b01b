"""The ``newscli`` command line: each command parses options, runs one analysis per input and renders it.

Analyses and rendering are imported inside the commands so that ``newscli --help`` stays instant.
"""

from __future__ import annotations

import functools
import importlib.util
import inspect
import itertools
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum, IntEnum
from pathlib import Path
from typing import Annotated, Literal

import typer

from . import __version__
from .reader import DEFAULT_MAX_BYTES, parse_iso_date
from .render import write_json
from .render.progress import progress_of


class ExitCode(IntEnum):
    OK = 0
    CHECK_FAILED = 1
    USAGE_OR_INPUT = 2
    BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a program stopped by a closed pipe (`| head`)


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
    rich_markup_mode=None,  # plain help: Rich formatting would double the start-up time of --help
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return parse_iso_date(value)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


Paths = Annotated[
    list[str] | None,
    typer.Argument(
        help=(
            "Article files (text in UTF-8, UTF-16 with a BOM or Windows-1252; or HTML pages), directories (searched for "
            "*.txt, *.md, *.html and *.htm), globs, http(s):// URLs, or - for standard input."
        ),
        metavar="PATH...",
        show_default=False,
    ),
]
InputJsonl = Annotated[
    str | None,
    typer.Option("--input-jsonl", metavar="FILE|-", help='Read articles from JSON Lines: {"id", "text", "date"?} per line.'),
]
JsonOutput = Annotated[bool, typer.Option("--json", help="Write one JSON object per input, one per line.")]
DateOverride = Annotated[
    date | None,
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
Jobs = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Worker processes for many inputs.  [default: number of CPUs]", show_default=False),
]


@dataclass(frozen=True)
class Inputs:
    """What every command reads, and how: the options all subcommands share."""

    paths: list[str]
    input_jsonl: str | None
    date_override: date | None
    max_bytes: int
    jobs: int | None


def _error(message: str) -> None:
    sys.stderr.write(f"newscli: error: {message}\n")


def record_of(outcome) -> dict:
    """The JSON object of one analysed input: its name, its meta, then the analysis' sections."""
    return {outcome.key: outcome.name, "meta": outcome.meta, **outcome.result.to_json()}


def emit_json_or(render: Callable, json_output: bool) -> Callable:
    """The usual way to emit an outcome: a JSON line, or the command's Rich rendering."""

    def emit(outcome) -> ExitCode:
        if json_output:
            write_json(record_of(outcome))
        else:
            render(outcome.name, outcome.meta, outcome.result)
        return ExitCode.OK

    return emit


def run_analysis(
    inputs: Inputs,
    analysis: Callable,
    emit: Callable,
    *,
    json_output: bool,
    engine: str = "local",
    scheduler: str | None = None,
    connect_timeout: float | None = None,
) -> ExitCode:
    """Run ``analysis`` (picklable: it may run in worker processes) over every input, emitting results in
    input order; an input that fails is reported (stderr, and an error line in JSON) and the others go on.

    Returns the worst exit code: input errors (2) outrank failed checks (1).
    """
    from .batch import DEFAULT_CONNECT_TIMEOUT, EngineError, default_jobs, expand_paths, read_jsonl, run_batch

    if not inputs.paths and not inputs.input_jsonl:
        _error("no input: give article paths, - for standard input, or --input-jsonl FILE")
        return ExitCode.USAGE_OR_INPUT
    items = itertools.chain(
        expand_paths(inputs.paths, max_bytes=inputs.max_bytes),
        read_jsonl(inputs.input_jsonl, max_bytes=inputs.max_bytes) if inputs.input_jsonl else (),
    )
    if not inputs.input_jsonl:
        items = list(items)
    outcomes = run_batch(
        items,
        analysis,
        date_override=inputs.date_override,
        max_bytes=inputs.max_bytes,
        jobs=inputs.jobs or default_jobs(),
        engine=engine,
        scheduler=scheduler,
        connect_timeout=connect_timeout or DEFAULT_CONNECT_TIMEOUT,
    )
    worst = ExitCode.OK
    try:
        with progress_of(items) as advance:
            for outcome in outcomes:
                for warning in outcome.warnings:
                    sys.stderr.write(f"newscli: warning: {warning}\n")
                if outcome.error:
                    _error(outcome.error)
                    if json_output:
                        write_json({outcome.key: outcome.name, "error": outcome.error})
                    worst = ExitCode.USAGE_OR_INPUT
                else:
                    worst = max(worst, emit(outcome))
                advance(outcome.words)
    except EngineError as error:
        _error(str(error))
        return ExitCode.USAGE_OR_INPUT
    except BrokenPipeError:
        outcomes.close()  # stops the workers
        _discard_stdout()
        return ExitCode.BROKEN_PIPE
    return worst


def _discard_stdout() -> None:
    """The reader of stdout went away (``newscli … | head``): what is still buffered goes nowhere, so that
    Python's final flush raises no second BrokenPipeError and prints no traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout without a file descriptor (a test runner's capture)
        pass


SHARED_PARAMETERS = [
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default)
    for name, annotation, default in (
        ("paths", Paths, None),
        ("json_output", JsonOutput, False),
        ("date_override", DateOverride, None),
        ("input_jsonl", InputJsonl, None),
        ("max_bytes", MaxBytes, DEFAULT_MAX_BYTES),
        ("jobs", Jobs, None),
    )
]


def article_command(function: Callable) -> Callable:
    """Register ``function(inputs, json_output, **options)`` as a command that reads articles.

    Every such command speaks the same input options (paths, --json, --date, --input-jsonl, --max-bytes,
    --jobs); they are added to the command's signature here and handed over as one ``Inputs``.
    """
    own_parameters = [
        parameter.replace(kind=inspect.Parameter.KEYWORD_ONLY)
        for name, parameter in inspect.signature(function, eval_str=True).parameters.items()
        if name not in ("inputs", "json_output")
    ]

    @functools.wraps(function)
    def command(*, paths, json_output, date_override, input_jsonl, max_bytes, jobs, **options):
        inputs = Inputs(paths or [], input_jsonl, date_override, max_bytes, jobs)
        return function(inputs, json_output, **options)

    command.__signature__ = inspect.Signature(SHARED_PARAMETERS + own_parameters)
    return app.command(function.__name__)(command)


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


@article_command
def analyze(
    inputs: Inputs,
    json_output: bool,
    engine: Annotated[
        str, typer.Option("--engine", help="Where articles are analysed: local (worker processes) or dask.", show_default=True)
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", metavar="ADDRESS", help="With --engine dask: a dask.distributed scheduler, e.g. tcp://host:8786 (default: a local cluster)."),
    ] = None,
    connect_timeout: Annotated[
        float | None,
        typer.Option(
            "--connect-timeout",
            min=0.1,
            metavar="SECONDS",
            help="With --engine dask: give up (exit 2) when the scheduler or local cluster has not answered in this time.  [default: 10]",
        ),
    ] = None,
) -> None:
    """Everything at once: summary, entities, quotes, timeline and stats of each article, from one pass.

    Example: newscli analyze archive/ --json > report.jsonl
    """
    from .render.analyze import render_report
    from .report import analyze_document

    if engine not in ("local", "dask"):
        raise typer.BadParameter(f"{engine!r} is not local or dask", param_hint="--engine")
    if (scheduler or connect_timeout) and engine != "dask":
        raise typer.BadParameter("goes with --engine dask", param_hint="--scheduler" if scheduler else "--connect-timeout")
    if engine == "dask" and importlib.util.find_spec("distributed") is None:
        raise typer.BadParameter("needs the dask extra: pip install 'newscli[dask]'", param_hint="--engine")
    emit = emit_json_or(render_report, json_output)
    code = run_analysis(
        inputs, analyze_document, emit, json_output=json_output, engine=engine, scheduler=scheduler, connect_timeout=connect_timeout
    )
    raise typer.Exit(code)


class SummaryMethod(str, Enum):
    news = "news"
    lead = "lead"
    textrank = "textrank"
    lexrank = "lexrank"


@article_command
def summarize(
    inputs: Inputs,
    json_output: bool,
    sentences: Annotated[
        int | None, typer.Option("--sentences", "-n", min=1, help="Summary length in sentences.  [default: 3]")
    ] = None,
    ratio: Annotated[
        float | None,
        typer.Option("--ratio", min=0.01, max=1.0, help="Summary length as a share of the sentences (0.01–1)."),
    ] = None,
    words: Annotated[
        int | None, typer.Option("--words", min=1, help="The most sentences that fit in this many words.")
    ] = None,
    method: Annotated[
        SummaryMethod,
        typer.Option(
            "--method",
            help="news: centrality with a position prior; lead: the first sentences; textrank; lexrank.",
            case_sensitive=False,
        ),
    ] = SummaryMethod.news,
    keyphrases: Annotated[
        int, typer.Option("--keyphrases", min=0, help="Number of key phrases (0: none).", show_default=True)
    ] = 10,
) -> None:
    """The gist in a few of the article's own sentences, and its key phrases.

    Example: newscli summarize article.txt -n 2 --method lexrank
    """
    from functools import partial

    from .render.summarize import render_summary
    from .summarize import summarize as summarize_document

    if sum(option is not None for option in (sentences, ratio, words)) > 1:
        raise typer.BadParameter("give only one of --sentences, --ratio and --words")
    analysis = partial(
        summarize_document, sentences=sentences, ratio=ratio, words=words, method=method.value, keyphrases=keyphrases
    )
    raise typer.Exit(run_analysis(inputs, analysis, emit_json_or(render_summary, json_output), json_output=json_output))


@article_command
def entities(
    inputs: Inputs,
    json_output: bool,
    types: Annotated[
        str | None,
        typer.Option(
            "--type",
            metavar="TYPES",
            help="Only these entity types, comma-separated: PERSON, ORG, GPE, LOC, NORP, EVENT, PRODUCT.",
        ),
    ] = None,
    min_count: Annotated[int, typer.Option("--min-count", min=1, help="Only entities mentioned at least N times.")] = 1,
) -> None:
    """People, organisations, places, nationalities and events, one row per entity, most salient first.

    Example: newscli entities article.txt --type PERSON,ORG --min-count 2
    """
    from functools import partial

    from .entities import ENTITY_TYPES, extract_entities
    from .render.entities import render_entities

    wanted = None
    if types:
        wanted = frozenset(part.strip().upper() for part in types.split(",") if part.strip())
        unknown = sorted(wanted - set(ENTITY_TYPES))
        if unknown:
            raise typer.BadParameter(
                f"unknown type {', '.join(unknown)} (choose from {', '.join(ENTITY_TYPES)})", param_hint="--type"
            )
    analysis = partial(extract_entities, types=wanted, min_count=min_count)
    raise typer.Exit(
        run_analysis(inputs, analysis, emit_json_or(render_entities, json_output), json_output=json_output)
    )


@article_command
def quotes(
    inputs: Inputs,
    json_output: bool,
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="Only quotes by this speaker (canonical name or a mention of it).")
    ] = None,
    quote_type: Annotated[
        str,
        typer.Option("--type", help="Only quotes of this type: direct, indirect, mixed or all.", show_default=True),
    ] = "all",
    by_speaker: Annotated[
        bool, typer.Option("--by-speaker", help="A table per speaker: quotes, quoted words, share of all quoted words.")
    ] = False,
) -> None:
    """Every quotation and who said it — with or without quote marks, direct, indirect and mixed.

    Example: newscli quotes article.txt --speaker Hayashi --type direct
    """
    from .quotes import QUOTE_TYPES, extract_quotes
    from .render.quotes import render_quotes

    if quote_type not in (*QUOTE_TYPES, "all"):
        raise typer.BadParameter(f"{quote_type!r} is not one of {', '.join((*QUOTE_TYPES, 'all'))}", param_hint="--type")

    def emit(outcome) -> ExitCode:
        result = outcome.result.filtered(speaker=speaker, quote_type=None if quote_type == "all" else quote_type)
        if json_output:
            write_json({**record_of(outcome), **result.to_json()})
        else:
            render_quotes(outcome.name, outcome.meta, result, by_speaker=by_speaker)
        return ExitCode.OK

    raise typer.Exit(run_analysis(inputs, extract_quotes, emit, json_output=json_output))


@article_command
def timeline(
    inputs: Inputs,
    json_output: bool,
    include_all: Annotated[
        bool, typer.Option("--all", help="Also list durations, sets and references that name no calendar date.")
    ] = False,
    day_first: Annotated[
        bool, typer.Option("--day-first", help="Read numeric dates as day/month/year (default: US month/day/year).")
    ] = False,
) -> None:
    """What happened when: dates and times, resolved against the article's date, each with its event.

    Example: newscli timeline article.txt --date 2023-05-10
    """
    from functools import partial

    from .render.timeline import render_timeline
    from .timeline import build_timeline

    analysis = partial(build_timeline, include_all=include_all, day_first=day_first)
    raise typer.Exit(run_analysis(inputs, analysis, emit_json_or(render_timeline, json_output), json_output=json_output))


@article_command
def stats(
    inputs: Inputs,
    json_output: bool,
    max_grade: Annotated[
        float | None, typer.Option("--max-grade", help="Fail (exit 1) above this Flesch–Kincaid grade.")
    ] = None,
    min_reading_ease: Annotated[
        float | None, typer.Option("--min-reading-ease", help="Fail below this Flesch reading ease.")
    ] = None,
    max_sentence_words: Annotated[
        int | None, typer.Option("--max-sentence-words", help="Fail if any sentence has more words.")
    ] = None,
    max_passive: Annotated[
        float | None,
        typer.Option("--max-passive", min=0.0, max=1.0, help="Fail above this share (0–1) of passive sentences."),
    ] = None,
) -> None:
    """Length, readability and style figures, with optional thresholds for CI.

    Example: newscli stats article.txt --max-grade 12 --min-reading-ease 40
    """
    from .render.stats import render_stats
    from .stats import check_thresholds, compute_stats

    def emit(outcome) -> ExitCode:
        failures = check_thresholds(
            outcome.result,
            max_grade=max_grade,
            min_reading_ease=min_reading_ease,
            max_sentence_words=max_sentence_words,
            max_passive=max_passive,
        )
        if json_output:
            record = record_of(outcome)
            record["threshold_failures"] = [
                {"option": f.option, "limit": f.limit, "value": f.value, "excess": f.excess} for f in failures
            ]
            write_json(record)
        else:
            render_stats(outcome.name, outcome.meta, outcome.result)
        for failure in failures:
            sys.stderr.write(f"newscli: {outcome.name}: {failure.message()}\n")
        return ExitCode.CHECK_FAILED if failures else ExitCode.OK

    raise typer.Exit(run_analysis(inputs, compute_stats, emit, json_output=json_output))


@article_command
def check(
    inputs: Inputs,
    json_output: bool,
    output_format: Annotated[
        Literal["rich", "line", "json", "github"] | None,
        typer.Option(
            "--format",
            help="rich (findings by file), line (path:line:col: severity rule message), json, or github (Actions "
            "annotations).  [default: rich on a terminal, line otherwise]",
            show_default=False,
        ),
    ] = None,
    config_path: Annotated[
        Path | None,
        typer.Option(
            "--config",
            metavar="FILE",
            help="Configuration file (.newscli.toml or pyproject.toml) instead of the nearest one found.",
        ),
    ] = None,
    rule_overrides: Annotated[
        list[str] | None,
        typer.Option(
            "--rule",
            metavar="RULE=VALUE",
            help="Override a rule: max-grade=10, flagged-words=off, max-grade.min-words=200 (repeatable).",
        ),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too, not only on errors.")] = False,
    list_rules: Annotated[
        bool, typer.Option("--list-rules", help="List every rule with its severity and settings, then exit.")
    ] = False,
    init: Annotated[
        bool,
        typer.Option("--init", help="Write the commented default configuration to .newscli.toml (or --config FILE)."),
    ] = False,
) -> None:
    """Check articles against house rules, with each finding's line and column; exit 1 on errors.

    Configuration: [tool.newscli.check] in the nearest pyproject.toml, or .newscli.toml.

    Example: newscli check articles/ --format github
    """
    from functools import partial

    from .check import ConfigError, check_document, load_config
    from .check.config import CONFIG_FILE, write_default_config
    from .check.output import Report, print_rules

    try:
        if init:
            target = config_path or Path(CONFIG_FILE)
            write_default_config(target)
            typer.echo(f"newscli: wrote the default configuration to {target}")
            raise typer.Exit(ExitCode.OK)
        config = load_config(config_path=config_path, overrides=rule_overrides or ())
    except ConfigError as error:
        _error(str(error))
        raise typer.Exit(ExitCode.USAGE_OR_INPUT) from None
    if list_rules:
        print_rules(config)
        raise typer.Exit(ExitCode.OK)
    chosen_format = "json" if json_output else output_format or ("rich" if sys.stdout.isatty() else "line")
    report = Report(chosen_format)
    fail_on_warnings = strict or config.strict

    def emit(outcome) -> ExitCode:
        report.add(outcome.name, outcome.key, outcome.meta, outcome.result)
        return ExitCode.CHECK_FAILED if outcome.result.fails(strict=fail_on_warnings) else ExitCode.OK

    code = run_analysis(inputs, partial(check_document, config=config), emit, json_output=chosen_format == "json")
    report.finish()
    raise typer.Exit(code)


def main() -> None:
    """The console script. It ends without tearing the interpreter down: freeing the loaded models' hundreds
    of thousands of objects took a sixth of a one-article run, and nothing is left to clean up by then."""
    try:
        app()
        code = ExitCode.OK
    except SystemExit as exit:
        code = exit.code
    if isinstance(code, str):
        sys.stderr.write(code + "\n")
        code = ExitCode.CHECK_FAILED
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        code = ExitCode.BROKEN_PIPE
    sys.stderr.flush()
    os._exit(int(code or 0))
