"""``newsconv page.txt --to md/json/html/txt``: a text page through the whole command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsconv.cli import app

TITLE = "Old bridge to close to cars"
LEDE = "The city council voted on Tuesday to close the old bridge to cars."
PAGE = f"""Home
News
Sport
Share
{TITLE}
20 May 2021 06:50

{LEDE} A survey found deep cracks in two of its three arches, engineers said.

Engineers had warned for years that the structure, built in 1904, was carrying far more
traffic than it was designed for. Repairs are expected to take two years.

Subscribe to our newsletter
© 2021 Example News
"""


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def convert(page: Path, to: str, output: Path) -> str:
    result = CliRunner().invoke(app, ["convert", str(page), "--to", to, "-o", str(output)])
    assert result.exit_code == 0, result.stderr
    return output.read_text(encoding="utf-8")


@pytest.mark.parametrize("to", ["md", "html", "txt"])
def test_text_page_to_a_text_format(page: Path, tmp_path: Path, to: str) -> None:
    out = convert(page, to, tmp_path / f"out.{to}")
    assert TITLE in out
    assert "city council voted on Tuesday" in out
    assert "Subscribe to our newsletter" not in out
    assert "Sport" not in out


def test_text_page_to_json(page: Path, tmp_path: Path) -> None:
    doc = json.loads(convert(page, "json", tmp_path / "out.json"))
    text = json.dumps(doc, ensure_ascii=False)
    assert TITLE in text
    assert "2021-05-20T06:50" in text
    assert "newsletter" not in text


def test_empty_text_page_is_a_one_line_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n\n")
    result = CliRunner().invoke(app, ["convert", str(empty), "--to", "md", "-o", "-"])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert "no text in the input" in result.stderr
