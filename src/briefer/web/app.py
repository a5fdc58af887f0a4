"""The web application: its routes, middleware and error pages."""

from __future__ import annotations

from collections.abc import Sequence

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import BrieferError
from ..newsroom import Newsroom
from .auth import Gate, LoginRequired
from .caching import Validators
from .desk import Desk
from .headers import SecurityHeaders
from .language import choose_language
from .live import LiveFactBase
from .pages import STATIC_DIR
from .views import Views

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")


def create_app(newsroom: Newsroom | None = None, allowed_hosts: Sequence[str] = ("*",)) -> Starlette:
    """The application over ``newsroom`` (default: briefer.yaml found from here).

    ``allowed_hosts`` are the host names requests may address it by; a server on the
    loopback address answers only to loopback names, so that no other site can reach
    it through a name of its own (DNS rebinding).
    """
    newsroom = newsroom or Newsroom()
    views = Views(newsroom, LiveFactBase(newsroom))
    gate = Gate(newsroom)
    desk = Desk(views, gate)
    get = ["GET"]  # HEAD is answered too; only the desk's forms post, and only with accounts
    post = ["POST"]
    routes = [
        Route("/", views.home, methods=get),
        Route("/brief", views.brief, methods=get),
        Route("/brief.{format:str}", views.download, methods=get),
        Route("/suggest", views.suggest, methods=get),
        Route("/coverage", views.coverage, methods=get),
        Route("/facts", views.facts, methods=get),
        Route("/diary", views.diary, methods=get),
        Route("/diary.ics", views.diary_calendar, methods=get),
        Route("/editors", views.editors, methods=get),
        Route("/healthz", views.health, methods=get),
        Route("/ui/{code:str}", choose_language, methods=get),
        Route("/login", desk.login_form, methods=get),
        Route("/login", desk.login, methods=post),
        Route("/logout", desk.logout, methods=post),
        Route("/propose", desk.propose_form, methods=get),
        Route("/propose", desk.propose, methods=post),
        Route("/mine", desk.mine, methods=get),
        Route("/review", desk.queue, methods=get),
        Route("/review/{id:str}", desk.proposal, methods=get),
        Route("/review/{id:str}/accept", desk.accept, methods=post),
        Route("/review/{id:str}/reject", desk.reject, methods=post),
        Route("/audit", desk.audit, methods=get),
        Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
    ]
    return Starlette(
        routes=routes,
        middleware=[
            Middleware(SecurityHeaders),
            # pages are text: a coverage page of 200 KB goes out as about 15 KB
            Middleware(GZipMiddleware, minimum_size=1024, compresslevel=6),
            Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts)),
            Middleware(LoginRequired, gate=gate, refuse=views.refuse),
            Middleware(Validators),
        ],
        exception_handlers={
            BrieferError: views.briefer_error,
            HTTPException: views.http_error,
            Exception: views.crash,
        },
    )
