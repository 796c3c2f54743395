"""Builders for Telegram Update JSON, shaped like what Telegram sends, for pushing into the stand-in."""

from __future__ import annotations

import io
import itertools
import time
from dataclasses import dataclass
from typing import Any

from PIL import Image

from tests.support.botapi import BotAPIStandIn

_message_ids = itertools.count(1)


def next_message_id() -> int:
    return next(_message_ids)


@dataclass(frozen=True)
class User:
    id: int
    first_name: str = "Asha"
    language_code: str | None = "en"
    username: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.language_code:
            data["language_code"] = self.language_code
        if self.username:
            data["username"] = self.username
        return data


@dataclass(frozen=True)
class Chat:
    id: int
    type: str = "private"
    title: str | None = None
    is_forum: bool = False

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.title:
            data["title"] = self.title
        if self.is_forum:
            data["is_forum"] = True
        return data


def private_chat(user: User) -> Chat:
    return Chat(user.id, "private")


def jpeg_bytes(rgb: Any, quality: int = 90) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format="JPEG", quality=quality)
    return buf.getvalue()


def image_bytes(size: tuple[int, int] = (320, 240), fmt: str = "PNG", color: tuple[int, int, int] = (200, 80, 40)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, format=fmt)
    return buf.getvalue()


class Updates:
    """Makes updates whose photos/documents the stand-in can serve, so the bot downloads real bytes."""

    def __init__(self, api: BotAPIStandIn) -> None:
        self.api = api

    def message(
        self,
        chat: Chat,
        user: User | None,
        *,
        text: str | None = None,
        thread_id: int | None = None,
        reply_to: dict[str, Any] | None = None,
        sender_chat: Chat | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        msg: dict[str, Any] = {"message_id": next_message_id(), "date": int(time.time()), "chat": chat.to_dict()}
        if user is not None:
            msg["from"] = user.to_dict()
        if sender_chat is not None:
            msg["sender_chat"] = sender_chat.to_dict()
        if text is not None:
            msg["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        if thread_id is not None:
            msg["message_thread_id"] = thread_id
            msg["is_topic_message"] = True
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        msg.update(extra)
        return msg

    def photo_sizes(self, data: bytes, width: int, height: int) -> list[dict[str, Any]]:
        """Three sizes like Telegram's (thumbnail, medium, full); only the full one has the real bytes."""
        small = image_bytes((max(width // 8, 1), max(height // 8, 1)), "JPEG")
        sizes = [
            {**self.api.add_file(small), "width": max(width // 8, 1), "height": max(height // 8, 1)},
            {**self.api.add_file(data), "width": width, "height": height},
        ]
        return sizes

    def photo_message(self, chat: Chat, user: User | None, data: bytes, width: int = 320, height: int = 240,
                      **kw: Any) -> dict[str, Any]:
        return self.message(chat, user, photo=self.photo_sizes(data, width, height), **kw)

    def document_message(self, chat: Chat, user: User, data: bytes, mime_type: str, file_name: str,
                         **kw: Any) -> dict[str, Any]:
        info = self.api.add_file(data, file_name.rsplit(".", 1)[-1])
        return self.message(chat, user, document={**info, "mime_type": mime_type, "file_name": file_name}, **kw)

    def sticker_message(self, chat: Chat, user: User) -> dict[str, Any]:
        info = self.api.add_file(b"RIFF....WEBP", "webp")
        sticker = {**info, "width": 512, "height": 512, "is_animated": False, "is_video": False, "type": "regular"}
        return self.message(chat, user, sticker=sticker)

    def video_message(self, chat: Chat, user: User) -> dict[str, Any]:
        info = self.api.add_file(b"\x00\x00\x00\x18ftypmp42", "mp4")
        return self.message(chat, user, video={**info, "width": 640, "height": 360, "duration": 3})

    def callback_query(self, user: User, message: dict[str, Any], data: str) -> dict[str, Any]:
        return {"callback_query": {
            "id": f"cq{next_message_id()}", "from": user.to_dict(), "chat_instance": "ci",
            "message": message, "data": data,
        }}

    def push(self, message: dict[str, Any]) -> int:
        """Push a message as an update; returns the update_id."""
        return self.api.push_update({"message": message})
