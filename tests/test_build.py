import sys

from newsconv.build import heading, inlines, normalize, normalize_block, normalize_text, para
from newsconv.model import (
    Code,
    Document,
    Emphasis,
    LineBreak,
    Link,
    ListBlock,
    Metadata,
    Paragraph,
    Quote,
    Strong,
    Superscript,
    Text,
)


def test_adjacent_texts_merge_and_whitespace_collapses() -> None:
    assert inlines("a  ", "\n b", Text("\tc")) == (Text("a b c"),)


def test_ends_are_trimmed_and_empty_text_dropped() -> None:
    assert inlines("  ", " hello ", "") == (Text("hello"),)
    assert inlines("   ") == ()


def test_edge_spaces_move_out_of_emphasis_and_links() -> None:
    result = inlines("a", Emphasis((Text(" b "),)), "c", Link((Text("d "),), "https://x"), "e")
    assert result == (
        Text("a "),
        Emphasis((Text("b"),)),
        Text(" c"),
        Link((Text("d"),), "https://x"),
        Text(" e"),
    )


def test_space_collapses_across_container_boundaries() -> None:
    assert inlines("a ", Strong((Text(" b"),))) == (Text("a "), Strong((Text("b"),)))


def test_empty_containers_vanish() -> None:
    assert inlines("a", Emphasis((Text("  "),)), "b") == (Text("a b"),)


def test_stress_on_punctuation_alone_is_dropped() -> None:
    assert inlines("supérieur", Strong((Text(")"),)), " prétend") == (Text("supérieur) prétend"),)
    assert inlines("a ", Emphasis((Text(" — "), Strong((Text("…"),)))), " b") == (Text("a — … b"),)
    # words, a link or a footnote mark keep their style
    kept = (Strong((Text("1)"),)), Emphasis((Link((Text("."),), "https://x"),)))
    assert inlines("a ", *kept) == (Text("a "), *kept)
    assert inlines("a", Superscript((Text("*"),))) == (Text("a"), Superscript((Text("*"),)))
    # judged once trimmed: <em><p>)</p></em> has breaks around the ")", and normalising
    # again must not find less to keep (the JSON round trip compares the two)
    once = inlines(Emphasis((LineBreak(), Text(")"), LineBreak())))
    assert once == (Text(")"),) and inlines(*once) == once


def test_a_style_inside_the_same_style_is_unwrapped() -> None:
    # <b><strong><a><strong>Fed</strong></a> </strong></b>: bold three times is bold once
    link = Link((Strong((Text("Fed"),)),), "https://x")
    assert inlines("a ", Strong((Strong((link, Text(" "))),)), "b") == (
        Text("a "),
        Strong((Link((Text("Fed"),), "https://x"),)),
        Text(" b"),
    )
    # another style in between stays, and so does the inner one's text
    mixed = Emphasis((Text("x "), Strong((Emphasis((Text("y"),)),))))
    assert inlines(mixed) == (Emphasis((Text("x "), Strong((Text("y"),)))),)


def test_line_breaks_trim_around_and_not_at_ends() -> None:
    assert inlines(LineBreak(), "a ", LineBreak(), " b", LineBreak()) == (
        Text("a"),
        LineBreak(),
        Text("b"),
    )


def test_normalize_is_idempotent_and_drops_empty_blocks() -> None:
    doc = Document(
        Metadata(),
        (
            Paragraph((Text("  x  "),)),
            Paragraph((Text("   "),)),
            Quote((Paragraph(()),)),
            ListBlock(((Paragraph((Text(" item "),)),), ())),
        ),
    )
    once = normalize(doc)
    assert once.blocks == (Paragraph((Text("x"),)), ListBlock(((Paragraph((Text("item"),)),),)))
    assert normalize(once) == once


def test_a_normal_paragraph_is_kept_as_it_is() -> None:
    normal = Paragraph((Text("a "), Link((Text("b"),), "/b"), Code(""), Text(" c")))
    kept = normalize_block(Paragraph(normal.children[:2] + normal.children[3:]))
    assert kept is not None and normalize_block(kept) is kept
    changed = normalize_block(normal)  # the empty code goes
    assert changed == kept and changed is not normal


def test_builders_and_text_normalisation() -> None:
    assert para(" a ", "b") == Paragraph((Text("a b"),))
    assert heading(2, "Title ").children == (Text("Title"),)
    assert normalize_text("\u00a0a\u3000 b\n") == "a b"


def test_every_whitespace_character_collapses() -> None:
    # The collapse takes printable text without a double space as normal already: that
    # holds only while every whitespace character but the ASCII space is unprintable.
    spaces = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
    assert len(spaces) > 20
    for space in spaces:
        assert inlines(f"a{space}b", f"c{space}{space}", "d") == (Text("a bc d"),), hex(ord(space))


def test_a_paragraph_of_zero_width_characters_only_vanishes() -> None:
    assert normalize_block(para("\u200b")) is None
    assert normalize_block(para("\ufeff \u200b")) is None
    thai = para("ภาษา\u200bไทย")  # a word break inside text stays
    assert normalize_block(thai) == thai


def test_a_line_break_ending_a_styled_run_moves_after_it() -> None:
    opens = Emphasis((Text("Opens at 7 pm"), LineBreak()))
    closes = Emphasis((Text("Closes at 9 pm"), LineBreak()))
    assert inlines(opens, closes) == (
        Emphasis((Text("Opens at 7 pm"),)),
        LineBreak(),
        Emphasis((Text("Closes at 9 pm"),)),
    )
