"""The language of the pages: the reader's choice, else their browser's, else the newsroom's.

The choice is a cookie set by /ui/CODE, which then sends the reader back to the page
they were on; the browser's preference is its Accept-Language header.
"""

from __future__ import annotations

from babel import negotiate_locale
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ..facts.model import FACT_KINDS, STATUSES
from ..places import Region
from ..text.i18n import LANGUAGES, NP_, Language

COOKIE = "briefer-ui"
YEAR = 365 * 24 * 3600

# The names the pages give fact kinds and statuses, looked up by value.
FACT_KIND_NAMES = {
    "figure": NP_("fact kind", "figure"),
    "twinning": NP_("fact kind", "twinning"),
    "agreement": NP_("fact kind", "agreement"),
    "event": NP_("fact kind", "event"),
    "project": NP_("fact kind", "project"),
    "quote": NP_("fact kind", "quote"),
    "context": NP_("fact kind", "context"),
}
STATUS_NAMES = {
    "verified": NP_("fact status", "verified"),
    "needs-check": NP_("fact status", "needs-check"),
    "disputed": NP_("fact status", "disputed"),
}
assert set(FACT_KIND_NAMES) == set(FACT_KINDS) and set(STATUS_NAMES) == set(STATUSES)


def page_language(request: Request, default: str) -> str:
    """The reader's language for the pages."""
    chosen = request.cookies.get(COOKIE, "")
    if chosen in LANGUAGES:
        return chosen
    header = request.headers.get("accept-language", "")[:500]
    preferred = [part.split(";")[0].strip().replace("-", "_") for part in header.split(",") if part.strip()]
    found = negotiate_locale(preferred, list(LANGUAGES), sep="_")
    return found if found in LANGUAGES else default


def choose_language(request: Request) -> Response:
    """/ui/CODE?next=/path: remember CODE and go back to the page."""
    code = request.path_params["code"]
    target = request.query_params.get("next", "/brief")
    # only a path on this site: never an address elsewhere ("//host", "/\\host")
    if not target.startswith("/") or target.startswith(("//", "/\\")) or any(ord(c) < 32 for c in target):
        target = "/brief"
    response = RedirectResponse(target, status_code=303)
    if code in LANGUAGES:
        response.set_cookie(COOKIE, code, max_age=YEAR, httponly=True, samesite="strict")
    return response


class PageWords:
    """What the page templates ask of the language beyond their own words."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.words = Language(language)
        self.kind_names = {k: self.words.pgettext("fact kind", v) for k, v in FACT_KIND_NAMES.items()}
        self.status_names = {k: self.words.pgettext("fact status", v) for k, v in STATUS_NAMES.items()}

    def name(self, region: Region) -> str:
        """A region's official name in the language, else its English name."""
        return (region.name_in(self.language) if self.language != "en" else None) or region.name

    def place(self, region: Region) -> str:
        """The name inside a sentence: with its article in English."""
        return region.in_text if self.language == "en" else self.name(region)

    def region_kind(self, kind: str) -> str:
        return self.words.pgettext("region kind", kind)
