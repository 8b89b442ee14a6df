"""Plain text: the article as a careful person would type it, wrapped to a fixed width.

The title is underlined, the metadata follows on its own lines, then the body, one blank
line between blocks. Blocks render to lists of lines at a given width; containers (lists,
quotes) render their children narrower and prefix the lines, so nesting needs no state.
Widths are terminal columns (see :mod:`newsconv.writers.text.wrap`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar
from urllib.parse import urlsplit

from newsconv.diagnostics import Reporter
from newsconv.errors import OptionError
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
    Metadata,
    Paragraph,
    Quote,
    Rule,
    Strikeout,
    Strong,
    Subscript,
    Superscript,
    Table,
    Text,
    day_only,
)
from newsconv.options import WriteOptions
from newsconv.tree import assert_never, walk_blocks
from newsconv.writers import base
from newsconv.writers.text.wrap import display_width, wrap

#: Narrower than this, wrapped prose stops being readable (and nesting eats the rest).
MIN_WIDTH = 20
#: Links that get a numbered note with ``link_notes``.
_NOTED_SCHEMES = frozenset({"http", "https", "mailto"})
#: Where a rule is centred when lines are not wrapped.
_RULE_WIDTH = 80
_UNDERLINES = {0: "=", 1: "-"}  # title, top-level headings; deeper ones use "~"


@dataclass(frozen=True, slots=True)
class TextOptions(WriteOptions):
    """``width``: wrap lines at this many columns; 0 leaves every paragraph on one line.
    ``link_notes``: number each web link (``text[1]``) and list the addresses at the end."""

    width: int = 80
    link_notes: bool = False

    def __post_init__(self) -> None:
        if self.width < 0 or 0 < self.width < MIN_WIDTH:
            raise OptionError(f"width must be 0 (no wrapping) or at least {MIN_WIDTH}")


class TextWriter(base.TextWriter[TextOptions]):
    """Plain UTF-8 text, wrapped at 80 columns by default."""

    name: ClassVar[str] = "txt"
    media_type: ClassVar[str] = "text/plain"
    suffix: ClassVar[str] = ".txt"
    options_type: ClassVar[type[WriteOptions]] = TextOptions

    def render(self, doc: Document, options: TextOptions, report: Reporter) -> str:
        renderer = TextRenderer(options.width, [] if options.link_notes else None)
        parts = (renderer.header(doc), renderer.render_blocks(doc.blocks), renderer.notes())
        return "\n\n".join("\n".join(part) for part in parts if part) + "\n"


def display_date(when: datetime) -> str:
    """``when`` for a reader, in no one language: ``2021-05-03``, ``2021-05-03 14:05 UTC+02:00``.

    The time of day is left out when it is unknown (a naive midnight).
    """
    day = when.date().isoformat()
    if day_only(when):
        return day
    stamp = f"{day} {when.strftime('%H:%M')}"
    offset = when.utcoffset()
    if offset is None:
        return stamp
    minutes = round(offset.total_seconds() / 60)
    hours, rest = divmod(abs(minutes), 60)
    zone = f"{'-' if minutes < 0 else '+'}{hours:02d}:{rest:02d}" if minutes else ""
    return f"{stamp} UTC{zone}"


def lead_figure(doc: Document) -> Figure | None:
    """The lead image to show above the body, unless the body shows the same image."""
    lead = doc.metadata.image
    if lead is None or any(
        isinstance(block, Figure) and block.image.src == lead.image.src
        for block in walk_blocks(doc.blocks)
    ):
        return None
    return lead


def shown_dates(meta: Metadata) -> list[tuple[datetime, str]]:
    """``(date, "published" | "modified")`` to show: a modified date only when it differs."""
    dates = [(meta.published, "published")]
    if meta.modified != meta.published:
        dates.append((meta.modified, "modified"))
    return [(when, kind) for when, kind in dates if when is not None]


#: What a byline puts between names, by primary language subtag (else a comma): the Arabic
#: comma in languages written in Arabic script, the enumeration comma in Chinese and Japanese.
_NAME_SEPARATORS = dict.fromkeys(("ar", "fa", "ur", "ps", "ckb", "sd", "ug"), "، ") | {
    "zh": "、",
    "ja": "、",
}


def join_names(names: Iterable[str], lang: str | None) -> str:
    """``names`` as a byline in ``lang`` lists them: a Latin comma in Arabic reads wrong."""
    primary = (lang or "").split("-", 1)[0].lower()
    return _NAME_SEPARATORS.get(primary, ", ").join(names)


class TextRenderer:
    """Renders blocks to lines no wider than ``width`` columns (0: no wrapping).

    ``links`` collects the addresses of links for notes at the end (``None``: links are
    plain text). Nested blocks share it, so the numbers run in reading order.
    """

    def __init__(self, width: int, links: list[str] | None = None) -> None:
        self.width = width
        self.links = links

    def notes(self) -> list[str]:
        """``[1] https://...`` lines for the links numbered so far."""
        return [f"[{number}] {url}" for number, url in enumerate(self.links or (), start=1)]

    def header(self, doc: Document) -> list[str]:
        meta = doc.metadata
        lines = []
        if meta.title:
            title = wrap(meta.title, self.width)
            lines += [*title, _UNDERLINES[0] * max(map(display_width, title))]
        for line in _meta_lines(meta):
            lines += wrap(line, self.width)
        lead = lead_figure(doc)
        if lead is not None:
            lines += ["", *self.render_block(lead)] if lines else self.render_block(lead)
        return lines

    def narrower(self, indent: int) -> TextRenderer:
        """A renderer for content indented by ``indent`` columns."""
        return TextRenderer(max(MIN_WIDTH, self.width - indent) if self.width else 0, self.links)

    def render_blocks(self, blocks: tuple[Block, ...]) -> list[str]:
        lines: list[str] = []
        for block in blocks:
            rendered = self.render_block(block)
            if rendered:
                lines += ["", *rendered] if lines else rendered
        return lines

    def render_block(self, block: Block) -> list[str]:
        match block:
            case Paragraph(children):
                return wrap(self.render_inlines(children), self.width)
            case Heading(level, children):
                lines = wrap(self.render_inlines(children), self.width)
                mark = _UNDERLINES.get(max(1, level), "~")
                return [*lines, mark * max(map(display_width, lines), default=0)]
            case Quote(children, attribution):
                inner = self.narrower(2)
                lines = inner.render_blocks(children)
                if attribution:
                    lines += wrap("— " + self.render_inlines(attribution), inner.width)
                return [f"> {line}" if line else ">" for line in lines]
            case ListBlock(items, ordered, start):
                return self.list_lines(items, ordered, start)
            case Figure(image, caption, credit):
                said = self.render_inlines(caption)
                label = f"[Image: {image.alt}]" if _says_more(image.alt, said) else "[Image]"
                words = [label, said]
                if credit:
                    words.append(f"({self.render_inlines(credit)})")
                return wrap(" ".join(word for word in words if word), self.width)
            case Table():
                return self.table_lines(block)
            case CodeBlock(code):
                return [f"    {line}".rstrip() for line in code.rstrip("\n").split("\n")]
            case Rule():
                return ["*  *  *".center(self.width or _RULE_WIDTH).rstrip()]
            case _:
                return assert_never(block)

    def list_lines(
        self, items: tuple[tuple[Block, ...], ...], ordered: bool, start: int
    ) -> list[str]:
        """Items with ``- `` or ``1. `` and a hanging indent; loose when items have blocks."""
        markers = [f"{start + n}. " if ordered else "- " for n in range(len(items))]
        indent = max(map(len, markers))
        inner = self.narrower(indent)
        tight = all(len(item) == 1 and isinstance(item[0], Paragraph) for item in items)
        lines: list[str] = []
        for marker, item in zip(markers, items, strict=True):
            body = inner.render_blocks(item) or [""]
            if lines and not tight:
                lines.append("")
            lines.append((marker.ljust(indent) + body[0]).rstrip())
            lines += [" " * indent + line if line else "" for line in body[1:]]
        return lines

    def table_lines(self, table: Table) -> list[str]:
        """Aligned columns when they fit the width, else one wrapped line per row."""
        rows = [self.cells(row) for row in table.rows]
        lines = wrap(self.render_inlines(table.caption), self.width) if table.caption else []
        columns = max(map(len, rows), default=0)
        widths = [
            max((display_width(r[i]) for r in rows if i < len(r)), default=0)
            for i in range(columns)
        ]
        spanned = any(cell.rowspan > 1 for row in table.rows for cell in row)
        if spanned or (self.width and sum(widths) + 2 * (columns - 1) > self.width):
            for row in rows:
                lines += wrap(" | ".join(row), self.width, subsequent_indent="  ")
            return lines
        for index, row in enumerate(rows):
            padded = (_pad(cell, w) for cell, w in zip(row, widths, strict=False))
            lines.append("  ".join(padded).rstrip())
            if index == 0 and len(rows) > 1 and all(cell.header for cell in table.rows[0]):
                lines.append("  ".join("-" * w for w in widths).rstrip())
        return lines

    def cells(self, row: tuple[Cell, ...]) -> list[str]:
        """Each cell's text on one line; a cell spanning columns is followed by empty ones."""
        texts = []
        for cell in row:
            texts.append(self.render_inlines(cell.children).replace("\n", " "))
            texts += [""] * (cell.colspan - 1)
        return texts

    def render_inlines(self, nodes: tuple[Inline, ...]) -> str:
        return "".join(self.render_inline(node) for node in nodes)

    def render_inline(self, node: Inline) -> str:
        match node:
            case Text(value) | Code(value):
                return value
            case LineBreak():
                return "\n"
            case InlineImage(_, alt):
                return f"[Image: {alt}]" if alt else "[Image]"
            case Link(children, href):
                label = self.render_inlines(children)
                return label + self.note(href, label)
            case (
                Emphasis(children)
                | Strong(children)
                | Strikeout(children)
                | Superscript(children)
                | Subscript(children)
            ):
                return self.render_inlines(children)
            case _:
                return assert_never(node)

    def note(self, href: str, label: str) -> str:
        """``[n]`` for a web or mail link when notes are on and the address is not the text."""
        if self.links is None or href == label or _scheme(href) not in _NOTED_SCHEMES:
            return ""
        if href not in self.links:
            self.links.append(href)
        return f"[{self.links.index(href) + 1}]"


def _scheme(url: str) -> str | None:
    try:
        return urlsplit(url).scheme.lower()
    except ValueError:
        return None


def _meta_lines(meta: Metadata) -> list[str]:
    dates = " / ".join(display_date(when) for when, _ in shown_dates(meta))
    authors = join_names((person.name for person in meta.authors), meta.lang)
    candidates = (meta.subtitle, authors, dates, meta.site_name, meta.url)
    return [line for line in candidates if line]


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _says_more(alt: str, caption: str) -> bool:
    """Whether an image's ``alt`` text says more than its ``caption``: a CMS often writes
    the caption into the alt as well (with the credit after it), and a reader of plain
    text would get it twice."""
    if not alt:
        return False
    alt, caption = alt.casefold(), " ".join(caption.split()).casefold()
    return not caption or not (alt.startswith(caption) or caption.startswith(alt))
