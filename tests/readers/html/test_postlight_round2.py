"""Rules from postlight/parser's fixtures no round had used (the twenty-first session): a
plea for donations closing the article, a dialog a script opens, and an author's card
(name and biography) over the story."""

from __future__ import annotations

from tests.readers.html.pages import ARTICLE, SENTENCE, read

from newsconv.tree import plain_text


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
