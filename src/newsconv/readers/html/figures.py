"""Pictures in the markup: where an image's file and size are, and its caption and credit.

A page lazy-loads its images (the file in ``data-src``, a placeholder in ``src``), writes
a figure with or without ``<figure>`` and ``<figcaption>``, and names a caption's credit
by its class. These read each way; :mod:`~newsconv.readers.html.convert` builds the
model's figures from them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

from lxml import etree
from lxml.html import HtmlElement

from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.meta.image import ICON_MAX_PIXELS, is_placeholder
from newsconv.readers.html.textstats import detach, shown_text, sibling_element

__all__ = [
    "caption_under_picture", "captioned_box", "dimension", "figure_caption", "image_source",
    "names_caption", "names_credit", "picture_box", "show_amp_images", "show_noscript_images",
]  # fmt: skip

#: Elements between a picture and its caption that show nothing.
_SPACERS = frozenset({"br", "meta"})
#: Elements that may hold the caption under a picture in a ``div``.
_CAPTION_TAGS = frozenset({"p", "div", "span", "small", "em", "i", "cite", "figcaption"})
#: A ``data:`` image shorter than this is a stand-in: a blank pixel, a blur.
_DATA_STAND_IN = 200
#: A ``src`` holding a ``srcset``'s list of files and widths ("a.jpg 650w, a.jpg?w=171 171w").
_CANDIDATE_LIST = re.compile(r"\S+\s+\d+(?:\.\d+)?[wx]\s*(?:,|$)")
#: A ``srcset`` candidate's address as browsers read it: it runs to the next space, since
#: an image service's address may hold commas ("c_fill,w_800/a.jpg"); a comma ending it
#: ends the candidate, else its descriptors run to the next comma.
_SRCSET_ADDRESS = re.compile(r"[\s,]*(\S+)")
_SRCSET_DESCRIPTORS = re.compile(r"([^,]*),?")
#: A candidate's width ("800w") or pixel density ("2x") descriptor.
_DESCRIPTOR = re.compile(r"(\d+(?:\.\d+)?)[wx]")
#: Where a lazy-loading page keeps an image's file until a script shows it.
_LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src")
#: A file in Foundation's ``data-interchange`` list, "[file, query]" by screen size.
_INTERCHANGE = re.compile(r"\[\s*([^\s,\[\]]+)\s*,")
#: Where an image names a file besides its ``src``.
_OTHER_SOURCES = (*_LAZY_SOURCES, "srcset", "data-srcset")
#: A raster file the page shows this many times is no picture of the story's.
_REPEATED_SHOWS = 3
#: The boxes an image may stand in, the nearest of which tells whether it has one of its own.
_IMAGE_BOXES = frozenset(
    {"p", "li", "td", "th", "dd", "dt", "figure", "a", "span", "div", "section"}
)
#: A picture and its caption in a ``div`` come with this many elements at most beside
#: them: comments, line breaks and empty anchors.
_CAPTIONED_MAX_CHILDREN = 5
#: ...and the caption holds this many characters at most when named one ("pb-caption"),
#: a credit and all.
_NAMED_CAPTION_MAX_CHARS = 2 * vocab.CAPTION_MAX_CHARS
#: A picture's box holds this many elements at most (image, caption, credit, wrappers).
_FIGURE_MAX_ELEMENTS = 12
#: A box of one picture and its captions and credits, each maybe printed twice (the page's
#: copy and its lightbox's), holds this many elements at most...
_CAPTIONED_BOX_MAX_ELEMENTS = 30
#: ...and two to this many children (the picture's wrapper, the caption, the credit, the
#: copies; a wrapper of one is asked through its child).
_CAPTIONED_BOX_MAX_CHILDREN = 6
#: ...and this many characters.
_CAPTIONED_BOX_MAX_CHARS = 2 * _NAMED_CAPTION_MAX_CHARS
#: How far up from a ``<noscript>`` its picture's stand-in may be: the wrappers a
#: lazy-loading component puts around the fallback (``<img placeholder><div><noscript>``).
_NOSCRIPT_REACH = 3
#: The picture elements of an AMP page (https://amp.dev), which its runtime draws as ``<img>``.
_AMP_PICTURES = ("amp-img", "amp-anim")
#: Attributes AMP marks a picture's stand-ins with, shown only until or unless it loads.
_AMP_STAND_INS = ("placeholder", "fallback")


def figure_caption(figure: HtmlElement) -> HtmlElement | None:
    """The caption of a ``<figure>``: its ``<figcaption>``, else the part whose class or id
    names it a caption, and that holds text and no picture."""
    caption = figure.find(".//figcaption")
    if caption is not None:
        return caption
    for part in figure.iterdescendants():
        if (
            isinstance(part.tag, str)
            and names_caption(part)
            and part.find(".//img") is None
            and part.text_content().strip()
        ):
            return part
    return None


def caption_under_picture(element: HtmlElement) -> HtmlElement | None:
    """The caption of a figure written without ``<figure>``: a ``div`` (or ``<p>``) holding a
    picture and, after it, a short text with no picture (``<div class="foto"><img><p>…</p></div>``),
    maybe inside one wrapper (``<div><span><a><img></a><span>…</span></span></div>``), maybe
    spaced by a line break or an empty anchor, maybe beside a part named the credit
    (``<img><div class="credit">…</div><div class="caption">…</div>``). A caption named
    one may be longer. Text
    after the wrapper is the box's own, whose words no caption of a figure takes."""
    if len(element) == 1 and isinstance(element[0].tag, str) and not (element.text or "").strip():
        element = element[0]
        if (element.tail or "").strip():
            return None  # "<p><span>picture, caption</span> The story begins…</p>"
    if not 2 <= len(element) <= _CAPTIONED_MAX_CHILDREN:  # two blocks, maybe spacers
        return None
    if (element.text or "").strip() or next(element.iter("img"), None) is None:
        return None  # words before the picture, or no picture (most paragraphs): told first
    children = [child for child in element if isinstance(child.tag, str) and not _spacer(child)]
    if len(children) == 3 and _shows_picture(children[0]):  # a credit beside the caption
        credits = [
            c for c in children[1:] if c.tag != "a" and names_credit(c) and c.find(".//img") is None
        ]
        if len(credits) == 1 and not (credits[0].tail or "").strip():
            children.remove(credits[0])
    if len(children) != 2:
        return None
    picture, caption = children
    if (
        caption.tag not in _CAPTION_TAGS
        or (picture.tail or "").strip()
        or (caption.tail or "").strip()
        or not _shows_picture(picture)
        or picture.text_content().strip()
        or caption.find(".//img") is not None
    ):
        return None
    length = len(caption.text_content().strip())
    if length > vocab.CAPTION_MAX_CHARS and not (
        length <= _NAMED_CAPTION_MAX_CHARS and names_caption(caption)
    ):
        return None  # prose beside a picture, unless named its caption
    return caption if length else None


