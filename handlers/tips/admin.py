"""Admin-side commands and buttons for anonymous tips, and the reporter's check buttons.

Commands in an admin chat (diacritics optional): ``traloi TB-7K3Q <nội dung>`` replies to the
reporter, ``xuly TB-7K3Q`` marks it in progress, ``xong TB-7K3Q`` done, ``tinbao`` lists the
cases of this admin chat and ``tinbao TB-7K3Q`` shows one. Buttons (``v1:<verb>:<code>``):
``tr`` reply (answers how to type the reply: a press carries no text), ``tp`` in progress,
``td`` done. ``v1:tc:rm|keep`` is the reporter's answer to the self-identification check.

Only an admin of the chat (``Channel.is_chat_admin``) may act, and only on cases that were sent
to that chat.
"""

from __future__ import annotations

from handlers.ports import Answer, ButtonPress, IncomingMessage, User
from handlers.texts import clock, fold
from handlers.tips import texts as t
from handlers.tips.relay import PROTOCOL
from handlers.tips.service import CHOICE, TipService
from handlers.tips.store import Case, CaseState, parse_code

COMMANDS = {"traloi": "reply", "xuly": "in_progress", "dangxuly": "in_progress", "xong": "done"}
COMMANDS |= {"daxuly": "done", "tinbao": "show"}
VERBS = {"tr": "reply", "tp": "in_progress", "td": "done"}
STATES = {"in_progress": CaseState.IN_PROGRESS, "done": CaseState.DONE}


class TipAdmin:
    def __init__(self, tips: TipService) -> None:
        self.tips = tips

    async def _case_here(self, channel: str, chat_id: str, code: str) -> Case | None:
        case = await self.tips.store.get(code)
        if case is None or case.channel != channel or chat_id not in case.admin_chats:
            return None
        return case

    async def _is_admin(self, channel: str, chat_id: str, user: User) -> bool:
        target = self.tips.channels.get(channel)
        return target is not None and await target.is_chat_admin(chat_id, user.id)

    # -- text commands ---------------------------------------------------------------------

    async def handle(self, msg: IncomingMessage) -> Answer | None:
        words = msg.text.strip().split(maxsplit=2)
        if not words:
            return None
        verb = COMMANDS.get(fold(words[0]))
        if verb is None:
            return None
        if not await self._is_admin(msg.channel, msg.chat_id, msg.user):
            return Answer(t.NOT_ADMIN, ok=False)
        if verb == "show" and len(words) == 1:
            return await self.list_cases(msg.channel, msg.chat_id)
        code = parse_code(words[1]) if len(words) > 1 else None
        if code is None:
            return Answer(t.MISSING_CODE.format(word=fold(words[0])), ok=False)
        case = await self._case_here(msg.channel, msg.chat_id, code)
        if case is None:
            return Answer(t.UNKNOWN_CASE, ok=False)
        if verb == "show":
            return await self.show_case(code)
        if verb == "reply":
            text = words[2].strip() if len(words) > 2 else ""
            if not text:
                return Answer(t.NO_REPLY_TEXT, ok=False)
            return await self.tips.relay.reply(code, text, msg.user)
        return await self.tips.relay.set_state(code, STATES[verb], msg.user)

    async def list_cases(self, channel: str, chat_id: str) -> Answer:
        cases = [
            c
            for c in [await self.tips.store.get(code) for code in await self.tips.store.codes()]
            if c is not None and c.channel == channel and chat_id in c.admin_chats
        ]
        if not cases:
            return Answer(t.NO_CASES + "\n\n" + t.HELP, ok=True)
        lines = [f"Tin báo ({len(cases)}):"]
        for case in cases[:30]:
            lines.append(
                f"{case.code} · {t.STATE_NAMES[str(case.state)]} · {clock(case.created_at)}"
            )
        return Answer("\n".join([*lines, "", t.HELP]), ok=True)

    async def show_case(self, code: str) -> Answer:
        case = await self.tips.store.get(code, entries=True)
        assert case is not None
        lines = [f"Tin báo {code} ({t.STATE_NAMES[str(case.state)]})"]
        for entry in case.entries:
            who = "Người báo tin" if entry.author == "reporter" else f"Cán bộ {entry.admin_name}"
            photos = f" [+{entry.photos} ảnh]" if entry.photos else ""
            photos += f" [+{entry.documents} tệp]" if entry.documents else ""
            lines.append(f"— {who} ({clock(entry.at)}){photos}: {entry.text}")
        if case.minutes_to_first_response is not None:
            lines.append(f"Phản hồi đầu tiên sau {case.minutes_to_first_response:.0f} phút.")
        if case.link_deleted_at is not None:
            lines.append(t.LINK_DELETED)
        return Answer("\n".join(lines), ok=True)

    # -- buttons ---------------------------------------------------------------------------

    async def press(self, press: ButtonPress) -> Answer | None:
        parts = press.action.split(":")
        if len(parts) != 3 or parts[0] != PROTOCOL:
            return None
        if parts[1] == CHOICE and parts[2] in ("rm", "keep"):
            said = await self.tips.choose(
                press.channel, press.chat_id, press.user.id, remove_spans=parts[2] == "rm"
            )
            return Answer(said.splitlines()[0], ok=True)
        verb = VERBS.get(parts[1])
        code = parse_code(parts[2])
        if verb is None or code is None:
            return None
        if not await self._is_admin(press.channel, press.chat_id, press.user):
            return Answer(t.NOT_ADMIN, ok=False)
        if await self._case_here(press.channel, press.chat_id, code) is None:
            return Answer(t.UNKNOWN_CASE, ok=False)
        if verb == "reply":
            return Answer(t.reply_how(code), ok=True)
        return await self.tips.relay.set_state(code, STATES[verb], press.user)
