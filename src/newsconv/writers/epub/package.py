"""Packaging with ebooklib: the OPF metadata, manifest, spine and NCX around our documents.

ebooklib re-parses content documents with an HTML parser and emits whatever it finds, which is
where article HTML put in unchanged fails epubcheck. Here every content document is complete,
valid XHTML built by :mod:`.documents`, and :class:`Content` hands it to ebooklib untouched.
Text that ebooklib puts in XML itself (metadata, NCX labels) loses the characters XML forbids,
which lxml would refuse.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import ClassVar

from ebooklib import epub

from newsconv.encoding import xml_safe
from newsconv.model import Direction
from newsconv.resources import Resource, sniff_media_type
from newsconv.writers.epub.documents import NavEntry, page

#: Image types every EPUB 3 reading system must show (EPUB 3.3 core media types). SVG is
#: left out for article images: web SVGs often break the SVG rules that epubcheck applies.
CORE_IMAGES = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp"}


class Content(epub.EpubHtml):  # type: ignore[misc]
    """A content document whose bytes are written as given (ebooklib would re-parse them)."""

    def get_content(self, default: bytes | None = None) -> bytes:
        content: bytes = self.content
        return content


class Package:
    """An EPUB being assembled: content documents, images, metadata, then the zip."""

    #: Where the book's one stylesheet is stored, for every content document to link.
    CSS_PATH: ClassVar[str] = "styles/book.css"

    def __init__(
        self, *, identifier: str, title: str, lang: str, direction: Direction, css: str
    ) -> None:
        self.lang = lang
        self.direction = direction
        self.book = epub.EpubBook()
        self.book.set_identifier(identifier)
        self.book.set_title(xml_safe(title))
        self.book.set_language(lang)
        if direction == "rtl":
            self.book.set_direction("rtl")  # spine page-progression-direction
        self._images: dict[str, str] = {}
        self.add_file("css", self.CSS_PATH, "text/css", css.encode("utf-8"))

    # --- metadata ---------------------------------------------------------------------

    def dc(self, name: str, value: str | None) -> None:
        """A Dublin Core element (``creator``, ``publisher``, ``date``...) if it has a value."""
        value = xml_safe(value or "")
        if value:
            if name == "creator":
                number = len(self.book.metadata.get(epub.NAMESPACES["DC"], {}).get("creator", []))
                self.book.add_author(value, uid=f"creator{number + 1}")
            else:
                self.book.add_metadata("DC", name, value)

    def meta(self, prop: str, value: str) -> None:
        """An EPUB 3 ``<meta property>`` (schema.org accessibility, for instance)."""
        self.book.add_metadata(None, "meta", xml_safe(value), {"property": prop})

    # --- items ------------------------------------------------------------------------

    def add_page(
        self,
        uid: str,
        title: str,
        body: str,
        *,
        nav: bool = False,
        body_attrs: dict[str, str | None] | None = None,
    ) -> Content:
        """An XHTML content document ``{uid}.xhtml`` around ``body`` (well-formed markup)."""
        item = Content(
            uid=uid,
            file_name=f"{uid}.xhtml",
            media_type="application/xhtml+xml",
            title=xml_safe(title),
        )
        item.content = page(
            title,
            body,
            lang=self.lang,
            direction=self.direction,
            css=[self.CSS_PATH],
            body_attrs=body_attrs,
        )
        if nav:
            item.properties.append("nav")
        self.book.add_item(item)
        return item

    def add_file(self, uid: str, file_name: str, media_type: str, content: bytes) -> epub.EpubItem:
        item = epub.EpubItem(uid=uid, file_name=file_name, media_type=media_type, content=content)
        self.book.add_item(item)
        return item

    def add_image(self, resource: Resource) -> str | None:
        """Store an image once (by content) and return its path, ``None`` if no core type."""
        media_type = sniff_media_type(resource.data)
        if media_type not in CORE_IMAGES:
            return None
        digest = hashlib.sha256(resource.data).hexdigest()[:20]
        if digest not in self._images:
            name = f"images/{digest}.{CORE_IMAGES[media_type]}"
            self.add_file(f"img-{digest}", name, media_type, resource.data)
            self._images[digest] = name
        return self._images[digest]

    def set_cover(self, file_name: str) -> None:
        """Mark the image at ``file_name`` as the cover (EPUB 3 property and EPUB 2 meta)."""
        for item in self.book.get_items():
            if item.file_name == file_name:
                item.properties = ["cover-image"]
                self.book.add_metadata(None, "meta", "", {"name": "cover", "content": item.id})
                return

    # --- the whole ----------------------------------------------------------------------

    def finish(
        self, spine: Sequence[epub.EpubItem], toc: Sequence[NavEntry], modified: datetime
    ) -> bytes:
        """The EPUB file: spine in reading order, the NCX from ``toc``, ``dcterms:modified``."""
        self.book.spine = list(spine)
        self.book.toc = [_ncx_entry(entry, number) for number, entry in enumerate(toc)]
        self.book.add_item(epub.EpubNcx())
        out = io.BytesIO()
        options = {
            "mtime": modified.astimezone(timezone.utc),
            "epub2_guide": False,
            "epub3_landmark": False,
            "epub3_pages": False,
            "raise_exceptions": True,
        }
        epub.write_epub(out, self.book, options)
        return out.getvalue()


def _ncx_entry(entry: NavEntry, number: int) -> epub.Link | tuple[epub.Section, list[epub.Link]]:
    if entry.href is not None:
        return epub.Link(entry.href, xml_safe(entry.title), f"nav{number}")
    links = [
        epub.Link(child.href, xml_safe(child.title), f"nav{number}-{n}")
        for n, child in enumerate(entry.children)
        if child.href
    ]
    return epub.Section(xml_safe(entry.title)), links
