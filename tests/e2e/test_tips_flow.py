"""Anonymous tips end to end through the simulator's HTTP API, then a hunt for the reporter.

After a whole conversation (tip, self-identification check, admin reply by button and by
command, follow-up, a PDF whose metadata names the reporter) every Redis key and value, every
log line at DEBUG, every RQ job payload, every message the admins received and the metrics page
are searched for the reporter's id, name, username and phone, plain and simply encoded. The
simulator's own ``sim:*`` keys are the one exception: they stand in for the messenger's servers
(Telegram or Zalo keep the user's private chat, not the bot), and they are used as the positive
control proving the search finds what is there.
"""

from __future__ import annotations

import base64
import io
import json
import logging
import re
import time
import urllib.parse
import zlib
from collections.abc import Iterator

import pytest
from aiohttp.test_utils import TestClient
from PIL import ExifTags, Image
from pypdf import PdfReader
from rq.job import Job

from bot.app import SERVICES
from bot.compose import Services
from config.settings import Settings
from handlers.ports import Attachment, ChatKind, IncomingMessage, User
from tests.conftest import eventually
from tests.support.documents import pdf_with_metadata
from tests.support.sim_api import messages, post, press

KEY = base64.urlsafe_b64encode(bytes(range(32))).decode()
REPORTER = {
    "id": "reporter-7391",
    "name": "Lò Thị Hiền",
    "username": "hien_lo91",
    "phone": "0912 345 678",
}
ADMIN = {"id": "admin", "name": "Trưởng Công an xã"}
DM = f"dm:{REPORTER['id']}"
TIP = "Tối nay có nhóm thanh niên tụ tập đua xe ở đầu cầu thôn 3, mang theo hung khí."
SELF_NAMED = "Tôi là Lò Thị Hiền, gọi tôi qua 0912 345 678 nếu cần. Nhóm đó hay tụ tập lúc 23h."
FOLLOW_UP = "Khoảng mười người, đi xe máy không gắn biển, tập trung trước quán nước."
REPLY = "Cảm ơn bạn. Nhóm đó thường đi hướng nào khi giải tán?"


