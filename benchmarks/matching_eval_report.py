"""Precision and recall of the client matcher on the labelled evaluation set, per category, as a markdown table.

Precision: correct matches / matches returned. Recall: correct matches / queries that have an expected client.
Run with `python -m benchmarks.matching_eval_report [--misses]`.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.rules.matching import Matcher
from tests.data.matching_clients import CLIENTS
from tests.data.matching_eval import CASES, Case


@dataclass
class Tally:
    """Counts for one category (or all)."""

    cases: int = 0
    expected: int = 0  # cases that have a client to find
    returned: int = 0  # cases the matcher answered with a client
    correct: int = 0
    wrong: list[tuple[Case, str | None]] = field(default_factory=list)  # (case, external id answered)

    @property
    def precision(self) -> float:
        return self.correct / self.returned if self.returned else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0

    def count(self, case: Case, answered: str | None) -> None:
        self.cases += 1
        self.expected += case.expected is not None
        self.returned += answered is not None
        self.correct += answered is not None and answered == case.expected
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
    lines = ["| category | queries | with a client | answered | correct | precision | recall |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, t in tallies.items():
        label = f"**{name}**" if name == "overall" else name
        lines.append(f"| {label} | {t.cases} | {t.expected} | {t.returned} | {t.correct} | "
                     f"{t.precision:.3f} | {t.recall:.3f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="also list every query answered differently")
    args = parser.parse_args()
    tallies = evaluate(Matcher(CLIENTS))
    print(markdown(tallies))
    if args.misses:
        print()
        for case, answered in tallies["overall"].wrong:
            print(f"- [{case.category}] {case.query!r}: expected {case.expected}, answered {answered}")


if __name__ == "__main__":
    main()
