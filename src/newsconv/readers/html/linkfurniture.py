"""Links inside the article that are furniture wherever they stand.

The first of the tidy's last passes (:mod:`~newsconv.readers.html.telltale`): the site's
masthead (a ``<header>`` linking home), the article's tags (``rel="tag"``), sign-up
banners, buttons' labels on pictures, teaser cards for other stories, and teasers slipped
between the paragraphs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml.html import HtmlElement

from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.figures import figure_caption
from newsconv.readers.html.textstats import TextStats, holds_blocks, shown_text, within, wording
from newsconv.urls import split

if TYPE_CHECKING:
    from newsconv.readers.html.tidy import Judge

__all__ = ["remove_link_furniture"]

#: A link to a site's home page ("/", "https://example.org/").
_SITE_ROOT = re.compile(r"^(?:/|(?:https?:)?//[^/]+/?)$")
#: A masthead holds no paragraph longer than this (a standfirst is).
_MASTHEAD_MAX_LINE = 80
#: A teaser card (headline, picture, excerpt, "Read more") is this short at most.
_TEASER_MAX_CHARS = 600
#: A box of tags may hold a label ("Tags:") beside its links.
_TAGS_MIN_LINK_DENSITY = 0.75
#: Words of a class or id that name a box of the article's tags ("TagPills__list",
#: "article-tags", "topicList"), read as words so that "stage" or "tagline" are not.
_TAG_BOX_WORDS = frozenset({"tag", "tags", "taglist", "topic", "topics", "keyword", "keywords"})
#: A class or id's words: split at non-letters and where a lower-case letter meets a
#: capital ("TagPills" is "tag pills").
_NAME_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
#: A tag's link holds this many words at most.
_TAG_MAX_WORDS = 4
#: Marks that stand inside a sentence beside a word, as a list of tags never sets them: a
#: dash, a bracket, a quotation mark ("modern humans—<a>carbon dating</a> showed").
_INNER_MARKS = frozenset("—–([{“„«‹‘\"')]}”»›’")
#: A menu's list holds this many links at least, each this short at most.
_MENU_MIN_ITEMS = 4
_MENU_ITEM_MAX_CHARS = 20
_MENU_ITEM_MAX_WORDS = 2
#: A tool's label is this many words at most ("Haut de page", "Print this story").
_TOOL_WORDS = 3
#: Boxes that may hold the tags' links.
_TAG_BOXES = ("ul", "ol", "div", "section", "p")
#: A box of links to the site's tag pages holds this many at least, to stand for tags
#: without a name saying so.
_TAXONOMY_LINKS = 3
#: A teaser's headline is this long at least.
_HEADLINE_MIN_CHARS = 20
#: Elements without words that are no icon: a line break, a picture, an anchor.
_NOT_ICONS = frozenset({"br", "img", "picture", "a"})
#: This many linked figures, outnumbering the others, are the article's own picks.
_OWN_PICKS = 3
#: A card's box may hold a label this short beside the card's link ("New").
_CARD_LABEL_CHARS = 20


def remove_link_furniture(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """Run the passes on ``article``: mastheads, then links, then slipped teasers."""
    _remove_mastheads(article, stats, judge)
    _remove_tag_boxes(article, stats, judge)
    _remove_menus(article, stats, judge)
    _remove_links(article, stats, judge)
    _remove_slipped_teasers(article, stats, judge)
    _remove_linked_figures(article, stats, judge)


def _remove_mastheads(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """A ``<header>`` that links to the site's home page and holds no prose is the site's
    masthead (logo, name, menu), kept inside the chosen container. An article's own header
    may link home too (a breadcrumb), but it holds the standfirst or the lead picture. So
    is one whose words are all a short link and no heading: a blog's or a section's name
    over its posts (CNET's "Signal Strength")."""
    for header in list(article.iter("header")):
        if header is article:
            continue
        linked_home = any(
            _SITE_ROOT.match(link.get("href", "").strip()) for link in header.iter("a")
        )
        if (
            linked_home
            and header.find(".//figure") is None
            and not any(stats.chars(p) > _MASTHEAD_MAX_LINE for p in header.iter("p"))
        ) or _named_only(header, stats):
            judge.remove(header, "the site's masthead")


def _named_only(header: HtmlElement, stats: TextStats) -> bool:
    """Whether ``header`` holds only a link's short words (a name) and no heading."""
    return (
        0 < stats.chars(header) <= _MASTHEAD_MAX_LINE
        and stats.link_density(header) >= 1
        and not any(element.tag in vocab.HEADINGS for element in header.iter())
    )


def _remove_tag_boxes(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """A box named for tags or topics ("TagPills", "article-tags") that holds only short
    links, two or more, is the article's tags even when its links are not marked
    ``rel="tag"`` (svt.se's "Tågtrafik · Tågförseningar · Göteborg" under the story); so
    is a box of short links whose addresses say they are tags (:func:`_taxonomy_links`)."""
    boxes = [
        box
        for box in article.iter(*_TAG_BOXES)
        if box is not article
        and stats.link_density(box) >= _TAGS_MIN_LINK_DENSITY  # both tests ask it: first
        and ((_names_tags(box) and _tag_links_only(box, stats)) or _taxonomy_links(box))
    ]
    for box in boxes:
        if not any(within(box, other) for other in boxes):
            judge.remove(box, "the article's tags")


def _remove_menus(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """A list of links that are each a word or two, and nothing else, is a menu (a site's
    sections, "すべて · 国内 · 経済・IT …", under the story), whatever its class: a list of
    the article's sources names them at more length. Each test reads the list's linked
    items (:func:`_linked_items`), once."""
    for menu in list(article.iter("ul", "ol")):
        if menu.getparent() is None or not (items := _linked_items(menu, stats)):
            continue
        if _menu(items, stats):
            judge.remove(menu, "a menu of links")
        elif _page_tools(items):
            judge.remove(menu, "the page's tools")
        elif _headlines(items, stats):
            box = menu  # a list wrapped in a list (<ul><ul><li>) goes whole
            while (outer := box.getparent()) is not None and outer.tag in ("ul", "ol"):
                if stats.chars(outer) != stats.chars(box):
                    break
                box = outer
            judge.remove(box, "a list of other stories' headlines")


def _linked_items(element: HtmlElement, stats: TextStats) -> list[HtmlElement]:
    """The items of the list ``element`` when there are two or more, all ``<li>``, and
    links hold all its words; else none."""
    items = [item for item in element if isinstance(item.tag, str)]
    if len(items) < 2 or stats.link_density(element) < 1:
        return []
    return items if all(item.tag == "li" for item in items) else []


def _menu(items: list[HtmlElement], stats: TextStats) -> bool:
    """Whether a list's linked ``items``, :data:`_MENU_MIN_ITEMS` or more, are each one
    link of a word or two to another page (links to the page's own sections are its table
    of contents)."""
    if len(items) < _MENU_MIN_ITEMS:
        return False
    for item in items:
        links = list(item.iter("a"))
        if len(links) != 1 or stats.chars(item) > _MENU_ITEM_MAX_CHARS:
            return False
        if (
            len(shown_text(links[0]).split()) > _MENU_ITEM_MAX_WORDS
            or links[0].get("href", "").startswith("#")  # a table of contents
        ):
            return False
    return True


def _page_tools(items: list[HtmlElement]) -> bool:
    """Whether a list's linked ``items`` are each one short link to this page itself, not
    one of them to another page: a print view (``?print=true``), its top (``#page``), a
    script's button ("Imprimer · Haut de page"). A table of contents, all of whose links
    lead to places in the page, is none."""
    hrefs = []
    for item in items:
        links = list(item.iter("a"))
        if len(links) != 1 or len(shown_text(links[0]).split()) > _TOOL_WORDS:
            return False
        hrefs.append(links[0].get("href", "").strip().lower())
    return all(
        href.startswith(("?", "#")) or vocab.leads_nowhere(href) for href in hrefs
    ) and not all(href.startswith("#") and href != "#" for href in hrefs)


def _headlines(items: list[HtmlElement], stats: TextStats) -> bool:
    """Whether a list's linked ``items`` are each a heading that is one link to another
    page and nothing else: other stories' headlines ("Further reading" over
    "<li><h4><a href=…>Banks favour IFRS 9</a></h4></li>"). A story's own headings link
    nowhere, or only in part."""
    for item in items:
        heading = next(item.iterchildren(*vocab.HEADINGS), None)
        links = list(item.iter("a"))
        if (
            heading is None
            or len(links) != 1
            or stats.chars(heading) != stats.chars(item)
            or links[0].get("href", "").startswith("#")
        ):
            return False
    return True


def _names_tags(element: HtmlElement) -> bool:
    """Whether the class or id of ``element`` has a word naming tags or topics."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    lowered = names.lower()
    if "tag" not in lowered and "topic" not in lowered and "keyword" not in lowered:
        return False  # most names: one C-level scan each
    return any(word.lower() in _TAG_BOX_WORDS for word in _NAME_WORD.findall(names))


def _taxonomy_links(element: HtmlElement) -> bool:
    """Whether ``element``'s links, three or more, all lead to the site's tag or category
    pages but one (the story's section: HuffPost's "Read More: <a href=/tag/…>Federal
    Reserve</a>, …, <a href=/business>Business News</a>"), and it shows no picture."""
    hrefs = [link.get("href", "").lower() for link in element.iter("a")]
    if len(hrefs) < _TAXONOMY_LINKS or element.find(".//img") is not None:
        return False
    taxonomy = sum(1 for href in hrefs if vocab.TAXONOMY_PAGE.search(href))
    return taxonomy >= len(hrefs) - 1


def _tag_links_only(element: HtmlElement, stats: TextStats) -> bool:
    """Whether ``element`` holds two short links or more and at most a label beside them."""
    links = list(element.iter("a"))
    return (
        len(links) >= 2
        and stats.link_density(element) >= _TAGS_MIN_LINK_DENSITY
        and all(len(shown_text(link).split()) <= _TAG_MAX_WORDS for link in links)
        and element.find(".//img") is None
    )


def _remove_links(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """Links that are furniture wherever they stand: the article's tags (marked
    ``rel="tag"``, which the metadata reads), with the list or box that holds only them,
    sign-up and follow banners (see :func:`_banner`), the label of a
    button on a picture ("[+] Enlarge" on a link a script drives: the picture stays), and
    teasers (see :func:`_teaser`), buttons to subscribe and cards for other pages."""
    cards: list[HtmlElement] = []
    for link in list(article.iter("a")):
        length = stats.chars(link)  # most links have words: the banner's test comes last
        if vocab.is_tag_link(link):
            if not within(link, article):
                continue  # in a box of tags removed already
            box, node = link, link.getparent()
            while node is not None and node is not article and _only_tags(node, stats):
                box, node = node, node.getparent()
            if box is not link or not _in_running_text(link):
                judge.remove(box, "the article's tags")
        elif not length and (image := link.find(".//img")) is not None and _banner(link, image):
            judge.remove(link, "a sign-up or follow banner")
        elif (
            0 < length <= vocab.READ_MORE_MAX_CHARS
            and (image := next(link.iter("img"), None)) is not None
            and vocab.leads_nowhere(link.get("href", "").strip().lower())
        ):
            image.tail = None
            link.addprevious(image)
            judge.remove(link, "a button's label on a picture")
        elif length <= vocab.READ_MORE_MAX_CHARS and vocab.READ_MORE.fullmatch(wording(link)):
            card = _teaser(link, article, stats)
            if card is None:
                card = _excerpt(link, article, stats)
            if card is not None:
                judge.remove(card, "a teaser for another story")
        elif not (link.tail or "").strip() and _account_button(link, stats):
            judge.remove(link, "a button to subscribe or sign in")
        elif len(link) and _card(link, stats):  # a card's link holds elements
            cards.append(link)
    _remove_cards(cards, article, stats, judge)


def _banner(link: HtmlElement, image: HtmlElement) -> bool:
    """Whether ``link``, around ``image`` and no words, is a banner for a site: linked to
    a newsletter or subscription page, to a site's front page (a logo: a partner's "Real
    Simple" over a syndicated story), or to the site's page on a social network with a
    picture asking to follow it ("Like MSN Lifestyle on Facebook")."""
    href = link.get("href", "").strip().lower()
    if vocab.SUBSCRIBE.search(href):
        return True
    if _front_page(href):  # a logo standing alone, not a sign-off's beside a name
        parent = link.getparent()
        return parent is not None and not parent.text_content().strip()
    alt = (image.get("alt") or "").lower()
    return bool(alt and vocab.SOCIAL_PAGE.match(href) and vocab.FOLLOW_PROMPT.search(alt))


def _front_page(href: str) -> bool:
    """Whether ``href`` leads to a site's front page: an address with a host and no path
    ("https://www.example.com/", "http://www.example.com/?from=partner")."""
    parts = split(href) if href.startswith(("http://", "https://", "//")) else None
    return parts is not None and bool(parts.netloc) and parts.path in ("", "/")


def _account_button(link: HtmlElement, stats: TextStats) -> bool:
    """Whether ``link`` is a button or a badge: a short link on its own between blocks,
    with no words beside it, to the site's subscription, sign-up or sign-in page
    ("<a href=/abo>Exklusiv für Übonnenten</a>" over a story for subscribers). The caller
    has seen that no words follow it, the cheapest test, asked of every link."""
    parent = link.getparent()
    if parent is None:
        return False
    before = link.getprevious()
    if ((parent.text if before is None else before.tail) or "").strip():
        return False
    href = link.get("href", "").lower()
    if not (vocab.SUBSCRIPTION_PAGE.search(href) or vocab.ACCOUNT_PAGE.search(href)):
        return False
    if not 0 < stats.chars(link) <= vocab.BYLINE_MAX_CHARS:
        return False
    return any(child.tag in vocab.BLOCK_TAGS for child in parent if child is not link)


def _remove_cards(
    cards: list[HtmlElement], article: HtmlElement, stats: TextStats, judge: Judge
) -> None:
    """A link holding two blocks with words or more (:func:`_card`) is a card for another
    page (an app's promotion, "Le Monde's app / Get the most out of … / Download"; a
    story's title and blurb), and goes with the box that holds only it and a label
    ("New"). A run of :data:`_OWN_PICKS` or more is the article's own list (a guide's
    picks) and stays."""
    if len(cards) >= _OWN_PICKS:
        return
    for link in cards:
        if not within(link, article):
            continue  # in a box a later link's teaser took
        box = link
        while (
            (parent := box.getparent()) is not None
            and parent is not article
            and stats.chars(parent) - stats.chars(box) <= _CARD_LABEL_CHARS
        ):
            box = parent
        judge.remove(box, "a card linking to another page")


def _card(link: HtmlElement, stats: TextStats) -> bool:
    """Whether ``link`` leads to another page and holds two blocks with words or more,
    a card's short text at most."""
    href = link.get("href", "").strip().lower()
    if (
        not 0 < stats.chars(link) <= _TEASER_MAX_CHARS
        or vocab.leads_nowhere(href)
        or href.startswith("#")
        or href.endswith(vocab.IMAGE_FILE_ENDINGS)
    ):
        return False
    # a walk of the link's few descendants: lxml's iter() over the block tags builds
    # its matcher on every call, which cost more than the rule's whole pass
    found = 0
    for node in link.iterdescendants():
        if node.tag in vocab.BLOCK_TAGS and stats.chars(node) and not holds_blocks(node):
            found += 1
            if found == 2:
                return True
    return False


def _teaser(link: HtmlElement, article: HtmlElement, stats: TextStats) -> HtmlElement | None:
    """The card a "Read more" ``link`` ends, when it is a teaser for another story: the
    smallest box around it, short, whose links all lead to the same page, one of them its
    headline or its picture. A "Read more" that goes on with the article stands alone."""
    href = _target(link.get("href", ""))
    for box in link.iterancestors():
        if box is article or stats.chars(box) > _TEASER_MAX_CHARS:
            return None
        links = list(box.iter("a"))
        if len(links) >= 2:
            same = all(_target(other.get("href", "")) == href for other in links)
            return box if same and any(map(_headline_or_picture, links)) else None
    return None


def _target(href: str) -> str:
    """The page ``href`` leads to: without the campaign's tracking parameters
    (``utm_source=…``) a site adds to its teasers' headlines and pictures."""
    page, _, query = href.strip().partition("?")
    kept = [part for part in query.split("&") if part and not part.startswith("utm_")]
    return f"{page}?{'&'.join(kept)}" if kept else page


def _excerpt(link: HtmlElement, article: HtmlElement, stats: TextStats) -> HtmlElement | None:
    """The box a "Read more" ``link`` ends when the words before it are cut off ("…
    attending courses at New York... → Learn More"): an excerpt of another page (an
    author's, a company's profile). The box is the largest around it that is short, and
    at most half the article."""
    if vocab.leads_nowhere(link.get("href", "").strip().lower()):
        return None  # a toggle showing the rest of a caption ("…more")
    box = None
    for ancestor in link.iterancestors():
        if ancestor is article or stats.chars(ancestor) > _TEASER_MAX_CHARS:
            break
        box = ancestor
    if box is None or 2 * stats.chars(box) > stats.chars(article):
        return None
    before = shown_text(box).rpartition(shown_text(link))[0].rstrip()
    return box if before.endswith(("...", "…")) else None


def _headline_or_picture(link: HtmlElement) -> bool:
    """Whether ``link`` is a card's headline or picture."""
    parent = link.getparent()
    return link.find(".//img") is not None or (parent is not None and parent.tag in vocab.HEADINGS)


def _in_running_text(link: HtmlElement) -> bool:
    """Whether ``link`` stands between words of one sentence ("the <a>tool</a> found"): a
    site that links its tag pages from the text marks them as tags too, but a list of
    tags has a label, a comma or nothing on each side, never a word on both, nor a word
    on one side and a dash, a bracket or a quotation mark on the other ("modern
    humans—<a>carbon dating</a> showed")."""
    parent = link.getparent()
    if parent is None:
        return False
    before = link.getprevious()
    text_before = parent.text if before is None else before.tail
    before, after = (text_before or "").rstrip(), (link.tail or "").lstrip()
    if not (before and after):
        return False
    left, right = before[-1], after[0]
    if left.isalnum():
        return right.isalnum() or right in _INNER_MARKS
    return left in _INNER_MARKS and right.isalnum()


def _only_tags(element: HtmlElement, stats: TextStats) -> bool:
    """Whether ``element`` holds tag links and at most a label ("Tags:")."""
    links = list(element.iter("a"))
    return stats.link_density(element) >= _TAGS_MIN_LINK_DENSITY and all(
        map(vocab.is_tag_link, links)
    )


def _remove_slipped_teasers(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """A paragraph between others that opens with a whole line linking elsewhere (another
    story's headline) and goes on after a line break with a blurb, or that is only such a
    link behind an icon, is a teaser slipped into the body. A run of them is the
    article's own list (a gift guide's picks) and stays."""
    boxes = [
        _alone_in_wrappers(p, article)
        for p in article.iter("p")
        if _headline_and_blurb(p, stats) or _icon_and_headline(p, stats)
    ]
    slipped = set(boxes)
    for box in boxes:
        if box.getprevious() not in slipped and box.getnext() not in slipped:
            judge.remove(box, "a teaser for another story")


def _headline_and_blurb(paragraph: HtmlElement, stats: TextStats) -> bool:
    """Whether ``paragraph`` is a link (bold or not) alone on its first line, a headline's
    length, then a longer blurb with no link."""
    if len(paragraph) < 2 or (paragraph.text or "").strip():
        return False
    head = paragraph[0]
    link = head[0] if head.tag in ("b", "strong") and len(head) == 1 else head
    if (
        link.tag != "a"
        or ((head.text or "").strip() and head is not link)
        or (head.tail or "").strip()
        or head.getnext().tag != "br"
        or link.get("href", "#").startswith("#")
    ):
        return False
    headline = stats.chars(head)
    return (
        headline >= _HEADLINE_MIN_CHARS
        and stats.chars(paragraph) - headline >= headline
        and stats.linked(paragraph) == headline
    )


def _icon_and_headline(paragraph: HtmlElement, stats: TextStats) -> bool:
    """Whether ``paragraph`` is an icon (an element left without words or picture once
    its ``<svg>`` or font glyph is gone) and then a link elsewhere, a headline's length,
    with no other words: a related story's link ("🔗 Fallecen …, director del CNI")."""
    if len(paragraph) != 2 or (paragraph.text or "").strip():
        return False
    icon, link = paragraph
    return (
        link.tag == "a"
        and isinstance(icon.tag, str)
        and not stats.chars(icon)
        and icon.tag not in _NOT_ICONS
        and icon.find(".//img") is None
        and not (icon.tail or "").strip()
        and not link.get("href", "#").startswith("#")
        and stats.chars(link) >= _HEADLINE_MIN_CHARS
        and stats.chars(paragraph) == stats.linked(paragraph)
    )


def _alone_in_wrappers(element: HtmlElement, article: HtmlElement) -> HtmlElement:
    """``element``, or the outermost wrapper inside ``article`` that holds only it."""
    box = element
    while (
        (parent := box.getparent()) is not None
        and parent is not article
        and len(parent) == 1
        and not (parent.text or "").strip()
        and not (box.tail or "").strip()
    ):
        box = parent
    return box


def _remove_linked_figures(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """A figure whose picture and caption both link to one other page is a teaser for it
    (a related story's card, a book's cover linked to the shop), not the article's picture,
    which links to its own larger file if at all, and whose caption links only a credit.
    Three or more of them, outnumbering the other figures, are the article's own picks (a
    gift guide's) and stay."""
    figures = list(article.iter("figure"))
    teasers = [box for figure in figures if (box := _linked_figure(figure, stats)) is not None]
    if len(teasers) >= _OWN_PICKS and 2 * len(teasers) > len(figures):
        return
    for box in teasers:
        judge.remove(box, "a figure linking to another story")


def _linked_figure(figure: HtmlElement, stats: TextStats) -> HtmlElement | None:
    """What goes with ``figure`` when its picture and captioned words all lie in links to
    one other page: the link around it, or the figure."""
    caption = figure_caption(figure)
    if caption is None or not stats.chars(caption) or figure.find(".//img") is None:
        return None
    around = next(figure.iterancestors("a"), None)
    if around is not None:
        links, box = [around], around
        if stats.chars(around) != stats.chars(figure):
            return None
    else:
        links, box = list(figure.iter("a")), figure
        if stats.link_density(figure) < 1 or not any(
            link.find(".//img") is not None for link in links
        ):
            return None
    targets = {_target(link.get("href", "")) for link in links}
    if len(targets) != 1:
        return None
    target = targets.pop().lower()
    if (
        vocab.leads_nowhere(target)
        or target.startswith("#")
        or target.endswith(vocab.IMAGE_FILE_ENDINGS)
    ):
        return None
    return box
