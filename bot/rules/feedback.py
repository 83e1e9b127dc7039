"""Match feedback as rules: the key a text is remembered by, and a match without the clients it was said not to be."""

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
