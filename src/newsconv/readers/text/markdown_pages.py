"""A whole page converted to Markdown (html2text, markdownify, a "reader" service) as text.

Pipelines that feed pages to scripts or language models often keep them as Markdown: the
menus become lists of links, the logo an image, the story paragraphs, all with their
syntax (``[News](https://…)``, ``![](logo.png)``, ``**``, ``## ``) and hard-wrapped, an
address broken over two rows. The text reader finds the article by how its lines read,
so the syntax goes first: markdown-it-py parses the page, and each block becomes one line
of its text, a list's item with its bullet, a table's row with its cells between tabs
(as a browser copies them), a quotation with its ``>``. A text is taken for such a page
when it holds :data:`MIN_LINKS` Markdown links or images, or a Markdown heading; a page
copied from a browser holds neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

#: Links or images a text holds at least when it is a page converted to Markdown.
MIN_LINKS = 3
#: A page converted to Markdown is some tens of thousands of characters, and parsing takes
#: about a microsecond a character: a longer text is read as it is, in linear time.
MAX_CHARS = 2_000_000
#: Where a Markdown link's or image's address starts: "](https://", "](/", "](#top",
#: "](logo.png" (not a label in brackets after some text: "](BUTTON)", "](2019)").
_LINK = re.compile(r"\]\((?:[a-zA-Z][\w+.-]*:|[/#.]|[\w-]+[./])")
#: A heading as Markdown marks it: no text copied from a page, nor a hashtag ("#news"),
#: opens so.
_HEADING = re.compile(r"\s*#{1,6} +[^\W\d_]")
#: A link's or image's address, from its bracket, where wrapping may have broken it.
_ADDRESS = re.compile(r"\]\([^()\s]*\n[^()]*\)")
#: A heading's link whose text wrapping broke over two rows: Markdown ends a heading at
#: its row's end, so the break leaves the link unread and the headline cut in two (in a
#: paragraph the break is a space, and a quotation's or list's row opens with its mark).
_HEADING_LINK = re.compile(r"^(#{1,6} [^\n]*\[[^\[\]\n]*)\n([^\[\]\n]*\]\()", re.MULTILINE)
#: A heading and the rows right under it, before a blank row. A converter that wraps
#: (html2text at 78 columns, pandoc at 72) sets a blank row under every heading, so a row
#: right under one goes on with it: Markdown ends a heading at its row's end, and the rest
#: of a long headline, a deck's second half, would read as a paragraph of its own.
_HEADING_BLOCK = re.compile(r"^#{1,6} [^\n]*(?:\n[^\n]*\S[^\n]*)+", re.MULTILINE)
#: The narrowest column converters wrap at: a row was wrapped only if it and the next
#: row's first word would not have fitted in it (a page written in Markdown by hand may
#: set a short heading right over its paragraph).
WRAP_COLUMN = 72
#: How a row under a heading opens that starts a block of its own: a list's item, a
#: quotation, a heading, a table's row, code, markup, a picture.
_BLOCK_START = re.compile(r"\s|[#>*+|`<!-]|\d+[.)]\s")
#: The opening of an HTML block that only its closing tag ends (CommonMark's first kind).
_RAW_OPENING = re.compile(
    r"^( {0,3})<(script|pre|style|textarea)(?=[\s>]|$)", re.MULTILINE | re.IGNORECASE
)
#: An empty emphasis as html2text writes it ("__", "****"): an icon's ``<i></i>`` before a
#: button's label ("__Share", "__ Comments (12)"), which Markdown leaves as text. It stands
#: at a word's start; a word's own underscores ("snake__case") stay.
_EMPTY_EMPHASIS = re.compile(r"(?<!\S)(?:__|\*\*)+(?![_*])")
#: What an inline element's children become: nothing but their text.
_BREAKS = {"softbreak": " ", "hardbreak": "\n"}


def is_markdown_page(text: str) -> bool:
    """Whether ``text`` holds :data:`MIN_LINKS` Markdown links or images, or opens with a
    heading as Markdown marks it ("# Headline"; inside a text, "# …" may be a comment in
    a piece of code), and is no longer than :data:`MAX_CHARS`."""
    if len(text) > MAX_CHARS:
        return False
    found = _LINK.finditer(text)
    # "]" alone is found far faster than the regex finds "](": most texts hold none.
    linked = "]" in text and sum(1 for _ in zip(range(MIN_LINKS), found, strict=False)) == MIN_LINKS
    return linked or _HEADING.match(text) is not None


def markdown_text(text: str) -> str:
    """The text of a page in Markdown, a line a block, blocks apart (see the module)."""
    if "<" in text:
        text = _RAW_OPENING.sub(_unclosed, text)
    text = _HEADING_LINK.sub(r"\1 \2", _ADDRESS.sub(_unwrapped, text))
    if "#" in text:
        text = _HEADING_BLOCK.sub(_heading_unwrapped, text)
    return "\n\n".join(_lines(_parser().parse(text)))


def _unclosed(opening: re.Match[str]) -> str:
    """A raw HTML block's opening tag written as text when no closing tag follows it: a
    converter leaves a page's markup in as text (html2text prints a ``<noscript>``'s), and
    Markdown runs a block opened by ``<script``, ``<style``, ``<pre`` or ``<textarea`` to
    its closing tag, which would be the page's end. As text, the tag reads as markup
    (chrome) and the page after it as the page."""
    closing = re.compile(f"</{opening[2]}", re.IGNORECASE)
    if closing.search(opening.string, opening.end()):
        return opening[0]
    return f"{opening[1]}\\<{opening[2]}"


def _unwrapped(address: re.Match[str]) -> str:
    """A link's address and title without the line breaks wrapping put in them, which
    would leave the link unread: html2text breaks an address after a hyphen (it holds no
    space), a title at a space."""
    return address[0].replace("-\n", "-").replace("\n", " ")


def _heading_unwrapped(block: re.Match[str]) -> str:
    """A heading with the rows that wrapping broke off it joined to its row (see
    :data:`_HEADING_BLOCK`), a word broken after its hyphen ("ex-" / "presidente") whole
    again; the rows from the first that was no heading's go on as they were."""
    rows = block[0].split("\n")
    joined = rows[0]
    end = 1
    while end < len(rows) and not _BLOCK_START.match(rows[end]):
        above, row = rows[end - 1], rows[end]
        if len(above) + 1 + len(row.split(" ", 1)[0]) <= WRAP_COLUMN:
            break  # the word would have fitted on the row above: not wrapped there
        hyphen = above.endswith("-") and above[-2:-1].isalpha()
        joined = f"{joined}{row}" if hyphen else f"{joined} {row}"
        end += 1
    return "\n".join([joined, *rows[end:]])


