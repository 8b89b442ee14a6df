"""Publication dates: stated in tags, marked up with ``<time>``, or written on the page.

Meta tags and JSON-LD should hold ISO 8601 and usually do; the rest ("Saturday, December
27, 2014, 12:06 PM", RFC 2822) goes through :func:`newsconv.dates.find_dates`. With no
tag, a date the ``<title>`` sets apart as a part of its own ("Headline | Site |
10.06.2013") states the day. A stated zone keeps the ``datetime`` aware, no zone leaves
it naive. ``<time datetime>`` elements come next: one marked as the publication time,
else the first inside the article, else the first on the page, leaving out those that
date something else (a sidebar's events, a list of related stories). Last, a date written
near the headline, in the page's language.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta

from dateutil.parser import isoparse
from lxml import etree
from lxml.html import HtmlElement

from newsconv.dates import find_dates, with_full_offset
from newsconv.model import day_only
from newsconv.readers.html.census import Marked
from newsconv.readers.html.meta.title import compact, title_parts
from newsconv.readers.html.textstats import shown_text
from newsconv.readers.html.vocabulary import COMMENT_NAMES as _COMMENT
from newsconv.readers.html.vocabulary import class_and_id, hides

_PUBLISHED_HINTS = ("publish", "posted", "created", "dateline")
#: Class words of a ``<time>`` giving the last change.
_MODIFIED_MARK = re.compile(r"(?:^|[\s_-])(?:updated|modified)(?:$|[\s_-])", re.IGNORECASE)
#: A class word that hides its element ("hidden", "rich-snippet-hidden"; not "hidden-xs",
#: hidden on small screens only): a theme's copy for machines, which no reader sees.
_HIDDEN_CLASS = re.compile(r"(?:^|[\s_-])hidden(?:$|\s)", re.IGNORECASE)
#: How much of the page's text after the headline may hold its date.
_NEAR_HEADLINE = 1500
#: A line this long is the article itself, no longer its byline or dateline.
_LONG_LINE = 200
#: Elements whose class or id names a date or byline, and how many of them to read.
DATE_HINTS = ("date", "time", "publish", "posted", "byline")
_HINT = re.compile("|".join(DATE_HINTS))
_HINTED_TRIES = 5
#: How many elements named for a date or a byline may give a stated time its zone.
_ZONE_TRIES = 12
#: A list right under the headline with at most this many items is its dateline.
_INFO_ITEMS = 6
#: Where dates are about something else: tables, lists, asides, captions, footers.
_ASIDE = ("table", "ul", "ol", "nav", "aside", "figure", "footer", "script", "style")
#: Where a ``<time>`` is never the page's (a ``<blockquote>`` holds a quoted post, an
#: embedded Instagram or Twitter one with its own date), and, of the lists and tables,
#: where it is only when alone (a ``<footer>`` is left out: an article's own footer is
#: where HTML puts its date).
_FURNITURE = ("nav", "aside", "figure", "blockquote")
#: The elements that hold a page's story, inside which a ``<header>`` is the story's own.
_STORY_TAGS = ("article", "main")
_LISTS = ("table", "ul", "ol")
#: A numeric date a tag may write in either order of day and month ("11/01/2023
#: 12:43:42", a .NET timestamp, month first): slashes or dashes, the year last.
_EITHER_ORDER = re.compile(r"\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?!\d)")

#: Three two-digit numbers, the year first or last ("14-12-29").
_TWO_DIGIT_PARTS = re.compile(r"(\d{2})([-/.])(\d{2})\2(\d{2})")
#: A day in an article's address, as blogs and papers file their stories
#: ("/2011/08/24/washington-monument-closes…/"): a year, a month and a day, each a step.
_ADDRESS_DAY = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)")


def parse_datetime(value: str | None, *, lang: str | None = None) -> datetime | None:
    """The date-time a tag's value states, or ``None`` when it states none or is
    malformed: a date glued to more letters or digits (``2020-01-10T00:59:47ZZ``) may
    mean anything, and read as far as it is well formed it loses its zone."""
    if not value or not value.strip():
        return None
    try:
        return isoparse(with_full_offset(value.strip()))
    except (ValueError, OverflowError):
        found = next(find_dates(value, lang=lang), None)
    if found is None or value[found.end : found.end + 1].isalnum():
        return None
    if found.value.replace(tzinfo=None) > datetime.now():
        return _year_first(value) or found.value
    return found.value


def _year_first(value: str) -> datetime | None:
    """A date of three two-digit numbers ("14-12-29") read in ISO's order with the century
    left out (2014-12-29), called when the day-first reading (2029-12-14) is yet to come:
    no page was published after it is read. None for any other value."""
    parts = _TWO_DIGIT_PARTS.fullmatch(value.strip())
    try:
        return datetime(2000 + int(parts[1]), int(parts[3]), int(parts[4])) if parts else None
    except ValueError:
        return None


def stated_date(
    values: Iterable[str | None], lang: str | None, *, not_before: datetime | None = None
) -> datetime | None:
    """The first date the tags' ``values`` state (none before ``not_before``), in the
    newsroom's own zone when another value gives the same instant with it (JSON-LD often
    says UTC where the meta tags do not), or the same clock time: a plugin that labels
    the CMS's local clock UTC ("15:40+00:00" beside the tags' "15:40+02:00"). A first
    value stating only the day takes the time a later one gives on that day (``dc.date``
    "2014-12-16" before ``DC.date.issued`` "2014-12-16T11:45:18-05:00")."""
    dates = [d for d in (parse_datetime(value, lang=lang) for value in values) if d is not None]
    if not_before is not None:
        dates = [d for d in dates if not earlier(d, not_before)]
    if not dates:
        return None
    first = dates[0]
    if day_only(first):
        timed = (d for d in dates if not day_only(d) and d.date() == first.date())
        first = next(timed, first)
    if first.utcoffset() == timedelta(0):
        clock = first.replace(tzinfo=None)
        local = (
            d
            for d in dates
            if d.utcoffset() not in (None, timedelta(0))
            and (d == first or d.replace(tzinfo=None) == clock)
        )
        return next(local, first)
    return first


def day_order_settled(
    day: datetime, values: Iterable[str | None], paragraphs: Iterable[HtmlElement]
) -> datetime:
    """``day``, which one of the tags' ``values`` writes with a day and a month that read
    either way ("11/01/2023 12:43:42"), in the order the page's short paragraphs print it
    with dots, which has one order ("Erstellt am: 01.11.2023"): when they print only the
    swapped day, the tag meant that one."""
    if day.day == day.month or day.day > 12:
        return day
    numbers = {(day.day, day.month), (day.month, day.day)}
    if not any(
        (m := _EITHER_ORDER.match(v or "")) is not None
        and (int(m[1]), int(m[2])) in numbers
        and int(m[3]) == day.year
        for v in values
    ):
        return day
    swapped = day.replace(day=day.month, month=day.day)
    printed = [shown_text(p) for p in paragraphs if len(p.text_content()) <= _LONG_LINE]
    if any(map(_dotted(swapped).search, printed)) and not any(map(_dotted(day).search, printed)):
        return swapped
    return day


def _dotted(day: datetime) -> re.Pattern[str]:
    """``day`` written with dots, day first ("01.11.2023", "1.11.23")."""
    return re.compile(
        rf"(?<!\d)0?{day.day}\.0?{day.month}\.(?:{day.year}|{day.year % 100:02d})(?!\d)"
    )


def zone_shown(marked: Iterable[Marked], naive: datetime, lang: str | None) -> datetime | None:
    """``naive``, the tags' date-time without a zone, in the zone a date written on the
    page gives the same clock time (``<meta name="date" content="2016-11-29 03:33:08">``
    and "First published November 29, 2016: 3:33 AM ET" under the story): the page's
    words name the newsroom's zone the CMS left out. Only the first :data:`_ZONE_TRIES`
    elements named for a date or a byline are read, the short ones that write the
    clock's minutes."""
    clock = naive.replace(second=0, microsecond=0)
    hinted = (element for element, marks in marked if _HINT.search(marks))
    minutes = tuple(f"{mark}{clock.minute:02d}" for mark in ":.h")  # "3:33", "10.55", "12h02"
    for element in itertools.islice(hinted, _ZONE_TRIES):
        text = _short_text(element)
        if text is None or not any(minute in text for minute in minutes):
            continue  # the clock's minutes are not written: no date here gives it
        for found in find_dates(text, lang=lang):
            value = found.value
            if value.tzinfo is not None and value.replace(tzinfo=None, second=0) == clock:
                return naive.replace(tzinfo=value.tzinfo)
    return None


