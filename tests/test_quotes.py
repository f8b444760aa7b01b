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
        ("Smith hung up, saying: We never talked to them.", "We never talked to them"),
    ],
)
def test_direct_without_marks(text, quoted):
    quote = only(text)
    assert (quote.text, quote.type, quote.marks, quote.speaker.name) == (quoted, "direct", False, "Smith")


def test_question_then_frame_without_marks():
    quote = only("Is this the end of the road? Smith asked.")
    assert (quote.text, quote.type, quote.speaker.name) == ("Is this the end of the road?", "direct", "Smith")


@pytest.mark.parametrize(
    "text, quoted, cue",
    [
        ("Everybody is laughing at him. A pathetic figure! he wrote.", "A pathetic figure!", "wrote"),
        ("I expect to be vetted, he said on Meet the Press.", "I expect to be vetted", "said on Meet the Press"),
        ("We will win the state, Trump told Fox News host Sean Hannity earlier this month.",
         "We will win the state", "told Fox News host Sean Hannity earlier this month"),
        ("Is there something about those stories, right? said Murphy, who smiled.",
         "Is there something about those stories, right?", "said"),
        ("If I was a donor, I would want answers, said a party official who backs Trump.",
         "If I was a donor, I would want answers", "said"),
        ("I stand by everything I said, the senator told reporters when asked about the race.",
         "I stand by everything I said", "told reporters"),
    ],
)
def test_trailing_frames_without_marks(text, quoted, cue):
    quote = next(q for q in quotes_of(text) if q.cue == cue)
    assert quote.type == "direct" and quote.parts[-1] == (text.index(quoted), text.index(quoted) + len(quoted))


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


def test_continuation_is_not_stopped_by_the_mention_s_determiner():
    text = "I apologize to nobody for that, the senator said. When we put money into the hands of workers, they spend it."
    quote = only(text)
    assert quote.text == "I apologize to nobody for that … When we put money into the hands of workers, they spend it"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor has lost my vote, Smith said. He broke every promise he made. And the city is poorer for it.",
        "Smith said: The mayor has lost my vote. He broke every promise he made. And the city is poorer for it.",
    ],
)
def test_quote_opening_its_paragraph_runs_on_past_third_person_pronouns(text):
    # A multi-sentence quotation attributed once, after its first sentence or before it, runs to the end of its
    # paragraph: "He" is whom the speaker speaks of, not the narrator's return.
    quote = next(q for q in quotes_of(text) if q.type == "direct")
    assert quote.text.startswith("The mayor has lost my vote") and quote.text.endswith("And the city is poorer for it")
    assert "He broke every promise he made" in quote.text


@pytest.mark.parametrize(
    "text",
    [
        # The frame is not the paragraph's first sentence: the sentence after it is the narrator's.
        "Smith spoke to reporters at noon. The mayor has lost my vote, Smith said. He left before the vote.",
        # A sentence naming the speaker is the narrator's, even in a paragraph that opens with the speech.
        "The mayor has lost my vote, Smith said. Smith has taught at the school for ten years.",
    ],
)
def test_narration_after_a_quote_stays_out_of_it(text):
    quote = next(q for q in quotes_of(text) if q.type == "direct")
    assert quote.text == "The mayor has lost my vote"


def test_lone_third_person_paraphrase_is_indirect():
    quote = only("Japan is in talks to open an office, the minister told CNN on Wednesday.")
    assert quote.type == "indirect"


# --- indirect and mixed -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, quoted, speaker",
    [
        ("He added that the talks had ended without a deal.", "the talks had ended without a deal", "He"),
        ("According to Reuters, the talks had ended without a deal.", "the talks had ended without a deal", "Reuters"),
        ("In addition, according to Reuters, the talks had ended.", "the talks had ended", "Reuters"),
        ("The talks had ended without a deal, Reuters reported.", "The talks had ended without a deal", "Reuters"),
        ("Smith said on Friday the talks had ended without a deal.", "the talks had ended without a deal", "Smith"),
    ],
)
def test_indirect(text, quoted, speaker):
    quote = only(text)
    assert (quote.text, quote.type, quote.speaker.mention) == (quoted, "indirect", speaker)


@pytest.mark.parametrize(
    "text, quoted, cue, speaker",
    [
        ("Trump on Tuesday said the wall would be built.", "the wall would be built", "said", "Trump"),
        ("The White House on Monday also urged the industry to do more.", "the industry to do more", "also urged",
         "The White House"),
        ("A CNN/ORC poll last month showed Trump leading Cruz nationally.", "Trump leading Cruz nationally", "showed",
         "A CNN/ORC poll"),
        ("Clinton in 2015 said she would not run.", "she would not run", "said", "Clinton"),
        ("Obama himself said the race was over.", "the race was over", "said", "Obama"),
        ("He calls for $1 trillion in new spending.", "$1 trillion in new spending", "calls for", "He"),
    ],
)
def test_words_between_speaker_and_cue_and_after_it(text, quoted, cue, speaker):
    quote = only(text)
    assert (quote.text, quote.cue, quote.speaker.mention) == (quoted, cue, speaker)


