"""Anonymous tips through a Telegram private chat, against the fake Bot API on a real Redis.

The fake server records every request the bot made; whatever went to the admin chat (texts,
buttons, captions, uploaded photo bytes) is searched for the reporter's Telegram id, name and
username. Photos and documents reach the admins as fresh uploads (``sendPhoto`` /
``sendDocument`` with the stripped bytes, a document under a neutral file name), never as
``forwardMessage``/``copyMessage``, which would carry or point back to the original.
"""

from __future__ import annotations

import base64
import io
import json
import logging
import re
from collections.abc import AsyncIterator

import pytest
from PIL import Image
from pypdf import PdfReader

from config.settings import Settings
from handlers.tips import texts as tips_texts
from tests.conftest import eventually
from tests.fakes.telegram_api import Call, private
from tests.fakes.telegram_harness import TelegramHarness
from tests.fakes.telegram_scene import ADMIN_CHAT, BYSTANDER, OFFICER, scene, texts_in
from tests.support.documents import PDF_TEXT, pdf_with_metadata

KEY = base64.urlsafe_b64encode(bytes(range(32))).decode()
REPORTER = {
    "id": 5550123987,
    "is_bot": False,
    "first_name": "Lò Thị",
    "last_name": "Hiền",
    "username": "hien_lo91",
}
TIP = "Tối nay có nhóm thanh niên tụ tập đua xe ở đầu cầu thôn 3, mang theo hung khí."
FOLLOW_UP = "Ảnh chụp lúc 22h, nhóm đứng trước quán nước."
REPLY = "Cảm ơn bạn. Nhóm đó thường đi hướng nào khi giải tán?"
ARTIST = "Lo Thi Hien hien_lo91"  # what a phone may write into a photo's EXIF
CODE = re.compile(r"TB-[A-Z0-9]{4}")
FORWARDS = ("forwardMessage", "forwardMessages", "copyMessage", "copyMessages")


@pytest.fixture
async def tg(embedded_settings: Settings, redis_url: str) -> AsyncIterator[TelegramHarness]:
    async with scene(redis_url=redis_url, BINHYEN_SECRET_KEY=KEY) as harness:
        harness.fake.add_private(REPORTER)
        harness.fake.chats[REPORTER["id"]] = {**private(REPORTER), "username": "hien_lo91"}
        yield harness


def photo_with_exif() -> bytes:
    exif = Image.Exif()
    exif[0x013B] = ARTIST  # Artist
    exif[0x010F] = "Xiaomi"  # Make
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(out, format="JPEG", exif=exif.tobytes())
    data = out.getvalue()
    assert ARTIST.encode() in data
    return data


def identity_in(call: Call) -> list[str]:
    """The reporter's id, name or username anywhere in one request (parameters and files)."""
    blob = json.dumps(call.params, ensure_ascii=False) + json.dumps(call.params)
    raw = b"".join(call.files.values())
    needles = [
        str(REPORTER["id"]),
        REPORTER["first_name"],
        REPORTER["last_name"],
        REPORTER["username"],
        "Lo Thi",
        "Hien",
    ]
    found = [n for n in needles if n.lower() in blob.lower()]
    found += [n for n in needles if n.encode() in raw or n.lower().encode() in raw]
    return found


