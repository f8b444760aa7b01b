"""summarize: sentence selection (every method), key phrases, the CLI and its JSON contract."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from newscli.cli import SummaryMethod, app
from newscli.document import build_document
from newscli.keyphrases import rank_phrases
from newscli.summarize import (
    GRAPH_WINDOW,
    METHODS,
    _window_graph,
    candidate_sentences,
    pagerank,
    position_aware_centrality,
    summarize,
)

from .conftest import SAMPLE

ARTICLE = """Storm floods coastal towns

Monday, March 3, 2025

Heavy rain flooded three coastal towns on Monday, forcing hundreds of residents to leave their homes.

Rescue teams moved residents of the flooded towns to schools on higher ground. The flooded coastal towns expect more rain on Tuesday.

He added that the rain would stop soon. However, the towns remain flooded and residents remain in schools.

Rescue teams in boats reached the last residents of the coastal towns late on Monday.

The region's governor praised the rescue teams and promised money to rebuild the flooded coastal towns.
"""


def sentences_of(text, **options):
    return [s.text for s in summarize(build_document(text), keyphrases=0, **options).sentences]


def test_title_and_date_line_are_never_summary_sentences():
    for method in METHODS:
        chosen = sentences_of(ARTICLE, sentences=6, method=method)
        assert "Storm floods coastal towns" not in chosen, method
        assert not any(text.startswith("Monday, March 3") for text in chosen), method


def test_lead_is_the_first_body_sentences_after_the_title():
    assert sentences_of(ARTICLE, sentences=2, method="lead") == [
        "Heavy rain flooded three coastal towns on Monday, forcing hundreds of residents to leave their homes.",
        "Rescue teams moved residents of the flooded towns to schools on higher ground.",
    ]


def test_lexrank_avoids_sentences_that_point_back_while_others_remain():
    chosen = sentences_of(ARTICLE, sentences=4, method="lexrank")
    assert len(chosen) == 4
    assert not any(text.startswith(("He added", "However")) for text in chosen)


def test_sentences_that_do_not_stand_alone_fill_up_when_nothing_better_exists():
    chosen = sentences_of(ARTICLE, sentences=6, method="lexrank")  # 5 stand alone, of 7
    assert any(text.startswith(("He added", "However")) for text in chosen)


def test_near_duplicates_are_skipped():
    text = (
        "Officials said the new bridge over the river will open in May after years of delays.\n\n"
        "Officials said the new bridge over the river will open in May after years of delays, reports say.\n\n"
        "The old ferry service will end once traffic moves to the bridge.\n\n"
        "Local shops hope the bridge brings more visitors to the town centre."
    )
    chosen = sentences_of(text, sentences=2, method="textrank")
    assert len(chosen) == 2
    assert sum(sentence.startswith("Officials said the new bridge") for sentence in chosen) == 1


RESTATED_LEDE = (
    "Dundee will name Sam Rowe as the club's permanent head coach on Monday after a run of five wins in six games.\n\n"
    "Dundee will confirm Sam Rowe as their new permanent head coach on Monday, the club said.\n\n"
    "Rowe, 41, took temporary charge in March when the previous coach left for a job abroad.\n\n"
    "Supporters had called for him to be given the job after the win over the league leaders.\n\n"
    "The club's chairman praised the players for their response to a difficult season."
)


@pytest.mark.parametrize("method", ["news", "textrank", "lexrank"])
def test_a_restated_lede_never_joins_the_lede(method):
    # Tabloid copy restates its first sentence in other words; the summary holds one of the two.
    chosen = sentences_of(RESTATED_LEDE, sentences=3, method=method)
    assert len(chosen) == 3
    assert sum(text.startswith("Dundee will") for text in chosen) == 1, chosen


def test_of_two_sentences_saying_the_same_the_fuller_one_is_kept():
    # The short restatement comes first (a caption-like line), the fuller statement later: the fuller one wins.
    text = (
        "The new stadium in Leeds.\n\n"
        "The new stadium in Leeds will open in August and hold forty thousand fans, the city council said on Tuesday.\n\n"
        "Builders finished the roof last week after two years of work.\n\n"
        "Ticket prices for the first season will be announced in May."
    )
    chosen = sentences_of(text, sentences=2)
    assert "The new stadium in Leeds." not in chosen
    assert chosen[0].startswith("The new stadium in Leeds will open")


def test_a_caption_restating_the_lede_is_not_a_candidate():
    text = (
        "The council will close the old swimming pool in Hull next month after engineers found cracks in its roof. "
        "Swimmers will be offered places at two other pools in the city. "
        "The old swimming pool (pictured) in Hull will close next month after engineers found cracks in its roof . "
        "The pool opened in 1932 and was rebuilt after the war."
    )
    chosen = sentences_of(text, sentences=3, method="lead")
    assert not any("(pictured)" in sentence for sentence in chosen)
    assert chosen[-1].startswith("The pool opened in 1932")


def test_news_centrality_favours_the_sentence_later_ones_take_up_over_its_restatement():
    text = (
        "The river flooded the old mill town after three days of heavy rain.\n\n"
        "Farmers moved their cattle to higher fields on Sunday.\n\n"
        "Heavy rain flooded the old mill town again, the river having risen for three days."
    )
    centrality = position_aware_centrality(candidate_sentences(build_document(text)))
    assert centrality[0] > centrality[2]


def test_verbless_labels_and_paragraphs_opening_in_lower_case_are_not_candidates():
    text = (
        "The old harbour wall at low tide.\n\n"
        "pictured at the harbour in 2019.\n\n"
        "Engineers will repair the old harbour wall this summer before the autumn storms arrive.\n\n"
        "eBay sellers in the town say the works will close the market for a month."
    )
    document = build_document(text)
    assert [document.sentences[c.index].text[:20] for c in candidate_sentences(document)] == [
        "Engineers will repai",
        "eBay sellers in the ",
    ]


@pytest.mark.parametrize("credit", ["Image: Jane Doe.", "Video: Jane Doe & John Roe."])
def test_captions_are_not_candidates(credit):
    text = (
        f"Crowds at the fair on Friday. {credit}\n\n"
        "The city fair opened on Friday with more than two hundred stalls and a parade through the centre.\n\n"
        "Organisers expect ten thousand visitors over the weekend."
    )
    document = build_document(text)
    assert [document.sentences[c.index].text for c in candidate_sentences(document)] == [
        "The city fair opened on Friday with more than two hundred stalls and a parade through the centre.",
        "Organisers expect ten thousand visitors over the weekend.",
    ]


def test_short_input_returns_everything_and_says_so():
    result = summarize(build_document(ARTICLE), sentences=20, keyphrases=0)
    assert result.short
    assert result.available == 7
    assert len(result.sentences) == 7
    assert not summarize(build_document(ARTICLE), sentences=2, keyphrases=0).short


def test_word_budget_and_ratio():
    document = build_document(ARTICLE)
    for method in METHODS:
        result = summarize(document, words=40, method=method, keyphrases=0)
        assert len(result.sentences) >= 1 and sum(len(s.text.split()) for s in result.sentences) <= 40, method
    assert len(summarize(document, ratio=0.3, keyphrases=0).sentences) == 2  # 30% of 7 candidates
    one = summarize(document, words=3, keyphrases=0)  # nothing fits: the best sentence alone
    assert len(one.sentences) == 1


def test_options_are_checked():
    document = build_document(ARTICLE)
    with pytest.raises(ValueError, match="unknown method"):
        summarize(document, method="luhn")
    with pytest.raises(ValueError, match="at most one"):
        summarize(document, sentences=2, words=50)


def test_summary_is_in_article_order_with_offsets_and_scores(sample_doc):
    for method in METHODS:
        result = summarize(sample_doc, method=method, keyphrases=0)
        indices = [s.sentence for s in result.sentences]
        assert indices == sorted(indices) and len(indices) == 3, method
        for s in result.sentences:
            assert sample_doc.text[s.start : s.end] == s.text == sample_doc.sentences[s.sentence].text
            assert 0 < s.score <= 1


def test_methods_rank_differently(sample_doc):
    chosen = {method: [s.sentence for s in summarize(sample_doc, method=method, keyphrases=0).sentences] for method in METHODS}
    assert chosen["lead"] == [0, 1, 2]
    assert chosen["textrank"] != chosen["lead"]
    assert chosen["lexrank"] != chosen["textrank"]


def test_sample_default_summary_contains_the_first_body_sentence(sample_doc):
    result = summarize(sample_doc, keyphrases=0)
    assert result.method == "news"
    assert result.sentences[0].sentence == 0
    assert result.sentences[0].text.startswith("Japan is in talks to open a NATO liaison office")


def test_pagerank_favours_the_hub_and_sums_to_one():
    star = [[(1, 1.0), (2, 1.0), (3, 1.0)], [(0, 1.0)], [(0, 1.0)], [(0, 1.0)], []]
    ranks = pagerank(star)
    assert ranks[0] == max(ranks)
    assert sum(ranks) == pytest.approx(1.0)
    biased = pagerank(star, teleport=[0, 0, 0, 1, 0])
    assert biased[3] > biased[1]


def test_graph_links_only_sentences_within_the_window():
    count = GRAPH_WINDOW * 3
    graph = _window_graph(count, lambda i, j: 1.0)
    assert max(len(edges) for edges in graph) == 2 * GRAPH_WINDOW
    assert all(abs(i - j) <= GRAPH_WINDOW for i, edges in enumerate(graph) for j, _ in edges)


def test_keyphrases_merge_plurals_and_skip_stop_words_and_single_words():
    sentences = [
        [("Japan", "NNP"), ("opens", "VBZ"), ("a", "DT"), ("NATO", "NNP"), ("liaison", "NN"), ("office", "NN")],
        [("Other", "JJ"), ("NATO", "NNP"), ("liaison", "NN"), ("offices", "NNS"), ("exist", "VBP"), (".", ".")],
        [("Many", "JJ"), ("countries", "NNS"), ("watch", "VBP"), ("the", "DT"), ("foreign", "JJ"), ("minister", "NN")],
        [("Several", "JJ"), ("others", "NNS"), ("agree", "VBP"), (".", ".")],
    ]
    phrases = rank_phrases(sentences, limit=10)
    assert [(p.text, p.count) for p in phrases] == [("NATO liaison office", 2), ("foreign minister", 1)]
    assert phrases[0].score == 1.0 and 0 < phrases[1].score < 1


def test_keyphrases_prefer_early_phrases_at_equal_frequency():
    early = [("border", "NN"), ("talks", "NNS")]
    late = [("trade", "NN"), ("deal", "NN")]
    phrases = rank_phrases([early, [("x", "SYM")], late], limit=2)
    assert [p.text for p in phrases] == ["border talks", "trade deal"]


NP_GRAMMAR = r"NP: {<JJ|JJR|JJS|NN|NNS|NNP|NNPS>*<NN|NNS|NNP|NNPS>}"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "DT", "VBZ", "IN", "CD"]), max_size=16))
def test_keyphrase_chunks_are_those_of_nltks_regexp_parser(tags):
    """The chunks are cut by hand, as NLTK's RegexpParser cuts them with the documented grammar."""
    from nltk.chunk import RegexpParser

    from newscli.keyphrases import MAX_WORDS, _noun_phrases

    sentence = [(f"word{index}", tag) for index, tag in enumerate(tags)]
    chunks = [tree.leaves() for tree in RegexpParser(NP_GRAMMAR).parse(sentence).subtrees(lambda tree: tree.label() == "NP")]
    expected = [chunk for chunk in chunks if 2 <= len(chunk) <= MAX_WORDS]
    assert list(_noun_phrases(sentence)) == expected


