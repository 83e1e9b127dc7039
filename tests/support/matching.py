"""Asking a matcher in tests: the client it answers (by slug or by id), and one matcher per small registry."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from bot.rules.matching import ClientEntry, Matcher


def answer(matcher: Matcher, query: str) -> str | None:
    """The external id (slug) of the client the matcher answers; None when it asks or finds nothing."""
    found = matcher.match(query).match
    return found.external_id if found else None


def answered_id(matcher: Matcher, query: str) -> int | None:
    """The id of the client the matcher answers; None when it asks or finds nothing."""
    found = matcher.match(query).match
    return found.client_id if found else None


def matcher_of(registry: Sequence[ClientEntry]) -> Matcher:
    """The matcher of a small registry, built once for every test that asks it (tests that change one build their
    own)."""
    return _built(tuple(registry))


@cache
def _built(registry: tuple[ClientEntry, ...]) -> Matcher:
    return Matcher(registry)
