"""A fake Telegram Bot API server: an aiohttp app speaking the real JSON protocol.

``POST /bot<token>/<method>`` answers ``{"ok": true, "result": ...}`` or an error such as
``{"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 1",
"parameters": {"retry_after": 1}}``, exactly as Telegram does; ``GET /file/bot<token>/<path>``
serves downloads. Every request is recorded (method, parameters, time). The bot under test
points at it through ``TELEGRAM_API_URL``.

State is the little Telegram keeps that the bot can observe: chats and their administrators,
users who opened a private chat with the bot, messages (the bot's and members'), and a queue
of updates for ``getUpdates``. ``fail_next`` scripts errors; update builders make the JSON
Telegram would send. ``migrate`` upgrades a group to a supergroup as Telegram does: a new chat
id, two service messages, and every later call to the old id refused with a 400 naming the new
id in ``parameters.migrate_to_chat_id``.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes.server import FakeServer

TOKEN = "123456:TEST-fake-token_for-the-suite"
BOT_ID = 123456
BOT_USERNAME = "BinhYenTestBot"
BOT_USER = {"id": BOT_ID, "is_bot": True, "first_name": "Bình Yên", "username": BOT_USERNAME}
JSON_FIELDS = {"reply_markup", "allowed_updates", "commands", "scope", "link_preview_options"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float  # time.monotonic()
    files: dict[str, bytes] = field(default_factory=dict)
    file_names: dict[str, str] = field(default_factory=dict)  # the upload's file name


@dataclass
class Failure:
    status: int
    description: str
    parameters: dict[str, Any] | None = None
    chat_id: int | None = None  # only requests to this chat fail; None: any request


def user(user_id: int, first_name: str, last_name: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if last_name:
        out["last_name"] = last_name
    return out


def group(chat_id: int, title: str) -> dict[str, Any]:
    return {"id": chat_id, "type": "supergroup", "title": title}


def basic_group(chat_id: int, title: str) -> dict[str, Any]:
    """A group as first created (ids without -100), before Telegram upgrades it."""
    return {"id": chat_id, "type": "group", "title": title}


def private(of: dict[str, Any]) -> dict[str, Any]:
    return {"id": of["id"], "type": "private", "first_name": of["first_name"]}


class FakeTelegram(FakeServer):
    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.failures: dict[str, list[Failure]] = {}
        self.chats: dict[int, dict[str, Any]] = {}
        self.admins: dict[int, list[dict[str, Any]]] = {}
        self.bot_admin: dict[int, bool] = {}
        self.bot_can_delete: dict[int, bool] = {}
        self.started: set[int] = set()  # users who opened a private chat with the bot
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.files: dict[str, bytes] = {}
        self.updates: list[dict[str, Any]] = []
        self.migrated: dict[int, int] = {}  # old group id -> its supergroup's id
        self._update_ids = itertools.count(1000)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._new_update = asyncio.Event()

    # -- set-up ------------------------------------------------------------------------------

    def add_group(
        self,
        chat: dict[str, Any],
        admins: list[dict[str, Any]],
        *,
        bot_is_admin: bool = True,
        bot_can_delete: bool = True,
    ) -> None:
        self.chats[chat["id"]] = chat
        self.admins[chat["id"]] = list(admins)
        self.bot_admin[chat["id"]] = bot_is_admin
        self.bot_can_delete[chat["id"]] = bot_is_admin and bot_can_delete

    def add_private(self, of: dict[str, Any]) -> None:
        """``of`` has pressed Start in a private chat with the bot."""
        self.started.add(of["id"])
        self.chats[of["id"]] = private(of)

    def fail_next(
        self,
        method: str,
        *,
        status: int = 429,
        description: str = "Too Many Requests: retry after 1",
        retry_after: int | None = 1,
        times: int = 1,
        chat_id: int | None = None,
    ) -> None:
        parameters = {"retry_after": retry_after} if retry_after is not None else None
        for _ in range(times):
            self.failures.setdefault(method, []).append(
                Failure(status, description, parameters, chat_id)
            )

    def migrate(
        self, old_id: int, new_id: int, by: dict[str, Any], *, from_first: bool = False
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """Upgrade group ``old_id`` to supergroup ``new_id`` (same title, admins and bot
        rights). Returns the two service-message updates Telegram sends: ``migrate_to_chat_id``
        in the old group, ``migrate_from_chat_id`` in the supergroup, the latter with the lower
        update id when ``from_first``; delivering them is the test's business."""
        old = self.chats[old_id]
        self.add_group(
            {"id": new_id, "type": "supergroup", "title": old["title"]},
            self.admins[old_id],
            bot_is_admin=self.bot_admin[old_id],
            bot_can_delete=self.bot_can_delete[old_id],
        )
        if from_first:
            frm = self.message_update(new_id, by, extra={"migrate_from_chat_id": old_id})
        to = self.message_update(old_id, by, extra={"migrate_to_chat_id": new_id})
        if not from_first:
            frm = self.message_update(new_id, by, extra={"migrate_from_chat_id": old_id})
        self.migrated[old_id] = new_id
        return to, frm

    # -- what the bot did --------------------------------------------------------------------

    def requests(self, method: str | None = None) -> list[Call]:
        return [c for c in self.calls if method is None or c.method == method]

    def sent_to(self, chat_id: int) -> list[dict[str, Any]]:
        """Messages the bot posted in a chat (current text and keyboard), oldest first."""
        return [
            m
            for (chat, _), m in sorted(self.messages.items())
            if chat == chat_id and m.get("from", {}).get("id") == BOT_ID and not m["deleted"]
        ]

    def message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        return self.messages.get((chat_id, message_id))

    # -- updates Telegram would send ---------------------------------------------------------

    def _next_message_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    def _store(self, chat_id: int, body: dict[str, Any]) -> dict[str, Any]:
        message = {
            "message_id": self._next_message_id(chat_id),
            "date": int(time.time()),
            "chat": self.chats[chat_id],
            **body,
        }
        self.messages[(chat_id, message["message_id"])] = {**message, "deleted": False}
        return message

    def message_update(
        self,
        chat_id: int,
        sender: dict[str, Any],
        text: str | None = None,
        *,
        caption: str | None = None,
        photo: bytes | None = None,
        document: tuple[str, bytes] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A member's message; ``photo`` bytes or a ``document`` (file name, bytes) are kept
        for ``getFile`` and the file download, as Telegram keeps them."""
        body: dict[str, Any] = {"from": sender}
        if text is not None:
            body["text"] = text
        if caption is not None:
            body["caption"] = caption
        if photo is not None:
            file_id = f"photo-{len(self.files) + 1}"
            self.files[file_id] = photo
            body["photo"] = [
                {
                    "file_id": file_id,
                    "file_unique_id": f"u-{file_id}",
                    "width": 800,
                    "height": 600,
                    "file_size": len(photo),
                }
            ]
        if document is not None:
            file_name, data = document
            file_id = f"doc-{len(self.files) + 1}"
            self.files[file_id] = data
            body["document"] = {
                "file_id": file_id,
                "file_unique_id": f"u-{file_id}",
                "file_name": file_name,
                "mime_type": "application/octet-stream",
                "file_size": len(data),
            }
        body.update(extra or {})
        return {"update_id": next(self._update_ids), "message": self._store(chat_id, body)}

    def edit_update(self, chat_id: int, message_id: int, text: str) -> dict[str, Any]:
        """A member edits a message: its text, or its caption when it is a photo."""
        stored = self.messages[(chat_id, message_id)]
        stored["caption" if "photo" in stored else "text"] = text
        edited = {k: v for k, v in stored.items() if k != "deleted"}
        edited["edit_date"] = int(time.time())
        return {"update_id": next(self._update_ids), "edited_message": edited}

    def callback_update(
        self, presser: dict[str, Any], chat_id: int, message_id: int, data: str
    ) -> dict[str, Any]:
        stored = self.messages[(chat_id, message_id)]
        message = {k: v for k, v in stored.items() if k != "deleted"}
        return {
            "update_id": next(self._update_ids),
            "callback_query": {
                "id": f"cb-{next(self._update_ids)}",
                "from": presser,
                "chat_instance": f"ci{chat_id}",
                "message": message,
                "data": data,
            },
        }

    def raw_update(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"update_id": next(self._update_ids), **body}

    def push(self, update: dict[str, Any]) -> None:
        """Queue an update for ``getUpdates`` (polling mode)."""
        self.updates.append(update)
        self._new_update.set()

    # -- the HTTP protocol -------------------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._file)
        return app

    @staticmethod
    def _ok(result: Any) -> web.Response:
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    def _error(status: int, description: str, parameters: dict | None = None) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
        if parameters:
            body["parameters"] = parameters
        return web.json_response(body, status=status)

    async def _api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return self._error(401, "Unauthorized")
        method = request.match_info["method"]
        params: dict[str, Any] = {}
        files: dict[str, bytes] = {}
        file_names: dict[str, str] = {}
        if request.method == "POST":
            form = await request.post()
            for key, value in form.items():
                if hasattr(value, "file"):
                    files[key] = value.file.read()
                    file_names[key] = value.filename
                elif key in JSON_FIELDS:
                    params[key] = json.loads(value)
                else:
                    params[key] = value
        # aiogram uploads a file under a random field name that a parameter points to as
        # ``attach://<name>``; Telegram reads it as that parameter's file, and so does the fake.
        for key, value in list(params.items()):
            if isinstance(value, str) and value.startswith("attach://"):
                name = value.removeprefix("attach://")
                if name in files:
                    files[key] = files.pop(name)
                    if name in file_names:
                        file_names[key] = file_names.pop(name)
                    del params[key]
        self.calls.append(Call(method, params, time.monotonic(), files, file_names))
        chat = params.get("chat_id")
        if chat is not None and chat.lstrip("-").isdigit() and int(chat) in self.migrated:
            return self._error(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self.migrated[int(chat)]},
            )
        queued = self.failures.get(method, [])
        failure = next((f for f in queued if f.chat_id is None or str(f.chat_id) == chat), None)
        if failure is not None:
            queued.remove(failure)
            return self._error(failure.status, failure.description, failure.parameters)
        handler = getattr(self, f"_m_{method.lower()}", None)
        if handler is None:
            return self._error(404, "Not Found: method not found")
        return await handler(params, files)

    async def _file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        file_id = request.match_info["path"].rsplit("/", 1)[-1]
        data = self.files.get(file_id)
        if data is None:
            return web.Response(status=404)
        return web.Response(body=data, content_type="image/jpeg")

    # -- methods -----------------------------------------------------------------------------

    async def _m_getme(self, params: dict, files: dict) -> web.Response:
        return self._ok(
            {
                **BOT_USER,
                "can_join_groups": True,
                "can_read_all_group_messages": False,
                "supports_inline_queries": False,
            }
        )

    async def _m_setmycommands(self, params: dict, files: dict) -> web.Response:
        return self._ok(True)

    async def _m_setwebhook(self, params: dict, files: dict) -> web.Response:
        return self._ok(True)

    async def _m_deletewebhook(self, params: dict, files: dict) -> web.Response:
        return self._ok(True)

    async def _m_answercallbackquery(self, params: dict, files: dict) -> web.Response:
        return self._ok(True)

    async def _m_getupdates(self, params: dict, files: dict) -> web.Response:
        offset = int(params.get("offset", 0))
        timeout = float(params.get("timeout", 0))
        deadline = time.monotonic() + timeout
        while True:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            if self.updates or time.monotonic() >= deadline:
                return self._ok(self.updates[:100])
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), deadline - time.monotonic())

    def _chat(self, params: dict) -> tuple[int, dict[str, Any]] | None:
        chat_id = int(params["chat_id"])
        chat = self.chats.get(chat_id)
        return (chat_id, chat) if chat is not None else None

    async def _send(self, params: dict, body: dict[str, Any]) -> web.Response:
        found = self._chat(params)
        if found is None:
            if int(params["chat_id"]) > 0:
                return self._error(403, "Forbidden: bot can't initiate conversation with a user")
            return self._error(400, "Bad Request: chat not found")
        chat_id, chat = found
        if chat["type"] == "private" and chat_id not in self.started:
            return self._error(403, "Forbidden: bot can't initiate conversation with a user")
        message = self._store(chat_id, {"from": BOT_USER, **body})
        return self._ok(message)

    async def _m_sendmessage(self, params: dict, files: dict) -> web.Response:
        if len(params.get("text", "")) > 4096:
            return self._error(400, "Bad Request: message is too long")
        body: dict[str, Any] = {"text": params["text"]}
        if "reply_markup" in params:
            body["reply_markup"] = params["reply_markup"]
        return await self._send(params, body)

    async def _m_sendphoto(self, params: dict, files: dict) -> web.Response:
        if len(params.get("caption", "")) > 1024:
            return self._error(400, "Bad Request: message caption is too long")
        if "photo" in params:  # a file_id Telegram gave out earlier: the same file again
            file_id = params["photo"]
            if file_id not in self.files:
                return self._error(400, "Bad Request: wrong file identifier/HTTP URL specified")
            data = self.files[file_id]
        else:
            data = files.get("photo", b"")
            file_id = f"sent-{len(self.files) + 1}"
            self.files[file_id] = data
        body: dict[str, Any] = {
            "photo": [
                {
                    "file_id": file_id,
                    "file_unique_id": f"u-{file_id}",
                    "width": 1,
                    "height": 1,
                    "file_size": len(data),
                }
            ]
        }
        if params.get("caption"):
            body["caption"] = params["caption"]
        return await self._send(params, body)

    async def _m_senddocument(self, params: dict, files: dict) -> web.Response:
        names = self.calls[-1].file_names
        if len(params.get("caption", "")) > 1024:
            return self._error(400, "Bad Request: message caption is too long")
        if "document" not in files:
            return self._error(400, "Bad Request: there is no document in the request")
        file_id = f"sent-{len(self.files) + 1}"
        self.files[file_id] = files["document"]
        body: dict[str, Any] = {
            "document": {
                "file_id": file_id,
                "file_unique_id": f"u-{file_id}",
                "file_name": names.get("document", "document"),
                "file_size": len(files["document"]),
            }
        }
        if params.get("caption"):
            body["caption"] = params["caption"]
        return await self._send(params, body)

    async def _m_editmessagetext(self, params: dict, files: dict) -> web.Response:
        key = (int(params["chat_id"]), int(params["message_id"]))
        stored = self.messages.get(key)
        if stored is None or stored["deleted"]:
            return self._error(400, "Bad Request: message to edit not found")
        markup = params.get("reply_markup")
        if stored.get("text") == params["text"] and stored.get("reply_markup") == markup:
            return self._error(
                400,
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message",
            )
        stored["text"] = params["text"]
        stored.pop("reply_markup", None)
        if markup:
            stored["reply_markup"] = markup
        stored["edit_date"] = int(time.time())
        return self._ok({k: v for k, v in stored.items() if k != "deleted"})

    async def _m_deletemessage(self, params: dict, files: dict) -> web.Response:
        key = (int(params["chat_id"]), int(params["message_id"]))
        stored = self.messages.get(key)
        if stored is None or stored["deleted"]:
            return self._error(400, "Bad Request: message to delete not found")
        is_own = stored.get("from", {}).get("id") == BOT_ID
        if not is_own and not self.bot_can_delete.get(key[0], False):
            return self._error(400, "Bad Request: message can't be deleted")
        stored["deleted"] = True
        return self._ok(True)

    async def _m_getchatadministrators(self, params: dict, files: dict) -> web.Response:
        found = self._chat(params)
        if found is None:
            return self._error(400, "Bad Request: chat not found")
        chat_id, chat = found
        if chat["type"] == "private":
            return self._error(400, "Bad Request: there are no administrators in the private chat")
        members = [
            {"status": "creator", "user": a, "is_anonymous": False}
            for a in self.admins[chat_id][:1]
        ]
        members += [_administrator(a, can_delete=True) for a in self.admins[chat_id][1:]]
        if self.bot_admin.get(chat_id):
            members.append(_administrator(BOT_USER, can_delete=self.bot_can_delete[chat_id]))
        return self._ok(members)

    async def _m_getchat(self, params: dict, files: dict) -> web.Response:
        found = self._chat(params)
        if found is None:
            return self._error(400, "Bad Request: chat not found")
        _, chat = found
        return self._ok(
            {
                **chat,
                "accent_color_id": 0,
                "max_reaction_count": 11,
                "accepted_gift_types": {
                    "unlimited_gifts": False,
                    "limited_gifts": False,
                    "unique_gifts": False,
                    "premium_subscription": False,
                    "gifts_from_channels": False,
                },
            }
        )

    async def _m_getfile(self, params: dict, files: dict) -> web.Response:
        file_id = params["file_id"]
        if file_id not in self.files:
            return self._error(400, "Bad Request: invalid file_id")
        return self._ok(
            {
                "file_id": file_id,
                "file_unique_id": f"u-{file_id}",
                "file_size": len(self.files[file_id]),
                "file_path": f"photos/{file_id}",
            }
        )


def _administrator(of: dict[str, Any], *, can_delete: bool) -> dict[str, Any]:
    rights = [
        "can_manage_chat",
        "can_manage_video_chats",
        "can_restrict_members",
        "can_promote_members",
        "can_change_info",
        "can_invite_users",
        "can_post_stories",
        "can_edit_stories",
        "can_delete_stories",
        "can_send_welcome_messages",
    ]
    return {
        "status": "administrator",
        "user": of,
        "can_be_edited": False,
        "is_anonymous": False,
        "can_delete_messages": can_delete,
        **dict.fromkeys(rights, True),
    }
