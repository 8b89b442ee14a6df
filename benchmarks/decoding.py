"""Encoding detection on undeclared legacy-encoded text: newsconv beside charset-normalizer.

    .venv/bin/python benchmarks/decoding.py [--corpus ../shared/corpus] [-v]

Pages declare their encoding; text files do not, and neither do some old pages. This
takes every corpus article (``textdumps/``, ``multilingual/`` and the seed's expected body
text), guesses its language, and writes it in each legacy encoding that language was
written in (windows-125x, ISO-8859, KOI8, Shift_JIS, EUC, GB18030, Big5, Mac), cut to
300, 1,000 and 3,000 characters. Each cut that is not also valid UTF-8 is decoded with no
label by :func:`newsconv.encoding.decode` and by charset-normalizer's best guess alone;
a decoding is right when it gives back the text exactly. ``-v`` lists every wrong one.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from newsconv.encoding import decode
from newsconv.language import detect_language

PROJECT = Path(__file__).resolve().parent.parent
CUTS = (300, 1000, 3000)
#: The encodings each language's text is written in here, by detect_language's codes.
WESTERN = ("cp1252", "iso-8859-1", "iso-8859-15", "mac-roman")
CENTRAL = ("cp1250", "iso-8859-2")
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


def articles(corpus: Path) -> Iterator[tuple[str, str]]:
    """(name, body text) of every corpus article with a body."""
    for part in ("textdumps", "multilingual"):
        for expected in sorted((corpus / part).glob("*/expected.json")):
            body = str(json.loads(expected.read_text("utf-8")).get("body_text") or "")
            if body.strip():
                yield f"{part}/{expected.parent.name}", body
    seed = json.loads((corpus / "seed" / "expected.json").read_text("utf-8"))
    yield "seed", "\n".join(seed["body_paragraphs"])


def cases(corpus: Path) -> Iterator[tuple[str, str, int, str, bytes]]:
    """(article, encoding, cut, text, bytes) of each cut that decoding has to guess."""
    for name, body in articles(corpus):
        text = "\n".join(line for line in body.splitlines() if line.strip())
        for codec in ENCODINGS.get(detect_language(text) or "", ()):
            for cut in CUTS:
                piece = text[:cut]
                if len(piece) < cut:
                    break
                try:
                    data = piece.encode(codec)
                    data.decode("utf-8")
                except UnicodeEncodeError:
                    break  # a character the encoding lacks: this article is not for it
                except UnicodeDecodeError:
                    yield name, codec, cut, piece, data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=PROJECT.parent / "shared" / "corpus")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    tried: Counter[str] = Counter()
    wrong: dict[str, Counter[str]] = {"newsconv": Counter(), "charset-normalizer": Counter()}
    for name, codec, cut, text, data in cases(args.corpus):
        tried[codec] += 1
        best = from_bytes(data).best()
        guesses = {
            "newsconv": decode(data)[0],
            "charset-normalizer": str(best) if best is not None else "",
        }
        for system, guess in guesses.items():
            if guess != text:
                wrong[system][codec] += 1
                if args.verbose:
                    print(f"    {system:18} wrong: {name} in {codec}, {cut} characters")
    print("| encoding | texts | newsconv wrong | charset-normalizer wrong |")
    print("| --- | ---: | ---: | ---: |")
    ours, theirs = wrong["newsconv"], wrong["charset-normalizer"]
    for codec, count in tried.items():
        print(f"| {codec} | {count} | {ours[codec]} | {theirs[codec]} |")
    print(f"| all | {tried.total()} | {ours.total()} | {theirs.total()} |")


if __name__ == "__main__":
    main()
