"""Batch conversion for scripts: the calls the command line makes, as iterators of outcomes.

    for outcome in batch.convert(["archive.zip"], "out", batch.BatchOptions(to="md")):
        print(outcome.source, outcome.status, outcome.error or "")

Every function streams: the archive is read as the work goes, and each item's outcome is
yielded when it finishes (in finishing order; ``index`` gives the input order). No item's
failure stops the others unless ``fail_fast`` is set.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from newsconv import api, registry
from newsconv.batch import runner, sources
from newsconv.batch.items import Entry, Item, Unreadable
from newsconv.batch.limits import Limits
from newsconv.batch.naming import Namer
from newsconv.batch.report import Outcome
from newsconv.batch.worker import Mode, Pairs, Task
from newsconv.errors import NoArticleFound, OutputError
from newsconv.model import Document
from newsconv.options import BookInfo
from newsconv.output import open_atomic

PathLike = str | os.PathLike[str]


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How a batch runs.

    ``jobs``: worker processes (0: every core; 1: in this process, no pool). ``glob``:
    which files of a folder or archive are articles (default: those a reader knows by
    suffix). ``as_list``: the inputs are text files naming one path or URL per line.
    ``resume``: skip items whose output file exists (writes are atomic, so it is whole).
    ``fail_fast``: start nothing new after the first failure; by default every item is
    tried and failures are only reported (keep going).
    """

    to: str = "md"
    jobs: int = 0
    glob: str | None = None
    as_list: bool = False
    resume: bool = False
    fail_fast: bool = False
    from_format: str | None = None
    read_options: Pairs = ()
    write_options: Pairs = ()
    limits: Limits = field(default_factory=Limits)


def convert(
    inputs: Sequence[PathLike], output: PathLike, options: BatchOptions | None = None
) -> Generator[Outcome, None, None]:
    """One file per article under the folder ``output`` (made if missing, and taken away
    again when no article was written into it), mirroring the inputs' folders; names
    never collide and never leave ``output``. Closing the generator early stops the
    workers and leaves only whole files."""
    options = options or BatchOptions()
    writer = registry.writer(options.to)
    root = Path(output)
    made = [folder for folder in (root, *root.parents) if not folder.exists()]
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"cannot make the folder ({err.strerror})", where=str(root)) from err
    try:
        sweep_partials(root)
        namer = Namer(root, writer.suffix)
        task = _task("files", writer.name, options, root)
        planned = _plan(_entries(inputs, options, exclude=root), namer, resume=options.resume)
        yield from runner.run(planned, task, jobs=options.jobs, fail_fast=options.fail_fast)
    finally:
        if made:
            _remove_empty_folders(root, made)


def read(
    inputs: Sequence[PathLike], options: BatchOptions | None = None
) -> Generator[Outcome, None, None]:
    """Read every article: each successful outcome carries its ``document``."""
    options = options or BatchOptions()
    task = _task("documents", options.to, options, None)
    planned = _plan(_entries(inputs, options), None, resume=False)
    yield from runner.run(planned, task, jobs=options.jobs, fail_fast=options.fail_fast)


def write_jsonl(
    inputs: Sequence[PathLike], target: PathLike | BinaryIO, options: BatchOptions | None = None
) -> Iterator[Outcome]:
    """One compact JSON document per line, into the file ``target`` (which appears whole
    once the batch ends, never half-written) or an open binary stream such as stdout."""
    options = dataclasses.replace(options or BatchOptions(), to="json")
    task = _task("jsonl", "json", options, None)
    planned = _plan(_entries(inputs, options), None, resume=False)
    outcomes = runner.run(planned, task, jobs=options.jobs, fail_fast=options.fail_fast)
    if isinstance(target, str | os.PathLike):
        with open_atomic(Path(target)) as stream:
            yield from _lines_to(stream, outcomes)
    else:
        yield from _lines_to(target, outcomes)


