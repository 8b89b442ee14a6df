"""Metadata from the lines around the body: date, byline, photo credit, site name.

Each finder looks where pages put the thing (the date beside the title, the byline and
credit between title and body, the site name in the chrome) and returns the index of the
line it used, so the reader can keep that line out of the body. The title has a module of
its own, :mod:`.title`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from html import unescape
from typing import NamedTuple

from newsconv.dates import counted_in_words, find_dates
from newsconv.dates.patterns import date_words, initials, time_of_day
from newsconv.dates.vocabulary import PUBLISHED_LABELS
from newsconv.model import Person
from newsconv.readers.agencies import is_agency
from newsconv.readers.sections import section_label
from newsconv.readers.signatures import CLOSING_LINES, SIGNATURE_CHARS, signing_name
from newsconv.readers.text.features import CHROME, COMMENTS, MARKER_STARTS, Features, Kind
from newsconv.readers.text.segment import MARKER
from newsconv.readers.text.vocabulary import (
    AFTER_NAME_WORDS,
    BYLINE_WORDS,
    CREDIT_LABELS,
    DAY_PREPOSITIONS,
    RELATIVE_PRONOUNS,
    RIGHTS_RESERVED,
    ROLE_WORDS,
    UPDATED_LABELS,
)
from newsconv.scripts import HAN, HANGUL

#: How many lines above the body the title, date, byline and credit are looked for.
LOOKBACK = 40
#: Lines longer than this are not a dateline, a byline or a credit.
SHORT_LINE = 160
#: How many lines under a date among other words a dateline may stand and take its place.
DATELINE_REACH = 3
#: A dateline more than this many lines over another is the masthead's (see :func:`find_date`).
MASTHEAD_REACH = 10
#: How many lines under a post its signature with the date may stand (tags and a pager
#: between).
SIGNED_REACH = 8
#: How many lines under a post a date alone on its line may stand and date it (the
#: agency's or the author's signature between).
DATE_UNDER_REACH = 2
#: How far under the article its box of facts may stand (:func:`find_facts`): past a
#: video's teaser, a newsletter's pitch and a few related stories' headlines and blurbs.
FACTS_REACH = 40
#: How many lines under its headline the story's byline stands at most (a deck between).
HEADLINE_BYLINE = 3
#: How many lines a share bar ("Facebook" / "Twitter" / "Email") may take between the
#: headline and the dateline that the author's name stands under.
SHARE_BAR = 4
#: An author's name on a line of its own has this many words, at least and at most.
SIGNATURE_WORDS = (2, 4)
#: A name's word in a script without capitals: a family or a given name, or a whole
#: Chinese or Korean name, is at most four Han or Hangul characters (kana spell labels,
#: "ニュース", far more often than names).
_CASELESS_NAME = re.compile(f"[{HAN}{HANGUL}]{{1,4}}")
#: A name's words: letters, and the hyphens, apostrophes and dots inside names.
_NAME_WORDS = re.compile(r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)*")
#: How many paragraphs may stand under a labelled date that closes the article (a
#: newsroom's note, a disclaimer).
FOOT_NOTE_PARAGRAPHS = 1
#: Labels of a line dating the article: its publication's first.
_DATE_LABELS = PUBLISHED_LABELS + UPDATED_LABELS
_LABEL_SET = frozenset(_DATE_LABELS)

_DIGIT = re.compile(r"\d")
#: A date in numbers, day and month in either order: "12.09.16", "11/15/2016".
_NUMERIC_DATE = re.compile(r"(?<![\d.:/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])")
#: A year's months: a part of a date in numbers above it is the day.
_YEAR_MONTHS = 12
#: Bullets parting a section's label from one author's name (a bar parts menus' items).
_BULLETS = ("·", "•")
#: A person's name of two or three capitalised words, letters only.
_PERSON = re.compile(r"[^\W\d_](?:[^\W\d]|[-'’])*(?: [^\W\d_](?:[^\W\d]|[-'’])*){1,2}")
#: The photo credits' labels as a regex alternation, longest first ("Photo by" before "Photo").
CREDIT_LABEL = "|".join(re.escape(label) for label in sorted(CREDIT_LABELS, key=len, reverse=True))
#: A photo credit: "Фото: © REUTERS/POOL", "(Bild: Hersteller)". Most lines near the body are
#: matched against it and :data:`BYLINE`, several times each: :func:`.initials` turns most
#: away at their first character.
CREDIT = re.compile(
    rf"^\(?{initials(CREDIT_LABELS)}(?:{CREDIT_LABEL})\s*[:：]\s*(?P<credit>.+?)\)?$", re.IGNORECASE
)
_LABEL = re.compile(rf"\s(?:{CREDIT_LABEL})\s*[:：]", re.IGNORECASE)
_BYWORDS = "|".join(re.escape(word) for word in sorted(BYLINE_WORDS, key=len, reverse=True))
#: The one-word Latin by-words, as a copy glues them to the name: "By" or in lowercase.
_GLUED_BYWORDS = "|".join(
    ["By", *(word for word in BYLINE_WORDS if word.isascii() and word.isalpha())]
)
#: A byline: "By Jane Doe", "Автор: Иван Петров", or "ByJane Doe", "vonFred Hüning" from a
#: copy that lost the space between the by-word and the name's spans (no name opens with
#: "By" or a lowercase word and a capital). Han characters: a Chinese name follows its
#: by-word unspaced ("作者魏星", "记者陈智").
BYLINE = re.compile(
    rf"^{initials(BYLINE_WORDS)}(?:(?:{_BYWORDS})\s*[:：]?\s+|(?-i:(?:{_GLUED_BYWORDS})(?=[A-Z][a-z]))"
    rf"|(?:作者|记者|記者)[:：]?(?=[{HAN}]))"
    r"(?P<names>\S.*)$",
    re.IGNORECASE,
)
#: A byline word before a name inside a line: "on March 10, 2015 by Nikhil Marathe".
_SIGNS = re.compile(rf"(?<!\w)(?:{_BYWORDS})\s+[^\W\d_]", re.IGNORECASE)
#: A post's signature: a byline word opening the line or after a word ("Posted by Jane
#: Doe at 5:11 AM", "Gespeichert von rasos am …"); an embed's credit names its poster
#: further on ("A post shared by jane (@jane) on Jun 15, 2019").
_SIGNATURE = re.compile(rf"(?:[^\W\d_]+\s+)?(?:{_BYWORDS})\s+[^\W\d_]", re.IGNORECASE)
_AFTER_NAME = "|".join(re.escape(word) for word in AFTER_NAME_WORDS)
_ON_DAY = "|".join(re.escape(word) for word in DAY_PREPOSITIONS)
#: Where an author's name ends: a separator, a digit, a word that goes on to the date, or
#: "in" or "on" in lowercase before the section or the date ("by Nathan Tempey in News on
#: Mar 9, 2017"; a name's words are capitalised), or another language's "on" in lowercase
#: right before the day ("von Anja Roe am 14. Mai 2014", "par Jean Roe le 3 mars"), or
#: closing what is left of the names once the date is cut off.
_NAME_END = re.compile(
    rf"\s*(?:[|•·—–/(@]|\s-\s|\d|\b(?:{_AFTER_NAME})\b|\s(?-i:in|on)\s"
    rf"|\s(?-i:{_ON_DAY})(?:\s+(?=\d)|\s*$)).*$",
    re.I,
)
#: How the line naming the author between a headline and its dateline reads: chrome when
#: the page prints it again, signing teasers too.
_SIGNATURE_KINDS: tuple[Kind, ...] = (Kind.SHORT, Kind.BAD)
#: ... and, with a list's bullet (lynx's and w3m's byline blocks), as a list's item reads.
_ITEM_KINDS = (*_SIGNATURE_KINDS, Kind.NEAR)
#: What parts a dateline's date from the names beside it ("Dan Goodin – Feb 26, 2026",
#: "14 April 2026•Salim Bitam•Samir Bousseaden").
_DATELINE_PARTS = re.compile(r"\s*[•·|]\s*|\s+[–—-]\s+|(?:^|\s)/\s")
#: A picture a text-mode browser prints as its name in brackets ("[logo]", "[logo.png]").
_PICTURE = re.compile(r"\[[^\[\]]*\]")
#: What a date's reading may leave of its line: a time, "am"/"pm", a count.
_DATE_REMAINS = re.compile(r"[\d:.,\s]*(?:[ap]\.?m\.?)?[\d\s]*", re.IGNORECASE)
#: The last words of a desk's or a team's name signing a story.
_DESKS = frozenset(
    ("desk", "staff", "team", "newsroom", "redaktion", "rédaction", "redacción", "redação")
)
#: The particles of family names, in lowercase between a given name and the family name
#: ("Carolina von Canal", "Ludwig van Beethoven"), or glued to it ("Lena deCasparis").
_PARTICLES = frozenset(
    (
        "von",
        "van",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "das",
        "dos",
        "du",
        "la",
        "le",
        "ter",
        "ten",
        "zu",
    )
)
#: The relative pronouns (:data:`RELATIVE_PRONOUNS`) as a name's capitalised word prints
#: them ("Qui", "QUI"): a lowercase one is no name's word already.
_PRONOUNS = frozenset(
    cased for pronoun in RELATIVE_PRONOUNS for cased in (pronoun.capitalize(), pronoun.upper())
)
#: What parts an e-mail address's first part into the names it spells ("jane.doe").
_LOCAL_PART = re.compile(r"[._-]")
_GLUED_PARTICLE = re.compile(r"(?:de|di|da|du|le|la|van|von)[A-Z][^\W\d_]+")
#: A blog's name over the date signs no post ("Beauty Blog"); a desk's may (the
#: Telegraph's "Our Foreign Staff").
_BLOGS = frozenset(("blog", "blogs"))
#: The by-words, lowercased, that may stand alone on the line over the names.
_BY_WORDS = frozenset(BYLINE_WORDS)
#: The longest of them: a line longer without its colons is no by-word alone (casefolding
#: makes no text shorter, and makes no colon or space).
_BY_WORD_CHARS = max(map(len, _BY_WORDS))
#: The job titles that may follow an author's name in a byline.
_ROLES = frozenset(ROLE_WORDS)
#: A social network's handle alone on its line, under its author's name: "@RupertNeate".
_HANDLE = re.compile(r"@\w{1,30}")
#: What parts a job title's words: spaces, hyphens ("EDITORA-ADJUNTA"), quotes.
_ROLE_SPLIT = re.compile(r"[\s\-\"'“”«»]+")
#: Lets dates without a year ("March 18") count where only their position matters.
_SOME_DAY = datetime(2000, 6, 1)
#: An academic or professional suffix after a name ("Brenda Goodman, MA"), not a person.
_DEGREE = re.compile(r"(?:[A-Z][A-Za-z]?\.?){1,3}|Jr\.?|Sr\.?")
#: A Chinese byline naming the paper's reporters: the paper's name glued to the word for
#: reporter, then their names, each of two to four characters ("澎湃新闻记者 段彦超 廖艳",
#: "扬子晚报记者 张楠"), maybe under a label ("采写：南都见习记者 林子沛"; "见习" is
#: "trainee").
_REPORTERS = re.compile(
    rf"(?:[{HAN}]{{1,4}}[:：]\s*)?[{HAN}]{{0,12}}?记者\s*[:：]?\s*"
    rf"(?P<names>[{HAN}]{{2,4}}(?:[\s、，,]+[{HAN}]{{2,4}}){{0,4}})"
)
_REPORTER_SPLIT = re.compile(r"[\s、，,]+")
_NAME_SPLIT = re.compile(r",\s*|\s+(?:and|und|et|y|e|и|і|a|i|en|ve|og|och)\s+|\s*&\s*")
_DOMAIN = re.compile(r"(?<![\w.@/-])([A-Za-z][\w-]{2,}(?:\.[\w-]+)*\.[a-z]{2,6})(?![\w.-]*\w)")
#: What every domain has (its last dot and a letter): a scan that skips most lines cheaply.
_DOT_LETTER = re.compile(r"\.[a-z]")
_COMMON_DOMAINS = frozenset(
    ("twitter.com", "facebook.com", "youtube.com", "instagram.com", "google.com", "t.me")
)
#: A copyright notice: a sign, or the word with a sign or a year ("Copyright 2023 Scripps
#: Media", "Copyright MyCorp © 2016"); the word alone is a link's ("Copyright Infringement
#: Notification") or a template's placeholder ("Copyright text").
_COPYRIGHT = re.compile(
    r"(?:(?:©|\(c\))(?:\s*(?:©|copyright))?|copyright(?=.*(?:©|\(c\)|\d{4})))\s*"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?,?)?\s*"
    r"(?P<name>[^\W\d_](?:[^|.,]|\.(?=\w))*?)(?:\s+\d{4}(?:\s*[-–]\s*\d{4})?)?\s*"
    r"(?:$|[|,·]|\.(?!\w)|\s[-–—]\s)",
    re.IGNORECASE,
)


class Dated(NamedTuple):
    """A date read from one line: the line's index, the date-time, and the text it was read
    from."""

    line: int
    value: datetime
    printed: str


@dataclass(frozen=True, slots=True)
class Found:
    """A value read from one line of the page."""

    index: int
    value: str


def find_signed_date(
    texts: Sequence[str], under: int, lang: str | None, captured: datetime | None = None
) -> Dated | None:
    """The date on a line that signs the post under its last line ``under - 1``
    (:data:`_SIGNATURE`): "Gespeichert von rasos am 24. Juli 2017 - 18:55". Blogs print
    author and date there, past the post's tags and a pager (:data:`SIGNED_REACH` lines),
    the date on the signature's line or alone on the line under it ("Written by Jane
    Roe" over "April 26th, 2017 at 9:30 am"). A date alone on its line dates the post too
    when it stands right under it (at most :data:`DATE_UNDER_REACH` lines down: "8
    SIDOR/TT" then "17 mars 2026"). Asked only of a page without a date above its body."""
    foot = range(under, min(len(texts), under + SIGNED_REACH))
    for index in foot:
        text = texts[index]
        if len(text) <= SHORT_LINE and _SIGNATURE.match(text):
            if _DIGIT.search(text):
                dated = find_date(texts, range(index, index + 1), lang, captured)
            else:  # "Written by Alison McCook", then "April 26th, 2017 at 9:30 am"
                dated = date_alone(texts, index + 1, lang, captured)
            if dated:
                return dated
        elif index - under < DATE_UNDER_REACH and (
            dated := date_alone(texts, index, lang, captured)
        ):
            return dated  # a date alone right under the post ("17 mars 2026")
    return None


#: The bracketed name w3m prints for a picture without a description, before a line's text:
#: a byline's photo of its author ("[d442840] Alexia Tsotsis"; see :mod:`.dumps`).
_PICTURED = re.compile(r"^\[[^\[\]\s]+\] (?=\S)")


def unbulleted(text: str) -> str:
    """``text`` without the list's bullet or number it opens with, if any."""
    marker = MARKER.match(text)
    return text[marker.end() :] if marker else text


def date_alone(
    texts: Sequence[str], index: int, lang: str | None, captured: datetime | None
) -> Dated | None:
    """The date filling most of the short line at ``index``, if one does; a list's bullet
    before it aside ("• Datum: 13.4.2011, 22:55", w3m's box of facts)."""
    text = unbulleted(texts[index]) if index < len(texts) else ""
    if len(text) > SHORT_LINE or not _DIGIT.search(text):
        return None
    dated = find_date(texts, range(index, index + 1), lang, captured)
    return dated if dated and 3 * len(dated.printed) >= 2 * len(text) else None


def find_facts(
    texts: Sequence[str], under: int, lang: str | None, captured: datetime | None = None
) -> tuple[Dated, tuple[Person, ...]] | None:
    """The date and the authors of the article's box of facts under it, past a list of
    links to other stories (at most :data:`FACTS_REACH` lines under its last line
    ``under - 1``): a date alone on its short line, a label or a bullet aside ("Date
    10.06.2013"), right over or under a byline ("Author Jane Roe"). A date alone dates a
    teaser as well; beside the byline it is the article's own. Asked only of a page without
    a date above its body, nor one signing it. The byline is looked for first, by its
    opening word: most pages have none there, and a date costs more to read."""
    stop = min(len(texts), under + FACTS_REACH)
    for index in range(under, stop):
        if _by_word(texts[index]) and (signed := find_byline(texts, range(index, index + 1))):
            for beside in (index - 1, index + 1):
                if under <= beside < stop and (dated := date_alone(texts, beside, lang, captured)):
                    return dated, signed[1]
    return None


def _by_word(text: str) -> bool:
    """Whether ``text`` opens with a by-word ("Author Jane Roe", "• Von Jane Roe")."""
    first = unbulleted(text).split(" ", 1)[0]
    return len(first) <= _BY_WORD_CHARS + 1 and first.casefold().rstrip(":：") in _BY_WORDS


class Foot(NamedTuple):
    """Where the article's foot begins (a line index), its publication date, and the
    author named alone over the dates, if one is."""

    start: int
    dated: Dated
    authors: tuple[Person, ...]


def find_dated_foot(
    texts: Sequence[str],
    features: Sequence[Features],
    body: Sequence[int],
    lang: str | None,
    captured: datetime | None = None,
) -> Foot | None:
    """The foot closing an article that prints its dates under the text, labelled
    ("Publicerad11 mars 2026 kl 06:56", "Uppdaterad…" above it; how innerText copies a
    label and a ``<time>``): a short line of the ``body`` opening with a label of
    :data:`PUBLISHED_LABELS` or :data:`UPDATED_LABELS` and holding a date, with a
    paragraph above it and at most :data:`FOOT_NOTE_PARAGRAPHS` under it. The published
    date is taken over the updated one beside it. The foot begins at the short lines right
    over the dates (tags, the author's name), and the author is the name alone on the line
    over them. Asked only of a page without a date above its body: what follows such a
    foot (a "report an error" link, a note on how the newsroom works) is no article."""
    kinds = [features[index].kind for index in body]
    for n, index in enumerate(body):
        text = texts[index]
        if (
            kinds[n] is Kind.GOOD
            or len(text) > SHORT_LINE
            or not _DIGIT.search(text)
            or not text.casefold().startswith(_DATE_LABELS)
            or Kind.GOOD not in kinds[:n]
            or kinds[n + 1 :].count(Kind.GOOD) > FOOT_NOTE_PARAGRAPHS
        ):
            continue
        labelled = [
            m
            for m in range(n, min(len(body), n + 3))
            if texts[body[m]].casefold().startswith(_DATE_LABELS) and kinds[m] is not Kind.GOOD
        ]
        published = [m for m in labelled if texts[body[m]].casefold().startswith(PUBLISHED_LABELS)]
        dated = None
        for m in published + labelled:
            dated = find_date(texts, range(body[m], body[m] + 1), lang, captured)
            if dated:
                break
        if dated is None:
            return None
        start = n
        while start > 0 and n - start < SIGNED_REACH and kinds[start - 1] is Kind.SHORT:
            start -= 1
        authors: tuple[Person, ...] = ()
        if start < n:
            name = texts[body[n - 1]]
            words = name.count(" ") + 1
            if (
                SIGNATURE_WORDS[0] <= words <= SIGNATURE_WORDS[1]
                and not _DIGIT.search(name)
                and not features[body[n - 1]].terminal
                and looks_like_name(name)
            ):
                authors = (Person(name),)
        return Foot(body[start], dated, authors)
    return None


#: A day alone on its line ("29", "29."), the rest of its date on the line under it (at most
#: so many characters: "Mai 2013", "September 2013"); and how many words after a date-time
#: make the line a teaser it stamps.
_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])\.?")
_DAY_CHARS = 3
_LEAF_CHARS = 16
TEASER_WORDS = 3


