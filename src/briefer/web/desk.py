"""The desk in the browser, once a workspace has accounts: logging in and out, reporters
proposing facts from an article and following what became of them, editors working
through the queue beside each article, and the record.

Every route checks the role it needs, on the server, from the database; every form
carries its session's CSRF token; an article is hostile input, shown only as text.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ..database import database_path
from ..errors import BrieferError, UsageError
from ..ingest.articles import MAX_BYTES, Article, read_articles, read_pasted, read_upload
from ..ingest.propose import Proposal, propose
from ..ingest.queue import AlreadyDecided, Entry, ProposalQueue
from ..ingest.review import accept, reject
from ..newsroom.accounts import LoginRefused, Session
from ..newsroom.audit import AuditLog
from ..newsroom.record import decision_entry, proposals_entry
from .auth import Gate, cookie_name, safe_next, session_of, valid_csrf
from .views import Views

log = logging.getLogger("briefer.web")
MAX_FIELD = 100_000  # a pasted article; an upload may be larger (MAX_BYTES)
FACT_KINDS = ("figure", "twinning", "agreement", "event", "project", "quote", "context")


class Desk:
    def __init__(self, views: Views, gate: Gate) -> None:
        self.views = views
        self.gate = gate

    # -- shared -------------------------------------------------------------------

    def _require(self, request: Request, role: str) -> Session:
        """The session, if its account has ``role`` (or one above it); else 403 (or 404
        where the workspace has no accounts: the pages only read)."""
        if not self.gate.active():
            raise HTTPException(404)
        session = session_of(request)
        if session is None:
            raise HTTPException(401)
        if not session.user.may(role):
            raise HTTPException(
                403, f"this needs an {role}'s account; {session.user.name} is a {session.user.role}"
            )
        return session

    async def _form(self, request: Request, session: Session | None) -> Any:
        form = await request.form(max_files=1, max_fields=60, max_part_size=MAX_BYTES)
        token = form.get("csrf")
        if session is not None and not valid_csrf(session, token if isinstance(token, str) else None):
            raise HTTPException(
                403, "this form's token is missing or out of date: reload the page and send it again"
            )
        return form

    def _queue(self) -> ProposalQueue:
        config = self.views.newsroom.config
        assert config.path is not None
        return ProposalQueue(database_path(config.path.parent))

    def _page(self, request: Request, name: str, code: int = 200, **values: Any) -> Response:
        return self.views.page(request, name, code, session=session_of(request), **values)

    # -- logging in -----------------------------------------------------------------

    def login_form(self, request: Request) -> Response:
        if not self.gate.active():
            raise HTTPException(404)
        return self._page(
            request, "login.html", next=safe_next(request.query_params.get("next")), error=None, login_name=""
        )

    async def login(self, request: Request) -> Response:
        if not self.gate.active():
            raise HTTPException(404)
        form = await self._form(request, None)
        name = str(form.get("name", ""))[:64]
        target = safe_next(str(form.get("next", "")))
        address = request.client.host if request.client else "?"
        password = str(form.get("password", ""))

        def log_in() -> tuple[str, Session]:
            # in the worker thread, with that thread's own connection to the database
            accounts = self.gate.accounts()
            assert accounts is not None
            return accounts.login(name, password, address)

        try:
            token, _ = await run_in_threadpool(log_in)
        except LoginRefused as error:
            return self._page(request, "login.html", 401, next=target, error=str(error), login_name=name)
        response = RedirectResponse(target, status_code=303)
        secure = request.url.scheme == "https"
        response.set_cookie(
            cookie_name(request), token, httponly=True, samesite="lax", secure=secure, path="/",
            max_age=12 * 60 * 60,
        )  # fmt: skip
        return response

    async def logout(self, request: Request) -> Response:
        session = self._require(request, "reporter")
        await self._form(request, session)
        accounts = self.gate.accounts()
        assert accounts is not None
        accounts.logout(session)
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(cookie_name(request), path="/")
        return response

    # -- reporters ------------------------------------------------------------------

    def propose_form(self, request: Request) -> Response:
        self._require(request, "reporter")
        return self._page(request, "propose.html", error=None, proposals=None, article=None, text="", url="")

    async def propose(self, request: Request) -> Response:
        session = self._require(request, "reporter")
        form = await self._form(request, session)
        text = str(form.get("text", ""))[: MAX_FIELD + 1]
        url = str(form.get("url", "")).strip()[:2000]
        upload = form.get("file")
        try:
            articles = await run_in_threadpool(
                _read, text, url, upload if isinstance(upload, UploadFile) else None
            )
        except BrieferError as error:
            return self._page(request, "propose.html", 400, error=self.views.public(error), proposals=None,
                              article=None, text=text[:MAX_FIELD], url=url)  # fmt: skip
        base = self.views.live.current().require()
        found: list[tuple[Article, list[Proposal], int]] = []
        with self._queue() as queue:
            for article in articles:
                proposals = await run_in_threadpool(propose, [article], base, dt.date.today())
                entry = proposals_entry(session.user.name, article.origin, article.title, len(proposals))
                added = queue.add(article, proposals, session.user.name, log=entry)
                found.append((article, proposals, added))
        return self._page(request, "proposed.html", found=found)

    def mine(self, request: Request) -> Response:
        session = self._require(request, "reporter")
        with self._queue() as queue:
            entries = [e for e in queue.entries(None) if e.proposed_by == session.user.name]
        return self._page(request, "mine.html", entries=entries)

    # -- editors --------------------------------------------------------------------

    def queue(self, request: Request) -> Response:
        self._require(request, "editor")
        with self._queue() as queue:
            entries = queue.entries()
        return self._page(request, "queue.html", entries=entries)

    def proposal(self, request: Request, message: str | None = None, code: int = 200) -> Response:
        self._require(request, "editor")
        with self._queue() as queue:
            entry = _entry(queue, request.path_params["id"])
            article = queue.article(entry.proposal.article)
        base = self.views.live.current().require()
        known = entry.proposal.standing.fact
        return self._page(
            request,
            "proposal.html",
            code,
            entry=entry,
            article=article,
            parts=_highlighted(article.get("text", ""), entry.proposal.evidence),
            base_fact=base.by_id.get(known) if known else None,
            kinds=FACT_KINDS,
            message=message,
        )

    async def accept(self, request: Request) -> Response:
        session = self._require(request, "editor")
        form = await self._form(request, session)
        proposal_id = request.path_params["id"]
        with self._queue() as queue:
            entry = _entry(queue, proposal_id)
            edited = _edited(entry, form)
            layer = self.views.newsroom.fact_layer("accepting a proposal")
            try:
                load = self.views.newsroom.fact_base
                who = session.user.name
                decision = await run_in_threadpool(
                    accept, queue, proposal_id, layer, load, who, edited, decision_entry(who)
                )
            except AlreadyDecided as error:
                return self.proposal(request, str(error), 409)
            except BrieferError as error:
                return self.proposal(request, self.views.public(error), 400)
        return RedirectResponse(f"/review?accepted={decision.fact_id}", status_code=303)

    async def reject(self, request: Request) -> Response:
        session = self._require(request, "editor")
        form = await self._form(request, session)
        proposal_id = request.path_params["id"]
        reason = " ".join(str(form.get("reason", "")).split())[:500]
        with self._queue() as queue:
            try:
                reject(
                    queue,
                    proposal_id,
                    session.user.name,
                    reason,
                    log=decision_entry(session.user.name, reason),
                )
            except AlreadyDecided as error:
                return self.proposal(request, str(error), 409)
            except UsageError as error:
                return self.proposal(request, str(error), 400)
        return RedirectResponse("/review", status_code=303)

    def audit(self, request: Request) -> Response:
        self._require(request, "editor")
        config = self.views.newsroom.config
        assert config.path is not None
        who = request.query_params.get("user") or None
        with AuditLog(database_path(config.path.parent)) as record:
            entries = record.entries(who=who[:64] if who else None)[-300:]
            broken = record.verify()
        return self._page(
            request, "audit.html", entries=list(reversed(entries)), broken=broken, who=who or ""
        )


def _read(text: str, url: str, upload: UploadFile | None) -> list[Article]:
    if upload is not None and upload.filename:
        data = upload.file.read(MAX_BYTES + 1)
        return read_upload(data, upload.filename)
    if url:
        if not url.startswith(("http://", "https://")):
            raise UsageError("the link must start with http:// or https://")
        return list(read_articles([url]))
    if text.strip():
        if len(text) > MAX_FIELD:
            raise UsageError(f"the text is longer than {MAX_FIELD:,} characters: paste the article alone")
        return [read_pasted(text)]
    raise UsageError("paste the article's text, give its link, or upload its file")


def _entry(queue: ProposalQueue, proposal_id: str) -> Entry:
    try:
        return queue.get(proposal_id[:40])
    except UsageError:
        raise HTTPException(404) from None


def _highlighted(text: str, evidence: dict[str, Any]) -> tuple[str, str, str]:
    """The article's text before, in and after the evidence sentence."""
    start, end = int(evidence.get("start", 0)), int(evidence.get("end", 0))
    if not 0 <= start <= end <= len(text):
        return text, "", ""
    return text[:start], text[start:end], text[end:]


