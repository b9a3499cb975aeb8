"""What every HTTP answer and every JSON body goes through: security headers and a depth limit.

Pages carry a Content-Security-Policy that allows only their own inline script (by its
SHA-256) and same-origin requests; every other answer gets a policy that allows nothing. No
answer may be framed (``X-Frame-Options: DENY``, ``frame-ancestors 'none'``), sniffed
(``nosniff``) or leak its URL to another site (``Referrer-Policy: no-referrer``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

MAX_JSON_DEPTH = 32  # the deepest request any endpoint takes is 3 levels

HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"

_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def page_policy(html: str) -> str:
    """The CSP of a page: its inline scripts by hash, its inline styles, same-origin calls."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in _SCRIPT.findall(html)
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    )


def page(html: str) -> web.Response:
    response = web.Response(text=html, content_type="text/html")
    response.headers["Content-Security-Policy"] = page_policy(html)
    return response


def _secure(response: web.StreamResponse) -> None:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    response.headers.setdefault("Content-Security-Policy", API_POLICY)


@web.middleware
async def security_headers(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        _secure(exc)
        raise
    _secure(response)
    return response


def too_deep(text: str, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether brackets outside strings nest deeper than ``limit`` (checked before parsing,
    so a body nested 100,000 levels never reaches the recursive parser)."""
    depth = 0
    for char in _NOT_BRACKET.sub("", _STRING.sub("", text)):
        depth = depth + 1 if char in "[{" else depth - 1
        if depth > limit:
            return True
    return False


class TooDeep(ValueError):
    """A JSON body nested past ``MAX_JSON_DEPTH``."""


def loads(raw: bytes | str) -> Any:
    """``json.loads`` that refuses a body nested too deep; ``ValueError`` for both."""
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    if too_deep(text):
        raise TooDeep(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    return json.loads(text)


async def read_json(request: web.Request) -> Any:
    """The request's JSON body; ``ValueError`` (``TooDeep`` among them) when it is not JSON
    or nests too deep."""
    return loads(await request.text())
