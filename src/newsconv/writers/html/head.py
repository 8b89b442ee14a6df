"""What a standalone page says about its article to browsers, crawlers and link previews.

Three vocabularies carry the same metadata: plain ``<meta>`` tags, OpenGraph (link previews)
and a schema.org ``NewsArticle`` in JSON-LD (search engines). All come from
:class:`~newsconv.model.Metadata`; fields the document lacks are left out, never invented.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime

from newsconv.model import Metadata
from newsconv.writers.html.markup import element, machine_date, safe_href, scheme_of, void

_LOCALE = re.compile(r"^([a-z]{2,3})(?:[-_]([a-z]{2}))?$", re.IGNORECASE)
#: What must not appear raw inside ``<script>``: ``</script>``, ``<!--`` and ``&`` entities.
_SCRIPT_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def head_tags(meta: Metadata) -> str:
    """The ``<meta>``, ``<link>`` and JSON-LD lines for the ``<head>``, one per line."""
    lines = [void("meta", {"name": name, "content": value}) for name, value in _named(meta)]
    canonical = safe_href(meta.url) if meta.url else None
    if canonical:
        lines.append(void("link", {"rel": "canonical", "href": canonical}))
    lines += [void("meta", {"property": key, "content": value}) for key, value in _graph(meta)]
    lines.append(json_ld_script(meta))
    return "\n".join(lines)


def json_ld(meta: Metadata) -> dict[str, object]:
    """The schema.org ``NewsArticle`` describing ``meta`` (empty fields left out)."""
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": meta.title,
        "description": meta.description,
        "datePublished": _iso(meta.published),
        "dateModified": _iso(meta.modified),
        "inLanguage": meta.lang,
        "keywords": ", ".join(meta.tags) or None,
        "url": _web_url(meta.url),
    }
    if meta.authors:
        data["author"] = [
            _drop_empty({"@type": "Person", "name": person.name, "url": _web_url(person.url)})
            for person in meta.authors
        ]
    if meta.site_name:
        data["publisher"] = {"@type": "Organization", "name": meta.site_name}
    image = _lead_image(meta)
    if image:
        data["image"] = [image]
    if data["url"]:
        data["mainEntityOfPage"] = {"@type": "WebPage", "@id": data["url"]}
    return _drop_empty(data)


def json_ld_script(meta: Metadata) -> str:
    """``json_ld(meta)`` in a ``<script>`` element, escaped so no text can close it early."""
    payload = json.dumps(json_ld(meta), ensure_ascii=False, indent=1).translate(_SCRIPT_ESCAPES)
    return element("script", f"\n{payload}\n", {"type": "application/ld+json"})


def _named(meta: Metadata) -> Iterator[tuple[str, str]]:
    if meta.description:
        yield "description", meta.description
    if meta.authors:
        yield "author", ", ".join(person.name for person in meta.authors)
    if meta.tags:
        yield "keywords", ", ".join(meta.tags)


def _graph(meta: Metadata) -> Iterator[tuple[str, str]]:
    """OpenGraph properties, ``og:`` first and then the ``article:`` ones."""
    yield "og:type", "article"
    optional = (
        ("og:title", meta.title),
        ("og:url", _web_url(meta.url)),
        ("og:image", _lead_image(meta)),
        ("og:site_name", meta.site_name),
        ("og:description", meta.description),
        ("og:locale", _locale(meta.lang)),
        ("article:published_time", _iso(meta.published)),
        ("article:modified_time", _iso(meta.modified)),
    )
    yield from ((key, value) for key, value in optional if value)
    for person in meta.authors:
        yield "article:author", _web_url(person.url) or person.name
    for tag in meta.tags:
        yield "article:tag", tag


def _locale(lang: str | None) -> str | None:
    """OpenGraph's ``language_TERRITORY`` for a BCP 47 tag like ``pt-br`` (script tags
    such as ``zh-Hans`` have no such form and are left out)."""
    match = _LOCALE.match(lang or "")
    if match is None:
        return None
    language, region = match.groups()
    return f"{language.lower()}_{region.upper()}" if region else language.lower()


def _lead_image(meta: Metadata) -> str | None:
    """The lead image's address, when it is one a crawler can fetch."""
    return _web_url(meta.image.image.src) if meta.image else None


def _web_url(url: str | None) -> str | None:
    return url if url and scheme_of(url) in ("http", "https") else None


def _iso(when: datetime | None) -> str | None:
    return machine_date(when) if when else None


def _drop_empty(data: dict[str, object]) -> dict[str, object]:
    return {key: value for key, value in data.items() if value not in (None, "", [])}
