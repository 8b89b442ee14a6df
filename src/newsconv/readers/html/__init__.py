"""The HTML reader: a saved web page or an article fragment to a document.

decode (browser order) → parse (lxml) → census (one walk gathering what the next two
steps read) → metadata (from the whole page) → extract (the article's subtree, DOM to
DOM) → convert (DOM to model blocks). Each step is its own
module; this one only ties them together and decides that a page with no text left has
no article.
"""

from __future__ import annotations

import gc
import itertools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import ClassVar

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from newsconv.build import normalize_text, para
from newsconv.dates import find_dates
from newsconv.diagnostics import Diagnostic, Reporter
from newsconv.errors import NoArticleFound, UnreadableInput
from newsconv.model import (
    Block,
    Document,
    Figure,
    Heading,
    InlineImage,
    Link,
    ListBlock,
    Metadata,
    Paragraph,
    Person,
)
from newsconv.options import ReadOptions
from newsconv.readers.html.convert import to_blocks
from newsconv.readers.html.datelines import only_dates
from newsconv.readers.html.decode import decode_page
from newsconv.readers.html.exports import from_word_processor
from newsconv.readers.html.extract import MIN_ARTICLE_CHARS, extract, page_census
from newsconv.readers.html.figures import show_amp_images, show_noscript_images
from newsconv.readers.html.meta.byline import author_names, closing_signature, headline_byline
from newsconv.readers.html.meta.title import compact, host_labels
from newsconv.readers.html.metadata import SCAN_HINTS, read_page_metadata, signed
from newsconv.readers.html.prune import title_similarity
from newsconv.readers.html.vocabulary import BYLINE_MAX_CHARS, DECK_WORDS, NOTICE_MAX_CHARS
from newsconv.tree import block_texts, inline_text, plain_text

__all__ = ["HtmlReader", "PageElement", "parse"]

#: How many short lines may stand above a paragraph that says the title again.
TITLE_LINE_REACH = 3
#: An opening figure whose caption has this many words or more, this share of them the
#: headline's, is the poster of the story's video.
_TITLE_CAPTION_MIN_WORDS = 4
_TITLE_CAPTION_WORDS = 0.75
#: How many opening blocks may hold a standfirst that repeats the subtitle.
STANDFIRST_REACH = 3
#: An author's box under the article holds this many blocks at most after the name line.
AUTHOR_BOX_BLOCKS = 1
#: A line ending so is a sentence, not a name over a job title.
_SENTENCE_ENDS = (".", "!", "?", "…", ":")
#: What :func:`~newsconv.tree.plain_text` puts between two paragraphs.
PARAGRAPH_BREAK = "\n\n"
#: The text is decoded already: an XML declaration naming an encoding no longer applies.
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")
#: Wrapper tags that runaway nesting is made of: a block boundary becomes a line break.
_BLOCK_WRAPPERS = re.compile(
    r"(?:\s*</?(?:div|section|article|main|header|footer|aside|nav|center|table|tbody|tr|td|"
    r"th|ul|ol|li|dl|dd|dt|blockquote|figure)\b[^>]*>)+",
    re.IGNORECASE,
)
_BLANK_LINE = re.compile(r"\n\s*\n")
#: The runs of letters a picture's words are compared by, a file name's too
#: ("Pete-cashmore-56747d0f8c").
_WORD_RUN = re.compile(r"[\W_]+")
_INLINE_WRAPPERS = re.compile(
    r"</?(?:span|font|b|i|u|em|strong|small|big|a|sup|sub|s)\b[^>]*>", re.IGNORECASE
)
#: ``<html/>`` or ``<body/>`` written as XML: browsers ignore the slash, libxml2 closes the
#: element there and leaves the page outside it (no body, or an empty one).
_SELF_CLOSED_ROOT = re.compile(r"<(html|body)\b([^<>]*?)/>", re.IGNORECASE)


class PageElement(HtmlElement):  # type: ignore[misc]  # lxml.html has no types
    """An element of a page :func:`parse` read.

    Its :meth:`text_content` serialises the subtree's text in C, where lxml.html's
    evaluates an XPath ``string()``, which costs twice as much: the reader asks for the
    text of a hundred elements or more a page.
    """

    def text_content(self) -> str:
        if not len(self):  # a leaf (most short blocks): its text is all of it
            return self.text or ""
        return etree.tostring(self, method="text", encoding="unicode", with_tail=False)


