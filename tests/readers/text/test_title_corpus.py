"""Headlines the text reader finds on real pages copied as text (../shared/corpus/textdumps).

Many references are the page's ``<title>``, the headline with the site's name after it,
which a copy of the page never shows: the corpus-wide check is headline match
(:func:`newsconv.evaluate.same_headline`), and the pages where the reader once picked a
caption, a menu item, a credit or a body line are checked against their visible headline.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from tests.conftest import corpus_cases, expected

from newsconv.diagnostics import Collector
from newsconv.evaluate import same_headline
from newsconv.options import ReadOptions
from newsconv.readers.text import TextReader, title

#: The headline each page shows above its body.
SHOWN = {
    "youth": "海外留学生看两会：出国前后关注点大不同",  # not the photo caption ending in 。
    "yahoo-4": "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」",
    "pixnet": "新竹尖石_美樹營地賞楓 (2)",  # not a line of the post
    "hukumusume": "欲張りなイヌ",  # the breadcrumb's last item, not a side link
    "citylab-1": "Why Neon Is the Ultimate Symbol of the 20th Century",  # not the caption
}
#: Headline match over the whole set: what the reader measured (34 of 40) when this was set.
HEADLINE_FLOOR = 0.85
CASES = corpus_cases("textdumps")


def title_of(case: Path) -> str | None:
    data = (case / "input.txt").read_bytes()
    doc = TextReader().read(data, options=ReadOptions(), source=case.name, report=Collector())
    return doc.metadata.title


@pytest.fixture(scope="module")
def titles() -> dict[str, tuple[str | None, str | None]]:
    """Each page's title as found, and as its reference gives it."""
    if not CASES:
        pytest.skip("../shared/corpus is not beside the project")
    return {case.name: (title_of(case), expected(case)["title"]) for case in CASES}


@pytest.mark.parametrize("name", sorted(SHOWN))
def test_the_visible_headline_is_the_title(
    titles: dict[str, tuple[str | None, str | None]], name: str
) -> None:
    assert titles[name][0] == SHOWN[name]


def test_a_section_front_does_not_take_a_photo_credit_for_its_title(
    titles: dict[str, tuple[str | None, str | None]],
) -> None:
    found = titles["nytimes-5"][0]
    assert found is not None
    assert not found.startswith("Credit")


def test_headline_match(titles: dict[str, tuple[str | None, str | None]]) -> None:
    hits = [same_headline(found, want) for found, want in titles.values()]
    assert sum(hits) / len(hits) >= HEADLINE_FLOOR


def test_lines_left_out_of_contention_could_not_have_won(
    titles: dict[str, tuple[str | None, str | None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no line ever out of contention (every line's words looked up), no title changes."""
    monkeypatch.setattr(title, "MOST_GAINED", math.inf)
    assert {case.name: title_of(case) for case in CASES} == {
        name: found for name, (found, _) in titles.items()
    }


def test_most_lines_far_above_the_body_are_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shortcut is taken: on the corpus most candidate lines need no word lookups."""
    if not CASES:
        pytest.skip("../shared/corpus is not beside the project")
    looked_up: list[str] = []
    lookup = title._shared_words

    def counted(text: str, body: str, cjk_body: str) -> int:
        looked_up.append(text)
        return lookup(text, body, cjk_body)

    monkeypatch.setattr(title, "_shared_words", counted)
    for case in CASES:
        title_of(case)
    pruned = len(looked_up)
    looked_up.clear()
    monkeypatch.setattr(title, "MOST_GAINED", math.inf)
    for case in CASES:
        title_of(case)
    assert pruned < 0.5 * len(looked_up)
