"""Card verbs: the names Action.Execute and Action.Submit carry back, shared with the router."""

HELP = "help"

ALL = frozenset({HELP})