class HtmlReader:
    """Reads a whole saved page (keeping only its article) or an article fragment."""

    name: ClassVar[str] = "html"
    options_type: ClassVar[type[ReadOptions]] = ReadOptions

    def read(
        self, data: bytes, *, options: ReadOptions, source: str | None, report: Reporter
    ) -> Document:
        with _collector_paused():
            return self._read(data, options, source, report)

    @staticmethod
    def _read(data: bytes, options: ReadOptions, source: str | None, report: Reporter) -> Document:
        decoded = decode_page(data, declared=options.declared_encoding, override=options.encoding)
        text, utf8 = decoded.text, decoded.utf8
        root = parse(text, report, utf8=utf8)
        if _is_feed(root):
            raise UnreadableInput(
                "an RSS or Atom feed holds many articles: convert it as a batch, from a file "
                "named .rss or .atom (newsconv feed.rss -o digest.epub)",
                where=source,
            )
        census = page_census(root, hints=SCAN_HINTS)
        page = read_page_metadata(
            root, url=options.url, captured=options.captured, scan=census.scan
        )
        metadata = page.metadata
        article = extract(
            root,
            census=census,
            reparse=lambda: parse(text, utf8=utf8),
            title=metadata.title,
            report=report,
            deck=None if metadata.subtitle else metadata.description,
        )
        blocks = to_blocks(article, base_url=page.base)
        if not _text_reaches(blocks, MIN_ARTICLE_CHARS):
            blocks = _linked_body(page.linked_body, blocks, report)
        blocks = _without_title_line(blocks, metadata.title, report)
        blocks = _without_headline_video(blocks, metadata.title, report)
        blocks = _without_section_label(blocks, metadata, report)
        metadata, blocks = _standfirst_heading(metadata, blocks)
        blocks = _without_standfirst(blocks, metadata.subtitle, report)
        metadata = signed(metadata, blocks)
        metadata, blocks = _without_byline(metadata, blocks, report)
        blocks = _without_author_box(blocks, metadata.authors, report)
        blocks = _without_portraits(blocks, metadata.authors, report)
        blocks = _without_repeated_picture(blocks, report)
        if not any(part.strip() for block in blocks for part in block_texts(block)):
            raise NoArticleFound("no article text found", where=source)
        return Document(metadata, blocks)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector off while a page is read (unless the program
    turned it off itself). The reader keeps a proxy for most elements of a page and
    builds the document's objects, a thousand or more a page that live to the end of
    the read, each of which brings the collector's next pass nearer: passes that find
    no cycle to free, and cost about 0.4M instructions a page (0.7%). What a read leaves
    behind is collected after it."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _text_reaches(blocks: tuple[Block, ...], chars: int) -> bool:
    """Whether the blocks' plain text is ``chars`` long, reading no more than it takes."""
    length = -len(PARAGRAPH_BREAK)
    for block in blocks:
        for part in filter(None, block_texts(block)):
            length += len(PARAGRAPH_BREAK) + len(part)
            if length >= chars:
                return True
    return False


def _without_title_line(
    blocks: tuple[Block, ...], title: str | None, report: Reporter
) -> tuple[Block, ...]:
    """Drop a paragraph saying the title word for word among the article's first blocks
    (an e-paper's ``<p class="title">``), and the short lines above it, which head the
    story (its source, its place: "来源: 搜狐政务", "发布于：北京市"); pictures there stay.
    The prune removes a heading that repeats the title, and writers show the title above
    the body."""
    if not title:
        return blocks
    wanted = normalize_text(title).casefold()
    for index, block in enumerate(blocks[: TITLE_LINE_REACH + 1]):
        if isinstance(block, Figure):
            continue
        text = normalize_text(plain_text((block,)))
        if isinstance(block, Paragraph) and text.casefold() == wanted and index + 1 < len(blocks):
            for line in blocks[:index]:
                if not isinstance(line, Figure):
                    above = normalize_text(plain_text((line,)))
                    report(
                        Diagnostic("info", "removed-boilerplate", f"removed a head line: {above!r}")
                    )
            report(Diagnostic("info", "removed-boilerplate", f"removed the title's line: {text!r}"))
            return tuple(b for b in blocks[:index] if isinstance(b, Figure)) + blocks[index + 1 :]
        if len(text) > BYLINE_MAX_CHARS:
            break  # the story has begun
    return blocks


