"""Blocks to GitHub-flavoured Markdown.

Conventions the Markdown reader recognises, so that the model survives the round trip:

- A figure is one paragraph of soft-broken lines: the image, then the caption as one
  emphasised line, then the credit on a line starting with "— "::

      ![A crowd](crowd.jpg)
      *Protesters outside parliament.*
      — Photo: Reuters

  A paragraph holding nothing but an image gets an empty HTML comment after it, so that
  it is not read as a figure.
- A quote's attribution is its last paragraph, starting with "— ". A table's caption is
  the paragraph right after it, starting with "Table: ". A body paragraph that would look
  like either is disguised (``&#8212;``, ``Table\\:``).
- GFM tables are rectangular with one header row and no spans; :func:`gfm_grid` maps any
  table onto that grid, and the writer reports what it had to change.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsconv.diagnostics import Diagnostic, Reporter
from newsconv.model import (
    Block,
    Cell,
    CodeBlock,
    Emphasis,
    Figure,
    Heading,
    Inline,
    InlineImage,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Table,
    Text,
)
from newsconv.tree import assert_never
from newsconv.writers.markdown.inline import (
    UNWRAPPED,
    Context,
    InlineWriter,
    destination,
    escape_text,
)

ATTRIBUTION = "— "
CAPTION = "Table: "
_MAX_NUMBER = 999_999_999  # CommonMark list numbers have at most nine digits
_ONE_LINE = Context(one_line=True)


def gfm_grid(table: Table) -> Table:
    """``table`` as GFM can hold it: spans expanded, rows padded, only the first row header.

    The first row is a header row only when all its cells are header cells and one of
    them has text (the reader takes an all-empty header row for "no header"). Cells hold
    what they held; only their place and flags change.
    """
    rows = [[cell for source in row for cell in _unspan(source)] for row in table.rows if row]
    width = max((len(row) for row in rows), default=0)
    first_is_header = bool(rows) and all(cell.header for cell in rows[0])
    if first_is_header and not any(cell.children for cell in rows[0]):
        rows, first_is_header = rows[1:], False
    grid = tuple(
        tuple(
            replace(cell, header=first_is_header and index == 0)
            for cell in row + [Cell(())] * (width - len(row))
        )
        for index, row in enumerate(rows)
    )
    return Table(grid, table.caption)


def _unspan(cell: Cell) -> list[Cell]:
    filler = [Cell((), cell.header)] * (cell.colspan - 1)
    return [replace(cell, colspan=1, rowspan=1), *filler]


def indent(text: str, first: str, rest: str) -> str:
    """Prefix the first line of ``text`` with ``first`` and the others with ``rest``."""
    lines = text.split("\n")
    out = [first + lines[0] if lines[0] else first.rstrip()]
    out += [rest + line if line else rest.rstrip() for line in lines[1:]]
    return "\n".join(out)


def _escaped_at(text: str, index: int) -> bool:
    backslashes = len(text[:index]) - len(text[:index].rstrip("\\"))
    return backslashes % 2 == 1


class BlockWriter:
    """Renders block sequences; lossy changes go to ``report``."""

    def __init__(
        self, report: Reporter, *, width: int | None = None, anchors: dict[str, str] | None = None
    ) -> None:
        self.report = report
        self.inline = InlineWriter(report, width=width, anchors=anchors)

    def render(self, blocks: tuple[Block, ...]) -> str:
        return "\n\n".join(self.parts(blocks))

    def parts(self, blocks: tuple[Block, ...]) -> list[str]:
        """One Markdown chunk per block, with the context rules between neighbours."""
        parts: list[str] = []
        previous: Block | None = None
        alternate = False
        for block in blocks:
            if isinstance(block, ListBlock):
                alternate = (
                    isinstance(previous, ListBlock)
                    and previous.ordered == block.ordered
                    and not alternate
                )
                text = self.list_block(block, alternate=alternate)
            else:
                text = self.block(block)
            if isinstance(previous, Table) and text.startswith(CAPTION):
                text = CAPTION[:-2] + "\\" + text[len(CAPTION) - 2 :]
            if text:  # a table with no cells left writes nothing
                parts.append(text)
            previous = block
        return parts

    def block(self, block: Block) -> str:
        match block:
            case Paragraph(children):
                text = self.inline.render(children)
                lone_image = len(children) == 1 and isinstance(children[0], InlineImage)
                return text + "<!-- -->" if lone_image else text
            case Heading(level, children):
                text = self.inline.render(children, _ONE_LINE, line_start=False)
                return self.heading(level, text)  # no block opens inside a heading
            case Quote(children, attribution):
                return self.quote(children, attribution)
            case ListBlock():
                return self.list_block(block, alternate=False)
            case Figure():
                return self.figure(block)
            case Table():
                return self.table(block)
            case CodeBlock(text, language):
                return self.code_block(text, language)
            case Rule():
                return "***"
            case _:
                return assert_never(block)

    def title(self, title: str) -> str:
        """The title as the document's one ``#`` heading, for Markdown without front matter."""
        return self.heading(0, self.inline.render((Text(title),), _ONE_LINE, line_start=False))

    def heading(self, level: int, text: str) -> str:
        """Level 0 is the title's ``#``: the body's sections start at ``##``, as in HTML."""
        if text.endswith("#") and not _escaped_at(text, len(text) - 1):
            text = text[:-1] + "\\#"  # else read as a closing sequence
        return "#" * min(max(level, 0) + 1, 6) + " " + text

    def quote(self, children: tuple[Block, ...], attribution: tuple[Inline, ...]) -> str:
        parts = self.parts(children)
        if not parts:  # nothing left to quote, as the model drops an empty quote
            return ""
        if attribution:
            parts.append(ATTRIBUTION + self.inline.render(attribution, line_start=False))
        elif isinstance(children[-1], Paragraph) and parts[-1].startswith(ATTRIBUTION):
            parts[-1] = "&#8212;" + parts[-1][1:]
        return indent("\n\n".join(parts), "> ", "> ")

    def list_block(self, block: ListBlock, *, alternate: bool) -> str:
        start = min(max(block.start, 0), _MAX_NUMBER)
        if start != block.start:
            self.report(Diagnostic("warning", "list-start", f"list start {block.start} clamped"))
        count = len(block.items)
        items = []
        for index, item in enumerate(block.items):
            if block.ordered:
                number = start + index if start + count - 1 <= _MAX_NUMBER else start
                marker = f"{number}{')' if alternate else '.'} "
            else:
                marker = "+ " if alternate else "- "
            body = "\n\n".join(self.parts(item))
            items.append(indent(body, marker, " " * len(marker)))
        tight = all(len(item) == 1 and isinstance(item[0], Paragraph) for item in block.items)
        return ("\n" if tight else "\n\n").join(items)

    def figure(self, figure: Figure) -> str:
        image = figure.image
        if image.width is not None or image.height is not None:
            self.report(Diagnostic("info", "image-size-dropped", f"size of {image.src!r}"))
        lines = [f"![{escape_text(image.alt)}]({destination(image.src)})"]
        if figure.caption:  # each on one line: the reader goes by lines
            lines.append(self.inline.render((Emphasis(figure.caption),), UNWRAPPED))
        if figure.credit:
            credit = self.inline.render(figure.credit, UNWRAPPED, line_start=False)
            lines.append(ATTRIBUTION + credit)
        return "\n".join(lines)

    def table(self, table: Table) -> str:
        grid = gfm_grid(table)
        if grid != table:
            self.report(
                Diagnostic("warning", "table-flattened", "table reshaped to fit a GFM grid")
            )
        if not grid.rows:
            return ""
        width = len(grid.rows[0])
        header = grid.rows[0] if grid.rows[0][0].header else (Cell(()),) * width
        body = grid.rows[1:] if grid.rows[0][0].header else grid.rows
        lines = [self._row(header), "|" + " --- |" * width, *map(self._row, body)]
        if grid.caption:
            lines += ["", CAPTION + self.inline.render(grid.caption, line_start=False)]
        return "\n".join(lines)

    def _row(self, cells: tuple[Cell, ...]) -> str:
        texts = [
            self.inline.render(cell.children, _ONE_LINE, line_start=False).replace("|", "\\|")
            for cell in cells
        ]
        return "| " + " | ".join(texts) + " |"

    def code_block(self, text: str, language: str | None) -> str:
        char = "~" if language and "`" in language else "`"
        longest = max((len(run) for run in re.findall(re.escape(char) + "+", text)), default=0)
        fence = char * max(3, longest + 1)
        info = " ".join((language or "").split())  # an info string is one line
        return f"{fence}{info}\n{text}\n{fence}"
