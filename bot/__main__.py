"""`python -m bot`: run the Telegram bot with long polling (default) or a webhook (BOT_MODE=webhook)."""

from __future__ import annotations

import logging
import sys

from pydantic import ValidationError
from telegram import Update

from bot.app import build_application
from bot.logs import configure_logging
from bot.settings import Settings

log = logging.getLogger("bot")


def run_polling(settings: Settings) -> None:
    """One replica only (Telegram allows one getUpdates consumer per token); simplest to deploy."""
    build_application(settings).run_polling(allowed_updates=Update.ALL_TYPES, timeout=10)


def run_webhook(settings: Settings) -> None:
    """Any number of replicas behind a load balancer. python-telegram-bot's server answers 403 to a
    request without the right X-Telegram-Bot-Api-Secret-Token; duplicates across replicas are dropped
    by `drop_duplicate_updates` (SET NX on the update_id)."""
    assert settings.webhook_secret is not None and settings.webhook_url is not None
    build_application(settings).run_webhook(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url_path=settings.webhook_path.lstrip("/"),
        webhook_url=settings.webhook_url,
        secret_token=settings.webhook_secret.get_secret_value(),
        allowed_updates=Update.ALL_TYPES,
    )


def main() -> int:
    try:
        settings = Settings()
    except ValidationError as exc:
        print(f"bot configuration error (see .env.example):\n{exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level, settings.telegram_bot_token.get_secret_value())
    if settings.bot_mode == "webhook":
        run_webhook(settings)
    else:
        run_polling(settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
