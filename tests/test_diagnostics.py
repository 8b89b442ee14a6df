"""Reporters: what they keep, and whether a costly note is worth building for them."""

from __future__ import annotations

import logging

import pytest

from newsconv.diagnostics import Collector, Diagnostic, heeds, log_diagnostic

INFO = Diagnostic("info", "removed-boilerplate", "removed <nav>")
WARNING = Diagnostic("warning", "image-missing", "no such image")


def test_a_collector_keeps_the_levels_it_asks_for() -> None:
    everything, warnings = Collector(), Collector(levels=["warning"])
    for report in (everything, warnings):
        report(INFO)
        report(WARNING)
    assert everything.items == [INFO, WARNING]
    assert warnings.items == [WARNING]
    assert heeds(everything, "info") and not heeds(warnings, "info")
    assert heeds(warnings, "warning")


def test_the_logging_reporter_heeds_what_logging_shows(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="newsconv")
    assert heeds(log_diagnostic, "warning") and not heeds(log_diagnostic, "info")
    caplog.set_level(logging.INFO, logger="newsconv")
    assert heeds(log_diagnostic, "info")
    log_diagnostic(INFO)
    assert "removed <nav> [removed-boilerplate]" in caplog.text


def test_a_reporter_of_its_own_says_what_it_heeds() -> None:
    class WarningsOnly:
        def __call__(self, diagnostic: Diagnostic) -> None: ...

        def heeds(self, level: str) -> bool:
            return level == "warning"

    assert heeds(WarningsOnly(), "warning") and not heeds(WarningsOnly(), "info")


def test_any_other_reporter_heeds_everything() -> None:
    assert heeds(lambda diagnostic: None, "info")
