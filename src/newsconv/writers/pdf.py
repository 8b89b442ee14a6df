"""PDF: the HTML writer's article, the print stylesheet, and WeasyPrint (pandoc's makePDF idea).

WeasyPrint takes the title, authors, description, keywords, dates and language from the
page's ``<head>``, bookmarks from ``h1``-``h6``, and embeds subset fonts. The writer works in
two stages: :meth:`PdfWriter.compose` makes the page from the model, and the
:class:`~newsconv.writers.typeset.PdfJob` it returns lays the page out, in a process of its
own when :mod:`newsconv.forked` can give it one.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib.resources import files
from pathlib import Path
from string import Template
from typing import ClassVar

from lxml import etree

from newsconv.diagnostics import Reporter
from newsconv.errors import OptionError
from newsconv.language import direction_of
from newsconv.model import Document
from newsconv.options import BookInfo, WriteOptions
from newsconv.resources import Resource, ResourcePolicy, policy_for
from newsconv.writers.book import Book, plan_book
from newsconv.writers.html import HtmlOptions, builtin_css, stylesheet
from newsconv.writers.html.head import head_tags
from newsconv.writers.html.markup import attrs, element, machine_date, text
from newsconv.writers.html.page import Style, contents
from newsconv.writers.paged import article_tree, embed_images
from newsconv.writers.typeset import PdfJob, PdfVariant

#: Page sizes by option value: CSS ``size`` and default margins (top, sides, bottom).
#: "ereader" is the text area of a 6-inch e-ink screen (about 90 x 122 mm).
PAGE_SIZES: dict[str, tuple[str, str, float]] = {
    "a4": ("A4", "22mm 20mm 24mm", 10.5),
    "letter": ("letter", "0.85in 0.8in 0.95in", 10.5),
    "a5": ("A5", "15mm 14mm 17mm", 9.5),
    "ereader": ("90mm 122mm", "9mm 5mm 8mm", 8.5),
}

#: The stylesheets of each built-in style, over the page setup the options make.
STYLES: dict[Style, tuple[str, ...]] = {
    "default": ("base", "print"),
    "sans": ("base", "print", "sans"),
    "none": (),
}

_LENGTHS = re.compile(r"^(\d+(\.\d+)?(mm|cm|in|pt|pc|px)\s*){1,4}$")

#: The HTML writer's page shell (``html_attrs``, ``title``, ``head``, ``body``).
_SHELL = Template(files("newsconv.writers").joinpath("templates/page.html").read_text())


@dataclass(frozen=True, slots=True)
class PdfOptions(WriteOptions):
    """How the PDF is laid out.

    ``page_size`` is A4, Letter, A5 or ereader; ``margins`` and ``font_size`` (points)
    default to what suits that size. ``css`` is the user's stylesheet, applied last.
    Images next to the input (or under ``resource_root``) and ``data:`` URIs are embedded;
    remote ones only with ``allow_remote``. ``link_notes`` prints each web link's address
    as a footnote. ``pdf_variant`` asks WeasyPrint for PDF/A-3b or tagged PDF/UA-1.
    """

    page_size: str = "A4"
    margins: str | None = None
    font_size: float | None = None
    css: Path | None = None
    style: Style = "default"
    allow_remote: bool = False
    resource_root: Path | None = None
    pdf_variant: PdfVariant | None = None
    link_notes: bool = True

    def __post_init__(self) -> None:
        if self.page_size.lower() not in PAGE_SIZES:
            raise OptionError(
                f"page size must be A4, Letter, A5 or ereader, not {self.page_size!r}"
            )
        if self.margins is not None and not _LENGTHS.match(self.margins.strip()):
            raise OptionError(f"margins must be 1 to 4 CSS lengths like 20mm, not {self.margins!r}")
        if self.font_size is not None and not 4 <= self.font_size <= 72:
            raise OptionError(f"font size must be between 4 and 72 points, not {self.font_size}")
        if self.style not in STYLES:
            raise OptionError(f"style must be one of {', '.join(STYLES)}, not {self.style!r}")

    def page_css(self) -> str:
        """The ``@page`` box and base font size these options ask for."""
        size, margins, font_size = PAGE_SIZES[self.page_size.lower()]
        margins = self.margins or margins
        points = self.font_size or font_size
        return f"@page {{ size: {size}; margin: {margins}; }}\nhtml {{ font-size: {points}pt; }}\n"


class PdfWriter:
    """A typeset PDF of one article, or a book of many with a contents page."""

    name: ClassVar[str] = "pdf"
    media_type: ClassVar[str] = "application/pdf"
    suffix: ClassVar[str] = ".pdf"
    options_type: ClassVar[type[WriteOptions]] = PdfOptions

    def write(self, doc: Document, *, options: WriteOptions, report: Reporter) -> bytes:
        return self.compose(doc, options=options, report=report).run(report)

    def compose(self, doc: Document, *, options: WriteOptions, report: Reporter) -> PdfJob:
        """``doc``'s page, ready for WeasyPrint."""
        assert isinstance(options, PdfOptions)
        meta = doc.metadata
        images = ImageStore()
        article = self.article(doc, options, images, report)
        page = _SHELL.substitute(
            html_attrs=attrs({"lang": meta.lang, "dir": meta.dir or direction_of(meta.lang)}),
            title=text(meta.title or meta.site_name or "Article"),
            head=head_tags(meta) + "\n" + _date_tags(meta.published, meta.modified),
            body=element("main", f"\n{article}\n"),
        )
        return _job(page, images, options)

    def write_book(
        self,
        docs: Sequence[Document],
        *,
        book: BookInfo,
        options: WriteOptions,
        report: Reporter,
    ) -> bytes:
        assert isinstance(options, PdfOptions)
        plan = plan_book(docs, book, report)
        images = ImageStore()
        articles = "\n".join(
            self.article(chapter.doc, options, images, report, id_prefix=f"{chapter.id}-")
            for chapter in plan.chapters
        )
        author = f'<meta name="author" content="{text(book.author)}">\n' if book.author else ""
        page = _SHELL.substitute(
            html_attrs=attrs({"lang": plan.lang, "dir": plan.dir}),
            title=text(plan.title),
            head=author + _date_tags(plan.date or datetime.now(timezone.utc), None),
            body="\n".join([_title_page(plan), contents(plan), element("main", articles)]),
        )
        return _job(page, images, options).run(report)

    def article(
        self,
        doc: Document,
        options: PdfOptions,
        images: ImageStore,
        report: Reporter,
        id_prefix: str = "",
    ) -> str:
        """``doc``'s ``<article>`` as HTML, its images in ``images``, its links annotated."""
        tree = article_tree(doc, report=report, id_prefix=id_prefix)
        policy = policy_for(
            doc, allow_remote=options.allow_remote, resource_root=options.resource_root
        )
        embed_images(tree, doc, policy=policy, store=images.add, report=report)
        mark_addresses(tree)
        if options.link_notes:
            add_link_notes(tree)
        return etree.tostring(tree, method="html", encoding="unicode")


