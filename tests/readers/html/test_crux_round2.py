"""Rules from the second round on chimbori/crux's test pages (the seventeenth session):
a link set in a sentence is the sentence's, not a prompt of its own; a title over the
comments, named so, ends the article with the thread's notices under it; a teaser's
headline inside a link votes for no container; a picture spaced from its caption by a line
break or an empty anchor is a figure."""

from __future__ import annotations

import pytest
from tests.readers.html.pages import ARTICLE, SENTENCE, read

from newsconv.model import Figure
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.tree import inline_text, plain_text


def test_a_link_set_in_a_sentence_is_no_sign_up_prompt() -> None:
    link = "<span class='link'><a href='/news/fios-tv/'>giving subscribers more features</a></span>"
    text = plain_text(read(f"{ARTICLE}<p>Since its launch, it has {link} at no extra cost.</p>"))
    assert "it has giving subscribers more features at no extra cost." in text


def test_a_sign_up_prompt_on_its_own_line_goes() -> None:
    prompt = "<p><span><a href='/newsletters/'>Sign up for our newsletter</a></span></p>"
    assert "Sign up" not in plain_text(read(f"{ARTICLE}{prompt}{ARTICLE}"))


def test_a_comments_title_named_so_ends_the_article_with_its_notices() -> None:
    thread = (
        "<a href='#comments'><h2 id='comments' class='subheading'>Comments</h2></a>"
        "<p class='disclaimer'>If you find something abusive, please report it.</p>"
        "<p class='disclaimer'>Comments on this thread are vetted after posting.</p>"
    )
    body = f"<div id='content'><div class='entry-content'>{ARTICLE}</div>{thread}</div>"
    text = plain_text(read(body))
    assert SENTENCE in text
    assert "Comments" not in text
    assert "vetted" not in text


def test_a_heading_named_comments_that_says_more_goes_as_furniture() -> None:
    heading = "<h3 class='comments-intro'>Share your view on the library</h3>"
    assert "Share your view" not in plain_text(read(f"{ARTICLE}{heading}{ARTICLE}"))


def test_headlines_inside_links_vote_for_no_container() -> None:
    card = (
        "<div class='carousel-item'><a class='carousel-link' href='/story-{n}'>"
        "<div class='inner'><img src='/{n}.jpg' alt=''><div class='carousel-text'>"
        "<div class='flash'>Election</div><div class='carousel-headline'>"
        "Town named for bacon, pie and cheese, considers a new name at last</div>"
        "</div></div></a></div>"
    )
    cards = "".join(card.format(n=n) for n in range(3))
    first = (
        "The council has paid out less than a third of the money allocated to the new "
        "library, and the opposition is now zeroing in on the unspent funds, members said."
    )
    second = "A member of the council said the plan, which is late, would be finished in spring."
    html = (
        "<!doctype html><html><head><title>Library funded</title></head><body>"
        "<div class='slider'><div class='hat'><div class='bio'>The group is a network of "
        "leading companies in the worlds of media, news, education and information.</div></div>"
        f"<div class='carousel'>{cards}</div>"
        "<article><h1>Library funded</h1><div class='snippet'><div class='byline'>By Ann Lee</div>"
        f"<div class='snippet-body'><p>{first}</p><p>{second}</p></div>"
        "<div class='snippet-login'>To read the full story, subscribe.</div>"
        "</div></article></div>"
    )
    doc = HtmlReader().read(html.encode(), options=ReadOptions(), source="p.html", report=print)
    text = plain_text(doc)
    assert text.startswith("The council has paid out")
    assert "bacon" not in text
    assert "network of leading companies" not in text


def test_a_picture_and_its_caption_spaced_by_a_break_are_a_figure() -> None:
    caption = (
        "The new library's reading room, seen from the gallery on the first day, with the "
        "council's members, the architects and the first readers, who queued from six in "
        "the morning to be the first inside, and the children of the school next door, who "
        "sang for them, and the mayor, who cut the ribbon at nine. (Photo: Ann Lee/Council)"
    )
    box = (
        "<div class='inline-photo'><a name=''></a><img src='/room.jpg'><br>"
        f"<span class='pb-caption'>{caption}</span></div>"
    )
    (figure,) = [b for b in read(f"{ARTICLE}{box}{ARTICLE}").blocks if isinstance(b, Figure)]
    assert figure.image.src == "/room.jpg"
    assert inline_text(figure.caption).startswith("The new library's reading room")


def test_prose_beside_a_picture_is_no_caption() -> None:
    box = f"<div><img src='/room.jpg'><br><span>{SENTENCE} {SENTENCE} {SENTENCE}</span></div>"
    blocks = read(f"{ARTICLE}{box}{ARTICLE}").blocks
    assert not any(isinstance(b, Figure) for b in blocks)


@pytest.mark.parametrize("prompt", ["Click for larger image", "Tap to enlarge", "Bild vergrößern"])
def test_a_caption_telling_how_to_enlarge_the_picture_is_no_caption(prompt: str) -> None:
    box = (
        "<div class='inline-image'><img src='/plant.jpg' alt=''>"
        f"<span class='imagedescription'>{prompt}</span></div>"
    )
    doc = read(f"{ARTICLE}{box}{ARTICLE}")
    (figure,) = [b for b in doc.blocks if isinstance(b, Figure)]
    assert figure.image.src == "/plant.jpg" and figure.caption == ()
    assert prompt not in plain_text(doc)


def test_a_caption_about_a_larger_thing_stays() -> None:
    box = (
        "<div class='inline-image'><img src='/plant.jpg' alt=''>"
        "<span class='imagedescription'>Larger crowds gathered</span></div>"
    )
    (figure,) = [b for b in read(f"{ARTICLE}{box}{ARTICLE}").blocks if isinstance(b, Figure)]
    assert inline_text(figure.caption) == "Larger crowds gathered"
