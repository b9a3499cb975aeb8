"""Shape of the labelled moderation corpus (tests/data/corpus.jsonl) and its reproducibility."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "corpus.jsonl"
BUILDER = DATA / "build_corpus.py"
ALLOWED = {"personal_data", "state_secret", "off_topic"}
KEYS = {"id", "text", "labels", "note"}
# Notes of lines whose number was written in a disguised form (not checked digit by digit).
NUMBER_OBFUSCATIONS = {
    "digits_spaced", "chars_spaced", "digits_dotted", "digits_dashed", "digit_words",
    "o_for_0", "zero_width_digits", "emoji_digits",
}  # fmt: skip

# Letters that only occur with Vietnamese diacritics (NFC), including đ.
VIET_MARKED = set(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"
)
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
LETTER = r"[^\W\d_]"
# T.U.Y.Ệ.T M.Ậ.T, l*ô đ*ề, v-a-y (but not the abbreviation v.v)
SPELLED = re.compile(rf"(?<!\w)(?!v\.v)(?i:{LETTER}(?:[.\-_*]{LETTER})+)(?![\w.\-_*])")
# T U Y Ệ T, t h u  h ồ i (three or more single letters)
SPELLED_SPACES = re.compile(rf"(?<!\w){LETTER}(?: {LETTER}){{2,}}(?!\w)")
# 0 9 1 2 3 4..., 5 1 C 9 5 5 7 3, 0.9.1.2...
SPACED_CHARS = re.compile(r"(?<!\w)\w(?:[ .\-_]\w){5,}(?!\w)")
EMAIL_WRITTEN_OUT = re.compile(r"\[at\]|\(@\)|\[dot\]| a còng | a cong | @ ")
DIGIT_WORD = (
    r"(?:không|khong|một|mot|hai|ba|bốn|bon|tư|tu|năm|nam|sáu|sau|bảy|bẩy|bay|tám|tam|chín|chin)"
)
# "không chín một hai ...", also with the letter of a plate or passport in between.
DIGIT_WORDS = re.compile(rf"(?i)(?<!\w){DIGIT_WORD}(?:\s+(?:{DIGIT_WORD}|[a-z]))+(?!\w)")
NUMBER_RUN = re.compile(r"(?<!\w)[A-Z]?[+\dOoIl][\dOoIl .\-]{5,}[\dOoIl](?!\w)")
EMOJI = "[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b55]\ufe0f?"
EMOJI_BETWEEN = re.compile(rf"\w ?{EMOJI} ?(?=\w)")


def _letters_for_digits(run: str) -> bool:
    """A number such as ``O9l2 345 678``: >= 5 digits and a token mixing digits with O/o/I/l."""
    if sum(ch.isdigit() for ch in run) < 5:
        return False
    tokens = re.split(r"[ .\-]+", run)
    return any(re.search(r"\d", t) and re.search(r"[OoIl]", t) for t in tokens)


def _count_digit_words(run: str) -> int:
    return sum(1 for token in run.split() if re.fullmatch(DIGIT_WORD, token, flags=re.I))


def load() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def obfuscation_signals(text: str) -> list[str]:
    """Why a line counts as diacritic-free or obfuscated (empty list: plain Vietnamese)."""
    signals = []
    if INVISIBLE.search(text):
        signals.append("invisible")
    if CYRILLIC.search(text):
        signals.append("cyrillic")
    if not unicodedata.is_normalized("NFC", text):
        signals.append("nfd")
    letters = [ch for ch in unicodedata.normalize("NFC", text) if ch.isalpha()]
    if len(letters) >= 12 and not any(ch in VIET_MARKED for ch in letters):
        signals.append("no_diacritics")
    if SPELLED.search(text) or SPELLED_SPACES.search(text):
        signals.append("spelled_letters")
    if SPACED_CHARS.search(text):
        signals.append("spaced_characters")
    if EMAIL_WRITTEN_OUT.search(text):
        signals.append("email_written_out")
    if any(_count_digit_words(m.group(0)) >= 6 for m in DIGIT_WORDS.finditer(text)):
        signals.append("digit_words")
    if any(_letters_for_digits(run) for run in NUMBER_RUN.findall(text)):
        signals.append("o_for_0")
    if len(EMOJI_BETWEEN.findall(text)) >= 2:
        signals.append("emoji_between_words")
    return signals


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return load()


def test_every_line_parses_with_the_expected_keys(rows: list[dict]) -> None:
    assert len(rows) >= 800
    for row in rows:
        assert set(row) <= KEYS and {"id", "text", "labels"} <= set(row), row
        assert isinstance(row["text"], str) and row["text"].strip(), row
        assert isinstance(row["labels"], list), row
        assert re.fullmatch(r"c\d{4}", row["id"]), row


def test_ids_are_unique(rows: list[dict]) -> None:
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))


def test_texts_are_unique(rows: list[dict]) -> None:
    texts = Counter(row["text"] for row in rows)
    assert [t for t, n in texts.items() if n > 1] == []


def test_labels_come_from_the_allowed_set(rows: list[dict]) -> None:
    for row in rows:
        assert set(row["labels"]) <= ALLOWED, row
        assert len(row["labels"]) == len(set(row["labels"])), row


def test_every_category_has_enough_positives_and_clean_lines_dominate(rows: list[dict]) -> None:
    counts = Counter(label for row in rows for label in row["labels"])
    for label in ALLOWED:
        assert counts[label] >= 100, (label, counts)
    clean = sum(1 for row in rows if not row["labels"])
    assert 0.40 <= clean / len(rows) <= 0.55, clean / len(rows)
    assert any(len(row["labels"]) == 2 for row in rows)


def test_every_sub_kind_has_examples(rows: list[dict]) -> None:
    kinds = Counter()
    for row in rows:
        for kind in row.get("note", "").split(" ")[0].split("+"):
            kinds[kind] += 1
    expected = {
        "cccd", "cmnd", "passport", "phone_mobile", "phone_landline", "bank_account", "email",
        "address", "plate", "dob_name", "mst", "bhxh", "health", "criminal_record",
        "secrecy_mark", "boc_bi", "thu_hoi", "raid_plan", "arrest_plan", "informant",
        "undercover", "internal_measure", "patrol_deployment", "forwarded_doc",
        "ads", "loan", "gambling", "scam_phishing", "mlm", "chain", "political", "adult",
    }  # fmt: skip
    thin = {kind: kinds[kind] for kind in expected if kinds[kind] < 8}
    assert thin == {}


def test_about_a_third_is_diacritic_free_or_obfuscated(rows: list[dict]) -> None:
    flagged = [row for row in rows if obfuscation_signals(row["text"])]
    share = len(flagged) / len(rows)
    assert 0.30 <= share <= 0.45, share
    # Obfuscation is spread over clean and labelled lines alike.
    for label in ALLOWED:
        positives = [row for row in rows if label in row["labels"]]
        hidden = [row for row in positives if obfuscation_signals(row["text"])]
        assert len(hidden) / len(positives) >= 0.2, label
    clean = [row for row in rows if not row["labels"]]
    assert sum(1 for row in clean if obfuscation_signals(row["text"])) / len(clean) >= 0.2


def test_every_obfuscation_kind_occurs(rows: list[dict]) -> None:
    seen = Counter(signal for row in rows for signal in obfuscation_signals(row["text"]))
    for signal in (
        "invisible", "cyrillic", "nfd", "no_diacritics", "spelled_letters", "spaced_characters",
        "digit_words", "o_for_0", "emoji_between_words",
    ):  # fmt: skip
        assert seen[signal] >= 5, (signal, seen)


def test_lines_are_nfc_except_the_deliberate_nfd_ones(rows: list[dict]) -> None:
    for row in rows:
        if not unicodedata.is_normalized("NFC", row["text"]):
            assert "nfd" in row.get("note", ""), row


def test_cccd_numbers_have_a_valid_province_and_century_digit(rows: list[dict]) -> None:
    sys.path.insert(0, str(DATA))
    try:
        from build_corpus import PROVINCES
    finally:
        sys.path.remove(str(DATA))
    checked = 0
    for row in rows:
        note = row.get("note", "")
        kinds = note.split(" ")[0].split("+")
        if "cccd" not in kinds or NUMBER_OBFUSCATIONS & set(re.split(r"[:,]", note)):
            continue
        for number in re.findall(r"(?<!\d)\d{3} ?\d{3} ?\d{6}(?!\d)", row["text"]):
            digits = number.replace(" ", "")
            assert digits[:3] in PROVINCES and digits[3] in "0123", row
            checked += 1
    assert checked >= 12


def test_generator_reproduces_the_committed_file(tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    subprocess.run([sys.executable, str(BUILDER), "--out", str(out)], check=True)
    assert out.read_bytes() == CORPUS.read_bytes()
