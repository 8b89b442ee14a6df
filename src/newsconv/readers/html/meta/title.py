"""Headline titles without the site's name around them.

Pages decorate ``<title>`` (and often ``og:title``) with their site's name, a section or a
date: "Headline | Site", "Headline - Section - Site", "Site: Headline", "标题_频道_网站".
The rules are general, not per site: a part is dropped from either end when it names the
site (compared with ``og:site_name``, the publisher, the domain, or what another title of
the same page adds), and a part that equals the page's ``<h1>`` is the headline itself,
as is an ``<h1>`` sentence a search title goes on after; an ``<h1>`` too short for the
headline that shows the title's first part is the site's logo, the sections after it.
A lone label after the headline may be a section ("… - Europe"): a logo whose alt names
its front page's host names the site then (:func:`logo_name`).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from lxml.html import HtmlElement

from newsconv.scripts import CJK
from newsconv.urls import split

#: CJK letters, punctuation and full-width forms: what a separator may touch unspaced.
_CJK = f"\u3000-\u303f{CJK}\uff00-\uffef"
#: Separators between a headline and the site name, section or date around it, each
#: taken whole when doubled ("--", "||", " - - "); next to Chinese or Japanese text a dash
#: needs no spaces ("标题-新华网", "标题--文化--人民网"); "›" as "»" ("Headline › Site"); a
#: full-width colon after a space as a spaced colon ("見出し　：日本経済新聞").
_SEPARATOR = re.compile(
    rf"(\s+(?:[|\-–—·•»›/\\~]+\s+)+|\s*(?:\|+|::|»|›|_+|｜)\s*|(?<=\w):\s+|\s+:\s+|\s+：\s*"
    rf"|(?<=[{_CJK}])\s*[-–—]+\s*|\s*[-–—]+\s*(?=[{_CJK}]))"
)
#: Separators a title may open or end with, left by a template whose first or last part
#: is empty ("» Certains rêvent de Matt Duchene à Ottawa|Mathias Brunet"): never words.
_EDGE_MARKS = re.compile(r"^[\s»›|·•]+|[\s»›|·•]+$")
#: ...but a closing guillemet that an opening one before it pairs ends a quotation
#: ("«Gute Löhne alleine reichen nicht»").
_GUILLEMETS = (("«", "»"), ("‹", "›"))
#: Separators a site suffix usually hides behind when no site name confirms it.
_SUFFIX_SEPARATOR = re.compile(
    rf"\s+(?:[|\-–—_]+\s+)+|\s*(?:_+|\|+|::)\s*|(?<=[{_CJK}])\s*[-–—]+\s*"
)
#: What a cut may leave at the end of a headline it made: separators and their spaces.
_LOOSE_ENDS = " |-–—_~·•｜:"
_CJK_CHAR = re.compile(f"[{_CJK}]")
#: A part matching an ``<h1>`` is the headline only if it is this much of the title.
_HEADLINE_SHARE = 0.4
#: ...or if it has this many words: a site's name or a section's is shorter.
_HEADLINE_WORDS = 5
#: What ends a sentence: an ``<h1>`` ending so may open a title that goes on with a deck.
_SENTENCE_ENDS = ("?", "!", ".", "…")
#: Runs of what ``str.isalnum`` accepts: ``\w`` is exactly that plus the underscore.
#: A title is compared many times, and a regex beats testing it a character at a time.
_ALNUM_RUN = re.compile(r"[^\W_]+")
_MAX_PARTS = 12
#: A title's part this short (in words, :func:`_size`) may be a label: the site's name or
#: a section's.
_LABEL_SIZE = 3
#: Second-level labels under a country's domain (``bbc.co.uk``, ``folha.com.br``).
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "or", "ne"})
_GENERIC_HOST_LABELS = frozenset({"www", "m", "mobile", "amp", "news", "blog", "blogs", "edition"})


#: How many texts :func:`compact` remembers: a page compacts some 25 texts, 7 distinct
#: (its title against each heading and candidate), and a few pages' worth is plenty.
_COMPACTED = 64


@functools.lru_cache(maxsize=_COMPACTED)
def compact(text: str) -> str:
    """Letters and digits only, case-folded and without accents: for loose comparison."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(_ALNUM_RUN.findall(decomposed))


