"""The reporter's private chat on a real Redis: greeting, one case for many messages and photos,
``/huy``, size limits and rate limits (filed under keyed hashes), answered in Vietnamese."""

from __future__ import annotations

import asyncio
import base64
import io
import zipfile
from collections.abc import AsyncIterator

import pytest
from PIL import Image
from pypdf import PdfReader
from redis.asyncio import Redis

from handlers.ports import Attachment, User
from handlers.tips import texts as t
from handlers.tips.service import TipLimits
from handlers.tips.store import CaseState
from tests.support.documents import pdf_with_metadata
from tests.support.tips import REPORTER, TipRig, make_rig

pytestmark = pytest.mark.redis

TIP = "Đêm qua có xe tải lạ đổ trộm rác thải xuống mương cạnh cánh đồng thôn 2."
DM = f"dm:{REPORTER.id}"


def jpeg(width: int = 32, height: int = 24) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 40, 40)).save(out, format="JPEG")
    return out.getvalue()


def photo(data: bytes | None = None) -> Attachment:
    return Attachment(kind="photo", data=jpeg() if data is None else data)


def zipfile_docx(*, author: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("docProps/core.xml", f"<cp:coreProperties>{author}</cp:coreProperties>")
        z.writestr("word/document.xml", "<w:document>Nội dung biên bản</w:document>")
    return out.getvalue()


def big_pdf() -> bytes:
    """A readable PDF just over the rig's 50 kB document limit."""
    return pdf_with_metadata(1) + b"%" + b"0" * 50_000 + b"\n"


@pytest.fixture
async def redis(redis_url: str) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_url)
    yield client
    await client.aclose()


@pytest.fixture
def rig(redis: Redis) -> TipRig:
    return make_rig(
        redis,
        limits=TipLimits(
            max_chars=200,
            max_photo_bytes=50_000,
            max_photos=3,
            max_document_bytes=50_000,
            per_hour=6,
            cases_per_day=2,
        ),
    )


async def test_the_first_message_gets_a_greeting_saying_what_is_and_is_not_anonymous(
    rig: TipRig,
) -> None:
    await rig.say(TIP)
    greeting, opened = await rig.bot_texts(DM)
    assert "ĐƯỢC GIỮ KÍN" in greeting
    assert "KHÔNG ẨN DANH ĐƯỢC" in greeting
    assert "không thấy tên, tài khoản hay số điện thoại" in greeting
    assert "vị trí GPS" in greeting
    assert "Telegram, Zalo" in greeting  # the messenger itself knows who wrote to the bot
    assert "90 ngày" in greeting
    assert "/huy" in greeting and "/xem" in greeting
    assert "Mã tin báo của bạn" in opened
    # Asking again repeats the greeting and opens nothing.
    await rig.say("/trogiup")
    assert await rig.last(DM) == greeting
    assert len(await rig.store.codes()) == 1


async def test_several_messages_and_photos_join_one_case(rig: TipRig) -> None:
    await rig.say(TIP)
    code = await rig.only_code()
    await rig.say("", attachments=[photo()])
    await rig.say("Thêm hai ảnh biển số xe.", attachments=[photo(), photo()])
    await rig.drain()

    assert await rig.store.codes() == [code]
    case = await rig.store.get(code, entries=True)
    assert case is not None
    assert [(e.text, e.photos) for e in case.entries] == [
        (TIP, 0),
        ("", 1),
        ("Thêm hai ảnh biển số xe.", 2),
    ]
    answers = await rig.bot_texts(DM)
    assert answers[-2:] == [t.added(code), t.added(code)]
    admin = await rig.bot_texts("admins")
    assert admin[0].startswith(f"📨 Tin báo ẩn danh {code}")
    assert admin[1].startswith(f"📨 Bổ sung cho tin báo {code}")
    assert admin[-1].endswith(f"Ảnh 2/2 của tin báo {code}")
    assert len(await rig.photos("admins")) == 3
    # Forwarded photos are not kept.
    assert await rig.redis.keys("by:tip:photos:*") == []


def document(data: bytes, filename: str) -> Attachment:
    return Attachment(kind="document", data=data, filename=filename)


