"""quotes: who a quotation is attributed to when the sentence names more than one source (``according to``
behind a quotation or a clause, possessives, participles, described speakers)."""

from __future__ import annotations

import pytest

from newscli.document import build_document
from newscli.quotes import extract_quotes


def quotes_of(text: str):
    return extract_quotes(build_document(text)).quotes


def speaker_of(text: str, words: str) -> str | None:
    """The speaker mention of the one quote holding ``words``."""
    found = [q for q in quotes_of(text) if words in q.text]
    assert len(found) == 1, [q.text for q in quotes_of(text)]
    return found[0].speaker.mention if found[0].speaker else None


@pytest.mark.parametrize(
    "text",
    [
        "“The new papers show the department kept files on every senator,” according to the watchdog group.",
        "‘The new papers show the department kept files on every senator,’ according to the watchdog group.",
        "“The new papers show the department kept files on every senator”, according to the watchdog group.",
    ],
)
def test_quotation_before_according_to_is_the_sources_speech(text):
    [quote] = quotes_of(text)
    assert quote.type == "direct"
    assert quote.text == "The new papers show the department kept files on every senator"
    assert quote.speaker is not None and quote.speaker.mention == "the watchdog group"


@pytest.mark.parametrize("marks", [("“", "”"), ("‘", "’")])
def test_clause_with_quoted_words_before_according_to(marks):
    opening, closing = marks
    text = f"The clerk said the order was meant to {opening}protect the hearing,{closing} according to the report."
    assert speaker_of(text, "the order was meant") == "the report"


@pytest.mark.parametrize(
    "text, source",
    [
        ("“When does it stop?” the judge said, according to the newspaper.", "the newspaper"),
        ("“We will appeal the ruling,” the mayor said in a statement according to the station.", "the station"),
        ("‘We will appeal the ruling,’ the mayor said, according to a transcript of the hearing.", "a transcript"),
    ],
)
def test_according_to_behind_a_trailing_frame_names_the_outer_source(text, source):
    [quote] = quotes_of(text)
    assert quote.type == "direct"
    assert quote.speaker is not None and quote.speaker.mention.startswith(source)
    assert quote.cue is not None and quote.cue.endswith("according to")


def test_according_to_opening_the_next_clause_is_not_behind_the_frame():
    text = "“We will win,” the mayor said. According to the station, the vote is close."
    speakers = {q.speaker.mention for q in quotes_of(text) if q.speaker}
    assert speakers == {"the mayor", "the station"}


@pytest.mark.parametrize("marks", [("“", "”"), ("‘", "’"), ('"', '"')])
def test_trailing_frame_after_a_comma_inside_closing_marks(marks):
    opening, closing = marks
    text = f"The mayor admitted the deal could be called {opening}a gamble,{closing} the newspaper reported on Sunday."
    [quote] = quotes_of(text)
    assert quote.text.startswith("The mayor admitted the deal")
    assert quote.speaker is not None and quote.speaker.mention == "the newspaper"
    assert quote.cue == "reported on Sunday"


@pytest.mark.parametrize("marks", [("“", "”"), ("‘", "’")])
def test_verbs_taking_an_object_coordinated_by_a_comma_share_the_subject(marks):
    opening, closing = marks
    text = f"Rep. Jane Doe slams the mayor, praises the governor as {opening}a work horse, not a show horse.{closing}"
    found = quotes_of(text)
    assert [q.cue for q in found] == ["slams", "praises"]
    assert {q.speaker.name for q in found if q.speaker} == {"Jane Doe"}


def test_the_name_after_a_verb_taking_an_object_is_no_inverted_speaker():
    text = "The council delayed the vote, praises Smith as a builder."
    assert all(q.speaker is None or q.speaker.mention != "Smith" for q in quotes_of(text))


@pytest.mark.parametrize("marks", [("“", "”"), ("‘", "’")])
def test_a_sentence_that_is_a_frame_alone_introduces_the_next_quotation(marks):
    opening, closing = marks
    text = f"The count is over.\n\nJane Doe said in a statement. {opening}There are no paper ballots to recount.{closing}"
    [quote] = quotes_of(text)
    assert quote.text == "There are no paper ballots to recount."
    assert quote.speaker is not None and quote.speaker.mention == "Jane Doe"
    assert quote.cue == "said in a statement"


def test_a_trailing_frame_keeps_its_speech_before_a_following_quotation():
    text = "The plan failed, he said in a statement. “There are no paper ballots to recount.”"
    found = quotes_of(text)
    assert found[0].text == "The plan failed"
    assert all(q.speaker is not None and q.speaker.mention == "he" for q in found)


@pytest.mark.parametrize("text", ["“Is this the end?” the 43-year-old asked.", "‘We will win,’ the 19-year-old said."])
def test_a_person_named_by_their_age_speaks(text):
    [quote] = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.mention.startswith("the ") and quote.speaker.mention.endswith("-year-old")


