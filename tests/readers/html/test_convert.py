"""DOM to model blocks: structure kept, URLs resolved, captions split from credits."""

from __future__ import annotations

import pytest
from lxml import etree

from newsconv.build import heading, para
from newsconv.model import (
    Cell,
    Code,
    CodeBlock,
    Emphasis,
    Figure,
    Heading,
    Image,
    InlineImage,
    LineBreak,
    Link,
    ListBlock,
    Paragraph,
    Quote,
    Rule,
    Strong,
    Table,
    Text,
)
from newsconv.readers.html import parse
from newsconv.readers.html.convert import MAX_DEPTH, to_blocks
from newsconv.tree import child_inlines, plain_text, walk_blocks, walk_inlines


def blocks(html: str, base: str | None = None) -> tuple[object, ...]:
    body = parse(html).find("body")
    assert body is not None
    return to_blocks(body, base_url=base)


def test_paragraphs_headings_and_inline_styles() -> None:
    got = blocks(
        "<h2 id='one'>Part <em>one</em></h2><p>Some <b>bold</b> and <i>it</i>, "
        "<code>x = 1</code> and H<sub>2</sub>O.</p><hr><h3>Sub</h3>"
    )
    assert got[0] == Heading(1, (Text("Part "), Emphasis((Text("one"),))), "one")
    assert isinstance(got[1], Paragraph)
    assert Strong((Text("bold"),)) in got[1].children
    assert Code("x = 1") in got[1].children
    assert got[2] == Rule()
    assert got[3] == heading(2, "Sub")  # levels shift so the highest is 1


def test_a_heading_takes_the_id_of_an_anchor_inside_it() -> None:
    got = blocks("<h2><span class='mw-headline' id='History'>History</span></h2><h2 id='a'>A</h2>")
    assert [block.id for block in got] == ["History", "a"]  # type: ignore[attr-defined]


def test_loose_text_and_double_breaks_become_paragraphs() -> None:
    got = blocks("<div>First line<br>same para<br><br>second para<p>third</p>tail</div>")
    assert got == (
        Paragraph((Text("First line"), LineBreak(), Text("same para"))),
        para("second para"),
        para("third"),
        para("tail"),
    )


def test_an_unknown_element_holding_blocks_is_a_block() -> None:
    """A framework's custom elements (``<paragraph>``, ``<article-body>``) are styled as
    blocks: the headings and lists inside them stay headings and lists."""
    got = blocks(
        "<paragraph><h2>Losses grow</h2><p>Text.</p></paragraph>"
        "<article-body><ul><li>one</li></ul></article-body>"
        "<p>Words in a <span><b>span</b></span> and <x-name>a tag</x-name>.</p>"
    )
    assert got[0] == heading(1, "Losses grow")
    assert got[1] == para("Text.")
    assert isinstance(got[2], ListBlock)
    assert plain_text(got[3:]) == "Words in a span and a tag."


def test_lists_quotes_code_and_definitions() -> None:
    got = blocks(
        "<ol start='3'><li>a</li><li><p>b</p><ul><li>c</li></ul></li></ol>"
        "<blockquote><p>Said</p></blockquote>"
        "<pre class='language-python'>def f():\n    return 1\n</pre>"
        "<dl><dt>Term</dt><dd>Meaning</dd></dl>"
    )
    assert got[0] == ListBlock(
        ((para("a"),), (para("b"), ListBlock(((para("c"),),)))), ordered=True, start=3
    )
    assert got[1] == Quote((para("Said"),))
    assert got[2] == CodeBlock("def f():\n    return 1", "python")
    assert got[3:] == (Paragraph((Strong((Text("Term"),)),)), para("Meaning"))


def test_data_table_keeps_cells_and_layout_table_is_flattened() -> None:
    data = blocks(
        "<table><caption>Results</caption><tr><th>Team</th><th>Pts</th></tr>"
        "<tr><td colspan='2'>Lions</td></tr></table>"
    )
    assert data == (
        Table(
            (
                (Cell((Text("Team"),), header=True), Cell((Text("Pts"),), header=True)),
                (Cell((Text("Lions"),), colspan=2),),
            ),
            caption=(Text("Results"),),
        ),
    )
    layout = blocks("<table><tr><td><p>Only</p><p>paragraphs</p></td></tr></table>")
    assert layout == (para("Only"), para("paragraphs"))


def test_a_table_nested_in_a_cell_is_the_cell_s_text_not_more_rows() -> None:
    got = blocks(
        "<table><thead><tr><th>Name</th><th>Changes</th></tr></thead><tbody>"
        "<tr><td><table><tr><td>Ann</td></tr><tr><td>Bo</td></tr></table></td>"
        "<td>12</td></tr></tbody></table>"
    )
    (table,) = got
    assert isinstance(table, Table)
    assert len(table.rows) == 2
    assert plain_text((table,)).count("Ann") == 1


