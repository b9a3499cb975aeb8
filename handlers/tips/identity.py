"""Keys that protect a tip reporter's identity at rest: AES-GCM links and keyed hashes.

The link from a case to its reporter is stored only as ``v1.<key id>.<base64url(nonce|ct)>``,
encrypted with AES-256-GCM under a key derived from ``BINHYEN_SECRET_KEY``; the case code is
the associated data, so a link copied onto another case does not decrypt. Everything that must
find a reporter again without decrypting (rate limits, "this reporter's open case") uses an
HMAC-SHA256 of the reporter id under a second derived key, never the id itself.

Rotation: put the new key in ``BINHYEN_SECRET_KEY`` and the previous one(s) in
``BINHYEN_OLD_SECRET_KEYS`` (comma-separated). New links use the new key; old links still
decrypt through their key id; keyed-hash look-ups try every key, newest first.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

VERSION = "v1"
NONCE_BYTES = 12
MIN_PASSPHRASE = 32


class IdentityError(Exception):
    """A stored link cannot be read: unknown key id, wrong key or tampered data."""


def decode_key(value: str) -> bytes:
    """Key material from a setting: base64/base64url of 32 bytes, or a long passphrase.

    Raises ``ValueError`` for anything shorter (a short key would make brute force cheap).
    """
    value = value.strip()
    padded = value + "=" * (-len(value) % 4)
    for decode in (base64.urlsafe_b64decode, base64.b64decode):
        try:
            raw = decode(padded)
        except (binascii.Error, ValueError):
            continue
        if len(raw) == 32:
            return raw
    if len(value) >= MIN_PASSPHRASE:
        return value.encode("utf-8")
    raise ValueError("must be 32 random bytes in base64url, or a passphrase of 32+ characters")


def split_keys(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def _derive(master: bytes, purpose: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=b"binhyen-tips", info=purpose.encode()
    ).derive(master)


@dataclass(frozen=True)
class _Key:
    kid: str
    aead: AESGCM
    mac: bytes

    @classmethod
    def from_master(cls, master: bytes) -> _Key:
        kid = hashlib.sha256(_derive(master, "key-id")).hexdigest()[:8]
        return cls(kid, AESGCM(_derive(master, "link-aes-gcm")), _derive(master, "hmac"))


class KeyRing:
    """The current key (encrypts, hashes) and older keys (decrypt, look up)."""

    def __init__(self, current: bytes, old: Sequence[bytes] = ()) -> None:
        self.current = _Key.from_master(current)
        self.keys = [self.current, *(_Key.from_master(k) for k in old)]
        self._by_kid = {k.kid: k for k in reversed(self.keys)}

    @classmethod
    def from_strings(cls, current: str, old: Iterable[str] = ()) -> KeyRing:
        return cls(decode_key(current), [decode_key(k) for k in old])

    @property
    def key_id(self) -> str:
        return self.current.kid

    def encrypt(self, plaintext: bytes, aad: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self.current.aead.encrypt(nonce, plaintext, aad.encode())
        body = base64.urlsafe_b64encode(nonce + sealed).decode().rstrip("=")
        return f"{VERSION}.{self.current.kid}.{body}"

    def decrypt(self, token: str | bytes, aad: str) -> bytes:
        if isinstance(token, bytes):
            token = token.decode("ascii", "replace")
        version, _, rest = token.partition(".")
        kid, _, body = rest.partition(".")
        key = self._by_kid.get(kid)
        if version != VERSION or key is None:
            raise IdentityError("link sealed with an unknown key")
        try:
            raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
            return key.aead.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], aad.encode())
        except (InvalidTag, ValueError, binascii.Error) as exc:
            raise IdentityError("link cannot be decrypted") from exc

    def needs_rewrap(self, token: str | bytes) -> bool:
        text = token.decode("ascii", "replace") if isinstance(token, bytes) else token
        return text.split(".")[1:2] != [self.current.kid]

    def hash(self, value: str, purpose: str) -> str:
        """Keyed hash under the current key (what new records are filed under)."""
        return self._hash(self.current, value, purpose)

    def hashes(self, value: str, purpose: str) -> list[str]:
        """Keyed hashes under every key, newest first (to find records made before rotation)."""
        return [self._hash(k, value, purpose) for k in self.keys]

    @staticmethod
    def _hash(key: _Key, value: str, purpose: str) -> str:
        message = f"{purpose}\x00{value}".encode("utf-8", "surrogatepass")
        return hmac.new(key.mac, message, hashlib.sha256).hexdigest()[:32]


REPORTER = "reporter"  # the hash purpose under which reporters are known


def reporter_hashes(keys: KeyRing, channel: str, user_id: str) -> list[str]:
    """A reporter's keyed hashes under every key, newest first."""
    return keys.hashes(f"{channel}:{user_id}", REPORTER)