def test_as_speaker_put_it_before_a_quotation():
    [quote] = quotes_of("As one critic put it, “Hello, it is the same old show.”")
    assert (quote.type, quote.cue, quote.speaker.mention) == ("direct", "put it", "one critic")


def test_as_speaker_put_it_before_a_clause():
    [quote] = quotes_of("As one analyst put it, the market is nervous about the vote.")
    assert (quote.type, quote.text, quote.speaker.mention) == ("indirect", "the market is nervous about the vote", "one analyst")


def test_put_it_outside_the_idiom_is_no_cue():
    assert quotes_of("He put it on the table before the vote and left the room.") == ()


@pytest.mark.parametrize(
    "text, content, cue",
    [
        ("But Smith’s most explosive claim is that the committee is a witch hunt.", "the committee is a witch hunt.", "claim is that"),
        ("Smith's main argument was that the tax would hurt workers.", "the tax would hurt workers.", "argument was that"),
    ],
)
def test_claim_noun_as_the_subject_of_a_copula(text, content, cue):
    [quote] = quotes_of(text)
    assert (quote.text.rstrip("."), quote.cue, quote.speaker.mention) == (content.rstrip("."), cue, "Smith")


@pytest.mark.parametrize(
    "text, holder",
    [
        ("The most telling promise she has made is that she will not overpromise.", "she"),
        ("The boldest promise Mrs. Jane Doe has made in the race is that taxes will fall.", "Mrs. Jane Doe"),
    ],
)
def test_the_subject_of_a_relative_clause_holds_the_claim(text, holder):
    [quote] = quotes_of(text)
    assert (quote.cue, quote.speaker.mention) == ("promise", holder)


def test_a_cue_form_after_a_degree_adverb_is_an_adjective():
    assert all(q.cue != "telling" for q in quotes_of("It was the most telling moment of the night for the campaign."))


@pytest.mark.parametrize(
    "text",
    [
        "Mark Peaker, 47, a father-of-three, from Telford said: ‘I could not believe what I was hearing.’",
        "Jane Smith, 32, from Boston said: “I could not believe what I was hearing.”",
    ],
)
def test_where_the_speaker_is_from_closing_an_apposition_is_no_speaker(text):
    [quote] = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.mention in ("Mark Peaker", "Jane Smith")


@pytest.mark.parametrize(
    "text",
    [
        "One month after announcing his support for the mayor, Jane Doe still believes that the plan is unfit.",
        "Two days before endorsing the mayor, Jane Doe said that the plan was unfit for the city.",
    ],
)
def test_a_time_clause_opening_the_sentence_is_an_introduction(text):
    verbs = [q for q in quotes_of(text) if q.cue in ("announcing", "still believes", "endorsing", "said")]
    assert len(verbs) == 2 and all(q.speaker is not None and q.speaker.name == "Jane Doe" for q in verbs)


def test_a_long_prepositional_introduction_is_not_the_subject():
    text = (
        "On the eve of her historic election to a fourth term as prime minister in March, Jane Doe rallied "
        "supporters by warning that “the rule of the party is in danger” because voters are leaving."
    )
    warning = next(q for q in quotes_of(text) if q.cue and q.cue.startswith("warning"))
    assert warning.speaker is not None and warning.speaker.name == "Jane Doe"


def test_a_quantifier_before_a_cue_is_its_subject():
    [quote] = quotes_of("The plan divided the party. Most argue that it will cost jobs in the north.")
    assert quote.speaker is not None and quote.speaker.mention == "Most"


@pytest.mark.parametrize(
    "text",
    [
        "The cream is sold as a skin lightener, not as a cure as it claims. “When you take that picture, it works,” she said.",
        "Lola Garcia told Reuters that she worried about what the vote indicated. “It is a shame,” she said.",
    ],
)
def test_a_frame_inside_a_subordinate_clause_introduces_no_quotation(text):
    quotation = next(q for q in quotes_of(text) if q.marks)
    assert quotation.speaker is not None and quotation.speaker.mention == "she"


def test_a_quotation_closing_before_a_no_break_space_and_its_frame():
    [quote] = quotes_of("‘The first mission is to restore the cells,’\u00a0 the researcher told AFP.")
    assert (quote.type, quote.text) == ("direct", "The first mission is to restore the cells")


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Wiley walked them through a slide show that predicted victory for Mr. Trump.",
        "Shortly after the conference call ended, the campaign sent out a press release.",
        "The host of the reality show “The Apprentice” listed his guilty pleasure.",
    ],
)
def test_a_cue_word_heading_a_compound_noun_is_no_cue(text):
    assert not [q for q in quotes_of(text) if q.cue in ("show", "call")]


