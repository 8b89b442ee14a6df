"""Plain text: the article as a person would type it, wrapped to a fixed width."""

from __future__ import annotations

from datetime import datetime, time


def display_date(when: datetime) -> str:
    """``when`` for a reader: the date alone when no time of day is known, else with it."""
    if when.tzinfo is None and when.time() == time(0):
        return when.date().isoformat()
    return when.isoformat(sep=" ", timespec="minutes")
