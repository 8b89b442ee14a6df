"""The vocabulary's shortcuts answer as the patterns they stand in for."""

from __future__ import annotations

import re

import pytest

from newsconv.readers.html import vocabulary as vocab
from newsconv.readers.html.prune import suspect_names

NAMES = [
    "", "share", "share-tools", "post__share", "reshare", "shares", "sharedaddy sd-sharing",
    "social", "socialize", "follow-us", "unfollow", "menu footer", "article body", "x_share_y",
    "ssshare", "share1", "soc ial", "follo w", "mbarticlesharebtn", "sharebarrel",
]  # fmt: skip


@pytest.mark.parametrize("names", NAMES)
def test_names_share_is_the_share_pattern(names: str) -> None:
    assert vocab.names_share(names) == (vocab.SHARE.search(names) is not None)


WORDS = ("ad", "-ad-", "ad-break", "comment", "men", "menu", "rss")
TEXTS = [
    "", "x", "ad-break", "x-ad-break", "menu-comments", "comment menu", "the-ad-", "rssmenu",
    "main-menu ad", "breadcrumbs", "commen t", "adadad",
]  # fmt: skip


@pytest.mark.parametrize("text", TEXTS)
def test_words_find_what_the_alternation_finds(text: str) -> None:
    words = vocab.Words(*WORDS)
    match = re.compile("|".join(map(re.escape, WORDS))).search(text)
    assert words.search(text) == (match is not None)
    assert words.first(text) == (match.group(0) if match else None)


@pytest.mark.parametrize("words", [(), ("",), ("Menu",)])
def test_words_refuse_an_empty_or_capitalised_vocabulary(words: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="non-empty lowercase"):
        vocab.Words(*words)


@pytest.mark.parametrize("text", TEXTS)
def test_word_sets_find_what_each_vocabulary_finds(text: str) -> None:
    vocabularies = (WORDS[:3], WORDS[2:5], ("rss", "bread"))
    found = vocab.WordSets(*vocabularies).found(text)
    for bit, words in enumerate(vocabularies):
        assert bool(found & 1 << bit) == vocab.Words(*words).search(text)


@pytest.mark.parametrize(
    "names",
    [
        *NAMES, *TEXTS, "byline", "author-box main", "related-article", "inline-ads-box",
        "ad-portal main", "header-download", "off-screen", "caption sr-only",
    ],
)  # fmt: skip
def test_suspect_names_are_a_byline_an_unlikely_word_or_for_screen_readers(names: str) -> None:
    expected = (
        vocab.names_byline(names)
        or vocab.unlikely_word(names) is not None
        or vocab.for_screen_readers(names)
    )
    assert suspect_names(names) == expected


@pytest.mark.parametrize("text", ["<< < 1 2 3 … 14 > >>", "« 1 | 2 | 3 »", "1 2 3", "> 1 2 3 >"])
def test_a_pager_s_numbers_between_its_arrows(text: str) -> None:
    assert vocab.PAGER.fullmatch(text)


def test_a_run_of_arrows_that_is_no_pager_is_refused_at_once() -> None:
    # a repeated group of arrows and spaces took 0.85 s at 22 arrows, four times more each two
    assert vocab.PAGER.fullmatch("»" * 5_000 + "1x") is None
    assert vocab.PAGER.fullmatch("1 2 3" + " »" * 5_000 + "x") is None


@pytest.mark.parametrize(
    ("caption", "parted"),
    [
        ("Has he popped the question? [Wenn]", ("Has he popped the question?", "Wenn")),
        (
            "The couple at the premiere [Rex Features]",
            ("The couple at the premiere", "Rex Features"),
        ),
        ("Async Task Framework [Fig 1]", ("Async Task Framework [Fig 1]", None)),
        ("The map [see below]", ("The map [see below]", None)),
        ("[Wenn]", ("[Wenn]", None)),
    ],
)
def test_a_caption_s_credit_in_square_brackets(
    caption: str, parted: tuple[str, str | None]
) -> None:
    assert vocab.trailing_credit(caption) == parted
