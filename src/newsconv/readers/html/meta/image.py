"""The lead image, with the caption and credit the page gives it.

JSON-LD ``ImageObject`` may carry both; otherwise the page often shows the same picture
in a ``<figure>`` near the top, whose ``<figcaption>`` has the caption and whose credit
sits in an element named for it (``class="credit"``, ``copyright``, ``photographer``).
Images are only named here, never fetched; a ``file:`` or ``javascript:`` URL is refused.
"""

from __future__ import annotations

import base64
import re
import struct
from collections.abc import Iterable, Iterator
from pathlib import PurePosixPath

from lxml.html import HtmlElement

from newsconv.build import inlines
from newsconv.model import Figure, Image
from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.textstats import shown_text
from newsconv.urls import join, split

_SAFE_SCHEMES = ("http", "https", "data", "")
#: How many levels above a picture a caption written without ``<figure>`` may be boxed
#: with it.
_CAPTION_REACH = 2
#: ...and the box holds this many elements at most (the picture, its caption, a credit).
_CAPTION_BOX_CHILDREN = 3
#: The words a blank placeholder's file is named with ("blank.jpg", "spacer.gif",
#: "transparent-1x1.png"): a site's stand-in where the article has no picture.
_PLACEHOLDER_WORDS = frozenset({"blank", "spacer", "pixel", "transparent", "clear", "empty", "1x1"})
#: A word that makes any file name a placeholder's ("social_placeholder.png").
_PLACEHOLDER = "placeholder"
_PLACEHOLDER_MARKS = (_PLACEHOLDER, *_PLACEHOLDER_WORDS)
_NAME_WORDS = re.compile(r"[^\W_]+")
#: A word of a logo's file name ("logo_msn_white.gif", "social_default_logo-1481777.png").
_LOGO = "logo"
#: The words of an icon's path (see :func:`icon_file`).
_ICON_WORDS = frozenset({"icon", "icons"})
#: A picture fewer pixels across than this is an icon, not a picture.
ICON_MAX_PIXELS = 48
#: A path segment giving only a rendition's size ("640x360", "1200x675.jpg")...
_RENDITION = re.compile(r"\d{2,5}x\d{2,5}(?:\.[a-z]{3,4})?", re.IGNORECASE)


def lead_image(
    images: Iterable[HtmlElement],
    href: str | None,
    *,
    base: str | None,
    alt: str | None = None,
    caption: str | None = None,
    credit: str | None = None,
) -> Figure | None:
    """``href`` (resolved against ``base``) as a figure; caption and credit from the
    page's own ``<figure>`` of that image (among its ``<img>`` elements, ``images``) when
    they are not given."""
    src = join(base, href) if href else href
    parts = split(src) if src else None
    if not src or parts is None or parts.scheme not in _SAFE_SCHEMES:
        return None
    shown = _figure_of(images, src, base)
    if shown is not None:
        figure, src = shown
        shown_caption, shown_credit = _caption_and_credit(figure)
        caption, credit = caption or shown_caption, credit or shown_credit
    return Figure(
        Image(src, alt or ""),
        inlines(caption) if caption else (),
        inlines(credit) if credit else (),
    )


def is_logo(href: str) -> bool:
    """Whether ``href`` names a logo: a word of its file's name says so. A site announces
    its logo where the article has no picture of its own."""
    name = href.partition("?")[0].partition("#")[0].rstrip("/").rpartition("/")[2].lower()
    return _LOGO in name and _LOGO in _NAME_WORDS.findall(PurePosixPath(name).stem)


def is_placeholder(href: str) -> bool:
    """Whether ``href`` names a placeholder image rather than a picture: its file's name
    says so, or every word of it is a blank's."""
    # Most files' names hold none of the words: a scan of the name spares parsing the address.
    name = href.partition("?")[0].partition("#")[0].rstrip("/").rpartition("/")[2].lower()
    if not any(word in name for word in _PLACEHOLDER_MARKS):
        return False
    parts = split(href)
    stem = PurePosixPath(parts.path).stem.lower() if parts is not None else ""
    words = _NAME_WORDS.findall(stem)
    return _PLACEHOLDER in words or (bool(words) and _PLACEHOLDER_WORDS.issuperset(words))


def icon_file(src: str) -> bool:
    """Whether an image's address names an icon: a word of its path is "icon" or "icons"
    ("/img/icons/icon-quote.svg"), an ornament beside the text (a quotation's mark, a
    network's logo), not a picture of the story; or a ``data:`` picture drawn icon-sized
    (a player's 16-by-9 poster stand-in)."""
    if src.startswith("data:"):
        size = drawn_size(src)
        return size is not None and max(size) < ICON_MAX_PIXELS
    if "icon" not in src:
        return False
    parts = split(src)
    return parts is not None and not _ICON_WORDS.isdisjoint(_NAME_WORDS.findall(parts.path.lower()))


def drawn_size(src: str) -> tuple[int, int] | None:
    """The width and height a base64 ``data:`` PNG or GIF states in its header (the first
    24 bytes hold both), or None for any other address."""
    head, _, payload = src.partition(",")
    if not head.endswith(";base64"):
        return None
    try:
        data = base64.b64decode(payload[:32])
    except ValueError:
        return None
    if data.startswith(b"\x89PNG") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if data.startswith(b"GIF8") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return width, height
    return None


