"""The answer to "who owns ClientCorp?": holders, contacts covered, and what to do next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.rules.ownership import FREE, HELD, PROTECTED, Ownership, standing
from bot.rules.relationships import Coverage
from cards import verbs
from cards.base import MOMENT, card, excerpt, execute, facts, heading, plain, shown, stacked, text_block, thumbnail_text
from cards.relationships import best_placed_block, coverage_blocks

MAX_NOTIFY_BUTTONS = 5
MAX_CANDIDATES = 5
PREVIEW_HOLDERS = 3
BUTTON = 40  # characters of a button title
# Rows beyond these are counted, not listed: a card must stay under Teams' message size with names at full length.
MAX_HOLDERS = 25
MAX_CONTACTS = 20
# Each standing's text colour and container style: green free, amber held, red for a protected contact.
VERDICT_NAME = 80  # characters of a name in the verdict, which should read as one line
VERDICT = {FREE: ("Good", "good"), HELD: ("Warning", "warning"), PROTECTED: ("Attention", "attention")}


@dataclass(frozen=True)
class ClientSummary:
    """What a card says about the client itself."""

    id: int
    name: str
    external_id: str | None
    domains: tuple[str, ...]


def ownership_card(client: ClientSummary, view: Ownership, *, zone: ZoneInfo, now: datetime, asker_id: int | None,
                   public: bool, person: str | None = None, why: str | None = None, typed: str | None = None,
                   picked: bool = False, coverage: Coverage | None = None) -> dict[str, Any]:
    """The holder card, showing exactly what `view` allows: a one-line verdict first, the details under it."""

    # `typed`: what the asker wrote, when it is not the client's name: they may say the match is wrong, or, having
    # picked this client from "did you mean", that it is right (the text is then proposed as an alias).
    body: list[dict[str, Any]] = [heading(plain(client.name)), text_block(_subtitle(client), isSubtle=True,
                                                                          spacing="None")]
    body.append(_verdict(client, view))
    if coverage is not None:  # the policy's "reach out to whoever has the strongest relationship"
        body += best_placed_block(coverage)
    body += _holders(view, zone)
    if person:
        body.append(text_block(_person_line(person, view)))
    body += _contacts(view)
    if coverage is not None:
        body += coverage_blocks(coverage, public)
    body.append(text_block(_footer(now, zone, public, why), isSubtle=True, size="Small", separator=True))
    if typed and not public:
        body += _feedback(client, typed, picked)
    return card(body, _actions(client, view, None if public else asker_id))


def _feedback(client: ClientSummary, typed: str, picked: bool) -> list[dict[str, Any]]:
    """Under the answer: "Not this client", or after a did-you-mean pick, "Yes, this one" (an alias to approve)."""
    data, shown = {"client_id": client.id, "text": typed}, plain(excerpt(typed, BUTTON))
    if picked:
        return [text_block(f"Is this the client you meant by “{shown}”? If so, Accord can learn the name (an admin "
                           "approves).", isSubtle=True, size="Small"),
                *stacked([execute("Yes, this one", verbs.WHO_OWNS_ALIAS, data)])]
    return stacked([execute("Not this client", verbs.WHO_OWNS_NOT_THIS, data)])


def search_title(name: str) -> str:
    """A compose-box search result's title: the client's name, shown literally."""
    return thumbnail_text(name)


def search_preview(view: Ownership) -> str:
    """The line under a compose-box search result's title: who holds the client, as everyone may see it."""
    # A preview is a thumbnail card, whose text Teams renders as HTML (markdown is not read there): escape for that.
    names = ", ".join(thumbnail_text(h.name) for h in view.holders[:PREVIEW_HOLDERS])
    return f"Held by {names}" if names else "No holder on record"


def no_match_card(query: str, candidates: list[ClientSummary], reason: str | None = None) -> dict[str, Any]:
    """No single client matched: say so plainly and offer the closest ones as buttons."""
    body = [heading("No single client matches"), text_block(f"Accord has no client matching “{plain(query)}”."
                                                            if not candidates else
                                                            f"“{plain(query)}” could be more than one client.")]
    if reason:
        body.append(text_block(plain(reason), isSubtle=True))
    if candidates:
        body.append(text_block("Did you mean:", weight="Bolder"))
    shown = candidates[:MAX_CANDIDATES]
    picks = [execute(excerpt(c.name, BUTTON), verbs.WHO_OWNS_PICK, {"client_id": c.id, "text": query})
             for c in shown]
    if shown:  # one under another, each name in full, and a way to say the matcher was wrong
        picks.append(execute("None of these", verbs.WHO_OWNS_NOT_THIS,
                             {"client_ids": [c.id for c in shown], "text": query}))
    else:
        body.append(text_block("Try the client's web domain, an email address of someone there, or another name "
                               "it is known by.", isSubtle=True))
    return card(body + stacked(picks))


