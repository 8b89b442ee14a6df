"""Schema.org JSON-LD: the richest and most trusted metadata a news page carries.

Pages nest the article inside ``@graph``, lists, or ``mainEntity``; give ``@type`` as a
string or a list; and write people, images and publishers as strings, objects or lists of
either. This module finds the article object among them and flattens what the metadata
reader needs into :class:`LinkedData`. Broken JSON is common (trailing commas, comments,
raw newlines in strings): what cannot be repaired cheaply is skipped, not an error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from lxml.html import HtmlElement

from newsconv.readers.html.meta.tags import unescaped

#: Schema.org types that describe one article, story or post.
ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "askpublicnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "scholarlyarticle",
        "techarticle",
        "report",
        "satiricalarticle",
        "advertisercontentarticle",
        "medicalscholarlyarticle",
        "discussionforumposting",
    }
)
_PAGE_TYPES = frozenset({"webpage", "itempage", "aboutpage", "medicalwebpage"})
#: What opens a script's text wrapped in a comment or a CDATA section.
_OPENING_WRAPPER = re.compile(r"\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)")
#: Keys under which pages nest further objects: the article may be in any of them.
_NESTING = ("@graph", "mainEntity", "itemListElement")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
#: How many faults :func:`_repaired` mends in one script before it gives the script up.
_MENDS = 64


@dataclass(frozen=True, slots=True)
class Author:
    name: str
    url: str | None = None
    person: bool = True


@dataclass(frozen=True, slots=True)
class LeadImage:
    url: str
    caption: str | None = None
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class LinkedData:
    """What the page's JSON-LD says about its article; empty when it says nothing."""

    headlines: tuple[str, ...] = ()
    alternative_headline: str | None = None
    authors: tuple[Author, ...] = ()
    published: str | None = None
    modified: str | None = None
    publisher: str | None = None
    website: str | None = None
    images: tuple[LeadImage, ...] = ()
    lang: str | None = None
    keywords: tuple[str, ...] = ()
    description: str | None = None
    url: str | None = None
    body: str | None = None
    section: str | None = None


def read_linked_data(root: HtmlElement) -> LinkedData:
    """The article the JSON-LD of the page ``root`` describes."""
    return linked_data(root.iter("script"))


def linked_data(scripts: Iterable[HtmlElement]) -> LinkedData:
    """The article the JSON-LD ``scripts`` describe: the first article (else web page)
    object with a headline, else the first one at all."""
    nodes = list(_nodes(scripts))
    articles = [node for node in nodes if _types(node) & ARTICLE_TYPES]
    articles += [node for node in nodes if _types(node) & _PAGE_TYPES]
    article = next((node for node in articles if "headline" in node), None)
    article = article or next(iter(articles), None)
    if article is None:  # a CMS that leaves the type out ("@type": []) still states a headline
        article = next((node for node in nodes if "headline" in node and not _types(node)), None)
    website = next((_text(node.get("name")) for node in nodes if "website" in _types(node)), None)
    if article is None:
        return LinkedData(website=website)
    ids = _identified(nodes)
    return LinkedData(
        headlines=tuple(filter(None, (_text(article.get(k)) for k in ("headline", "name")))),
        alternative_headline=_text(article.get("alternativeHeadline")),
        authors=tuple(_authors(_referred(article.get("author") or article.get("creator"), ids))),
        published=_text(article.get("datePublished") or article.get("dateCreated")),
        modified=_text(article.get("dateModified")),
        publisher=_name(_referred(article.get("publisher"), ids))
        or _name(_referred(article.get("sourceOrganization"), ids)),
        website=website,
        images=tuple(_images(article.get("image") or article.get("thumbnailUrl"))),
        lang=_text(article.get("inLanguage")),
        keywords=tuple(_keywords(article.get("keywords"))),
        description=_text(article.get("description")),
        url=_url(article.get("url")) or _url(article.get("mainEntityOfPage")),
        body=_text(article.get("articleBody")),
        section=_text(article.get("articleSection")),
    )


