"""Which member a command means: what was typed (an email or an exact name) first, else the one person @mentioned."""

from __future__ import annotations

import pytest

from bot.services.members import member_meant
from bot.turn import Mention


@pytest.mark.parametrize("typed, mentioned, meant", [
    ("sam@network.example", [], "sam"),
    ("Dana Partner", [], "dana"),
    ("SAM@NETWORK.EXAMPLE", ["dana"], "sam"),  # typed names someone: a mention elsewhere in the message is not it
    ("", ["dana"], "dana"),
    ("<>", ["dana", "dana"], "dana"),  # Teams may split one person's mention into several with one id
    ("someone else", ["bo"], "bo"),  # the mention's display name as typed need not be a member's exact name
    ("", ["dana", "sam"], None),  # two people: which one is unclear
    ("Dana", [], None),  # part of a name is nobody
    ("", [], None),
])
def test_the_member_a_command_means(db, network, typed, mentioned, meant):
    mentions = tuple(Mention(network.members[key].teams_id, "shown name") for key in mentioned)
    with db.transaction() as session:
        found = member_meant(session, typed, mentions)
        assert (found.id if found else None) == (network.members[meant].id if meant else None)
