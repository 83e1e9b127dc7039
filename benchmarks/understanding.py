"""What Accord understands: the labelled corpus (tests/data/understanding.py) read and answered, per intent and half.

For each message: understood (the right command with the right client and arguments, small talk for small talk, a
short answer for nothing, "did you mean" where that is the right answer), answered "did you mean" instead, wrong (a
different command, a different client, or a command run for a message that asked for none), or missed (small talk
or "not understood" for a command). Run with `python -m benchmarks.understanding [--misses]`; --misses lists the
tuning half's misses only: the check half's are not to be looked at while tuning.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from benchmarks.tables import table
from bot.commands import build_router
from bot.router import plain_text
from bot.rules.approaches import prefixes, split_contact, split_note
from bot.rules.matching import Matcher
from bot.rules.phrasings import APPROACH, QUOTE, WHO_OWNS
from bot.rules.quotes import parse_chat_quote
from bot.rules.understanding import CHAT, OFFER, RUN, UNKNOWN, Decision, decide, read
from tests.data.matching_clients import CLIENTS
from tests.data.understanding import HALVES, SMALL_TALK, UNCLEAR, Said

UNDERSTOOD, ASKED, WRONG, MISSED = "understood", "did you mean", "wrong", "missed"
GOAL = 0.95  # of the check half understood, with no wrong answer


@dataclass
class Tally:
    """Outcomes for one intent (or all) in one half."""

    counts: dict[str, int] = field(default_factory=lambda: {UNDERSTOOD: 0, ASKED: 0, WRONG: 0, MISSED: 0})
    misses: list[tuple[Said, str, Decision]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share(self, outcome: str) -> float:
        return self.counts[outcome] / self.total if self.total else 1.0

    def add(self, case: Said, outcome: str, decision: Decision) -> None:
        self.counts[outcome] += 1
        if outcome != UNDERSTOOD:
            self.misses.append((case, outcome, decision))


def judge(case: Said, decision: Decision, matcher: Matcher) -> str:
    """How the answer compares with the label."""
    if case.intent in (None, SMALL_TALK):
        if decision.kind == RUN:
            return WRONG
        if decision.kind == OFFER:
            return ASKED
        return UNDERSTOOD if decision.kind == CHAT or case.intent is None else MISSED
    if case.intent == UNCLEAR:
        if decision.kind == RUN:
            return WRONG
        offered = {o.intent for o in decision.options}
        return UNDERSTOOD if decision.kind == OFFER and case.options[0] in offered else MISSED
    if decision.kind == OFFER:
        return ASKED
    if decision.kind in (CHAT, UNKNOWN):
        return MISSED
    if decision.intent != case.intent or client_of(decision, matcher) != case.client:
        return WRONG
    args = dict(decision.args)
    return UNDERSTOOD if all(args.get(k) == v for k, v in case.args) else WRONG


def client_of(decision: Decision, matcher: Matcher) -> str | None:
    """The client (external id) a command would act on, read the way its handler reads its arguments."""
    args = dict(decision.args)
    if decision.intent == WHO_OWNS:
        found = matcher.match(args.get("query", "")).match
    elif decision.intent == APPROACH and args.get("target"):
        found = _approach_client(args["target"], matcher)
    elif decision.intent == QUOTE and args.get("quote"):
        asked = parse_chat_quote(args["quote"])
        found = matcher.match(asked.client).match if asked else None
    else:
        return None
    return found.external_id if found else None


def _approach_client(target: str, matcher: Matcher):
    head, note = split_note(target)
    _, _, rest = split_contact(head)
    for query, _ in [(rest, note)] if note is not None else prefixes(rest):
        found = matcher.match(query).match
        if found is not None:
            return found
    return None


def evaluate(answer: Callable[[Said], Decision], matcher: Matcher,
             halves: dict[str, list[Said]] = HALVES) -> dict[str, dict[str, Tally]]:
    """Tallies per half, per intent label, plus "overall"."""
    result: dict[str, dict[str, Tally]] = {}
    for half, cases in halves.items():
        tallies: dict[str, Tally] = {}
        for case in cases:
            decision = answer(case)
            outcome = judge(case, decision, matcher)
            for key in (_label(case), "overall"):
                tallies.setdefault(key, Tally()).add(case, outcome, decision)
        tallies["overall"] = tallies.pop("overall")
        result[half] = tallies
    return result


def pure_answer(matcher: Matcher) -> Callable[[Said], Decision]:
    """The router's reading and decision, with the real command table's permissions, against an in-memory matcher."""
    router = build_router()

    def answer(case: Said) -> Decision:
        role = None if case.role == "none" else case.role
        return decide(read(plain_text(case.text)), matcher.match, router.permissions(role, case.place))
    return answer


def markdown(tallies: dict[str, Tally]) -> str:
    """One half's table, ready for the README."""
    return table(["intent", "messages", "understood", "did you mean", "wrong", "missed"],
                 ((label, [t.total, f"{t.share(UNDERSTOOD):.1%}", f"{t.share(ASKED):.1%}", t.counts[WRONG],
                           t.counts[MISSED]]) for label, t in tallies.items()))


def _label(case: Said) -> str:
    return {None: "nothing (a short answer)", SMALL_TALK: "small talk", UNCLEAR: "unclear (did you mean)"}.get(
        case.intent, case.intent.replace("_", " ") if case.intent else "")


def _listed(misses: Iterable[tuple[Said, str, Decision]]) -> str:
    return "\n".join(f"  {outcome:12} {case.role:8} {case.text!r} -> {d.kind} {d.intent or ''} {dict(d.args)} "
                     f"{[(o.intent, o.client) for o in d.options]}" for case, outcome, d in misses)


def main() -> None:
    """Print both halves' tables; with --misses, the tuning half's misses."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the tuning half's misses")
    parser.add_argument("--half", choices=("both", "tuning"), default="both",
                        help="tuning: leave the check half out altogether (while tuning)")
    args = parser.parse_args()
    matcher = Matcher(CLIENTS)
    halves = {"tuning": HALVES["tuning"]} if args.half == "tuning" else HALVES
    results = evaluate(pure_answer(matcher), matcher, halves)
    for half, tallies in results.items():
        print(f"\n{half} half ({tallies['overall'].total} messages)\n")
        print(markdown(tallies))
    if args.misses:
        print("\ntuning half, not understood:\n" + _listed(results["tuning"]["overall"].misses))
    if "check" in results:
        check = results["check"]["overall"]
        print(f"\ncheck half: {check.share(UNDERSTOOD):.1%} understood (goal {GOAL:.0%}), {check.counts[WRONG]} wrong")


if __name__ == "__main__":
    main()
