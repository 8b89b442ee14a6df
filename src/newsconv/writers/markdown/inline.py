"""Inlines to GitHub-flavoured Markdown, escaped so that a CommonMark parser reads them back.

Escaping is minimal: a character gets a backslash only where it could be read as markup
in its place (``*`` between spaces and ``_`` inside a word stay bare; ``1.`` is escaped
only at the start of a line). Emphasis delimiters follow CommonMark's flanking rules,
checked with markdown-it-py's own character classes; where neither ``*`` nor ``_`` (or
``~~``) would be read back as the same span, the span is written as raw HTML (``<em>``,
``<strong>``, ``<del>``), which the Markdown reader turns back into the same node.
Superscript and subscript are always ``<sup>``/``<sub>``, as GitHub renders them; a line
break is a backslash before the newline, or ``<br>`` where a line cannot end (headings,
table cells).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import unquote

from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace

from newsconv import build
from newsconv.diagnostics import Diagnostic, Reporter
from newsconv.model import (
    STYLED_INLINES,
    Code,
    Emphasis,
    Inline,
    InlineImage,
    LineBreak,
    Link,
    Strikeout,
    Strong,
    Subscript,
    Superscript,
    Text,
)
from newsconv.tree import assert_never

#: Markdown delimiters to try for each styled node, then the HTML tag to fall back on.
_DELIMITERS: dict[type, tuple[tuple[str, ...], str]] = {
    Emphasis: (("*", "_"), "em"),
    Strong: (("**", "__"), "strong"),
    Strikeout: (("~~",), "del"),
    Superscript: ((), "sup"),
    Subscript: ((), "sub"),
}

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});")
#: Line starts that open a block: an ATX heading, a bullet, a setext underline or rule.
_BLOCK_START = re.compile(r"#{1,6}(?: |$)|[-+*](?: |$)|[-=]+ *$")
_ORDERED_START = re.compile(r"\d{1,9}(?=[.)](?: |$))")
#: What a node's rendering starts with, as far as flanking rules care (all punctuation).
_OPENING_CHAR = {Code: "`", Link: "[", InlineImage: "!", LineBreak: "\\"}


def _space(char: str | None) -> bool:
    """Whitespace for flanking purposes; the start or end of a line counts as whitespace."""
    return char is None or isWhiteSpace(ord(char))


def _punct(char: str | None) -> bool:
    return char is not None and (isMdAsciiPunct(ord(char)) or isPunctChar(char))


def _left_flanking(before: str | None, after: str | None) -> bool:
    return not _space(after) and (not _punct(after) or _space(before) or _punct(before))


def _right_flanking(before: str | None, after: str | None) -> bool:
    return not _space(before) and (not _punct(before) or _space(after) or _punct(after))


def _can_open(delimiter: str, before: str | None, after: str | None) -> bool:
    if not _left_flanking(before, after):
        return False
    return delimiter[0] != "_" or not _right_flanking(before, after) or _punct(before)


def _can_close(delimiter: str, before: str | None, after: str | None) -> bool:
    if not _right_flanking(before, after):
        return False
    return delimiter[0] != "_" or not _left_flanking(before, after) or _punct(after)


def first_char(node: Inline) -> str:
    """A stand-in for the first character ``node`` renders to (its class is what counts)."""
    return node.text[0] if isinstance(node, Text) else _OPENING_CHAR.get(type(node), "<")


def last_char(node: Inline) -> str:
    """Likewise for the last character (``>`` stands for any closing punctuation)."""
    if isinstance(node, Text):
        return node.text[-1]
    return "`" if isinstance(node, Code) else ">"


@dataclass(frozen=True, slots=True)
class Context:
    """Where a run of inlines is written.

    ``one_line``: the run cannot span lines (headings, table cells), so breaks are
    ``<br>``. ``open_delimiters``: delimiter characters of enclosing spans, which an inner
    span must not reuse lest its opener close the outer span. ``wrap``: long lines may be broken at
    spaces (not where a line break would change what the reader sees, e.g. a credit line).
    """

    one_line: bool = False
    open_delimiters: frozenset[str] = frozenset()
    wrap: bool = True


#: For lines the reader goes by, which must not be broken.
UNWRAPPED = Context(wrap=False)


class InlineWriter:
    """Renders inline sequences; one instance per document, reporting what it drops."""

    def __init__(
        self, report: Reporter, *, width: int | None = None, anchors: dict[str, str] | None = None
    ) -> None:
        self.report = report
        self.width = width
        #: The slug each heading anchor of the document is written as (see .anchors).
        self.anchors = anchors or {}

    def render(
        self, nodes: tuple[Inline, ...], context: Context = Context(), *, line_start: bool = True
    ) -> str:
        """``nodes`` as Markdown; ``line_start``: they begin a line, where blocks can open."""
        out: list[str] = []
        self._sequence(nodes, out, context, after=None, line_start=line_start)
        return "".join(out)

    def _sequence(
        self,
        nodes: tuple[Inline, ...],
        out: list[str],
        context: Context,
        *,
        after: str | None,
        line_start: bool,
    ) -> None:
        for index, node in enumerate(nodes):
            following = nodes[index + 1] if index + 1 < len(nodes) else None
            next_char = first_char(following) if following is not None else after
            before = _last(out)
            self._node(node, out, context, before, next_char, following, line_start)
            line_start = isinstance(node, LineBreak) and not context.one_line

    def _node(
        self,
        node: Inline,
        out: list[str],
        context: Context,
        before: str | None,
        after: str | None,
        following: Inline | None,
        line_start: bool,
    ) -> None:
        match node:
            case Text(text):
                escaped = escape_text(text, line_start=line_start, following=following)
                if self.width and context.wrap and not context.one_line:
                    escaped = wrap_text(
                        escaped, self.width, column="".join(out).rpartition("\n")[2]
                    )
                out.append(escaped)
            case Code(text):  # an empty comment keeps two code spans apart
                out.append(("<!-- -->" if before == "`" else "") + code_span(text))
            case LineBreak():
                out.append("<br>" if context.one_line else "\\\n")
            case InlineImage(src, alt):
                out.append(f"![{escape_text(alt)}]({destination(src)})")
            case Link(children, href, title):
                self._link(node, children, href, title, out, context)
            case Emphasis() | Strong() | Strikeout() | Superscript() | Subscript():
                self._styled(node, out, context, before, after)
            case _:
                assert_never(node)

    def _link(
        self,
        node: Link,
        children: tuple[Inline, ...],
        href: str,
        title: str | None,
        out: list[str],
        context: Context,
    ) -> None:
        out.append("[")
        self._sequence(self._unnest(children), out, context, after="]", line_start=False)
        suffix = f' "{escape_title(title)}"' if title is not None else ""
        if href.startswith("#") and (slug := self.anchors.get(unquote(href[1:]))):
            href = f"#{slug}"
        out.append(f"]({destination(href)}{suffix})")

    def _unnest(self, nodes: tuple[Inline, ...]) -> tuple[Inline, ...]:
        """Link text without links: Markdown has none inside a link, so each keeps its text.

        Done before writing, so that emphasis next to a former link sees the text that
        will really be there when it picks its delimiters.
        """
        out: list[Inline] = []
        for node in nodes:
            if isinstance(node, Link):
                note = f"link to {node.href!r} inside a link"
                self.report(Diagnostic("warning", "nested-link", note))
                out.extend(self._unnest(node.children))
            elif isinstance(node, STYLED_INLINES):
                out.append(type(node)(self._unnest(node.children)))
            else:
                out.append(node)
        return build.inlines(out)

    def _styled(
        self,
        node: Emphasis | Strong | Strikeout | Superscript | Subscript,
        out: list[str],
        context: Context,
        before: str | None,
        after: str | None,
    ) -> None:
        candidates, tag = _DELIMITERS[type(node)]
        first, last = first_char(node.children[0]), last_char(node.children[-1])
        for delimiter in candidates:
            char = delimiter[0]
            if (
                char not in context.open_delimiters
                and before != char
                and after != char
                and _can_open(delimiter, before, first)
                and _can_close(delimiter, last, after)
            ):
                opening, closing = delimiter, delimiter
                inner = replace(context, open_delimiters=context.open_delimiters | {char})
                break
        else:
            opening, closing, inner = f"<{tag}>", f"</{tag}>", context
        out.append(opening)
        self._sequence(node.children, out, inner, after=closing[0], line_start=False)
        out.append(closing)


def _last(out: list[str]) -> str | None:
    for part in reversed(out):
        if part:
            return part[-1]
    return None


def escape_text(text: str, *, line_start: bool = False, following: Inline | None = None) -> str:
    """``text`` with a backslash before each character that would be read as markup here."""
    out: list[str] = []
    for index, char in enumerate(text):
        before = text[index - 1] if index else None
        after = text[index + 1] if index + 1 < len(text) else None
        if _needs_escape(char, before, after, text, index, following):
            out.append("\\")
        out.append(char)
    escaped = "".join(out)
    return _escape_line_start(escaped) if line_start else escaped


def _needs_escape(
    char: str,
    before: str | None,
    after: str | None,
    text: str,
    index: int,
    following: Inline | None,
) -> bool:
    match char:
        case "`" | "[" | "]" | "|" | "~":
            return True
        case "\\":
            return after is None or isMdAsciiPunct(ord(after))
        case "*":
            return not (before and after and _space(before) and _space(after))
        case "_":
            return not (_word(before) and _word(after))
        case "<":
            return after is None or not _space(after)
        case "&":
            return _ENTITY.match(text, index) is not None
        case "!":
            return after is None and isinstance(following, Link)
        case _:
            return False


def _word(char: str | None) -> bool:
    return char is not None and not _space(char) and not _punct(char)


def _escape_line_start(text: str) -> str:
    """Escape what would open a block at the start of a line (``>``, ``#``, ``-``, ``1.``)."""
    if text.startswith(">") or _BLOCK_START.match(text):
        return "\\" + text
    ordered = _ORDERED_START.match(text)
    if ordered:
        return text[: ordered.end()] + "\\" + text[ordered.end() :]
    return text


def wrap_text(escaped: str, width: int, *, column: str) -> str:
    """Break ``escaped`` text at spaces to keep lines near ``width`` (``column``: the line so far).

    A break goes only between two words of this text, never after a backslash (that would
    be a hard break), and each new line is escaped as a line start, as a whole: ``*`` then
    ``x`` make a bullet only once they share a line; so is the first, when the text starts
    a line and a break cut it short.
    """
    words = escaped.split(" ")
    lines = [words[0]]
    used = len(column) + len(words[0])
    for word in words[1:]:
        breakable = bool(lines[-1]) and bool(word) and not lines[-1].endswith("\\")
        if breakable and used + 1 + len(word) > width:
            lines.append(word)
            used = len(word)
        else:
            lines[-1] += " " + word
            used += 1 + len(word)
    if len(lines) > 1 and not column:  # cut short, the first line may now open a block
        lines[0] = _escape_line_start(lines[0])  # ("--- **x**" broken after "---": a rule)
    return "\n".join([lines[0], *map(_escape_line_start, lines[1:])])


def code_span(text: str) -> str:
    """``text`` in the shortest backtick fence that no run inside it matches, padded as needed."""
    runs = {len(run) for run in re.findall(r"`+", text)}
    fence = "`" * next(n for n in range(1, len(runs) + 2) if n not in runs)
    pad = text.startswith("`") or text.endswith("`")
    pad = pad or (text.startswith(" ") and text.endswith(" ") and text.strip(" ") != "")
    inner = f" {text} " if pad else text
    return f"{fence}{inner}{fence}"


def destination(url: str) -> str:
    """A link destination: bare when safe, else in angle brackets with escapes.

    Line breaks and other control characters cannot appear in a destination, so they are
    percent-encoded, as a browser would send them.
    """
    url = re.sub(r"[\x00-\x1f\x7f]", lambda m: f"%{ord(m.group()):02X}", url)
    if url and re.fullmatch(r"[^\s<>()\\&\x00-\x1f]+", url):
        return url
    escaped = re.sub(r"[\\<>]", lambda m: "\\" + m.group(), url)
    return "<" + _ENTITY.sub(lambda m: "\\" + m.group(), escaped) + ">"


def escape_title(title: str) -> str:
    escaped = re.sub(r'[\\"]', lambda m: "\\" + m.group(), title)
    return _ENTITY.sub(lambda m: "\\" + m.group(), escaped)