def host_labels(url: str | None) -> tuple[str, ...]:
    """The distinctive labels of a URL's host: ``www.folha.uol.com.br`` → folha, uol."""
    if not url:
        return ()
    parts = split(url)
    host = (parts.hostname if parts is not None else None) or ""
    labels = host.split(".")[:-1]
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    return tuple(
        label
        for label in labels
        if label and not label.isdigit() and label not in _GENERIC_HOST_LABELS
    )


@dataclass(frozen=True, slots=True)
class SiteNames:
    """What a page calls its site: names from its metadata and labels of its domain."""

    names: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()

    def match(self, part: str) -> bool:
        """Whether ``part`` of a title is (most likely) the site's name."""
        key = compact(part)
        if not key or len(part.split()) > 6:
            return False
        for name in map(compact, self.names):
            if key == name:
                return True
            shorter, longer = sorted((key, name), key=len)
            if len(shorter) >= 4 and shorter in longer:
                return True
        # compared as compacted, as the part is: "internet-law" names "Internet-Law"
        return any(len(label) >= 3 and key.startswith(compact(label)) for label in self.hosts)


@dataclass(frozen=True, slots=True)
class CleanTitle:
    title: str
    site: str | None = None


def title_parts(title: str) -> list[str]:
    """The parts of ``title`` between its separators ("Headline | Section | Site")."""
    return _SEPARATOR.split(" ".join(title.split()))[0::2]


def clean_title(
    title: str,
    *,
    sites: SiteNames,
    headings: Sequence[str] = (),
    others: Iterable[str] = (),
    guess: bool = False,
) -> CleanTitle:
    """``title`` without the site name, section or date pages put around headlines.

    ``headings`` are the page's ``<h1>`` texts; ``others`` are the page's other titles,
    whose extra parts name the site; ``guess`` drops a short last part behind ``|`` or a
    dash even when nothing confirms it is the site (for ``<title>``, which nearly always
    carries one), and names the site after it when an ``<h1>`` shows the headline before.
    """
    title = _without_edge_marks(" ".join(title.split()))
    keys = {compact(h) for h in headings if compact(h)}
    if compact(title) in keys:
        return CleanTitle(_shown_as(title, headings, casing=True))
    pieces = _SEPARATOR.split(title)
    parts, separators = pieces[0::2], pieces[1::2]
    found = _heading_run(parts, separators, keys, len(title) * _HEADLINE_SHARE)
    if found is not None:
        found = _shown_as(found, headings)
        named = next((part for part in parts if part not in found and sites.match(part)), None)
        guessed = _trailing_site(title, found) if guess else None
        return CleanTitle(found, named or guessed)
    opening = _opening_sentence(title, headings)
    if opening is not None:
        return CleanTitle(opening)
    # an <h1> showing the first part, too short for the headline, is the site's logo
    # (unless a colon follows: a kicker, "Le FMI s'inquiète : la reprise est fragile")
    shown = len(parts) > 1 and compact(parts[0]) in keys
    logo = (parts[0],) if shown and separators[0].strip() not in ":：" else ()
    sites = SiteNames((*sites.names, *logo, *_extra_parts(title, others)), sites.hosts)
    first, last, site = 0, len(parts), None
    while last - first > 1 and sites.match(parts[last - 1]):
        last -= 1
        site = site or parts[last]
    while last - first > 1 and sites.match(parts[first]):
        site = site or parts[first]
        first += 1
    # led by the site, a title names sections before the headline ("Blog » Archive » Post")
    if first > 0 and last == len(parts):
        while last - first > 1 and _is_section(parts, separators, first):
            first += 1
    if site is None and guess:
        return _guess(title)
    return CleanTitle(_join(parts, separators, first, last), site)


