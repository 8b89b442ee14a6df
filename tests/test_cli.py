"""The command line: exit codes, one-line errors, no output left behind on failure."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsconv import __version__
from newsconv.cli import app, main

runner = CliRunner()


def invoke(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_version() -> None:
    assert invoke("--version") == (0, f"newsconv {__version__}\n", "")


def test_formats_lists_readers_and_writers() -> None:
    code, out, _ = invoke("formats")
    assert code == 0
    assert "Input formats:" in out and "Output formats:" in out
    assert "  epub   an EPUB 3 e-book (also epub3)  .epub" in out


def test_missing_file_is_one_line_exit_1(tmp_path: Path) -> None:
    missing = tmp_path / "nope.html"
    code, _, err = invoke("convert", str(missing), "--to", "md", "-o", str(tmp_path / "x.md"))
    assert code == 1
    assert err == f"newsconv: error: {missing}: no such file\n"
    assert not (tmp_path / "x.md").exists()


def test_folder_is_a_batch_whose_markdown_cannot_go_to_stdout(tmp_path: Path) -> None:
    code, _, err = invoke("convert", str(tmp_path), "--from", "html", "--to", "md", "-o", "-")
    assert code == 2
    assert err.count("\n") == 1 and "standard output" in err


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = invoke("convert", "a.html", "--to", "docxx")
    assert code == 2
    assert err.startswith("newsconv: error: no writer 'docxx'; available:")


def test_output_format_from_suffix_or_an_error() -> None:
    code, _, err = invoke("convert", "a.html", "-o", "out.unknown")
    assert code == 2
    assert "no output format given for out.unknown" in err


def test_bad_option_pair() -> None:
    code, _, err = invoke("convert", "a.html", "--to", "md", "-O", "novalue")
    assert code == 2
    assert "is not of the form key=value" in err


def test_usage_error_from_typer_is_exit_2() -> None:
    assert invoke("convert", "a.html", "--no-such-flag")[0] == 2


def test_main_makes_convert_the_default_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["missing-file.html", "--to", "md", "-o", "-"])
    assert exit_info.value.code == 1
    assert "missing-file.html: no such file" in capsys.readouterr().err
