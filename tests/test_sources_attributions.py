"""newscli.sources: beliefs, expectations and findings attributed without a quote give their holder a voice
(``attributions``), counted apart from quotes; phrasal verbs, object relative clauses and bare counts do not."""

from __future__ import annotations

import pytest

from newscli.document import build_document
from newscli.sources import sources_of

from .conftest import attributed_holders


def _attributed(text: str) -> dict[str, tuple[str, int, int]]:
    """Sources with attributions: name → (kind, quotes, attributions)."""
    return {s.name: (s.kind, s.quotes, s.attributions) for s in sources_of(build_document(text)).sources if s.attributions}


@pytest.mark.parametrize(
    "text, name",
    [
        # a plural noun the tagger reads as a verb still heads the subject before a finite cue
        ("The mayor spoke on Monday. Still, campaign aides believe her record will carry the county.", "campaign aides"),
        # evidence: data and studies "show" and "suggest"
        ("Turnout fell in the city. But early ratings data suggests that the debate drew eight million viewers.", "early ratings data"),
        # a relative clause after the head: the head holds the view
        ("The bill passed. Some who advocate free speech believe it is wrong.", "Some who advocate free speech"),
    ],
)
def test_the_subject_of_a_cognition_or_evidence_verb_is_attributed(text, name):
    kind, quotes, attributions = _attributed(text)[name]
    assert (kind, quotes, attributions) == ("group", 0, 1)


@pytest.mark.parametrize(
    "text, holder",
    [
        # a verb of perception or knowledge reports a proposition before a that-clause, with an "as" complement
        # or closing a parenthetical
        ("Hours later, a colleague saw that extra lines had been painted on the road.", "a colleague"),
        ("The mayor was re-elected. Local historians see the vote as a turning point for the town.", "Local historians"),
        ("The turnout was high (as the county figures show, it doubled).", "the county figures"),
    ],
)
def test_perception_verbs_need_a_proposition(text, holder):
    assert attributed_holders(text) == [holder]


def test_speech_the_quotes_analysis_made_no_quote_of_is_attributed():
    assert attributed_holders("Two miners died on Monday, state media reported.") == ["state media"]


def test_an_attribution_is_not_a_quote_and_counts_no_words():
    result = sources_of(build_document("The vote is on Friday. Still, campaign aides believe the bill will pass.\n"))
    aides = next(source for source in result.sources if source.name == "campaign aides")
    assert (aides.words, aides.share, aides.first_paragraph) == (0, 0.0, None)
    assert aides.attributed and not aides.quoted
    assert result.summary.attributed_sources == 1 and result.summary.quoted_sources == 0
    assert aides.to_json()["attributions"] == 1 and result.summary.to_json()["attributed_sources"] == 1


def test_a_verb_the_quotes_analysis_reads_as_a_cue_is_not_counted_twice():
    result = sources_of(build_document("Officials expect the vote to pass on Friday.\n"))
    officials = next(source for source in result.sources if source.name == "Officials")
    assert (officials.quotes, officials.attributions) == (1, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Younger voters reliably show up for candidates they like.",  # a phrasal verb, no proposition
        "It echoes the message that party officials expect to hear from him.",  # an object relative clause
        "The rules stood, as the vote — 611 in favour, 748 opposed — kept them.",  # a bare count
        "“Our members believe in this union,” she said.",  # inside someone's quoted words
        "They believe the bill will pass.",  # a pronoun: resolved by quotes, not here
        "Several people have reportedly seen the whales off the coast.",  # perception of a thing, no view
        "Most residents didn't even know about the games.",  # knowledge of a thing, no proposition
        "Anna Reyes reported from Washington.",  # a reporter's place, no speech reported
        "Jobs report gives Democrats a lift.",  # two finite verbs never stand side by side: "report" is a noun
        "It was as damaging as anything the senator said on stage.",  # a relative clause: "the" opens its phrase
        "The pilots did not respond to the calls.",  # negated speech reports none
    ],
)
def test_no_attribution(text):
    assert attributed_holders(text) == []


