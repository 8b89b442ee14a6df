"""The article's DOM to model blocks: structure kept, presentation dropped.

Containers (``div``, ``section``, ...) vanish and their loose text becomes paragraphs; a
double ``<br>`` ends a paragraph as browsers show it; links and images are resolved
against the page's base URL (and never fetched); a figure's caption is split from its
credit. The blocks are normalised once at the end (:func:`newsconv.build.normalize_blocks`),
so the model's invariants hold. Nesting deeper than :data:`MAX_DEPTH` is read as plain text
instead of recursed into.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TypeGuard
from urllib.parse import unquote

from lxml import etree
from lxml.html import HtmlElement

from newsconv.build import normalize_block, normalize_blocks, normalize_text
from newsconv.evaluate import tokens
from newsconv.model import (
    Block,
    Cell,
    Code,
    CodeBlock,
    Emphasis,
    Figure,
    Heading,
    Image,
    Inline,
    InlineImage,
    LineBreak,
    Link,
    ListBlock,
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
from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.emails import PROTECTED_LINK, hidden_address
from newsconv.readers.html.exports import drawn_emphasis, without_redirect
from newsconv.readers.html.figures import (
    caption_under_picture,
    captioned_box,
    dimension,
    figure_caption,
    image_source,
    is_pixel,
    names_caption,
    names_credit,
    picture_box,
)
from newsconv.readers.html.meta.image import icon_file
from newsconv.readers.html.textstats import markup_free
from newsconv.readers.html.tidy import is_data_table
from newsconv.readers.toggles import CAPTION_TOGGLE
from newsconv.tree import child_inlines, inline_text
from newsconv.urls import Resolver

#: Deeper than this, an element's text is taken flat: no page needs more structure.
MAX_DEPTH = 100
#: A cell spans at most this many columns and rows, as browsers read it (the HTML
#: standard's limits): a writer that lays spans out would spend forever on colspan=99999999.
MAX_COLSPAN, MAX_ROWSPAN = 1000, 65534

_STYLED: dict[str, type[Emphasis | Strong | Strikeout | Superscript | Subscript]] = {
    "em": Emphasis, "i": Emphasis, "cite": Emphasis, "dfn": Emphasis, "var": Emphasis,
    "strong": Strong, "b": Strong, "s": Strikeout, "strike": Strikeout, "del": Strikeout,
    "sup": Superscript, "sub": Subscript,
}  # fmt: skip
_CODE = frozenset({"code", "kbd", "samp", "tt"})
#: How an address written as a picture's alt begins.
_ADDRESSES = ("http://", "https://", "//")
#: The list elements a list may hold outside its items.
_LISTS = ("ul", "ol")
#: Elements whose ``style`` draws them bold or italic in pasted text, or sets Google's
#: ``<b>`` back to normal (an ``<em>`` or ``<strong>`` restyled so is rare, and each style
#: looked up costs the converter a call).
_STYLABLE = frozenset({"span", "font", "b"})
#: A dateline left over the story's first paragraph ("Jakarta -") stands among the first
#: blocks, is this short at most, and ends with a dash.
_DATELINE_REACH = 3
_DATELINE_MAX_CHARS = 40
_DATELINE_DASHES = (" -", " –", " —", "—", "–")
#: A paragraph of one symbol repeated this many times at least draws a rule ("* * *").
_BREAK_MIN_SYMBOLS = 3
#: How deep in marks a paragraph's lone run of text may be ("<p><b><i>* * *</i></b></p>").
_SYMBOL_NESTING = 3
#: A caption named as a credit is one when this short, in characters and words (a name,
#: an agency), else it describes the picture under a class that misnames it.
_CREDIT_MAX_CHARS, _CREDIT_MAX_WORDS = 60, 8
#: A credit in a row of its own under a picture's box is wrapped in this many elements at most.
_CREDIT_ROW_MAX_ELEMENTS = 4
#: A caption telling how to see its picture larger is this short at most.
_PROMPT_MAX_CHARS = 40
#: Elements that may show an address Cloudflare hides (:mod:`~.emails`).
_OBFUSCATED = frozenset({"a", "span"})
_LANGUAGE = re.compile(r"\b(?:language|lang)-([\w+#-]+)")
#: Children of a ``<blockquote>`` that name who is quoted.
_ATTRIBUTION = ("cite", "footer")
#: Blocks that may frame a picture and the caption under it: a ``div``, or a paragraph
#: whose caption is named one ("<p><img><span class=caption>…</span></p>"; an author's
#: portrait beside "Von Jennifer Patt" in a ``<p>`` is no figure).
_PICTURE_BOXES = frozenset({"div", "p"})
#: Elements that may be a box of a picture and only its captions and credits.
_CAPTIONED_BOXES = frozenset({"div", "section", "aside"})
#: A picture's box opening a paragraph holds a caption and credit this long at most.
_BOXED_CAPTION_MAX_CHARS = 400
#: Dashes that open a quote's closing line when it names the source ("— Name (@handle)").
_SIGNATURE_DASHES = ("—", "―", "–")
#: A closing line longer than this is quoted text, whatever it starts with.
SIGNATURE_MAX_CHARS = 200


def to_blocks(article: HtmlElement, *, base_url: str | None) -> tuple[Block, ...]:
    """The article's blocks, normalised, with heading levels starting at 1."""
    anchors = {_heading_id(heading) for heading in article.iter(*vocab.HEADINGS)}
    blocks = _with_dateline_joined(
        _with_plain_breaks(
            _without_echoed_captions(
                normalize_blocks(_Converter(base_url, anchors).blocks(article, 0))
            )
        )
    )
    levels = [block.level for block in blocks if isinstance(block, Heading)]
    shift = min(levels, default=1) - 1
    if not shift:
        return blocks
    return tuple(
        Heading(b.level - shift, b.children, b.id) if isinstance(b, Heading) else b for b in blocks
    )


