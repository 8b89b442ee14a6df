"""The library API: what a publishing script calls, and all the CLI calls.

doc = newsconv.read("article.html")
newsconv.write(doc, "article.pdf")
newsconv.convert("article.html", "article.epub")
newsconv.write_book(docs, "digest.epub", book=newsconv.BookInfo(title="May 2021"))
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TypeVar, overload

from newsconv import registry
from newsconv.diagnostics import Reporter, log_diagnostic
from newsconv.errors import (
    FormatError,
    NewsconvError,
    OptionError,
    OutputError,
    UnreadableInput,
)
from newsconv.limits import CALLS_PER_LEVEL, MAX_DEPTH, recursion_room, too_deep
from newsconv.model import Document
from newsconv.options import BookInfo, ReadOptions, WriteOptions, build_options
from newsconv.output import write_atomic
from newsconv.writers.base import BookWriter, Job, StagedWriter, Writer

Source = str | os.PathLike[str] | bytes
OptionsT = TypeVar("OptionsT")

#: Inputs larger than this are refused before they are read (a safety cap, not a limit
#: on real articles: the largest saved news pages are a few megabytes).
MAX_INPUT_BYTES = 512 * 1024 * 1024


def read(
    source: Source,
    *,
    format: str | None = None,
    options: ReadOptions | Mapping[str, object] | None = None,
    on_diagnostic: Reporter = log_diagnostic,
    name: str | None = None,
) -> Document:
    """Read one article from a path, an ``http(s)://`` URL, or raw bytes.

    The reader is ``format`` when given, else chosen by the file's suffix, else by
    sniffing the bytes. ``name`` names raw bytes (say, an archive member) in messages, and
    its suffix picks the reader as a file's would.
    """
    if name is None and isinstance(source, str) and source.startswith(("http://", "https://")):
        name, path = source, None
        data, format, options = _fetch(source, format, options)
    else:
        data, name, path = _load(source) if name is None else _named(source, name)
    reader = registry.reader(format, path=path, data=data)
    opts = _options(reader.options_type, options)
    try:
        doc = reader.read(data, options=opts, source=name, report=on_diagnostic)
    except NewsconvError as err:
        err.at(name)
        raise
    if doc.metadata.source is None and not is_placeholder(name):
        doc = dataclasses.replace(doc, metadata=dataclasses.replace(doc.metadata, source=name))
    return doc


def is_placeholder(name: str) -> bool:
    """Whether ``name`` only labels messages ("<bytes>", "<stdin>", as Python names code
    with no file): it names no file or page, so it is no document's source."""
    return name.startswith("<") and name.endswith(">")


@overload
def write(
    doc: Document,
    target: None = None,
    *,
    to: str,
    options: WriteOptions | Mapping[str, object] | None = None,
    on_diagnostic: Reporter = log_diagnostic,
) -> bytes: ...


@overload
def write(
    doc: Document,
    target: str | os.PathLike[str],
    *,
    to: str | None = None,
    options: WriteOptions | Mapping[str, object] | None = None,
    on_diagnostic: Reporter = log_diagnostic,
) -> Path: ...


def write(
    doc: Document,
    target: str | os.PathLike[str] | None = None,
    *,
    to: str | None = None,
    options: WriteOptions | Mapping[str, object] | None = None,
    on_diagnostic: Reporter = log_diagnostic,
) -> bytes | Path:
    """Write ``doc`` to ``target`` (returning its path), or return the bytes when no target.

    The format is ``to`` when given, else taken from the target's suffix.
    """
    writer, opts = _writer(to, target, options, (doc,))
    with recursion_room(CALLS_PER_LEVEL * MAX_DEPTH):
        data = writer.write(doc, options=opts, report=on_diagnostic)
    return data if target is None else write_atomic(Path(target), data)


def compose(
    doc: Document,
    *,
    to: str,
    options: WriteOptions | Mapping[str, object] | None = None,
    on_diagnostic: Reporter = log_diagnostic,
) -> Job:
    """The first stage of a staged writer (PDF): ``doc`` made into a job whose ``run`` gives
    what :func:`write` would. :mod:`newsconv.forked` runs the job in another process."""
    writer, opts = _writer(to, None, options, (doc,))
    if not isinstance(writer, StagedWriter):
        raise FormatError(f"the {writer.name} writer does not work in stages")
    with recursion_room(CALLS_PER_LEVEL * MAX_DEPTH):
        return writer.compose(doc, options=opts, report=on_diagnostic)


