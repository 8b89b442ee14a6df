"""Rules from the third round on chimbori/crux's test pages (the eighteenth session): the
copy of a picture a ``<noscript>`` holds is no second picture in its box, so a captioned
picture's box named like furniture stays a figure; a picture a lazy loader names in a
``data-`` attribute of its own is shown."""

from __future__ import annotations

from tests.readers.html.pages import ARTICLE, read

from newsconv.model import Figure
from newsconv.tree import inline_text

_PIXEL = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="


def _figures(body: str) -> list[Figure]:
    return [b for b in read(f"{ARTICLE}{body}{ARTICLE}").blocks if isinstance(b, Figure)]


def test_a_captioned_picture_with_its_noscript_copy_stays_in_a_box_named_related() -> None:
    box = (
        "<div class='span-image related-asset'><div class='imageholder'>"
        f"<a href='/images/1.html'><img class='lazyload' src='{_PIXEL}' data-src='/kyl.jpg'>"
        "<noscript><img src='/kyl.jpg'></noscript></a></div>"
        "<span><div class='image-caption'>The senator led the opposition to the treaty.</div>"
        "<div class='image-credit'>Ann Lee / The Daily</div></span></div>"
    )
    (figure,) = _figures(box)
    assert figure.image.src == "/kyl.jpg"
    assert inline_text(figure.caption) == "The senator led the opposition to the treaty."


def test_a_box_named_related_with_two_pictures_goes() -> None:
    box = (
        "<div class='related-asset'><img src='/a.jpg'><img src='/b.jpg'>"
        "<div class='image-caption'>More from the council</div></div>"
    )
    assert not _figures(box)


def test_a_picture_named_in_a_data_attribute_of_its_own_is_shown() -> None:
    img = "<img width='610' height='386' data-img='/circles/570786_v1.jpg?v=2'>"
    box = f"<p align='center'>{img}</p>"
    (figure,) = _figures(box)
    assert figure.image.src == "/circles/570786_v1.jpg?v=2"


def test_a_data_attribute_naming_no_picture_file_shows_nothing() -> None:
    box = "<p><img width='610' height='386' data-id='570786' data-page='/circles/'></p>"
    assert not _figures(box)