def _edited(entry: Entry, form: Any) -> dict[str, Any] | None:
    """The proposal as the editor corrected it in the form; None if nothing was changed."""
    proposal = entry.proposal

    def field(name: str) -> str:
        return " ".join(str(form.get(name, "")).split())[:2000]

    if proposal.place is not None:
        place = dict(proposal.place)
        for key in ("id", "name", "kind", "country", "parent"):
            if field(f"place_{key}"):
                place[key] = field(f"place_{key}")
        names = {
            language: field(f"place_name_{language}")
            for language in ("ru", "be")
            if field(f"place_name_{language}")
        }
        if names:
            place["names"] = names
        aliases = [a.strip() for a in field("place_aliases").split(",") if a.strip()]
        if aliases:
            place["aliases"] = aliases
        return place if place != proposal.place else None
    assert proposal.fact is not None
    fact = dict(proposal.fact)
    for key in ("kind", "date", "tie", "summary"):
        if field(key):
            fact[key] = field(key)
    if field("regions"):
        fact["regions"] = [r.strip() for r in field("regions").split(",") if r.strip()]
    translations = {language: dict(texts) for language, texts in (fact.get("translations") or {}).items()}
    for language in ("ru", "be"):
        if field(f"summary_{language}"):
            translations.setdefault(language, {})["summary"] = field(f"summary_{language}")
    fact["translations"] = translations
    if "figure" in fact:
        figure = dict(fact["figure"])
        for key in ("metric", "unit", "period", "qualifier"):
            if field(f"figure_{key}"):
                figure[key] = field(f"figure_{key}")
        if field("figure_value"):
            try:
                number = float(field("figure_value").replace(" ", "").replace(",", "."))
            except ValueError:
                raise UsageError(
                    f"value {field('figure_value')!r} is not a number: write digits, e.g. 41400000"
                ) from None
            figure["value"] = int(number) if number.is_integer() else number
        fact["figure"] = figure
        scope = dict(fact.get("scope") or {})
        for key in ("of", "with"):
            if field(f"scope_{key}"):
                scope[key] = field(f"scope_{key}")
        fact["scope"] = scope
    return fact if fact != proposal.fact else None
