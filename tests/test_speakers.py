"""quotes: who the speaker is, on small hand-made sentences (American double-quote and British single-quote
copy): appositions, participles, reduced relatives, role nouns, pronouns, interviewers and captions."""

from __future__ import annotations

import pytest

from newscli.document import build_document
from newscli.entities import extract_entities
from newscli.quotes import extract_quotes


def quotes_of(text: str):
    return extract_quotes(build_document(text)).quotes


def speaker_of(text: str, quoted: str) -> tuple[str | None, str | None]:
    """(name, mention) of the speaker of the quote whose text holds ``quoted``."""
    quote = next(q for q in quotes_of(text) if quoted in q.text)
    return (quote.speaker.name, quote.speaker.mention) if quote.speaker else (None, None)


# --- the subject before appositions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, quoted, name",
    [
        ("Cory James, 22, of Flint, Mich., said he had not given up hope.", "given up hope", "Cory James"),
        (
            "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said the senator had ignored her.",
            "ignored her",
            "Sandy Phillips",
        ),
        (
            "Sen. Ted Cruz (R-Tex.), a candidate for president who has made faith his theme, said the bill was fair.",
            "was fair",
            "Ted Cruz",
        ),  # fmt: skip
        ("Jane Lee, whose son was hurt in the crash, said the road was unsafe.", "unsafe", "Jane Lee"),
        # The state after a city of several words, and a city after "to" or "near".
        ("Jo Smith, who moved to Salt Lake City, Utah, last year, said the rent was high.", "rent", "Jo Smith"),
        ("Jo Smith, who lives near Denver, Colorado, with her son, 14, said the rent was high.", "rent", "Jo Smith"),
        ("And a third, Daniel Traynor, said he was only leaning towards the senator.", "leaning", "Daniel Traynor"),
        ("In Washington, the senator, who lost, said the plan was dead.", "plan was dead", "senator"),
        ("Murphy, though, said he was with the former secretary of state.", "former secretary", "Murphy"),
        ("Murphy — after a knock-on-wood gesture — told me he had been lucky.", "had been lucky", "Murphy"),
        (
            "Democratic leaders — and, in particular, Senator Harry Reid — insisted that any package include a delay.",
            "package",
            "Democratic leaders",
        ),  # fmt: skip
        ("‘We will win,’ Tom Smith, a lawyer for the family, said.", "We will win", "Tom Smith"),
    ],
)
def test_subject_before_appositions(text, quoted, name):
    assert speaker_of(text, quoted)[0] == name


def test_speech_before_a_named_speaker_is_not_an_apposition():
    text = "The numbers put our campaign on pace to beat the goal set for 2016, Jeff Weaver, the campaign manager, said."
    assert speaker_of(text, "on pace")[0] == "Jeff Weaver"


def test_a_city_before_a_name_is_not_a_state():
    text = "He is the only candidate who voted against it in Congress, Michael Ahrens, a spokesman, said in a statement."
    assert speaker_of(text, "only candidate")[0] == "Michael Ahrens"


# --- participles and coordinated verbs --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, quoted, name",
    [
        # The speaker of a participle is the main clause's subject, not a holder named inside reported content.
        (
            "Byrne also wrote the agents knew to brace for the eruptions, saying, “They did not happen every day.”",
            "every day",
            "Byrne",
        ),  # fmt: skip
        (
            "In three interviews, the justice sounded off on the candidate, saying she did not “want to contemplate” it.",
            "contemplate",
            "justice",
        ),  # fmt: skip
        ("Then he cut into Bush, calling him a “stiff.”", "stiff", "he"),
        ("A Libertarian, he backed Paul in 2012 and, in later contests, has supported Senator Cruz.", "Senator Cruz", "he"),
    ],
)
def test_participle_and_coordinated_subject(text, quoted, name):
    assert speaker_of(text, quoted)[0] == name


