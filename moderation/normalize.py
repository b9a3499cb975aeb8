"""Normalise a message once; every detector reads the forms built here.

Two forms are kept, each with a map from its characters back to the original text:

* ``clean``: Unicode composed (NFC), compatibility characters folded (NFKC) one by one,
  zero-width, bidi and control characters removed, Cyrillic and Greek look-alikes folded,
  emoji replaced by a space (keycaps by their digit), runs of single letters joined
  (``T.U.Y.Ệ.T M.Ậ.T`` -> ``TUYỆT MẬT``), and look-alike letters inside digit runs turned into
  digits (``O9l2`` -> ``0912``). Case is kept: some marks (``MẬT``) are only marks in capitals.
* ``norm``: ``clean`` lower-cased, with teencode expanded (``ko`` -> ``không``) and runs of
  Vietnamese digit words turned into digits (``không chín một hai`` -> ``0 9 1 2``).

Patterns (see ``moderation.patterns``) tolerate missing diacritics, so no separate bare form is
needed; ``fold`` gives one when a detector wants to compare bare letters.

One module of about 430 lines on purpose: every pass writes through the one ``_Builder`` and
its map back to the original, and a pass split off would have to carry that map with it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import emoji

from moderation.patterns import fold
from moderation.rules import Reader

_ZERO_WIDTH_HINT = re.compile(
    "[\u00ad\u034f\u061c\u0300-\u036f\u0370-\u03ff\u0400-\u052f\u115f\u1160\u17b4\u17b5"
    "\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uff00-\uffef"
    "\ud800-\udfff\U0001d400-\U0001d7ff\U000e0000-\U000e007f\u2460-\u24ff\u3000]"
)
_NEEDS_EMOJI = re.compile("[\u00a9\u00ae\u203c-\u3299\U0001f000-\U0001faff]")
# A run holding digits starts and ends with a digit (a spelled number or plate, "1 8 P 1 2 3"),
# otherwise it is all letters: in "2 đ/c ở" the digit and the words are not one token.
_SINGLE_RUN = re.compile(
    r"(?<![^\W_])(?:\d(?:(?:[^\w\n]|_){1,3}[^\W_](?![^\W_]))+(?:[^\w\n]|_){1,3}\d(?![^\W_])"
    r"|[^\W\d_](?:(?:[^\w\n]|_){1,3}[^\W\d_](?![^\W_])){2,})"
)
_SEPARATORS = re.compile(r"(?:[^\w\n]|_)+")
_TOKEN = re.compile(r"[^\W_]+")
_WORD = re.compile(r"[^\W\d_]{2,}")
_NUMBER_GAP = re.compile(r"[\s.,\-]*")
_SENTENCE_END = re.compile(r"[.!?;…]+(?=\s|$)|\n+")
_KEEP_CONTROLS = "\n\t"
_LONG_SEPARATOR_RUN = re.compile(r"[\W_]{16,}")
_BREAK_CHARS = frozenset(".!?;…\n")


@dataclass(frozen=True)
class NormalizeRules:
    lookalikes: dict[str, str]
    digit_lookalikes: dict[str, str]
    digit_words: dict[str, str]
    min_run_tokens: int
    min_run_words: int
    teencode: dict[str, str]
    keep_after_number: frozenset[str]
    accented_ratio: float
    leet_letters: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, reader: Reader) -> NormalizeRules:
        lookalikes = reader.mapping("lookalikes")
        digit_lookalikes = reader.mapping("digit_lookalikes")
        for table, values in (("lookalikes", lookalikes), ("digit_lookalikes", digit_lookalikes)):
            for key, value in values.items():
                if len(key) != 1 or len(value) != 1:
                    raise reader.error(f"{table}.{key}", "keys and values must be one character")
        for key, value in digit_lookalikes.items():
            if not value.isdigit():
                raise reader.error(f"digit_lookalikes.{key}", "value must be a digit")
        words = reader.mapping("digit_words")
        for key, value in words.items():
            if not (value.isdigit() and len(value) == 1):
                raise reader.error(f"digit_words.{key}", "value must be one digit")
        runs = reader.child("digit_word_runs")
        teencode = {k.lower(): v for k, v in reader.mapping("teencode").items()}
        for key in teencode:
            if not _TOKEN.fullmatch(key):
                raise reader.error(f"teencode.{key}", "key must be one word (letters, digits)")
        keep = reader.child("teencode_after_number", required=False).strings("keep")
        leet = reader.mapping("leet_letters")
        for key, value in leet.items():
            if not (len(key) == 1 and key.isdigit() and len(value) == 1 and value.isalpha()):
                raise reader.error(f"leet_letters.{key}", "must map a digit to a letter")
        return cls(
            lookalikes=lookalikes,
            digit_lookalikes=digit_lookalikes,
            digit_words={fold(k): v for k, v in words.items()}
            | {k.lower(): v for k, v in words.items()},
            min_run_tokens=runs.integer("min_tokens", 4, low=2),
            min_run_words=runs.integer("min_words", 2, low=1),
            teencode=teencode,
            keep_after_number=frozenset(k.lower() for k in keep),
            accented_ratio=reader.child("diacritics").number("accented_ratio", 0.3),
            leet_letters=leet,
        )


@dataclass(frozen=True)
class EmojiHit:
    emoji: str
    start: int
    end: int


@dataclass(frozen=True)
class Normalized:
    """The forms of one message. Offsets in ``*_starts``/``*_ends`` point into ``original``."""

    original: str
    clean: str
    clean_starts: tuple[int, ...]
    clean_ends: tuple[int, ...]
    norm: str
    norm_starts: tuple[int, ...]
    norm_ends: tuple[int, ...]
    emojis: tuple[EmojiHit, ...] = ()
    sentences: tuple[tuple[int, int], ...] = field(default=())
    accented: bool = False
    """Written with diacritics: then a bare word (``ban``) means itself, not ``bán``."""

    def span(self, start: int, end: int, *, form: str = "norm") -> tuple[int, int]:
        """Map ``[start, end)`` in ``norm`` (or ``clean``) back to the original text."""
        starts, ends = (
            (self.norm_starts, self.norm_ends)
            if form == "norm"
            else (self.clean_starts, self.clean_ends)
        )
        if not starts or start >= end:
            return (0, 0)
        start = min(max(start, 0), len(starts) - 1)
        end = min(max(end, start + 1), len(ends))
        return (starts[start], ends[end - 1])

    def sentence_of(self, position: int) -> tuple[int, int]:
        """The ``norm`` span of the sentence holding ``position``."""
        for start, end in self.sentences:
            if start <= position < end:
                return (start, end)
        return (0, len(self.norm))


class _Builder:
    """Characters with their original spans, appended one output character at a time."""

    __slots__ = ("chars", "ends", "starts")

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, text: str, start: int, end: int) -> None:
        for char in text:
            self.chars.append(char)
            self.starts.append(start)
            self.ends.append(end)

    def copy(self, clean: str, starts: list[int], ends: list[int], low: int, high: int) -> None:
        """Append ``clean[low:high]`` unchanged, each character with its own span."""
        self.chars.extend(clean[low:high])
        self.starts.extend(starts[low:high])
        self.ends.extend(ends[low:high])

    def result(self) -> tuple[str, list[int], list[int]]:
        return "".join(self.chars), self.starts, self.ends


class Normalizer:
    def __init__(self, rules: NormalizeRules) -> None:
        self.rules = rules
        self._digit_fold = str.maketrans(rules.digit_lookalikes)
        posing = re.escape("".join(rules.digit_lookalikes))
        self._digitish = re.compile(rf"(?<![^\W_])[0-9{posing}]*[0-9][0-9{posing}]*(?![^\W_])")
        self._leet_fold = str.maketrans(rules.leet_letters)
        leet_digits = re.escape("".join(rules.leet_letters)) or "(?!)"
        # Digits only between letters (c4n, t13n): a word in leetspeak. Codes keep their digits
        # at an end (q7, mp3, 29a1) or use a digit with no letter look (b2b).
        self._leet_word = re.compile(rf"[^\W\d_]+(?:[{leet_digits}]+[^\W\d_]+)+")

    def __call__(self, text: str) -> Normalized:
        clean, starts, ends = self._clean(text)
        clean, starts, ends = _shorten_separator_runs(clean, starts, ends)
        clean, starts, ends = self._join_single_letters(clean, starts, ends)
        clean = self._fold_digit_runs(clean)
        norm, n_starts, n_ends = self._norm(clean, starts, ends)
        emojis = self._emojis(text) if _NEEDS_EMOJI.search(text) else ()
        return Normalized(
            original=text,
            clean=clean,
            clean_starts=tuple(starts),
            clean_ends=tuple(ends),
            norm=norm,
            norm_starts=tuple(n_starts),
            norm_ends=tuple(n_ends),
            emojis=emojis,
            sentences=_sentences(norm),
            accented=self._accented(clean),
        )

    def _accented(self, clean: str) -> bool:
        words = _WORD.findall(clean)
        if not words:
            return False
        accented = sum(1 for w in words if not w.isascii())
        return accented >= self.rules.accented_ratio * len(words)

    # -- clean -----------------------------------------------------------------------------

    def _clean(self, text: str) -> tuple[str, list[int], list[int]]:
        emoji_spans = self._emoji_spans(text) if _NEEDS_EMOJI.search(text) else {}
        if (
            not emoji_spans
            and not _ZERO_WIDTH_HINT.search(text)
            and unicodedata.is_normalized("NFC", text)
            and not _has_controls(text)
        ):
            return text, list(range(len(text))), list(range(1, len(text) + 1))
        out = _Builder()
        lookalikes = self.rules.lookalikes
        i = 0
        size = len(text)
        while i < size:
            hit = emoji_spans.get(i)
            if hit is not None:
                end, replacement = hit
                out.add(replacement, i, end)
                i = end
                continue
            char = text[i]
            category = unicodedata.category(char)
            if category in ("Mn", "Me"):
                if out.chars and not out.chars[-1].isspace():
                    composed = unicodedata.normalize("NFC", out.chars[-1] + char)
                    if len(composed) == 1:
                        out.chars[-1] = composed
                    out.ends[-1] = i + 1
            elif category == "Cs":
                out.add("\ufffd", i, i + 1)
            elif category == "Cf" or (category == "Cc" and char not in _KEEP_CONTROLS):
                pass
            elif char in lookalikes:
                out.add(lookalikes[char], i, i + 1)
            elif category == "Zs" or char == "\u3164":
                out.add(" ", i, i + 1)
            elif ord(char) > 0x7F and unicodedata.decomposition(char).startswith("<"):
                folded = unicodedata.normalize("NFKC", char)
                out.add(folded if len(folded) <= 3 else char, i, i + 1)
            else:
                out.add(char, i, i + 1)
            i += 1
        return out.result()

    @staticmethod
    def _emoji_spans(text: str) -> dict[int, tuple[int, str]]:
        spans: dict[int, tuple[int, str]] = {}
        for item in emoji.emoji_list(text):
            value = item["emoji"]
            replacement = value[0] if "\u20e3" in value else " "
            spans[item["match_start"]] = (item["match_end"], replacement)
        return spans

    @staticmethod
    def _emojis(text: str) -> tuple[EmojiHit, ...]:
        return tuple(
            EmojiHit(item["emoji"], item["match_start"], item["match_end"])
            for item in emoji.emoji_list(text)
        )

    def _join_single_letters(
        self, clean: str, starts: list[int], ends: list[int]
    ) -> tuple[str, list[int], list[int]]:
        """``T.U.Y.Ệ.T M.Ậ.T`` -> ``TUYỆT MẬT``: the most common separator of a run joins,
        any other separator with a space in it stays as one space (a word break)."""
        matches = list(_SINGLE_RUN.finditer(clean))
        if not matches:
            return clean, starts, ends
        out = _Builder()
        cursor = 0
        for match in matches:
            out.copy(clean, starts, ends, cursor, match.start())
            seps = list(_SEPARATORS.finditer(clean, match.start(), match.end()))
            common, count = Counter(m.group() for m in seps).most_common(1)[0]
            if count < 2:
                # "đ/c ở": no separator repeats, so nothing says these letters are spelled out.
                out.copy(clean, starts, ends, match.start(), match.end())
                cursor = match.end()
                continue
            pos = match.start()
            for sep in seps:
                out.add(clean[pos], starts[pos], ends[pos])
                text = sep.group()
                if text != common and any(c.isspace() for c in text):
                    out.add(" ", starts[sep.start()], ends[sep.end() - 1])
                pos = sep.end()
            out.add(clean[pos], starts[pos], ends[pos])
            cursor = match.end()
        out.copy(clean, starts, ends, cursor, len(clean))
        return out.result()

    def _fold_digit_runs(self, clean: str) -> str:
        """Letters that pose as digits inside a number (``O9l2``) become digits; one for one."""
        if not self.rules.digit_lookalikes:
            return clean
        pieces: list[str] = []
        cursor = 0
        for match in self._digitish.finditer(clean):
            token = match.group()
            digits = sum(c.isdigit() for c in token)
            letters = len(token) - digits
            if letters and len(token) >= 3 and digits >= 2 and letters <= digits:
                pieces.append(clean[cursor : match.start()])
                pieces.append(token.translate(self._digit_fold))
                cursor = match.end()
        if not pieces:
            return clean
        pieces.append(clean[cursor:])
        return "".join(pieces)

    # -- norm ------------------------------------------------------------------------------

    def _norm(
        self, clean: str, starts: list[int], ends: list[int]
    ) -> tuple[str, list[int], list[int]]:
        lower = clean.lower()
        if len(lower) != len(clean):
            lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in clean)
        tokens = list(_TOKEN.finditer(lower))
        replacements = self._digit_word_runs(lower, tokens)
        teencode = self.rules.teencode
        keep = self.rules.keep_after_number
        previous_is_number = False
        for index, token in enumerate(tokens):
            word = token.group()
            unit = previous_is_number and word in keep
            if (
                index not in replacements
                and not word.isalpha()
                and self._leet_word.fullmatch(word)
            ):
                word = word.translate(self._leet_fold)
                replacements[index] = teencode.get(word, word)
            elif index not in replacements and word in teencode and not unit:
                replacements[index] = teencode[word]
            # An amount such as 150k or 1tr5 is a number too: the kg of 150k/kg is a unit.
            previous_is_number = word[:1].isdigit()
        if not replacements:
            return lower, starts, ends
        out = _Builder()
        cursor = 0
        for index in sorted(replacements):
            token = tokens[index]
            for pos in range(cursor, token.start()):
                out.add(lower[pos], starts[pos], ends[pos])
            out.add(replacements[index], starts[token.start()], ends[token.end() - 1])
            cursor = token.end()
        for pos in range(cursor, len(lower)):
            out.add(lower[pos], starts[pos], ends[pos])
        return out.result()

    def _digit_word_runs(self, lower: str, tokens: list[re.Match[str]]) -> dict[int, str]:
        """Token index -> digit for runs like ``không chín một hai 3 4``."""
        words = self.rules.digit_words
        found: dict[int, str] = {}
        run: list[int] = []

        def close() -> None:
            spelled = [i for i in run if not tokens[i].group().isdigit()]
            if len(run) >= self.rules.min_run_tokens and len(spelled) >= self.rules.min_run_words:
                for i in spelled:
                    found[i] = words[tokens[i].group()]
            run.clear()

        for index, token in enumerate(tokens):
            word = token.group()
            numeric = word in words or (word.isdigit() and len(word) <= 4)
            if numeric and run:
                gap = lower[tokens[run[-1]].end() : token.start()]
                if not _NUMBER_GAP.fullmatch(gap):
                    close()
            if numeric:
                run.append(index)
            else:
                close()
        close()
        return found


def _shorten_separator_runs(
    clean: str, starts: list[int], ends: list[int]
) -> tuple[str, list[int], list[int]]:
    """A long run of separators (emoji turned to spaces, a line of dashes) becomes one space,
    or one line break when it held a sentence end. Patterns treat any run of separators as one
    gap anyway, and a regex that may begin with an optional gap would otherwise rescan the run
    from each of its positions (quadratic time on 10,000 emoji)."""
    matches = list(_LONG_SEPARATOR_RUN.finditer(clean))
    if not matches:
        return clean, starts, ends
    out = _Builder()
    cursor = 0
    for match in matches:
        out.copy(clean, starts, ends, cursor, match.start())
        gap = "\n" if _BREAK_CHARS.intersection(match.group()) else " "
        out.add(gap, starts[match.start()], ends[match.end() - 1])
        cursor = match.end()
    out.copy(clean, starts, ends, cursor, len(clean))
    return out.result()


def _has_controls(text: str) -> bool:
    return (
        any(unicodedata.category(c) == "Cc" and c not in _KEEP_CONTROLS for c in text)
        if (not text.isprintable())
        else False
    )


def _sentences(norm: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(norm):
        if match.start() > start:
            spans.append((start, match.end()))
        start = match.end()
    if start < len(norm):
        spans.append((start, len(norm)))
    return tuple(spans)
