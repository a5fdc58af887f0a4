"""The pages: read the request, call the core, render the answer. Nothing is written."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response

from ..briefs.make import KIND_TITLES, Brief, DocxOptions, make_brief
from ..briefs.render import available_kinds, kind_info
from ..briefs.select import parse_as_of
from ..digest.build import Week, build_digest, digest_regions
from ..digest.review import review_news
from ..digest.run import calendar_file, digest_markdown, localized_digest
from ..errors import (
    AmbiguousRegionError,
    DataError,
    PairError,
    TemplateError,
    UnknownRegionError,
    UsageError,
)
from ..facts.coverage import THIN_BELOW, CoverageRow, coverage
from ..facts.localize import localized_base
from ..facts.model import FACT_KINDS, MIN_YEAR, STATUSES, FactBase
from ..facts.search import search_facts
from ..newsroom import Newsroom
from ..newsroom.templates import check_templates, compile_errors
from ..resources import data_dir
from ..text.i18n import Language
from .forms import MAX_TEXT, BriefForm, FieldError, read_brief_form, read_fact_query, resolve, text
from .headers import response_headers
from .language import PageWords, page_language
from .live import LiveFactBase, Snapshot, fingerprint
from .matrix import KIND_LETTERS, Matrix, countries, layout
from .pages import render_page
from .preview import markdown_to_html, summarize
from .suggest import SIDES, NameIndex

log = logging.getLogger("briefer.web")

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FACTS_PER_PAGE = 50


PREVIEWS_KEPT = 64  # briefs kept per load of the base: a bounded cache, whatever is asked
# the HTML of a kept brief, kept as long (the same Markdown is the same page)
preview_html = functools.lru_cache(maxsize=PREVIEWS_KEPT)(markdown_to_html)


@functools.cache
def page_words(language: str) -> PageWords:
    return PageWords(language)


class Views:
    """Every page of the application, over one newsroom and its live fact base."""

    def __init__(self, newsroom: Newsroom, live: LiveFactBase) -> None:
        self._preview_lock = threading.Lock()
        self.newsroom = newsroom
        self.live = live

    # -- shared ---------------------------------------------------------------

    def language(self, request: Request) -> str:
        return page_language(request, self.newsroom.config.language)

    def public(self, text: object) -> str:
        """A message as a page shows it: the newsroom's files named from its folder and
        the built-in ones as built-in, never by where they lie on the server."""
        shown = str(text)
        for root, label in self._roots:
            shown = shown.replace(root, label)
        return shown

    @functools.cached_property
    def _roots(self) -> list[tuple[str, str]]:
        config = self.newsroom.config.path
        home = config.parent if config else self.newsroom.start or Path.cwd()
        roots = {
            f"{os.path.abspath(data_dir('facts'))}{os.sep}": "built-in/facts/",
            f"{os.path.abspath(data_dir('templates'))}{os.sep}": "built-in/templates/",
            f"{os.path.abspath(home)}{os.sep}": "",
        }
        return sorted(roots.items(), key=lambda item: -len(item[0]))

    def page(self, request: Request, name: str, code: int = 200, **values: Any) -> HTMLResponse:
        snapshot = values.pop("snapshot", None)
        language = self.language(request)
        words = page_words(language)
        base = snapshot.base if snapshot is not None else None

        def place_name(region_id: str) -> str:
            """A region id as the reader names it (for 'did you mean' links)."""
            return (
                words.name(base.regions.get(region_id)) if base and region_id in base.regions else region_id
            )

        values.setdefault("session", getattr(request.state, "session", None))
        html = render_page(
            name,
            language,
            request=request,
            snapshot=snapshot,
            public=self.public,
            place_name=place_name,
            newsroom=self.newsroom.config.newsroom,
            local_name=words.name,
            place=words.place,
            region_kind=words.region_kind,
            kind_names=words.kind_names,
            status_names=words.status_names,
            **values,
        )
        # the same address reads differently by the reader's language
        return HTMLResponse(html, status_code=code, headers={"vary": "accept-language, cookie"})

    def kind_choices(self, language: str) -> list[tuple[str, str]]:
        """The kinds of brief, the fact sheet first, each with its name in ``language``."""
        dirs = self.newsroom.template_dirs
        words = Language(language)
        choices = []
        for kind in sorted(available_kinds(dirs), key=lambda k: (k != "factsheet", k)):
            if kind in KIND_TITLES:
                choices.append((kind, words.gettext(KIND_TITLES[kind])))
                continue
            try:
                choices.append((kind, kind_info(kind, dirs).title or kind))
            except TemplateError:
                continue  # a broken house template is shown on the Editors page, not offered
        return choices

    def brief_language(self, request: Request) -> str:
        """The brief's language when the form names none: briefer.yaml's, else the pages'."""
        config = self.newsroom.config
        return config.language if "language" in config.lines else self.language(request)

    def _memo(self, snapshot: Snapshot, key: str, make: Callable[[], Any], stamp: object = None) -> Any:
        """``make()``, kept with the loaded base under ``key`` while ``stamp`` stays the
        same: one value per key, so that no request can make the memo grow without end.
        A race makes the same value twice, which is harmless."""
        kept = snapshot.memo.get(key)
        if not isinstance(kept, tuple) or kept[0] != stamp:
            kept = (stamp, make())
            snapshot.memo[key] = kept
        return kept[1]

    def _names(self, snapshot: Snapshot, base: FactBase) -> NameIndex:
        index: NameIndex = self._memo(snapshot, "names", lambda: NameIndex(base.regions))
        return index

    # -- brief ----------------------------------------------------------------

    def _brief(self, request: Request) -> tuple[Snapshot, BriefForm, Brief | None]:
        config = self.newsroom.config
        snapshot = self.live.current()
        form = read_brief_form(
            request.query_params, self.newsroom.template_dirs, config.kind, self.brief_language(request)
        )
        if not form.ready:
            return snapshot, form, None
        base = snapshot.require()
        region = resolve(base.regions, form.region, "region")
        partner = resolve(base.regions, form.partner, "partner")
        as_of = form.as_of_date()
        # A brief is the same while its inputs, the fact base (the snapshot) and the
        # templates on disk are: a reload or a shared permalink costs a lookup.
        key = (
            region.id,
            partner.id,
            form.kind,
            form.lang,
            as_of,
            tuple(sorted(config.stale_after.items())),
            fingerprint(list(self.newsroom.template_dirs)),
        )
        kept = self._previews(snapshot)
        with self._preview_lock:
            brief = kept.get(key)
            if brief is not None:
                kept.move_to_end(key)
                return snapshot, form, brief
        try:
            brief = make_brief(
                base,
                form.region,
                form.partner,
                form.kind,
                as_of,
                self.newsroom.template_dirs,
                dict(config.stale_after),
                form.lang,
            )
        except PairError as error:  # the names are places, but not a region and a partner
            raise FieldError(error.side, error) from None
        with self._preview_lock:
            kept[key] = brief
            while len(kept) > PREVIEWS_KEPT:
                kept.popitem(last=False)
        return snapshot, form, brief

    def _previews(self, snapshot: Snapshot) -> OrderedDict[tuple[object, ...], Brief]:
        """The briefs made from this load of the base, newest last."""
        with self._preview_lock:
            kept = snapshot.memo.get("previews")
            if not isinstance(kept, OrderedDict):
                kept = snapshot.memo["previews"] = OrderedDict()
            return kept

    def brief(self, request: Request) -> Response:
        kinds = self.kind_choices(self.language(request))
        try:
            snapshot, form, brief = self._brief(request)
        except FieldError as error:
            config = self.newsroom.config
            form = _raw_form(request, config.kind, self.brief_language(request))
            return self.page(
                request,
                "brief.html",
                error.status,
                snapshot=self.live.current(),
                form=form,
                kinds=kinds,
                error=error,
                brief=None,
                preview=None,
                summary=None,
            )
        return self.page(
            request,
            "brief.html",
            snapshot=snapshot,
            form=form,
            kinds=kinds,
            error=None,
            brief=brief,
            preview=preview_html(brief.markdown) if brief else None,
            summary=summarize(brief, page_words(self.language(request)).words) if brief else None,
        )

    def download(self, request: Request) -> Response:
        fmt = request.path_params["format"]
        if fmt not in ("md", "docx"):
            raise HTTPException(404)
        _, form, brief = self._brief(request)
        if brief is None:
            missing = "region" if not form.region else "partner"
            raise FieldError(
                missing, UsageError(f"name a {missing}: /brief.{fmt}?region=gomel&partner=sichuan")
            )
        config = self.newsroom.config
        if fmt == "md":
            body, media = brief.markdown.encode(), "text/markdown; charset=utf-8"
        else:
            options = DocxOptions(config.docx_notes, config.docx_reference, config.newsroom)
            body, media = options.render(brief.markdown), DOCX_TYPE
        filename = f"{brief.stem}.{fmt}"  # ids are kebab-case ASCII: safe in a header
        return Response(
            body, media_type=media, headers={"content-disposition": f'attachment; filename="{filename}"'}
        )

    def suggest(self, request: Request) -> Response:
        side = text(request.query_params, "side") or "region"
        if side not in SIDES:
            raise FieldError("side", UsageError(f"unknown side {side!r}; use region or partner"))
        snapshot = self.live.current()
        base = snapshot.require()
        found = self._names(snapshot, base).suggest(
            text(request.query_params, "q"), side, language=self.language(request)
        )
        return JSONResponse(
            [{"value": s.value, "label": s.label, "id": s.region.id} for s in found],
            headers={"cache-control": "no-store"},
        )

    # -- coverage -------------------------------------------------------------

    def coverage(self, request: Request) -> Response:
        snapshot = self.live.current()
        base = snapshot.require()
        country_name = text(request.query_params, "country")
        country = resolve(base.regions, country_name, "country") if country_name else None
        if country is not None and country.kind != "country":
            raise FieldError(
                "country",
                UsageError(f"{country.name} is not a country; name one, e.g. /coverage?country=china"),
            )
        language = self.language(request)
        words = page_words(language)
        rows: list[CoverageRow] = self._memo(snapshot, "coverage", lambda: coverage(base))
        # laid out once per load for each language and country (the registry bounds both)
        key = f"matrix {language} {country.id if country else ''}"
        table: Matrix = self._memo(snapshot, key, lambda: layout(base, rows, words, country))
        return self.page(
            request,
            "coverage.html",
            snapshot=snapshot,
            matrix=table,
            countries=self._memo(snapshot, f"countries {language}", lambda: countries(base, rows, words)),
            country=country,
            thin_below=THIN_BELOW,
            kinds=FACT_KINDS,
            letters=KIND_LETTERS,
        )

    # -- facts ----------------------------------------------------------------

    def facts(self, request: Request) -> Response:
        snapshot = self.live.current()
        base = snapshot.require()
        values = {
            name: text(request.query_params, name)
            for name in ("q", "region", "partner", "kind", "status", "since", "until")
        }
        try:
            query = read_fact_query(request.query_params, base.regions)
        except FieldError as failed:
            given = {name: value for name, value in values.items() if value}
            field = failed.field
            return self.page(
                request,
                "facts.html",
                failed.status,
                retry=lambda region_id: _urlencode({**given, field: region_id}),
                snapshot=snapshot,
                values=values,
                error=failed,
                facts=[],
                total=0,
                page=1,
                pages=1,
                kinds=FACT_KINDS,
                statuses=STATUSES,
                page_query=None,
            )
        found = search_facts(
            base,
            query.text,
            query.region.id if query.region else None,
            query.partner.id if query.partner else None,
            query.kind,
            query.status,
            query.since,
            query.until,
        )
        pages = max(1, -(-len(found) // FACTS_PER_PAGE))
        if query.page > pages:
            message = f"page {query.page}: the search has {pages} page(s)"
            raise FieldError("page", UsageError(message))
        start = (query.page - 1) * FACTS_PER_PAGE
        shown = {k: v for k, v in values.items() if v}
        # the facts in the reader's language, where the fact base has them translated
        language = self.language(request)
        local = localized_base(base, language).by_id  # the base itself in English
        return self.page(
            request,
            "facts.html",
            snapshot=snapshot,
            values=values,
            error=None,
            facts=[local[f.id] for f in found[start : start + FACTS_PER_PAGE]],
            region_of=base.regions.get,
            total=len(found),
            page=query.page,
            pages=pages,
            kinds=FACT_KINDS,
            statuses=STATUSES,
            rivals=base.rivals,
            page_query=lambda number: _urlencode({**shown, "page": str(number)}),
        )

    # -- diary ----------------------------------------------------------------

    def _digest(self, request: Request) -> tuple[Snapshot, Any, str, str]:
        """The digest of the week asked for, in the reader's language."""
        snapshot = self.live.current()
        base = snapshot.require()
        language = self.language(request)
        week_text = text(request.query_params, "week")
        try:
            week = Week.parse(week_text) if week_text else Week.containing(dt.date.today())
        except UsageError as error:
            raise FieldError("week", error) from None
        config = self.newsroom.config
        settings = config.digest
        local, regions = localized_digest(
            base, digest_regions(base, settings.regions or config.home_regions), language
        )
        digest = self._memo(
            snapshot,
            "digest",
            lambda: build_digest(local, regions, week, settings.horizon_weeks),
            stamp=(week, language),
        )
        return snapshot, digest, str(week), language

    def diary(self, request: Request) -> Response:
        snapshot, digest, week, language = self._digest(request)
        config = self.newsroom.config
        review = review_news(config.path.parent if config.path else None, digest.week, language)
        markdown = digest_markdown(snapshot.require(), digest, config.digest.horizon_weeks, language, review)
        this_week = Week.containing(dt.date.today())
        monday = digest.week.monday
        return self.page(
            request,
            "diary.html",
            snapshot=snapshot,
            digest=digest,
            week=week,
            this_week=str(this_week),
            previous_week=_week_after(monday, -7),
            next_week=_week_after(monday, 7),
            preview=_commands_as_links(markdown_to_html(markdown), language),
            digest_language=language,
        )

    def diary_calendar(self, request: Request) -> Response:
        _, digest, week, language = self._digest(request)
        return Response(
            calendar_file(digest, language),
            media_type="text/calendar; charset=utf-8",
            headers={"content-disposition": f'attachment; filename="digest-{week}.ics"'},
        )

    # -- editors --------------------------------------------------------------

    def editors(self, request: Request) -> Response:
        snapshot = self.live.current()
        dirs = self.newsroom.template_dirs
        as_of = parse_as_of(None)
        templates_now = fingerprint(list(dirs))
        failures: dict[str, str] = {}
        results: list[Any] = []
        if snapshot.base is not None:
            base = snapshot.base

            def check() -> tuple[dict[str, str], list[Any]]:
                compiled = compile_errors(dirs)
                return compiled, check_templates(base, dirs, as_of, skip=list(compiled))

            failures, results = self._memo(snapshot, "templates", check, stamp=(as_of, templates_now))
        problems = snapshot.problems
        return self.page(
            request,
            "editors.html",
            snapshot=snapshot,
            errors=[p for p in problems if p.severity == "error"],
            warnings=[p for p in problems if p.severity != "error"],
            failures=failures,
            results=results,
            failed=[r for r in results if r.error],
            kinds=sorted({r.kind for r in results}),
            pairs=sorted({r.pair for r in results}),
        )

    # -- errors ---------------------------------------------------------------

    def health(self, request: Request) -> Response:
        snapshot = self.live.current()
        return PlainTextResponse(
            "ok\n" if snapshot.base is not None else "no valid fact base\n",
            status_code=200 if snapshot.base is not None else 503,
        )

    def home(self, request: Request) -> Response:
        return RedirectResponse("/brief", status_code=302)

    def briefer_error(self, request: Request, error: Exception) -> Response:
        status = _status(error)
        suggestions = error.suggestions if isinstance(error, FieldError) else []
        return self.page(
            request, "error.html", status, message=str(error), status=status, suggestions=suggestions
        )

    def http_error(self, request: Request, error: Exception) -> Response:
        assert isinstance(error, HTTPException)
        status = error.status_code
        messages = {
            401: "log in first",
            404: f"there is no page at {request.url.path}",
            405: f"{request.method} is not allowed here: briefer's pages only read",
        }
        message = messages.get(status, str(error.detail))
        return self.page(request, "error.html", status, message=message, status=status, suggestions=[])

    async def refuse(self, request: Request, status: int, message: str) -> Response:
        """A request refused before it reached its page (a form from another site)."""
        return self.page(request, "error.html", status, message=message, status=status, suggestions=[])

    def crash(self, request: Request, error: Exception) -> Response:
        log.exception("the page %s failed", request.url.path, exc_info=error)
        message = "briefer could not make this page; the server's log has the details"
        page = self.page(request, "error.html", 500, message=message, status=500, suggestions=[])
        # this answer is made outside the middleware that adds the headers to the others
        page.headers.update(response_headers())
        return page


def _status(error: Exception) -> int:
    if isinstance(error, FieldError):
        return error.status
    if isinstance(error, (UnknownRegionError, AmbiguousRegionError)):
        return 404
    if isinstance(error, UsageError):
        return 400
    if isinstance(error, DataError):
        return 503  # the fact base on disk does not load; an editor must fix it
    return 500


# the digest names each story as the command that writes it; on the page it is a link
_BRIEF_COMMAND = re.compile(r"<code>briefer brief ([a-z0-9-]+) ([a-z0-9-]+) --kind ([a-z0-9-]+)</code>")


def _commands_as_links(html: str, language: str) -> str:
    def link(match: re.Match[str]) -> str:
        query = BriefForm(match[1], match[2], match[3], language).query()
        return f'<a href="/brief?{escape(query)}">{match[0]}</a>'

    return _BRIEF_COMMAND.sub(link, html)


def _week_after(monday: dt.date, days: int) -> str | None:
    """The ISO week ``days`` after ``monday``, if the calendar has it (1000 to 9999)."""
    try:
        week = Week.containing(monday + dt.timedelta(days=days))
    except (OverflowError, UsageError):
        return None
    return str(week) if week.year >= MIN_YEAR else None


def _raw_form(request: Request, kind: str, language: str) -> BriefForm:
    """The fields as typed (cut to length), to show again beside an error."""
    params = request.query_params
    region, partner, as_of = (params.get(name, "")[:MAX_TEXT] for name in ("region", "partner", "as_of"))
    return BriefForm(
        region,
        partner,
        params.get("kind", "")[:MAX_TEXT] or kind,
        params.get("lang", "")[:MAX_TEXT] or language,
        as_of,
    )


def _urlencode(values: dict[str, str]) -> str:
    from urllib.parse import urlencode

    return urlencode(values)