def test_a_past_participle_after_a_noun_is_no_speaker():
    """``a class called “Perception”``: the class names nothing; the participle's speaker is the subject."""
    text = "Carson shared a syllabus for a psychology class called “Perception” on his page, writing “Here is the syllabus.”"
    found = quotes_of(text)
    assert all(q.speaker is None or q.speaker.name != "psychology class" for q in found)
    assert speaker_of(text, "Here is the syllabus")[0] == "Carson"


@pytest.mark.parametrize(
    "text, quoted, name",
    [
        # Introductory phrases set off by commas, one after another, come before the subject.
        (
            "On Thursday, after remaining neutral for months, Warren appeared with Maddow, saying, “I think she is a fighter.”",
            "fighter",
            "Warren",
        ),
        (
            "Declaring that he alone could fix the economy, the billionaire mogul offered himself as a candidate.",
            "alone",
            "billionaire mogul",
        ),  # fmt: skip
        ("A few minutes later, Murphy followed up by lamenting the churn of meaningless tasks.", "churn", "Murphy"),
        ("She also compared Trump to Clinton, saying they are both part of the system.", "part of the system", "She"),
    ],
)
def test_participle_subject_after_introductions(text, quoted, name):
    assert speaker_of(text, quoted)[1] == name or speaker_of(text, quoted)[0] == name


def test_speech_in_a_clause_after_a_preposition():
    """``an ad in which he declares, “…”``: the clause is the frame of its own speech, not a relative quote."""
    text = "Senator Rubio is airing an ad in which he declares, “The purpose of our life is to serve.”"
    assert speaker_of(text, "purpose of our life")[1] == "he"


def test_whether_ends_a_mention():
    text = "Reporters asked several times whether Sen. Cruz disavowed the endorsement."
    disavowal = next(q for q in quotes_of(text) if q.cue == "disavowed")
    assert disavowal.speaker is not None and disavowal.speaker.mention == "Sen. Cruz"


# --- who can speak -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, quoted, name",
    [
        ("One in five say that will not be true.", "not be true", "One in five"),
        ("Nearly nine out of 10 say they will need new skills.", "new skills", "nine out of 10"),
        ("Polls in New Hampshire show the top two candidates are the same.", "top two", "Polls in New Hampshire"),
        (
            "The government in Beijing finally acknowledged the public health costs of coal.",
            "health costs",
            "government in Beijing",
        ),  # fmt: skip
    ],
)
def test_shares_and_placed_descriptions_speak(text, quoted, name):
    assert speaker_of(text, quoted)[0] == name


def test_the_polls_are_no_survey_source():
    """``his rise in the polls``: the race's standing, not a survey cited for the clause."""
    text = "Ben Carson says he is under political attack because of his rise in the polls."
    found = quotes_of(text)
    assert [q.speaker.name for q in found if q.speaker] == ["Ben Carson"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Local Government Association said councils faced a funding gap.", "Local Government Association"),
        ("A spokesman for the Labour Party said the rise was unfair.", "Labour Party"),
        ("The Department of Health said the rules would change.", "Department of Health"),
    ],
)
def test_an_organisation_is_named_whole_though_its_words_are_title_words(text, name):
    """``Labour``, ``Local``, ``Health`` also open titles (``Labour MP``, ``Health Secretary``); before an
    organisation's head word they are part of its name, not a role."""
    quote = quotes_of("Council tax will rise in April.\n\n" + text)[0]
    assert (quote.speaker.name, quote.speaker.role) == (name, None)


@pytest.mark.parametrize(
    "text, mention",
    [
        ("Prime Minister Theresa May said the deal was done.", "Prime Minister Theresa May"),
        ("Republican Will Hurd said the deal was done.", "Republican Will Hurd"),
    ],
)
def test_a_modal_s_word_capitalised_inside_a_sentence_is_a_name(text, mention):
    """``May`` and ``Will`` capitalised after the first word are names, not the modals ``may`` and ``will``."""
    assert quotes_of("Brexit talks resumed.\n\n" + text)[0].speaker.mention == mention


