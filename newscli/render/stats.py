"""Rich rendering of ``stats``."""

from __future__ import annotations

from ..stats import LONG_SENTENCE_WORDS, READING_WORDS_PER_MINUTE, SPEAKING_WORDS_PER_MINUTE, Stats
from . import cell, console, heading, print_table


def _minutes(seconds: int) -> str:
    return f"{seconds // 60} min {seconds % 60:02d} s"


def render_stats(name: str, meta: dict, stats: Stats) -> None:
    from rich.table import Table
    from rich.text import Text

    readability = stats.readability
    style = stats.style
    table = Table(title=heading(name, meta), show_header=True, title_justify="left")
    table.add_column("Figure")
    table.add_column("Value", justify="right")
    table.add_column("Note", overflow="fold")
    rows = [
        ("Characters", f"{stats.characters:,}", ""),
        ("Words", f"{stats.words:,}", ""),
        ("Sentences", f"{stats.sentences:,}", ""),
        ("Paragraphs", f"{stats.paragraphs:,}", ""),
        ("Words per sentence", f"{stats.avg_sentence_words:.1f}", f"median {stats.median_sentence_words:g}"),
        (
            "Longest sentence",
            f"{stats.longest_sentence.words if stats.longest_sentence else 0} words",
            cell(stats.longest_sentence.text if stats.longest_sentence else ""),
        ),
        (f"Sentences over {LONG_SENTENCE_WORDS} words", str(len(stats.long_sentences)), ""),
        ("Average word length", f"{stats.avg_word_length:.2f}", "characters"),
        ("Syllables per word", f"{stats.syllables_per_word:.2f}", ""),
        ("Words of 3+ syllables", f"{stats.complex_word_share:.0%}", ""),
        ("Type–token ratio", f"{stats.type_token_ratio:.2f}", ""),
        ("MTLD", f"{stats.mtld:.1f}", "lexical diversity; higher is more varied"),
        ("Reading time", _minutes(stats.reading_time_seconds), f"at {READING_WORDS_PER_MINUTE} words a minute"),
        ("Speaking time", _minutes(stats.speaking_time_seconds), f"at {SPEAKING_WORDS_PER_MINUTE} words a minute"),
        ("Flesch reading ease", f"{readability.flesch_reading_ease:.1f}", readability.reading_ease_label),
        ("Flesch–Kincaid grade", f"{readability.flesch_kincaid_grade:.1f}", "US school grade"),
        ("Gunning fog", f"{readability.gunning_fog:.1f}", ""),
        ("SMOG", f"{readability.smog_index:.1f}", ""),
        ("Coleman–Liau", f"{readability.coleman_liau_index:.1f}", ""),
        ("ARI", f"{readability.automated_readability_index:.1f}", ""),
        ("Dale–Chall", f"{readability.dale_chall:.1f}", ""),
        ("Consensus grade", f"{readability.consensus_grade:.1f}", "textstat's text_standard"),
        ("Passive sentences", f"{style.passive_count} ({style.passive_share:.0%})", ""),
        ("-ly adverbs per 100 words", f"{style.ly_adverbs_per_100_words:.1f}", ""),
    ]
    for row in rows:
        table.add_row(*row)
    print_table(table)
    for sentence in style.passive_sentences:
        console().print(Text.assemble(("passive: ", "dim"), cell(sentence.text)))