def _with_dateline_joined(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """``blocks`` with the story's first paragraph joined to the dateline over it, a place
    and a dash left outside the paragraph's element ("<strong>Jakarta</strong> - <p>Seorang
    …"): one line, as the page shows it."""
    for index, block in enumerate(blocks[:_DATELINE_REACH]):
        if not isinstance(block, Paragraph):
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        text = inline_text(block.children).strip()
        if (
            isinstance(following, Paragraph)
            and len(text) <= _DATELINE_MAX_CHARS
            and text.endswith(_DATELINE_DASHES)
        ):
            joined = Paragraph((*block.children, Text(" "), *following.children))
            return (*blocks[:index], normalize_block(joined) or joined, *blocks[index + 2 :])
        return blocks
    return blocks


def _with_plain_breaks(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """``blocks`` with a paragraph of one symbol repeated ("* * *", "◆◆◆") made the rule
    it draws, a paragraph of other symbols alone dropped (an icon: "💡"), and no rule
    that parts nothing: at either end, or after another."""
    kept: list[Block] = []
    for block in blocks:
        if isinstance(block, Paragraph) and (symbols := _symbols_only(block)) is not None:
            if len(symbols) < _BREAK_MIN_SYMBOLS or len(set(symbols)) > 1:
                continue
            block = Rule()
        if isinstance(block, Rule) and (not kept or isinstance(kept[-1], Rule)):
            continue
        kept.append(block)
    while kept and isinstance(kept[-1], Rule):
        kept.pop()
    return tuple(kept)


def _symbols_only(paragraph: Paragraph) -> str | None:
    """The characters of a paragraph that is one run of text, maybe set in bold or the
    like, with no letter or digit (spaces aside), or None. Asked of every paragraph, it
    looks no further than a lone run's text, and reads the paragraph's own children with
    no pattern match."""
    inlines = paragraph.children
    for _ in range(_SYMBOL_NESTING):
        if len(inlines) != 1:
            return None
        node = inlines[0]
        if isinstance(node, Text):
            return None if any(map(str.isalnum, node.text)) else "".join(node.text.split())
        inlines = child_inlines(node)
    return None


def _without_echoed_captions(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """``blocks`` without a paragraph that says again what the figure just above it says
    in its caption or credit: a page prints a caption twice, once for its lightbox and once
    under the picture ("Credit: Getty Images" both times)."""
    kept: list[Block] = []
    for block in blocks:
        above = kept[-1] if kept else None
        if (
            isinstance(block, Paragraph)
            and isinstance(above, Figure)
            and (above.caption or above.credit)  # most figures: nothing said to echo
            and _echoes(block, above)
        ):
            continue
        kept.append(block)
    return tuple(kept) if len(kept) < len(blocks) else blocks


def _echoes(paragraph: Paragraph, figure: Figure) -> bool:
    """Whether ``paragraph`` holds only the words of ``figure``'s caption or credit (a credit
    maybe behind its label: "Credit: Jane Doe"), compared as the evaluation's tokens."""
    text = inline_text(paragraph.children)
    said = tokens(text)
    if not said:
        return False
    caption, credit = tokens(inline_text(figure.caption)), tokens(inline_text(figure.credit))
    return said in (caption, credit, caption + credit) or (
        bool(credit) and tokens(vocab.CREDIT_LABEL_OPENING.sub("", text)) == credit
    )


def _uncaptioned(block: Block) -> TypeGuard[Figure]:
    """Whether ``block`` is a figure with no caption yet."""
    return isinstance(block, Figure) and not block.caption


def _prompts_to_enlarge(caption: HtmlElement) -> bool:
    """Whether a caption only says how to see its picture larger (a short one, looked at)."""
    text = caption.text_content()
    return (
        len(text) <= _PROMPT_MAX_CHARS and vocab.ENLARGE_PROMPT.fullmatch(text.strip()) is not None
    )


def _controls_caption(text: str | None) -> bool:
    """Whether an inline element's ``text`` is a label that shows or hides its picture's
    caption ("<b>hide caption</b>" after the caption's words): the page's script speaking,
    kept in the caption or left as a paragraph of its own by a saved page."""
    return (
        text is not None
        and ("aption" in text or "APTION" in text)
        and len(text) <= _PROMPT_MAX_CHARS
        and CAPTION_TOGGLE.fullmatch(text.strip()) is not None
    )


def _uncredited(block: Block) -> TypeGuard[Figure]:
    """Whether ``block`` is a figure with no credit yet."""
    return isinstance(block, Figure) and not block.credit


def _credit_row(element: HtmlElement) -> str | None:
    """The credit a picture prints in a row of its own after its box, not in it: ``element``
    or a part of it holding all its words is named a credit (not a byline), as short as a
    name, with no picture (``<div class="row"><div class="columns credit">Warner Bros.
    </div></div>`` under the lead picture's wrapper)."""
    parts = list(itertools.islice(element.iter(etree.Element), _CREDIT_ROW_MAX_ELEMENTS + 1))
    if len(parts) > _CREDIT_ROW_MAX_ELEMENTS or any(p.tag == "img" for p in parts):
        return None
    text = normalize_text(element.text_content())
    if not text or len(text) > _CREDIT_MAX_CHARS or text.count(" ") >= _CREDIT_MAX_WORDS:
        return None
    for part in parts:
        if (
            names_credit(part)
            and not vocab.names_byline(vocab.class_and_id(part))
            and normalize_text(part.text_content()) == text
        ):
            return text
    return None


def _names_caption(element: HtmlElement) -> bool:
    """Whether ``element`` is a caption printed after its picture's box, not in it: named a
    caption, holding a caption's length of text and no picture (BBC's ``<div
    class="image_container">`` and then ``<div class="caption">``)."""
    return (
        names_caption(element)
        and element.find(".//img") is None
        and 0 < len(element.text_content().strip()) <= vocab.CAPTION_MAX_CHARS
    )


def _leading_picture_box(paragraph: HtmlElement) -> HtmlElement | None:
    """The box that opens ``paragraph`` with a picture and its caption, named one, before
    the paragraph's own words (Business Insider's "<p><strong><span class=image-container>
    <img><span class=source>…</span><span class=caption>…</span></span>The UK may…"): the
    outermost element round them that holds nothing else, no words of the paragraph before
    it. A figure of its own, it comes before the paragraph."""
    # most paragraphs are bare text, with no element for lxml's tag matcher to look through
    img = next(paragraph.iter("img"), None) if len(paragraph) else None
    if img is None:
        return None
    box = None
    for ancestor in img.iterancestors():
        if ancestor is paragraph:
            return None
        if figure_caption(ancestor) is not None:
            box = ancestor
            break
    if box is None:
        return None
    said = " ".join(box.text_content().split())
    if not said or len(said) > _BOXED_CAPTION_MAX_CHARS:
        return None
    parent = box.getparent()
    while parent is not paragraph and parent is not None:
        if " ".join(parent.text_content().split()) != said:
            break
        box, parent = parent, parent.getparent()
    opening = " ".join(paragraph.text_content().split())
    return box if opening.startswith(said) and len(opening) > len(said) else None


def _holds_story(element: HtmlElement) -> bool:
    """Whether a list holds a whole story and nothing else: one item with text, holding an
    ``<article>`` or an ``<h1>``. Such a list lays out a page (a stream of stories, the
    shown one's neighbours left empty for a script to fill) and lists nothing; its item
    is read as the blocks it holds. Several stories are a list of teasers."""
    if next(element.iterdescendants("article", "h1"), None) is None:
        return False
    if next(element.iterancestors("li"), None) is not None:
        return False  # a card in a list of cards
    return sum(1 for item in element.iterchildren("li") if item.text_content().strip()) == 1


class _Converter:
    """Converts one article; ``anchors`` are the ids its headings keep (see
    :func:`_heading_id`), the only places in it that a link can lead to."""

    def __init__(self, base_url: str | None, anchors: set[str | None]) -> None:
        self.resolve = Resolver(base_url)
        self.anchors = anchors

    # --- blocks ---------------------------------------------------------------------

    def blocks(self, element: HtmlElement, depth: int) -> list[Block]:
        """Blocks of a container: block children in order, loose inline runs as paragraphs."""
        if depth > MAX_DEPTH:
            return [Paragraph((Text(element.text_content()),))]
        # A run is not started by bare whitespace (the indentation between blocks): the
        # paragraph would trim it, and most runs then stay empty.
        out: list[Block] = []
        text = element.text
        run: list[Inline] = [Text(text)] if text and not text.isspace() else []
        for child in element:  # lxml makes a new string at each .tag, .text or .tail
            tag = child.tag
            if not isinstance(tag, str):
                pass
            elif tag in vocab.BLOCK_TAGS or (
                tag not in vocab.INLINE_TAGS and vocab.has_block(child, vocab.BLOCK_TAGS)
            ):
                if run:
                    out += _paragraphs(run)
                    run = []
                if out and _uncaptioned(out[-1]) and _names_caption(child):
                    caption, credit = self.caption_and_credit(child, depth + 1)
                    out[-1] = replace(out[-1], caption=caption, credit=out[-1].credit or credit)
                elif out and _uncredited(out[-1]) and (credit_row := _credit_row(child)):
                    out[-1] = replace(out[-1], credit=(Text(credit_row),))
                else:
                    out += self.block(child, depth + 1)
            else:
                run += self.inline(child, depth + 1)
            if (tail := child.tail) and (run or not tail.isspace()):
                run.append(Text(tail))
        if run:
            out += _paragraphs(run)
        return out

    def block(self, element: HtmlElement, depth: int) -> list[Block]:
        tag = element.tag
        if tag in vocab.HEADINGS:
            return [Heading(int(tag[1]), self.inlines(element, depth), _heading_id(element))]
        if tag in ("ul", "ol"):
            if _holds_story(element):
                return self.blocks(element, depth)
            return [self.list_block(element, depth)]
        if tag == "blockquote":
            return [self.quote(element, None, depth)]
        if tag == "pre":
            return [CodeBlock(_pre_text(element), _language(element))]
        if tag == "hr":
            return [Rule()]
        if tag == "table":
            if is_data_table(element):
                return [self.table(element, depth)]
            if picture_box(element):  # a layout table framing a picture and its caption
                figure = self.figure(element, depth, figure_caption(element))
                if figure is not None:
                    return [figure]
        if tag == "figure":
            quoted = element.find("blockquote")
            if quoted is not None and element.find(".//img") is None:
                return [self.quote(quoted, element.find("figcaption"), depth)]
            if (pictured := self.pictured(element, depth, figure_caption(element))) is not None:
                return pictured
        if (
            tag in _PICTURE_BOXES
            and (caption := caption_under_picture(element)) is not None
            and (tag == "div" or names_caption(caption))
            and (pictured := self.pictured(element, depth, caption)) is not None
        ):
            return pictured
        if (
            tag in _CAPTIONED_BOXES
            and (caption := captioned_box(element)) is not None
            and (pictured := self.pictured(element, depth, caption)) is not None
        ):
            return pictured
        if tag == "dl":
            return self.definitions(element, depth)
        if tag == "p" and (box := _leading_picture_box(element)) is not None:
            figure = self.figure(box, depth, figure_caption(box))
            if figure is not None:
                box.drop_tree()  # keeps the paragraph's words after it
                return [figure, *self.blocks(element, depth)]
        return self.blocks(element, depth)

    def quote(self, element: HtmlElement, caption: HtmlElement | None, depth: int) -> Quote:
        """A quotation; a ``cite``/``footer`` child or the figure's caption says who spoke."""
        source = caption
        if source is None:
            source = next(element.iterchildren(*_ATTRIBUTION), None)
            if source is not None:
                source.drop_tree()  # keeps its tail text
        blocks = self.blocks(element, depth)
        if source is not None:
            return Quote(tuple(blocks), self.inlines(source, depth))
        return Quote(*_signed(blocks))

    def list_block(self, element: HtmlElement, depth: int) -> ListBlock:
        """A list of its ``<li>`` items; a list set right inside it, outside any item
        (``<ul><ul><li>``, which browsers indent under the items before it), is an item
        holding that list, not dropped."""
        items = tuple(
            (self.list_block(child, depth + 1),)
            if child.tag in _LISTS
            else tuple(self.blocks(child, depth + 1))
            for child in element.iterchildren("li", *_LISTS)
        )
        start = element.get("start", "1")
        return ListBlock(
            items,
            ordered=element.tag == "ol",
            start=int(start) if start.isdigit() else 1,
        )

    def definitions(self, element: HtmlElement, depth: int) -> list[Block]:
        """A definition list's terms in bold over their definitions; one whose only term is
        a picture is a figure, its definition the caption (WordPress's ``<dl
        class="wp-caption"><dt><img></dt><dd>…</dd></dl>``)."""
        terms = list(element.iterchildren("dt"))
        if (
            len(terms) == 1
            and not terms[0].text_content().strip()
            and sum(1 for _ in element.iter("img")) == 1
            and terms[0].find(".//img") is not None
        ):
            figure = self.figure(element, depth, element.find("dd"))
            if figure is not None:
                return [figure]
        out: list[Block] = []
        for child in element.iterchildren("dt", "dd"):
            if child.tag == "dt":
                out.append(Paragraph((Strong(self.inlines(child, depth)),)))
            else:
                out += self.blocks(child, depth + 1)
        return out

    def table(self, element: HtmlElement, depth: int) -> Table:
        rows = []
        for row in _own_rows(element):
            cells = tuple(
                Cell(
                    self.inlines(cell, depth + 1),
                    header=cell.tag == "th",
                    colspan=min(_int(cell.get("colspan")), MAX_COLSPAN),
                    rowspan=min(_int(cell.get("rowspan")), MAX_ROWSPAN),
                )
                for cell in row.iterchildren("td", "th")
            )
            rows.append(cells)
        caption = element.find("caption")
        return Table(tuple(rows), self.inlines(caption, depth) if caption is not None else ())

    def figure(
        self, element: HtmlElement, depth: int, caption_element: HtmlElement | None
    ) -> Figure | None:
        """The image of ``element`` with the caption and credit ``caption_element`` holds;
        ``None`` when ``element`` holds no image."""
        img = next(element.iter("img"), None)
        image = self.image(img) if img is not None else None
        if image is None:
            return None
        caption: tuple[Inline, ...] = ()
        credit: tuple[Inline, ...] = ()
        if caption_element is not None and not _prompts_to_enlarge(caption_element):
            caption, credit = self.caption_and_credit(caption_element, depth)
        return Figure(image, caption, credit or _credit_beside(element, caption_element))

    def pictured(
        self, element: HtmlElement, depth: int, caption: HtmlElement | None
    ) -> list[Block] | None:
        """The figure of ``element`` with its ``caption``; nothing when its picture has no
        file and the caption only credits it ("© Bild: REUTERS / …" names who made what is
        not shown); ``None`` (read it as blocks) when it shows no picture otherwise."""
        figure = self.figure(element, depth, caption)
        if figure is not None:
            return [figure]
        if caption is not None and next(element.iter("img"), None) is not None:
            described, credit = vocab.trailing_credit(normalize_text(caption.text_content()))
            if credit is not None and not described:
                return []
        return None

    def caption_and_credit(
        self, caption: HtmlElement, depth: int
    ) -> tuple[tuple[Inline, ...], tuple[Inline, ...]]:
        """Split a caption into what the picture shows and who made it.

        A credit is a part the markup names as one (``<cite>``, a class like ``credit``),
        else a trailing "Photo: ...", "© ..." in the caption's words. A caption the markup
        names as a credit as a whole, as short as a name (``<div class="photo-credit">
        Warner Bros.</div>`` under the picture), is all credit.
        """
        credited: list[HtmlElement] = []
        for part in caption.iterdescendants():
            if names_credit(part) and not any(p in credited for p in part.iterancestors()):
                credited.append(part)
        if not credited and names_credit(caption):
            text = normalize_text(caption.text_content())
            if len(text) <= _CREDIT_MAX_CHARS and text.count(" ") < _CREDIT_MAX_WORDS:
                return (), (Text(text),)
        if credited:
            # a credit printed twice (in the caption's words and beside them) is named once
            credit = " ".join(dict.fromkeys(normalize_text(p.text_content()) for p in credited))
            for part in credited:
                part.drop_tree()  # keeps its tail text
            return self.inlines(caption, depth), (Text(credit),)
        described, trailing = vocab.trailing_credit(normalize_text(caption.text_content()))
        if trailing is None:
            return self.inlines(caption, depth), ()
        return (Text(described),), (Text(trailing),)

    # --- inlines --------------------------------------------------------------------

    def inlines(self, element: HtmlElement, depth: int) -> tuple[Inline, ...]:
        """Raw inlines of ``element``; ``to_blocks`` normalises them all once at the end."""
        return tuple(self.children(element, depth))

    def children(self, element: HtmlElement, depth: int) -> list[Inline]:
        if depth > MAX_DEPTH:
            return [Text(element.text_content())]
        out: list[Inline] = [Text(text)] if (text := element.text) else []
        for child in element:
            if isinstance(child.tag, str):
                out += self.inline(child, depth + 1)
            if tail := child.tail:
                out.append(Text(tail))
        return out

    def inline(self, element: HtmlElement, depth: int) -> list[Inline]:
        tag = element.tag
        if tag == "br":
            return [LineBreak()]
        if tag == "img":
            image = self.image(element)
            return [InlineImage(image.src, image.alt)] if image is not None else []
        if tag in _CODE:
            return [Code(element.text_content())]
        if not len(element) and _controls_caption(element.text):
            return []
        if (
            tag in _OBFUSCATED
            and (code := element.get("data-cfemail"))
            and (address := hidden_address(code))
        ):
            return [Text(address)]
        kids = self.children(element, depth)
        if tag == "a":
            raw = element.get("href") or ""
            href = self.link_target(raw)
            if href and InlineImage in map(type, kids) and _zooms(kids, href):
                return kids  # a picture linked to its own larger file is the picture
            if href:
                return [Link(tuple(kids), href, element.get("title"))]
            return [] if raw.startswith("#") and _marks_only(kids) else kids
        styled = _STYLED.get(tag)
        if tag in _STYLABLE and (style := element.get("style")) and "font-" in style:
            return _drawn(tuple(kids), styled, style)
        if styled is not None:
            return [styled(tuple(kids))]
        if tag in vocab.BLOCK_TAGS:  # a block inside inline context: keep it apart
            return [LineBreak(), *kids, LineBreak()]
        return kids

    # --- URLs -----------------------------------------------------------------------

    def link_target(self, href: str | None) -> str | None:
        if not href or not href.strip():
            return None
        href = href.strip()
        if href.lower().startswith(("javascript:", "data:")):
            return None
        if href.startswith("#"):  # a place in the article: a heading, or none left
            return href if unquote(href[1:]) in self.anchors else None
        if PROTECTED_LINK in href:
            address = hidden_address(href.partition(PROTECTED_LINK)[2])
            return f"mailto:{address}" if address else None
        if "google." in href:
            href = without_redirect(href)
        return self.resolve(href)

    def image(self, img: HtmlElement) -> Image | None:
        """The image an ``<img>`` shows, lazy-loading attributes included; never fetched."""
        src = image_source(img)
        if src is None or is_pixel(img):
            return None
        alt = normalize_text(markup_free(img.get("alt") or ""))
        if (alt.lower().endswith(vocab.IMAGE_FILE_ENDINGS) and "/" not in alt) or (
            alt.startswith(_ADDRESSES) and " " not in alt
        ):
            alt = ""  # its file's name ("030717FalloutShelter80NY-5.jpg") or address says nothing
        if not alt and icon_file(src):
            return None  # an ornament, which says nothing without its page's styles
        # A side declared 0 is left to the stylesheet (an aspect ratio): it says no size.
        width, height = (dimension(img.get(side)) or None for side in ("width", "height"))
        return Image(self.resolve(src), alt, width, height)


def _drawn(kids: tuple[Inline, ...], styled: type[Inline] | None, style: str) -> list[Inline]:
    """Inlines as their ``style`` draws them: a ``<span style="font-weight:700">`` (text
    pasted from a word processor into a CMS) is bold, and a ``<b
    style="font-weight:normal">`` (Google Docs' wrapper round what is pasted from it) is
    not. ``styled`` is what the tag alone makes of them (``<b>``: strong)."""
    bold, italic = drawn_emphasis(style)
    bold = styled is Strong if bold is None else bold
    italic = styled is Emphasis if italic is None else italic
    nodes = (Emphasis(kids),) if italic else kids
    return [Strong(nodes)] if bold else list(nodes)


def _marks_only(nodes: list[Inline]) -> bool:
    """Whether ``nodes`` are only text with no letter or digit: a dead in-page link's
    mark (a heading's permalink "¶" or "#", a footnote's "^" back to its reference)
    means nothing without the link."""
    return all(isinstance(node, Text) and not any(map(str.isalnum, node.text)) for node in nodes)


def _heading_id(heading: HtmlElement) -> str | None:
    """The id that links to a heading: its own, else one inside it (a wiki puts a section's
    anchor on a ``<span>`` in the heading)."""
    for node in heading.iter():
        anchor = node.get("id")
        if anchor:
            return str(anchor)
    return None


def _own_rows(table: HtmlElement) -> Iterator[HtmlElement]:
    """The rows of ``table`` itself, not those of a table nested in one of its cells (whose
    text is the cell's)."""
    for child in table:
        if child.tag == "tr":
            yield child
        elif child.tag in ("thead", "tbody", "tfoot"):
            yield from child.iterchildren("tr")


def _signed(blocks: list[Block]) -> tuple[tuple[Block, ...], tuple[Inline, ...]]:
    """A quote's blocks and attribution, when its last line signs it with a dash.

    An embedded post prints its text, then "— Name (@handle) date" loose after it; that
    line says who is quoted, as a ``<cite>`` would. A line of dialogue opens with a dash
    too, so the line before the last must not.
    """
    solid = [b for b in blocks if not isinstance(b, Paragraph) or inline_text(b.children).strip()]
    if len(solid) < 2 or not isinstance(last := solid[-1], Paragraph):
        return tuple(blocks), ()
    text = inline_text(last.children).strip()
    first = last.children[0]
    if (
        len(text) > SIGNATURE_MAX_CHARS
        or not text.startswith(_SIGNATURE_DASHES)
        or not isinstance(first, Text)
        or not first.text.lstrip().startswith(_SIGNATURE_DASHES)
        or _dashed(solid[-2])
    ):
        return tuple(blocks), ()
    rest = first.text.lstrip()[1:].lstrip()
    attribution = ((Text(rest),) if rest else ()) + last.children[1:]
    return tuple(b for b in blocks if b is not last), attribution


def _dashed(block: Block) -> bool:
    """Whether ``block`` is a paragraph opening with a dash, as dialogue does."""
    if not isinstance(block, Paragraph):
        return False
    return inline_text(block.children).lstrip().startswith(_SIGNATURE_DASHES)


def _credit_beside(figure: HtmlElement, caption: HtmlElement | None) -> tuple[Inline, ...]:
    """The credit a figure prints beside its caption, not in it: a part outside the
    caption that the markup names as a credit and that holds no picture (``<figure><img>
    <span class="image-copyright">Jane Doe</span><figcaption>…``)."""
    for part in figure.iterdescendants():
        if (
            isinstance(part.tag, str)
            and names_credit(part)
            and (caption is None or (part is not caption and caption not in part.iterancestors()))
            and part.find(".//img") is None
            and (text := normalize_text(part.text_content()))
        ):
            return (Text(text),)
    return ()


def _paragraphs(run: list[Inline]) -> Iterator[Block]:
    """Paragraphs of an inline run: a double line break splits it, a lone image is a figure."""
    kinds = set(map(type, run))
    if LineBreak not in kinds and InlineImage not in kinds:  # most runs: one paragraph
        yield Paragraph(tuple(run))  # normalising drops it when it is blank
        return
    current: list[Inline] = []
    pieces: list[list[Inline]] = [current]
    previous_break = False
    for node in run:
        if isinstance(node, LineBreak) and previous_break:
            current = []
            pieces.append(current)
            previous_break = False
            continue
        if isinstance(node, Text) and not node.text.strip():
            current.append(node)
            continue
        previous_break = isinstance(node, LineBreak)
        current.append(node)
    for piece in pieces:
        solid = [node for node in piece if not isinstance(node, Text) or node.text.strip()]
        if len(solid) == 1 and isinstance(solid[0], InlineImage):
            yield Figure(Image(solid[0].src, solid[0].alt))
        elif solid:
            yield Paragraph(tuple(piece))


def _zooms(kids: list[Inline], href: str) -> bool:
    """Whether a link to ``href`` holding ``kids`` only shows a picture and leads to a
    picture's file (its larger size, which a lightbox opens), not to another page (a
    wiki's "File:Bridge.jpg" page names a namespace before the file)."""
    pictures = [kid for kid in kids if not isinstance(kid, Text) or kid.text.strip()]
    if len(pictures) != 1 or not isinstance(pictures[0], InlineImage):
        return False
    path = href.partition("#")[0].partition("?")[0].lower()
    return path.endswith(vocab.IMAGE_FILE_ENDINGS) and ":" not in path.rpartition("/")[2]


def _pre_text(element: HtmlElement) -> str:
    lines = (line.rstrip() for line in element.text_content().splitlines())
    return "\n".join(lines).strip("\n")


def _language(element: HtmlElement) -> str | None:
    for node in (element, *element.iterchildren("code")):
        match = _LANGUAGE.search(node.get("class") or "")
        if match:
            return match.group(1)
    return None


def _int(value: str | None) -> int:
    return int(value) if value and value.strip().isdigit() and int(value) > 0 else 1
