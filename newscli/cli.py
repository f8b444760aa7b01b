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
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum, IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer
from typer.core import TyperArgument, TyperCommand

from . import __version__
from .input_checks import parse_iso_date
from .reader import DEFAULT_MAX_BYTES
from .render import printable, write_error
from .render.progress import progress_of

if TYPE_CHECKING:
    from .batch import ArticleInput, Outcome
    from .render.formats import Writer


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
        metavar="PATH",
        show_default=False,
    ),
]
InputJsonl = Annotated[
    str | None,
    typer.Option("--input-jsonl", metavar="FILE|-", help='Read articles from JSON Lines: {"id", "text", "date"?} per line.'),
]
JsonOutput = Annotated[bool, typer.Option("--json", help="The same as --format json.")]
OutputFormat = Annotated[
    Literal["table", "json", "csv", "markdown"] | None,
    typer.Option(
        "--format",
        metavar="[table|json|csv|markdown]",
        help="table (Rich tables), json (one JSON object per input, one per line), csv (one row per item, "
        "the input in the first column) or markdown (GitHub-flavoured tables).  [default: table]",
        show_default=False,
    ),
]
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
    int, typer.Option("--max-bytes", min=1, metavar="N", help="Refuse inputs larger than this many bytes.", show_default=True)
]
Jobs = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", min=1, metavar="N", help="Worker processes for many inputs.  [default: number of CPUs]", show_default=False
    ),
]


@dataclass(frozen=True)
class Inputs:
    """What every command reads, and how: the options all subcommands share."""

    paths: list[str]
    input_jsonl: str | None
    date_override: date | None
    max_bytes: int
    jobs: int | None

    @property
    def key(self) -> str:
        """The field that names an input in the output: ``id`` for JSON Lines records, else ``file``."""
        return "id" if self.input_jsonl and not self.paths else "file"


def _error(message: str) -> None:
    write_error(f"newscli: error: {message}")


def run_analysis(
    inputs: Inputs,
    analysis: Callable,
    writer: Writer,
    *,
    verdict: Callable[[str, Any], ExitCode] | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    connect_timeout: float | None = None,
) -> ExitCode:
    """Run ``analysis`` (picklable: it may run in worker processes) over every input and hand each result to
    ``writer`` in input order; an input that fails is reported on stderr (and to the writer) and the others
    go on. ``verdict`` says whether a result fails the command's thresholds.

    Returns the worst exit code: input errors (2) outrank failed checks (1).
    """
    from .batch import DEFAULT_CONNECT_TIMEOUT, EngineError, default_jobs, expand_paths, read_jsonl, run_batch

    if not inputs.paths and not inputs.input_jsonl:
        _error("no input: give article paths, - for standard input, or --input-jsonl FILE")
        return ExitCode.USAGE_OR_INPUT
    items: Iterable[ArticleInput] = itertools.chain(
        expand_paths(inputs.paths, max_bytes=inputs.max_bytes),
        read_jsonl(inputs.input_jsonl, max_bytes=inputs.max_bytes) if inputs.input_jsonl else (),
    )
    if not inputs.input_jsonl:
        items = list(items)
    outcomes: Generator[Outcome, None, None] = run_batch(  # type: ignore[assignment]  # a generator, to close
        items,
        analysis,
        date_override=inputs.date_override,
        max_bytes=inputs.max_bytes,
        jobs=inputs.jobs or default_jobs(),
        engine=engine,
        scheduler=scheduler,
        connect_timeout=connect_timeout or DEFAULT_CONNECT_TIMEOUT,
        # Text made where the article is analysed (a worker process), when the writer can and no verdict needs the result.
        render=getattr(writer, "line", None) if verdict is None else None,
    )
    worst = ExitCode.OK
    try:
        with progress_of(items) as advance:
            for outcome in outcomes:
                for warning in outcome.warnings:
                    write_error(f"newscli: warning: {warning}")
                if outcome.error:
                    _error(outcome.error)
                    writer.failed(outcome.name, outcome.key, outcome.error)
                    worst = ExitCode.USAGE_OR_INPUT
                elif outcome.output is not None:
                    writer.rendered(outcome.output)  # type: ignore[attr-defined]  # a writer with ``line`` has it
                else:
                    writer.article(outcome.name, outcome.key, outcome.meta or {}, outcome.result)
                    if verdict:
                        worst = max(worst, verdict(outcome.name, outcome.result))
                advance(outcome.words)
        writer.finish()
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
FORMAT_PARAMETER = inspect.Parameter("output_format", inspect.Parameter.KEYWORD_ONLY, annotation=OutputFormat, default=None)