def write_book(
    inputs: Sequence[PathLike],
    target: PathLike,
    *,
    book: BookInfo | None = None,
    options: BatchOptions | None = None,
    on_outcome: Callable[[Outcome], None] = lambda outcome: None,
) -> Path:
    """Read every article in parallel, then bind those that were read into one book.

    ``on_outcome`` sees each item as it is read (progress, a report). Raises
    :class:`NoArticleFound` when no article could be read at all.
    """
    options = options or BatchOptions()
    registry.writer(options.to, path=target)  # an unknown format fails before any work
    docs: dict[int, Document] = {}
    for outcome in read(inputs, options):
        if outcome.document is not None:
            docs[outcome.index] = outcome.document
        on_outcome(dataclasses.replace(outcome, document=None))
    if not docs:
        raise NoArticleFound("no article could be read for the book", where=os.fspath(target))
    ordered = [docs[index] for index in sorted(docs)]
    written = api.write_book(
        ordered, target, to=options.to, book=book, options=dict(options.write_options)
    )
    assert isinstance(written, Path)  # a target was given, so the book went there
    return written


def count(
    inputs: Sequence[PathLike],
    options: BatchOptions | None = None,
    *,
    output: PathLike | None = None,
) -> int | None:
    """How many items the inputs hold when that is cheap to know (for progress), else None.

    ``output`` is the folder :func:`convert` writes to, passed by if it is inside an input.
    """
    options = options or BatchOptions()
    names = [os.fspath(name) for name in inputs]
    exclude = Path(output) if output is not None else None
    return sources.count(names, glob=options.glob, as_list=options.as_list, exclude=exclude)


def _remove_empty_folders(root: Path, made: list[Path]) -> None:
    """Take away the folders the batch made (``root`` and the missing folders above it,
    innermost first, and those under it) when it left them empty."""
    below = sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True)
    for folder in [*below, *made]:
        with contextlib.suppress(OSError):  # not empty: something was written
            folder.rmdir()


def sweep_partials(root: Path) -> None:
    """Remove the temporary files a killed run left behind (``.name.XXXX.part``)."""
    for partial in root.rglob(".*.part"):
        if partial.is_file() and not partial.is_symlink():
            partial.unlink(missing_ok=True)


def _task(mode: Mode, to: str, options: BatchOptions, root: Path | None) -> Task:
    return Task(
        mode=mode,
        to=to,
        root=root,
        from_format=options.from_format,
        read_options=options.read_options,
        write_options=options.write_options,
    )


def _entries(
    inputs: Sequence[PathLike], options: BatchOptions, exclude: Path | None = None
) -> Iterator[Entry]:
    return sources.entries(
        [os.fspath(name) for name in inputs],
        limits=options.limits,
        glob=options.glob,
        as_list=options.as_list,
        exclude=exclude,
    )


def _plan(
    entries: Iterable[Entry], namer: Namer | None, *, resume: bool
) -> Iterator[runner.Planned]:
    """Number the entries, give each its output path, and settle the ones with no work."""
    for index, entry in enumerate(entries):
        if isinstance(entry, Unreadable):
            yield Outcome(index=index, source=entry.source, status="failed", error=entry.error)
            continue
        target = namer.target(entry.name) if namer is not None else None
        if target is not None and _replaces(entry, target):
            error = "the output would replace the input; name another output folder"
            yield Outcome(index=index, source=entry.source, status="failed", error=error)
            continue
        if resume and target is not None and target.exists():
            yield Outcome(index=index, source=entry.source, status="skipped", output=str(target))
            continue
        yield runner.Job(index, entry, target)


def _replaces(item: Item, target: Path) -> bool:
    """Whether writing ``target`` would overwrite the file ``item`` is read from (a folder
    converted into itself to its own format, say: its pages would be lost)."""
    return item.location is not None and Path(item.location).resolve() == target.resolve()


def _lines_to(stream: BinaryIO, outcomes: Iterable[Outcome]) -> Iterator[Outcome]:
    for outcome in outcomes:
        if outcome.data is not None:
            stream.write(outcome.data)
            stream.flush()
        yield dataclasses.replace(outcome, data=None)
