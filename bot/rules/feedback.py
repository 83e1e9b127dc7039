"""Match feedback as rules: the key a text is remembered by, a match without the clients it was said not to be, and
a question on a text admins approved as one client's name answered."""

from __future__ import annotations

from dataclasses import replace

from bot.rules.matching import Match, clean, fold

KEY_LENGTH = 200


def feedback_key(text: str) -> str:
    """A text as the matcher compares it: folded case and accents, one space, no outer quotes or punctuation."""
    return " ".join(fold(clean(text)).split())[:KEY_LENGTH]


def demoted(found: Match, refused: set[int]) -> Match:
    """A confident match on a client members said the text is not becomes a question (did you mean) again."""
    if found.match is None or found.match.client_id not in refused:
        return found
    return replace(found, match=None, candidates=found.candidates or (found.match,))


def adopted(found: Match, chosen: set[int]) -> Match:
    """A question becomes the answer members picked, once an admin approved the text as that client's name: an alias
    another client's name starts with is otherwise open ("Hearth & Home")."""
    picks = [c for c in found.candidates if c.client_id in chosen]
    if found.match is not None or len(picks) != 1:
        return found
    return replace(found, match=picks[0])