def _figure_of(
    images: Iterable[HtmlElement], src: str, base: str | None
) -> tuple[HtmlElement, str] | None:
    """The ``<figure>`` showing the same file (same name, any size or host), and the
    address the page itself shows it from.

    That address is preferred to the announced one: a page saved with its images points
    its ``<img>`` at the copy beside it, while ``og:image`` still names the web original.
    """
    for img, shown, scheme in _showing(images, src, base):
        figure = next(img.iterancestors("figure"), None)
        if figure is None:
            figure = _captioned_box(img)
        if figure is None:
            return None
        return figure, shown if scheme in _SAFE_SCHEMES else src
    return None


def is_shown(images: Iterable[HtmlElement], src: str, base: str | None) -> bool:
    """Whether one of the page's ``<img>`` elements, ``images``, shows the file ``src``."""
    return next(_showing(images, src, base), None) is not None


def _showing(
    images: Iterable[HtmlElement], src: str, base: str | None
) -> Iterator[tuple[HtmlElement, str, str]]:
    """The ``images`` showing the same file as ``src`` (same name, any size or host), with
    the address each shows it from and that address's scheme."""
    parts = split(src)
    name = _file_name(parts.path) if parts is not None else ""
    if not name:
        return
    for img in images:
        given = img.get("src") or img.get("data-src") or ""
        if name not in given and (name in (lazy := img.get("data-src") or "")):
            given = lazy  # a script's stand-in in ``src`` (a blank pixel's data: URI)
        elif name not in given and (not given or given.startswith("data:")):
            # the file in a lazy loader's ``data-`` attribute, whatever its name
            # ("data-dejavu-src"); looked for only behind a stand-in, not a picture's address
            given = next((v for a, v in img.attrib.items() if _names_file(a, v, name)), given)
        if name not in given and (not base or name not in base):
            continue  # a resolved path's last segment comes from one of the two
        shown = join(base, given)
        parts = split(shown)
        if parts is not None and _file_name(parts.path) == name:
            yield img, shown, parts.scheme


def _names_file(attribute: str, value: str, name: str) -> bool:
    """Whether a ``data-`` attribute holds one address naming the file ``name``."""
    return attribute.startswith("data-") and name in value and not any(c.isspace() for c in value)


def _file_name(path: str) -> str:
    """The name of the file at ``path``, the same at any size: its last segment, or the
    one before when that last segment only gives a rendition's size, as an image service
    names its copies ("/image/sz.1.3919259/640x360" and ".../1200x675" are one picture)."""
    parts = PurePosixPath(path)
    if _RENDITION.fullmatch(parts.name) and _names_picture(parent := parts.parent.name):
        return parent
    return parts.name


def _names_picture(segment: str) -> bool:
    """Whether a path segment is a picture's id ("sz.1.3919259", "a4f09c1e"), not a year's
    or a month's folder: digits with letters, or five digits or more."""
    digits = sum(c.isdigit() for c in segment)
    return digits >= 5 or (digits > 0 and any(c.isalpha() for c in segment))


def _captioned_box(img: HtmlElement) -> HtmlElement | None:
    """The box a few levels around ``img`` that holds a ``<figcaption>`` and no other
    picture: a figure written without ``<figure>`` (``<div><a><img><figcaption>…``)."""
    for level, box in enumerate(img.iterancestors()):
        if level == _CAPTION_REACH or len(box) > _CAPTION_BOX_CHILDREN:
            break  # a page's container, not a picture's box
        if box.find(".//figcaption") is not None:
            return box if sum(1 for _ in box.iter("img")) == 1 else None
    return None


def _caption_and_credit(figure: HtmlElement) -> tuple[str | None, str | None]:
    caption = figure.find(".//figcaption")
    if caption is None:
        return None, None
    credit_element = next(
        (e for e in caption.iter() if vocab.CREDIT.search(vocab.class_and_id(e))),
        None,
    )
    text = shown_text(caption)
    if credit_element is None:
        text, credit = vocab.trailing_credit(text)  # "… Photo: Ann Lee", as the body reads it
        return text or None, credit or None
    shown = shown_text(credit_element)
    if shown and text.endswith(shown):
        text = text[: -len(shown)].rstrip(vocab.CREDIT_SEPARATORS)  # "… Jean Veber • Getty"
    return text or None, _credit_text(credit_element, shown) or None


def _credit_text(credit: HtmlElement, text: str) -> str:
    """What the ``credit`` element shows (``text``), less a label set apart in an element
    of its own without a colon (``<span class=credit><span class=hideFromView>Credit</span>
    PHOTOGRAPH BY …</span>``, a label for screen readers)."""
    first = next(iter(credit), None)
    if first is None or (credit.text or "").strip() or not isinstance(first.tag, str):
        return text
    label = shown_text(first)
    if label and vocab.CREDIT_LABEL_OPENING.fullmatch(f"{label}:") and text.startswith(label):
        return text[len(label) :].strip() or text
    return text
