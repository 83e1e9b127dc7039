"""Domain rules: pure functions, no I/O and no SDK."""
