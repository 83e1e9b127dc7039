"""The identity and reachability rules, table by table."""

from __future__ import annotations

import pytest

from bot.rules.identity import LINKED_ELSEWHERE, OTHER_TENANT, SHARED_EMAIL, Known, Seen, decide, tenant_allowed
from bot.rules.reach import (
    IN_TEAM,
    IN_TEAMS,
    INSTALLABLE,
    LEFT,
    NO_EMAIL,
    NOT_IN_TEAM,
    REMEDIES,
    SEEN,
    ReachFacts,
    reach,
)

SEEN_AS = Seen("29:new", "aad-new", "grace@network.example", "tenant-a")
UNLINKED = Known(7)
LINKED = Known(7, teams_id="29:other", aad_object_id="aad-other")


@pytest.mark.parametrize("by_teams_id, by_object_id, by_email, shared, allowed, expected", [
    (Known(1, "29:new"), None, None, False, True, ("same", 1, None)),
    (Known(1, "29:new"), Known(2, aad_object_id="aad-new"), UNLINKED, False, True, ("same", 1, None)),
    (None, Known(2, aad_object_id="aad-new"), UNLINKED, False, True, ("same", 2, None)),
    (None, None, UNLINKED, False, True, ("link", 7, None)),
    (None, None, LINKED, False, True, ("conflict", 7, LINKED_ELSEWHERE)),
    (None, None, Known(7, aad_object_id="aad-imported"), False, True, ("conflict", 7, LINKED_ELSEWHERE)),
    (None, None, UNLINKED, True, True, ("conflict", 7, SHARED_EMAIL)),
    (None, None, UNLINKED, False, False, ("conflict", 7, OTHER_TENANT)),
    (None, Known(2, aad_object_id="aad-new"), None, False, False, ("new", None, None)),  # object id of another tenant
    (None, None, None, False, True, ("new", None, None)),
])
def test_a_teams_identity_links_by_its_own_ids_and_by_email_only_once(by_teams_id, by_object_id, by_email, shared,
                                                                      allowed, expected):
    link = decide(SEEN_AS, by_teams_id=by_teams_id, by_object_id=by_object_id, by_email=by_email,
                  email_shared=shared, tenant_allowed=allowed)
    assert (link.action, link.member_id, link.problem) == expected


def test_without_an_email_nobody_is_linked_by_email():
    link = decide(Seen("29:x"), by_teams_id=None, by_object_id=None, by_email=UNLINKED, email_shared=False,
                  tenant_allowed=True)
    assert link.action == "new"


@pytest.mark.parametrize("tenant, allowed, expected", [
    ("Tenant-A", frozenset({"tenant-a"}), True),
    ("tenant-b", frozenset({"tenant-a"}), False),
    (None, frozenset({"tenant-a"}), False),
    ("anything", frozenset(), True),  # no tenant configured: development and multi-tenant bots
])
def test_tenants_are_allowed_by_list(tenant, allowed, expected):
    assert tenant_allowed(tenant, allowed) is expected


def facts(**overrides) -> ReachFacts:
    base = dict(personal_chat=False, teams_id=False, in_team=False, left_teams=False, has_email=True,
                link_problem=None, can_install=False)
    return ReachFacts(**(base | overrides))


@pytest.mark.parametrize("given, reachable, reason", [
    (facts(personal_chat=True), True, IN_TEAMS),
    (facts(personal_chat=True, link_problem=SHARED_EMAIL), True, IN_TEAMS),
    (facts(teams_id=True, in_team=True), True, IN_TEAM),
    (facts(link_problem=SHARED_EMAIL, can_install=True), False, SHARED_EMAIL),
    (facts(can_install=True), True, INSTALLABLE),
    (facts(teams_id=True, left_teams=True, can_install=True), True, INSTALLABLE),
    (facts(teams_id=True), True, SEEN),
    (facts(teams_id=True, left_teams=True), False, LEFT),
    (facts(has_email=False), False, NO_EMAIL),
    (facts(), False, NOT_IN_TEAM),
])
def test_reach(given, reachable, reason):
    verdict = reach(given)
    assert (verdict.reachable, verdict.reason) == (reachable, reason)
    assert bool(verdict.remedy) is (not reachable)


def test_every_reason_a_member_cannot_be_reached_has_a_remedy():
    assert set(REMEDIES) == {NO_EMAIL, LEFT, NOT_IN_TEAM}
