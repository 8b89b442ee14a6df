"""Turn batch inputs into a stream of entries: folders, archives, JSON Lines, lists, files.

Which kind an input is: :func:`newsconv.inputs.kind_of`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from newsconv.batch.archives import tar_entries, warc_entries, zip_count, zip_entries
from newsconv.batch.feeds import feed_entries
from newsconv.batch.items import Entry, Item, Unreadable, wanted
from newsconv.batch.limits import Limits
from newsconv.batch.naming import slug, url_name
from newsconv.errors import UnreadableInput
from newsconv.fieldnames import field_name
from newsconv.inputs import kind_of

#: Where a JSON Lines record holds its page, and which reader reads it: newsconv's names,
#: then other tools' (news-please's ``maintext``, a crawler's ``raw_html``).
CONTENT_FIELDS = (("html", "html"), ("text", "text"), ("raw_html", "html"), ("maintext", "text"))
#: JSON Lines fields that carry metadata rather than the article itself, by the model's
#: names (other tools' spellings are read too: :mod:`newsconv.fieldnames`).
HINT_FIELDS = (
    "title",
    "subtitle",
    "authors",
    "published",
    "modified",
    "site_name",
    "lang",
    "description",
    "tags",
)


def entries(
    inputs: Sequence[str],
    *,
    limits: Limits,
    glob: str | None = None,
    as_list: bool = False,
    exclude: Path | None = None,
) -> Iterator[Entry]:
    """Every entry of every input, in order, streamed; ``exclude`` is a folder to pass by."""
    for name in inputs:
        path = Path(name)
        match kind_of(name, as_list=as_list):
            case "folder":
                yield from folder_entries(path, limits, glob, exclude)
            case "zip":
                yield from zip_entries(path, limits, glob)
            case "tar":
                yield from tar_entries(path, limits, glob)
            case "warc":
                yield from warc_entries(path, limits)
            case "jsonl":
                yield from jsonl_entries(path, limits)
            case "feed":
                yield from feed_entries(path, limits)
            case "list":
                yield from list_entries(path, limits)
            case "file":
                yield file_entry(name, path.name, limits)


def count(
    inputs: Sequence[str],
    *,
    glob: str | None = None,
    as_list: bool = False,
    exclude: Path | None = None,
) -> int | None:
    """How many entries the inputs hold when that is cheap to know, else None (progress).

    Folders are walked and zip directories listed; JSON Lines and lists count their
    lines (blank ones too, so the total may run a little high); tar and WARC have no
    index, so their total is unknown.
    """
    total = 0
    for name in inputs:
        match kind_of(name, as_list=as_list):
            case "folder":
                total += sum(1 for _ in _walk(Path(name), glob, exclude))
            case "zip":
                total += zip_count(Path(name), glob)
            case "list" | "jsonl":
                total += _line_count(Path(name))
            case "file":
                total += 1
            case _:
                return None
    return total


def _line_count(path: Path) -> int:
    """Lines in ``path``, read in bounded chunks (one huge line must not fill memory)."""
    lines = 0
    last = b"\n"
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
    return lines + (last != b"\n")


def folder_entries(
    root: Path, limits: Limits, glob: str | None, exclude: Path | None
) -> Iterator[Entry]:
    """The article files under ``root``, sorted, recursively; links are not followed."""
    for path, name in _walk(root, glob, exclude):
        if path.is_symlink():
            yield Unreadable(str(path), "a symbolic link (not followed)")
        else:
            yield file_entry(str(path), name, limits)


def _walk(root: Path, glob: str | None, exclude: Path | None) -> Iterator[tuple[Path, str]]:
    skip = exclude.resolve() if exclude is not None else None
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if skip is None or (here / d).resolve() != skip)
        for file in sorted(files):
            name = (here / file).relative_to(root).as_posix()
            if wanted(name, glob):
                yield here / file, name


def file_entry(location: str, name: str, limits: Limits) -> Entry:
    """A file the worker will read itself, once its size is known to be within the cap."""
    try:
        size = Path(location).stat().st_size
    except OSError as err:
        return Unreadable(location, f"cannot read ({err.strerror})")
    try:
        limits.check_item(size, where=location)
    except UnreadableInput as err:
        return Unreadable(location, err.message)
    return Item(source=location, name=name, location=location)


def list_entries(path: Path, limits: Limits) -> Iterator[Entry]:
    """One entry per line of a list file: a URL, or a path relative to the list's folder.

    Blank lines and lines starting with ``#`` are passed by.
    """
    base = path.parent
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith(("http://", "https://")):
                yield Item(source=line, name=url_name(line), location=line, url=line)
                continue
            target = base / line
            resolved = target.resolve()
            inner = resolved.is_relative_to(base.resolve())
            name = resolved.relative_to(base.resolve()).as_posix() if inner else target.name
            yield file_entry(str(target), name, limits)


def jsonl_entries(path: Path, limits: Limits) -> Iterator[Entry]:
    """One article per line: ``html`` or ``text``, with optional ``url`` and metadata fields."""
    with path.open("rb") as handle:
        for number, line in enumerate(_lines(handle, limits.max_item_bytes), 1):
            where = f"{path}:{number}"
            if line is None:
                yield Unreadable(where, f"a line longer than {limits.max_item_bytes} bytes")
            elif line.strip():
                yield _jsonl_entry(line, where, f"{path.stem}-{number}")


def _jsonl_entry(line: bytes, where: str, fallback: str) -> Entry:
    try:
        record = json.loads(line)
    except ValueError as err:
        return Unreadable(where, f"not a JSON object ({err})")
    if not isinstance(record, dict):
        return Unreadable(where, "not a JSON object")
    content = next(((fmt, record[key]) for key, fmt in CONTENT_FIELDS if key in record), None)
    if content is None or not isinstance(content[1], str):
        return Unreadable(where, "no 'html' or 'text' string field (nor 'raw_html' or 'maintext')")
    url = record.get("url") if isinstance(record.get("url"), str) else None
    return Item(
        source=where,
        name=_jsonl_name(record, url, fallback),
        data=content[1].encode("utf-8"),
        format=content[0],
        url=url,
        hints=tuple(_hints(record)),
    )


def _jsonl_name(record: dict[str, object], url: str | None, fallback: str) -> str:
    """The line's URL path, else its ``id``, else a slug of its ``title``, else its number."""
    if url:
        return url_name(url)
    for key, make in (("id", str), ("title", slug)):
        value = record.get(key)
        if isinstance(value, str | int) and (name := make(str(value))):
            return name
    return fallback


def _hints(record: dict[str, object]) -> Iterator[tuple[str, str]]:
    """The record's metadata, the first field of each meaning; a string of names parted by
    semicolons (trafilatura's ``author``) or of tags by commas is a list."""
    named = set()
    for key, value in record.items():
        name = field_name(key)
        if name not in HINT_FIELDS or name in named:
            continue
        named.add(name)
        values = value if isinstance(value, list) else [value]
        if isinstance(value, str) and name in _PARTED:
            values = value.split(_PARTED[name])
        for item in values:
            if isinstance(item, str | int | float) and (text := str(item).strip()):
                yield name, text


_PARTED = {"authors": ";", "tags": ","}


def _lines(handle: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of ``handle``, each read with a bound; None stands for an over-long line."""
    while line := handle.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while (rest := handle.readline(limit)) and not rest.endswith(b"\n"):
            pass  # drain the over-long line in bounded pieces
        yield None
