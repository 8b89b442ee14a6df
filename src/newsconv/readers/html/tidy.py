"""After choosing: clean the article of what looks like furniture inside it.

Footers and asides go; share and follow bars go; headings and containers named like
furniture go; then every form, table, list and ``div`` is judged on its own numbers (link
density, images against paragraphs, list items against paragraphs, how short it is) as
Readability's ``_cleanConditionally`` does, innermost first, so that a sound container is
judged after its bad parts are gone. Data tables and code are never touched. Last, the
blocks and links whose own words or targets give them away go
(:mod:`~newsconv.readers.html.telltale`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable

from lxml.html import HtmlElement

from newsconv.diagnostics import Reporter
from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.figures import is_icon, picture_box
from newsconv.readers.html.telltale import PLACEHOLDER_CHARS, placeholder, remove_telltales
from newsconv.readers.html.textstats import (
    TextStats,
    report_removal,
    shown_text,
    text_around,
    within,
)

#: An ``<article>`` element inside the chosen container holding this share of its text
#: is the story, and what follows it is not.
STORY_SHARE = 0.75
#: After such a story, a longer block with this share of its text in links is a box of
#: links (a sidebar's lists of the most read).
AFTER_STORY_LINKS = 0.25
#: A picture's caption may credit its maker with a link, no more.
MAX_CAPTION_LINKS = 0.25
#: A block may hold this share of links when a block of its tag and class elsewhere in the
#: article is prose: this long at least, with this share of links at most.
_PEER_LINK_LIMIT = 0.5
_PROSE_MIN_CHARS = 200
_PROSE_LINK_LIMIT = 0.2
#: Each line of such a block holding a link holds this share of links at most.
_LINE_LINK_LIMIT = 0.5
#: Commas mark a block as prose (Readability's rule) unless this much of its text is links.
_LINKED_PROSE = 0.9
#: A quoted post in a box named like furniture has less than this share of links (its
#: date and handle), a box of linked teasers in a quotation more.
_QUOTED_LINK_LIMIT = 0.5
#: What a container's numbers count.
_COUNTED = ("p", "img", "li", "input")
#: Boxes whose first and only content, once removed, leaves the title over them alone:
#: what such a title may be.
_WRAPPERS = frozenset({"div", "section", "ul", "ol"})
_BOX_TITLES = frozenset({"div", "p", "header", *vocab.HEADINGS})
#: Elements whose text counts as running text when judging a container.
_TEXTISH = ("span", "li", "td", *sorted(vocab.DIV_BLOCK_TAGS))


def tidy_article(
    article: HtmlElement,
    stats: TextStats,
    *,
    shared: Iterable[HtmlElement],
    stories: Iterable[HtmlElement],
    drawings: Collection[HtmlElement] = (),
    weight_classes: bool,
    conditional: bool,
    report: Reporter,
) -> None:
    """Remove furniture from the chosen ``article`` in place; ``shared`` are the page's
    elements whose class or id names a share or follow bar, ``stories`` its
    ``<article>`` elements, in page order (the census lists them as it walks), and
    ``drawings`` the pictures it repeats (see
    :func:`~newsconv.readers.html.figures.repeated_drawings`)."""
    data_tables = {table for table in article.iter("table") if is_data_table(table)}
    # Only an article with a data table or code holds elements that must never be judged.
    guarded = bool(data_tables) or article.find(".//code") is not None
    judge = Judge(stats, data_tables, weight_classes, report, guarded=guarded)
    if conditional:
        judge.clean(article, "form", "fieldset")
    _remove_after_footer(article, judge)
    for element in list(article.iter(*vocab.ARTICLE_JUNK_TAGS)):
        parent = element.getparent()
        if parent is None or parent.tag == "blockquote":  # a quote's footer names its source
            continue
        if element.tag != "aside" or not picture_box(element):  # an aside may hold a figure
            judge.remove(element, f"<{element.tag}> in the article")
    _remove_repeated_drawings(article, drawings, judge)
    for element in _below_children(article, shared):
        if _short(stats, element):
            judge.remove(element, "share or follow bar")
    if weight_classes:
        for heading in list(article.iter("h1", "h2")):
            if vocab.class_weight(heading) < 0:
                judge.remove(heading, "heading named like furniture")
    if conditional:
        judge.clean(article, "table", "ul", "div")
    _remove_after_story(article, stories, judge)
    _remove_other_posts(article, judge)
    remove_telltales(article, stats, judge)


def _remove_repeated_drawings(
    article: HtmlElement, drawings: Collection[HtmlElement], judge: Judge
) -> None:
    """A drawing the page shows twice or more is a logo or an icon, and a file it shows
    again and again in boxes of their own an ad slot's stand-in, wherever it stands in the
    article, unless it sits in running text (an emoji's picture) or a captioned figure."""
    for image in drawings:
        parent = image.getparent()
        if parent is None or not within(image, article):
            continue
        if next(image.iterancestors("figure"), None) is not None:
            continue
        before = image.getprevious()
        beside = (parent.text if before is None else before.tail) or ""
        if not beside.strip() and not (image.tail or "").strip():
            judge.remove(image, "a drawing the page repeats")


def _remove_after_story(article: HtmlElement, stories: Iterable[HtmlElement], judge: Judge) -> None:
    """When the chosen container holds one ``<article>`` element, and it holds most of the
    text, the short blocks after it end the page, not the story: a disclaimer ("※本記事は
    掲載時点の情報であり…"), an ad slot's label, an author's box; so do the boxes of links
    beside it (a sidebar the container holds too)."""
    stats = judge.stats
    inside = [story for story in stories if story is not article and within(story, article)]
    if len(inside) != 1 or stats.chars(inside[0]) < STORY_SHARE * stats.chars(article):
        return
    node = inside[0]
    while node is not article and (parent := node.getparent()) is not None:
        for after in list(node.itersiblings()):
            if isinstance(after.tag, str) and _not_story(after, stats):
                judge.remove(after, "after the article")
        node = parent


def _remove_other_posts(article: HtmlElement, judge: Judge) -> None:
    """A permalink (``rel="bookmark"``, how blog themes mark the link to a post's own page)
    after most of the story is another post's: the box it opens there, from the first
    element that starts after the story's text, is that post or a box of such teasers
    (TIME NewsFeed's "The Latest on NewsFeed", its last teaser a quote whose words no link
    holds). The story's own permalink stands over its text."""
    stats = judge.stats
    links = [
        link for link in article.iter("a") if (rel := link.get("rel")) and "bookmark" in rel.split()
    ]
    if not links:
        return
    total = stats.chars(article)
    for link in links:
        if not within(link, article):
            continue  # in a box removed for an earlier link
        box = None
        for ancestor in (link, *link.iterancestors()):
            if (
                ancestor is article
                or text_around(ancestor, article, stats)[0] < STORY_SHARE * total
            ):
                break
            box = ancestor
        if box is not None and box.getparent() is not None:
            judge.remove(box, "another post")


def _remove_after_footer(article: HtmlElement, judge: Judge) -> None:
    """The story's own ``<footer>`` (its author and dates, under the text) ends it: short
    boxes after it, or boxes of links, are the site's (svt.se's "Så arbetar vi", how the
    newsroom works, under every story). Only a footer that dates the story (a ``<time>``)
    after most of the container's text counts: a footer closing a quote or a figure, or
    one at the top, does not."""
    stats = judge.stats
    total = stats.chars(article)
    for footer in list(article.iter("footer")):
        if (
            footer is article
            or footer.find(".//time") is None
            or next(footer.iterancestors("blockquote", "figure"), None) is not None
        ):
            continue
        before, _ = text_around(footer, article, stats)
        if before < STORY_SHARE * total:
            continue
        node = footer
        while node is not article and (parent := node.getparent()) is not None:
            for after in list(node.itersiblings()):
                if isinstance(after.tag, str) and _not_story(after, stats):
                    judge.remove(after, "after the story's footer")
            node = parent
        return


def _not_story(after: HtmlElement, stats: TextStats) -> bool:
    """Whether ``after``, following the story, is no part of it: short, or a box of links
    to other stories (a sidebar's most read)."""
    length = stats.chars(after)
    return 0 < length < vocab.NOTICE_MAX_CHARS or stats.link_density(after) >= AFTER_STORY_LINKS


def _below_children(article: HtmlElement, elements: Iterable[HtmlElement]) -> list[HtmlElement]:
    """Those of ``elements`` inside ``article`` but not its children."""
    return [
        element
        for element in elements
        if (parent := element.getparent()) is not None
        and parent is not article
        and within(parent, article)
    ]


def _short(stats: TextStats, element: HtmlElement) -> bool:
    return stats.chars(element) < vocab.SHARE_MAX_CHARS


def is_data_table(table: HtmlElement) -> bool:
    """A table of data rather than of layout (Readability's ``_markDataTables``)."""
    if table.get("role") == "presentation" or table.get("datatable") == "0":
        return False
    if table.get("summary"):
        return True
    caption = table.find("caption")
    if caption is not None and len(caption):
        return True
    if any(True for _ in table.iterdescendants("col", "colgroup", "tfoot", "thead", "th")):
        return True
    if any(True for _ in table.iterdescendants("table")):
        return False
    rows = list(table.iter("tr"))
    if len(rows) >= 10:
        return True  # its cells need no counting
    columns = max((len(row.findall("td")) + len(row.findall("th")) for row in rows), default=0)
    return columns > 4 or len(rows) * columns > 10


def _unlinked_pictures(element: HtmlElement) -> bool:
    """Whether ``element`` holds one row of pictures side by side, children of one box,
    none an icon, without a link: screenshots in a row in the story (Engadget's three
    ``<img>`` in one centred ``div``). A row of teasers links its pictures to the stories,
    a row of logos to the partners, a share bar to the networks; a box of figures, each in
    wrappers of its own, is judged by its captions."""
    images = list(element.iter("img"))
    return (
        next(element.iter("a"), None) is None
        and len({img.getparent() for img in images}) == 1
        and not any(map(is_icon, images))
    )


def _links_in_lines(element: HtmlElement, stats: TextStats) -> bool:
    """Whether each link of ``element`` stands in a paragraph of words inside it ("Small
    and quiet are the rings from <a>…</a>"), not loose or alone in a line as a teaser's
    headline or a "Learn more" is, and no picture is in it or beside it (a caption goes
    or stays with its picture)."""
    parent = element.getparent()
    if parent is None or next(parent.iter("img"), None) is not None:
        return False
    for link in element.iter("a"):
        line = next(link.iterancestors(*vocab.BLOCK_TAGS), element)
        if line is element or stats.link_density(line) > _LINE_LINK_LIMIT:
            return False
    return True


class Judge:
    """Removes elements from the article and keeps the text counts right."""

    def __init__(
        self,
        stats: TextStats,
        data_tables: set[HtmlElement],
        weight_classes: bool,
        report: Reporter,
        *,
        guarded: bool,
    ) -> None:
        self.stats = stats
        self.data_tables = data_tables
        self.weight_classes = weight_classes
        self.report = report
        self.guarded = guarded
        #: The element before each removed one, which may have introduced it.
        self.before_removed: list[HtmlElement] = []
        #: The article :meth:`clean` is cleaning.
        self.article: HtmlElement | None = None

    def remove(self, element: HtmlElement, reason: str) -> None:
        if element.getparent() is None:
            return
        if (before := self._introducer(element)) is not None:
            self.before_removed.append(before)
        report_removal(self.report, element, reason)
        self.stats.remove(element)

    def _introducer(self, element: HtmlElement) -> HtmlElement | None:
        """The element before ``element``, which may have introduced it: line breaks
        skipped ("Get alerts in your inbox:<br><form>"), and, for the first thing in a
        wrapper that holds nothing else, the element before the wrapper (a box's title
        over the list its items were in)."""
        before = element.getprevious()
        while before is not None and before.tag == "br" and not (before.tail or "").strip():
            before = before.getprevious()
        if before is not None:
            return before
        wrapper, chars = element.getparent(), self.stats.chars(element)
        while (
            wrapper is not None
            and wrapper is not self.article
            and wrapper.tag in _WRAPPERS
            and self.stats.chars(wrapper) == chars
        ):
            before = wrapper.getprevious()
            if before is not None:
                return before if before.tag in _BOX_TITLES else None
            wrapper = wrapper.getparent()
        return None

    def clean(self, article: HtmlElement, *tags: str) -> None:
        """Judge every element of ``tags``, last (innermost) first."""
        self.article = article
        for tag in tags:
            for element in reversed(list(article.iter(tag))):
                if element is article or element.getparent() is None:
                    continue
                reason = self.verdict(element)
                if reason is not None:
                    self.remove(element, reason)

    def verdict(self, element: HtmlElement) -> str | None:
        """Why ``element`` looks like furniture, or ``None`` when it looks like content."""
        if element in self.data_tables or self._protected(element):
            return None
        weight = vocab.class_weight(element) if self.weight_classes else 0
        if (
            weight < 0
            and not self._picture(element)
            and not self._caption(element)
            and not picture_box(element)
            and not self._quotation(element)
        ):
            return "class or id named like furniture"
        if self.stats.commas(element) >= 10 and self.stats.link_density(element) < _LINKED_PROSE:
            return None  # prose, unless it is all links (a grid of teaser cards and blurbs)
        length = self.stats.chars(element)
        if length <= PLACEHOLDER_CHARS and placeholder(shown_text(element)):
            return "an advertisement or loading placeholder"
        return self._shady(element, weight, length)

    def _quotation(self, element: HtmlElement) -> bool:
        """Whether all of ``element``'s text is one quotation, little of it linked: a post
        the story quotes, in the box an embedding script names like furniture ("<div
        class='widget widget_tweet'><blockquote>Still working on the investigation…</p>—
        Elon Musk (@elonmusk) <a>September 9, 2016</a></blockquote>"), which the sentence
        before it introduces."""
        length = self.stats.chars(element)
        return length > 0 and any(
            self.stats.chars(quote) == length
            and self.stats.link_density(quote) < _QUOTED_LINK_LIMIT
            for quote in element.iter("blockquote")
        )

    def _picture(self, element: HtmlElement) -> bool:
        """Whether ``element`` only wraps a picture (no text, no link), or a picture and its
        caption with few links: a CMS names the wrapper of an article's image
        ``media__image-wrapper`` as readily as a video box."""
        if self.stats.pictured(element):
            return element.find(".//a") is None
        return self.stats.link_density(element) < MAX_CAPTION_LINKS and any(
            self._caption(child) for child in element if isinstance(child.tag, str)
        )

    def _caption(self, element: HtmlElement) -> bool:
        """Whether ``element`` is the caption beside a picture: short, and all else in its
        wrapper is pictures (a CMS names it ``c-metadata`` as readily as the date line)."""
        parent = element.getparent()
        stats = self.stats
        if (
            parent is None
            or stats.chars(parent) != stats.chars(element)
            or stats.chars(element) > vocab.CAPTION_MAX_CHARS
        ):
            return False
        others = [child for child in parent if child is not element and isinstance(child.tag, str)]
        return bool(others) and all(map(stats.pictured, others))

    def _protected(self, element: HtmlElement) -> bool:
        if element.tag == "div" and not vocab.has_block(element):
            return True  # a paragraph in all but name
        if not self.guarded:
            return False
        for ancestor in element.iterancestors("table", "code"):
            if ancestor.tag == "code" or ancestor in self.data_tables:
                return True
        return any(table in self.data_tables for table in element.iter("table"))

    def _shady(self, element: HtmlElement, weight: int, length: int) -> str | None:
        counts = Counter(node.tag for node in element.iterdescendants(*_COUNTED))
        paragraphs, images, inputs = counts["p"], counts["img"], counts["input"]
        items = counts["li"] - 100
        is_list = element.tag in ("ul", "ol") or self._mostly_list(element)
        in_figure = next(element.iterancestors("figure"), None) is not None
        density = self.stats.link_density(element)
        # Links may fill half of a container named like content, a fifth of any other.
        link_limit = 0.5 if weight >= 25 else None if is_list else 0.2
        reason = None
        if (
            not in_figure
            and images > 1
            and paragraphs / images < 0.5
            and not (paragraphs and self._beside_gallery(element, paragraphs, images))
            and not self._figure_grid(element)
            and not (length == 0 and _unlinked_pictures(element))
        ):
            reason = "more images than paragraphs"
        elif not is_list and items > paragraphs:
            reason = "more list items than paragraphs"
        elif inputs > paragraphs // 3:
            reason = "a form"
        elif (
            not is_list
            and not in_figure
            and length < 25
            and (images == 0 or images > 2)
            and density > 0
            and not self._mostly_headings(element, length)  # a walk: asked last
        ):
            reason = "a short run of links"
        elif (
            link_limit is not None
            and density > link_limit
            and not (density <= _PEER_LINK_LIMIT and self._like_prose_peer(element))
        ):
            reason = f"link density {density:.2f}"
        elif images == 0 and not self._has_running_text(element):
            reason = "no running text"
        if reason and is_list and self._image_list(element, images):
            return None
        return reason

    def _figure_grid(self, element: HtmlElement) -> bool:
        """Whether ``element`` holds only ``<figure>`` elements, two or more, each with a
        caption of its own (no two alike) and few links: pictures set side by side in the
        article, which a teaser grid (headlines that are links) is not."""
        stats = self.stats
        figures = [
            f for f in element.iter("figure") if next(f.iterancestors("figure"), None) is None
        ]
        if len(figures) < 2 or stats.link_density(element) > MAX_CAPTION_LINKS:
            return False
        captions = [figure.find(".//figcaption") for figure in figures]
        texts = {shown_text(caption) for caption in captions if caption is not None}
        return (
            len(texts) == len(figures)  # one picture twice, for two screen sizes, is no grid
            and all(texts)
            and sum(map(stats.chars, figures)) == stats.chars(element)
        )

    def _beside_gallery(self, element: HtmlElement, paragraphs: int, images: int) -> bool:
        """Whether ``element``'s ``paragraphs`` outnumber half its pictures once those in
        wordless galleries are left out (lists whose every item is one picture and no
        words: a row of partners' logos under the section's text, which stays or goes on
        its own)."""
        counted: list[HtmlElement] = []
        for gallery in element.iterdescendants("ul", "ol"):
            if any(outer in counted for outer in gallery.iterancestors("ul", "ol")):
                continue
            items = sum(1 for _ in gallery.iter("li"))
            pictures = sum(1 for _ in gallery.iter("img"))
            if pictures == items and not self.stats.chars(gallery):
                images -= pictures
                counted.append(gallery)
        return paragraphs / max(images, 1) >= 0.5

    def _like_prose_peer(self, element: HtmlElement) -> bool:
        """Whether another block of ``element``'s tag and class in the article is prose with
        few links: a page builder gives each of the article's paragraphs the same box, and
        one whose product names are links is still one of them. Wrappers around that box
        alone are judged by it (a builder names them by a hash each). A teaser card has a
        picture or a line that is all link (its headline); such a block has neither."""
        if not _links_in_lines(element, self.stats):
            return False
        stats = self.stats
        core: HtmlElement | None = element
        while core is not None:
            if self._has_prose_peer(core):
                return True
            texts = [child for child in core if stats.chars(child)]
            single = len(texts) == 1 and stats.chars(texts[0]) == stats.chars(core)
            core = texts[0] if single else None
        return False

    def _has_prose_peer(self, element: HtmlElement) -> bool:
        """Whether another block of ``element``'s tag and class in the article is prose."""
        name = element.get("class")
        if not name or self.article is None:
            return False
        stats = self.stats
        return any(
            peer is not element
            and peer.get("class") == name
            and stats.chars(peer) >= _PROSE_MIN_CHARS
            and stats.link_density(peer) <= _PROSE_LINK_LIMIT
            for peer in self.article.iter(element.tag)
        )

    def _mostly_headings(self, element: HtmlElement, length: int) -> bool:
        """Whether headings hold nine tenths of ``element``'s ``length`` characters."""
        headings = sum(self.stats.chars(h) for h in element.iterdescendants(*vocab.HEADINGS))
        return bool(length) and headings / length >= 0.9

    def _mostly_list(self, element: HtmlElement) -> bool:
        total = self.stats.chars(element)
        listed = sum(self.stats.chars(lst) for lst in element.iterdescendants("ul", "ol"))
        return bool(total) and listed / total > 0.9

    def _has_running_text(self, element: HtmlElement) -> bool:
        """Text of its own, or inside paragraph-like descendants (not only in links, say)."""
        if (element.text or "").strip() or any((c.tail or "").strip() for c in element):
            return True
        return any(self.stats.chars(node) for node in element.iterdescendants(*_TEXTISH))

    @staticmethod
    def _image_list(element: HtmlElement, images: int) -> bool:
        """A plain list whose every item is an image is a gallery worth keeping."""
        if any(len(child) > 1 for child in element):
            return False
        return images == sum(1 for _ in element.iter("li"))
