"""Reports: one flushed line per outcome, in JSON Lines or CSV, and the closing summary."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from newsconv.batch import Outcome, ReportWriter, Summary
from newsconv.errors import OptionError

DONE = Outcome(index=0, source="a.zip!x.html", status="ok", output="out/x.md", title="X")
FAILED = Outcome(
    index=1,
    source="a.zip!y.html",
    status="failed",
    warnings=("image-missing", "table-flattened"),
    error="a.zip!y.html: no article text found",
)


def test_jsonl_report_is_readable_line_by_line_before_close(tmp_path: Path) -> None:
    path = tmp_path / "report.jsonl"
    with ReportWriter(path) as report:
        report.write(DONE)
        report.write(FAILED)
        lines = path.read_text("utf-8").splitlines()  # flushed already: a kill keeps these
    assert [json.loads(line)["status"] for line in lines] == ["ok", "failed"]
    assert json.loads(lines[1])["warnings"] == ["image-missing", "table-flattened"]
    assert json.loads(lines[1])["error"] == "a.zip!y.html: no article text found"


def test_csv_report_has_a_header_once_even_when_appended(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    with ReportWriter(path) as report:
        report.write(DONE)
    with ReportWriter(path, append=True) as report:
        report.write(FAILED)
    rows = list(csv.DictReader(path.read_text("utf-8").splitlines()))
    assert [row["source"] for row in rows] == ["a.zip!x.html", "a.zip!y.html"]
    assert rows[1]["warnings"] == "image-missing | table-flattened"


def test_a_fresh_report_replaces_the_old_one(tmp_path: Path) -> None:
    path = tmp_path / "report.jsonl"
    path.write_text('{"old": true}\n')
    with ReportWriter(path) as report:
        report.write(DONE)
    assert "old" not in path.read_text()


def test_the_report_s_folder_is_made_as_the_output_folder_is(tmp_path: Path) -> None:
    path = tmp_path / "out" / "logs" / "report.csv"  # "-o out --report out/logs/report.csv"
    with ReportWriter(path) as report:
        report.write(DONE)
    assert [row["status"] for row in csv.DictReader(path.read_text("utf-8").splitlines())] == ["ok"]


def test_a_report_that_cannot_be_written_is_a_one_line_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(OptionError, match="cannot write the report"):
        ReportWriter(blocker / "report.csv")


def test_report_suffix_is_checked(tmp_path: Path) -> None:
    with pytest.raises(OptionError, match=r"\.jsonl or \.csv"):
        ReportWriter(tmp_path / "report.txt")


def test_internal_errors_keep_their_traceback_in_the_report() -> None:
    outcome = Outcome(index=0, source="x", status="failed", error="bug", detail="Traceback ...")
    assert outcome.record()["detail"] == "Traceback ..."
    assert "detail" not in DONE.record()


def test_summary_counts_by_status() -> None:
    summary = Summary()
    for outcome in (DONE, FAILED, Outcome(index=2, source="z", status="skipped")):
        summary.add(outcome)
    assert (summary.total, summary.failed) == (3, 1)
    assert str(summary).startswith("3 articles: 1 converted, 1 already done, 1 failed in ")
    assert not FAILED.ok and DONE.ok


def test_summary_of_one_article_says_article() -> None:
    summary = Summary()
    summary.add(DONE)
    assert str(summary).startswith("1 article: 1 converted, ")
