"""Handlers: fetch, decide, render, reply; one module per feature."""
