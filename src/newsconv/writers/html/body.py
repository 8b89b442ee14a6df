"""One article as an ``<article>`` element: its header from the metadata, then the body.

:class:`ArticleRenderer` has one ``render_block`` and one ``render_inline`` method, each a
``match`` over the closed unions of the model, so a type checker flags a missing case when
the model grows. Subclass it and override one case to customise the output (call ``super()``
for the rest). :func:`render_article` is the entry point the page, PDF and EPUB writers use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from newsconv.diagnostics import Diagnostic, Level, Reporter
from newsconv.language import direction_of, text_direction
from newsconv.model import (
    Block,
    Cell,
    Code,
    CodeBlock,
    Document,
    Emphasis,
    Figure,
    Heading,
    Inline,
    InlineImage,
    LineBreak,
    Link,
    ListBlock,
    Paragraph,
    Person,
    Quote,
    Rule,
    Strikeout,
    Strong,
    Subscript,
    Superscript,
    Table,
    Text,
)
from newsconv.tree import assert_never, inline_text, walk_blocks
from newsconv.writers.html.markup import (
    Attrs,
    IdMaker,
    clean_url,
    element,
    machine_date,
    safe_href,
    safe_src,
    scheme_of,
    text,
    void,
)
from newsconv.writers.text import display_date, join_names, lead_figure, shown_dates

#: Maps an image address to the one to write, such as a ``data:`` URI of its bytes.
Embedder = Callable[[str], str]

#: Ids the header takes, so that no heading of the body can claim them.
TITLE_ID = "title"
_RESERVED = (TITLE_ID, "article")

_INLINE_TAGS: dict[type[Inline], str] = {
    Emphasis: "em",
    Strong: "strong",
    Strikeout: "s",
    Superscript: "sup",
    Subscript: "sub",
}


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    """A heading of the body as a table of contents needs it: HTML level, text and id."""

    level: int
    text: str
    id: str


def heading_level(level: int, heading_offset: int = 0) -> int:
    """The ``h1``-``h6`` rank of a body heading: the title is ``h1``, so body levels start at 2."""
    return min(6, max(1, level) + 1 + heading_offset)


def outline(doc: Document, *, heading_offset: int = 0, id_prefix: str = "") -> list[OutlineEntry]:
    """The body's headings with the ids :func:`render_article` gives them (same arguments)."""
    return [
        OutlineEntry(heading_level(block.level, heading_offset), inline_text(block.children), made)
        for block, made in _heading_ids(doc, id_prefix)
    ]


def _heading_ids(doc: Document, id_prefix: str) -> list[tuple[Heading, str]]:
    """Each heading of the body, in order, with the id it is written with: made from the
    page's own anchor or its text, unique in the article."""
    ids = IdMaker(id_prefix, _RESERVED)
    return [
        (block, ids.make(block.id or inline_text(block.children)))
        for block in walk_blocks(doc.blocks)
        if isinstance(block, Heading)
    ]


def render_article(
    doc: Document,
    *,
    xhtml: bool = False,
    report: Reporter,
    heading_offset: int = 0,
    id_prefix: str = "",
    embed: Embedder | None = None,
) -> str:
    """The ``<article>`` element for ``doc``: a ``<header>`` from its metadata, then its body.

    ``xhtml`` closes void elements and adds ``xml:lang`` so the result is well-formed XML.
    ``heading_offset`` lowers every heading (the title is ``h1`` at offset 0, ``h2`` at 1),
    for pages that hold many articles under one ``h1``. ``id_prefix`` starts every id (the
    title is ``{id_prefix}title``, headings ``{id_prefix}{slug}``) so ids stay unique there.
    ``embed`` maps each usable image address to the one to write (a ``data:`` URI, say).
    """
    renderer = ArticleRenderer(
        doc,
        xhtml=xhtml,
        report=report,
        heading_offset=heading_offset,
        id_prefix=id_prefix,
        embed=embed,
    )
    return renderer.article()


