"""Before scoring: remove from a page's body what is never article text.

Scripts, styles and embeds go silently (they hold no readable text); hidden elements,
page furniture named by its class, id or ARIA role, the byline and the heading that repeats
the title go with an info diagnostic, so ``--verbose`` can explain a missing paragraph.
The census (:mod:`newsconv.readers.html.census`) asks the :class:`Pruner` about each
element of the body in its one walk, never about one inside a subtree it removes;
:func:`strip` then removes them in page order. Verdicts on regexes are cached by
attribute value (pages repeat their class names), which measured three times faster than
the equivalent XPath queries.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from lxml.html import HtmlElement

from newsconv.diagnostics import Reporter
from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.figures import picture_box
from newsconv.readers.html.textstats import (
    collapsed,
    detach,
    ends_container,
    report_removal,
    shown_text,
    sibling_element,
)

if TYPE_CHECKING:
    from newsconv.readers.html.census import Census

_WORDS = re.compile(r"\w+")
#: The reason the prune gives for page furniture, which a box's title may head.
_FURNITURE = "page furniture"
_ROLE = "role"
#: A heading this short may title a box; a chapter of the story may be longer.
_BOX_TITLE_MAX_CHARS = 60
#: The labels over a headline sit beside it or beside the block holding it, inside the
#: story; and hold this many words at most.
_KICKER_LEVELS = 2
_STORY_BOUNDS = frozenset({"article", "main", "body"})
_KICKER_MAX_WORDS = 8
#: A standfirst under a story's headline is longer than a site's tagline.
_STANDFIRST_MIN_CHARS = 80
#: Every attribute a verdict reads: an element with none of them (most links and images)
#: is kept without asking.
JUDGED_ATTRIBUTES = frozenset({
    "hidden", "aria-hidden", "aria-modal", "style", "class", "id", "role", "rel", "itemprop",
    "onclick",
})  # fmt: skip
#: Those that may get an element removed whatever their values; ``class`` and ``id`` may
#: only through the words :func:`suspect_names` looks for.
CONDEMNING_ATTRIBUTES = JUDGED_ATTRIBUTES - {"class", "id"}


def strip(census: Census, *, title: str | None, report: Reporter) -> None:
    """Remove what the census's pruner judged (junk, hidden elements, furniture) from
    the body in place, then the heading that repeats ``title``.

    A verdict reads only the element's own attributes, ancestors and subtree, none of
    which an earlier removal changes, so judging during the walk and removing afterwards
    is the same as removing at once.
    """
    titles: list[HtmlElement] = []
    for node, reason in census.pruned:
        if reason is not None:
            report_removal(report, node, reason)
            if reason.startswith(_FURNITURE) and (box_title := _box_title(node)) is not None:
                titles.append(box_title)
    for node, _ in census.pruned:
        detach(node)
    _remove_title_heading(census, title, report)
    _remove_box_titles(census, titles, report)
    _remove_share_buttons(census, report)


def _remove_share_buttons(census: Census, report: Reporter) -> None:
    """Pictures linked to a social network's share address are its buttons ("Pin it" on
    each of the story's photos), which would count as photos of their own."""
    for img in census.scan.images:
        button = _link_around(img)
        if (
            button is not None
            and vocab.share_endpoint(button.get("href") or "")
            and not shown_text(button)
            and button not in census.gone
        ):
            report_removal(report, button, "a share button")
            census.remove(button)


def _link_around(img: HtmlElement) -> HtmlElement | None:
    """The link ``img`` sits in, or one wrapper down in (a button's icon), not further up:
    walking every picture's ancestors to the root costs more than the rare button."""
    holder = img.getparent()
    if holder is not None and holder.tag != "a":
        holder = holder.getparent()
    return holder if holder is not None and holder.tag == "a" else None


