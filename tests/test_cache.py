"""The cache: made once, read after, and never in the way."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from newsconv.cache import ENVIRONMENT_VARIABLE, cache_dir, stored


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(tmp_path / "cache"))
    return tmp_path / "cache"


def _writer(calls: list[Path]) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        calls.append(folder)
        (folder / "data.txt").write_text("made")

    return make


def test_an_entry_is_made_once_then_read(root: Path) -> None:
    calls: list[Path] = []
    first = stored("thing", _writer(calls))
    second = stored("thing", _writer(calls))
    assert first == second == root / "thing"
    assert (root / "thing" / "data.txt").read_text() == "made"
    assert len(calls) == 1
    assert sorted(p.name for p in root.iterdir()) == ["thing"]  # no draft left behind


def test_an_empty_variable_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, "")
    assert cache_dir() is None
    assert stored("thing", lambda folder: pytest.fail("made with the cache off")) is None


def test_without_the_variable_it_is_the_user_cache_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENVIRONMENT_VARIABLE)
    folder = cache_dir()
    assert folder is not None and folder.name == "newsconv"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_an_unwritable_folder_means_no_entry(root: Path) -> None:
    root.mkdir()
    root.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert stored("thing", _writer([])) is None
    finally:
        root.chmod(stat.S_IRWXU)


def test_a_folder_that_is_a_file_means_no_entry(root: Path) -> None:
    root.write_text("not a folder")
    assert stored("thing", _writer([])) is None


def test_losing_the_race_keeps_the_winner_s_entry(root: Path) -> None:
    def make(folder: Path) -> None:  # another process finishes first, meanwhile
        (root / "thing").mkdir()
        (root / "thing" / "data.txt").write_text("theirs")
        (folder / "data.txt").write_text("ours")

    assert stored("thing", make) == root / "thing"
    assert (root / "thing" / "data.txt").read_text() == "theirs"
    assert sorted(p.name for p in root.iterdir()) == ["thing"]


def test_a_failure_while_making_leaves_nothing(root: Path) -> None:
    def make(folder: Path) -> None:
        (folder / "half.txt").write_text("half")
        raise ValueError("broken")

    with pytest.raises(ValueError, match="broken"):
        stored("thing", make)
    assert list(root.iterdir()) == []
