"""Whether Accord can message a member now, and if not, why, in words an admin can act on."""

from __future__ import annotations

from dataclasses import dataclass

IN_TEAMS = "has a chat with Accord"
IN_TEAM = "in a team Accord is in"
SEEN = "seen in Teams"
INSTALLABLE = "Accord can install itself for them"
NO_EMAIL = "no email on record"
LEFT = "left every team Accord is in"
NOT_IN_TEAM = "not in the partner team yet"

# What an admin does about each reason a member cannot be reached.
REMEDIES = {
    NO_EMAIL: "give them an email (accord import members) so the team roster can link them",
    LEFT: "add them back to the partner team, or install Accord for them in the Teams admin center",
    NOT_IN_TEAM: ("add them to the partner team (Accord reads its roster daily and on every change), or install "
                  "Accord for them: Teams admin center > Manage apps > Accord > Install for users, or set "
                  "TEAMS_APP_CATALOG_ID with Graph so Accord installs itself"),
}
LINK_REMEDY = ("check the member's email in the CRM export and in Entra ID: two Teams accounts share it, or it "
               "belongs to a tenant the network does not allow (ALLOWED_TENANTS)")


@dataclass(frozen=True)
class ReachFacts:
    """What Accord knows about getting a message to one member."""

    personal_chat: bool  # a 1:1 conversation with Accord is on record and installed
    teams_id: bool  # Teams told us their user id (roster, install, or a message)
    in_team: bool  # a current roster of a team Accord is installed in lists them
    left_teams: bool  # rosters listed them once and list them no more
    has_email: bool
    link_problem: str | None  # why a roster could not link them (shared email, another identity)
    can_install: bool  # Graph may install Accord for users and we can name this one to Entra


@dataclass(frozen=True)
class Reach:
    """The verdict: reachable now (messages go out), or why messages wait."""

    reachable: bool
    reason: str

    @property
    def remedy(self) -> str:
        """What an admin can do about it."""
        if self.reachable:
            return ""
        return REMEDIES.get(self.reason, LINK_REMEDY)


def reach(facts: ReachFacts) -> Reach:
    """A member is reachable with a 1:1 chat, through a team Accord is in, or by installing Accord for them."""
    if facts.personal_chat:
        return Reach(True, IN_TEAMS)
    if facts.teams_id and facts.in_team:
        return Reach(True, IN_TEAM)
    if facts.link_problem:
        return Reach(False, facts.link_problem)
    if facts.can_install:
        return Reach(True, INSTALLABLE)
    if facts.teams_id and not facts.left_teams:
        return Reach(True, SEEN)
    if facts.left_teams:
        return Reach(False, LEFT)
    if not facts.has_email and not facts.teams_id:
        return Reach(False, NO_EMAIL)
    return Reach(False, NOT_IN_TEAM)
