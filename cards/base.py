"""Small builders every card uses, and the escaping that keeps user text literal."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.turn import Mention

SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"

# Any ASCII punctuation may be backslash-escaped in CommonMark: escape what starts markup anywhere, "&" where it
# would start an entity (&lt;at&gt; would show as <at>), and the list markers and heading underlines (a line of
# "=" or "-") only where they would take effect, so "Smith & Co" and "-5" stay as typed.
_MARKUP = re.compile(r"([\\`*_{}\[\]()#!<>|~]|&(?=#?[A-Za-z0-9]+;))")
_LIST_MARKER = re.compile(r"^(\s*)(\d+\.|[-+])(?=\s|$)", re.MULTILINE)
_UNDERLINE = re.compile(r"^([ \t]*)(?=[=-]+[ \t]*$)", re.MULTILINE)
# Teams turns bare domains and URLs into links even when escaped; a word joiner after the dot breaks the match
# without changing what people see.
_LINKISH = re.compile(r"(?<=[^\W_])\.(?=[^\W_])|(?<=[A-Za-z]):(?=//)|@")
_WORD_JOINER = "\u2060"
# Bidi controls someone typed (an override reorders the card around a name) are dropped; a line with right-to-left
# letters is isolated instead (FSI ... PDI), so it cannot reorder the text around it.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_THUMBNAIL_MARKUP = re.compile(r"[\\`*_{}\[\]()#!|~]")
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+\n")  # two or more blank lines in a row
DAY = "%-d %b %Y"
MOMENT = "%-d %b %Y %H:%M %Z"
IMPORT_FIRST = "Ask an admin to import the client first."
SUGGESTED = 5  # close client names offered when none matches


def plain(text: str | None) -> str:
    """Show user-supplied text literally in a TextBlock: no markdown, no links, no <at> mentions."""
    if not text:
        return ""
    # A lone CR ends a line in markdown too; as "\n" the line-start rules below see it.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BIDI_CONTROLS.sub("", _BLANK_LINES.sub("\n\n", text))
    text = _LINKISH.sub(lambda m: m.group(0) + _WORD_JOINER, text)
    text = _MARKUP.sub(r"\\\1", text)
    text = _LIST_MARKER.sub(lambda m: m[1] + m[2][:-1] + "\\" + m[2][-1], text)
    text = _UNDERLINE.sub(r"\1\\", text)
    if not _RIGHT_TO_LEFT.search(text):
        return text
    return "\n".join(f"\u2068{line}\u2069" if _RIGHT_TO_LEFT.search(line) else line for line in text.split("\n"))


def thumbnail_text(text: str | None) -> str:
    """User text for a thumbnail card (a compose-box preview): Teams reads HTML and some markdown there."""
    text = html.escape(_BIDI_CONTROLS.sub("", text or "").replace("\n", " "))
    text = _LINKISH.sub(lambda m: m.group(0) + _WORD_JOINER, text)
    return _THUMBNAIL_MARKUP.sub(lambda m: f"&#{ord(m.group(0))};", text)


def excerpt(text: str | None, limit: int) -> str:
    """`text` cut to at most `limit` characters, ending in "…" when cut; cut before plain(), never after."""
    text = text or ""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def shown(moment: datetime | None, zone: ZoneInfo, fmt: str = DAY) -> str:
    """A stored (UTC) moment as the network reads it: in its zone, written as `fmt`; "" for none."""
    if not moment:
        return ""
    try:
        return moment.astimezone(zone).strftime(fmt)
    except OverflowError:  # stored at the calendar's edge, it has no local time: reading it must not fail
        return moment.strftime(fmt)


def no_client(typed: str, names: Iterable[str], otherwise: str = IMPORT_FIRST) -> str:
    """Why no client was picked from what someone typed, naming the closest ones; escaped for a message."""
    return plain(no_client_text(typed, names, otherwise))


def no_client_text(typed: str, names: Iterable[str], otherwise: str = IMPORT_FIRST) -> str:
    """The same, unescaped: for a form's error line, which escapes the whole of it."""
    offered = "; ".join(list(names)[:SUGGESTED])
    return f"No single client matches “{typed}”." + (f" Did you mean: {offered}?" if offered else f" {otherwise}")


def text_block(text: str, **style: Any) -> dict[str, Any]:
    """A wrapping TextBlock; `text` must already be escaped or be our own markdown."""
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def heading(text: str) -> dict[str, Any]:
    """A card title."""
    return text_block(text, size="Large", weight="Bolder", style="heading")


def facts(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """A FactSet of (title, value) pairs; both are shown as given."""
    return {"type": "FactSet", "facts": [{"title": title, "value": value} for title, value in pairs]}


def execute(title: str, verb: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Universal Action button, falling back to Action.Submit on clients without Universal Actions."""
    return {
        "type": "Action.Execute",
        "title": title,
        "verb": verb,
        "data": {"verb": verb, **(data or {})},
        "fallback": submit(title, verb, data),
    }


def submit(title: str, verb: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """An Action.Submit button; it arrives as a message whose value carries the verb."""
    return {"type": "Action.Submit", "title": title, "data": {"verb": verb, **(data or {})}}


def done_card(title: str, text: str) -> dict[str, Any]:
    """A confirmation: what was just done, as a card like every other answer; `text` is escaped or our markdown."""
    return card([heading(title), text_block(text)])


def stacked(actions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Buttons one under another, each at its full title: side by side, a phone cuts long titles off."""
    return [{"type": "ActionSet", "spacing": "Small", "actions": [a]} for a in actions]


def with_notes(content: dict[str, Any], notes: list[str]) -> dict[str, Any]:
    """A card with our own notes (already escaped) added under its body, e.g. who will get what, and when."""
    if not notes:
        return content
    blocks = [text_block(note, separator=i == 0, spacing="Medium" if i == 0 else "Small")
              for i, note in enumerate(notes)]
    return {**content, "body": [*content.get("body", []), *blocks]}


def card(
    body: list[dict[str, Any]],
    actions: list[dict[str, Any]] | None = None,
    *,
    mentions: tuple[Mention, ...] = (),
) -> dict[str, Any]:
    """A full-width Adaptive Card 1.5, with mention entities for every `<at>` it contains."""
    result: dict[str, Any] = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": VERSION, "body": body}
    if actions:
        result["actions"] = actions
    msteams: dict[str, Any] = {"width": "Full"}
    if mentions:
        msteams["entities"] = [
            {"type": "mention", "text": m.text, "mentioned": {"id": m.teams_id, "name": m.name}} for m in mentions
        ]
    result["msteams"] = msteams
    return result
