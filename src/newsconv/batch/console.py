"""The batch as the command line runs it: choose the output, show progress, report, sum up.

The CLI parses arguments into a :class:`BatchRequest` and calls :func:`run_request`; all
it prints comes from here, on standard error, so standard output stays free for JSON
Lines. The progress bar shows only on a terminal and never with ``quiet``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from newsconv import registry
from newsconv.batch.api import BatchOptions, convert, count, write_book, write_jsonl
from newsconv.batch.items import reader_suffixes
from newsconv.batch.report import Outcome, ReportWriter, Summary
from newsconv.errors import InputError, NoArticleFound, OptionError
from newsconv.inputs import kind_of
from newsconv.options import BookInfo
from newsconv.writers.base import BookWriter

Layout = Literal["files", "jsonl", "book"]

#: Failures listed on the terminal; the report has all of them.
SHOWN_FAILURES = 20

_JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True, slots=True)
class BatchRequest:
    """One batch command, parsed: inputs, where the output goes, and how to run."""

    inputs: tuple[str, ...]
    output: str | None
    to: str | None
    options: BatchOptions
    book: BookInfo
    report: Path | None = None
    quiet: bool = False


def layout_of(to: str | None, output: str | None) -> tuple[Layout, str]:
    """What a batch makes, and in which format.

    JSON Lines when the output is ``-`` or ``*.jsonl`` (format json); one book when the
    format makes books (EPUB, PDF) and the output is a file name; otherwise one file per
    article in the output folder.
    """
    if output is not None and output.lower().endswith(_JSONL_SUFFIXES) and to in (None, "json"):
        return "jsonl", "json"
    if to is None and output not in (None, "-"):
        spec = registry.find_by_suffix("writer", output)
        to = spec.name if spec is not None else None
    if to is None:
        raise OptionError("a batch needs an output format: give --to (md, json, epub, ...)")
    writer = registry.writer(to)
    if output == "-":
        if writer.name != "json":
            raise OptionError("only --to json can go to standard output, as JSON Lines")
        return "jsonl", "json"
    folder = output is None or output.endswith(("/", "\\")) or Path(output).is_dir()
    if isinstance(writer, BookWriter) and not folder:
        return "book", writer.name
    return "files", writer.name


#: The exit code after Ctrl+C, as shells report a process ended by SIGINT.
INTERRUPTED = 130


def run_request(request: BatchRequest) -> int:
    """Run the batch; the exit code is 0 when every item succeeded, else 1 (130 on Ctrl+C)."""
    layout, to = layout_of(request.to, request.output)
    if request.options.resume and layout != "files":
        raise OptionError("--resume needs one file per article (-o DIR); a stream or book is whole")
    options = replace(request.options, to=to)
    summary = Summary()
    failures: list[Outcome] = []
    folder = (request.output or ".") if layout == "files" else None
    total = count(request.inputs, options, output=folder)
    if total == 0:
        raise InputError(_nothing_to_convert(request))
    try:
        with ExitStack() as stack:
            report = None
            if request.report is not None:
                report = stack.enter_context(ReportWriter(request.report, append=options.resume))
            advance = stack.enter_context(_progress(total, shown=not request.quiet))

            def record(outcome: Outcome) -> None:
                summary.add(outcome)
                if not outcome.ok and len(failures) < SHOWN_FAILURES:
                    failures.append(outcome)
                if report is not None:
                    report.write(outcome)
                advance()

            _run(layout, request, options, record)
    except NoArticleFound:  # a book with nothing to bind: say why each article failed
        _finish(summary, failures, request)
        raise
    except KeyboardInterrupt:
        _finish(summary, failures, request)
        _stderr().print(
            "newsconv: interrupted; every file written is whole: "
            "run the same command with --resume to finish",
            markup=False,
        )
        return INTERRUPTED
    if summary.total == 0:  # an archive whose entries are not counted ahead
        raise InputError(_nothing_to_convert(request))
    _finish(summary, failures, request)
    return 1 if summary.failed else 0


def _nothing_to_convert(request: BatchRequest) -> str:
    """The error for inputs that hold no article: which files a folder's or an archive's
    articles are, since the likeliest cause is files of a suffix no reader knows."""
    names = ", ".join(request.inputs)
    kinds = {kind_of(name, as_list=request.options.as_list) for name in request.inputs}
    if not kinds & {"folder", "zip", "tar"}:
        return f"{names}: no articles to convert"
    if request.options.glob is not None:
        return f"{names}: no articles to convert (no file matches --glob {request.options.glob})"
    known = " ".join(sorted(reader_suffixes()))
    return f"{names}: no articles to convert (no file ends in {known}; --glob picks others)"


def _run(
    layout: Layout,
    request: BatchRequest,
    options: BatchOptions,
    record: Callable[[Outcome], None],
) -> None:
    inputs = request.inputs
    if layout == "book":
        assert request.output is not None  # a book always has a file name (layout_of)
        write_book(inputs, request.output, book=request.book, options=options, on_outcome=record)
        return
    if layout == "jsonl":
        named = request.output if request.output != "-" else None
        outcomes = write_jsonl(inputs, Path(named) if named else sys.stdout.buffer, options)
    else:
        outcomes = convert(inputs, request.output or ".", options)
    for outcome in outcomes:
        record(outcome)


@contextmanager
def _progress(total: int | None, *, shown: bool) -> Iterator[Callable[[], None]]:
    """A callable that advances a progress bar on standard error, or does nothing."""
    console = Console(stderr=True)
    if not shown or not console.is_terminal:
        yield lambda: None
        return
    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        _Rate(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("converting", total=total)
        yield lambda: progress.advance(task)


class _Rate(ProgressColumn):
    """Articles per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f}/s" if speed else "", style="progress.data.speed")


def _finish(summary: Summary, failures: list[Outcome], request: BatchRequest) -> None:
    console = _stderr()
    for outcome in failures:
        console.print(f"newsconv: failed: {outcome.source}: {outcome.error}", markup=False)
    if summary.failed > len(failures):
        more = summary.failed - len(failures)
        where = f" (all are in {request.report})" if request.report else ""
        console.print(f"newsconv: ... and {more} more failures{where}", markup=False)
    if not request.quiet:
        console.print(f"newsconv: {summary}", markup=False)


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)
