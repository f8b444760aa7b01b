"""quotes: frames with and without marks, continuation, speakers, the sample article, the CLI."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newscli.cli import app
from newscli.document import build_document
from newscli.quotes import extract_quotes


def quotes_of(text: str):
    return extract_quotes(build_document(text)).quotes


def only(text: str):
    found = quotes_of(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


# --- direct quotes with marks ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, quoted, speaker",
    [
        ('"We will win," Smith said.', "We will win", "Smith"),
        ("“We will win,” Smith said on Monday.", "We will win", "Smith"),
        ("“We will win,” said Smith.", "We will win", "Smith"),
        ("Smith said: “We will win.”", "We will win.", "Smith"),
        ("Smith told reporters, “We will win.”", "We will win.", "Smith"),
        ("“They said ‘no’ to us,” Smith said.", "They said ‘no’ to us", "Smith"),
    ],
)
def test_direct_with_marks(text, quoted, speaker):
    quote = only(text)
    assert (quote.text, quote.type, quote.marks, quote.speaker.name) == (quoted, "direct", True, speaker)
    assert text[quote.start : quote.end] == quoted


def test_split_quote_is_one_quote_in_two_parts():
    text = "“We will win,” she said, “and we will win big.”"
    quote = only(text)
    assert [text[s:e] for s, e in quote.parts] == ["We will win", "and we will win big."]
    assert quote.to_json()["parts"] == [list(part) for part in quote.parts]


def test_multi_paragraph_quote_continues_into_next_marked_paragraph():
    text = "“We will win this election,” Smith said. “It is ours.\n\n“Nobody can stop us now.”\n\nThe vote is in May."
    quote = only(text)
    assert quote.text.endswith("Nobody can stop us now.")


def test_scare_quotes_are_not_quotes():
    assert quotes_of("The so-called “peace dividend” never arrived, and the budget grew again.") == ()


def test_unbalanced_marks_never_run_past_the_paragraph():
    paragraphs = ["“This opens and never closes, Smith said."] + ["Plain news text follows here."] * 50
    text = "\n\n".join(paragraphs)
    for quote in quotes_of(text):
        assert quote.end <= len(paragraphs[0])


# --- direct quotes without marks -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, quoted",
    [
        ("We are ready to talk to anyone, Smith said on Wednesday.", "We are ready to talk to anyone"),
        ("We are ready to talk to anyone, said Smith.", "We are ready to talk to anyone"),
        ("Smith said: We are ready to talk to anyone.", "We are ready to talk to anyone"),
        ("Smith denied the claim, saying: We never talked to them.", "We never talked to them"),
    ],
)
def test_direct_without_marks(text, quoted):
    quote = only(text)
    assert (quote.text, quote.type, quote.marks, quote.speaker.name) == (quoted, "direct", False, "Smith")


def test_question_then_frame_without_marks():
    quote = only("Is this the end of the road? Smith asked.")
    assert (quote.text, quote.type, quote.speaker.name) == ("Is this the end of the road?", "direct", "Smith")


def test_medial_frame_without_marks():
    quote = only("However, he added, the talks are becoming difficult and complex, and he named China.")
    assert quote.text == "the talks are becoming difficult and complex"
    assert quote.type == "direct"


def test_continuation_same_paragraph_and_next_paragraph():
    text = (
        "Asia is a land for cooperation. It should not be a battlefield, spokesman Mao Ning said. "
        "Intervention will harm peace.\n\nWe in Asia want stability for all of us."
    )
    quote = only(text)
    assert quote.type == "direct"
    assert len(quote.parts) == 4
    assert quote.text.startswith("Asia is a land") and quote.text.endswith("for all of us")


def test_lone_third_person_paraphrase_is_indirect():
    quote = only("Japan is in talks to open an office, the minister told CNN on Wednesday.")
    assert quote.type == "indirect"


# --- indirect and mixed -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, quoted, speaker",
    [
        ("He added that the talks had ended without a deal.", "the talks had ended without a deal", "He"),
        ("According to Reuters, the talks had ended without a deal.", "the talks had ended without a deal", "Reuters"),
        ("The talks had ended without a deal, Reuters reported.", "The talks had ended without a deal", "Reuters"),
        ("Smith said on Friday the talks had ended without a deal.", "the talks had ended without a deal", "Smith"),
    ],
)
def test_indirect(text, quoted, speaker):
    quote = only(text)
    assert (quote.text, quote.type, quote.speaker.mention) == (quoted, "indirect", speaker)


def test_mixed_quote():
    quote = only("Smith said the plan was “a total disaster” for the city. Then everyone left.")
    assert quote.type == "mixed"
    assert quote.text == "the plan was “a total disaster” for the city"


def test_apposition_between_speaker_and_cue():
    quote = only("“We will win,” Cruz, who has proposed repealing the mandate, said at the time.")
    assert quote.speaker.name == "Cruz"


def test_who_said_names_the_antecedent():
    quote = only("The rally ended with Glenn Beck, who said the movement was finished for good.")
    assert (quote.text, quote.speaker.name) == ("the movement was finished for good", "Glenn Beck")


def test_two_apostrophes_are_quote_marks():
    quote = only("''We are going to resist the urge,'' Mr. Earnest said in the briefing.")
    assert (quote.text, quote.type, quote.speaker.mention) == ("We are going to resist the urge", "direct", "Mr. Earnest")


def test_colon_ending_a_paragraph_introduces_the_next():
    quote = only("Stated Stone:\n\n“I think that the stakes are so high.”")
    assert (quote.text, quote.speaker.name) == ("I think that the stakes are so high.", "Stone")


def test_content_stops_before_the_next_frame():
    found = quotes_of("Nearly a third say they don't know the answer, and one in five say it is not an improvement.")
    assert [q.text for q in found] == ["they don't know the answer", "it is not an improvement"]


def test_partial_quote_in_a_person_s_predicate():
    quote = only("Former spokesman Robert Gibbs derided “the professional left” in press conferences.")
    assert (quote.type, quote.cue, quote.speaker.name) == ("mixed", "derided", "Robert Gibbs")
    assert quote.text == "“the professional left” in press conferences"


def test_few_quoted_words_after_a_cue_are_mixed():
    quote = only("Lopez-Cantera promises to “end” the Common Core standards.")
    assert (quote.type, quote.text) == ("mixed", "to “end” the Common Core standards")


def test_relative_clause_with_object_verb_and_quoted_words():
    quote = only("He backed bodies like the council, which he called “a cartel for higher education.”")
    assert (quote.type, quote.text, quote.speaker.mention) == (
        "mixed", "which he called “a cartel for higher education.”", "he"
    )


def test_mixed_content_ends_before_a_new_clause_after_the_quoted_words():
    found = quotes_of("Friends mocked the campaign, calling Trump “an orange buffoon,” Susan said as she turned.")
    assert "calling" in found[0].cue and found[0].text == "Trump “an orange buffoon,”"


def test_relative_clause_is_not_a_frame():
    assert quotes_of("The country has a pacifist constitution, which he argued is reflected in the move.") == ()


# --- speakers -----------------------------------------------------------------------------------------------


def test_title_and_surname():
    found = quotes_of(
        "We will win, Foreign Minister Yoshimasa Hayashi said.\n\nWe will win again, Hayashi said on Monday."
    )
    assert [(q.speaker.name, q.speaker.role) for q in found] == [("Yoshimasa Hayashi", "Foreign Minister")] * 2


def test_pronoun_takes_most_recent_compatible_speaker():
    found = quotes_of(
        "We will win, Mr. John Smith said.\n\nWe will lose, Ms. Jane Doe said.\n\nWe are fine, he said."
    )
    assert [q.speaker.name for q in found] == ["John Smith", "Jane Doe", "John Smith"]


def test_role_description_resolves_to_named_person_even_if_named_later():
    found = quotes_of(
        "Japan is in talks, the country's foreign minister said.\n\n"
        "We are talking, Foreign Minister Yoshimasa Hayashi said."
    )
    assert found[0].speaker.name == "Yoshimasa Hayashi"
    assert found[0].speaker.mention == "the country's foreign minister"


def test_described_speaker_never_named():
    quote = only("In a statement, a NATO spokesman said: We will not go into the details.")
    assert quote.speaker.name == "NATO spokesman"


def test_outlet_short_form_resolves_to_full_name():
    found = quotes_of(
        "Nikkei Asia reported the plans first.\n\nThe office will open soon, the Nikkei reported last week."
    )
    assert found[-1].speaker.name == "Nikkei Asia"


# --- the sample article --------------------------------------------------------------------------------------

EXPECTED = [  # (start of the quote text, end of it, type, speaker)
    ("Japan is in talks", "first of its kind in Asia", "indirect", "Yoshimasa Hayashi"),
    ("We are already in discussions", "finalized yet", "direct", "Yoshimasa Hayashi"),
    ("The reason we are discussing", "more and more important", "direct", "Yoshimasa Hayashi"),
    ("Japan is not a treaty member of NATO", "", "indirect", "Yoshimasa Hayashi"),
    ("The liaison office in Japan will facilitate", "cyber threats", "indirect", "Nikkei Asia"),
    ("Regarding plans to open a liaison office", "between NATO allies", "direct", "NATO spokesman"),
    ("NATO and Japan have a long cooperation", "", "indirect", "NATO spokesman"),
    ("Asia is a promising land", "regional peace and stability", "direct", "Mao Ning"),
    ("the opening of any NATO office was not intended", "", "indirect", "Yoshimasa Hayashi"),
    ("the security environment in Asia", "difficult and complex", "direct", "Yoshimasa Hayashi"),
    ("I don’t think so", "", "direct", "Yoshimasa Hayashi"),
    ("We are not offending anyone", "even threats", "direct", "Yoshimasa Hayashi"),
]


def test_sample_article_golden(sample_doc):
    found = extract_quotes(sample_doc).quotes
    for beginning, ending, kind, speaker in EXPECTED:
        matches = [q for q in found if q.text.startswith(beginning)]
        assert len(matches) == 1, beginning
        quote = matches[0]
        assert quote.text.endswith(ending), quote.text
        assert (quote.type, quote.marks, quote.speaker.name) == (kind, False, speaker), beginning
    hayashi_continuation = next(q for q in found if q.text.startswith("The reason"))
    assert "This is why a cooperation" in hayashi_continuation.text
    # Reported speech only: the one extra is the lede's "saying …" clause.
    assert len(found) == len(EXPECTED) + 1
    assert not any("responded angrily" in q.text or "pacifist constitution" in q.text for q in found)
    mao = next(q for q in found if q.speaker.name == "Mao Ning")
    assert mao.speaker.role == "Chinese Foreign Ministry spokesman"


def test_offsets_hold(sample_doc):
    for quote in extract_quotes(sample_doc).quotes:
        for start, end in quote.parts:
            assert sample_doc.text[start:end] in quote.text
        if quote.speaker:
            assert sample_doc.text[quote.speaker.start : quote.speaker.end] == quote.speaker.mention


# --- CLI ----------------------------------------------------------------------------------------------------

SAMPLE = "seeds/000_f40a1664c5cdecd9.txt"


def test_cli_json_contract():
    result = CliRunner().invoke(app, ["quotes", SAMPLE, "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.splitlines()[0])
    quote = record["quotes"][0]
    assert set(quote) >= {"text", "start", "end", "type", "marks", "cue", "speaker", "paragraph"}
    assert set(quote["speaker"]) == {"name", "mention", "role", "start", "end"}
    assert set(record["speakers"][0]) == {"name", "role", "quotes", "words"}


def test_cli_filters():
    result = CliRunner().invoke(app, ["quotes", SAMPLE, "--json", "--speaker", "Hayashi", "--type", "direct"])
    record = json.loads(result.output.splitlines()[0])
    assert record["quotes"]
    assert {(q["speaker"]["name"], q["type"]) for q in record["quotes"]} == {("Yoshimasa Hayashi", "direct")}
    assert [s["name"] for s in record["speakers"]] == ["Yoshimasa Hayashi"]


def test_cli_table_and_by_speaker():
    result = CliRunner().invoke(app, ["quotes", SAMPLE])
    assert result.exit_code == 0
    assert "Mao Ning" in result.output and "Speaker" in result.output
    result = CliRunner().invoke(app, ["quotes", SAMPLE, "--by-speaker"])
    assert "NATO spokesman" in result.output and "of quoted words" in result.output


def test_cli_rejects_unknown_type():
    result = CliRunner().invoke(app, ["quotes", SAMPLE, "--type", "rumour"])
    assert result.exit_code == 2
