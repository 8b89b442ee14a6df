"""Comment threads, feeds, forms and slideshows: stretches of a page no article goes on into.

A page's comments are prose too, and below a short article they can outweigh it. What
gives them away is their shape: the same few lines repeat for every item (a name, a date,
the comment, a "Reply" widget), a feed of teasers links each excerpt the site cut to the
rest ("… […]", "READ THE REST"), a comment form is a column of field labels, and a
slideshow counts its items ("1/50", "2/50", ...).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from operator import attrgetter

from newsconv.readers.text.features import Features, Kind

#: A thread is at least this many cycles, each at most this many lines, of widget lines
#: of at most this many words.
THREAD_CYCLES = 3
CYCLE_LINES = 8
WIDGET_WORDS = 4
#: This many field labels in a row are a form.
FORM_LABELS = 3
#: A thread or a slideshow is only taken after at least this many lines of prose.
ARTICLE_LINES = 3

#: How a site marks the end of an excerpt it cut (WordPress's default "[…]").
EXCERPT_ENDS = ("[…]", "[...]")
#: A digit: widget lines that differ only in their counts and times are one widget.
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
#: A slideshow's counter: "3/50" before the item's caption.
_COUNTER = re.compile(r"(\d{1,3})/(\d{1,3})\s")
#: A date or a time on an item of a thread: "1:26 AM", "March 10, 2017".
_STAMP = re.compile(r"\d:\d\d|(?<!\d)(?:19|20)\d\d(?!\d)")
#: Such a date or time ending its line.
_STAMP_END = re.compile(r"(?:\d:\d\d|(?<!\d)(?:19|20)\d\d)[^\w]{0,3}$")
#: How many characters such a stamp and what follows it take at most.
_STAMP_TAIL = 7
_KIND = attrgetter("kind")
_GOOD = Kind.GOOD
_GOOD_NEAR = (Kind.GOOD, Kind.NEAR)
_SHORT_BAD = (Kind.SHORT, Kind.BAD)


def threads(features: Sequence[Features], texts: Sequence[str], prose: list[int]) -> set[int]:
    """The lines of comment threads, feeds of teasers and forms: no article goes on into them.

    A thread repeats a cycle of line shapes: a widget line ("Reply", "Rating: 3") at most
    :data:`CYCLE_LINES` apart, each cycle with prose and a stamp (a date or a time on a
    line of its own, or a count on the widget that changes from one item to the next). It
    starts one cycle before its first widget. A form is :data:`FORM_LABELS` short lines in
    a row that end in ":" or "*" (its field labels), unless a paragraph ending in a colon
    announces them (:func:`_announced`); a slideshow counts its items. Only
    the lines from the first of the ``prose`` lines to a cycle past the last are looked
    at: a thread has prose in every item, and the last item's widgets follow its prose.
    """
    if not prose:
        return set()
    within = range(prose[0], min(len(features), prose[-1] + CYCLE_LINES))
    short = [
        index
        for index, line in enumerate(features[within.start : within.stop], within.start)
        if line.words <= WIDGET_WORDS and line.kind in _SHORT_BAD
    ]
    ends: set[int] = set()
    widgets: dict[str, list[int]] = {}
    labels, previous = 0, -1  # how many labels in a row, and the last one's index
    for index in short:
        text = texts[index]
        if text[-1] in ":*":
            labels = labels + 1 if index == previous + 1 else 1
            previous = index
            if labels == FORM_LABELS and not _announced(features, texts, index - FORM_LABELS + 1):
                ends.add(index - FORM_LABELS + 1)
        if features[index].digits:
            widgets.setdefault(_DIGIT.sub("#", text), []).append(index)
        elif features[index].repeats >= THREAD_CYCLES:  # printed fewer times: no cycle
            widgets.setdefault(text, []).append(index)
    cycles = [places for places in widgets.values() if len(places) >= THREAD_CYCLES]
    found = [_thread(features, texts, places) for places in cycles]
    for lines in [*found, _slideshow(texts, within)]:
        if _after_an_article(features, within.start, lines):
            ends.update(lines)
    for places in cycles:
        feed = _feed(texts, places)
        if any(line.kind is _GOOD for line in features[within.start : feed.start]):
            ends.update(feed)
    return ends


def _announced(features: Sequence[Features], texts: Sequence[str], first: int) -> bool:
    """Whether a paragraph ending in a colon announces the short lines above ``first``, at
    most :data:`CYCLE_LINES` of them: keys of code or a list it shows ("… in YAML
    format:", then "services:", "build:"). A form's labels follow a header, or the
    article's last sentence, not a lead-in."""
    index = first - 1
    while index >= max(0, first - CYCLE_LINES) and features[index].kind in _SHORT_BAD:
        index -= 1
    return index >= 0 and features[index].kind in _GOOD_NEAR and texts[index][-1] in ":："


def _feed(texts: Sequence[str], places: list[int]) -> range:
    """The lines of a feed of teasers whose link is the widget at ``places``; may be empty.

    The link ("READ THE REST") follows each item's excerpt; when the site cut at least half
    of the excerpts above it ("... the […]", :data:`EXCERPT_ENDS`), all the items
    are teasers, from one cycle before the first link to the last, and to a cut excerpt in
    the cycle after it (the last item's link may lie past where widgets are looked for).
    Unlike a live blog's or a thread's items, none of them is the article, however little
    prose comes before.
    """
    cut = sum(texts[index - 1].endswith(EXCERPT_ENDS) for index in places)
    if 2 * cut < len(places):
        return range(0)
    period = min(b - a for a, b in pairwise(places))
    stop = places[-1] + 1
    after = range(stop, min(len(texts), stop + period))  # an item whose link is past the prose
    last = next((i for i in reversed(after) if texts[i].endswith(EXCERPT_ENDS)), places[-1])
    return range(max(0, places[0] - period + 1), last + 1)


def _after_an_article(features: Sequence[Features], start: int, lines: range) -> bool:
    """Whether :data:`ARTICLE_LINES` prose lines come before ``lines`` (from ``start``).

    Comments and galleries follow an article; a live blog's entries, each a time, the
    entry and a share button, are the article, with at most a summary above them.
    """
    before = features[start : lines.start] if lines else ()
    return sum(line.kind is _GOOD for line in before) >= ARTICLE_LINES


def _slideshow(texts: Sequence[str], within: range) -> range:
    """The lines of a slideshow: items counted "1/50", "2/50", ... one after another."""
    counted: dict[str, list[tuple[int, int]]] = {}
    for index, text in enumerate(texts[within.start : within.stop], within.start):
        if text[0].isdecimal() and (match := _COUNTER.match(text)):
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
    """Whether the lines from one widget to the next are an item of a thread.

    A widget's count that changes from one item to the next stamps the items (votes,
    replies), unless it goes up by one: "1.", "2.", "3." on lines of their own number a
    list's paragraphs, which need a date or a time to be a thread's.
    """
    if not 1 < stop - start <= CYCLE_LINES:
        return False
    between = range(start + 1, stop)
    if not any(map(_GOOD_NEAR.__contains__, map(_KIND, features[start + 1 : stop]))):
        return False  # no prose: the cheaper test, and it fails more often than the stamp's
    counted = texts[start] != texts[stop] and not _numbering(texts[start], texts[stop])
    return counted or any(_stamped(features[i], texts[i]) for i in between)


def _stamped(line: Features, text: str) -> bool:
    """Whether a line between two widgets stamps an item with its date or time: a line
    that is no prose holding one, or a line near prose ending in one, the commenter's name
    before it ("1. Jane Doe 28.oct.2012 | 11:26", as lynx joins the rows of a list's item)."""
    if not line.digits or line.kind is _GOOD:
        return False
    if line.kind is Kind.NEAR:  # only its end is searched: a long line costs no more
        return _STAMP_END.search(text, max(0, len(text) - _STAMP_TAIL)) is not None
    return _STAMP.search(text) is not None


def _numbering(first: str, then: str) -> bool:
    """Whether two widget lines differ only by a count one higher in the second."""
    counts = _DIGITS.findall(first), _DIGITS.findall(then)
    return len(counts[0]) == 1 == len(counts[1]) and int(counts[1][0]) == int(counts[0][0]) + 1
