"""Shared test fixtures: where the shared corpus lives, and skipping when it is absent."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from newsconv.cache import ENVIRONMENT_VARIABLE

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT.parent / "shared" / "corpus"

# CI (``HYPOTHESIS_PROFILE=ci``, set by .ci/run) tries the same generated examples every
# run, so a commit lands on what it was tested with; anyone else's run draws new ones and
# may find a new bug (as a fuzz run found the emphasis that a second normalising dropped).
settings.register_profile("ci", derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session", autouse=True)
def _cache_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Tests write only to temporary folders: newsconv's cache too, for every process."""
    before = os.environ.get(ENVIRONMENT_VARIABLE)
    os.environ[ENVIRONMENT_VARIABLE] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        del os.environ[ENVIRONMENT_VARIABLE]
    else:
        os.environ[ENVIRONMENT_VARIABLE] = before


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
