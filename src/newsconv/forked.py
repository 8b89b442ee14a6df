"""A staged writer whose slow stage loads in a forked process while this one reads.

A PDF made from the command line spends about half its run importing WeasyPrint and laying
the page out, none of which needs the model. On a machine with more than one core, a child
forked as the command starts loads the writer's second stage (its spec's ``warm_up``) while
the parent reads the article and composes the page (:func:`newsconv.api.compose`); the
parent then sends that job down a pipe and gets the output back. The child only ever saves
time: when fork is missing, or the child dies or fails in any way, the parent runs the job
itself, so output and errors are exactly those of the plain path.

The command starts the child before anything else loads (:mod:`newsconv.launch`): a
*head start*, which the conversion takes over when it turns out to want the same writer.
So this module imports neither the API nor the model, and the child never does.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
from collections.abc import Mapping
from contextlib import suppress
from typing import TYPE_CHECKING, NoReturn

from newsconv import registry
from newsconv.diagnostics import Collector, Diagnostic, Reporter
from newsconv.errors import FormatError
from newsconv.registry import FormatSpec

if TYPE_CHECKING:
    from newsconv.model import Document
    from newsconv.writers.base import Job

__all__ = ["ForkedWriter", "can_fork", "drop_head_start", "give_head_start", "writer_for"]

#: The child the command started before knowing for sure it would write with it.
_head_start: ForkedWriter | None = None


def can_fork() -> bool:
    """Whether a forked child can work beside this process.

    Windows has no fork, and macOS system frameworks are unsafe in a forked child; with a
    single CPU the child would only take turns with the parent.
    """
    if not hasattr(os, "fork") or sys.platform == "darwin":
        return False
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) > 1
    return (os.cpu_count() or 1) > 1


def give_head_start(spec: FormatSpec) -> None:
    """Start loading ``spec``'s slow stage now, for :func:`writer_for` to take over later."""
    global _head_start
    drop_head_start()
    if spec.warm_up is not None and can_fork():
        _head_start = ForkedWriter(spec)


def writer_for(spec: FormatSpec) -> ForkedWriter:
    """A forked writer of ``spec``: the head start when it loads that writer, else a new one."""
    global _head_start
    started, _head_start = _head_start, None
    if started is not None and started.spec == spec:
        return started
    if started is not None:
        started.close()
    return ForkedWriter(spec)


def drop_head_start() -> None:
    """Stop a head start nothing took (a batch, an error, another format after all)."""
    global _head_start
    if _head_start is not None:
        _head_start.close()
        _head_start = None


class ForkedWriter:
    """The staged writer of ``spec``, its slow stage loading in a child from the moment
    this is made.

    Use it as a context manager: leaving it stops a child that was never given a job.
    """

    def __init__(self, spec: FormatSpec) -> None:
        if spec.warm_up is None:
            raise FormatError(f"the {spec.name} writer has no stage to load ahead")
        self.spec = spec
        job_in, job_out = os.pipe()
        result_in, result_out = os.pipe()
        for stream in (sys.stdout, sys.stderr):  # or the child could print them again
            stream.flush()
        self._pid = os.fork()
        if self._pid == 0:
            os.close(job_out)
            os.close(result_in)
            _serve(spec.warm_up, job_in, result_out)
        os.close(job_in)
        os.close(result_out)
        self._job: int | None = job_out
        self._result: int | None = result_in

    def __enter__(self) -> ForkedWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write(self, doc: Document, options: Mapping[str, object], report: Reporter) -> bytes:
        """``doc`` in the writer's format: composed here, laid out by the child when it can."""
        from newsconv import api

        job = api.compose(doc, to=self.spec.name, options=options, on_diagnostic=report)
        made = self._run_in_child(job)
        if made is None:
            return job.run(report)
        data, diagnostics = made
        for diagnostic in diagnostics:
            report(diagnostic)
        return data

    def close(self) -> None:
        """Stop the child unless it has answered, and collect it."""
        for fd in (self._job, self._result):
            if fd is not None:
                os.close(fd)
        self._job = self._result = None
        if self._pid:
            with suppress(ProcessLookupError):  # still loading: no reason to wait
                os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            self._pid = 0

    def _run_in_child(self, job: Job) -> tuple[bytes, list[Diagnostic]] | None:
        if self._job is None or self._result is None:
            return None
        job_fd, answer_fd = self._job, self._result
        self._job = self._result = None  # the files below close them
        with os.fdopen(answer_fd, "rb") as answer:
            try:
                with os.fdopen(job_fd, "wb") as pipe:
                    pickle.dump(job, pipe, protocol=pickle.HIGHEST_PROTOCOL)
                data, diagnostics = pickle.load(answer)  # our own child's answer
            except (OSError, EOFError, TypeError, ValueError, pickle.PickleError):
                return None  # the child died, failed, or could not take the job
        return data, diagnostics


def _serve(warm_up: str, job_fd: int, result_fd: int) -> NoReturn:
    """The child: load the slow stage, wait for one job, send back its output.

    Whatever goes wrong here (an error the user caused, a bug, a missing library) ends the
    child without an answer: the parent then runs the job itself and reports the failure
    exactly as it would without a child.

    The child lives for one job, so the cyclic garbage collector is off: its passes over
    the objects WeasyPrint's import and layout make cost some 3% of the child's work, and
    the memory they would give back is given back when the child ends.
    """
    gc.disable()
    status = 1
    try:
        registry.load_target(warm_up)()
        with os.fdopen(job_fd, "rb") as pipe:
            job = pickle.load(pipe)  # our own parent's job
        collector = Collector()
        data = job.run(collector)
        with os.fdopen(result_fd, "wb") as pipe:
            pickle.dump((data, collector.items), pipe, protocol=pickle.HIGHEST_PROTOCOL)
        status = 0
    except BaseException:  # the parent runs the job again, and reports any error
        pass
    finally:
        os._exit(status)  # no atexit handlers, no second flush of the parent's buffers