def _parser() -> MarkdownIt:
    """The Markdown reader's parser: every link read (markdown-it leaves those to
    ``javascript:`` or ``file:`` as text), tables, nesting as deep as newsconv reads.
    Imported on first use: the text reader needs it only for such pages."""
    from newsconv.readers.markdown import parser

    return parser()


def _lines(tokens: Sequence[Token]) -> Iterator[str]:
    """The blocks of ``tokens`` as lines of text."""
    bullets: list[int | None] = []  # each open list's next number, None for bullets
    quoted = 0  # how many quotations are open
    cells: list[str] | None = None  # the open table row's
    opening = ""  # the bullet of a list's item whose first block is yet to come
    for token in tokens:
        kind = token.type
        if kind == "tr_open":
            cells = []
        elif kind == "tr_close" and cells is not None:
            yield "\t".join(cells)
            cells = None
        elif kind in ("bullet_list_open", "ordered_list_open"):
            bullets.append(int(token.attrGet("start") or 1) if kind[0] == "o" else None)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            bullets.pop()
        elif kind == "list_item_open":
            opening = _bullet(bullets)
        elif kind in ("blockquote_open", "blockquote_close"):
            quoted += 1 if kind == "blockquote_open" else -1
        elif kind in ("fence", "code_block"):
            yield token.content.rstrip("\n")
        elif kind == "inline":
            line = _inline_text(token.children or [])
            if cells is not None:
                cells.append(line)
            elif line:
                yield "> " * quoted + opening + line
                opening = ""


def _bullet(bullets: list[int | None]) -> str:
    """The marker of a new item of the innermost open list, counting it."""
    number = bullets[-1] if bullets else None
    if number is None:
        return "- "
    bullets[-1] = number + 1
    return f"{number}. "


def _inline_text(children: Sequence[Token]) -> str:
    """The text of an inline block: its words and code, without images, markup or links'
    addresses, nor the marks of empty emphasis (:data:`_EMPTY_EMPHASIS`)."""
    return "".join(
        _without_empty_emphasis(child.content)
        if child.type == "text"
        else child.content
        if child.type == "code_inline"
        else _BREAKS.get(child.type, "")
        for child in children
    ).strip()


def _without_empty_emphasis(text: str) -> str:
    """``text`` without :data:`_EMPTY_EMPHASIS` marks."""
    if "__" in text or "**" in text:
        return _EMPTY_EMPHASIS.sub("", text)
    return text
