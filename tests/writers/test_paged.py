"""The article tree the PDF and EPUB writers share: links that lead somewhere, images dropped
cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from newsconv.build import heading, inlines, para
from newsconv.diagnostics import Collector
from newsconv.errors import ResourceBlocked
from newsconv.model import Document, Figure, Image, InlineImage, Link, Metadata
from newsconv.resources import ResourcePolicy, policy_for
from newsconv.writers.paged import article_tree, embed_images, load_image, unwrap


def tree_of(*blocks: object) -> etree._Element:
    doc = Document(Metadata(title="T"), tuple(blocks))  # type: ignore[arg-type]
    return article_tree(doc, report=Collector())


def test_fragment_links_to_nothing_are_unwrapped_and_others_kept() -> None:
    tree = tree_of(
        heading(1, "Known"),
        para("See ", Link(inlines("there"), "#known"), " or ", Link(inlines("nowhere"), "#x"), "!"),
    )
    paragraph = tree.find("p")
    assert [a.get("href") for a in paragraph.iter("a")] == ["#known"]
    assert "".join(paragraph.itertext()) == "See there or nowhere!"


def test_web_addresses_are_percent_encoded() -> None:
    tree = tree_of(para(Link(inlines("x"), "https://e.org/a b/ü?q=[1] 2&r=%41#f g")))
    assert tree.find(".//a").get("href") == "https://e.org/a%20b/%C3%BC?q=%5B1%5D%202&r=%41#f%20g"


def test_a_stray_percent_sign_is_escaped_and_escapes_are_kept() -> None:
    """A ``%`` that starts no escape makes the URL invalid (epubcheck RSC-020)."""
    tree = tree_of(para(Link(inlines("x"), "http://x.org/50%off?b=1&c%C3%8E%,%5,#%zz")))
    assert tree.find(".//a").get("href") == "http://x.org/50%25off?b=1&c%C3%8E%25,%255,#%25zz"


def test_unwrap_keeps_text_children_and_tail_in_order() -> None:
    root = etree.fromstring("<p>a <a>b <em>c</em> d</a> e</p>")
    unwrap(root.find("a"))
    assert etree.tostring(root, encoding="unicode") == "<p>a b <em>c</em> d e</p>"
    empty = etree.fromstring("<p>a<a/>b</p>")
    unwrap(empty.find("a"))
    assert etree.tostring(empty, encoding="unicode") == "<p>ab</p>"


def test_dropped_images_keep_captions_and_alt_text() -> None:
    doc = Document(
        Metadata(title="T"),
        (
            Figure(Image("gone.png"), inlines("Caption stays")),
            Figure(Image("gone.png")),
            para("Before ", InlineImage("gone.png", alt="[logo]"), " after"),
        ),
    )
    report = Collector()
    tree = article_tree(doc, report=report)
    embed_images(tree, doc, policy=ResourcePolicy(), store=lambda r: "x", report=report)
    assert tree.find(".//img") is None
    assert [f.findtext("figcaption/span") for f in tree.iter("figure")] == ["Caption stays"]
    assert "".join(tree.find("p").itertext()) == "Before [logo] after"
    assert {d.code for d in report.items} == {"image-blocked"}


def test_a_link_inside_a_link_is_unwrapped() -> None:
    inner = Link(inlines("inner"), "https://e.org/in")
    tree = tree_of(para(Link(inlines("outer ", inner), "https://e.org/out")))
    assert [a.get("href") for a in tree.iter("a")] == ["https://e.org/out"]
    assert "".join(tree.find("p").itertext()) == "outer inner"


def test_an_image_resolved_against_the_page_url_is_found_beside_the_saved_file(
    tmp_path: Path,
) -> None:
    (tmp_path / "story_files").mkdir()
    (tmp_path / "story_files" / "p.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 16)
    doc = Document(
        Metadata(url="https://e.org/news/story", source=str(tmp_path / "story.html")), ()
    )
    policy = policy_for(doc)
    found = load_image("https://e.org/news/story_files/p.png?w=300", doc, policy)
    assert found.media_type == "image/png"
    with pytest.raises(ResourceBlocked, match="allow-remote"):
        load_image("https://e.org/elsewhere/story_files/p.png", doc, policy)
    with pytest.raises(ResourceBlocked):
        load_image("https://e.org/news/missing.png", doc, policy)
