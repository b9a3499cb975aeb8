"""Bad input: every message gets a decision, never an exception; long text is checked whole, in
overlapping chunks, up to the cap, and a cut past it says so."""

from __future__ import annotations

import itertools
import json
import random

import pytest

from moderation import Action, Category, Decision
from moderation.engine import MAX_CHARS, MAX_TOTAL, OVERLAP, default_engine


def decide(text: object) -> Decision:
    return default_engine().moderate(text)  # type: ignore[arg-type]


def _binary_junk(size: int) -> str:
    rng = random.Random(3)
    return bytes(rng.randrange(256) for _ in range(size)).decode("latin-1")


BAD_INPUTS = {
    "empty": "",
    "only whitespace": " \n\t \u3000 ",
    "only zero-width": "\u200b\u200c\u200d\ufeff" * 50,
    "100 KB of prose": "Tối nay họp tổ dân phố lúc 8 giờ ở nhà văn hóa. " * 2100,
    "100 KB without a break": "x" * 100_000,
    "binary junk": _binary_junk(20_000),
    "NUL and control bytes": "\x00\x01\x02\x1b[31m\x7f" * 500,
    "lone surrogates": "ai đó \ud800 gửi \udfff tin \udbff\udc00 lạ",
    "10,000 emoji": "😀" * 10_000,
    "10,000 gambling emoji": "🎰💰" * 5_000,
    "emoji with skin tones and joiners": "👩🏽‍💻👨‍👩‍👧‍👦🏳️‍🌈" * 1_000,
    "10,000 combining marks": "a" + "\u0301" * 10_000,
    "a line of dashes": "-" * 20_000,
    "single letters with dots": "a." * 20_000,
    "digits with spaces": "1 " * 20_000,
    "right-to-left overrides": "\u202e" + "txet" * 2_000,
}


@pytest.mark.parametrize("text", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_when_input_is_bad_then_a_decision_comes_back(text: str) -> None:
    decision = decide(text)
    assert isinstance(decision.action, Action)
    assert not any(note.startswith("lỗi bộ kiểm duyệt") for note in decision.notes)
    assert len(decision.checks) == 3
    # The decision can be stored and shown to an admin.
    assert Decision.from_dict(json.loads(json.dumps(decision.to_dict()))) == decision
    for finding in decision.findings:
        assert 0 <= finding.start <= finding.end <= len(text)


@pytest.mark.parametrize("text", [None, b"CCCD 001203012345", b"\xff\xfe\x00junk", 12345])
def test_when_input_is_not_a_string_then_it_is_read_as_text(text: object) -> None:
    decision = decide(text)
    assert not any(note.startswith("lỗi bộ kiểm duyệt") for note in decision.notes)


def test_when_bytes_hold_an_id_number_then_it_is_still_found() -> None:
    assert Category.PERSONAL_DATA in decide(b"CCCD 001203012345").categories


def test_when_text_is_past_the_cap_then_it_is_cut_at_a_sentence_and_the_cut_is_reported() -> None:
    sentence = "Tối nay họp tổ dân phố lúc 8 giờ ở nhà văn hóa. "
    text = sentence * (MAX_TOTAL // len(sentence) + 10)
    decision = decide(text)
    assert decision.truncated
    assert decision.to_dict()["truncated"] is True
    note = next(n for n in decision.notes if n.startswith("tin quá dài"))
    checked = int(note.split("kiểm tra ")[1].split("/")[0])
    assert MAX_TOTAL // 2 < checked <= MAX_TOTAL
    assert f"/{len(text)} " in note
    # The cut falls at the end of a sentence, not inside a word.
    assert text[:checked].endswith(". ")


def test_when_text_is_short_then_nothing_is_cut() -> None:
    decision = decide("Tối nay họp tổ dân phố lúc 8 giờ.")
    assert not decision.truncated
    assert not decision.notes


def test_when_a_secret_is_at_the_start_of_a_long_text_then_it_is_still_found() -> None:
    text = "CCCD của em 001203012345. " + "Bà con nhớ giữ gìn vệ sinh chung. " * 3000
    decision = decide(text)
    assert not decision.truncated
    assert Category.PERSONAL_DATA in decision.categories
    finding = next(f for f in decision.findings if f.label == "citizen_id")
    assert text[finding.start : finding.end] == "001203012345"


def test_when_lone_surrogates_surround_an_id_then_it_is_found_with_original_offsets() -> None:
    text = "\ud800 CCCD \udfff 001203012345 \ud800"
    finding = next(f for f in decide(text).findings if f.label == "citizen_id")
    assert text[finding.start : finding.end] == "001203012345"


def test_when_emoji_runs_separate_words_then_a_secret_mark_is_still_found() -> None:
    text = "TUYỆT" + "😀" * 1_000 + "MẬT: danh sách đối tượng"
    assert Category.STATE_SECRET in decide(text).categories


@pytest.mark.parametrize(
    "filler",
    [
        "Bà con nhớ giữ gìn vệ sinh chung. " * 124,  # 4,216 characters of sentences
        "a" * 4200 + " ",  # one long word, no sentence to cut at
        "😀" * 10_000,  # what the normaliser turns into spaces
    ],
    ids=["after-4200-chars", "after-a-4200-char-word", "after-10000-emoji"],
)
def test_when_an_id_comes_after_the_first_chunk_then_it_is_still_held(filler: str) -> None:
    text = filler + "CCCD của tôi là 001203012345 nhé"
    assert len(text) > MAX_CHARS
    decision = decide(text)
    assert decision.action is Action.HOLD
    assert not decision.truncated
    [finding] = [f for f in decision.findings if f.label == "citizen_id"]
    assert text[finding.start : finding.end] == "001203012345"


def test_when_an_id_straddles_a_chunk_boundary_then_the_overlap_finds_it_once() -> None:
    engine = default_engine()
    text = "x" * 50 + " " + "Bà con nhớ giữ gìn vệ sinh chung. " * 200
    first_end = len(engine.chunks(text)[0][1])
    # Put the number across the end of the first chunk: only the overlap sees it whole.
    at = first_end - 6
    text = text[:at] + " 001203012345 " + text[at:]
    chunks = engine.chunks(text)
    assert len(chunks) > 1
    assert all(len(piece) <= MAX_CHARS for _, piece in chunks)
    for (start, piece), (next_start, _) in itertools.pairwise(chunks):
        assert start + len(piece) - next_start == OVERLAP
    found = [f for f in engine.moderate(text).findings if f.label == "citizen_id"]
    assert [text[f.start : f.end] for f in found] == ["001203012345"]
