"""Small pages copied as text, to test how the text reader finds the article in them."""

from __future__ import annotations

from newsconv.diagnostics import Collector
from newsconv.model import Document
from newsconv.options import ReadOptions
from newsconv.readers.text import TextReader
from newsconv.tree import plain_text

MENU = ["Home", "World", "Business", "Sport", "Culture", "Subscribe", "Sign in"]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "© 2024 The Daily Paper"]
SUBJECTS = ["The council", "A spokesman", "The mayor", "Local traders", "The engineers"]


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
