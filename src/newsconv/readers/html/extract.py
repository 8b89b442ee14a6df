"""The main-content heuristic: a whole page's DOM in, the article's subtree out.

The method is Mozilla Readability's, which reader views have refined on the open web for a
decade: paragraphs are scored by length and commas and credit their ancestors; the best
container, scaled by how little of its text is links, wins; siblings that look like more
of the same join it; then the winner is cleaned of whatever inside it looks like furniture.
When that leaves too little text the page is tried again with looser rules; a looser result
is kept only when it holds much more prose (text outside links), not just the labels, links
and boxes the stricter rules removed. A clean fragment (no ``<head>``, no page chrome)
passes through whole.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import get_args

from lxml import etree
from lxml.html import HtmlElement

from newsconv.build import normalize_text
from newsconv.diagnostics import Collector, Diagnostic, Level, Reporter, heeds
from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.census import Census, take_census
from newsconv.readers.html.figures import repeated_drawings
from newsconv.readers.html.lead import opening, wrapped_paragraph
from newsconv.readers.html.notes import notes_outside
from newsconv.readers.html.prune import (
    Pruner,
    named_stories,
    strip,
    title_similarity,
    titles_comments,
)
from newsconv.readers.html.scoring import (
    MIN_PARAGRAPH_CHARS,
    initial_score,
    score,
    whole_vote,
)
from newsconv.readers.html.textstats import (
    TextStats,
    detach,
    precedes,
    report_removal,
    shown_text,
    within,
)
from newsconv.readers.html.tidy import is_data_table, tidy_article

#: Below this many characters an extraction is retried with looser rules.
MIN_ARTICLE_CHARS = 500
#: A retry's result replaces the stricter one when it holds this many times its prose
#: and a short paragraph more: a retry recovers an article the strict rules destroyed,
#: which is many times longer; a genuinely short article only gains back furniture.
RETRY_GAIN = 1.5
#: A sibling in a box of the chosen container's class, not scored, joins it with this
#: many characters of text and less than this share of them in links.
SIBLING_PROSE_CHARS = 200
SIBLING_PROSE_LINKS = 0.25
#: How many leading candidates are compared.
TOP_CANDIDATES = 5
#: A candidate before the best one is the page's own story, when the best is another's,
#: if it scores at least this share of the best.
FIRST_STORY_SHARE = 0.5
#: Below this share of its words in the title, a headline is another story's.
OTHER_STORY_SIMILARITY = 0.5
#: A layout row's cell holding this share of the row's prose is the article; the other
#: cells are columns beside it (a sidebar, a menu).
MAIN_CELL_SHARE = 2 / 3
#: A title over the readers' comments is this short at most ("Comments (1,204)").
_COMMENTS_TITLE_CHARS = 40
_PRECEDING_H1 = etree.XPath("preceding::h1[1]")


#: What the page says of itself: its title, and its description when no mark named a
#: subtitle (a deck heading saying it stays a heading, which the reader makes the subtitle).
_Said = tuple[str | None, str | None]


@dataclass(frozen=True, slots=True)
class Rules:
    """Which of the heuristic's strict rules are on; retries switch them off in turn."""

    strip_unlikely: bool = True
    weight_classes: bool = True
    clean_conditionally: bool = True


RETRIES = (
    Rules(),
    Rules(strip_unlikely=False),
    Rules(strip_unlikely=False, weight_classes=False),
    Rules(strip_unlikely=False, weight_classes=False, clean_conditionally=False),
)


def page_census(root: HtmlElement, *, hints: Iterable[str] = ()) -> Census:
    """The census of a freshly parsed page that :func:`extract`'s first attempt reads
    (``hints`` as :func:`~newsconv.readers.html.census.take_census` takes them, for the
    metadata reading the same walk)."""
    return _sparing_stories(root, hints, Pruner(RETRIES[0].strip_unlikely), scan=True)


