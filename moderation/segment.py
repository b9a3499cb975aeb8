"""Vietnamese word segmentation (underthesea), called lazily and only where it settles a question.

Loading underthesea's model takes about a second, so ``warm_up`` does it at start-up; after that
one call costs about half a millisecond, which is why detectors ask only after a cheap check
says the answer matters (a lone ``mật`` that no known compound explains).
"""

from __future__ import annotations

import logging
import threading
from functools import lru_cache

log = logging.getLogger(__name__)


class Segmenter:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokenize = None
        self.calls = 0

    def _load(self):  # type: ignore[no-untyped-def]
        with self._lock:
            if self._tokenize is None:
                from underthesea import word_tokenize

                self._tokenize = word_tokenize
        return self._tokenize

    def warm_up(self) -> None:
        tokenize = self._load()
        tokenize("Tài liệu mật không được đăng lên nhóm.")
        log.info("word segmentation ready")

    def words(self, sentence: str) -> tuple[str, ...]:
        """The words of ``sentence``, lower-cased; compounds joined by one space."""
        return _cached_words(self, sentence)

    def _words(self, sentence: str) -> tuple[str, ...]:
        self.calls += 1
        try:
            tokens = self._load()(sentence)
        except Exception:  # a segmenter bug must not take moderation down with it
            log.warning("word segmentation failed; falling back to no compounds", exc_info=True)
            return tuple(sentence.lower().split())
        return tuple(" ".join(t.lower().split()) for t in tokens)

    def is_standalone(self, sentence: str, word: str) -> bool:
        """True when ``word`` stands alone in ``sentence`` rather than inside a compound."""
        return word.lower() in self.words(sentence)


@lru_cache(maxsize=2048)
def _cached_words(segmenter: Segmenter, sentence: str) -> tuple[str, ...]:
    return segmenter._words(sentence)
