"""Anonymous tips by private message: the reporter's side of the conversation.

Conversation (private chat with the bot):

1. The first message ever (or ``/start``, ``/trogiup``) gets the greeting: what is and is not
   anonymous.
2. Every message's text (the caption of a photo or document included) is checked for the
   reporter's own name, username and phone and for personal-data findings. Clean: it is sent
   at once. Otherwise the bot shows the marked text and waits for "Xoá giúp tôi" / "Giữ
   nguyên" (``/xoa`` / ``/giu``); the waiting message is kept sealed for ``DRAFT_TTL``.
3. The first sent message opens a case ``TB-XXXX``; later messages join it until admins close
   it (``xong``) or the reporter withdraws it (``/huy``). ``/xem`` shows the admins' replies.

Admins receive the case code and the content only, through ``handlers.tips.relay`` (this
service's ``relay``: forwarding, replies and state changes). Photos and documents (PDF,
docx/xlsx/pptx) reach them as metadata-stripped copies (``handlers.tips.media``) under a
neutral file name, never the reporter's. The reporter is known everywhere else only by keyed
hashes (``handlers.tips.identity``); identities are never logged, passed to jobs, put in
idempotency keys or in error messages.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass

from handlers.bindings import Bindings
from handlers.jobs import JobQueue
from handlers.metrics import TIPS
from handlers.ports import (
    Attachment,
    Button,
    Channel,
    ChannelError,
    IncomingMessage,
)
from handlers.tips import texts as t
from handlers.tips.check import Span, check, mark, remove
from handlers.tips.identity import IdentityError, KeyRing, reporter_hashes
from handlers.tips.media import CleanDocument, MediaError, strip_document, strip_image
from handlers.tips.relay import PROTOCOL, TipRelay
from handlers.tips.store import CaseState, Entry, TipStore
from moderation import Engine

log = logging.getLogger(__name__)

CHOICE = "tc"  # reporter's choice after the self-identification check: v1:tc:rm | v1:tc:keep
DRAFT_TTL = 3600
GREET = {"start", "batdau", "trogiup", "help", "huongdan"}


def command(text: str) -> str | None:
    """``/huy`` or ``huy`` (alone) -> ``huy``; None for ordinary text."""
    words = text.strip().split()
    if len(words) != 1:
        return None
    word = words[0].lower().split("@")[0]
    if word.startswith("/"):
        return word[1:]
    return word if word in {"huy", "xem", "xoa", "giu", *GREET} else None


@dataclass(frozen=True)
class TipLimits:
    max_chars: int = 4000
    max_photo_bytes: int = 10_000_000
    max_photos: int = 10
    max_document_bytes: int = 10_000_000
    per_hour: int = 30
    cases_per_day: int = 5


class TipService:
    def __init__(
        self,
        store: TipStore,
        keys: KeyRing,
        engine: Engine,
        bindings: Bindings,
        channels: dict[str, Channel],
        queue: JobQueue,
        *,
        limits: TipLimits | None = None,
        retention_days: int = 90,
    ) -> None:
        self.store = store
        self.keys = keys
        self.engine = engine
        self.bindings = bindings
        self.channels = channels
        self.queue = queue
        self.relay = TipRelay(store, keys, bindings, channels, queue)
        self.limits = limits or TipLimits()
        self.retention_days = retention_days

    # -- who is writing (as keyed hashes only) ---------------------------------------------

    def _hashes(self, channel: str, user_id: str) -> list[str]:
        return reporter_hashes(self.keys, channel, user_id)

    def _seal_link(self, code: str, channel: str, user_id: str) -> str:
        return self.keys.encrypt(json.dumps({"c": channel, "u": user_id}).encode(), aad=code)

    async def _say(
        self, channel: str, chat_id: str, text: str, buttons: Sequence[Button] = ()
    ) -> None:
        """Write in the reporter's chat; no idempotency key (a channel may store keys)."""
        try:
            await self.channels[channel].send_message(chat_id, text, buttons=buttons)
        except ChannelError as exc:
            log.warning("tip: answer in a private chat failed (%s)", type(exc).__name__)

    # -- the private chat ------------------------------------------------------------------

    async def handle(self, msg: IncomingMessage) -> None:
        TIPS.labels("message").inc()
        hashes = self._hashes(msg.channel, msg.user.id)
        if not await self.store.once(self.keys.hash(msg.delivery_key, "delivery")):
            return
        cmd = command(msg.text) if not msg.attachments else None
        if await self.store.first_time(hashes) or cmd in GREET:
            await self._say(msg.channel, msg.chat_id, t.greeting(self.retention_days))
            if cmd in GREET or (not msg.text.strip() and not msg.attachments):
                return
        if cmd == "huy":
            await self.cancel(msg.channel, msg.chat_id, msg.user.id)
            return
        if cmd == "xem":
            await self.show(msg.channel, msg.chat_id, msg.user.id)
            return
        if cmd in ("xoa", "giu"):
            await self.choose(msg.channel, msg.chat_id, msg.user.id, remove_spans=cmd == "xoa")
            return
        hour = int(time.time() // 3600)
        if await self.store.hit(hashes[0], f"h{hour}", 3600) > self.limits.per_hour:
            TIPS.labels("rate_limited").inc()
            await self._say(msg.channel, msg.chat_id, t.RATE_LIMITED)
            return
        if await self.store.draft(hashes[0]) is not None:
            await self._say(msg.channel, msg.chat_id, t.CHECK_PENDING)
            return
        refusal, photos, documents = await self._accept(msg)
        if refusal is not None:
            await self._say(msg.channel, msg.chat_id, refusal)
            if photos is None:
                return
        photos = photos or []
        text = msg.text.strip()
        if not text and not photos and not documents:
            if refusal is None:
                await self._say(msg.channel, msg.chat_id, t.EMPTY_TIP)
            return
        spans = check(text, msg.user, self.engine)
        if spans:
            await self._hold_for_choice(msg, hashes[0], text, spans, photos, documents)
            return
        await self.submit(msg.channel, msg.chat_id, msg.user.id, text, photos, documents)

    async def _accept(
        self, msg: IncomingMessage
    ) -> tuple[str | None, list[bytes] | None, list[CleanDocument]]:
        """Size limits and metadata stripping: (a refusal to say, the clean photos or None
        when the whole message is refused, the clean documents). A document that cannot be
        passed on is refused on its own: the text and photos with it still go."""
        limits = self.limits
        if len(msg.text) > limits.max_chars:
            return t.too_long(limits.max_chars), None, []
        photos = [a for a in msg.attachments if a.kind == "photo" and a.data]
        if len(photos) > limits.max_photos:
            return t.too_many_photos(limits.max_photos), None, []
        clean: list[bytes] = []
        for photo in photos:
            assert photo.data is not None
            if len(photo.data) > limits.max_photo_bytes:
                return t.photo_too_big(limits.max_photo_bytes / 1_000_000), None, []
            try:
                # Re-encoding a 12 MP photo takes about half a second: off the event loop.
                clean.append((await asyncio.to_thread(strip_image, photo.data)).data)
            except MediaError:
                return t.PHOTO_UNREADABLE, None, []
        refusals: list[str] = []
        documents: list[CleanDocument] = []
        for attachment in msg.attachments:
            if attachment.kind == "photo":
                if not attachment.data:  # the channel could not download it
                    refusals.append(t.PHOTO_NOT_RECEIVED)
                continue
            refusal, document = await self._accept_document(msg.channel, attachment)
            if refusal is not None:
                refusals.append(refusal)
            if document is not None:
                documents.append(document)
        return (refusals[0] if refusals else None), clean, documents

    async def _accept_document(
        self, channel: str, attachment: Attachment
    ) -> tuple[str | None, CleanDocument | None]:
        """A PDF or docx/xlsx/pptx, recognised by content, as a stripped copy; anything else
        (videos, voice notes, archives, old .doc files...) is refused."""
        if attachment.kind != "document":
            return t.DOCUMENT_REFUSED, None
        if not self.channels[channel].capabilities.send_documents:
            return t.DOCUMENT_NOT_HERE, None
        limit = self.limits.max_document_bytes
        size = len(attachment.data) if attachment.data else attachment.size
        if size is not None and size > limit:
            return t.document_too_big(limit / 1_000_000), None
        if not attachment.data:  # the channel could not download it
            return t.DOCUMENT_NOT_RECEIVED, None
        try:
            # Rebuilding a long PDF takes a while: off the event loop.
            return None, await asyncio.to_thread(strip_document, attachment.data)
        except MediaError as exc:
            # The reason names the file's kind only (never its name or content).
            log.info("tip: a document was refused (%s)", exc)
            return t.DOCUMENT_UNSUPPORTED, None

    async def _hold_for_choice(
        self,
        msg: IncomingMessage,
        h: str,
        text: str,
        spans: list[Span],
        photos: list[bytes],
        documents: list[CleanDocument],
    ) -> None:
        draft = {
            "text": text,
            "spans": [[s.start, s.end] for s in spans],
            "photos": [base64.b64encode(p).decode() for p in photos],
            "documents": [
                [d.extension, d.mime_type, base64.b64encode(d.data).decode()] for d in documents
            ],
        }
        sealed = self.keys.encrypt(json.dumps(draft).encode(), aad=f"draft:{h}")
        await self.store.save_draft(h, sealed, DRAFT_TTL)
        labels = list(dict.fromkeys(s.label for s in spans))
        buttons = (
            [
                Button("Xoá giúp tôi", "tip_remove", f"{PROTOCOL}:{CHOICE}:rm"),
                Button("Giữ nguyên", "tip_keep", f"{PROTOCOL}:{CHOICE}:keep"),
            ]
            if self.channels[msg.channel].capabilities.buttons
            else []
        )
        TIPS.labels("self_identification_found").inc()
        await self._say(
            msg.channel, msg.chat_id, t.check_found(labels, mark(text, spans)), buttons
        )

    async def choose(self, channel: str, chat_id: str, user_id: str, *, remove_spans: bool) -> str:
        """The reporter's answer to the self-identification check; returns what was said."""
        hashes = self._hashes(channel, user_id)
        sealed, h = None, ""
        for h in hashes:
            # Taken atomically: a double press of the button submits the message once.
            sealed = await self.store.take_draft(h)
            if sealed is not None:
                break
        if sealed is None:
            await self._say(channel, chat_id, t.CHECK_EXPIRED)
            return t.CHECK_EXPIRED
        try:
            draft = json.loads(self.keys.decrypt(sealed, aad=f"draft:{h}"))
        except IdentityError:
            await self._say(channel, chat_id, t.CHECK_EXPIRED)
            return t.CHECK_EXPIRED
        text = draft["text"]
        if remove_spans:
            spans = [Span(s, e, "") for s, e in draft["spans"]]
            text = remove(text, spans)
        photos = [base64.b64decode(p) for p in draft["photos"]]
        documents = [
            CleanDocument(base64.b64decode(data), ext, mime)
            for ext, mime, data in draft.get("documents", [])
        ]
        TIPS.labels("removed" if remove_spans else "kept").inc()
        return await self.submit(channel, chat_id, user_id, text, photos, documents)

    async def submit(
        self,
        channel: str,
        chat_id: str,
        user_id: str,
        text: str,
        photos: list[bytes],
        documents: Sequence[CleanDocument] = (),
    ) -> str:
        """Add the message to the reporter's open case (opening one if needed)."""
        hashes = self._hashes(channel, user_id)
        now = time.time()
        code = await self.store.open_case(hashes, hashes[0])
        case = await self.store.get(code) if code else None
        if code is not None and (case is None or case.state.closed):
            await self.store.clear_open(hashes, code)
            code = None
        opened = code is None
        if code is None:
            day = int(now // 86400)
            if await self.store.hit(hashes[0], f"d{day}", 86400) > self.limits.cases_per_day:
                TIPS.labels("rate_limited").inc()
                await self._say(channel, chat_id, t.TOO_MANY_CASES)
                return t.TOO_MANY_CASES
            admin_chats = await self.relay.admin_chats(channel)
            if not admin_chats:
                log.warning("tip refused: channel %s has no admin chat", channel)
                reply = (
                    "Hiện chưa có cán bộ nhận tin báo qua kênh này. Trường hợp khẩn cấp, "
                    "hãy gọi 113."
                )
                await self._say(channel, chat_id, reply)
                return reply
            fresh = await self.store.create(
                channel, admin_chats, lambda c: self._seal_link(c, channel, user_id), now
            )
            code = await self.store.claim_open(hashes[0], fresh)
            if code != fresh:  # two first messages at once: the other one opened the case
                await self.store.drop_case(fresh)
                opened = False
        entry = await self.store.add_entry(
            code,
            Entry(0, "reporter", text, now, photos=len(photos), documents=len(documents)),
        )
        await self.store.save_photos(code, entry.n, photos)
        await self.store.save_documents(code, entry.n, [(d.extension, d.data) for d in documents])
        self.queue.enqueue("forward_tip", code, entry.n, job_id=f"tipfwd-{code}-{entry.n}")
        TIPS.labels("opened" if opened else "followup").inc()
        log.info("tip case=%s entry=%d %s", code, entry.n, "opened" if opened else "added")
        answer = t.opened(code) if opened else t.added(code)
        if documents:
            answer = f"{answer}\n\n{t.DOCUMENT_BODY_WARNING}"
        await self._say(channel, chat_id, answer)
        return answer

    async def cancel(self, channel: str, chat_id: str, user_id: str) -> None:
        hashes = self._hashes(channel, user_id)
        dropped = False
        for h in hashes:
            dropped = await self.store.drop_draft(h) or dropped
        if dropped:
            await self._say(channel, chat_id, t.DRAFT_DROPPED)
            return
        code = await self.store.open_case(hashes, hashes[0])
        case = await self.store.get(code) if code else None
        if code is None or case is None or case.state.closed:
            await self._say(channel, chat_id, t.NOTHING_TO_CANCEL)
            return
        await self.store.set_state(code, CaseState.WITHDRAWN, time.time())
        await self.store.clear_open(hashes, code)
        TIPS.labels("withdrawn").inc()
        log.info("tip case=%s withdrawn by its reporter", code)
        target = self.channels[case.channel]
        for admin_chat in case.admin_chats:
            try:
                await target.send_message(
                    admin_chat, t.admin_withdrawn(code), key=f"tipwd:{code}:{admin_chat}"
                )
            except ChannelError:
                log.warning("tip case=%s: withdrawal notice to an admin chat failed", code)
        await self._say(channel, chat_id, t.withdrawn(code))

    async def show(self, channel: str, chat_id: str, user_id: str) -> None:
        hashes = self._hashes(channel, user_id)
        code = await self.store.open_case(hashes, hashes[0])
        case = await self.store.get(code, entries=True) if code else None
        if case is None:
            await self._say(channel, chat_id, t.NO_CASE)
            return
        answers = [e.text for e in case.entries if e.author == "admin"]
        text = (
            t.replies(case.code, str(case.state), answers)
            if answers
            else t.no_replies(case.code, str(case.state))
        )
        await self._say(channel, chat_id, text)
