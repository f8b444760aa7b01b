"""newscli.sources: kinds, role categories, gender evidence and the article and corpus figures."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newscli.document import build_document
from newscli.meta import Meta
from newscli.names import first_name_genders
from newscli.sources import aggregate, sources_of
from newscli.sources.analysis import category_of
from newscli.sources.gender import decide, first_name


def _sources(text: str):
    return sources_of(build_document(text))


def _source(text: str, name: str):
    return next(source for source in _sources(text).sources if source.name == name)


TWO_VOICES = (
    "The council met on Monday.\n\n"
    "“We will rebuild the bridge by spring,” Mayor Anna Reyes said.\n\n"
    "“The money is not there yet,” said Tom Hale, the council treasurer.\n"
)


def test_named_people_are_sources_with_their_quoted_words():
    result = _sources(TWO_VOICES)
    reyes = _source(TWO_VOICES, "Anna Reyes")
    assert (reyes.kind, reyes.quotes, reyes.words, reyes.role) == ("person", 1, 7, "Mayor")
    assert reyes.share == pytest.approx(7 / 13)
    assert result.summary.named_sources == 2 and not result.summary.single_source


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“There is no deal yet,” said a senior official familiar with the talks.", "senior official"),
        ("“There is no deal yet,” a senior official said.", "senior official"),
        ("A source familiar with the talks said there was no deal yet.", "source"),
        ("Two people close to the company said it would be sold.", "people"),
    ],
)
def test_unnamed_informants_are_anonymous(text, name):
    assert _source(text, name).kind == "anonymous"


def test_a_bare_plural_description_is_a_group_not_an_anonymous_source():
    assert _source("Officials said the bridge would reopen in May.", "Officials").kind == "group"


def test_anonymous_share_counts_quoted_sources():
    text = "“There is no deal yet,” said a senior official familiar with the talks.\n\n“We are close,” Mayor Anna Reyes said.\n"
    summary = _sources(text).summary
    assert (summary.anonymous_sources, summary.quoted_sources, summary.anonymous_share) == (1, 2, 0.5)


def test_one_quoted_source_flags_the_article():
    summary = _sources("“We are close,” Mayor Anna Reyes said. “Very close,” she added.\n").summary
    assert summary.single_source and summary.single_source_articles == 1


def test_a_person_named_but_not_quoted_is_a_source_without_quotes():
    text = "Mayor Anna Reyes met Governor Paul Dunmore on Monday.\n\n“We will rebuild the bridge,” Reyes said.\n"
    governor = _source(text, "Paul Dunmore")
    assert (governor.quotes, governor.words, governor.first_paragraph) == (0, 0, None)
    assert _sources(text).summary.people_mentioned_by_gender["male"] == 1


def test_gender_from_an_honorific_before_anything_else():
    text = "Anna Reyes leads the council.\n\n“We will rebuild the bridge,” Mrs. Reyes said.\n"
    assert (_source(text, "Anna Reyes").gender, _source(text, "Anna Reyes").gender_basis) == ("female", "honorific")


def test_gender_from_the_pronoun_of_the_reported_clause():
    reyes = _source("Quinn Okafor said she would rebuild the bridge by spring.\n", "Quinn Okafor")
    assert (reyes.gender, reyes.gender_basis) == ("female", "pronoun")


def test_gender_from_a_first_name_in_the_census_table():
    hale = _source(TWO_VOICES, "Tom Hale")
    assert (hale.gender, hale.gender_basis) == ("male", "first name")


def test_no_evidence_is_unknown_never_a_guess_from_the_role():
    okafor = _source("Quinn Okafor, a nurse at the hospital, said the ward would reopen.\n", "Quinn Okafor")
    assert (okafor.gender, okafor.gender_basis) == ("unknown", None)


def test_organisations_and_groups_have_no_gender():
    assert _source("Officials said the bridge would reopen in May.", "Officials").gender is None


def test_gender_evidence_order_and_conflicts():
    assert decide(name="Quinn Okafor", honorifics=["Mr."], pronouns=["she", "she"], role_words=[]) == ("male", "honorific")
    assert decide(name="Quinn Okafor", honorifics=[], pronouns=["she", "she", "she", "he"], role_words=[]) == ("female", "pronoun")
    # conflicting pronouns decide nothing: the next kind of evidence is asked
    assert decide(name="Quinn Okafor", honorifics=[], pronouns=["she", "he"], role_words=["spokesman"]) == ("male", "role noun")
    assert decide(name="Quinn Okafor", honorifics=["Mr", "Mrs"], pronouns=[], role_words=[]) == ("unknown", None)
    assert decide(name="Okafor", honorifics=[], pronouns=[], role_words=["nurse"]) == ("unknown", None)


def test_first_name_skips_titles_but_not_initials():
    assert first_name("Maryland Gov. Martin O’Malley") == "Martin"
    assert first_name("Michael R. Bloomberg") == "Michael"
    assert first_name("Bloomberg") is None


def test_the_census_table_keeps_only_names_past_the_threshold():
    table = first_name_genders()
    assert table["Mary"] == "female" and table["John"] == "male"
    assert "Jamie" not in table and "Leslie" not in table  # given to both sexes: unknown


@pytest.mark.parametrize(
    ("role", "name", "kind", "category"),
    [
        ("White House press secretary", "Josh Earnest", "person", "spokesperson"),
        ("Sen.", "Bernie Sanders", "person", "politician"),
        ("former Secretary of State", "Hillary Clinton", "person", "government official"),
        ("professor of economics", "Ann Lee", "person", "expert/academic"),
        (None, "police", "group", "police/legal/courts"),
        (None, "residents", "group", "citizen/witness"),
        (None, "Ann Lee", "person", "other"),
    ],
)
def test_role_categories(role, name, kind, category):
    assert category_of(role, name, kind) == category


def test_json_sections():
    record = _sources(TWO_VOICES).to_json()
    assert set(record) == {"sources", "source_summary"}
    assert set(record["sources"][0]) == {"name", "kind", "role", "category", "gender", "gender_basis", "quotes", "words",
                                         "share", "first_paragraph", "mentions", "attributions"}  # fmt: skip
    summary = record["source_summary"]
    assert summary["share_by_gender"]["female"] + summary["share_by_gender"]["male"] == pytest.approx(1.0)


def test_aggregate_sums_articles_and_groups_them_by_outlet_and_month():
    first = _sources(TWO_VOICES)
    second = _sources("“We are close,” Mayor Anna Reyes said.\n")
    articles = [
        (Meta(date=date(2024, 5, 1), source="Gazette").to_json(), first),
        (Meta(date=date(2024, 6, 2), source="Herald").to_json(), second),
    ]
    by_outlet = aggregate(articles, by="source")
    assert by_outlet.total.articles == 2 and by_outlet.total.quoted_sources == 3
    assert by_outlet.total.single_source_articles == 1
    assert [key for key, _ in by_outlet.groups] == ["Gazette", "Herald"]
    by_month = aggregate(articles, by="date:month").to_json()
    assert [group["key"] for group in by_month["source_groups"]["groups"]] == ["2024-05", "2024-06"]
    assert "source_groups" not in aggregate(articles).to_json()


def test_a_shorter_name_joins_the_full_name_it_ends():
    text = "Louis van Gaal said he had no option.\n\n“We had to change,” Van Gaal said.\n\n“It was the right call,” Van Gaal added.\n"
    names = [source.name for source in _sources(text).sources if source.quoted]
    assert names == ["Louis van Gaal"]


def test_an_honorific_before_a_shared_surname_decides_neither_person():
    text = (
        "Duncan Bannatyne and his daughter Quinn Bannatyne opened the gym.\n\n"
        "“It is a family business,” Mr Bannatyne said.\n\n"
        "“We work together,” Quinn Bannatyne said.\n"
    )
    assert _source(text, "Quinn Bannatyne").gender_basis != "honorific"


def test_a_determiner_later_in_the_sentence_does_not_make_a_group_anonymous():
    assert _source("Officials said a new bridge would open in May.", "Officials").kind == "group"


# --- the command line ------------------------------------------------------------------------------------


def _run(*args, input=None):
    from typer.testing import CliRunner

    from newscli.cli import app

    return CliRunner().invoke(app, list(args), input=input)


ARTICLE_A = "Source: Gazette\nDate: 2024-05-01\n\n" + TWO_VOICES
ARTICLE_B = "Source: Herald\nDate: 2024-06-02\n\n“We are close,” Mayor Anna Reyes said.\n"


@pytest.fixture
def archive(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return tmp_path


def test_cli_json_has_the_two_sections_per_article(archive):
    result = _run("sources", str(archive / "a.txt"), "--json")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert {"sources", "source_summary", "meta"} <= set(record)
    assert record["source_summary"]["named_sources"] == 2


def test_cli_aggregate_json_is_one_line_with_groups(archive):
    result = _run("sources", str(archive), "--json", "--aggregate", "--by", "source")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 1
    assert lines[0]["source_summary"]["articles"] == 2
    assert [group["key"] for group in lines[0]["source_groups"]["groups"]] == ["Gazette", "Herald"]


def test_cli_batch_table_ends_with_the_corpus_figures(archive):
    result = _run("sources", str(archive))
    assert result.exit_code == 0
    assert "Anna Reyes" in result.stdout and "All articles (2)" in result.stdout.replace("\n", " ")


def test_cli_csv_rows_read_back(archive):
    import csv
    import io

    result = _run("sources", str(archive / "a.txt"), "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    names = [row["name"] for row in rows if row["section"] == "sources"]
    assert "Anna Reyes" in names and "Tom Hale" in names


def test_cli_rejects_an_unknown_grouping(archive):
    result = _run("sources", str(archive), "--by", "weekday")
    assert result.exit_code == 2


def test_api_sources():
    from newscli import api

    record = api.sources(TWO_VOICES)
    assert {"meta", "sources", "source_summary"} == set(record)


@pytest.mark.parametrize("text", ["Many Republicans fear that the party will split.", "Some Democrats said the bill would fail."])
def test_a_quantified_name_is_a_group_not_a_person(text):
    quoted = [source for source in _sources(text).sources if source.quoted]
    assert [(source.kind, source.gender) for source in quoted] == [("group", None)]


def test_a_definite_document_is_its_own_source_not_the_person_named_before():
    text = (
        "Mayor Anna Reyes opened the bridge on Monday.\n\n"
        "“Repairs will cost more than planned,” the report said.\n\n"
        "“We will find the money,” the mayor said.\n"
    )
    voiced = {s.name: (s.quotes, s.attributions) for s in _sources(text).sources if s.quoted or s.attributions}
    assert voiced["Anna Reyes"] == (1, 0) and sum(voiced["report"]) == 1
