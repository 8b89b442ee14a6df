"""Widgets and prompts inside the article: what only a script or a stylesheet makes sense
of (screen readers' labels, click-driven controls, pagers, a gallery's titles), ad slots,
sign-up boxes and popular links, "read also" labels in more languages, follow lines
written out, a paywall's closing prompt, links to the next post, and the credit a figure
prints beside its caption."""

from __future__ import annotations

import pytest
from tests.readers.html.pages import ARTICLE, SENTENCE, read

from newsconv.model import Figure, Text
from newsconv.options import ReadOptions
from newsconv.readers.html import HtmlReader
from newsconv.tree import inline_text, plain_text

#: Where the article's fourth paragraph begins: a box slipped between paragraphs goes here.
HALF = ARTICLE.index("<p>4.")


def _figures(body: str) -> list[Figure]:
    return [block for block in read(body).blocks if isinstance(block, Figure)]


def test_a_label_for_screen_readers_only_is_not_shown() -> None:
    figure = (
        "<figure><img src='/p.jpg'><figcaption><span class='off-screen'>Image caption</span>"
        "Reporters outside the court</figcaption></figure>"
    )
    more = "<p>Read on. <a href='#x' class='visually-hidden'>Continue reading the story</a></p>"
    doc = read(f"{figure}{ARTICLE}{more}<span class='sr-only'>Share on Facebook</span>")
    text = plain_text(doc)
    assert "Image caption" not in text
    assert "Continue reading" not in text
    assert "Share on Facebook" not in text
    assert inline_text(_figures(figure + ARTICLE)[0].caption) == "Reporters outside the court"


def test_a_credit_printed_beside_the_caption_is_the_figure_s_credit() -> None:
    figure = (
        "<figure><span class='image-and-copyright-container'><img src='/p.jpg'>"
        "<span class='story-image-copyright'>Jane Doe</span></span>"
        "<figcaption>Reporters outside the court</figcaption></figure>"
    )
    (found,) = _figures(figure + ARTICLE)
    assert found.credit == (Text("Jane Doe"),)
    assert inline_text(found.caption) == "Reporters outside the court"


def test_a_video_s_resource_classes_name_no_credit() -> None:
    video = (
        "<div class='video-resource'><div class='video-resource__image'><img src='/v.jpg'>"
        "</div><div class='video-resource__details'><div class='video-resource__headline'>"
        "Inside the court</div><div class='video-resource__credit'>05:22 - Source: CNN</div>"
        "</div></div>"
    )
    (found,) = _figures(video + ARTICLE)
    assert inline_text(found.caption) == "Inside the court"
    assert found.credit == (Text("05:22 - Source: CNN"),)


def test_short_elements_a_script_clicks_are_controls() -> None:
    controls = (
        "<div onclick='gallery.toggle()'>HIDE CAPTION</div>"
        "<span onclick='share()'>Share</span>"
        "<div onclick='zoom()'><img src='/big.jpg' alt='The new reading room'></div>"
        f"<p onclick='track()'>{SENTENCE}</p>"
        "<p>See <a href='/minutes' onclick='count()'>the minutes</a>.</p>"
    )
    doc = read(ARTICLE + controls)
    text = plain_text(doc)
    assert "HIDE CAPTION" not in text
    assert "Share" not in text
    assert text.count(SENTENCE) == 7  # the clickable paragraph stays
    assert "the minutes" in text
    assert any(isinstance(block, Figure) for block in doc.blocks)  # a picture to zoom stays


def test_a_gallery_s_pager_goes() -> None:
    pager = (
        "<div>\n<div>&lt;&lt;</div>\n<div>&lt;</div>\n<div>"
        + "".join(f"\n<div><span>{n}</span></div>" for n in range(1, 15))
        + "\n</div>\n<div>&gt;</div>\n<div>&gt;&gt;</div>\n</div>"
    )
    text = plain_text(read(ARTICLE + pager + "<p>Year by year: 1998 2004 2011</p>"))
    assert "14" not in text
    assert "<<" not in text
    assert "1998 2004 2011" in text  # words around the numbers