def logged_identity(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Log lines that name the reporter."""
    found = []
    for record in caplog.records:
        line = f"{record.getMessage()} {record.exc_text or ''}"
        if identity_in(Call("log", {"line": line}, 0.0)):
            found.append(f"{record.name}: {line}")
    return found


async def say_privately(tg: TelegramHarness, **body: object) -> None:
    await tg.deliver(tg.fake.message_update(REPORTER["id"], REPORTER, **body))  # type: ignore[arg-type]


async def test_a_tip_in_a_telegram_private_chat_reaches_the_admins_with_the_case_code_only(
    tg: TelegramHarness, caplog: pytest.LogCaptureFixture
) -> None:
    photo = photo_with_exif()  # before the capture: writing EXIF logs it too
    caplog.set_level(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        caplog.set_level(logging.DEBUG, logger=name)

    # The reporter opens the bot: /start explains what is and is not anonymous.
    await say_privately(tg, text="/start")
    assert await eventually(lambda: texts_in(tg, REPORTER, "KHÔNG ẨN DANH"))

    await say_privately(tg, text=TIP)
    confirmation = await eventually(lambda: texts_in(tg, REPORTER, "Mã tin báo của bạn"))
    code = CODE.search(confirmation[0]).group()  # type: ignore[index, union-attr]
    card = await eventually(lambda: texts_in(tg, ADMIN_CHAT, f"Tin báo ẩn danh {code}"))
    assert TIP in card[0]  # type: ignore[index]

    # A photo follow-up: re-sent to the admins as an upload of the stripped copy.
    await say_privately(tg, caption=FOLLOW_UP, photo=photo)
    await eventually(lambda: texts_in(tg, ADMIN_CHAT, f"Bổ sung cho tin báo {code}"))
    (upload,) = await eventually(
        lambda: [
            c
            for c in tg.fake.requests("sendPhoto")
            if c.params["chat_id"] == str(ADMIN_CHAT["id"])
        ]
    )
    assert upload.params["caption"] == f"Ảnh 1/1 của tin báo {code}"
    sent = upload.files["photo"]
    assert sent.startswith(b"\xff\xd8")  # a JPEG
    assert sent != photo
    assert b"Exif" not in sent
    assert b"Xiaomi" not in sent
    assert Image.open(io.BytesIO(sent)).size == (64, 48)

    # An officer answers by command; the reporter reads it in the private chat.
    await tg.deliver(tg.fake.message_update(ADMIN_CHAT["id"], OFFICER, f"traloi {code} {REPLY}"))
    await eventually(lambda: texts_in(tg, ADMIN_CHAT, f"Đã gửi trả lời tới người báo tin {code}"))
    relayed = await eventually(lambda: texts_in(tg, REPORTER, REPLY))
    assert code in relayed[0]  # type: ignore[index]

    # Nothing the admin chat received names the reporter; nothing was forwarded or copied.
    to_admins = [c for c in tg.fake.calls if c.params.get("chat_id") == str(ADMIN_CHAT["id"])]
    assert {c.method for c in to_admins} >= {"sendMessage", "sendPhoto"}
    assert [(c.method, identity_in(c)) for c in to_admins if identity_in(c)] == []
    assert [c.method for c in tg.fake.calls if c.method in FORWARDS] == []
    # Positive controls: the same search finds the reporter in the original photo's bytes and
    # in every request addressed to the reporter's own chat.
    assert identity_in(Call("sendPhoto", {}, 0.0, {"photo": photo}))
    to_reporter = [c for c in tg.fake.calls if c.params.get("chat_id") == str(REPORTER["id"])]
    assert to_reporter
    assert all(identity_in(c) for c in to_reporter)

    # Nor does any log line, at any level (Pillow's, quoting the EXIF it reads, included).
    assert len(caplog.records) > 10
    assert logged_identity(caplog) == []


async def test_only_an_admin_of_the_admin_chat_can_reply_to_a_tip(tg: TelegramHarness) -> None:
    await say_privately(tg, text=TIP)
    confirmation = await eventually(lambda: texts_in(tg, REPORTER, "Mã tin báo của bạn"))
    code = CODE.search(confirmation[0]).group()  # type: ignore[index, union-attr]
    await eventually(lambda: texts_in(tg, ADMIN_CHAT, f"Tin báo ẩn danh {code}"))

    tg.fake.admins[ADMIN_CHAT["id"]] = [OFFICER]  # the bystander is a plain member now
    await tg.services.redis.delete(f"by:tg:admins:{ADMIN_CHAT['id']}")
    await tg.deliver(tg.fake.message_update(ADMIN_CHAT["id"], BYSTANDER, f"traloi {code} Chào"))

    await eventually(lambda: texts_in(tg, ADMIN_CHAT, tips_texts.NOT_ADMIN))
    assert texts_in(tg, REPORTER, "💬") == []


async def test_a_video_or_voice_note_sent_privately_is_answered_not_dropped(
    tg: TelegramHarness,
) -> None:
    video = {
        "file_id": "video-1",
        "file_unique_id": "u-video-1",
        "width": 640,
        "height": 480,
        "duration": 4,
        "file_name": "VID_hien_lo91.mp4",
    }
    voice = {"file_id": "voice-1", "file_unique_id": "u-voice-1", "duration": 4}
    await say_privately(tg, caption="Video em quay được", extra={"video": video})
    await say_privately(tg, extra={"voice": voice})

    refused = await eventually(
        lambda: len(texts_in(tg, REPORTER, tips_texts.DOCUMENT_REFUSED)) == 2
    )
    assert refused
    assert "chưa chuyển được tệp đính kèm" in tips_texts.DOCUMENT_REFUSED
    assert not tg.fake.requests("forwardMessage") + tg.fake.requests("copyMessage")
    assert not tg.fake.requests("sendDocument") + tg.fake.requests("sendVideo")
    assert not tg.fake.requests("getFile")  # nothing refused is even downloaded


async def test_a_pdf_reaches_the_admins_without_its_author_and_under_a_neutral_name(
    tg: TelegramHarness, caplog: pytest.LogCaptureFixture
) -> None:
    pdf = pdf_with_metadata(author=ARTIST)
    caplog.set_level(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        caplog.set_level(logging.DEBUG, logger=name)

    await say_privately(tg, caption=TIP, document=("bienban-hien_lo91.pdf", pdf))

    answer = await eventually(lambda: texts_in(tg, REPORTER, "Mã tin báo của bạn"))
    code = CODE.search(answer[0]).group()  # type: ignore[index, union-attr]
    assert tips_texts.DOCUMENT_BODY_WARNING in answer[0]  # type: ignore[index]
    card = await eventually(lambda: texts_in(tg, ADMIN_CHAT, f"Tin báo ẩn danh {code}"))
    assert "Kèm 1 tệp" in card[0]  # type: ignore[index]
    (upload,) = await eventually(
        lambda: [
            c
            for c in tg.fake.requests("sendDocument")
            if c.params["chat_id"] == str(ADMIN_CHAT["id"])
        ]
    )
    assert upload.file_names["document"] == f"tin-bao-{code}-1.pdf"
    assert upload.params["caption"].startswith(f"Tệp 1/1 của tin báo {code}")
    sent = upload.files["document"]
    reader = PdfReader(io.BytesIO(sent))
    assert reader.metadata is None
    assert reader.xmp_metadata is None
    assert [p.extract_text() for p in reader.pages] == [f"{PDF_TEXT} - 1", f"{PDF_TEXT} - 2"]

    # Nothing the admin chat received names the reporter (the same search finds them in the
    # original file), nothing was forwarded, and no log line names them either.
    to_admins = [c for c in tg.fake.calls if c.params.get("chat_id") == str(ADMIN_CHAT["id"])]
    assert [(c.method, identity_in(c)) for c in to_admins if identity_in(c)] == []
    assert identity_in(Call("sendDocument", {}, 0.0, {"document": pdf}))
    assert [c.method for c in tg.fake.calls if c.method in FORWARDS] == []
    assert logged_identity(caplog) == []
    assert not [r for r in caplog.records if "bienban" in r.getMessage()]


@pytest.mark.parametrize(
    ("file_name", "data", "answer"),
    [
        ("bienban.docx", b"MZ\x90\x00 not a zip at all", tips_texts.DOCUMENT_UNSUPPORTED),
        ("anh.zip", b"PK\x05\x06" + b"\0" * 18, tips_texts.DOCUMENT_UNSUPPORTED),
        ("to.pdf", b"%PDF-1.7\n" + b"0" * 10_100_000, tips_texts.document_too_big(10)),
    ],
    ids=["docx-name-on-an-executable", "zip", "over-the-limit"],
)
async def test_a_document_that_is_not_office_or_pdf_or_too_large_is_refused(
    tg: TelegramHarness, file_name: str, data: bytes, answer: str
) -> None:
    await say_privately(tg, caption=TIP, document=(file_name, data))
    await eventually(lambda: texts_in(tg, REPORTER, answer))
    # The caption still goes, without the file.
    await eventually(lambda: texts_in(tg, ADMIN_CHAT, "Tin báo ẩn danh"))
    assert not tg.fake.requests("sendDocument")
