import pytest

from newsconv.evaluate import same_headline, same_title, token_f1, tokens


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


@pytest.mark.parametrize(
    ("result", "reference"),
    [
        ("Headline", "Headline"),
        ("Headline", "Headline | Site"),
        ("Headline", "Headline - Site"),
        ("海外留学生看两会", "海外留学生看两会_教育频道_中国青年网"),
        ("欲張りなイヌ", "欲張りなイヌ\u3000＜福娘童話集＞"),
        ("アプリ「Wi-Fi」", "アプリ「Wi-Fi」（CNET Japan） - Yahoo!ニュース"),
        ("Pills “Burned Her”", 'Pills "Burned Her"'),
        ("anything", None),
    ],
)
def test_headline_match_allows_a_site_suffix(result: str, reference: str | None) -> None:
    assert same_headline(result, reference)


@pytest.mark.parametrize(
    ("result", "reference"),
    [("Head", "Headline"), ("Headline - Site", "Headline"), (None, "Headline"), (" ", "A")],
)
def test_headline_match_needs_the_whole_headline(result: str | None, reference: str) -> None:
    assert not same_headline(result, reference)
