"""Language detection: the float32 copy of py3langid's model guesses as the model does."""

from __future__ import annotations

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from newsconv.language import _identifier, detect_language

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
def test_the_float32_copy_scores_as_the_stored_model(
    lang: str, stored_model: LanguageIdentifier
) -> None:
    expected_code, expected_probability = stored_model.classify(SAMPLES[lang])
    code, probability = _identifier().classify(SAMPLES[lang])
    assert code == expected_code
    assert probability == pytest.approx(expected_probability, abs=1e-6)
    assert detect_language(SAMPLES[lang]) == lang


def test_weights_are_kept_as_float32() -> None:
    assert str(_identifier().nb_ptc.dtype) == "float32"
