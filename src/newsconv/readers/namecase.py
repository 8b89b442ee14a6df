"""A person's name printed in capitals, written as people write it.

Bylines are often set in capitals by the page's style or typed so by a wire ("By SHAWN
POGATCHNIK"); the name is "Shawn Pogatchnik". Only a name with no lower-case letter at
all is recased: one already in mixed case ("Laure BRETTON", "danah boyd", "McDonald") is
as its owner or the page wrote it. Each word takes a capital and lower-case letters after
it, with the conventions of names kept: every part of a hyphenated name ("Jean-Pierre"),
the letter after a one-letter prefix and an apostrophe ("O'Brien", "D'Angelo"), "Mc"
("McDonald") and "Mac" before the consonants Gaelic names follow it with ("MacLeod",
"MacDonald"; "Machado", "Maciej", "Mackay" stay: no rule tells "Macleod" from those, so
only the letters that do not begin other names take the capital), particles inside a name
in lower case ("van der Berg", "de la Cruz"), initials ("J.R.R.") and Roman numerals
("III") in capitals, and a word without a vowel, an initialism ("DJ", "TJ"), as printed.

Where the rules cannot tell ("MACINTYRE" is MacIntyre or Macintyre, "MACKENZIE" MacKenzie
or Mackenzie; "Macias", "Macy", "Mack" and "Machado" take no capital after "Mac"), the page
may: a reader that has the page's text gives it, and a name the page also writes in mixed
case (an author's box, a link to the author's page) is written so.

nameparser's ``capitalize()`` was weighed: it knows more particles, but recases "MACIEJ",
"MACHADO" and "MACHIN" as "MacIej", "MacHado", "MacHin" (its "Mac" rule takes any letter),
and it is a parser of 2.5 MB for what these rules do.
"""

from __future__ import annotations

import re

__all__ = ["needs_page", "written_name"]

#: Particles written in lower case inside a name (never as its first or last word): Dutch,
#: German, French, Spanish, Portuguese, Scandinavian, Arabic. Italian ones ("Di Maio",
#: "Del Piero") and Arabic "al", "el" are as often capitalised, and stay so.
_PARTICLES = frozenset({
    "van", "von", "der", "den", "de", "del", "des", "du", "da", "das", "do", "dos", "ter",
    "ten", "zu", "af", "bin", "ibn", "y",
})  # fmt: skip
#: Articles in lower case only after a particle ("de la Cruz"; "Ursula Le Guin").
_ARTICLES = frozenset({"la", "las", "los", "le"})
#: Initials, each with its dot ("J.R.R.", "J.-P."), but not a dotted abbreviation ("JR.").
_INITIALS = re.compile(r"(?:\w\.-?)+")
#: Roman numerals after a name ("Henry Ford II"), kept in capitals.
_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)\.?")
#: A word's letters with the vowels of Latin, Greek and Cyrillic scripts.
_VOWELS = frozenset("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝŒΑΕΗΙΟΥΩΆΈΉΊΌΎΏАЕЁИОУЫЭЮЯІЇЄ")
#: "Mac" and the consonants Gaelic names follow it with (MacDonald, MacFarlane, MacGregor,
#: MacLeod, MacMillan, MacNeil, MacPherson, MacQueen, MacTavish), three letters after it.
_MAC = re.compile(r"^(MAC)([DFGLMNPQT]\w{2,})$")
_MC = re.compile(r"^(MC)(\w{2,})$")
#: One-letter prefixes an apostrophe joins to a name ("O'Brien", "D'Arcy", "N'Golo").
_APOSTROPHE = re.compile(r"^(\w)(['’])(\w+)$")
#: Surnames without a vowel, which the initialism rule would keep in capitals.
_VOWELLESS_NAMES = frozenset({"NG"})


def written_name(name: str, page_text: str = "") -> str:
    """``name`` as people write it when it is printed all in capitals (see the module's
    docstring): as ``page_text`` (the text of the page it was read from) writes it in
    mixed case, else by the rules; any other name unchanged."""
    words = name.split()
    if len(words) < 2 or not all(word.isupper() for word in words):
        return name  # one word in capitals is an agency's or a pen name ("AFP", "ANSA")
    if page_text and (spelled := _spelled(words, page_text)):
        return spelled
    written: list[str] = []
    for index, word in enumerate(words):
        folded = word.casefold()
        inner = 0 < index < len(words) - 1
        after_particle = index > 0 and written[-1] in _PARTICLES
        if inner and (folded in _PARTICLES or (folded in _ARTICLES and after_particle)):
            written.append(folded)
        else:
            written.append("-".join(map(_part, word.split("-"))))
    return " ".join(written)


def needs_page(name: str) -> bool:
    """Whether :func:`written_name` would recase ``name``, so the page's text may help."""
    words = name.split()
    return len(words) >= 2 and all(word.isupper() for word in words)


def _spelled(words: list[str], text: str) -> str | None:
    """The name of ``words`` as ``text`` writes it in mixed case, word for word, the first
    time it does."""
    if words[-1].lower() not in text.lower():
        return None  # the usual answer, found without a regex over the whole text
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)"
    for found in re.finditer(pattern, text, re.IGNORECASE):
        spelled = " ".join(found[0].split())
        if not spelled.isupper() and not spelled.islower():
            return spelled
    return None


def _part(part: str) -> str:
    letters = [ch for ch in part if ch.isalpha()]
    if len(letters) <= 1 or _INITIALS.fullmatch(part) or _ROMAN.fullmatch(part):
        return part
    if _VOWELS.isdisjoint(letters) and not part.endswith(".") and part not in _VOWELLESS_NAMES:
        return part  # an initialism ("DJ"), not an abbreviation ("JR.")
    if found := _APOSTROPHE.match(part):
        return found[1] + found[2] + _capital(found[3])
    if found := _MC.match(part) or _MAC.match(part):
        return _capital(found[1]) + _capital(found[2])
    return _capital(part)


def _capital(word: str) -> str:
    return word[:1] + word[1:].lower()
