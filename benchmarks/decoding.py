"""Encoding detection on undeclared legacy-encoded inputs: newsconv beside charset-normalizer.

    .venv/bin/python benchmarks/decoding.py [--corpus ../shared/corpus] [-v]

Pages declare their encoding; text files do not, and neither do some old pages. Each
corpus article's language is guessed from its expected body, and the input is written in
each legacy encoding that language was written in (windows-125x, ISO-8859, KOI8, Shift_JIS,
EUC, GB18030, Big5, Mac), with no label:

* texts: the expected body of every article (``textdumps/``, ``multilingual/``, the seed),
  cut to 300, 1,000 and 3,000 characters;
* pages: every ``readability/`` and ``multilingual/`` page whole, its charset declarations
  taken out.

Each input that is not also valid UTF-8 (nor lacks a character of the encoding) is
decoded by :func:`newsconv.encoding.decode` and by charset-normalizer's best guess alone;
a decoding is right when it gives back the input exactly. ``-v`` lists every wrong one.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from newsconv.encoding import decode
from newsconv.language import detect_language

PROJECT = Path(__file__).resolve().parent.parent
CUTS = (300, 1000, 3000)
WESTERN = ("cp1252", "iso-8859-1", "iso-8859-15", "mac-roman")
CENTRAL = ("cp1250", "iso-8859-2")
#: The encodings each language's inputs are written in here, by detect_language's codes.
ENCODINGS = {
    **dict.fromkeys(("en", "fr", "de", "es", "pt", "it", "nl"), WESTERN),
    **dict.fromkeys(("cs", "sk", "pl", "hu"), CENTRAL),
    "ru": ("cp1251", "koi8-r", "cp866", "iso-8859-5", "mac-cyrillic"),
    "uk": ("cp1251", "koi8-u"),
    "el": ("cp1253", "iso-8859-7"),
    "tr": ("cp1254", "iso-8859-9"),
    "he": ("cp1255", "iso-8859-8"),
    "ar": ("cp1256", "iso-8859-6"),
    "lv": ("cp1257", "iso-8859-13"),
    "lt": ("cp1257", "iso-8859-13"),
    "th": ("cp874",),
    "ja": ("shift_jis", "euc-jp", "iso-2022-jp"),
    "zh": ("gb18030", "big5"),
    "ko": ("euc-kr",),
}
#: A page's own charset declaration, taken out so that detection has to find it.
CHARSET_DECLARATION = re.compile(r"<meta\b[^>]*charset[^>]*>", re.IGNORECASE)

Case = tuple[str, str, str, bytes]  # (name, encoding, the input as text, its bytes)


def expected_body(case: Path) -> str:
    expected = json.loads((case / "expected.json").read_text("utf-8"))
    return str(expected.get("body_text") or "\n".join(expected.get("body_paragraphs", ())))


def encoded(name: str, text: str, language_of: str) -> Iterator[Case]:
    """``text`` in each encoding the language of ``language_of`` was written in, where it
    is not valid UTF-8 too and the encoding has all its characters."""
    for codec in ENCODINGS.get(detect_language(language_of) or "", ()):
        try:
            data = text.encode(codec)
            data.decode("utf-8")
        except UnicodeEncodeError:
            continue
        except UnicodeDecodeError:
            yield name, codec, text, data


def texts(corpus: Path) -> Iterator[Case]:
    articles = [*corpus.glob("textdumps/*/"), *corpus.glob("multilingual/*/"), corpus / "seed"]
    for case in sorted(articles):
        body = "\n".join(line for line in expected_body(case).splitlines() if line.strip())
        for cut in CUTS:
            if len(body) >= cut:
                yield from encoded(f"{case.parent.name}/{case.name}, {cut}", body[:cut], body)


def pages(corpus: Path) -> Iterator[Case]:
    for case in sorted([*corpus.glob("readability/*/"), *corpus.glob("multilingual/*/")]):
        page = (case / "input.html").read_bytes().decode("utf-8", errors="replace")
        undeclared = CHARSET_DECLARATION.sub("", page)
        yield from encoded(f"{case.parent.name}/{case.name}", undeclared, expected_body(case))


def tally(title: str, cases: Iterator[Case], verbose: bool) -> None:
    tried: Counter[str] = Counter()
    ours: Counter[str] = Counter()
    theirs: Counter[str] = Counter()
    for name, codec, text, data in cases:
        tried[codec] += 1
        best = from_bytes(data[:262144]).best()
        for wrong, system, guess in (
            (ours, "newsconv", decode(data)[0]),
            (theirs, "charset-normalizer", best and data.decode(best.encoding, "replace")),
        ):
            if guess != text:
                wrong[codec] += 1
                if verbose:
                    print(f"    {system} wrong: {name} in {codec}")
    print(f"### {title}\n")
    print("| encoding | inputs | newsconv wrong | charset-normalizer wrong |")
    print("| --- | ---: | ---: | ---: |")
    for codec, count in tried.items():
        print(f"| {codec} | {count} | {ours[codec]} | {theirs[codec]} |")
    print(f"| all | {tried.total()} | {ours.total()} | {theirs.total()} |\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=PROJECT.parent / "shared" / "corpus")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    tally("Texts, cut to 300, 1,000 and 3,000 characters", texts(args.corpus), args.verbose)
    tally("Whole pages, their charset declarations taken out", pages(args.corpus), args.verbose)


if __name__ == "__main__":
    main()
