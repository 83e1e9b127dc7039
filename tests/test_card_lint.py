"""Every card Accord can send passes the official Adaptive Cards renderer at 1.5, and Teams' own rules."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bot.commands import VERBS
from bot.turn import Reply
from tests.support.turns import teams_size
from tools.gallery import samples

ROOT = Path(__file__).resolve().parent.parent
LINT = ROOT / "tools" / "cardlint.mjs"
MAX_KB = 80  # Teams refuses messages over about 100 KB (UTF-16, mentions included); stay well under
MAX_ACTIONS = 6  # Teams' host config shows at most this many buttons on a card
MAX_TITLE = 60  # button and choice titles are one line: a longer one (a name at its column's length) is cut off
_AT = re.compile(r"<at>.*?</at>", re.DOTALL)
_CODE = re.compile(r"(?<!\\)`")  # Teams cards have no code markup: an unescaped backtick shows as typed

SAMPLES = dict(samples())
# Broken on purpose, linted in the same run: proves the renderer check fails when it should.
CANARY = {"type": "AdaptiveCard", "version": "1.5", "colour": "red", "body": [
    {"type": "TextBlock", "text": "x", "size": "Huge"}, {"type": "Widget"},
    {"type": "Input.Text", "id": "a", "isRequired": True, "inputStyle": "revealOnHover"},
    {"type": "FactSet", "facts": [{"title": "a", "valeu": "b"}]}]}


@pytest.fixture(scope="module")
def renderer() -> dict[str, list[str]]:
    """What the official renderer says about every sample, from one Node process."""
    node = shutil.which("node")
    assert node, "Node.js is needed for the card lint"
    assert (ROOT / "node_modules" / "adaptivecards").is_dir(), "run `make install-dev` (npm ci) first"
    cards = [{"name": name, "card": card} for name, card in SAMPLES.items()] + [{"name": "canary", "card": CANARY}]
    done = subprocess.run([node, str(LINT)], input=json.dumps(cards), capture_output=True, text=True, cwd=ROOT,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def walk(node: Any):
    """Every object inside a card, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from walk(item)


def texts(card: dict) -> list[str]:
    """The strings Teams scans for mentions: TextBlock and TextRun text, and facts."""
    found = []
    for node in walk(card):
        if node.get("type") in ("TextBlock", "TextRun") and isinstance(node.get("text"), str):
            found.append(node["text"])
        for fact in node.get("facts", []) if node.get("type") == "FactSet" else []:
            found += [str(fact.get("title", "")), str(fact.get("value", ""))]
    return found


def teams_problems(card: dict) -> list[str]:
    """What Teams would reject or show wrongly, beyond the renderer's own checks."""
    problems = []
    if card.get("type") != "AdaptiveCard" or card.get("version") != "1.5":
        problems.append("not an Adaptive Card 1.5 (Teams renders up to 1.5)")
    if (card.get("msteams") or {}).get("width") not in (None, "Full"):
        problems.append('msteams.width must be "Full"')
    size = teams_size(Reply(card=card).payload()) / 1024
    if size >= MAX_KB:
        problems.append(f"{size:.1f} KB as Teams counts it (UTF-16), over {MAX_KB} KB")
    if len(card.get("actions", [])) > MAX_ACTIONS:
        problems.append(f"{len(card['actions'])} buttons; Teams shows {MAX_ACTIONS}")
    for node in walk(card):
        kind = str(node.get("type", ""))
        if kind == "Action.Execute" and "refresh" not in card:
            fallback = node.get("fallback")
            if not isinstance(fallback, dict) or fallback.get("type") != "Action.Submit" or \
                    fallback.get("data") != node.get("data"):
                problems.append(f"Action.Execute {node.get('title')!r} has no Action.Submit fallback with its data")
        if kind in ("Action.Execute", "Action.Submit"):
            verb = (node.get("data") or {}).get("verb") if isinstance(node.get("data"), dict) else None
            if verb not in VERBS:
                problems.append(f"{kind} {node.get('title')!r}: verb {verb!r} has no handler in bot/commands.py")
            if kind == "Action.Execute" and node.get("verb") != verb:
                problems.append(f"Action.Execute {node.get('title')!r}: verb and data.verb differ")
        if kind.startswith("Input.") and not str(node.get("label") or "").strip():
            problems.append(f"{kind} {node.get('id')!r} has no label")
        titles = [node.get("title")] if kind.startswith("Action.") else []
        titles += [c.get("title") for c in node.get("choices", [])] if kind == "Input.ChoiceSet" else []
        problems += [f"{kind} title {str(t)[:20]!r}… is over {MAX_TITLE} characters" for t in titles
                     if len(str(t or "")) > MAX_TITLE]
    problems += [f"backtick in {text[:60]!r}: Teams cards show code markup as typed" for text in texts(card)
                 if _CODE.search(text)]
    problems += _mention_problems(card)
    return problems


def _mention_problems(card: dict) -> list[str]:
    problems = []
    written = "\n".join(texts(card))
    entities = (card.get("msteams") or {}).get("entities", [])
    for entity in entities:
        mentioned = entity.get("mentioned") or {}
        if entity.get("type") != "mention" or not mentioned.get("id"):
            problems.append(f"mention entity {entity!r} lacks type or id")
        if entity.get("text") != f"<at>{mentioned.get('name')}</at>":
            problems.append(f"mention text {entity.get('text')!r} does not name {mentioned.get('name')!r}")
        if entity.get("text") not in written:
            problems.append(f"mention {entity.get('text')!r} does not appear in the card's text")
    declared = {entity.get("text") for entity in entities}
    problems += [f"{tag!r} in the text has no mention entity" for tag in _AT.findall(written) if tag not in declared]
    return problems


