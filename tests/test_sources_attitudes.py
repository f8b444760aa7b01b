"""newscli.sources.attributions: attitudes attributed without a verb of saying or believing — an attitude
adjective after a copula (``were thrilled with``), an attitude noun before its holder (``criticism from``), a
verb of expression with an attitude noun (``raising alarms``), a catenative before a cue (``declined to
confirm``) — and the clause grammar that finds their holders (subordinators, subject relative clauses,
parenthetical adverbs, a negated universal)."""

from __future__ import annotations

import pytest

from newscli.document import build_document
from newscli.sources import sources_of

from .conftest import attributed_holders


@pytest.mark.parametrize(
    "text, holder",
    [
        # an attitude adjective is the predicate after a copula, with its complement or a content clause
        ("The court ruled on Monday. Union officials were thrilled with the ruling.", "Union officials"),
        ("The deal was signed. Local farmers have long been skeptical of the deal.", "Local farmers"),
        ("The plan passed. Not everyone is convinced the plan will work.", "Not everyone"),
        ("The bill was amended. Some Republicans are so vehemently opposed to electing him.", "Some Republicans"),
    ],
)
def test_the_subject_of_an_attitude_adjective_is_attributed(text, holder):
    assert attributed_holders(text) == [holder]


@pytest.mark.parametrize(
    "text",
    [
        "Angry voters filled the hall on Monday.",  # before its noun, no copula
        "The flood hit the town. Residents were happy to help their neighbours.",  # an infinitive, no attitude
        "Where the budget is concerned, the mayor has the last word.",  # the idiom names a topic
    ],
)
def test_an_attitude_adjective_without_a_predicate_reading_is_no_attribution(text):
    assert attributed_holders(text) == []


@pytest.mark.parametrize(
    "text, holder",
    [
        ("The ethanol program is facing criticism from many environmentalists.", "many environmentalists"),
        ("The senator has strong support among rural voters.", "rural voters"),
    ],
)
def test_the_holder_after_an_attitude_noun_is_attributed(text, holder):
    assert attributed_holders(text) == [holder]


def test_among_after_an_attitude_nouns_complement_names_its_holder():
    text = "His campaign was fueled by discontent with the political system among many liberals and the enthusiasm of the young."
    assert attributed_holders(text) == ["many liberals"]  # a determiner after "and" opens another phrase, not the holder's


def test_an_of_phrase_names_the_holder_only_of_a_noun_that_takes_its_subject_there():
    holders = attributed_holders("The senator won the endorsement of the state's largest teachers union.")
    assert holders == ["the state's largest teachers union"]
    assert attributed_holders("The plan drew criticism of its cost.") == []  # what is criticised, not who criticises


def test_an_attitude_noun_in_a_subject_postmodifier_is_left_to_the_subject():
    # "Facing blowback from labor unions": the sources analysis would name the phrase the noun heads
    assert attributed_holders("Facing blowback from labor unions, Berlin backed off.") == []


def test_an_attitude_holder_is_a_group_source_with_one_attribution():
    result = sources_of(build_document("The ethanol program is facing criticism from many environmentalists.\n"))
    critics = next(source for source in result.sources if source.name == "many environmentalists")
    assert (critics.kind, critics.quotes, critics.attributions) == ("group", 0, 1)


@pytest.mark.parametrize(
    "text, holder",
    [
        # a verb of expression with an attitude noun as its object, in the progressive too
        ("Other big insurers are raising alarms about their costs.", "Other big insurers"),
        ("Groups representing colleges also voiced concerns about the cost.", "Groups representing colleges"),
        # a catenative's subject is its infinitive cue's
        ("The ads ran in Iowa. Campaign aides declined to confirm the purchase.", "Campaign aides"),
    ],
)
def test_expression_and_catenative_verbs_attribute_to_their_subject(text, holder):
    assert attributed_holders(text) == [holder]


def test_a_verb_of_expression_without_an_attitude_noun_is_no_attribution():
    assert attributed_holders("The city raised taxes last year.") == []


@pytest.mark.parametrize(
    "text, holder",
    [
        ("The figure is higher than previous studies have suggested.", "previous studies"),  # after a subordinator
        ("Demographic groups that favored her in other states stayed home.", "Demographic groups"),  # subject relative
        ("A new poll has, however, revealed that voters are split.", "A new poll"),  # a parenthetical adverb
        ("The strike ended. Union leaders have never trusted him.", "Union leaders"),  # a verb of feeling
        ("Some lawmakers have perceived the rules as toothless.", "Some lawmakers"),  # perception with "as"
    ],
)
def test_clause_grammar_finds_the_holder(text, holder):
    assert attributed_holders(text) == [holder]


@pytest.mark.parametrize(
    "text",
    [
        "The car slammed into a wall on Monday.",  # a verb of motion before "into", not of judgment
        "A dog attacked a boy in the park.",  # a physical attack is no judgment
    ],
)
def test_physical_senses_are_no_attribution(text):
    assert attributed_holders(text) == []


