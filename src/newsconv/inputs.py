"""What a name on the command line is: one article file, or the start of a batch.

Which kind an input is follows one rule, by name: a folder; ``.zip``; ``.tar`` and its
compressed forms (``.tar.gz``, ``.tgz``, ``.tar.bz2``, ``.tar.xz``...); ``.warc`` and
``.warc.gz``; ``.jsonl`` / ``.ndjson``; an RSS or Atom feed (``.rss``, ``.atom``, or an
``.xml`` file whose opening holds a feed's root element); with ``as_list``, a text file
naming one path or URL per line. Anything else, a web address above all (``…/feed.rss``
is fetched as one page), is a single article file. It lives outside
:mod:`newsconv.batch` so that converting one file never imports the batch machinery.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

__all__ = ["Kind", "is_batch", "kind_of"]

Kind = Literal["folder", "zip", "tar", "warc", "jsonl", "feed", "list", "file"]

_SUFFIXES: tuple[tuple[str, Kind], ...] = (
    (".zip", "zip"),
    (".tar", "tar"),
    (".tar.gz", "tar"),
    (".tgz", "tar"),
    (".tar.bz2", "tar"),
    (".tbz2", "tar"),
    (".tar.xz", "tar"),
    (".txz", "tar"),
    (".warc", "warc"),
    (".warc.gz", "warc"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".rss", "feed"),
    (".atom", "feed"),
)
#: How much of an ``.xml`` file is read to tell a feed from another XML document.
FEED_SNIFF_BYTES = 2048
#: A feed's root element: RSS 2.0's, Atom's, or RSS 1.0's (RDF).
_FEED_ROOT = re.compile(rb"<(?:rss|feed|(?:rdf:)?RDF)[\s>]")


def kind_of(name: str, *, as_list: bool = False) -> Kind:
    """The kind of input ``name`` is, by the rule in the module docstring."""
    if as_list:
        return "list"
    if name.startswith(("http://", "https://")):  # fetched and read as one page
        return "file"
    if Path(name).is_dir():
        return "folder"
    lowered = name.lower()
    for suffix, kind in _SUFFIXES:
        if lowered.endswith(suffix):
            return kind
    return "feed" if lowered.endswith(".xml") and _holds_feed(name) else "file"


def _holds_feed(name: str) -> bool:
    try:
        with Path(name).open("rb") as file:
            return _FEED_ROOT.search(file.read(FEED_SNIFF_BYTES)) is not None
    except OSError:  # the reader will say what is wrong with it
        return False


def is_batch(inputs: Sequence[str], *, as_list: bool = False) -> bool:
    """A folder, an archive, a list, or several inputs make a batch; one file does not."""
    return as_list or len(inputs) > 1 or any(kind_of(name) != "file" for name in inputs)
