"""E-mail addresses that Cloudflare hides from harvesters, read back.

Cloudflare's "email obfuscation" replaces every address on a page with "[email protected]"
and keeps the address in hex, each byte XORed with the first: in ``data-cfemail`` on the
element that shows it, and after ``/cdn-cgi/l/email-protection#`` in the link to it. A
browser's script puts the address back; a reader that runs none would show the placeholder.
"""

from __future__ import annotations

__all__ = ["PROTECTED_LINK", "hidden_address"]

#: The path of a link whose address follows its ``#``.
PROTECTED_LINK = "/cdn-cgi/l/email-protection#"


def hidden_address(code: str) -> str | None:
    """The address hidden in ``code``, or ``None`` when it hides none."""
    try:
        data = bytes.fromhex(code)
        address = bytes(byte ^ data[0] for byte in data[1:]).decode("utf-8")
    except (ValueError, IndexError):  # not hex, or not UTF-8 once read (UnicodeDecodeError)
        return None
    return address if "@" in address and address.isprintable() else None