def _without_headline_video(
    blocks: tuple[Block, ...], title: str | None, report: Reporter
) -> tuple[Block, ...]:
    """Drop an opening figure captioned with the headline (a share of
    :data:`_TITLE_CAPTION_WORDS` of its words or more, "WATCH Clinton: Putin's Alleged
    Involvement in Hack Stems From Grudge"): the poster of the story's own video, which a
    document cannot play; the lead picture is the metadata's. A caption that describes
    the picture says more than the headline."""
    if not title or len(blocks) < 2 or not isinstance(figure := blocks[0], Figure):
        return blocks
    caption = normalize_text(inline_text(figure.caption))
    if caption.count(" ") + 1 < _TITLE_CAPTION_MIN_WORDS:
        return blocks
    if title_similarity(title, caption) < _TITLE_CAPTION_WORDS:
        return blocks
    report(Diagnostic("info", "removed-boilerplate", f"removed the headline's video: {caption!r}"))
    return blocks[1:]


def _without_section_label(
    blocks: tuple[Block, ...], metadata: Metadata, report: Reporter
) -> tuple[Block, ...]:
    """Drop the article's first block when it only names the article's section or one of
    its tags ("Blog", "Politics"): the kicker over the headline, which the metadata keeps;
    maybe the one item left of a list of labels whose date line went (BBC's "12 September
    2016 | Africa")."""
    if len(blocks) < 2:
        return blocks
    first = blocks[0]
    if not isinstance(first, Paragraph | Heading) and not (
        isinstance(first, ListBlock) and len(first.items) == 1
    ):
        return blocks
    labels = {label.casefold() for label in metadata.tags}
    if section := dict(metadata.extra).get("section"):
        labels.add(section.casefold())
    text = normalize_text(plain_text(blocks[:1]))
    if text.casefold() not in labels:
        return blocks
    report(Diagnostic("info", "removed-boilerplate", f"removed the section's label: {text!r}"))
    return blocks[1:]


def _standfirst_heading(
    metadata: Metadata, blocks: tuple[Block, ...]
) -> tuple[Metadata, tuple[Block, ...]]:
    """The metadata with the standfirst a page sets as a heading over its story, when no
    mark named one: an opening heading that says what the page's description says is
    its deck ("Turning your rented space into a smart home can be tricky; we have some
    advice."), not a section's title, among the first blocks with words: the pictures
    above it (the lead one with its credit, the author's portrait) take no place. The body
    then drops it as it drops any standfirst (:func:`_without_standfirst`). A paragraph
    saying the same stays: a site may copy its lede into the description; so does a short
    heading (a site may copy its first section's title: "Why CPU monitoring is
    important?")."""
    if metadata.subtitle or not metadata.description:
        return metadata, blocks
    wanted = normalize_text(metadata.description)
    if wanted.count(" ") + 1 < DECK_WORDS:
        return metadata, blocks
    worded = (
        block
        for block in blocks
        if not isinstance(block, Figure) and any(part.strip() for part in block_texts(block))
    )
    for block in itertools.islice(worded, STANDFIRST_REACH):
        if isinstance(block, Heading) and normalize_text(plain_text((block,))) == wanted:
            return replace(metadata, subtitle=wanted), tuple(b for b in blocks if b is not block)
    return metadata, blocks


def _without_repeated_picture(blocks: tuple[Block, ...], report: Reporter) -> tuple[Block, ...]:
    """Drop a figure that shows again the picture of the figure right before it and says
    nothing more: a theme's lead picture, then the same one opening the text (TechCrunch's
    ``media-container``, then ``post-first-image``)."""
    if list(map(type, blocks)).count(Figure) < 2:
        return blocks  # fewer than two figures (most pages), told apart in C
    kept: list[Block] = []
    for block in blocks:
        before = kept[-1] if kept else None
        if (
            isinstance(block, Figure)
            and isinstance(before, Figure)
            and block.image.src == before.image.src
            and (not block.caption or block.caption == before.caption)
            and (not block.credit or block.credit == before.credit)
        ):
            report(Diagnostic("info", "removed-boilerplate", "removed a picture shown twice"))
            continue
        kept.append(block)
    return tuple(kept) if len(kept) < len(blocks) else blocks


