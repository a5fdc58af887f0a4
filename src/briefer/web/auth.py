"""Who is asking: the login that once a workspace has accounts every page needs, the
session its cookie names, and the checks every state-changing request passes.

The cookie carries a random id only; the role is read from the database on every
request. A form posts its session's CSRF token, and its Origin (or Sec-Fetch-Site)
must be this server's own; nothing changes state on GET. Without accounts the pages
stay as they were: read-only, answering GET and HEAD only.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from ..database import database_path
from ..newsroom import Newsroom
from ..newsroom.accounts import Accounts, Session

COOKIE = "briefer_session"
SECURE_COOKIE = "__Host-briefer_session"  # over HTTPS: bound to this host, path / and Secure
OPEN_PATHS = ("/login", "/healthz", "/static/", "/favicon.ico")
STATE_CHANGING = ("POST", "PUT", "PATCH", "DELETE")


class Gate:
    """The accounts of one newsroom, one database connection per thread."""

    def __init__(self, newsroom: Newsroom) -> None:
        self.newsroom = newsroom
        self._local = threading.local()

    @property
    def path(self) -> Path | None:
        config = self.newsroom.config.path
        return database_path(config.parent) if config else None

    def accounts(self) -> Accounts | None:
        """The accounts, or None where the workspace has no database (no accounts)."""
        path = self.path
        if path is None or not path.is_file():
            return None
        accounts = getattr(self._local, "accounts", None)
        if accounts is None or accounts.path != path:
            accounts = self._local.accounts = Accounts(path)
        return accounts

    def active(self) -> bool:
        """Whether pages need a login: the workspace has at least one account."""
        accounts = self.accounts()
        return accounts is not None and accounts.any()


def cookie_name(request: Request) -> str:
    return SECURE_COOKIE if request.url.scheme == "https" else COOKIE


def session_of(request: Request) -> Session | None:
    return getattr(request.state, "session", None)


def same_origin(request: Request) -> bool:
    """A state-changing request came from one of this server's own pages."""
    site = request.headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin") or request.headers.get("referer")
    if not origin:
        return site == "same-origin"
    parts = urlsplit(origin)
    return (parts.scheme, parts.netloc) == (request.url.scheme, request.url.netloc)


def valid_csrf(session: Session, token: str | None) -> bool:
    return bool(token) and hmac.compare_digest(session.csrf.encode(), str(token).encode())


class LoginRequired:
    """ASGI middleware: once the workspace has accounts, a page needs a live session
    (else the login page); a POST needs its Origin to be this server's (the CSRF token
    is checked with the form, by the view)."""

    def __init__(
        self, app: ASGIApp, gate: Gate, refuse: Callable[[Request, int, str], Awaitable[Response]]
    ) -> None:
        self.app = app
        self.gate = gate
        self.refuse = refuse

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        path = request.url.path
        scope.setdefault("state", {})
        if not self.gate.active():
            scope["state"]["session"] = None
            await self.app(scope, receive, send)
            return
        accounts = self.gate.accounts()
        assert accounts is not None
        session = accounts.session(request.cookies.get(cookie_name(request)))
        scope["state"]["session"] = session
        if request.method in STATE_CHANGING and not same_origin(request):
            refusal = await self.refuse(request, 403, "this form was not sent from briefer's own pages")
            await refusal(scope, receive, send)
            return
        if session is None and not path.startswith(OPEN_PATHS):
            target = path + (f"?{request.url.query}" if request.url.query else "")
            login = RedirectResponse(f"/login?next={_quote(target)}", status_code=303)
            await login(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _quote(value: str) -> str:
    from urllib.parse import quote

    return quote(value[:500], safe="")


def safe_next(value: str | None) -> str:
    """Where to go after logging in: a path of this site only, never another site."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/brief"
    return value[:500]
