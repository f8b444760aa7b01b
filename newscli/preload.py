"""Imported by the forkserver that starts the worker processes of a batch where they cannot be forked from the
command itself (``newscli.batch.worker_start_method``), before it forks them: it analyses a short built-in article
once, which imports the analyses and loads their models, lexicons and tables, then moves everything loaded out of
the garbage collector's reach. Every worker is forked from the forkserver, so the workers share that one copy
(copy-on-write) instead of each importing and loading its own: that was a second or more of CPU per worker, and so
most of what a second job cost beyond the first on a short batch.

Warming up for every command at once costs a command that needs less (``stats``) a fraction of a second, once.
A warm-up that fails costs nothing more: each worker then loads what it needs, as it did before.
"""

from __future__ import annotations

import contextlib
import gc

from .batch import collector_off

# Written for the warm-up (not taken from any data set): a dateline, names, an organisation, a place, dates, a
# quotation with its speaker, figures.
SAMPLE_ARTICLE = """Factory to hire 200 workers

MANCHESTER, England, May 10, 2023 (Reuters) - Acme Corp. will hire 200 people at its plant in Manchester next
year, its chief executive, Jane Smith, said on Tuesday.

"We are growing faster than we expected," Smith told reporters. The company's shares rose 3.5% in London.
Officials at the Department for Business declined to comment, a spokesman said.
"""


def warm_up() -> None:
    from .document import build_document
    from .report import analyze_document
    from .sources import sources_of

    document = build_document(SAMPLE_ARTICLE)
    for analysis in (analyze_document, sources_of):
        with contextlib.suppress(Exception):
            analysis(document)
    compile_timex_patterns()


def compile_timex_patterns() -> None:
    """Every timex rule's pattern, compiled here once for all the workers. A process compiles each the first time a
    line needs it (``newscli.timex.patterns.LazyPattern``): the sample article needs few of them, and a long batch
    most, so each worker compiled most of them again (115 M instructions for all)."""
    from .timex.rules import RULES

    for rule in RULES:
        _ = rule.pattern.compiled  # the property compiles the pattern and keeps it


# The collector off while everything loads, then what loaded frozen out of its reach before it is back on, as in
# a one-job batch (``newscli.batch._run_here``, which says why).
with collector_off():
    with contextlib.suppress(Exception):
        warm_up()
    gc.freeze()