@pytest.fixture
def embedded_settings(embedded_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """The shared embedded settings with a tip key (tips are off without one)."""
    monkeypatch.setenv("BINHYEN_SECRET_KEY", KEY)
    return Settings(NOTICE_TTL_SECONDS=0)


# -- the simulator API ---------------------------------------------------------------------


async def bot_says(client: TestClient, chat: str, needle: str) -> dict:
    async def find() -> dict | None:
        found = [
            m for m in await messages(client, chat) if m["user"] is None and needle in m["text"]
        ]
        return found[-1] if found else None

    return await eventually(find)  # type: ignore[return-value]


# -- the hunt ------------------------------------------------------------------------------


def _b64_cores(raw: bytes) -> set[str]:
    """Base64 text of ``raw`` wherever it sits in a longer value (any of 3 alignments)."""
    cores = set()
    for shift in range(3):
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            text = encode(b"\0" * shift + raw).decode().rstrip("=")
            start = -(-shift * 4 // 3) + 1
            cores.add(text[start : len(text) - 3])
    return {c for c in cores if len(c) >= 8}


def forms(value: str) -> set[str]:
    """Plain, hex, base64 (standard and urlsafe), JSON-escaped and URL-escaped forms."""
    raw = value.encode()
    out = {value.lower(), raw.hex(), json.dumps(value)[1:-1].lower()}
    out.add(urllib.parse.quote(value).lower())
    out |= {c.lower() for c in _b64_cores(raw)}
    return out


def needles() -> dict[str, set[str]]:
    digits = re.sub(r"\D", "", REPORTER["phone"])
    values = [REPORTER["id"], REPORTER["name"], REPORTER["username"], REPORTER["phone"]]
    values += [digits, "84" + digits[1:], "Lo Thi Hien"]
    return {v: forms(v) for v in values}


def leaks(blob: str | bytes, where: str) -> list[str]:
    if isinstance(blob, bytes):
        texts = [blob.decode("utf-8", "replace"), blob.decode("latin-1")]
    else:
        texts = [blob]
    found = []
    for value, encoded in needles().items():
        for text in texts:
            low = text.lower()
            if any(e in low or e in text for e in encoded):
                found.append(f"{value!r} in {where}")
                break
    return found


def redis_dump(services: Services) -> Iterator[tuple[str, bytes]]:
    """Every key and value (sync client on the same server), RQ job payloads decompressed."""
    r = services.sync_redis
    for raw_key in r.scan_iter(count=1000):
        key = raw_key.decode()
        kind = r.type(raw_key).decode()
        yield key, raw_key
        if kind == "string":
            yield key, r.get(raw_key) or b""
        elif kind == "hash":
            for field, value in r.hgetall(raw_key).items():
                yield key, field + b"=" + value
                if key.startswith("rq:job:") and field == b"data":
                    yield key, zlib.decompress(value)
        elif kind == "list":
            yield from ((key, v) for v in r.lrange(raw_key, 0, -1))
        elif kind == "set":
            yield from ((key, v) for v in r.smembers(raw_key))
        elif kind == "zset":
            yield from ((key, v) for v, _ in r.zrange(raw_key, 0, -1, withscores=True))
        elif kind == "stream":
            for _id, fields in r.xrange(raw_key):
                yield from ((key, k + b"=" + v) for k, v in fields.items())


def job_payloads(services: Services) -> Iterator[tuple[str, str]]:
    r = services.sync_redis
    for raw_key in r.scan_iter(match="rq:job:*"):
        job_id = raw_key.decode().removeprefix("rq:job:")
        if ":" in job_id:
            continue
        job = Job.fetch(job_id, connection=r)
        yield job_id, f"{job.func_name} {job.args!r} {job.kwargs!r} {job.description}"


# -- the test ------------------------------------------------------------------------------


async def test_a_tip_travels_both_ways_and_the_reporter_is_nowhere_in_the_bot(
    sim_client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        caplog.set_level(logging.DEBUG, logger=name)
    services = sim_client.server.app[SERVICES]
    assert services.extras["tips"] is not None

    # 1. The tip: a greeting saying what is and is not anonymous, then a case code.
    await post(sim_client, DM, REPORTER, TIP)
    greeting = await bot_says(sim_client, DM, "KHÔNG ẨN DANH")
    assert "113" in greeting["text"]
    confirmation = await bot_says(sim_client, DM, "Mã tin báo của bạn")
    code = re.search(r"TB-[A-Z0-9]{4}", confirmation["text"]).group()  # type: ignore[union-attr]

    # 2. The admins get the case code and the text, with a reply button.
    card = await bot_says(sim_client, "admins", f"Tin báo ẩn danh {code}")
    assert TIP in card["text"]
    assert {b["kind"] for b in card["buttons"]} >= {"reply", "in_progress", "done"}

    # 3. "Trả lời" explains how to reply (a press carries no text); a member may not use it.
    how = await press(sim_client, "admins", card, "reply", ADMIN)
    assert how["ok"] is True
    assert f"traloi {code}" in how["answer"]
    refused = await press(sim_client, "admins", card, "reply", {"id": "dan1", "name": "Dân"})
    assert refused["ok"] is False

    # 4. The admin replies by command; the reporter reads it in their private chat.
    await post(sim_client, "admins", ADMIN, f"traloi {code} {REPLY}")
    await bot_says(sim_client, "admins", f"Đã gửi trả lời tới người báo tin {code}")
    relayed = await bot_says(sim_client, DM, REPLY)
    assert code in relayed["text"]

    # 5. A follow-up naming the reporter: the check offers removal, the reporter accepts.
    await post(sim_client, DM, REPORTER, SELF_NAMED)
    offer = await bot_says(sim_client, DM, "Trước khi gửi")
    assert "tên của bạn" in offer["text"]
    assert "số điện thoại của bạn" in offer["text"]
    assert {b["kind"] for b in offer["buttons"]} == {"tip_remove", "tip_keep"}
    chosen = await press(sim_client, DM, offer, "tip_remove", REPORTER)
    assert chosen["ok"] is True
    cleaned = await bot_says(sim_client, "admins", "Nhóm đó hay tụ tập lúc 23h")
    assert code in cleaned["text"]
    assert "[đã xoá]" in cleaned["text"]

    # 6. A plain follow-up joins the same case.
    await post(sim_client, DM, REPORTER, FOLLOW_UP)
    added = await bot_says(sim_client, DM, "Đã bổ sung")
    assert code in added["text"]
    more = await bot_says(sim_client, "admins", FOLLOW_UP)
    assert f"Bổ sung cho tin báo {code}" in more["text"]

    # 7. A PDF whose metadata and file name name the reporter: the admins get a stripped copy
    # under a neutral name; the reporter is told its body may still name people.
    pdf = pdf_with_metadata(author=f"Lo Thi Hien {REPORTER['username']}")
    await post(sim_client, DM, REPORTER, "", document=(f"bienban-{REPORTER['id']}.pdf", pdf))
    warned = await bot_says(sim_client, DM, "nội dung bên trong tệp vẫn có thể cho biết")
    assert code in warned["text"]
    sent = await bot_says(sim_client, "admins", f"Tệp 1/1 của tin báo {code}")
    # Entry 5: the tip, the admin's reply, the checked follow-up, the plain one, this file.
    assert sent["document"]["filename"] == f"tin-bao-{code}-5.pdf"
    copy = base64.b64decode(sent["document"]["data"])
    assert copy.startswith(b"%PDF-") and len(PdfReader(io.BytesIO(copy)).pages) == 2
    # Control: the search below finds the reporter in the file the messenger received.
    (original,) = [m for m in await messages(sim_client, DM) if m.get("document")]
    assert leaks(json.dumps(original), "the original file")
    await post(sim_client, "admins", ADMIN, f"xong {code}")
    await bot_says(sim_client, DM, f"Tin báo {code} đã được xử lý xong")

    async def all_sent() -> bool:
        entries = await services.extras["tips"].store.get(code, entries=True)
        return all(e.forwarded for e in entries.entries) and services.queue.depth() == 0

    await eventually(all_sent)

    # -- the hunt --------------------------------------------------------------------------
    found: list[str] = []
    control: list[str] = []
    for key, value in redis_dump(services):
        if key.startswith("sim:"):
            control += leaks(value, key)
            continue
        found += leaks(value, key)
    for job_id, payload in job_payloads(services):
        found += leaks(payload, f"job {job_id}")
    for record in caplog.records:
        found += leaks(f"{record.name} {record.getMessage()} {record.exc_text or ''}", "log")
    metrics = await sim_client.get("/metrics")
    exposition = await metrics.text()
    assert "binhyen_tips_total" in exposition
    found += leaks(exposition, "metrics")
    for message in await messages(sim_client, "admins"):
        found += leaks(json.dumps(message, ensure_ascii=False), "admins room")
        found += leaks(json.dumps(message), "admins room (escaped)")
    assert found == []
    # Positive control: the same search finds the reporter in the messenger's own records.
    assert any("reporter-7391" in c for c in control)
    assert any("Lò Thị Hiền" in c for c in control)
    assert any(key.startswith("rq:job:") for key, _ in redis_dump(services))
    assert len(caplog.records) > 10


# -- photos --------------------------------------------------------------------------------

GPS = {
    ExifTags.GPS.GPSLatitudeRef: "N",
    ExifTags.GPS.GPSLatitude: (21.0, 1.0, 30.0),
    ExifTags.GPS.GPSLongitudeRef: "E",
    ExifTags.GPS.GPSLongitude: (105.0, 51.0, 0.0),
}


def photo_with_gps() -> bytes:
    image = Image.new("RGB", (64, 48), (30, 60, 200))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Canon"
    exif[ExifTags.Base.Model] = "Canon EOS 5D Mark IV"
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(GPS)
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


async def test_a_photo_with_gps_exif_reaches_the_admins_as_a_copy_without_it(
    sim_client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    services = sim_client.server.app[SERVICES]
    original = photo_with_gps()
    # The control, before logs are captured (decoding it here would log its EXIF itself).
    with Image.open(io.BytesIO(original)) as probe:
        assert probe.getexif().get_ifd(ExifTags.IFD.GPSInfo) == GPS
    caplog.set_level(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        caplog.set_level(logging.DEBUG, logger=name)
    user = User(REPORTER["id"], REPORTER["name"], REPORTER["username"], REPORTER["phone"])
    message_id = await services.channels["sim"].post_from_user(DM, user, "Ảnh chụp chiếc xe")
    await services.router.on_message(
        IncomingMessage(
            channel="sim",
            chat_id=DM,
            chat_kind=ChatKind.PRIVATE,
            message_id=message_id,
            user=user,
            text="Ảnh chụp chiếc xe đỗ trước cổng trường lúc 2 giờ sáng.",
            date=time.time(),
            attachments=(Attachment(kind="photo", data=original, mime_type="image/jpeg"),),
        )
    )

    async def admin_photos() -> list[dict]:
        return [m for m in await messages(sim_client, "admins") if "photo" in m]

    (sent,) = await eventually(admin_photos)  # type: ignore[misc]
    assert re.search(r"Ảnh 1/1 của tin báo TB-[A-Z0-9]{4}$", sent["text"])
    received = base64.b64decode(sent["photo"])
    assert received != original
    with Image.open(io.BytesIO(received)) as copy:
        assert copy.size == (64, 48)
        assert copy.getexif().get_ifd(ExifTags.IFD.GPSInfo) == {}
        assert dict(copy.getexif()) == {}
        assert "exif" not in copy.info
    assert b"Exif" not in received
    assert b"Canon" not in received
    # Nor in the logs: Pillow logs EXIF values at DEBUG while decoding.
    logged = "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records)
    assert "Canon" not in logged
    assert "105.0" not in logged
    assert leaks(logged, "log") == []
