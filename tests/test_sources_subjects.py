"""newscli.sources: the speaker is the head of its subject phrase, and a description set off by commas next
to a name is that person (British and American copy)."""

from __future__ import annotations

import pytest

from newscli.document import build_document
from newscli.entities import extract_entities
from newscli.sources import sources_of
from newscli.sources.subjects import Naming, names_a_holder


def _quoted(text: str) -> dict[str, str]:
    """Quoted sources of ``text``: name → kind."""
    return {source.name: source.kind for source in sources_of(build_document(text)).sources if source.quoted}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a partitive's head is its quantifier
        ("The bill passed. Some of his admirers wonder whether he has lost his touch.", "Some of his admirers", "group"),
        ("The vote was close. Most of the candidates said they support the plan.", "Most of the candidates", "group"),
        ("Turnout was high. Many in the crowd said the senator was the only candidate they trusted.",
         "Many in the crowd", "group"),
        ("The survey was published. More than two-thirds of those polled predict they will earn more than "
         "their parents.", "More than two-thirds of those polled", "group"),
        # a prepositional postmodifier describes the head
        ("Officials at the Pentagon said the drills would go ahead as planned.", "Officials at the Pentagon", "group"),
        ("Staff for the Commons committee on standards said the report would be published on Friday.",
         "Staff for the Commons committee on standards", "group"),
        ("The talks stalled. People familiar with the matter said the deal would be signed next week.",
         "people", "anonymous"),
        # a relative clause describes the head
        ("People who have battled other online threats say the company could be doing more.",
         "People who have battled other online threats", "group"),
    ],
)  # fmt: skip
def test_the_head_of_the_subject_phrase_speaks(text, name, kind):
    assert _quoted(text).get(name) == kind, _quoted(text)


def test_a_name_before_its_affiliation_is_the_speaker():
    text = "“This is an extreme revision,” said David French of the National Retail Federation."
    assert _quoted(text) == {"David French": "person"}


def test_one_name_with_of_in_it_stays_whole():
    text = "Consumer sentiment rose last year, the University of Michigan reported on Friday."
    assert "University of Michigan" in _quoted(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("“We are not a censor,” Matthew Prince, chief executive of CloudFlare, a San Francisco company, said.",
         "Matthew Prince"),
        ("“The speech was dark,” Clinton's campaign chairman, John Podesta, said in a statement.", "John Podesta"),
        ("The chairman of the Joint Chiefs of Staff, Gen. Joseph Dunford Jr., said the drills would go ahead.",
         "Joseph Dunford Jr."),
        ("“We will appeal,” the club's chairman, Daniel Levy, said on Saturday.", "Daniel Levy"),
    ],
)  # fmt: skip
def test_a_description_set_off_by_commas_beside_a_name_is_that_person(text, name):
    assert _quoted(text).get(name) == "person", _quoted(text)


def test_a_name_before_an_unclosed_description_is_not_its_apposition():
    text = "As Trump spoke about Clinton, the attendees chanted that she should be jailed."
    assert "Hillary Clinton" not in _quoted(text) and "Clinton" not in _quoted(text)


@pytest.mark.parametrize("word", ["Some", "Many", "Others", "Most"])
def test_a_capitalised_quantifier_describes_rather_than_names(word):
    text = f"The plan divided the party. {word} argue that it will cost jobs in the north of England."
    assert _quoted(text) == {word: "group"}


def test_a_partitive_is_not_the_group_it_is_taken_from():
    text = "Republicans met in Washington on Monday. Some are quietly saying it is time to accept a new reality in the party."
    assert "Republicans" not in _quoted(text)


def test_according_to_an_informant_is_named_without_the_cue():
    text = "The government will delay the vote until next spring, according to people familiar with the matter."
    assert _quoted(text) == {"people": "anonymous"}


def test_the_name_after_its_titles_is_the_source():
    # titles, ranks and affiliations before a name premodify it: the name is the source
    text = "The drills began on Monday.\n\n“We are ready for this,” said Air Force 1st Lt. Tyler Livingston."
    assert _quoted(text) == {"Tyler Livingston": "person"}


