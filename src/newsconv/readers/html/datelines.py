"""Datelines at an article's ends: the lines that only date it, which the metadata holds.

Above the first paragraph: a date with a zone's letters or a label or two beside it, a
label and a machine-readable ``<time>``, an "updated" label and a time of day. Under the
last one: such a line when the markup names it a date, or a stamp with its source
("CNNMoney (New York) First published …"). A date inside a sentence stays; so does a bare
date closing the text, which may be the text's own.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from lxml.html import HtmlElement

from newsconv.dates import DateMatch, find_dates
from newsconv.dates.patterns import date_words, time_of_day
from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.figures import loose_caption
from newsconv.readers.html.textstats import TextStats, holds_blocks, shown_text, within

if TYPE_CHECKING:
    from newsconv.readers.html.tidy import Judge

__all__ = ["last_text_block", "only_dates", "remove_closing_dateline", "remove_leading_dateline"]

#: A digit (of any script): one search spares the label regexes most lines.
_DIGIT = re.compile(r"\d")
#: Runs of letters: a label's words.
_LETTER_RUN = re.compile(r"[^\W\d_]+")
#: Beside its date, a dateline holds this many letters at most (a zone: "AMT", "ET"), not
#: counting a weekday or an "updated" label.
_DATELINE_MAX_LETTERS = 4
#: ...or a label of this many words at most before each of its dates ("Posted on").
_LABEL_WORDS = 2
#: A class or id naming a block as the article's date ("date", "post-date", "pubdate").
_DATE_NAME = re.compile(r"(?:^|[\s_-])(?:date|dateline|pubdate|timestamp|datum|fecha)(?:$|[\s_-])")
#: Beside a ``<time>``, a dateline holds this many words at most ("Published on", "Mis à
#: jour le").
_TIME_LABEL_WORDS = 3
#: A closing stamp names its source in this many words at most ("CNNMoney (New York)").
_STAMP_SOURCE_WORDS = 4
#: Where a camelCase class name parts its words ("cnnDateStamp").
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: What parts a time of day from its label ("Updated: 9.45pm", "Updated | 14:30").
_TIME_LABEL_MARKS = " :：|·•,-–—"


def remove_leading_dateline(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """Lines above the article's first paragraph that only date it ("18 հունվարի 2018 -
    15:01 AMT", "June 3, 2021 | 6:50 a.m. ET"), or only label a ``<time>`` ("Uppdaterad
    <time>idag 11:19</time>", "Published <time>…</time>": the words are the site's, the
    time the page's, however it prints it), or label the hour it was updated ("Updated:
    9.45pm"): the metadata has the date. A caption above the headline does not begin the
    article, nor does a heading too long for a label (the deck a page prints between its
    headline and its ``<time>``); a paragraph as long is the first, unless only a
    ``<time>`` line follows it (a deck set in ``<p>``: that line goes, the deck stays)."""
    labelled: list[HtmlElement] = []  # removed after the walk, which a removal would end
    caption: HtmlElement | None = None
    elements = article.iter(*vocab.TEXT_HOLDERS)
    for element in elements:
        length = stats.chars(element)
        if not length or element.getparent() is None or holds_blocks(element):
            continue  # containers: their blocks come next
        if _in_figure(element, article) or (labelled and within(element, labelled[-1])):
            continue
        if caption is not None and within(element, caption):
            continue
        if loose_caption(element):
            caption = element  # a picture's caption written without <figure>: its parts too
            continue
        if length > vocab.BYLINE_MAX_CHARS:
            if element.tag in vocab.HEADINGS:
                continue  # a headline or a deck over the date, not the article's text
            labelled.extend(_glued_dateline(element) or _time_under(element, elements, stats))
            break  # the article has begun
        if _labelled_time(element):
            labelled.append(element)
            continue
        text = shown_text(element)
        dates = list(find_dates(text))
        if dates:
            if only_dates(text, dates):
                labelled.append(element)
            break
        if _labelled_time_of_day(text):
            labelled.append(element)
    for element in labelled:
        judge.remove(element, "a dateline")


def remove_closing_dateline(article: HtmlElement, stats: TextStats, judge: Judge) -> None:
    """The article's last line when it only dates it and says so (a label and a
    ``<time>``, or a class naming a date: 8sidor.se's ``<p class="date">17 mars 2026</p>``
    under the text, the agency's signature above it): the metadata has the date. Only the
    very last block with text is looked at; a bare date there may be the text's own."""
    last = last_text_block(article, stats)
    if last is None or stats.chars(last) > vocab.BYLINE_MAX_CHARS or _in_figure(last, article):
        return
    for ancestor in last.iterancestors():
        if ancestor is article:
            break
        if stats.chars(ancestor) > stats.chars(last) and not holds_blocks(ancestor):
            return  # a date inside the last paragraph's sentence
    if _labelled_time(last) or _stamped(last):
        judge.remove(last, "a closing dateline")
        return
    if not _DATE_NAME.search(vocab.class_and_id(last)):
        return  # a date in a paragraph of its own may be the text's ("12 March 2021")
    text = shown_text(last)
    dates = list(find_dates(text))
    if dates and only_dates(text, dates):
        judge.remove(last, "a closing dateline")


