"""What each channel declares it can do, the mode chosen from it, and what the card says."""

from __future__ import annotations

import dataclasses
import time
from types import SimpleNamespace

import pytest

from bot.channels.simulator import SimulatorChannel
from bot.channels.telegram import TelegramChannel
from bot.channels.zalo import ZaloBotChannel
from bot.channels.zalo_oa import ZaloOAChannel
from handlers.ports import Attachment, Capabilities, User
from handlers.review.service import ReviewService
from handlers.review.store import HeldItem, State
from tests.support.items import CCCD, TEXT, cccd_decision

# channel name, its class, and (delete, buttons, sees all group messages, private messages,
# re-post a received photo, upload a document)
DECLARED = [
    ("sim", SimulatorChannel, (True, True, True, True, False, True)),
    ("telegram", TelegramChannel, (True, True, True, True, True, True)),
    ("zalo", ZaloBotChannel, (False, False, False, True, False, False)),
    ("zalo_oa", ZaloOAChannel, (False, False, True, True, False, False)),
]

# channel name -> what its card must say about a held personal-data leak
CARD_SAYS = {
    "sim": ["Tin đã được ẩn khỏi nhóm."],
    "telegram": ["Tin đã được ẩn khỏi nhóm."],
    "zalo": [
        "tin vẫn hiển thị trong nhóm cho tới khi quản trị viên gỡ tin trong ứng dụng Zalo",
        "Bot nhắn riêng đề nghị người gửi thu hồi tin",
        "bot chỉ thấy tin nhắc tới bot",
    ],
    "zalo_oa": [
        "tin vẫn hiển thị trong nhóm cho tới khi quản trị viên gỡ tin trong ứng dụng Zalo",
        "Bot nhắn riêng đề nghị người gửi thu hồi tin",
    ],
}


@pytest.mark.parametrize(("name", "cls", "declared"), DECLARED, ids=[d[0] for d in DECLARED])
def test_each_channel_declares_delete_buttons_group_visibility_and_private_messages(
    name: str, cls: type, declared: tuple[bool, ...]
) -> None:
    caps: Capabilities = cls.capabilities
    assert cls.name == name
    got = (
        caps.delete_messages,
        caps.buttons,
        caps.sees_all_group_messages,
        caps.private_messages,
        caps.repost_photos,
        caps.send_documents,
    )
    assert got == declared


@pytest.mark.parametrize(
    ("delete", "wanted", "mode"),
    [
        (True, "hold", "hold"),
        (False, "hold", "alert"),
        (True, "alert", "alert"),
        (False, "alert", "alert"),
        (True, "allow", "allow"),
        (False, "allow", "allow"),
    ],
)
def test_the_strongest_mode_is_hold_only_where_the_channel_can_delete(
    delete: bool, wanted: str, mode: str
) -> None:
    caps = Capabilities(
        delete_messages=delete,
        buttons=False,
        sees_all_group_messages=True,
        private_messages=True,
        edit_messages=False,
    )
    assert caps.strongest_mode(wanted) == mode


def review_of(name: str, cls: type) -> ReviewService:
    # Card text reads only the channels' capabilities; the store, bindings and queue stay out.
    channels = {name: SimpleNamespace(capabilities=cls.capabilities)}
    return ReviewService(None, None, channels, None)  # type: ignore[arg-type]


def held(name: str, mode: str, taken: str) -> HeldItem:
    return HeldItem(
        id="12",
        channel=name,
        chat_id="nhom-1",
        chat_title="Nhóm thôn 3",
        message_id="m1",
        author=User("dan1", "Nguyễn Văn An"),
        text=TEXT,
        date=time.time(),
        decision=cccd_decision(),
        mode=mode,
        taken=taken,
        state=State.HELD,
        created_at=time.time(),
    )


@pytest.mark.parametrize(("name", "cls", "declared"), DECLARED, ids=[d[0] for d in DECLARED])
def test_the_card_says_which_action_the_channel_allowed(
    name: str, cls: type, declared: tuple[bool, ...]
) -> None:
    mode = cls.capabilities.strongest_mode("hold")
    taken = "deleted" if mode == "hold" else "kept"
    card = review_of(name, cls).card_text(held(name, mode, taken))
    for phrase in CARD_SAYS[name]:
        assert phrase in card
    assert f"【{CCCD}】" in card
    if not cls.capabilities.sees_all_group_messages:
        assert "chỉ thấy tin nhắc tới bot" in card
    else:
        assert "chỉ thấy tin nhắc tới bot" not in card
    # Without buttons the card is answered by number, in text.
    assert ("duyet 12" in card) is (not cls.capabilities.buttons)


def test_an_alert_chosen_by_policy_on_a_channel_that_can_delete_says_so() -> None:
    card = review_of("telegram", TelegramChannel).card_text(held("telegram", "alert", "kept"))
    assert "Chỉ cảnh báo (theo chính sách của nhóm)" in card
    assert "vẫn hiển thị" in card
    assert "không cho bot xoá" not in card


@pytest.mark.parametrize(("name", "cls", "declared"), DECLARED, ids=[d[0] for d in DECLARED])
def test_the_card_of_a_held_photo_says_what_approving_brings_back(
    name: str, cls: type, declared: tuple[bool, ...]
) -> None:
    mode = cls.capabilities.strongest_mode("hold")
    taken = "deleted" if mode == "hold" else "kept"
    item = dataclasses.replace(
        held(name, mode, taken), media=(Attachment(kind="photo", file_id="f1"),)
    )
    card = review_of(name, cls).card_text(item)
    if mode != "hold":  # still visible in the group: nothing is re-posted
        assert "📷" not in card
    elif cls.capabilities.repost_photos:
        assert "📷 Tin có kèm 1 ảnh (bot gửi ảnh ngay trước thẻ này)" in card
        assert "Duyệt: đăng lại ảnh và chữ" in card
    else:
        assert "📷 Tin có kèm 1 ảnh; khi duyệt, bot chỉ đăng lại được phần chữ." in card


@pytest.mark.parametrize("cls", [ZaloBotChannel, ZaloOAChannel], ids=["zalo", "zalo_oa"])
async def test_a_zalo_channel_posts_a_note_instead_of_a_document(cls: type) -> None:
    sent: list[tuple[str, str, str | None]] = []

    async def send_message(chat_id: str, text: str, *, key: str | None = None) -> str:
        sent.append((chat_id, text, key))
        return "m1"

    channel = SimpleNamespace(send_message=send_message)
    message_id = await cls.send_document(
        channel, "admins", b"%PDF-1.7", filename="tin-bao.pdf", caption="Tệp 1/1", key="k1"
    )
    assert message_id == "m1"
    assert sent == [("admins", "Tệp 1/1\n[Tệp đính kèm không gửi được qua Zalo.]", "k1")]
    assert not cls.capabilities.send_documents
