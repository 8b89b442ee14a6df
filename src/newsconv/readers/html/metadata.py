"""A page's metadata: title, authors, dates, site, language, lead image, and the rest.

Sources are tried in order of trust, field by field: schema.org JSON-LD, then OpenGraph
and ``article:*``, Twitter cards, Dublin Core and the common ``<meta>`` names, microdata,
and last what the page shows (``<time>``, bylines, ``<title>``, ``<h1>``). The pieces live
in :mod:`newsconv.readers.html.meta`; this module ranks them and builds the
:class:`~newsconv.model.Metadata`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from typing import cast
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from newsconv.build import inlines
from newsconv.language import detect_language, direction_of
from newsconv.model import Direction, Figure, Image, Metadata, Person
from newsconv.readers.html.meta.byline import author_names, first_byline
from newsconv.readers.html.meta.jsonld import LinkedData, read_linked_data
from newsconv.readers.html.meta.tags import MetaTags, microdata
from newsconv.readers.html.meta.title import SiteNames, clean_title, compact, host_labels
from newsconv.readers.html.meta.when import parse_datetime, text_date, time_element_date

__all__ = ["base_url", "jsonld_article_body", "read_metadata"]

_TITLE_TAGS = ("og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title")
_SITE_TAGS = ("og:site_name", "application-name", "apple-mobile-web-app-title")
_AUTHOR_TAGS = (
    "author", "article:author", "og:article:author", "dc.creator", "dcterms.creator",
    "parsely-author", "sailthru.author", "byl", "byline", "citation_author",
)  # fmt: skip
_PUBLISHED_TAGS = (
    "article:published_time", "og:article:published_time", "article:published",
    "published_time", "article.published", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.issued",
    "dcterms.created", "dcterms.date", "parsely-pub-date", "sailthru.date",
    "citation_publication_date", "originalpublicationdate", "og:published_time",
    "article_date_original", "cxenseparse:recs:publishtime",
)  # fmt: skip
_MODIFIED_TAGS = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "last-modified", "dcterms.modified", "article.updated",
)  # fmt: skip
_DESCRIPTION_TAGS = ("og:description", "description", "twitter:description", "dc.description")
_TAG_TAGS = ("article:tag", "og:article:tag", "news_keywords", "keywords", "parsely-tags")
_IMAGE_TAGS = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image")
_LANG_TAGS = ("content-language", "og:locale", "language", "dc.language")
#: Enough of the page's paragraphs to tell its language when it does not say.
_LANGUAGE_SAMPLE = 3000


def read_metadata(root: HtmlElement, *, url: str | None) -> Metadata:
    """What ``root`` (a whole parsed page) says about its article; ``url`` is where the
    page lives, when known. ``source`` is left for the caller to fill."""
    tags = MetaTags(root)
    linked = read_linked_data(root)
    base = base_url(root, url)
    canonical = _absolute(base, tags.link("canonical") or tags.first("og:url") or linked.url)
    canonical = canonical or url
    base = base or canonical
    site_name = linked_site = _first(tags.first(*_SITE_TAGS), linked.publisher, linked.website)
    title, title_site = _title(root, tags, linked, site_name, canonical)
    site_name = site_name or title_site
    lang = _lang(root, tags, linked)
    return Metadata(
        title=title,
        subtitle=linked.alternative_headline or microdata(root, "alternativeHeadline"),
        authors=_authors(root, tags, linked, exclude=(site_name, linked_site)),
        published=_published(root, tags, linked, title, lang),
        modified=_modified(root, tags, linked),
        site_name=site_name,
        url=canonical,
        lang=lang,
        dir=_direction(root, lang),
        description=_first(tags.first(*_DESCRIPTION_TAGS), linked.description),
        tags=_keywords((*tags.all(*_TAG_TAGS), *linked.keywords)),
        image=_image(tags, linked, base),
    )


def base_url(root: HtmlElement, url: str | None) -> str | None:
    """The URL relative links of the page resolve against: ``<base href>`` (itself
    resolved against ``url``), else ``url``, else the canonical link, else ``og:url``."""
    base = next((b.get("href", "").strip() for b in root.iter("base") if b.get("href")), "")
    if base:
        resolved = urljoin(url, base) if url else base
        if urlsplit(resolved).scheme:
            return resolved
    if url:
        return url
    tags = MetaTags(root)
    return _absolute(None, tags.link("canonical")) or _absolute(None, tags.first("og:url"))


def jsonld_article_body(root: HtmlElement) -> str | None:
    """The ``articleBody`` the page's JSON-LD carries, as plain text, if any."""
    return read_linked_data(root).body


def _first(*values: str | None) -> str | None:
    return next((value for value in values if value), None)


def _absolute(base: str | None, href: str | None) -> str | None:
    """``href`` resolved against ``base``; ``None`` unless the result is http(s)."""
    if not href:
        return None
    resolved = urljoin(base, href) if base else href
    return resolved if urlsplit(resolved).scheme in ("http", "https") else None


