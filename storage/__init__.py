"""Accord's storage: SQLModel tables, sessions and every SQL query."""