def test_links_and_images_resolve_against_the_base_url() -> None:
    got = blocks(
        "<p><a href='/about'>about</a> <a href='#note'>note</a> "
        "<a href='javascript:void(0)'>js</a> <img src='i.png' alt='icon'></p>"
        "<h2 id='note'>Note</h2>",
        base="https://news.example/2024/story.html",
    )
    kids = got[0].children  # type: ignore[attr-defined]
    assert Link((Text("about"),), "https://news.example/about") in kids
    assert Link((Text("note"),), "#note") in kids
    assert not any(isinstance(k, Link) and "javascript" in k.href for k in kids)
    assert InlineImage("https://news.example/2024/i.png", "icon") in kids


def test_links_to_no_place_are_unwrapped_and_a_linked_picture_is_a_figure() -> None:
    got = blocks(
        "<p><a href='#'>Print</a> and <a href='#!'>share</a></p>"
        "<p><a href='#' class='overlay'><img src='/vine.jpg' alt='Vines'></a></p>"
    )
    assert got == (para("Print and share"), Figure(Image("/vine.jpg", "Vines")))


def test_in_page_links_lead_only_to_the_headings_the_article_keeps() -> None:
    html = (
        "<p>See <a href='#Early_years'>early years</a>, <a href='#%C3%89t%C3%A9'>summer</a>"
        " and a note.<sup><a href='#cite_note-1'>[1]</a></sup></p>"
        "<h2><span id='Early_years'>Early years</span> <a href='#Early'>¶</a></h2>"
        "<h2 id='Été'>Été</h2>"
        "<ol><li id='cite_note-1'><a href='#cite_ref-1'>^</a> A source.</li></ol>"
    )
    body = parse(html).find("body")
    assert body is not None
    got = to_blocks(body, base_url=None)
    links = [
        node.href
        for block in walk_blocks(got)
        for node in walk_inlines(child_inlines(block))
        if isinstance(node, Link)
    ]
    assert links == ["#Early_years", "#%C3%89t%C3%A9"]
    # Without the link, a permalink's or a back-reference's mark means nothing.
    assert "a note.[1]" in plain_text(got) and "\n\nA source." in plain_text(got)
    assert "Early years\n" in plain_text(got)


def test_lone_and_lazy_images_become_figures_and_pixels_are_dropped() -> None:
    got = blocks(
        "<p><img src='data:image/gif;base64,R0lGOD' data-src='big.jpg' alt='A'></p>"
        "<p><img src='pixel.gif' width='1' height='1'>Text</p>"
        "<img srcset='s.jpg 300w, l.jpg 900w'>",
        base="https://x.example/a/",
    )
    assert got == (
        Figure(Image("https://x.example/a/big.jpg", "A")),
        para("Text"),
        Figure(Image("https://x.example/a/l.jpg")),
    )


def test_a_placeholder_gives_way_to_the_picture_a_script_would_show() -> None:
    got = blocks(
        "<p><img src='/img/placeholder.png' data-src='lazy.jpg' alt='A'></p>"
        "<p><img src='/img/lazy_placeholder.gif' srcset='s.jpg 300w, l.jpg 900w' alt='B'></p>"
        "<picture><source srcset='narrow.jpg' media='(max-width: 420px)'>"
        "<source srcset='wide.jpg'><img src='/img/placeholder.png' alt='C'></picture>",
        base="https://x.example/a/",
    )
    assert [figure.image.src for figure in got] == [  # type: ignore[attr-defined]
        "https://x.example/a/lazy.jpg",
        "https://x.example/a/l.jpg",
        "https://x.example/a/wide.jpg",
    ]


@pytest.mark.parametrize(
    ("srcset", "largest"),
    [
        # an image service's addresses hold commas: each runs to the next space
        (
            "https://i.example/c_fill,w_80/a.jpg 80w, https://i.example/c_fit,w_800/a.jpg 800w",
            "https://i.example/c_fit,w_800/a.jpg",
        ),
        ("a-1200.jpg 1200w, a-300.jpg 300w", "https://x.example/a/a-1200.jpg"),
        ("a.jpg 1x,a@2x.jpg 2x", "https://x.example/a/a@2x.jpg"),
        ("a.jpg, b.jpg", "https://x.example/a/b.jpg"),
    ],
)
def test_a_srcset_gives_its_largest_file(srcset: str, largest: str) -> None:
    got = blocks(f"<img srcset='{srcset}'>", base="https://x.example/a/")
    assert got == (Figure(Image(largest)),)


def test_a_data_picture_drawn_icon_sized_is_no_picture() -> None:
    poster = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAJAQMAAAAB5D5xAAAABGdBTUEAALGP"
    assert blocks(f"<p><img src='{poster}{'A' * 200}'></p><p>Text</p>") == (para("Text"),)


