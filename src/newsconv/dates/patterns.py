"""The date regexes, built from the word lists in :mod:`.vocabulary`, compiled on first use.

Each pattern is one date shape (day-month-year with a month name, ISO, numeric, CJK,
relative) followed by an optional time of day and zone, and preceded by an optional time
("06:50, 20 мая 2021"). Group names are shared by every pattern so one function turns any
match into a date-time: ``d m mon y`` for the date, ``a b`` for an ambiguous numeric day
and month, ``H M S ap ap2 hh ap3 z`` for the time and zone (``zb`` an opening bracket
around it), ``pH pM`` for a leading time, ``pap pz`` its half of the day and zone, ``rel``
for a relative day, ``n unit`` for "N units ago".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any, Literal, TypeAlias

from newsconv.dates.vocabulary import (
    AGO_AFTER,
    AGO_BEFORE,
    AM_WORDS,
    MONTHS,
    PM_WORDS,
    PUBLISHED_LABELS,
    RELATIVE_DAYS,
    SEASONAL_ZONES,
    SOLAR_HIJRI_MONTHS,
    TIME_JOINERS,
    UNIT_SECONDS,
    UPDATE_LABELS,
    WEEKDAYS,
    YEAR_SUFFIXES,
    ZONE_WORDS,
    ZONES,
)


def month_numbers(tables: Iterable[str] = (*MONTHS.values(), SOLAR_HIJRI_MONTHS)) -> dict[str, int]:
    """Every month form of every table (by default every language's and the Solar Hijri
    months), lowercase, to its month number."""
    table: dict[str, int] = {}
    for months in tables:
        for number, forms in enumerate(months.split("|"), start=1):
            for form in forms.split():
                table[form.replace("_", " ")] = number
    return table


MONTH_NUMBERS = month_numbers()
#: The month forms that date a day in the Solar Hijri calendar.
SOLAR_HIJRI_MONTH_NAMES = frozenset(month_numbers((SOLAR_HIJRI_MONTHS,)))


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, inner spaces matching any space.

    The words are laid out as a trie (``ma(?:y|rch|i)``), so the regex engine tests a few
    characters at each position instead of every word in turn.
    """
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def initials(words: Iterable[str]) -> str:
    """A lookahead for the first letters of ``words``, to put before their alternation.

    Under ``re.IGNORECASE`` the regex engine enters each branch of an alternation in turn
    (its skip of branches that cannot start at a character works only for exact case), so
    a position where none of the words starts costs as many tries as the words have first
    letters; the lookahead's character set rejects it in one test, and accepts exactly the
    characters the branches could start with.
    """
    return f"(?=[{re.escape(''.join(sorted({word[0] for word in words})))}])"


def _trie_pattern(node: dict[str, dict[str, Any]]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: the longer words were tried first
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


_DIGIT = re.compile(r"\d")
_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
_NOT_LETTER_AFTER = r"(?![^\W\d_])"

_MONTH = (
    rf"{_NOT_LETTER_BEFORE}{initials(MONTH_NUMBERS)}(?P<mon>{alternation(MONTH_NUMBERS)})\.?"
    rf"{_NOT_LETTER_AFTER}"
)
#: A year, maybe glued to the time after it ("August 18, 20103:21 PM PDT": a browser's
#: copy of two spans with no space between; no year has five digits).
_YEAR = r"(?P<y>\d{4})(?:(?!\d)|(?=\d{1,2}:\d{2}(?!\d)))"
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|°|\.)?"

