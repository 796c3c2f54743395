"""A local stand-in for the Telegram Bot API, so end-to-end tests run real bot processes without internet.

It speaks the wire protocol python-telegram-bot uses: `POST /bot<token>/<method>` with form, multipart
or JSON bodies, `GET /file/bot<token>/<path>` for downloads, long-polled `getUpdates`. Tests push updates,
register downloadable files, inject errors (400, 403 blocked, 429 retry_after, 5xx) and inspect every
call the bot made. The server runs on its own thread and event loop, so tests can stay synchronous and
fixtures can be module-scoped.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

# Parameters PTB sends as plain strings; everything else it sends JSON-encoded.
_STRING_PARAMS = {
    "text", "caption", "parse_mode", "action", "url", "secret_token", "callback_query_id",
    "file_id", "description", "short_description", "name", "emoji", "language_code", "copy_text",
}


@dataclass
class Call:
    """One request the bot made: method name, decoded parameters, uploaded files, arrival time."""

    method: str
    params: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)
    status: int = 200

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    @property
    def text(self) -> str:
        return str(self.params.get("text") or self.params.get("caption") or "")


@dataclass
class InjectedError:
    method: str
    status: int
    description: str
    parameters: dict[str, Any] | None
    remaining: int
    chat_id: int | None = None


class BotAPIStandIn:
    """The fake Telegram. Thread-safe: every public method may be called from the test thread."""

    def __init__(self, token: str = "123456:TEST-token", username: str = "TasveerTestBot") -> None:
        self.token = token
        self.username = username
        self.bot_id = int(token.split(":")[0])
        self.port = 0
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1000)
        self._message_ids = itertools.count(50_000)
        self._file_seq = itertools.count(1)
        self._files: dict[str, tuple[str, bytes]] = {}  # file_id -> (file_path, bytes)
        self._members: dict[tuple[int, int], str] = {}
        self._errors: list[InjectedError] = []
        self.calls: list[Call] = []
        self.webhook: dict[str, Any] | None = None
        self.max_poll_s = 1.0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None

    # ---------------------------------------------------------------- lifecycle
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def file_base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    def start(self) -> BotAPIStandIn:
        ready = threading.Event()

        def serve() -> None:
            self._loop = asyncio.new_event_loop()
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(self._start_server())
            ready.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=serve, name="botapi-standin", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("Bot API stand-in did not start")
        return self

    def stop(self) -> None:
        if self._loop is None:
            return
        future = asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop)  # type: ignore[union-attr]
        future.result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread:
            self._thread.join(10)
        self._loop = None

    async def _start_server(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    # ---------------------------------------------------------------- test-facing helpers
    def reset(self) -> None:
        """Forget calls, pending updates, injected errors and member statuses (between tests)."""
        with self._lock:
            self.calls.clear()
            self._updates.clear()
            self._errors.clear()
            self._members.clear()

    def add_file(self, data: bytes, suffix: str = "jpg") -> dict[str, Any]:
        """Register downloadable bytes; returns the `file_id`/`file_unique_id`/`file_size` fields."""
        with self._lock:
            n = next(self._file_seq)
            file_id = f"FILE{n:06d}{'x' * 20}"
            self._files[file_id] = (f"photos/file_{n}.{suffix}", bytes(data))
        return {"file_id": file_id, "file_unique_id": f"U{n:06d}", "file_size": len(data)}

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates; an `update_id` is assigned when missing. Returns it."""
        with self._changed:
            update = dict(update)
            update.setdefault("update_id", next(self._update_ids))
            self._updates.append(update)
            self._changed.notify_all()
            return update["update_id"]

    def next_update_id(self) -> int:
        with self._lock:
            return next(self._update_ids)

    def set_member_status(self, chat_id: int, user_id: int, status: str) -> None:
        """What getChatMember answers: creator, administrator, member, restricted, left, kicked."""
        with self._lock:
            self._members[(chat_id, user_id)] = status

    def fail_next(
        self,
        method: str,
        status: int,
        description: str,
        *,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: int | None = None,
        parameters: dict[str, Any] | None = None,
    ) -> None:
        """Answer the next `times` calls of `method` (optionally only for `chat_id`) with an error;
        `retry_after` / `parameters` become the ResponseParameters Telegram attaches (429, migrations)."""
        if retry_after is not None:
            parameters = {**(parameters or {}), "retry_after": retry_after}
        with self._lock:
            self._errors.append(InjectedError(method, status, description, parameters, times, chat_id))

    def sent(self, method: str | None = None, chat_id: int | None = None, ok_only: bool = True) -> list[Call]:
        """Calls made so far, filtered by method and chat (successful ones unless `ok_only=False`)."""
        with self._lock:
            return [
                c for c in self.calls
                if (method is None or c.method == method)
                and (chat_id is None or c.chat_id == chat_id)
                and (not ok_only or c.status == 200)
            ]

    def wait_for(self, predicate: Callable[[Call], bool], timeout: float = 30.0, count: int = 1) -> list[Call]:
        """Block until `count` calls match `predicate`; fails the test (AssertionError) on timeout."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                matching = [c for c in self.calls if predicate(c)]
                if len(matching) >= count:
                    return matching
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    recent = [(c.method, c.params.get("chat_id"), c.text[:60], c.status) for c in self.calls[-15:]]
                    raise AssertionError(f"timed out waiting for a matching Bot API call; recent calls: {recent}")
                self._changed.wait(remaining)

    def wait_for_message(self, chat_id: int, contains: str = "", timeout: float = 30.0,
                         methods: tuple[str, ...] = ("sendMessage", "sendPhoto")) -> Call:
        """The first successful sendMessage/sendPhoto to `chat_id` whose text/caption contains `contains`."""
        return self.wait_for(
            lambda c: c.method in methods and c.status == 200 and c.chat_id == chat_id and contains in c.text,
            timeout,
        )[0]

    def wait_updates_consumed(self, timeout: float = 30.0) -> None:
        """Block until the bot has confirmed (via getUpdates offset) every pushed update."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while self._updates:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"bot did not consume updates: {[u['update_id'] for u in self._updates]}")
                self._changed.wait(remaining)

    # ---------------------------------------------------------------- HTTP handlers
    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.Response(status=404)
        path = request.match_info["path"]
        with self._lock:
            found = next((data for p, data in self._files.values() if p == path), None)
        if found is None:
            return web.Response(status=404)
        return web.Response(body=found, content_type="application/octet-stream")

    async def _handle_method(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params, files = await _read_params(request)
        if method == "getUpdates":
            return await self._get_updates(params)
        call = Call(method, params, files)
        with self._changed:
            injected = self._take_error(method, call.chat_id)
            if injected is not None:
                call.status = injected.status
            self.calls.append(call)
            self._changed.notify_all()
        if injected is not None:
            return _error(injected.status, injected.description, injected.parameters)
        handler = getattr(self, f"_api_{method}", None)
        result = handler(params, files) if handler else True
        return web.json_response({"ok": True, "result": result})

    def _take_error(self, method: str, chat_id: int | None) -> InjectedError | None:
        for err in self._errors:
            if err.method == method and err.remaining > 0 and (err.chat_id is None or err.chat_id == chat_id):
                err.remaining -= 1
                return err
        return None

    async def _get_updates(self, params: dict[str, Any]) -> web.Response:
        offset = int(params.get("offset") or 0)
        # Capped: the bot doesn't care, and a short poll lets a stopping bot exit without waiting.
        timeout = min(float(params.get("timeout") or 0), self.max_poll_s)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + timeout
        while True:
            with self._changed:
                if offset:
                    before = len(self._updates)
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
                    if len(self._updates) != before:
                        self._changed.notify_all()
                ready = self._updates[:limit]
            if ready or time.monotonic() >= deadline:
                return web.json_response({"ok": True, "result": ready})
            await asyncio.sleep(0.05)

    # ---------------------------------------------------------------- method implementations
    def _api_getMe(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        return {
            "id": self.bot_id, "is_bot": True, "first_name": "Tasveer", "username": self.username,
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False,
        }

    def _api_getFile(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        file_id = str(params["file_id"])
        with self._lock:
            path, data = self._files[file_id]
        return {"file_id": file_id, "file_unique_id": "U" + file_id[4:10], "file_size": len(data), "file_path": path}

    def _api_setWebhook(self, params: dict[str, Any], files: dict[str, bytes]) -> bool:
        with self._lock:
            self.webhook = params
        return True

    def _api_getChatMember(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        with self._lock:
            status = self._members.get((chat_id, user_id), "member")
        member: dict[str, Any] = {"status": status, "user": {"id": user_id, "is_bot": False, "first_name": "U"}}
        if status == "administrator":
            member.update(
                can_be_edited=False, is_anonymous=False, can_manage_chat=True, can_delete_messages=True,
                can_manage_video_chats=True, can_restrict_members=True, can_promote_members=False,
                can_change_info=True, can_invite_users=True, can_post_stories=False,
                can_edit_stories=False, can_delete_stories=False,
            )
        elif status == "creator":
            member.update(is_anonymous=False)
        elif status == "restricted":
            member.update(
                is_member=True, can_send_messages=True, can_send_audios=True, can_send_documents=True,
                can_send_photos=True, can_send_videos=True, can_send_video_notes=True,
                can_send_voice_notes=True, can_send_polls=True, can_send_other_messages=True,
                can_add_web_page_previews=True, can_change_info=False, can_invite_users=False,
                can_pin_messages=False, can_manage_topics=False, until_date=0,
            )
        elif status == "kicked":
            member.update(until_date=0)
        return member

    def _sent_message(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": {"id": self.bot_id, "is_bot": True, "first_name": "Tasveer", "username": self.username},
        }
        if "text" in params:
            message["text"] = params["text"]
        if "caption" in params:
            message["caption"] = params["caption"]
        if params.get("message_thread_id"):
            message["message_thread_id"] = int(params["message_thread_id"])
        return message

    _api_sendMessage = _sent_message

    def _api_sendPhoto(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        message = self._sent_message(params, files)
        info = self.add_file(files.get("photo", b""), "png")
        message["photo"] = [{**info, "width": 64, "height": 64}]
        return message

    def _api_editMessageText(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any] | bool:
        if "inline_message_id" in params:
            return True
        message = self._sent_message(params, files)
        message["message_id"] = int(params["message_id"])
        return message


def _error(status: int, description: str, parameters: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)


async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, bytes]]:
    """Decode a Bot API request body the way Telegram does: query string, JSON, urlencoded or multipart."""
    raw: dict[str, Any] = dict(request.query)
    files: dict[str, bytes] = {}
    ctype = request.content_type
    if ctype == "application/json":
        body = await request.json()
        return {**raw, **body}, files
    if ctype == "multipart/form-data":
        reader = await request.multipart()
        async for part in reader:
            if part.filename is not None:
                files[part.name] = bytes(await part.read())
            else:
                raw[part.name] = await part.text()
    elif request.can_read_body:
        raw.update(await request.post())
    return {k: _decode_value(k, v) for k, v in raw.items()}, files


def _decode_value(key: str, value: Any) -> Any:
    if not isinstance(value, str) or key in _STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value
