"""Non-fatal notes from readers and writers: what was dropped, flattened or skipped.

Lossy output is reported, not raised and not silent (pandoc's ``report``). A component
receives a :data:`Reporter` and calls it; the API's default sends notes to ``logging``,
and batch runs collect them per item into the report.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Literal

Level = Literal["info", "warning"]

logger = logging.getLogger("newsconv")
logger.addHandler(logging.NullHandler())  # a library stays quiet until its user configures logging


@dataclass(frozen=True, slots=True)
class Diagnostic:
    level: Level
    code: str  # a stable, kebab-case name such as "image-missing" or "removed-boilerplate"
    message: str
    where: str | None = None

    def __str__(self) -> str:
        place = f"{self.where}: " if self.where else ""
        return f"{place}{self.message} [{self.code}]"


Reporter = Callable[[Diagnostic], None]


class LogReporter:
    """The default reporter: one log record per diagnostic. It heeds a level when logging
    shows it (info notes only under ``--verbose``), as ``logger.isEnabledFor`` guards a
    costly log message."""

    def __call__(self, diagnostic: Diagnostic) -> None:
        logger.log(
            _LOGGING_LEVELS[diagnostic.level], "%s", diagnostic, extra={"diagnostic": diagnostic}
        )

    def heeds(self, level: Level) -> bool:
        return logger.isEnabledFor(_LOGGING_LEVELS[level])


_LOGGING_LEVELS: dict[Level, int] = {"info": logging.INFO, "warning": logging.WARNING}
log_diagnostic = LogReporter()


class Collector:
    """A reporter that keeps what it is given of the ``levels`` it asks for, for batch
    reports and tests."""

    def __init__(self, levels: Collection[Level] = ("info", "warning")) -> None:
        self.levels = frozenset(levels)
        self.items: list[Diagnostic] = []

    def __call__(self, diagnostic: Diagnostic) -> None:
        if diagnostic.level in self.levels:
            self.items.append(diagnostic)

    def heeds(self, level: Level) -> bool:
        return level in self.levels


def heeds(report: Reporter, level: Level) -> bool:
    """Whether ``report`` keeps a diagnostic of ``level``, for a note that costs something
    to build (quoting what a reader removed). A reporter says so by a ``heeds(level)``
    method, as :class:`LogReporter` and :class:`Collector` do; a plain callable heeds
    everything."""
    asks = getattr(report, "heeds", None)
    return True if asks is None else bool(asks(level))