def _box_title(box: HtmlElement) -> HtmlElement | None:
    """The short heading right before the furniture ``box``, which may be its title
    ("関連記事" over a list of related stories)."""
    before = box.getprevious()
    while before is not None and (not isinstance(before.tag, str) or before.tag == "br"):
        if (before.tail or "").strip():
            return None
        before = before.getprevious()
    if (
        before is None
        or before.tag not in vocab.HEADINGS
        or (before.tail or "").strip()
        or len(shown_text(before)) > _BOX_TITLE_MAX_CHARS
    ):
        return None
    return before


def _remove_box_titles(census: Census, titles: list[HtmlElement], report: Reporter) -> None:
    """A heading the furniture after it left ending its container titled that box, and
    now titles nothing: it goes (a section's "情報提供元の記事" over the links the prune took
    out). One that the prune took out with its box, or that text still follows, stays
    as it is."""
    for heading in titles:
        if (
            heading not in census.gone
            and next(heading.iterancestors("body"), None) is not None
            and ends_container(heading)
        ):
            report_removal(report, heading, "titled a removed box")
            census.remove(heading)


def _hidden(node: HtmlElement, keys: list[str]) -> str | None:
    """Why ``node`` is hidden, judging only the attributes it has (``keys``)."""
    if "hidden" in keys:
        return "hidden"
    if (
        "aria-hidden" in keys
        and node.get("aria-hidden") == "true"
        and "fallback-image" not in (node.get("class") or "")
    ):
        return "aria-hidden"
    if "aria-modal" in keys and node.get("aria-modal") == "true" and node.get("role") == "dialog":
        return "modal dialog"
    if "style" in keys and vocab.hides(node.get("style")):
        return "hidden by its style"
    return None


def _control(node: HtmlElement, tag: object, keys: list[str]) -> str | None:
    """Why ``node`` goes when it is a control a script runs (else ``None``): an element
    other than a link or a picture with a click handler and a label's worth of text, and
    no picture ("HIDE CAPTION", a gallery's "3", "Share"). Prose a page makes clickable is
    longer; a link runs a handler to count its clicks."""
    if (
        "onclick" not in keys
        or tag in ("a", "img")
        or len(shown_text(node)) > vocab.CONTROL_MAX_CHARS
        or next(node.iter("img"), None) is not None
    ):
        return None
    return "a control a script runs"


class Pruner:
    """Judges the elements of one page's body, in page order: hidden elements, page
    furniture by class/id vocabulary or ARIA role (unless ``strip_unlikely`` is off), and
    the first short byline, with a later one marked so that says the same at the end of
    its container. Junk tags (:data:`~vocabulary.JUNK_TAGS`) the census removes
    without asking."""

    __slots__ = ("after_byline", "byline", "byline_seen", "spared", "strip_unlikely")

    def __init__(
        self, strip_unlikely: bool = True, spared: frozenset[HtmlElement] = frozenset()
    ) -> None:
        self.strip_unlikely = strip_unlikely
        #: Boxes named like furniture that hold the story (:func:`named_stories`).
        self.spared = spared
        self.byline_seen = False
        #: The words of the byline removed, which an author's box under the story repeats.
        self.byline = ""
        #: The element right after the byline removed, which may be its credit line.
        self.after_byline: HtmlElement | None = None

    def reason(self, node: HtmlElement, tag: object, keys: list[str], names: str) -> str | None:
        """Why ``node`` (with attribute names ``keys``, some of them
        :data:`JUDGED_ATTRIBUTES`, and ``names`` its :func:`~vocabulary.class_and_id`)
        goes, or ``None``."""
        if names and vocab.for_screen_readers(names):
            return "for screen readers only"
        if names and vocab.for_print_only(names):
            return "for print only"
        return (
            _hidden(node, keys)
            or _control(node, tag, keys)
            or self._furniture(node, tag, keys, names)
        )

    def _furniture(self, node: HtmlElement, tag: object, keys: list[str], names: str) -> str | None:
        if tag in ("body", "a", "html"):
            return None
        if not self.byline_seen and (words := _byline(node, names, keys)):
            self.byline_seen, self.byline, self.after_byline = True, words, sibling_element(node)
            return "byline"
        if node is self.after_byline and _credits_byline(node, names):
            return "the byline's credit"  # "By Ann Lee" then "The Associated Press"
        if (
            self.byline
            and names
            and vocab.names_byline(names)
            and shown_text(node) == self.byline
            and _says_the_last(node)
        ):
            return "the byline again"  # "Le Monde with AFP" in a box under the story
        if not self.strip_unlikely or (self.spared and node in self.spared):
            return None
        if "role" in keys and node.get("role") in vocab.UNLIKELY_ROLES:
            return f"{_ROLE} {node.get('role')}"
        word = vocab.unlikely_word(names) if names else None
        if word is None:
            return None
        if next(node.iterancestors("table", "code"), None) is not None:
            return None
        if (
            picture_box(node)
            or (word == "header" and _story_header(node))
            or (word == "ad" and len(node.text_content()) > vocab.AD_MAX_CHARS)
            or (tag in vocab.HEADINGS and titles_comments(node))
        ):
            return None
        return f"{_FURNITURE}: {word!r}"

    def sparing(self, boxes: Iterable[HtmlElement]) -> Pruner:
        """A fresh pruner judging as this one does, that spares ``boxes`` too."""
        return Pruner(self.strip_unlikely, self.spared.union(boxes))


