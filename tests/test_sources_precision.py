"""newscli.sources.attributions: what is no holder's view — a floating quantifier after the subject (not
part of its name), a thing as the subject of a verb of talking or feeling, "assume" taking on its object, a
wh-infinitive after a verb of knowing, and the attitude adjectives that hold an attitude only with their
complement ("committed to", "uncertain about"), "argue" in a quarrel, and a verb of showing or saying under a
semi-auxiliary of ability ("should be able to demonstrate"), and a relative clause on a preposition's
coordinated object ("grants to schools and colleges that want …"). British and American sentences, written from each rule."""

from __future__ import annotations

import pytest

from .conftest import attributed_holders


@pytest.mark.parametrize(
    "text, holder",
    [
        # a floating quantifier is no part of the noun phrase it quantifies
        ("The nurses all opposed the closure of the ward.", "The nurses"),
        ("Nurses and porters all opposed the closure of the ward.", "porters"),
        ("The senators each opposed the measure in committee.", "The senators"),
        # people talk about a topic
        ("Local parents have spoken out against the new timetable.", "Local parents"),
        ("Several moms have spoken out against the new curriculum.", "Several moms"),
        ("The firm has spoken out against the new rules.", "The firm"),
        # a verb of feeling with a person or people as its subject, listed or with an agentive suffix
        ("A local teenager admired the new design.", "A local teenager"),
        ("The British public dreads another election.", "The British public"),
        ("One neighbor resents the new parking rules.", "One neighbor"),
        # "argue" for or against something reports a view; a semi-auxiliary of ability before a state held
        ("A leaked memo arguing for a delay was published on Friday.", "A leaked memo"),
        ("Parents should be able to trust the school's figures.", "Parents"),
        # a subject relative clause's antecedent that is the clause's subject
        ("Demographic groups that favored her in 2008 now back her rival.", "Demographic groups"),
        # "assume" with a content clause, with or without "that"
        ("Traders assume the central bank will hold rates next month.", "Traders"),
        ("Most economists assume that the recession will be short.", "Most economists"),
        # a wh-clause after a verb of knowing is a proposition
        ("I think that some shoppers do not know what the rules are.", "some shoppers"),
        # the adjectives with their complement, or a content clause after a certainty adjective
        ("Farmers are uncertain about the outlook for the harvest.", "Farmers"),
        ("Members of the union are committed to the strike.", "Members of the union"),
        ("Most analysts are certain the merger will go ahead.", "Most analysts"),
    ],
)
def test_holder_kept(text, holder):
    assert holder in attributed_holders(text)


@pytest.mark.parametrize(
    "text",
    [
        # a thing talks only in a figure (talk verbs take a human agent)
        "Poetry and painting have long spoken about grief in the plainest terms.",
        "Jazz and hip-hop have always talked about the city in the bluntest terms.",
        # a thing feels only in a figure (admire verbs take a human experiencer)
        "A fair procedure respects the rights of the accused.",
        "The new policy respects the privacy of students.",
        # "argue" with a "with" or "over" phrase is a quarrel
        "The files ranged from budgets to internal emails arguing over the firm's direction.",
        "The cache ran from payroll data to staff memos arguing with the board's plans.",
        "We know he is ambitious and nobody can argue with that.",
        # an ability to show or say something shows or says nothing
        "The standards set out which reading and writing skills pupils should be able to demonstrate in each year.",
        "The guidelines outline which math skills students should be able to demonstrate at each grade level.",
        # "and" joining two nouns opens no clause: the relative's antecedent is a preposition's object
        "The ministry is offering grants to schools and colleges that want to share their playing fields.",
        "The state is offering grants to schools and districts that want to expand preschool.",
        # "assume" with a noun phrase object: to take on, not to suppose
        "It is too early to tell whether Acme will be able to assume the vacant seat on the board.",
        "Local shareholders will be able to assume the vacant seat on the board.",
        # a wh-infinitive after "know": a skill or a course of action, no view
        "I think that some people simply do not know how to draw this line.",
        "I think that many drivers do not know what to do at a roundabout.",
        # "committed" without "to" is the participle of "commit"
        "The bill would revoke a licence after three violations have been committed.",
        "The rule seeks to close a store after three offenses have been committed.",
        # a certainty adjective without its complement says a thing is (un)known
        "However, he stressed that the long-term outlook for exports was still uncertain.",
        "He warned that the future of the program remains doubtful.",
    ],
)
def test_no_holder(text):
    assert attributed_holders(text) == []


@pytest.mark.parametrize(
    "text, named",
    [
        ("The nurses all opposed the closure of the ward.", "The nurses all"),
        ("The senators each opposed the measure in committee.", "The senators each"),
    ],
)
def test_a_floating_quantifier_is_not_named(text, named):
    assert named not in attributed_holders(text)
