"""Between the headline and the body: the standfirst, the decks and the lead picture.

Pages put these in blocks of their own beside the body's container, one or more levels up
from it, among the byline, the date, a share bar and the tags; the extractor's choice (the
body's container and its siblings) leaves them out. On the way up from the article to the
block that held the headline (:attr:`~newsconv.readers.html.census.Census.title_block`),
the blocks in between that read as the article's opening join it: prose with few links
that is no dateline (a standfirst, a deck, a list of key points), and a picture with its
caption. Nothing is taken when the headline is not above the article.
"""

from __future__ import annotations

import itertools

from lxml.html import HtmlElement

from newsconv.dates import find_dates
from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.census import Census
from newsconv.readers.html.figures import names_caption
from newsconv.readers.html.prune import title_similarity
from newsconv.readers.html.textstats import collapsed, shown_text

__all__ = ["opening", "wrapped_paragraph"]

#: How many levels above the article's first element the headline's block may sit.
MAX_LEVELS = 5
#: A block of the opening holds this much text at least (a kicker or a label is shorter).
MIN_CHARS = 40
#: ...and this small a share of it in links (a byline links its authors, tags are links).
MAX_LINK_DENSITY = 0.25
#: A block this similar to the title repeats the headline (as
#: :func:`~newsconv.readers.html.prune.strip` judges the heading).
SAME_AS_TITLE = 0.75
#: How many of the body's first paragraphs may repeat a standfirst.
REPEATS_LOOKED_AT = 3
#: Elements that never open the article (furniture the tidy removes, links).
_NEVER = vocab.ARTICLE_JUNK_TAGS | {"a", "hr"}


def opening(first: HtmlElement, census: Census, title: str | None) -> list[HtmlElement]:
    """The blocks of the article's opening between the headline and ``first``, the
    article's first element, in page order (none when the headline is not above it),
    less those the body repeats as one of its first paragraphs."""
    found = _between(first, census, title)
    if not found:
        return found
    repeated = {shown_text(p) for p in itertools.islice(first.iter("p"), REPEATS_LOOKED_AT)}
    return [block for block in found if shown_text(block) not in repeated]


def _between(first: HtmlElement, census: Census, title: str | None) -> list[HtmlElement]:
    """The opening's blocks between the headline and ``first``, found level by level."""
    block, after = census.title_block, census.after_title
    if block is None:
        return []
    holders = {block, *block.iterancestors()}
    found: list[HtmlElement] = []
    node = first
    for _ in range(MAX_LEVELS):
        parent = node.getparent()
        if node is after or parent is None or parent.tag == "html":
            return found if node is after else []
        for sibling in node.itersiblings(preceding=True):
            if sibling in holders:
                return _after_headline(sibling, census, title) + found
            found[:0] = _blocks(sibling, census, title)
            if sibling is after:
                return found
        if parent in holders:
            return []  # the headline comes after the article's start
        node = parent
    return []


def _after_headline(holder: HtmlElement, census: Census, title: str | None) -> list[HtmlElement]:
    """The opening's blocks in ``holder`` (the title block or an element holding it) after
    the headline's place, in page order."""
    block, after = census.title_block, census.after_title
    assert block is not None
    found: list[HtmlElement] = []
    following = [] if after is None else [after, *after.itersiblings()]
    node = block
    while True:
        for sibling in following:
            found += _blocks(sibling, census, title)
        if node is holder:
            return found
        following = list(node.itersiblings())
        parent = node.getparent()
        assert parent is not None  # ``holder`` is an ancestor
        node = parent