def named_stories(census: Census, body: HtmlElement, least: int) -> set[HtmlElement]:
    """The boxes the strict prune removed by their names or roles that hold the story.

    A box may be named like furniture and wrap the whole story (Folha de S.Paulo's
    ``<ul id="pagination">``): removing it leaves the first attempt nothing, and the
    looser retry keeps the furniture the strict rules would have taken out. Such a box
    holds an ``<h1>`` and more paragraph text outside links than everything the prune
    kept in ``body``, and ``least`` characters of it (a site header holding the logo's
    ``<h1>`` holds a tagline at most). Only the page's few ``<h1>`` elements the prune
    took out are looked at, and a box's text only when one lies inside it.
    """
    kept = census.headings
    lost = [h for h in census.scan.headlines if h not in kept]
    if not lost:
        return set()
    boxes = {
        node: reason
        for node, reason in census.pruned
        if reason is not None and reason.startswith((_FURNITURE, _ROLE))
    }
    rest = census.stats.chars(body)
    found: set[HtmlElement] = set()
    for headline in lost:
        box = next((a for a in headline.iterancestors() if a in boxes), None)
        if box is not None and box not in found and _prose_chars(box) > max(rest, least):
            found.add(box)
    return found


def _prose_chars(box: HtmlElement) -> int:
    """How many characters the paragraphs of ``box`` hold outside links."""
    total = 0
    for paragraph in box.iter("p"):
        total += len(collapsed(paragraph.text_content()))
        total -= sum(len(collapsed(a.text_content())) for a in paragraph.iter("a"))
    return total


def titles_comments(node: HtmlElement) -> bool:
    """Whether ``node`` is a heading, or a link or box around one, that says only that it
    titles the readers' comments ("Comments", "3 Comments"). Named like the comments, it
    is left for the article's choice and tidy, which end the article at it, and with it the
    thread's notices and form, whatever they are named ("Comments on this thread are vetted
    after posting.")."""
    heading = node if node.tag in vocab.HEADINGS else next(node.iter(*vocab.HEADINGS), None)
    if heading is None:
        return False
    return vocab.COMMENTS_TITLE.fullmatch(shown_text(node).lower()) is not None


def _says_the_last(node: HtmlElement) -> bool:
    """Whether nothing after ``node`` in its container shows words: a box under the
    story, not a byline heading the next story of a page of several."""
    return not (node.tail or "").strip() and not any(
        (after.tail or "").strip() or (isinstance(after.tag, str) and after.text_content().strip())
        for after in node.itersiblings()
    )


def _story_header(node: HtmlElement) -> bool:
    """Whether ``node``, named a header, heads a story, not the page: it lies inside an
    ``<article>`` and holds a heading and a paragraph as long as a standfirst."""
    return (
        next(node.iterancestors("article"), None) is not None
        and next(node.iter(*vocab.HEADINGS), None) is not None
        and any(len(shown_text(p)) > _STANDFIRST_MIN_CHARS for p in node.iter("p"))
    )