def _opening_sentence(title: str, headings: Iterable[str]) -> str | None:
    """An ``<h1>`` that opens ``title`` as a whole sentence, which the title goes on after
    with another: a headline a search title extends with its deck ("Florida, Alabama
    grandstanding? Urban Meyer, Nick Saban take stands on agents - ESPN"); or a headline
    the title closes with a comma and a name ("Frei erfunden: Grab-Bote fliegt nach
    Singapur, Thailand"), a place's or the site's, with no more after it ("…, three
    dead" and "…, Met Office says" go on with the story)."""
    for heading in headings:
        heading = " ".join(heading.split())
        if not title.startswith(heading) or _size(heading) < _LABEL_SIZE:
            continue
        rest = title[len(heading) :]
        if heading.endswith(_SENTENCE_ENDS) and rest[:1] == " " and not _SEPARATOR.match(rest):
            return heading
        if rest[:2] == ", " and _named_label(rest[2:]):
            return heading
    return None


def _named_label(text: str) -> bool:
    """Whether ``text`` is a short name and nothing more: each word capitalised, no
    separator, no sentence's end."""
    words = text.split()
    return (
        0 < len(words) <= _LABEL_SIZE
        and all(word[:1].isupper() for word in words)
        and _SEPARATOR.search(text) is None
        and not text.endswith(_SENTENCE_ENDS)
        and "," not in text
    )


def _is_section(parts: list[str], separators: list[str], index: int) -> bool:
    """Whether ``parts[index]`` is a short label set off by other than a colon (after
    which a kicker's headline goes on)."""
    return _size(parts[index]) <= _LABEL_SIZE and separators[index].strip() != ":"


def _heading_run(
    parts: list[str], separators: list[str], keys: set[str], least: float
) -> str | None:
    """The longest run of consecutive parts that is a heading of the page, if it is at
    least ``least`` characters or :data:`_HEADLINE_WORDS` words (a short one is the
    site's logo in an ``<h1>``). A colon
    does not end a run: "Kicker: Headline" is one headline whose ``<h1>`` may drop the
    kicker. A run may end at a colon only when short labels follow it, a section's and
    the site's ("Headline : 뉴스 : 동아닷컴"). Titles of more than :data:`_MAX_PARTS` parts
    are no headline with a suffix, and trying every run of them would take cubic time."""
    if len(parts) > _MAX_PARTS:
        return None
    labels = [all(_size(part) <= _LABEL_SIZE for part in parts[i:]) for i in range(len(parts))]
    for first in range(len(parts)):
        if first and separators[first - 1].strip() == ":":
            continue
        for last in range(len(parts), first, -1):
            if last < len(parts) and separators[last - 1].strip() == ":" and not labels[last]:
                continue
            text = _join(parts, separators, first, last)
            long = len(text) >= least or _size(text) >= _HEADLINE_WORDS
            if long and compact(text) in keys:
                return text
    return None


def _extra_parts(title: str, others: Iterable[str]) -> Iterator[str]:
    """What ``title`` adds before or after another title of the page that it contains."""
    for other in others:
        other = " ".join(other.split())
        if other and other != title and other in title:
            head, _, tail = title.partition(other)
            for extra in (head, tail):
                extra = _SEPARATOR.sub(" ", f" {extra} ").strip()
                if extra:
                    yield extra


def _trailing_site(title: str, headline: str) -> str | None:
    """The last of the short labels ``title`` puts after its ``headline``, a section's and
    the site's, whatever parts them ("… : 뉴스 : 동아닷컴", "…-股票频道-和讯网"): sites
    sign last."""
    at = title.find(headline)
    if at < 0:
        return None
    tail = _SEPARATOR.split(title[at + len(headline) :])[0::2]
    labels = [part.strip() for part in tail if part.strip()]
    return labels[-1] if labels and all(_size(part) <= _LABEL_SIZE for part in labels) else None


