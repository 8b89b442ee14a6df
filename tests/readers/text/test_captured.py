"""When the page was saved anchors the dates a text copy writes relative to it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from tests.samples import RELATIVE_DATE_PAGE as PAGE

import newsconv
from newsconv.errors import OptionError

MSK = timezone(timedelta(hours=3))


def read(**options: object) -> newsconv.Document:
    return newsconv.read(PAGE.encode(), format="text", options=options)


def test_yesterday_counts_from_when_the_page_was_saved() -> None:
    doc = read(captured=datetime(2021, 5, 20, 9, 0, tzinfo=MSK))
    assert doc.metadata.title == "Мост закроют для машин на два года"
    assert doc.metadata.published == datetime(2021, 5, 19, 18, 30, tzinfo=MSK)
    assert "вчера" not in newsconv.write(doc, to="txt").decode()


def test_without_an_anchor_a_relative_date_is_not_guessed() -> None:
    assert read().metadata.published is None


def test_the_anchor_comes_from_the_command_line_as_iso_8601() -> None:
    published = read(captured="2021-05-20T09:00:00+03:00").metadata.published
    assert published == datetime(2021, 5, 19, 18, 30, tzinfo=MSK)
    with pytest.raises(OptionError, match="captured"):
        read(captured="the day before")


#: An Arabic news page copied as text, dated only "two hours ago" (a dual, with no digit).
ARABIC_PAGE = """الرئيسية
أخبار
اقتصاد
رياضة
ثقافة

البنك المركزي يرفع أسعار الفائدة للمرة الثالثة هذا العام
منذ ساعتين

قرر البنك المركزي رفع سعر الفائدة الرئيسي بمقدار نصف نقطة مئوية، في خطوة تهدف إلى كبح \
التضخم الذي بلغ أعلى مستوياته منذ عقدين، وفق بيان صدر عقب اجتماع لجنة السياسة النقدية.

وقال محافظ البنك في مؤتمر صحفي إن اللجنة ستواصل مراقبة الأسعار عن كثب، وإنها مستعدة \
لاتخاذ مزيد من الإجراءات إذا استمرت الضغوط التضخمية خلال الأشهر المقبلة.

وأضاف أن ارتفاع أسعار الغذاء والطاقة كان المحرك الرئيسي للتضخم، مشيرا إلى أن البنك \
يتوقع أن تبدأ الأسعار في التراجع تدريجيا مع نهاية العام المقبل.

اقرأ أيضا
من نحن
اتصل بنا
"""


def test_a_time_counted_back_in_words_dates_the_page() -> None:
    doc = newsconv.read(
        ARABIC_PAGE.encode(), format="text", options={"captured": "2023-11-06T14:00:00+03:00"}
    )
    assert doc.metadata.published == datetime(2023, 11, 6, 12, 0, tzinfo=MSK)
    text = newsconv.write(doc, to="txt").decode()
    assert "منذ ساعتين" not in text and "الرئيسية" not in text
