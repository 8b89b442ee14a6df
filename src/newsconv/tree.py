"""Generic work on the document tree: walking, plain text and a readable dump.

Writers and transforms go through these helpers instead of hand-rolling recursion, as
pandoc's ``Walk`` module does for its AST. ``dump`` is the test oracle: a stable, indented
pseudo-XML that makes reader regressions readable in a diff.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from typing import NoReturn

from newsconv.model import (
    STYLED_INLINES,
    Block,
    Cell,
    Code,
    CodeBlock,
    Document,
    Figure,
    Heading,
    Image,
    Inline,
    InlineImage,
    LineBreak,
    Link,
    ListBlock,
    Metadata,
    Paragraph,
    Quote,
    Rule,
    Table,
    Text,
)

Node = Block | Inline


def assert_never(value: NoReturn) -> NoReturn:
    """Mark the unreachable last arm of a ``match`` (``typing.assert_never`` is 3.11+)."""
    raise AssertionError(f"unhandled node: {value!r}")


def child_blocks(block: Block) -> tuple[Block, ...]:
    match block:
        case Quote(children):
            return children
        case ListBlock(items):
            return tuple(child for item in items for child in item)
        case _:
            return ()


def child_inlines(node: Node) -> tuple[Inline, ...]:
    """The inlines directly held by ``node`` (captions and cells included)."""
    match node:
        case Paragraph(children) | Heading(_, children):
            return children
        case Quote(_, attribution):
            return attribution
        case Figure(_, caption, credit):
            return caption + credit
        case Table(rows, caption):
            return tuple(i for row in rows for cell in row for i in cell.children) + caption
        case Link(children):
            return children
        case _ if isinstance(node, STYLED_INLINES):
            return node.children
        case _:
            return ()


def walk_blocks(blocks: tuple[Block, ...]) -> Iterator[Block]:
    """Every block, depth first, parents before children."""
    for block in blocks:
        yield block
        yield from walk_blocks(child_blocks(block))


def walk_inlines(nodes: tuple[Inline, ...]) -> Iterator[Inline]:
    for node in nodes:
        yield node
        yield from walk_inlines(child_inlines(node))


def walk(doc: Document) -> Iterator[Node]:
    """Every node of the body, depth first, in reading order."""
    for block in walk_blocks(doc.blocks):
        yield block
        yield from walk_inlines(child_inlines(block))


def depth(doc: Document) -> int:
    """How many nodes deep the body nests, blocks and inlines together, found without
    recursion (so that a document too deep for the writers can be refused up front)."""
    deepest = 0
    stack: list[tuple[Node, int]] = [(block, 1) for block in doc.blocks]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        below: tuple[Node, ...] = child_inlines(node)
        if isinstance(node, Block):
            below += child_blocks(node)
        stack.extend((child, level + 1) for child in below)
    return deepest


def images(doc: Document) -> Iterator[str]:
    """Every image source the document refers to, lead image first."""
    if doc.metadata.image is not None:
        yield doc.metadata.image.image.src
    for node in walk(doc):
        if isinstance(node, Figure):
            yield node.image.src
        elif isinstance(node, InlineImage):
            yield node.src


#: The inlines that hold inlines: a link and the styles.
_INLINE_HOLDERS = (Link, *STYLED_INLINES)


def inline_text(nodes: tuple[Inline, ...]) -> str:
    """Plain text of inlines; a line break becomes a newline, an image nothing."""
    parts: list[str] = []
    for node in nodes:  # isinstance: a class pattern reads __match_args__ at every test
        if isinstance(node, (Text, Code)):
            parts.append(node.text)
        elif isinstance(node, LineBreak):
            parts.append("\n")
        elif isinstance(node, _INLINE_HOLDERS):  # an image shows no text
            parts.append(inline_text(node.children))
    return "".join(parts)


def block_texts(block: Block) -> Iterator[str]:
    """The paragraphs of plain text a block holds, in reading order."""
    match block:
        case Paragraph(children) | Heading(_, children):
            yield inline_text(children)
        case Quote(children, attribution):
            for child in children:
                yield from block_texts(child)
            if attribution:
                yield inline_text(attribution)
        case ListBlock(items):
            for item in items:
                for child in item:
                    yield from block_texts(child)
        case Figure(_, caption, credit):
            text = " ".join(t for t in (inline_text(caption), inline_text(credit)) if t)
            if text:
                yield text
        case Table(rows, caption):
            if caption:
                yield inline_text(caption)
            for row in rows:
                yield " | ".join(inline_text(cell.children) for cell in row)
        case CodeBlock(text):
            yield text
        case Rule():
            pass
        case _:
            assert_never(block)


def plain_text(doc: Document | tuple[Block, ...]) -> str:
    """The body as plain text, one blank line between paragraphs."""
    blocks = doc.blocks if isinstance(doc, Document) else doc
    return "\n\n".join(text for block in blocks for text in block_texts(block) if text)


# --- dump ----------------------------------------------------------------------------


def dump(doc: Document) -> str:
    """A stable, indented pseudo-XML view of ``doc``: metadata first, then the body."""
    lines = ["<document>"]
    lines += _dump_metadata(doc.metadata, 1)
    for block in doc.blocks:
        lines += _dump_node(block, 1)
    lines.append("</document>")
    return "\n".join(lines) + "\n"


def _dump_metadata(meta: Metadata, depth: int) -> list[str]:
    pad = "  " * depth
    lines = [f"{pad}<metadata>"]
    for field in fields(meta):
        value = getattr(meta, field.name)
        if value in (None, (), ""):
            continue
        if field.name == "image":
            lines += [f"{pad}  image:", *_dump_node(value, depth + 2)]
        elif field.name == "authors":
            names = ", ".join(person.name for person in value)
            lines.append(f"{pad}  authors: {names}")
        elif isinstance(value, tuple):
            lines.append(f"{pad}  {field.name}: {list(value)!r}")
        elif hasattr(value, "isoformat"):
            lines.append(f"{pad}  {field.name}: {value.isoformat()}")
        else:
            lines.append(f"{pad}  {field.name}: {value!r}")
    lines.append(f"{pad}</metadata>")
    return lines


def _attributes(node: object) -> str:
    attrs = []
    for field in fields(node):  # type: ignore[arg-type]
        value = getattr(node, field.name)
        if isinstance(value, (str, int, bool)) and field.name not in {"text"}:
            attrs.append(f" {field.name}={value!r}")
    return "".join(attrs)


def _dump_node(node: Node | Image | Cell, depth: int) -> list[str]:
    pad = "  " * depth
    name = type(node).__name__.lower()
    match node:
        case Text(text):
            return [f"{pad}{text!r}"]
        case Code(text) | CodeBlock(text):
            return [f"{pad}<{name}{_attributes(node)}>{text!r}"]
        case LineBreak() | Rule() | InlineImage() | Image():
            return [f"{pad}<{name}{_attributes(node)}/>"]
        case ListBlock(items):
            lines = [f"{pad}<{name}{_attributes(node)}>"]
            for item in items:
                lines.append(f"{pad}  <item>")
                for child in item:
                    lines += _dump_node(child, depth + 2)
            return lines
        case Figure(image, caption, credit):
            lines = [f"{pad}<figure>", *_dump_node(image, depth + 1)]
            lines += _dump_part("caption", caption, depth + 1)
            return lines + _dump_part("credit", credit, depth + 1)
        case Table(rows, caption):
            lines = [f"{pad}<table>", *_dump_part("caption", caption, depth + 1)]
            for row in rows:
                lines.append(f"{pad}  <row>")
                for cell in row:
                    lines += _dump_node(cell, depth + 2)
            return lines
        case Quote(children, attribution):
            lines = [f"{pad}<quote>"]
            for child in children:
                lines += _dump_node(child, depth + 1)
            return lines + _dump_part("attribution", attribution, depth + 1)
        case Cell(children):
            return [f"{pad}<cell{_attributes(node)}>", *_dump_inlines(children, depth + 1)]
        case _:
            lines = [f"{pad}<{name}{_attributes(node)}>"]
            return lines + _dump_inlines(child_inlines(node), depth + 1)


def _dump_part(label: str, nodes: tuple[Inline, ...], depth: int) -> list[str]:
    if not nodes:
        return []
    return ["  " * depth + f"<{label}>", *_dump_inlines(nodes, depth + 1)]


def _dump_inlines(nodes: tuple[Inline, ...], depth: int) -> list[str]:
    return [line for node in nodes for line in _dump_node(node, depth)]
