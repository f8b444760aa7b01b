"""The data package's list readers."""

from __future__ import annotations

from newscli import data


def test_sections_keep_the_file_order_and_every_line_under_its_header():
    lines = data.read_list("gendered_roles.txt")
    sections = data.read_sections("gendered_roles.txt")
    assert list(sections) == ["female", "male"]  # no "" section: the file opens with a header
    male = lines.index("[male]")
    assert sections["female"] == lines[1:male]
    assert sections["male"] == lines[male + 1 :]
