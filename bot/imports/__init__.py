"""`accord import` and `accord export`: clients, members and flags as CSV; a file is checked whole before any write.

One module per stage: plan (what planning produces), cells, files, planning, writing, exporting, and kinds (the
kinds and the commands). This package re-exports what the rest of Accord imports from it.
"""

from bot.imports.cells import basis, domain, email, show, when
from bot.imports.files import parse_file, read_row
from bot.imports.kinds import SPECS, register, run_import, summary
from bot.imports.plan import Context, Invalid, Plan, RowError
from bot.imports.planning import Claims, NameIndex, Snapshot, load_snapshot, make_plan
from bot.imports.writing import Progress, apply_plan

__all__ = [
    "Claims", "Context", "Invalid", "NameIndex", "Plan", "Progress", "RowError", "SPECS", "Snapshot", "apply_plan",
    "basis", "domain", "email", "load_snapshot", "make_plan", "parse_file", "read_row", "register", "run_import",
    "show", "summary", "when"
]
