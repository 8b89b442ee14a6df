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
from collections.abc import Callable, Collection, Iterable, Mapping
from enum import Enum
from itertools import compress, repeat
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from newsconv.readers.text.census import (
    DIGIT,
    LINK_MARK,
    TAG,
    Census,
    Counts,
    classes_of,
    take_census,
)
from newsconv.readers.text.segment import DIGEST, MARKER, TERMINALS
from newsconv.readers.text.vocabulary import (
    CHROME_WORDS,
    COMMENT_HEADERS,
    NOTICE_PHRASES,
    PITCH_PHRASES,
    POINTER_LABELS,
    RELATED_HEADERS,
    SAVE_LABELS,
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
#: What may stand around a header besides its words: a count with its CJK counter word
#: ("热门评论 10条", "コメント 12件", "댓글 3개"), brackets ("【関連記事】"), an arrow.
_HEADER_NOISE = "0123456789 ()[]:：.…»›>→↓/|【】［］〔〕条件개"
#: A panel's close button after its header, as copies print it ("Partager cet article X").
_CLOSE_BUTTONS = (" x", " ×", " ✕")
#: How far into a long line a notice phrase is looked for.
NOTICE_REACH = 60

#: What may close a sentence after its final stop: brackets and quotation marks.
CLOSERS = "\"'”’»」』）)]"
#: A sentence closed by its credit in brackets: "... le 30 avril 2015. (Photo X. AFP)", a
#: photo's caption (a closing quote may stand between: "… “Hidden Figures.” (Jane
#: Roe/AP)"); a sentence in brackets ("… software. (And how to tell if it's been used.)")
#: is no credit. Like the title's caption tests, it opens with the stop and looks back for
#: the letters before it: the regex engine then skips to the few stops in C, where a
#: pattern opening with letters is tried at every letter of the line.
CREDITED_END = re.compile(r"[.!?](?<=[^\W\d_]{2}.)[”\"’]? ?\([^()]{2,60}(?<![.!?])\)$")
#: A paragraph closed by the newsroom's mark in brackets after its last stop: an agency's
#: or an editor's initials, or the kind of piece ("… in Radio Centro. (I)", "… sagte er.
#: (dpa)"): one word of at most six letters, maybe two parted by a slash ("(afp/red)").
SIGNED_END = re.compile(r"[.!?][”\"’]? \((?:[^\W\d_]{1,6}/)?[^\W\d_]{1,6}\)$")
_WEB = re.compile(r"https?://|www\.|@(?!\d)\w|#\w|\w@(?!\d)\w")
_DIGIT = re.compile(r"\d")
#: An HTML tag with attributes (``<a href="…">``), or one cut short at the line's end.
_TAG = re.compile(r"<[a-zA-Z][\w:-]*\s[^<>]*=[^<>]*(?:>|$)")
#: A token that is data, not a word (see :func:`_is_blob`); lines whose words are this
#: long on average are asked.
BLOB_CHARS = 100
#: Links glued end to end: a letter in lowercase right before a capital, so many times.
_GLUED = re.compile(r"[a-z][A-Z]")
GLUED_LINKS = 3
GLUED_CAPITALS = 0.75
BLOB_WORD = 20
_BLOB = re.compile(rf"[!-~]{{{BLOB_CHARS},}}")
_STAMPED = re.compile(r"\d{1,2}(?:[:h.]\d{2})?\s")
#: The first characters a list marker (:data:`.segment.MARKER`) can have besides a digit.
MARKER_STARTS = frozenset("-+*•·‣▪□☆–—>")
#: Those of them that only bullet a list's items (a dash also opens a quote's attribution:
#: "— Jane Doe (@jane) May 4, 2021").
_BULLETS = frozenset("+*•·‣▪□☆")
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
#: A save button's labels (:data:`SAVE_LABELS`) as printed: lowercase, capitalised, in
#: capitals or title case ("Guardar", "SAVE"), so that no line is casefolded to be looked up.
_SAVE_BUTTONS = frozenset(
    cased
    for label in SAVE_LABELS
    for cased in (label, label.capitalize(), label.upper(), label.title())
)
#: A chrome word only condemns a line with at most this many words.
CHROME_MAX_WORDS = 10
#: A digest (MD5 and up) weighs this much at least.
DIGEST_MIN = 32
#: A line that ends in a full stop after a lowercase word is a sentence with up to this share
#: of capitalised initials: German capitalises its nouns ("Die fairkom Gesellschaft ist ein
#: … Partnerschaftsnetzwerk von … IT Consultants bei Open Source Projekten."), where a
#: headline in title case capitalises nearly all of its words.
NOUN_CAPITALS = 0.6
#: A line of several such sentences is one when it is at least this long: a paragraph's
#: closing sentences ("Weitere Details gab X nicht bekannt. Die vierte Staffel …"), where a
#: promo's blurb is a couple of short ones.
SEVERAL_SENTENCES = 2 * SENTENCE
#: A long line of at least this many comma-separated items, each of at most
#: :data:`LIST_ITEM_WORDS` words on average, is a list (of names, of tags), not prose.
LIST_ITEMS = 10
LIST_ITEM_WORDS = 2
#: A long line of at least this many items between bullets or bars (:data:`.census.SEPARATOR`),
#: each of at most :data:`LINK_ITEM_WORDS` words on average, is a row of links.
LINK_ITEMS = 4
LINK_ITEM_WORDS = 5
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
_NEAR, _BAD = Kind.NEAR, Kind.BAD
#: The kinds by the codes :func:`_kinds` decides them as, for a page's lines at once.
_KINDS = np.array(list(Kind), dtype=object)
_GOOD_CODE, _NEAR_CODE, _SHORT_CODE, _BAD_CODE, _BREAK_CODE, _END_CODE = range(len(_KINDS))
#: The code of a line that is no header.
_NO_KIND = -1
#: "Read also" and comments headers, lowercased, to the code of the kind each makes.
_HEADER_CODES = dict.fromkeys(RELATED, _BREAK_CODE) | dict.fromkeys(COMMENTS, _END_CODE)
#: Arrays over a page's lines: whether a test holds for each, a kind's code for each.
Flags = npt.NDArray[np.bool_]
Codes = npt.NDArray[np.intp]


def _table(chars: Iterable[str]) -> Flags:
    """Which characters of the Basic Multilingual Plane are among ``chars`` (all of them
    are), by code point: a page's lines' first or last characters are looked up at once."""
    table = np.zeros(0x10000, np.bool_)
    table[list(map(ord, chars))] = True
    return table


#: Sentences' stops, what closes a sentence after its stop, what starts a list marker, and
#: what may stand around a header (:data:`_HEADER_NOISE`).
_STOPS, _CLOSES, _OPENS_MARKER, _NOISE = map(
    _table, (TERMINALS, CLOSERS, MARKER_STARTS, _HEADER_NOISE)
)
#: What a line closed by a close button (:data:`_CLOSE_BUTTONS`) ends with, in either case.
_CLOSING = _table({button[-1] for button in _CLOSE_BUTTONS} | {"X"})


class Features(NamedTuple):
    """What one line looks like (a tuple: pages have thousands of lines, read by the thousand).

    ``letters`` is how many letters the line has (:class:`.census.Census`); ``table`` marks a
    table row, whose kind its cells decide (see :func:`passed_word_lists`); ``digits``, a
    line holding a decimal digit (``\\d``), which the census found at no cost: the passes
    that ask it of a line (a date's, a widget's count) need not search the line again.
    """

    weight: int
    words: int
    terminal: bool
    repeats: int
    kind: Kind
    letters: int
    table: bool = False
    digits: bool = False


def describe(
    texts: list[str], cells: Mapping[int, tuple[str, ...]] | None = None
) -> list[Features]:
    """The features of each line, given how often each text occurs on the page.

    ``texts`` are the page's lines, without line breaks; ``cells`` holds the table rows'
    cells, by line index. Each distinct line is described once (menus and teasers repeat),
    and each test is asked of all of them at once (:func:`_kinds`): a page's lines cost
    some dozens of array operations, where a Python function for each line, and the tests
    it runs, cost more.
    """
    counts = Counter(texts)
    distinct = list(counts)
    lines = _measured(distinct, counts.values())
    # tuple.__new__ makes each Features without entering NamedTuple's __new__ in Python.
    described = map(
        tuple.__new__,
        repeat(Features),
        zip(
            lines.heavy.tolist(),
            lines.words.tolist(),
            lines.terminal.tolist(),
            counts.values(),
            _kinds(lines),
            lines.census.letters.tolist(),
            repeat(False),
            lines.digits.tolist(),
        ),
    )
    known = dict(zip(distinct, described, strict=True))
    features = list(map(known.__getitem__, texts))
    for index, row in (cells or {}).items():
        features[index] = _row_features(features[index], row)
    return features


class _Lines(NamedTuple):
    """A page's distinct lines and what their tests read, an array entry a line: weights
    (CJK counts thrice), words, whether a sentence's stop ends them, how often the page
    prints them, whether they open with a digit or hold one, and what their characters are
    (:class:`.census.Census`)."""

    texts: list[str]
    heavy: Counts
    words: Counts
    terminal: Flags
    repeats: Counts
    numbered: Flags
    digits: Flags
    census: Census


def _measured(texts: list[str], repeats: Collection[int]) -> _Lines:
    """The measures of distinct lines, each computed for all of them at once."""
    census = take_census(texts)
    heavy = census.lengths + 2 * census.cjk
    words = census.spaces + 1
    if census.cjk.any():
        words = np.maximum(words, heavy // 6)
    # Lines ending in a sentence's closer are few: rstrip finds their stop.
    closed = _CLOSES.take(census.last, mode="clip")  # U+FFFF closes nothing
    terminal = np.where(closed, _where(closed, _ends, texts), _STOPS.take(census.last, mode="clip"))
    numbered = (classes_of(census.first) & DIGIT) != 0
    counts = np.fromiter(repeats, np.intp, len(texts))
    digits = _holding_any(census, DIGIT)
    return _Lines(texts, heavy, words, terminal, counts, numbered, digits, census)


def _kinds(lines: _Lines) -> list[Kind]:
    """How each line reads.

    Lines from :data:`LONG` on are prose, unless they are notices or lists; lighter ones
    are headers, chrome, teasers, list items, labels (short) or prose, the first of these
    they are, else short sentences; markup (:func:`_is_markup`) is chrome at any length.
    Each test marks the lines it settles for all of them at once, over what the tests
    asked before it marked: they are asked last to first.
    """
    texts, heavy, words = lines.texts, lines.heavy, lines.words
    long = heavy >= LONG
    short = ~long
    codes = np.where((heavy >= SENTENCE) & lines.terminal, _GOOD_CODE, _NEAR_CODE)
    codes[_labels(lines, short)] = _SHORT_CODE
    codes[_items(lines, short)] = _NEAR_CODE  # part of whatever surrounds it
    # A line of few words is searched for chrome whole: "… Read more" makes it chrome below.
    codes[_teasers(texts, short & (words > CHROME_MAX_WORDS) & ~lines.terminal)] = _BAD_CODE
    headers = _headers(lines, short & (words <= HEADER_MAX_WORDS))
    unheaded = headers == _NO_KIND
    codes[_chrome(lines, short & unheaded)] = _BAD_CODE
    codes = np.where(unheaded, codes, headers)
    # a digest on its line is data the text lists ("Indicators of compromise"), not a widget
    codes[_where(short & (words == 1) & (lines.heavy >= DIGEST_MIN), DIGEST.fullmatch, texts)] = (
        _NEAR_CODE
    )
    codes[long] = _GOOD_CODE
    codes[long & _listed(lines)] = _SHORT_CODE
    codes[_where(long & ~lines.terminal, _glued_links, texts)] = _BAD_CODE
    # long words on average: maybe a blob (a data URI, an address and its query)
    spaced = lines.census.spaces + 1  # not the words a CJK line is counted by
    codes[_where(long & (lines.census.lengths > BLOB_WORD * spaced), _is_blob, texts)] = _BAD_CODE
    openings = [text[:NOTICE_REACH] for text in _among(texts, long)]
    codes[_scattered(long, NOTICE.search_each(openings))] = _BAD_CODE
    codes[_where(_holding_any(lines.census, TAG), _is_markup, texts)] = _BAD_CODE
    return _KINDS.take(codes).tolist()  # type: ignore[no-any-return]


def _labels(lines: _Lines, among: Flags) -> Flags:
    """Which of the lines ``among`` marks are labels, menu items, feed entries or headlines
    in title case: too light or of too few words for a sentence, a time stamp's line
    (:data:`_STAMPED`), or capitalised as no sentence is (:func:`sentence_like`,
    :func:`_stopped_sentence`)."""
    texts, census = lines.texts, lines.census
    sized = among & (lines.heavy >= SHORT) & (lines.words >= NEAR_WORDS)
    # Stamps start with a digit: other lines skip that regex.
    sized &= ~_where(sized & lines.numbered, _STAMPED.match, texts)
    sentence = sentence_like(census.initials, census.capitals, census.cjk)
    nouns = census.capitals <= NOUN_CAPITALS * census.initials  # few enough to be nouns
    stopped = _where(sized & ~sentence & nouns, _stopped_sentence, texts)
    return ~(sized & (sentence | stopped))


def _items(lines: _Lines, among: Flags) -> Flags:
    """Which of the lines ``among`` marks are a list's items or quotations (:data:`MARKER`):
    markers start with a digit or a bullet, and other lines skip that regex."""
    opens = lines.numbered | _OPENS_MARKER.take(lines.census.first, mode="clip")
    return _where(among & opens, MARKER.match, lines.texts)


def _teasers(texts: list[str], among: Flags) -> Flags:
    """Which of the lines ``among`` marks are teasers (:func:`_teaser`); most pages cut no
    line short, and one search of them all finds that out."""
    joined = "\n".join(_among(texts, among))
    if "…" in joined or "..." in joined:
        return _where(among, _teaser, texts)
    return np.zeros(len(texts), np.bool_)


def _where(among: Flags, test: Callable[[str], object], texts: list[str]) -> Flags:
    """Whether ``test`` holds for each line ``among`` marks (False for the other lines):
    what a test costs is only paid for the few lines it may settle."""
    found = np.zeros(len(texts), np.bool_)
    for index in among.nonzero()[0].tolist():
        if test(texts[index]):
            found[index] = True
    return found


def _ends(text: str) -> bool:
    """Whether a line ends in a sentence's stop, what closes a sentence after it aside, or
    in a stop and the newsroom's mark in brackets after it (:data:`SIGNED_END`)."""
    return text.rstrip(CLOSERS)[-1:] in TERMINALS or (
        text[-1] == ")" and SIGNED_END.search(text) is not None
    )


def _holding(words: WordList, texts: list[str], among: Flags) -> Flags:
    """Which of the lines ``among`` marks hold any of ``words``."""
    return _scattered(among, words.search_each(_among(texts, among)))


def _among(texts: list[str], among: Flags) -> list[str]:
    """The lines ``among`` marks."""
    return list(compress(texts, among.tolist()))


def _scattered(among: Flags, found: list[bool]) -> Flags:
    """Which lines a test holds for: ``found`` for the lines ``among`` marks, in order,
    and False for the others."""
    flags = np.zeros(len(among), np.bool_)
    flags[among] = found
    return flags


def _headers(lines: _Lines, among: Flags) -> Codes:
    """The kinds (codes) of the "Read also" and comments headers among the lines ``among``
    marks, whatever their case, count or arrow; :data:`_NO_KIND` for the other lines.

    Only the lines with a digit may head a count of comments. The lines are lowercased
    one by one: most are ASCII, which ``str.lower`` does fast. Only those that open or end
    with noise (their first and last characters, looked up at once) are stripped of it:
    ``str.strip`` reads all of :data:`_HEADER_NOISE` at each call. Lowercasing makes no
    noise and takes none away (it changes letters, and the noise is no cased letter).
    """
    texts, census = lines.texts, lines.census
    codes = np.full(len(texts), _NO_KIND)
    (at,) = among.nonzero()
    bare = list(map(str.lower, map(texts.__getitem__, at.tolist())))
    first, last = census.first[at], census.last[at]
    noisy = _NOISE.take(first, mode="clip") | _NOISE.take(last, mode="clip")  # U+FFFF is none
    for position in noisy.nonzero()[0].tolist():
        bare[position] = bare[position].strip(_HEADER_NOISE)
    for position in _CLOSING.take(last, mode="clip").nonzero()[0].tolist():
        if bare[position].endswith(_CLOSE_BUTTONS):  # a panel's header and its close button
            bare[position] = bare[position][:-2].rstrip(_HEADER_NOISE)
    if not _HEADER_CODES.keys().isdisjoint(bare):  # most pages print no header alone
        codes[at] = list(map(_HEADER_CODES.get, bare, repeat(_NO_KIND)))
    for index, text in compress(zip(at.tolist(), bare, strict=True), lines.digits[at].tolist()):
        if text.rpartition(" ")[2] in COMMENTS and _DIGIT.search(text) and codes[index] == _NO_KIND:
            codes[index] = _END_CODE  # "There are 13 comments": a count of comments heads them
    return codes


def _chrome(lines: _Lines, among: Flags) -> Flags:
    """Which of the lines ``among`` marks are chrome: menus and headlines printed twice,
    widgets, links, chrome words (:data:`CHROME` in a line of few words, :data:`STRONG` in
    any); the word lists are searched in the lines nothing else condemned."""
    texts, words, census = lines.texts, lines.words, lines.census
    found = (lines.repeats > 1) & (lines.heavy < SENTENCE)
    # A widget is mostly not letters, and tiny or with a digit: words without numbers are
    # letters, whatever the punctuation.
    symbols = 2 * census.letters < census.lengths - words + 1
    found |= symbols & ((census.lengths <= SYMBOLS_ONLY) | lines.digits)
    found |= _where(among & _with_link_marks(texts, census, among), _linked, texts)
    searched = among & ~found
    few = words <= CHROME_MAX_WORDS
    shown = _among(texts, searched & few)
    held = CHROME.search_each(shown)
    if not _SAVE_BUTTONS.isdisjoint(shown):  # one lookup in C on most pages
        held = [chrome or text in _SAVE_BUTTONS for chrome, text in zip(held, shown, strict=True)]
    found |= _scattered(searched & few, held) | _holding(STRONG, texts, searched & ~few)
    return among & found


def _with_link_marks(texts: list[str], census: Census, among: Flags) -> Flags:
    """Which lines hold what starts a link or a handle (:data:`_WEB`): the few that
    :func:`_linked` is asked of. Of ``among``, only those that hold a :data:`.census.LINK_MARK`
    unless the lines hold "www." between them (few pages do: one search finds that out)."""
    marked = _holding_any(census, LINK_MARK)
    if "www." in "\n".join(_among(texts, among)):
        marked |= _where(among, _names_a_site, texts)
    return marked


def _names_a_site(text: str) -> bool:
    """Whether a line holds an address without a scheme ("www.example.org")."""
    return "www." in text


def _holding_any(census: Census, classes: int) -> Flags:
    """Which lines hold a character of any of ``classes`` (:mod:`.census`'s bits)."""
    held: Flags = (census.classes & classes) != 0
    return held


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


def _listed(lines: _Lines) -> Flags:
    """Which lines, if long, are lists: of names or tags between commas, of links between
    bullets.

    Prose has long stretches between its commas and no bullets inside a line; a footer
    prints its links on one line between "▪" or "|".
    """
    items = lines.census.commas + 1
    links = lines.census.separators + 1
    return ((items >= LIST_ITEMS) & (lines.words <= LIST_ITEM_WORDS * items)) | (
        (links >= LINK_ITEMS) & (lines.words <= LINK_ITEM_WORDS * links)
    )


def _glued_links(text: str) -> bool:
    """Whether a long line that ends no sentence is links glued end to end: a text-mode
    browser prints a box of headlines' links with nothing between them ("… Gift CardsFirst
    Holiday Season Without Grandma IncredibleMen Whose …"), a word in lowercase running
    into a capital :data:`GLUED_LINKS` times at least, in words most of which are
    capitalised (:data:`GLUED_CAPITALS`), as headlines are. Prose naming "SpiderMonkey" and
    "JavaScript" is in lowercase for the most part."""
    if len(_GLUED.findall(text)) < GLUED_LINKS:
        return False
    words = text.split()
    return sum(word[:1].isupper() for word in words) >= GLUED_CAPITALS * len(words)


def _by_opening(headers: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """``headers`` by their first two characters as a line may open with them (lowercase,
    capitalised, in capitals), the longest first: most lines are turned away by one lookup."""
    found: dict[str, tuple[str, ...]] = {}
    for header in sorted(headers, key=len, reverse=True):
        for opening in {header[:2], header[:2].title(), header[:2].upper()}:
            found[opening] = (*found.get(opening, ()), header)
    return found


_RELATED_BY_OPENING = _by_opening(RELATED.union(POINTER_LABELS))
#: A "Read also" header and its link in one line are a headline's length at most; a
#: paragraph of the article may open with a pointer the page set inline before it.
POINTER_LINE_MAX_CHARS = 250
#: Labels of a pointer to another story that are one only in capitals before a colon
#: ("MORE: Is Nikki Haley a China hawk?"); "More Americans …" opens prose.
_CAPITAL_POINTERS = ("MORE:", "READ MORE:", "SEE MORE:")


def links_elsewhere(text: str) -> bool:
    """Whether a line is a "Read also" header, or a "Read more" label, and its link set in
    one line ("Lire aussi Martine Bulard, « En Corée … », Le Monde diplomatique, mai
    2018.", "Read more US President Biden makes history on the picket line"): a name or a quoted
    title follows the header, where prose that opens with the same words goes on in
    lowercase ("Related research shows ...", :func:`_headline_start`); or a label in
    capitals and a colon before a headline ("MORE: Haley spars with Republican rivals …",
    :data:`_CAPITAL_POINTERS`). In brackets, it is one too ("(MORE: 'Laughter Shocks': 13
    Best Tweets …)")."""
    if text[:1] == "(" and text[-1:] == ")":
        text = text[1:-1].strip()
    if text.startswith(_CAPITAL_POINTERS) and len(text) <= POINTER_LINE_MAX_CHARS:
        link = text.partition(":")[2].lstrip()
        return link != "" and _headline_start(link[0])
    headers = _RELATED_BY_OPENING.get(text[:2])
    if headers is None or len(text) > POINTER_LINE_MAX_CHARS:
        return False  # longer: prose a pointer was set in front of ("À LIRE AUSSI …" inline)
    opening = text[:HEADER_REACH].lower()
    for header in headers:
        if opening.startswith(header):
            rest = text[len(header) :]
            link = rest.lstrip(" :：")
            return rest[:1] in " :：" and link != "" and _headline_start(link[0])
    return False


def _headline_start(char: str) -> bool:
    """Whether a linked headline may open with ``char``: a capital, a letter of a script
    without case ("此前报道：港媒曝…"), or a quotation mark; prose goes on in lowercase."""
    return (char.isalpha() and not char.islower()) or char in _QUOTES


def _bulleted(text: str) -> bool:
    """Whether a line opens with a bullet and a space: a list's item."""
    return text[0] in _BULLETS and text[1:2] == " "


def _teaser(text: str) -> bool:
    """Whether a line is an excerpt cut short and linked to the rest: a teaser for another
    page ("When you walk into a store, you're overloaded with sounds,… Read more")."""
    cut = max(text.rfind("…"), text.rfind("..."))
    if cut < 0:
        return False  # not cut short
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


def _is_blob(text: str) -> bool:
    """Whether tokens of :data:`BLOB_CHARS` printable ASCII characters or more, without a
    space (a picture's data URI, an address with its query string, an encoded tracker),
    make up half of a line or more: data a converter or a text-mode browser printed, which
    only weighs like prose. No word of any language is so long, and a script written
    without spaces is not ASCII."""
    return 2 * sum(map(len, _BLOB.findall(text))) >= len(text)


def _is_markup(text: str) -> bool:
    """Whether HTML tags with attributes (:data:`_TAG`) make up half of a line or more:
    the markup a page holds for browsers without scripts (``<noscript><img src="…">``),
    which a text-mode browser prints as text. A sentence or a heading that names a tag
    ("the <video> element", "<ul> List of <img>") is mostly words."""
    return 2 * sum(map(len, _TAG.findall(text))) >= len(text)


def _stopped_sentence(text: str) -> bool:
    """Whether a line with many capitals, if at most :data:`NOUN_CAPITALS` of its initials
    (German nouns; see :func:`sentence_like`), is still a sentence: it ends in a full stop
    after a lowercase word (not "N.Y.C." nor a cut "...") and is one sentence, or several
    as long as :data:`SEVERAL_SENTENCES`. A promo's blurb of short sentences ("Fragen und
    Antworten zur Umweltprämie. Wir vergleichen …") stays short."""
    end = text.rstrip(CLOSERS)
    return (
        end[-1:] == "."
        and end[-3:-1].islower()
        and end[-3:-1].isalpha()
        and (len(end) >= SEVERAL_SENTENCES or ". " not in end)
    )


def sentence_like(initials: Counts, capitals: Counts, cjk: Counts) -> Flags:
    """Prose has mostly lowercase words; menus and headlines capitalise most of theirs.

    ``initials`` counts lines' word initials, ``capitals`` those of them in capitals and
    ``cjk`` their CJK characters (:class:`.census.Census`): CJK is written without spaces
    and without capitals, so a line of it with few initials may still be a sentence.
    """
    return np.where(initials < 4, cjk > 0, capitals <= 0.5 * initials)
