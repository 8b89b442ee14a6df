"""Convert one item, in whatever process runs it: never raises, always returns an outcome.

Everything here is a top-level function of picklable arguments, so it runs the same in
the parent (``--jobs 1``) and in spawned worker processes.
"""

from __future__ import annotations

import dataclasses
import json
import time
import traceback
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from dateutil import parser as dateparser

from newsconv import api
from newsconv.batch.items import Item
from newsconv.batch.naming import inside
from newsconv.batch.report import Outcome
from newsconv.diagnostics import Collector
from newsconv.errors import NewsconvError, OutputError
from newsconv.model import Document, Metadata, Person, merged
from newsconv.output import write_atomic

Mode = Literal["files", "jsonl", "documents"]
Pairs = tuple[tuple[str, object], ...]


@dataclass(frozen=True, slots=True)
class Task:
    """What to do with every item; small, since it travels with each item to its worker.

    ``files`` writes each article under ``root``; ``jsonl`` returns one compact JSON line
    per article; ``documents`` returns the documents themselves (for a book).
    """

    mode: Mode
    to: str = "md"
    root: Path | None = None
    from_format: str | None = None
    read_options: Pairs = ()
    write_options: Pairs = ()


def convert_item(task: Task, index: int, item: Item, target: Path | None) -> Outcome:
    """Read ``item`` and write it as ``task`` says; every failure becomes a failed outcome."""
    started = time.perf_counter()
    notes = Collector(levels=["warning"])
    base = Outcome(
        index=index,
        source=item.source,
        status="failed",
        url=item.url,
        captured=item.captured.isoformat() if item.captured else None,
    )
    try:
        doc = _read(task, item, notes)
        outcome = _deliver(task, doc, target, notes, base)
    except NewsconvError as err:  # the report names the item already: keep other places only
        outcome = dataclasses.replace(
            base, error=err.message if err.where == item.source else str(err)
        )
    except Exception as err:  # a bug in a reader or writer must not stop the batch
        outcome = dataclasses.replace(
            base,
            error=f"internal error, please report it: {type(err).__name__}: {err}",
            detail=traceback.format_exc(),
        )
    warnings = tuple(map(str, notes.items))
    return dataclasses.replace(outcome, warnings=warnings, seconds=time.perf_counter() - started)


def _read(task: Task, item: Item, notes: Collector) -> Document:
    options = dict(task.read_options)
    if item.url is not None:
        options.setdefault("url", item.url)
    if item.captured is not None:  # an archive's capture date anchors "yesterday"
        options.setdefault("captured", item.captured)
    source: bytes | str = item.data if item.data is not None else item.location or item.source
    doc = api.read(
        source,
        format=item.format or task.from_format,
        options=options,
        on_diagnostic=notes,
        name=item.source if item.data is not None else None,
    )
    return dataclasses.replace(doc, metadata=with_hints(doc.metadata, item))


def _deliver(
    task: Task, doc: Document, target: Path | None, notes: Collector, base: Outcome
) -> Outcome:
    done = dataclasses.replace(base, status="ok", title=doc.metadata.title)
    if task.mode == "documents":
        return dataclasses.replace(done, document=doc)
    data = api.write(doc, to=task.to, options=dict(task.write_options), on_diagnostic=notes)
    if task.mode == "jsonl":
        line = json.dumps(json.loads(data), ensure_ascii=False, separators=(",", ":"))
        return dataclasses.replace(done, data=line.encode("utf-8") + b"\n")
    if target is None or task.root is None:
        raise OutputError("no output file planned for this item", where=base.source)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not inside(task.root, target.parent):
        raise OutputError("the output folder leads outside the output root", where=str(target))
    write_atomic(target, data)
    return dataclasses.replace(done, output=str(target))


def with_hints(meta: Metadata, item: Item) -> Metadata:
    """Fill what the reader left empty from the source's own metadata (JSON Lines, WARC,
    feeds)."""
    return merged(meta, _hinted(item), other_wins=False)


def _hinted(item: Item) -> Metadata:
    """The item's hints (field name and text pairs) and capture time as metadata; the first
    hint of a one-value field counts, every hint of a list field."""
    given: dict[str, object] = {}
    for key, value in item.hints:
        if key == "authors":
            given[key] = (*given.get(key, ()), Person(value))  # type: ignore[misc]
        elif key == "tags":
            given[key] = (*given.get(key, ()), value)  # type: ignore[misc]
        elif key in ("published", "modified"):
            given.setdefault(key, _date(value))
        else:
            given.setdefault(key, value)
    if item.captured is not None:
        given["extra"] = (("captured", item.captured.isoformat()),)
    return Metadata(**given)  # type: ignore[arg-type]


def _date(value: str) -> datetime | None:
    try:
        return dateparser.isoparse(value)
    except ValueError:
        try:
            return dateparser.parse(value)
        except (ValueError, OverflowError):
            return None