def extract(
    root: HtmlElement,
    *,
    census: Census | None = None,
    reparse: Callable[[], HtmlElement],
    title: str | None,
    report: Reporter,
    deck: str | None = None,
) -> HtmlElement:
    """The element holding the article of the page ``root``; ``root`` is changed in place.

    ``census`` is :func:`page_census` of ``root``, when the caller took it already.
    ``deck`` is the page's description when no mark named a subtitle (see :data:`_Said`).
    ``reparse`` gives a fresh copy of the page for a retry with looser rules. A page whose
    body holds less text than :data:`MIN_ARTICLE_CHARS` after the census cannot give an
    article that long, so its retry is sure to come: the page is copied before it is
    stripped, and the retry starts from the copy (copying a tree costs a fifth of parsing
    it). A retry that strips the page as an earlier one did starts from a copy of that
    stripped page, and the stripping is skipped. Returns an element with no text when the
    page has none; the caller decides what that means.
    """
    best: tuple[int, HtmlElement, list[Diagnostic]] | None = None
    stripped: dict[bool, tuple[HtmlElement, list[Diagnostic]]] = {}
    spare: HtmlElement | None = None
    # An attempt's notes wait until it wins; they keep only what ``report`` heeds.
    heeded = [level for level in get_args(Level) if heeds(report, level)]
    for index, rules in enumerate(RETRIES):
        notes = Collector(heeded)
        if rules.strip_unlikely in stripped:
            snapshot, strip_notes = stripped[rules.strip_unlikely]
            page = copy.deepcopy(snapshot)
            notes.items += strip_notes
            found = take_census(page, scan=False)
        else:
            if best is None:
                page = root
            else:
                page = spare if spare is not None else reparse()
                spare = None
            found = census if page is root and census is not None else _census(page, rules)
            if page is root and _too_short(page, found):
                spare = copy.deepcopy(root)
            strip(found, title=title, report=notes)
            if any(r.strip_unlikely == rules.strip_unlikely for r in RETRIES[index + 1 :]):
                stripped[rules.strip_unlikely] = (copy.deepcopy(page), list(notes.items))
        article, length, prose = _attempt(page, found, rules, (title, deck), notes)
        if best is None or prose >= best[0] * RETRY_GAIN + MIN_PARAGRAPH_CHARS:
            best = (prose, article, notes.items)
        if length >= MIN_ARTICLE_CHARS:
            break
    assert best is not None
    for note in best[2]:
        report(note)
    return best[1]


def _census(page: HtmlElement, rules: Rules) -> Census:
    """The census of a freshly parsed ``page`` that an attempt under ``rules`` reads."""
    return _sparing_stories(page, (), Pruner(rules.strip_unlikely), scan=False)


def _sparing_stories(
    page: HtmlElement, hints: Iterable[str], pruner: Pruner, *, scan: bool
) -> Census:
    """The census of ``page`` under ``pruner``, taken again sparing the boxes named like
    furniture that hold the story (:func:`~newsconv.readers.html.prune.named_stories`),
    until none is left to spare: one walk on most pages. The page scan sorts every
    element whatever the prune says, so a census taken again keeps the first one's."""
    census = take_census(page, hints=hints, pruner=pruner, scan=scan)
    while True:
        body = page.find("body")
        if not pruner.strip_unlikely or body is None:
            return census
        boxes = named_stories(census, body, MIN_ARTICLE_CHARS) - pruner.spared
        if not boxes:
            return census
        pruner = pruner.sparing(boxes)
        census = replace(take_census(page, pruner=pruner, scan=False), scan=census.scan)


def _too_short(page: HtmlElement, census: Census) -> bool:
    """Whether the body of ``page`` holds too little text for an attempt to succeed: the
    article is part of the body, and stripping only takes text away."""
    body = page.find("body")
    return body is None or census.stats.chars(body) < MIN_ARTICLE_CHARS


def _attempt(
    root: HtmlElement, census: Census, rules: Rules, said: _Said, report: Reporter
) -> tuple[HtmlElement, int, int]:
    """The article of the stripped page ``root`` under ``rules``, its length, and how
    much of it is not link text; ``said`` is the page's title and deck (see :data:`_Said`)."""
    body = root.find("body")
    if body is None:  # a page with a head and nothing else
        return root.makeelement("div", {}), 0, 0
    stats = census.stats
    if is_fragment(root, census):
        return body, stats.chars(body), _prose(body, stats)
    article, notes = _choose(body, census, rules, said, report)
    tidy_article(
        article,
        stats,
        shared=census.shared,
        stories=census.kept(census.articles),
        drawings=repeated_drawings(census.scan.images),
        weight_classes=rules.weight_classes,
        conditional=rules.clean_conditionally,
        report=report,
    )
    if notes:  # after the tidy, which takes a note that is mostly a URL for a box of links
        article.extend(notes)
        stats.recount(article)
    return article, stats.chars(article), _prose(article, stats)


def _prose(element: HtmlElement, stats: TextStats) -> int:
    """How many of the characters of ``element`` are outside links."""
    length = stats.chars(element)
    return round(length * (1 - stats.link_density(element)))


def is_fragment(root: HtmlElement, census: Census) -> bool:
    """A document with no ``<head>`` and no page chrome is an article already."""
    return root.find("head") is None and not census.kept(census.chrome)