def captioned_box(box: HtmlElement) -> HtmlElement | None:
    """The caption of a box holding one picture and, around it, only parts named its caption
    or credit, however many and however nested, whatever the box's own name (a picture box
    that prints its caption, the credit, and the lightbox's copy of both: ``<div><div
    class="credit-caption">…</div><div><img></div><div><p class="caption">…</p><span
    class="credit">…</span></div></div>``): its first part named a caption. Every word of
    the box is the picture's, so the copies go with the figure."""
    if not 2 <= len(box) <= _CAPTIONED_BOX_MAX_CHILDREN or next(box.iter("img"), None) is None:
        return None  # a wrapper, a container of blocks, or no picture (most boxes), told in C
    parts = list(itertools.islice(box.iter(etree.Element), _CAPTIONED_BOX_MAX_ELEMENTS + 1))
    if len(parts) > _CAPTIONED_BOX_MAX_ELEMENTS:
        return None
    images = [e for e in parts if e.tag == "img"]
    if (
        len(images) != 1
        or is_icon(images[0])
        or any(e.tag in vocab.HEADINGS for e in parts)
        or not _only_captions(box)
        or len(box.text_content()) > _CAPTIONED_BOX_MAX_CHARS
    ):
        return None
    return figure_caption(box)


def _only_captions(node: HtmlElement) -> bool:
    """Whether every word in ``node`` stands in a part named a caption or a credit that
    holds no picture."""
    if (node.text or "").strip():
        return False
    for child in node:
        if (child.tail or "").strip():
            return False
        if not isinstance(child.tag, str):
            continue
        named = (names_caption(child) or names_credit(child)) and child.find(".//img") is None
        if not named and not _only_captions(child):
            return False
    return True


