"""News agencies whose name is one word, as both readers' bylines meet them.

A byline may sign a story with an agency's name as a person signs with a pen name ("By
Reuters", "By Madonna"): the name is no author's. Lowercased; the word alone, or as the
whole of a byline's name.
"""

from __future__ import annotations

__all__ = ["NEWS_AGENCIES", "is_agency"]

NEWS_AGENCIES = frozenset({
    "reuters", "bloomberg", "xinhua", "kyodo", "yonhap", "interfax", "anadolu", "bernama",
    "antara", "sputnik", "tass", "newswire", "prnewswire", "businesswire", "globenewswire",
    "agencies", "wires", "agence", "agencia", "agência", "agenzia", "nachrichtenagentur",
})  # fmt: skip


def is_agency(name: str) -> bool:
    """Whether a byline's ``name`` is a one-word news agency's ("Reuters", "XINHUA")."""
    return name.casefold() in NEWS_AGENCIES
