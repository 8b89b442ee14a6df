"""Shared test fixtures: where the shared corpus lives, and skipping when it is absent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT.parent / "shared" / "corpus"


def corpus_cases(part: str) -> list[Path]:
    """Case folders under ``../shared/corpus/<part>``, or none when the corpus is absent."""
    folder = CORPUS / part
    return sorted(p for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []


def expected(case: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads((case / "expected.json").read_text("utf-8"))
    return result


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    return CORPUS