def _subtitle(client: ClientSummary) -> str:
    parts = [plain(d) for d in client.domains[:3]]
    if client.external_id:
        parts.append(f"CRM {plain(client.external_id)}")
    return " · ".join(parts) or "Client"


def _verdict(client: ClientSummary, view: Ownership) -> dict[str, Any]:
    """The answer in one line, on the colour of its standing: free (green), held (amber), protected contact (red)."""
    kind = standing(view)
    lines = [text_block(f"**{_verdict_line(client, view)}**", color=VERDICT[kind][0])]
    note = {FREE: "No holder on record: no quote, project, relationship, introduction or do-not-approach entry.",
            PROTECTED: "A contact here is on a do-not-approach list: talk to the holder before any approach."}.get(kind)
    if note:
        lines.append(text_block(note, size="Small", spacing="None"))
    return {"type": "Container", "style": VERDICT[kind][1], "items": lines}


def _verdict_line(client: ClientSummary, view: Ownership) -> str:
    if not view.holders:
        return f"No one holds {plain(excerpt(client.name, VERDICT_NAME))} yet: free to approach"
    first = "you" if view.asker_holds else plain(excerpt(view.holders[0].name, VERDICT_NAME))
    others = len(view.holders) - 1
    return f"Held by {first}" + (f" and {others} other{'s' if others > 1 else ''}" if others else "")


def _footer(now: datetime, zone: ZoneInfo, public: bool, why: str | None) -> str:
    """How the client was found, whose view this is, and when: small print under the answer."""
    matched = f"Matched by {plain(why)}. " if why else ""
    scope = "Shown as everyone here may see it." if public else "Shown as you may see it."
    return f"{matched}{scope} As of {shown(now, zone, MOMENT)}."


def _holders(view: Ownership, zone: ZoneInfo) -> list[dict[str, Any]]:
    if not view.holders:
        return []
    lines = [(plain(h.name), f"{', '.join(h.bases)} · since {shown(h.since, zone)}")
             for h in view.holders[:MAX_HOLDERS]]
    return [facts(lines), *_more(len(view.holders) - MAX_HOLDERS, "holders")]


def _contacts(view: Ownership) -> list[dict[str, Any]]:
    if not view.contacts:
        return []
    lines = []
    for c in view.contacts[:MAX_CONTACTS]:
        if c.name is None and c.email is None:
            lines.append(("A protected contact", f"{plain(c.holder_name)} · {c.basis} (details for the holder and BD)"))
        else:
            who = plain(c.name or c.email) + (f" ({plain(c.email)})" if c.email and c.name else "")
            lines.append((who, f"{plain(c.holder_name)} · {c.basis}"))
    return [text_block("**Contacts covered:**"), facts(lines), *_more(len(view.contacts) - MAX_CONTACTS, "contacts")]


def _more(hidden: int, what: str) -> list[dict[str, Any]]:
    return [text_block(f"…and {hidden} more {what}.", isSubtle=True, spacing="Small")] if hidden > 0 else []


def _person_line(person: str, view: Ownership) -> str:
    wanted = person.strip().lower()
    for c in view.contacts:
        if c.name and c.name.lower() == wanted:
            return f"**{plain(c.name)}** is covered by {plain(c.holder_name)} ({c.basis})."
    if any(c.name is None for c in view.contacts):
        return (f"{plain(person)} is not among the contacts you can see; some contacts here are protected, "
                "so ask a holder before approaching.")
    return f"{plain(person)} is not on record as a contact of this client."


def _actions(client: ClientSummary, view: Ownership, asker_id: int | None) -> list[dict[str, Any]]:
    others = [h for h in view.holders if h.member_id != asker_id]
    refresh = execute("Refresh", verbs.WHO_OWNS_REFRESH, {"client_id": client.id})
    if not others:
        return [refresh]
    # One "Notify" per holder, one under another behind a single button: side by side they would not fit a phone.
    notify = [{"type": "ActionSet", "actions": [execute(excerpt(f"Notify {(h.name.split() or ['holder'])[0]}", BUTTON),
                                                        verbs.NOTIFY_HOLDER,
                                                        {"client_id": client.id, "holder_id": h.member_id})]}
              for h in others[:MAX_NOTIFY_BUTTONS]]
    holders = {"type": "AdaptiveCard", "body": notify}
    return [{"type": "Action.ShowCard", "title": "Notify a holder", "card": holders}, refresh]
