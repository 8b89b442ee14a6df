"""The batch API end to end: every item accounted for, nothing half-written or outside -o."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import signal
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from tests.batch.builders import article, make_zip
from tests.samples import RELATIVE_DATE_PAGE

import newsconv
from newsconv import batch
from newsconv.batch import BatchOptions, Item, Outcome, runner
from newsconv.batch import worker as worker_module
from newsconv.batch.worker import Task
from newsconv.errors import NoArticleFound
from newsconv.model import Document

SERIAL = BatchOptions(to="json", jobs=1)


def stories(count: int) -> list[tuple[str, bytes]]:
    return [(f"{'ab'[i % 2]}/{i}.json", article(f"Story {i}")) for i in range(count)]


def by_status(outcomes: list[Outcome]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for outcome in outcomes:
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
    return counts


def files_under(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_zip_to_files_mirrors_the_archive(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "in.zip", stories(4))
    outcomes = list(batch.convert([archive], tmp_path / "out", SERIAL))
    assert by_status(outcomes) == {"ok": 4}
    assert files_under(tmp_path / "out") == ["a/0.json", "a/2.json", "b/1.json", "b/3.json"]
    written = newsconv.read(tmp_path / "out" / "b" / "3.json")
    assert written.metadata.title == "Story 3"
    assert sorted(o.index for o in outcomes) == [0, 1, 2, 3]
    assert {o.title for o in outcomes} == {f"Story {i}" for i in range(4)}


def test_a_pool_gives_the_same_files(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "in.zip", stories(12))
    options = BatchOptions(to="json", jobs=2)
    outcomes = list(batch.convert([archive], tmp_path / "pool", options))
    list(batch.convert([archive], tmp_path / "serial", SERIAL))
    assert by_status(outcomes) == {"ok": 12}
    assert files_under(tmp_path / "pool") == files_under(tmp_path / "serial")
    for name in files_under(tmp_path / "serial"):
        pool_bytes = (tmp_path / "pool" / name).read_bytes()
        assert pool_bytes == (tmp_path / "serial" / name).read_bytes()


def test_bad_articles_fail_alone(tmp_path: Path) -> None:
    members = [*stories(3), ("bad.json", b'{"not": "a document"}'), ("../evil.json", b"{}")]
    archive = make_zip(tmp_path / "in.zip", members)
    outcomes = list(batch.convert([archive], tmp_path / "out", SERIAL))
    assert by_status(outcomes) == {"ok": 3, "failed": 2}
    failed = {o.source: o.error for o in outcomes if not o.ok}
    assert f"{archive}!bad.json" in failed and f"{archive}!../evil.json" in failed
    assert all(failed.values())
    assert not (tmp_path / "evil.json").exists()
    assert len(files_under(tmp_path / "out")) == 3


def test_a_batch_that_writes_nothing_leaves_no_folder_it_made(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "in.zip", [("a/bad.json", b"{}"), ("b/worse.json", b"[]")])
    outcomes = list(batch.convert([archive], tmp_path / "new" / "out", SERIAL))
    assert by_status(outcomes) == {"failed": 2}
    assert not (tmp_path / "new").exists()
    (tmp_path / "kept").mkdir()
    list(batch.convert([archive], tmp_path / "kept", SERIAL))
    assert (tmp_path / "kept").is_dir()  # the user's own folder stays, empty or not


def test_resume_skips_what_is_done(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "in.zip", stories(5))
    out = tmp_path / "out"
    list(batch.convert([archive], out, SERIAL))
    (out / "a" / "2.json").unlink()
    (out / "a" / ".0.json.abc123.part").write_bytes(b"half")  # left by a killed run
    resumed = BatchOptions(to="json", jobs=1, resume=True)
    outcomes = list(batch.convert([archive], out, resumed))
    assert by_status(outcomes) == {"ok": 1, "skipped": 4}
    assert [o.source for o in outcomes if o.status == "ok"] == [f"{archive}!a/2.json"]
    assert not list(out.rglob("*.part"))


@pytest.mark.parametrize("resume", [False, True])
def test_a_folder_converted_into_itself_keeps_its_pages(tmp_path: Path, resume: bool) -> None:
    page = tmp_path / "story.json"
    page.write_bytes(article("Story"))
    options = BatchOptions(to="json", jobs=1, resume=resume)
    [outcome] = batch.convert([tmp_path], tmp_path, options)
    assert outcome.status == "failed"
    assert outcome.error is not None and "replace the input" in outcome.error
    assert page.read_bytes() == article("Story")


def test_fail_fast_starts_nothing_after_a_failure(tmp_path: Path) -> None:
    members = [("0.json", article("Zero")), ("1.json", b"{broken"), *stories(4)]
    archive = make_zip(tmp_path / "in.zip", members)
    options = BatchOptions(to="json", jobs=1, fail_fast=True)
    outcomes = list(batch.convert([archive], tmp_path / "out", options))
    assert [o.status for o in outcomes] == ["ok", "failed"]


def test_a_bug_in_a_reader_fails_one_item_with_its_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_read = newsconv.api.read

    def flaky(source: Any, **kwargs: Any) -> Document:
        if str(kwargs.get("name", "")).endswith("1.json"):
            raise RuntimeError("boom")
        return real_read(source, **kwargs)

    monkeypatch.setattr(newsconv.api, "read", flaky)
    archive = make_zip(tmp_path / "in.zip", stories(3))
    outcomes = list(batch.convert([archive], tmp_path / "out", SERIAL))
    failed = [o for o in outcomes if not o.ok]
    assert len(failed) == 1 and len(outcomes) == 3
    assert failed[0].error is not None and "RuntimeError: boom" in failed[0].error
    assert failed[0].detail is not None and "Traceback" in failed[0].detail


def test_stopping_midway_leaves_only_whole_files(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "in.zip", stories(40))
    out = tmp_path / "out"
    outcomes = batch.convert([archive], out, BatchOptions(to="json", jobs=2))
    finished = [next(outcomes) for _ in range(3)]
    outcomes.close()  # what Ctrl+C does to the loop: the pool is shut down cleanly
    assert all(o.ok for o in finished)
    assert not list(out.rglob("*.part"))
    written = list(out.rglob("*.json"))
    assert 3 <= len(written) < 40
    for path in written:
        json.loads(path.read_bytes())
    rest = list(batch.convert([archive], out, BatchOptions(to="json", jobs=1, resume=True)))
    assert len(list(out.rglob("*.json"))) == 40
    assert by_status(rest).get("failed", 0) == 0


def test_jsonl_in_and_out_with_hints(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [
        {"text": "First line of the story.\n\nSecond paragraph.", "title": "From the feed"},
        {"html": 7},
    ]
    feed.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    target = tmp_path / "docs.jsonl"
    outcomes = list(batch.write_jsonl([feed], target, SERIAL))
    assert by_status(outcomes) == {"ok": 1, "failed": 1}
    docs = target.read_text("utf-8").splitlines()
    assert len(docs) == 1
    assert json.loads(docs[0])["metadata"]["title"] == "From the feed"


def test_jsonl_to_a_stream(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "in.zip", stories(3))
    stream = io.BytesIO()
    assert by_status(list(batch.write_jsonl([archive], stream, SERIAL))) == {"ok": 3}
    titles = {json.loads(line)["metadata"]["title"] for line in stream.getvalue().splitlines()}
    assert titles == {"Story 0", "Story 1", "Story 2"}


def test_read_yields_documents(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "in.zip", stories(3))
    docs = [o.document for o in batch.read([archive], SERIAL)]
    assert sorted(d.metadata.title or "" for d in docs if d) == ["Story 0", "Story 1", "Story 2"]


def test_an_archived_page_dates_yesterday_from_its_capture() -> None:
    captured = datetime(2021, 5, 20, 9, 0, tzinfo=timezone.utc)
    page = Item("a.warc!x", "x.txt", RELATIVE_DATE_PAGE.encode(), format="text", captured=captured)
    outcome = worker_module.convert_item(Task(mode="documents"), 0, page, None)
    assert outcome.document is not None and outcome.captured == "2021-05-20T09:00:00+00:00"
    assert outcome.document.metadata.published == datetime(2021, 5, 19, 18, 30, tzinfo=timezone.utc)


def test_a_book_of_nothing_is_an_error(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "in.zip", [("bad.json", b"{")])
    seen: list[Outcome] = []
    with pytest.raises(NoArticleFound):
        batch.write_book(
            [archive],
            tmp_path / "book.epub",
            options=BatchOptions(to="epub", jobs=1),
            on_outcome=seen.append,
        )
    assert [o.status for o in seen] == ["failed"]


def test_folder_of_files_is_read_by_the_workers(tmp_path: Path) -> None:
    source = tmp_path / "in"
    (source / "x").mkdir(parents=True)
    (source / "x" / "one.json").write_bytes(article("One"))
    (source / "two.json").write_bytes(article("Two"))
    outcomes = list(batch.convert([source], tmp_path / "out", SERIAL))
    assert by_status(outcomes) == {"ok": 2}
    assert files_under(tmp_path / "out") == ["two.json", "x/one.json"]
    assert batch.count([source]) == 2


class PoolBrokenAtSubmit(ThreadPoolExecutor):
    """A pool whose worker "dies" between two waits: the next submit raises, as a
    ``ProcessPoolExecutor`` does once it has noticed, before any future has failed."""

    submitted = 0

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        PoolBrokenAtSubmit.submitted += 1
        if PoolBrokenAtSubmit.submitted == 3:
            raise BrokenProcessPool("a child process terminated abruptly")
        return super().submit(fn, *args, **kwargs)


def test_a_pool_that_breaks_at_submit_loses_no_item(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "_pool", lambda jobs: PoolBrokenAtSubmit(max_workers=1))
    archive = make_zip(tmp_path / "in.zip", stories(12))
    outcomes = list(batch.convert([archive], tmp_path / "out", BatchOptions(to="json", jobs=2)))
    assert PoolBrokenAtSubmit.submitted == 13  # the third was refused, and submitted again
    assert sorted(o.index for o in outcomes) == list(range(12))
    assert by_status(outcomes) == {"ok": 12}  # the item refused was not lost but run later


@pytest.mark.slow
def test_a_worker_killed_midway_fails_only_items_in_flight(tmp_path: Path) -> None:
    archive = make_zip(
        tmp_path / "in.zip", [(f"{i}.json", article(f"S{i}", "w " * 5000)) for i in range(24)]
    )
    out = tmp_path / "out"
    outcomes = batch.convert([archive], out, BatchOptions(to="json", jobs=2))
    seen = [next(outcomes)]
    victim = multiprocessing.active_children()[0]
    os.kill(victim.pid or 0, signal.SIGKILL)
    seen += list(outcomes)
    assert sorted(o.index for o in seen) == list(range(24))  # every item accounted for
    died = [o for o in seen if not o.ok]
    assert all(o.error and "died" in o.error for o in died)
    assert len(died) <= 2 * runner.IN_FLIGHT_PER_JOB
    rerun = list(batch.convert([archive], out, BatchOptions(to="json", jobs=2, resume=True)))
    # a surviving worker may have written its file before the pool broke: whole, so skipped
    counts = by_status(rerun)
    assert "failed" not in counts and counts.get("ok", 0) <= len(died)
    assert len(list(out.rglob("*.json"))) == 24
