"""Writing a generated data module of bot/rules, or checking that the committed one is current (`--check`)."""

from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(target: Path, text: str, command: str) -> None:
    """Write `text` to `target`; with --check, exit non-zero instead if the file differs from it."""
    if "--check" in sys.argv:
        current = target.read_text(encoding="utf-8") == text
        sys.exit(0 if current else f"{target} is out of date: run {command}")
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({text.count(chr(10))} lines)")
