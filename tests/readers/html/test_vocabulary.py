"""The vocabulary's shortcuts answer as the patterns they stand in for."""

from __future__ import annotations

import pytest

from newsconv.readers.html import vocabulary as vocab

NAMES = [
    "", "share", "share-tools", "post__share", "reshare", "shares", "sharedaddy sd-sharing",
    "social", "socialize", "follow-us", "unfollow", "menu footer", "article body", "x_share_y",
    "ssshare", "share1", "soc ial", "follo w",
]  # fmt: skip


@pytest.mark.parametrize("names", NAMES)
def test_names_share_is_the_share_pattern(names: str) -> None:
    assert vocab.names_share(names) == (vocab.SHARE.search(names) is not None)