def _credits_byline(node: HtmlElement, names: str) -> bool:
    """Whether ``node``, named ``names`` and right after the removed byline, is the line
    crediting it: named as a credit or source, as short as a byline, without a picture
    (MSNBC's ``<div class=byline>By …</div><div class=source>The Associated Press</div>``
    over the story)."""
    return (
        vocab.CREDIT.search(names) is not None
        and 0 < len(shown_text(node)) < vocab.BYLINE_MAX_CHARS
        and next(node.iter("img"), None) is None
    )


#: Words naming a credit or a source, which may follow a byline (:func:`_credits_byline`).
_CREDIT_WORDS = ("credit", "source")
#: The words :func:`suspect_names` looks for, each vocabulary's bit below.
_SUSPECT_WORDS = vocab.WordSets(
    vocab.BYLINE_WORDS,
    vocab.UNLIKELY_WORDS,
    vocab.MAYBE_CANDIDATE_WORDS,
    vocab.AD_PARTS,
    vocab.SCREEN_READER_PIECES,
    _CREDIT_WORDS,
    ("print",),
)
_BYLINE, _UNLIKELY, _MAYBE_CANDIDATE, _AD, _SCREEN_READER, _CREDIT, _PRINT = 1, 2, 4, 8, 16, 32, 64


@functools.lru_cache(maxsize=4096)
def suspect_names(names: str) -> bool:
    """Whether a :func:`~vocabulary.class_and_id` string may get its element removed (it
    names a byline or page furniture): an element with unsuspect names and none of the
    :data:`CONDEMNING_ATTRIBUTES` is kept without asking :meth:`Pruner.reason`.

    :func:`~vocabulary.names_byline`, an :func:`~vocabulary.unlikely_word`,
    :func:`~vocabulary.for_screen_readers` or :func:`~vocabulary.for_print_only`, with one
    scan of the string for the words they read (most strings hold none); only a screen
    reader's piece or "print" needs its test then, and a furniture word beside an
    article's word the compound test."""
    found = _SUSPECT_WORDS.found(f" {names} ")  # spaces bound the first and last names
    return (
        bool(found & (_BYLINE | _CREDIT))
        or (
            bool(found & (_UNLIKELY | _AD))
            # an article's word spares the element, unless a compound names a listing
            and (not found & _MAYBE_CANDIDATE or vocab.unlikely_word(names) is not None)
        )
        or (bool(found & _SCREEN_READER) and vocab.for_screen_readers(names))
        or (bool(found & _PRINT) and vocab.for_print_only(names))
    )


def _byline(node: HtmlElement, names: str, keys: list[str]) -> str:
    """The words of ``node`` when it is marked as a byline and is as short as one, else
    nothing."""
    marked = (
        bool(names and vocab.names_byline(names))
        or ("rel" in keys and node.get("rel") == "author")
        or ("itemprop" in keys and "author" in (node.get("itemprop") or ""))
    )
    if not marked:
        return ""
    words = shown_text(node)
    return words if len(words) < vocab.BYLINE_MAX_CHARS else ""


#: A heading repeating the title says at least this share of it: a kicker of one of its
#: words ("Mozilla" over "Mozilla: Vorabversionen von Firefox 5 und 6 veröffentlicht")
#: repeats no title.
_TITLE_SHARE = 1 / 4