def test_went_on_to_say_is_one_cue():
    quote = only("He went on to say the plan was a failure from the start.")
    assert (quote.text, quote.cue, quote.speaker.mention) == ("the plan was a failure from the start", "went on to say", "He")


def test_mixed_quote():
    quote = only("Smith said the plan was “a total disaster” for the city. Then everyone left.")
    assert quote.type == "mixed"
    assert quote.text == "the plan was “a total disaster” for the city"


def test_apposition_between_speaker_and_cue():
    quote = only("“We will win,” Cruz, who has proposed repealing the mandate, said at the time.")
    assert quote.speaker.name == "Cruz"


def test_inverted_speaker_after_a_comma_is_not_an_apposition():
    text = ("Even if the department closed, some of its work would be done by other agencies or offices, "
            "said DeSantis, who was elected in 2012.")
    quote = only(text)
    assert (quote.text, quote.speaker.mention) == (
        "Even if the department closed, some of its work would be done by other agencies or offices", "DeSantis"
    )
    # A stance verb's object is no inverted speaker: the apposition reading stands.
    quote = only("Morton Blackwell, a longtime activist, endorsed Sen. Ted Cruz for president.")
    assert (quote.text, quote.speaker.mention) == ("Sen. Ted Cruz for president", "Morton Blackwell")


def test_participle_speaker_is_the_subject_noun_phrase():
    found = quotes_of("The Vermont senator emailed supporters, saying the struggle continues.")
    saying = next(q for q in found if q.cue == "saying")
    assert (saying.text, saying.speaker.mention) == ("the struggle continues", "The Vermont senator")


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
    found = quotes_of("Nearly a third say they have no answer, and one in five say it is not an improvement.")
    assert [q.text for q in found] == ["they have no answer", "it is not an improvement"]


def test_a_relative_clause_frame_does_not_cut_the_content():
    text = "Devine said he has had no talks with supporters who have suggested that Sanders leave the race."
    said = next(q for q in quotes_of(text) if q.cue == "said")
    assert said.text == "he has had no talks with supporters who have suggested that Sanders leave the race"


def test_a_stance_inside_content_is_a_quote_of_its_own():
    found = quotes_of("Other prominent Republicans have also said they're supporting Clinton in the race.")
    assert [(q.text, q.cue) for q in found] == [
        ("they're supporting Clinton in the race", "have also said"),
        ("Clinton in the race", "'re supporting"),
    ]


def test_partial_quote_in_a_person_s_predicate():
    quote = only("Former spokesman Robert Gibbs derided “the professional left” in press conferences.")
    assert (quote.type, quote.cue, quote.speaker.name) == ("mixed", "derided", "Robert Gibbs")
    assert quote.text == "“the professional left” in press conferences"


def test_few_quoted_words_after_a_cue_are_mixed():
    quote = only("Lopez-Cantera promises to “end” the Common Core standards.")
    assert (quote.type, quote.text) == ("mixed", "to “end” the Common Core standards")


def test_relative_clause_with_object_verb_and_quoted_words():
    found = quotes_of("He backed bodies like the council, which he called “a cartel for higher education.”")
    assert [(q.type, q.text, q.speaker.mention) for q in found] == [
        ("indirect", "bodies like the council", "He"),  # a stance, cut before the relative clause
        ("mixed", "which he called “a cartel for higher education.”", "he"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Friends mocked the campaign, calling Trump “an orange buffoon,” Susan said as she turned.",
        "Friends mocked the campaign, calling Trump “an orange buffoon”, Susan said as she turned.",
        "Friends mocked the campaign, calling Trump an orange buffoon, Susan said as she turned.",
    ],
)
def test_trailing_frame_reports_the_whole_clause_whatever_the_punctuation(text):
    # The comma inside the closing mark (American style) is the clause's comma, as outside it or without marks.
    [quote] = quotes_of(text)
    assert quote.text.startswith("Friends mocked the campaign, calling Trump")
    assert quote.speaker is not None and quote.speaker.mention == "Susan"


