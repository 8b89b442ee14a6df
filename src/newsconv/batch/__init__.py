"""Batch conversion: whole folders and archives of articles, in parallel, losing nothing.

Sources (folders, zip, tar, WARC, JSON Lines, lists of paths or URLs) are read as streams;
a pool of processes converts the items; each item ends as an :class:`Outcome` (converted,
already done, or failed with its error), and a report can record every one of them.
"""

from newsconv.batch.api import BatchOptions as BatchOptions
from newsconv.batch.api import convert as convert
from newsconv.batch.api import count as count
from newsconv.batch.api import read as read
from newsconv.batch.api import write_book as write_book
from newsconv.batch.api import write_jsonl as write_jsonl
from newsconv.batch.items import Item as Item
from newsconv.batch.items import Unreadable as Unreadable
from newsconv.batch.limits import Limits as Limits
from newsconv.batch.report import Outcome as Outcome
from newsconv.batch.report import ReportWriter as ReportWriter
from newsconv.batch.report import Summary as Summary
from newsconv.batch.sources import entries as entries
from newsconv.inputs import kind_of as kind_of

__all__ = [
    "BatchOptions",
    "Item",
    "Limits",
    "Outcome",
    "ReportWriter",
    "Summary",
    "Unreadable",
    "convert",
    "count",
    "entries",
    "kind_of",
    "read",
    "write_book",
    "write_jsonl",
]
