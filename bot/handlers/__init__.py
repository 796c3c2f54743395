"""Telegram handlers grouped by audience; each does I/O and delegates decisions to `bot.policy`."""