def test_numbers_in_code_are_no_pager() -> None:
    code = (
        "<pre><code>VALUES (<span>200</span>), (<span>400</span>), (<span>404</span>)</code></pre>"
    )
    text = plain_text(read(ARTICLE + code))
    assert "VALUES (200), (400), (404)" in text


def test_a_short_block_repeated_in_a_row_stays_once() -> None:
    titles = "".join(
        "<div class='slide-title'>Weather threatens holiday plans</div>" for _ in range(14)
    )
    text = plain_text(read(titles + ARTICLE))
    assert text.count("Weather threatens holiday plans") == 1


def test_paragraphs_and_links_repeated_in_a_row_stay() -> None:
    links = "".join(f"<p><a href='/n/{n}'>link</a></p>" for n in range(4))
    chorus = "<p>We shall overcome.</p>" * 3
    doc = read(links + ARTICLE + f"<p>{SENTENCE}</p>" * 2 + chorus)
    text = plain_text(doc)
    assert text.count(SENTENCE) == 8
    assert text.count("link") == 4
    assert text.count("We shall overcome.") == 3


def test_boxes_named_for_ads_go() -> None:
    ads = (
        "<p>The board will meet again in May.<div class='ai:noinject inline-ads-box'>"
        "<a href='/advertise'>Advertise with us</a></div></p>"
        "<div class='ad-feedback-link-container'><div class='ad-feedback-link'>"
        "Video Ad Feedback</div></div>"
    )
    text = plain_text(
        read(ARTICLE + ads + "<div class='roadmap downloads'>Download the plan</div>")
    )
    assert "Advertise with us" not in text
    assert "Video Ad Feedback" not in text
    assert "Download the plan" in text  # "ad" inside a word is no ad


def test_a_page_wrapped_whole_in_an_ad_named_box_keeps_its_article() -> None:
    page = f"<div id='ad-portal'><article><h1>Library funded</h1>{ARTICLE}</article></div>"
    assert plain_text(read(page, wrap=False)).count(SENTENCE) == 6


def test_a_related_label_in_thai_with_its_links_goes() -> None:
    related = (
        "<p><strong>เรื่องที่เกี่ยวข้อง</strong><br><a href='/journal/1'>ลืออุ้ม อ.สุรชัย</a><br>"
        "<a href='/journal/2'>ตร.เร่งหาเบาะแสคดี</a></p>"
    )
    text = plain_text(read(ARTICLE + related))
    assert "ลืออุ้ม" not in text
    assert "เรื่องที่เกี่ยวข้อง" not in text


def test_a_follow_line_giving_the_addresses_as_text_goes() -> None:
    follow = (
        "<div>Follow us:<br>Facebook https://fb.me/harbournews<br>"
        "Twitter https://twitter.com/harbournews<br>LINE ID = @harbournews</div>"
    )
    cited = (
        "<p>The minister wrote on https://twitter.com/minister and on "
        f"https://facebook.com/ministry that the library would open. {SENTENCE}</p>"
    )
    text = plain_text(read(ARTICLE + cited + follow))
    assert "Follow us" not in text
    assert "The minister wrote" in text  # prose citing two addresses


def test_a_single_link_asking_to_follow_the_site_goes() -> None:
    """One link to the site's page on a social network, asking to follow it, is a follow
    prompt; a link to a social page in a sentence, or a line naming it, stays."""
    prompt = (
        "<p>Local news: <a href='/local/harbour'>Harbour and around</a><br>"
        "<small><a href='https://www.facebook.com/harbournews'>Become a fan of Harbour News "
        "on Facebook now!</a></small></p>"
    )
    cited = "<p><a href='https://twitter.com/mayor'>The mayor's account</a> shared the plans.</p>"
    text = plain_text(read(ARTICLE + cited + prompt))
    assert "Become a fan" not in text
    assert "The mayor's account shared the plans." in text
    assert text.count(SENTENCE) == 6


