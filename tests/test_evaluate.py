import pytest

from newsconv.evaluate import same_title, token_f1, tokens


def test_tokens_split_cjk_per_character_and_drop_punctuation() -> None:
    assert tokens("Hello, World_2! 東京都") == ["hello", "world", "2", "東", "京", "都"]


def test_f1_counts_multisets() -> None:
    score = token_f1("a a b", "a b b")
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 3)
    assert token_f1("x", "y").f1 == 0.0


def test_title_match_normalises_whitespace() -> None:
    assert same_title("A\u00a0 title ", "A title")
    assert not same_title(None, "A title")
    assert same_title("anything", None)
