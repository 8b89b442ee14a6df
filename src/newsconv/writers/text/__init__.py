"""Plain text: the article as a careful person would type it, wrapped to a fixed width.

The title is underlined, the metadata follows on its own lines, then the body, one blank
line between blocks. Blocks render to lists of lines at a given width; containers (lists,
quotes) render their children narrower and prefix the lines, so nesting needs no state.
Width counts terminal columns: East Asian wide characters take two, combining marks none,
and text in Chinese or Japanese may break between any two characters (Latin words never).
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from dataclasses import dataclass
from datetime import datetime, time
from typing import ClassVar

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
)
from newsconv.options import WriteOptions
from newsconv.tree import assert_never, walk_blocks
from newsconv.writers import base

#: Narrower than this, wrapped prose stops being readable (and nesting eats the rest).
MIN_WIDTH = 20
#: Where a rule is centred when lines are not wrapped.
_RULE_WIDTH = 80
_UNDERLINES = {0: "=", 1: "-"}  # title, top-level headings; deeper ones use "~"
#: Closing punctuation that must not start a line (kinsoku): it stays with what precedes it.
_NO_LINE_START = frozenset("、。，．・：；？！）」』】〕〉》ー…‥々ゝゞ,.!?:;)]}")
#: Opening brackets that must not end a line: they stay with what follows them.
_NO_LINE_END = frozenset("（「『【〔〈《")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
#: The blocks that hold every East Asian wide or fullwidth character (checked against the
#: Unicode database): a fast test that sends Latin, Cyrillic, Arabic... text to textwrap.
MAYBE_WIDE = re.compile(
    "[\u1100-\u115f\u231a-\u23ff\u25fd\u25fe\u2600-\u27bf\u2b00-\u2bff\u2e80-\ua4cf"
    "\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe6f\uff00-\uffe6"
    "\U00016fe0-\U0001b2ff\U0001f000-\U0001faff\U00020000-\U0003fffd]"
)


@dataclass(frozen=True, slots=True)
class TextOptions(WriteOptions):
    """``width``: wrap lines at this many columns; 0 leaves every paragraph on one line."""

    width: int = 80

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
        renderer = TextRenderer(options.width)
        header, body = renderer.header(doc), renderer.render_blocks(doc.blocks)
        return "\n".join([*header, "", *body] if header and body else header or body) + "\n"


def display_date(when: datetime) -> str:
    """``when`` for a reader, in no one language: ``2021-05-03``, ``2021-05-03 14:05 UTC+02:00``.

    The time of day is left out when it is unknown (a naive midnight).
    """
    day = when.date().isoformat()
    if when.tzinfo is None and when.time() == time(0):
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


class TextRenderer:
    """Renders blocks to lines no wider than ``width`` columns (0: no wrapping)."""

    def __init__(self, width: int) -> None:
        self.width = width

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
        return TextRenderer(max(MIN_WIDTH, self.width - indent) if self.width else 0)

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
                label = f"[Image: {image.alt}]" if image.alt else "[Image]"
                words = [label, self.render_inlines(caption)]
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
            case (
                Link(children)
                | Emphasis(children)
                | Strong(children)
                | Strikeout(children)
                | Superscript(children)
                | Subscript(children)
            ):
                return self.render_inlines(children)
            case _:
                return assert_never(node)


def _meta_lines(meta: Metadata) -> list[str]:
    dates = " / ".join(display_date(when) for when, _ in shown_dates(meta))
    authors = ", ".join(person.name for person in meta.authors)
    candidates = (meta.subtitle, authors, dates, meta.site_name, meta.url)
    return [line for line in candidates if line]


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


# --- width-aware wrapping ------------------------------------------------------------


def char_width(char: str) -> int:
    """Terminal columns ``char`` takes: 2 for East Asian wide, 0 for combining marks."""
    if unicodedata.combining(char) or char in _ZERO_WIDTH:
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    return sum(map(char_width, text))


def wrap(text: str, width: int, *, subsequent_indent: str = "") -> list[str]:
    """``text`` in lines of at most ``width`` columns (0: one line per hard break).

    Hard breaks (``\\n`` from line-break inlines) are kept. Latin text goes through
    ``textwrap``; text with wide characters through :func:`_wrap_wide`, which may break
    between two wide characters. Words longer than a line are never split.
    """
    lines: list[str] = []
    for segment in text.split("\n"):
        indent = subsequent_indent if lines else ""
        if not width or not segment:
            lines.append(indent + segment)
        elif MAYBE_WIDE.search(segment):
            lines += _wrap_wide(segment, width, indent, subsequent_indent)
        else:
            lines += textwrap.wrap(
                segment,
                width,
                initial_indent=indent,
                subsequent_indent=subsequent_indent,
                break_long_words=False,
                break_on_hyphens=False,
            ) or [indent]
    return lines


def _wrap_wide(segment: str, width: int, first_indent: str, indent: str) -> list[str]:
    """Greedy wrapping by display width, breaking at spaces or between wide characters."""
    lines: list[str] = []
    line, used, space = first_indent, display_width(first_indent), False
    fresh = True  # nothing but the indent on the line yet
    for token in _tokens(segment):
        if token == " ":
            space = True
            continue
        gap = " " if space and not fresh else ""
        size = display_width(gap + token)
        if not fresh and used + size > width:
            lines.append(line)
            line, used, gap = indent, display_width(indent), ""
            size = display_width(token)
        line, used, space, fresh = line + gap + token, used + size, False, False
    lines.append(line)
    return lines


def _tokens(segment: str) -> list[str]:
    """Spaces, Latin words, and single wide characters (closing punctuation kept attached)."""
    tokens: list[str] = []
    for char in segment:
        previous = tokens[-1] if tokens else " "
        if char == " ":
            tokens.append(" ")
        elif previous != " " and (
            char_width(char) == 0
            or char in _NO_LINE_START
            or previous[-1] in _NO_LINE_END
            or (char_width(char) == 1 and char_width(previous[-1]) == 1)
        ):
            tokens[-1] = previous + char
        else:
            tokens.append(char)
    return tokens
