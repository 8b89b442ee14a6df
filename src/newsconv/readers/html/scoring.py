"""Scoring a page's containers: what each earns from the paragraphs below it.

Readability's vote: every paragraph long enough to count gives points for its length and
commas to its container and, with less weight, to a few more ancestors; a container
starts from a prior (its tag, class and id). :mod:`.extract` chooses among the result.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from lxml.html import HtmlElement

from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.census import Census

__all__ = [
    "ANCESTOR_LEVELS", "MIN_EARNED_POINTS", "MIN_PARAGRAPH_CHARS", "initial_score", "score",
    "whole_vote",
]  # fmt: skip

#: A paragraph shorter than this does not vote for its ancestors.
MIN_PARAGRAPH_CHARS = 25
#: A container credited with fewer points than one paragraph gives its parent cannot be
#: the article, whatever its name.
MIN_EARNED_POINTS = 1.0
#: How many ancestors a paragraph credits.
ANCESTOR_LEVELS = 5


def score(
    census: Census, *, weight_classes: bool
) -> tuple[dict[HtmlElement, float], list[HtmlElement]]:
    """Content score of every container that holds scored paragraphs, and those that may
    hold the article (in page order, which breaks ties).

    A container earns points from the paragraphs below it and starts from a prior (its
    tag, class and id). Only one that earns at least :data:`MIN_EARNED_POINTS` may be the
    article: a video box named "storytop" above two captions would otherwise outrank the
    story's text on its name alone. (Its score still counts when it is a sibling of the
    article's container.)
    """
    earned: dict[HtmlElement, float] = {}
    for holder, length, commas in _paragraphs(census):
        ancestors = [*itertools.islice(holder.iterancestors(), ANCESTOR_LEVELS)]
        if any(ancestor.tag == "a" for ancestor in ancestors):
            continue  # a link's label: a teaser card's headline, no paragraph of a story
        points = _points(length, commas)
        # up to ANCESTOR_LEVELS containers above the paragraph, short of <html>
        for level, ancestor in enumerate(ancestors):
            if ancestor.getparent() is None:
                break
            share = points / (1 if level == 0 else 2 if level == 1 else level * 3)
            earned[ancestor] = earned.get(ancestor, 0.0) + share
    scores = {
        c: initial_score(c, weight_classes=weight_classes) + points for c, points in earned.items()
    }
    if weight_classes:
        for box in census.spared:  # a name that misled the prune weighs nothing
            if box in scores:
                scores[box] -= vocab.class_weight(box)
    credited = [c for c, points in earned.items() if points >= MIN_EARNED_POINTS]
    articles = census.kept(census.articles)
    if len(articles) == 1 and articles[0] in scores:  # several are teasers, one is the story
        scores[articles[0]] += vocab.STRUCTURE_BONUS
    return scores, credited


def _points(length: int, commas: int) -> int:
    """What a paragraph of ``length`` characters and ``commas`` commas gives its parent."""
    return 1 + commas + min(length // 100, 3)


def whole_vote(census: Census, element: HtmlElement) -> int:
    """The points ``element``, a container holding blocks, gave its parent as a paragraph
    with all its text (a ``<section>`` or a ``<td>`` votes so, as in Readability): none
    for a ``div``, which votes with its loose text only."""
    if element.tag == "div" or element.tag not in vocab.SCORED_TAGS:
        return 0
    if element not in census.blocky or element in census.gone:
        return 0
    length = census.stats.chars(element)
    if length < MIN_PARAGRAPH_CHARS:
        return 0
    return _points(length, census.stats.commas(element))


def _paragraphs(census: Census) -> Iterator[tuple[HtmlElement, int, int]]:
    """(element whose parent it credits, length, commas) for each paragraph long enough to
    vote.

    Paragraphs are the scored tags, ``div`` elements with no block inside (a paragraph
    in all but name), and runs of loose text in a ``div`` that has blocks too.
    """
    stats, blocky = census.stats, census.blocky  # Census.has_block, with no call each
    for element in census.kept(census.scored):
        if element.tag != "div" or element not in blocky:
            length = stats.chars(element)
            if length >= MIN_PARAGRAPH_CHARS:
                yield element, length, stats.commas(element)
        else:
            loose = _loose_text(element)
            if len(loose) >= MIN_PARAGRAPH_CHARS:
                # Credit the div itself: its first child stands in for the wrapped run.
                yield element[0], len(loose), vocab.commas(loose)


def _loose_text(element: HtmlElement) -> str:
    """The text of ``element`` outside its block children: what a wrapped ``<p>`` would hold."""
    parts = [element.text or ""]
    for child in element:
        if child.tag not in vocab.BLOCK_TAGS and isinstance(child.tag, str):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())


def initial_score(element: HtmlElement, *, weight_classes: bool) -> float:
    """A container's prior: its tag, its structure and (``weight_classes``) its class and
    id."""
    weight = vocab.class_weight(element) if weight_classes else 0
    return vocab.TAG_SCORES.get(element.tag, 0) + weight + vocab.structure_weight(element)
