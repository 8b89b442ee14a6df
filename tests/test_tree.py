from newsconv.build import inlines, para
from newsconv.model import (
    Cell,
    CodeBlock,
    Document,
    Emphasis,
    Figure,
    Heading,
    Image,
    InlineImage,
    LineBreak,
    Link,
    ListBlock,
    Metadata,
    Person,
    Quote,
    Rule,
    Strong,
    Table,
    Text,
)
from newsconv.tree import depth, dump, images, plain_text, walk

DOC = Document(
    Metadata(
        title="T",
        authors=(Person("Ann"), Person("Bo")),
        image=Figure(Image("lead.jpg"), inlines("Lead")),
    ),
    (
        Heading(2, inlines("Part one")),
        para("Hello ", Emphasis((Text("world"),)), LineBreak(), "again"),
        Quote((para("Said."),), inlines("Someone")),
        ListBlock(((para("one"),), (para("two"), ListBlock(((para("nested"),),))))),
        Figure(Image("a.png", alt="A"), inlines("Caption"), inlines("Photo: X")),
        Table(
            (
                (Cell(inlines("h1"), header=True), Cell(inlines("h2"), header=True)),
                (Cell(inlines("a")), Cell(inlines("b"))),
            )
        ),
        CodeBlock("x = 1\ny = 2", "python"),
        Rule(),
        para(Link((Text("link"),), "https://example.org"), InlineImage("i.png")),
    ),
)


def test_plain_text_follows_the_corpus_rules() -> None:
    assert plain_text(DOC) == "\n\n".join(
        [
            "Part one",
            "Hello world\nagain",
            "Said.",
            "Someone",
            "one",
            "two",
            "nested",
            "Caption Photo: X",
            "h1 | h2",
            "a | b",
            "x = 1\ny = 2",
            "link",
        ]
    )


def test_walk_visits_nested_nodes_in_order() -> None:
    texts = [node.text for node in walk(DOC) if isinstance(node, Text)]
    assert texts.index("one") < texts.index("nested") < texts.index("Caption")
    assert "world" in texts


def test_depth_counts_blocks_and_inlines_down_the_deepest_branch() -> None:
    # ListBlock > ListBlock > Paragraph > Text, and Paragraph > Emphasis > Text beside it
    assert depth(DOC) == 4
    deep = para(Link((Emphasis((Strong((Text("x"),)),)),), "https://example.org"))
    assert depth(Document(Metadata(), (Quote((deep,)),))) == 6
    assert depth(Document(Metadata(), ())) == 0


def test_images_lists_lead_then_body() -> None:
    assert list(images(DOC)) == ["lead.jpg", "a.png", "i.png"]


def test_dump_is_stable_and_readable() -> None:
    text = dump(DOC)
    assert text.startswith("<document>\n  <metadata>\n    title: 'T'\n    authors: Ann, Bo\n")
    assert "<heading level=2>" in text
    assert "<code_block" not in text and "<codeblock language='python'>'x = 1\\ny = 2'" in text
    assert "<figure>" in text and "<credit>" in text
    assert dump(DOC) == text