def _remove_title_heading(census: Census, title: str | None, report: Reporter) -> None:
    """Drop the first h1/h2 that repeats the title: the metadata carries it already, and
    a later ``<h1>`` that repeats it too (the page's headline, then the story's own).

    So do the datelines of a ``<header>`` around the first (:func:`_dateline`), which go
    with it. The element that held it is the census's :attr:`~Census.title_block`, and the
    one that came next there its :attr:`~Census.after_title`.
    """
    if not title:
        return
    headings = census.headings
    first = _title_heading(title, headings)
    if first is None:
        return
    heading = headings[first]
    report_removal(report, heading, "repeats the title")
    header = next(heading.iterancestors("header"), None)
    census.title_block = heading.getparent()
    following = [e for e in heading.itersiblings() if isinstance(e.tag, str)]
    kickers = _kickers(heading) if heading.tag == "h1" else []
    census.remove(heading)
    for part in [] if header is None else [c for c in header if _dateline(c)]:
        report_removal(report, part, "a dateline in the title block")
        census.remove(part)
    for kicker in kickers:
        report_removal(report, kicker, "a kicker over the headline")
        census.remove(kicker)
    census.after_title = next((e for e in following if e.getparent() is not None), None)
    for again in headings[first + 1 :]:
        if again.tag == "h1" and again.getparent() is not None and _repeats(title, again):
            report_removal(report, again, "repeats the title again")
            census.remove(again)


def _title_heading(title: str, headings: list[HtmlElement]) -> int | None:
    """The index of the first heading that repeats ``title`` outside a link, else of the
    first that repeats it: a teaser card linking to the story (a slider's or a ticker's
    over the page) says its title inside a link before the headline does. The headings
    are asked in order until one outside a link answers (most pages: the first to)."""
    linked = None
    for index, heading in enumerate(headings):
        if _repeats(title, heading):
            if next(heading.iterancestors("a"), None) is None:
                return index
            linked = index if linked is None else linked
    return linked


def _repeats(title: str, heading: HtmlElement) -> bool:
    """Whether ``heading`` says the ``title`` (most of its words, and little else)."""
    text = heading.text_content()
    return title_similarity(title, text) > 0.75 and title_similarity(text, title) >= _TITLE_SHARE


def _kickers(headline: HtmlElement) -> list[HtmlElement]:
    """The short labels over the ``<h1>`` headline in its title block: a section's name,
    a strapline, breadcrumbs ("Gaza.", "Política", "CLOWNS TO THE LEFT, JOKERS TO THE
    RIGHT"), which writers would print as the article's first paragraph. They are the
    elements right before it, or right before the block that holds it, up to the first
    that shows a picture or more than a label's text."""
    kickers: list[HtmlElement] = []
    node: HtmlElement | None = headline
    for _ in range(_KICKER_LEVELS):
        if node is None or node.tag in _STORY_BOUNDS:
            break
        for sibling in node.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            text = shown_text(sibling)
            if sibling.tag == "img" or sibling.find(".//img") is not None or not _label(text):
                return kickers
            if text:
                kickers.append(sibling)
        node = node.getparent()
    return kickers


def _label(text: str) -> bool:
    """Whether ``text`` is short and no sentence (a word or two may end with a full stop:
    "Gaza.")."""
    words = len(text.split())
    return (
        len(text) <= _BOX_TITLE_MAX_CHARS
        and words <= _KICKER_MAX_WORDS
        and (words <= 2 or not text.endswith(vocab.SENTENCE_ENDS))
    )


def _dateline(element: HtmlElement) -> bool:
    """Whether ``element`` is a line of facts about the article around a ``<time>``: all
    its words come from ``<time>`` elements, or it is as short as a byline and no sentence
    ("19.6.2007 9:40 · Christoph Becker · 71 comments"; the names are in the metadata)."""
    times = [shown_text(t) for t in element.iter("time")]
    if not any(times):
        return False
    rest = shown_text(element)
    if len(rest) < vocab.BYLINE_MAX_CHARS and not rest.endswith(vocab.SENTENCE_ENDS):
        return True
    for stamp in times:
        rest = rest.replace(stamp, "", 1)
    return not any(char.isalnum() for char in rest)


def title_similarity(title: str, text: str) -> float:
    """Share of ``text``'s words (by length) that also occur in ``title``."""
    title_words = set(_WORDS.findall(title.lower()))
    words = _WORDS.findall(text.lower())
    if not words:
        return 0.0
    unique = [word for word in words if word not in title_words]
    return 1 - len(" ".join(unique)) / len(" ".join(words))