def _identified(nodes: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The page's objects that say more than their ``@id``, by it: what a reference names."""
    return {
        node["@id"]: node for node in nodes if isinstance(node.get("@id"), str) and len(node) > 1
    }


def _referred(value: object, ids: dict[str, dict[str, Any]]) -> object:
    """``value`` with each object that only refers to another by its ``@id`` replaced by
    that object: a graph names the author and the publisher once and points at them
    (Yoast's ``"author": {"@id": ".../#/schema/person/..."}``, a publisher described in
    another script of the page)."""
    if isinstance(value, list):
        return [_referred(item, ids) for item in value]
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        return ids.get(value["@id"], value)
    return value


def _nodes(scripts: Iterable[HtmlElement]) -> Iterator[dict[str, Any]]:
    """Every JSON object in every JSON-LD script, depth first (``@graph``, lists,
    ``mainEntity`` included)."""
    for script in scripts:
        if script.get("type", "").strip().lower() != "application/ld+json":
            continue
        data = _load(script.text or "")
        if data is not None:
            yield from _walk(data)


def _load(text: str) -> object:
    text = _unwrapped(text.strip())
    for candidate in _candidates(text):
        try:
            return json.loads(candidate, strict=False)
        except json.JSONDecodeError as error:
            failure = error
        except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
            return None
    return _repaired(candidate, failure)


def _repaired(text: str, error: json.JSONDecodeError) -> object:
    """``text`` loaded after the two faults a template makes writing JSON by hand are
    mended where the parser stops: a quotation mark left unescaped inside a string (an
    HTML attribute in ``articleBody``, a quoted phrase in a headline: the string seems to
    end and no comma follows), and text after the object ("} BROKEN"). Each mend costs a
    parse, so a script gets :data:`_MENDS` at most."""
    for _ in range(_MENDS):
        if error.msg == "Extra data":
            text = text[: error.pos]
        elif (quote := _stray_quote(text, error)) is not None:
            text = f"{text[:quote]}\\{text[quote:]}"
        else:
            return None
        try:
            return json.loads(text, strict=False)
        except json.JSONDecodeError as again:
            error = again
        except (ValueError, RecursionError):
            return None
    return None


def _stray_quote(text: str, error: json.JSONDecodeError) -> int | None:
    """Where the quotation mark that ended a string too early stands, when ``error`` is the
    parser expecting a comma after a string and finding a word instead."""
    if error.msg != "Expecting ',' delimiter" or text[error.pos : error.pos + 1] in ('"', ""):
        return None
    end = len(text[: error.pos].rstrip()) - 1
    if end > 0 and text[end] == '"' and text[end - 1] != "\\":
        return end
    return None


def _unwrapped(text: str) -> str:
    """``text`` (stripped) without the comment's or CDATA section's marks around it
    ("<!--", "//<![CDATA[", and "-->", "//]]>"). Its end is read by string tests: a
    regex searching for the closing mark would try every character of a long script."""
    if (opening := _OPENING_WRAPPER.match(text)) is not None:
        text = text[opening.end() :]
    if text.endswith("-->"):
        return text[:-3]
    if text.endswith("]]>"):
        inside = text[:-3]
        before = inside.rstrip()
        return before[:-2] if before.endswith("//") else inside
    return text


def _candidates(text: str) -> Iterator[str]:
    """``text``, then (only if it fails to load) ``text`` without trailing commas: most
    scripts load as they are, and the regex would scan each of them whole."""
    yield text
    if "," in text:
        yield _TRAILING_COMMA.sub(r"\1", text)


def _walk(data: object) -> Iterator[dict[str, Any]]:
    """Objects in document order, with a stack rather than recursion: a hostile page may
    nest lists as deep as the JSON parser allows."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            nested = [
                item[key] for key in ("@graph", "mainEntity", "itemListElement") if key in item
            ]
            stack.extend(reversed(nested))


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].lower() for k in kinds if isinstance(k, str)}


def _text(value: object) -> str | None:
    """A plain string value, whitespace collapsed; the first of a list. Entities are
    decoded (twice-escaped ones too): many sites HTML-escape their JSON-LD (``&amp;``,
    ``&#8217;``)."""
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, str | dict)), None)
    if isinstance(value, dict):
        value = value.get("@value")
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = " ".join(unescaped(str(value)).split())
        return text or None
    return None


def _name(value: object) -> str | None:
    if isinstance(value, list):
        return next(filter(None, map(_name, value)), None)
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _url(value: object) -> str | None:
    if isinstance(value, dict):
        return _text(value.get("@id")) or _text(value.get("url"))
    return _text(value)


def _authors(value: object) -> Iterator[Author]:
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str):
            if item.strip():
                yield Author(" ".join(item.split()))
        elif isinstance(item, dict):
            kinds = _types(item)
            person = not kinds or "person" in kinds
            named = item.get("name")
            if isinstance(named, dict | list):  # a name as a Person object, or a list of names
                for name in map(_name, named if isinstance(named, list) else [named]):
                    if name:
                        yield Author(name, _url(item.get("url")), person)
                continue
            name = _text(named)
            if name is None and (given := _text(item.get("givenName"))):
                parts = (given, _text(item.get("additionalName")), _text(item.get("familyName")))
                name = " ".join(filter(None, parts))
            if name:
                yield Author(name, _url(item.get("url")), person)


def _images(value: object) -> Iterator[LeadImage]:
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str) and item.strip():
            yield LeadImage(item.strip())
        elif isinstance(item, dict):
            url = _text(item.get("url")) or _text(item.get("contentUrl"))
            if url:
                credit = (
                    _text(item.get("creditText"))
                    or _name(item.get("copyrightHolder"))
                    or _name(item.get("author"))
                )
                yield LeadImage(url, _text(item.get("caption")), credit)


def _keywords(value: object) -> Iterator[str]:
    """The keywords of a ``keywords`` value, a list or a comma-separated string, with the
    entities a CMS escaped in it undone as :func:`_text` does ("Parenting &amp; Adoption")."""
    if isinstance(value, str):
        yield from unescaped(value).split(",")
    elif isinstance(value, list):
        for item in value:
            yield from _keywords(item)
