"""The README's result tables: one markdown table per report, its first column the label, "overall" in bold."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def table(columns: list[str], rows: Iterable[tuple[str, list[Any]]]) -> str:
    """A markdown table: a label column, then right-aligned figures; the "overall" row's label in bold."""
    lines = ["| " + " | ".join(columns) + " |", "| --- |" + " ---: |" * (len(columns) - 1)]
    for label, cells in rows:
        shown = f"**{label}**" if label == "overall" else label
        lines.append("| " + " | ".join([shown, *map(str, cells)]) + " |")
    return "\n".join(lines)