def zone_of_stamp(times: Iterable[HtmlElement], naive: datetime) -> datetime | None:
    """``naive``, the tags' date-time without a zone, in the zone a ``<time datetime>``
    of the page (``times``) gives the same clock time with (``<meta name="publishdate"
    content="09/13/2016 4:00:00">`` beside ``<time datetime="2016-09-13T04:00:00-07:00">``):
    the stamp machines read names the zone the tag left out."""
    clock = naive.replace(second=0, microsecond=0)
    for stamp in times:
        value = parse_datetime(stamp.get("datetime"))
        if value is None or value.tzinfo is None:
            continue
        if value.replace(tzinfo=None, second=0, microsecond=0) == clock:
            return naive.replace(tzinfo=value.tzinfo)
    return None


def _short_text(element: HtmlElement) -> str | None:
    """``element``'s text when it is :data:`_LONG_LINE` long at most, read no further:
    a box named for a byline may hold the whole story."""
    pieces: list[str] = []
    length = 0
    for piece in element.itertext():
        length += len(piece)
        if length > _LONG_LINE:
            return None
        pieces.append(piece)
    return "".join(pieces)


def address_day(url: str | None) -> datetime | None:
    """The day an article's address files it under (:data:`_ADDRESS_DAY`), a day with no
    time: where the page states no date, the address its site gave it on that day does."""
    found = _ADDRESS_DAY.search(url.partition("?")[0]) if url else None
    if found is None:
        return None
    year, month, day = map(int, found.groups())
    try:
        return datetime(year, month, day)
    except ValueError:  # the 31st of a shorter month
        return None