async def test_a_pdf_and_a_docx_reach_the_admins_stripped_and_under_neutral_names(
    rig: TipRig,
) -> None:
    office = zipfile_docx(author=REPORTER.name)
    await rig.say(TIP, attachments=[document(pdf_with_metadata(1, author="Lo Thi Hien"), "a")])
    code = await rig.only_code()
    await rig.say("", attachments=[document(office, "bienban-cua-hien.pdf")])  # a lying name
    await rig.drain()

    opened, added = (await rig.bot_texts(DM))[-2:]
    assert opened == f"{t.opened(code)}\n\n{t.DOCUMENT_BODY_WARNING}"
    assert added == f"{t.added(code)}\n\n{t.DOCUMENT_BODY_WARNING}"
    case = await rig.store.get(code, entries=True)
    assert case is not None
    assert [(e.photos, e.documents) for e in case.entries] == [(0, 1), (0, 1)]
    files = [m["document"] for m in await rig.sim.messages("admins") if "document" in m]
    assert [f["filename"] for f in files] == [f"tin-bao-{code}-1.pdf", f"tin-bao-{code}-2.docx"]
    pdf, docx = (base64.b64decode(f["data"]) for f in files)
    assert b"Lo Thi Hien" not in pdf
    assert PdfReader(io.BytesIO(pdf)).metadata is None
    assert REPORTER.name.encode() not in docx
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        assert "Nội dung" in z.read("word/document.xml").decode()
    admin = await rig.bot_texts("admins")
    assert "Kèm 1 tệp (đã xoá thông tin ẩn)" in admin[0]
    assert "(chỉ có tệp)" in admin[2]
    # Forwarded documents are not kept.
    assert await rig.redis.keys("by:tip:docs:*") == []


async def test_a_document_waits_with_its_caption_for_the_self_identification_choice(
    rig: TipRig,
) -> None:
    await rig.say(
        f"Tôi là {REPORTER.name}, biên bản đây.",
        attachments=[document(pdf_with_metadata(1), "bienban.pdf")],
    )
    assert "Trước khi gửi" in await rig.last(DM)
    assert await rig.redis.keys("by:tip:docs:*") == []
    await rig.say("/xoa")
    await rig.drain()
    code = await rig.only_code()
    assert t.DOCUMENT_BODY_WARNING in await rig.last(DM)
    (sent,) = [m["document"] for m in await rig.sim.messages("admins") if "document" in m]
    assert sent["filename"] == f"tin-bao-{code}-1.pdf"
    assert b"Nguyen Van A" not in base64.b64decode(sent["data"])


async def test_huy_withdraws_the_case_tells_the_admins_and_a_new_message_opens_a_new_case(
    rig: TipRig,
) -> None:
    await rig.say(TIP)
    await rig.drain()
    code = await rig.only_code()
    await rig.say("/huy")
    assert await rig.last(DM) == t.withdrawn(code)
    assert await rig.last("admins") == t.admin_withdrawn(code)
    case = await rig.store.get(code)
    assert case is not None and case.state is CaseState.WITHDRAWN

    answer = await rig.admin(f"traloi {code} Bạn còn đó không?")
    assert answer is not None and not answer.ok
    assert answer.text == t.reporter_gone(code)
    changed = await rig.admin(f"xong {code}")
    assert changed is not None and not changed.ok

    await rig.say("/huy")
    assert await rig.last(DM) == t.NOTHING_TO_CANCEL
    await rig.say("Tin khác: có người lạ hỏi mua đất ở xóm Bãi.")
    assert len(await rig.store.codes()) == 2
    assert "Mã tin báo của bạn" in await rig.last(DM)


async def test_huy_drops_a_message_waiting_for_the_self_identification_choice(
    rig: TipRig,
) -> None:
    await rig.say(f"Tôi là {REPORTER.name}, nhà tôi cạnh đó.")
    assert "Trước khi gửi" in await rig.last(DM)
    await rig.say("/huy")
    assert await rig.last(DM) == t.DRAFT_DROPPED
    assert await rig.store.codes() == []
    assert await rig.redis.keys("by:tip:draft:*") == []