class ArticleRenderer:
    """Renders one document; holds only what the whole article shares (options, used ids)."""

    def __init__(
        self,
        doc: Document,
        *,
        xhtml: bool,
        report: Reporter,
        heading_offset: int,
        id_prefix: str,
        embed: Embedder | None = None,
    ) -> None:
        self.doc = doc
        self.xhtml = xhtml
        self.report = report
        self.heading_offset = heading_offset
        self.id_prefix = id_prefix
        headings = _heading_ids(doc, id_prefix)
        self.heading_ids = iter([made for _, made in headings])
        #: The page's own heading anchors to the ids written, so that its links to them
        #: (a contents list's "#History") reach the headings.
        self.anchors = {heading.id: made for heading, made in headings if heading.id}
        self.embed = embed
        meta = doc.metadata
        #: The article's direction; a block written the other way says so (see :meth:`turned`).
        self.direction = meta.dir or direction_of(meta.lang) or "ltr"

    def article(self) -> str:
        meta = self.doc.metadata
        lang = meta.lang
        values = {
            "id": f"{self.id_prefix}article" if self.id_prefix else None,
            "lang": lang,
            "xml:lang": lang if self.xhtml else None,
            "dir": meta.dir or direction_of(lang),
        }
        parts = [
            self.header(),
            *(self.render_block(block) for block in self.doc.blocks),
            self.footer(),
        ]
        return element("article", "\n" + "\n".join(p for p in parts if p) + "\n", values)

    # --- header ----------------------------------------------------------------------

    def header(self) -> str:
        meta = self.doc.metadata
        parts = []
        if meta.site_name:
            parts.append(element("p", text(meta.site_name), {"class": "site"}))
        if meta.title:
            rank = min(6, 1 + self.heading_offset)
            values = {"id": self.id_prefix + TITLE_ID, "class": "title"}
            parts.append(element(f"h{rank}", text(meta.title), values))
        if meta.subtitle:
            parts.append(element("p", text(meta.subtitle), {"class": "subtitle"}))
        if meta.authors:
            names = join_names((self.author(person) for person in meta.authors), meta.lang)
            parts.append(element("p", names, {"class": "byline"}))
        dates = [self.time(when, kind) for when, kind in shown_dates(meta)]
        if dates:
            parts.append(element("p", " ".join(dates), {"class": "dateline"}))
        lead = lead_figure(self.doc)
        if lead is not None:
            parts.append(self.figure(lead, "lead"))
        return element("header", "\n" + "\n".join(parts) + "\n") if parts else ""

    def footer(self) -> str:
        """The article's tags, when it has any."""
        tags = self.doc.metadata.tags
        if not tags:
            return ""
        items = "".join(element("li", text(tag)) for tag in tags)
        return element("footer", element("ul", items, {"class": "tags"}))

    def author(self, person: Person) -> str:
        href = safe_href(person.url) if person.url else None
        if href is None:
            return element("span", text(person.name), {"class": "author"})
        return element("a", text(person.name), {"class": "author", "rel": "author", "href": href})

    def time(self, when: datetime, kind: str) -> str:
        # Written left to right in every language ("2021-05-20 06:50 UTC+03:00"): isolated,
        # or a right-to-left line shows its parts in reverse order.
        values = {"class": kind, "datetime": machine_date(when), "dir": "ltr"}
        return element("time", text(display_date(when)), values)

    # --- blocks ----------------------------------------------------------------------

    def render_blocks(self, blocks: tuple[Block, ...]) -> str:
        return "\n".join(self.render_block(block) for block in blocks)

    def render_block(self, block: Block) -> str:
        match block:
            case Paragraph(children):
                return element("p", self.render_inlines(children), self.turned(children))
            case Heading(level, children):
                values = {"id": next(self.heading_ids), **self.turned(children)}
                rank = heading_level(level, self.heading_offset)
                return element(f"h{rank}", self.render_inlines(children), values)
            case Quote(children, attribution):
                quote = element("blockquote", "\n" + self.render_blocks(children) + "\n")
                if not attribution:
                    return quote
                caption = element("figcaption", self.render_inlines(attribution))
                return element("figure", f"\n{quote}\n{caption}\n", {"class": "quote"})
            case ListBlock(items, ordered, start):
                tag = "ol" if ordered else "ul"
                start = start if ordered else 1
                body = "".join(
                    f"\n{element('li', self.list_item(item), self.turned(_tight(item)))}"
                    for item in items
                )
                return element(tag, body + "\n", {"start": start if start != 1 else None})
            case Figure():
                return self.figure(block)
            case Table():
                return self.table(block)
            case CodeBlock(code, language):
                kind = f"language-{'-'.join(language.split())}" if language else None
                return element("pre", element("code", text(code), {"class": kind}))
            case Rule():
                return void("hr", xhtml=self.xhtml)
            case _:
                return assert_never(block)

    def turned(self, children: tuple[Inline, ...]) -> Attrs:
        """``dir`` for a block whose text runs against the article's (an Arabic quote in
        an English story): browsers, e-readers and WeasyPrint then set it right to left
        (or back), where it would take the article's direction."""
        direction = text_direction(inline_text(children)) if children else None
        return {"dir": direction} if direction and direction != self.direction else {}

    def list_item(self, item: tuple[Block, ...]) -> str:
        """A one-paragraph item stays tight (``<li>text</li>``); others keep their blocks."""
        match item:
            case (Paragraph(children),):
                return self.render_inlines(children)
            case _:
                return "\n" + self.render_blocks(item) + "\n"

    def figure(self, figure: Figure, kind: str | None = None) -> str:
        image = figure.image
        src = self.image_src(image.src)
        parts = []
        if src is not None:
            values = {"src": src, "alt": image.alt, "width": image.width, "height": image.height}
            parts.append(void("img", values, xhtml=self.xhtml))
        notes = []
        if figure.caption:
            notes.append(element("span", self.render_inlines(figure.caption), {"class": "caption"}))
        if figure.credit:
            notes.append(element("span", self.render_inlines(figure.credit), {"class": "credit"}))
        if notes:
            said = self.turned((*figure.caption, *figure.credit))
            parts.append(element("figcaption", " ".join(notes), said))
        return element("figure", "\n" + "\n".join(parts) + "\n", {"class": kind}) if parts else ""

    def table(self, table: Table) -> str:
        rows = list(table.rows)
        parts = []
        if table.caption:
            parts.append(element("caption", self.render_inlines(table.caption)))
        if len(rows) > 1 and all(cell.header for cell in rows[0]):
            parts.append(element("thead", self.row(rows.pop(0), "col")))
        parts.append(element("tbody", "".join(self.row(row, "row") for row in rows)))
        return element("table", "\n" + "\n".join(parts) + "\n")

    def row(self, cells: tuple[Cell, ...], scope: str) -> str:
        return element("tr", "".join(self.cell(cell, scope) for cell in cells)) + "\n"

    def cell(self, cell: Cell, scope: str) -> str:
        values = {
            "scope": scope if cell.header else None,
            "colspan": cell.colspan if cell.colspan != 1 else None,
            "rowspan": cell.rowspan if cell.rowspan != 1 else None,
        }
        return element("th" if cell.header else "td", self.render_inlines(cell.children), values)

    # --- inlines ---------------------------------------------------------------------

    def render_inlines(self, nodes: tuple[Inline, ...]) -> str:
        return "".join(self.render_inline(node) for node in nodes)

    def render_inline(self, node: Inline) -> str:
        match node:
            case Text(value):
                return text(value)
            case Code(value):
                return element("code", text(value))
            case Link(children, href, title):
                if href.startswith("#") and href[1:] in self.anchors:
                    href = f"#{self.anchors[href[1:]]}"
                safe = safe_href(href)
                if safe is None:
                    self.unlinked(href)
                    return self.render_inlines(children)
                values = {"href": safe, "title": title}
                return element("a", self.render_inlines(children), values)
            case LineBreak():
                return void("br", xhtml=self.xhtml)
            case InlineImage(src, alt):
                safe = self.image_src(src)
                if safe is None:
                    return text(alt)
                return void("img", {"src": safe, "alt": alt}, xhtml=self.xhtml)
            case Emphasis() | Strong() | Strikeout() | Superscript() | Subscript():
                return element(_INLINE_TAGS[type(node)], self.render_inlines(node.children))
            case _:
                return assert_never(node)

    def image_src(self, src: str) -> str | None:
        """The address to write for an image; ``None`` (and a warning) when it is unusable."""
        safe = safe_src(src)
        if safe is None:
            message = f"image {src!r} left out: not a usable address"
            self._note("warning", "image-dropped", message)
            return None
        return self.embed(safe) if self.embed else safe

    def unlinked(self, href: str) -> None:
        """Say why a link became text: a relative one is harmless, another scheme is not."""
        if scheme_of(clean_url(href)) == "":
            message = f"link to {href!r} kept as text: relative, and the page's address is unknown"
            self._note("info", "link-relative", message + " (give it with --url)")
        else:
            self._note("warning", "link-dropped", f"link to {href!r} kept as text: unsafe scheme")

    def _note(self, level: Level, code: str, message: str) -> None:
        self.report(Diagnostic(level, code, message, self.doc.metadata.source))


def _tight(item: tuple[Block, ...]) -> tuple[Inline, ...]:
    """The text of a list item written tight (see :meth:`ArticleRenderer.list_item`); a loose
    item's blocks say their direction themselves."""
    match item:
        case (Paragraph(children),):
            return children
        case _:
            return ()
