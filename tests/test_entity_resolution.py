"""Entities at the level a reader sees them: one entity per real-world referent, with the right type, in small
hand-written articles; and, over every development article, no junk rows."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newscli.document import build_document
from newscli.entities import Entities, Entity, extract_entities

# The development data sit beside the repository (``../shared/eval-dev``); a worktree elsewhere names them.
EVAL_DIR = Path(os.environ.get("NEWSCLI_EVAL_DIR", Path(__file__).resolve().parent.parent.parent / "shared" / "eval-dev"))
DEV_FILES = (
    "summaries/cnndm_train_sample.jsonl",
    "entities/meantime_en.jsonl",
    "entities/gum_news.jsonl",
    "entities/conll2003_testa.jsonl",
)
# Words that are never an entity on their own: headline capitals, capitalised common words, lone titles.
JUNK = frozenset(
    {"CLAIM", "TEXT", "People", "Town", "Out", "Rally", "Black", "Office", "Thrill", "President", "Minister",
     "Mr.", "Mrs.", "Women", "Men", "AT", "IN", "TO", "BEAT", "AFTER", "WITH", "FOR", "AND", "Monday"}
)


def entities_of(text: str) -> Entities:
    return extract_entities(build_document(text))


def holding(result: Entities, spelling: str) -> list[Entity]:
    """The entities with ``spelling`` as name or alias."""
    return [entity for entity in result.entities if spelling == entity.name or spelling in entity.aliases]


def test_family_story_keeps_two_people_who_share_a_surname_apart():
    result = entities_of(
        "Mary Okafor opened the bakery in 1990. Her son, David Okafor, took it over last year.\n\n"
        "David Okafor said the recipes had not changed. Okafor added that his mother still bakes on Sundays. "
        "Mary Okafor said she was proud of him."
    )
    people = [entity for entity in result.entities if entity.type == "PERSON"]
    assert sorted(entity.name for entity in people) == ["David Okafor", "Mary Okafor"]
    assert len(holding(result, "Okafor")) <= 1  # the bare surname goes to one of them, never to a third entity


def test_political_story_has_one_trump():
    result = entities_of(
        "Donald Trump said on Monday that tariffs would rise. Mr. Trump spoke at the White House.\n\n"
        "Melania Trump did not attend. Trump later told reporters the president had no regrets. "
        "Trump's aides declined to comment."
    )
    donald = holding(result, "Donald Trump")
    assert len(donald) == 1 and donald[0].type == "PERSON"
    assert "Trump" in donald[0].aliases
    assert donald[0].count >= 4
    melania = holding(result, "Melania Trump")
    assert len(melania) == 1 and melania[0] is not donald[0] and melania[0].type == "PERSON"
    assert not holding(result, "president") and not holding(result, "President")


def test_agency_story_merges_acronyms_and_long_names():
    result = entities_of(
        "The Centers for Disease Control and Prevention (CDC) warned on Tuesday of a rise in measles cases. "
        "The CDC said most cases were among children.\n\n"
        "The U.S. Environmental Protection Agency said separately it would tighten rules on lead. "
        "EPA officials said the rule would take effect next year."
    )
    cdc = holding(result, "CDC")
    assert len(cdc) == 1 and cdc[0].type == "ORG"
    assert "Centers for Disease Control and Prevention" in (cdc[0].name, *cdc[0].aliases)
    epa = holding(result, "EPA")
    assert len(epa) == 1 and epa[0].type == "ORG"
    assert "U.S. Environmental Protection Agency" in (epa[0].name, *epa[0].aliases)
    assert not holding(result, "Disease Control") and not holding(result, "Centers")


def test_sports_report_types_towns_as_clubs():
    result = entities_of(
        "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP\n"
        "LONDON 1996-08-30\n"
        "Leicestershire beat Somerset by an innings and 39 runs on Friday to go top of the table.\n"
        "Essex drew with Yorkshire at Headingley.\n"
        "Scores: Somerset 83 and 174, Leicestershire 296.\n"
    )
    for club in ("Leicestershire", "Somerset", "Essex", "Yorkshire"):
        found = holding(result, club)
        assert len(found) == 1 and found[0].type == "ORG", club
    assert holding(result, "London")[0].type == "GPE"
    names = {entity.name for entity in result.entities}
    assert not names & {"AT", "TOP", "TAKE", "OVER", "At", "Top"}


def test_a_town_in_prose_stays_a_place():
    result = entities_of("Flooding closed roads in Somerset on Friday, and residents of Leicester were told to stay home.")
    assert holding(result, "Somerset")[0].type in ("GPE", "LOC")


def test_one_person_one_type():
    result = entities_of(
        "Vladimir Putin met the Chinese leader in Moscow. Putin said the talks were useful. "
        "Critics said Putin had conceded little."
    )
    putin = holding(result, "Putin")
    assert len(putin) == 1 and putin[0].type == "PERSON" and putin[0].name == "Vladimir Putin"


def _dev_texts():
    for name in DEV_FILES:
        path = EVAL_DIR / name
        if path.exists():
            with path.open(encoding="utf-8") as lines:
                yield from (json.loads(line)["text"] for line in lines if line.strip())


@pytest.mark.skipif(not EVAL_DIR.exists(), reason="the development data (../shared/eval-dev) is not on this machine")
def test_no_junk_rows_in_any_development_article():
    found = set()
    for text in _dev_texts():
        for entity in extract_entities(build_document(text)).entities:
            if entity.name in JUNK:
                found.add(entity.name)
    assert not found


def test_a_given_name_the_recogniser_skipped_joins_the_surname():
    # News introduces a person by full name; the surname alone later is the same person, not a company.
    result = entities_of(
        "The minister will meet his counterpart Torvald Hellqvist next month. "
        "The ministry said Hellqvist would discuss trade."
    )
    person = holding(result, "Hellqvist")
    assert [(entity.name, entity.type) for entity in person] == [("Torvald Hellqvist", "PERSON")]


def test_an_initial_before_a_surname_is_part_of_the_name():
    result = entities_of("The report was written by K. Varstad. Varstad said the figures were sound.")
    assert [(entity.type) for entity in holding(result, "Varstad")] == ["PERSON"]


def test_initials_the_sentence_splitter_cut_off_still_make_a_person():
    # ``by J.M. Berger``: the splitter ends a sentence after ``J.M.``; the name after it is still a person's.
    result = entities_of("The study by Q.T. Hallorsen found a rise. Hallorsen said the rise was steep.")
    assert [entity.type for entity in holding(result, "Hallorsen")] == ["PERSON"]
    assert not holding(result, "Q.T.")


def test_a_family_name_before_a_hyphenated_given_name_is_a_person():
    # Korean order, family name first: ``Ban Ki-moon``, then ``Ban`` alone, even though ``ban`` is a common word.
    result = entities_of(
        "Ban Ki-moon, the secretary general, arrived in Geneva on Monday. Ban said the talks had gone well. "
        "Without Ban's efforts, the deal would have failed."
    )
    person = holding(result, "Ban")
    assert [(entity.name, entity.type) for entity in person] == [("Ban Ki-moon", "PERSON")]


def test_a_hyphenated_word_ending_in_a_common_word_is_no_given_name():
    result = entities_of("Analysts expect Chicago-based Dorvex to report a loss. Dorvex said it was hiring.")
    assert all("Chicago-based" not in entity.name for entity in result.entities)


def test_an_age_in_commas_after_a_name_makes_a_person():
    # News gives a person's age in commas after the name; a one-word "person" would otherwise pass for a company.
    result = entities_of("Police detained Marlak on Friday. Marlak, 45, was sentenced last month.")
    assert [entity.type for entity in holding(result, "Marlak")] == ["PERSON"]


def test_a_compound_adjective_after_a_place_is_no_hyphenated_given_name():
    # ``Ki-moon`` is a given name; ``York-based`` is not, so ``New York-based`` is no person.
    result = entities_of("A New York-based group said the arrest was unjust.")
    assert not [entity for entity in result.entities if entity.type == "PERSON"]


def test_a_month_is_no_given_name():
    result = entities_of("Whitcombe said the plan was sound. From January to June Whitcombe visited ten countries.")
    assert all(entity.name != "June Whitcombe" for entity in result.entities)


def test_a_name_before_a_bracketed_country_in_a_results_list_is_a_player():
    # Results lists give a player's country in brackets; an unknown "place" written so is a person.
    result = entities_of("Women's triple jump:\n1. Inga Volkava (Ukraine) 14.20\n2. Brigana Okovec (Slovenia) 13.92")
    assert [entity.type for entity in holding(result, "Inga Volkava")] == ["PERSON"]
    assert [entity.type for entity in holding(result, "Brigana Okovec")] == ["PERSON"]
    assert [entity.type for entity in holding(result, "Ukraine")] == ["GPE"]


def test_an_honorific_without_a_full_stop_makes_a_person():
    # British copy writes ``Ms``, ``Mr``, ``Dr`` without a full stop; the name after it is still a person's.
    result = entities_of("Too much iodine is harmful, Ms Varquette said. The study was small.")
    assert [entity.type for entity in holding(result, "Varquette")] == ["PERSON"]


def test_particles_between_a_given_name_and_the_surname_belong_to_the_name():
    result = entities_of("The side relied on scrum-half Joost van der Merwelde. Merwelde scored twice.")
    assert [entity.name for entity in holding(result, "Merwelde")] == ["Joost van der Merwelde"]
