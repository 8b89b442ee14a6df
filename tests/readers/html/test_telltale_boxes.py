"""Pointers to other stories inside the article, and the labels they leave behind."""

from __future__ import annotations

import pytest

from newsconv.model import CodeBlock, Document
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.readers.html import vocabulary as vocab
from newsconv.tree import plain_text

SENTENCE = (
    "The council met on Tuesday evening, and after a long debate, the members agreed to "
    "fund the new library, the first in the district for forty years."
)
ARTICLE = "".join(f"<p>{i}. {SENTENCE}</p>" for i in range(1, 7))
LINKS = "".join(
    f"<li><a href='/story-{i}'>Another story the site would like you to read, number {i}</a></li>"
    for i in range(4)
)


def read(body: str) -> Document:
    html = (
        "<!doctype html><html><head><title>Library funded</title></head><body>"
        f"<article><h1>Library funded</h1><div class='entry'>{body}</div></article></body></html>"
    )
    return HtmlReader().read(html.encode(), options=ReadOptions(), source="p.html", report=print)


def test_a_read_also_label_in_a_paragraph_goes_with_the_list_under_it() -> None:
    text = plain_text(read(f"{ARTICLE}<p><strong>Auch interessant:</strong></p><ul>{LINKS}</ul>"))
    assert text.count(SENTENCE) == 6
    assert "Auch interessant" not in text
    assert "Another story" not in text


def test_editors_recommendations_are_a_read_also_box_not_an_editor_s_credit() -> None:
    text = plain_text(read(f"{ARTICLE}<h4>Editors’ Recommendations:</h4><ul>{LINKS}</ul>"))
    assert text.count(SENTENCE) == 6
    assert "Another story" not in text
    assert "Recommendations" not in text


def test_a_word_that_merely_starts_like_editor_is_no_credit() -> None:
    """ "Editorial" is an app's name here, not a credit line."""
    app = (
        "<p>Try a plain text editor, and <strong><a href='/editorial'>Editorial</a></strong> "
        "($5) is the one we like best.</p>"
    )
    text = plain_text(read(f"{ARTICLE}{app}"))
    assert "and Editorial ($5)" in text


def test_a_lead_in_before_a_removed_box_goes_though_an_empty_paragraph_follows() -> None:
    teaser = (
        "<div class='embedded'><a href='/other'>Natural scrubs for face and body</a></div><p></p>"
    )
    text = plain_text(read(f"{ARTICLE}<p>This topic might interest you too:</p>{teaser}"))
    assert text.count(SENTENCE) == 6
    assert "interest you" not in text


def test_a_heading_left_at_the_end_by_a_removed_box_goes() -> None:
    box = "<h3>Tipp der Redaktion</h3><p><a href='/other'>Natural scrubs for face and body</a></p>"
    text = plain_text(read(f"{ARTICLE}{box}"))
    assert text.count(SENTENCE) == 6
    assert "Tipp" not in text


def test_a_closing_link_the_sentence_before_it_announces_stays() -> None:
    petition = "https://petitions.example.org/keep-the-library-open"
    body = (
        f"{ARTICLE}<p>The library is not safe yet, and the vote is next week, so please "
        f"sign this petition:</p><p><a href='{petition}'>{petition}</a></p>"
    )
    assert petition in plain_text(read(body))


def test_a_closing_paragraph_of_links_each_on_its_line_goes_with_its_heading() -> None:
    lines = "<br><br>".join(
        f"<a href='/story-{i}'>Another story the site would like you to read, number {i}</a>"
        for i in range(4)
    )
    text = plain_text(read(f"{ARTICLE}<h2>Also on our site</h2><p>{lines}</p>"))
    assert text.count(SENTENCE) == 6
    assert "Another story" not in text
    assert "Also on our site" not in text


def test_links_on_lines_within_a_sentence_or_before_the_end_stay() -> None:
    sources = "<p>Sources: <a href='/a'>the council's report</a><br><a href='/b'>the map</a></p>"
    lines = (
        "<a href='/c'>The budget, page by page</a><br><a href='/d'>The vote, member by member</a>"
    )
    text = plain_text(read(f"{ARTICLE}{sources}"))
    assert "the council's report" in text and "the map" in text
    text = plain_text(read(f"<p>{lines}</p>{ARTICLE}"))
    assert "The budget, page by page" in text