def find_date(
    texts: Sequence[str],
    candidates: range,
    lang: str | None,
    captured: datetime | None = None,
    rows: Container[int] = (),
    features: Sequence[Features] | None = None,
) -> Dated | None:
    """The first date-time on a short line among ``candidates`` (one with a time preferred).

    ``captured`` (when the page was saved) anchors "yesterday, 18:30", "2 hours ago" and
    dates without a year; without it only complete dates are found. The lines in ``rows``
    are a table's: their dates are data ("Founded | February 28, 1998"), not the page's.
    ``features``, when given, tell which lines hold a digit (:attr:`.Features.digits`):
    the lines without one are not searched for it.

    A time labelled as the last update ("Mis à jour le 06/04/2013 à 10:37", a list's
    bullet before it aside) gives way to a time at most :data:`DATELINE_REACH` lines under
    it: the publication's, printed after.
    Of dates without a time, a date among other words ("Friday Financial Five – December
    4, 2015", a headline) gives way to a dateline, a date that fills its line, at most
    :data:`DATELINE_REACH` lines under it; and a dateline to another more than
    :data:`MASTHEAD_REACH` lines under it, nearer the body: the first is the masthead's
    edition day ("Thursday 06 October 2011" over the menu).
    """
    first: Dated | None = None
    alone = False  # whether the first date fills its line
    updated: Dated | None = None  # a time labelled as the last update
    stamped: list[Dated] = []  # date-times opening teasers' lines
    for index in candidates:
        text = texts[index]
        digit = None if features is None else features[index].digits
        if len(text) > SHORT_LINE:
            text = _glued_dateline(text)
        if not text or index in rows or not _may_date(text, captured, digit):
            continue
        if len(text) <= _DAY_CHARS and _DAY.fullmatch(text):
            text = _leaf(texts, index)  # "29" over "Mai 2013": a calendar leaf's date
        for match in find_dates(text, lang=lang, relative_to=captured):
            dated = Dated(index, match.value, text[match.start : match.end])
            if match.has_time:
                if not match.start and text.count(" ", match.end) >= TEASER_WORDS:
                    stamped.append(dated)  # "30. Dezember 2014, 17:10 Die Beauty-Highlights …"
                    continue
                if len(stamped) == 1:
                    return stamped[0]  # a dateline with words after it: the first time found
                if updated is None and unbulleted(text).lower().startswith(UPDATED_LABELS):
                    updated = dated
                    continue
                if updated is None or index - updated.line <= DATELINE_REACH:
                    return dated
                return updated
            fills = 2 * (match.end - match.start) >= len(text)
            below = index - first.line if first else 0
            if first is None or (
                fills and (below > MASTHEAD_REACH if alone else below <= DATELINE_REACH)
            ):
                first, alone = dated, fills
    if len(stamped) == 1 and updated is None:
        return stamped[0]
    return updated or first  # teasers each stamped with a date-time date no page


