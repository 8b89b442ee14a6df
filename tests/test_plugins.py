"""Third-party formats through entry points, with a real installed distribution."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

PLUGIN = Path(__file__).parent / "data" / "plugin"


@pytest.fixture(scope="module")
def plugin_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Install tests/data/plugin into a private folder, as pip would for a user."""
    target = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(PLUGIN),
        ],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot build the test plugin here: {result.stderr.strip()[-200:]}")
    return target


def run(plugin_path: Path, *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(plugin_path)}
    code = "import sys; from newsconv.cli import main; main(sys.argv[1:])"
    return subprocess.run(
        [sys.executable, "-c", code, *args], input=stdin, capture_output=True, env=env
    )


def test_plugin_formats_are_listed(plugin_path: Path) -> None:
    result = run(plugin_path, "formats")
    assert result.returncode == 0
    assert re.search(rb"\n  shout +provided by newsconv-shout\n", result.stdout)


def test_plugin_reader_and_writer_convert(plugin_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text("first para\n\nsecond para", "utf-8")
    result = run(plugin_path, str(source), "--from", "shout", "--to", "shout", "-o", "-")
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"FIRST PARA\n\nSECOND PARA"
