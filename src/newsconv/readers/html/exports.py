"""Documents a word processor made into a web page: Google Docs' "Web page (.html)"
download and its pages published to the web, and Word's "Web Page" save.

Newsrooms write in them, and their markup says less than a CMS's: the title and the
subtitle are paragraphs with a class (Google's ``p.title`` and ``p.subtitle``, Word's
``MsoTitle`` and ``MsoSubtitle``), and the ``<title>``, if any, names the file; Google
sets bold and italics by classes whose rules are in a stylesheet (``.c2{font-weight:700}``
on a ``<span>``) and sends every link through a redirect of its own
(``https://www.google.com/url?q=…``) that expires. Once such a document is recognised
(Google's ``doc-content`` body or box, or its ``lst-kix_`` list styles; Word's
``Generator`` meta), its tree is rewritten into the markup the reader knows: the title an
``<h1>`` and the ``<title>``, bold and italic spans ``<strong>`` and ``<em>``. Other pages
pay one look at the ``<body>`` class, the head and the body's first boxes. The converter
asks :func:`without_redirect` of every link that names Google, since text pasted from
Google Docs into a CMS keeps the redirects too, and :func:`drawn_emphasis` of inline
styles.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from lxml import etree
from lxml.html import HtmlElement

__all__ = ["drawn_emphasis", "from_word_processor", "without_redirect"]

#: The classes of a word processor's title and subtitle paragraphs (Google, Word).
TITLE_CLASSES = frozenset({"title", "MsoTitle"})
SUBTITLE_CLASSES = frozenset({"subtitle", "MsoSubtitle"})
#: How far into its first stylesheet a Google document names its list styles, which
#: older downloads (with no ``doc-content`` class) are known by.
_LIST_STYLES_REACH = 2000
#: The classes Google Docs generates ("c7", "c12 c3").
_GENERATED_CLASSES = re.compile(r"c\d+(?: c\d+)*")
#: Where a page Google Docs publishes to the web holds the document, and the meta tag
#: naming the program that wrote a page: XPath, which libxml2 runs, where an ElementPath
#: predicate is a Python loop over every tag of the head.
_PUBLISHED = etree.XPath("div[@id='contents']/div[contains(@class, 'doc-content')]")
_GENERATOR = etree.XPath("meta[@name='Generator']/@content")
#: Weights CSS draws bold.
BOLD_WEIGHTS = frozenset({"bold", "bolder", "600", "700", "800", "900"})
#: A stylesheet rule for one class alone: ``.c2{font-weight:700}``.
_CLASS_RULE = re.compile(r"(?<![\w-])\.([\w-]+)\s*\{([^{}]*)\}")
_DECLARATION = re.compile(r"(font-weight|font-style)\s*:\s*([\w-]+)", re.IGNORECASE)
#: Google's redirect around a document's links: the target is its ``q`` parameter.
_GOOGLE_REDIRECT = re.compile(r"https?://(?:www\.)?google\.[a-z.]+/url\?", re.IGNORECASE)


def from_word_processor(root: HtmlElement) -> None:
    """Rewrite ``root`` in place when a word processor saved it (see the module)."""
    body = root.find("body")
    head = root.find("head")
    if body is None or head is None:
        return
    document = _google_document(head, body)
    generators = _GENERATOR(head)
    word = isinstance(generators, list) and any("Microsoft Word" in str(g) for g in generators)
    if document is None and not word:
        return
    _headline(head, document if document is not None else body)
    if document is not None:
        _styled_emphasis(document, "".join(style.text or "" for style in root.iter("style")))


def _google_document(head: HtmlElement, body: HtmlElement) -> HtmlElement | None:
    """Where a Google document's text is: the ``<body>`` of a download (older ones known
    by their list styles), or the ``doc-content`` box of a page published to the web."""
    classes = body.get("class", "")
    if "doc-content" in classes:
        return body
    # an older download's body has only Google's generated classes ("c7"); only then is its
    # stylesheet, which on a news page may run to 100 kB, read for the list styles
    if _GENERATED_CLASSES.fullmatch(classes) and (style := head.find("style")) is not None:
        return body if "lst-kix_" in (style.text or "")[:_LIST_STYLES_REACH] else None
    boxes = _PUBLISHED(body)
    return boxes[0] if isinstance(boxes, list) and boxes else None


def without_redirect(url: str) -> str:
    """The target of a Google redirect (``https://www.google.com/url?q=TARGET&sa=D``)."""
    if not _GOOGLE_REDIRECT.match(url):
        return url
    target = parse_qs(urlsplit(url).query).get("q", [""])[0]
    return target if target.startswith(("http://", "https://", "mailto:")) else url


def _headline(head: HtmlElement, body: HtmlElement) -> None:
    """The title paragraph becomes the ``<h1>`` and the ``<title>``, and the subtitle's
    class the one the metadata reads a standfirst by."""
    titled = subtitled = False
    for paragraph in body.iter("p"):
        classes = set(paragraph.get("class", "").split())
        if not titled and classes & TITLE_CLASSES:
            titled = _as_title(paragraph, head)
        elif not subtitled and classes & SUBTITLE_CLASSES:
            paragraph.set("class", "subtitle")
            subtitled = True
        if titled and subtitled:
            return


def _as_title(paragraph: HtmlElement, head: HtmlElement) -> bool:
    text = " ".join(paragraph.text_content().split())
    if not text:
        return False
    paragraph.tag = "h1"
    title = head.find("title")
    if title is None:
        title = head.makeelement("title", {})
        head.append(title)
    title.text = text  # a word processor's <title> names the file, not the story
    return True


def drawn_emphasis(declarations: str) -> tuple[bool | None, bool | None]:
    """Whether CSS ``declarations`` draw text bold and italic: ``True``, ``False`` (set
    back to normal), or ``None`` (not said)."""
    bold = italic = None
    for prop, value in _DECLARATION.findall(declarations):
        value = value.lower()
        if prop.lower() == "font-weight":
            bold = value in BOLD_WEIGHTS
        else:
            italic = value in ("italic", "oblique")
    return bold, italic


def _styled_emphasis(body: HtmlElement, styles: str) -> None:
    """Spans whose classes draw them bold or italic become ``<strong>`` or ``<em>``; of
    two classes that set the same property, the later rule wins, as in CSS."""
    weight: dict[str, tuple[int, bool]] = {}
    slant: dict[str, tuple[int, bool]] = {}
    for order, rule in enumerate(_CLASS_RULE.finditer(styles)):
        bold, italic = drawn_emphasis(rule[2])
        if bold is not None:
            weight[rule[1]] = (order, bold)
        if italic is not None:
            slant[rule[1]] = (order, italic)
    if not any(bold for _, bold in weight.values()) and not any(it for _, it in slant.values()):
        return
    for span in body.iter("span"):
        classes = span.get("class", "").split()
        bold, italic = _drawn(classes, weight), _drawn(classes, slant)
        if bold or italic:
            _emphasise(span, "strong" if bold else "em", inner="em" if bold and italic else None)


def _drawn(classes: list[str], rules: dict[str, tuple[int, bool]]) -> bool:
    """Whether the last of ``rules`` (by stylesheet order) among ``classes`` sets it."""
    found = [rules[name] for name in classes if name in rules]
    return max(found)[1] if found else False


def _emphasise(span: HtmlElement, tag: str, *, inner: str | None) -> None:
    span.tag = tag
    if inner is None:
        return
    wrapper = span.makeelement(inner, {})
    wrapper.text, span.text = span.text, None
    for child in list(span):
        wrapper.append(child)
    span.append(wrapper)