def earlier(one: datetime, other: datetime) -> bool:
    """Whether ``one`` is before ``other``; by the clock when either has no zone."""
    if (one.utcoffset() is None) != (other.utcoffset() is None):
        return one.replace(tzinfo=None) < other.replace(tzinfo=None)
    return one < other


def text_date(
    start: HtmlElement | None,
    marked: Iterable[Marked],
    *,
    lang: str | None,
    captured: datetime | None = None,
    near: datetime | None = None,
    machine: bool = True,
) -> datetime | None:
    """A date written where bylines and datelines sit: in an element named for it
    (``class="date"``, ``posted-on``, ``byline``), else in the short lines between the
    headline's element (``start``: :func:`headline_element`) and the first long
    paragraph (tables, lists and asides left out). When the tags stated the day, ``near``,
    an element dating another day is passed over: a masthead's today, a teaser's. Without
    ``machine``, only the words are read, not the ``datetime`` or ``title`` beside them."""
    layout = _layout_tables(start) | _own_footers(start)
    marked = list(marked)
    hidden = [e for e, marks in marked if "hidden" in marks and _hidden_change(e)]
    hinted = (
        element
        for element, marks in marked
        if _HINT.search(marks)
        and element not in hidden
        and not any(a not in layout for a in element.iterancestors(*_ASIDE))
        and not _in_masthead(element, start)
    )
    day = None  # a day alone, kept while a later element may give its time
    for element in itertools.islice(hinted, _HINTED_TRIES):
        text = _shown_content(element, hidden)
        value = _machine_readable(element, inner=len(text) <= _LONG_LINE) if machine else None
        value = value or _first_date(text, lang, captured)
        if value is None or (near is not None and not within_a_day(value, near)):
            continue
        if not day_only(value):
            return value if day is None or within_a_day(value, day) else day
        day = day or value  # Blogger's date header, then the post's <abbr title=...>
    if day is not None:
        return day
    if start is None:
        return None
    return _date_below(start, lang, captured) or _date_above(start, lang, captured)


def title_day(title: str, lang: str | None) -> datetime | None:
    """The day the page's ``<title>`` prints as a part of its own, last or first ("Uncork
    the mystery of Germany's Frühburgunder | Culture | DW | 10.06.2013"): the template
    dates the page itself there, as a tag would, where a date in the page's boxes may be a
    teaser's."""
    parts = title_parts(title)
    if len(parts) < 2:
        return None
    for part in (parts[-1], parts[0]):
        if not any(map(str.isdigit, part)):  # a date has a day or a year; most parts neither
            continue
        found = next(find_dates(part, lang=lang), None)
        if found is not None and found.start == 0 and found.end == len(part):
            return found.value
    return None


