"""Archives read as streams: zip, tar (plain or compressed) and WARC.

Each reader yields one entry per member, in archive order, holding at most one member's
bytes at a time. A hostile or broken member becomes an :class:`Unreadable` entry and the
rest goes on; only a broken archive as a whole (truncated, over the total caps) stops it,
and that too is an entry, never an exception.
"""

from __future__ import annotations

import lzma
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from newsconv.batch.items import Entry, Item, Unreadable, clean_name, unsafe_name, wanted
from newsconv.batch.limits import ArchiveLimitExceeded, Budget, CountingReader, Limits
from newsconv.batch.naming import url_name
from newsconv.errors import UnreadableInput

#: What a truncated or corrupt compressed stream raises from the standard library.
_STREAM_ERRORS = (tarfile.TarError, EOFError, zlib.error, lzma.LZMAError, OSError, ValueError)

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def zip_entries(path: Path, limits: Limits, glob: str | None) -> Iterator[Entry]:
    """The members of a zip archive; the central directory gives their sizes up front."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as err:
        yield Unreadable(str(path), f"not a readable zip archive ({err})")
        return
    budget = Budget(limits, where=str(path))
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            where = f"{path}!{info.filename}"
            problem = unsafe_name(info.filename) or _zip_link(info)
            if problem is not None:
                yield Unreadable(where, problem)
                continue
            name = clean_name(info.filename)
            if not wanted(name, glob):
                continue
            try:
                limits.check_item(info.file_size, where=where)
                limits.check_ratio(info.file_size, info.compress_size, where=where)
                with archive.open(info) as member:
                    data = budget.read(member, where=where, compressed=info.compress_size)
            except ArchiveLimitExceeded as err:
                yield Unreadable(str(path), err.message)
                return
            except UnreadableInput as err:
                yield Unreadable(where, err.message)
            except (zipfile.BadZipFile, RuntimeError, NotImplementedError, *_STREAM_ERRORS) as err:
                yield Unreadable(where, f"a corrupt or unsupported member ({err})")
            else:
                yield Item(source=where, name=name, data=data)


def zip_count(path: Path, glob: str | None) -> int:
    """How many members of the zip are articles or refusals (0 if it cannot be opened)."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        return 1  # the one entry that reports the broken archive
    return sum(
        1
        for info in infos
        if not info.is_dir()
        and (
            unsafe_name(info.filename) or _zip_link(info) or wanted(clean_name(info.filename), glob)
        )
    )


def _zip_link(info: zipfile.ZipInfo) -> str | None:
    mode = info.external_attr >> 16
    return "a symbolic link member (not followed)" if stat.S_ISLNK(mode) else None


def tar_entries(path: Path, limits: Limits, glob: str | None) -> Iterator[Entry]:
    """The members of a tar archive, read in one forward pass whatever its compression."""
    with path.open("rb") as raw:
        counted = CountingReader(raw)
        budget = Budget(limits, where=str(path), compressed=counted)
        seen = 0
        pending = 0  # bytes of a skipped member, charged once the stream has moved past it
        try:
            with tarfile.open(fileobj=counted, mode="r|*") as archive:  # type: ignore[call-overload]
                while (member := archive.next()) is not None:
                    budget.charge(pending)
                    pending = 0
                    seen += 1
                    entry = _tar_entry(archive, member, path, budget, glob)
                    if entry is None or isinstance(entry, Unreadable):
                        pending = member.size
                    if entry is not None:
                        yield entry
                budget.charge(pending)
        except ArchiveLimitExceeded as err:
            yield Unreadable(str(path), err.message)
        except _STREAM_ERRORS as err:
            yield Unreadable(str(path), f"truncated or corrupt after {seen} members ({err})")


def _tar_entry(
    archive: tarfile.TarFile, member: tarfile.TarInfo, path: Path, budget: Budget, glob: str | None
) -> Entry | None:
    where = f"{path}!{member.name}"
    problem = unsafe_name(member.name)
    if problem is None and (member.issym() or member.islnk()):
        problem = "a link member (not followed)"
    if problem is not None:
        return Unreadable(where, problem)
    name = clean_name(member.name)
    if not member.isfile() or not wanted(name, glob):
        return None
    try:
        budget.limits.check_item(member.size, where=where)
        stream = archive.extractfile(member)
        if stream is None:
            return None
        return Item(source=where, name=name, data=budget.read(stream, where=where))
    except ArchiveLimitExceeded:
        raise
    except UnreadableInput as err:
        return Unreadable(where, err.message)


def warc_entries(path: Path, limits: Limits) -> Iterator[Entry]:
    """The HTML responses of a WARC file (plain or gzipped), with their URL and capture date.

    Other records (requests, metadata, images, redirects) are not articles and are passed
    by. warcio ends quietly at a cut, so a record shorter than its Content-Length, or
    bytes after the last whole record, are reported here as truncation.
    """
    with path.open("rb") as raw:
        counted = CountingReader(raw)
        budget = Budget(limits, where=str(path), compressed=counted)
        records = ArchiveIterator(counted)
        seen = 0
        while True:
            try:
                record = next(records, None)
            except _WARC_ERRORS:
                yield Unreadable(str(path), f"truncated or corrupt after {seen} records")
                return
            if record is None:
                break
            seen += 1
            if not _is_html_response(record):
                continue
            try:
                yield _warc_entry(record, path, seen, budget)
            except ArchiveLimitExceeded as err:
                yield Unreadable(str(path), err.message)
                return
        offset, length = records.member_info or (0, 0)
        if counted.count - (offset + length) > _WARC_TRAILER:
            yield Unreadable(str(path), f"truncated after {seen} records")


#: What warcio raises on a broken file: a record cut inside its headers gives the
#: AttributeError (the URI it expected is None).
_WARC_ERRORS = (ArchiveLoadFailed, StatusAndHeadersParserException, AttributeError, *_STREAM_ERRORS)

#: The blank lines that end an uncompressed WARC record, outside its recorded length.
_WARC_TRAILER = 4


def _warc_entry(record: Any, path: Path, seen: int, budget: Budget) -> Entry:
    url = record.rec_headers.get_header("WARC-Target-URI") or f"{path}#{seen}"
    where = f"{path}!{url}"
    try:
        data = budget.read(record.content_stream(), where=where)
    except ArchiveLimitExceeded:
        raise
    except UnreadableInput as err:
        return Unreadable(where, err.message)
    except _STREAM_ERRORS as err:
        return Unreadable(where, f"a corrupt record ({err})")
    if getattr(record.raw_stream, "limit", 0) > 0:
        return Unreadable(where, "a truncated record (shorter than its Content-Length)")
    return Item(
        source=where,
        name=url_name(url),
        data=data,
        format="html",
        url=url,
        captured=_warc_date(record.rec_headers.get_header("WARC-Date")),
    )


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response":
        return False
    http = record.http_headers
    if http is None or http.get_statuscode() != "200":
        return False
    content_type = (http.get_header("Content-Type") or "").lower()
    return content_type.startswith(_HTML_TYPES)


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
