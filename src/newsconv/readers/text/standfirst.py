"""The standfirst: the sentence or two a page prints under its headline, over the story.

A copy loses the markup that names it, but not its place: it is the line right under the
headline (or under the byline and date block that follows it), written as a sentence (not
a label, a caption, a byline or a date), longer than the headline or closed like a
sentence, lighter than the story's paragraphs, and parted from the story's first paragraph
by what heads the story (the byline, the date, the share buttons, the lead photo's credit,
a label the copy kept: "Image"). A lede right under the headline runs into the next
paragraph with nothing between them, and a first paragraph the share buttons part from the
rest weighs what the others do: both stay in the body.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Sequence
from itertools import islice
from statistics import median
from typing import NamedTuple

from newsconv.readers.text.boilerplate import CREDIT_WORDS, is_sentence
from newsconv.readers.text.features import (
    CHROME_KINDS,
    CLOSERS,
    LONG,
    MARKER_STARTS,
    SHORT,
    Features,
    Kind,
)
from newsconv.readers.text.metadata import find_date
from newsconv.readers.text.title import is_caption

#: How many rows a tool that wraps its text (html2text) may break a standfirst into that
#: the segmenter left apart (it joins a paragraph's rows, not a heading's).
MAX_ROWS = 3
#: A label the body keeps has at most so many words (see :func:`_label`).
LABEL_WORDS = 2
#: A standfirst is lighter than the story's paragraphs: at most this share of the median
#: weight of the body's prose (the standfirsts of the held-out copies weigh 0.1 to 0.74 of
#: it; a first paragraph parted from the rest by the share buttons, about all of it).
BODY_SHARE = 0.75
#: How many of the story's paragraphs under the standfirst its weight is compared with.
PROSE_SAMPLE = 12
#: A line of tags: one word and a colon, then at least so many items between commas, each
#: of at most :data:`TAG_WORDS` words ("Topics: Crack, damage, earthquake, nation").
TAG_ITEMS = 4
TAG_WORDS = 3
#: The kinds of line a standfirst's rows are: prose or a sentence, not a label or chrome.
_SENTENCES = (Kind.GOOD, Kind.NEAR)


class Standfirst(NamedTuple):
    """The standfirst's text and the lines it takes."""

    text: str
    lines: range


def find_standfirst(
    texts: Sequence[str],
    features: Sequence[Features],
    headline: int,
    used: Collection[int],
    kept: Sequence[int],
) -> Standfirst | None:
    """The standfirst under the headline at ``headline`` (-1: none), or None.

    ``used`` are the lines the metadata took (byline, date, credit); ``kept`` the body's.
    The standfirst is the line under the headline (and the byline and date right under
    it, when they stand there), with the rows that go on with it in
    lowercase, when it reads as a sentence of at least :data:`.features.SHORT` and less
    than :data:`.features.LONG` weight and lighter than the body's paragraphs
    (:data:`BODY_SHARE`), and the body's next line does not follow it right
    away: a line the metadata took or furniture stands between them, or that line is a
    label the copy kept (:func:`_label`)."""
    if headline < 0:
        return None
    first = headline + 1
    # past the byline and the date, and the headline printed again (a share panel's copy)
    while first < len(texts) and (first in used or texts[first] == texts[headline]):
        first += 1
    if first >= len(texts):
        return None
    opening, start = features[first], texts[first][:1]
    if (
        opening.kind not in _SENTENCES
        or opening.repeats > 1
        or start.islower()
        or start in MARKER_STARTS  # a list's item
        or _sentence(texts[headline], features[headline])  # the line over is no headline
    ):
        return None
    stop = _rows_end(texts, features, first, used)
    lines = range(first, stop)
    weight = sum(features[index].weight for index in lines)
    # a standfirst says more than its headline, or says it as a sentence
    if not SHORT <= weight < LONG or (
        weight <= features[headline].weight and not features[stop - 1].terminal
    ):
        return None
    text = _joined(texts[first:stop])
    if (
        is_caption(text)
        or _credited(texts, features, stop)
        or _tags(text)
        or (
            any(features[index].digits for index in lines)
            and find_date([text], range(1), None) is not None
        )
    ):
        return None
    at = bisect_left(kept, stop)  # the body's lines are in the page's order
    after = kept[at] if at < len(kept) else None
    if after is None or not (
        any(index in used or features[index].kind in CHROME_KINDS for index in range(stop, after))
        or _label(features[after])
    ):
        return None
    story = (features[index] for index in kept[at:])
    prose = [line.weight for line in islice(filter(_is_prose, story), PROSE_SAMPLE)]
    if not prose or weight > BODY_SHARE * median(prose):
        return None
    return Standfirst(text, lines)


def _tags(text: str) -> bool:
    """Whether ``text`` is a line of tags under a label ("Topics: Crack, damage, earthquake,
    nation, obelisk"): a list of words, however long, is no sentence."""
    label, colon, listed = text.partition(":")
    items = listed.split(",")
    return (
        bool(colon)
        and len(label.split()) == 1
        and len(items) >= TAG_ITEMS
        and all(len(item.split()) <= TAG_WORDS for item in items)
    )


def _credited(texts: Sequence[str], features: Sequence[Features], under: int) -> bool:
    """Whether the line at ``under`` is a photo credit of its own ("Win McNamee / Getty
    Images"): the lines over it are the lead photo's caption, which a credit follows and a
    standfirst does not."""
    if under >= len(texts):
        return False
    line = features[under]
    return line.words <= CREDIT_WORDS and not line.terminal and is_caption(texts[under])


def _label(line: Features) -> bool:
    """Whether a line of the body is a label a copy keeps (a picture's "Image", a byline's
    "por", a section's name): a word or two, closed by no stop. A sub-heading over the
    story's second section says more ("The Lorenz Equations")."""
    return line.words <= LABEL_WORDS and not line.terminal


def _is_prose(line: Features) -> bool:
    """Whether a line of the body is one of the story's paragraphs, which a standfirst is
    weighed against (labels, captions and sub-headings are lighter)."""
    return line.kind is Kind.GOOD


def _sentence(text: str, line: Features) -> bool:
    """Whether a line is a sentence closed by a full stop: the body's, not a headline
    (which may close on a question mark, or on an abbreviation's stop in title case)."""
    return is_sentence(line) and text.rstrip(CLOSERS).endswith(".")


def _rows_end(
    texts: Sequence[str], features: Sequence[Features], first: int, used: Collection[int]
) -> int:
    """Past the last row of the line at ``first``: the rows under it that go on with its
    sentence (it ends in no stop, they open in lowercase), at most :data:`MAX_ROWS` in all."""
    stop = first + 1
    while (
        stop < min(len(texts), first + MAX_ROWS)
        and not features[stop - 1].terminal
        and texts[stop][:1].islower()
        and stop not in used
    ):
        stop += 1
    return stop


def _joined(rows: Sequence[str]) -> str:
    """The rows as one line; a row broken after a hyphen ("ex-" and "presidente") is one word."""
    text = rows[0]
    for row in rows[1:]:
        text += row if text.endswith("-") else f" {row}"
    return text
