"""Per-item outcomes, the report file they go to, and the closing summary.

The report is written one line per item as items finish, and flushed each time, so a run
that is killed still leaves a record of everything it finished.
"""

from __future__ import annotations

import csv
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Literal

from newsconv.errors import OptionError
from newsconv.model import Document

Status = Literal["ok", "failed", "skipped"]

FIELDS = (
    "index",
    "source",
    "status",
    "output",
    "title",
    "url",
    "captured",
    "warnings",
    "error",
    "seconds",
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one item. ``document`` and ``data`` are results, not report fields."""

    index: int
    source: str
    status: Status
    output: str | None = None
    title: str | None = None
    url: str | None = None
    captured: str | None = None
    warnings: tuple[str, ...] = ()
    error: str | None = None
    detail: str | None = None  # the traceback of an internal error (a bug), for the report
    seconds: float = 0.0
    document: Document | None = field(default=None, repr=False, compare=False)
    data: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        """Succeeded now or in an earlier run (``--resume``)."""
        return self.status != "failed"

    def record(self) -> dict[str, object]:
        """The report fields, JSON-ready."""
        values: dict[str, object] = {name: getattr(self, name) for name in FIELDS}
        values["warnings"] = list(self.warnings)
        values["seconds"] = round(self.seconds, 4)
        if self.detail is not None:
            values["detail"] = self.detail
        return values


class ReportWriter:
    """Appends outcomes to a ``.jsonl`` or ``.csv`` report, flushing after each one."""

    def __init__(self, path: Path, *, append: bool = False) -> None:
        suffix = path.suffix.lower()
        if suffix not in (".jsonl", ".ndjson", ".csv"):
            raise OptionError(f"a report is .jsonl or .csv, not {suffix or 'no suffix'}")
        fresh = not append or not path.exists() or path.stat().st_size == 0
        try:  # its folder is made, as the batch's output folder is ("-o out --report out/r.csv")
            path.parent.mkdir(parents=True, exist_ok=True)
            self._handle: IO[str] = path.open("a" if append else "w", encoding="utf-8", newline="")
        except OSError as err:
            raise OptionError(f"cannot write the report ({err.strerror})", where=str(path)) from err
        self._csv = None
        if suffix == ".csv":
            self._csv = csv.DictWriter(self._handle, fieldnames=FIELDS, extrasaction="ignore")
            if fresh:
                self._csv.writeheader()

    def write(self, outcome: Outcome) -> None:
        record = outcome.record()
        if self._csv is not None:
            self._csv.writerow({**record, "warnings": " | ".join(outcome.warnings)})
        else:
            self._handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> ReportWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


@dataclass
class Summary:
    """Counts by status and the time taken, for the line printed at the end."""

    counts: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)

    def add(self, outcome: Outcome) -> None:
        self.counts[outcome.status] += 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def failed(self) -> int:
        return self.counts["failed"]

    def __str__(self) -> str:
        elapsed = time.monotonic() - self.started
        rate = self.total / elapsed if elapsed > 0 else 0.0
        articles = "article" if self.total == 1 else "articles"
        return (
            f"{self.total} {articles}: {self.counts['ok']} converted, "
            f"{self.counts['skipped']} already done, {self.failed} failed "
            f"in {elapsed:.1f} s ({rate:.1f}/s)"
        )