@pytest.mark.parametrize(
    "text, holder",
    [
        # verbs of judgment give their subject a voice; negated, they report none
        ("The rally ended late. Terrorists mock the West in their videos.", "Terrorists"),
        ("The plan was published. Critics have long faulted the agency for its delays.", "Critics"),
        ("The vote was close. Union leaders publicly rebuked the governor.", "Union leaders"),
    ],
)
def test_the_subject_of_a_judgment_verb_is_attributed(text, holder):
    assert attributed_holders(text) == [holder]


def test_a_negated_judgment_verb_is_no_attribution():
    assert attributed_holders("The vote was close. Union leaders did not rebuke the governor.") == []


@pytest.mark.parametrize(
    "text, holder",
    [
        # a cue the tagger reads as a participle, adjective or noun, between a subject and its object
        ("Rallies were tense. Some accused Trump of inciting violence against Clinton.", "Some"),
        ("Talks resumed. Germany views itself as a leader in the push against climate change.", "Germany"),
    ],
)
def test_a_finite_cue_misread_by_the_tagger_is_still_attributed(text, holder):
    assert attributed_holders(text) == [holder]


def test_a_participle_before_by_or_a_time_word_postmodifies():
    assert attributed_holders("The vote was close. The plan backed by Reyes passed easily.") == []


@pytest.mark.parametrize(
    "text, holder",
    [
        # a document before a reporting participle is the participle's subject
        ("A petition calling on the minister to resign has passed 20,000 signatures.", "A petition"),
        ("Since the senator's op-ed supporting the tax in May, the debate has moved on.", "the senator's op-ed"),
        ("The leaked memo criticising the council's budget was read out at the meeting.", "The leaked memo"),
        # a headline's reporting clause after a comma, its cue read as a plural noun
        ("Britons are drinking less, survey finds.", "survey"),
        # a survey opening the sentence as its source
        ("In the latest polls, anyway.", "the latest polls"),  # too short for a quote of its own
        ("Based on current polling, the mayor should hold the seat.", "current polling"),
        # a document's subject relative clause, wherever the document stands
        ("The minister presented a study that predicted a rise in crime.", "a study"),
        # a percentage before an attitude noun
        ("The governor continues to lead the field with 40 percent support.", "40 percent"),
        ("Labour is still second, with 28 per cent support.", "28 per cent"),
        # a survey's answer quoted: the mark stands between subject and verb
        ('Thirty percent of graduates "strongly agree" that they will earn more than their parents.', "Thirty percent of graduates"),
        # "hold" with its object's adjective of responsibility
        ("Most parents hold the council accountable for the closures.", "Most parents"),
        # the document a passive verb of speech, judgment or naming is done in
        ("The council was criticised in the report for its handling of the floods.", "the report"),
        ("A local broadcaster was named last week in a grand jury indictment.", "a grand jury indictment"),
    ],
)
def test_documents_and_surveys_asattributed_holders(text, holder):
    assert attributed_holders(text) == [holder]


@pytest.mark.parametrize(
    "text",
    [
        "Police issued a statement saying the road would stay closed until Friday.",  # the participle may be the police's
        "A man calling himself a doctor was arrested.",  # no document
        "In a poll of 900 voters taken last week by the university, the senator led.",  # the survey's phrase goes on
        "In the past, the mayor has won easily.",
        "The union held a rally outside parliament.",  # no verdict
        "These plans were announced by the chancellor in his pre-budget review.",  # an agent: the chancellor's words
        "The striker was named in the squad for the match.",  # no document
        "'Object of interest' found on the sea bed.",  # a quotation closed before the verb
    ],
)
def test_no_document_or_survey_holder(text):
    assert not [holder for holder in attributed_holders(text) if holder.lower() not in ("police", "the chancellor", "a man")]