def write_book(
    docs: Sequence[Document],
    target: str | os.PathLike[str] | None = None,
    *,
    to: str | None = None,
    book: BookInfo | None = None,
    options: WriteOptions | Mapping[str, object] | None = None,
    on_diagnostic: Reporter = log_diagnostic,
) -> bytes | Path:
    """Bind many articles into one book (EPUB or PDF): a chapter each, with a contents page."""
    writer, opts = _writer(to, target, options, docs)
    if not isinstance(writer, BookWriter):
        raise FormatError(
            f"the {writer.name} writer cannot make a book of many articles; use epub or pdf"
        )
    with recursion_room(CALLS_PER_LEVEL * MAX_DEPTH):
        data = writer.write_book(docs, book=book or BookInfo(), options=opts, report=on_diagnostic)
    return data if target is None else write_atomic(Path(target), data)


def convert(
    source: Source,
    target: str | os.PathLike[str],
    *,
    from_format: str | None = None,
    to: str | None = None,
    read_options: ReadOptions | Mapping[str, object] | None = None,
    write_options: WriteOptions | Mapping[str, object] | None = None,
    on_diagnostic: Reporter = log_diagnostic,
) -> Path:
    """Read ``source`` and write it to ``target`` in one call."""
    registry.writer(to, path=target)  # fail on an unknown format before reading anything
    doc = read(source, format=from_format, options=read_options, on_diagnostic=on_diagnostic)
    return write(doc, target, to=to, options=write_options, on_diagnostic=on_diagnostic)


def _load(source: Source) -> tuple[bytes, str, Path | None]:
    """The input's bytes, the name to show in messages, and its path when it is a file."""
    if isinstance(source, bytes):
        return source, "<bytes>", None
    name = os.fspath(source)
    path = Path(name)
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise UnreadableInput(f"larger than {MAX_INPUT_BYTES >> 20} MiB", where=name)
        return path.read_bytes(), name, path
    except FileNotFoundError as err:
        raise UnreadableInput("no such file", where=name) from err
    except IsADirectoryError as err:
        raise UnreadableInput("is a folder, not a file", where=name) from err
    except PermissionError as err:
        raise UnreadableInput("permission denied", where=name) from err
    except OSError as err:
        raise UnreadableInput(f"cannot read ({err.strerror})", where=name) from err


def _fetch(
    url: str, format: str | None, options: ReadOptions | Mapping[str, object] | None
) -> tuple[bytes, str | None, ReadOptions | Mapping[str, object]]:
    """The page at ``url``; the reader its media type calls for (unless ``format`` names
    one); and the options with the URL it ended at, when, and the charset its server
    declared (the caller's URL and time win)."""
    from newsconv.fetch import fetch_url  # only scripts that fetch pay for httpx

    page = fetch_url(url)
    if isinstance(options, ReadOptions):
        options = dataclasses.replace(
            options,
            url=options.url or page.url,
            captured=options.captured or page.captured,
            declared_encoding=page.charset,
        )
    else:
        given = {"url": page.url, "captured": page.captured, **(options or {})}
        options = {**given, "declared_encoding": page.charset}
    return page.data, format or page.format, options


def _named(source: Source, name: str) -> tuple[bytes, str, Path | None]:
    if not isinstance(source, bytes):
        raise OptionError("a name is only given to raw bytes")
    return source, name, Path(name)


def _writer(
    to: str | None,
    target: str | os.PathLike[str] | None,
    options: WriteOptions | Mapping[str, object] | None,
    docs: Sequence[Document],
) -> tuple[Writer, WriteOptions]:
    """The writer for ``to`` or ``target``, its options, once every doc proved writable."""
    writer = registry.writer(to, path=target)
    opts = _options(writer.options_type, options)
    for doc in docs:
        problem = too_deep(doc)
        if problem is not None:
            raise OutputError(problem, where=doc.metadata.source)
    return writer, opts


def _options(cls: type[OptionsT], given: object) -> OptionsT:
    if given is None:
        return cls()
    if isinstance(given, Mapping):
        return build_options(cls, given)
    if not isinstance(given, cls):
        raise OptionError(f"expected {cls.__name__}, got {type(given).__name__}")
    return given