def test_a_month_after_a_preposition_is_no_name():
    assert speaker_of("Brexit talks resumed.\n\nIn May officials said the deal was done.", "deal was done")[1] == "officials"


def test_a_title_before_a_person_stays_a_role():
    quote = quotes_of("Council tax will rise in April.\n\nPolice Chief John Smith said the rise was unfair.")[0]
    assert (quote.speaker.name, quote.speaker.role) == ("John Smith", "Police Chief")


# --- role nouns, pronouns and listeners --------------------------------------------------------------------


def test_role_noun_is_the_person_named_in_that_role():
    text = (
        "Prosecutor John Roe said the evidence was overwhelming.\n\n"
        "“My client is innocent,” said Jane Doe, his lawyer.\n\n"
        "“We will appeal,” the lawyer added.\n\n"
        "“The case is closed,” the prosecutor said."
    )
    assert speaker_of(text, "We will appeal")[0] == "Jane Doe"
    assert speaker_of(text, "case is closed")[0] == "John Roe"


@pytest.mark.parametrize(
    "text",
    [
        "His lawyer, Jane Doe, said the charges were false.\n\n‘We will appeal,’ the lawyer said.",
        "Defence lawyer Jane Doe said the charges were false.\n\n“We will appeal,” the lawyer said.",
    ],
)
def test_role_noun_from_an_apposition_or_a_title(text):
    assert speaker_of(text, "We will appeal")[0] == "Jane Doe"


def test_plural_or_indefinite_role_noun_is_no_named_person():
    text = (
        "Prosecutor John Roe said the evidence was overwhelming.\n\n"
        "Defence lawyers said the trial had been unfair.\n\n"
        "A prosecutor said the jury would decide."
    )
    assert speaker_of(text, "unfair")[0] == "Defence lawyers"
    assert speaker_of(text, "jury would decide")[0] == "prosecutor"


def test_role_noun_without_a_named_person_stays_described():
    assert speaker_of("“We are happy,” the spokeswoman said.", "happy")[0] == "spokeswoman"


def test_pronoun_takes_the_nearest_person_of_its_gender_named_in_the_narration():
    text = (
        "Mary Jones, the council leader, defended the plan. “It will work,” she said. "
        "Her deputy, Tom Brown, disagreed. “It is a disaster,” he said."
    )
    assert speaker_of(text, "It will work")[0] == "Mary Jones"
    assert speaker_of(text, "disaster")[0] == "Tom Brown"


def test_pronoun_of_no_compatible_gender_stays_unresolved():
    text = "Michael Flynn spoke on Sunday.\n\n“It was a mistake,” she said."
    assert speaker_of(text, "mistake")[0] == "she"


def test_the_listener_of_told_is_never_the_speaker():
    text = "Michael Flynn spoke on Sunday.\n\nFlynn told CNN's anchor Jake Tapper: “I did nothing wrong.”\n\n“I will fight this,” he said."
    assert speaker_of(text, "nothing wrong")[0] == "Michael Flynn"
    assert speaker_of(text, "fight this")[0] == "Michael Flynn"


def test_the_listener_of_told_in_british_style():
    text = "Michael Flynn spoke on Sunday.\n\n‘I did nothing wrong,’ he told the BBC’s Jane Hill.\n\n‘I will fight this,’ she added."
    assert speaker_of(text, "nothing wrong")[0] == "Michael Flynn"
    assert speaker_of(text, "fight this")[0] == "she"  # Jane Hill listened; no woman spoke before


def test_a_label_may_end_with_party_and_state():
    text = 'The exchange was heated.\n\nRep. Trey Gowdy (R-S.C.):"I have not heard anyone cite that figure."'
    quote = next(q for q in quotes_of(text) if "cite that figure" in q.text)
    assert (quote.type, quote.text, quote.speaker.name) == ("direct", "I have not heard anyone cite that figure.", "Trey Gowdy")


# --- the head of a subject, not the object of its postmodifier ------------------------------------------------