def _shows_picture(node: HtmlElement) -> bool:
    """Whether ``node`` is a picture or holds one."""
    return node.tag == "img" or node.find(".//img") is not None


def _spacer(node: HtmlElement) -> bool:
    """Whether ``node`` only spaces a picture from its caption: a line break, an empty
    named anchor (``<a name=""></a><img><br><span>caption</span>``), or microdata's
    invisible ``<meta itemprop="image">``."""
    return node.tag in _SPACERS or (
        node.tag == "a" and not len(node) and not node.get("href") and not (node.text or "").strip()
    )


def names_caption(element: HtmlElement) -> bool:
    """Whether ``element``'s class or id names it a caption or a figure."""
    return vocab.CAPTION.search(vocab.class_and_id(element))


def names_credit(part: HtmlElement) -> bool:
    """Whether a part of a caption is marked as its credit (``<cite>``, a class like
    ``credit``)."""
    names = vocab.class_and_id(part)
    return part.tag == "cite" or bool(names and vocab.CREDIT.search(names))


def image_source(img: HtmlElement) -> str | None:
    """The file an ``<img>`` shows once its page's scripts ran: ``src``, unless it is
    missing or a placeholder (a tiny ``data:`` image, "placeholder.png"); then a lazy
    source, else the largest of its ``srcset``, else of its ``<picture>``'s last
    ``<source>``, else of Foundation's ``data-interchange`` ("[small.jpg, small],
    [large.jpg, medium]"), else a picture file another ``data-`` attribute names. A ``src``
    that holds a ``srcset``'s list gives its first file."""
    src: str = (img.get("src") or "").strip()
    if " " not in src and "%20" in src:
        src = _decoded_list(src)
    if " " in src and _CANDIDATE_LIST.match(src):
        src = src.split(None, 1)[0]  # a srcset's list written in src: its first file
    if src and _picture(src):
        return src
    lazy = next((str(v).strip() for a in _LAZY_SOURCES if (v := img.get(a)) and v.strip()), None)
    return (
        lazy
        or _largest(img)
        or _largest_in_picture(img)
        or _interchanged(img)
        or _data_file(img)
        or src
        or None
    )


def _decoded_list(src: str) -> str:
    """``src`` with its escaped spaces read as spaces when it is a ``srcset``'s list whose
    spaces a template escaped ("a.png?w=2880%202880w,%20a.png?w=320%20320w"), else as it
    is: an address may escape a space of its own ("my%20photo.jpg")."""
    spaced = src.replace("%20", " ")
    return spaced if _CANDIDATE_LIST.match(spaced) else src


def _interchanged(img: HtmlElement) -> str | None:
    """The last (largest) file of ``img``'s ``data-interchange`` list."""
    files = _INTERCHANGE.findall(img.get("data-interchange") or "")
    return str(files[-1]) if files else None


def _data_file(img: HtmlElement) -> str | None:
    """The picture file a ``data-`` attribute of its own name holds for a lazy loader
    (``<img data-img="…/570786_v1.jpg">``, with no ``src``): a value ending as an image
    file does, less its query, where other ``data-`` values are ids, sizes and flags."""
    for name, value in img.attrib.items():
        file = value.strip()
        path = file.lower().partition("?")[0]
        if name.startswith("data-") and path.endswith(vocab.IMAGE_FILE_ENDINGS):
            return str(file)
    return None


