"""Small pages copied as text, to test how the text reader finds the article in them."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import corpus_cases, expected

from newsconv.diagnostics import Collector
from newsconv.errors import NoArticleFound
from newsconv.evaluate import token_f1
from newsconv.model import Document
from newsconv.options import ReadOptions
from newsconv.readers.text import TextReader
from newsconv.tree import block_texts, plain_text

MENU = ["Home", "World", "Business", "Sport", "Culture", "Subscribe", "Sign in"]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "© 2024 The Daily Paper"]
SUBJECTS = ["The council", "A spokesman", "The mayor", "Local traders", "The engineers"]
#: A story of three paragraphs, as its body should come out.
PARAGRAPHS = [
    "The city council voted on Tuesday to close the old bridge to cars, citing a survey "
    "that found deep cracks in two of its three arches.",
    "Engineers had warned for years that the structure, built in 1904, was carrying far "
    "more traffic than it was designed for. Repairs are expected to take two years.",
    "Residents will be able to cross on foot and by bicycle while the work goes on, the "
    "council said, and a shuttle bus will run every ten minutes at peak hours.",
]
#: A short story of three long paragraphs.
STORY = [
    "The city council voted on Tuesday to close the old bridge to cars, citing a survey "
    "that found deep cracks in two of its three arches and rust in the deck's steel.",
    "Engineers had warned for years that the structure, built in 1904, was carrying far "
    "more traffic than it was designed for. Repairs are expected to take two years, "
    "and the cost will be shared by the city and the region.",
    "Residents will be able to cross on foot and by bicycle while the work goes on, the "
    "council said, and a shuttle bus will run every ten minutes at peak hours from the "
    "station to the market square.",
]


def paragraphs(count: int, topic: str) -> list[str]:
    """``count`` distinct sentences of prose about ``topic``, each a paragraph."""
    return [
        f"{SUBJECTS[n % len(SUBJECTS)]} said on day {n + 1} that the {topic} would need "
        f"more work than planned, and that residents should expect delays of {n + 2} weeks."
        for n in range(count)
    ]


def read_page(page: list[str]) -> Document:
    """The document the text reader makes of ``page``, one line a list item."""
    data = "\n".join(page).encode("utf-8")
    return TextReader().read(data, options=ReadOptions(), source="page.txt", report=Collector())


def body(page: list[str]) -> str:
    """The body the text reader finds in ``page``, as plain text."""
    return plain_text(read_page(page))


def read_text(text: str) -> Document:
    """The document the text reader makes of ``text``."""
    return TextReader().read(
        text.encode("utf-8"), options=ReadOptions(), source="page.txt", report=Collector()
    )


def texts(doc: Document) -> list[str]:
    """The texts of ``doc``'s blocks, a list's items one by one."""
    return [text for block in doc.blocks for text in block_texts(block)]


def corpus_scores(made_from: Callable[[Path], str]) -> tuple[float, float]:
    """The mean body F1 of the text reader over the corpus's HTML pages made text by
    ``made_from`` (given a page's ``input.html``), and of the whole text taken as the body.

    Skips the test when the corpus is absent.
    """
    cases = [
        case
        for part in ("readability", "multilingual")
        for case in corpus_cases(part)
        if expected(case)["body_text"].strip()
    ]
    if not cases:
        pytest.skip("../shared/corpus is not beside the project")
    scores, wholes = [], []
    for case in cases:
        text = made_from(case / "input.html")
        reference = expected(case)["body_text"]
        try:
            found = plain_text(read_text(text).blocks)
        except NoArticleFound:
            found = ""
        scores.append(token_f1(found, reference).f1)
        wholes.append(token_f1(text, reference).f1)
    return statistics.mean(scores), statistics.mean(wholes)
