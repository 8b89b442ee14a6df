"""The command line: exit codes, one-line errors, no output left behind on failure."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsconv import __version__
from newsconv.cli import REPEATS_SHOWN, app, main

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
    assert re.search(r"^  epub +an EPUB 3 e-book \(also epub3\)  \.epub$", out, re.MULTILINE)
    # the descriptions start in one column, however long a name
    lines = [line for line in out.splitlines() if line.startswith("  ")]
    assert len({len(line) - len(line[2:].split(" ", 1)[1].lstrip()) for line in lines}) == 1


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


PAGE = (
    "<html lang='en'><head><title>Rain returns | The Daily</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Rain returns</h1>"
    + "<p>After a dry spring, steady rain fell across the valley on Monday, farmers said.</p>" * 4
    + "</article><footer>© The Daily</footer></body></html>"
).encode()


def test_stdin_to_stdout_sniffs_html(tmp_path: Path) -> None:
    code, out, err = invoke("convert", "-", "--to", "md", stdin=PAGE)
    assert code == 0, err
    assert out.startswith("---\ntitle: Rain returns\n")
    assert "steady rain fell" in out and "World" not in out
    assert "\nsource:" not in out  # standard input names no file to record


def test_stdin_is_named_stdin_in_messages() -> None:
    assert invoke("convert", "-", "--to", "md", stdin=b"  \n") == (
        1,
        "",
        "newsconv: error: <stdin>: no text in the input (empty or only whitespace)\n",
    )


def test_default_output_is_the_input_name_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "in" / "rain.html"
    source.parent.mkdir()
    source.write_bytes(PAGE)
    monkeypatch.chdir(tmp_path)
    assert invoke("convert", str(source), "--to", "txt")[0] == 0
    assert (tmp_path / "rain.txt").read_text("utf-8").startswith("Rain returns\n")


def test_output_never_replaces_the_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "rain.html"
    source.write_bytes(PAGE)
    monkeypatch.chdir(tmp_path)
    code, _, err = invoke("convert", "rain.html", "--to", "html")
    assert code == 1 and "would replace the input" in err
    assert source.read_bytes() == PAGE


def test_missing_output_folder_leaves_nothing(tmp_path: Path) -> None:
    source = tmp_path / "rain.html"
    source.write_bytes(PAGE)
    code, _, err = invoke("convert", str(source), "-o", str(tmp_path / "no" / "rain.md"))
    assert code == 1
    assert err == f"newsconv: error: {tmp_path / 'no'}: the folder does not exist\n"


def test_binary_input_is_one_line(tmp_path: Path) -> None:
    source = tmp_path / "photo.txt"
    source.write_bytes(bytes(range(256)) * 64)
    code, _, err = invoke("convert", str(source), "--to", "md", "-o", str(tmp_path / "x.md"))
    assert code == 1
    assert err.count("\n") == 1 and str(source) in err
    assert not (tmp_path / "x.md").exists()


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = runner.invoke(app, ["convert", str(tmp_path / "nope.html"), "--to", "md", "--debug"])
    assert result.exit_code != 0
    assert type(result.exception).__name__ == "UnreadableInput"


def test_verbose_says_what_was_removed_and_quiet_says_nothing() -> None:
    loud = runner.invoke(app, ["convert", "-", "--to", "md", "-v"], input=PAGE)
    assert "removed" in loud.stderr
    quiet = runner.invoke(app, ["convert", "-", "--to", "md", "-q"], input=PAGE)
    assert quiet.stderr == ""


def test_repeated_warnings_about_one_input_are_counted_not_printed(tmp_path: Path) -> None:
    figures = "".join(
        f"<figure><img src='https://example.invalid/{n}.png'><figcaption>Photo {n}</figcaption>"
        "</figure>"
        for n in range(REPEATS_SHOWN + 2)
    )
    page = PAGE.replace(b"</article>", figures.encode() + b"</article>")
    target = str(tmp_path / "a.epub")
    brief = runner.invoke(app, ["convert", "-", "--to", "epub", "-o", target], input=page)
    assert brief.exit_code == 0
    assert brief.stderr.count("image left out") == REPEATS_SHOWN
    assert brief.stderr.splitlines()[-1].endswith("2 more like this (-v shows all) [image-blocked]")
    loud = runner.invoke(app, ["convert", "-", "--to", "epub", "-o", target, "-v"], input=page)
    assert loud.stderr.count("image left out") == REPEATS_SHOWN + 2
    assert "more like this" not in loud.stderr


def test_one_article_loads_neither_the_batch_machinery_nor_other_writers(tmp_path: Path) -> None:
    """Start-up is part of every conversion's time: only what this one needs is imported."""
    page = Path(__file__).parent.parent / "examples" / "library-reopens.html"
    code = f"""
import sys
from newsconv.cli import main
try:
    main([{str(page)!r}, "--to", "md", "-o", {str(tmp_path / "a.md")!r}])
except SystemExit as end:
    assert end.code in (0, None), end.code
heavy = ("newsconv.batch", "rich", "weasyprint", "ebooklib", "newsconv.writers.pdf")
print(sorted(name for name in sys.modules if name.startswith(heavy)))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[]\n"
    assert (tmp_path / "a.md").read_text().startswith("---\n")


def test_help_paragraphs_flow_to_the_terminal_width() -> None:
    """A docstring's line breaks are the source's, not the terminal's: a paragraph wrapped at
    the code's width and again at an 80-column terminal's came out ragged."""
    result = CliRunner(env={"COLUMNS": "200"}).invoke(app, ["convert", "--help"])
    assert result.exit_code == 0
    assert "a --list file or several inputs make a batch: one file per article" in result.stdout