#: A dateline glued to the end of the sentence over it, as a browser copies a deck and
#: the ``<time>`` after it with no space between ("… its recovery?Monday, 6 January
#: 2020"): a stop, then at most so many characters with no stop, opening with a capital
#: or a digit and ending with one.
_GLUED_DATELINE = re.compile(r"[.!?]([A-Z0-9][^!?]{5,40}\d)$")


def _glued_dateline(text: str) -> str:
    """The dateline glued to the end of a long line (:data:`_GLUED_DATELINE`), or ""."""
    if not text[-1:].isdigit():
        return ""  # most long lines: prose ends with a stop
    glued = _GLUED_DATELINE.search(text, len(text) - 50)
    return glued[1] if glued else ""


def _leaf(texts: Sequence[str], index: int) -> str:
    """The day at ``index`` and the month and year on the line under it, as one line, when
    that line is short: a calendar leaf prints its day apart ("29" over "Mai 2013")."""
    under = texts[index + 1] if index + 1 < len(texts) else ""
    return f"{texts[index]} {under}" if len(under) <= _LEAF_CHARS else texts[index]


def in_page_order(texts: Sequence[str], dated: Dated) -> Dated:
    """``dated`` with its day and month swapped when it is written in numbers that read
    either way (both 12 or less) and the page's other dates in numbers with the same
    separator, on short lines (datelines, teasers' and comments' stamps: a scan of the
    paragraphs would cost more than it finds), all put them the other way: "12.09.16" is
    December 9th on a page that also prints "11.15.16"; a page keeps one order."""
    match = _NUMERIC_DATE.search(dated.printed)
    if match is None:
        return dated
    first, separator, second = int(match[1]), match[2], int(match[3])
    value = dated.value
    if (
        first > _YEAR_MONTHS
        or second > _YEAR_MONTHS
        or first == second
        or value.month not in (first, second)
    ):
        return dated
    orders = {
        _month_first(other)
        for text in texts
        if len(text) <= SHORT_LINE and separator in text and _DIGIT.search(text)
        for other in _NUMERIC_DATE.finditer(text)
        if other[2] == separator
    }
    orders.discard(None)
    if orders != {value.month == second}:
        return dated
    return dated._replace(value=value.replace(month=value.day, day=value.month))


