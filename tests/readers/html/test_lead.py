"""The article's opening between the headline and the body's container."""

from __future__ import annotations

from tests.readers.html.test_extract import ARTICLE, SENTENCE, page, read

from newsconv.model import Heading
from newsconv.tree import dump, plain_text, walk_blocks

STANDFIRST = (
    "Evaluation, and the place bibliometrics holds in it, are at the heart of today's "
    "debates: the stakes are high for universities and for the researchers they employ."
)
DECK = "Waiting lists for surgery grew by 125% in a year and a half"
DECK_2 = "The number of patients waiting more than six months has almost tripled"


def test_a_standfirst_beside_the_body_s_wrapper_opens_the_article() -> None:
    """A SPIP page: the standfirst is a sibling of the wrapper of the body's container,
    after the title block with its byline."""
    body = (
        "<div id='content_article'>"
        "<div class='cartouche'><div class='titles'><p><a href='/essai'>Essay</a></p>"
        "<h1>Library funded</h1><div class='signature'>by Ann Lee, 15 September 2009</div>"
        "</div></div>"
        f"<div class='entry-content chapo'><p>{STANDFIRST}</p></div>"
        f"<div class='texte_wrapper'><div class='texte'>{ARTICLE}</div>"
        "<p class='signature'>by Ann Lee, 15 September 2009</p></div></div>"
    )
    text = plain_text(read(page(body)))
    assert text.index(STANDFIRST) < text.index(SENTENCE)
    assert "Essay" not in text and "15 September" not in text


def test_decks_and_the_lead_picture_open_the_article_but_byline_tags_and_share_stay_out() -> None:
    """A deck is a heading under the headline; the lead picture shares a box with the
    share bar, beside the body, under the byline and the tags."""
    body = (
        "<div class='nota'>"
        "<div class='encabezado'><div class='hgroup'><h1>Library funded</h1>"
        f"<div id='decks'><h2>{DECK}</h2><h2>{DECK_2}</h2></div></div></div>"
        "<div class='firma'><span>Ann Lee / Bo Roe</span> Madrid 27 OCT 2012 - 12:14 CET</div>"
        "<div class='archive'>Filed under: <a href='/t/1'>Public health</a> "
        "<a href='/t/2'>Waiting lists</a> <a href='/t/3'>Budget cuts</a></div>"
        "<div class='columna'><div class='foto_compartir'>"
        "<div class='centro'><div class='foto'><img src='/room.jpg'>"
        "<p class='figcaption'>A waiting room in Madrid.</p></div></div>"
        "<div class='modulo'><a href='/fb'>Recommend on Facebook</a> <a href='/x'>Tweet</a>"
        " <a href='/in'>Send to LinkedIn</a> <a href='/mail'>Send</a></div></div>"
        f"<div class='cuerpo'>{ARTICLE}</div></div></div>"
    )
    doc = read(page(body))
    text = plain_text(doc)
    assert text.index(DECK) < text.index(DECK_2) < text.index("A waiting room in Madrid.")
    assert text.index("A waiting room in Madrid.") < text.index(SENTENCE)
    assert not any(isinstance(block, Heading) for block in walk_blocks(doc.blocks))
    assert "/room.jpg" in dump(doc)
    for furniture in ("Ann Lee", "Public health", "Facebook", "LinkedIn"):
        assert furniture not in text


def test_a_list_of_key_points_inside_the_body_s_wrapper_opens_the_article() -> None:
    points = [
        "Under her command were all the arms caches of the group",
        "Her partner and lieutenant was involved in the airport attack",
    ]
    body = (
        "<div class='noticia'><p class='kicker'>In Macon, near Lyon</p><h1>Library funded</h1>"
        "<div id='desarrollo'>"
        f"<div class='subtitulo'><ul>{''.join(f'<li>{p}</li>' for p in points)}</ul></div>"
        "<div class='metadata'><p>Ann Lee | Madrid</p>"
        "<div class='update'>Updated Sunday 28/10/2012 03:21</div>"
        "<ul><li><a href='/send'>Send to a friend</a></li><li><a href='/print'>Print</a></li>"
        "</ul></div>"
        f"<div class='col'><div id='size'>{ARTICLE}</div></div></div></div>"
    )
    text = plain_text(read(page(body)))
    assert text.index(points[0]) < text.index(points[1]) < text.index(SENTENCE)
    for furniture in ("Macon", "Ann Lee", "Updated", "Print"):
        assert furniture not in text


def test_labels_bios_lost_captions_teasers_and_copies_of_the_headline_stay_out() -> None:
    """What sits between the headline and the body without opening the article: a
    sponsor's label in a box of links, an author's bio, a caption whose picture is gone,
    a teaser for another story, a sticky bar's copy of the headline, and a standfirst
    the body repeats as its first paragraph (kept once)."""
    label = "Our oceans: the state of the seas, a series, is supported by"
    bio = "By Ann Lee, a deputy editor who has covered the council for over a decade."
    caption = "The library's reading room on its opening day, seen from the gallery."
    teaser = "Another council votes a budget for its own new library"
    headline = "The council funds the first new library in forty years"
    lede = f"<p>{SENTENCE} It opens next spring.</p>"
    body = (
        f"<div class='nota'><div class='head'><h1>{headline}</h1>"
        "<span class='byline'>Ann Lee</span></div>"
        f"<div class='badge'><div class='badge__label'>{label}</div>"
        "<a href='https://sponsor.example'><img src='/logo.png'></a> "
        "<a href='/about'>About this content</a></div>"
        f"<div><p class='article-byline'><span>{bio}</span></p></div>"
        f"<div class='lead-media'><div class='caption'>{caption}</div></div>"
        f"<a href='/other'><div><img src='/t.jpg'><div><h4>{teaser}</h4></div></div></a>"
        f"<div class='sticky-title'>{headline}</div>"
        f"<div class='box'>{lede}</div>"
        f"<div class='wrap'><div class='body'>{lede}{ARTICLE}</div>"
        "<p class='signature'>Ann Lee</p></div></div>"
    )
    text = plain_text(read(page(body, title=f"{headline} | Daily Example")))
    for furniture in (label, "Ann Lee", caption, teaser, headline):
        assert furniture not in text
    assert text.count("It opens next spring.") == 1


def test_nothing_is_taken_from_above_the_headline() -> None:
    """A block before the headline is no opening, whatever its prose (a kicker, a
    notice), and nothing opens an article whose headline comes after its start."""
    notice = "This article is more than five years old, and some facts in it may have changed."
    wrapped = f"<div class='wrap'><div class='body'>{ARTICLE}</div><p>Ann Lee</p></div>"
    before = (
        f"<div class='nota'><div class='notice'><p>{notice}</p></div>"
        f"<div class='head'><h1>Library funded</h1></div>{wrapped}</div>"
    )
    assert notice not in plain_text(read(page(before)))
    after = (
        f"<div class='nota'><div class='intro'><p>{STANDFIRST}</p></div>{wrapped}"
        "<div class='head'><h1>Library funded</h1></div></div>"
    )
    assert STANDFIRST not in plain_text(read(page(after)))