def _choose(
    body: HtmlElement, census: Census, rules: Rules, said: _Said, report: Reporter
) -> tuple[HtmlElement, list[HtmlElement]]:
    """The article's element, and the notes it points to that the page prints apart."""
    title = said[0]
    stats = census.stats
    scores, credited = score(census, weight_classes=rules.weight_classes)
    for candidate in scores:
        scores[candidate] *= 1 - stats.link_density(candidate)
    ranked = sorted(credited, key=scores.__getitem__, reverse=True)[:TOP_CANDIDATES]
    if not ranked or ranked[0] is body:
        return body, []
    ranked = _first_story_first(ranked, scores, census, title)
    ranked = _stream_opener_first(ranked, scores, credited, census)
    top = _main_cell(_climb(ranked, scores, rules, census), stats)
    if top not in scores:
        scores[top] = initial_score(top, weight_classes=rules.weight_classes)
    return _gather(top, scores, census, said, report)


def _first_story_first(
    ranked: list[HtmlElement], scores: dict[HtmlElement, float], census: Census, title: str | None
) -> list[HtmlElement]:
    """``ranked`` with the page's own story first when the best candidate is another one.

    Some themes append the next articles under the first, each under its own ``<h1>``, and
    a longer one then scores best. The best candidate is another story when the nearest
    ``<h1>`` above it is a headline other than the title (the title's own ``<h1>`` is
    stripped by now); a strong candidate before it with no ``<h1>`` above it is the page's
    story, unless it holds an ``<h1>`` of its own while the title's heading was found
    elsewhere (a side tray's welcome before the post), and the other stories' candidates
    leave the running (they would otherwise pull the article up to an ancestor holding
    them all).
    """
    if not title or not any(h.tag == "h1" for h in census.kept(census.headings)):
        return ranked  # most pages: no <h1> left but the title's, stripped
    top = ranked[0]
    if not _another_story(_headline_above(top), title):
        return ranked
    found = census.title_block is not None  # the title's own heading, elsewhere
    for candidate in ranked[1:]:
        if (
            scores[candidate] >= FIRST_STORY_SHARE * scores[top]
            and precedes(candidate, top)
            and _headline_above(candidate) is None
            and not (found and _another_story(_own_headline(candidate), title))
        ):
            rest = (c for c in ranked if c is not candidate)
            return [candidate, *(c for c in rest if not _another_story(_headline_above(c), title))]
    return ranked


def _own_headline(element: HtmlElement) -> str | None:
    """The text of the first ``<h1>`` inside ``element``, if any: a box that opens with
    a headline of its own (a side tray's welcome) is that story, not the one above it."""
    found = next(element.iter("h1"), None)
    return None if found is None else shown_text(found)


def _stream_opener_first(
    ranked: list[HtmlElement],
    scores: dict[HtmlElement, float],
    credited: list[HtmlElement],
    census: Census,
) -> list[HtmlElement]:
    """``ranked`` with the first story of a stream first, when the best candidate is in a
    later one.

    Some sites print the next full stories under the page's own, each an ``<article>``
    beside it; their headlines may be gone with the headers that held them, and a longer
    one then scores best. The page's story opens the stream: its best candidate wins when
    it scores at least :data:`FIRST_STORY_SHARE` of the best (teasers score far less),
    and the other stories' candidates leave the running.
    """
    stories = census.kept(census.articles)
    if len(stories) < 2:
        return ranked
    top = ranked[0]
    story = next((a for a in top.iterancestors("article") if a in stories), None)
    parent = None if story is None else story.getparent()
    if story is None or parent is None:
        return ranked
    opener = next(child for child in parent if child is story or child in stories)
    if opener is story:
        return ranked
    inside = [c for c in credited if within(c, opener)]
    best = max(inside, key=scores.__getitem__, default=None)
    if best is None or scores[best] < FIRST_STORY_SHARE * scores[top]:
        return ranked
    others = [s for s in parent if s is not opener and s in stories]
    rest = (c for c in ranked if not any(within(c, s) for s in others) and c is not best)
    return [best, *rest]


def _headline_above(element: HtmlElement) -> str | None:
    """The text of the nearest ``<h1>`` before ``element`` in the page, if any."""
    found = _PRECEDING_H1(element)
    if isinstance(found, list) and found and isinstance(found[0], HtmlElement):
        return str(found[0].text_content())
    return None


def _another_story(headline: str | None, title: str) -> bool:
    """Whether ``headline`` is there and another story's than the one titled ``title``."""
    return headline is not None and title_similarity(title, headline) < OTHER_STORY_SIMILARITY