@pytest.mark.parametrize(
    "text, mention, holds",
    [
        # a capitalised adverb, participle or adjective that opens a sentence, or a time noun, names no one
        ("Indeed, support for the strike is growing.", "Indeed", False),
        ("Contributing: Anna Reyes and Tom Hale.", "Contributing", False),
        ("The schedule published Thursday lists him.", "Thursday", False),
        ("Voters say the only candidate they trust is Reyes.", "the only", False),
        # nouns, fractions and names the entities analysis knows are holders
        ("Officials say the bridge is safe.", "Officials", True),
        ("A third say the bridge is safe.", "A third", True),
    ],
)
def test_a_word_that_is_not_a_noun_is_no_source(text, mention, holds):
    document = build_document(text)
    start = text.index(mention)
    naming = Naming(mention.split()[-1], None, start, mention, True)
    assert names_a_holder(document, extract_entities(document), naming) is holds


@pytest.mark.parametrize(
    "text, name",
    [
        # a past participle with its preposition (a reduced relative clause) postmodifies the head before it
        ("The number rose. A report released by the Brookings Institution last year estimated that 46,000 accounts "
         "were active.", "report released by the Brookings Institution"),
        ("The hack was hidden. A redacted copy of the inspector general's memo seen by Reuters said investigators "
         "were unable to act.", "redacted copy of the inspector general's memo seen by Reuters"),
    ],
)  # fmt: skip
def test_a_participle_postmodifier_leaves_the_head_speaking(text, name):
    assert _quoted(text) == {name: "group"}


@pytest.mark.parametrize(
    "text, name",
    [
        # an indefinite noun phrase right after a name and its comma is the name's appositive, even capitalised
        # or run on into a relative clause
        ("“Nobody read the bill,” said former Sen. Evan Bayh, a moderate Indiana Democrat who retired in 2011.",
         "Evan Bayh"),
        ("Gary Byrne, a former Secret Service agent for the president has written that the job was hard.",
         "Gary Byrne"),
    ],
)  # fmt: skip
def test_an_indefinite_appositive_after_a_name_is_that_person(text, name):
    assert name in _quoted(text), _quoted(text)


def test_a_title_opened_by_an_adjective_premodifies_the_name_before_the_cue():
    text = "“He is reprising that role,” said former Pennsylvania Gov. and party chairman Ed Rendell."
    assert "Ed Rendell" in _quoted(text), _quoted(text)


def test_time_nouns_hold_no_view():
    names = {
        source.name
        for source in sources_of(build_document("A browse through the past two years shows that equal pay makes men defensive.\n")).sources
    }
    assert not {"two years", "years"} & names


def test_an_informant_noun_opening_a_sentence_is_no_name():
    text = "The event was held a fortnight ago. Sources said the night was a boisterous affair."
    assert _quoted(text) == {"Sources": "anonymous"}


def test_nouns_between_a_name_and_a_person_premodify_the_person():
    text = "Clinton campaign spokesman Brian Fallon responded on Twitter, calling the charge “pathetic.”"
    assert "Brian Fallon" in _quoted(text) and "Clinton" not in _quoted(text), _quoted(text)


def test_a_speaker_with_a_name_of_its_own_is_not_the_next_person_named():
    text = "“The framers would agree,” said Cruz constituent Dan Golvach when asked about Lindsey Graham."
    assert "Lindsey Graham" not in _quoted(text), _quoted(text)


def test_a_definite_appositive_runs_on_into_its_relative_clause():
    text = ("Bernie Sanders, the independent Vermont senator who is challenging Clinton for the nomination, "
            "said the party must change.")  # fmt: skip
    assert "Bernie Sanders" in _quoted(text), _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The race is close. Trump continues to dominate the field despite tough coverage.",
        "The race is close. Rubio sought to stoke positive energy as he stopped by his headquarters.",
    ],
)
def test_an_aspectual_or_conative_verb_before_an_infinitive_gives_no_voice(text):
    assert _quoted(text) == {}


@pytest.mark.parametrize(
    "text, name",
    [
        # a possessive is the determiner of the noun phrase it opens: the possessed head speaks
        ("Clinton's lawyers looked through the e-mails and found that most were personal.", "Clinton's lawyers"),
        # unless a name stands in apposition to it
        ("Clinton's husband, Bill, hurled the kitchen sink at Sanders, accusing his followers of sexism.", "Bill"),
    ],
)
def test_the_head_a_possessive_determines_speaks(text, name):
    assert name in _quoted(text), _quoted(text)


def test_a_document_after_a_name_and_comma_is_no_appositive_of_a_person():
    text = "Farmland is cheaper upstate than in Reyes County, near Anna Reyes, a study out of Pennsylvania shows."
    assert "Anna Reyes" not in _quoted(text), _quoted(text)