def _without_standfirst(
    blocks: tuple[Block, ...], subtitle: str | None, report: Reporter
) -> tuple[Block, ...]:
    """Drop the opening paragraphs that repeat the subtitle, one or a run of them (a page
    may print as two decks what its metadata gives as one), or the heading that does (a
    deck set in an ``<h2>`` under the headline): writers show the metadata's."""
    if not subtitle:
        return blocks
    wanted = normalize_text(subtitle)
    for start in range(min(STANDFIRST_REACH, len(blocks))):
        said = ""
        for stop, block in enumerate(blocks[start : start + STANDFIRST_REACH], start + 1):
            if not isinstance(block, (Paragraph, Heading)):
                break
            said = normalize_text(f"{said} {plain_text((block,))}")
            if said == wanted or _dated_copy(said, wanted):
                what = "a block" if stop - start == 1 else f"{stop - start} blocks"
                message = f"removed {what} (repeats the subtitle): {wanted[:60]!r}"
                report(Diagnostic("info", "removed-boilerplate", message))
                return blocks[:start] + blocks[stop:]
            if not wanted.startswith(said):
                break
    return blocks


def _dated_copy(said: str, wanted: str) -> bool:
    """Whether ``said`` is the subtitle ``wanted`` and a date after it: the deck printed
    with its dateline, which the metadata's subtitle leaves out."""
    rest = said[len(wanted) :].strip() if said.startswith(wanted) else ""
    dates = list(find_dates(rest)) if rest else []
    return bool(dates) and only_dates(rest, dates)


def _without_byline(
    metadata: Metadata, blocks: tuple[Block, ...], report: Reporter
) -> tuple[Metadata, tuple[Block, ...]]:
    """Drop an opening block that only signs the article ("by Laura E. Adkins", or a list
    of one such line under the headline), or the last paragraph with text that does ("-- By
    Michael Russell"): it names the metadata's authors, whom writers show with the title.

    An opening line that signs the article with a by-word and more names ("Authors: A, B"
    under a byline element naming A), or with people where the authors are the site
    itself ("Written by John Dador" under an author field holding "G DATA" on
    gdatasoftware.com), is the article's own word: its names become the authors, and the
    line goes. One naming someone else beside a person stays (a quote's signature)."""
    authors = metadata.authors
    wanted = {person.name.casefold() for person in authors}
    last = _last_with_text(blocks)
    if wanted and last > 0 and isinstance(blocks[last], Paragraph):
        text = normalize_text(plain_text(blocks[last : last + 1]))
        if (
            len(text) < BYLINE_MAX_CHARS
            and {n.casefold() for n in closing_signature([text])} == wanted
        ):
            report(Diagnostic("info", "removed-boilerplate", f"removed the signature: {text!r}"))
            blocks = blocks[:last] + blocks[last + 1 :]
    for index, block in enumerate(blocks[:STANDFIRST_REACH]):
        heading = isinstance(block, Heading)
        if not (heading or isinstance(block, (Paragraph, ListBlock))):
            continue
        text = normalize_text(plain_text((block,)))
        if len(text) >= BYLINE_MAX_CHARS:
            continue
        if heading and not all(name in text.casefold() for name in wanted):
            continue  # a card's heading names the authors; others are spared the parse
        named = {n.casefold() for n in author_names([text])}
        stated = [] if heading else headline_byline([text], exclude=[metadata.site_name or ""])
        if named and named == wanted:
            report(Diagnostic("info", "removed-boilerplate", f"removed the byline: {text!r}"))
        elif stated and (
            wanted < {n.casefold() for n in stated} or _names_the_site(authors, metadata)
        ):
            report(Diagnostic("info", "removed-boilerplate", f"read the byline: {text!r}"))
            metadata = replace(metadata, authors=tuple(map(Person, stated)))
        else:
            continue
        end = index + 1 + _opening_biography(blocks[index + 1 : index + 2], metadata.authors)
        return metadata, blocks[:index] + blocks[end:]
    return metadata, blocks