def _guess(title: str) -> CleanTitle:
    """Drop a short last part behind ``|`` or a dash: how most sites suffix ``<title>``."""
    separators = list(_SUFFIX_SEPARATOR.finditer(title))
    if not separators:
        return CleanTitle(title)
    head, tail = title[: separators[-1].start()], title[separators[-1].end() :]
    if _size(tail) <= _LABEL_SIZE and _size(head) >= _LABEL_SIZE:
        return CleanTitle(head, tail)
    return CleanTitle(title)


def _size(text: str) -> float:
    """Length in words, counting two Chinese or Japanese characters as one word."""
    return len(_CJK_CHAR.sub(" ", text).split()) + len(_CJK_CHAR.findall(text)) / 2


def _join(parts: list[str], separators: list[str], first: int, last: int) -> str:
    out = [parts[first]]
    for index in range(first + 1, last):
        out.extend((separators[index - 1], parts[index]))
    text = "".join(out)
    if first > 0:  # parts were cut before: no separator of theirs may lead
        text = text.lstrip(_LOOSE_ENDS)
    if last < len(parts):
        text = text.rstrip(_LOOSE_ENDS)
    return text.strip()


def _without_edge_marks(title: str) -> str:
    """``title`` without the separators it opens or ends with (:data:`_EDGE_MARKS`), a
    quotation's closing guillemet aside."""
    trimmed = _EDGE_MARKS.sub("", title)
    for opening, closing in _GUILLEMETS:
        if title.endswith(closing) and trimmed.count(opening) > trimmed.count(closing):
            return trimmed + closing
    return trimmed


def site_decoration(stated: str, page_title: str, headings: list[str]) -> bool:
    """Whether a ``stated`` title is what ``<title>`` adds after the headline an ``<h1>``
    shows: the site's name ("Headline | School | University" with ``og:title`` "School |
    University", a home page's tags left on an article). (A blog's ``<title>`` may put its
    name first, "Blog: Headline", and the ``<h1>`` show the blog's name.)"""
    stated, page_title = " ".join(stated.split()), " ".join(page_title.split())
    if stated == page_title or not page_title.endswith(stated):
        return False
    head = compact(page_title[: -len(stated)])
    return bool(head) and any(compact(heading) == head for heading in headings)


def confirmed_title(
    candidates: list[str], page_title: str, headings: list[str], trail: Iterable[str] = ()
) -> str | None:
    """The most trusted title that another source repeats or the page shows (in its
    ``<title>`` or an ``<h1>``): a lone JSON-LD ``headline`` is sometimes a description,
    and a lone ``og:title`` sometimes the site's. A title cut short ("…") loses to the
    whole one, and one a heading shows whole is that heading (a JSON-LD ``headline`` cut
    at its field's length). ``None`` when nothing confirms any and ``<title>`` agrees with
    an ``<h1>``, even when the social tags repeat each other's shorter headline
    (``og:title`` and ``twitter:title`` "Clinton: Putin's Alleged Involvement in Hack
    Stems From Grudge" over the ``<h1>`` and ``<title>`` "Hillary Clinton: … Longtime
    Grudge"): the page shows its own (a step of the breadcrumb ``trail`` agreeing with
    ``<title>`` is the SEO headline again, not the page's).
    """
    candidates = [_completed(c, headings) for c in candidates]
    whole = [c for c in candidates if not _truncated(c, candidates)]
    title_key = compact(page_title)
    heading_keys = [compact(h) for h in headings]
    shown = [key for key in (title_key, *heading_keys) if key]
    agreeing: list[str] | None = None  # the <h1>s the <title> names, asked when needed
    for candidate in whole:
        key = compact(candidate)
        if not any(key in shown_key for shown_key in shown) and candidates.count(candidate) < 2:
            continue
        if agreeing is None:
            stepped = {compact(step) for step in trail}  # a breadcrumb repeats the SEO title
            # a section's name in the <title>'s tail is no headline it names ("…|au Web
            # ポータル経済・ITニュース" over an <h1> "経済・IT")
            least = _HEADLINE_SHARE * len(title_key)
            agreeing = [
                k
                for k in heading_keys
                if k and k in title_key and k not in stepped and len(k) >= least
            ]
        # once the <title> names the <h1> that shows the headline, other <h1>s are teasers'
        if not agreeing or key in title_key or any(key in k for k in agreeing):
            return extended(candidate, headings)
    if title_key and any(k and k in title_key for k in heading_keys):
        return None
    return whole[0] if whole else None