def _in_masthead(element: HtmlElement, headline: HtmlElement | None) -> bool:
    """Whether ``element`` sits in the page's banner: a ``<header>`` (or ``role="banner"``)
    outside any ``<article>`` or ``<main>`` that does not hold the headline. A site prints
    today's date there, by its name ("lun. 5 août 2019"), not the article's."""
    if headline is None:
        return False
    banner = None
    for ancestor in element.iterancestors():
        if ancestor.tag in _STORY_TAGS:
            return False
        if banner is None and (ancestor.tag == "header" or ancestor.get("role") == "banner"):
            banner = ancestor
    return banner is not None and all(a is not banner for a in headline.iterancestors())


def _date_below(start: HtmlElement, lang: str | None, captured: datetime | None) -> datetime | None:
    """The first date in the short lines after the headline ``start``, before the text."""
    texts = lines_below(start)
    for text in texts:
        value = _first_date(text, lang, captured)
        if value is not None:
            return _zoned(value, text, next(texts, ""), lang, captured)
    return None


def lines_below(start: HtmlElement) -> Iterator[str]:
    """The short texts after the headline ``start`` (whitespace collapsed), up to the first
    long one (the article's text) or :data:`_NEAR_HEADLINE` characters: where a page
    writes its byline and dateline."""
    budget = _NEAR_HEADLINE
    for text in _following_texts(start):
        text = " ".join(text.split())
        if len(text) > _LONG_LINE or budget <= 0:
            return
        budget -= len(text)
        yield text


def _zoned(
    value: datetime, text: str, following: str, lang: str | None, captured: datetime | None
) -> datetime:
    """``value``, found in ``text``, in the zone the ``following`` text names when it
    names one: a page may set the zone apart ("12:14 <abbr>CET</abbr>")."""
    if value.tzinfo is not None or not following.strip():
        return value
    joined = _first_date(f"{text} {' '.join(following.split())}", lang, captured)
    same_time = joined is not None and joined.replace(tzinfo=None) == value
    return joined if same_time and joined is not None else value


def _date_above(start: HtmlElement, lang: str | None, captured: datetime | None) -> datetime | None:
    """The date in the short element right above the headline ``start``, where some sites
    put the dateline ("14.06.2019 (ch)" over the title). Only that one: further up, a
    site's header shows today's date."""
    above = start.getprevious()
    while above is not None and not isinstance(above.tag, str):  # a comment
        above = above.getprevious()
    if above is None or above.tag in _ASIDE:
        return None
    text = shown_text(above)
    return _first_date(text, lang, captured) if len(text) <= _LONG_LINE else None


def _layout_tables(headline: HtmlElement | None) -> set[HtmlElement]:
    """The tables and lists around the headline: an old site's layout, not a table of
    data, or a page laid out as a list of stories (Folha's ``<ul id="pagination">``, the
    story one of its items), not a list of teasers, so what they hold is not set aside."""
    if headline is None:
        return set()
    return set(headline.iterancestors(*_LISTS))


def _own_footers(headline: HtmlElement | None) -> set[HtmlElement]:
    """The ``<footer>`` elements of the article or section whose headline is ``headline``
    (its direct children): HTML's place for the article's own date ("<footer><span
    class=post-date>"), not the page's footer, so what they hold is not set aside."""
    if headline is None:
        return set()
    story = next(headline.iterancestors("article", "section"), None)
    return set() if story is None else {child for child in story if child.tag == "footer"}


def _following_texts(start: HtmlElement) -> Iterator[str]:
    """The non-blank texts after ``start`` in page order, those inside ``_ASIDE`` elements
    left out (the layout tables and lists around ``start`` are no aside): XPath's
    ``following::text()``, read only as far as the caller goes (the query read the whole
    rest of the page, and its ancestor tests, every time)."""
    chain = [start, *start.iterancestors()]
    # set_aside[i]: chain[i] or an element above it is one of _ASIDE (one pass, any depth)
    asides = (e.tag in _ASIDE and e.tag not in _LISTS for e in reversed(chain))
    above = itertools.accumulate(asides, operator.or_)
    set_aside = list(above)[::-1]
    for node, aside in zip(chain, set_aside[1:], strict=False):  # aside: the node's parent
        if aside:
            continue
        if node.tail and not node.tail.isspace():
            yield node.tail
        under_headline = node is start
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str):
                yield from _info_list(sibling) if under_headline else _texts(sibling)
                under_headline = False
            elif sibling.tail and not sibling.tail.isspace():  # after a comment
                yield sibling.tail


