"""Short blocks and links inside the article whose own words or targets give them away.

These passes run last, on the article the tidy has cleaned, and each removal says why:

* links that are furniture wherever they stand
  (:mod:`~newsconv.readers.html.linkfurniture`);
* short blocks judged by their words (placeholders, show-more labels, rights notices
  and copyright lines, reading times, slideshow counters, editors' credits) or, when
  they are all links, by where the links lead (the comments, a sign-up, nowhere, the
  article's other pages), and "Read also" pointers with the boxes such a heading opens;
  the phrases are data in the vocabulary;
* the links, datelines (:mod:`~newsconv.readers.html.datelines`) and paywall prompt that
  close the article, a heading that repeats the block beside it or recurs on every item
  of a list, and a line left introducing a box that is gone.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import TYPE_CHECKING, TypeGuard
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.datelines import (
    last_text_block,
    remove_closing_dateline,
    remove_leading_dateline,
)
from newsconv.readers.html.figures import is_icon
from newsconv.readers.html.initials import remove_closing_initials
from newsconv.readers.html.linkfurniture import remove_link_furniture
from newsconv.readers.html.meta.byline import profile_page
from newsconv.readers.html.textstats import (
    TextStats,
    ends_container,
    holds_blocks,
    shown_text,
    text_around,
    within,
    wording,
)
from newsconv.readers.toggles import SHOW_MORE_LABELS

if TYPE_CHECKING:
    from newsconv.readers.html.tidy import Judge

__all__ = ["PLACEHOLDER_CHARS", "placeholder", "remove_telltales"]

#: An address written out in a block's words.
_ADDRESS = re.compile(r"https?://\S+")
#: A word's character, which a line of tags has only inside its links and label.
_WORD = re.compile(r"\w")
#: A digit (of any script, as the labels' ``\d`` matches): one search spares the label
#: regexes on the many short blocks without a number.
_DIGIT = re.compile(r"\d")
#: An element named an icon holding this many characters at most is a glyph an icon font
#: draws ("K" shown as "+", "L" as "−"), not words.
_GLYPH_CHARS = 2
#: Text this short may be an "Advertisement" or "Loading…" placeholder ("Dalsza część
#: artykułu pod materiałem wideo", 42 characters, is the longest label met).
PLACEHOLDER_CHARS = 48
#: A button's label is a word or two ("Print", "Tweet", "Inspiring").
_BUTTON_WORDS = 2
#: A block opening with "Read also" whose links hold this share of its text points to
#: another story ("Lire aussi Martine Bulard, « <a>En Corée…</a> », juin 2018.").
_POINTER_LINKS = 0.25
#: A "More from …:" label names its source in this many words at most.
_SOURCE_LABEL_WORDS = 3
#: A label and a colon before one link holding this share of a block point to another
#: story ("MORE: <a>…</a>"); the label is this short at most.
_POINTER_SHARE = 0.6
_POINTER_LABEL_CHARS = 30
#: Blocks a heading may repeat, and how long the repeat must be to go.
_BLOCK_HOLDERS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6")
_REPEAT_MIN_CHARS = 25
#: Blocks a template may print over and over (paragraphs may repeat: a page may mean it).
_RUN_HOLDERS = ("div", *vocab.HEADINGS)
#: A heading found this many times in an article is a list's title, repeated per item;
#: so is a block found this many times in a row.
_RECURRING = 3
#: A reading time or a slideshow's counter is this short at most ("Feb 3, 2017 · 11 min read").
_LABEL_MAX_CHARS = 60
#: Why a line that is only a copyright mark, a year and a name goes.
_COPYRIGHT_LINE = "a copyright line"
#: A link to one page of a paged article: "2", "【2】", "[3]".
_PAGE_NUMBER = re.compile(r"\W*\d{1,3}\W*")
#: Text holders that sit inside a paragraph, whose words a child holding them all repeats.
_INLINE_HOLDERS = frozenset({"p", "small", "span", "strong", "q"})
#: Text holders that may be words of a sentence, not a block of their own.
_PHRASE_HOLDERS = frozenset({"small", "span", "strong", "q"})
#: Elements a "Related …:" heading may title.
_BOXES = frozenset({"div", "section", "ul", "ol", "figure", "aside"})
#: A row of links with this many icons, and more icons than words, is a share row.
_ICONS_MIN = 3
#: A line introducing a box ("Read more on this:") is this short at most.
_LEAD_IN_MAX_CHARS = 60
#: ...and a box's only text ending with a colon over the list it introduced, this short
#: ("This story is from issue 7/2019. … Highlights of the issue:").
_BOX_LEAD_IN_MAX_CHARS = 300
#: A link in square brackets, alone in its block, is a headline with this many words.
_BRACKETED_HEADLINE_WORDS = 3
#: A line to follow a site holds this share of its text in links to social networks.
_FOLLOW_LINKS = 0.3
#: A plug closing the article, to follow the site and more, is this long at most.
_PLUG_MAX_CHARS = 2 * vocab.NOTICE_MAX_CHARS
#: A box closing the article and asking to rate it holds this many characters at most
#: (the question, the tally, a plea for donations).
_RATING_BOX_MAX_CHARS = 400
#: A toolbar of icons lists this many buttons at least, and labels a shown one in this
#: many words at most.
_TOOLBAR_MIN_ITEMS, _TOOLBAR_LABEL_WORDS = 3, 2
#: Blocks that close an article with one link ("See the Cartoons of the Week.").
_CLOSING_LINK_HOLDERS = frozenset({"p", "div", "a", *vocab.HEADINGS})
#: A listing of teaser cards holds this many at least, each titled by one of these.
_CARDS_MIN = 2
_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
#: A link to the comments is this short at most ("Comments (1,204 posted)").
_COMMENTS_LINK_CHARS = 40
#: A title over the comments ends the article when this much of its text, or half of it,
#: comes before it (a "Comments" tab above the story does not).
_STORY_BEFORE_COMMENTS = 500


def remove_telltales(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """Run the passes on the tidied ``article``, in an order where each sees what the
    earlier ones left (a box's title is judged once the box is gone)."""
    remove_link_furniture(article, stats, judge)
    comments = _remove_telltale_text(article, stats, judge)
    _remove_bare_figures(article, stats, judge)
    _remove_author_portraits(article, stats, judge)
    _remove_overlay_cards(article, stats, judge)
    _remove_comments(article, comments, judge)
    _remove_closing_links(article, stats, judge)
    remove_leading_dateline(article, stats, judge)
    remove_closing_dateline(article, stats, judge)
    remove_closing_initials(article, stats, judge)
    _remove_closing_prompt(article, stats, judge)
    _remove_rating_box(article, stats, judge)
    _remove_icon_toolbars(article, stats, judge)
    _remove_repeats(article, stats, judge)
    _remove_orphan_lead_ins(stats, judge)
    _remove_closing_links(article, stats, judge)  # a link the lead-ins' box titles hid


def _remove_telltale_text(
    article: HtmlElement, stats: TextStats, judge: Judge
) -> list[HtmlElement]:
    """Short blocks whose own words or links give them away: placeholders, rights lines,
    reading times, slideshow counters, links to the comments or to a sign-up, buttons,
    page numbers and "Read also" links and boxes. Returns the blocks whose words name
    the comments, for :func:`_remove_comments`, which this walk spares a walk of its own."""
    comments: list[HtmlElement] = []
    pointers: list[HtmlElement] = []
    # A page repeats its short blocks' words (a third of the verdicts asked; a Wikipedia
    # page's references link back with "^" 331 times): each wording is judged once.
    words_verdict = functools.cache(_words_verdict)
    for element in _outside_listings(article, vocab.TEXT_HOLDERS):
        length = stats.chars(element)
        if not 0 < length < vocab.NOTICE_MAX_CHARS or (parent := element.getparent()) is None:
            continue
        if parent.tag in _INLINE_HOLDERS and stats.chars(parent) == length:
            continue  # the same words as the element around it, judged just before
        if length <= _GLYPH_CHARS and "icon" in (element.get("class") or ""):
            judge.remove(element, "an icon font's glyph")  # "K" that a font draws as "+"
            continue
        words = wording(element)
        if (
            length <= vocab.QUOTE_SYMBOL_MAX_CHARS
            and words.isalpha()
            and _quote_widget(element, words)
        ):
            judge.remove(element, "a stock quote widget")
            continue
        if element.tag in _PHRASE_HOLDERS and _mid_sentence(element, parent):
            continue  # words of its block's sentence, judged with them
        reason = words_verdict(words, length)
        if reason == _COPYRIGHT_LINE and next(element.iterancestors("figure"), None) is not None:
            reason = None  # a picture's credit, with its year
        linked = stats.linked(element)
        if not linked and length <= _LABEL_MAX_CHARS and _names_the_comments(words):
            comments.append(element)
        # The verdicts on links share one list of them (most blocks have none).
        links = list(element.iter("a")) if linked else []
        hrefs = [link.get("href", "").strip().lower() for link in links]
        if reason is None and stats.link_density(element) >= 1:
            reason = _links_verdict(links, hrefs, words, length)
        if reason is None and linked and length <= vocab.BYLINE_MAX_CHARS:
            reason = _line_verdict(element, words, hrefs, stats)
        if reason is None and linked and _subscription_offer(words, hrefs):
            reason = "a subscription offer"
        if reason is None and linked and _access_prompt(words, hrefs):
            reason = "a prompt to subscribe or sign in"
        if reason is None and linked and _donation_appeal(words, hrefs):
            reason = "an appeal for donations"
        if reason is None and "://" in words and _written_follow_line(words):
            reason = "a line to follow the site"
        if reason is not None:
            judge.remove(element, reason)
        elif linked and _policy_notice(hrefs):
            judge.remove(_box_opened(element, article, stats), "a notice of the site's policies")
        elif found := _read_also(element, words):
            said, opening = found
            rest = said[opening.end() :].lstrip()
            following = element.getnext()
            if rest[:1] in vocab.POINTER_MARKS or stats.link_density(element) >= _POINTER_LINKS:
                if _titles_box(element, following, stats) or (
                    len(rest) == 1 and _link_list(following, stats)  # "Auch interessant:"
                ):
                    judge.remove(following, "a “read also” box")  # "Related slideshow: …"
                judge.remove(element, "a “read also” link")
                pointers.append(element)
            elif _source_label(rest) and _link_list(following, stats):
                judge.remove(following, "a “read also” list")  # "More from AllBusiness.com:"
                judge.remove(element, "a “read also” heading")
            elif len(rest) >= len(opening.group(0)):  # more than a heading saying "Read also"
                continue
            elif parent is not article and element.getprevious() is None:
                judge.remove(parent, "a “read also” box")  # titled by the heading
            elif _link_list(following, stats) or _link_box(following, stats):
                judge.remove(following, "a “read also” list")
                judge.remove(element, "a “read also” heading")
            elif _titled_a_gone_box(element, following, stats, judge):
                judge.remove(element, "a “read also” heading over a removed box")
        elif linked >= _POINTER_SHARE * length and (
            _labelled_pointer(element, words, links) or _bracketed_pointer(words, links)
        ):
            judge.remove(element, "a labelled pointer to another story")
    if pointers:
        _remove_pointer_lookalikes(article, pointers, stats, judge)
    return comments


def _mid_sentence(element: HtmlElement, parent: HtmlElement) -> bool:
    """Whether inline ``element`` sits inside a sentence of ``parent``, words before it and
    after it ("… it has <span><a>continually upgraded the features …</a></span> at no extra
    cost."): a phrase, whose link is no prompt or pointer of its own."""
    if not (element.tail or "").strip():
        return False
    return element.getprevious() is not None or bool((parent.text or "").strip())


def _remove_pointer_lookalikes(
    article: HtmlElement, pointers: list[HtmlElement], stats: TextStats, judge: Judge
) -> None:
    """Lines made like a "Read also" pointer the walk removed, whatever their words: the
    element holding a pointer's whole line, named the same, filling a short block that is
    all link ("<p><a><span class=inStoryHeading>Related: …" made "<p><a><span
    class=inStoryHeading>Get up-to-the-minute updates: Download CNN MoneyStream"): the
    template's promotion slot."""
    shapes = {
        (node.tag, name)
        for pointer in pointers
        for node in pointer.iter()
        if (name := node.get("class")) and shown_text(node) == shown_text(pointer)
    }
    for tag, name in shapes:
        for node in list(article.iter(tag)):
            if node.get("class") != name or not within(node, article):
                continue
            block = next((a for a in node.iterancestors(*_BLOCK_HOLDERS, "li")), node)
            length = stats.chars(block)
            if (
                within(block, article)
                and 0 < length <= vocab.BYLINE_MAX_CHARS
                and stats.chars(node) == length
                and stats.link_density(block) >= 1
            ):
                judge.remove(block, "made like a removed “read also” link")


def _outside_listings(article: HtmlElement, tags: tuple[str, ...]) -> list[HtmlElement]:
    """The elements of ``tags`` in ``article``, less those inside a code listing (a
    ``<pre>`` or a ``<code>``, which the converter keeps as code): a highlighted token
    says nothing about the page ("related" opening a listing is no "Related" heading),
    and a listing's hundreds of tokens took a third of the short blocks' pass."""
    listed = {node for listing in article.iter("pre", "code") for node in listing.iter(*tags)}
    return [element for element in article.iter(*tags) if element not in listed]


def _quote_widget(element: HtmlElement, words: str) -> bool:
    """Whether ``element`` is a stock-quote widget set in a sentence, showing only the
    symbol its data attribute holds ("Apple Watch <span data-symbol="aapl"><a>aapl</a>
    <span class="change"></span></span> users"); a symbol the sentence writes, in
    brackets and without the widget's attribute ("United Airlines (UAL)"), stays."""
    return any(
        (symbol := element.get(name)) is not None and symbol.strip().lower() == words.strip()
        for name in vocab.QUOTE_SYMBOL_ATTRIBUTES
    )


def _names_the_comments(words: str) -> bool:
    """Whether a short block's ``words`` are only a title over the comments (the words'
    stems are looked for first: a regex is slower than a substring search)."""
    return any(map(words.__contains__, vocab.COMMENTS_TITLE_STEMS)) and bool(
        vocab.COMMENTS_TITLE.fullmatch(words)
    )


def _line_verdict(
    element: HtmlElement, words: str, hrefs: list[str], stats: TextStats
) -> str | None:
    """Why a line (a block as short as a byline, with links to ``hrefs``) goes, by its
    words and where its links lead: a sign-up prompt, or a line to follow the site on
    social networks (two or more, or one the words ask to follow)."""
    if _sign_up_line(element, words, hrefs):
        return "a sign-up prompt"
    if _taxonomy_line(element, words, hrefs):
        return "the article's tags"
    social = sum(1 for href in hrefs if vocab.SOCIAL_PAGE.match(href))
    # one link may do when the words ask to follow: "<b><a>- FOLLOW News24</a></b> on Twitter"
    asked = social == len(hrefs) == 1 and bool(vocab.FOLLOW_PROMPT.search(words))
    if not asked and (social < 2 or 3 * social < 2 * len(hrefs)):
        return None
    if stats.link_density(element) < _FOLLOW_LINKS:
        return None
    parent = element.getparent()
    if element.tag in _INLINE_HOLDERS and (parent is None or not holds_blocks(parent)):
        return None  # words inside a paragraph ("… @kilgannon • Facebook" ending a bio)
    return "a line to follow the site"  # "Get HuffPost On <a>Twitter</a>, <a>Facebook</a>"


def _written_follow_line(words: str) -> bool:
    """Whether a block gives the site's pages on social networks as addresses written
    out, not linked, and a third of its words or more are them ("Follow us: Facebook
    https://fb.me/site Twitter https://twitter.com/site")."""
    social = [address for address in _ADDRESS.findall(words) if vocab.SOCIAL_PAGE.match(address)]
    return len(social) >= 2 and 3 * sum(map(len, social)) >= len(words)


def _subscription_offer(words: str, hrefs: list[str]) -> bool:
    """Whether a short block of ``words`` names a price per month or year and its one or
    two links lead to a subscription page ("From only 1.90 a month, without ads: <a
    href=/abo/>Learn more</a>"): the site selling itself, not the story."""
    return (
        0 < len(hrefs) <= 2
        and vocab.PRICE_PER_PERIOD.search(words) is not None
        and any(
            vocab.SUBSCRIBE.search(href) or vocab.SUBSCRIPTION_PAGE.search(href) for href in hrefs
        )
    )


def _access_prompt(words: str, hrefs: list[str]) -> bool:
    """Whether a short block's one or two links all lead to the site's sign-up, sign-in
    or membership pages and its ``words`` ask to use them: a paywall's prompt under a
    story cut short ("This post is for paid members only … <a
    href=/membership/>Subscribe</a>", "Already have an account? <a href=/signin/>Sign
    in</a>")."""
    return (
        0 < len(hrefs) <= 2
        and all(vocab.ACCOUNT_PAGE.search(href) for href in hrefs)
        and (vocab.SUBSCRIBE.search(words) or vocab.ACCOUNT.search(words))
    )


def _donation_appeal(words: str, hrefs: list[str]) -> bool:
    """Whether a short block's one or two links all lead to the site's page for donations
    and its ``words`` plead for them ("The Forward's independent journalism depends on
    donations from readers like you. <a href=/donate/>Give Now</a>"): the site asking
    for money, not the story (whose sentence naming a charity links elsewhere)."""
    return (
        0 < len(hrefs) <= 2
        and all(vocab.DONATION_PAGE.search(href) for href in hrefs)
        and bool(vocab.DONATION_PLEA.search(words))
    )


def _taxonomy_line(element: HtmlElement, words: str, hrefs: list[str]) -> bool:
    """Whether ``words`` are a label naming tags or categories and links, with nothing
    but separators between them ("Tags: <a>python</a>, <a>docker</a>"): links that
    need no ``rel="tag"`` to be the article's tags. "Source: <a>…</a>" is no such label.
    Two links or more to the site's tag or category pages (``hrefs``) need no label
    ("<a href="/category/debatte/">Debatte</a>, <a …>Naher Osten</a>" over a headline)."""
    label = vocab.TAXONOMY_LABEL.match(words)
    if label is None and (len(hrefs) < 2 or not all(map(vocab.TAXONOMY_PAGE.search, hrefs))):
        return False
    rest = words[label.end() :] if label is not None else words
    for link in element.iter("a"):
        rest = rest.replace(wording(link), "", 1)
    return _WORD.search(rest) is None


def _policy_notice(hrefs: list[str]) -> bool:
    """Whether a block's links (to ``hrefs``) lead to two or more pages and all of them are
    the site's policies (terms, privacy, a community's guidelines): a notice above the
    comments, or a cookie banner's."""
    return len(hrefs) >= 2 and all(map(vocab.POLICY_PAGES.search, hrefs))


def _box_opened(element: HtmlElement, article: HtmlElement, stats: TextStats) -> HtmlElement:
    """The short box ``element`` opens (a notice and the disclaimer under it), or
    ``element`` when it opens none."""
    parent = element.getparent()
    if (
        parent is not None
        and parent is not article
        and element.getprevious() is None
        and stats.chars(parent) < 2 * vocab.NOTICE_MAX_CHARS
    ):
        return parent
    return element


def _sign_up_line(element: HtmlElement, words: str, hrefs: list[str]) -> bool:
    """Whether a short block of ``words`` asks to sign up, with its one link leading to
    the sign-up ("Subscribe to the <a href=/signup>Money newsletter</a>!"), or names a
    newsletter in a line that is no sentence, its one link the newsletter's page ("<a
    href=/getdatasheet/>Get Data Sheet</a>, Fortune's technology newsletter", not a
    heading); a sentence that only links such a page says something else."""
    return (
        len(hrefs) == 1
        and bool(vocab.SUBSCRIBE.search(words))
        and (
            bool(vocab.SUBSCRIBE.search(hrefs[0]))
            or (
                element.tag not in vocab.HEADINGS
                and not words.rstrip(" )»”\"'").endswith(vocab.SENTENCE_ENDS)
            )
        )
    )


def _labelled_pointer(element: HtmlElement, words: str, links: list[HtmlElement]) -> bool:
    """Whether ``element`` is a label set apart (capitals or bold) and a colon, then one
    link to another page holding the rest: "(MORE: <a>13 Best Tweets…</a>)", "IN TEXAS:
    <a>Family quarantined</a>", "PHOTOS: <a>…</a>", a pointer slipped into the body (or a
    line set in italics as a whole: "<em>For more, read: <a>…</a></em>"). (Asked
    only of a block whose ``links`` hold :data:`_POINTER_SHARE` of it; ``words`` is its
    wording.)"""
    if ":" not in words and "：" not in words:
        return False  # no label: most blocks, spared the texts below
    label = _pointer_label(element, links)
    return label is not None and (
        label.isupper()
        or any(shown_text(b) == label for b in element.iter("b", "strong"))
        or _set_apart(element)
    )


def _pointer_label(element: HtmlElement, links: list[HtmlElement]) -> str | None:
    """The label before the one link to another page that holds the rest of ``element``
    ("Lokales: <a>Betzdorf & Umgebung</a>"), if that is all it is. A label saying to play
    or fetch ("LISTEN:") leads to the article's own sound."""
    if len(links) != 1 or links[0].get("href", "#").strip().startswith(("#", "javascript:")):
        return None
    linked = shown_text(links[0])
    if not linked:
        return None
    before, found, after = shown_text(element).partition(linked)
    label = before.strip(" (")
    if (
        found
        and not after.strip(" ).")
        and 0 < len(label) <= _POINTER_LABEL_CHARS
        and label.endswith((":", "："))
        and not vocab.PLAY_LABEL.match(label.lower())
    ):
        return label
    return None


def _set_apart(element: HtmlElement) -> bool:
    """Whether all of ``element``'s words are in one italic or bold run: a line the page
    sets apart from its paragraphs ("<em>For more, read: <a>…</a></em>")."""
    if len(element) != 1 or (element.text or "").strip() or (element[0].tail or "").strip():
        return False
    return element[0].tag in ("em", "i", "b", "strong")


def _bracketed_pointer(words: str, links: list[HtmlElement]) -> bool:
    """Whether a block's ``words`` are only one link's headline in square brackets ("[
    Pat Leahy: Ireland has … EU members ]"): a pointer slipped between the paragraphs. A
    footnote's "[1]" or an "[edit]" is no headline."""
    headline = words[1:-1].strip()
    return (
        words.startswith("[")
        and words.endswith("]")
        and len(links) == 1
        and headline.count(" ") + 1 >= _BRACKETED_HEADLINE_WORDS
        and headline == wording(links[0])
        and not links[0].get("href", "#").strip().startswith(("#", "javascript:"))
    )


def _titles_box(
    heading: HtmlElement, following: HtmlElement | None, stats: TextStats
) -> TypeGuard[HtmlElement]:
    """Whether ``heading``, a pointer, is a heading over the box ``following``: the
    slideshow that "Related Slideshow: RI Business Rankings" names, or, when the heading
    links (to the site: "More from <a>The Verge</a>"), a list of links."""
    return (
        heading.tag in vocab.HEADINGS
        and following is not None
        and following.tag in _BOXES
        and (
            not stats.linked(heading)
            or (following.tag in ("ul", "ol") and stats.link_density(following) > 0.5)
        )
    )


def _link_list(element: HtmlElement | None, stats: TextStats) -> TypeGuard[HtmlElement]:
    """Whether ``element`` is a list whose text is mostly links: the stories a "Read
    also" label above it points to."""
    return element is not None and element.tag in ("ul", "ol") and stats.link_density(element) > 0.5


def _link_box(element: HtmlElement | None, stats: TextStats) -> TypeGuard[HtmlElement]:
    """Whether ``element`` is a box whose text is mostly links: the teaser cards a
    heading saying "Editor's Pick" titles."""
    return element is not None and element.tag in _BOXES and stats.link_density(element) > 0.5


def _titled_a_gone_box(
    element: HtmlElement, following: HtmlElement | None, stats: TextStats, judge: Judge
) -> bool:
    """Whether ``element``, a bare "Read also" label, titled a box the prune took away:
    the box after it was removed, or is left with nothing to show ("READ MORE" over
    teaser cards named ``promo``, with the story going on under them)."""
    return element in judge.before_removed or (
        following is not None
        and following.tag != "br"
        and not stats.chars(following)
        and following.find(".//img") is None
    )


def _source_label(rest: str) -> bool:
    """Whether ``rest``, the words after a "Read also" opening, only name where the
    stories come from and point to them with a colon ("More from AllBusiness.com:"): a
    label over a list, where a sentence going on ("Read more about the plan: …") is not."""
    return rest.endswith((":", "：")) and len(rest.split()) <= _SOURCE_LABEL_WORDS


def _read_also(element: HtmlElement, words: str) -> tuple[str, re.Match[str]] | None:
    """The words of ``element`` that open with "Read also", and that opening: its words,
    or its own text when a child's label comes first (a screen reader's "Article réservé
    à nos abonnés", then "Lire aussi")."""
    if (opening := vocab.READ_ALSO.match(words)) is not None:
        return words, opening
    if len(element) and (element[-1].tail or "").strip() and not (element.text or "").strip():
        own = " ".join("".join(child.tail or "" for child in element).split()).lower()
        if (opening := vocab.READ_ALSO.match(own)) is not None:
            return own, opening
    return None


def _words_verdict(words: str, length: int) -> str | None:
    """Why a short block whose (lowercased) ``words`` are ``length`` long goes, by them."""
    if length <= PLACEHOLDER_CHARS and placeholder(words):  # one the clean kept
        return "an advertisement or loading placeholder"
    if (
        length <= vocab.SHOW_MORE_MAX_CHARS
        and words.strip(vocab.SHOW_MORE_MARKS) in SHOW_MORE_LABELS
    ):
        return "a show-more toggle's label"
    if vocab.NOTICE.search(words):
        return "a copyright or site notice"
    if length <= _LABEL_MAX_CHARS and _DIGIT.search(words):  # these labels hold a number
        if words.startswith(vocab.COPYRIGHT_MARKS) and vocab.COPYRIGHT_LINE.fullmatch(words):
            return _COPYRIGHT_LINE
        if vocab.READING_TIME.fullmatch(words):
            return "a reading-time line"
        if vocab.SLIDE_COUNTER.fullmatch(words):
            return "a slideshow counter"
        if vocab.PAGER.fullmatch(words):
            return "a pager"
    if length <= vocab.BYLINE_MAX_CHARS and vocab.EDITOR_CREDIT.fullmatch(words):
        return "an editor's credit"
    if words.endswith(vocab.IMAGE_FILE_ENDINGS) and "/" not in words and " " in words.strip():
        return "a picture's file name"  # a script's stand-in for the picture it would load
    return None


def placeholder(words: str) -> bool:
    """Whether an element's ``words`` are only an ad's label (or a line telling the reader
    to go on past the ad), a loader's, or a template's unfilled slot ("{{cta}}")."""
    return vocab.PLACEHOLDER.match(words) is not None


def _share_buttons(hrefs: list[str]) -> bool:
    """Whether links to ``hrefs`` lead to two or more networks' share addresses and, the
    rest, nowhere."""
    shares = sum(1 for href in hrefs if vocab.share_endpoint(href))
    return shares >= 2 and all(vocab.share_endpoint(h) or vocab.leads_nowhere(h) for h in hrefs)


def _links_verdict(
    links: list[HtmlElement], hrefs: list[str], words: str, length: int
) -> str | None:
    """Why a short block that is all links goes, by where they lead: to the comments
    ("Comments (5 posted)"), to a sign-up ("Sign up for the newsletter here."), nowhere
    (buttons scripts drive: "Drucken", "【纠错】"; a row of them at any length when each
    is a word or two: a panel of reactions, "Inspiring · Greedy · Typical …"), or to
    the article's other pages ("【1】【2】【3】"), to social networks' share addresses
    (two or more, the rest nowhere: "Facebook · Twitter · E-mail"), or to the site's page
    on a social network, asking to follow it; or by what they show: icons, most of them (a share
    row's favicons beside "Email to a friend"; a flag and a coat of arms, each with its
    name, are no row). ``links`` are the block's, leading to ``hrefs``."""
    if not hrefs:
        return None
    if length <= _COMMENTS_LINK_CHARS and all(
        vocab.COMMENT_ANCHOR.search(href.partition("#")[2]) for href in hrefs
    ):
        return "a link to the comments"
    if len(hrefs) == 1 and (vocab.SUBSCRIBE.search(hrefs[0]) or vocab.SUBSCRIBE.search(words)):
        return "a sign-up prompt"
    if len(hrefs) == 1 and vocab.SOCIAL_PAGE.match(hrefs[0]) and vocab.FOLLOW_PROMPT.search(words):
        return "a prompt to follow the site"
    if len(hrefs) >= 2 and _share_buttons(hrefs):
        return "share buttons"
    if all(map(vocab.leads_nowhere, hrefs)) and (
        length <= PLACEHOLDER_CHARS
        or all(len(shown_text(link).split()) <= _BUTTON_WORDS for link in links)
    ):
        return "buttons"
    if length <= vocab.BYLINE_MAX_CHARS and vocab.POST_NAVIGATION.match(words):
        return "a link to the previous or next post"
    labels = [shown_text(link) for link in links]
    numbered = sum(1 for label in labels if _PAGE_NUMBER.fullmatch(label))
    if numbered >= 2 and numbered >= len(labels) - 2:  # and "next", "last"
        return "links to the article's other pages"
    icons = sum(
        1
        for link, label in zip(links, labels, strict=True)
        if not label and link.find(".//img") is not None
    )
    if icons >= _ICONS_MIN and 2 * icons > len(links):
        return "a row of linked icons"
    return None


def _remove_author_portraits(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """A picture linked to a writer's page on the site, with no words, is the author's
    portrait from the byline's box (the Islamische Zeitung's avatar once its name went
    with the byline), not a picture of the story."""
    for link in list(article.iter("a")):
        if (
            len(link)  # most links hold only words: no element to ask about
            and not stats.chars(link)
            and next(link.iter("img"), None) is not None
            and profile_page(link.get("href") or "")
        ):
            judge.remove(link, "the author's portrait")


def _remove_bare_figures(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """A ``<figure>`` with no picture and no caption, whose few words sit beside links to
    this page only, is a widget ("861 Kudos" linked to ``#kudo``), not a figure."""
    for figure in list(article.iter("figure")):
        links = list(figure.iter("a"))
        if (
            stats.chars(figure) <= PLACEHOLDER_CHARS
            and links
            and all(link.get("href", "").strip().startswith("#") for link in links)
            and next(figure.iter("img", "figcaption", "table", "pre", "blockquote"), None) is None
        ):
            judge.remove(figure, "a figure with nothing to show")


def _remove_overlay_cards(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """Teaser cards that a link with nothing in it makes clickable whole (an empty ``<a
    href>`` stretched over the card by the stylesheet): boxes holding a heading, each
    with such a link to another page, two or more side by side, are a listing of other
    stories ("Similar posts"), however much of their text is plain."""
    cards: dict[HtmlElement, list[HtmlElement]] = {}
    for link in article.iter("a"):
        if len(link) or stats.chars(link):
            continue  # most links: words or a picture in them
        card = link.getparent()
        href = link.get("href", "").strip()
        if (
            card is None
            or not href
            or href.startswith(("#", "javascript:"))
            or next(card.iter(*_CARD_HEADINGS), None) is None
        ):
            continue
        row = card.getparent()
        if row is not None:
            cards.setdefault(row, []).append(card)
    for row_cards in cards.values():
        if len(row_cards) >= _CARDS_MIN:
            for card in row_cards:
                judge.remove(card, "a teaser card")


def _remove_closing_links(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """What closes the article once the story has ended: paragraphs that are each one
    short link and nothing else point elsewhere ("See the Cartoons of the Week.", "MORE
    COMMENTARY »", "READ THE REST"), or a label and such a link within the site ("Lokales:
    <a>Betzdorf & Umgebung</a>", where "Source: <a>Reuters</a>" credits another), as do
    such links on the lines of one paragraph, and
    a heading over the comments with nothing under it ("Member Comments": the thread is
    gone). A "Read more" link closing a box of paragraphs takes the box with it
    (:func:`_closed_excerpt`). (A list's items stay: a list of sources
    is the article's; so does a closing heading of the story's own, and a link the
    sentence before it announces.)"""
    while (last := _last_block(article, stats)) is not None:
        if last.tag in vocab.HEADINGS and _names_comments(last):
            judge.remove(last, "a comments heading with nothing under it")
        elif (
            last.tag in _CLOSING_LINK_HOLDERS
            and stats.chars(last) <= vocab.BYLINE_MAX_CHARS
            and stats.link_density(last) >= 1
            and sum(1 for _ in last.iter("a")) == 1
            and not _announced(last, stats)
        ):
            if (excerpt := _closed_excerpt(last, article, stats)) is not None:
                judge.remove(excerpt, "another page's opening closing the article")
            else:
                judge.remove(last, "a link closing the article")
        elif last.tag == "p" and _link_lines(last, stats) and not _announced(last, stats):
            judge.remove(last, "links closing the article")
        elif (
            last.tag in _CLOSING_LINK_HOLDERS
            and stats.chars(last) <= vocab.BYLINE_MAX_CHARS
            and _pointer_label(last, links := list(last.iter("a"))) is not None
            and not urlsplit(links[0].get("href", "").strip()).netloc
        ):
            judge.remove(last, "a labelled link to the site's section closing the article")
        else:
            if (home := _home_link_after_sentence(last)) is not None:
                judge.remove(home, "a link back to the front page")
            return


def _closed_excerpt(
    last: HtmlElement, article: HtmlElement, stats: TextStats
) -> HtmlElement | None:
    """The box of paragraphs that the link ``last``, saying "Read more" on a line of its
    own, closes at the article's end, when the box is at most half the article: the
    opening of another page printed whole (Courrier international's notice on the
    newspaper it translated: "Source de l'article", a logo and four paragraphs, then
    "Lire la suite" to the notice's page). A story's own text goes on to its end, never
    to a link to read the rest of it elsewhere."""
    words = wording(last)
    if len(words) > vocab.READ_MORE_MAX_CHARS or not vocab.READ_MORE.fullmatch(words):
        return None
    box, node = None, last
    while (
        (above := node.getparent()) is not None
        and above is not article
        and ends_container(node)
        and 2 * stats.chars(above) <= stats.chars(article)
    ):
        box = node = above
    if box is None or not holds_blocks(box) or next(box.iter("p"), None) is None:
        return None
    return box


def _home_link_after_sentence(block: HtmlElement) -> HtmlElement | None:
    """The link that ends the article's last ``block`` after its last sentence and leads
    to a site's front page, if there is one: the CMS's "back to the home page" added to
    every story ("…前往送别。<a href=//www.sohu.com/>返回搜狐，查看更多</a>"), no part of
    the sentence before it."""
    link = block[-1] if len(block) else None
    if link is None or link.tag != "a" or (link.tail or "").strip():
        return None
    before = link.getprevious()
    text = ((block.text if before is None else before.tail) or "").rstrip()
    on_its_line = before is not None and before.tag == "br" and not text
    if not on_its_line and not text.endswith(vocab.SENTENCE_ENDS):
        return None
    href = urlsplit((link.get("href") or "").strip())
    return link if href.path in ("", "/") and (href.netloc or href.path) else None


def _remove_comments(article: HtmlElement, titles: list[HtmlElement], judge: Judge) -> None:
    """A title naming the comments ("Kommentare", "3 Comments", "Leave a Reply") after
    the story ends the article: what follows it is the readers' thread and its form,
    whatever their markup (an ``<h3>`` per comment, a bare ``<p>``). ``titles`` are the
    short blocks whose words name the comments, in page order."""
    title = next((title for title in titles if _comments_title(title, article, judge)), None)
    if title is None:
        return
    stats = judge.stats
    element, length = title, stats.chars(title)
    while (parent := element.getparent()) is not None and parent is not article:
        if stats.chars(parent) != length:
            break
        element = parent  # the title's own wrapper
    doomed = [element]
    for ancestor in (element, *element.iterancestors()):
        if ancestor is article:
            break
        doomed.extend(ancestor.itersiblings())
    for node in doomed:
        if isinstance(node.tag, str):
            judge.remove(node, "the readers' comments")


def _comments_title(title: HtmlElement, article: HtmlElement, judge: Judge) -> bool:
    """Whether ``title``, a short block naming the comments, still stands in ``article``
    with the story before it: this much of its text, or half (a "Comments" tab above
    the story is none), and outside a data table (whose column may be "Comment")."""
    stats = judge.stats
    return (
        within(title, article)
        and not holds_blocks(title)
        and text_around(title, article, stats)[0]
        >= min(_STORY_BEFORE_COMMENTS, stats.chars(article) / 2)
        and not any(table in judge.data_tables for table in title.iterancestors("table"))
    )


def _link_lines(paragraph: HtmlElement, stats: TextStats) -> bool:
    """Whether ``paragraph`` is only links, two or more, each alone on its line and a
    short line's length ("<a>Why am I not losing weight?</a><br><br><a>…</a>"): a run of
    one-link paragraphs written as one."""
    if (paragraph.text or "").strip():
        return False
    links, after_link = 0, False
    for child in paragraph:
        if (child.tail or "").strip():
            return False
        if child.tag == "a":
            if after_link or not 0 < stats.chars(child) <= vocab.BYLINE_MAX_CHARS:
                return False
            links, after_link = links + 1, True
        elif child.tag == "br":
            after_link = False
        else:
            return False
    return links >= 2


def _announced(link: HtmlElement, stats: TextStats) -> bool:
    """Whether the block before ``link`` is a sentence that announces it with a colon
    ("…, sign this petition:"): the link is what the story points to, where a short
    label ("Read more:") points elsewhere."""
    before = link.getprevious()
    return (
        before is not None
        and before.tag == "p"
        and stats.chars(before) > _LEAD_IN_MAX_CHARS
        and wording(before).endswith((":", "："))
    )


def _names_comments(heading: HtmlElement) -> bool:
    """Whether ``heading``'s words, or its or its wrapper's class or id, name comments."""
    parent = heading.getparent()
    names = (
        vocab.class_and_id(heading)
        + " "
        + (vocab.class_and_id(parent) if parent is not None else "")
    )
    return bool(vocab.COMMENT_ANCHOR.search(wording(heading)) or vocab.COMMENT_NAMES.search(names))


def _last_block(article: HtmlElement, stats: TextStats) -> HtmlElement | None:
    """The block with no block inside that ends ``article``'s text, if one does (and no
    picture follows it)."""
    node = article
    while holds_blocks(node):
        last = next((c for c in reversed(node) if _shows(c, stats)), None)
        if last is None or (last.tail or "").strip():
            return None
        if last.tag == "a":  # a link on its own after a box's blocks: "Lire la suite"
            before = last.getprevious()
            text = node.text if before is None else before.tail
            return None if (text or "").strip() or node.tag == "li" else last
        if last.tag not in vocab.BLOCK_TAGS:
            return None
        node = last
    return node if node is not article else None


def _shows(element: HtmlElement, stats: TextStats) -> bool:
    """Whether ``element`` shows text or a picture (an icon or a counter's pixel is none)."""
    return isinstance(element.tag, str) and (
        stats.chars(element) > 0 or not all(map(is_icon, element.iter("img")))
    )


def _remove_closing_prompt(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """The article's last block when it is the paywall's prompt under a story cut short:
    a short block that says the rest is for members or subscribers ("この記事は会員限定
    です。電子版に登録すると続きをお読みいただけます。"), whether or not it links the way in;
    or the site's plug, asking to follow it on two social networks or more among other
    links (to its feed, its newsletter, its donations), too long for a line to follow the
    site ("Like Retraction Watch? Consider making a <a>tax-deductible contribution</a>…
    follow us <a>on Twitter</a>, like us <a>on Facebook</a>, add us to your <a>RSS
    reader</a>…"). Only the last block is asked: a sentence of the story may say "for
    members only", or that a campaign asks to follow it on Twitter and Facebook."""
    last = last_text_block(article, stats)
    if last is None:
        return
    length = stats.chars(last)
    if length <= vocab.NOTICE_MAX_CHARS and vocab.PAYWALL.search(wording(last)):
        judge.remove(last, "a paywall's prompt")
    elif (
        length <= _PLUG_MAX_CHARS
        and stats.link_density(last) >= _FOLLOW_LINKS
        and vocab.FOLLOW_PROMPT.search(wording(last))
        and sum(1 for a in last.iter("a") if vocab.SOCIAL_PAGE.match(a.get("href", "").lower())) > 1
    ):
        judge.remove(last, "the site's plug to follow it")


def _remove_rating_box(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """The short box closing ``article`` when it asks the reader to rate the article ("War
    dieser Artikel nützlich?" over its buttons, "Oceń jakość naszego artykułu:" over five
    stars): the rating widget, with what it holds beside the question (its tally, a plea
    for donations). Found by going down the article's last children with text to the
    first one :data:`_RATING_BOX_MAX_CHARS` long at most."""
    box = article
    while (
        last := next((c for c in box.iterchildren(reversed=True) if _shows(c, stats)), None)
    ) is not None:
        box = last
        if stats.chars(box) <= _RATING_BOX_MAX_CHARS:
            break
    if (
        box is not article
        and stats.chars(box) <= _RATING_BOX_MAX_CHARS
        and vocab.RATING_PROMPT.search(wording(box))
    ):
        judge.remove(box, "a box asking to rate the article")


def _remove_icon_toolbars(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """Lists of buttons drawn as icons: most items show nothing, neither words nor a
    picture (an icon drawn by the style sheet, its label in a tooltip), the rest a word or
    two (Süddeutsche's mail, print, Facebook and Twitter icons beside "Feedback"). A list
    of the story's never leaves most of its items blank; a gallery's show pictures."""
    for listing in list(article.iter("ul", "ol")):
        items = [item for item in listing if item.tag == "li"]
        if len(items) < _TOOLBAR_MIN_ITEMS:
            continue
        shown = [item for item in items if stats.chars(item)]
        blank = sum(not stats.chars(i) and next(i.iter("img"), None) is None for i in items)
        if blank * 2 >= len(items) and all(
            len(shown_text(item).split()) <= _TOOLBAR_LABEL_WORDS for item in shown
        ):
            judge.remove(listing, "a toolbar of icons")


def _remove_repeats(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """A heading saying what the block beside it says (a slideshow's caption as its
    heading and its text) goes. Paragraphs repeating each other stay (a page may mean
    it), and so do links saying the same ("Read", "link"): they lead to different places."""
    for element in list(article.iter(*_BLOCK_HOLDERS)):
        before = element.getprevious()
        if (
            before is None
            or element.getparent() is None
            or stats.chars(element) != stats.chars(before)
            or stats.chars(element) < _REPEAT_MIN_CHARS
            or stats.link_density(element) >= 0.5
            or (before.tag in vocab.HEADINGS) == (element.tag in vocab.HEADINGS)
            or wording(element) != wording(before)
        ):
            continue
        heading = before if before.tag in vocab.HEADINGS else element
        judge.remove(heading, "a heading repeating the block beside it")
    _remove_repeated_runs(article, stats, judge)
    _remove_recurring_headings(article, judge)


def _remove_repeated_runs(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """Short boxes or headings side by side saying the same, :data:`_RECURRING` times or
    more, are one block's words a template printed over and over (a gallery's title above
    each of its slides, for a script to show one at a time): the first stays. Paragraphs
    may repeat (a page may mean it), and links saying the same lead to different places."""
    run_of: dict[HtmlElement, list[HtmlElement]] = {}  # the run each block ends, so far
    runs: list[list[HtmlElement]] = []
    for element in article.iter(*_RUN_HOLDERS):
        before = element.getprevious()
        run = run_of.get(before) if before is not None else None
        if run is None or not _same_words(element, run[-1], stats):
            run = []
            runs.append(run)
        run.append(element)
        run_of[element] = run
    for run in runs:
        if (
            len(run) >= _RECURRING
            and stats.chars(run[0]) <= vocab.BYLINE_MAX_CHARS
            and not stats.linked(run[0])
        ):
            for element in run[1:]:
                judge.remove(element, "a block repeated in a row")


def _same_words(element: HtmlElement, other: HtmlElement, stats: TextStats) -> bool:
    """Whether two blocks with text show the same words (their lengths compared first)."""
    length = stats.chars(element)
    return length > 0 and length == stats.chars(other) and wording(element) == wording(other)


def _remove_recurring_headings(article: HtmlElement, judge: Judge) -> None:
    """A heading that recurs in the items of a list or slideshow ("Germany's colonial
    history" above each slide) is the list's title: it stays once. (A document's sections
    may share a heading, "Setting up", and keep it.)"""
    headings = [
        (heading, wording(heading))
        for heading in article.iter(*vocab.HEADINGS)
        if heading.getparent() is not None and next(heading.iterancestors("li"), None) is not None
    ]
    counts = Counter(words for _, words in headings)
    seen: set[str] = set()
    for heading, words in headings:
        if words and counts[words] >= _RECURRING and words in seen:
            judge.remove(heading, "a heading recurring on every item")
        seen.add(words)


def _remove_orphan_lead_ins(stats: TextStats, judge: Judge) -> None:
    """A short line that introduced a box now removed, and ends its container, introduces
    nothing: a line ending in a colon ("Материалы по теме:"), a heading ("Redaktionstipp"),
    a box's title left alone in the box ("Weiterführender Link"), or a rule that set the
    box apart. A box's blurb that ends with a colon over the list it introduced, all the
    box holds now, goes too, at a few sentences' length (a magazine's box: "This story is
    from issue 7/2019. … Highlights of the issue:" over links to other stories)."""
    for element in judge.before_removed:
        parent = element.getparent()
        if parent is None or not ends_container(element):
            continue
        length = stats.chars(element)
        if element.tag == "hr" or (
            0 < length <= _LEAD_IN_MAX_CHARS
            and (
                _colon_ended(element)
                or element.tag in vocab.HEADINGS
                or (_alone_in_box(element, parent, stats) and not _subhead(parent, stats))
            )
        ):
            judge.remove(element, "introduced a removed box")
        elif (
            _LEAD_IN_MAX_CHARS < length <= _BOX_LEAD_IN_MAX_CHARS
            and _colon_ended(element)
            and _alone_in_box(element, parent, stats)
        ):
            judge.remove(element, "a box's blurb over a removed list")


def _colon_ended(element: HtmlElement) -> bool:
    """Whether ``element``'s words end with a colon: they introduce what comes next."""
    return wording(element).endswith((":", "："))


def _subhead(paragraph: HtmlElement, stats: TextStats) -> bool:
    """Whether ``paragraph``, a ``<p>`` that held an ad slot beside its words, is a subhead
    of the paragraph of prose after it: a box's title stands in a box, not in a paragraph."""
    after = paragraph.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return (
        paragraph.tag == "p"
        and after is not None
        and after.tag == "p"
        and stats.chars(after) > _LEAD_IN_MAX_CHARS
    )


def _alone_in_box(element: HtmlElement, parent: HtmlElement, stats: TextStats) -> bool:
    """Whether ``element`` is all that is left of the box ``parent``: its only text, with
    no picture it could be the caption of."""
    return (
        stats.chars(parent) == stats.chars(element)
        and element.tag != "figcaption"
        and parent.find(".//img") is None
    )