def test_markup_escaped_into_an_alt_text_is_read_as_text() -> None:
    got = blocks(
        '<p><img src="a.jpg" alt="&lt;span style=&quot;font-size:13px;&quot;&gt;Nintendo'
        '&lt;/span&gt;"></p><p><img src="b.jpg" alt="1 < 2 and 3 > 2"></p>'
    )
    assert got == (Figure(Image("a.jpg", "Nintendo")), Figure(Image("b.jpg", "1 < 2 and 3 > 2")))


def test_figure_caption_and_credit_by_class() -> None:
    got = blocks(
        "<figure><img src='/p.jpg' alt='Crowd' width='800'><figcaption>Fans at the "
        "<a href='/stadium'>stadium</a>. <span class='credit'>Jane <b>Roe</b>/AP</span>"
        "</figcaption></figure>",
        base="https://x.example/",
    )
    assert got == (
        Figure(
            Image("https://x.example/p.jpg", "Crowd", width=800),
            (
                Text("Fans at the "),
                Link((Text("stadium"),), "https://x.example/stadium"),
                Text("."),
            ),
            (Text("Jane Roe/AP"),),
        ),
    )


def test_figure_caption_and_credit_by_wording() -> None:
    got = blocks(
        "<figure><img src='p.jpg'><figcaption>The minister arrives. Photo: John Smith"
        "</figcaption></figure>"
        "<figure><img src='q.jpg'><figcaption>A quiet street © Reuters</figcaption></figure>"
        "<figure><img src='r.jpg'><figcaption>Photographs of the past</figcaption></figure>"
        "<figure><img src='s.jpg'><figcaption>Photo: AP</figcaption></figure>"
    )
    assert [(plain_text((b,)), b.credit) for b in got] == [  # type: ignore[attr-defined]
        ("The minister arrives. Photo: John Smith", (Text("Photo: John Smith"),)),
        ("A quiet street © Reuters", (Text("© Reuters"),)),
        ("Photographs of the past", ()),
        ("Photo: AP", (Text("Photo: AP"),)),
    ]


def test_nesting_deeper_than_the_cap_is_read_flat() -> None:
    root = etree.Element("div")
    node = root
    for _ in range(MAX_DEPTH * 30):
        node = etree.SubElement(node, "div")
    node.text = "deep text"
    body = parse("<p>x</p>").find("body")
    assert body is not None
    body.append(root)
    got = to_blocks(body, base_url=None)
    assert plain_text(got) == "x\n\ndeep text"


def test_quote_attribution_from_cite_footer_or_figure_caption() -> None:
    got = blocks(
        "<blockquote><p>Bad luck.</p><cite>Ruth Adebayo</cite></blockquote>"
        "<blockquote><p>Planning.</p><footer>— <b>Priya</b></footer></blockquote>"
        "<figure><blockquote><p>Again.</p></blockquote><figcaption>A reader</figcaption></figure>"
    )
    assert got == (
        Quote((para("Bad luck."),), (Text("Ruth Adebayo"),)),
        Quote((para("Planning."),), (Text("— "), Strong((Text("Priya"),)))),
        Quote((para("Again."),), (Text("A reader"),)),
    )


def test_a_closing_line_signed_with_a_dash_is_the_quote_s_attribution() -> None:
    """An embedded post ends with its author loose after its text; dialogue is no signature."""
    got = blocks(
        '<blockquote class="post"><p>The sea is wild today.</p>&mdash; Jane Roe (@jroe) '
        '<a href="https://example.com/1">June 17, 2019</a></blockquote>'
        "<blockquote><p>– Are you coming?</p><p>– Tomorrow, perhaps.</p></blockquote>"
    )
    assert got == (
        Quote(
            (para("The sea is wild today."),),
            (Text("Jane Roe (@jroe) "), Link((Text("June 17, 2019"),), "https://example.com/1")),
        ),
        Quote((para("– Are you coming?"), para("– Tomorrow, perhaps."))),
    )


def test_an_address_cloudflare_hides_is_read_back() -> None:
    """The text "[email protected]" is a placeholder: the address is in hex, XORed with
    its first byte, on the element and in the link. A code that hides none stays."""
    key, address = 0x6A, "ann@example.org"
    code = bytes([key, *(byte ^ key for byte in address.encode())]).hex()
    got = blocks(
        f"<p>Write to <a href='/cdn-cgi/l/email-protection#{code}'><span class='__cf_email__' "
        f"data-cfemail='{code}'>[email&#160;protected]</span></a> or "
        "<span data-cfemail='zz'>[email protected]</span>.</p>"
    )
    assert got == (
        para(
            "Write to ",
            Link((Text(address),), f"mailto:{address}"),
            " or [email protected].",
        ),
    )


