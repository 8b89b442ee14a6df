"""Lazily parsed hyphenation dictionaries break words exactly where pyphen's own do."""

from __future__ import annotations

import random

import pyphen
import pytest

import newsconv
from newsconv.build import para
from newsconv.model import Document, Metadata
from newsconv.writers.hyphenation import LazyHyphDict, lazy_hyphenation

WORDS = {
    "en": ["hyphenation", "extraordinarily", "newspaper", "correspondents", "a"],
    "de": ["Donaudampfschifffahrtsgesellschaft", "Zeitungsartikel", "Bahnhof", "Straße"],
    "fr": ["anticonstitutionnellement", "journalisme", "aujourd'hui"],
    "ru": ["достопримечательность", "корреспондент", "газета"],
    "hu": ["asszonnyal", "összefoglaló", "megszentségteleníthetetlenségeskedéseitekért"],
    "ca": ["paral·lel", "col·lecció", "setmanari"],
    "af": ["koerantberig", "onafhanklikheidsverklaring"],
    "cs": ["nejneobhospodařovávatelnějšími", "zpravodajství"],
    "es": ["electroencefalografista", "periodismo"],
}


def _same(words: list[str], path: object) -> None:
    plain, lazy = pyphen.HyphDict(path), LazyHyphDict(path)
    for word in words:
        expected, got = plain.positions(word), lazy.positions(word)
        assert got == expected, word
        assert [point.data for point in got] == [point.data for point in expected], word


def _made_of_patterns(path: object, count: int) -> list[str]:
    """Words glued from a dictionary's own patterns, so that many of them apply."""
    letters = [key.strip(".") for key in pyphen.HyphDict(path).patterns if key.strip(".")]
    rng = random.Random(path.name)  # type: ignore[attr-defined]
    return ["".join(rng.choices(letters, k=3)) for _ in range(count)]


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_real_words_break_where_pyphen_breaks_them(lang: str) -> None:
    # af escapes characters as ^^hh; ca and hu have nonstandard breaks (l·l → l-l, ssz → sz-sz)
    path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
    _same(WORDS[lang] + _made_of_patterns(path, 200), path)


@pytest.mark.slow
@pytest.mark.parametrize("path", sorted(set(pyphen.LANGUAGES.values())), ids=lambda p: p.name)
def test_every_dictionary_pyphen_ships_gives_pyphens_breaks(path: object) -> None:
    _same(_made_of_patterns(path, 300), path)


def test_pyphen_is_itself_again_after_the_layout() -> None:
    original = pyphen.HyphDict
    with lazy_hyphenation():
        assert pyphen.HyphDict is LazyHyphDict
    assert pyphen.HyphDict is original


def test_a_pdf_loads_its_language_lazily() -> None:
    path = pyphen.LANGUAGES[pyphen.language_fallback("de")]
    pyphen.hdcache.pop(path, None)
    text = "Die Donaudampfschifffahrtsgesellschaft veröffentlicht heute ihren Jahresbericht. " * 9
    doc = Document(Metadata(title="Bericht", lang="de"), (para(text),))
    assert newsconv.write(doc, to="pdf").startswith(b"%PDF-")
    assert isinstance(pyphen.hdcache[path], LazyHyphDict)
