"""The pool: run every planned item, yield every outcome, never lose one.

At most a few items per worker are in flight, so however large the archive, memory holds
only those. Every future is consumed. A worker process that dies (a crash in a C library,
the OOM killer) fails the items in flight at that moment, and a fresh pool takes the rest. On
Ctrl+C the items not yet started are cancelled and the running ones finish their atomic
writes, so nothing is left half-written. Workers ignore SIGINT for that reason.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from newsconv.batch.items import Item
from newsconv.batch.report import Outcome
from newsconv.batch.worker import Task, convert_item

#: Items queued per worker: enough to keep every core busy, few enough to keep memory flat.
IN_FLIGHT_PER_JOB = 4
#: How often a worker looks whether the process that started it is still there.
PARENT_CHECK_SECONDS = 0.5


@dataclass(frozen=True, slots=True)
class Job:
    """An item to convert, with its place in the batch and its planned output path."""

    index: int
    item: Item
    target: Path | None = None


Planned = Job | Outcome


def default_jobs() -> int:
    """Every core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run(
    planned: Iterable[Planned], task: Task, *, jobs: int = 0, fail_fast: bool = False
) -> Iterator[Outcome]:
    """Outcomes of ``planned``, in the order they finish; ``jobs`` 1 runs in this process.

    With ``fail_fast``, no new item starts after the first failure; those already started
    finish and are reported.
    """
    jobs = jobs or default_jobs()
    if jobs == 1:
        yield from _serial(planned, task, fail_fast)
    else:
        yield from _parallel(planned, task, jobs, fail_fast)


def _serial(planned: Iterable[Planned], task: Task, fail_fast: bool) -> Iterator[Outcome]:
    for entry in planned:
        outcome = entry if isinstance(entry, Outcome) else _convert(task, entry)
        yield outcome
        if fail_fast and not outcome.ok:
            return


def _convert(task: Task, job: Job) -> Outcome:
    return convert_item(task, job.index, job.item, job.target)


def _parallel(
    planned: Iterable[Planned], task: Task, jobs: int, fail_fast: bool
) -> Iterator[Outcome]:
    pending = iter(planned)
    running: dict[Future[Outcome], Job] = {}
    pool = _pool(jobs)
    stopped = broken = False
    try:
        while True:
            while not (stopped or broken) and len(running) < jobs * IN_FLIGHT_PER_JOB:
                entry = next(pending, None)
                if entry is None:
                    stopped = True
                elif isinstance(entry, Outcome):
                    yield entry
                    stopped = fail_fast and not entry.ok
                else:
                    try:
                        running[pool.submit(_convert, task, entry)] = entry
                    except BrokenProcessPool:  # a worker died since the last wait
                        pending = itertools.chain((entry,), pending)  # this one never ran
                        broken = True
            if not (running or broken):
                return
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                outcome = _result(future, running.pop(future))
                broken = broken or outcome.error == _DIED
                yield outcome
                stopped = stopped or (fail_fast and not outcome.ok)
            if broken and not running:  # a dead worker breaks the pool: go on with a new one
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(jobs)
                broken = False
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_DIED = "the worker process converting it died (a crash or out of memory)"


def _result(future: Future[Outcome], job: Job) -> Outcome:
    try:
        return future.result()
    except BrokenProcessPool:
        return Outcome(index=job.index, source=job.item.source, status="failed", error=_DIED)


def _pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(os.getpid(),),
    )


def _start_worker(parent: int) -> None:
    """Let the parent decide what Ctrl+C stops (a worker finishes the item it holds), and
    end with the parent.

    A worker waits on a queue whose writing end every worker holds too, so it never sees
    the parent go: a parent killed outright (``kill -9``, the OOM killer) left its workers
    behind for good. A temporary file a worker leaves is removed by ``--resume``.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_end_with, args=(parent,), daemon=True).start()


def _end_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)