def _climb(
    ranked: list[HtmlElement], scores: dict[HtmlElement, float], rules: Rules, census: Census
) -> HtmlElement:
    """Move from the best candidate to the ancestor that really holds the article.

    When several strong candidates share an ancestor, the article is split across them;
    an ancestor scoring better than its child holds more of it; an only child is the
    same thing as its parent.
    """
    top = ranked[0]
    close = [c for c in ranked[1:] if scores[c] >= 0.75 * scores[top] > 0]
    if len(close) >= 3:
        lineages = [set(c.iterancestors()) for c in close]
        for ancestor in top.iterancestors():
            if ancestor.tag == "body":
                break
            if sum(ancestor in lineage for lineage in lineages) >= 3:
                top = ancestor
                break
    if top not in scores:
        scores[top] = initial_score(top, weight_classes=rules.weight_classes)
    last = scores[top]
    threshold = last / 3
    child, parent = top, top.getparent()
    while parent is not None and parent.tag != "body":
        if parent not in scores:
            child, parent = parent, parent.getparent()
            continue
        if scores[parent] < threshold:
            break
        if _score_beside(parent, child, scores, census) > last:
            top = parent
            break
        last = scores[parent]
        child, parent = parent, parent.getparent()
    parent = top.getparent()
    while parent is not None and parent.tag != "body" and len(parent) == 1:
        top, parent = parent, parent.getparent()
    if top not in scores:
        scores[top] = initial_score(top, weight_classes=rules.weight_classes)
    return top


def _score_beside(
    parent: HtmlElement, child: HtmlElement, scores: dict[HtmlElement, float], census: Census
) -> float:
    """The score of ``parent`` less the vote its ``child`` on the way up from the best
    candidate cast as a paragraph with all its text (:func:`whole_vote`): a
    ``<section>`` round the article votes with the article's own commas, which says
    nothing of what else ``parent`` holds (Cracked's frame, whose section round both
    columns outscored the story's box)."""
    vote = whole_vote(census, child)
    if not vote:
        return scores[parent]
    return scores[parent] - vote * (1 - census.stats.link_density(parent))


def _main_cell(top: HtmlElement, stats: TextStats) -> HtmlElement:
    """The cell of a layout row ``top`` that holds most of its prose, when one does: an
    old page lays its columns out as a table's cells, and a row scores its sidebar's
    text with the article's. A data table's row stays whole."""
    if top.tag != "tr":
        return top
    cells = [cell for cell in top if cell.tag in ("td", "th")]
    table = next(top.iterancestors("table"), None)
    if len(cells) < 2 or table is None or is_data_table(table):
        return top
    prose = [_prose(cell, stats) for cell in cells]
    best = max(range(len(cells)), key=prose.__getitem__)
    return cells[best] if prose[best] >= MAIN_CELL_SHARE * sum(prose) > 0 else top


def _gather(
    top: HtmlElement,
    scores: dict[HtmlElement, float],
    census: Census,
    said: _Said,
    report: Reporter,
) -> tuple[HtmlElement, list[HtmlElement]]:
    """Wrap ``top`` and the siblings that look like more of the article in one ``div``,
    with the pictures between them and the opening between them and the headline (see
    :mod:`~newsconv.readers.html.lead`); with it, the notes the article points to when
    they are printed apart (:mod:`~newsconv.readers.html.notes`), taken out of the page.

    An ``<article>`` beside the article's own is another story, never more of it.
    Everything else on the page is reported as outside the article, one sibling subtree
    at a time on the way up, so a missing paragraph can be traced.
    """
    stats = census.stats
    parent = top.getparent()
    assert parent is not None  # _climb stops below <body>
    article = parent.makeelement("div", {})  # detached: the page around it stays behind
    bonus = scores[top] * 0.2
    threshold = max(10.0, bonus)
    top_class = top.get("class") or ""
    siblings = _continued(top, list(parent))
    stories = census.kept(census.articles) if top.tag == "article" else []
    rivals = stories if top in stories else []  # other stories, when top is one
    kept = [
        sibling is top
        or (
            sibling not in rivals
            and _belongs(
                sibling,
                bonus if top_class and top_class == sibling.get("class") else 0.0,
                threshold,
                scores,
                census,
            )
        )
        for sibling in siblings
    ]
    for index in range(siblings.index(top) + 1, len(siblings)):
        if _titles_comments(siblings[index], stats):
            kept[index:] = [False] * (len(siblings) - index)  # the readers' thread
            break
    # A picture with no text between two kept siblings is the article's (block editors
    # give each image a block of its own).
    first, last = kept.index(True), len(kept) - 1 - kept[::-1].index(True)
    for index in range(first + 1, last):
        if not kept[index] and stats.pictured(siblings[index]):
            kept[index] = True
    keep = [sibling for sibling, wanted in zip(siblings, kept, strict=True) if wanted]
    title, stated = said
    lead = opening(keep[0], census, title)
    deck = normalize_text(stated) if stated else None
    if deck is not None and deck.count(" ") + 1 < vocab.DECK_WORDS:
        deck = None  # too short to tell a deck from a section's title
    for heading in (h for block in lead for h in block.iter(*vocab.HEADINGS)):
        # A deck under the headline opens the article, no section; one saying the page's
        # description stays a heading, which the reader makes the subtitle.
        if deck is None or normalize_text(heading.text_content()) != deck:
            heading.tag = "p"
    article.extend(lead + keep)
    notes = notes_outside(article, parent.getroottree().getroot(), stats)
    for block in notes:
        detach(block)
    _report_outside(parent, stats, report)
    stats.recount(article)
    return article, notes


