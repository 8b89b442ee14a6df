"""What a text-mode browser adds to a page it dumps as text: numbered links and their list,
and placeholders for what it cannot show.

``lynx -dump``, ``elinks -dump`` and ``w3m -dump -o display_link_number=1``, the usual
way scripts turn pages into text, print each link's number before its text ("[12]World")
and list the numbers' addresses at the end, under a header ("References", "Visible
links:"), one a line ("  12. https://…", "[12] https://…"). The list is no part of the
article, and the numbers glued to its words would part them from the words the lede and
the headline share; both go here, before the text is cut into lines.

A text holds such a list when its last rows are numbered addresses; only the numbers that
list gives are taken out of the text, so a footnote's "[3]" with no address stays.

lynx prints the page's ``<link>`` elements (feeds, alternates, the next page) as the dump's
first rows, after a "#": "#[1]Silicon Exposed - Atom [2]Silicon Exposed - RSS". They are
the page's head, not its text, and go with the list (:func:`link_list`).

lynx also stands in for what it cannot show: a frame by its address ("IFRAME: https://…"
on a line of its own), a picture without a description by its file's name
("[0412-storm.jpg]"), a button by "(BUTTON)" before its label, a formula by its MathML
("[MATH: <semantics> … :MATH]"). No page shows these in
its own text; they go too (:func:`without_placeholders`), from a text lynx wrapped (it
always does) and so only from such texts: a browser's copy is spared the search.
"""

from __future__ import annotations

import re

#: A row of the list: a link's number and its address (a scheme's name and a colon, or a
#: slash, first: "https://…", "file:///…", "mailto:…"), as lynx and elinks ("  12. https://…")
#: or w3m ("[12] https://…") print it. lynx prints an address's spaces as they are.
_LISTED = re.compile(r" *(?:(\d+)\.|\[(\d+)\]) +(?:[a-zA-Z][\w+.-]*:|/)\S")
#: The headers over the list or its parts, as the browsers print them whatever the page's
#: language ("References", "Visible links:", "Hidden links:"), a colon aside.
HEADERS = frozenset({"references", "visible links", "hidden links", "links"})
#: What lynx prints over the list of an image map's links, above the map's address.
_IMAGE_MAP = "[USEMAP]"
_ADDRESS = re.compile(r"(?:[a-zA-Z][\w+.-]*:|/)\S*")
#: Fewer listed links than this are taken for a numbered list of the page's own.
MIN_LISTED = 3
#: How many characters from the end the list's last row is looked for in: most texts end
#: in no such row, and the test costs one regex over their tail.
TAIL = 500
_NUMBER = re.compile(r"\[(\d+)\]")
#: The file names of pictures, by their endings.
_PICTURES = ("jpg", "jpeg", "png", "gif", "svg", "webp")
#: What lynx prints for a frame, a picture without a description, a button's kind. A
#: frame's address too long for the row goes on the rows under "IFRAME:", broken where the
#: column fell; a picture's name may carry its address's query ("[49530028.jpg?t=14851]"),
#: which lynx breaks over rows too ("[im.gif?data=YWVj…" / "ZiOW…]"), and a picture given
#: in its address (a ``data:`` URI) is named by its data ("[gif;base64,R0lGOD…" / "…Ow==]").
#: A formula in MathML is its markup, tags and all, between "[MATH:" and ":MATH]".
_PLACEHOLDER = re.compile(
    r"^[ \t]*IFRAME:(?: \S*|(?:\n[ \t]*\S+)+)[ \t]*$|\(BUTTON\) ?|(?s:\[MATH: .*?:MATH\])"
    rf"|\[[^\[\]\s]+\.(?:{'|'.join(_PICTURES)})(?:\?[^\[\]\s]*(?:\n[ \t]*[^\[\]\s]+)*)?\]"
    r"|\[[\w+.-]+;base64,[^\[\]\s]*(?:\n[ \t]*[^\[\]\s]+)*\]",
    re.MULTILINE | re.IGNORECASE,
)
#: What w3m prints for a picture without a description (an empty ``alt`` too): its file's
#: name without the ending, cut to as many characters as the picture is wide ("[Autorin_Je]",
#: "[20SKIN-BEA]", a 60-pixel avatar's "[d442840]", "[Verizon_CTO_with_iPad_270x360]"). Only
#: such a name, holding a letter and a digit, "_" or "-" (a digit or "_" under ten
#: characters), is told from a bracket of the text's own ("[sic]", "[2019-05-12]",
#: "[Laughter.]", "[JSON-LD]", "a[arr_index]"). It opens with the bracket and looks back
#: past it for a word's character: the regex engine then skips to the brackets in C, where
#: a pattern opening with the look back is tried at every character (20 times slower).
_CUT_PICTURE_NAME = re.compile(r"\[(?<!\w\[)(?=[\w-]*[a-zA-Z])(?=[\w-]*[\d_-])[\w-]{10,}\](?!\() ?")
#: What every text holding a placeholder holds: most texts are spared the regex. One
#: search finds any of them; a search for each clue in turn read the text once a clue, at
#: three times the cost.
_PLACEHOLDER_CLUE = re.compile(
    "|".join(
        re.escape(clue)
        for clue in (
            "IFRAME: ",
            ";base64,",
            "(BUTTON)",
            "[MATH: ",
            *(
                f".{ending}{end}"
                for picture in _PICTURES
                for ending in (picture, picture.upper())
                for end in "]?"
            ),
        )
    )
)


