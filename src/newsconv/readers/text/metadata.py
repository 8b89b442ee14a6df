"""Metadata from the lines around the body: title, date, byline, photo credit, site name.

Each finder looks where pages put the thing (the title just above the body and beside the
date, the byline and credit between title and body, the site name in the chrome) and
returns the index of the line it used, so the reader can keep that line out of the body.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from newsconv.dates import find_dates
from newsconv.model import Person
from newsconv.readers.text.features import CHROME, STRONG, Features, letter_count
from newsconv.readers.text.vocabulary import BYLINE_WORDS, CJK_CHARS, CREDIT_LABELS

#: How many lines above the body the title, date, byline and credit are looked for.
LOOKBACK = 40
#: A heading sharing this many content words with the body is on its topic.
ON_TOPIC = 2
#: Sharing more words than this with the body adds nothing more to a heading's score.
MOST_SHARED = 4
#: Titles are rarely heavier than this (see ``features.weight``).
LONG_TITLE = 100
#: Lines longer than this are not a dateline, a byline or a credit.
SHORT_LINE = 160

_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"(?<![^\W\d_])[^\W\d_][^\W\d_A-Z]{2,}\.$")
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{3}[.!?] [A-ZА-ЯЁ]")
_CONTENT_TOKEN = re.compile(f"[^\\W\\d_{CJK_CHARS}]{{4,}}|[{CJK_CHARS}]")
#: A letter that continues a content word (CJK characters stand alone).
_LETTER = re.compile(f"[^\\W\\d_{CJK_CHARS}]")
_LABELS = "|".join(re.escape(label) for label in sorted(CREDIT_LABELS, key=len, reverse=True))
_CREDIT = re.compile(rf"^\(?(?:{_LABELS})\s*[:：]\s*(?P<credit>.+?)\)?$", re.IGNORECASE)
_LABEL = re.compile(rf"\s(?:{_LABELS})\s*[:：]", re.IGNORECASE)
_BYWORDS = "|".join(re.escape(word) for word in sorted(BYLINE_WORDS, key=len, reverse=True))
_BYLINE = re.compile(rf"^(?:{_BYWORDS})\s*[:：]?\s+(?P<names>\S.*)$", re.IGNORECASE)
_NAME_END = re.compile(r"\s*(?:[|•·—–/(@]|\s-\s|\d|\b(?:follow|updated|published)\b).*$", re.I)
#: Lets dates without a year ("March 18") count where only their position matters.
_SOME_DAY = datetime(2000, 6, 1)
#: An academic or professional suffix after a name ("Brenda Goodman, MA"), not a person.
_DEGREE = re.compile(r"(?:[A-Z][A-Za-z]?\.?){1,3}|Jr\.?|Sr\.?")
_NAME_SPLIT = re.compile(r",\s*|\s+(?:and|und|et|y|e|и|і|a|i|en|ve|og|och)\s+|\s*&\s*")
_DOMAIN = re.compile(r"(?<![\w.@/-])([A-Za-z][\w-]{2,}(?:\.[\w-]+)*\.[a-z]{2,6})(?![\w.-]*\w)")
#: What every domain has (its last dot and a letter): a scan that skips most lines cheaply.
_DOT_LETTER = re.compile(r"\.[a-z]")
_COMMON_DOMAINS = frozenset(
    ("twitter.com", "facebook.com", "youtube.com", "instagram.com", "google.com", "t.me")
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)(?:\s*©)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*"
    r"(?P<name>[^\W\d_][^|.,]*)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Found:
    """A value read from one line of the page."""

    index: int
    value: str


def find_date(
    texts: Sequence[str], candidates: range, lang: str | None
) -> tuple[int, datetime] | None:
    """The first date-time on a short line among ``candidates`` (one with a time preferred)."""
    first: tuple[int, datetime] | None = None
    for index in candidates:
        text = texts[index]
        if len(text) > SHORT_LINE or not _DIGIT.search(text):
            continue
        for match in find_dates(text, lang=lang):
            if match.has_time:
                return index, match.value
            first = first or (index, match.value)
    return first


def find_title(
    texts: Sequence[str],
    features: Sequence[Features],
    candidates: range,
    *,
    near: int | None,
    body: str,
) -> Found | None:
    """The heading-like line above the body that speaks of what the body speaks of.

    Page titles share several words with the article (a menu item or a section name
    shares one or none), stand just above it or beside the date, and are often printed
    twice. Distance to the body counts only lines that are not chrome, so a block of
    share buttons between title and body costs nothing. Of a headline and the standfirst
    under it, both on topic, the headline comes first.
    """
    body = body.lower()
    best: tuple[float, int] | None = None
    distance = 0
    below_on_topic = False  # whether the line under this one is an on-topic heading
    for index in reversed(candidates):
        line = features[index]
        if not line.kind.chrome():
            distance += 1
        score = _title_score(texts[index], line)
        if score is None:
            below_on_topic = False
            continue
        shared = _shared_words(texts[index], body)
        score += 0.75 * shared - 0.1 * distance + (0.5 if below_on_topic else 0.0)
        if near is not None and abs(index - near) <= 2:
            score += 1.0 if abs(index - near) == 1 else 0.5
        if best is None or score > best[0]:
            best = (score, index)
        below_on_topic = shared >= ON_TOPIC
    return Found(best[1], texts[best[1]]) if best else None


def _content_tokens(text: str) -> list[str]:
    """Words long enough to carry meaning (any CJK character counts), lowercased."""
    return _CONTENT_TOKEN.findall(text.lower())


def _shared_words(text: str, body: str) -> int:
    """How many of the content words of ``text`` the lowercased ``body`` has, up to four.

    Each word of the line is looked up in the body: a few ``find`` calls cost far less than
    listing every word of a body sample thousands of characters long.
    """
    shared = 0
    for word in set(_content_tokens(text)):
        shared += _has_word(body, word)
        if shared == MOST_SHARED:
            break
    return shared


def _has_word(text: str, word: str) -> bool:
    """Whether ``word`` is one of the content words of ``text`` (not part of a longer one)."""
    if len(word) == 1:  # a CJK character: each is a word of its own
        return word in text
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if not (start and _LETTER.match(text, start - 1)) and not _LETTER.match(text, end):
            return True
        start = text.find(word, start + 1)
    return False


def _title_score(text: str, line: Features) -> float | None:
    """A first score from the line alone, or ``None`` when it cannot be a title."""
    if not 12 <= line.weight <= 400 or line.words < 2:
        return None
    if STRONG.search(text) or _CREDIT.match(text) or _BYLINE.match(text):
        return None
    if (line.words <= 4 and CHROME.search(text)) or letter_count(text) < 0.6 * len(text):
        return None
    score = 1.0 if 4 <= line.words <= 30 else 0.0
    if line.repeats > 1:
        score += 1.0
    if _SENTENCE_END.search(text[-40:]):
        score -= 2.0  # a sentence: a standfirst or a caption, not a headline
    if _SENTENCE_BREAK.search(text):
        score -= 1.0
    if text.isupper():
        score -= 1.0
    if line.weight > LONG_TITLE:
        score -= (line.weight - LONG_TITLE) / 40  # a standfirst or a caption
    return score


def find_byline(texts: Sequence[str], candidates: range) -> tuple[int, tuple[Person, ...]] | None:
    """Authors from a line like "By Jane Doe and John Roe" or "Автор: Иван Петров"."""
    for index in candidates:
        text = texts[index]
        match = _BYLINE.match(text) if len(text) <= SHORT_LINE else None
        if match is None:
            continue
        names = match["names"]
        dated = next(find_dates(names, relative_to=_SOME_DAY), None)  # "By Jane Doe Jan. 12"
        names = _NAME_END.sub("", names[: dated.start] if dated else names)
        parts = [name.strip() for name in _NAME_SPLIT.split(names)]
        people = tuple(Person(name) for name in parts if name and not _DEGREE.fullmatch(name))
        if people and all(_looks_like_name(person.name) for person in people):
            return index, people
    return None


def _looks_like_name(name: str) -> bool:
    words = name.split()
    return 1 <= len(words) <= 5 and all(
        word[0].isupper() or not word[0].isalpha() for word in words
    )


def find_credit(texts: Sequence[str], candidates: range) -> Found | None:
    """The lead photo's credit: "Фото: © REUTERS/POOL" gives "© REUTERS/POOL"."""
    for index in candidates:
        text = texts[index]
        match = _CREDIT.match(text) if len(text) <= SHORT_LINE else None
        if match:
            credit = _LABEL.split(match["credit"], maxsplit=1)[0].strip()
            if credit:
                return Found(index, credit)
    return None


def find_site(texts: Sequence[str]) -> str | None:
    """The site's name: the domain the chrome names most often, else its copyright holder."""
    domains: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for text in texts:
        if len(text) > SHORT_LINE or not _DOT_LETTER.search(text):
            continue
        for domain in _DOMAIN.findall(text):
            key = domain.lower()
            if key not in _COMMON_DOMAINS and not key.startswith("www."):
                domains[key] += 1
                spelling.setdefault(key, domain)
    if domains:
        key, count = domains.most_common(1)[0]
        if count > 1:
            return spelling[key]
    for text in reversed(texts[-20:]):
        match = _COPYRIGHT.search(text) if len(text) <= SHORT_LINE else None
        if match and not _CREDIT.match(text):  # "Photo: © Reuters" credits a photo
            name = match["name"].strip()
            if 2 <= len(name) <= 60:
                return name
    return None