def _month_first(match: re.Match[str]) -> bool | None:
    """Whether a date in numbers puts the month first, when only one order reads (a part
    over 12 is the day); else ``None``."""
    first, second = int(match[1]), int(match[3])
    if first > _YEAR_MONTHS >= second:
        return False
    return True if second > _YEAR_MONTHS >= first else None


def _may_date(text: str, captured: datetime | None, digit: bool | None) -> bool:
    """Whether a line can state a date: it holds a digit (``digit`` when known, else
    searched), or, when the page's own date anchors relative ones, it counts a time back
    in words ("منذ ساعتين")."""
    if digit is None:
        digit = _DIGIT.search(text) is not None
    return digit or (captured is not None and counted_in_words(text))


def find_byline(
    texts: Sequence[str], candidates: range, headline: int = -1
) -> tuple[int, tuple[Person, ...]] | None:
    """Authors from a line like "By Jane Doe and John Roe" or "Автор: Иван Петров": the
    first, unless a later one names its authors and more ("Author: A" in the header,
    "Authors: A, B" opening the text). A byline right under the ``headline`` (a line
    index; at most :data:`HEADLINE_BYLINE` lines, a deck between) signs the story; those
    over it sign the teasers above ("Twenty Science Questions …" over "by Lawrence M.
    Krauss" in the page's head), and give way to it."""
    found = None
    for index, people in bylines(texts, candidates):
        if (
            found is None
            or set(found[1]) < set(people)
            or found[0] < headline < index <= headline + HEADLINE_BYLINE
        ):
            found = index, people
    return found