def test_a_paywall_prompt_closing_the_story_goes() -> None:
    prompt = (
        "<p class='m-articleRegist_text'><span>［有料会員限定］</span> この記事は会員限定です。"
        "電子版に登録すると続きをお読みいただけます。</p>"
    )
    members = "<p>The reading room will be for members only until the spring.</p>"
    text = plain_text(read(ARTICLE + prompt))
    assert "会員限定" not in text
    assert "for members only" in plain_text(read(members + ARTICLE))  # not the last block


def test_an_opt_in_box_goes() -> None:
    box = (
        "<div class='email-opt-in wrapper'><div class='content'>Get <span>Harbour News</span>"
        " alerts to your inbox</div></div>"
    )
    assert "alerts to your inbox" not in plain_text(read(ARTICLE + box))


@pytest.mark.parametrize("name", ["ue-c-popular-links js-featured-links", "trending-now"])
def test_a_box_of_popular_or_trending_links_in_the_article_goes(name: str) -> None:
    # El Mundo: the site's popular links, a list inside the article's body, after its text.
    box = (
        f"<div class='{name}'><ul><li><a href='/ultimas'>Últimas noticias</a></li>"
        "<li><a href='/tv'>Programación TV</a></li></ul></div>"
    )
    assert "Programación TV" not in plain_text(read(ARTICLE + box))


def test_a_link_to_the_previous_post_goes() -> None:
    nav = (
        "<div id='prevlink'><a href='/2019/05/post.html'>← <strong>Previous</strong>: "
        "Quick Fixes</a></div>"
    )
    next_year = "<p><a href='/budget'>Next year's budget</a></p>"
    text = plain_text(read(next_year + ARTICLE + nav + f"<p>{SENTENCE}</p>"))
    assert "Quick Fixes" not in text
    assert "Next year's budget" in text  # a link saying "next" is no pointer to a post


def test_text_hidden_under_a_picture_is_not_shown() -> None:
    heading = "<h2 class='hide-text'>このニュースをシェア</h2>"
    assert "シェア" not in plain_text(read(ARTICLE + heading))


def test_a_caption_printed_again_under_its_figure_is_kept_once() -> None:
    figure = (
        "<div><figure><img src='/wifi.jpg'><figcaption><span class='caption-credit'>Credit: "
        "Getty Images | Jane Doe</span></figcaption></figure>"
        "<div class='caption'><span class='caption-credit'>Credit: Getty Images | Jane Doe"
        "</span></div></div>"
    )
    text = plain_text(read(figure + ARTICLE))
    assert text.count("Jane Doe") == 1
    assert "Jane Doe" in plain_text(read(f"{figure}<p>Photo by Jane Doe, who was there.</p>"))


def test_an_icon_without_words_is_an_ornament() -> None:
    quote = (
        "<p><img src='https://example.org/content/dam/images/icons/icon-quote.svg'></p>"
        f"<blockquote><p>{SENTENCE}</p></blockquote>"
    )
    named = "<p><img src='/img/icons/seal.png' alt='The seal of the city council'></p>"
    doc = read(ARTICLE + quote + named)
    sources = [block.image.src for block in doc.blocks if isinstance(block, Figure)]
    assert sources == ["/img/icons/seal.png"]  # an icon its words describe stays


def test_an_icon_font_s_letters_are_no_words() -> None:
    faq = (
        "<h4>How does the fraud work?</h4><div class='dsm_open_icon'><span>K</span></div>"
        f"<div class='dsm_close_icon'><span>L</span></div><p>{SENTENCE}</p>"
    )
    blocks = [plain_text((block,)) for block in read(ARTICLE + faq).blocks]
    assert "K" not in blocks and "L" not in blocks


def test_a_label_naming_the_section_over_the_story_goes() -> None:
    head = "<meta property='article:section' content='Blog'>"
    html = (
        f"<html><head><title>Library funded</title>{head}</head><body><article>"
        f"<h1>Library funded</h1><p>Blog</p>{ARTICLE}</article></body></html>"
    )
    doc = HtmlReader().read(html.encode(), options=ReadOptions(), source="p.html", report=print)
    assert plain_text(doc.blocks[:1]) != "Blog"
    assert dict(doc.metadata.extra)["section"] == "Blog"