@pytest.mark.parametrize(
    "title",
    [
        "Comments",
        "3 Kommentare",
        "Commentaires (2)",
        "Comentarios",
        "Commenti",
        "Reacties",
        "Leave a Reply",
        "Schreibe einen Kommentar",
        "Laisser un commentaire",
        "Leserkommentare",
    ],
)
def test_every_comments_title_passes_the_stem_search(title: str) -> None:
    words = title.lower()
    assert any(stem in words for stem in vocab.COMMENTS_TITLE_STEMS)
    assert vocab.COMMENTS_TITLE.fullmatch(words)


def test_a_paywall_prompt_under_a_story_cut_short_goes() -> None:
    prompt = (
        "<div class='post-access'><div class='paid'><h2>This post is for paid members only</h2>"
        "<div>Become a paid member for unlimited ad-free access to articles.</div>"
        "<a href='/membership/'>Subscribe</a></div><div class='sign-in'>Already have an account?"
        " <a href='/signin/'>Sign in</a></div></div>"
    )
    text = plain_text(read(f"{ARTICLE}{prompt}"))
    assert text.count(SENTENCE) == 6
    assert "paid members" not in text
    assert "Already have" not in text


def test_a_sentence_linking_a_story_about_accounts_stays() -> None:
    """The link's page is a story whose name holds "accounts", not the site's own page."""
    said = (
        "<p>Attackers tried to log in with <a href='/news/hijack-microsoft-accounts/'>stolen"
        " passwords</a> over two weeks, the researchers said.</p>"
    )
    assert "stolen passwords" in plain_text(read(f"{ARTICLE}{said}"))


def test_an_unfilled_template_slot_goes() -> None:
    text = plain_text(read(f"{ARTICLE}<p>{{{{cta}}}}</p><p>7. {SENTENCE}</p>"))
    assert "{{" not in text
    assert text.count(SENTENCE) == 7


def test_teaser_cards_made_clickable_by_an_empty_link_go() -> None:
    cards = "".join(
        f"<div class='card'><div>May {i}, 2026</div><h2>Another story, number {i}</h2>"
        f"<p>What that other story says, at some length, to make you read it.</p>"
        f"<a href='/blog/story-{i}' class='card-link'></a></div>"
        for i in range(3)
    )
    text = plain_text(read(f"{ARTICLE}<div class='list'>{cards}</div>"))
    assert text.count(SENTENCE) == 6
    assert "Another story" not in text


def test_one_box_with_an_empty_link_is_no_listing() -> None:
    box = (
        "<div><h2>What the council decided</h2><p>It funds the library.</p>"
        "<a href='/decision'></a></div>"
    )
    assert "What the council decided" in plain_text(read(f"{ARTICLE}{box}"))


def test_a_sharing_container_goes_with_its_title() -> None:
    """A plugin names its bar "sharing", not "share"."""
    bar = (
        "<div class='heateor_sss_sharing_container'><div class='heateor_sss_sharing_title'>"
        "Share this blog</div><div><a href='http://twitter.com/intent/tweet?url=x'"
        " aria-label='Twitter'><span></span></a></div></div>"
    )
    text = plain_text(read(f"{bar}{ARTICLE}"))
    assert "Share this blog" not in text
    assert text.count(SENTENCE) == 6


def test_a_code_listing_s_tokens_are_no_telltales() -> None:
    """A highlighted listing opening with "related" is no "Related" box, and its tokens
    saying "Advertisement" or "All rights reserved" are code, not notices."""
    listing = (
        '<pre><span class="n">related</span> <span class="o">=</span> posts()\n'
        '<span class="c"># All rights reserved</span>\n<span class="s">"Advertisement"</span></pre>'
    )
    doc = read(f"{ARTICLE}{listing}<p>{SENTENCE}</p>")
    code = [block for block in doc.blocks if isinstance(block, CodeBlock)]
    assert [block.text for block in code] == [
        'related = posts()\n# All rights reserved\n"Advertisement"'
    ]
