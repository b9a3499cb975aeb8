"""Key rotation tools for anonymous tips: ``python -m handlers.tips.keys``.

generate   print a new random key for BINHYEN_SECRET_KEY (32 bytes, base64url)
status     count stored reporter links by the key that sealed them
reseal     re-seal every readable link under the current key and move each reporter's
           open-case pointer to the current key's hash; afterwards the old key can go

Links re-seal themselves when used (a reply, a state change); ``reseal`` does the rest at
once so ``BINHYEN_OLD_SECRET_KEYS`` can be emptied. Output is counts and key ids only.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass

from redis.asyncio import Redis

from handlers.tips.identity import REPORTER, IdentityError, KeyRing, split_keys
from handlers.tips.store import TipStore


def generate() -> str:
    return base64.urlsafe_b64encode(os.urandom(32)).decode()


def _kid(token: str) -> str:
    return token.split(".")[1] if token.count(".") >= 2 else "?"


async def status(store: TipStore, keys: KeyRing) -> dict[str, int]:
    """Links per key: ``current``, ``old <kid>`` (readable), ``unreadable``."""
    counts: Counter[str] = Counter()
    for code in await store.link_codes():
        sealed = await store.link(code)
        if sealed is None:
            continue
        try:
            keys.decrypt(sealed, aad=code)
        except IdentityError:
            counts["unreadable"] += 1
            continue
        kid = _kid(sealed)
        counts["current" if kid == keys.key_id else f"old {kid}"] += 1
    return dict(counts)


@dataclass(frozen=True)
class Resealed:
    resealed: int
    unchanged: int
    unreadable: int
    pointers_moved: int


async def reseal(store: TipStore, keys: KeyRing) -> Resealed:
    resealed = unchanged = unreadable = moved = 0
    for code in await store.link_codes():
        sealed = await store.link(code)
        if sealed is None:
            continue
        try:
            plain = keys.decrypt(sealed, aad=code)
        except IdentityError:
            unreadable += 1
            continue
        if not keys.needs_rewrap(sealed):
            unchanged += 1
            continue
        await store.replace_link(code, keys.encrypt(plain, aad=code))
        resealed += 1
        data = json.loads(plain)
        hashes = keys.hashes(f"{data['c']}:{data['u']}", REPORTER)
        if await store.move_open(hashes, hashes[0], code):
            moved += 1
    return Resealed(resealed, unchanged, unreadable, moved)


async def _run(command: str) -> int:
    from config.settings import load_settings

    settings = load_settings()
    if settings.redis_url is None or settings.binhyen_secret_key is None:
        sys.stderr.write("REDIS_URL and BINHYEN_SECRET_KEY must be set.\n")
        return 2
    old = settings.binhyen_old_secret_keys
    keys = KeyRing.from_strings(
        settings.binhyen_secret_key.get_secret_value(),
        split_keys(old.get_secret_value() if old is not None else None),
    )
    redis = Redis.from_url(settings.redis_url)
    store = TipStore(redis, link_retention=settings.tip_link_retention_days * 86400)
    try:
        if command == "status":
            counts = await status(store, keys)
            print(f"current key id: {keys.key_id}")
            for name, count in sorted(counts.items()):
                print(f"{name}: {count}")
            if not counts:
                print("no stored links")
            return 1 if counts.get("unreadable") else 0
        result = await reseal(store, keys)
        print(
            f"resealed: {result.resealed}, already current: {result.unchanged}, "
            f"unreadable: {result.unreadable}, open-case pointers moved: {result.pointers_moved}"
        )
        return 1 if result.unreadable else 0
    finally:
        await redis.aclose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m handlers.tips.keys",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("command", choices=["generate", "status", "reseal"])
    args = parser.parse_args(argv)
    if args.command == "generate":
        print(generate())
        return 0
    return asyncio.run(_run(args.command))


if __name__ == "__main__":
    raise SystemExit(main())
