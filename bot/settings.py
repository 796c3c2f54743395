"""The bot's configuration, read once from the environment (see `.env.example`)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob of the bot process; names match the environment variables (case-insensitive)."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr
    # python-telegram-bot's `base_url` semantics: the token is appended (or replaces `{token}`), so a
    # self-hosted Bot API server is `http://host:8081/bot`.
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_file_base_url: str = "https://api.telegram.org/file/bot"
    redis_url: str = "redis://localhost:6379/0"
    queue_prefix: str = "tasveer:"  # must match the workers (QUEUE_PREFIX)

    bot_mode: Literal["polling", "webhook"] = "polling"
    webhook_url: str | None = None  # public HTTPS URL Telegram posts to (behind your load balancer)
    webhook_secret: SecretStr | None = None  # sent back by Telegram in X-Telegram-Bot-Api-Secret-Token
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_path: str = "/telegram"

    bot_metrics_port: int = 9101  # 0 disables the /metrics server
    bot_admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    log_level: str = "INFO"

    # Abuse and queue behaviour.
    rate_limit_user_per_minute: int = 10
    rate_limit_chat_per_minute: int = 30
    queue_notice_min_ahead: int = 3  # say "queued, N ahead" only when the wait is noticeable
    image_ttl_seconds: int = Field(default=3600, ge=60, le=3600)  # photo bytes never outlive an hour
    album_collect_seconds: float = 1.5
    typing_interval_seconds: float = 4.0
    typing_max_seconds: float = 180.0
    update_dedup_seconds: int = 3600
    bot_consumer_name: str | None = None  # this replica's name in the `bots` group; default bot-host-pid

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_present(cls, value: SecretStr) -> SecretStr:
        if not value.get_secret_value().strip():
            raise ValueError("TELEGRAM_BOT_TOKEN is empty: set it to the token from @BotFather")
        return value

    @field_validator("bot_admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        """Accept `1,2 3` as well as a JSON list, since env files are written by hand."""
        if isinstance(value, str):
            return [int(part) for part in value.replace(",", " ").split()]
        return value

    @model_validator(mode="after")
    def _webhook_needs_url_and_secret(self) -> Settings:
        if self.bot_mode == "webhook" and (not self.webhook_url or not self.webhook_secret):
            raise ValueError("BOT_MODE=webhook needs WEBHOOK_URL and WEBHOOK_SECRET")
        return self