def _blocks(element: HtmlElement, census: Census, title: str | None) -> list[HtmlElement]:
    """The parts of ``element`` that open the article, in page order: the element itself
    when it is one, else those of its children (a box of a picture and a share bar gives
    its picture; a box with links beside its prose gives no prose, that is the box's
    label: "… is supported by" a sponsor's logo, a byline's "… and other outlets").
    Links, bylines, credits and captions whose picture is gone are never the opening."""
    stats = census.stats
    found: list[HtmlElement] = []
    stack = [(element, False)]
    while stack:
        node, in_links = stack.pop()
        if node.tag == "img" and (caption := _caption_beside(node, census)) is not None:
            found += [node, caption]  # a bare picture, its caption the block after it
            continue
        if (
            not isinstance(node.tag, str)
            or node.tag in _NEVER
            or not (length := stats.chars(node))
            or _credits(vocab.class_and_id(node))
        ):
            continue
        blocky = census.has_block(node)
        if blocky and length <= vocab.CAPTION_MAX_CHARS and _captioned_picture(node, census):
            found.append(node)
        elif _caption(node):
            continue
        elif not blocky:  # one block: a paragraph, a list, a heading
            if not in_links and _prose(node, length, census, title) and not _alt(node, element):
                found.append(node)
        else:
            linked = stats.linked(node)
            stack.extend(
                (child, in_links or linked > stats.linked(child)) for child in reversed(node)
            )
    return found


def _alt(node: HtmlElement, box: HtmlElement) -> bool:
    """Whether ``node`` says what a picture in ``box`` says in its ``alt``: the caption of
    a picture box that names no caption, which the lead image's metadata prints."""
    text = shown_text(node)
    return any(collapsed(img.get("alt", "")) == text for img in box.iter("img"))


def _credits(names: str) -> bool:
    """Whether a block named ``names`` credits the article or a picture (a byline, a
    ``div.credits`` of the author's name over a job title): it names, it does not open."""
    return bool(names) and (vocab.names_byline(names) or vocab.CREDIT.search(names) is not None)


def _prose(node: HtmlElement, length: int, census: Census, title: str | None) -> bool:
    """Whether the block ``node`` is prose that opens the article: long enough, with few
    links, no dateline ("Ann Lee | Madrid | 27 OCT 2012 - 12:14") and no copy of the
    headline (a sticky bar's)."""
    return (
        length >= MIN_CHARS
        and census.stats.link_density(node) < MAX_LINK_DENSITY
        and not (length <= vocab.BYLINE_MAX_CHARS and _dated(node))
        and not (title and title_similarity(title, node.text_content()) > SAME_AS_TITLE)
    )


def _captioned_picture(node: HtmlElement, census: Census) -> bool:
    """Whether ``node`` is a picture with its caption: an image and a short text with
    few links, marked as a figure or a caption (an author's photo beside the name is not)."""
    return (
        census.stats.link_density(node) < MAX_LINK_DENSITY
        and node.find(".//img") is not None
        and any(_caption(part) for part in node.iter() if isinstance(part.tag, str))
    )


def _caption_beside(img: HtmlElement, census: Census) -> HtmlElement | None:
    """The caption printed right after a bare ``img`` as a block of its own, named as one
    ("<img …><div class=featured-image-caption>(Photo: …)</div>"): short, and no link."""
    caption = img.getnext()
    if caption is None or not _caption(caption) or census.stats.linked(caption):
        return None
    length = census.stats.chars(caption)
    return caption if 0 < length <= vocab.CAPTION_MAX_CHARS else None


def _caption(node: HtmlElement) -> bool:
    """Whether ``node`` is a figure or a caption, by its tag or its class or id."""
    return node.tag in ("figure", "figcaption") or names_caption(node)


def _dated(node: HtmlElement) -> bool:
    return next(find_dates(node.text_content()), None) is not None


def wrapped_paragraph(element: HtmlElement, census: Census) -> HtmlElement | None:
    """The paragraph ``element`` is, or holds alone under wrappers with no text of their
    own (a CMS puts a standfirst in three nested ``div``), if any.

    Paragraphs are ``<p>`` and ``div`` elements with no block inside. An empty box beside
    the paragraph (a player's placeholder, "no sound available") does not count.
    """
    while element.tag != "p" and (element.tag != "div" or census.has_block(element)):
        if element.tag != "div" or (element.text or "").strip():
            return None
        shown = [child for child in element if not _empty(child, census)]
        if len(shown) != 1 or any((child.tail or "").strip() for child in element):
            return None
        element = shown[0]
    return element


def _empty(element: HtmlElement, census: Census) -> bool:
    """Whether ``element`` shows nothing: no text and no picture."""
    return not isinstance(element.tag, str) or (
        not census.stats.chars(element)
        and element.tag != "img"
        and next(element.iter("img"), None) is None
    )
