"""Text as people and upstream systems send it, made safe to store and to show."""

from __future__ import annotations

from typing import Any


def well_formed(text: str) -> str:
    """Lone UTF-16 surrogates (a JSON escape can carry them) become U+FFFD: no database or encoder takes them."""
    if text.isascii():
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def well_formed_deep(value: Any) -> Any:
    """The same for every string inside card data: dicts, lists and their keys."""
    if isinstance(value, str):
        return well_formed(value)
    if isinstance(value, dict):
        return {well_formed_deep(k): well_formed_deep(v) for k, v in value.items()}
    if isinstance(value, list):
        return [well_formed_deep(v) for v in value]
    return value