def test_the_gallery_names_each_card_once_as_a_file_name():
    names = [name for name, _ in samples()]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*", name, re.IGNORECASE) for name in names)


# Teams' dynamic typeahead (a picker searching as people type) is Teams' own addition to Input.ChoiceSet, documented
# for Teams cards at 1.2 and 1.5 (learn.microsoft.com: "Typeahead search in Adaptive Cards"); the generic renderer
# files it under 1.6. Only that property is let through.
TEAMS_ADDITIONS = ('UnsupportedProperty: Property "choices.data" is supported in version 1.6',
                   'UnknownProperty: Input.ChoiceSet has no property "choices.data"')


@pytest.mark.parametrize("name", list(SAMPLES))
def test_the_official_renderer_accepts_it_at_1_5(renderer, name):
    assert [p for p in renderer[name] if not p.startswith(TEAMS_ADDITIONS)] == []


@pytest.mark.parametrize("name", list(SAMPLES))
def test_it_keeps_teams_rules(name):
    assert teams_problems(SAMPLES[name]) == []


def test_the_renderer_check_catches_broken_cards(renderer):
    found = "\n".join(renderer["canary"])
    for problem in ('InvalidPropertyValue: Invalid value "Huge"', 'Unknown element type "Widget"',
                    'UnsupportedProperty: Property "inputStyle" is supported in version 1.6',
                    "RequiredInputsShouldHaveLabel", 'AdaptiveCard has no property "colour"',
                    'Fact has no property "valeu"'):
        assert problem in found


def test_the_teams_checks_catch_broken_cards():
    bad = {
        "type": "AdaptiveCard", "version": "1.6", "msteams": {"width": "wide", "entities": [
            {"type": "mention", "text": "<at>Ann</at>", "mentioned": {"id": "29:1", "name": "Ann"}},
            {"type": "mention", "text": "<at>Bo</at>", "mentioned": {"id": "29:2", "name": "Bob"}}]},
        "body": [{"type": "TextBlock", "text": "Hi <at>Ann</at> and <at>Cy</at>" + "x" * 41_000},
                 {"type": "TextBlock", "text": "run `accord`, not \\`this\\`"},
                 {"type": "Input.Text", "id": "note"},
                 {"type": "Input.ChoiceSet", "id": "who", "label": "Who",
                  "choices": [{"title": "N" * 61, "value": "1"}]}],
        "actions": [{"type": "Action.Execute", "title": "Go", "verb": "help", "data": {"verb": "help"}}] +
                   [{"type": "Action.Submit", "title": str(i), "data": {"verb": "nope"}} for i in range(6)],
    }
    found = "\n".join(teams_problems(bad))
    for problem in ("not an Adaptive Card 1.5", "msteams.width", "over 80 KB", "7 buttons",
                    "'Go' has no Action.Submit fallback", "verb 'nope' has no handler", "'note' has no label",
                    "backtick in 'run `accord`", "'<at>Bo</at>' does not name 'Bob'", "'<at>Bo</at>' does not appear",
                    "'<at>Cy</at>' in the text", f"Input.ChoiceSet title {'N' * 20!r}… is over 60 characters"):
        assert problem in found


def test_cards_that_list_only_some_rows_say_how_many_they_left_out():
    from cards.who_owns import MAX_CONTACTS, MAX_HOLDERS

    card = SAMPLES["who-owns-largest"]
    assert [len(n["facts"]) for n in walk(card) if n.get("type") == "FactSet"] == [MAX_HOLDERS, MAX_CONTACTS]
    assert {"…and 15 more holders.", f"…and {MAX_CONTACTS * 9} more contacts."} <= set(texts(card))
    from cards.approaches import LIST_ROWS, THE_REST
    from cards.dna import ADDED_ROWS, MAX_PROBLEMS

    listed = SAMPLES["approach-list-largest"]["body"]
    assert len([n for n in listed if n["type"] == "Container"]) == LIST_ROWS
    assert f"…and {40 - LIST_ROWS + 999} more, older. {THE_REST}" in texts(SAMPLES["approach-list-largest"])
    assert f"…and {100 - MAX_PROBLEMS} more problems. Fix these and add them again to see the rest." in \
        texts(SAMPLES["dna-form-largest"])
    assert f"…and {100 - ADDED_ROWS} more." in texts(SAMPLES["dna-added-largest"])
    from cards.disputes import LIST_ROWS as DISPUTE_ROWS

    listed = texts(SAMPLES["dispute-list-director-largest"])
    assert listed.count(f"Only the first {DISPUTE_ROWS} are shown; ask for one with: dispute N") == 3
    assert "…and 1 more ending later." in texts(SAMPLES["member-record-largest"])


def test_the_history_card_lists_the_newest_rows_and_fields_and_counts_the_rest():
    from cards.history import MAX_FIELDS, MAX_ROWS

    card = SAMPLES["history-largest"]
    assert len([n for n in card["body"] if n["type"] == "Container"]) == MAX_ROWS
    assert [len(n["facts"]) for n in walk(card) if n.get("type") == "FactSet"] == [MAX_FIELDS] * MAX_ROWS
    found = texts(card)
    assert found.count("…and 3 more fields.") == MAX_ROWS
    assert any(t.startswith("…and 40 more, older. An admin can list every change with the CLI") for t in found)
