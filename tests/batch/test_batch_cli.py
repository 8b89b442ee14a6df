"""The batch through the command line: dispatch, exit codes, report, resume, a kill and a re-run."""

from __future__ import annotations

import csv
import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.batch.builders import article, make_tar, make_zip
from typer.testing import CliRunner

from newsconv.batch import Outcome, console
from newsconv.batch.console import layout_of
from newsconv.cli import app
from newsconv.errors import OptionError
from newsconv.inputs import is_batch

runner = CliRunner()


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["convert", *args])
    return result.exit_code, result.stdout, result.stderr


def good_and_bad(tmp_path: Path) -> Path:
    members = [("x/1.json", article("One")), ("2.json", article("Two")), ("bad.json", b"{")]
    return make_zip(tmp_path / "in.zip", members)


def test_what_makes_a_batch(tmp_path: Path) -> None:
    assert is_batch([str(tmp_path)])
    assert is_batch(["a.zip"]) and is_batch(["a.warc.gz"]) and is_batch(["a.jsonl"])
    assert is_batch(["a.html", "b.html"])
    assert is_batch(["urls.txt"], as_list=True)
    assert not is_batch(["a.html"]) and not is_batch(["-"])


@pytest.mark.parametrize(
    ("to", "output", "layout"),
    [
        ("md", "out", ("files", "md")),
        ("json", "-", ("jsonl", "json")),
        (None, "all.jsonl", ("jsonl", "json")),
        ("epub", "digest.epub", ("book", "epub")),
        (None, "digest.pdf", ("book", "pdf")),
        ("pdf", "pdfs/", ("files", "pdf")),
        ("txt", None, ("files", "txt")),
    ],
)
def test_layouts(to: str | None, output: str | None, layout: tuple[str, str]) -> None:
    assert layout_of(to, output) == layout


@pytest.mark.parametrize(("to", "output"), [(None, "out"), ("md", "-")])
def test_layout_usage_errors(to: str | None, output: str) -> None:
    with pytest.raises(OptionError):
        layout_of(to, output)


def test_some_failed_is_exit_1_with_a_report_of_every_item(tmp_path: Path) -> None:
    report = tmp_path / "report.jsonl"
    out = tmp_path / "out"
    args = [str(good_and_bad(tmp_path)), "--to", "json", "-o", str(out), "-j", "1"]
    code, _, err = invoke(*args, "--report", str(report))
    assert code == 1
    assert "newsconv: failed: " in err and "bad.json" in err
    assert err.rstrip().splitlines()[-1].startswith("newsconv: 3 articles: 2 converted")
    records = [json.loads(line) for line in report.read_text().splitlines()]
    assert sorted(r["status"] for r in records) == ["failed", "ok", "ok"]
    assert {r["output"] for r in records if r["output"]} == {
        str(out / "x" / "1.json"),
        str(out / "2.json"),
    }


def test_all_done_is_exit_0_and_resume_skips_them(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "in.zip", [("a.json", article("A")), ("b.json", article("B"))])
    out, report = tmp_path / "out", tmp_path / "report.csv"
    base = [str(archive), "--to", "json", "-o", str(out), "-j", "1", "--report", str(report)]
    assert invoke(*base)[0] == 0
    (out / "b.json").unlink()
    code, _, err = invoke(*base, "--resume", "--quiet")
    assert code == 0 and err == ""  # quiet: nothing but failures
    rows = list(csv.DictReader(report.read_text("utf-8").splitlines()))
    assert [row["status"] for row in rows][2:] in (["skipped", "ok"], ["ok", "skipped"])


def test_fail_fast_stops_early(tmp_path: Path) -> None:
    members = [("0.json", b"{"), *((f"{i}.json", article(str(i))) for i in range(1, 6))]
    archive = make_zip(tmp_path / "in.zip", members)
    code, _, err = invoke(
        str(archive), "--to", "json", "-o", str(tmp_path / "o"), "-j", "1", "--fail-fast"
    )
    assert code == 1
    assert "1 article: 0 converted" in err


def test_json_lines_to_stdout(tmp_path: Path) -> None:
    code, out, _ = invoke(str(good_and_bad(tmp_path)), "--to", "json", "-o", "-", "-j", "1", "-q")
    assert code == 1
    titles = sorted(json.loads(line)["metadata"]["title"] for line in out.splitlines())
    assert titles == ["One", "Two"]


