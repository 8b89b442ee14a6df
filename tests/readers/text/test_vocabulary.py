"""WordList: entries found at word starts, stems open-ended, whole words bounded."""

from __future__ import annotations

import pytest

from newsconv.readers.text.vocabulary import WordList

WORDS = WordList(("share", "subscri-", "sign up for", "分享"))


@pytest.mark.parametrize(
    "text",
    [
        "Share",
        "please SHARE this",
        "(share)",
        "x_share",
        "Subscribers only",
        "Sign up for more",
        "分享",
        "share - 3 comments",
        "share-",
    ],
)
def test_found(text: str) -> None:
    assert WORDS.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "shared",
        "timeshare",
        "resubscribe",
        "sign up",
        "sign upfor",
        "网分享",
        "",
        "nothing here",
        "market-share data",
        "share-price falls",
        "non-subscribers",
    ],
)
def test_not_found(text: str) -> None:
    assert not WORDS.search(text)


def test_a_stem_and_a_whole_word_with_the_same_letters_match_as_the_stem() -> None:
    either = WordList(("newsletter", "newsletter-"))
    assert either.search("newsletters") and WordList(("newsletter-", "newsletter")).search(
        "newsletters"
    )
    assert not WordList(("newsletter",)).search("newsletters")


def test_lines_searched_at_once_are_found_as_one_by_one() -> None:
    lines = [
        "Share",
        "shared",
        "market-share data",
        "x_share",
        "",
        "share-",
        "Sign up for more",
        "网分享",
        "分享",
    ]
    assert WORDS.search_each(lines) == list(map(WORDS.search, lines))
    assert WORDS.search_each([]) == []