@pytest.mark.parametrize(
    "text",
    [
        "“Even her computer had been hacked,” the congressional report said, adding that nobody was told.",
        "The congressional report said her computer had been hacked by a foreign government.",
        "“Even her computer had been hacked,” the report said.",
    ],
)
def test_a_cue_word_after_a_determiner_heads_the_speaker_mention(text):
    [quote] = [q for q in quotes_of(text) if q.cue == "said"]
    assert quote.speaker is not None and quote.speaker.mention.endswith("report")


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Polls show Clinton ahead in Iowa.", "show"),
        ("Nearly a third say they don't know who to vote for.", "say"),
        ("Some who advocate free speech argue that companies should not police the sites.", "argue"),
    ],
)
def test_a_verb_agreeing_with_its_subject_stays_a_cue(text, cue):
    assert [q for q in quotes_of(text) if q.cue == cue]


@pytest.mark.parametrize("surname", ["Kelly", "Jolly", "Connolly"])
def test_a_surname_ending_in_ly_is_a_speaker_not_an_adverb(surname):
    text = f"Rep. Mike {surname} spoke on Monday.\n\n{surname} said he has worked with Republicans on the bill."
    assert speaker_of(text, "he has worked with Republicans") == surname


def test_an_adverb_between_subject_and_cue_is_still_skipped():
    assert speaker_of("Smith repeatedly said the deal was over.", "the deal was over") == "Smith"


def test_declining_to_comment_is_a_stance_with_its_infinitive():
    text = "Jennifer Palmieri, a veteran of the White House, declined to comment on the column."
    found = [q for q in quotes_of(text) if q.cue == "declined"]
    assert found and found[0].text == "to comment on the column"


def test_a_sentence_opening_adverb_in_ly_is_no_speaker():
    text = 'Locally referred to as the "West End," Osu boasts an impressive number of bars.'
    assert not [q for q in quotes_of(text) if q.speaker is not None and q.speaker.name == "Locally"]


def test_a_verb_whose_past_is_its_base_form_stays_a_cue_after_a_noun():
    found = quotes_of('The apology read: "For over 20 years, I was wrong about this."')
    assert [q for q in found if q.cue == "read" and q.speaker is not None and q.speaker.name == "apology"]


@pytest.mark.parametrize(
    "text, offered",
    [
        ("Clinton singled out coal country for aid, offering $30 billion over 10 years.", False),
        ("When Obama offered states billions of dollars for schools, they were broke.", False),
        ("The senator offered no comment on the deal.", True),
    ],
)
def test_an_offer_of_money_is_no_cue(text, offered):
    assert any(q.cue and "offer" in q.cue for q in quotes_of(text)) is offered


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The mayor keeps saying the plan will fail.", "mayor"),
        ("The agency kept denying that the plan would fail.", "agency"),
        ("The mayor is saying the plan will fail.", "mayor"),
        ("Unity means admitting that the senator speaks for millions of voters.", None),
    ],
)
def test_a_gerund_after_a_finite_verb_is_its_object(text, speaker):
    speakers = [q.speaker.name if q.speaker else None for q in quotes_of(text) if q.cue and q.cue.endswith("ing")]
    assert speakers == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The senator will visit four states next week, according to the schedule.", None),
        ("The campaign bought advertisements in at least four Super Tuesday states, officials said.", None),
        ("John Smith, 43, says the plan failed.", "says"),
        ("In 2015 Smith states that the plan failed.", "states"),
    ],
)
def test_a_cue_form_counted_by_a_number_is_a_plural_noun(text, cue):
    cues = {q.cue for q in quotes_of(text)} - {"according to", "said"}
    assert cues == ({cue} if cue else set())


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Senator Accused Of Lying About Funds\n\nThe senator faced questions on Tuesday.", None),
        ("Headline here\n\nThe mayor, criticized for “years of delay,” left the room.", None),
        ("Headline here\n\nThe senator accused the mayor of “lying to voters.”", "senator"),
    ],
)
def test_an_object_verb_passive_before_its_preposition_names_no_speaker(text, speaker):
    speakers = [q.speaker.name if q.speaker else None for q in quotes_of(text)]
    assert speakers == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    "text, stance",
    [
        ("Voters feel so beleaguered that they will back any change.", False),
        ("Voters feel that the economy is failing.", True),
    ],
)
def test_a_stance_verb_before_so_and_an_adjective_states_a_degree(text, stance):
    assert any(q.cue == "feel" for q in quotes_of(text)) is stance


@pytest.mark.parametrize(
    "text, speakers",
    [
        ("We have more work to do to make every American feel that their safety is protected.", []),
        ("The results make voters feel that the system is rigged.", []),
        ("Voters feel that the system is rigged.", ["Voters"]),
        ("The mayor made clear that the plan would fail.", ["mayor"]),
    ],
)
def test_a_bare_infinitive_after_a_causative_verb_has_no_speaker(text, speakers):
    assert [q.speaker.name for q in quotes_of(text) if q.speaker] == speakers
