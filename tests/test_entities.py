"""Entities: name helpers, recognition rules on small sentences, grouping, the CLI and the sample article."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newscli import names
from newscli.cli import app
from newscli.document import build_document
from newscli.entities import ENTITY_TYPES, Entities, Entity, Mention, extract_entities


def entities_of(text: str) -> Entities:
    return extract_entities(build_document(text))


def by_name(result: Entities) -> dict[str, Entity]:
    return {entity.name: entity for entity in result.entities}


# --- names: the reusable piece ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia’s", "Russia"),
        ("Russia's", "Russia"),
        ("Reuters'", "Reuters"),
        ("Paris", "Paris"),
        ("us", "us"),
    ],
)
def test_strip_possessive(text, expected):
    assert names.strip_possessive(text) == expected


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        ("Foreign Minister Yoshimasa Hayashi", "Foreign Minister", "Yoshimasa Hayashi"),
        ("President Joe Biden", "President", "Joe Biden"),
        ("former Prime Minister Shinzo Abe", "former Prime Minister", "Shinzo Abe"),
        ("Mr. Hayashi", None, "Hayashi"),
        ("Yoshimasa Hayashi", None, "Yoshimasa Hayashi"),
        ("Minister", None, "Minister"),
    ],
)
def test_split_role(text, role, name):
    assert names.split_role(text) == (role, name)


def test_acronyms():
    assert names.acronym("North Atlantic Treaty Organization") == "NATO"
    assert names.is_acronym_of("NATO", "the North Atlantic Treaty Organization")
    assert names.is_acronym_of("U.S.", "United States")
    assert not names.is_acronym_of("NATO", "National Football League")
    assert not names.is_acronym_of("Nato", "North Atlantic Treaty Organization")


def test_short_forms_resolve_to_one_full_name():
    assert names.is_short_form("Hayashi", "Yoshimasa Hayashi")
    assert names.is_short_form("Hayashi’s", "Foreign Minister Yoshimasa Hayashi")
    assert names.is_short_form("Nikkei", "Nikkei Asia")
    assert not names.is_short_form("Yoshimasa Hayashi", "Yoshimasa Hayashi")
    assert names.resolve("Hayashi", ["Yoshimasa Hayashi", "Mao Ning"]) == "Yoshimasa Hayashi"
    assert names.resolve("Smith", ["John Smith", "Jane Smith"]) is None


def test_title_lexicon_is_readable_by_other_analyses():
    assert "spokesman" in names.title_heads()
    assert "foreign" in names.title_words()
    assert names.titles()[0].count(" ") >= names.titles()[-1].count(" ")


# --- recognition rules on small sentences ---------------------------------------------------------------------


def test_role_from_premodifier_and_surname_linking():
    result = entities_of(
        "Foreign Minister Yoshimasa Hayashi spoke in Tokyo on Monday. Hayashi said Japan would act."
    )
    person = by_name(result)["Yoshimasa Hayashi"]
    assert person.type == "PERSON"
    assert person.role == "Foreign Minister"
    assert person.aliases == ("Hayashi",)
    assert person.count == 2
    assert by_name(result)["Tokyo"].type == "GPE"


def test_organisation_in_a_title_is_its_own_entity():
    result = entities_of("Chinese Foreign Ministry spokesman Mao Ning said at a briefing that peace matters.")
    found = by_name(result)
    assert found["Mao Ning"].type == "PERSON"
    assert found["Mao Ning"].role == "Chinese Foreign Ministry spokesman"
    assert found["Chinese Foreign Ministry"].type == "ORG"


def test_acronym_explained_in_the_text_is_one_entity():
    result = entities_of(
        "Japan is not a member of NATO, which stands for the North Atlantic Treaty Organization. NATO said so."
    )
    nato = by_name(result)["NATO"]
    assert nato.type == "ORG"
    assert "North Atlantic Treaty Organization" in nato.aliases
    assert nato.count == 3


def test_possessive_is_stripped():
    result = entities_of("Russia’s invasion of Ukraine shocked Europe.")
    russia = by_name(result)["Russia"]
    assert [mention.text for mention in russia.mentions] == ["Russia"]


@pytest.mark.parametrize(
    "text",
    [
        "Something that happens in Eastern Europe is not limited to it.",
        "Regarding plans to open an office, we will not go into details.",
        "However, he added, the environment is becoming difficult.",
        "Speaking to reporters on Wednesday, he said nothing about it in March.",
    ],
)
def test_not_entities(text):
    found = {mention.text for entity in entities_of(text).entities for mention in entity.mentions}
    assert not found & {"Something", "Regarding", "However", "Speaking", "Wednesday", "March", "he"}


def test_nationalities_are_norp_and_places_keep_their_type():
    found = by_name(entities_of("Japanese and Chinese officials met in Vienna, the capital of Austria."))
    assert found["Japanese"].type == "NORP"
    assert found["Chinese"].type == "NORP"
    assert found["Vienna"].type == "GPE"


def test_british_parties_and_their_members():
    text = "Council tax will rise.\n\nThe Tories and the Liberal Democrats said the rise was unfair; Conservatives agreed."
    found = by_name(entities_of(text))
    assert (found["Tories"].type, found["Liberal Democrats"].type, found["Conservatives"].type) == ("NORP", "ORG", "NORP")


def test_filters_and_order():
    text = "Japan and China met. Japan spoke first. Japan and NATO agreed."
    result = entities_of(text)
    assert result.entities[0].name == "Japan"
    counts = [entity.count for entity in result.entities]
    assert counts == sorted(counts, reverse=True)
    only_org = extract_entities(build_document(text), types={"ORG"})
    assert {entity.type for entity in only_org.entities} == {"ORG"}
    frequent = extract_entities(build_document(text), min_count=2)
    assert [entity.name for entity in frequent.entities] == ["Japan"]


def test_entity_at_finds_the_entity_of_an_overlapping_mention():
    text = "Foreign Minister Yoshimasa Hayashi said so. Later Hayashi left."
    result = entities_of(text)
    start = text.rindex("Hayashi")
    assert result.entity_at(start, start + 7).name == "Yoshimasa Hayashi"
    assert result.entity_at(start - 2, start + 1).name == "Yoshimasa Hayashi"
    assert result.entity_at(0, 5) is None


def test_mention_offsets_point_into_the_text(sample_doc):
    for entity in extract_entities(sample_doc).entities:
        assert entity.type in ENTITY_TYPES
        for mention in entity.mentions:
            assert sample_doc.text[mention.start : mention.end] == mention.text


# --- the sample article ---------------------------------------------------------------------------------------


def test_sample_article(sample_doc):
    found = by_name(extract_entities(sample_doc))
    assert found["Yoshimasa Hayashi"].role == "Foreign Minister"
    assert "Hayashi" in found["Yoshimasa Hayashi"].aliases
    assert found["Mao Ning"].type == "PERSON"
    assert "North Atlantic Treaty Organization" in found["NATO"].aliases
    assert "Nikkei" in found["Nikkei Asia"].aliases
    for name in ("CNN", "Chinese Foreign Ministry"):
        assert found[name].type == "ORG"
    for name in ("Japan", "Tokyo", "Russia", "Ukraine", "South Korea", "Australia", "New Zealand", "Vienna",
                 "Finland", "Sweden", "North Korea", "China"):
        assert found[name].type == "GPE", name
    for name in ("Asia", "Europe", "Eastern Europe", "Pacific", "East Asia"):
        assert found[name].type == "LOC", name
    for name in ("Japanese", "North Korean", "European"):
        assert found[name].type == "NORP", name
    assert found["World War II"].type == "EVENT"
    assert not set(found) & {"Something", "Regarding", "However", "Speaking", "Wednesday", "Foreign", "Minister"}


# --- the command ----------------------------------------------------------------------------------------------


def test_cli_json_contract(sample_text, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(sample_text, encoding="utf-8")
    outcome = CliRunner().invoke(app, ["entities", str(article), "--json", "--type", "PERSON,ORG", "--min-count", "2"])
    assert outcome.exit_code == 0, outcome.output
    record = json.loads(outcome.output)
    assert set(record) == {"file", "meta", "entities"}
    first = record["entities"][0]
    assert set(first) == {"name", "type", "count", "aliases", "role", "mentions"}
    assert all(entity["type"] in ("PERSON", "ORG") and entity["count"] >= 2 for entity in record["entities"])
    assert all(set(mention) == {"text", "start", "end"} for mention in first["mentions"])
    assert first["count"] == len(first["mentions"])


def test_cli_table_and_bad_type(sample_text, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(sample_text, encoding="utf-8")
    table = CliRunner().invoke(app, ["entities", str(article)])
    assert table.exit_code == 0
    assert "Yoshimasa Hayashi" in table.output and "Foreign Minister" in table.output
    bad = CliRunner().invoke(app, ["entities", str(article), "--type", "PLANET"])
    assert bad.exit_code == 2
    assert "PLANET" in bad.output


def test_mention_json():
    assert Mention("NATO", 3, 7).to_json() == {"text": "NATO", "start": 3, "end": 7}


def test_lone_titles_are_not_entities():
    found = {mention.text for entity in entities_of("Foreign Minister Yoshimasa Hayashi said so.").entities
             for mention in entity.mentions}
    assert found == {"Yoshimasa Hayashi"}


def test_unknown_acronym_is_an_organisation_but_not_common_abbreviations():
    found = by_name(entities_of("The KCNA agency said the GDP of the country fell, its CEO added."))
    assert found["KCNA"].type == "ORG"
    assert "GDP" not in found and "CEO" not in found


def test_role_from_an_appositive():
    found = by_name(entities_of("Peace matters, said Mao Ning, a spokeswoman for the ministry, on Monday."))
    person = found["Mao Ning"]
    assert person.type == "PERSON"
    assert person.role == "spokeswoman"


def test_honorific_makes_a_one_word_name_a_person_but_is_not_a_role():
    found = by_name(entities_of("Mr. Smith met officials in Paris. Smith later left for London."))
    assert found["Smith"].type == "PERSON"
    assert found["Smith"].role is None
    assert found["Smith"].count == 2


def test_one_word_name_without_person_evidence_is_an_organisation():
    found = by_name(entities_of("Chrysler said on Monday that sales fell. Chrysler is based in Detroit."))
    assert found["Chrysler"].type == "ORG"


def test_organisation_heads_and_headline_function_words():
    found = by_name(entities_of("The Health Ministry met the Bank of Japan. Officials To Meet In Tokyo."))
    assert found["Health Ministry"].type == "ORG"
    assert found["Bank of Japan"].type == "ORG"
    assert not {"To", "Meet", "In", "Officials"} & set(found)


def test_multi_word_gazetteer_place_and_events():
    found = by_name(entities_of("Leaders in Hong Kong recalled World War II and the Cold War."))
    assert found["Hong Kong"].type == "GPE"
    assert found["World War II"].type == "EVENT"
    assert found["Cold War"].type == "EVENT"


def test_entity_named_resolves_names_aliases_and_short_forms():
    result = entities_of("Foreign Minister Yoshimasa Hayashi met NATO officials. Hayashi said so.")
    assert result.entity_named("Yoshimasa Hayashi").name == "Yoshimasa Hayashi"
    assert result.entity_named("Hayashi’s").name == "Yoshimasa Hayashi"
    assert result.entity_named("Mr. Hayashi").name == "Yoshimasa Hayashi"
    assert result.entity_named("NATO").type == "ORG"
    assert result.entity_named("Smith") is None


def test_the_full_name_decides_the_type_of_its_short_forms():
    text = "Ford Motor Company cut jobs. Ford said sales fell. Ford expects a loss. Ford will cut plants."
    ford = by_name(entities_of(text))["Ford Motor Company"]
    assert ford.type == "ORG"
    assert ford.count == 4



def test_model_numbers_are_products_not_places_or_people():
    found = by_name(entities_of("Airbus delivered the first A380 to Singapore Airlines in Toulouse."))
    assert found["A380"].type == "PRODUCT"
    assert found["A380"].coarse_type == "MISC"
    assert found["Toulouse"].type == "GPE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Analysts expect the iPhone 4 to sell well.", "iPhone 4"),
        ("She bought the song on the iTunes Music Store yesterday.", "iTunes Music Store"),
        ("The airline ordered ten Boeing 737s last week.", "Boeing 737s"),
        ("Flight 447 crashed, and the Boeing 787 Dreamliner was delayed.", "Boeing 787 Dreamliner"),
        ("Shares fell and the Dow Jones Industrial Average closed lower.", "Dow Jones Industrial Average"),
        ("In London the FTSE 100 rose by 2 percent.", "FTSE 100"),
    ],
)
def test_products_and_market_indices(text, name):
    found = by_name(entities_of(text))
    assert found[name].type == "PRODUCT"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Analysts said the aircraft manufacturer Northrop Grumman would win.", "Northrop Grumman"),
        ("The Italian automaker Fiat will buy a stake.", "Fiat"),
        ("The bank Lehman Brothers collapsed.", "Lehman Brothers"),
    ],
)
def test_a_descriptor_before_a_name_makes_an_organisation(text, name):
    assert by_name(entities_of(text))[name].type == "ORG"


def test_whose_title_it_is_is_an_organisation():
    found = by_name(entities_of("Tom LaSorda, the president of Chrysler, said so. Chrysler said more."))
    assert found["Chrysler"].type == "ORG"
    assert found["Tom LaSorda"].type == "PERSON"


def test_a_full_stop_left_on_an_acronym_is_not_part_of_the_name():
    text = "Partners are engaging with NATO. – n.\n\nNATO said more."
    nato = by_name(entities_of(text))["NATO"]
    assert [mention.text for mention in nato.mentions] == ["NATO", "NATO"]
    assert nato.aliases == ()


def test_a_country_code_on_a_currency_sign_is_not_a_place():
    found = by_name(entities_of("Boeing won a US$40 billion contract, and the US government approved it."))
    assert [mention.text for mention in found["US"].mentions] == ["US"]
    assert found["US"].mentions[0].start == 45


def test_a_year_a_count_or_a_flight_is_not_a_model_number():
    found = by_name(entities_of("In 2008, 300 workers left Boeing after Flight 447 crashed."))
    assert all(entity.type != "PRODUCT" for entity in found.values())


def test_a_name_called_by_its_first_word_is_an_organisation():
    text = "McDonnell Douglas built jets. Later McDonnell merged with Boeing."
    found = by_name(entities_of(text))
    assert found["McDonnell Douglas"].type == "ORG"
    assert found["McDonnell Douglas"].aliases == ("McDonnell",)


def test_organisation_words_written_in_lower_case_elsewhere_are_headline_capitals():
    text = "Japan To Open NATO Liaison Office\n\nJapan will open an office. The Labour Party objected."
    found = by_name(entities_of(text))
    assert "Labour Party" in found and found["Labour Party"].type == "ORG"
    assert not any(name.startswith("Open") for name in found)


def test_surname_and_hyphenated_given_name_is_a_person():
    found = by_name(entities_of("Voters backed Lau Siu-lai and Yau Wai-ching in the vote."))
    assert found["Lau Siu-lai"].type == "PERSON"
    assert found["Yau Wai-ching"].type == "PERSON"


def mention_texts(result: Entities) -> dict[str, list[str]]:
    return {entity.name: [mention.text for mention in entity.mentions] for entity in result.entities}


def test_a_known_place_the_model_cut_into_pieces_is_one_name():
    found = by_name(entities_of("In a New York press conference at GM headquarters, he spoke."))
    assert found["New York"].type == "GPE"
    assert "New" not in found and "York" not in found


def test_a_known_place_inside_a_longer_name_stays_inside_it():
    found = mention_texts(entities_of("The New York Times said so."))
    assert found == {"New York Times": ["The New York Times"]}


def test_a_place_qualified_by_its_state_or_country_is_one_mention_with_the_state_inside():
    result = entities_of("They met in Seattle, Washington, on Monday. Seattle is wet.")
    found = mention_texts(result)
    assert found["Seattle"] == ["Seattle, Washington", "Seattle"]
    assert found["Washington"] == ["Washington"]
    assert result.entity_named("Seattle").type == "GPE"


@pytest.mark.parametrize(
    "text",
    ["Talks were held in France, Germany and Italy.", "He toured Seattle, Portland and Denver.", "Offices in Ohio, Texas, Utah."],
)
def test_places_in_a_list_are_not_joined(text):
    assert all("," not in mention for mentions in mention_texts(entities_of(text)).values() for mention in mentions)


def test_a_sentence_final_abbreviation_keeps_its_full_stop():
    found = mention_texts(entities_of("The office moved to Washington D.C. Then it grew."))
    assert found["Washington D.C."] == ["Washington D.C."]


def test_a_sentence_final_abbreviation_heads_its_phrase():
    found = mention_texts(entities_of("Officials in the U.S. said so. He left the U.S.\n\nLater he came back."))
    assert found["U.S."] == ["the U.S.", "the U.S."]


def test_a_name_followed_by_today_heads_its_phrase():
    found = mention_texts(entities_of("He gave it to the CBC today."))
    assert found["CBC"] == ["the CBC"]


def test_a_market_index_mention_includes_the_noun_after_it():
    result = entities_of("In Hong Kong, the Hang Seng index rose. Later the Hang Seng fell.")
    assert mention_texts(result)["Hang Seng"] == ["the Hang Seng index", "the Hang Seng"]
    assert result.entity_named("Hang Seng").type == "PRODUCT"


def test_cue_evidence_outranks_any_number_of_model_votes():
    text = (
        "Fiat bought a stake in Chrysler. The automaker Chrysler agreed. Fiat's stake in Chrysler grew, "
        "and it holds shares in Chrysler."
    )
    assert by_name(entities_of(text))["Chrysler"].type == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [("GM said GM Europe would be sold.", "GM Europe"), ("It sold jets to Air China last year.", "Air China")],
)
def test_a_known_place_after_an_organisation_names_its_branch(text, name):
    found = by_name(entities_of(text))
    assert found[name].type == "ORG"
    assert "Europe" not in found and "China" not in found


def test_names_with_an_ampersand_are_whole():
    found = by_name(entities_of("AT&T shares fell as the S&P 500 index dropped 2% on Monday."))
    assert found["AT&T"].type == "ORG"
    assert "S&P 500" in found


def test_dateline_place_is_a_mention_of_that_place():
    # The reader sets the dateline aside; the place it names is still a place the article names.
    result = entities_of("ROME 1996-08-30\nThe Italian government met in Rome on Friday, officials said.\n")
    rome = by_name(result)["Rome"]
    assert rome.type == "GPE"
    assert [mention.text for mention in rome.mentions] == ["ROME", "Rome"]


def test_dateline_place_alone_is_a_new_place():
    result = entities_of("WASHINGTON -- The president spoke to reporters on Monday about the budget.\n")
    washington = by_name(result)["Washington"]
    assert (washington.type, washington.mentions[0].start, washington.mentions[0].end) == ("GPE", 0, 10)


def test_dateline_city_and_state_are_two_places():
    result = entities_of("Council raises fares\nDENVER, Colorado 1996-08-30\nThe city council voted to raise fares.\n")
    places = by_name(result)
    assert places["Denver"].mentions[0].text == "DENVER"
    assert places["Colorado"].type == "GPE"


def test_byline_before_dateline_is_not_taken_for_the_place():
    result = entities_of("Parliament debates budget\nAnna Smithers\nKIEV 1996-08-30\nThe Ukrainian parliament met on Friday.\n")
    assert by_name(result)["Kiev"].mentions[0].text == "KIEV"


def test_wire_topic_slug_is_not_a_name():
    # ``SOCCER -`` files a wire story under its subject; the headline after it names the teams.
    result = entities_of("TENNIS - AGASSI BEATS CHANG.\nNEW YORK 1996-08-30\nAndre Agassi beat Michael Chang in New York on Friday.\n")
    assert "Tennis" not in by_name(result) and "TENNIS" not in by_name(result)


def test_capitals_before_a_dash_in_running_text_stay_a_name():
    result = entities_of("Ankara is cold.\nMOSCOW - The Kremlin said on Friday that talks would resume.\n")
    assert any(mention.text == "MOSCOW" for entity in result.entities for mention in entity.mentions)


def test_topic_slug_taken_for_a_dateline_is_not_a_place():
    result = entities_of("GOLF - Woods leads in Ohio\nTiger Woods led the field in Ohio after the first round on Thursday.\n")
    assert "Golf" not in by_name(result)


def test_cricket_scorecard_fielders_and_bowlers_are_people():
    result = entities_of("Australia innings\nR. Smith c Patel b Okonkwo 13\nT. Brown lbw b Okonkwo 4\n")
    found = by_name(result)
    assert found["Okonkwo"].type == "PERSON" and found["Patel"].type == "PERSON"


def test_recogniser_scores_are_the_sum_of_every_features_row(sample_doc):
    """Starting a token's scores from its word's remembered sum gives the labels of adding every feature's row,
    one by one, as the model was trained to be applied."""
    from newscli.ner import NAME_INNER_WORDS, START, lower_case_words, recogniser, sentence_context
    from newscli.ner import features as all_features
    from newscli.tagger import tag

    model = recogniser()
    lowered = lower_case_words(sample_doc.token_texts)
    for words in sample_doc.token_texts:
        words = list(words)
        pos_tags = tag(words)
        context = sentence_context(words, pos_tags, lowered)
        expected: list[str] = []
        prev, prev2 = START
        for index, word in enumerate(words):
            if prev == "O" and word.isalpha() and word.islower() and word not in NAME_INNER_WORDS:
                label = "O"
            else:
                rows = [row for name in all_features(context, index, prev, prev2) if (row := _row(model, name))]
                scores = list(map(sum, zip(*rows, strict=False)))
                label = max(zip(scores, model.labels, strict=False))[1]
                if label.startswith("I-") and prev[2:] != label[2:]:
                    label = "B-" + label[2:]
            expected.append(label)
            prev2, prev = prev, label
        assert model.tag(words, pos_tags, lowered) == expected


def _row(model, name: str):
    return model.float_row(name)
