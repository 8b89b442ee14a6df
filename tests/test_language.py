"""Language detection: the laid-out copy of py3langid's model guesses as the model does,
and is cached; text direction."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from newsconv import language
from newsconv.cache import ENVIRONMENT_VARIABLE
from newsconv.language import _classify, _model, detect_language, direction_of

SAMPLES = {
    "en": "The city council voted on Tuesday to close the old bridge to cars.",
    "ru": "Президент провёл встречу с министром иностранных дел в столице.",
    "fr": "Le conseil municipal a voté mardi la fermeture du vieux pont aux voitures.",
    "ja": "市議会は火曜日、古い橋を車両通行止めにすることを決めました。",
    "zh": "市议会周二投票决定对旧桥禁止汽车通行，理由是调查发现裂缝。",
    "ar": "صوت مجلس المدينة يوم الثلاثاء على إغلاق الجسر القديم أمام السيارات.",
}


@pytest.fixture(scope="module")
def stored_model() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_the_laid_out_copy_scores_as_the_stored_model(
    lang: str, stored_model: LanguageIdentifier
) -> None:
    expected_code, expected_probability = stored_model.classify(SAMPLES[lang])
    code, probability = _classify(SAMPLES[lang])
    assert code == expected_code
    assert probability == pytest.approx(expected_probability, abs=1e-6)
    assert detect_language(SAMPLES[lang]) == lang


def test_a_sample_is_guessed_from_its_twentieth_letter_on() -> None:
    """Letters are counted only as far as the twenty a guess needs, however many figures
    and stops stand between them: with nineteen the sample is too short."""
    assert detect_language("2024, 18:30 — Президент провёл. Встре") == "ru"  # 20 letters
    assert detect_language("2024, 18:30 — Президент провёл. Встр") is None  # 19


@pytest.mark.parametrize("text", ["", "!!!", "12345", "THE CITY COUNCIL VOTED ON TUESDAY"])
def test_text_without_features_or_in_capitals_scores_as_the_stored_model(
    text: str, stored_model: LanguageIdentifier
) -> None:
    expected_code, expected_probability = stored_model.classify(text)
    code, probability = _classify(text)
    assert code == expected_code
    assert probability == pytest.approx(expected_probability, abs=1e-6)


@pytest.mark.parametrize("text", ["", "a", "abcde", " ".join(SAMPLES.values()) * 3])
def test_the_steps_on_all_bytes_at_once_are_those_of_a_walk(text: str) -> None:
    """The automaton's steps, found for all the bytes together from the last few bytes
    before each, are those a walk of the bytes one by one takes."""
    model = _model()
    data = language._encoded(text)
    walked, offset = [], model.start
    for byte in data:
        step = int(model.steps[offset + byte])
        walked.append(step)
        offset = step & ((1 << 32) - 1)
    assert language._steps(model, data).tolist() == walked


def test_weights_are_kept_as_float32() -> None:
    assert str(_model().weights.dtype) == "float32"


def test_the_laid_out_model_is_cached_and_read_back(tmp_path: Path) -> None:
    """The first process lays the model out and stores it; the next maps it from there
    without laying it out again, and guesses the same."""
    sample = SAMPLES["ru"]
    code = (
        "import json; from newsconv import language\n"
        "calls, lay_out = [], language._laid_out\n"
        "language._laid_out = lambda model: calls.append(model) or lay_out(model)\n"
        f"guess = language._classify({sample!r})\n"
        "print(json.dumps([len(calls), guess]))"
    )
    env = {**os.environ, ENVIRONMENT_VARIABLE: str(tmp_path)}
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(2)
    ]
    (entry,) = tmp_path.iterdir()
    assert entry.name.startswith("langid-")
    assert runs[0][1] == runs[1][1]
    assert [laid_out for laid_out, _ in runs] == [1, 0]


def test_a_damaged_cache_entry_is_done_without(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(tmp_path))
    language._model_arrays()
    (entry,) = tmp_path.iterdir()
    (entry / "weights.npy").write_bytes(b"not an array")
    arrays = language._model_arrays()
    assert str(arrays["weights"].dtype) == "float32"
    assert not entry.exists()  # the next run lays it out again


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