_AMPM = alternation((*AM_WORDS, *PM_WORDS))
_NAMED_ZONES = (
    alternation(zone.upper() for zone in (*ZONES, *SEASONAL_ZONES) if zone != "z") + "|мск|МСК"
)
#: A zone, bare or in brackets ("02:21 (GMT+0400)"); a named one in capitals only, maybe
#: glued to the capitalised word of the next element ("6:43pm EDTTags: …"), or in words
#: ("02:20 م (بتوقيت مكة المكرمة)").
_ZONE = (
    r"(?P<zb>\(\s*)?"
    r"(?P<z>(?-i:Z)(?![^\W_])"
    r"|[+\-−]\d{2}:?\d{2}(?!\d)"
    r"|(?-i:UTC|GMT|UT)(?:\s*[+\-−]\s*\d{1,2}(?::?\d{2})?)?(?![^\W_])"
    rf"|(?-i:{_NAMED_ZONES})(?:(?![^\W_])|(?-i:(?=[A-Z][a-z])))"
    rf"|(?:{alternation(ZONE_WORDS)})(?![^\W_]))"
    r"(?(zb)\s*\))"
)
_TIME = (
    rf"(?:(?P<zw>{alternation(ZONE_WORDS)})\s*)?"  # a zone in words before the time
    rf"(?:(?:(?P<ap>{_AMPM})\s*)?"
    r"(?P<H>\d{1,2})\s*(?:[:h]|[時时点시]\s*|\.(?=\d{2}\s*uhr(?![^\W_]))"  # "10.55 Uhr"
    rf"|\.(?=\d{{2}}\s*(?:{_AMPM})(?![^\W_])))"  # "9.45pm", the British way
    r"(?P<M>\d{2}|\d(?=\s*[分분]))(?!\d)(?:\s*[分분])?"
    r"(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    rf"(?:\s*(?P<ap2>{_AMPM})(?:(?<=\.)|(?![^\W_])))?"  # "p. m.Actualizado": glued spans
    rf"|(?P<hh>\d{{1,2}})\s*(?P<ap3>{_AMPM})(?![^\W_]))"
    rf"(?:\s*{_ZONE})?"
)
# A date followed by a page's indentation (200 spaces, no time) must fail fast, at each
# length of the run of spaces the regex engine backtracks to: spaces around an optional
# separator are written ``\s*(?:,\s*)?``, not ``\s*,?\s*``, which would share the run
# between its two ``\s*`` every way (a millisecond a date); and as what follows them
# starts with no space, ``(?!\s)`` spares a shorter run the words and the time.
_JOIN = (
    rf"(?:\s*{initials(YEAR_SUFFIXES)}(?:{alternation(YEAR_SUFFIXES)}))?"
    # "2023.11.02. 오후 8:06", "November 29, 2016: 3:33 AM ET", "24 janvier 2017 | Mise en
    # ligne à 12h02"
    r"(?:T|\s*\(\w{1,3}\.?\)\s*|\.?\s*(?:[,،|·•/\-–—@:]\s*)?(?!\s)"
    rf"(?:(?:{alternation((*UPDATE_LABELS, *PUBLISHED_LABELS))})[:：]?\s*)?"
    rf"(?:(?:{alternation(TIME_JOINERS)})\s+)?)"
)
_LEADING_TIME = (
    r"(?:(?<!\d)(?P<pH>\d{1,2}):(?P<pM>\d{2})(?![\d:])"
    rf"(?:\s*(?P<pap>{alternation((*AM_WORDS, *PM_WORDS))})(?![^\W_]))?"
    rf"(?:\s*(?P<pz>(?-i:{_NAMED_ZONES}|UTC|GMT))(?![^\W_]))?\s*(?:[,|·•\-–—]\s*)?)?"
)


def _dated(date: str) -> re.Pattern[str]:
    """``date`` with an optional time of day before or after it."""
    return re.compile(rf"{_LEADING_TIME}{date}(?:{_JOIN}{_TIME})?", re.IGNORECASE)


#: What a text must hold for a date shape to match in it, each far cheaper to look for than
#: the shapes it gates: digits around a separator, a CJK month sign, a month name, a year,
#: the Latvian word for year.
Clue: TypeAlias = Literal["numeric", "cjk", "month", "year", "gada"]
_CLUES: dict[Clue, str] = {
    "numeric": r"\d[-/.]\d",
    "cjk": r"[月월]",
    "month": _MONTH,
    "year": r"\d{4}",
    "gada": r"gada",
}

