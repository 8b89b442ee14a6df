"""The census's one walk gives what walking the pruned page again would: text counts,
block holders and the element lists the extractor reads."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import lxml.html
import pytest
from lxml.html import HtmlElement
from tests.conftest import corpus_cases

from newsconv.diagnostics import Collector
from newsconv.readers.html import parse
from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.census import CHROME_TAGS, Census, PageScan, take_census
from newsconv.readers.html.decode import decode_page
from newsconv.readers.html.prune import CONDEMNING_ATTRIBUTES, Pruner, strip, suspect_names

# Pruned elements with and without tails, first children (their tail joins the parent's
# text), runs of pruned siblings, whitespace-only tails (dropped), a pruned link's tail,
# a heading that repeats the title with a dateline beside it, and a div that holds a block
# only through the dateline.
PAGE = """<html><head><title>T</title></head><body>
<div class="story">  <script>var x;</script>Lead   text <span class="sidebar">side</span>
 after  side<style>p{}</style> and<noscript>n</noscript>  more
<p>First <b>bold</b> words, <a href="/y">a link</a><button>b</button> tail.</p>
<ul><li><a href="/z">Only a link</a><span hidden>h</span> </li><li>item</li></ul>
<div><div style="display:none">gone</div>   <div aria-hidden="true">x</div>kept tail</div>
<header><h1>The Title Of The Story</h1><div class="when"><time>May 5</time></div></header>
<div class="by"><p class="byline">By Ann Lee</p> tail of byline</div>
<a href="/q">link <i>text</i><span class="share-menu">s</span> after</a>
</div><p>  </p><div id="b"><span>x</span>y<iframe></iframe>z</div>
<footer class="footer">Foot</footer> end</body></html>"""


def _fresh_counts(body: HtmlElement) -> tuple[dict[HtmlElement, int], dict[HtmlElement, int]]:
    """Characters and link characters of each element, counted again from the tree."""
    chars: dict[HtmlElement, int] = {}
    links: dict[HtmlElement, int] = {}
    for element in reversed(list(body.iter())):
        total = len(" ".join((element.text or "").split()))
        linked = 0
        for child in element:
            total += chars[child] + len(" ".join((child.tail or "").split()))
            linked += links[child]
        chars[element] = total
        links[element] = total if element.tag == "a" else linked
    return chars, links


def _stripped(root: HtmlElement, title: str | None) -> Census:
    census = take_census(root, pruner=Pruner())
    strip(census, title=title, report=Collector())
    return census


def _assert_matches_the_tree(census: Census, body: HtmlElement) -> None:
    chars, links = _fresh_counts(body)
    stats = census.stats
    for element in body.iter():
        assert stats.chars(element) == chars[element], lxml.html.tostring(element)[:80]
        expected = links[element] / chars[element] if chars[element] else 0.0
        assert stats.link_density(element) == pytest.approx(expected)
        assert census.has_block(element) == vocab.has_block(element)
    assert census.kept(census.scored) == list(body.iter(*vocab.SCORED_TAGS, "div"))
    assert census.kept(census.headings) == list(body.iter("h1", "h2"))
    assert census.kept(census.articles) == body.findall(".//article")
    assert census.kept(census.chrome) == list(body.iter(*CHROME_TAGS))
    shared = [e for e in body.iterdescendants() if vocab.SHARE.search(vocab.class_and_id(e))]
    assert census.kept(census.shared) == shared


@pytest.mark.parametrize("title", [None, "The Title Of The Story"])
def test_counts_after_the_prune_equal_counting_the_pruned_tree(title: str | None) -> None:
    root = lxml.html.document_fromstring(PAGE)
    census = _stripped(root, title)
    body = root.find("body")
    assert isinstance(body, HtmlElement)
    _assert_matches_the_tree(census, body)
    text = body.text_content()
    assert "side" not in text.replace("after  side", "") and "after  side" in text
    assert "By Ann Lee" not in text and "tail of byline" in text
    assert ("The Title Of The Story" in text) == (title is None)
    assert ("May 5" in text) == (title is None)


def test_without_a_pruner_nothing_goes_and_everything_is_counted() -> None:
    root = lxml.html.document_fromstring(PAGE)
    census = take_census(root)
    body = root.find("body")
    assert isinstance(body, HtmlElement) and census.pruned == []
    chars, _ = _fresh_counts(body)
    assert all(census.stats.chars(element) == chars[element] for element in body.iter())


def test_marked_elements_inside_pruned_subtrees_are_still_scanned() -> None:
    root = lxml.html.document_fromstring(PAGE)
    census = take_census(root, hints=("byline", "when"), pruner=Pruner())
    assert [marks for _, marks in census.scan.marked] == ["when", "byline"]
    assert any(reason == "byline" for _, reason in census.pruned)


CASES = corpus_cases("readability")[::5] + corpus_cases("multilingual")[::3]


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.parent.name}/{case.name}")
def test_counts_match_the_pruned_tree_on_real_pages(corpus: Path, case: Path) -> None:
    decoded = decode_page((case / "input.html").read_bytes())
    root = parse(decoded.text, utf8=decoded.utf8)
    title = root.findtext(".//h1")
    census = _stripped(root, " ".join((title or "").split()) or None)
    body = root.find("body")
    assert isinstance(body, HtmlElement)
    _assert_matches_the_tree(census, body)


def test_a_census_without_the_scan_prunes_and_counts_alike() -> None:
    roots = [lxml.html.document_fromstring(PAGE) for _ in range(2)]
    scanned = take_census(roots[0], hints=("byline",), pruner=Pruner())
    census = take_census(roots[1], pruner=Pruner(), scan=False)
    # Only the headlines are sorted, which the prune's second look reads.
    assert replace(census.scan, headlines=[]) == PageScan() != scanned.scan
    headlines = [[h.text_content() for h in c.scan.headlines] for c in (scanned, census)]
    assert headlines[0] == headlines[1]
    assert [(n.tag, why) for n, why in census.pruned] == [(n.tag, why) for n, why in scanned.pruned]
    pairs = zip((scanned, census), roots, strict=True)
    counts = [[c.stats.chars(e) for e in root.iter()] for c, root in pairs]
    assert counts[0] == counts[1] and any(counts[1])


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.parent.name}/{case.name}")
@pytest.mark.parametrize("strip_unlikely", [True, False])
def test_the_pruner_spares_what_the_census_does_not_ask_about(
    corpus: Path, case: Path, strip_unlikely: bool
) -> None:
    # The census asks the pruner only about elements with condemning attributes or
    # suspect names; asked about any other, a pruner that saw no byline yet keeps it.
    decoded = decode_page((case / "input.html").read_bytes())
    body = parse(decoded.text, utf8=decoded.utf8).find("body")
    assert isinstance(body, HtmlElement)
    for node in body.iterdescendants():
        keys = node.keys()
        names = vocab.class_and_id(node)
        if CONDEMNING_ATTRIBUTES.isdisjoint(keys) and not (names and suspect_names(names)):
            assert Pruner(strip_unlikely).reason(node, node.tag, keys, names) is None


def test_suspect_names_are_bylines_and_furniture() -> None:
    assert suspect_names("post-byline") and suspect_names("sidebar widget")
    assert not suspect_names("article-body") and not suspect_names("story")
