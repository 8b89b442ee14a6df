"""What a line looks like: its weight, sentence shape, and whether it reads as chrome.

Everything here is language-neutral except the small word lists (:data:`CHROME`,
:data:`STRONG`, :data:`NOTICE`, the "Read also" and comments headers), and even those only
count on short lines or near a line's start. CJK characters carry about three times the
information of a Latin letter, so a line's *weight* counts them three times: a 60-character
Chinese paragraph weighs what a 180-character English one does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from enum import Enum
from functools import partial
from itertools import repeat
from typing import NamedTuple

from newsconv.readers.text.census import take_census
from newsconv.readers.text.segment import MARKER, TERMINALS
from newsconv.readers.text.vocabulary import (
    CHROME_WORDS,
    COMMENT_HEADERS,
    NOTICE_PHRASES,
    PITCH_PHRASES,
    RELATED_HEADERS,
    WordList,
)

#: Any chrome word: condemns a short line.
CHROME = WordList(CHROME_WORDS + NOTICE_PHRASES + PITCH_PHRASES)
#: A pitch or a notice: condemns a line that is not long prose.
STRONG = WordList(NOTICE_PHRASES + PITCH_PHRASES)
#: A notice: condemns a line of any length (searched near its start).
NOTICE = WordList(NOTICE_PHRASES)
#: "Read also" and comments headers, as whole lines (case, a count and an arrow aside).
RELATED = frozenset(RELATED_HEADERS)
COMMENTS = frozenset(COMMENT_HEADERS)
HEADER_MAX_WORDS = 5
#: How many characters a "Read also" header takes at most.
HEADER_REACH = 40
#: What opens a quoted title.
_QUOTES = frozenset("«\"“„'‘「『")
_HEADER_NOISE = "0123456789 ()[]:：.…»›>→↓/|"
#: How far into a long line a notice phrase is looked for.
NOTICE_REACH = 60

#: What may close a sentence after its final stop: brackets and quotation marks.
CLOSERS = "\"'”’»」』）)]"
#: A sentence closed by its credit in brackets: "... le 30 avril 2015. (Photo X. AFP)", a
#: photo's caption.
CREDITED_END = re.compile(r"[^\W\d_]{2}[.!?] ?\([^()]{2,60}\)$")
_WEB = re.compile(r"https?://|www\.|@\w|#\w|\w@\w")
_DIGIT = re.compile(r"\d")
_STAMPED = re.compile(r"\d{1,2}(?:[:h.]\d{2})?\s")
#: The first characters a list marker (:data:`.segment.MARKER`) can have besides a digit.
MARKER_STARTS = frozenset("-+*•·‣▪–—>")
#: Those of them that only bullet a list's items (a dash also opens a quote's attribution:
#: "— Jane Doe (@jane) May 4, 2021").
_BULLETS = frozenset("+*•·‣▪")
#: How a line of code ends (an argument list, a statement, a block) or starts (its close).
_CODE_ENDS = frozenset(",;([{")
_CODE_STARTS = frozenset(")]}")

#: Lines shorter than this (weight) are never prose on their own.
SHORT = 40
#: Lines at least this heavy are prose even without a full stop.
LONG = 200
#: Lines at least this heavy that end like a sentence are prose.
SENTENCE = 90
#: Lines this short are checked for being symbols only (separators, arrows, bullets).
SYMBOLS_ONLY = 4
#: A line of fewer words is never more than short.
NEAR_WORDS = 5
#: A chrome word only condemns a line with at most this many words.
CHROME_MAX_WORDS = 10
#: A line that ends in a full stop after a lowercase word is a sentence with up to this share
#: of capitalised initials: German capitalises its nouns ("Die fairkom Gesellschaft ist ein
#: … Partnerschaftsnetzwerk von … IT Consultants bei Open Source Projekten."), where a
#: headline in title case capitalises nearly all of its words.
NOUN_CAPITALS = 0.6
#: A long line of at least this many comma-separated items, each of at most
#: :data:`LIST_ITEM_WORDS` words on average, is a list (of names, of tags), not prose.
LIST_ITEMS = 10
LIST_ITEM_WORDS = 2
#: A long line of at least this many items between bullets or bars, each of at most
#: :data:`LINK_ITEM_WORDS` words on average, is a row of links.
LINK_ITEMS = 4
LINK_ITEM_WORDS = 5
_ITEM_SEPARATORS = ("▪", "•", "|", "·")
#: A link to the rest of a cut excerpt ("Read more", "Lire la suite") has fewer words.
TEASER_LINK_WORDS = 5


class Kind(Enum):
    """How a line reads: prose, a short sentence, short or headline-like, or page chrome."""

    GOOD = "good"
    NEAR = "near"
    SHORT = "short"
    BAD = "bad"
    BREAK = "break"  # a "Read also" header: chrome that also ends the article
    END = "end"  # a comments header: nothing after it is the article


#: The kinds of page furniture, never part of the body. A tuple, not a set: ``in`` compares
#: by identity first, where a set would call the enum's ``__hash__``.
CHROME_KINDS = (Kind.BAD, Kind.BREAK, Kind.END)
#: The kinds under plain names (``Kind.GOOD`` is a slow attribute lookup on Python 3.11).
_GOOD, _NEAR, _SHORT, _BAD = Kind.GOOD, Kind.NEAR, Kind.SHORT, Kind.BAD
#: "Read also" and comments headers, lowercased, to the kind of line each makes.
_HEADERS = dict.fromkeys(RELATED, Kind.BREAK) | dict.fromkeys(COMMENTS, Kind.END)


class Features(NamedTuple):
    """What one line looks like (a tuple: pages have thousands of lines, read by the thousand).

    ``letters`` is how many letters the line has (:class:`.census.Census`); ``table`` marks a
    table row, whose kind its cells decide (see :func:`passed_word_lists`).
    """

    weight: int
    words: int
    terminal: bool
    repeats: int
    kind: Kind
    letters: int
    table: bool = False


#: Makes :class:`Features` from all seven fields. A NamedTuple's ``__new__`` is a Python
#: function, entered from C for every line described; ``tuple.__new__`` makes the same
#: tuple without that frame (some 1,400 of the 35,000 instructions a line costs).
_make_features = partial(tuple.__new__, Features)


def describe(
    texts: list[str], cells: Mapping[int, tuple[str, ...]] | None = None
) -> list[Features]:
    """The features of each line, given how often each text occurs on the page.

    ``cells`` holds the table rows' cells, by line index. Each distinct line is described
    once (menus and teasers repeat), its tests run cheapest and most decisive first; what
    its characters are (letters, initials, CJK) is counted for all of them at once
    (:func:`.census.take_census`).
    """
    counts = Counter(texts)
    distinct = list(counts)
    census = take_census(distinct)
    cjk = any(census.cjk)
    described = map(
        _features,
        distinct,
        counts.values(),
        repeat(cjk),
        census.cjk,
        census.letters,
        census.initials,
        census.capitals,
    )
    known = dict(zip(distinct, described, strict=True))
    features = list(map(known.__getitem__, texts))
    for index, row in (cells or {}).items():
        features[index] = _row_features(features[index], row)
    return features


def _features(
    text: str,
    repeats: int,
    cjk_page: bool,
    cjk: int,
    letters: int,
    initials: int,
    capitals: int,
) -> Features:
    """A line's features, from its text and its counts (see :class:`.census.Census`)."""
    heavy = len(text) + 2 * cjk
    words = text.count(" ") + 1
    if cjk_page:
        words = max(words, heavy // 6)
    terminal = text.rstrip(CLOSERS)[-1:] in TERMINALS
    if heavy >= LONG:
        if NOTICE.search(text[:NOTICE_REACH]):
            kind = _BAD
        else:
            kind = _SHORT if _listed(text, words) else _GOOD
    else:
        kind = _kind(text, heavy, words, terminal, repeats, letters, (initials, capitals, cjk))
    return _make_features((heavy, words, terminal, repeats, kind, letters, False))


def _row_features(line: Features, cells: tuple[str, ...]) -> Features:
    """A table row's features: figures are fine, a row of links is a menu."""
    menu = sum(map(CHROME.search, cells)) * 2 > len(cells)
    return line._replace(kind=_BAD if menu else _NEAR, table=True)


def passed_word_lists(line: Features) -> bool:
    """Whether describing the line searched it for chrome words and found none.

    A line lighter than :data:`LONG` that is not a table row is only kept from being chrome
    by that test, so callers that ask the same need not search again: such a line holds no
    :data:`STRONG` phrase, nor any :data:`CHROME` word if it has at most
    :data:`CHROME_MAX_WORDS` words (:data:`CHROME` holds all of :data:`STRONG`).
    """
    return line.weight < LONG and not line.table and line.kind not in CHROME_KINDS


def _listed(text: str, words: int) -> bool:
    """Whether a long line is a list: of names or tags between commas, of links between bullets.

    Prose has long stretches between its commas and no bullets inside a line; a footer
    prints its links on one line between "▪" or "|".
    """
    items = text.count(",") + 1
    if items >= LIST_ITEMS and words <= LIST_ITEM_WORDS * items:
        return True
    links = sum(map(text.count, _ITEM_SEPARATORS)) + 1
    return links >= LINK_ITEMS and words <= LINK_ITEM_WORDS * links


def _kind(
    text: str,
    heavy: int,
    words: int,
    terminal: bool,
    repeats: int,
    letters: int,
    shape: tuple[int, int, int],
) -> Kind:
    """The kind of a line lighter than :data:`LONG` that is not a table row.

    ``letters`` is how many letters it has, ``shape`` what :func:`sentence_like` reads, asked
    last: most such lines are settled before (a call costs as much as a few tests).
    """
    if words <= HEADER_MAX_WORDS:
        stripped = text.strip(_HEADER_NOISE).lower()
        header = _HEADERS.get(stripped)
        if header is not None:
            return header
        if stripped.rpartition(" ")[2] in COMMENTS and _DIGIT.search(stripped):
            return Kind.END  # "There are 13 comments": a count of comments heads them
    if (
        (repeats > 1 and heavy < SENTENCE)
        # Most lines hold no link mark and are mostly letters: they skip both calls.
        or (("@" in text or "#" in text or "/" in text or "www." in text) and _linked(text))
        or (2 * letters < len(text) - words + 1 and _widget(text))
        or (CHROME if words <= CHROME_MAX_WORDS else STRONG).search(text)
    ):
        return _BAD  # menus and headlines printed twice, widgets, links, chrome words
    # A short line is searched for chrome whole: "… Read more" made it chrome already.
    cut = words > CHROME_MAX_WORDS and not terminal and ("…" in text or "..." in text)
    if cut and _teaser(text):
        return _BAD
    # Markers and stamps start with a digit or a bullet: other lines skip those regexes.
    numbered = text[:1].isdecimal()
    if (numbered or text[:1] in MARKER_STARTS) and MARKER.match(text):
        return _NEAR  # a list item or a quotation: part of whatever surrounds it
    if (
        heavy < SHORT
        or words < NEAR_WORDS
        or (numbered and _STAMPED.match(text))
        or not (sentence_like(*shape) or _stopped_sentence(text, shape))
    ):
        return _SHORT  # a label, a menu item, a feed entry, a headline in title case
    return _GOOD if heavy >= SENTENCE and terminal else _NEAR


def _by_opening(headers: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """``headers`` by their first two characters as a line may open with them (lowercase,
    capitalised, in capitals), the longest first: most lines are turned away by one lookup."""
    found: dict[str, tuple[str, ...]] = {}
    for header in sorted(headers, key=len, reverse=True):
        for opening in {header[:2], header[:2].title(), header[:2].upper()}:
            found[opening] = (*found.get(opening, ()), header)
    return found


_RELATED_BY_OPENING = _by_opening(RELATED)


def links_elsewhere(text: str) -> bool:
    """Whether a line is a "Read also" header and its link set in one line ("Lire aussi
    Martine Bulard, « En Corée … », Le Monde diplomatique, mai 2018."): a name or a quoted
    title follows the header, where prose that opens with the same words goes on in
    lowercase ("Related research shows ...")."""
    headers = _RELATED_BY_OPENING.get(text[:2])
    if headers is None:
        return False
    opening = text[:HEADER_REACH].lower()
    for header in headers:
        if opening.startswith(header):
            rest = text[len(header) :]
            link = rest.lstrip(" :：")
            return rest[:1] in " :：" and link != "" and (link[0].isupper() or link[0] in _QUOTES)
    return False


def _bulleted(text: str) -> bool:
    """Whether a line opens with a bullet and a space: a list's item."""
    return text[0] in _BULLETS and text[1:2] == " "


def _teaser(text: str) -> bool:
    """Whether a line is an excerpt cut short and linked to the rest: a teaser for another
    page ("When you walk into a store, you're overloaded with sounds,… Read more")."""
    cut = max(text.rfind("…"), text.rfind("..."))
    link = text[cut:].lstrip(".… ")
    return bool(link) and link.count(" ") < TEASER_LINK_WORDS and CHROME.search(link)


def _linked(text: str) -> bool:
    """Links and handles more than prose around them.

    A short line with a link or a handle is a link, unless a bullet makes it a list's item
    ("+ Added @e target selector"); a sentence with two is a post copied from a social
    network; a sentence with one is prose that cites someone.
    """
    links = len(_WEB.findall(text))
    return links > 1 or (links > 0 and len(text) < SENTENCE and not _bulleted(text))


def _widget(text: str) -> bool:
    """Whether a line that is mostly not letters is a widget: tiny, or with a digit (words
    without numbers are letters, whatever the punctuation)."""
    return len(text) <= SYMBOLS_ONLY or _DIGIT.search(text) is not None


def is_notation(text: str, letters: int) -> bool:
    """Code, or a line of figures and symbols, with no letter or a few (``letters`` is how
    many it has): a tick label, a closing bracket, a row of a query's output ("12 │ t"),
    a size in a table ("71.1 MB").

    Code shows in how a line ends or starts (an argument list, a statement, a block) and
    in names joined by underscores or called with brackets; menus have none of these.
    Only the lines between paragraphs are asked, so it is not part of :class:`Features`.
    """
    if text[-1] in _CODE_ENDS or text[0] in _CODE_STARTS or "_" in text or "=" in text:
        return True
    paren = text.find("(")
    if paren > 0 and text[paren - 1].isalnum():  # a call: name(
        return True
    return not text[0].isalpha() and 2 * letters < len(text) - text.count(" ")


def _stopped_sentence(text: str, shape: tuple[int, int, int]) -> bool:
    """Whether a line with many capitals is still a sentence: one sentence that ends in a
    full stop after a lowercase word (not "N.Y.C." nor a cut "..."), with at most
    :data:`NOUN_CAPITALS` of its initials capitals (German nouns; see :func:`sentence_like`).
    A promo's blurb of short sentences ("Fragen und Antworten zur Umweltprämie. Wir
    vergleichen …") stays short."""
    initials, capitals, _ = shape
    end = text.rstrip(CLOSERS)
    return (
        end[-1:] == "."
        and ". " not in end
        and end[-3:-1].islower()
        and end[-3:-1].isalpha()
        and capitals <= NOUN_CAPITALS * initials
    )


def sentence_like(initials: int, capitals: int, cjk: int) -> bool:
    """Prose has mostly lowercase words; menus and headlines capitalise most of theirs.

    ``initials`` counts a line's word initials, ``capitals`` those of them in capitals and
    ``cjk`` its CJK characters (:class:`.census.Census`): CJK is written without spaces and
    without capitals, so a line of it with few initials may still be a sentence.
    """
    if initials < 4:
        return cjk > 0
    return capitals <= 0.5 * initials