def bylines(
    texts: Sequence[str], candidates: Sequence[int]
) -> Iterator[tuple[int, tuple[Person, ...]]]:
    """The byline lines among ``candidates`` and the authors each names, in order: "By
    Jane Doe", or a section's label over names ("Politik · Jochen Bittner, Tina
    Hildebrandt", :func:`section_and_names`)."""
    for index in candidates:
        text = texts[index]
        if "记者" in text and (people := _reporters(text)):
            yield index, people
            continue
        if text[:1] in MARKER_STARTS:
            text = unbulleted(text)  # a byline block as a list ("* Author: Jane Doe", lynx)
        if "&" in text:
            text = unescape(text)  # an entity lynx does not know: "By Jason Tabrys &bullet; …"
        if (
            len(text.rstrip(":： ")) <= _BY_WORD_CHARS  # most lines: no casefolded copy
            and text.casefold().rstrip(":： ") in _BY_WORDS
            and index + 1 < len(texts)
            and (texts[index + 1][:1].isalpha() or _lone_item(texts, index + 1))
        ):
            index += 1  # the by-word alone over the names ("By" / "Guru Baran")
            text = f"{text} {unbulleted(texts[index])}"
        match = BYLINE.match(text) if len(text) <= SHORT_LINE else None
        if match is None:
            if (
                len(text) <= SHORT_LINE
                and _parted(text)
                and ((people := section_and_names(text)) or (people := _name_and_role(text)))
            ):
                yield index, people
            continue
        names = _unglued(match["names"])
        dated = next(find_dates(names, relative_to=_SOME_DAY), None)  # "By Jane Doe Jan. 12"
        names = _NAME_END.sub("", names[: dated.start] if dated else names)
        names = _once(names)
        parts = _without_place(names, [name.strip() for name in _NAME_SPLIT.split(names)])
        people = tuple(
            Person(name)
            for position, name in enumerate(parts)
            if name
            and not _DEGREE.fullmatch(name)
            and not (position and _job_title(name))
            and not _desk(name)
            and not is_agency(name)  # "By Reuters": no person signs so
        )
        if people and all(looks_like_name(person.name) for person in people):
            yield index, people


def _lone_item(texts: Sequence[str], index: int) -> bool:
    """Whether the line at ``index`` is a list of one item ("Von" over "• Jane Roe", how
    lynx and w3m print a byline's list of names); the names of a longer list under a
    by-word are not told from its topics."""
    return bool(MARKER.match(texts[index])) and not (
        index + 1 < len(texts) and MARKER.match(texts[index + 1])
    )


def _unglued(names: str) -> str:
    """``names`` cut before the e-mail address glued to the last name with no space
    between (two spans copied as one), when the address's first part spells one of the
    names, accents aside: "Redacciónredaccion@eluniverso.com" names "Redacción" (a desk),
    "Jane Doejane.doe@paper.com" names Jane Doe."""
    at = names.find("@")
    if at < 0:
        return names  # most bylines
    start = names.rfind(" ", 0, at) + 1
    word = names[start:at]
    spelled = {_folded(name) for name in names[:start].split()}
    for cut in range(1, len(word)):
        local = _LOCAL_PART.split(word[cut:], 1)[0]
        if word[cut:].isascii() and local.islower() and local in {*spelled, _folded(word[:cut])}:
            return names[: start + cut]
    return names


def _folded(word: str) -> str:
    """``word`` in lowercase without its accents, as an e-mail address spells it."""
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()


def _without_place(names: str, parts: list[str]) -> list[str]:
    """A byline's ``parts`` without the place the author writes from after a comma ("Von
    Markus Balser, Berlin", "By Jane Doe, London"): a last part of one word, when each
    name before it has two words or more (a byline of pen names, "Plantu, Cabu", stays)."""
    if (
        len(parts) > 1
        and " " not in parts[-1]
        and all(" " in part for part in parts[:-1])
        and names.rstrip(" .").endswith(f", {parts[-1]}")
    ):
        return parts[:-1]
    return parts