def _title(
    root: HtmlElement,
    tags: MetaTags,
    linked: LinkedData,
    site_name: str | None,
    url: str | None,
) -> tuple[str | None, str | None]:
    """The headline, and the site name it was decorated with (when it was)."""
    headings = [" ".join(h.text_content().split()) for h in root.iter("h1")]
    page_title = next((" ".join(t.text_content().split()) for t in root.iter("title")), "")
    stated = [*linked.headlines, *(tags.first(name) for name in _TITLE_TAGS)]
    candidates = [title for title in (*stated, microdata(root, "headline")) if title]
    sites = SiteNames(tuple(filter(None, (site_name,))), host_labels(url))
    best = _confirmed(candidates, page_title, headings)
    if best is not None:
        others = [*candidates, page_title]
        chosen = clean_title(best, sites=sites, headings=headings, others=others)
    elif page_title:
        chosen = clean_title(page_title, sites=sites, headings=headings, guess=True)
    elif headings and headings[0]:
        return headings[0], None
    else:
        return None, None
    return chosen.title or None, chosen.site


def _confirmed(candidates: list[str], page_title: str, headings: list[str]) -> str | None:
    """The most trusted title that another source repeats or the page shows (in its
    ``<title>`` or an ``<h1>``): a lone JSON-LD ``headline`` is sometimes a description,
    and a lone ``og:title`` sometimes the site's. A title cut short ("…") loses to the
    whole one. ``None`` when nothing confirms any and ``<title>`` agrees with an ``<h1>``.
    """
    whole = [c for c in candidates if not _truncated(c, candidates)]
    shown = [key for key in map(compact, (page_title, *headings)) if key]
    for candidate in whole:
        if candidates.count(candidate) > 1 or any(compact(candidate) in key for key in shown):
            return candidate
    title_key = compact(page_title)
    if title_key and any(compact(h) and compact(h) in title_key for h in headings):
        return None
    return whole[0] if whole else None


def _truncated(title: str, others: list[str]) -> bool:
    stem = title.rstrip(".… ")
    return stem != title and any(o != title and o.startswith(stem) for o in others)


def _authors(
    root: HtmlElement, tags: MetaTags, linked: LinkedData, *, exclude: Iterable[str | None]
) -> tuple[Person, ...]:
    excluded = [name for name in exclude if name]
    people = [author for author in linked.authors if author.person]
    urls = {author.name.casefold(): author.url for author in people}
    names = (
        author_names([author.name for author in people], exclude=excluded)
        or author_names(tags.all(*_AUTHOR_TAGS), exclude=excluded)
        or first_byline(root, exclude=excluded)
    )
    return tuple(Person(name, urls.get(name.casefold())) for name in names)


def _published(
    root: HtmlElement, tags: MetaTags, linked: LinkedData, title: str | None, lang: str | None
) -> datetime | None:
    stated = [linked.published, *tags.all(*_PUBLISHED_TAGS), microdata(root, "datePublished")]
    return (
        next(filter(None, (parse_datetime(value, lang=lang) for value in stated)), None)
        or time_element_date(root)
        or text_date(root, title, lang=lang)
    )


def _modified(root: HtmlElement, tags: MetaTags, linked: LinkedData) -> datetime | None:
    return _date(linked.modified, *tags.all(*_MODIFIED_TAGS), microdata(root, "dateModified"))


def _date(*values: str | None) -> datetime | None:
    return next(filter(None, map(parse_datetime, values)), None)


def _lang(root: HtmlElement, tags: MetaTags, linked: LinkedData) -> str | None:
    declared = _first(
        root.get("lang"),
        root.get("{http://www.w3.org/XML/1998/namespace}lang"),
        tags.first(*_LANG_TAGS),
        linked.lang,
    )
    if declared and declared.strip():
        code = declared.strip().replace("_", "-").split(",")[0].strip()
        language, _, region = code.partition("-")
        return f"{language.lower()}-{region}" if region else language.lower()
    sample = " ".join(p.text_content() for p in root.iter("p"))[:_LANGUAGE_SAMPLE]
    return detect_language(linked.body or sample)


def _direction(root: HtmlElement, lang: str | None) -> Direction | None:
    """The ``dir`` most of the page's paragraphs are in (a ``dir`` on ``<body>`` or on
    the article's container beats one on ``<html>``), else the page's, else the
    direction of its language."""
    tally = Counter(_inherited_dir(p) for p in root.iter("p"))
    (most, count), *_ = tally.most_common(1) or [(None, 0)]
    if most is not None and count * 2 > tally.total():
        return most
    body = root.find("body")
    declared = (body is not None and _dir(body)) or _dir(root)
    return declared or cast("Direction | None", direction_of(lang))


def _dir(element: HtmlElement) -> Direction | None:
    value = element.get("dir", "").strip().lower()
    return cast(Direction, value) if value in ("rtl", "ltr") else None


def _inherited_dir(element: HtmlElement) -> Direction | None:
    return next(filter(None, map(_dir, element.iterancestors())), _dir(element))


def _keywords(values: Iterable[str]) -> tuple[str, ...]:
    """Tags split on commas, trimmed, each once (case-insensitively), in page order."""
    seen: dict[str, str] = {}
    for value in values:
        for tag in value.split(","):
            tag = " ".join(tag.split())
            if tag:
                seen.setdefault(tag.casefold(), tag)
    return tuple(seen.values())


def _image(tags: MetaTags, linked: LinkedData, base: str | None) -> Figure | None:
    lead = linked.images[0] if linked.images else None
    href = lead.url if lead else tags.first(*_IMAGE_TAGS) or tags.link("image_src")
    src = urljoin(base, href) if base and href else href
    if not src or urlsplit(src).scheme not in ("http", "https", "data", ""):
        return None
    alt = tags.first("og:image:alt", "twitter:image:alt") or ""
    caption = inlines(lead.caption) if lead and lead.caption else ()
    credit = inlines(lead.credit) if lead and lead.credit else ()
    return Figure(Image(src, alt), caption, credit)
