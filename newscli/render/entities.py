"""Rich rendering of ``entities``."""

from __future__ import annotations

from ..entities import Entities
from . import cell, console, heading, print_table


def render_entities(name: str, meta: dict, result: Entities) -> None:
    from rich.table import Table
    from rich.text import Text

    if not result.entities:
        console().print(Text.assemble(cell(name), ": no entities found"))
        return
    table = Table(title=heading(name, meta), show_header=True, title_justify="left")
    table.add_column("Entity", overflow="fold")
    table.add_column("Type", no_wrap=True)
    table.add_column("Mentions", justify="right", no_wrap=True)
    table.add_column("Aliases", overflow="fold")
    table.add_column("Role", overflow="fold")
    for entity in result.entities:
        table.add_row(cell(entity.name), entity.type, str(entity.count), cell(", ".join(entity.aliases)), cell(entity.role))
    print_table(table)
