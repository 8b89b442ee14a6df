"""Builders that keep the model normalised.

Readers and tests build inline sequences through :func:`inlines`, which enforces the
invariants every writer relies on: no empty ``Text``, no two adjacent ``Text`` nodes,
whitespace collapsed to single spaces, no space at either end of a paragraph or around a
line break, and no space at the inner edge of emphasis or a link (Markdown cannot carry it,
so it is moved outside). Normalising twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TypeAlias, TypeGuard

from newsconv.model import (
    STYLED_INLINES,
    Block,
    Cell,
    Code,
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
    Quote,
    Strikeout,
    Strong,
    Subscript,
    Superscript,
    Table,
    Text,
)

#: What :func:`_flatten` passes through as it is.
_INLINE_TYPES = (Text, Code, LineBreak, InlineImage, Link, *STYLED_INLINES)

InlineLike = Inline | str


#: Characters that take no width: zero-width space, non-joiner and joiner, word joiner, BOM.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def inlines(*parts: InlineLike | Iterable[InlineLike]) -> tuple[Inline, ...]:
    """Normalise ``parts`` (inlines, strings, or iterables of them) into an inline tuple."""
    flat = tuple(_flatten(parts))
    return _trim(_collapse(flat))


def _normalized(nodes: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """:func:`inlines` for a model tuple, which holds no strings or nested iterables to
    flatten: normalising a whole document skips that pass."""
    return _trim(_collapse(nodes))


def para(*parts: InlineLike | Iterable[InlineLike]) -> Paragraph:
    return Paragraph(inlines(*parts))


def heading(level: int, *parts: InlineLike | Iterable[InlineLike]) -> Heading:
    return Heading(level, inlines(*parts))


def normalize_text(text: str) -> str:
    """Collapse whitespace runs (including no-break spaces) to one space and trim."""
    return " ".join(text.split())


def _collapse_spaces(text: str) -> str:
    """Whitespace runs (as ``str.split`` and ``\\s`` see them) to one space, ends kept.

    Splitting and joining measured twice as fast as a regex substitution. Most text is
    normal already, and says so to two scans that allocate nothing: every whitespace
    character but the ASCII space is unprintable to Python, so printable text without a
    double space has nothing to collapse.
    """
    if text.isprintable() and "  " not in text:
        return text
    core = " ".join(text.split())
    if not core:
        return " " if text else ""
    lead = " " if text[0].isspace() else ""
    trail = " " if text[-1].isspace() else ""
    return lead + core + trail


def _flatten(parts: Iterable[object]) -> Iterable[Inline]:
    for part in parts:
        if isinstance(part, str):
            yield Text(part)
        elif isinstance(part, _INLINE_TYPES):
            yield part
        else:
            yield from _flatten(part)  # type: ignore[arg-type]


def _collapse(nodes: tuple[Inline, ...]) -> list[Inline]:
    """Collapse whitespace across node boundaries and hoist edge spaces out of containers."""
    out: list[Inline] = []
    for node in nodes:  # isinstance: a class pattern reads __match_args__ at every test
        if isinstance(node, Text):
            text = node.text
            if not text.isprintable() or "  " in text:
                text = _collapse_spaces(text)
            if out and (
                isinstance(last := out[-1], Text)
                or (isinstance(last, LineBreak) and text.startswith(" "))
            ):
                _append_text(out, text, node)  # merged, or its space dropped
            elif text:  # most texts: appended as they are, with no call
                out.append(node if node.text == text else Text(text))
        elif isinstance(node, _CONTAINERS):
            _append_container(out, node, node.children)
        elif not isinstance(node, Code) or node.text:
            out.append(node)
    return out


def _append_text(out: list[Inline], text: str, node: Text | None = None) -> None:
    """Append ``text``, merged into a ``Text`` before it; ``node`` is kept when it already
    says exactly that (normalised input is mostly left as it is)."""
    if not text:
        return
    if text.startswith(" ") and out and _ends_with_space(out[-1]):
        text = text[1:]
        if not text:
            return
    if out and isinstance(out[-1], Text):
        out[-1] = Text(out[-1].text + text)
    else:
        out.append(node if node is not None and node.text == text else Text(text))


#: Inlines that hold inlines.
_Container: TypeAlias = Link | Emphasis | Strong | Strikeout | Superscript | Subscript
_CONTAINERS: tuple[type[_Container], ...] = (Link, *STYLED_INLINES)


def _append_container(out: list[Inline], node: _Container, children: tuple[Inline, ...]) -> None:
    """Append a link or styled ``node`` with normalised children, rebuilt only if they
    changed, and its edge spaces moved outside it."""
    if len(children) == 1 and _is_settled(only := children[0]):
        if isinstance(node, _EMPHASES) and not _has_words(only):
            _append_text(out, only.text)
        else:
            out.append(node)  # most links and emphasis: a few plain words, nothing to change
        return
    if isinstance(node, _EMPHASES):
        children = _unstyled(type(node), children)
    collapsed = _collapse(children)
    kids = _trim(collapsed)
    # what is stressed is judged once trimmed, as the next normalising will see it: the
    # line breaks around "<em><p>)</p></em>" go, and a ")" alone is left
    if kids and isinstance(node, _EMPHASES) and not any(map(_has_words, kids)):
        for kid in collapsed:  # no words to stress: a stray ")" an editor left in bold
            if isinstance(kid, Text):
                _append_text(out, kid.text)
            else:
                out.append(kid)
        return
    leading = bool(collapsed) and _starts_with_space(collapsed[0])
    trailing = (
        bool(collapsed) and isinstance(collapsed[-1], Text) and collapsed[-1].text.endswith(" ")
    )
    if leading:
        _append_text(out, " ")
    if kids:
        out.append(node if kids == node.children else _with_children(node, kids))
    if trailing:
        _append_text(out, " ")
    elif kids and _blank_or_break(collapsed[-1]) and _breaks_after(collapsed):
        out.append(LineBreak())  # "<em>Opens at 7 pm<br></em><em>Closes…": the line ends


def _blank_or_break(node: Inline) -> bool:
    """Whether ``node`` is a line break or spaces: what a run that ends a line ends with
    (most end with a word, which spares :func:`_breaks_after` its walk)."""
    return isinstance(node, LineBreak) or (isinstance(node, Text) and not node.text.strip())


def _breaks_after(nodes: list[Inline]) -> bool:
    """Whether ``nodes`` end with a line break (spaces aside): the line a styled run
    closes ends there, so the break goes after the run, not with its trimmed edges."""
    for node in reversed(nodes):
        if isinstance(node, LineBreak):
            return True
        if not isinstance(node, Text) or node.text.strip():
            return False
    return False


def _with_children(node: _Container, kids: tuple[Inline, ...]) -> _Container:
    """``node`` holding ``kids``, made by its constructor (``dataclasses.replace`` takes
    three times as long)."""
    if isinstance(node, Link):
        return Link(kids, node.href, node.title)
    return type(node)(kids)


#: Styles that stress words: around punctuation alone they show nothing.
_EMPHASES = (Emphasis, Strong)


def _unstyled(style: type[Emphasis | Strong], nodes: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """``nodes`` with every ``style`` below them unwrapped, at any depth: bold inside bold
    (``<b><strong><a><strong>``, a CMS's habit) stresses nothing more, and Markdown could
    only write the third level as raw HTML."""
    if not any(isinstance(node, _CONTAINERS) for node in nodes):
        return nodes
    out: list[Inline] = []
    for node in nodes:
        if isinstance(node, style):
            out.extend(_unstyled(style, node.children))
        elif isinstance(node, _CONTAINERS):
            kids = _unstyled(style, node.children)
            out.append(node if kids is node.children else _with_children(node, kids))
        else:
            out.append(node)
    unwrapped = tuple(out)
    return nodes if unwrapped == nodes else unwrapped


def _has_words(node: Inline) -> bool:
    """Whether ``node`` shows more than punctuation and spaces (a picture, code or a
    break counts: stressing them is the writer's affair)."""
    return not isinstance(node, Text) or any(map(str.isalnum, node.text))


def _is_settled(node: Inline) -> TypeGuard[Text]:
    """Whether ``node`` is a ``Text`` that normalising leaves as it is wherever it stands:
    collapsed (see :func:`_collapse_spaces`), not empty, and with no space at either end."""
    if not isinstance(node, Text):
        return False
    text = node.text
    return text[:1] not in ("", " ") and text[-1] != " " and text.isprintable() and "  " not in text


def _starts_with_space(node: Inline) -> bool:
    return isinstance(node, Text) and node.text.startswith(" ")


def _ends_with_space(node: Inline) -> bool:
    return isinstance(node, LineBreak) or (isinstance(node, Text) and node.text.endswith(" "))


def _trim(nodes: list[Inline]) -> tuple[Inline, ...]:
    """Strip spaces at both ends and around line breaks; drop leading/trailing breaks."""
    if LineBreak not in map(type, nodes):  # most runs: only the two ends can need it
        return _trim_ends(nodes)
    result: list[Inline] = []
    for index, node in enumerate(nodes):
        if isinstance(node, Text):
            text = node.text
            if index == 0 or isinstance(nodes[index - 1], LineBreak):
                text = text.lstrip(" ")
            if index == len(nodes) - 1 or isinstance(nodes[index + 1], LineBreak):
                text = text.rstrip(" ")
            if text:
                result.append(node if len(text) == len(node.text) else Text(text))
        else:
            result.append(node)
    while result and isinstance(result[0], LineBreak):
        result.pop(0)
    while result and isinstance(result[-1], LineBreak):
        result.pop()
    return tuple(result)


def _trim_ends(nodes: list[Inline]) -> tuple[Inline, ...]:
    """:func:`_trim` of nodes holding no line break, which :func:`_collapse` left with no
    empty ``Text`` and no space but at the edges of a ``Text``."""
    if nodes and isinstance(first := nodes[0], Text) and first.text.startswith(" "):
        text = first.text.lstrip(" ")
        nodes = [Text(text), *nodes[1:]] if text else nodes[1:]
    if nodes and isinstance(last := nodes[-1], Text) and last.text.endswith(" "):
        text = last.text.rstrip(" ")
        nodes = [*nodes[:-1], Text(text)] if text else nodes[:-1]
    return tuple(nodes)


def normalize_block(block: Block) -> Block | None:
    """Normalise a block's inlines; ``None`` when nothing of it is left."""
    if isinstance(block, Paragraph):  # most blocks: no class pattern to read
        kids = _trim(_collapse(block.children))
        if not kids or _invisible(kids):
            return None
        return block if kids == block.children else Paragraph(kids)
    match block:
        case Heading(level, children, anchor):
            kids = _normalized(children)
            return Heading(level, kids, anchor) if kids else None
        case Quote(children, attribution):
            body = normalize_blocks(children)
            return Quote(body, _normalized(attribution)) if body else None
        case ListBlock(items, ordered, start):
            kept = tuple(normalize_blocks(item) for item in items)
            kept = tuple(item for item in kept if item)
            return ListBlock(kept, ordered, start) if kept else None
        case Figure(image, caption, credit):
            return Figure(image, _normalized(caption), _normalized(credit))
        case Table(rows, caption):
            cells = tuple(tuple(_normalized_cell(cell) for cell in row) for row in rows)
            cells = tuple(row for row in cells if row)
            return Table(cells, _normalized(caption)) if cells else None
        case _:
            return block


def _normalized_cell(cell: Cell) -> Cell:
    kids = _normalized(cell.children)
    return cell if kids == cell.children else Cell(kids, cell.header, cell.colspan, cell.rowspan)


def _invisible(nodes: tuple[Inline, ...]) -> bool:
    """Whether ``nodes`` are one text of zero-width characters only: a paragraph a block
    editor left empty (``<p>&#8203;</p>``), which shows nothing."""
    return (
        len(nodes) == 1
        and isinstance(text := nodes[0], Text)
        and not text.text.strip(ZERO_WIDTH + " ")
    )


def normalize_blocks(blocks: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(kept for block in blocks if (kept := normalize_block(block)) is not None)


def normalize(doc: Document) -> Document:
    """Return ``doc`` with every block normalised (idempotent)."""
    return replace(doc, blocks=normalize_blocks(doc.blocks))
