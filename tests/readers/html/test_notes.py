"""Notes printed apart from the article's container, which its references point to."""

from __future__ import annotations

from tests.readers.html.test_extract import PARAGRAPHS, SENTENCE, page, read

from newsconv.tree import plain_text

NOTE = "The council's minutes, 12 March, page 4."
LINKED_NOTE = "https://council.example/minutes/2021/03/12/library-budget-final-version.pdf"


def referenced(ids: tuple[str, str]) -> str:
    """The article, its second and fourth paragraphs ending with a note's reference."""
    refs = {1: f" <a href='#{ids[0]}'>1</a>", 3: f" <a href='#{ids[1]}'>[2]</a>"}
    return "".join(p.replace("</p>", f"{refs.get(i, '')}</p>") for i, p in enumerate(PARAGRAPHS))


def test_notes_printed_apart_join_the_article_whole() -> None:
    notes = (
        "<div class='conteneur'><div class='notes'><h2>Notes</h2>"
        f"<div id='nb1'><p>[1] {NOTE}</p></div>"
        f"<div id='nb2'><p>[2] See <a href='{LINKED_NOTE}'>{LINKED_NOTE}</a></p></div></div></div>"
    )
    body = (
        f"<div class='page'><div class='texte'>{referenced(('nb1', 'nb2'))}</div>"
        "<div class='more'><h3>Elsewhere</h3><ul><li><a href='/a'>Another essay</a></li>"
        f"<li><a href='/b'>A second essay</a></li></ul></div>{notes}</div>"
    )
    text = plain_text(read(page(body)))
    assert text.index(SENTENCE) < text.index(NOTE) < text.index(LINKED_NOTE)
    assert "Another essay" not in text


def test_references_into_a_block_of_other_things_bring_nothing() -> None:
    box = (
        "<div class='box'><p id='n1'>A note.</p><p id='n2'>Another.</p>"
        f"<p>{'Most read: the stories everyone talks about this week. ' * 4}</p></div>"
    )
    body = f"<div class='page'><div class='texte'>{referenced(('n1', 'n2'))}</div>{box}</div>"
    text = plain_text(read(page(body)))
    assert "A note." not in text and "Most read" not in text