@pytest.mark.parametrize(
    "text, quoted, speaker",
    [
        ("The country has a pacifist constitution, which he argued is reflected in the move.",
         "which he argued is reflected in the move", "he"),
        ("The governor vetoed a bill, which critics said was unfair to students, on Friday.",
         "which critics said was unfair to students", "critics"),  # ends with the clause's comma
        ("It is a change that the mayor said would cut costs.", "that the mayor said would cut costs", "the mayor"),
    ],
)
def test_speech_verb_in_a_relative_clause_reports_the_clause(text, quoted, speaker):
    quote = only(text)
    assert (quote.type, quote.text, quote.speaker.mention) == ("indirect", quoted, speaker)


@pytest.mark.parametrize(
    "text, quoted, speaker",
    [
        ("But as Clyburn noted, those voters will give Sanders a second look.",
         "those voters will give Sanders a second look", "Clyburn"),
        ("As the Post—never a friendly paper—observed, Republicans now control 30 states.",
         "Republicans now control 30 states", "the Post"),
        ("His numbers are not that toxic, as most insiders believe.", "His numbers are not that toxic", "most insiders"),
    ],
)
def test_as_source_clause_frames_the_clause_beside_it(text, quoted, speaker):
    quote = only(text)
    assert (quote.type, quote.text, quote.speaker.mention) == ("indirect", quoted, speaker)


def test_as_idioms_are_not_source_clauses():
    assert quotes_of("They could work as long as they like, and could damage their status.") == ()


def test_complementizer_that_is_not_a_relative_clause():
    quote = only("She said that Smith admitted to a federal crime on camera.")
    assert (quote.text, quote.speaker.mention) == ("Smith admitted to a federal crime on camera", "She")
    assert quotes_of("It was the house in which he said goodbye to his mother.") == ()


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


def test_he_skips_groups_and_things():
    found = quotes_of("Tom Hale said the road would open. Republicans said it was too late. He said they were wrong.")
    assert found[-1].speaker.name == "Tom Hale"


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
    # Stances and reports whose object is a noun phrase (beyond the list of reported speech).
    ("plans to open the office in Japan", "NATO officials", "indirect", "Nikkei Asia"),
    ("Russia as a neighbor of Japan", "at the test site", "indirect", "Yoshimasa Hayashi"),
    ("concerns that opening a NATO office", "fuel tensions", "indirect", "Yoshimasa Hayashi"),
    # A speech verb in a relative clause: what he argued of the pacifist constitution.
    ("which he argued is reflected in the move", "", "indirect", "Yoshimasa Hayashi"),
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


# --- stances, claims, labels, surveys ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, content, cue, speaker",
    [
        ("Cruz endorsed Carly Fiorina.", "Carly Fiorina", "endorsed", "Cruz"),
        ("He believes that the race is over.", "the race is over", "believes", "He"),
        ("She wants to run for the Senate.", "to run for the Senate", "wants", "She"),
        ("Sanders called for a recount.", "a recount", "called for", "Sanders"),
        ("The senator may well endorse Clinton.", "Clinton", "may well endorse", "The senator"),
        ("Republicans who favor consumption taxes.", "consumption taxes", "favor", "Republicans"),
        ("Hayashi dismissed concerns that the office could fuel tensions.",
         "concerns that the office could fuel tensions", "dismissed", "Hayashi"),
        ("Devine made it clear that his boss wanted more.", "his boss wanted more", "made it clear", "Devine"),
        ("Mr. Smith is critical of the new overtime rule.", "the new overtime rule", "is critical of", "Mr. Smith"),
        ("He runs a super PAC supporting Clinton.", "Clinton", "supporting", "a super PAC"),
        ("Cruz Endorses Carly Fiorina", "Carly Fiorina", "Endorses", "Cruz"),
    ],
)
def test_stance_frames(text, content, cue, speaker):
    quote = next(q for q in quotes_of(text) if q.cue == cue)
    assert (quote.type, quote.text, quote.speaker.mention) == ("indirect", content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Their support was crucial for the party.",  # a noun, not a stance verb
        "The favored candidate won the primary easily.",  # an adjective
        "The invasion prompted Finland to abandon neutrality and seek protection.",  # not the subject's act
        "The governor backed off from the plan.",  # a particle, not an object
        "Cruz was endorsed by the governor.",  # passive
        "She made the team in May.",  # make is no cue without its phrase
    ],
)
def test_stance_non_frames(text):
    assert quotes_of(text) == ()


def test_stance_in_first_person_without_marks_is_speech():
    # Without marks, "we want …" belongs to someone's mark-less quote, not a stance of its own.
    text = "Asia is a land for cooperation, spokesman Mao Ning said.\n\nWe in Asia want stability for all of us."
    assert [q.cue for q in quotes_of(text)] == ["said"]


def test_claim_noun_frame():
    quote = only("Reporters repeated Trump's claim that Mexico will pay.")
    assert (quote.type, quote.text, quote.cue, quote.speaker.mention) == ("indirect", "Mexico will pay", "claim that", "Trump")
    quote = only("Soon after the game, Trump's blunt assessment of the referees spread online.")
    assert (quote.text, quote.cue, quote.speaker.mention) == ("the referees spread online", "assessment of", "Trump")


