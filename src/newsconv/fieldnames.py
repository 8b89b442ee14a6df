"""The names other tools give the model's metadata fields.

Front matter (Hugo, Jekyll, pandoc, trafilatura's text output), JSON Lines dumps
(trafilatura's JSON, news-please, newspaper) and reader services' labelled lines (Jina
Reader's "URL Source:") name the same facts differently: ``author`` for ``authors``,
``date`` or ``date_publish`` for ``published``, ``sitename`` for ``site_name``. Their
readers all ask :func:`field_name`, so one table says what each means.
"""

from __future__ import annotations

__all__ = ["ALIASES", "field_name"]

#: Other tools' names for the model's fields, lowercased.
ALIASES: dict[str, str] = {
    "author": "authors",
    "by": "authors",
    "site": "site_name",
    "sitename": "site_name",
    "site name": "site_name",
    "url source": "url",
    "source url": "url",
    "canonical url": "url",
    "link": "url",
    "date": "published",
    "publish_date": "published",
    "date_publish": "published",
    "published_time": "published",
    "published time": "published",
    "published date": "published",
    "publication date": "published",
    "updated": "modified",
    "lastmod": "modified",
    "date_modify": "modified",
    "modified_time": "modified",
    "modified time": "modified",
    "last modified": "modified",
    "language": "lang",
    "summary": "description",
    "abstract": "description",
    "excerpt": "description",
    "keywords": "tags",
}


def field_name(key: str) -> str:
    """The model's name for a metadata key as some tool spells it (else the key, lowercased)."""
    lowered = key.lower()
    return ALIASES.get(lowered, lowered)
