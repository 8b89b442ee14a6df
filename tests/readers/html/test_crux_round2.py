"""Rules from the second round on chimbori/crux's test pages (the eighteenth session):
a link set in a sentence is the sentence's, not a prompt of its own."""

from __future__ import annotations

from tests.readers.html.pages import ARTICLE, read

from newsconv.tree import plain_text


def test_a_link_set_in_a_sentence_is_no_sign_up_prompt() -> None:
    link = "<span class='link'><a href='/news/fios-tv/'>giving subscribers more features</a></span>"
    text = plain_text(read(f"{ARTICLE}<p>Since its launch, it has {link} at no extra cost.</p>"))
    assert "it has giving subscribers more features at no extra cost." in text


def test_a_sign_up_prompt_on_its_own_line_goes() -> None:
    prompt = "<p><span><a href='/newsletters/'>Sign up for our newsletter</a></span></p>"
    assert "Sign up" not in plain_text(read(f"{ARTICLE}{prompt}{ARTICLE}"))