class ImageStore:
    """The images of a PDF, each stored once and named ``newsconv-image:N`` in the page."""

    PREFIX: ClassVar[str] = "newsconv-image:"

    def __init__(self) -> None:
        self.resources: dict[str, Resource] = {}
        self._names: dict[str, str] = {}

    def add(self, resource: Resource) -> str:
        digest = hashlib.sha256(resource.data).hexdigest()
        name = self._names.setdefault(digest, f"{self.PREFIX}{len(self._names)}")
        self.resources[name] = resource
        return name


def _job(page: str, images: ImageStore, options: PdfOptions) -> PdfJob:
    """``page`` with the stylesheets ``options`` ask for; WeasyPrint may load only
    ``images`` and what the policy for the user's stylesheet allows."""
    css = stylesheet(
        HtmlOptions(style="none", css=options.css),
        options.page_css() + builtin_css(*STYLES[options.style]),
    )
    policy = ResourcePolicy(root=options.resource_root, allow_remote=options.allow_remote)
    return PdfJob(page, css, images.resources, policy, options.pdf_variant)


def mark_addresses(tree: etree._Element) -> None:
    """Give each web link that shows its own address the class ``url``: the style lets it
    break anywhere and never hyphenates it (a hyphen would change the address)."""
    for link in tree.iter("a"):
        href = link.get("href", "")
        if not href.startswith(("http://", "https://")):
            continue
        if "".join(map(str, link.itertext())).strip() in (href, href.split("://", 1)[1]):
            link.set("class", " ".join(filter(None, (link.get("class"), "url"))))


def add_link_notes(tree: etree._Element) -> None:
    """Follow each web link whose text is not its address with that address as a footnote
    (links marked by :func:`mark_addresses` show it already)."""
    for link in list(tree.iter("a")):
        href = link.get("href", "")
        if not href.startswith(("http://", "https://")) or link.get("rel") == "author":
            continue
        if "url" in link.get("class", "").split():
            continue
        note = etree.Element("span", {"class": "link-note"})
        note.text = href
        note.tail, link.tail = link.tail, None
        link.addnext(note)


def _title_page(book: Book) -> str:
    lines = [book.info.author, book.date_span()]
    parts = [element("h1", text(book.title))]
    parts += [element("p", text(line)) for line in lines if line]
    return element("section", "\n".join(parts), {"class": "title-page"})


def _date_tags(created: datetime | None, modified: datetime | None) -> str:
    """Dublin Core date ``<meta>`` tags, which WeasyPrint writes as the PDF's dates."""
    tags = [
        f'<meta name="dcterms.{name}" content="{machine_date(when)}">'
        for name, when in (("created", created), ("modified", modified))
        if when is not None
    ]
    return "\n".join(tags)