def test_several_files_and_a_list(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.json").write_bytes(article(name.upper()))
    listing = tmp_path / "todo.txt"
    listing.write_text("a.json\nb.json\n")
    out = tmp_path / "out"
    assert (
        invoke(str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--to", "txt", "-o", str(out))[0]
        == 0
    )
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "b.txt"]
    listed = tmp_path / "listed"
    assert invoke("--list", str(listing), "--to", "txt", "-o", str(listed), "-j", "1")[0] == 0
    assert sorted(p.name for p in listed.iterdir()) == ["a.txt", "b.txt"]


def test_archive_to_one_book(tmp_path: Path) -> None:
    pytest.importorskip("newsconv.writers.epub")
    book = tmp_path / "digest.epub"
    code, _, err = invoke(str(good_and_bad(tmp_path)), "--to", "epub", "-o", str(book), "-j", "1")
    assert code == 1, err
    assert book.read_bytes()[:2] == b"PK"


def test_a_book_of_failures_says_why_each_failed(tmp_path: Path) -> None:
    pytest.importorskip("newsconv.writers.epub")
    archive = make_zip(tmp_path / "in.zip", [("bad.json", b"{"), ("worse.json", b"[")])
    book = tmp_path / "digest.epub"
    code, _, err = invoke(str(archive), "--to", "epub", "-o", str(book), "-j", "1")
    assert code == 1 and not book.exists()
    assert "failed: " in err and "bad.json" in err and "worse.json" in err
    assert err.rstrip().endswith("no article could be read for the book")


def _children(pid: int) -> list[int]:
    """The processes ``pid`` started (Linux's /proc), or none where /proc is missing."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in children.read_text().split()] if children.exists() else []


def _alive(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie waiting for init counts as gone)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0] != "Z"
    except (FileNotFoundError, IndexError):
        return False


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_a_killed_run_leaves_whole_files_and_a_rerun_finishes(tmp_path: Path) -> None:
    count = 400
    archive = make_zip(
        tmp_path / "in.zip",
        [(f"d{i % 7}/{i}.json", article(f"S{i}", "w " * 4000)) for i in range(count)],
    )
    out, report = tmp_path / "out", tmp_path / "report.jsonl"
    command = [sys.executable, "-c", "from newsconv.cli import main; main()", str(archive)]
    command += ["--to", "json", "-o", str(out), "-j", "2", "--report", str(report)]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not report.exists() or report.stat().st_size < 2000):
        time.sleep(0.05)
    workers = _children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    assert workers and not any(_alive(pid) for pid in workers)  # they end with their parent
    done = list(out.rglob("*.json"))
    assert 0 < len(done) < count
    for path in done:
        json.loads(path.read_bytes())  # every file there is whole
    rerun = subprocess.run([*command, "--resume"], capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert len(list(out.rglob("*.json"))) == count
    assert not list(out.rglob("*.part"))


def test_ctrl_c_reports_what_was_done_and_how_to_finish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object) -> Iterator[Outcome]:
        yield Outcome(index=0, source="in.zip!a.json", status="ok")
        raise KeyboardInterrupt

    monkeypatch.setattr(console, "convert", interrupted)
    report = tmp_path / "report.jsonl"
    code, _, err = invoke(
        str(good_and_bad(tmp_path)),
        "--to",
        "json",
        "-o",
        str(tmp_path / "o"),
        "--report",
        str(report),
    )
    assert code == console.INTERRUPTED
    assert "--resume" in err and "1 article: 1 converted" in err
    assert len(report.read_text().splitlines()) == 1


def test_many_failures_are_summed_up_not_all_listed(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "in.zip", [(f"{i}.json", b"{") for i in range(25)])
    code, _, err = invoke(str(archive), "--to", "json", "-o", str(tmp_path / "o"), "-j", "1")
    assert code == 1
    assert err.count("newsconv: failed: ") == console.SHOWN_FAILURES
    assert "... and 5 more failures" in err


def test_resume_is_only_for_files(tmp_path: Path) -> None:
    code, _, err = invoke(str(good_and_bad(tmp_path)), "--to", "json", "-o", "-", "--resume")
    assert code == 2 and "--resume needs one file per article" in err


@pytest.mark.parametrize("to", ["md", "epub"])
def test_a_folder_without_articles_is_an_error_naming_what_counts(tmp_path: Path, to: str) -> None:
    """An empty run is a mistake to point out (files of a suffix no reader knows, or a
    --glob that matches none), not a success that wrote nothing."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    output = tmp_path / ("out" if to == "md" else "book.epub")
    code, _, err = invoke(str(folder), "--to", to, "-o", str(output))
    assert code == 1
    assert err.startswith(f"newsconv: error: {folder}: no articles to convert (no file ends in")
    assert ".html" in err and "--glob picks others" in err and err.count("\n") == 1
    assert not output.exists()
    code, _, err = invoke(str(folder), "--to", to, "-o", str(output), "--glob", "*.htm")
    assert (code, err) == (
        1,
        f"newsconv: error: {folder}: no articles to convert (no file matches --glob *.htm)\n",
    )


def test_an_archive_without_articles_is_an_error_when_its_end_comes(tmp_path: Path) -> None:
    """A tar's entries are not counted ahead, so its emptiness shows only once read."""
    archive = make_tar(tmp_path / "in.tar.gz", [("notes.csv", b"a,b\n")])
    code, _, err = invoke(str(archive), "--to", "json", "-o", "-")
    assert code == 1
    assert err.startswith(f"newsconv: error: {archive}: no articles to convert")