def test_sample_keyphrases(sample_doc):
    from newscli.keyphrases import extract_keyphrases

    phrases = extract_keyphrases(sample_doc, limit=10)
    texts = [p.text.lower() for p in phrases]
    assert len(phrases) == 10 and all(len(text.split()) >= 2 for text in texts)
    assert any("liaison office" in text for text in texts)


runner = CliRunner()


def test_cli_json_contract(tmp_path):
    result = runner.invoke(app, ["summarize", str(SAMPLE), "--json", "--keyphrases", "0", "-n", "2"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert [set(item) for item in record["summary"]] == [{"text", "start", "end", "sentence", "score"}] * 2
    assert record["keyphrases"] == []
    assert record["summary_info"] == {"method": "news", "requested": 2, "available": 25, "short": False}


def test_cli_table_notes_a_short_input(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("The council approved the new budget on Monday.\n\nTaxes will not rise.\n", encoding="utf-8")
    result = runner.invoke(app, ["summarize", str(path), "--keyphrases", "0"])
    assert result.exit_code == 0, result.output
    assert "Short input" in result.stdout and "approved the new budget" in result.stdout


@pytest.mark.parametrize(
    "options", [["-n", "2", "--words", "50"], ["--ratio", "0.2", "-n", "1"], ["--method", "luhn"], ["--ratio", "2"]]
)
def test_cli_rejects_bad_options(options):
    result = runner.invoke(app, ["summarize", str(SAMPLE), "--keyphrases", "0", *options])
    assert result.exit_code == 2


def test_cli_methods_are_the_analysis_methods():
    assert sorted(method.value for method in SummaryMethod) == sorted(METHODS)


def _dev_summaries_dir():
    from .conftest import REPO

    for root in (REPO.parent, REPO.parent.parent):
        if (root / "shared" / "eval-dev" / "summaries").is_dir():
            return root / "shared" / "eval-dev" / "summaries"
    return None


# Page furniture the reader sets aside (issue 15); a summary sentence never contains it.
FURNITURE = ("scroll down for video", "(cnn)", "published:", "updated:", "contributed to this report", "click here", "read more:")


@pytest.mark.skipif(_dev_summaries_dir() is None, reason="development data (../shared/eval-dev) not present")
def test_dev_summaries_hold_no_furniture_and_no_near_duplicates():
    from benchmarks.scorers.common import document_of, load_jsonl
    from newscli.summarize import DUPLICATE_SIMILARITY, _similarity

    for path in sorted(_dev_summaries_dir().glob("*.jsonl")):
        for number, record in enumerate(load_jsonl(path)):
            document = document_of(record)
            chosen = {c.index: c for c in candidate_sentences(document)}
            summary = summarize(document, keyphrases=0)
            where = f"{path.name} #{number}"
            for sentence in summary.sentences:
                assert not any(phrase in sentence.text.lower() for phrase in FURNITURE), (where, sentence.text)
            picked = [chosen[sentence.sentence] for sentence in summary.sentences]
            for i, a in enumerate(picked):
                for b in picked[i + 1 :]:
                    assert _similarity(a, b) < DUPLICATE_SIMILARITY, (where, a.index, b.index)


def test_the_skipping_stemmer_stems_as_nltks():
    """Passing over the Porter steps whose suffixes a word lacks changes no stem: words made of stems and every
    suffix the steps know, once and twice, stem as NLTK's own stemmer stems them."""
    from nltk.stem.porter import PorterStemmer

    from newscli.summarize import PORTER_STEP_SUFFIXES, _stemmer

    suffixes = {suffix for step in PORTER_STEP_SUFFIXES.values() for suffix in step}
    suffixes |= {"ied", "eed", "ed", "ing", "ies", "e", "ly", "es", ""}
    bases = ["rat", "hope", "sens", "form", "electr", "allow", "adopt", "control", "happ", "sky", "dy", "hopp", "fil", "y", "oy"]
    words = {base + first + second for base in bases for first in suffixes for second in suffixes}
    words |= {"news", "innings", "dying", "proceed", "feed", "agreed", "ties", "caresses", "ponies", "yyyy"}
    reference = PorterStemmer()
    assert [_stemmer().stem(word) for word in sorted(words)] == [reference.stem(word) for word in sorted(words)]
