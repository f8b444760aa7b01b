"""The dateline's place is one of the article's places, though the reader keeps the dateline out of the body."""

from newscli.document import build_document
from newscli.entities import extract_entities


def _places(text: str) -> dict[str, list[str]]:
    entities = extract_entities(build_document(text)).entities
    return {entity.name: [mention.text for mention in entity.mentions] for entity in entities if entity.type == "GPE"}


def test_a_wire_dateline_place_joins_the_body_mentions_of_it():
    places = _places("LONDON 1996-08-30\nShares fell in London on Friday as traders sold banks.\n")
    assert places["London"] == ["LONDON", "London"]


def test_a_dateline_place_the_body_never_names_is_an_entity_of_its_own():
    places = _places("WASHINGTON (Reuters) - The Senate passed the budget bill on Friday after a long debate.\n")
    assert places == {"Washington": ["WASHINGTON"]}


def test_no_dateline_no_extra_place():
    assert _places("The Senate passed the budget bill on Friday after a long debate.\n") == {}