@pytest.mark.parametrize(
    "text, holder",
    [
        # a cue verb's -ing form after a progressive's auxiliary is the clause's verb
        ("The vote was held on Monday. Not everyone was claiming success.", "Not everyone"),
        ("The bill passed. A Republican would be praising the plan.", "A Republican"),
    ],
)
def test_the_subject_of_a_progressive_cue_is_attributed(text, holder):
    assert attributed_holders(text) == [holder]


def test_a_stative_cue_in_the_progressive_is_not_an_attribution():
    # "see" and "feel" in the progressive take a dynamic sense: growth seen, not a view held
    assert attributed_holders("The figures came out. Many economists are seeing growth.") == []
    assert attributed_holders("The race tightened. The senator is feeling the heat.") == []


@pytest.mark.parametrize(
    "text, holder",
    [
        # a partitive's quantifier is the head of the subject, the pronoun after "of" its whole
        ("The bill passed. Many of them believe the plan will fail.", "Many"),
        ("The bill passed. Some of us believe the plan will fail.", "Some"),
        # a participle after the holder's head opens a reduced relative clause, not more of the holder
        ("The vote was held. The plan drew criticism from unions representing teachers.", "unions"),
    ],
)
def test_partitive_subjects_and_postmodifiedattributed_holders(text, holder):
    assert attributed_holders(text) == [holder]


def test_a_cue_in_content_the_quotes_give_no_speaker_is_attributed():
    # the quotes analysis reads "appears to" as a report with no speaker; the clause inside holds its own view
    text = (
        "The law was signed in March. That lesson appears to be reverberating nationally as several states "
        "have recently rejected bills painted as anti-gay."
    )
    assert attributed_holders(text) == ["several states"]


def test_a_viewpoint_adjunct_names_whose_view_the_sentence_states():
    text = "The trial opened. To many, Santilli is a provocateur. But to others, he is a journalist."
    assert attributed_holders(text) == ["many", "others"]
    assert attributed_holders("Ratings fell. For those focused on ratings, the news is bad.") == ["those"]


def test_a_quantifier_before_its_noun_is_no_viewpoint():
    assert attributed_holders("The talks went on. For many months, nothing changed. To some extent, it worked.") == []


@pytest.mark.parametrize(
    "text, holder",
    [
        # the subject of a non-restrictive or free relative clause holds the view its verb states
        ("The bill died. The plan — which many Democrats opposed — failed.", "many Democrats"),
        ("The plan is modest. It is less than half of what Lawrence Summers has advocated.", "Lawrence Summers"),
    ],
)
def test_the_subject_of_a_relative_clause_with_a_cue_is_attributed(text, holder):
    assert attributed_holders(text) == [holder]


def test_a_verb_after_a_relative_pronoun_is_no_subject():
    assert attributed_holders("The tax is politically toxic, which helps explain why no candidate invokes it.") == []


def test_a_verbless_partitive_clause_with_an_attitude_adjective_is_attributed():
    text = "The vote is on Monday. The chairman met 100 committee members, many of them deeply skeptical about the plan."
    assert attributed_holders(text) == ["many"]
    # the adjective modifies a noun: no predicate, no attitude held
    assert attributed_holders("The vote is on Monday. The chairman met the members, many of them skeptical voters.") == []


def test_a_parenthesis_between_subject_and_verb_is_skipped():
    text = "The convention opened. It became clear that Sen. Ted Cruz (Tex.) would not endorse his former rival."
    assert attributed_holders(text) == ["Sen. Ted Cruz"]


def test_a_cue_after_a_modal_is_a_verb_before_a_finite_verb():
    # a verb after a modal is no noun, so the finite verb after it (the gapped subject's, in "what most would
    # agree was") does not make it one, as "report" is in "Jobs report gives"
    assert attributed_holders("The senator made a choice. It was what most would agree was a poor judgment.") == ["most"]
    assert attributed_holders("The jobs report gives no sign of a slowdown.") == []


def test_an_emphatic_reflexive_may_stand_between_a_subject_and_its_cue():
    assert attributed_holders("Billionaires themselves often disagree with the rankings.") == ["Billionaires"]
    assert attributed_holders("Local farmers themselves remain skeptical of the deal.") == ["Local farmers"]


@pytest.mark.parametrize(
    "text, holder",
    [
        # "have" with a noun of a held attitude as its object: the subject holds it
        ("The poll came out. Most farmers had a favorable opinion of the deal.", "Most farmers"),
        ("The plan was announced. Local officials have serious doubts about the plan.", "Local officials"),
    ],
)
def test_have_with_a_held_attitude_noun_is_attributed(text, holder):
    assert attributed_holders(text) == [holder]


@pytest.mark.parametrize(
    "text", ["The mayor had a meeting with donors.", "The senator has the support of the unions."]
)
def test_have_without_a_held_attitude_noun_is_no_attribution(text):
    assert attributed_holders(text) == []
