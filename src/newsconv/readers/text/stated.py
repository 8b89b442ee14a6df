"""Metadata a text dump states at its head, as the tools that make such dumps write it.

- **YAML front matter** between ``---`` lines: trafilatura's text output with its metadata,
  a Hugo or pandoc source saved as text. Read as the Markdown reader reads it.
- **A web archive's banner**: a page the Wayback Machine replays opens, copied, with
  "The Wayback Machine - " and the archive's address, which names the page's own address
  and the time it was saved (:func:`newsconv.urls.archived`).
- **Labelled lines**: reader services put the page's ``Title:``, ``URL Source:`` and
  ``Published Time:`` on lines of their own before the content (Jina Reader closes them
  with ``Markdown Content:``). A run of such lines opening the text is taken for this only
  when at least :data:`MIN_LABELS` of its labels name metadata, one of them the title or
  the address: a page copied as text opens with its masthead, not with labels.

What is stated wins over what the page's lines suggest, since a tool wrote it from the
page's own markup, with one exception: a stated title that only decorates the headline
found in the text (a ``<title>`` with the site's name after it) gives way to the headline.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

from newsconv.dates import parse_date
from newsconv.diagnostics import Diagnostic, Reporter
from newsconv.fieldnames import field_name
from newsconv.model import Metadata, Text, merged
from newsconv.readers.markdown.frontmatter import metadata_from, split_front_matter
from newsconv.urls import archived

__all__ = ["stated_head", "stated_over"]

#: The fields a reader service's labelled lines may state, by the model's names (the
#: labels are other tools' names for them: :mod:`newsconv.fieldnames`).
HEAD_FIELDS = frozenset(
    {"title", "url", "published", "modified", "authors", "site_name", "description", "lang"}
)
#: Labels of the content that follows them, with no value of their own.
CONTENT_LABELS = frozenset({"markdown content", "content", "text", "body"})
#: Metadata labels a head holds at least.
MIN_LABELS = 2
#: Lines a head of labels runs to at most, and characters: a dozen fields, not a page.
MAX_HEAD_LINES = 40
MAX_HEAD_CHARS = 10_000
#: A line that is a web archive's address, maybe after its name and a dash.
_BANNER = re.compile(r"(?:[^:]{1,40}\s[-–—]\s)?(https?://\S+)")
_BANNER_MAX_CHARS = 2000
_LABELLED = re.compile(r"([A-Za-z][A-Za-z ]{0,24}):[ \t]*(.*)")


def stated_head(text: str) -> tuple[Mapping[str, Any], str] | None:
    """The metadata ``text`` states at its head, as front matter keys, and the text after
    the head; ``None`` when it states none."""
    return split_front_matter(text) or _archive_banner(text) or _labelled_head(text)


def _archive_banner(text: str) -> tuple[Mapping[str, Any], str] | None:
    head = text[:_BANNER_MAX_CHARS]
    opening = head.lstrip()
    first = opening.partition("\n")[0]
    banner = _BANNER.fullmatch(first.strip())
    archive = archived(banner[1]) if banner else None
    if archive is None:
        return None
    extra = {"archived_at": archive.address, "captured": archive.captured.isoformat()}
    return {"url": archive.original, "extra": extra}, text[len(head) - len(opening) + len(first) :]


def _labelled_head(text: str) -> tuple[Mapping[str, Any], str] | None:
    head = text[:MAX_HEAD_CHARS]
    if len(head) < len(text):  # its last line may go on
        head = head[: head.rfind("\n") + 1]
    stated: dict[str, Any] = {}
    end = 0
    for line in itertools.islice(_lines(head), MAX_HEAD_LINES):
        if not line.strip():
            end += len(line)
            continue
        labelled = _LABELLED.fullmatch(line.strip())
        label = labelled[1].strip().lower() if labelled else ""
        if labelled and label in CONTENT_LABELS and not labelled[2]:
            end += len(line)
            break
        key = field_name(label)
        if not labelled or key not in HEAD_FIELDS or not labelled[2] or key in stated:
            break
        value = labelled[2].strip()
        # a date as a page prints it ("May 20, 2021 6:50 AM") as well as in ISO 8601
        stated[key] = parse_date(value) or value if key in ("published", "modified") else value
        end += len(line)
    if len(stated) < MIN_LABELS or not stated.keys() & {"title", "url"}:
        return None
    return stated, text[end:]


def _lines(text: str) -> Iterator[str]:
    """``text``'s lines with their ends, one at a time: a page's first line settles most
    heads, so the rest is never split."""
    start = 0
    while start < len(text):
        end = text.find("\n", start) + 1 or len(text)
        yield text[start:end]
        start = end


def stated_over(
    found: Metadata, stated_head: Mapping[str, Any], report: Reporter, source: str | None
) -> Metadata:
    """What the head states over what the page's lines suggested (see the module)."""

    def note(message: str) -> None:
        report(Diagnostic("info", "bad-metadata", message, source))

    stated = metadata_from(
        stated_head, inlines=lambda text: (Text(text),) if text else (), note=note
    )
    if found.title and stated.title and _decorates(stated.title, found.title):
        stated = replace(stated, title=None)
    return merged(found, stated, other_wins=True)


def _decorates(stated: str, headline: str) -> bool:
    """Whether ``stated`` is ``headline`` with more around it ("Headline - Site")."""
    return len(stated) > len(headline) and headline.casefold() in stated.casefold()