def _once(names: str) -> str:
    """``names`` printed once when a copy gives them twice after a stop, a label read out
    to screen readers then shown ("Erik Klemetti. Erik Klemetti")."""
    first, stop, second = names.partition(". ")
    return first if stop and first == second.rstrip(".") else names


def _reporters(text: str) -> tuple[Person, ...]:
    """The reporters a Chinese byline names (:data:`_REPORTERS`); none for other lines."""
    match = _REPORTERS.fullmatch(text) if len(text) <= SHORT_LINE else None
    return tuple(map(Person, _REPORTER_SPLIT.split(match["names"]))) if match else ()


def _desk(text: str) -> bool:
    """Whether a byline names a desk or a team, not a person ("Kulu Media News Desk")."""
    words = text.split()
    return bool(words) and words[-1].casefold() in _DESKS


def _job_title(text: str) -> bool:
    """Whether a byline's part after a name is the author's job title ("Chief People
    Officer", "Senior Editor"): its last word is a role."""
    words = text.split()
    return bool(words) and words[-1].casefold() in _ROLES


def _about_the_name(text: str) -> bool:
    """Whether a line under an author's name says more of them: their handle alone
    ("@RupertNeate") or their job title (:func:`_role_line`)."""
    return _HANDLE.fullmatch(text) is not None or _role_line(text)


def _role_line(text: str) -> bool:
    """Whether a short line is a job title alone: its first or last word, hyphenated
    parts apart, is a role ("Senior Editor", "EDITORA-ADJUNTA DE \"COTIDIANO\"")."""
    words = _ROLE_SPLIT.split(text.casefold().strip(" \"'“”«»")) if len(text) <= SHORT_LINE else []
    return len(words) > 1 and (words[0] in _ROLES or words[-1] in _ROLES)


def section_and_names(text: str) -> tuple[Person, ...]:
    """The people a line names after a section's one-word label and a bullet or bar,
    when the rest is only names of two or three capitalised words ("Politik · Jochen
    Bittner, Tina Hildebrandt"); else none. One name is enough after a bullet ("Kultur ·
    Anna Berg"), not after a bar, which parts a menu's items as often ("Startseite | Neue
    Artikel"); a menu's chrome ("Home | Contact Us") or a pager ("« Vorherige | Nächste
    »") is none."""
    if not _parted(text):
        return ()
    labelled = section_label(text)
    if labelled is None or CHROME.search(labelled[1]):
        return ()
    label, names = labelled
    parts = [part for part in _NAME_SPLIT.split(names) if part]
    bulleted = text[len(label) :].lstrip()[:1] in _BULLETS
    if (len(parts) >= 2 or (parts and bulleted)) and all(
        _PERSON.fullmatch(part) and looks_like_name(part) for part in parts
    ):
        return tuple(Person(part) for part in parts)
    return ()


def _parted(text: str) -> bool:
    """Whether a line holds a bullet or a bar, as a label or a job title is parted from the
    names beside it (:func:`section_and_names`, :func:`_name_and_role`): most lines hold
    neither, and are asked no more."""
    return "·" in text or "|" in text or "•" in text


def _name_and_role(text: str) -> tuple[Person, ...]:
    """The author a line names before their job title, parted by bars ("Lena deCasparis |
    Contributing Writer | 4 days ago"): a name of two or three capitalised words, then a
    part whose last word is a role (:func:`_job_title`); else none."""
    if " | " not in text:
        return ()
    name, role = text.split(" | ", 2)[:2]
    if _PERSON.fullmatch(name) and looks_like_name(name) and _job_title(role):
        return (Person(name),)
    return ()


def opens_with_author(text: str, people: Sequence[Person]) -> bool:
    """Whether ``text`` opens with one of ``people``'s names and a word in lowercase, the
    way an author's box speaks of its author ("Justin Yu covers headphones …")."""
    for person in people:
        name = person.name
        after = text[len(name) : len(name) + 2] if text.startswith(name) else ""
        if after[:1] == " " and after[1:].islower():
            return True
    return False


def find_signature(
    texts: Sequence[str], features: Sequence[Features], dated: int, title: int
) -> tuple[int, tuple[Person, ...]] | None:
    """The author named alone on the line between the headline at ``title`` and the
    dateline at ``dated`` ("Luis García" over "Madrid - 13 FEB 2024"): two to four
    capitalised words, no digit, no stop, no chrome, up to a separator ("Ángeles Escrivá |
    Madrid"); unless the dateline signs itself ("on March 10, 2015 by Nikhil Marathe"),
    or is a sentence, a caption's or the lede's with a date in it: the line over it then
    credits a photo ("Evan Vucci / AP"). A dateline right over the headline leaves the
    line right under it ("Aug 16, 2023" / headline / "Fernando Ortega"), and one a line
    or two further up leaves it too, or the line under the headline's deck (a sentence:
    "Published online 11 April 2011 | …", "News", headline, "Latest data suggest …",
    "Geoff Brumfiel"). A job title or a handle over the dateline leaves the line over it
    (:func:`_about_the_name`)."""
    index = title + 1 if title - DATELINE_REACH <= dated < title else dated - 1
    if dated < title - 1 and index + 1 < len(texts) and features[index].terminal:
        index += 1  # past the deck
    if title < index - 1 and index < len(texts) and _about_the_name(unbulleted(texts[index])):
        index -= 1  # the name over its job title or handle: "MARIANA VERSOLATO" / "EDITORA-…"
    if (
        not title < index < len(texts)
        or features[dated].kind is Kind.GOOD
        or _SIGNS.search(texts[dated])
    ):
        return None
    return _signature_at(texts, features, index)