def show_amp_images(root: HtmlElement) -> None:
    """Make the pictures of an AMP page (its ``<html amp>`` or ``<html ⚡>`` says it is one)
    ``<img>`` elements, as its runtime would: read as unknown tags, its ``<amp-img>``
    pictures were dropped and their captions left alone. Their stand-ins go (a child marked
    ``placeholder`` or ``fallback``, a ``<noscript>`` copy); anything else they hold stays,
    after the picture. Other pages pay one look at the root's attributes."""
    if root.get("amp") is None and root.get("\u26a1") is None:
        return
    for picture in list(root.iter(*_AMP_PICTURES)):
        picture.tag = "img"
        if len(picture) or picture.text:
            _empty(picture)


def _empty(picture: HtmlElement) -> None:
    """Move what ``picture`` holds after it, in order, less its stand-ins: an ``<img>``
    holds nothing."""
    tail, picture.tail, picture.text = picture.tail, picture.text, None
    for child in list(picture):
        if child.tag == "noscript" or any(child.get(a) is not None for a in _AMP_STAND_INS):
            detach(child)
    last = picture
    for child in list(picture):
        last.addnext(child)  # lxml moves the child's tail along with it
        last = child
    last.tail = (last.tail or "") + (tail or "") or None


def show_noscript_images(root: HtmlElement) -> None:
    """Put the picture a ``<noscript>`` holds for readers without scripts into the stand-in
    image before it (a blank pixel with no lazy source, which a script would have replaced):
    ``<img src="data:…"><div><noscript><img src="photo.jpg"></noscript></div>``. The
    ``<noscript>`` itself goes with the other junk tags; without this the article showed a
    blank pixel, or nothing, where the photo was. Readability does the same for a
    ``<noscript>`` right after a single image; here the stand-in may sit a few wrappers up."""
    for noscript in list(root.iter("noscript")):
        images = noscript.findall(".//img")
        if len(images) != 1 or noscript.text_content().strip():
            continue
        real = images[0]
        src = (real.get("src") or "").strip()
        if not src or not _picture(src):
            continue
        stand_in = _stand_in_before(noscript)
        if stand_in is not None:
            stand_in.set("src", src)
            for name in ("alt", "srcset", "width", "height"):
                value = real.get(name)
                if value and not (stand_in.get(name) or "").strip():
                    stand_in.set(name, value)
        elif _lazy_box_before(noscript) or _bare_picture(noscript):
            real.tail = None
            noscript.addprevious(real)  # the picture a script would draw in the box


def _bare_picture(noscript: HtmlElement) -> bool:
    """Whether ``noscript`` stands in a ``<picture>`` that holds no other ``<img>``: a
    script draws the picture there, and this copy is the only one (National Geographic's
    ``<picture><noscript><img src="lizard.jpg"></noscript></picture>``)."""
    parent = noscript.getparent()
    return (
        parent is not None
        and parent.tag == "picture"
        and all(img.getparent() is noscript for img in parent.iter("img"))
    )


def _lazy_box_before(noscript: HtmlElement) -> bool:
    """Whether the element right before ``noscript`` is an empty box that keeps a lazy
    source for a script to draw its picture from, no ``<img>`` in it (``<span
    data-src="photo.jpg"></span><noscript><img src="photo.jpg"></noscript>``)."""
    before = noscript.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return (
        before is not None
        and before.tag != "img"
        and not len(before)
        and not (before.text or "").strip()
        and any(before.get(name) for name in _LAZY_SOURCES)
    )


