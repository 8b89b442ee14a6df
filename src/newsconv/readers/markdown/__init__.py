"""Read GitHub-flavoured Markdown with YAML front matter: the Markdown writer's partner.

markdown-it-py parses (CommonMark, GFM tables and strikethrough, front matter); this module
maps its syntax tree onto the model through :mod:`newsconv.build`. It reads back the
writer's conventions (figures, quote attributions, table captions, ``<em>``/``<sup>``
and friends; see :mod:`newsconv.writers.markdown.blocks`) and also ordinary Markdown that
people write. Other raw HTML keeps its text and loses its tags, with a diagnostic. Links
are kept as written: no URL normalisation, no scheme filtering (writers sanitise).

Headings: the title is a document's one ``#``. A lone ``#`` heading opening the file is the
title (unless the front matter names another), and with no ``#`` left in the body, ``##``
is the model's level 1. A file with several ``#`` headings keeps them all as sections.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, ClassVar

import lxml.html
from lxml import etree
from lxml.html import HtmlElement
from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.front_matter import front_matter_plugin

from newsconv import build
from newsconv.diagnostics import Diagnostic, Reporter
from newsconv.encoding import decode
from newsconv.errors import EmptyInput, NoArticleFound, ParseError
from newsconv.limits import CALLS_PER_LEVEL, MAX_DEPTH, recursion_room, too_deep
from newsconv.model import (
    Block,
    Cell,
    Code,
    CodeBlock,
    Document,
    Emphasis,
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
    Strikeout,
    Strong,
    Subscript,
    Superscript,
    Table,
    Text,
)
from newsconv.options import ReadOptions
from newsconv.readers.markdown.frontmatter import load_front_matter, metadata_from
from newsconv.tree import inline_text

ATTRIBUTION = "— "
CAPTION = "Table: "

Styled = type[Emphasis | Strong | Strikeout | Superscript | Subscript]
#: Inline HTML tags that are model nodes; any other tag is dropped, its text kept.
HTML_STYLES: dict[str, Styled] = {
    "em": Emphasis,
    "i": Emphasis,
    "strong": Strong,
    "b": Strong,
    "del": Strikeout,
    "s": Strikeout,
    "strike": Strikeout,
    "sup": Superscript,
    "sub": Subscript,
}
MARKDOWN_STYLES: dict[str, Styled] = {"em": Emphasis, "strong": Strong, "s": Strikeout}
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*>\Z")
_HTML_BLOCK_PARSER = lxml.html.HTMLParser(encoding="utf-8")
_COMMENT = re.compile(r"\s*(?:<!--.*?-->\s*)+\Z", re.DOTALL)


class _KeepLinks(MarkdownIt):
    """Links as written: no URL normalisation, no scheme filter (writers sanitise)."""

    def validateLink(self, url: str) -> bool:
        return True

    def normalizeLink(self, url: str) -> str:
        return url


#: markdown-it drops whatever lies deeper than this (20 in CommonMark's preset: the text of
#: 21 nested quotes was lost). A list takes two of its levels for one of the model's, so
#: any document it cuts short is too deep for newsconv anyway, and is refused.
_MAX_NESTING = 2 * MAX_DEPTH + 2


@functools.cache
def parser() -> MarkdownIt:
    options = {"maxNesting": _MAX_NESTING}
    md = _KeepLinks("commonmark", options).enable(["table", "strikethrough"])
    return md.use(front_matter_plugin)


class MarkdownReader:
    name: ClassVar[str] = "md"
    options_type: ClassVar[type[ReadOptions]] = ReadOptions

    def read(
        self, data: bytes, *, options: ReadOptions, source: str | None, report: Reporter
    ) -> Document:
        text, _ = decode(data, declared=options.encoding)
        if not text.strip():
            raise EmptyInput(where=source)
        doc = read_markdown(text, report, source=source)
        if not doc.blocks and doc.metadata == Metadata(source=doc.metadata.source):
            # only raw HTML or link definitions, which the model has no place for
            raise NoArticleFound("no article text found", where=source)
        return doc


def read_markdown(text: str, report: Reporter, *, source: str | None = None) -> Document:
    """Parse ``text`` into a document."""
    with recursion_room(CALLS_PER_LEVEL * _MAX_NESTING):
        tokens = parser().parse(text)
        if any(token.level >= _MAX_NESTING - 1 for token in tokens):
            raise ParseError(f"nested more than {MAX_DEPTH} levels deep")
        doc = _Converter(report, source).document(tokens)
    if (linked := _link_blocks(tokens)) >= WHOLE_PAGE_LINKS:
        report(Diagnostic("warning", "whole-page", _WHOLE_PAGE.format(linked), source))
    problem = too_deep(doc)
    if problem is not None:
        raise ParseError(problem)
    return doc


#: Blocks that are only links (a menu's items, a list of teasers), at least this many and
#: this share of all, make a file without front matter a whole web page converted to
#: Markdown (html2text, a "reader" service), not an article: the text reader finds the
#: article in such a page, which the Markdown reader keeps whole.
WHOLE_PAGE_LINKS, WHOLE_PAGE_SHARE = 10, 0.3
_WHOLE_PAGE = (
    "{} blocks are only links: this looks like a whole web page converted to Markdown;"
    " --from text finds the article in it"
)
#: What may stand between the links of a block that is only links.
_BETWEEN_LINKS = " |·•-–"


def _link_blocks(tokens: Sequence[Any]) -> int:
    """How many blocks of a file without front matter are only links or pictures, when
    they are :data:`WHOLE_PAGE_SHARE` of its blocks at least; else 0."""
    if tokens and tokens[0].type == "front_matter":
        return 0
    blocks = [token.children or [] for token in tokens if token.type == "inline"]
    linked = sum(map(_only_links, blocks))
    return linked if linked >= WHOLE_PAGE_SHARE * len(blocks) else 0


def _only_links(children: Sequence[Any]) -> bool:
    """Whether an inline block holds links or pictures and nothing outside them but
    separators."""
    depth, linked = 0, False
    for child in children:
        if child.type in ("link_open", "image"):
            depth += child.type == "link_open"
            linked = True
        elif child.type == "link_close":
            depth -= 1
        elif not depth and _outside_links(child):
            return False
    return linked


def _outside_links(child: Any) -> bool:
    """Whether an inline token outside any link is more than a separator or a break."""
    if child.type == "text":
        return bool(child.content.strip(_BETWEEN_LINKS))
    return child.type not in ("softbreak", "hardbreak")


class _Converter:
    def __init__(self, report: Reporter, source: str | None) -> None:
        self.report = report
        self.source = source
        self.shift = 0  # Markdown heading rank minus the model's level

    def note(self, code: str, message: str) -> None:
        self.report(Diagnostic("info", code, message, self.source))

    def bad_metadata(self, message: str) -> None:
        self.note("bad-metadata", message)

    def document(self, tokens: Sequence[Any]) -> Document:
        nodes = SyntaxTreeNode(tokens).children
        meta = Metadata()
        if nodes and nodes[0].type == "front_matter":
            data = load_front_matter(nodes[0].content)
            meta = metadata_from(data, inlines=self.inline_source, note=self.bad_metadata)
            nodes = nodes[1:]
        sections = sum(token.type == "heading_open" and token.tag == "h1" for token in tokens)
        title = self.leading_title(nodes) if sections == 1 else None
        if title is not None and meta.title in (None, title):
            meta = replace(meta, title=title)
            nodes, sections = nodes[1:], 0
        # newsconv (and most Markdown) keeps `#` for the title: then `##` is level 1.
        self.shift = 0 if sections else 1
        return Document(meta, build.normalize_blocks(self.blocks(nodes)))

    def leading_title(self, nodes: Sequence[SyntaxTreeNode]) -> str | None:
        """The text of a ``#`` heading that opens the document, if one does."""
        if not nodes or nodes[0].type != "heading" or nodes[0].tag != "h1":
            return None
        return inline_text(self.inlines(nodes[0].children[0].children)) or None

    # --- blocks ------------------------------------------------------------------------

    def blocks(self, nodes: Sequence[SyntaxTreeNode]) -> list[Block]:
        out: list[Block] = []
        for node in nodes:
            if node.type == "paragraph" and out and isinstance(out[-1], Table):
                raw = node.children[0].content
                if raw.startswith(CAPTION) and not out[-1].caption:
                    caption = self.inline_source(raw[len(CAPTION) :])
                    out[-1] = Table(out[-1].rows, caption)
                    continue
            block = self.block(node)
            if block is not None:
                out.append(block)
        return out

    def block(self, node: SyntaxTreeNode) -> Block | None:
        match node.type:
            case "paragraph":
                return self.paragraph(node.children[0])
            case "heading":
                level = int(node.tag[1:]) - self.shift
                return Heading(level, self.inlines(node.children[0].children))
            case "blockquote":
                return self.quote(node.children)
            case "bullet_list" | "ordered_list":
                items = tuple(tuple(self.blocks(item.children)) for item in node.children)
                start = int(str(node.attrs.get("start", 1)))
                return ListBlock(items, node.type == "ordered_list", start)
            case "fence" | "code_block":
                text = node.content[:-1] if node.content.endswith("\n") else node.content
                return CodeBlock(text, node.info.strip() or None)
            case "hr":
                return Rule()
            case "table":
                return self.table(node)
            case "html_block":
                return self.html_block(node.content)
            case _:
                self.note("markdown-skipped", f"skipped a {node.type}")
                return None

    def paragraph(self, inline: SyntaxTreeNode) -> Block:
        lines: list[list[SyntaxTreeNode]] = [[]]
        for child in inline.children:
            if child.type == "softbreak":
                lines.append([])
            else:
                lines[-1].append(child)
        figure = self.figure(lines)
        return figure if figure is not None else Paragraph(self.inlines(inline.children))

    def figure(self, lines: list[list[SyntaxTreeNode]]) -> Figure | None:
        """An image alone on the first line, then an emphasised caption and/or a credit."""
        first = lines[0]
        if len(first) != 1 or first[0].type != "image" or len(lines) > 3:
            return None
        following = lines[1:]
        caption: tuple[Inline, ...] = ()
        credit: tuple[Inline, ...] = ()
        if following and len(following[0]) == 1 and following[0][0].type == "em":
            # Read from the syntax: normalising drops stress on punctuation alone ("*").
            caption = self.inlines(following.pop(0)[0].children)
        rest = [self.inlines(line) for line in following]
        if not caption and rest and len(rest[0]) == 1 and isinstance(emph := rest[0][0], Emphasis):
            caption = emph.children  # an <em> the writer spelt in HTML
            rest.pop(0)
        line = rest[0] if len(rest) == 1 else ()
        if line and isinstance(head := line[0], Text) and head.text.startswith(ATTRIBUTION):
            credit = build.inlines(head.text[len(ATTRIBUTION) :], rest.pop(0)[1:])
        if rest:
            return None
        image = self.image(first[0])
        return Figure(Image(image.src, image.alt), caption, credit)

    def quote(self, children: list[SyntaxTreeNode]) -> Quote:
        attribution: tuple[Inline, ...] = ()
        last = children[-1] if children else None
        if last is not None and last.type == "paragraph" and len(children) > 1:
            raw = last.children[0].content
            if raw.startswith(ATTRIBUTION):
                attribution = self.inline_source(raw[len(ATTRIBUTION) :])
                children = children[:-1]
        return Quote(tuple(self.blocks(children)), attribution)

    def table(self, node: SyntaxTreeNode) -> Table:
        rows: list[tuple[Cell, ...]] = []
        for section in node.children:
            for row in section.children:
                cells = tuple(
                    Cell(
                        self.inlines(cell.children[0].children) if cell.children else (),
                        cell.type == "th",
                    )
                    for cell in row.children
                )
                if section.type == "thead" and not any(cell.children for cell in cells):
                    continue  # an empty header row stands for "no header"
                rows.append(cells)
        return Table(tuple(rows))

    def html_block(self, html: str) -> Block | None:
        if _COMMENT.match(html):
            return None
        # Parsed as a whole page, from UTF-8 bytes: lxml's fragment parsing fails on a lone
        # <!DOCTYPE> and asserts on an <html> tag, and a string may not hold an XML
        # declaration, all common at the top of a page saved as .md.
        try:
            root: HtmlElement = lxml.html.document_fromstring(
                html.encode("utf-8", "replace"), parser=_HTML_BLOCK_PARSER
            )
        except etree.ParserError:  # a doctype, processing instruction or end tag alone
            return None
        self.note("raw-html", "kept the text of an HTML block, dropped its tags")
        return build.para(root.text_content())

    # --- inlines -----------------------------------------------------------------------

    def inline_source(self, text: str) -> tuple[Inline, ...]:
        """Parse a Markdown string (a caption in front matter, an attribution) as inlines."""
        tokens = parser().parseInline(text)
        return self.inlines(SyntaxTreeNode(tokens).children[0].children) if tokens else ()

    def inlines(self, nodes: Sequence[SyntaxTreeNode]) -> tuple[Inline, ...]:
        stack: list[tuple[Styled | None, list[Inline | str]]] = [(None, [])]
        for node in nodes:
            if node.type == "html_inline":
                self.html_inline(node.content, stack)
            else:
                stack[-1][1].extend(self.inline(node))
        while len(stack) > 1:  # unclosed HTML: keep the contents
            _, kids = stack.pop()
            stack[-1][1].extend(kids)
        return build.inlines(stack[0][1])

    def inline(self, node: SyntaxTreeNode) -> list[Inline | str]:
        match node.type:
            case "text":
                return [node.content]
            case "softbreak":
                return [" "]
            case "hardbreak":
                return [LineBreak()]
            case "code_inline":
                return [Code(node.content)]
            case "em" | "strong" | "s":
                return [MARKDOWN_STYLES[node.type](self.inlines(node.children))]
            case "link":
                title = node.attrs.get("title")
                href = str(node.attrs["href"])
                return [Link(self.inlines(node.children), href, str(title) if title else None)]
            case "image":
                return [self.image(node)]
            case _:
                self.note("markdown-skipped", f"skipped a {node.type}")
                return []

    def image(self, node: SyntaxTreeNode) -> InlineImage:
        alt = build.normalize_text(inline_text(self.inlines(node.children)))
        return InlineImage(str(node.attrs["src"]), alt)

    def html_inline(self, html: str, stack: list[tuple[Styled | None, list[Inline | str]]]) -> None:
        match = _TAG.match(html)
        name = match.group(2).lower() if match else ""
        if _COMMENT.match(html):
            return
        if name == "br":
            stack[-1][1].append(LineBreak())
        elif name in HTML_STYLES and match is not None:
            style = HTML_STYLES[name]
            if not match.group(1):
                stack.append((style, []))
            elif len(stack) > 1 and stack[-1][0] is style:
                _, kids = stack.pop()
                stack[-1][1].append(style(build.inlines(kids)))
        else:
            self.note("raw-html", f"dropped the HTML tag {html!r}")
