"""Translation settings from the environment (documented in docs/translation.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

GOOGLE_V2_URL = "https://translation.googleapis.com/language/translate/v2"


class TranslationSettings(BaseSettings):
    """`TRANSLATION_*` variables. With no backend set, only the shipped offline models translate."""

    model_config = SettingsConfigDict(env_prefix="TRANSLATION_", extra="ignore")

    backend: Literal["google", "indictrans2"] | None = None  # TRANSLATION_BACKEND
    backend_url: str | None = None  # TRANSLATION_BACKEND_URL (google: defaults to the public v2 endpoint)
    api_key: SecretStr | None = None  # TRANSLATION_API_KEY (google: `key=`; indictrans2: Bearer token)
    timeout_seconds: float = 8.0  # TRANSLATION_TIMEOUT_SECONDS, per attempt
    retries: int = 2  # TRANSLATION_RETRIES: extra attempts after a timeout, 429/5xx or a malformed answer
    prefer_remote: bool = False  # TRANSLATION_PREFER_REMOTE: ask the remote first even where a model ships
    beam_size: int = 4  # TRANSLATION_BEAM_SIZE for the offline models
    # TRANSLATION_LEXICON_DIR: the word/phrase dictionaries that translate ta/te word by word and most native
    # hashtags. They are built from research-use data that the repository may not redistribute
    # (`python -m training.translate --lexicons-only --lexicon-out DIR`); without them ta/te are not offline.
    lexicon_dir: Path | None = None

    @field_validator("backend", "backend_url", "api_key", "lexicon_dir", mode="before")
    @classmethod
    def _blank_is_unset(cls, value):
        return None if isinstance(value, str) and not value.strip() else value

    def remote_url(self) -> str | None:
        if self.backend == "google":
            return self.backend_url or GOOGLE_V2_URL
        if self.backend == "indictrans2":
            return self.backend_url
        return None
