"""Rich rendering of ``entities``."""

from __future__ import annotations

from ..entities import Entities
from . import console, heading


def render_entities(name: str, meta: dict, result: Entities) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=heading(name, meta), show_header=True, title_justify="left")
    table.add_column("Entity", overflow="fold")
    table.add_column("Type")
    table.add_column("Mentions", justify="right")
    table.add_column("Aliases", overflow="fold")
    table.add_column("Role", overflow="fold")
    for entity in result.entities:
        table.add_row(
            Text(entity.name), entity.type, str(entity.count), Text(", ".join(entity.aliases)), Text(entity.role or "")
        )
    if not result.entities:
        console().print(Text.assemble((name, "bold"), ": no entities found"))
        return
    console().print(table)
