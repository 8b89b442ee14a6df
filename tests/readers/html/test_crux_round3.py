"""Rules from the third round on chimbori/crux's test pages (the eighteenth session): the
copy of a picture a ``<noscript>`` holds is no second picture in its box, so a captioned
picture's box named like furniture stays a figure; a picture a lazy loader names in a
``data-`` attribute of its own is shown; a tag's time without a zone takes the zone of a
``<time datetime>`` giving the same clock time; ``published_at`` names the publication; a
line printing a time of day before its date above the article is a dateline."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.readers.html.pages import ARTICLE, read

from newsconv.model import Figure
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.tree import inline_text, plain_text

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


def _published(head: str, body: str) -> datetime | None:
    html = f"<html><head><title>Library funded</title>{head}</head><body>{body}</body></html>"
    doc = HtmlReader().read(html.encode(), options=ReadOptions(), source="p.html", report=print)
    return doc.metadata.published


_STORY = f"<article><h1>Library funded</h1>{ARTICLE}</article>"
_NAIVE = "<meta name='publishdate' content='09/13/2016 4:00:00'>"


def test_a_time_without_a_zone_takes_the_zone_of_a_stamp_with_the_same_clock() -> None:
    stamp = "<time datetime='2016-09-13T04:00:00-07:00'>September 13, 2016</time>"
    published = _published(_NAIVE, f"<article><h1>Library funded</h1>{stamp}{ARTICLE}</article>")
    assert published == datetime(2016, 9, 13, 4, 0, tzinfo=timezone(timedelta(hours=-7)))


def test_a_stamp_with_another_clock_lends_no_zone() -> None:
    stamp = "<time datetime='2016-09-12T09:30:00-07:00'>September 12, 2016</time>"
    published = _published(_NAIVE, f"<article><h1>Library funded</h1>{stamp}{ARTICLE}</article>")
    assert published == datetime(2016, 9, 13, 4, 0)


def test_a_tag_named_published_at_dates_the_story() -> None:
    meta = "<meta name='published_at' content='2010-08-18T19:30:00-04:00'>"
    published = _published(meta, _STORY)
    assert published == datetime(2010, 8, 18, 19, 30, tzinfo=timezone(timedelta(hours=-4)))


def test_a_line_printing_the_time_before_the_date_above_the_article_goes() -> None:
    stamp = "<h5 class='timestamp'>Published 4:00&nbsp;am, Wednesday, October 27, 2010</h5>"
    text = plain_text(read(f"{stamp}{ARTICLE}"))
    assert "Published" not in text
    assert text.startswith("1. The council met")


def test_a_sentence_giving_a_time_and_a_date_stays() -> None:
    line = "<p>Doors open at 4:00 am on Wednesday, October 27, 2010.</p>"
    assert "Doors open at 4:00 am" in plain_text(read(f"{line}{ARTICLE}"))
