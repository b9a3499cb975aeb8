"""A detector made of data: signals, context boosts and suppressors from one rule file.

Scoring, per label, is small enough to explain to an admin in one line:

* each *signal* (a list of patterns, optionally case-sensitive, or emoji) that matches adds its
  score; scores of different signals combine as independent evidence (noisy-or);
* each *context* found in scope (the sentence of a match, or the whole message) adds its boost;
* each *suppressor* found in scope (for example a scam *warning* or someone quoting the rule)
  multiplies the score of the matches it covers by its factor, unless the signal is at least as
  strong as the suppressor's ``spare_at``.

A signal with ``standalone`` keeps a match only when that word stands alone rather than inside
a compound (``mật`` in ``tài liệu mật`` but not in ``mật ong``); this is the one place where
the word segmenter is asked, and only when the neighbouring word is not already known.

One module of about 430 lines on purpose: the rule format (``PhraseRules``) and the scorer that
reads it (``PhraseDetector``) change together; each half alone would not say what a rule means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypeVar

from moderation.detectors.base import merge_spans, noisy_or, result
from moderation.normalize import Normalized
from moderation.patterns import compile_alternation, tolerant
from moderation.rules import Reader
from moderation.segment import Segmenter
from moderation.types import Category, CheckResult, Finding

SCOPES = ("sentence", "message")
_NEXT_WORD = re.compile(r"[\W_]*([^\W_]+)")
_ACCENTED = re.compile(r"[^\x00-\x7f]")
_MaybePattern = TypeVar("_MaybePattern", re.Pattern[str], None)


@dataclass(frozen=True)
class Signal:
    label: str
    score: float
    reason: str
    pattern: re.Pattern[str] | None
    strict: re.Pattern[str] | None
    case_pattern: re.Pattern[str] | None
    emoji: frozenset[str]
    requires: re.Pattern[str] | None
    requires_scope: str
    unless: re.Pattern[str] | None
    standalone: str


@dataclass(frozen=True)
class Context:
    name: str
    labels: frozenset[str]
    boost: float
    reason: str
    pattern: re.Pattern[str] | None
    strict: re.Pattern[str] | None
    emoji: frozenset[str]
    scope: str


@dataclass(frozen=True)
class Suppressor:
    name: str
    labels: frozenset[str]
    factor: float
    reason: str
    pattern: re.Pattern[str]
    scope: str
    spare_at: float


@dataclass(frozen=True)
class _Match:
    signal: Signal
    start: int
    end: int
    form: str  # "norm" or "clean" or "emoji" (then offsets are original offsets)


@dataclass(frozen=True)
class PhraseRules:
    detector: str
    category: Category
    signals: tuple[Signal, ...]
    contexts: tuple[Context, ...]
    suppressors: tuple[Suppressor, ...]

    @classmethod
    def read(cls, reader: Reader) -> PhraseRules:
        detector = reader.string("detector")
        category = reader.choice("category", tuple(c.value for c in Category), "")
        signals = []
        for item in reader.children("signal"):
            pattern = _plain(item.alternation("patterns"))
            strict = _plain(compile_alternation(item.patterns("patterns"), accents=False))
            case_patterns = item.patterns("case_patterns")
            emoji = frozenset(item.strings("emoji"))
            if pattern is None and not case_patterns and not emoji:
                raise item.error("patterns", "a signal needs patterns, case_patterns or emoji")
            case_pattern = None
            if case_patterns:
                body = "|".join(f"(?:{p})" for p in case_patterns)
                case_pattern = _case_sensitive(body)
            signals.append(
                Signal(
                    label=item.string("label"),
                    score=item.number("score"),
                    reason=item.string("reason"),
                    pattern=pattern,
                    strict=strict,
                    case_pattern=case_pattern,
                    emoji=emoji,
                    requires=_plain(item.alternation("requires")),
                    requires_scope=item.choice("requires_scope", SCOPES, "sentence"),
                    unless=_plain(item.alternation("unless")),
                    standalone=item.data.get("standalone", ""),
                )
            )
        if not signals:
            raise reader.error("signal", "at least one [[signal]] is needed")
        labels = {s.label for s in signals}
        contexts = []
        for item in reader.children("context"):
            wanted = frozenset(item.strings("labels"))
            _check_labels(item, wanted, labels)
            pattern = _plain(item.alternation("patterns"))
            strict = _plain(compile_alternation(item.patterns("patterns"), accents=False))
            emoji = frozenset(item.strings("emoji"))
            if pattern is None and not emoji:
                raise item.error("patterns", "a context needs patterns or emoji")
            contexts.append(
                Context(
                    name=item.string("name"),
                    labels=wanted,
                    boost=item.number("boost"),
                    reason=item.string("reason"),
                    pattern=pattern,
                    strict=strict,
                    emoji=emoji,
                    scope=item.choice("scope", SCOPES, "message"),
                )
            )
        suppressors = []
        for item in reader.children("suppress"):
            wanted = frozenset(item.strings("labels"))
            _check_labels(item, wanted, labels)
            suppressors.append(
                Suppressor(
                    name=item.string("name"),
                    labels=wanted,
                    factor=item.number("factor"),
                    reason=item.string("reason"),
                    pattern=_plain(item.alternation("patterns", required=True)),
                    scope=item.choice("scope", SCOPES, "sentence"),
                    spare_at=item.number("spare_at", 1.0),
                )
            )
        return cls(
            detector, Category(category), tuple(signals), tuple(contexts), tuple(suppressors)
        )


def _plain(pattern: _MaybePattern) -> _MaybePattern:
    """The same regex with its capturing groups made non-capturing: nothing reads the groups,
    and CPython searches a large alternation of capturing groups about twice as slowly (each
    group saves its marks on every try).

    These patterns only ever search the lower-cased form (``Normalized.norm``), so a pattern
    with no upper-case letter also drops ``IGNORECASE``: case-folding search is about three
    times slower."""
    if pattern is None:
        return None
    out: list[str] = []
    source = pattern.pattern
    upper = False
    in_class = False
    i = 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            out.append(source[i : i + 2])
            i += 2
            continue
        upper = upper or char.isupper()
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # "]" right after "[" or "[^" is a literal member, not the end of the class.
            end = i + 1 + (source[i + 1 : i + 2] == "^")
            if source[end : end + 1] == "]":
                out.append(source[i : end + 1])
                i = end + 1
                continue
        elif char == "(" and source[i + 1 : i + 2] != "?":
            out.append("(?:")
            i += 1
            continue
        out.append(char)
        i += 1
    flags = pattern.flags if upper else pattern.flags & ~re.IGNORECASE
    return re.compile("".join(out), flags)


def _case_sensitive(body: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_])(?:{tolerant(body)})(?![^\W_])")


_WORD_START = r"(?<![^\W_])(?:"
_WORD_END = r")(?![^\W_])"


def _any_of(
    patterns: list[re.Pattern[str] | None], flags: int | None = None
) -> re.Pattern[str] | None:
    """One regex that matches where any of ``patterns`` does. The word-boundary checks that
    every compiled pattern carries are hoisted out of the alternation, so they run once per
    position instead of once per pattern (a third faster on typical messages). ``flags``
    default to ``IGNORECASE`` when any of the patterns has it."""
    present = [p for p in patterns if p is not None]
    sources = [p.pattern for p in present]
    if not sources:
        return None
    if flags is None:
        flags = re.IGNORECASE if any(p.flags & re.IGNORECASE for p in present) else 0
    if all(p.startswith(_WORD_START) and p.endswith(_WORD_END) for p in sources):
        bodies = (p[len(_WORD_START) : -len(_WORD_END)] for p in sources)
        return re.compile(_WORD_START + "|".join(bodies) + _WORD_END, flags)
    return re.compile("|".join(sources), flags)


def _check_labels(item: Reader, wanted: frozenset[str], labels: set[str]) -> None:
    unknown = sorted(wanted - labels)
    if unknown:
        raise item.error("labels", f"unknown label(s) {', '.join(unknown)}")


class PhraseDetector:
    def __init__(self, rules: PhraseRules, segmenter: Segmenter | None = None) -> None:
        self.rules = rules
        self.name = rules.detector
        self.category = rules.category
        self.segmenter = segmenter or Segmenter()
        # One pass over the text says whether any signal can match; most messages stop there.
        self._any = _any_of([s.pattern for s in rules.signals])
        self._any_strict = _any_of([s.strict for s in rules.signals])
        self._any_case = _any_of([s.case_pattern for s in rules.signals], 0)
        self._emoji = frozenset().union(*(s.emoji for s in rules.signals))

    def check(self, text: Normalized) -> CheckResult:
        matches = self._matches(text)
        if not matches:
            return result(self.name, [])
        by_label: dict[str, list[_Match]] = {}
        for match in matches:
            by_label.setdefault(match.signal.label, []).append(match)
        findings: list[Finding] = []
        for label, group in by_label.items():
            finding_score, reason = self._score(text, label, group)
            spans = []
            for match in group:
                if match.form == "emoji":
                    spans.append((match.start, match.end))
                else:
                    spans.append(text.span(match.start, match.end, form=match.form))
            for start, end in merge_spans(spans):
                findings.append(
                    Finding(
                        detector=self.name,
                        category=self.category,
                        label=label,
                        start=start,
                        end=end,
                        score=finding_score,
                        reason=reason,
                        text=text.original[start:end],
                    )
                )
        return result(self.name, findings)

    # -- matching --------------------------------------------------------------------------

    def _matches(self, text: Normalized) -> list[_Match]:
        found: list[_Match] = []
        emoji_present = {hit.emoji for hit in text.emojis}
        any_pattern = self._any_strict if text.accented else self._any
        first = any_pattern.search(text.norm) if any_pattern is not None else None
        if (
            not (emoji_present & self._emoji)
            and first is None
            and (self._any_case is None or not self._any_case.search(text.clean))
        ):
            return found
        # No signal matches before the leftmost match of their union.
        begin = first.start() if first is not None else len(text.norm)
        norm = text.norm
        for signal in self.rules.signals:
            pattern = signal.strict if text.accented else signal.pattern
            if pattern is not None and begin < len(norm) and self._may_keep(signal, norm):
                for m in pattern.finditer(norm, begin):
                    if self._keep(text, signal, m.start(), m.end()):
                        found.append(_Match(signal, m.start(), m.end(), "norm"))
            if signal.case_pattern is not None:
                for m in signal.case_pattern.finditer(text.clean):
                    found.append(_Match(signal, m.start(), m.end(), "clean"))
            if signal.emoji and emoji_present & signal.emoji:
                for hit in text.emojis:
                    if hit.emoji in signal.emoji:
                        found.append(_Match(signal, hit.start, hit.end, "emoji"))
        return found

    @staticmethod
    def _may_keep(signal: Signal, norm: str) -> bool:
        """False when a message-wide ``requires`` is missing: every match would be dropped."""
        if signal.requires is None or signal.requires_scope != "message":
            return True
        return signal.requires.search(norm) is not None

    def _keep(self, text: Normalized, signal: Signal, start: int, end: int) -> bool:
        norm = text.norm
        if signal.unless is not None:
            for m in signal.unless.finditer(norm, max(0, start - 40), min(len(norm), end + 40)):
                if m.start() < end and start < m.end():
                    return False
        if signal.requires is not None:
            low, high = (
                text.sentence_of(start) if signal.requires_scope == "sentence" else (0, len(norm))
            )
            if not signal.requires.search(norm, low, high):
                return False
        if signal.standalone:
            return self._standalone(text, signal.standalone, start, end)
        return True

    def _standalone(self, text: Normalized, word: str, start: int, end: int) -> bool:
        """Does ``word`` inside the match stand alone (not part of a compound)?"""
        matched = text.norm[start:end]
        position = matched.rfind(word)
        if position < 0:
            # Written without diacritics: the segmenter cannot tell either; keep the match.
            return not _ACCENTED.search(matched) or word not in matched
        after = _NEXT_WORD.match(text.norm, start + position + len(word))
        low, high = text.sentence_of(start)
        if after is None or after.start(1) >= high:
            return True
        sentence = text.norm[low:high]
        words = self.segmenter.words(sentence)
        return any(w == word or (w.endswith(" " + word)) for w in words)

    # -- scoring ---------------------------------------------------------------------------

    def _score(self, text: Normalized, label: str, group: list[_Match]) -> tuple[float, str]:
        best: dict[str, tuple[float, Signal]] = {}
        for match in group:
            key = match.signal.reason
            if key not in best or best[key][0] < match.signal.score:
                best[key] = (match.signal.score, match.signal)
        base = noisy_or(score for score, _ in best.values())
        reasons = [signal.reason for _, signal in sorted(best.values(), key=lambda x: -x[0])]
        sentences = {self._sentence(text, m) for m in group}
        boost = 0.0
        emoji_present = {hit.emoji for hit in text.emojis}
        for context in self.rules.contexts:
            if context.labels and label not in context.labels:
                continue
            if self._context_found(text, context, sentences, emoji_present):
                boost += context.boost
                reasons.append(context.reason)
        score = min(0.99, base + boost) if base > 0 else 0.0
        factor, why = self._suppression(text, label, group)
        if factor < 1.0:
            score *= factor
            reasons.append(why)
        return score, "; ".join(dict.fromkeys(reasons))

    @staticmethod
    def _sentence(text: Normalized, match: _Match) -> tuple[int, int]:
        if match.form == "norm":
            return text.sentence_of(match.start)
        if match.form == "clean":
            # clean and norm differ only inside expanded tokens; find the nearest norm index.
            original = text.clean_starts[match.start] if text.clean_starts else 0
            for index, start in enumerate(text.norm_starts):
                if start >= original:
                    return text.sentence_of(index)
        return (0, len(text.norm))

    @staticmethod
    def _context_found(
        text: Normalized,
        context: Context,
        sentences: set[tuple[int, int]],
        emoji_present: set[str],
    ) -> bool:
        if context.emoji and emoji_present & context.emoji:
            return True
        pattern = context.strict if text.accented else context.pattern
        if pattern is None:
            return False
        if context.scope == "message":
            return pattern.search(text.norm) is not None
        return any(pattern.search(text.norm, low, high) for low, high in sentences)

    def _suppression(self, text: Normalized, label: str, group: list[_Match]) -> tuple[float, str]:
        """The factor left after suppressors: the least suppressed match decides."""
        applicable = [s for s in self.rules.suppressors if not s.labels or label in s.labels]
        if not applicable:
            return 1.0, ""
        best_factor = 0.0
        reasons: list[str] = []
        # Many matches share a sentence (10,000 emoji share one): search each window once.
        found: dict[tuple[int, int, int], bool] = {}
        for match in group:
            factor = 1.0
            low, high = self._sentence(text, match)
            for index, sup in enumerate(applicable):
                if match.signal.score >= sup.spare_at:
                    continue
                window = (low, high) if sup.scope == "sentence" else (0, len(text.norm))
                key = (index, *window)
                if key not in found:
                    found[key] = sup.pattern.search(text.norm, *window) is not None
                if found[key]:
                    factor *= sup.factor
                    reasons.append(sup.reason)
            best_factor = max(best_factor, factor)
        return best_factor, "; ".join(dict.fromkeys(reasons))