def test_claim_noun_needs_a_possessor():
    assert quotes_of("The claim that Mexico will pay is false.") == ()


def test_agentless_passive_frame():
    quote = only("The decision is widely expected to be unfavorable for Beijing.")
    assert (quote.text, quote.cue, quote.speaker) == (
        "The decision is widely expected to be unfavorable for Beijing", "is widely expected to", None
    )
    quote = only("Sanders was asked whether he would stay in the race.")
    assert (quote.cue, quote.speaker) == ("was asked whether", None)
    assert quotes_of("The delegates were expected at noon.") == ()
    quote = only("The bank, which has held rates near zero, is expected to act in December.")
    assert quote.text == "The bank, which has held rates near zero, is expected to act in December"
    found = quotes_of("Mr. Cruz, whose finish was widely seen as a disappointment, said that he would win.")
    assert [(q.text, q.cue) for q in found] == [("he would win", "said")]


@pytest.mark.parametrize(
    "text, content, cue, speaker",
    [
        ("Asked about a tougher approach, the senator would only say that it was early.",
         "a tougher approach", "Asked about", None),
        ("“It is not perfect,” Lopez-Cantera said when asked whether the standards would stay.",
         "whether the standards would stay", "asked", None),
        ("Asked by Stephanopoulos to respond to the criticism, Carson laughed.",
         "to respond to the criticism", "Asked", "Stephanopoulos"),
    ],
)
def test_question_put_to_a_source(text, content, cue, speaker):
    quote = next(q for q in quotes_of(text) if q.cue == cue)
    assert (quote.type, quote.text, quote.speaker.mention if quote.speaker else None) == ("indirect", content, speaker)


def test_asked_by_a_subject_is_an_ordinary_frame():
    quote = only("Reporters asked him whether he would run.")
    assert (quote.text, quote.speaker.mention) == ("him whether he would run", "Reporters")


def test_evidential_frame():
    quote = only("Even as he won in South Carolina, Mr. Trump seemed to overstay his welcome.")
    assert (quote.text, quote.cue, quote.speaker) == ("Mr. Trump seemed to overstay his welcome", "seemed to", None)
    quote = only("But Republicans don't seem to take the argument seriously.")
    assert (quote.text, quote.cue) == ("Republicans don't seem to take the argument seriously", "don't seem to")
    assert quotes_of("She appeared on Fox News on Sunday.") == ()  # no impression without "to" or "like"


def test_label_frame_headline_and_transcript():
    quote = only("Issa: Clinton's honesty is in question.\n\nThe hearing went on.")
    assert (quote.type, quote.text, quote.speaker.name) == ("indirect", "Clinton's honesty is in question", "Issa")
    quote = only("TAPPER: And obviously, you are supporting him in the race.")
    assert (quote.type, quote.speaker.mention) == ("direct", "TAPPER")
    assert quotes_of("UPDATE: The vote was delayed until Friday.") == ()
    assert quotes_of("Twitter: @Milbank") == ()  # too short to be anyone's words
    assert quotes_of("The plan had two parts: taxes and spending cuts.") == ()


def test_survey_frame():
    quote = only("In a CNN poll last month, Clinton led Obama by 24 points.")
    assert (quote.text, quote.speaker.mention) == ("Clinton led Obama by 24 points", "a CNN poll")
    quote = only("Obama was winning black voters by 28 points in the same poll.")
    assert (quote.text, quote.speaker.mention) == ("Obama was winning black voters by 28 points", "the same poll")
    assert quotes_of("The polling station in Iowa closed early.") == ()
    found = quotes_of("In a Washington Post/ABC News poll released Sunday, just 8 percent of Democrats backed Trump.")
    assert [q.speaker.mention for q in found] == ["a Washington Post/ABC News poll"]


def test_lower_case_words_before_a_titled_speaker_keep_the_frame():
    doc = build_document("“We will fix the roads,” Mayor Ann Lee said.\n\n“The budget is tight,” council treasurer Tom Hale said.\n")
    found = [(q.text, q.speaker.name if q.speaker else None) for q in extract_quotes(doc).quotes]
    assert found == [("We will fix the roads", "Ann Lee"), ("The budget is tight", "Tom Hale")]


def test_a_surname_goes_to_the_first_mentioned_of_equal_length_full_names():
    text = (
        "Anna Clinton and Bill Clinton visited the plant on Monday.\n\n"
        "“The jobs are coming back,” Clinton said."
    )
    quote = extract_quotes(build_document(text)).quotes[0]
    assert quote.speaker.name == "Anna Clinton"
