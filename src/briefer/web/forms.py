"""What a request asks for, validated as the command line validates its options.

Every value is checked before any work is done, and a bad one raises the same
BrieferError (with the same message) that 'briefer brief' would print. FieldError
adds which form field was wrong, so that the page can show the message beside it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlencode

from ..briefs.render import kind_info
from ..briefs.select import parse_as_of
from ..errors import AmbiguousRegionError, BrieferError, UnknownRegionError, UsageError
from ..facts.model import FACT_KINDS, STATUSES, FactDate
from ..places import Region, RegionRegistry
from ..text.i18n import LANGUAGES

T = TypeVar("T")
MAX_TEXT = 200  # characters in any one field: names and searches are far shorter


class FieldError(UsageError):
    """A form field's value is wrong; ``status`` is 404 for a name that names nothing."""

    def __init__(self, field: str, error: BrieferError) -> None:
        self.field = field
        self.error = error
        self.status = 404 if isinstance(error, UnknownRegionError) else 400
        super().__init__(str(error))

    @property
    def suggestions(self) -> list[str]:
        """The ids a near miss, or a name of several places, may have meant."""
        if isinstance(self.error, UnknownRegionError):
            return [text.split(" ", 1)[0] for text in self.error.suggestions]
        if isinstance(self.error, AmbiguousRegionError):
            return [text.split(" ", 1)[0] for text in self.error.choices]
        return []


def text(params: Mapping[str, str], name: str) -> str:
    value = params.get(name, "").strip()
    if len(value) > MAX_TEXT:
        raise FieldError(name, UsageError(f"{name} is {len(value)} characters long; the limit is {MAX_TEXT}"))
    # C0 and C1 controls and DEL; the bidi overrides that make a name read other than it is
    if any(
        ord(ch) < 32 or 127 <= ord(ch) < 160 or 0x202A <= ord(ch) <= 0x202E or 0x2066 <= ord(ch) <= 0x2069
        for ch in value
    ):
        raise FieldError(name, UsageError(f"{name} holds control characters; type the name as plain text"))
    return value


def resolve(registry: RegionRegistry, name: str, field: str) -> Region:
    try:
        return registry.resolve(name)
    except UsageError as error:
        raise FieldError(field, error) from None


@dataclass(frozen=True)
class BriefForm:
    """The brief page's fields as given; the page's address is its permalink."""

    region: str = ""
    partner: str = ""
    kind: str = ""
    lang: str = ""
    as_of: str = ""

    @property
    def ready(self) -> bool:
        return bool(self.region and self.partner)

    def query(self, **changes: str) -> str:
        """The form's state as a query string, with ``changes``; empty fields left out."""
        fields = asdict(replace(self, **changes))
        return urlencode({name: value for name, value in fields.items() if value})

    def as_of_date(self) -> dt.date:
        return _field("as_of", lambda: parse_as_of(self.as_of or None))


def _field(name: str, check: Callable[[], T]) -> T:
    try:
        return check()
    except FieldError:
        raise
    except UsageError as error:
        raise FieldError(name, error) from None


def read_brief_form(
    params: Mapping[str, str], template_dirs: Sequence[Path], default_kind: str, default_lang: str
) -> BriefForm:
    """The brief form from the query string; FieldError for the first bad value."""
    form = BriefForm(
        region=text(params, "region"),
        partner=text(params, "partner"),
        kind=text(params, "kind").lower() or default_kind,
        lang=text(params, "lang").lower() or default_lang,
        as_of=text(params, "as_of"),
    )
    _field("kind", lambda: kind_info(form.kind, template_dirs))
    if form.lang not in LANGUAGES:
        raise FieldError(
            "lang", UsageError(f"unknown language {form.lang!r}; use one of {', '.join(LANGUAGES)}")
        )
    form.as_of_date()
    return form


@dataclass(frozen=True)
class FactQuery:
    """The facts page's search: every field optional."""

    text: str = ""
    region: Region | None = None
    partner: Region | None = None
    kind: str = ""
    status: str = ""
    since: FactDate | None = None
    until: FactDate | None = None
    page: int = 1


MAX_PAGE = 10_000


def read_fact_query(params: Mapping[str, str], registry: RegionRegistry) -> FactQuery:
    region, partner = text(params, "region"), text(params, "partner")
    kind, status = text(params, "kind").lower(), text(params, "status").lower()
    if kind and kind not in FACT_KINDS:
        raise FieldError("kind", UsageError(f"unknown kind {kind!r}; use one of {', '.join(FACT_KINDS)}"))
    if status and status not in STATUSES:
        raise FieldError("status", UsageError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}"))
    dates: dict[str, FactDate | None] = {}
    for name in ("since", "until"):
        value = text(params, name)
        try:
            dates[name] = FactDate.parse(value) if value else None
        except ValueError as error:
            raise FieldError(name, UsageError(f"{name}: {error}")) from None
    page_text = text(params, "page") or "1"
    if not re.fullmatch(r"[0-9]{1,5}", page_text) or not 1 <= int(page_text) <= MAX_PAGE:
        raise FieldError("page", UsageError(f"page {page_text!r} is not a page number from 1 to {MAX_PAGE}"))
    return FactQuery(
        text=text(params, "q"),
        region=resolve(registry, region, "region") if region else None,
        partner=resolve(registry, partner, "partner") if partner else None,
        kind=kind,
        status=status,
        since=dates["since"],
        until=dates["until"],
        page=int(page_text),
    )
