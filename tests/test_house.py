"""The house checks itself: no import circles in the package, and the documentation names only options
the real ``--help`` has."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from typer.testing import CliRunner

from newscli.cli import app

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "newscli"
COMMANDS = ("analyze", "summarize", "entities", "quotes", "sources", "timeline", "stats", "check")


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module → the package's modules it imports, anywhere in it (in functions and type-checking blocks too)."""
    modules = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(anchor + ([node.module] if node.module else []))
                # ``from . import data`` imports the module ``data`` when there is one, else a name of the package.
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names]
            else:
                continue
            graph[name].update(target for target in targets if target in modules and target != name)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def test_the_import_graph_sees_relative_and_absolute_imports():
    graph = import_graph()
    assert "newscli.document" in graph["newscli.tagger"] or "newscli.characters" in graph["newscli.tagger"]
    assert "newscli.render" in graph["newscli.render.formats"]
    assert "newscli.check.rules.base" in graph["newscli.check.rules.punctuation"]


def test_circles_are_found():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_circles_in_the_package():
    assert circles(import_graph()) == []


def _help(*command: str) -> str:
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def test_help_shows_no_python_types_or_doubled_ellipses():
    for command in ((), *((name,) for name in COMMANDS)):
        text = _help(*command)
        assert not re.search(r"<[a-z][\w\[\]| ]*>", text), (command, text)
        assert "...]..." not in text and "<list" not in text and "range>" not in text, (command, text)


# Commands the docs show that are not newscli's: their options are theirs.
OTHER_PROGRAMS = ("pip ", "pre-commit ", "python -m pytest", "pytest ", "git ", "jq ")
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*[a-z0-9]")


def _documented_options() -> dict[str, set[str]]:
    """Every ``--option`` the README and docs/ name, with the files that name it; options in a code span or a
    code line that runs another program are left out."""
    named: dict[str, set[str]] = {}
    for path in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            pieces = line.split("`") if "`" in line else [line]
            for piece in pieces:
                if piece.strip().removeprefix("$ ").startswith(OTHER_PROGRAMS):
                    continue
                for option in OPTION.findall(piece):
                    named.setdefault(option, set()).add(path.name)
    return named


def _script_options() -> set[str]:
    """The options of the repository's own scripts (benchmarks/, scripts/), which the docs also show."""
    sources = [*REPO.glob("benchmarks/**/*.py"), *REPO.glob("scripts/*.py")]
    return {option for path in sources for option in re.findall(r"add_argument\(\s*\"(--[\w-]+)\"", path.read_text(encoding="utf-8"))}


def test_every_option_the_docs_name_is_in_the_real_help():
    helps = " ".join(_help(*command) for command in ((), *((name,) for name in COMMANDS)))
    real = set(OPTION.findall(helps)) | _script_options()
    unknown = {option: files for option, files in _documented_options().items() if option not in real}
    assert not unknown, f"options the docs name that neither newscli's --help nor a script has: {unknown}"