@pytest.mark.parametrize(
    ("text", "attachments", "answer", "opens"),
    [
        ("x" * 201, [], t.too_long(200), False),
        ("Ảnh đây", [photo(), photo(), photo(), photo()], t.too_many_photos(3), False),
        ("Ảnh to", [photo(jpeg(2000, 2000) + b"\0" * 60_000)], t.photo_too_big(0.05), False),
        ("Ảnh hỏng", [photo(b"this is not an image")], t.PHOTO_UNREADABLE, False),
        ("", [Attachment(kind="document", data=b"PK\3\4", filename="a.docx")], None, False),
        ("Kèm tệp", [Attachment(kind="document", data=b"%PDF-1.4")], None, True),
        ("Ảnh chưa tải", [Attachment(kind="photo", file_id="f1")], t.PHOTO_NOT_RECEIVED, True),
        (
            "Video",
            [Attachment(kind="video", data=b"\0\0\0\x18ftypmp42")],
            t.DOCUMENT_REFUSED,
            True,
        ),
        ("Tệp to", [Attachment(kind="document", size=60_000)], t.document_too_big(0.05), True),
        ("Tệp to", [Attachment(kind="document", data=big_pdf())], t.document_too_big(0.05), True),
        (
            "Tệp chưa tải",
            [Attachment(kind="document", file_id="d1")],
            t.DOCUMENT_NOT_RECEIVED,
            True,
        ),
    ],
    ids=[
        "text",
        "photo-count",
        "photo-size",
        "photo-broken",
        "doc-only",
        "doc+text",
        "no-data",
        "video",
        "doc-size-announced",
        "doc-size",
        "doc-no-data",
    ],
)
async def test_size_limits_and_refused_files_are_answered_politely(
    rig: TipRig, text: str, attachments: list[Attachment], answer: str | None, opens: bool
) -> None:
    await rig.say(text, attachments=attachments)
    said = await rig.bot_texts(DM)
    expected = answer or t.DOCUMENT_UNSUPPORTED
    assert expected in said
    assert bool(await rig.store.codes()) is opens
    if opens:
        assert "Mã tin báo của bạn" in said[-1]


async def test_the_rate_limit_answers_politely_and_counts_under_a_keyed_hash(
    rig: TipRig,
) -> None:
    for n in range(6):
        await rig.say(f"Bổ sung số {n}: thêm chi tiết về chiếc xe tải.")
    await rig.say("Thêm một tin nữa.")
    assert await rig.last(DM) == t.RATE_LIMITED
    case = await rig.store.get(await rig.only_code(), entries=True)
    assert case is not None and len(case.entries) == 6

    expected = rig.keys.hash(f"sim:{REPORTER.id}", "reporter")
    rate_keys = [k.decode() for k in await rig.redis.keys("by:tip:rate:*")]
    assert rate_keys and all(k.startswith(f"by:tip:rate:{expected}:") for k in rate_keys)
    every_key = " ".join(k.decode() for k in await rig.redis.keys("by:tip:*"))
    assert REPORTER.id not in every_key
    # Another reporter is not affected.
    other = User("dan-khac", "Người Khác")
    await rig.say(TIP, user=other)
    assert "Mã tin báo của bạn" in await rig.last(f"dm:{other.id}")


async def test_too_many_new_cases_in_a_day_are_refused_politely(rig: TipRig) -> None:
    for n in range(2):
        await rig.say(f"Tin báo số {n}: có người lạ đi dò hỏi từng nhà.")
        await rig.admin(f"xong {(await rig.store.codes())[0]}")
    await rig.say("Tin báo thứ ba trong ngày.")
    assert await rig.last(DM) == t.TOO_MANY_CASES
    assert len(await rig.store.codes()) == 2


async def test_xem_shows_the_case_state_and_the_admins_replies(rig: TipRig) -> None:
    await rig.say(TIP)
    code = await rig.only_code()
    await rig.say("/xem")
    assert await rig.last(DM) == t.no_replies(code, "new")
    await rig.admin(f"xuly {code}")
    await rig.say("/xem")
    assert await rig.last(DM) == t.no_replies(code, "in_progress")
    assert "(đang xử lý)" in await rig.last(DM)
    await rig.admin(f"traloi {code} Bạn nhớ màu xe không?")
    await rig.say("/xem")
    assert await rig.last(DM) == t.replies(code, "in_progress", ["Bạn nhớ màu xe không?"])


async def test_a_double_press_on_the_check_buttons_sends_the_message_once(rig: TipRig) -> None:
    await rig.say(f"Tôi là {REPORTER.name}, sáng nay thấy xe đó quay lại.")
    said = await asyncio.gather(
        *(
            rig.service.choose("sim", DM, REPORTER.id, remove_spans=True),
            rig.service.choose("sim", DM, REPORTER.id, remove_spans=True),
        )
    )
    assert sorted(s == t.CHECK_EXPIRED for s in said) == [False, True]
    case = await rig.store.get(await rig.only_code(), entries=True)
    assert case is not None
    assert [e.text for e in case.entries] == ["Tôi là [đã xoá], sáng nay thấy xe đó quay lại."]


async def test_giu_sends_the_message_as_written(rig: TipRig) -> None:
    text = f"Tôi là {REPORTER.name}, tôi sẵn sàng làm chứng."
    await rig.say(text)
    await rig.say("/giu")
    await rig.drain()
    case = await rig.store.get(await rig.only_code(), entries=True)
    assert case is not None and [e.text for e in case.entries] == [text]
    assert text in await rig.last("admins")
