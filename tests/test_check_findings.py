"""Offsets → lines and columns: 1-based, counted in characters of the original text, CRLF or LF alike."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newscli.check.findings import Hit, LineIndex, Severity, locate


def naive_position(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


@given(st.text(alphabet="ab\n\r “”é", max_size=60), st.data())
def test_positions_match_a_naive_count(text, data):
    offset = data.draw(st.integers(0, len(text)))
    assert LineIndex(text).position(offset) == naive_position(text, offset)


def test_crlf_and_lf_give_the_same_positions():
    lf = "date 2023-05-10\n\nOne line.\nThe the end.\n"
    crlf = lf.replace("\n", "\r\n")
    for text in (lf, crlf):
        start = text.index("The the")
        finding = locate(text, LineIndex(text), "repeated-word", Severity.ERROR, Hit(start, start + 7, "m"))
        assert (finding.line, finding.column, finding.end_line, finding.end_column) == (4, 1, 4, 8)
        assert finding.text == "The the"


def test_a_whole_article_finding_is_at_the_first_character():
    finding = locate("abc", LineIndex("abc"), "missing-date", Severity.WARNING, Hit(0, 0, "m"))
    assert (finding.line, finding.column, finding.end_line, finding.end_column, finding.text) == (1, 1, 1, 1, "")
