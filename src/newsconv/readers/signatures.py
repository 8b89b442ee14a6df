"""A story signed at its end, as both readers find it: a short closing line with the
reporter's name beside an e-mail address ("최윤호 기자 uknow@donga.com", where "기자" is
"reporter") or before the word for reporter alone ("최윤호 기자")."""

from __future__ import annotations

import re

__all__ = ["CLOSING_LINES", "EMAIL_OR_URL", "ROLE_AFTER", "SIGNATURE_CHARS", "signing_name"]

#: An e-mail address, a link or a handle, which a byline's names end before.
EMAIL_OR_URL = re.compile(r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+|(?:^|\s)@\S+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
#: The word for "reporter" that follows a name in Korean, Chinese and Japanese bylines
#: ("최윤호 기자", "记者 张伟" puts it first, where the by-words take it).
ROLE_AFTER = re.compile(r"\s*(?:기자|특파원|记者|記者|特派員)$")
#: How many of an article's last paragraphs may sign it, and how long such a line is.
CLOSING_LINES, SIGNATURE_CHARS = 3, 80
#: A name signed with the word for reporter alone has at most so many words ("최윤호",
#: "Kim Min-ji"): a longer line ending in the word is a sentence's.
_ROLE_NAME_WORDS = 2
_CLEAN = " =/()[]<>"


def signing_name(text: str) -> str | None:
    """The name a story's closing ``text`` signs with, or ``None`` when it signs none: a
    short line holding an e-mail address and, besides it and the word for reporter, only
    capitalised words (or words of a script without capitals); or such a name of at most
    two words and the word for reporter with no address."""
    if len(text) > SIGNATURE_CHARS:
        return None
    if _EMAIL.search(text):
        rest = " ".join(EMAIL_OR_URL.sub(" ", text).split()).strip(_CLEAN)
        rest = ROLE_AFTER.sub("", rest)
    elif ROLE_AFTER.search(text):
        rest = ROLE_AFTER.sub("", text).strip(_CLEAN)
        if rest.count(" ") >= _ROLE_NAME_WORDS:
            return None
    else:
        return None
    if rest and all(word[:1].isupper() or not word[:1].isascii() for word in rest.split()):
        return rest
    return None