def find_signature_under(
    texts: Sequence[str], features: Sequence[Features], dated: int, title: int
) -> tuple[int, tuple[Person, ...]] | None:
    """The author named alone on the line right under the dateline at ``dated``, when the
    dateline stands under the headline at ``title`` (a share bar between: "Headline" /
    "Facebook" / "Email" / "December 15, 2016" / "Rebecca Hersher"), no byline or
    signature over it named one, and the dateline neither signs itself nor is a
    sentence: the same name as :func:`find_signature`'s, one line further down, but only
    two or three words of letters, nothing else: under the date, "Chuck Burton/AP"
    credits the photo below, "[Jane Roe]" is her picture's, and a table's row under a
    row with a date ("Founder Netscape Communications Corporation") names no author."""
    index = dated + 1
    if (
        not title < dated <= title + HEADLINE_BYLINE + SHARE_BAR
        or index >= len(texts)
        or not _PERSON.fullmatch(texts[index])
        or features[dated].kind is Kind.GOOD
        or _SIGNS.search(texts[dated])
    ):
        return None
    return _signature_at(texts, features, index)


def _signature_at(
    texts: Sequence[str], features: Sequence[Features], index: int
) -> tuple[int, tuple[Person, ...]] | None:
    """The name alone on the line at ``index`` and that line, if it is one (see
    :func:`find_signature`)."""
    line, printed = features[index], unbulleted(texts[index])
    # the byline block as a list ("* Gillian B. White"): its items read as a list's
    kinds = _SIGNATURE_KINDS if printed is texts[index] else _ITEM_KINDS
    # w3m's name of the author's photo before theirs: its digits are none of the name's
    pictured = _PICTURED.match(printed)
    if pictured:
        printed = printed[pictured.end() :]
    if line.kind not in kinds or line.terminal or (line.digits and not pictured):
        return None
    if pictured and _DIGIT.search(printed):
        return None
    if line.kind is Kind.BAD and not _printed_apart(texts, index, line):
        return None
    text = _NAME_END.sub("", printed).rstrip(",;")  # "Ángeles Escrivá | Madrid"
    if text.casefold().rstrip(":： ") in _LABEL_SET:  # "Release Date" over the date
        return None
    if ":" in text or "：" in text:
        return None  # a label and its value: "From: Herald Sun"
    if BYLINE.match(text):
        return None  # a byline :func:`bylines` refused: "By Reuters" names no person
    # One word of a script without capitals is a whole name when its paper follows it
    # ("石佳/中国青年报"): alone, it may as well be a section's label.
    fewest = 1 if text != printed and _CASELESS_NAME.fullmatch(text) else SIGNATURE_WORDS[0]
    if (
        fewest <= text.count(" ") + 1 <= SIGNATURE_WORDS[1]
        and looks_like_name(text)
        and text.rpartition(" ")[2].casefold() not in _BLOGS  # a section's: "Beauty Blog"
    ):
        return index, (Person(text),)
    return None


def _printed_apart(texts: Sequence[str], index: int, line: Features) -> bool:
    """Whether the line at ``index``, chrome by its repeats only, is a name the page
    prints elsewhere too (an author signing the teasers beside the story: "Joseph Cox"),
    not a label doubled where it stands (a menu's "This Blog" over "This Blog")."""
    text = texts[index]
    return line.repeats > 1 and texts[index - 1] != text and texts[index + 1 :][:1] != [text]


def dateline_names(text: str, printed: str) -> tuple[Person, ...]:
    """The authors a dateline names beside its date (``printed``), parted from it and
    from each other by bullets, bars, spaced dashes or slashes: "Dan Goodin – Feb 26, 2026
    10:45 am | 167", "14 April 2026•Salim Bitam•Samir Bousseaden•Daniel Stepanic", "[logo] /
    Jane Roe / 10:08 am Fri Jul 19, 2013". The date has a part of its own (a weekday's
    name in it aside), and every part other than it, numbers and a picture's name is a name
    of two or three capitalised words ("North Korea 09:31 August 20, 2019" is a section's); a part
    after the first that is a byline names them whatever the others are
    ("发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 作者魏星"), and so does a byline right
    after the date (:func:`_signed_after`)."""
    parts = [part for part in _DATELINE_PARTS.split(text) if part]
    signed = find_byline(parts, range(1, len(parts)))  # a part that says so: "| 作者魏星"
    if signed:
        return signed[1]
    if printed and (after := _signed_after(text, printed)):
        return after
    dated = [part for part in parts if printed and printed in part]
    if len(dated) != 1 or not _DATE_REMAINS.fullmatch(
        date_words().sub(" ", dated[0].replace(printed, " "))
    ):
        return ()  # the date shares its part with other words ("North Korea 09:31 …")
    parts = [
        part
        for part in parts
        if part is not dated[0] and not part.isdigit() and not _PICTURE.fullmatch(part)
    ]
    if parts and all(
        _PERSON.fullmatch(part) and looks_like_name(part) and not CHROME.search(part)
        for part in parts
    ):
        return tuple(Person(part) for part in parts)
    return ()


def _signed_after(text: str, printed: str) -> tuple[Person, ...]:
    """The authors of a byline right after the date, on a line that opens with the date
    or one word before it: "Posted Apr 4, 2011 by MG Siegler (@parislemon)"; or the name
    alone between the date that opens the line and the count that closes it, its comments'
    ("17.11.2010 18:00 Herbert Braun 295": a section's label would have no count), the
    time's word and the count's aside ("19.6.2007 9:40 Uhr Jane Roe 71 Kommentare")."""
    before, _, after = text.partition(printed)
    if len(before.split()) > 1 or not after.strip():
        return ()
    signed = find_byline([after.strip()], range(1))
    if signed:
        return signed[1]
    clock, _, rest = after.strip().partition(" ")
    if rest and time_of_day().fullmatch(f"{printed.rpartition(' ')[2]} {clock}"):
        after = rest  # "9:40" printed, "Uhr" left over
    name, _, count = after.strip().rpartition(" ")
    if count.casefold() in COMMENTS:
        name, _, count = name.rpartition(" ")  # "71 Kommentare"
    if before.strip() or not count.isdigit() or not _PERSON.fullmatch(name):
        return ()
    return (Person(name),) if looks_like_name(name) and not CHROME.search(name) else ()