def _info_list(element: HtmlElement) -> Iterator[str]:
    """The texts of the element right under the headline: those of its items, too, when
    it is a short list (a page may print its date, author and section as one: "27 juin
    2019", "Par Elba"), where lists further down are left out as teasers."""
    if element.tag in ("ul", "ol") and len(element) <= _INFO_ITEMS:
        for item in element:
            yield from _texts(item)
        if element.tail and not element.tail.isspace():
            yield element.tail
    else:
        yield from _texts(element)


def _hidden_change(element: HtmlElement) -> bool:
    """Whether ``element`` is a hidden mark of the last change ("updated
    rich-snippet-hidden"): a theme writes it for search engines, and it is no
    publication date."""
    names = element.get("class") or ""
    return bool(_HIDDEN_CLASS.search(names) and _MODIFIED_MARK.search(names))


def _shown_content(element: HtmlElement, hidden: list[HtmlElement]) -> str:
    """``element``'s text without that of the ``hidden`` marks of the last change inside
    it (a byline line holding the theme's copy for machines before the date shown), a
    line break read as the space it shows ("1:26 pm ET<br>Jun 3, 2014", not "ETJun")."""
    inside = [mark for mark in hidden if element in mark.iterancestors()]
    if not inside and element.find(".//br") is None:
        return str(element.text_content())
    parts = []
    walk = etree.iterwalk(element, events=("start", "end"))
    for event, node in walk:
        if event == "start" and node in inside:
            walk.skip_subtree()  # its end still comes, with its tail
        elif event == "start" and node.tag == "br":
            parts.append(" ")
        elif event == "start":
            parts.append(node.text if isinstance(node.tag, str) and node.text else "")
        elif node is not element:
            parts.append(node.tail or "")
    return "".join(parts)


def _texts(element: HtmlElement) -> Iterator[str]:
    """The non-blank texts of ``element`` (outside ``_ASIDE`` elements and those an inline
    style or a class word hides: a hover caption, a theme's copy for machines) and its
    tail; a comment's own text is none."""
    walk = etree.iterwalk(element, events=("start", "end", "comment", "pi"))
    for event, node in walk:
        if event != "start":
            text = node.tail
        elif (
            node.tag in _ASIDE
            or ((style := node.get("style")) and hides(style))
            or ((names := node.get("class")) and "hidden" in names and _HIDDEN_CLASS.search(names))
        ):
            walk.skip_subtree()  # its end still comes, with its tail
            continue
        else:
            text = node.text
        if text and not text.isspace():
            yield text


def _machine_readable(element: HtmlElement, *, inner: bool) -> datetime | None:
    """The date-time an element (or, if ``inner``, one inside it: a byline line's) gives
    machines beside the words it shows people: a ``datetime``, or an ``<abbr>``'s
    ``title`` (the microformats' ``<abbr class="published" title="2019-09-11T12:30:39Z">``),
    which keeps the time of day and zone its words ("4:39 PM", "1 hr ago") leave out."""
    nodes = element.iter("abbr", "time") if inner else (element,)
    for node in nodes:
        stated = node.get("datetime") or (node.get("title") if node.tag == "abbr" else None)
        if value := parse_datetime(stated):
            return value
    return parse_datetime(element.get("datetime"))


def within_a_day(one: datetime, other: datetime) -> bool:
    """Whether two date-times are less than a day apart (by the clock when either has no
    zone): one date in two zones, or a day and a time of it."""
    if (one.utcoffset() is None) != (other.utcoffset() is None):
        one, other = one.replace(tzinfo=None), other.replace(tzinfo=None)
    return abs(one - other) < timedelta(days=1)


def _first_date(text: str, lang: str | None, captured: datetime | None) -> datetime | None:
    found = next(find_dates(text[:_LONG_LINE], lang=lang, relative_to=captured), None)
    return found.value if found is not None else None