def test_an_editor_s_pick_heading_goes_with_the_teaser_cards_it_titles() -> None:
    """ "Editor's Pick" over a box of teaser cards (mostly links) titles other stories."""
    card = (
        "<article><div class='thumb'><a href='/c/{0}'><img src='/t{0}.jpg'></a></div>"
        "<p class='cate'><a href='/culture'>Culture</a></p>"
        "<h2><a href='/c/{0}'>A concert review of the week number {0}</a></h2>"
        "<p class='date'>2023-11-0{0}</p></article>"
    )
    cards = "".join(card.format(i) for i in range(1, 4))
    page = f"{ARTICLE}<h2>Editor's Pick</h2><section>{cards}</section>"
    text = plain_text(read(page))
    assert "Editor's Pick" not in text
    assert "concert review" not in text
    assert text.count(SENTENCE) == 6


def test_a_bare_read_more_label_goes_with_the_box_it_titled_mid_article() -> None:
    """ "READ MORE" over a box of teaser cards the prune removed, with the story going on
    after it, titled that box: its words say so, wherever it stands."""
    card = (
        "<div class='promo-container'><h2><a href='/w/{0}'>Another story number {0}</a></h2>"
        "<img src='/t{0}.jpg'></div>"
    )
    cards = "".join(card.format(i) for i in range(1, 4))
    label = "<div><div class='divider'></div><span class='section-title'>READ MORE</span><br></div>"
    opening = f"<p>0. {SENTENCE}</p><p>00. {SENTENCE}</p>"
    doc = read(f"{opening}{label}<div class='list-container'>{cards}</div>{ARTICLE}")
    text = plain_text(doc)
    assert "READ MORE" not in text
    assert text.count(SENTENCE) == 8


def test_a_link_alone_in_square_brackets_between_paragraphs_points_elsewhere() -> None:
    """A paragraph that is only a headline's link in square brackets is a pointer to
    another story slipped into the body; a footnote's "[1]" or an "[edit]" is no headline."""
    pointer = (
        "<p class='x'><span>[&nbsp;</span><a href='https://example.com/2023/story'>"
        "Another council funds its own library at last</a><span>&nbsp;]</span></p>"
    )
    note = "<p><a href='#n1'>[1]</a> The council's minutes.</p>"
    text = plain_text(read(f"{ARTICLE}{pointer}{ARTICLE}{note}"))
    assert "Another council" not in text
    assert "[1] The council's minutes." in text
    assert text.count(SENTENCE) == 12


def test_a_label_and_a_link_closing_the_article_point_elsewhere() -> None:
    # AK-Kurier: the local edition's section under the story, then a counter's pixel.
    closing = (
        "<hr><p>Lokales:&nbsp;<a href='/lokal/7-betzdorf'>Betzdorf & Umgebung</a><br></p>"
        "<img src='https://vg08.met.vgwort.de/na/abc' width='1' height='1' alt=''>"
    )
    text = plain_text(read(ARTICLE + closing))
    assert "Betzdorf" not in text
    assert text.endswith(SENTENCE)


def test_a_label_and_a_link_between_paragraphs_or_to_another_site_stay() -> None:
    pointer = "<p>Source: <a href='/report'>the council's report on libraries</a></p>"
    assert "the council's report" in plain_text(read(pointer + ARTICLE))
    credit = "<p>Source: <a href='https://www.reuters.com/'>Reuters</a></p>"
    assert plain_text(read(ARTICLE + credit)).endswith("Source: Reuters")