@pytest.mark.parametrize(
    "text, quoted, mention",
    [
        (
            "At a rally in New York City on Friday, families of those affected by mass shootings urged the senator "
            "to apologise for his comments.",
            "apologise",
            "families of those affected by mass shootings",
        ),
        (
            "Friends of Mr. Smith who have seen him on the trail say that he is tired.",
            "he is tired",
            "Friends of Mr. Smith who have seen him on the trail",
        ),
        ("Residents near the plant said the smell was unbearable.", "unbearable", "Residents near the plant"),
        ("‘It will not last,’ many in the crowd said.", "not last", "many in the crowd"),
    ],
)  # fmt: skip
def test_the_object_of_a_preposition_is_not_the_subject(text, quoted, mention):
    assert speaker_of(text, quoted)[1] == mention


@pytest.mark.parametrize(
    "text, mention",
    [
        ("He said the protesters on the streets of the capital wanted change.", "the protesters on the streets of the capital"),
        ("She said residents of the estate opposed the plan.", "residents of the estate"),
    ],
)  # fmt: skip
def test_a_reported_clause_has_its_subject_after_the_finite_verb(text, mention):
    """The stance of the reported clause is held by its subject, which opens after ``said``."""
    assert mention in [quote.speaker.mention for quote in quotes_of(text) if quote.speaker]


# --- the subject of the previous sentence: the likeliest antecedent of a subject pronoun ---------------------


@pytest.mark.parametrize(
    "text, quoted, name",
    [
        # A described person, the subject, against a man named later in the sentence (British copy).
        (
            "One Wolves fan, who lives in Telford but asked not to be named, was travelling home after the match "
            "against John Smith's side. He said: ‘It was a long day for all of us.’",
            "long day",
            "Wolves fan",
        ),
        # The subject, not the object, of the sentence before (American copy).
        ("A senior official briefed reporters after meeting Mary Jones. She said the talks would resume.", "resume", "senior official"),
        ("Officials met John Smith on Monday. They said the talks would resume.", "resume", "Officials"),
        ("Jane Doe met John Smith on Monday. “We agreed on nothing,” she said.", "agreed", "Jane Doe"),
        # The speaker of the sentence before, not a man named in its relative clause.
        (
            "“We won,” said Tom Harvey, who voted for John Smith in the primary. “We are alive,” he said.",
            "alive",
            "Tom Harvey",
        ),
    ],
)  # fmt: skip
def test_subject_pronoun_takes_the_subject_of_the_sentence_before(text, quoted, name):
    assert speaker_of(text, quoted)[0] == name


@pytest.mark.parametrize(
    "text, quoted, name",
    [
        # Gender disagrees: the pronoun goes on to the nearest person who fits.
        ("Jane Doe met John Smith on Monday. He said the talks had failed.", "failed", "John Smith"),
        # Number disagrees: a plural subject is no antecedent of "she".
        ("Residents met Mary Jones on Monday. She said the road would reopen.", "reopen", "Mary Jones"),
        # A thing is no antecedent of "he".
        ("The bill passed after John Smith spoke. He said it was a victory.", "victory", "John Smith"),
        # A name in the pronoun's own sentence comes first.
        ("A spokesman met reporters. When John Smith arrived, he said the plan had failed.", "failed", "John Smith"),
    ],
)  # fmt: skip
def test_subject_pronoun_skips_a_subject_that_disagrees(text, quoted, name):
    assert speaker_of(text, quoted)[0] == name


def test_a_name_inside_a_quotation_is_no_antecedent():
    """Also when the entities analysis, which reads quotations too, supplies the article's people."""
    text = "Tom Harvey spoke in Ohio.\n\n“I voted for John Smith,” he said. “It was easy,” he added."
    document = build_document(text)
    quotes = extract_quotes(document, entities=extract_entities(document)).quotes
    assert [q.speaker.name for q in quotes if q.speaker] == ["Tom Harvey", "Tom Harvey"]
