"""Language detection (CLD2) and text direction."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsconv.language import MIN_LETTERS, detect_language, direction_of

SAMPLES = {
    "en": "The city council voted on Tuesday to close the old bridge to cars after inspectors "
    "found cracks in two of its arches.",
    "ru": "Президент провёл встречу с министром иностранных дел в столице и обсудил с ним "
    "подготовку к саммиту.",
    "uk": "Міська рада у вівторок проголосувала за закриття старого мосту для автомобілів "
    "через тріщини в арках.",
    "fr": "Le conseil municipal a voté mardi la fermeture du vieux pont aux voitures après la "
    "découverte de fissures.",
    "de": "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Autos zu sperren, "
    "nachdem Risse gefunden wurden.",
    "ja": "市議会は火曜日、古い橋を車両通行止めにすることを決めました。点検で二つのアーチに"
    "ひびが見つかったためです。",
    "zh": "市议会周二投票决定对旧桥禁止汽车通行，理由是检查人员在两个拱门上发现了裂缝。",
    "zh-Hant": "市議會週二投票決定對舊橋禁止汽車通行，理由是檢查人員在兩個拱門上發現了裂縫。",
    "ar": "صوت مجلس المدينة يوم الثلاثاء على إغلاق الجسر القديم أمام السيارات بعد اكتشاف "
    "تشققات في قوسين.",
    "he": "מועצת העיר הצביעה ביום שלישי על סגירת הגשר הישן למכוניות לאחר שנמצאו סדקים בשתי הקשתות.",
    "ko": "시의회는 화요일 점검에서 아치 두 곳에 균열이 발견되자 오래된 다리의 차량 통행을 "
    "금지하기로 의결했다.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_a_paragraph_s_language_is_found(lang: str) -> None:
    assert detect_language(SAMPLES[lang]) == lang


def test_too_few_letters_is_no_guess() -> None:
    assert detect_language("12:30 — 3 : 1 " + "x" * (MIN_LETTERS - 1)) is None
    assert detect_language("") is None


def test_only_the_sample_is_read() -> None:
    text = SAMPLES["fr"] + " " + SAMPLES["de"] * 50
    assert detect_language(text, sample=len(SAMPLES["fr"])) == "fr"


@pytest.mark.parametrize(
    "odd", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\ud800", "\ufffe", "\U0010ffff"]
)
def test_characters_cld2_refuses_do_not_stop_a_guess(odd: str) -> None:
    assert detect_language(SAMPLES["en"].replace(" ", f" {odd}", 3)) == "en"


def test_the_first_guess_of_a_process_loads_no_model() -> None:
    """py3langid spent about a second decompressing its model before the first guess."""
    code = (
        "import time; from newsconv.language import detect_language\n"
        "start = time.process_time(); detect_language('The council voted to close the bridge.')\n"
        "print(time.process_time() - start)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(done.stdout) < 0.05


@pytest.mark.parametrize(
    ("tag", "direction"),
    [
        ("ar", "rtl"),
        ("he-IL", "rtl"),
        ("fa_IR", "rtl"),
        ("ckb", "rtl"),
        ("ku", "ltr"),  # Kurmanji, written in Latin letters
        ("ku-Arab", "rtl"),
        ("az-Arab-IR", "rtl"),
        ("ur-Latn", "ltr"),
        ("ha", "ltr"),
        ("en", "ltr"),
        ("zh-Hant-TW", "ltr"),
        ("", None),
        (None, None),
    ],
)
def test_direction_comes_from_the_script_else_the_language(
    tag: str | None, direction: str | None
) -> None:
    assert direction_of(tag) == direction
