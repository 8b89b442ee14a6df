"""What a book of many articles holds, and in what order: shared by the EPUB and PDF writers.

A digest is often made from overlapping inputs (the same story saved twice, or as a page and
as a text copy), so an article seen before is left out. Chapters are then sorted (by date by
default, undated ones last in the order given), grouped for the table of contents (by day or
by site) and given ids that are stable for a given input, usable as file names and anchors.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from itertools import groupby
from operator import itemgetter
from urllib.parse import urlunsplit

from newsconv.diagnostics import Diagnostic, Reporter
from newsconv.language import direction_of
from newsconv.model import Direction, Document
from newsconv.options import BookInfo
from newsconv.tree import plain_text
from newsconv.urls import split

#: Group labels for chapters that lack what the grouping needs.
UNDATED = "Undated"
UNKNOWN_SITE = "Other sources"
#: The title of a book given none whose articles come from several sites.
DEFAULT_TITLE = "Articles"


@dataclass(frozen=True, slots=True)
class Chapter:
    """One article of a book: ``id`` is a short stable name (``ch01``), ``group`` its TOC group."""

    doc: Document
    id: str
    title: str
    group: str | None = None


@dataclass(frozen=True, slots=True)
class Book:
    info: BookInfo
    title: str
    chapters: tuple[Chapter, ...]
    lang: str | None
    dir: Direction

    def groups(self) -> Iterator[tuple[str | None, tuple[Chapter, ...]]]:
        """Runs of chapters that share a group label, in book order."""
        for label, run in groupby(self.chapters, key=lambda chapter: chapter.group):
            yield label, tuple(run)

    def title_language(self, chapter: Chapter) -> dict[str, str]:
        """``lang`` and ``dir`` for ``chapter``'s title in the book's lists, when its language
        or direction is not the book's: a reader then picks its glyphs (Japanese or Chinese
        forms of the same characters) and lays it out the right way."""
        meta = chapter.doc.metadata
        direction = meta.dir or direction_of(meta.lang)
        if (meta.lang is None or meta.lang == self.lang) and direction in (None, self.dir):
            return {}
        values = {"lang": meta.lang, "dir": direction}
        return {key: value for key, value in values.items() if value is not None}

    @property
    def date(self) -> datetime | None:
        """When the book is dated: the date it was given, else its newest article's, as
        the article gives it (a time with no zone stays without one, not taken as UTC)."""
        if self.info.date is not None:
            return datetime.combine(self.info.date, datetime.min.time(), timezone.utc)
        dated = [(when, c.doc.metadata) for c in self.chapters if (when := sort_date(c.doc))]
        if not dated:
            return None
        newest = max(dated, key=itemgetter(0))[1]
        return newest.published or newest.modified

    def date_span(self) -> str:
        """The days its articles cover, ``2021-05-01 – 2021-05-31``, or "" when undated."""
        days = sorted(when.date() for c in self.chapters if (when := sort_date(c.doc)))
        if not days:
            return ""
        first, last = days[0].isoformat(), days[-1].isoformat()
        return first if first == last else f"{first} – {last}"

    @property
    def identifier(self) -> str:
        """A URN that stays the same for the same articles in the same order."""
        names = "\n".join(article_key(chapter.doc) for chapter in self.chapters)
        return uuid.uuid5(uuid.NAMESPACE_URL, f"newsconv-book:{names}").urn


def plan_book(docs: Sequence[Document], info: BookInfo, report: Reporter) -> Book:
    """Drop repeated articles, order and group the rest, and name the chapters."""
    unique = list(_unique(docs, report))
    if info.sort == "date":
        unique.sort(key=_date_key)  # stable: undated and same-dated keep the input order
    labels = [_group_label(doc, info) for doc in unique]
    if info.group_by == "site":
        order = sorted(range(len(unique)), key=lambda i: (labels[i] or "").casefold())
        unique, labels = [unique[i] for i in order], [labels[i] for i in order]
    width = max(2, len(str(len(unique))))
    chapters = tuple(
        Chapter(doc, f"ch{number:0{width}d}", chapter_title(doc, number), label)
        for number, (doc, label) in enumerate(zip(unique, labels, strict=True), start=1)
    )
    lang = info.lang or _commonest(doc.metadata.lang for doc in unique)
    if info.lang:
        direction = direction_of(info.lang)
    else:
        direction = _commonest(
            doc.metadata.dir or direction_of(doc.metadata.lang) for doc in unique
        )
    title = info.title or _shared_site(unique) or DEFAULT_TITLE
    return Book(info, title, chapters, lang, "rtl" if direction == "rtl" else "ltr")


def _shared_site(docs: Sequence[Document]) -> str | None:
    """The site every one of ``docs`` names, if they all name the same one."""
    sites = {doc.metadata.site_name for doc in docs}
    return sites.pop() if len(sites) == 1 else None


def chapter_title(doc: Document, number: int) -> str:
    """The article's title, or a numbered stand-in when it has none."""
    return doc.metadata.title or f"Article {number}"


