"""The forked writer: the same output as writing in-process, and no child left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import newsconv
from newsconv import registry
from newsconv.diagnostics import Collector
from newsconv.errors import FormatError, OptionError
from newsconv.forked import ForkedWriter, can_fork
from newsconv.model import Document

pytestmark = pytest.mark.skipif(not can_fork(), reason="needs fork and two CPUs")

PAGE = b"""<html lang="en"><head><title>Bridge reopens</title></head><body><article>
<h1>Bridge reopens</h1>
<p>The old bridge over the river reopened on Monday after two years of repairs to its arches.</p>
<figure><img src="file:///etc/passwd"><figcaption>The bridge at dawn.</figcaption></figure>
<p>Traffic was light in the morning, the council said, and heavier after noon.</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def doc() -> Document:
    return newsconv.read(PAGE, format="html")


def _gone(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


PDF = registry.writer_spec("pdf")


def test_the_child_writes_what_this_process_would(doc: Document) -> None:
    with ForkedWriter(PDF) as writer:
        data = writer.write(doc, {"page_size": "A5"}, Collector())
    assert data == newsconv.write(doc, to="pdf", options={"page_size": "A5"})


PROBE = """
import sys

class Probe:
    def run(self, report):
        heavy = ("newsconv.model", "newsconv.api", "newsconv.writers.html", "weasyprint")
        return repr([name for name in heavy if name in sys.modules]).encode()
"""


def test_the_child_loads_weasyprint_and_not_the_model(tmp_path: Path) -> None:
    """The child runs only the second stage, so it imports only what that needs."""
    (tmp_path / "probe.py").write_text(PROBE)
    script = (
        "import sys; from newsconv import forked, registry; from probe import Probe\n"
        "writer = forked.ForkedWriter(registry.writer_spec('pdf'))\n"
        "print(writer._run_in_child(Probe())[0].decode()); writer.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])},
    )
    assert done.stdout.strip() == "['weasyprint']"


def test_the_child_s_diagnostics_reach_the_parent(doc: Document, tmp_path: Path) -> None:
    css = tmp_path / "mine.css"
    css.write_text("body { background: url(https://example.org/paper.png) }")
    collector = Collector()
    with ForkedWriter(PDF) as writer:
        data = writer.write(doc, {"css": css}, collector)
    assert data.startswith(b"%PDF-")
    # composing (here) refuses the page's image; laying out (there) the stylesheet's
    assert [item.code for item in collector.items] == ["image-blocked", "resource-blocked"]


def test_a_dead_child_leaves_the_work_to_the_parent(doc: Document) -> None:
    writer = ForkedWriter(PDF)
    os.kill(writer._pid, signal.SIGKILL)
    with writer:
        data = writer.write(doc, {}, Collector())
    assert data == newsconv.write(doc, to="pdf")


def test_an_error_composing_is_raised_here_as_it_would_be(doc: Document) -> None:
    with ForkedWriter(PDF) as writer, pytest.raises(OptionError) as raised:
        writer.write(doc, {"no_such_option": "1"}, Collector())
    with pytest.raises(OptionError) as direct:
        newsconv.write(doc, to="pdf", options={"no_such_option": "1"})
    assert str(raised.value) == str(direct.value)


def test_only_a_staged_writer_forks() -> None:
    with pytest.raises(FormatError, match="no stage"):
        ForkedWriter(registry.writer_spec("md"))


def test_a_child_never_given_a_job_is_stopped_and_collected() -> None:
    writer = ForkedWriter(PDF)
    pid = writer._pid
    writer.close()
    assert _gone(pid)
    writer.close()  # twice is harmless


def test_one_cpu_or_no_fork_means_no_child(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert not can_fork()
    monkeypatch.setattr(sys, "platform", "darwin")
    assert not can_fork()


def test_the_command_leaves_weasyprint_to_the_child(tmp_path: Path) -> None:
    """The parent only reads: a PDF comes out though WeasyPrint never loaded in it."""
    page = tmp_path / "bridge.html"
    page.write_bytes(PAGE)
    script = (
        "import sys; from newsconv.cli import main\n"
        "try:\n    main(sys.argv[1:])\n"
        "except SystemExit as end:\n    assert not end.code, end.code\n"
        "print('weasyprint' in sys.modules)\n"
    )
    output = tmp_path / "bridge.pdf"
    command = [sys.executable, "-c", script, str(page), "--to", "pdf", "-o", str(output)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "False"
    assert output.read_bytes().startswith(b"%PDF-")
    assert done.stderr.count("image left out: file:///etc/passwd") == 1  # the child's warning
