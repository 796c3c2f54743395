"""Remote translation backends against a local stand-in server, and the service's fallbacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from inference.translation.remote import RemoteTranslator
from inference.translation.service import TranslationService
from inference.translation.settings import TranslationSettings
from tests.support.translation import TranslationStandIn, build_tiny_weights


@pytest.fixture
def stand_in():
    with TranslationStandIn() as server:
        yield server


@pytest.fixture(scope="module")
def tiny_weights(tmp_path_factory) -> Path:
    return build_tiny_weights(tmp_path_factory.mktemp("tiny-translate"))


def remote(server: TranslationStandIn, backend: str, **kwargs) -> RemoteTranslator:
    url = server.google_url if backend == "google" else server.indictrans2_url
    options = {"timeout_seconds": 0.5, "retries": 1, "backoff_seconds": 0.01, **kwargs}
    return RemoteTranslator(backend, url, api_key="secret", **options)


async def test_google_v2_request_and_answer(stand_in: TranslationStandIn) -> None:
    out = await remote(stand_in, "google").translate(["a dog", "", "two cats"], "ta")
    assert out == ["[ta] a dog", "", "[ta] two cats"]
    (request,) = stand_in.requests
    assert request["body"] == {"q": ["a dog", "two cats"], "source": "en", "target": "ta", "format": "text"}
    assert request["query"] == {"key": "secret"}


async def test_indictrans2_request_and_answer(stand_in: TranslationStandIn) -> None:
    out = await remote(stand_in, "indictrans2").translate(["a dog"], "or")
    assert out == ["[ory_Orya] a dog"]
    (request,) = stand_in.requests
    assert request["body"] == {"sentences": ["a dog"], "src_lang": "eng_Latn", "tgt_lang": "ory_Orya"}
    assert request["auth"] == "Bearer secret"


@pytest.mark.parametrize("backend", ["google", "indictrans2"])
@pytest.mark.parametrize("mode", ["error500", "timeout", "bad_json", "wrong_count"])
async def test_failures_give_none_after_retrying(stand_in: TranslationStandIn, backend: str, mode: str) -> None:
    stand_in.mode = mode
    stand_in.delay_seconds = 2.0
    assert await remote(stand_in, backend).translate(["a dog"], "hi") is None
    assert len(stand_in.requests) == 2  # one retry


async def test_a_transient_500_is_retried(stand_in: TranslationStandIn) -> None:
    stand_in.mode = "flaky"
    assert await remote(stand_in, "google").translate(["a dog"], "bn") == ["[bn] a dog"]
    assert len(stand_in.requests) == 2


async def test_unreachable_server_gives_none() -> None:
    translator = RemoteTranslator("google", "http://127.0.0.1:9/v2", timeout_seconds=0.5, retries=0)
    assert await translator.translate(["a dog"], "hi") is None


def settings_for(server: TranslationStandIn, **overrides) -> TranslationSettings:
    values = {"backend": "indictrans2", "backend_url": server.indictrans2_url, "timeout_seconds": 0.5, "retries": 0}
    return TranslationSettings(**{**values, **overrides})


async def test_settings_come_from_the_environment(monkeypatch, stand_in: TranslationStandIn, tmp_path: Path) -> None:
    monkeypatch.setenv("TRANSLATION_BACKEND", "google")
    monkeypatch.setenv("TRANSLATION_BACKEND_URL", stand_in.google_url)
    monkeypatch.setenv("TRANSLATION_API_KEY", "k")
    monkeypatch.setenv("TRANSLATION_TIMEOUT_SECONDS", "1.5")
    service = TranslationService.from_env(tmp_path / "missing")
    assert service.offline_languages() == set()
    assert service.remote is not None and service.remote.timeout_seconds == 1.5
    assert await service.translate(["a dog"], "kn") == ["[kn] a dog"]


async def test_no_backend_means_none_not_a_fake(tmp_path: Path) -> None:
    service = TranslationService.from_env(tmp_path / "missing", TranslationSettings(backend=None))
    assert await service.translate(["a dog"], "ta") is None
    assert await service.translate_hashtags(["#dog"], "ta") is None
    assert await service.translate(["a dog"], "en") == ["a dog"]


async def test_offline_model_first_remote_for_other_languages(stand_in: TranslationStandIn, tiny_weights: Path) -> None:
    service = TranslationService.from_env(tiny_weights, settings_for(stand_in))
    assert service.offline_languages() == {"hi", "ta"}
    offline = await service.translate(["a dog runs"], "ta")
    assert offline is not None and not offline[0].startswith("[")
    assert stand_in.requests == []
    assert await service.translate(["a dog runs"], "gu") == ["[guj_Gujr] a dog runs"]


async def test_prefer_remote_falls_back_to_offline_when_remote_fails(stand_in: TranslationStandIn, tiny_weights: Path) -> None:
    service = TranslationService.from_env(tiny_weights, settings_for(stand_in, prefer_remote=True))
    assert await service.translate(["a dog runs"], "hi") == ["[hin_Deva] a dog runs"]
    stand_in.mode = "error500"
    fallback = await service.translate(["a dog runs"], "hi")
    assert fallback is not None and len(fallback) == 1 and not fallback[0].startswith("[")


async def test_remote_failure_without_offline_model_is_none(stand_in: TranslationStandIn, tmp_path: Path) -> None:
    stand_in.mode = "bad_json"
    service = TranslationService.from_env(tmp_path, settings_for(stand_in))
    assert await service.translate(["a dog"], "mr") is None


async def test_lexicon_only_language_gets_hashtags_but_no_caption(tmp_path: Path) -> None:
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "en-kn.tsv").write_text("en\txx\nmask\tಮುಖಗವಸು\nhand wash\tಕೈ ತೊಳೆಯುವುದು\n", encoding="utf-8")
    service = TranslationService.from_env(tmp_path, TranslationSettings(backend=None))
    assert await service.translate(["a man wearing a mask"], "kn") is None
    assert await service.translate_hashtags(["#mask", "#masks", "#HandWash", "#dog"], "kn") == ["#ಮುಖಗವಸು", "#ಕೈತೊಳೆಯುವುದು"]
