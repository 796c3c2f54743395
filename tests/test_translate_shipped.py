"""The shipped translation weights: manifest integrity, size budget, and real translations in each script."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

import pytest

from inference.languages import LANGUAGES
from inference.translation.hashtags import in_script, is_valid_hashtag

WEIGHTS = Path(__file__).resolve().parent.parent / "inference" / "weights" / "translate"
pytestmark = pytest.mark.skipif(not (WEIGHTS / "model.npz").exists(), reason="no shipped translation weights")


def test_manifest_matches_files_and_budget() -> None:
    manifest = json.loads((WEIGHTS / "manifest.json").read_text())
    for name, entry in manifest["files"].items():
        assert hashlib.sha256((WEIGHTS / name).read_bytes()).hexdigest() == entry["sha256"], name
    total = sum(p.stat().st_size for p in WEIGHTS.rglob("*") if p.is_file())
    assert total <= 25 * 1024 * 1024


def script_share(text: str, script: str) -> float:
    letters = [ch for ch in text if unicodedata.category(ch).startswith("L")]
    return sum(in_script(ch, script) for ch in letters) / max(1, len(letters))


@pytest.fixture(scope="module")
def service(built_lexicons):
    from inference.translation.service import TranslationService
    from inference.translation.settings import TranslationSettings

    return TranslationService.from_env(WEIGHTS, TranslationSettings(backend=None, lexicon_dir=built_lexicons))


def test_dictionary_languages_are_not_offered_without_their_lexicons() -> None:
    """ta/te translate by dictionary; the repo cannot ship it, and the weaker sentence model must not stand in."""
    from inference.translation.service import TranslationService
    from inference.translation.settings import TranslationSettings

    bare = TranslationService.from_env(WEIGHTS, TranslationSettings(backend=None, lexicon_dir=None))
    assert {"hi", "bn", "ml"} <= bare.offline_languages()
    assert not {"ta", "te"} & bare.offline_languages()
    assert not list(WEIGHTS.glob("lexicon/*.tsv"))


@pytest.mark.parametrize("lang", ["hi", "bn", "ml", "ta", "te"])
async def test_captions_come_out_in_the_target_script(service, lang: str) -> None:
    captions = ["a dog running on the beach", "A man riding a horse in a field.", "two children 🎈 playing with a ball"]
    lines = await service.translate(captions, lang)
    assert lines is not None and len(lines) == 3
    for line in lines:
        assert script_share(line, LANGUAGES[lang].script) > 0.9, line
    assert lines[2].endswith("🎈")


@pytest.mark.parametrize("lang", ["hi", "ta", "te"])
async def test_hashtags_are_native_and_linkable(service, lang: str) -> None:
    tags = await service.translate_hashtags(["#dog", "#beach", "#sunset", "#travelgram", "#instagood"], lang)
    assert tags, lang
    assert all(is_valid_hashtag(tag, LANGUAGES[lang].script) for tag in tags)
