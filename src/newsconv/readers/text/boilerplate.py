"""Find the article in a page of lines: the densest run of prose, chrome inside it dropped.

Each line scores by what it looks like (:mod:`.features`): prose earns its weight, chrome
and short lines cost a little, and each further short line of an unbroken gap costs more
than the last (a short line that ends in a full stop is a sentence: it ends the gap). No
line adds more than :data:`LINE_CAP`, so one huge line cannot outweigh a story. The body is
the run of lines with the highest total (the maximum-sum subarray, found in one pass), so a
few short lines inside an article (a sub-heading, a list, a caption) stay in, while a long
menu or a feed of teasers beyond a gap of headlines cannot tip the balance. Going on past a
"Read also" header costs half the run so far (a box of links early in an article is crossed,
a list of them after it is not); a comments header forbids it. An island of notation
between prose (a chart printed one tick a line, code, query output: see :func:`_figures`)
costs next to nothing, so the article goes on past it; a comment thread or a form (see
:func:`_threads`) is never part of it. Inside the run, lines that
read as chrome go, and a paragraph printed twice (a lede shown as a teaser, then in the
body) is kept once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from itertools import pairwise
from operator import attrgetter

from newsconv.readers.text.features import (
    CHROME_KINDS,
    SHORT,
    Features,
    Kind,
    is_notation,
    letter_count,
)

#: What each kind of line adds to a run: prose counts by weight, a short sentence by a
#: quarter of what it has above the short-line limit, the rest costs.
SHORT_SCORE = -20
BAD_SCORE = -40
#: The most one line adds: past this a line is a list or a dump (a comma list of 50,000
#: characters), and a story of many paragraphs must outweigh it.
LINE_CAP = 1500
#: Going on past a "Read also" header costs half the run so far, and at least this much.
BREAK_COST = 100
#: A comments header: no article goes on past it.
END_SCORE = -(10**9)
#: A line of at least this many words that ends like a sentence is prose, however short.
SENTENCE_WORDS = 3
#: Each further line of a gap without prose costs this much more than the one before.
GAP_SCORE = 15
#: A thread is at least this many cycles, each at most this many lines, of widget lines
#: of at most this many words.
THREAD_CYCLES = 3
CYCLE_LINES = 8
WIDGET_WORDS = 4
#: This many field labels in a row are a form.
FORM_LABELS = 3
#: A line of a figure (an island of notation between prose: a chart, code, query output).
FIGURE_SCORE = -2
#: An island is a figure when it has at least this many lines, at least this share of
#: them notation, and no "Read also" or comments header.
FIGURE_LINES = 3
FIGURE_SHARE = 0.5
#: A figure with at least this share of lines without a letter is a chart: its labels go.
CHART_SHARE = 0.75

# The kinds under plain names: ``Kind.GOOD`` goes through the enum class's attribute lookup
# (some 70 ns on Python 3.11), and these loops read a kind or two for every line of a page.
_GOOD, _NEAR, _SHORT, _BAD, _BREAK = Kind.GOOD, Kind.NEAR, Kind.SHORT, Kind.BAD, Kind.BREAK
_KIND = attrgetter("kind")
_HEADERS = (Kind.BREAK, Kind.END)
_GOOD_NEAR = (Kind.GOOD, Kind.NEAR)
_SHORT_BAD = (Kind.SHORT, Kind.BAD)
_LISTED = (Kind.SHORT, Kind.NEAR)
#: A digit: widget lines that differ only in their counts and times are one widget.
_DIGIT = re.compile(r"\d")
#: A slideshow's counter: "3/50" before the item's caption.
_COUNTER = re.compile(r"(\d{1,3})/(\d{1,3})\s")
#: A date or a time on an item of a thread: "1:26 AM", "March 10, 2017".
_STAMP = re.compile(r"\d:\d\d|(?<!\d)(?:19|20)\d\d(?!\d)")
#: A table of contents's entry: a section number ("3", "3.1", "3.1.") and the section's title.
_ENTRY = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?\s+(\S.*)")


class Figure(Enum):
    """What a line is part of: no figure, code (kept whole), a chart (left out), a list."""

    NONE = "none"
    CODE = "code"
    CHART = "chart"
    LIST = "list"


_NONE, _CODE, _CHART, _LIST = Figure.NONE, Figure.CODE, Figure.CHART, Figure.LIST
#: How a short sentence that continues an article ends (a short question is often a teaser).
_FULL_STOPS = frozenset(".!。！")


def body_span(features: Sequence[Features], texts: Sequence[str]) -> range:
    """The indices of the body: the densest run of prose, widened by short sentences.

    A text with no page furniture in it at all is an article as it stands, and so is one
    with no prose line: both are kept whole.
    """
    if not any(map(CHROME_KINDS.__contains__, map(_KIND, features))):
        return range(len(features))
    span = _densest(features, texts)
    if not span:
        return range(len(features))
    start, stop = span.start, span.stop
    while start > 0 and is_sentence(features[start - 1]):
        start -= 1
    while stop < len(features) and is_sentence(features[stop]):
        stop += 1
    return range(start, stop)


def is_sentence(line: Features) -> bool:
    """A line that ends like a sentence and reads like one: prose, however brief.

    Past the short-line limit the line must also have passed the sentence-shape test
    (kind good or near), so a headline in title case that ends in "N.Y.C." is not prose.
    """
    if not line.terminal or line.words < SENTENCE_WORDS:
        return False
    return line.kind in (Kind.GOOD, Kind.NEAR) or (line.kind is Kind.SHORT and line.weight < SHORT)


def _densest(features: Sequence[Features], texts: Sequence[str]) -> range:
    """The run of lines with the highest total score (empty when no line scores)."""
    best_total, best = 0, (0, 0)
    total, start, gap = 0, 0, 0
    prose = _prose(features)
    figures = _figures(features, texts, prose)
    ends = _threads(features, texts, range(prose[0], prose[-1]) if prose else range(0))
    for index, line in enumerate(features):
        if total <= 0:
            total, start = 0, index
        kind = line.kind
        if index in ends:
            total = END_SCORE
            continue
        figure = figures[index]
        if figure is _LIST:
            total += SHORT_SCORE if kind is _SHORT else _score(line, total)
        elif figure is not _NONE and kind is not _NEAR:
            total += FIGURE_SCORE
        else:
            if kind is _SHORT and not (is_sentence(line) and texts[index][-1] in _FULL_STOPS):
                gap += 1
            elif kind not in CHROME_KINDS:
                gap = 0  # prose, a list item or a short sentence: the article goes on
            total += _score(line, total) - (GAP_SCORE * (gap - 1) if gap > 1 else 0)
        if total > best_total:
            best_total, best = total, (start, index + 1)
    return range(*best)


def _figures(features: Sequence[Features], texts: Sequence[str], prose: list[int]) -> list[Figure]:
    """What each line is in: no figure, code, a chart or a list (islands between prose).

    Ticks, code and query output repeat and carry no sentences, so line by line they read
    as furniture; as an island made mostly of notation (or of a table of contents's
    entries) they are part of the article around them. An island mostly of lines without
    a letter is a chart, whose labels are no text. Any other island of short lines without
    chrome (no chrome word, no line printed twice, no header) is a list of the article's
    own (names, sub-headings): its lines cost a flat :data:`SHORT_SCORE`, where a gap of
    page furniture costs more with each line.
    """
    figures = [_NONE] * len(features)
    later: dict[str, int] = {}  # each text's last line, made when first needed
    for before, after in pairwise(prose):
        size = after - before - 1
        if size >= FIGURE_LINES:
            figure = _figure(features, texts, range(before + 1, after), later)
            figures[before + 1 : after] = [figure] * size
    return figures


def _figure(
    features: Sequence[Features], texts: Sequence[str], island: range, later: dict[str, int]
) -> Figure:
    """What the island of lines between two prose lines is (see :func:`_figures`)."""
    kinds = list(map(_KIND, features[island.start : island.stop]))
    headers = []
    if any(map(_HEADERS.__contains__, kinds)):
        headers = [i for i, kind in zip(island, kinds, strict=True) if kind in _HEADERS]
        if not all(texts[i][:1].isdecimal() for i in headers):
            return _NONE  # a "Read also" or comments header, not a numbered entry
    lines = texts[island.start : island.stop]
    notation = sum(map(is_notation, lines))
    entries: set[int] = set()
    if notation < FIGURE_SHARE * len(island):
        numbered = [i for i in island if texts[i][:1].isdecimal()]
        if notation + len(numbered) >= FIGURE_SHARE * len(island):
            if not later:
                later.update((text, index) for index, text in enumerate(texts))
            entries = _contents(texts, numbered, later)
        if notation + len(entries) < FIGURE_SHARE * len(island):
            return _LIST if all(map(_LISTED.__contains__, kinds)) else _NONE
    if not entries.issuperset(headers):
        return _NONE
    letterless = sum(not letter_count(text) for text in lines)
    return _CHART if letterless >= CHART_SHARE * len(island) else _CODE


def _prose(features: Sequence[Features]) -> list[int]:
    """The indices of the prose lines."""
    return [index for index, kind in enumerate(map(_KIND, features)) if kind is _GOOD]


def _contents(texts: Sequence[str], numbered: list[int], later: dict[str, int]) -> set[int]:
    """The entries of a table of contents: numbered lines whose text comes back later.

    "3.1 Climate" is an entry when "Climate" is a line further down: its section heading.
    """
    return {
        index
        for index in numbered
        if (match := _ENTRY.match(texts[index])) is not None and later.get(match[1], -1) > index
    }


def _threads(features: Sequence[Features], texts: Sequence[str], within: range) -> set[int]:
    """The lines of comment threads, feeds and forms: no article goes on into them.

    A thread repeats a cycle of line shapes: a widget line ("Reply", "Rating: 3") at most
    :data:`CYCLE_LINES` apart, each cycle with prose and a stamp (a date or a time on a
    line of its own, or a count on the widget that changes from one item to the next). It
    starts one cycle before its first widget. A form is :data:`FORM_LABELS` short lines in
    a row that end in ":" or "*" (its field labels); a slideshow counts its items. Only
    the lines ``within`` (from the first prose line to the last) are looked at: a thread
    has prose in every item.
    """
    short = [
        index
        for index, (_, words, _, _, kind) in enumerate(
            features[within.start : within.stop], within.start
        )
        if words <= WIDGET_WORDS and kind in _SHORT_BAD
    ]
    ends: set[int] = set()
    widgets: dict[str, list[int]] = {}
    labels, previous = 0, -1
    for index in short:
        text = texts[index]
        labels = (labels + 1 if index == previous + 1 else 1) if text[-1] in ":*" else 0
        previous = index
        if labels == FORM_LABELS:
            ends.add(index - FORM_LABELS + 1)
        if _DIGIT.search(text):
            widgets.setdefault(_DIGIT.sub("#", text), []).append(index)
        elif features[index].repeats > 1:
            widgets.setdefault(text, []).append(index)
    for places in widgets.values():
        if len(places) >= THREAD_CYCLES:
            ends.update(_thread(features, texts, places))
    ends.update(_slideshow(texts, within))
    return ends


def _slideshow(texts: Sequence[str], within: range) -> range:
    """The lines of a slideshow: items counted "1/50", "2/50", ... one after another."""
    counted: dict[str, list[tuple[int, int]]] = {}
    for index in within:
        if texts[index][:1].isdecimal() and (match := _COUNTER.match(texts[index])):
            counted.setdefault(match[2], []).append((int(match[1]), index))
    for items in counted.values():
        for at in range(len(items) - THREAD_CYCLES + 1):
            counts = [count for count, _ in items[at : at + THREAD_CYCLES]]
            if counts == list(range(counts[0], counts[0] + THREAD_CYCLES)):
                return range(items[at][1], items[-1][1] + 1)
    return range(0)


def _thread(features: Sequence[Features], texts: Sequence[str], places: list[int]) -> range:
    """The lines of the longest thread with its widget at ``places`` (may be empty)."""
    best = range(0)
    first = 0
    for at in range(1, len(places) + 1):
        if at < len(places) and _is_item(features, texts, places[at - 1], places[at]):
            continue
        if at - first >= THREAD_CYCLES:
            period = min(b - a for a, b in pairwise(places[first:at]))
            found = range(max(0, places[first] - period + 1), places[at - 1] + 1)
            best = max(best, found, key=len)
        first = at
    return best


def _is_item(features: Sequence[Features], texts: Sequence[str], start: int, stop: int) -> bool:
    """Whether the lines from one widget to the next are an item of a thread."""
    if not 1 < stop - start <= CYCLE_LINES:
        return False
    between = range(start + 1, stop)
    stamped = texts[start] != texts[stop] or any(
        features[i].kind not in _GOOD_NEAR and _STAMP.search(texts[i]) for i in between
    )
    return stamped and any(features[i].kind in _GOOD_NEAR for i in between)


def _score(line: Features, total: int) -> int:
    """What ``line`` adds to a run that has ``total`` so far."""
    kind = line.kind
    if kind is _GOOD:
        return min(line.weight, LINE_CAP)
    if kind is _NEAR:
        return (line.weight - SHORT) // 4
    if kind is _SHORT:
        return SHORT_SCORE
    if kind is _BAD:
        return BAD_SCORE
    if kind is _BREAK:  # early in an article, a box of links inside it; late, its end
        return -max(BREAK_COST, total // 2)
    return END_SCORE  # Kind.END


def keep(texts: Sequence[str], features: Sequence[Features], span: range) -> list[int]:
    """The indices in ``span`` that belong to the body.

    Chrome goes, each text is kept once, and the links under a "Read also" header inside
    the article go with the header, up to the next line of prose.
    """
    seen: set[str] = set()
    kept = []
    in_links = False
    lines, words = features[span.start : span.stop], texts[span.start : span.stop]
    figures = _figures(lines, words, _prose(lines))
    for index in span:
        if figures[index - span.start] is _CODE and letter_count(texts[index]):
            kept.append(index)
            continue
        kind = features[index].kind
        in_links = kind is _BREAK or (in_links and kind is not _GOOD)
        if in_links or kind in CHROME_KINDS or texts[index] in seen:
            continue
        seen.add(texts[index])
        kept.append(index)
    return kept
