"""Publication dates: stated in tags, marked up with ``<time>``, or written on the page.

Meta tags and JSON-LD should hold ISO 8601 and usually do; the rest ("Saturday, December
27, 2014, 12:06 PM", RFC 2822) goes through :func:`newsconv.dates.parse_date`. A stated
zone keeps the ``datetime`` aware, no zone leaves it naive. ``<time datetime>`` elements
come next: one marked as the publication time, else the first inside the article, else
the first on the page. Last, a date written near the headline, in the page's language.
"""

from __future__ import annotations

from datetime import datetime

from dateutil.parser import isoparse
from lxml.html import HtmlElement

from newsconv.dates import find_dates, parse_date

_PUBLISHED_HINTS = ("publish", "posted", "created", "dateline")
#: How much of the page's text after the headline may hold its date.
_NEAR_HEADLINE = 1500


def parse_datetime(value: str | None, *, lang: str | None = None) -> datetime | None:
    """The date-time a tag's value states, or ``None`` when it states none."""
    if not value or not value.strip():
        return None
    try:
        return isoparse(value.strip())
    except (ValueError, OverflowError):
        return parse_date(value, lang=lang)


def text_date(root: HtmlElement, headline: str | None, *, lang: str | None) -> datetime | None:
    """The first date written after the headline (or at the top of the body), within
    :data:`_NEAR_HEADLINE` characters: where bylines and datelines sit."""
    body = root.find("body")
    text = " ".join((body if body is not None else root).text_content().split())
    start = text.find(headline) + len(headline) if headline and headline in text else 0
    found = next(find_dates(text[start : start + _NEAR_HEADLINE], lang=lang), None)
    return found.value if found is not None else None


def time_element_date(root: HtmlElement) -> datetime | None:
    """The publication time a ``<time datetime>`` element gives, if any does."""
    stamps = [t for t in root.iter("time") if t.get("datetime", "").strip()]
    marked = [t for t in stamps if _marked_published(t)]
    inside = [t for t in stamps if any(a.tag in ("article", "main") for a in t.iterancestors())]
    for element in (*marked, *inside, *stamps[:1]):
        value = parse_datetime(element.get("datetime"))
        if value is not None:
            return value
    return None


def _marked_published(element: HtmlElement) -> bool:
    if element.get("pubdate") is not None or element.get("itemprop") == "datePublished":
        return True
    marks = " ".join(
        f"{node.get('class', '')} {node.get('id', '')}".lower()
        for node in (element, element.getparent())
        if node is not None
    )
    return any(hint in marks for hint in _PUBLISHED_HINTS)