def test_a_figure_without_figcaption_takes_the_part_named_its_caption() -> None:
    got = blocks(
        "<figure class='lead-asset'><div class='figure-photo'><img src='/checkpoint.jpg'></div>"
        "<div class='caption'><span>Forces near a checkpoint.</span> "
        "<span>Photograph: Ann Lee/Agency</span></div></figure>"
    )
    assert got == (
        Figure(
            Image("/checkpoint.jpg"),
            (Text("Forces near a checkpoint."),),
            (Text("Photograph: Ann Lee/Agency"),),
        ),
    )


def test_a_picture_and_the_short_text_under_it_in_a_div_are_a_figure() -> None:
    got = blocks(
        "<div class='foto'><img src='/lesaka.jpg' alt=''><p>Izaskun Lesaka.</p></div>"
        "<div class='teaser'><img src='/other.jpg'><h3>Another story</h3></div>"
        "<div><img src='/a.jpg'><p>First of two lines.</p><p>Second.</p></div>"
    )
    assert got[0] == Figure(Image("/lesaka.jpg"), (Text("Izaskun Lesaka."),))
    assert [block.caption for block in got if isinstance(block, Figure)][1:] == [(), ()]
    assert "Another story" in plain_text(got) and "Second." in plain_text(got)


def test_a_picture_and_its_caption_inside_one_wrapper_are_a_figure() -> None:
    # Kyffhäuser Nachrichten: <div><span><a><img></a><span>caption</span></span></div>
    got = blocks(
        "<div class='bild'><span class='wrap'><a href='/big.png'><img src='/small.png' "
        "alt='Rain'></a><span class='bildunterschrift'>Rain over the fields</span></span></div>"
    )
    assert got == (Figure(Image("/small.png", "Rain"), (Text("Rain over the fields"),)),)


def test_a_paragraph_of_one_symbol_repeated_is_a_rule_and_an_icon_alone_goes() -> None:
    got = blocks(
        "<hr><p>One.</p><p>* * *</p><p>Two.</p><p>💡</p><p>Three.</p><p>◆◆◆</p><hr>"
        "<p>Four.</p><hr><hr>"
    )
    assert got == (para("One."), Rule(), para("Two."), para("Three."), Rule(), para("Four."))


def test_a_picture_without_words_is_no_symbol() -> None:
    got = blocks("<p>One.</p><p><img src='https://example.org/a.png' alt=''> *</p>")
    assert isinstance(got[-1], Paragraph)


def test_a_dateline_left_over_the_first_paragraph_joins_it() -> None:
    got = blocks("<div><strong>Jakarta</strong> - <p>A stroke at 26.</p><p>Then more.</p></div>")
    assert [plain_text((block,)) for block in got] == ["Jakarta - A stroke at 26.", "Then more."]
    assert isinstance(got[0], Paragraph) and isinstance(got[0].children[0], Strong)


def test_a_dash_ending_a_later_or_a_long_paragraph_joins_nothing() -> None:
    long_line = "The council said the work would start soon and last two years —"
    got = blocks(f"<p>{long_line}</p><p>Next.</p><p>One.</p><p>Two.</p><p>Three -</p><p>Four.</p>")
    assert len(got) == 6


def test_a_side_declared_0_beside_a_large_one_is_no_pixel() -> None:
    # The Irish Times: width="1600" height="0", the height left to a CSS aspect ratio.
    got = blocks(
        "<figure><img src='/gaza.jpg' width='1600' height='0'><figcaption>Air strikes in "
        "Gaza.</figcaption></figure><p>Text.</p><p><img src='/count.gif' width='1' "
        "height='1'>More.</p><p><img src='/hit.gif' height='0'>Last.</p>"
    )
    assert got[0] == Figure(Image("/gaza.jpg", "", 1600), (Text("Air strikes in Gaza."),))
    assert got[2:] == (para("More."), para("Last."))


def test_a_picture_linked_to_its_own_file_is_the_picture() -> None:
    got = blocks(
        "<div><a href='/uploads/chart.png'><img src='/uploads/chart-300x200.png'></a></div>"
        "<p><a href='/story'><img src='/thumb.jpg'></a></p>"
        "<p><a href='/wiki/File:Bridge.jpg'><img src='/upload/220px-Bridge.jpg'></a></p>"
    )
    assert got[0] == Figure(Image("/uploads/chart-300x200.png", ""))
    assert got[1] == Paragraph((Link((InlineImage("/thumb.jpg", ""),), "/story"),))
    link = Link((InlineImage("/upload/220px-Bridge.jpg", ""),), "/wiki/File:Bridge.jpg")
    assert got[2] == Paragraph((link,))