def _continued(top: HtmlElement, siblings: list[HtmlElement]) -> list[HtmlElement]:
    """``siblings`` of the chosen box ``top``, each wrapper after it that holds only boxes
    of its kind (its first class word: "o-article_block") opened into them: the article
    goes on in the same boxes inside a wrapper a script shows or hides (Engadget's ``<div
    class="js-notMobileReferredByFbTw">`` round the story's second block, its screenshots,
    a disclosure and its footer), which are then judged one by one, as siblings are. A
    box of other stories has a heading or a box of its own besides."""
    words = (top.get("class") or "").split()  # a class of spaces alone names no kind
    if not words:
        return siblings
    kind = words[0]
    opened: list[HtmlElement] = []
    for sibling in siblings[siblings.index(top) + 1 :]:
        boxes = [child for child in sibling if isinstance(child.tag, str)]
        if (
            isinstance(sibling.tag, str)
            and boxes
            and not _of_kind(sibling, kind)
            and all(_of_kind(box, kind) for box in boxes)
        ):
            opened.extend(boxes)
        else:
            opened.append(sibling)
    return siblings[: siblings.index(top) + 1] + opened


def _of_kind(element: HtmlElement, kind: str) -> bool:
    """Whether ``element``'s first class word is ``kind``."""
    names = element.get("class")
    return isinstance(element.tag, str) and bool(names) and names.split()[0] == kind


def _titles_comments(sibling: HtmlElement, stats: TextStats) -> bool:
    """Whether ``sibling`` of the chosen box is a title over the readers' comments: what
    follows it is the thread, its notices and its form, never more of the article."""
    return (
        isinstance(sibling.tag, str)
        and 0 < stats.chars(sibling) <= _COMMENTS_TITLE_CHARS
        and titles_comments(sibling)
    )


def _belongs(
    sibling: HtmlElement,
    bonus: float,
    threshold: float,
    scores: dict[HtmlElement, float],
    census: Census,
) -> bool:
    if sibling in scores and scores[sibling] + bonus >= threshold:
        return True
    if bonus and _prose_block(sibling, census.stats):
        return True  # a section of the article in a box like the chosen one's
    paragraph = wrapped_paragraph(sibling, census)
    if paragraph is None:
        return False
    stats = census.stats
    length, density = stats.chars(paragraph), stats.link_density(paragraph)
    if length > 80:
        return density < 0.25
    text = paragraph.text_content()
    return length > 0 and density == 0 and (". " in text or text.rstrip().endswith("."))


def _prose_block(element: HtmlElement, stats: TextStats) -> bool:
    """Whether ``element`` holds a paragraph's worth of text, little of it in links: a
    page builder nests the article's sections so deep in boxes that their scores stay
    low or never reach the box beside the chosen one, and the class it shares with the
    chosen box says it is more of the same."""
    return (
        stats.chars(element) >= SIBLING_PROSE_CHARS
        and stats.link_density(element) < SIBLING_PROSE_LINKS
    )


def _report_outside(parent: HtmlElement, stats: TextStats, report: Reporter) -> None:
    """Report every subtree with text left out, once the article's parts are taken out
    of the page: the children of ``parent`` and the siblings at each level up to
    ``<html>`` (all inside ``<body>``, so ``stats`` knows which have text)."""
    node: HtmlElement | None = parent
    inside: set[HtmlElement] = set()
    while node is not None and node.tag != "html":
        for child in node:
            if isinstance(child.tag, str) and child not in inside and stats.chars(child):
                report_removal(report, child, "outside the article")
        inside = {node}
        node = node.getparent()
