"""Rules from the fourth set of htmldate's evaluation pages (the eighteenth session): a
tag's day and month that read either way take the order the page prints with dots; an
interview's "recueilli par" is a by-word; a Japanese paper's bracketed dateline names its
reporter; a raster file shown again and again in boxes of its own is an ad slot's
stand-in."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.readers.html.pages import ARTICLE, SENTENCE, page, read

from newsconv.model import Figure
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.readers.html.meta.byline import opening_dateline
from newsconv.readers.html.metadata import read_metadata
from newsconv.tree import inline_text, plain_text


def _published(stamp: str, shown: str) -> datetime | None:
    head = f"<title>Water tested</title><meta name='date' content='{stamp}'>"
    body = f"<h1>Water tested</h1>{ARTICLE}<p>{shown}</p>"
    return read_metadata(page(head, body, html_attrs="lang='de'"), url=None).published


def test_a_tag_date_read_either_way_takes_the_order_the_page_prints_with_dots() -> None:
    assert _published("11/01/2023 12:43:42", "Erstellt am: 01.11.2023") == datetime(
        2023, 11, 1, 12, 43, 42
    )


@pytest.mark.parametrize(
    "shown", ["Erstellt am: 11.01.2023", "Erstellt am: 11.01.2023 und 01.11.2023", "Neu"]
)
def test_a_tag_date_keeps_its_reading_unless_the_page_prints_only_the_other(shown: str) -> None:
    assert _published("11/01/2023 12:43:42", shown) == datetime(2023, 1, 11, 12, 43, 42)


def test_an_unambiguous_tag_date_is_not_swapped() -> None:
    assert _published("13/01/2023 12:43", "Erstellt am: 01.13.2023") == datetime(
        2023, 1, 13, 12, 43
    )


@pytest.mark.parametrize(
    "byline", ["Recueilli par Patrick ANGEVIN.", "Propos recueillis par Patrick ANGEVIN"]
)
def test_an_interviews_collected_by_is_a_by_word(byline: str) -> None:
    head = f"<title>Témoignage</title><meta property='article:author' content='{byline}'>"
    metadata = read_metadata(page(head, f"<h1>Témoignage</h1>{ARTICLE}"), url=None)
    assert [a.name for a in metadata.authors] == ["Patrick ANGEVIN"]


def test_a_japanese_bracketed_dateline_names_the_reporter() -> None:
    body = (
        "<p>　【エルサレム＝酒井圭吾】イスラエルとイスラム主義組織ハマスの戦闘が続くガザで、"
        "邦人１０人を含む外国籍保有者３６１人が１日、エジプトに退避した。</p>" * 3
    )
    html = (
        f"<html lang='ja'><head><title>退避</title></head><body><h1>退避</h1>{body}</body></html>"
    )
    document = HtmlReader().read(
        html.encode(), options=ReadOptions(), source="p.html", report=lambda _: None
    )
    assert [a.name for a in document.metadata.authors] == ["酒井圭吾"]


@pytest.mark.parametrize(
    ("opening", "names"),
    [
        ("【ワシントン＝山田太郎、北京＝鈴木花子】米中首脳が会談した。", ("山田太郎", "鈴木花子")),
        ("【速報】米中首脳が会談した。", ()),
        ("【ワシントン＝AP】米中首脳が会談した。", ()),
        ("米中首脳が会談した【ワシントン＝山田太郎】。", ()),
    ],
)
def test_only_a_place_and_a_name_in_the_opening_bracket_name_a_reporter(
    opening: str, names: tuple[str, ...]
) -> None:
    assert opening_dateline(opening) == names


def _slots(box: str, n: int = 4) -> str:
    return "".join(f"<p>{i}. {SENTENCE}</p>{box}" for i in range(n))


def test_a_file_shown_again_and_again_in_boxes_of_its_own_is_an_ad_slots_stand_in() -> None:
    slot = (
        "<div class='b45'><div class='i469'>"
        "<img src='https://ads.example/x1.png' alt='d46agja'></div></div>"
    )
    assert "x1.png" not in str(read(_slots(slot)).blocks)


@pytest.mark.parametrize(
    "box",
    [
        "<p><img src='https://example.com/photo.jpg' alt='An image'></p>",
        "<div><img src='https://example.com/photo.jpg' srcset='/2.jpg 2x'></div>",
    ],
)
def test_a_repeated_file_in_a_paragraph_or_naming_another_file_stays(box: str) -> None:
    assert "example.com/photo" in str(read(_slots(box)).blocks)


def test_a_file_shown_twice_stays() -> None:
    slot = "<div><img src='https://example.com/photo.jpg' alt='The library'></div>"
    assert "photo.jpg" in str(read(_slots(slot, 2)).blocks)


@pytest.mark.parametrize(
    "widget",
    [
        "<div class='entry-like-donate'><span>War dieser Artikel nützlich?</span>"
        "<div><button>Ja</button><button>Nein</button></div><div><div>Ja: <span></span></div>"
        "<div class='box-spenden'><p>Es gibt uns nur dank Spenden.</p>"
        "<a href='/spenden/'>Spenden</a></div></div></div>",
        "<div class='eo2u'><div><span>Oceń jakość naszego artykułu:</span>"
        "<div>Twoja opinia pozwala nam tworzyć lepsze treści.</div></div>"
        "<div><span><svg viewBox='0 0 2 2'><path d='M0 0'/></svg></span></div></div>",
    ],
)
def test_a_box_closing_the_article_and_asking_to_rate_it_goes(widget: str) -> None:
    text = plain_text(read(f"{ARTICLE}{widget}"))
    assert SENTENCE in text
    assert "Artikel" not in text
    assert "Spenden" not in text
    assert "Oceń" not in text


def test_a_long_closing_paragraph_that_asks_to_rate_the_article_stays() -> None:
    closing = f"<p>{SENTENCE} {SENTENCE} {SENTENCE} Was this article helpful, they asked.</p>"
    assert "Was this article helpful" in plain_text(read(f"{ARTICLE}{closing}"))


@pytest.mark.parametrize(
    "label",
    [
        "Dalsza część artykułu pod materiałem wideo",
        "Story continues below the video",
        "Weiterlesen nach dem Video",
    ],
)
def test_a_line_telling_to_go_on_past_a_video_is_the_players_label(label: str) -> None:
    text = plain_text(read(f"{ARTICLE}<p><em>{label}</em></p>{ARTICLE}"))
    assert label not in text
    assert SENTENCE in text


def test_a_line_of_links_to_category_pages_is_the_articles_tags_without_a_label() -> None:
    line = (
        "<p class='iz-categories'><a href='https://example.com/category/themen/debatte/'>"
        "Debatte</a>, <a href='https://example.com/category/news/naher-osten/'>Naher Osten</a>"
        ", <a href='https://example.com/category/spotlight/'>Spotlight</a></p>"
    )
    text = plain_text(read(f"{line}{ARTICLE}"))
    assert "Naher Osten" not in text
    assert SENTENCE in text


def test_links_to_other_pages_with_words_between_them_stay() -> None:
    line = (
        "<p>Read <a href='/category/debatte/'>the debate</a> and the "
        "<a href='/category/naher-osten/'>Middle East pages</a> for more.</p>"
    )
    assert "the debate" in plain_text(read(f"{ARTICLE}{line}{ARTICLE}"))


def test_a_picture_foundation_loads_shows_the_largest_file_of_its_interchange() -> None:
    figure = (
        "<figure class='wp-caption'><img data-interchange='[https://example.com/s.jpg, small], "
        "[https://example.com/l.jpg, medium]'><div class='wp-caption-text'>The new library "
        "on its opening day.</div></figure>"
    )
    (found,) = [b for b in read(f"{figure}{ARTICLE}").blocks if isinstance(b, Figure)]
    assert found.image.src == "https://example.com/l.jpg"


@pytest.mark.parametrize("prompt", ["Lihat Foto", "View photos", "See the gallery"])
def test_a_caption_saying_only_to_see_the_photo_is_no_caption(prompt: str) -> None:
    box = (
        "<div class='photo'><div class='photo__wrap'><img src='/plant.jpg' alt=''>"
        f"<div class='photo__icon'>{prompt}</div></div></div>"
    )
    doc = read(f"{ARTICLE}{box}{ARTICLE}")
    assert prompt not in plain_text(doc)


def test_a_caption_about_seeing_a_photo_stays() -> None:
    box = (
        "<div class='inline-image'><img src='/plant.jpg' alt=''>"
        "<span class='imagedescription'>See the photo that won the prize</span></div>"
    )
    (figure,) = [b for b in read(f"{ARTICLE}{box}{ARTICLE}").blocks if isinstance(b, Figure)]
    assert inline_text(figure.caption) == "See the photo that won the prize"


def _title(stated: str, shown: str) -> str | None:
    head = f"<title>{stated}</title><meta property='og:title' content='{stated}'>"
    return read_metadata(page(head, f"<h1>{shown}</h1>{ARTICLE}"), url=None).title


def test_a_headline_the_title_closes_with_a_comma_and_a_name_is_the_title() -> None:
    stated = "Frei erfunden: Grab-Bote fliegt nach Singapur, Thailand"
    assert _title(stated, "Frei erfunden: Grab-Bote fliegt nach Singapur") == (
        "Frei erfunden: Grab-Bote fliegt nach Singapur"
    )


@pytest.mark.parametrize(
    "stated",
    ["Storm hits the coast of Kent, three dead", "Storm hits the coast of Kent, Met Office says"],
)
def test_a_title_going_on_after_the_headline_and_a_comma_stays(stated: str) -> None:
    assert _title(stated, "Storm hits the coast of Kent") == stated


def _tags(keywords: str, description: str) -> tuple[str, ...]:
    head = (
        f"<title>Grab</title><meta name='keywords' content='{keywords}'>"
        f"<meta name='description' content='{description}'>"
    )
    return read_metadata(page(head, f"<h1>Grab</h1>{ARTICLE}"), url=None).tags


def test_keywords_repeating_the_description_are_no_tags() -> None:
    summary = "BANGKOK: Ein TikTok-Video, in dem behauptet wird, dass ein Bote fliegt, ..."
    assert _tags(summary, f" {summary}") == ()


def test_keywords_beside_a_description_are_tags() -> None:
    assert _tags("Grab, Bangkok", "Ein TikTok-Video, in dem behauptet wird.") == ("Grab", "Bangkok")
