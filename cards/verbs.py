"""Card verbs: the names Action.Execute and Action.Submit carry back, shared with the router."""

HELP = "help"
WHO_OWNS_REFRESH = "whoOwns.refresh"  # recompute an ownership card in place
WHO_OWNS_PICK = "whoOwns.pick"  # choose one of the "did you mean" candidates
NOTIFY_HOLDER = "whoOwns.notifyHolder"  # ask Accord to tell a holder the presser would like to talk

ALL = frozenset({HELP, WHO_OWNS_REFRESH, WHO_OWNS_PICK, NOTIFY_HOLDER})
