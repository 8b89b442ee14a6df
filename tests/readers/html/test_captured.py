"""A page that dates itself only relative to today is dated from when it was saved."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import newsconv

MSK = timezone(timedelta(hours=3))

PARAGRAPH = (
    "<p>Городской совет во вторник решил закрыть старый мост для машин: обследование нашло "
    "глубокие трещины в двух из трёх его пролётов, и ремонт займёт около двух лет.</p>"
)
PAGE = f"""<!doctype html><html lang="ru"><head><title>Мост закроют</title></head><body>
<article><h1>Мост закроют для машин на два года</h1>
<div class="date">Вчера, 18:30</div>
{PARAGRAPH * 4}</article></body></html>"""


def test_yesterday_counts_from_when_the_page_was_saved() -> None:
    saved = datetime(2021, 5, 20, 9, 0, tzinfo=MSK)
    doc = newsconv.read(PAGE.encode(), format="html", options={"captured": saved})
    assert doc.metadata.published == datetime(2021, 5, 19, 18, 30, tzinfo=MSK)


def test_without_an_anchor_nothing_is_guessed() -> None:
    assert newsconv.read(PAGE.encode(), format="html").metadata.published is None