#: The date shapes (before the times around them) and the clues each needs, in the order
#: their matches win a tie for the same span.
_DATE_SHAPES: tuple[tuple[tuple[Clue, ...], str], ...] = (
    # 2021-05-20, 2021/05/20, 2021.05.20
    (
        ("numeric", "year"),
        r"(?<![\d.])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d])",
    ),
    # 2021年5月20日, 5月20日, 2021년 5월 20일
    (
        ("cjk",),
        r"(?<!\d)(?:(?P<y>\d{4})\s*[年년]\s*)?(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]",
    ),
    # 20 May 2021, 20 de mayo de 2021, 20. Mai 2021, 20-May-2021, 20 мая, 28 آب/أغسطس 2013
    # (a month under two names, Syriac and Latin, as Levantine Arabic prints it)
    (
        ("month",),
        rf"(?<![\d.])(?P<d>\d{{1,2}}){_ORDINAL}(?:\s*(?:de|of)\s+|[\s\-/.]*){_MONTH}"
        rf"(?:/[^\W\d_]+)?(?:,?\s*(?:de\s+|del\s+)?{_YEAR})?",
    ),
    # May 20, 2021; May 20th 2021; Mai 20
    (("month",), rf"{_MONTH}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s*{_YEAR})?"),
    # 2021 m. gegužės 20 d., 2021. gada 20. maijā
    (
        ("month", "year"),
        rf"{_YEAR}\.?\s*(?:(?:m\.|gada)\s*)?{_MONTH}\s*(?P<d>\d{{1,2}})(?!\d)\.?(?:\s*d\.)?",
    ),
    (("month", "year", "gada"), rf"{_YEAR}\.?\s*gada\s+(?P<d>\d{{1,2}})\.\s*{_MONTH}"),
    # 20.05.2021, 5/20/2021, 20-05-21, 10/ 5/11 (a single digit padded to two places)
    (
        ("numeric",),
        r"(?<![\d.:/])(?P<a>\d{1,2})(?P<sep>[./-])(?:\x20(?=\d(?!\d)))?(?P<b>\d{1,2})"
        r"(?P=sep)(?P<y>\d{4}|\d{2})"
        r"(?![\d]|[./-]\d)",
    ),
)

# The compiled patterns are made on first use: compiling them takes about 60 ms, which a
# conversion whose dates are all ISO 8601 (most pages' metadata) never needs to spend.


@functools.cache
def date_patterns() -> tuple[tuple[tuple[Clue, ...], re.Pattern[str]], ...]:
    """The date shapes, each with an optional time of day before or after it, and its clues."""
    return tuple((clues, _dated(shape)) for clues, shape in _DATE_SHAPES)


@functools.cache
def _clue_patterns() -> dict[Clue, re.Pattern[str]]:
    return {clue: re.compile(clue_pattern, re.IGNORECASE) for clue, clue_pattern in _CLUES.items()}


def date_patterns_in(text: str) -> list[re.Pattern[str]]:
    """The date shapes whose clues ``text`` holds, in order: the others cannot match in it.

    Five cheap searches stand in for seven full scans; text with no clue, like most of a
    page, skips the shapes altogether, and text without a digit skips even the clues.
    """
    if _DIGIT.search(text) is None:  # every shape holds one
        return []
    held = {clue for clue, pattern in _clue_patterns().items() if pattern.search(text)}
    return [pattern for clues, pattern in date_patterns() if held.issuperset(clues)]


@functools.cache
def relative_day() -> re.Pattern[str]:
    """A day named from today: "вчера, 18:30", "yesterday at 6:30 pm", "昨天 18:30"."""
    return re.compile(
        rf"{_NOT_LETTER_BEFORE}(?P<rel>{alternation(RELATIVE_DAYS)})(?![^\W\d_])"
        rf"(?:{_JOIN}{_TIME})?",
        re.IGNORECASE,
    )


@functools.cache
def time_of_day() -> re.Pattern[str]:
    """A time of day alone, with its zone if it has one ("9.45pm", "14:30 Uhr", "6:09
    p.m. ET"): what a line above a story may print without its date ("Updated: 9.45pm")."""
    return re.compile(rf"{_TIME}(?:\s*uhr(?![^\W_]))?", re.IGNORECASE)


@functools.cache
def date_words() -> re.Pattern[str]:
    """Words that dress a date in a dateline without saying anything else: weekday names
    and "updated" labels ("الأحد، … آخر تحديث", "Updated Sunday, …")."""
    return re.compile(
        rf"{_NOT_LETTER_BEFORE}(?:{alternation((*WEEKDAYS, *UPDATE_LABELS))}){_NOT_LETTER_AFTER}",
        re.IGNORECASE,
    )


_UNIT = rf"(?P<unit>{alternation(UNIT_SECONDS)})"


@functools.cache
def ago_patterns() -> tuple[re.Pattern[str], ...]:
    """A time counted back: "2 hours ago", "il y a 3 heures", "5 минут назад", "3小时前";
    the words before the amount may stand before a unit that says it ("منذ ساعتين")."""
    return (
        re.compile(
            rf"{_NOT_LETTER_BEFORE}(?:{alternation(AGO_BEFORE)})\s+(?:(?P<n>\d+)\s*)?{_UNIT}"
            rf"{_NOT_LETTER_AFTER}",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?<!\d)(?P<n>\d+)\s*{_UNIT}\s*(?:{alternation(AGO_AFTER)}){_NOT_LETTER_AFTER}",
            re.IGNORECASE,
        ),
    )
