"""`make screenshots`: every gallery card as a PNG in docs/cards/, and the README's gallery table to match.

Renders with tools/screenshots.mjs (the official renderer in headless Chromium, Teams light theme), crops very tall
cards, shrinks each PNG to a 256-colour palette, removes screenshots of cards that no longer exist, and rewrites
the table between the gallery markers in README.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PIL import Image

from tools.gallery import samples

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "cards"
README = ROOT / "README.md"
START, END = "<!-- card gallery: start (make screenshots writes this table) -->", "<!-- card gallery: end -->"
MAX_HEIGHT = 1400  # the worst-case cards run to many screens; their first screens show how they look
COLUMNS = 2
# Cards people read most on a phone are also shot at a phone's width, as <name>-phone.png.
PHONE_WIDTH = 340
ON_PHONES = ("help", "help-channel", "who-owns-partner", "who-owns-held", "who-owns-no-holder", "who-owns-picked",
             "did-you-mean",
             "small-talk", "dna-list")


def shots(names_and_cards: list[tuple[str, dict]]) -> list[dict]:
    """Every card at a laptop's width, and the ones people read on a phone at a phone's width too."""
    found = []
    for name, card in names_and_cards:
        found.append({"name": name, "card": card})
        if name in ON_PHONES:
            found.append({"name": f"{name}-phone", "card": card, "width": PHONE_WIDTH})
    return found


def render(gallery: list[dict]) -> None:
    """One PNG per shot from one Chromium, then cropped and reduced to a palette."""
    subprocess.run(["node", str(ROOT / "tools" / "screenshots.mjs"), str(OUT)],
                   input=json.dumps(gallery, ensure_ascii=False), text=True, check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    for name in (shot["name"] for shot in gallery):
        path = OUT / f"{name}.png"
        with Image.open(path) as shot:
            image = shot.convert("RGB")
        if image.height > MAX_HEIGHT:
            image = image.crop((0, 0, image.width, MAX_HEIGHT))
        image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def table(names: list[str]) -> str:
    """The README's gallery: the cards side by side, each under its name."""
    cells = [f"**{name}**<br>![{name}](docs/cards/{name}.png)" for name in names]
    cells += [""] * (-len(cells) % COLUMNS)
    rows = [cells[i:i + COLUMNS] for i in range(0, len(cells), COLUMNS)]
    return "\n".join(["| " + " | ".join([" "] * COLUMNS) + " |", "|" + "---|" * COLUMNS]
                     + ["| " + " | ".join(row) + " |" for row in rows])


def update_readme(names: list[str]) -> None:
    """Replace the table between the gallery markers, leaving the rest of the README alone."""
    text = README.read_text(encoding="utf-8")
    if START not in text or END not in text:
        sys.exit(f"README.md lacks the gallery markers {START!r} ... {END!r}")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    README.write_text(f"{head}{START}\n{table(names)}\n{END}{tail}", encoding="utf-8")


def main() -> None:
    """Render every card, drop stale screenshots, and refresh the README table."""
    gallery = shots(samples())
    OUT.mkdir(parents=True, exist_ok=True)
    render(gallery)
    names = [shot["name"] for shot in gallery]
    for stale in set(OUT.glob("*.png")) - {OUT / f"{name}.png" for name in names}:
        stale.unlink()
    update_readme(names)
    print(f"{len(names)} cards in {OUT.relative_to(ROOT)}/; README gallery updated")


if __name__ == "__main__":
    main()