def _stamped(block: HtmlElement) -> bool:
    """Whether ``block`` is a story's closing stamp: a part named for a date (``<span
    class="cnnDateStamp">``, its class's words parted at capitals) holding a date and at
    most a short label, beside a few words naming the source ("CNNMoney (New York) First
    published November 29, 2016: 3:33 AM ET"). Its date is the metadata's."""
    for part in block.iterdescendants():
        name = part.get("class") if isinstance(part.tag, str) else None
        if not name or not _DATE_NAME.search(_CAMEL_HUMP.sub(" ", name).lower()):
            continue
        text = shown_text(part)
        date = next(find_dates(text), None)
        if date is None:
            return False
        label = (text[: date.start] + " " + text[date.end :]).split()
        rest = shown_text(block).replace(text, " ", 1).split()
        return (
            len(label) <= _TIME_LABEL_WORDS
            and len(rest) <= _STAMP_SOURCE_WORDS
            and not any(char.isdigit() for char in " ".join(label + rest))
        )
    return False


def _labelled_time_of_day(text: str) -> bool:
    """Whether ``text`` is an "updated" label (or a weekday) and a time of day, nothing
    else: the hour a story above its first paragraph was last changed ("Updated: 9.45pm",
    "Aktualisiert 14:30 Uhr"), which prints no date to find."""
    if not _DIGIT.search(text) or not date_words().search(text):
        return False
    rest = date_words().sub(" ", text).strip(_TIME_LABEL_MARKS)
    return time_of_day().fullmatch(rest) is not None


def only_dates(text: str, dates: list[DateMatch]) -> bool:
    """Whether ``text`` holds little but ``dates``: at most a zone's letters beside them
    (:data:`_DATELINE_MAX_LETTERS`), besides the words that dress a date (a weekday,
    "updated": "الأحد، 04 آب 2013، آخر تحديث 02:21"), or a label of a word or two before
    each and no other number ("Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46",
    "Publié le 7 novembre 2023")."""
    rest, end = [], 0
    for date in dates:
        rest.append(text[end : date.start])
        end = date.end
    rest.append(text[end:])
    # a time of day printed before its date ("Published 4:00 am, Wednesday, October 27,
    # 2010") dresses the date as a weekday does
    words = time_of_day().sub(" ", date_words().sub(" ", " ".join(rest)))
    if sum(char.isalpha() for char in words) <= _DATELINE_MAX_LETTERS:
        return True
    return not _DIGIT.search(words) and len(_LETTER_RUN.findall(words)) <= _LABEL_WORDS * len(dates)


def last_text_block(article: HtmlElement, stats: TextStats) -> HtmlElement | None:
    """The last element of ``article`` that shows text and holds no block: found by going
    down through each level's last child with text, not by walking the whole article."""
    node = article
    while holds_blocks(node):
        child = next(
            (
                c
                for c in node.iterchildren(reversed=True)
                if isinstance(c.tag, str) and stats.chars(c)
            ),
            None,
        )
        if child is None:
            break
        node = child
    if node is article or node.tag not in vocab.TEXT_HOLDERS:
        return None
    return node


def _in_figure(element: HtmlElement, article: HtmlElement) -> bool:
    """Whether ``element`` is part of a figure (its caption) inside ``article``."""
    for ancestor in element.iterancestors():
        if ancestor is article:
            return False
        if ancestor.tag in ("figure", "figcaption"):
            return True
    return False


def _time_under(
    deck: HtmlElement, after: Iterator[HtmlElement], stats: TextStats
) -> list[HtmlElement]:
    """The block after ``deck`` (the next of ``after`` with text, outside it) when it only
    labels a ``<time>`` (:func:`_labelled_time`): a dateline under a deck set in a
    paragraph (El Universo's ``<p class="date"><time>24 de agosto, 2026 - 23h23</time>``)."""
    for element in after:
        if within(element, deck) or not stats.chars(element) or holds_blocks(element):
            continue
        return [element] if _labelled_time(element) else []
    return []


#: A dateline glued to the paragraph after it spans this many of its first parts at most
#: ("<em>Red. /</em><em><time>…</time></em>").
_GLUED_PARTS = 3


def _glued_dateline(paragraph: HtmlElement) -> list[HtmlElement]:
    """The parts opening the article's first ``paragraph`` that only date it: its first
    elements up to one holding a ``<time datetime>``, with at most a short label beside
    the time (:func:`_labelled_time`: a desk or a by-word, "Red. /"), before the rest set
    in an element of its own (Infosperber's ``<p class="author-meta"><em>Red. / </em><em>
    <time>31.10.2023</time></em> <strong>standfirst</strong></p>``). A time opening a
    sentence that goes on in the same line ("<time>…</time> — The council voted …") is the
    paragraph's own, and stays."""
    if (paragraph.text or "").strip():
        return []
    parts: list[HtmlElement] = []
    for part in paragraph:
        if not isinstance(part.tag, str) or len(parts) == _GLUED_PARTS:
            return []
        parts.append(part)
        if part.tag == "time" or next(part.iter("time"), None) is not None:
            break
    else:
        return []
    rest = parts[-1].getnext()
    if (parts[-1].tail or "").strip(_TIME_LABEL_MARKS + "\xa0\t\r\n") or rest is None:
        return []
    label = paragraph.makeelement("span", {})
    label.extend(copy.deepcopy(part) for part in parts)
    return parts if _labelled_time(label) and shown_text(rest) else []


def _labelled_time(element: HtmlElement) -> bool:
    """Whether ``element`` is a machine-readable ``<time>`` and at most a short label
    beside it: the words outside the ``<time>`` are :data:`_TIME_LABEL_WORDS` at most and
    hold no digit (a sentence naming a time has more)."""
    times = [element] if element.tag == "time" else list(element.iter("time"))
    if not times or not any(time.get("datetime") for time in times):
        return False
    rest = shown_text(element)
    for time in times:
        rest = rest.replace(shown_text(time), " ", 1)
    words = rest.split()
    return len(words) <= _TIME_LABEL_WORDS and not any(char.isdigit() for char in rest)
