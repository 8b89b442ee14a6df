"""Names printed in capitals, written as people write them (``readers/namecase.py``)."""

from __future__ import annotations

import pytest

from newsconv.readers.namecase import written_name


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        ("SHAWN POGATCHNIK", "Shawn Pogatchnik"),
        ("JOHN VAN DER BERG", "John van der Berg"),
        ("MARIA DE LA CRUZ", "Maria de la Cruz"),
        ("URSULA LE GUIN", "Ursula Le Guin"),
        ("RONALD MCDONALD", "Ronald McDonald"),
        ("ANGUS MACLEOD", "Angus MacLeod"),
        ("MACIEJ MACHADO", "Maciej Machado"),
        ("CONAN O'BRIEN", "Conan O'Brien"),
        ("ANNE-MARIE ROBERTS-GREY", "Anne-Marie Roberts-Grey"),
        ("J.R.R. TOLKIEN", "J.R.R. Tolkien"),
        ("MARTIN LUTHER KING JR.", "Martin Luther King Jr."),
        ("HENRY FORD II", "Henry Ford II"),
        ("TJ QUINN", "TJ Quinn"),
        ("NG JUN SEN", "Ng Jun Sen"),
        ("ИВАН ПЕТРОВ", "Иван Петров"),
        # as written: mixed case, one word (an agency's, a pen name), no capitals at all
        ("Laure BRETTON", "Laure BRETTON"),
        ("danah boyd", "danah boyd"),
        ("AFP", "AFP"),
        ("REUTERS", "REUTERS"),
        ("张伟", "张伟"),
    ],
)
def test_a_name_in_capitals_is_written_as_people_write_it(printed: str, written: str) -> None:
    assert written_name(printed) == written


@pytest.mark.parametrize(
    ("printed", "page", "written"),
    [
        (
            "ANGUS MACINTYRE",
            "By ANGUS MACINTYRE … Angus MacIntyre covers the council.",
            "Angus MacIntyre",
        ),
        ("JANE MACKENZIE", "Jane Mackenzie is our science editor.", "Jane Mackenzie"),
        ("MARIA DE LA CRUZ", "María? No: Maria De La Cruz writes the column.", "Maria De La Cruz"),
        # the page writes it only in capitals, or in lower case (an address): the rules
        ("ANGUS MACINTYRE", "BY ANGUS MACINTYRE, angus macintyre@example.org", "Angus Macintyre"),
        # a longer name holding the words is another person's
        ("ANN LEE", "Ann Leeson wrote this.", "Ann Lee"),
    ],
)
def test_a_name_in_capitals_is_written_as_the_page_writes_it(
    printed: str, page: str, written: str
) -> None:
    assert written_name(printed, page) == written