def _stand_in_before(noscript: HtmlElement) -> HtmlElement | None:
    """The image just before ``noscript`` (its sibling, or one of its wrappers') that shows
    nothing until a script runs: a placeholder with no lazy source; None when text or a
    real picture comes between."""
    node: HtmlElement | None = noscript
    for _ in range(_NOSCRIPT_REACH):
        if node is None:
            return None
        before = node.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if before is not None:
            if before.text_content().strip():
                return None
            images = [before] if before.tag == "img" else before.findall(".//img")
            if not images:
                return None
            img = images[-1]
            if _picture((img.get("src") or "").strip()) or any(
                img.get(name) for name in _OTHER_SOURCES
            ):
                return None
            return img
        node = node.getparent()
    return None


def _picture(src: str) -> bool:
    """Whether ``src`` is a picture, not a stand-in: a ``data:`` image as big as a real
    one (a blank pixel takes a few dozen characters), a file not named a placeholder."""
    return len(src) >= _DATA_STAND_IN if src.startswith("data:") else not is_placeholder(src)


def _largest(element: HtmlElement) -> str | None:
    """The largest file of ``element``'s ``srcset`` by its width or density descriptor (the
    last of equals: lists usually grow)."""
    srcset = element.get("srcset") or element.get("data-srcset") or ""
    largest, size = None, -1.0
    for address, descriptors in _srcset_candidates(srcset):
        described = _DESCRIPTOR.search(descriptors)
        if (found := float(described[1]) if described else 1.0) >= size:
            largest, size = address, found
    return largest


def _srcset_candidates(srcset: str) -> Iterator[tuple[str, str]]:
    """Each candidate's address and descriptors, in one pass (a regex finding both at once
    backtracks without end over a run of commas)."""
    position = 0
    while found := _SRCSET_ADDRESS.match(srcset, position):
        address, position = found[1], found.end()
        if address.endswith(","):
            if address := address.rstrip(","):
                yield address, ""
            continue
        described = _SRCSET_DESCRIPTORS.match(srcset, position)
        assert described is not None  # it matches the empty string
        position = described.end()
        yield address, described[1]


def _largest_in_picture(img: HtmlElement) -> str | None:
    """The file of the last ``<source>`` of the ``<picture>`` around ``img``: the one a
    browser falls back to, after those for narrow screens. libxml2 does not know that a
    ``<source>`` is empty and nests what follows it inside: the ``<img>`` is then in the
    last one, and that in the others."""
    for ancestor in img.iterancestors():
        if ancestor.tag == "source":
            if found := _largest(ancestor):
                return found
        elif ancestor.tag == "picture":
            sources = [_largest(source) for source in ancestor.iterchildren("source")]
            return next((source for source in reversed(sources) if source), None)
        else:
            return None
    return None


def dimension(value: str | None) -> int | None:
    """A ``width`` or ``height`` in pixels, if it is one."""
    return int(value) if value and value.strip().isdigit() else None


def picture_box(node: HtmlElement) -> bool:
    """Whether ``node`` is a picture and its caption, or the caption beside one, whatever
    its tag or name ("related-media", "image-extras" and ``<aside>`` hold a figure as
    readily as a box of other stories): small, one image larger than an icon, a caption's
    length of text, no heading (a teaser's, an author box's), no byline, and no link but
    around the image. The copy of the image a ``<noscript>`` holds is not a second one:
    the prune meets the box before the ``<noscript>`` goes with the other junk tags."""
    parts = _head(node)
    if len(parts) > _FIGURE_MAX_ELEMENTS:
        return False  # too big for a figure or a caption (most boxes named like furniture)
    box = node
    if not any(e.tag == "img" for e in parts):
        if not any(names_caption(e) for e in parts) and not _under_picture(node):
            return False
        if (box := node.getparent()) is None:
            return False
        parts = _head(box)
    # the copy a <noscript> holds for readers without scripts is the stand-in's picture
    images = [e for e in parts if e.tag == "img" and e.getparent().tag != "noscript"]
    if (
        len(parts) > _FIGURE_MAX_ELEMENTS
        or len(images) != 1
        or is_icon(images[0])
        or vocab.names_byline(vocab.class_and_id(box))
        or any(e.tag in vocab.HEADINGS for e in parts)
        or any(e.tag == "a" and e.text_content().strip() for e in parts)
    ):
        return False
    return 0 < len(shown_text(box)) <= vocab.CAPTION_MAX_CHARS