def _shown_as(title: str, headings: Iterable[str], *, casing: bool = False) -> str:
    """``title`` spelt as the heading that shows it, character for character (a heading
    adding a character adds a mark, a permalink's "¶"): the ``<title>`` a site decorates
    is typed plainer, with "-" for the headline's "–". Only its case with ``casing``: a
    whole stated title's quotes are as good as the heading's, and its case better than
    a heading's capitals (set so for the look)."""
    key = compact(title)
    for heading in headings:
        heading = " ".join(heading.split())
        same = len(heading) == len(title) and compact(heading) == key
        shouts = heading.isupper() and not title.isupper()
        if same and not shouts and (not casing or heading.casefold() == title.casefold()):
            return heading
    return title


def extended(title: str, headings: list[str]) -> str:
    """The headline the page shows when it goes on after ``title``, at a word: a social
    title is often the headline cut at a phrase ("Uncork the mystery" of "Uncork the mystery
    of Germany's Frühburgunder"), and the reader sees the whole. (Text glued on without a
    space is another element's, such as the site's name inside the ``<h1>``.)"""
    stem = " ".join(title.split()).casefold() + " "
    return next((h for h in headings if h.casefold().startswith(stem)), title)


def _completed(title: str, headings: list[str]) -> str:
    """The heading that shows ``title`` whole when ``title`` is cut short ("…", "...")."""
    stem = title.rstrip(".… ")
    if stem == title or not stem:
        return title
    shown = (" ".join(h.split()) for h in headings)
    return next((h for h in shown if len(h) > len(stem) and h.startswith(stem)), title)


def _truncated(title: str, others: list[str]) -> bool:
    stem = title.rstrip(".… ")
    return stem != title and any(o != title and o.startswith(stem) for o in others)


def lone_label(chosen: CleanTitle, page_title: str) -> bool:
    """Whether the site ``chosen`` names is the one label ``page_title`` adds after the
    headline."""
    site = chosen.site
    return bool(site) and compact(page_title) == compact(f"{chosen.title}{site}")


#: How far above a logo's picture its link to the front page may be, and how many words
#: its alt has at most to name the site ("NBCNews.com").
_LOGO_LINK_LEVELS, _LOGO_WORDS = 2, 4


def logo_name(images: Iterable[HtmlElement]) -> str | None:
    """The site's name as the page's logo gives it: the alt of the first picture linked
    to a front page, when it names that page's host ("NBCNews.com" on a link to
    ``http://www.nbcnews.com``); ``None`` when the first such picture does not."""
    for img in images:
        above = itertools.islice(img.iterancestors(), _LOGO_LINK_LEVELS)
        link = next((a for a in above if a.tag == "a"), None)
        href = (link.get("href") or "") if link is not None else ""
        parts = split(href)
        if parts is None or not parts.netloc or parts.path not in ("", "/") or parts.query:
            continue
        alt = " ".join((img.get("alt") or "").split())
        key = compact(alt)
        labels = map(compact, host_labels(href))
        named = any(len(label) >= 3 and label in key for label in labels)
        return alt if named and len(alt.split()) <= _LOGO_WORDS else None
    return None
