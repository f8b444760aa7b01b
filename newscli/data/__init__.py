"""Data files shipped with newscli (lexicons, gazetteers, trained models); see NOTICE for sources."""

from __future__ import annotations

from functools import cache
from importlib import resources


def path(name: str):
    """A traversable path to a data file inside the package."""
    return resources.files(__name__) / name


@cache
def read_list(name: str) -> tuple[str, ...]:
    """The non-blank, non-comment lines of a list file, stripped."""
    lines = path(name).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


@cache
def read_sections(name: str) -> dict[str, tuple[str, ...]]:
    """The lines of a list file by the ``[section]`` header above them, sections in the file's order (lines
    before any header fall under ``""``, present only when there are some)."""
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for line in read_list(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections[current].append(line)
    return {section: tuple(lines) for section, lines in sections.items() if section or lines}
