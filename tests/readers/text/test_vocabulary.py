"""WordList: entries found at word starts, stems open-ended, whole words bounded."""

from __future__ import annotations

import pytest

from newsconv.readers.text.vocabulary import FIND_ENTRIES, WordList

ENTRIES = ("share", "subscri-", "sign up for", "分享")
WORDS = WordList(ENTRIES)


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


#: The same words in a list long enough to be walked by the automaton, not found one by one.
LONG_LIST = WordList((*ENTRIES, *(f"filler{n}" for n in range(FIND_ENTRIES))))


@pytest.mark.parametrize("words", [WORDS, LONG_LIST])
def test_lines_searched_at_once_are_found_as_one_by_one(words: WordList) -> None:
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
    assert words.search_each(lines) == list(map(words.search, lines))
    assert words.search_each(lines) == list(map(WORDS.search, lines))
    assert words.search_each([]) == []