def article_key(doc: Document) -> str:
    """What makes two documents the same article: the canonical URL, else title and text."""
    url = canonical_url(doc.metadata.url)
    return url or content_key(doc)


def content_key(doc: Document) -> str:
    text = " ".join(plain_text(doc).split()).casefold()
    title = " ".join((doc.metadata.title or "").split()).casefold()
    digest = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
    return f"sha256:{digest}"


def canonical_url(url: str | None) -> str | None:
    """``url`` without fragment, default port noise or a trailing slash; lowercase host."""
    if not url:
        return None
    parts = split(url.strip())
    if parts is None or not parts.scheme or not parts.netloc:
        return None
    path = parts.path.rstrip("/") or "/"
    scheme = "https" if parts.scheme == "http" else parts.scheme
    return urlunsplit((scheme, parts.netloc.lower(), path, parts.query, ""))


def sort_date(doc: Document) -> datetime | None:
    """When the article appeared (or was last changed), comparable across time zones.

    A time at the very edge of the calendar (1 January of year 1 east of Greenwich, 31
    December 9999 west of it) has no UTC form and is taken as that edge.
    """
    when = doc.metadata.published or doc.metadata.modified
    if when is None:
        return None
    if when.tzinfo is None:
        return when.replace(tzinfo=timezone.utc)
    try:
        return when.astimezone(timezone.utc)
    except OverflowError:
        edge = datetime.min if when.year == datetime.min.year else datetime.max
        return edge.replace(tzinfo=timezone.utc)


def _unique(docs: Sequence[Document], report: Reporter) -> Iterator[Document]:
    """Each article once: a document whose URL or whose title and text were seen is skipped."""
    seen: set[str] = set()
    for doc in docs:
        keys = {content_key(doc)}
        url = canonical_url(doc.metadata.url)
        if url:
            keys.add(url)
        if keys & seen:
            where = doc.metadata.source or doc.metadata.url
            message = f"left out a repeat of {doc.metadata.title or 'an article'!r}"
            report(Diagnostic("info", "duplicate-article", message, where))
            continue
        seen |= keys
        yield doc


def _date_key(doc: Document) -> tuple[bool, datetime]:
    when = sort_date(doc)
    return (when is None, when or datetime.min.replace(tzinfo=timezone.utc))


def _group_label(doc: Document, info: BookInfo) -> str | None:
    match info.group_by:
        case "date":
            when = doc.metadata.published or doc.metadata.modified
            return when.date().isoformat() if when else UNDATED
        case "site":
            parts = split(doc.metadata.url or "")
            host = parts.hostname if parts is not None else None
            return doc.metadata.site_name or (host.removeprefix("www.") if host else UNKNOWN_SITE)
        case _:
            return None


def _commonest(values: Iterable[str | None]) -> str | None:
    """The value given most often (the first of those tied), ignoring ``None``."""
    counts = Counter(value for value in values if value)
    return counts.most_common(1)[0][0] if counts else None