def _opening_biography(following: tuple[Block, ...], authors: tuple[Person, ...]) -> int:
    """1 when the block ``following`` an opening byline is its author's card's biography:
    a short paragraph opening with the author's name ("Jack Mirkinson is an editor at
    Fusion. Follow him on Twitter…"), which a card under the name prints before the story
    (a story rarely opens on its own writer's name); else 0."""
    names = tuple(person.name for person in authors)
    if not names or not following or not isinstance(following[0], Paragraph):
        return 0
    text = normalize_text(plain_text(following))
    return int(len(text) <= NOTICE_MAX_CHARS and text.startswith(names))


def _names_the_site(authors: tuple[Person, ...], metadata: Metadata) -> bool:
    """Whether every one of ``authors`` is the site's own name, found in its name or its
    host ("G DATA" on gdatasoftware.com): a desk's account, not a person (also when there
    are none)."""
    sites = [compact(metadata.site_name or ""), *map(compact, host_labels(metadata.url))]
    return all(
        (key := compact(person.name)) and any(key in site for site in sites) for person in authors
    )


def _without_author_box(
    blocks: tuple[Block, ...], authors: tuple[Person, ...], report: Reporter
) -> tuple[Block, ...]:
    """Drop the author's box that closes the article: a short line opening with an
    author's name and going on with no sentence (a job title, a link: "Dan Goodin Senior
    Security Editor"), then at most :data:`AUTHOR_BOX_BLOCKS` block of biography to the
    end. A closing line that is a sentence ("Jane Doe contributed reporting.") stays."""
    names = tuple(person.name for person in authors)
    if not names:
        return blocks
    shown = 0  # the blocks with text seen from the end (an empty list is none)
    for index in range(len(blocks) - 1, 0, -1):
        block = blocks[index]
        text = normalize_text(plain_text((block,)))
        if not text:
            continue
        if (
            isinstance(block, (Paragraph, Heading))
            and len(text) < BYLINE_MAX_CHARS
            and text.startswith(names)
            and not text.endswith(_SENTENCE_ENDS)
        ):
            report(Diagnostic("info", "removed-boilerplate", f"removed the author's box: {text!r}"))
            return blocks[:index]
        shown += 1
        if shown > AUTHOR_BOX_BLOCKS:
            break
    return blocks


def _without_portraits(
    blocks: tuple[Block, ...], authors: tuple[Person, ...], report: Reporter
) -> tuple[Block, ...]:
    """Drop a picture whose only words, its caption's or else its alt text's, are an
    author's name ("Jessica Vince", "Pete-cashmore-56747d0f8c"): the writer's portrait the
    byline showed beside the name, or a columnist's mug shot, not the story's picture."""
    names = {_name_words(person.name) for person in authors} - {()}
    if not names:
        return blocks
    kept = tuple(block for block in blocks if _picture_words(block) not in names)
    if len(kept) < len(blocks):
        report(Diagnostic("info", "removed-boilerplate", "removed the author's portrait"))
        return kept
    return blocks


def _picture_words(block: Block) -> tuple[str, ...] | None:
    """The words of a picture block (a figure, or a paragraph holding one image, linked or
    not): its caption's, else its alt text's; None for any other block."""
    if isinstance(block, Figure):
        return _name_words(inline_text(block.caption) or block.image.alt)
    kids = block.children if isinstance(block, Paragraph) else ()
    while len(kids) == 1 and isinstance(kids[0], Link):
        kids = kids[0].children
    if len(kids) == 1 and isinstance(kids[0], InlineImage):
        return _name_words(kids[0].alt)
    return None


def _name_words(text: str) -> tuple[str, ...]:
    """``text``'s runs of letters, casefolded, those holding a digit left out (a file
    name's hash)."""
    runs = _WORD_RUN.split(text.casefold())
    return tuple(run for run in runs if run and not any(map(str.isdigit, run)))