def headline_element(headings: list[HtmlElement], headline: str | None) -> HtmlElement | None:
    """The ``<h1>`` among ``headings`` that shows the ``headline``, else one that shows
    it with a label beside it ("Headline Subscribers"), else the first (a logo's, often)."""
    wanted = " ".join((headline or "").split())
    shown = next((h for h in headings if shown_text(h) == wanted), None)
    if shown is not None or not headings:
        return shown
    key = compact(wanted)
    labelled = (h for h in headings if key and key in compact(shown_text(h)))
    return next(labelled, headings[0])


def time_element_date(
    times: Iterable[HtmlElement], headlines: Iterable[HtmlElement] = ()
) -> datetime | None:
    """The publication time one of the page's ``<time datetime>`` elements (``times``,
    in page order) gives, if any does. When the first of ``headlines`` that stands in an
    ``<article>`` does (the headline's ``<h1>``, then the others), a stamp in another
    ``<article>`` dates that one: a teaser's, however marked."""
    stamps = [t for t in times if t.get("datetime", "").strip()]
    stories = (_article_of(h) for h in headlines)
    story = next((a for a in stories if a is not None), None) if stamps else None
    own = [
        t
        for t in stamps
        if not _dates_something_else(t) and (story is None or _article_of(t) in (story, None))
    ]
    return (
        _first_stated(t for t in own if _marked_published(t))
        or _first_stated(_unmarked_order(own))
        or _facts_box_stamp(stamps, story)
    )


def _facts_box_stamp(stamps: list[HtmlElement], story: HtmlElement | None) -> datetime | None:
    """The publication time of the story's own box of facts, when nothing else dates it:
    a ``<time>`` marked as the publication, alone in an ``<aside>`` of the headline's
    ``<article>`` ("Datum: 13.4.2011, 22:55 / Autor: …" under Golem's story). An aside
    dating several things, or another story's, is set aside still. A stamp stating the
    day only takes the time its words give that day."""
    for stamp in stamps:
        aside = next(stamp.iterancestors("aside"), None)
        if (
            story is None
            or aside is None
            or not _marked_published(stamp)
            or _article_of(aside) is not story
            or sum(1 for _ in aside.iter("time")) > 1
        ):
            continue
        value = parse_datetime(stamp.get("datetime"))
        if value is not None and day_only(value):
            shown = _first_date(stamp.text_content(), None, None)
            return shown if shown is not None and within_a_day(shown, value) else value
        if value is not None:
            return value
    return None


def _article_of(element: HtmlElement) -> HtmlElement | None:
    """The nearest ``<article>`` around ``element``, if any."""
    return next(element.iterancestors("article"), None)


def time_element_modified(times: Iterable[HtmlElement]) -> datetime | None:
    """The time of the last change a ``<time datetime>`` marked for it gives (hAtom's
    ``class="updated"``, WordPress's own), if any does."""
    return _first_stated(t for t in times if _MODIFIED_MARK.search(t.get("class", "")))


def _unmarked_order(own: list[HtmlElement]) -> Iterator[HtmlElement]:
    """The stamps to try when none is marked: those inside the article, then the first."""
    yield from (t for t in own if next(t.iterancestors(*_STORY_TAGS), None) is not None)
    yield from own[:1]


def _first_stated(stamps: Iterable[HtmlElement]) -> datetime | None:
    """The first date-time one of ``stamps`` states in its ``datetime``."""
    for element in stamps:
        value = parse_datetime(element.get("datetime"))
        if value is not None:
            return value
    return None


def _dates_something_else(stamp: HtmlElement) -> bool:
    """Whether a ``<time>`` dates something other than the page: it stands in a menu, an
    aside, a figure, a quoted post or a reader's comment, or in a list or table that
    dates several things (a widget of events, a list of related stories, however it
    marks them published); a list holding only it is a byline's."""
    for ancestor in stamp.iterancestors():
        tag = ancestor.tag
        if tag in _FURNITURE:
            return True
        if (ancestor.get("class") or ancestor.get("id")) and _COMMENT.search(
            class_and_id(ancestor)
        ):
            return True
        if tag in _LISTS and len(ancestor.findall(".//time")) > 1:
            return True
    return False


def _marked_published(element: HtmlElement) -> bool:
    if element.get("pubdate") is not None or element.get("itemprop") == "datePublished":
        return True
    marks = " ".join(
        f"{node.get('class', '')} {node.get('id', '')}".lower()
        for node in (element, element.getparent())
        if node is not None
    )
    return any(hint in marks for hint in _PUBLISHED_HINTS)
