"""The seed page (Tengrinews.kz, copied as text) against its expected.json, field by field."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from tests.conftest import CORPUS, expected

from newsconv.build import normalize_text
from newsconv.diagnostics import Collector
from newsconv.model import Document
from newsconv.options import ReadOptions
from newsconv.readers.text import TextReader
from newsconv.tree import block_texts, plain_text


@pytest.fixture(scope="module")
def seed() -> tuple[Document, dict[str, Any]]:
    case = CORPUS / "seed"
    if not case.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    want = expected(case)
    data = (case / want["input"]).read_bytes()
    doc = TextReader().read(data, options=ReadOptions(), source="seed", report=Collector())
    return doc, want


def test_title(seed: tuple[Document, dict[str, Any]]) -> None:
    doc, want = seed
    assert doc.metadata.title == want["metadata"]["title"]


def test_published(seed: tuple[Document, dict[str, Any]]) -> None:
    doc, want = seed
    assert doc.metadata.published == datetime.fromisoformat(want["metadata"]["published"])


def test_site_name(seed: tuple[Document, dict[str, Any]]) -> None:
    doc, want = seed
    assert doc.metadata.site_name == want["metadata"]["site_name"]


def test_language(seed: tuple[Document, dict[str, Any]]) -> None:
    doc, want = seed
    assert doc.metadata.lang == want["metadata"]["lang"]
    assert doc.metadata.dir == "ltr"


def test_image_credit_is_kept_in_extra(seed: tuple[Document, dict[str, Any]]) -> None:
    doc, want = seed
    assert dict(doc.metadata.extra)["image_credit"] == want["metadata"]["image_credit"]


def test_every_paragraph_once_and_in_order(seed: tuple[Document, dict[str, Any]]) -> None:
    doc, want = seed
    # The model collapses every whitespace run (no-break spaces included) to one space.
    got = [text for block in doc.blocks for text in block_texts(block)]
    assert got == [normalize_text(p) for p in want["body_paragraphs"]]


def test_no_boilerplate_in_the_body(seed: tuple[Document, dict[str, Any]]) -> None:
    doc, want = seed
    body = plain_text(doc)
    assert [s for s in want["must_not_appear_in_body"] if s in body] == []