def _last_with_text(blocks: tuple[Block, ...]) -> int:
    """The index of the last block that shows text (-1 for none): a signature may stand
    above an image or a banner that ends the article ("최윤호 기자 uknow@donga.com" over
    an advert's picture)."""
    for index in range(len(blocks) - 1, -1, -1):
        if plain_text(blocks[index : index + 1]).strip():
            return index
    return -1


def _linked_body(
    linked: str | None, blocks: tuple[Block, ...], report: Reporter
) -> tuple[Block, ...]:
    """The JSON-LD ``articleBody`` (``linked``) when it says more than the markup (pages
    drawn by scripts)."""
    if not linked or len(linked) <= len(plain_text(blocks)):
        return blocks
    report(Diagnostic("info", "jsonld-body", "little text in the markup; read the JSON-LD body"))
    chunks = _BLANK_LINE.split(linked) if _BLANK_LINE.search(linked) else linked.splitlines()
    return tuple(para(chunk) for chunk in chunks if chunk.strip())


def parse(text: str, report: Reporter | None = None, *, utf8: bytes | None = None) -> HtmlElement:
    """The page as an lxml tree with ``<html>`` and ``<body>``, however broken the markup.

    ``utf8`` is ``text`` in UTF-8 when the caller has it (see
    :func:`~newsconv.readers.html.decode.decode_page`), which spares encoding it again.
    libxml2 stops reading at 256 levels of nesting and drops the rest of the page; such a
    page is read again with its wrapper tags flattened, and ``report`` hears about it. A
    page whose ``<html>`` or ``<body>`` tag closes itself (``<html lang="de" />``) is read
    as browsers read it, ignoring the slash.
    """
    if declaration := _XML_DECLARATION.match(text):
        text, utf8 = text[declaration.end() :], None
    data = utf8 if utf8 is not None else _utf8(text)
    if b"\x00" in data:  # memchr over bytes; a str of wide characters is scanned in a loop
        text = text.replace("\x00", "")
        data = _utf8(text)
    root, too_deep = _parse(data)
    if _bodiless(root) and (opened := _SELF_CLOSED_ROOT.sub(r"<\1\2>", text)) != text:
        text = opened
        root, too_deep = _parse(_utf8(text))
    if too_deep:
        flat = _INLINE_WRAPPERS.sub("", _BLOCK_WRAPPERS.sub("<br><br>", text))
        root, _ = _parse(_utf8(flat))
        if report is not None:
            message = "markup nested too deep to parse; read with its wrappers flattened"
            report(Diagnostic("warning", "markup-too-deep", message))
    # lxml finds the <noscript> elements in C, reading the tree's nodes (about 800 a page),
    # which costs a tenth of looking for the tag in the page's bytes (200 kB a page)
    show_noscript_images(root)
    show_amp_images(root)
    from_word_processor(root)
    return root


def _is_feed(root: HtmlElement) -> bool:
    """Whether the parsed "page" is a feed: its body opens with a feed's root element."""
    body = root.find("body")
    return body is not None and len(body) > 0 and body[0].tag in _FEED_ROOTS


#: A feed's root element as the HTML parser names it (RSS 2.0, Atom, RSS 1.0).
_FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf"})


def _bodiless(root: HtmlElement) -> bool:
    """Whether the parsed page has no ``<body>`` or an empty one (rare: checked after the
    parse, so that well-formed pages pay nothing for the repair)."""
    body = root.find("body")
    return body is None or (not len(body) and not (body.text or "").strip())


def _utf8(text: str) -> bytes:
    # libxml2 reads UTF-8 bytes about a fifth faster than a Python string, which it
    # converts first.
    return text.encode("utf-8", "replace")


def _parse(data: bytes) -> tuple[HtmlElement, bool]:
    # Comments go at parse time; a C-level class lookup makes every node a PageElement
    # without the Python callback lxml.html's own parser runs for each one; nothing looks
    # elements up by id, so libxml2 keeps no table of ids (a tenth of the parse).
    parser = etree.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        collect_ids=False,
        encoding="utf-8",
    )
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=PageElement))
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except etree.ParserError as err:  # only an empty document gets here
        raise NoArticleFound("no article text found (the page is empty)") from err
    too_deep = any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)
    return root, too_deep
