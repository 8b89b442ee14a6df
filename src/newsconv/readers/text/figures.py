"""Islands between prose lines that belong to the article: code, charts, contents, lists,
galleries.

An article is cut wherever the lines between two paragraphs read as page furniture. Some
islands only look so line by line: code and query output repeat their keywords, a chart
printed as text is one tick label a line, a table of contents is a column of short
numbered lines, a list of names is short lines. Read as a whole, by the share of
*notation* in it (:func:`.features.is_notation`), by numbered entries that come back as
headings, or by having no chrome at all, such an island is part of the article around it.
A picture gallery's captions, each counted ("Firefox Nightly [4/10]"), are the
article's pictures too: the article goes on past them, and they go.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from itertools import compress, count, pairwise
from operator import attrgetter

from newsconv.readers.text.features import Features, Kind, is_notation

#: An island is a figure when it has at least this many lines, at least this share of
#: them notation, and no "Read also" or comments header.
FIGURE_LINES = 3
FIGURE_SHARE = 0.5
#: A figure with at least this share of lines without a letter is a chart: its labels go.
CHART_SHARE = 0.75

#: A gallery's counter at a caption's start or end: "4/10", "[4/10]", "(4/10)".
_COUNTER = re.compile(r"[(\[]?(\d{1,3})/(\d{1,3})[)\]]?")
#: A table of contents's entry: a section number ("3", "3.1", "3.1.") and the section's title.
_ENTRY = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?\s+(\S.*)")
#: A bracketed link glued to the end of a heading, as wikis print their edit links.
_EDIT_LINK = re.compile(r"(?<=\S)\[[^\[\]]{1,60}\]$")
_KIND = attrgetter("kind")
_LETTERS = attrgetter("letters")
_GOOD = Kind.GOOD
_BREAK, _END, _SHORT, _NEAR = Kind.BREAK, Kind.END, Kind.SHORT, Kind.NEAR
_HEADERS = (_BREAK, _END)
_LISTED = (_SHORT, _NEAR)


class Figure(Enum):
    """What a line is part of: no figure, code (kept whole), a chart (its labels left
    out), a list, a gallery (its captions left out)."""

    NONE = "none"
    CODE = "code"
    CHART = "chart"
    LIST = "list"
    GALLERY = "gallery"


_NONE, _CODE, _CHART, _LIST = Figure.NONE, Figure.CODE, Figure.CHART, Figure.LIST
_GALLERY = Figure.GALLERY


def figures(features: Sequence[Features], texts: Sequence[str], prose: list[int]) -> list[Figure]:
    """What each line is in: no figure, code, a chart or a list (islands between prose).

    Ticks, code and query output repeat and carry no sentences, so line by line they read
    as furniture; as an island made mostly of notation (or of a table of contents's
    entries) they are part of the article around them. An island mostly of lines without
    a letter is a chart, whose labels are no text. Any other island of short lines without
    chrome (no chrome word, no line printed twice, no header) is a list of the article's
    own (names, sub-headings): its lines cost a flat price, where a gap of page furniture
    costs more with each line. So do the last lines of an island with furniture in it
    when a lead-in ("What you'll need:") opens them: a list that goes on into the next
    paragraph, after a box of links. An island mostly of captions counted one after
    another (:func:`_gallery`) is a gallery: a figure whose captions go.
    """
    found = [_NONE] * len(features)
    later: dict[str, int] = {}  # each text's last line, made when first needed (_figure)
    for before, after in pairwise(prose):
        size = after - before - 1
        if size >= FIGURE_LINES:
            figure = _figure(features, texts, range(before + 1, after), later)
            if figure is _NONE:
                lead = _lead_in(features, texts, range(before + 1, after))
                found[lead:after] = [_LIST] * (after - lead)
            else:
                found[before + 1 : after] = [figure] * size
    return found


def _lead_in(features: Sequence[Features], texts: Sequence[str], island: range) -> int:
    """Where the list that ends ``island`` starts: at a line ending in a colon with at least
    :data:`FIGURE_LINES` short lines after it, none of them chrome; else ``island.stop``."""
    for index in reversed(island):
        if features[index].kind not in _LISTED:
            return island.stop
        if texts[index][-1] in ":：" and island.stop - index > FIGURE_LINES:
            return index
    return island.stop


def _figure(
    features: Sequence[Features], texts: Sequence[str], island: range, later: dict[str, int]
) -> Figure:
    """What the island of lines between two prose lines is (see :func:`figures`).

    ``later`` maps each text to its last line, from the first island that asks it down (the
    islands come in order, and a heading only counts under its entry): empty until then.
    """
    if _gallery(texts[island.start : island.stop]):
        return _GALLERY
    kinds = list(map(_KIND, features[island.start : island.stop]))
    headers = []
    if _BREAK in kinds or _END in kinds:  # a list's ``in`` compares at C level, by identity
        headers = [i for i, kind in zip(island, kinds, strict=True) if kind in _HEADERS]
        if not all(texts[i][:1].isdecimal() for i in headers):
            return _NONE  # a "Read also" or comments header, not a numbered entry
    lines = features[island.start : island.stop]
    marks = list(map(is_notation, texts[island.start : island.stop], map(_LETTERS, lines)))
    notation = sum(marks)
    entries: set[int] = set()
    if notation < FIGURE_SHARE * len(island) and not (notation and _mostly_notation(lines, marks)):
        numbered = [
            index
            for index, text in enumerate(texts[island.start : island.stop], island.start)
            if text[0].isdecimal()
        ]
        if notation + len(numbered) >= FIGURE_SHARE * len(island):
            if not later:  # from this island down: an entry's heading comes under it
                start = island.start
                later.update(zip(map(_heading_text, texts[start:]), count(start)))
            entries = _contents(texts, numbered, later)
        if notation + len(entries) < FIGURE_SHARE * len(island):
            listed = kinds.count(_SHORT) + kinds.count(_NEAR) == len(kinds)
            return _LIST if listed else _NONE
    if not entries.issuperset(headers):
        return _NONE
    letterless = sum(not line.letters for line in lines)
    return _CHART if letterless >= CHART_SHARE * len(island) else _CODE


def _gallery(texts: Sequence[str]) -> bool:
    """Whether most of an island's lines are a gallery's captions: each opens or ends with a
    counter of one total, the counts going up one by one ("… [1/10]", "… [2/10]")."""
    counts: list[tuple[int, str]] = []
    for text in texts:
        if "/" in text and (match := _counter(text)):
            counts.append((int(match[1]), match[2]))
    return (
        len(counts) >= FIGURE_LINES
        and len(counts) >= FIGURE_SHARE * len(texts)
        and all(b == (a[0] + 1, a[1]) for a, b in pairwise(counts))
    )


def _counter(text: str) -> re.Match[str] | None:
    """A gallery's counter opening or ending ``text``, if any."""
    first, _, rest = text.partition(" ")
    return _COUNTER.fullmatch(first) or (
        _COUNTER.fullmatch(rest.rpartition(" ")[2]) if rest else None
    )


def _mostly_notation(lines: Sequence[Features], marks: list[bool]) -> bool:
    """Whether notation makes most of an island's weight: long formulas or queries under
    short labels ("The Lorenz Equations") are notation with a caption each."""
    weights = [line.weight for line in lines]
    return sum(compress(weights, marks)) >= FIGURE_SHARE * sum(weights)


def prose_lines(features: Sequence[Features]) -> list[int]:
    """The indices of the prose lines."""
    return [index for index, line in enumerate(features) if line.kind is _GOOD]


def _heading_text(text: str) -> str:
    """A line without the bracketed link a wiki prints after each section's heading
    ("History[edit]", "Geschichte[Bearbeiten | Quelltext bearbeiten]")."""
    if text[-1] != "]":
        return text
    return _EDIT_LINK.sub("", text)


def _contents(texts: Sequence[str], numbered: list[int], later: dict[str, int]) -> set[int]:
    """The entries of a table of contents: numbered lines whose text comes back later.

    "3.1 Climate" is an entry when "Climate" is a line further down: its section heading.
    """
    return {
        index
        for index in numbered
        if (match := _ENTRY.match(texts[index])) is not None and later.get(match[1], -1) > index
    }