def loose_caption(node: HtmlElement) -> bool:
    """Whether ``node`` is the caption of the picture right before it, written without a
    ``<figure>``: it has no link and it, or a part of it, is named a caption
    (Infosperber's ``<img>``, then ``<p class="media-license"><span
    class="media-legend">…``)."""
    return _under_picture(node) and any(
        names_caption(part) for part in node.iter() if isinstance(part.tag, str)
    )


def _under_picture(node: HtmlElement) -> bool:
    """Whether ``node`` comes right after a box showing a picture, with no link of its own:
    a player's footer holding its video's headline under the poster (``<div
    class=cnnVidFooter>`` after ``<div class=cnnVidplayer><a><img>``), the caption beside
    it however named."""
    before = sibling_element(node, before=True)
    return (
        before is not None
        and next(before.iter("img"), None) is not None
        and next(node.iter("a"), None) is None
    )


def repeated_drawings(images: Iterable[HtmlElement]) -> set[HtmlElement]:
    """The pictures of ``images`` (the page's, before anything is removed) whose file the
    page shows again and again: an SVG shown twice or more is a logo or an icon (a
    region's coat of arms in the menu and again over the headline); any other file shown
    :data:`_REPEATED_SHOWS` times in boxes of its own (a ``<div>`` between paragraphs,
    not a paragraph, a list item, a table's cell), with no lazy source to tell the copies
    apart, is an ad slot's stand-in (one file between every few paragraphs). A picture of
    the story's own is shown once; a table's tick and a formula repeat in their text."""
    first: dict[str, HtmlElement] = {}
    again: dict[str, list[HtmlElement]] = {}
    for image in images:
        src = (image.get("src") or "").strip()
        if src in first:
            again.setdefault(src, [first[src]]).append(image)
        elif src:
            first[src] = image
    repeated: set[HtmlElement] = set()
    for src, shown in again.items():
        if src.lower().partition("?")[0].endswith(".svg"):
            repeated.update(shown)
        elif len(shown) >= _REPEATED_SHOWS and _picture(src):
            repeated.update(filter(_slot_filler, shown))
    return repeated


def _slot_filler(image: HtmlElement) -> bool:
    """Whether ``image`` stands in a box of its own and names no other file."""
    box = image.getparent()
    while box is not None and box.tag not in _IMAGE_BOXES:
        box = box.getparent()
    if box is None or box.tag not in ("div", "section"):
        return False
    return not any(map(image.get, _OTHER_SOURCES))


def is_icon(image: HtmlElement) -> bool:
    """Whether ``image`` is declared as small as an icon (an agency's logo in a byline) or
    is a counter's pixel. A side declared 0 beside a large one is left to the stylesheet
    (``width="1600" height="0"`` under a CSS aspect ratio)."""
    sizes = _declared_sizes(image)
    return _pixel(sizes) or any(0 < size < ICON_MAX_PIXELS for size in sizes)


def is_pixel(image: HtmlElement) -> bool:
    """Whether ``image`` is declared a pixel or nothing wide and high: a counter's."""
    return _pixel(_declared_sizes(image))


def _pixel(sizes: list[int]) -> bool:
    return bool(sizes) and max(sizes) <= 1


def _declared_sizes(image: HtmlElement) -> list[int]:
    return [
        size for side in ("width", "height") if (size := dimension(image.get(side))) is not None
    ]


def _head(node: HtmlElement) -> list[HtmlElement]:
    """``node`` and its first descendant elements, one more than a figure holds at most."""
    return list(itertools.islice(node.iter(etree.Element), _FIGURE_MAX_ELEMENTS + 1))
