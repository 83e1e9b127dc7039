"""Adaptive Cards (schema 1.5, what Teams renders) built in Python from plain data."""
