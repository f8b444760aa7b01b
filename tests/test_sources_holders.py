"""newscli.sources: groups and indefinite people who hold a view without a verb of saying — the subject of an
absolute clause, of a semi-auxiliary's infinitive, of a verb of feeling or talking, an indefinite pronoun,
the object of a verb of causing a feeling, a holder nested in reported words — and a name that only
premodifies its head noun (``Reyes allies``), which leaves the head a group."""

from __future__ import annotations

import pytest

from newscli.document import build_document
from newscli.entities import extract_entities
from newscli.quotes import extract_quotes
from newscli.sources import sources_of
from newscli.sources.attributions import find_attributions

from .conftest import attributed_holders


def _kinds(text: str) -> dict[str, str]:
    return {source.name: source.kind for source in sources_of(build_document(text)).sources if source.quotes or source.attributions}


@pytest.mark.parametrize(
    "text, holder",
    [
        # an absolute clause after a comma: its noun phrase is the participle's subject
        ("The debate turned bitter on Tuesday, with each candidate questioning the other's record.", "each candidate"),
        # a comparative quantifier the tagger reads as an adverb still determines the subject
        ("For much of the spring, more voters had a poor opinion of the council than a good one.", "more voters"),
        # the negative compound pronoun, and indefinite pronouns standing for people
        ("The chancellor keeps a low profile, but no one underestimates her.", "no one"),
        ("One agency counts 2,400 such households, while another says there are about 1,800.", "another"),
        # a semi-auxiliary's "be" takes the subject of its infinitive
        ("Parents should be able to expect a reply from the school within a week.", "Parents"),
        # verbs of feeling toward something (Levin's admire verbs)
        ("It is a contest in which both parties would love to win the suburbs.", "both parties"),
        ("Many pensioners dread the winter fuel bills.", "Many pensioners"),
        # verbs of talking with the topic they report
        ("When teachers speak up about class sizes, ministers rarely listen.", "teachers"),
        # the object of a verb of causing a feeling, when it names people
        ("The delays to the new line have rattled supporters of the scheme.", "supporters"),
    ],
)
def test_a_group_or_indefinite_holder_is_attributed(text, holder):
    assert attributed_holders(text) == [holder]


@pytest.mark.parametrize(
    "text",
    [
        # "with" inside a noun phrase opens no absolute clause
        "She arrived at the count with two friends supporting her.",
        # a verb of talking with no topic
        "The minister talked for an hour.",
        # the object of a verb of causing a feeling that names no people
        "The figures upset the markets on Friday.",
    ],
)
def test_no_holder(text):
    assert attributed_holders(text) == []


def test_an_indefinite_holder_nested_in_reported_words_is_attributed():
    assert attributed_holders("Ms. Reyes said that many investors did not appreciate how valuable the firm was.") == ["many investors"]


@pytest.mark.parametrize(
    "text",
    [
        # a singular description with a possessive refers back to someone named: the quotes analysis' business
        "Ms. Reyes said on Monday that her boss wanted a firmer line on the budget.",
        # a named holder in reported words is left to the quotes analysis
        "Ms. Reyes said on Monday that Tom Jones believes the plan will fail.",
    ],
)
def test_a_named_or_anaphoric_holder_nested_in_reported_words_is_not(text):
    document = build_document(text)
    entities = extract_entities(document)
    quotes = extract_quotes(document, entities=entities)
    nested = [found for found in find_attributions(document, quotes, entities) if found.cue in ("wanted", "believes")]
    assert nested == []


@pytest.mark.parametrize(
    "text, group",
    [
        # a name that premodifies a plural head: the head is the source, a group
        ("Keir Starmer spoke on Monday. Starmer allies in the cabinet fear a defeat in the autumn.", "Starmer allies in the cabinet"),
        ("Ann Reyes won the primary on Tuesday. Reyes allies on the committee believe the lead will hold.",
         "Reyes allies on the committee"),
        # a genitive before a plural head: people of hers, not the person
        ("Ann Reyes won the primary on Tuesday. Ann Reyes's partners in the firm believe the lead will hold.",
         "Ann Reyes's partners in the firm"),
    ],
)
def test_a_premodifying_name_leaves_the_head_a_group(text, group):
    kinds = _kinds(text)
    assert kinds.get(group) == "group"
    assert "Ann Reyes" not in kinds and "Keir Starmer" not in kinds  # named, but neither quoted nor attributed
