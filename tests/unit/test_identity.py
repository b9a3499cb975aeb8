"""handlers.tips.identity: key parsing, AES-GCM links, keyed hashes, rotation.

Tables where it fits.
"""

from __future__ import annotations

import base64

import pytest

from handlers.tips.identity import IdentityError, KeyRing, decode_key, split_keys

RAW = bytes(range(32))
KEY = base64.urlsafe_b64encode(RAW).decode()
NEW_KEY = base64.urlsafe_b64encode(bytes(range(50, 82))).decode()
PLAIN = b'{"c": "sim", "u": "reporter-7391"}'


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (KEY, RAW),
        (KEY.rstrip("="), RAW),
        (base64.b64encode(RAW).decode(), RAW),
        (f"  {KEY}\n", RAW),
        ("một câu mật khẩu rất dài của xã Bình Yên 2026", None),
    ],
    ids=["base64url", "unpadded", "standard-base64", "spaces", "passphrase"],
)
def test_a_valid_key_setting_gives_key_material(value: str, expected: bytes | None) -> None:
    material = decode_key(value)
    assert material == (expected if expected is not None else value.strip().encode())


@pytest.mark.parametrize(
    "value",
    ["", "short", "x" * 31, base64.b64encode(bytes(16)).decode()],
    ids=["empty", "short", "31-chars", "16-bytes"],
)
def test_a_weak_key_setting_is_refused_without_echoing_it(value: str) -> None:
    with pytest.raises(ValueError, match="32 random bytes") as info:
        decode_key(value)
    if len(value) >= 5:
        assert value not in str(info.value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, []), ("", []), ("a", ["a"]), (" a , b ,, ", ["a", "b"])],
)
def test_old_keys_are_a_comma_separated_list(value: str | None, expected: list[str]) -> None:
    assert split_keys(value) == expected


def test_a_link_round_trips_and_hides_its_plaintext() -> None:
    ring = KeyRing.from_strings(KEY)
    token = ring.encrypt(PLAIN, aad="TB-7K3Q")
    version, kid, body = token.split(".")
    assert (version, kid) == ("v1", ring.key_id)
    assert b"reporter" not in base64.urlsafe_b64decode(body + "==")
    assert "reporter" not in token
    assert ring.decrypt(token, aad="TB-7K3Q") == PLAIN
    assert ring.decrypt(token.encode(), aad="TB-7K3Q") == PLAIN
    # A fresh nonce each time: the same link sealed twice looks different.
    assert ring.encrypt(PLAIN, aad="TB-7K3Q") != token


def _flip(token: str) -> str:
    head, _, body = token.rpartition(".")
    raw = bytearray(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    raw[-1] ^= 1
    return f"{head}.{base64.urlsafe_b64encode(bytes(raw)).decode().rstrip('=')}"


@pytest.mark.parametrize(
    ("change", "reader_key", "aad"),
    [
        (lambda t: t, NEW_KEY, "TB-7K3Q"),  # wrong key (unknown key id)
        (lambda t: t, KEY, "TB-9XXX"),  # link moved to another case
        (_flip, KEY, "TB-7K3Q"),  # tampered ciphertext
        (lambda t: "v2" + t[2:], KEY, "TB-7K3Q"),  # unknown format version
        (lambda t: t.rsplit(".", 1)[0] + ".!!!", KEY, "TB-7K3Q"),  # not base64
        (lambda t: t.rsplit(".", 1)[0] + ".AAAA", KEY, "TB-7K3Q"),  # too short
        (lambda t: "garbage", KEY, "TB-7K3Q"),
    ],
    ids=["wrong-key", "other-case", "tampered", "version", "not-base64", "short", "garbage"],
)
def test_a_link_that_cannot_be_trusted_raises_identity_error(
    change: object, reader_key: str, aad: str
) -> None:
    token = KeyRing.from_strings(KEY).encrypt(PLAIN, aad="TB-7K3Q")
    with pytest.raises(IdentityError) as info:
        KeyRing.from_strings(reader_key).decrypt(change(token), aad=aad)  # type: ignore[operator]
    assert "reporter" not in str(info.value)


def test_a_wrong_key_under_the_right_key_id_still_fails() -> None:
    token = KeyRing.from_strings(KEY).encrypt(PLAIN, aad="TB-7K3Q")
    impostor = KeyRing.from_strings(NEW_KEY)
    kid = token.split(".")[1]
    forged = token.replace(f".{kid}.", f".{impostor.key_id}.")
    with pytest.raises(IdentityError):
        impostor.decrypt(forged, aad="TB-7K3Q")


def test_after_rotation_old_links_decrypt_and_are_marked_for_resealing() -> None:
    old_ring = KeyRing.from_strings(KEY)
    old_token = old_ring.encrypt(PLAIN, aad="TB-7K3Q")
    rotated = KeyRing.from_strings(NEW_KEY, [KEY])
    assert rotated.key_id != old_ring.key_id
    assert rotated.decrypt(old_token, aad="TB-7K3Q") == PLAIN
    assert rotated.needs_rewrap(old_token)
    fresh = rotated.encrypt(PLAIN, aad="TB-7K3Q")
    assert not rotated.needs_rewrap(fresh)
    assert fresh.split(".")[1] == rotated.key_id
    with pytest.raises(IdentityError):  # the old key alone cannot read new links
        old_ring.decrypt(fresh, aad="TB-7K3Q")


def test_keyed_hashes_are_stable_per_key_and_purpose_and_do_not_show_the_id() -> None:
    ring = KeyRing.from_strings(KEY)
    value = "sim:reporter-7391"
    h = ring.hash(value, "reporter")
    assert h == KeyRing.from_strings(KEY).hash(value, "reporter")
    assert len(h) == 32 and int(h, 16) >= 0
    assert h != ring.hash(value, "delivery")
    assert h != ring.hash("sim:reporter-7392", "reporter")
    assert h != KeyRing.from_strings(NEW_KEY).hash(value, "reporter")
    assert value.encode().hex() not in h


def test_after_rotation_hashes_are_tried_newest_first() -> None:
    rotated = KeyRing.from_strings(NEW_KEY, [KEY])
    value = "zalo:12345"
    assert rotated.hashes(value, "reporter") == [
        KeyRing.from_strings(NEW_KEY).hash(value, "reporter"),
        KeyRing.from_strings(KEY).hash(value, "reporter"),
    ]
    assert rotated.hash(value, "reporter") == rotated.hashes(value, "reporter")[0]
