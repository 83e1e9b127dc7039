"""Precision and recall of the client matcher on a labelled set, per category, as a markdown table.

Precision: correct matches / matches returned. Recall: correct matches / queries that have an expected client.
The summary adds the false-positive rate (queries without a client that got one) and, where the set has them, the
share of confusable pairs answered right. Sets: `existing` (tests/data/matching_eval.py, against its registry),
`tuning` and `check` (tests/data/matching_tuning.py and matching_check.py, against the wider registry in
matching_clients_unseen.py; the check set is never tuned on), and `fresh` (tests/data/matching_check_fresh.py, against
that registry plus its own clients; held out, written after round five), and round seven's tuning sets
(`round7-private`, `round7-public`, `round7-derivable`, `round7-evidence`, `round7-registry`, `round7-chat`,
`round7-contacts`:
tests/data/matching_round7_*.py, each against that registry plus its own clients), and `fresh2`
(tests/data/matching_check_fresh2.py: held out, written during round seven; never read, never run with --misses).
Round eight's tuning sets are `round8-contacts` and `round8-confusable` (tests/data/matching_round8_*.py), round
nine's `round9-public` and `round9-chat` (tests/data/matching_round9_*.py), round ten's `round10-short` and
`round10-texts` (tests/data/matching_round10_*.py), round eleven's `round11-crm` and `round11-nearmiss`
(tests/data/matching_round11_*.py), round twelve's `round12-places` and `round12-short`
(tests/data/matching_round12_*.py), round thirteen's `round13-traps`, `round13-order`, `round13-lookalikes` and
`round13-pasted` (tests/data/matching_round13_*.py), and `fresh3` to `fresh6` (tests/data/matching_check_fresh3.py
to _fresh6.py) are held out like fresh2.
Run with `python -m benchmarks.matching_eval_report [--set NAME] [--misses]`.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from dataclasses import dataclass, field

from benchmarks.tables import table
from bot.rules.matching import ClientEntry, Matcher
from tests.data.matching_check import CHECK
from tests.data.matching_check_fresh import CLIENTS_FRESH, FRESH
from tests.data.matching_check_fresh2 import CLIENTS_FRESH2, FRESH2
from tests.data.matching_check_fresh3 import CLIENTS_FRESH3, FRESH3
from tests.data.matching_check_fresh4 import CLIENTS_FRESH4, FRESH4
from tests.data.matching_check_fresh5 import CLIENTS_FRESH5, FRESH5
from tests.data.matching_check_fresh6 import CLIENTS_FRESH6, FRESH6
from tests.data.matching_clients import CLIENTS
from tests.data.matching_clients_unseen import CLIENTS_UNSEEN
from tests.data.matching_eval import CASES, Case
from tests.data.matching_round7_a import R7A, R7A_CLIENTS
from tests.data.matching_round7_b import R7B, R7B_CLIENTS
from tests.data.matching_round7_c import R7C, R7C_CLIENTS
from tests.data.matching_round7_d import R7D, R7D_CLIENTS
from tests.data.matching_round7_e import R7E, R7E_CLIENTS
from tests.data.matching_round7_g import R7G, R7G_CLIENTS
from tests.data.matching_round7_h import R7H, R7H_CLIENTS
from tests.data.matching_round8_a import R8A, R8A_CLIENTS
from tests.data.matching_round8_b import R8B, R8B_CLIENTS
from tests.data.matching_round9_a import R9A, R9A_CLIENTS
from tests.data.matching_round9_b import R9B, R9B_CLIENTS
from tests.data.matching_round10_a import R10A, R10A_CLIENTS
from tests.data.matching_round10_b import R10B, R10B_CLIENTS
from tests.data.matching_round11_a import R11A, R11A_CLIENTS
from tests.data.matching_round11_b import R11B, R11B_CLIENTS
from tests.data.matching_round12_a import R12A, R12A_CLIENTS
from tests.data.matching_round12_b import R12B, R12B_CLIENTS
from tests.data.matching_round13_a import R13A, R13A_CLIENTS
from tests.data.matching_round13_b import R13B, R13B_CLIENTS
from tests.data.matching_round13_c import R13C, R13C_CLIENTS
from tests.data.matching_round13_d import R13D, R13D_CLIENTS
from tests.data.matching_tuning import TUNING

SETS: dict[str, tuple[tuple[ClientEntry, ...], tuple[Case, ...]]] = {
    "existing": (CLIENTS, CASES), "tuning": (CLIENTS_UNSEEN, TUNING), "check": (CLIENTS_UNSEEN, CHECK),
    "fresh": (CLIENTS_FRESH, FRESH), "round7-private": (R7A_CLIENTS, R7A), "round7-public": (R7B_CLIENTS, R7B),
    "round7-derivable": (R7C_CLIENTS, R7C), "round7-evidence": (R7D_CLIENTS, R7D),
    "round7-registry": (R7E_CLIENTS, R7E), "round7-chat": (R7G_CLIENTS, R7G), "round7-contacts": (R7H_CLIENTS, R7H),
    "round8-contacts": (R8A_CLIENTS, R8A), "round8-confusable": (R8B_CLIENTS, R8B), "round9-chat": (R9B_CLIENTS, R9B),
    "round9-public": (R9A_CLIENTS, R9A), "round10-short": (R10A_CLIENTS, R10A),
    "round10-texts": (R10B_CLIENTS, R10B), "round11-crm": (R11A_CLIENTS, R11A),
    "round11-nearmiss": (R11B_CLIENTS, R11B), "round12-places": (R12A_CLIENTS, R12A),
    "round12-short": (R12B_CLIENTS, R12B), "round13-traps": (R13A_CLIENTS, R13A), "round13-order": (R13B_CLIENTS, R13B),
    "round13-lookalikes": (R13C_CLIENTS, R13C), "round13-pasted": (R13D_CLIENTS, R13D),
    "fresh2": (CLIENTS_FRESH2, FRESH2), "fresh3": (CLIENTS_FRESH3, FRESH3), "fresh4": (CLIENTS_FRESH4, FRESH4),
    "fresh5": (CLIENTS_FRESH5, FRESH5), "fresh6": (CLIENTS_FRESH6, FRESH6)}
CONFUSABLE = "confusable pair"


@dataclass
class Tally:
    """Counts for one category (or all)."""

    cases: int = 0
    expected: int = 0  # cases that have a client to find
    returned: int = 0  # cases the matcher answered with a client
    correct: int = 0
    false_positives: int = 0  # cases without a client that got one
    right: int = 0  # cases answered as labelled, a client or none
    wrong: list[tuple[Case, str | None]] = field(default_factory=list)  # (case, external id answered)

    @property
    def precision(self) -> float:
        return self.correct / self.returned if self.returned else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0

    @property
    def negatives(self) -> int:
        return self.cases - self.expected

    @property
    def false_positive_rate(self) -> float:
        return self.false_positives / self.negatives if self.negatives else 0.0

    @property
    def accuracy(self) -> float:
        return self.right / self.cases if self.cases else 1.0

    def count(self, case: Case, answered: str | None) -> None:
        self.cases += 1
        self.expected += case.expected is not None
        self.returned += answered is not None
        self.correct += answered is not None and answered == case.expected
        self.false_positives += case.expected is None and answered is not None
        self.right += answered == case.expected
        if answered != case.expected:
            self.wrong.append((case, answered))


def evaluate(matcher: Matcher, cases: Iterable[Case] = CASES) -> dict[str, Tally]:
    """Tallies per category, plus "overall"."""
    tallies: dict[str, Tally] = {}
    for case in cases:
        found = matcher.match(case.query).match
        answered = found.external_id if found else None
        for key in (case.category, "overall"):
            tallies.setdefault(key, Tally()).count(case, answered)
    tallies["overall"] = tallies.pop("overall")  # last row
    return tallies


def markdown(tallies: dict[str, Tally]) -> str:
    """The per-category table, ready for the README."""
    return table(["category", "queries", "with a client", "answered", "correct", "precision", "recall"],
                 ((name, [t.cases, t.expected, t.returned, t.correct, f"{t.precision:.3f}", f"{t.recall:.3f}"])
                  for name, t in tallies.items()))


def side_by_side(tuning: dict[str, Tally], check: dict[str, Tally]) -> str:
    """The tuning and check sets per category in one table, for the README; the check columns are check-only."""
    columns = ["category", "tuning: queries", "precision", "recall", "check: queries", "with a client", "answered",
               "correct", "precision", "recall"]
    rows = ((name, [t.cases, f"{t.precision:.3f}", f"{t.recall:.3f}", c.cases, c.expected, c.returned, c.correct,
                    f"{c.precision:.3f}", f"{c.recall:.3f}"])
            for name, c in check.items() for t in [tuning.get(name, Tally())])
    return table(columns, rows)


def summary(tallies: dict[str, Tally]) -> str:
    """One line: the figures the issue's goals are stated in."""
    overall = tallies["overall"]
    line = (f"recall {overall.recall:.3f}, precision {overall.precision:.3f}, "
            f"false positives on queries without a client {overall.false_positive_rate:.1%} "
            f"({overall.false_positives} of {overall.negatives})")
    if CONFUSABLE in tallies:
        pairs = tallies[CONFUSABLE]
        line += f", confusable pairs right {pairs.accuracy:.1%} ({pairs.right} of {pairs.cases})"
    return line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=SETS, default="existing", help="which labelled set (default: existing)")
    parser.add_argument("--misses", action="store_true", help="also list every query answered differently")
    parser.add_argument("--readme", action="store_true", help="the tuning and check sets side by side, no misses")
    args = parser.parse_args()
    if args.readme:
        tuning, check = (evaluate(Matcher(SETS[n][0]), SETS[n][1]) for n in ("tuning", "check"))
        print(side_by_side(tuning, check))
        print(f"\ntuning: {summary(tuning)}\ncheck: {summary(check)}")
        return
    clients, cases = SETS[args.set]
    tallies = evaluate(Matcher(clients), cases)
    print(markdown(tallies))
    print()
    print(summary(tallies))
    if args.misses:
        print()
        for case, answered in tallies["overall"].wrong:
            print(f"- [{case.category}] {case.query!r}: expected {case.expected}, answered {answered}")


if __name__ == "__main__":
    main()
