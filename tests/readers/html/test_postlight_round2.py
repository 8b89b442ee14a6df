"""Rules from postlight/parser's fixtures no round had used (the twenty-first session): a
plea for donations closing the article, a dialog a script opens, an author's card (name
and biography) over the story, and the labels that show or hide a picture's caption."""

from __future__ import annotations

from tests.readers.html.pages import ARTICLE, SENTENCE, read

from newsconv.model import Figure
from newsconv.tree import inline_text, plain_text


def test_a_plea_for_donations_linking_the_donation_page_goes() -> None:
    plea = (
        "<div class='box'><p>Our independent journalism depends on donations from readers"
        " like you.</p><a href='https://example.com/donate/?source=article'>Give Now</a></div>"
    )
    text = plain_text(read(ARTICLE + plea))
    assert "depends on donations" not in text
    assert SENTENCE in text


def test_a_sentence_linking_a_record_of_a_donation_stays() -> None:
    record = (
        "<p>The filing lists <a href='https://example.com/prop8/donation/8930/'>his"
        " contribution to the campaign</a>.</p>"
    )
    assert "his contribution to the campaign" in plain_text(read(ARTICLE + record))


def test_a_dialog_a_script_opens_goes_but_a_box_opening_one_stays() -> None:
    dialog = (
        "<div class='mvpd reveal-modal medium'><h5>To Watch This Video</h5>"
        "<h3>Select your TV provider, sign in and watch!</h3>"
        "<span>More providers to come soon.</span></div>"
    )
    opener = (
        "<figure><div class='conModal picture'><img src='https://example.com/map.jpg'></div>"
        "<figcaption>The district's new library, on the map</figcaption></figure>"
    )
    text = plain_text(read(ARTICLE + opener + ARTICLE + dialog))
    assert "on the map" in text
    assert "Select your TV provider" not in text


def test_an_author_card_over_the_story_goes() -> None:
    card = (
        "<div class='writer-card'><div class='pic'><img src='/jane.jpg'></div>"
        "<h2><a href='/author/jane-roe/'>Jane Roe</a></h2><div class='desc'><p>Jane Roe is"
        " an editor at the Gazette. Follow her on Twitter at @janeroe.</p></div></div>"
    )
    body = (
        "<article><h1>Library funded</h1><p class='byline'>By <a href='/author/jane-roe/'>"
        f"Jane Roe</a></p><div class='entry'>{card}{ARTICLE}</div></article>"
    )
    doc = read(body, wrap=False)
    text = plain_text(doc)
    assert [person.name for person in doc.metadata.authors] == ["Jane Roe"]
    assert "Jane Roe" not in text
    assert SENTENCE in text


def test_a_quoted_post_in_a_box_named_like_a_widget_stays() -> None:
    post = (
        "<p>On Twitter, the mayor thanked the council:</p><div class='widget widget_tweet'>"
        "<blockquote><p>Proud of our council tonight: the district gets its library.</p>"
        "&#x2014; The Mayor (@mayor) <a href='https://twitter.com/mayor/status/1'>May 4,"
        " 2016</a></blockquote></div>"
    )
    related = "<div class='widget related'><p><a href='/a'>Budget approved</a></p></div>"
    text = plain_text(read(ARTICLE + post + related + ARTICLE))
    assert "Proud of our council tonight" in text
    assert "Budget approved" not in text


def test_a_srcset_list_with_escaped_spaces_in_src_gives_its_first_file() -> None:
    listed = (
        "<figure><img src='https://example.com/a.png?w=2880&amp;q=80%202880w,%20"
        "https://example.com/a.png?w=320&amp;q=80%20320w'><figcaption>The new library"
        "</figcaption></figure>"
    )
    named = "<figure><img src='https://example.com/my%20photo.jpg'></figure>"
    figures = [b for b in read(ARTICLE + listed + ARTICLE + named).blocks if isinstance(b, Figure)]
    assert [figure.image.src for figure in figures] == [
        "https://example.com/a.png?w=2880&q=80",
        "https://example.com/my%20photo.jpg",
    ]


def _lead_page(slider: str) -> str:
    """A story under ``slider``, its body some levels below the page's top (a theme's
    rows and columns)."""
    return (
        f"{slider}<div class='row'><div class='column'><div class='inner'><div class='post'>"
        "<h1>Library funded</h1><img"
        " src='https://example.com/library.jpg'><div class='featured-image-caption'>The new"
        f" library on its opening day</div><div class='wrap'><div class='entry-body'>{ARTICLE}"
        "</div><p class='note'>Filed under: <a href='/tag/library/'>library</a></p></div></div>"
        "</div></div></div>"
    )


def test_a_bare_picture_over_the_body_keeps_the_caption_after_it() -> None:
    figures = [b for b in read(_lead_page(""), wrap=False).blocks if isinstance(b, Figure)]
    assert [inline_text(figure.caption) for figure in figures] == [
        "The new library on its opening day"
    ]


def test_a_teaser_linking_to_the_story_is_not_its_headline() -> None:
    slider = "".join(
        f"<li><a href='/2016/{slug}/'><img src='https://example.com/{slug}.jpg'><div"
        f" class='flex-caption'><h2>{headline}</h2></div></a></li>"
        for slug, headline in (
            ("library-funded", "Library funded"),
            ("budget", "Budget approved after a long night"),
        )
    )
    slider = f"<div class='slider-wrapper'><ul class='slides'>{slider}</ul></div>"
    figures = [b for b in read(_lead_page(slider), wrap=False).blocks if isinstance(b, Figure)]
    assert [inline_text(figure.caption) for figure in figures] == [
        "The new library on its opening day"
    ]


def test_the_labels_showing_or_hiding_a_caption_go() -> None:
    box = (
        "<div class='image'><img src='/roof.jpg' alt=''><div class='caption-wrap'>"
        "<div class='caption'><p>The suspect is escorted from the police station."
        " <b class='credit'>Jane Roe/AP</b> <b class='hide-caption'><b>hide caption</b></b>"
        "</p></div><b class='toggle-caption'><b>Toggle Caption</b></b></div></div>"
    )
    text = plain_text(read(f"{ARTICLE}{box}{ARTICLE}"))
    assert "escorted from the police station" in text
    assert "caption" not in text.lower()


def test_a_sentence_about_hiding_a_caption_stays() -> None:
    sentence = "<p>Editors may <b>hide captions</b> on small screens, the guide says.</p>"
    assert "hide captions" in plain_text(read(f"{ARTICLE}{sentence}"))
