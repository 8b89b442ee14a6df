"""The command's launcher: the PDF writer's child starts before the CLI loads, and is used once."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from newsconv import cli, forked, launch, registry
from newsconv.registry import FormatSpec

PAGE = b"""<html lang="en"><head><title>Ferry returns</title></head><body><article>
<h1>Ferry returns</h1>
<p>The island ferry sailed again on Tuesday after a winter in dry dock at the harbour yard.</p>
<p>Islanders met the first crossing at the pier, and the mayor thanked the yard's crew.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("args", "wanted"),
    [
        (["a.html", "--to", "pdf"], ("pdf", None)),
        (["a.html", "--to=PDF", "-o", "out"], ("PDF", "out")),
        (["-tpdf", "a.html", "--output=x.pdf"], ("pdf", "x.pdf")),
        (["a.html", "-o", "x.pdf"], (None, "x.pdf")),
        (["a.html", "-ox.epub", "-t", "md", "--to", "epub"], ("epub", "x.epub")),
        (["a.html", "-q", "--", "-t", "pdf"], (None, None)),
        (["a.html", "--to"], (None, None)),
        (["--topic", "x", "-", "-O", "a=b"], (None, None)),
    ],
)
def test_the_output_is_read_off_the_command_line(
    args: list[str], wanted: tuple[str | None, str | None]
) -> None:
    assert launch.wanted_output(args) == wanted


def test_the_options_it_reads_are_the_cli_s() -> None:
    """If the CLI renamed its options, the launcher would silently stop helping."""
    command = typer.main.get_command(cli.app)
    convert = command.commands["convert"]  # type: ignore[attr-defined]
    spellings = {opt for param in convert.params for opt in param.opts}
    assert {"--to", "-t", "--output", "-o", "--debug"} <= spellings
    assert set(launch._LONG_NAMES) | set(launch._LONG_NAMES.values()) <= spellings


needs_fork = pytest.mark.skipif(not forked.can_fork(), reason="needs fork and two CPUs")


@needs_fork
def test_a_pdf_run_forks_once_before_the_cli_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, output = tmp_path / "ferry.html", tmp_path / "ferry.pdf"
    page.write_bytes(PAGE)
    events: list[str] = []

    class Recorded(forked.ForkedWriter):
        def __init__(self, spec: FormatSpec) -> None:
            events.append(f"fork for {spec.name}")
            super().__init__(spec)

    def cli_main(argv: list[str] | None = None) -> None:
        events.append("cli")
        run_cli(argv)

    run_cli = cli.main
    monkeypatch.setattr(forked, "ForkedWriter", Recorded)
    monkeypatch.setattr(cli, "main", cli_main)
    monkeypatch.setattr(sys, "argv", ["newsconv", str(page), "--to", "pdf", "-o", str(output)])
    with pytest.raises(SystemExit) as end:
        launch.main()
    assert end.value.code in (0, None)
    assert events == ["fork for pdf", "cli"]  # one child, started first and then taken over
    assert output.read_bytes().startswith(b"%PDF-")
    assert forked._head_start is None


@needs_fork
def test_a_head_start_for_another_writer_is_stopped() -> None:
    forked.give_head_start(registry.writer_spec("pdf"))
    started = forked._head_start
    assert started is not None
    pid = started._pid
    other = dataclasses.replace(registry.writer_spec("pdf"), name="pdf-x")  # a plugin's, say
    with forked.writer_for(other) as writer:
        assert writer.spec is other
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


@needs_fork
def test_a_head_start_nothing_takes_is_stopped() -> None:
    forked.give_head_start(registry.writer_spec("pdf"))
    assert forked._head_start is not None
    pid = forked._head_start._pid
    forked.drop_head_start()
    assert forked._head_start is None
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def test_fast_writers_get_no_head_start() -> None:
    forked.give_head_start(registry.writer_spec("md"))
    assert forked._head_start is None


def test_the_launcher_itself_loads_neither_the_api_nor_typer() -> None:
    code = (
        "import sys, newsconv.launch\n"
        "print(sorted(m for m in ('newsconv.api', 'newsconv.model', 'typer') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_console_script_is_the_launcher() -> None:
    from importlib.metadata import entry_points

    (script,) = entry_points(group="console_scripts", name="newsconv")
    assert script.value == "newsconv.launch:main"


def _python_m(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run(
        [sys.executable, "-m", "newsconv", *args], capture_output=True, text=True, env=env
    )


def test_python_dash_m_runs_the_command(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_bytes(PAGE)
    done = _python_m(str(page), "--to", "md", "-o", str(tmp_path / "out.md"))
    assert done.returncode == 0, done.stderr
    assert "The island ferry sailed again" in (tmp_path / "out.md").read_text("utf-8")
    # a bad input: the command's one-line error and exit code, under its own name
    done = _python_m(str(tmp_path / "missing.html"), "--to", "md")
    assert done.returncode != 0
    assert done.stderr.startswith("newsconv") and "Traceback" not in done.stderr