def test_a_bare_link_after_a_box_s_text_closing_the_article_goes() -> None:
    # A box's text ends with a link, then a box of services whose one card is all links.
    # (Courrier international's "Read more" takes its box with it: test_heldout_misses.)
    blurb = (
        f"<div class='box'><div><p>The newspaper was founded in 1889. {SENTENCE}</p></div>"
        "<a href='/source/the-journal'>The Journal's page</a></div>"
        "<section><div class='section-title'>Our services</div><div><div class='item'>"
        "<a href='/club'>Win two tickets to the premiere at the forum</a></div></div></section>"
    )
    text = plain_text(read(ARTICLE + blurb))
    assert "The Journal's page" not in text and "Our services" not in text
    assert "founded in 1889" in text


def test_a_link_ending_a_list_item_or_a_line_of_text_stays() -> None:
    item = "<ul><li><h3>Style Editor</h3><p>Edit CSS.</p><a href='/se'>Learn about it</a></li></ul>"
    assert "Learn about it" in plain_text(read(ARTICLE + item))
    line = (
        f"<div><p>{SENTENCE}</p>The whole plan is <a href='/plan'>on the council's site</a></div>"
    )
    assert "The whole plan is on the council's site" in plain_text(read(ARTICLE + line))


def test_a_link_holding_a_card_s_blocks_between_paragraphs_goes() -> None:
    card = (
        "<section class='inread'><div>New</div><a href='https://app.example.com/get'>"
        "<div>The paper's app</div><div>Read us anywhere, anytime: download the app</div>"
        "<div>Download</div></a></section>"
    )
    text = plain_text(read(f"{ARTICLE[:HALF]}{card}{ARTICLE[HALF:]}"))
    assert "app" not in text and "New" not in text
    assert text.count(SENTENCE) == 6


def test_three_linked_cards_are_the_article_s_own_picks() -> None:
    card = "<a href='/shop/{0}'><h3>Lamp number {0}</h3><p>A warm light for the desk.</p></a>"
    picks = "".join(card.format(n) for n in range(1, 4))
    text = plain_text(read(f"{ARTICLE[:HALF]}{picks}{ARTICLE[HALF:]}"))
    assert all(f"Lamp number {n}" in text for n in range(1, 4))


def test_a_linked_picture_with_its_caption_is_no_card() -> None:
    figure = (
        "<a href='/p-large.jpg'><figure><img src='/p.jpg'>"
        "<figcaption>The hall</figcaption></figure></a>"
    )
    assert "The hall" in plain_text(read(f"{ARTICLE[:HALF]}{figure}{ARTICLE[HALF:]}"))


def test_a_lone_link_to_the_subscription_page_is_a_badge() -> None:
    badge = "<a href='/abo' class='badge'><svg></svg> For subscribers</a>"
    text = plain_text(read(f"{badge}{ARTICLE}"))
    assert "For subscribers" not in text
    assert text.count(SENTENCE) == 6


def test_a_link_to_the_subscription_page_in_a_sentence_stays() -> None:
    line = "<p>Readers will <a href='/abo'>find the offers</a> on the page, the editor says.</p>"
    assert "find the offers" in plain_text(read(f"{ARTICLE[:HALF]}{line}{ARTICLE[HALF:]}"))


def test_a_drawing_the_page_shows_twice_is_an_icon() -> None:
    flag = "<img src='/flags/bern.svg' alt='Canton of Bern'>"
    menu = f"<nav><a href='/bern'>{flag}</a></nav>"
    doc = read(f"{menu}<div class='story'><div>{flag}</div>{ARTICLE}</div>", wrap=False)
    assert not any(isinstance(block, Figure) for block in doc.blocks)
    assert plain_text(doc).count(SENTENCE) == 6


def test_a_drawing_shown_once_or_in_running_text_stays() -> None:
    diagram = "<p><img src='/img/pipeline.svg' alt='The pipeline'></p>"
    smile = "<img src='/emoji/1f600.svg' alt='😀'>"
    line = f"<p>We laughed {smile} and laughed {smile} again.</p>"
    doc = read(f"{ARTICLE[:HALF]}{diagram}{line}{ARTICLE[HALF:]}")
    assert "InlineImage(src='/emoji/1f600.svg'" in repr(doc.blocks)
    assert any(isinstance(block, Figure) for block in doc.blocks)