def link_list(text: str) -> tuple[str, frozenset[str]]:
    """``text`` without a text-mode browser's list of links at its end, and the numbers
    that list gives (see the module's docstring); ``text`` and none when it has no list.
    The numbers stay in the text: the browser wrapped its rows with them in
    (:func:`without_numbers` takes them out)."""
    if not _LISTED.match(text[-TAIL:].rstrip().rpartition("\n")[2]):
        return text, frozenset()
    rows = text.rstrip().split("\n")
    numbers: set[str] = set()
    end = len(rows)
    while end:
        listed = _listed_above(rows, end, numbers)
        if listed == end:
            break
        end = _above_header(rows, listed)
        if end == listed:
            break
    if len(numbers) < MIN_LISTED:
        return text, frozenset()
    return "\n".join(rows[_head_links_end(rows, numbers) : end]), frozenset(numbers)


def _head_links_end(rows: list[str], numbers: set[str]) -> int:
    """Where the rows of the page's ``<link>`` elements end, when the dump opens with them
    (see the module's docstring): the first blank row under a first row of "#" and a listed
    link ("   #[1]alternate [2]alternate"); else 0."""
    first = next((index for index, row in enumerate(rows) if row.strip()), len(rows))
    if first == len(rows) or not rows[first].lstrip().startswith("#["):
        return 0
    number = _NUMBER.match(rows[first].lstrip(), 1)
    if number is None or number[1] not in numbers:
        return 0
    return next((index for index in range(first, len(rows)) if not rows[index].strip()), 0)


def without_numbers(text: str, numbers: frozenset[str]) -> str:
    """``text`` without the link numbers ("[12]") among ``numbers``; a "[7]" the list
    does not give (a footnote) stays."""
    if not numbers:
        return text
    return _NUMBER.sub(lambda found: "" if found[1] in numbers else found[0], text)


def _listed_above(rows: list[str], end: int, numbers: set[str]) -> int:
    """Where the run of listed links (and blank rows) that ends at ``end`` starts; the
    numbers it lists are added to ``numbers``."""
    start = end
    while start:
        row = rows[start - 1]
        if (listed := _LISTED.match(row)) is not None:
            numbers.add(listed[1] or listed[2])
        elif row.strip():
            break
        start -= 1
    return start


def _above_header(rows: list[str], start: int) -> int:
    """``start`` moved above the list's header when the row there is one of the
    headers the browsers print (:data:`HEADERS`), or the head of an image map's list
    (lynx lists a map's links apart, under "[USEMAP]" and the map's address)."""
    if start and rows[start - 1].strip().rstrip(":").casefold() in HEADERS:
        return start - 1
    if start > 1 and rows[start - 2] == _IMAGE_MAP and _ADDRESS.fullmatch(rows[start - 1]):
        return start - 2
    return start


def without_placeholders(text: str) -> str:
    """``text`` without what lynx prints in place of frames, pictures without a
    description and buttons' kinds (see the module's docstring), nor w3m's cut names of
    pictures without a description (:data:`_CUT_PICTURE_NAME`). Each row stays a row,
    however many a placeholder took."""
    if _PLACEHOLDER_CLUE.search(text):
        text = _PLACEHOLDER.sub(_rows_kept, text)
    return _CUT_PICTURE_NAME.sub("", text)


def _rows_kept(found: re.Match[str]) -> str:
    """What a placeholder leaves: the line breaks it spanned."""
    return "\n" * found[0].count("\n")
