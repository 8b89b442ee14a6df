"""A page's metadata: title, authors, dates, site, language, lead image, and the rest.

Sources are tried in order of trust, field by field: schema.org JSON-LD, then OpenGraph
and ``article:*``, Twitter cards, Dublin Core and the common ``<meta>`` names, microdata,
and last what the page shows (``<time>``, bylines, ``<title>``, ``<h1>``). The pieces live
in :mod:`newsconv.readers.html.meta`; this module ranks them and builds the
:class:`~newsconv.model.Metadata`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from lxml import etree
from lxml.html import HtmlElement

from newsconv.dates import find_dates
from newsconv.model import Block, Figure, Metadata, Paragraph, Person, day_only
from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.census import Marked, PageScan, take_census
from newsconv.readers.html.datelines import only_dates
from newsconv.readers.html.meta.byline import (
    BYLINE_HINTS,
    author_names,
    closing_signature,
    credited_names,
    dateline_reporters,
    first_byline,
    headline_byline,
    labelled_authors,
    opening_dateline,
    pictured_author,
    profile_linked,
    signed_right,
    story_footer,
)
from newsconv.readers.html.meta.image import is_logo, is_placeholder, is_shown, lead_image
from newsconv.readers.html.meta.jsonld import LinkedData, linked_data, read_linked_data
from newsconv.readers.html.meta.language import page_direction, page_language
from newsconv.readers.html.meta.tags import TAG_HINTS, MetaTags, microdata, no_value, rel_tags
from newsconv.readers.html.meta.title import (
    SiteNames,
    clean_title,
    compact,
    confirmed_title,
    extended,
    host_labels,
    logo_name,
    lone_label,
    site_decoration,
)
from newsconv.readers.html.meta.when import (
    DATE_HINTS,
    address_day,
    day_order_settled,
    earlier,
    headline_element,
    lines_below,
    stated_date,
    text_date,
    time_element_date,
    time_element_modified,
    title_day,
    within_a_day,
    zone_of_stamp,
    zone_shown,
)
from newsconv.readers.html.textstats import markup_free, precedes, shown_text, sibling_element
from newsconv.readers.html.vocabulary import class_and_id
from newsconv.readers.namecase import needs_page, written_name
from newsconv.readers.signatures import CLOSING_LINES
from newsconv.tree import inline_text
from newsconv.urls import archived, join, split

__all__ = [
    "SCAN_HINTS", "PageInfo", "base_url", "jsonld_article_body", "read_metadata",
    "read_page_metadata", "signed",
]  # fmt: skip

_TITLE_TAGS = ("og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title")
#: The page's own address after its canonical link: OpenGraph's, else the Twitter card's.
_URL_TAGS = ("og:url", "twitter:url")
#: A publication's name in PRISM's and Google Scholar's tags comes last: journals' and
#: magazines' pages state it there alone ("Nature News").
_SITE_TAGS = (
    "og:site_name", "application-name", "apple-mobile-web-app-title", "prism.publicationname",
    "citation_journal_title",
)  # fmt: skip
_AUTHOR_TAGS = (
    "author", "article:author", "og:article:author", "og:author", "dc.creator",
    "dcterms.creator", "parsely-author", "sailthru.author", "byl", "byline", "citation_author",
)  # fmt: skip
_PUBLISHED_TAGS = (
    "article:published_time", "og:article:published_time", "article:published",
    "published_time", "article.published", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.issued",
    "dcterms.created", "dcterms.date", "parsely-pub-date", "sailthru.date",
    "citation_publication_date", "originalpublicationdate", "og:published_time",
    "article_date_original", "cxenseparse:recs:publishtime", "published_at",
)  # fmt: skip
_MODIFIED_TAGS = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "last-modified", "dcterms.modified", "article.updated",
)  # fmt: skip
#: A description ending so is whole ("…" and "..." mark one cut short).
_WHOLE_SENTENCE_ENDS = (".", "!", "?", "。", "！", "？")
_DESCRIPTION_TAGS = ("og:description", "description", "twitter:description", "dc.description")
#: A tag value this long (compacted) that opens the description is the summary, not tags.
_SUMMARY_CHARS = 40
_TAG_TAGS = (
    "article:tag", "og:article:tag", "news_keywords", "keywords", "parsely-tags", "sailthru.tags",
)  # fmt: skip
_SECTION_TAGS = ("article:section", "og:article:section", "parsely-section", "section")
#: ``image`` last: RDFa's ``property`` or microdata's ``itemprop`` in a ``<meta>``.
_IMAGE_TAGS = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "image")
#: A letter or a digit: what a name or a tag holds at least.
_ALNUM = re.compile(r"[^\W_]")
#: A stated date-time ending in a zone named by letters ("07:15:45 EST"), not an offset.
_ZONE_NAMED = re.compile(r"\d\s*[A-Z]{3,5}\s*$")
#: The class or id word of a breadcrumb trail.
_BREADCRUMB = "breadcrumb"
_LANG_TAGS = ("content-language", "og:locale", "language", "dc.language")
#: Class or id words of the standfirst (the summary under a headline), for a subtitle, in
#: the languages sites name their templates in ("subtitulo_noticia", "sottotitolo"), maybe
#: the first part of a name joined by an underscore. A French ``chapo`` opens the body
#: instead (:mod:`~newsconv.readers.html.lead`).
_STANDFIRST = re.compile(
    r"(?:^|[\s_-])(?:standfirst|subtitle|subheadline|sub-headline|dek|(?<!upper-)deck|"
    r"subtitulo|sottotitolo|untertitel|sous-titre|soustitre|entradilla)(?:$|[\s_])"
)
#: Class or id words of a story's lead: a heading named so is the standfirst (``<h2
#: class="lead">``), and so is a paragraph when the word names a part of the story's
#: template (``<p class="article-lede">``, ``headline__lead``); Bootstrap's bare ``lead``
#: styles a paragraph of the body, and a box, a figure or a teaser named so is the lead
#: picture or story ("image__lede", "has-lead"). A lead's text is named so too
#: ("article-header-leadText", German papers' "Leadtext").
_LEAD = re.compile(r"(?:^|[\s_-])(?:lead|lede)(?:[-_]?text)?(?:$|\s)")
_LEAD_PART = re.compile(r"[_-](?:lead|lede)(?:[-_]?text)?(?:$|\s)")
_LEAD_HEADINGS = frozenset({"h2", "h3", "h4"})
#: Words every ``_STANDFIRST`` or ``_LEAD`` match contains.
_STANDFIRST_HINTS = (
    "standfirst", "subtitle", "subheadline", "sub-headline", "dek", "deck", "lead", "lede",
    "subtitulo", "sottotitolo", "untertitel", "sous-titre", "soustitre", "entradilla",
)  # fmt: skip
#: Those words in one Aho-Corasick pass: most marked elements are a byline's or a date's,
#: which one C call tells apart before the regexes try every position of their marks.
_STANDFIRST_NAMES = vocab.Words(*_STANDFIRST_HINTS)
#: Fewer words make a button ("Read more") or a byline, not a standfirst; more characters
#: make the article's first paragraph.
_STANDFIRST_WORDS, _DECK_MAX_CHARS = 5, 400
#: The blocks a standfirst element sets its decks in, one a block, and how many at most.
_DECK_BLOCKS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "div"})
_DECKS = 3
#: The elements a standfirst never stands in: a form (a newsletter box's pitch) and a link
#: (a teaser card's line).
_NOT_STANDFIRST_BOXES = frozenset({"form", "a"})
#: Inline elements, which are part of a line, not a deck of their own.
_INLINE = frozenset({"a", "span", "em", "i", "b", "strong", "small", "q", "cite", "abbr", "br"})
#: The words whose presence in a body element's class, id, rel or itemprop makes the
#: page scan keep it as :attr:`PageScan.marked`: standfirsts, bylines, dates and tag links.
#: Words naming a story's footer, where it may be signed ("entry-meta", "post-footer").
_FOOTER_HINTS = ("footer", "meta")
SCAN_HINTS = (*_STANDFIRST_HINTS, *BYLINE_HINTS, *DATE_HINTS, *TAG_HINTS, *_FOOTER_HINTS)
#: The microdata ``itemprop`` names the metadata reads.
_ITEM_PROPS = frozenset({"headline", "alternativeHeadline", "datePublished", "dateModified"})


@dataclass(frozen=True, slots=True)
class PageInfo:
    """What the reader takes from the whole page before extraction changes it."""

    metadata: Metadata
    #: The URL relative links resolve against (see :func:`base_url`).
    base: str | None
    #: The JSON-LD ``articleBody`` as plain text: the body of a page drawn by scripts.
    linked_body: str | None


@dataclass(frozen=True, slots=True)
class _Page:
    """Every metadata source of one page, each gathered once."""

    root: HtmlElement
    found: PageScan
    tags: MetaTags
    linked: LinkedData
    items: dict[str, str]  # microdata

    @classmethod
    def of(cls, root: HtmlElement, found: PageScan | None = None) -> _Page:
        found = found if found is not None else take_census(root, hints=SCAN_HINTS).scan
        tags = MetaTags(found.metas, found.links)
        items = microdata(found.items, _ITEM_PROPS)
        return cls(root, found, tags, linked_data(found.scripts), items)

    @property
    def marked(self) -> list[Marked]:
        """Elements whose class, id, rel or itemprop hint at a field."""
        return self.found.marked


def read_metadata(root: HtmlElement, *, url: str | None) -> Metadata:
    """What ``root`` (a whole parsed page) says about its article; ``url`` is where the
    page lives, when known. ``source`` is left for the caller to fill."""
    return read_page_metadata(root, url=url).metadata


def signed(metadata: Metadata, blocks: tuple[Block, ...]) -> Metadata:
    """``metadata`` with the authors the article signs at its end (see
    :func:`~newsconv.readers.html.meta.byline.closing_signature`) or names in its opening
    dateline (:func:`~newsconv.readers.html.meta.byline.opening_dateline`), when the page
    named none: those are read from the article, once extraction has found it."""
    if metadata.authors:
        return metadata
    paragraphs = [block for block in blocks if isinstance(block, Paragraph)]
    if not paragraphs:
        return metadata
    # the signature is looked for in the last lines, the dateline in the first: only
    # those are flattened to text, not the hundred paragraphs of a long story between
    closing = [inline_text(paragraph.children) for paragraph in paragraphs[-CLOSING_LINES:]]
    names = closing_signature(closing) or opening_dateline(inline_text(paragraphs[0].children))
    return replace(metadata, authors=_people(names)) if names else metadata


def read_page_metadata(
    root: HtmlElement,
    *,
    url: str | None,
    captured: datetime | None = None,
    scan: PageScan | None = None,
) -> PageInfo:
    """:func:`read_metadata`, :func:`base_url` and :func:`jsonld_article_body` together,
    gathering the page's tags and JSON-LD once. ``captured`` (when the page was saved)
    anchors a date the page writes only relative to it ("yesterday, 18:30"). ``scan`` is
    the page's scan with :data:`SCAN_HINTS` when the caller's census took it already."""
    page = _Page.of(root, scan)
    tags, linked = page.tags, page.linked
    base = base_url(root, url, tags, page.found.bases)
    canonical = _absolute(base, tags.link("canonical") or tags.first(*_URL_TAGS) or linked.url)
    # Dublin Core's identifier is the page's address on sites that state no other
    canonical = canonical or url or _absolute(None, tags.first("dc.identifier"))
    # a page replayed by a web archive: its own address, and the time the archive saved it
    archive = archived(canonical) if canonical else None
    if archive is not None:
        canonical, captured = archive.original, captured or archive.captured
    stated_site = _first(
        tags.first(*_SITE_TAGS), linked.publisher, linked.website, _publisher_tag(tags)
    )
    title, title_site = _title(page, stated_site, canonical)
    site_name = stated_site or title_site
    paragraphs = page.found.paragraphs
    lang = page_language(
        root, *tags.all(*_LANG_TAGS), linked.lang, text=linked.body, paragraphs=paragraphs
    )
    headline = headline_element(_headings(page, title), title)
    published = _published(page, headline, lang, captured)
    shown = _shown_headline(headline, title)
    authors = _authors(page, shown, exclude=(stated_site, linked.publisher), url=canonical)
    if not authors:  # a footer the prune removes may sign the story, and date it
        names, posted = story_footer(_footer_lines(page), headline)
        authors, published = _people(names, page=page), published or posted
    published = published or address_day(canonical)
    metadata = Metadata(
        title=title,
        subtitle=_subtitle(page, title, headline),
        authors=authors,
        published=published,
        modified=_modified(page, lang, published),
        site_name=site_name,
        url=canonical,
        lang=lang,
        dir=page_direction(root, lang, page.found.directed, paragraphs),
        description=_description([*tags.all(*_DESCRIPTION_TAGS), linked.description]),
        tags=_tags(page, title),
        image=_image(page, base or canonical),
        extra=_extra(
            section=_first(tags.first(*_SECTION_TAGS), linked.section),
            archived_at=archive.address if archive else None,
            captured=archive.captured.isoformat() if archive else None,
        ),
    )
    return PageInfo(metadata, base, linked.body)


def base_url(
    root: HtmlElement,
    url: str | None,
    tags: MetaTags | None = None,
    bases: Iterable[HtmlElement] | None = None,
) -> str | None:
    """The URL relative links of the page resolve against: ``<base href>`` (itself
    resolved against ``url``), else ``url``, else the canonical link, else ``og:url`` or
    ``twitter:url`` (``tags`` and the ``<base>`` elements when the caller has already
    gathered them); a relative canonical link gives way to them. A canonical link to
    another host than ``og:url``'s names the story's first publisher, whose copy this
    page is (WirtschaftsWoche's story filed under handelsblatt.com): the page's own links
    are ``og:url``'s site's."""
    bases = root.iter("base") if bases is None else bases
    base = next((b.get("href", "").strip() for b in bases if b.get("href")), "")
    if base:
        resolved = join(url, base)
        if (parts := split(resolved)) is not None and parts.scheme:
            return resolved
    if url:
        return url
    tags = tags if tags is not None else MetaTags.of(root)
    canonical = _absolute(None, tags.link("canonical"))
    shared = _absolute(None, tags.first(*_URL_TAGS))
    if canonical and shared and _host(canonical) != _host(shared):
        return shared
    return canonical or shared


def _host(url: str) -> str:
    """The host ``url`` names, lowercased ("" when it cannot be read)."""
    parts = split(url)
    return parts.netloc.lower() if parts is not None else ""


def jsonld_article_body(root: HtmlElement) -> str | None:
    """The ``articleBody`` the page's JSON-LD carries, as plain text, if any."""
    return read_linked_data(root).body


def _description(stated: list[str | None]) -> str | None:
    """The first ``stated`` description (its words: a CMS may write a link's markup into
    it), or, when it stops short of a sentence's end, another that goes on after it: a
    tag's attribute cut at an unescaped quote ('content="… targeted Detroit's "Big
    Three"…"') leaves its start, which the other tags give whole."""
    stated = [markup_free(text) for text in stated if text]
    first = next((text for text in stated if text), None)
    if first is None or (first.endswith(_WHOLE_SENTENCE_ENDS) and not first.endswith("...")):
        return first
    stem = first.rstrip(".… ")
    longer = [text for text in stated if text and text != first and text.startswith(stem)]
    return max(longer, key=len) if longer else first


def _publisher_tag(tags: MetaTags) -> str | None:
    """``article:publisher`` when it is a name: OpenGraph wants the publisher's Facebook
    page there, which most sites give ("https://www.facebook.com/DailyMail"), but some
    write their name ("The Newspaper"); a handle's lone "@" names no one."""
    value = tags.first("article:publisher")
    if value is None or "/" in value or not _ALNUM.search(value):
        return None
    return value


def _first(*values: str | None) -> str | None:
    return next((value for value in values if value), None)


def _absolute(base: str | None, href: str | None) -> str | None:
    """``href`` resolved against ``base``; ``None`` unless the result is http(s). An address
    without its scheme ("//www.example.com/story", a canonical link written to serve both)
    on a page saved with none to lend it takes the web's scheme of today, https."""
    if not href:
        return None
    if href.startswith("//") and not base:
        href = f"https:{href}"
    resolved = join(base, href)
    parts = split(resolved)
    return resolved if parts is not None and parts.scheme in ("http", "https") else None


#: The inline elements a kicker is set in, at most so many words, and what parts it from
#: the headline ("Tech —", "Exclusive:"). Emphasis is left out: "<em>Dune</em> review: a
#: triumph" names a work in italics.
_KICKER_TAGS = frozenset({"span", "small", "strong", "b", "a", "mark"})
_KICKER_WORDS = 3
_KICKER_ENDS = " —–-:|·•"


def _title(page: _Page, site_name: str | None, url: str | None) -> tuple[str | None, str | None]:
    """The headline, and the site name it was decorated with (when it was). A stated
    title that is just the site's name (home-page tags left on an article) is none."""
    found = page.found
    trail = [h for h in found.headlines if _in_trail(h)]
    elements = _headline_elements(page, trail)
    headings = [shown_text(h) for h in elements]
    page_title = next((shown_text(t) for t in found.titles), "")
    stated = (
        *page.linked.headlines,
        *map(page.tags.first, _TITLE_TAGS),
        page.items.get("headline"),
    )
    site_key = compact(site_name or "")
    # OpenGraph tags that describe the site ("og:type" website) may title it, not the page.
    about_site = (page.tags.first("og:type") or "").lower() == "website"
    decorations = [
        title
        for title in stated
        if title and about_site and site_decoration(title, page_title, headings)
    ]
    candidates = [
        title
        for title in stated
        if title and compact(title) != site_key and title not in decorations
    ]
    # the trail's last step repeats the SEO headline: it is the one other titles beat,
    # unless the page shows it outside the trail too
    outside = {compact(text) for h, text in zip(elements, headings, strict=True) if h not in trail}
    trail_keys = {compact(shown_text(h)) for h in trail} - outside
    if trail_keys:
        candidates.sort(key=lambda title: compact(title) in trail_keys)
    named = (site_name,) if site_name else ()
    # a heading that only links the front page is the site's name, never the headline
    logos = [text for h, text in zip(elements, headings, strict=True) if _home_link(h)]
    sites = SiteNames((*named, *logos, *decorations), host_labels(url))
    steps = [text for h, text in zip(elements, headings, strict=True) if h in trail]
    best = confirmed_title(candidates, page_title, headings, steps)
    visible = [text for text in headings if text not in logos] if logos else headings
    # a kicker inside the <h1> ("<span>Tech —</span> Bridge closes") is no part of the
    # headline a title repeats
    bare = [text for h in elements if (text := _without_kicker(h)) and text not in logos]
    if best is not None:
        others = [*candidates, page_title]
        chosen = clean_title(best, sites=sites, headings=[*visible, *bare], others=others)
    elif page_title:
        chosen = clean_title(page_title, sites=sites, headings=[*visible, *bare], guess=True)
        if lone_label(chosen, page_title) and not sites.match(chosen.site or ""):
            # a guessed site: the one label after the headline may be its section ("… -
            # Europe"), which a logo naming the site otherwise shows it is (after a
            # section's label, "… : 뉴스 : 동아닷컴", the last is the site's: sites sign last)
            logo = logo_name(found.images)
            if logo is not None and not SiteNames((logo,)).match(chosen.site or ""):
                chosen = replace(chosen, site=logo)
    elif shown := next(filter(None, map(shown_text, found.headlines)), None):
        # the first <h1> that shows words (a template may leave one empty before it), not
        # a fallback <h2>: an edit mode's, a menu's
        return shown, None
    else:
        return None, None
    # a title the cleaning cut from its site's name may be the headline cut short too,
    # which the page's <h1> shows whole ("… Messenger | Kulu Media" over "… Messenger
    # Worldwide")
    return (extended(chosen.title, visible) if chosen.title else None), chosen.site


def _headline_elements(page: _Page, trail: list[HtmlElement]) -> list[HtmlElement]:
    """The elements that may show the headline: the ``<h1>`` elements outside a
    breadcrumb trail that show something (the trail's last step repeats a headline, often
    the SEO one, above the article's own), else the ``<h2>`` elements, where templates
    that give no ``<h1>`` (or give it to the trail) set the headline, and last the trail's
    own (``trail``), which may be the only headline a page shows beside an empty logo's
    ``<h1>``."""
    shown = [h for h in page.found.headlines if h not in trail and shown_text(h)]
    if shown:
        return shown
    body = page.root.find("body")
    below = [h for h in body.iter("h2") if not _in_trail(h)] if body is not None else []
    return [*below, *trail]


def _without_kicker(heading: HtmlElement) -> str | None:
    """What ``heading`` shows after the kicker that opens it, an element of its own with
    a short label ("<h1><span class=kicker>Analysis</span> Bridge closes for two
    years</h1>"), or ``None`` when none opens it. The rest must be longer than the label:
    a headline split over two elements is no kicker and its headline."""
    first = next(iter(heading), None)
    if first is None or first.tag not in _KICKER_TAGS or (heading.text or "").strip():
        return None
    label = shown_text(first)
    rest = shown_text(heading)[len(label) :].lstrip(_KICKER_ENDS)
    words = len(label.strip(_KICKER_ENDS).split())
    if not words or words > _KICKER_WORDS or len(rest.split()) <= words:
        return None
    return rest


def _home_link(heading: HtmlElement) -> bool:
    """Whether ``heading`` shows only a link to the site's front page: the site's name set
    as its logo ("<h1><a href="/">Site</a></h1>"), never the article's headline."""
    links = heading.findall(".//a")
    if len(links) != 1:
        return False
    parts = split(links[0].get("href") or "")
    if parts is None or parts.path not in ("", "/") or parts.query or parts.fragment:
        return False
    return compact(shown_text(links[0])) == compact(shown_text(heading))


def _in_trail(element: HtmlElement) -> bool:
    """Whether ``element`` stands in a breadcrumb trail."""
    return any(_BREADCRUMB in class_and_id(a) for a in element.iterancestors())


def _subtitle(page: _Page, title: str | None, headline: HtmlElement | None) -> str | None:
    """JSON-LD or microdata ``alternativeHeadline``, else a standfirst element's text,
    else the short text set between the ``headline``'s element and the byline under it
    (:func:`_deck_over_byline`); never one that holds the whole title: a CMS's
    alternative headline is often the headline again with a kicker ("Eurostat: " before
    it), which writers would print twice."""
    key = compact(title) if title else None

    def repeats_title(text: str) -> bool:
        return key is not None and key in compact(text)

    stated = page.linked.alternative_headline or page.items.get("alternativeHeadline")
    if stated and not repeats_title(stated):
        return stated
    for element, marks in page.marked:
        if _STANDFIRST_NAMES.search(marks) and (_STANDFIRST.search(marks) or _lead(element, marks)):
            text = _deck_text(element)
            fits = len(text.split()) >= _STANDFIRST_WORDS and len(text) <= _DECK_MAX_CHARS
            if fits and not repeats_title(text) and _placed_as_standfirst(element, text, headline):
                return text
    deck = _deck_over_byline(headline) if headline is not None else None
    return deck if deck is not None and not repeats_title(deck) else None


def _deck_text(element: HtmlElement) -> str:
    """The words of a standfirst element, a line for each deck when it sets two or more
    apart in blocks of their own (El País's two ``<h2>`` under the headline), less a date
    set in a part of its own at its end (National Geographic's ``<h2>…recovery?<span
    class="…date">Monday, 6 January 2020</span></h2>``: the metadata has the date)."""
    children = [child for child in element if isinstance(child.tag, str)]
    if 2 <= len(children) <= _DECKS and all(child.tag in _DECK_BLOCKS for child in children):
        decks = [shown_text(child) for child in children]
        if all(decks) and not (element.text or "").strip():
            return "\n".join(decks)
    text = shown_text(element)
    parts = list(element.iterdescendants(etree.Element))
    dated = shown_text(parts[-1]) if parts else ""
    dates = list(find_dates(dated)) if dated and text.endswith(dated) else []
    undated = text[: -len(dated)].rstrip() if dates and only_dates(dated, dates) else ""
    return undated or text


def _placed_as_standfirst(element: HtmlElement, text: str, headline: HtmlElement | None) -> bool:
    """Whether an element named as a standfirst stands where one does: under the
    ``headline`` (a share box's "subtitle" over it pitches the buttons), outside a form
    (a newsletter box's "subtitle" pitches the sign-up) and in words of its own, not a
    link's (a footer's "subtitle" titles a teaser; a teaser card is one link holding its
    headline and a "subtitle" naming its show)."""
    if headline is not None and not precedes(headline, element):
        return False
    if any(ancestor.tag in _NOT_STANDFIRST_BOXES for ancestor in element.iterancestors()):
        return False
    linked = sum(len(shown_text(link)) for link in element.iter("a"))
    return linked * 2 < len(text)


def _deck_over_byline(headline: HtmlElement) -> str | None:
    """The text of the element right after the ``headline``'s when the byline comes right
    after it, and it is a standfirst's length (Nature's ``<h1>``, ``<p class=intro>``, then
    ``<p class=byline>``): the article's text starts under its byline, so what stands
    between is the deck."""
    deck = sibling_element(headline)
    byline = sibling_element(deck) if deck is not None else None
    if byline is None or not vocab.names_byline(class_and_id(byline)):
        return None
    assert deck is not None
    if deck.tag in _INLINE or any(
        part.tag not in _INLINE or vocab.names_byline(class_and_id(part))
        for part in deck.iter()
        if part is not deck and isinstance(part.tag, str)
    ):
        return None  # a line, not a block; or a box of the byline's parts (a "meta-info")
    text = shown_text(deck)
    fits = len(text.split()) >= _STANDFIRST_WORDS and len(text) <= _DECK_MAX_CHARS
    return text if fits else None


def _lead(element: HtmlElement, marks: str) -> bool:
    """Whether ``element`` with the class and id ``marks`` is named as the story's lead
    (see :data:`_LEAD`)."""
    if element.tag in _LEAD_HEADINGS:
        return _LEAD.search(marks) is not None
    return element.tag == "p" and _LEAD_PART.search(marks) is not None


def _authors(
    page: _Page,
    shown: HtmlElement | None,
    *,
    exclude: Iterable[str | None],
    url: str | None,
) -> tuple[Person, ...]:
    """The people JSON-LD names, else the author tags, else a "By" line under the
    headline (its element, ``shown`` when it shows the title: :func:`_shown_headline`),
    else a box of credits right under it, else the first byline element, else a Chinese
    dateline's reporters, else a link under the headline to a writer's page on the site,
    else the Twitter card's creator when it is a name, not an @handle (it is
    the site's account as often as the writer's), else the one picture labelled as the
    author's (a blog's portrait of its writer: last); never the site (``exclude``, or a
    byline giving the domain of ``url``). Names are as people write them.
    A line under the headline comes before the elements marked as bylines, which are
    also the sidebar's and the teasers' ("Don't miss: <div class=author_name>…")."""
    excluded = [name for name in exclude if name]
    hosts = host_labels(url)
    people = [author for author in page.linked.authors if author.person]
    urls = {author.name.casefold(): author.url for author in people}
    # a CMS may write the byline's links into the field ("By <a href=…>Amir Vera</a>, …")
    stated = [markup_free(p.name) for p in people]
    tagged = [markup_free(name) for name in page.tags.all(*_AUTHOR_TAGS)]
    names = (
        author_names(stated, exclude=excluded, hosts=hosts, declared=True)
        or author_names(tagged, exclude=excluded, hosts=hosts, declared=True)
        or _headline_byline(shown, excluded, hosts)
        or _credited(shown, excluded, hosts)
        or first_byline(page.marked, exclude=excluded, hosts=hosts)
        or labelled_authors(page.found.labels, exclude=excluded, hosts=hosts)
        or signed_right(page.found.paragraphs)
        or dateline_reporters(page.found.paragraphs, exclude=excluded)
        or _profile_linked(shown, excluded, hosts)
        or author_names(page.tags.all("twitter:creator"), exclude=excluded, declared=True)
        or pictured_author(page.found.images, exclude=excluded, hosts=hosts)
    )
    return _people(names, urls, page)


def _people(
    names: Iterable[str], urls: dict[str, str | None] | None = None, page: _Page | None = None
) -> tuple[Person, ...]:
    """The people ``names`` name, as they write their names (a byline's capitals are its
    style: :func:`~newsconv.readers.namecase.written_name`, asked with the words of the
    ``page`` that may name them again when a name is in capitals), with their pages'
    ``urls`` (by case-folded name)."""
    urls = urls or {}
    names = list(names)
    text = _naming_text(page) if page is not None and any(map(needs_page, names)) else ""
    return tuple(Person(written_name(name, text), urls.get(name.casefold())) for name in names)


def _naming_text(page: _Page) -> str:
    """Where a page names its author again: its paragraphs (an author's box, a closing
    line) and its elements marked as bylines or authors, one per line. Not the whole body,
    whose text a script-heavy page makes long."""
    parts = [shown_text(p) for p in page.found.paragraphs]
    parts += [shown_text(element) for element, marks in page.marked if "author" in marks]
    return "\n".join(parts)


def _footer_lines(page: _Page) -> Iterator[HtmlElement]:
    """Where a story's footer may sign it: the paragraphs, the elements holding a
    ``<time>``, and those named like a date, a byline or a footer."""
    yield from page.found.paragraphs
    yield from (parent for stamp in page.found.times if (parent := stamp.getparent()) is not None)
    yield from (element for element, _ in page.marked)


def _headings(page: _Page, title: str | None) -> list[HtmlElement]:
    """The page's ``<h1>`` elements, after the ``<h2>`` that shows the headline (``title``)
    when none of them does: a theme that sets the headline in an ``<h2>`` may give its
    ``<h1>`` to a logo or to a widget's heading that only begins like it ("Ear Candy
    alert" beside "Ear Candy!"), under which the byline and date are not."""
    headlines = page.found.headlines
    wanted = " ".join((title or "").split())
    body = page.root.find("body")
    if not wanted or body is None or any(shown_text(h) == wanted for h in headlines):
        return headlines
    shown = next((h for h in body.iter("h2") if shown_text(h) == wanted), None)
    return headlines if shown is None else [shown, *headlines]


def _headline_byline(
    shown: HtmlElement | None, excluded: list[str], hosts: tuple[str, ...]
) -> tuple[str, ...]:
    """The "By" line under ``shown``, the ``<h1>`` that shows the headline (not a logo's)."""
    if shown is None:
        return ()
    return headline_byline(lines_below(shown), exclude=excluded, hosts=hosts)


def _shown_headline(headline: HtmlElement | None, title: str | None) -> HtmlElement | None:
    """The ``headline`` element when it shows the headline ``title`` (not a logo's)."""
    if headline is None or not title or compact(shown_text(headline)) != compact(title):
        return None
    return headline


def _profile_linked(
    shown: HtmlElement | None, excluded: list[str], hosts: tuple[str, ...]
) -> tuple[str, ...]:
    """The person a link under the headline's ``<h1>`` (``shown``) names by leading to their
    page (see :func:`~newsconv.readers.html.meta.byline.profile_linked`)."""
    return profile_linked(shown, exclude=excluded, hosts=hosts) if shown is not None else ()


def _credited(
    shown: HtmlElement | None, excluded: list[str], hosts: tuple[str, ...]
) -> tuple[str, ...]:
    """The name the box of credits right under the headline's ``<h1>`` (``shown``) gives (see
    :func:`~newsconv.readers.html.meta.byline.credited_names`)."""
    box = sibling_element(shown) if shown is not None else None
    return credited_names(box, exclude=excluded, hosts=hosts) if box is not None else ()


def _published(
    page: _Page,
    headline: HtmlElement | None,
    lang: str | None,
    captured: datetime | None,
) -> datetime | None:
    """The publication the tags state (or, stating none, a part of the ``<title>``: see
    :func:`~newsconv.readers.html.meta.when.title_day`), else a ``<time>``'s, else a date
    written near the ``headline``'s element (see :func:`_headings`). A stated day without its
    time (a naive midnight) takes the time a ``<time>``
    or the page's byline gives within a day of it ("2019年06月15日08:18" under the
    headline; a ``sailthru.date`` giving the UTC day of an evening's story). A tag naming
    its zone by letters was written by hand or a template, and the byline's words are
    asked whether they agree (only then: reading them costs); a time without a zone takes
    the one a ``<time datetime>`` or a date written on the page gives the same clock time."""
    stated = (
        page.linked.published,
        *page.tags.all(*_PUBLISHED_TAGS),
        page.items.get("datePublished"),
    )
    day = stated_date(stated, lang)
    if day is not None:
        day = day_order_settled(day, stated, page.found.paragraphs)
    else:  # the day a part of the <title> states, as a tag would
        day = title_day(next((shown_text(t) for t in page.found.titles), ""), lang)
    if day is not None and not day_only(day):
        if day.tzinfo is None:
            zoned = zone_of_stamp(page.found.times, day) or zone_shown(page.marked, day, lang)
            return zoned or day
        if not any(value and _ZONE_NAMED.search(value) for value in stated):
            return day
        written = text_date(headline, page.marked, lang=lang, near=day, machine=False)
        return written if written is not None and _contradicts(written, day) else day
    stories = (*(() if headline is None else (headline,)), *page.found.headlines)
    if day is None:
        day = time_element_date(page.found.times, stories)
    elif day_only(day):
        element = time_element_date(page.found.times, stories)
        if element is not None and not day_only(element) and within_a_day(element, day):
            day = element
    if day is not None and not day_only(day):
        return day
    shown = text_date(headline, page.marked, lang=lang, captured=captured, near=day)
    if shown is not None and (day is None or within_a_day(shown, day)):
        return shown
    return day


def _contradicts(written: datetime, stated: datetime) -> bool:
    """Whether the words of a byline, ``written``, give another time within a day of the
    tags' ``stated`` one, which they misname the zone of ("EST" in October) or give a
    re-post's time for: the page's own words are the publication's. A time written
    without its zone contradicts only by other than whole hours (else it may be the same
    instant in another zone)."""
    if stated.tzinfo is None or day_only(written):
        return False
    if written.tzinfo is None:
        clock = stated.replace(tzinfo=None, second=0, microsecond=0)
        minutes = (written.replace(second=0, microsecond=0) - clock) // timedelta(minutes=1)
        return minutes % 60 != 0 and abs(minutes) < 24 * 60
    return timedelta(minutes=1) <= abs(written - stated) < timedelta(days=1)


def _modified(page: _Page, lang: str | None, published: datetime | None) -> datetime | None:
    """The last change the page states, never before its publication: a date earlier
    than that is another's (a template's, a time in the wrong zone), so the next source
    is asked, and none is better than the last."""
    stated = (
        page.linked.modified,
        *page.tags.all(*_MODIFIED_TAGS),
        page.items.get("dateModified"),
    )
    modified = stated_date(stated, lang, not_before=published) or time_element_modified(
        page.found.times
    )
    if modified is not None and published is not None and earlier(modified, published):
        return None
    return modified


def _tags(page: _Page, title: str | None) -> tuple[str, ...]:
    """The tags the meta tags and JSON-LD state, else the article's tag links. A value
    that repeats the page's description is none: a CMS that filled ``keywords`` with the
    summary ("BANGKOK: Ein TikTok-Video, in dem behauptet wird, …") lists no tags; nor
    does one that cut the ``title`` into its words (:func:`_title_words`)."""
    values = (*page.tags.all(*_TAG_TAGS), *page.linked.keywords)
    if any(len(value) >= _SUMMARY_CHARS for value in values):  # most tag lists are short
        described = [compact(d) for d in page.tags.all(*_DESCRIPTION_TAGS) if d]
        values = tuple(v for v in values if not _summary(compact(v), described))
    if title:
        values = tuple(v for v in values if not _title_words(v, title))
    stated = _keywords(values)
    return stated or _keywords(rel_tags(page.marked))


def _title_words(value: str, title: str) -> bool:
    """Whether a tag value lists the ``title``'s words one by one, most of its entries
    one of them (HuffPost's "federal, reserve's, low, rate, policy, is, a, …" for "Federal
    Reserve's Low Rate Policy Is A …"): a CMS filling the field, not tags."""
    if value.count(",") + 1 < _TITLE_WORD_TAGS:  # too few entries, counted in C
        return False
    entries = [entry.strip(" '\"").casefold() for entry in value.split(",")]
    if any(" " in entry for entry in entries):
        return False
    words = set(_WORD.findall(title.casefold()))
    said = sum(1 for entry in entries if entry.strip(",.'\"") in words)
    return said >= _TITLE_WORD_SHARE * len(entries)


def _summary(value: str, described: list[str]) -> bool:
    """Whether a tag value (compacted) is a description's text, or its opening: as long as
    a sentence (:data:`_SUMMARY_CHARS`), where a list of tags is short words."""
    return len(value) >= _SUMMARY_CHARS and any(d.startswith(value) for d in described)


def _keywords(values: Iterable[str]) -> tuple[str, ...]:
    """Tags split on commas, trimmed, each once in page order, its first spelling kept: a
    tag's slug is the tag ("media-ink" is "Media Ink"), and a path ("/article") is none."""
    seen: dict[str, str] = {}
    for value in values:
        for tag in value.split(","):
            tag = " ".join(tag.split())
            if (
                tag
                and not no_value(tag)
                and not tag.startswith(("/", "http:", "https:"))
                and _ALNUM.search(tag)  # an entity's leftovers ("&quot" as '"') are no tag
            ):
                seen.setdefault(tag.casefold().translate(_SLUG_SEPARATORS), tag)
    return tuple(seen.values())


#: A keywords field cutting the title into words lists this many entries or more, and
#: this share of them are the title's words.
_TITLE_WORD_TAGS, _TITLE_WORD_SHARE = 4, 3 / 4
#: A word of a title, apostrophes kept ("reserve's").
_WORD = re.compile(r"[\w'’]+")
#: The characters a tag's slug writes for its spaces.
_SLUG_SEPARATORS = str.maketrans("-_", "  ")


def _extra(**values: str | None) -> tuple[tuple[str, str], ...]:
    """The fields ``Metadata`` has no slot for, as its open ``extra`` pairs."""
    return tuple((key, value) for key, value in values.items() if value)


def _image(page: _Page, base: str | None) -> Figure | None:
    """The image JSON-LD or the tags announce, unless it is a blank placeholder
    (``blank.jpg``, ``spacer.gif``) or a logo the page shows nowhere
    (``logo_msn_white.gif``): what a site announces when the article has no picture, so
    no other is looked for (the next source is then the theme's logo). A logo the story
    shows is its picture (a story on a brand)."""
    lead = page.linked.images[0] if page.linked.images else None
    href = lead.url if lead else page.tags.first(*_IMAGE_TAGS) or page.tags.link("image_src")
    if href and is_placeholder(href):
        return None
    if href and is_logo(href) and not is_shown(page.found.images, join(base, href), base):
        return None
    return lead_image(
        page.found.images,
        href,
        base=base,
        alt=page.tags.first("og:image:alt", "twitter:image:alt"),
        caption=lead.caption if lead else None,
        credit=lead.credit if lead else None,
    )
