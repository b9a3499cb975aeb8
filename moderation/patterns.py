"""Compile rule patterns written in proper Vietnamese into diacritic-tolerant regexes.

Rule authors write ``bán hàng``; the compiled pattern matches ``bán hàng`` and ``ban hang`` but
not ``bạn hàng``: a letter with a diacritic matches itself or its bare letter, a bare letter
matches only itself. Text written with diacritics must therefore carry the right ones, while
text written without any still matches. A space in a pattern stands for one or more separators,
so ``vay tiền`` also matches ``vay - tiền`` and ``vay  tiền``; `` ?`` stands for an optional
separator (``lô ?đề`` also matches ``lôđề``, what ``l-ô-đ-ề`` becomes once its letters are
joined). A pattern starting with ``=`` always needs its diacritics (``=cược`` must not
match the ``cuoc`` of ``can cuoc``). Every pattern is anchored on word boundaries.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

SEPARATOR = r"[\W_]+"
OPTIONAL_SEPARATOR = r"[\W_]*"


@lru_cache(maxsize=4096)
def strip_diacritics(char: str) -> str:
    """The bare letter of one character (``ậ`` -> ``a``, ``đ`` -> ``d``); others unchanged."""
    if char in "đĐ":
        return "d" if char == "đ" else "D"
    if char.isascii() or not char.isalpha():
        return char
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() else char


def fold(text: str) -> str:
    """Lower-case and drop diacritics, keeping the length (one character for one)."""
    return "".join(strip_diacritics(c) for c in text.lower())


def tolerant(pattern: str, *, accents: bool = True) -> str:
    """Rewrite a regex so that accented letters also match their bare letters.

    With ``accents=False`` only spaces are rewritten: the strict form used on messages that
    are written with diacritics, where a bare ``ban`` is ``ban`` (trực ban) and not ``bán``.
    """
    if pattern.startswith("="):
        pattern, accents = pattern[1:], False
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
                out.append(char)
            else:
                bare = strip_diacritics(char) if accents else char
                out.append(char + bare if bare != char else char)
        elif char == "[":
            in_class = True
            out.append(char)
            if pattern[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                out.append("]")
                i += 1
        elif char == " " and pattern[i + 1 : i + 2] == "?":
            out.append(OPTIONAL_SEPARATOR)
            i += 1
        elif char == " ":
            out.append(SEPARATOR)
        else:
            bare = strip_diacritics(char) if accents else char
            out.append(f"[{char}{bare}]" if bare != char else char)
        i += 1
    return "".join(out)


def compile_pattern(
    pattern: str, *, case_sensitive: bool = False, accents: bool = True
) -> re.Pattern[str]:
    """Compile one rule pattern; raises ``re.error`` on a bad regex."""
    body = tolerant(pattern, accents=accents)
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])", flags)


def compile_alternation(
    patterns: list[str] | tuple[str, ...], *, accents: bool = True
) -> re.Pattern[str] | None:
    """One regex for a list of patterns (faster than trying each); ``None`` for an empty list."""
    if not patterns:
        return None
    body = "|".join(
        f"(?:{tolerant(p, accents=accents)})" for p in sorted(patterns, key=len, reverse=True)
    )
    return re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])", re.IGNORECASE)