def find_closing_signature(
    texts: Sequence[str], body: Sequence[int]
) -> tuple[int, tuple[Person, ...]] | None:
    """The reporters who sign the story on one of its last lines or right under it, and
    that line: a short line with their e-mail address or the word for reporter after
    their names ("최윤호 기자 uknow@donga.com", :func:`.signatures.signing_name`). Korean
    papers close every story so, and name the author nowhere else in the text. Else a
    byline alone on a line of the story or right under it signs it ("Par Jacques Munier"
    under a column's last paragraph, over its reading list): asked only when no byline
    over the story named anyone, and only of names of two words or more, since a widget
    under the story credits its maker so ("by Taboola")."""
    last = body[-1]
    below = range(last + 1, min(len(texts), last + 1 + CLOSING_LINES))
    short = [index for index in (*body, *below) if len(texts[index]) <= SIGNATURE_CHARS]
    signed = (
        found for found in bylines(texts, short) if all(" " in person.name for person in found[1])
    )
    return _closing_line(texts, (*body[-CLOSING_LINES:], *below)) or next(signed, None)


def _closing_line(
    texts: Sequence[str], lines: Sequence[int]
) -> tuple[int, tuple[Person, ...]] | None:
    """The first of ``lines`` that signs the story as Korean papers do (see
    :func:`find_closing_signature`), and the reporters it names."""
    for index in lines:
        if "记者" in texts[index] and (people := _reporters(texts[index])):
            return index, people
        name = signing_name(texts[index])
        names = [part for part in _NAME_SPLIT.split(name) if part] if name else []
        if names and all(map(_signing_person, names)):
            return index, tuple(map(Person, names))
    return None


def _signing_person(name: str) -> bool:
    """Whether a closing line's words beside an address are a person's name: words of
    letters, no chrome ("Email", "Newsroom"), and two words at least unless the script has
    no capitals (a Korean name is one word; "Kontakt redaktion@…" is no one's)."""
    return (
        _NAME_WORDS.fullmatch(name) is not None
        and looks_like_name(name)
        and not CHROME.search(name)
        and not _desk(name)
        and (
            name.count(" ") + 1 >= SIGNATURE_WORDS[0] or _CASELESS_NAME.fullmatch(name) is not None
        )
    )


def looks_like_name(name: str) -> bool:
    """Whether ``name`` could be a person's or an outlet's: one to five capitalised words,
    or, in the Han and Hangul scripts, which have no capitals, words as short as a family
    or a given name ("山谷 剛史", "최윤호"). A family name's particle may be in lowercase,
    between the names ("Carolina von Canal") or glued to the last ("Lena deCasparis"). No
    name holds a relative pronoun (:data:`RELATIVE_PRONOUNS`): "LES TEMPS QUI COURENT" is
    a programme's, however capitalised."""
    words = name.split()
    last = len(words) - 1
    return (
        1 <= len(words) <= 5
        and all(
            word[0].isupper()
            or not word[0].isalpha()
            or _CASELESS_NAME.fullmatch(word)
            or (at > 0 and _particle(word, at == last))
            for at, word in enumerate(words)
        )
        and _PRONOUNS.isdisjoint(words)
    )


def _particle(word: str, last: bool) -> bool:
    """Whether a name's word in lowercase, past its first, is a family name's particle:
    alone between names ("von", "de la") or glued to the family name ("deCasparis")."""
    return (not last and word in _PARTICLES) or _GLUED_PARTICLE.fullmatch(word) is not None


def find_credit(texts: Sequence[str], candidates: range) -> Found | None:
    """The lead photo's credit: "Фото: © REUTERS/POOL" gives "© REUTERS/POOL"."""
    for index in candidates:
        text = texts[index]
        match = CREDIT.match(text) if len(text) <= SHORT_LINE else None
        if match:
            credit = _LABEL.split(match["credit"], maxsplit=1)[0].strip()
            if credit:
                return Found(index, credit)
    return None


def find_site(texts: Sequence[str]) -> str | None:
    """The site's name: the domain the chrome names most often, else its copyright holder."""
    domains: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for text in _dotted(texts):
        for domain in _DOMAIN.findall(text):
            key = domain.lower()
            if key not in _COMMON_DOMAINS and not key.startswith("www."):
                domains[key] += 1
                spelling.setdefault(key, domain)
    if domains:
        key, count = domains.most_common(1)[0]
        if count > 1:
            return spelling[key]
    return _copyright_holder([text for text in texts[-20:] if len(text) <= SHORT_LINE])


def _copyright_holder(footer: list[str]) -> str | None:
    """The name after a copyright sign on the last of the ``footer`` lines that has one."""
    for text in reversed(footer):
        # Few lines have a sign: three ``in`` tests spare the others the regex, which tries
        # every position ("copyr": no other letters match these under IGNORECASE).
        lowered = text.lower()
        if "©" not in lowered and "(c)" not in lowered and "copyr" not in lowered:
            continue
        match = _COPYRIGHT.search(text)
        if match and not CREDIT.match(text):  # "Photo: © Reuters" credits a photo
            name = match["name"].strip()
            by, _, holder = name.partition(" ")
            if by in _BY_WORDS and holder:  # "Copyright (c) 2016 by The Atlantic Monthly Group"
                if not holder[0].isupper():
                    continue  # "© 1998–2016 by individual contributors": no one's name
                name = holder
            if 2 <= len(name) <= 60 and not name.casefold().startswith(RIGHTS_RESERVED):
                return name
    return None


def _dotted(texts: Sequence[str]) -> Iterator[str]:
    """The lines no longer than :data:`SHORT_LINE` that hold a dot and a letter, in order.

    One scan of them all finds the few: a search a line cost more than the scan. Only the
    lines with a dot are joined for it (an ``in`` test is far cheaper than copying a line).
    """
    page = "\n".join([text for text in texts if len(text) <= SHORT_LINE and "." in text])
    end = -1  # where the last line given ends
    for match in _DOT_LETTER.finditer(page):
        if match.start() > end:
            start = page.rfind("\n", 0, match.start()) + 1
            end = page.find("\n", match.start())
            end = len(page) if end < 0 else end
            yield page[start:end]