def test_a_report_dated_by_a_time_phrase_still_speaks():
    text = "Pay rose by 11 per cent last year, according to a report released this week."
    assert "report released this week" in _quoted(text), _quoted(text)


@pytest.mark.parametrize(
    "text, names",
    [
        ("Hillary Clinton and Bernie Sanders said the deal was bad.", {"Hillary Clinton", "Bernie Sanders"}),
        ("Later, Sen. Ted Cruz and Gov. John Kasich both argued that taxes were too high.",
         {"Ted Cruz", "Gov. John Kasich"}),
        ("Hillary Clinton, Martin O'Malley and Bernie Sanders said the debate was useful.",
         {"Hillary Clinton", "Martin O'Malley", "Bernie Sanders"}),
    ],
)
def test_each_person_of_a_coordinated_subject_speaks(text, names):
    assert names <= set(_quoted(text))


@pytest.mark.parametrize(
    "text, speaker, not_speaker",
    [
        ("He met Jeb Bush and Marco Rubio said the meeting went well.", "Marco Rubio", "Jeb Bush"),
        ("The senator and Mitt Romney said the deal was bad.", "Mitt Romney", "senator"),
    ],
)
def test_a_name_that_is_no_conjunct_of_the_subject_does_not_speak(text, speaker, not_speaker):
    quoted = _quoted(text)
    assert speaker in quoted and not_speaker not in quoted


@pytest.mark.parametrize(
    "headline, name",
    [
        ("Glenn Beck Says Trump Is Dangerous.", "Glenn Beck"),
        ("Hillary Clinton Accused Of Lying About Emails.", "Hillary Clinton"),
        ("Ben Carson Slams Hillary Over Benghazi.", "Ben Carson"),
    ],
)
def test_a_reporting_verb_in_a_title_case_headline_ends_the_name(headline, name):
    quoted = _quoted(f"{headline}\n\nThe story went on. {name} said it was fine.")
    assert name in quoted
    assert not any(other.startswith(f"{name} ") for other in quoted)


@pytest.mark.parametrize(
    "text, name",
    [
        # a subject relative ("that" + its verb) postmodifies the head, which speaks
        ("The top-line number that caught the eyes of so many analysts shows her in a dead heat.",
         "top-line number that caught the eyes of so many analysts"),
        # an approximator opens the postmodifier's object
        ("The employee of nearly four years said she became pregnant last year.", "employee of nearly four years"),
        # a person noun the tagger reads as an adjective still heads the subject
        ("The gift was unusual. An executive at the Clinton Foundation in 2009 sought help from the State Department.",
         "executive at the Clinton Foundation"),
        # a day after a participle is its adjunct, not the source
        ("According to the initial schedule published Thursday, Thiel is scheduled to speak.", "initial schedule"),
    ],
)
def test_the_head_before_a_postmodifier_speaks(text, name):
    assert name in _quoted(text)


def test_a_complement_clause_is_no_relative_clause():
    assert "fact that many analysts agree" not in _quoted("The fact that many analysts agree shows nothing new.")


@pytest.mark.parametrize(
    "name, aliases, owner",
    [
        ("Obama White House", ("White House", "Obama"), "Obama"),  # the article also names him alone
        ("Clinton Campaign", (), None),  # nothing says "Clinton" names a person
        ("John Smith Campaign", (), "John Smith"),  # a first name opens the name before the institution
        ("John House", (), None),  # a surname that is a noun: nothing before it is a name
    ],
)
def test_a_name_before_an_institution_is_its_owner(name, aliases, owner):
    from newscli.entities.model import Entity
    from newscli.sources.analysis import _institution_owner

    entity = Entity(name, "PERSON", None, aliases, ())
    named = {alias: entity for alias in (*aliases, name)}
    assert _institution_owner(name, named) == owner


@pytest.mark.parametrize(
    "text, source, not_source",
    [
        ("The talks were slow. People close to both Clinton’s camp and the White House don’t expect a meeting.",
         "people", "White House"),
        ("The talks were slow. Supporters of Tom Smith and the Labour Party said the deal was close.",
         "Supporters of Tom Smith and the Labour Party", "Labour Party"),
    ],
)
def test_a_second_conjunct_of_a_postmodifier_object_does_not_speak(text, source, not_source):
    quoted = _quoted(text)
    assert source in quoted and not_source not in quoted
