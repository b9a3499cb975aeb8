"""Fakes at the edges of the product: a fake Telegram Bot API server (``telegram_api``), a tiny
moderation engine (``engine``) for tests that need flagging independent of the real rules, and a
harness running the whole app against the fake server (``telegram_harness``)."""