class _PathArgument(TyperArgument):
    """The articles argument, shown as ``PATH`` in help: Typer would add its Python type, ``<list[str]>``."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None


class ArticleCommand(TyperCommand):
    """A command that reads articles: its help names the argument ``PATH`` and nothing more."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for parameter in self.params:
            if type(parameter) is TyperArgument:
                parameter.__class__ = _PathArgument


def output_format_of(json_output: bool, output_format: str | None) -> str | None:
    """``--json`` is ``--format json``; the two may not disagree."""
    if not json_output:
        return output_format
    if output_format not in (None, "json"):
        raise typer.BadParameter(f"--json is --format json, not {output_format}", param_hint="--format")
    return "json"


def article_command(function: Callable) -> Callable:
    """Register ``function(inputs, output_format, **options)`` as a command that reads articles.

    Every such command speaks the same input options (paths, --json, --date, --input-jsonl, --max-bytes,
    --jobs) and --format (unless it has its own); they are added to the command's signature here and handed
    over as one ``Inputs`` and the chosen format (``--json`` resolved).
    """
    parameters = inspect.signature(function, eval_str=True).parameters
    own_parameters = [parameter.replace(kind=inspect.Parameter.KEYWORD_ONLY) for name, parameter in parameters.items() if name != "inputs"]
    shared_format = parameters["output_format"].default is inspect.Parameter.empty
    if shared_format:
        own_parameters = [parameter for parameter in own_parameters if parameter.name != "output_format"]

    @functools.wraps(function)
    def command(*, paths, json_output, date_override, input_jsonl, max_bytes, jobs, output_format=None, **options):
        inputs = Inputs(paths or [], input_jsonl, date_override, max_bytes, jobs)
        chosen = output_format_of(json_output, output_format)
        return function(inputs, output_format=(chosen or "table") if shared_format else chosen, **options)

    command.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        SHARED_PARAMETERS + ([FORMAT_PARAMETER] if shared_format else []) + own_parameters
    )
    return app.command(function.__name__, cls=ArticleCommand)(command)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newscli {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    """Read news articles and report what is in them."""


@article_command
def analyze(
    inputs: Inputs,
    output_format: str,
    engine: Annotated[
        str,
        typer.Option(
            "--engine", metavar="[local|dask]", help="Where articles are analysed: local (worker processes) or dask.", show_default=True
        ),
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="With --engine dask: a dask.distributed scheduler, e.g. tcp://host:8786 (default: a local cluster).",
        ),
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
    from .render.formats import writer_for
    from .render.layouts import report_layout
    from .report import analyze_document

    if engine not in ("local", "dask"):
        raise typer.BadParameter(f"{engine!r} is not local or dask", param_hint="--engine")
    if (scheduler or connect_timeout) and engine != "dask":
        raise typer.BadParameter("goes with --engine dask", param_hint="--scheduler" if scheduler else "--connect-timeout")
    if engine == "dask" and importlib.util.find_spec("distributed") is None:
        raise typer.BadParameter("needs the dask extra: pip install 'newscli[dask]'", param_hint="--engine")
    writer = writer_for(output_format, report_layout, key=inputs.key)
    code = run_analysis(
        inputs, analyze_document, writer, engine=engine, scheduler=scheduler, connect_timeout=connect_timeout
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
    output_format: str,
    sentences: Annotated[
        int | None, typer.Option("--sentences", "-n", min=1, metavar="N", help="Summary length in sentences.  [default: 3]")
    ] = None,
    ratio: Annotated[
        float | None,
        typer.Option("--ratio", min=0.01, max=1.0, metavar="SHARE", help="Summary length as a share of the sentences (0.01–1)."),
    ] = None,
    words: Annotated[
        int | None, typer.Option("--words", min=1, metavar="N", help="The most sentences that fit in this many words.")
    ] = None,
    method: Annotated[
        SummaryMethod,
        typer.Option(
            "--method",
            metavar="[news|lead|textrank|lexrank]",
            help="news: centrality with a position prior; lead: the first sentences; textrank; lexrank.",
            case_sensitive=False,
        ),
    ] = SummaryMethod.news,
    keyphrases: Annotated[
        int, typer.Option("--keyphrases", min=0, metavar="N", help="Number of key phrases (0: none).", show_default=True)
    ] = 10,
) -> None:
    """The gist in a few of the article's own sentences, and its key phrases.

    Example: newscli summarize article.txt -n 2 --method lexrank
    """
    from functools import partial

    from .render.formats import writer_for
    from .render.layouts import summary_layout
    from .summarize import summarize as summarize_document

    if sum(option is not None for option in (sentences, ratio, words)) > 1:
        raise typer.BadParameter("give only one of --sentences, --ratio and --words")
    analysis = partial(summarize_document, sentences=sentences, ratio=ratio, words=words, method=method.value, keyphrases=keyphrases)
    raise typer.Exit(run_analysis(inputs, analysis, writer_for(output_format, summary_layout, key=inputs.key)))


@article_command
def entities(
    inputs: Inputs,
    output_format: str,
    types: Annotated[
        str | None,
        typer.Option(
            "--type",
            metavar="TYPES",
            help="Only these entity types, comma-separated: PERSON, ORG, GPE, LOC, NORP, EVENT, PRODUCT.",
        ),
    ] = None,
    min_count: Annotated[int, typer.Option("--min-count", min=1, metavar="N", help="Only entities mentioned at least N times.")] = 1,
) -> None:
    """People, organisations, places, nationalities and events, one row per entity, most salient first.

    Example: newscli entities article.txt --type PERSON,ORG --min-count 2
    """
    from functools import partial

    from .entities import ENTITY_TYPES, extract_entities
    from .render.formats import writer_for
    from .render.layouts import entities_layout

    wanted = None
    if types:
        wanted = frozenset(part.strip().upper() for part in types.split(",") if part.strip())
        unknown = sorted(wanted - set(ENTITY_TYPES))
        if unknown:
            message = f"unknown type {', '.join(unknown)} (choose from {', '.join(ENTITY_TYPES)})"
            raise typer.BadParameter(printable(message), param_hint="--type")
    analysis = partial(extract_entities, types=wanted, min_count=min_count)
    raise typer.Exit(run_analysis(inputs, analysis, writer_for(output_format, entities_layout, key=inputs.key)))


@article_command
def quotes(
    inputs: Inputs,
    output_format: str,
    speaker: Annotated[
        str | None,
        typer.Option("--speaker", metavar="NAME", help="Only quotes by this speaker (canonical name or a mention of it)."),
    ] = None,
    quote_type: Annotated[
        str,
        typer.Option("--type", metavar="[direct|indirect|mixed|all]", help="Only quotes of this type.", show_default=True),
    ] = "all",
    by_speaker: Annotated[
        bool,
        typer.Option(
            "--by-speaker",
            help="A table per speaker: quotes, quoted words, share of all quoted words (csv and markdown: one row per speaker).",
        ),
    ] = False,
) -> None:
    """Every quotation and who said it — with or without quote marks, direct, indirect and mixed.

    Example: newscli quotes article.txt --speaker Hayashi --type direct
    """
    from functools import partial

    from .quotes import QUOTE_TYPES
    from .render.formats import writer_for
    from .render.layouts import quotes_layout
    from .report import selected_quotes

    if quote_type not in (*QUOTE_TYPES, "all"):
        raise typer.BadParameter(f"{quote_type!r} is not one of {', '.join((*QUOTE_TYPES, 'all'))}", param_hint="--type")
    analysis = partial(selected_quotes, speaker=speaker, quote_type=None if quote_type == "all" else quote_type)
    writer = writer_for(output_format, partial(quotes_layout, by_speaker=by_speaker), key=inputs.key)
    raise typer.Exit(run_analysis(inputs, analysis, writer))


@article_command
def sources(
    inputs: Inputs,
    output_format: str,
    aggregate_only: Annotated[
        bool,
        typer.Option("--aggregate", help="Only the figures over all inputs: one table, or one JSON line (rows in csv and markdown)."),
    ] = False,
    by: Annotated[
        str | None,
        typer.Option(
            "--by", metavar="[source|author|date:month]", help="Also the figures per outlet, author or month (from each input's header)."
        ),
    ] = None,
) -> None:
    """Who gets a voice: each source's kind, role, gender and quoted words, and the article's sourcing figures.

    Example: newscli sources archive/ --aggregate --by source
    """
    from .render.formats import writer_for
    from .render.layouts import sources_layout
    from .render.sources import CorpusWriter
    from .sources import GROUPINGS, sources_of

    if by is not None and by not in GROUPINGS:
        raise typer.BadParameter(f"{printable(by)!r} is not one of {', '.join(GROUPINGS)}", param_hint="--by")
    articles = writer_for(output_format, sources_layout, key=inputs.key)
    writer = CorpusWriter(articles, output_format, key=inputs.key, by=by, aggregate_only=aggregate_only)
    raise typer.Exit(run_analysis(inputs, sources_of, writer))


@article_command
def timeline(
    inputs: Inputs,
    output_format: str,
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

    from .render.formats import writer_for
    from .render.layouts import timeline_layout
    from .timeline import build_timeline

    analysis = partial(build_timeline, include_all=include_all, day_first=day_first)
    raise typer.Exit(run_analysis(inputs, analysis, writer_for(output_format, timeline_layout, key=inputs.key)))


@article_command
def stats(
    inputs: Inputs,
    output_format: str,
    max_grade: Annotated[
        float | None, typer.Option("--max-grade", metavar="GRADE", help="Fail (exit 1) above this Flesch–Kincaid grade.")
    ] = None,
    min_reading_ease: Annotated[
        float | None, typer.Option("--min-reading-ease", metavar="SCORE", help="Fail below this Flesch reading ease.")
    ] = None,
    max_sentence_words: Annotated[
        int | None, typer.Option("--max-sentence-words", metavar="N", help="Fail if any sentence has more words.")
    ] = None,
    max_passive: Annotated[
        float | None,
        typer.Option("--max-passive", min=0.0, max=1.0, metavar="SHARE", help="Fail above this share (0–1) of passive sentences."),
    ] = None,
) -> None:
    """Length, readability and style figures, with optional thresholds for CI.

    Example: newscli stats article.txt --max-grade 12 --min-reading-ease 40
    """
    from functools import partial

    from .render.formats import writer_for
    from .render.layouts import stats_layout
    from .report import stats_report

    def verdict(name: str, report) -> ExitCode:
        for failure in report.threshold_failures:
            write_error(f"newscli: {name}: {failure.message()}")
        return ExitCode.CHECK_FAILED if report.threshold_failures else ExitCode.OK

    analysis = partial(
        stats_report,
        max_grade=max_grade,
        min_reading_ease=min_reading_ease,
        max_sentence_words=max_sentence_words,
        max_passive=max_passive,
    )
    raise typer.Exit(run_analysis(inputs, analysis, writer_for(output_format, stats_layout, key=inputs.key), verdict=verdict))


@article_command
def check(
    inputs: Inputs,
    output_format: Annotated[
        Literal["rich", "line", "json", "github", "csv"] | None,
        typer.Option(
            "--format",
            metavar="[rich|line|json|github|csv]",
            help="rich (findings by file), line (path:line:col: severity rule message), json, github (Actions "
            "annotations) or csv (one row per finding).  [default: rich on a terminal, line otherwise]",
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
    list_rules: Annotated[bool, typer.Option("--list-rules", help="List every rule with its severity and settings, then exit.")] = False,
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
    from .render.check import findings_writer, print_rules

    try:
        if init:
            target = config_path or Path(CONFIG_FILE)
            write_default_config(target)
            typer.echo(printable(f"newscli: wrote the default configuration to {target}"))
            raise typer.Exit(ExitCode.OK)
        config = load_config(config_path=config_path, overrides=rule_overrides or ())
    except ConfigError as error:
        _error(str(error))
        raise typer.Exit(ExitCode.USAGE_OR_INPUT) from None
    if list_rules:
        print_rules(config)
        raise typer.Exit(ExitCode.OK)
    writer = findings_writer(output_format or ("rich" if sys.stdout.isatty() else "line"), key=inputs.key)
    fail_on_warnings = strict or config.strict

    def verdict(name: str, result) -> ExitCode:
        return ExitCode.CHECK_FAILED if result.fails(strict=fail_on_warnings) else ExitCode.OK

    raise typer.Exit(run_analysis(inputs, partial(check_document, config=config), writer, verdict=verdict))


def main() -> None:
    """The console script. It ends without tearing the interpreter down: freeing the loaded models' hundreds
    of thousands of objects took a sixth of a one-article run, and nothing is left to clean up by then."""
    code: int | str | None
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
