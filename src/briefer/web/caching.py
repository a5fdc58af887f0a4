"""Validators for the read-only pages: an ETag on every brief, coverage, facts and diary
response, so that a repeated preview or a reload of the coverage page costs a 304.

A page is revalidated every time (``no-cache``): the fact base may have changed since.
Pages that belong to a desk account (review, audit, login) keep ``no-store``.
"""

from __future__ import annotations

import hashlib

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# the paths whose answers depend only on the query, the fact base and the language
VALIDATED = ("/brief", "/brief.md", "/brief.docx", "/coverage", "/facts", "/diary", "/diary.ics")
MAX_BUFFERED = 8 * 1024 * 1024  # a larger answer goes out as it is, without a validator


def _matches(if_none_match: str, tag: str) -> bool:
    """RFC 9110 weak comparison against an If-None-Match list ("*" matches any)."""
    candidates = [part.strip() for part in if_none_match.split(",")]
    bare = tag.removeprefix("W/")
    return "*" in candidates or any(candidate.removeprefix("W/") == bare for candidate in candidates)


class Validators:
    """ASGI middleware: a weak ETag on the validated pages' 200 answers, and 304 Not
    Modified when the browser already holds that answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or scope["path"] not in VALIDATED
        ):
            await self.app(scope, receive, send)
            return
        asked = Headers(scope=scope).get("if-none-match")
        start: Message | None = None
        body: list[bytes] = []
        size = 0
        passing = False

        async def buffered(message: Message) -> None:
            nonlocal start, size, passing
            if passing:
                await send(message)
                return
            if message["type"] == "http.response.start":
                start = message
                if message["status"] != 200:
                    passing = True
                    await send(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            body.append(message.get("body", b""))
            size += len(body[-1])
            if size > MAX_BUFFERED:  # too large to hold: out it goes, unvalidated
                passing = True
                assert start is not None
                await send(start)
                await send({"type": "http.response.body", "body": b"".join(body), "more_body": True})
                return
            if message.get("more_body", False):
                return
            assert start is not None
            content = b"".join(body)
            tag = f'W/"{hashlib.sha256(content).hexdigest()[:32]}"'
            headers = [
                (name, value)
                for name, value in start.get("headers", [])
                if name.lower() not in (b"etag", b"cache-control")
            ]
            headers += [(b"etag", tag.encode()), (b"cache-control", b"private, no-cache")]
            if asked is not None and _matches(asked, tag):
                kept = [(n, v) for n, v in headers if n.lower() not in (b"content-length", b"content-type")]
                await send({"type": "http.response.start", "status": 304, "headers": kept})
                await send({"type": "http.response.body", "body": b""})
                return
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": content})

        await self.app(scope, receive, buffered)
