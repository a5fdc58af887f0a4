"""The web application: its routes, middleware and error pages."""

from __future__ import annotations

from collections.abc import Sequence

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import BrieferError
from ..newsroom import Newsroom
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
    get = ["GET"]  # HEAD is answered too; nothing else: the application only reads
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
        Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
    ]
    return Starlette(
        routes=routes,
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts)),
        ],
        exception_handlers={
            BrieferError: views.briefer_error,
            HTTPException: views.http_error,
            Exception: views.crash,
        },
    )
