"""Adding one fact to a newsroom's own layer, checked before anything is written.

The new fact is appended to the file of its partner country and Belarusian region
(``<layer>/<country>/<region>.yaml``), after the file's existing text, which is kept
byte for byte; the file is replaced atomically. A value typed as a desk writes it in
Russian ("12,4 млн", "27.11.2026") is refused with the form briefer accepts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import DataError, Problem, UsageError
from ..output import atomic_write, folder_lock
from ..places import HOME_COUNTRY, resolve_pair
from ..text.grammar import register_with_yaml
from ..yamlload import LocatedDict, load_yaml_text
from .load import display_path
from .model import FACT_KINDS, FactBase, FactDate
from .validate import fact_from_entry

_RUSSIAN_DATE = re.compile(r"^(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})\Z")
_WORD_NUMBER = re.compile(
    r"^\s*(?P<number>\d+(?:[.,]\d+)?)\s*(?P<word>млрд|миллиард\w*|billion|bn|млн|миллион\w*|million|m|тыс\.?|тысяч\w*|thousand|k)\.?\s*$",
    re.I,
)
_MULTIPLIERS = {
    "млрд": 10**9,
    "миллиард": 10**9,
    "billion": 10**9,
    "bn": 10**9,
    "млн": 10**6,
    "миллион": 10**6,
    "million": 10**6,
    "m": 10**6,
    "тыс": 10**3,
    "тысяч": 10**3,
    "thousand": 10**3,
    "k": 10**3,
}


@dataclass(frozen=True)
class NewFact:
    """What an editor says about a fact, as typed: names in any spelling, text values."""

    region: str
    partner: str
    kind: str
    date: str
    summary: str
    source_title: str
    source_url: str | None = None
    source_publisher: str | None = None
    source_year: str | None = None
    fact_id: str | None = None
    topics: tuple[str, ...] = ()
    metric: str | None = None
    value: str | None = None
    unit: str | None = None
    period: str | None = None
    qualifier: str | None = None
    change_pct: str | None = None
    compared_with: str | None = None
    supersedes: tuple[str, ...] = ()


def parse_date(text: str) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD; a Russian-style date gets the accepted form as its fix."""
    text = text.strip()
    russian = _RUSSIAN_DATE.match(text)
    if russian:
        day, month, year = russian.groups()
        accepted = f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
        raise UsageError(f"--date {text!r} is written day.month.year; write --date {accepted}")
    try:
        FactDate.parse(text)
    except ValueError as error:
        raise UsageError(f"--date {text!r}: {error}") from None
    return text


def parse_number(text: str, option: str) -> float:
    """A plain number; '12,4 млн' or '1.25 billion' gets the digits briefer wants as its fix."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    try:
        return float(cleaned)
    except ValueError:
        pass
    words = _WORD_NUMBER.match(text)
    if words:
        stem = next(
            k for k in sorted(_MULTIPLIERS, key=len, reverse=True) if words["word"].lower().startswith(k)
        )
        value = float(words["number"].replace(",", ".")) * _MULTIPLIERS[stem]
        raise UsageError(
            f"{option} {text!r} is written in words; write the number in digits: {option} {value:.0f}"
        )
    if re.fullmatch(r"\d+,\d+", cleaned):
        raise UsageError(
            f"{option} {text!r} uses a decimal comma; write {option} {cleaned.replace(',', '.')}"
        )
    raise UsageError(f"{option} {text!r} is not a number; write digits only, e.g. {option} 12400000")


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def entry_for(base: FactBase, new: NewFact, today: dt.date) -> tuple[dict[str, object], str, str]:
    """The fact as it will be written, with its Belarusian region's and partner's ids."""
    if new.kind not in FACT_KINDS:
        raise UsageError(f"--kind {new.kind!r} is not a kind of fact; use one of {', '.join(FACT_KINDS)}")
    region, partner = resolve_pair(base.regions, new.region, new.partner)
    date = parse_date(new.date)
    fact_id = new.fact_id or _free_id(base, f"{region.id}-{partner.id}-{new.kind}-{date}")
    entry: dict[str, object] = {
        "id": fact_id,
        "kind": new.kind,
        "regions": [region.id, partner.id],
        "date": date,
        "summary": new.summary.strip(),
    }
    if new.topics:
        entry["topics"] = list(new.topics)
    if new.kind == "figure":
        missing = [
            name
            for name, value in (("--metric", new.metric), ("--value", new.value), ("--unit", new.unit))
            if not value
        ]
        if missing:
            raise UsageError(
                f"a figure needs {', '.join(missing)}; "
                "e.g. --metric 'trade turnover' --value 12400000 --unit USD"
            )
        entry["scope"] = {"of": region.id, "with": partner.id}
        figure: dict[str, object] = {
            "metric": new.metric,
            "value": _plain(parse_number(new.value or "", "--value")),
            "unit": new.unit,
            "period": new.period or date,
        }
        if new.qualifier:
            figure["qualifier"] = new.qualifier
        if new.change_pct:
            figure["change_pct"] = _plain(parse_number(new.change_pct, "--change-pct"))
        if new.compared_with:
            figure["compared_with"] = new.compared_with
        entry["figure"] = figure
    source: dict[str, object] = {"title": new.source_title}
    if new.source_publisher:
        source["publisher"] = new.source_publisher
    if new.source_year:
        source["year"] = int(parse_number(new.source_year, "--source-year"))
    if new.source_url:
        source["url"] = new.source_url
    entry["sources"] = [source]
    if new.supersedes:
        entry["supersedes"] = list(new.supersedes)
    entry["added"] = today.isoformat()
    return entry, region.id, partner.id


def _free_id(base: FactBase, wanted: str) -> str:
    stem = re.sub(r"[^a-z0-9]+", "-", wanted.lower()).strip("-")
    candidate, number = stem, 2
    while candidate in base.by_id:
        candidate, number = f"{stem}-{number}", number + 1
    return candidate


def target_file(base: FactBase, layer: Path, region_id: str, partner_id: str) -> Path:
    """Where a fact goes: the partner's country folder, the Belarusian region's file."""
    country = base.regions.get(partner_id).country_id
    name = "national" if region_id == HOME_COUNTRY else region_id
    return layer / country / f"{name}.yaml"


def entry_text(entry: dict[str, object]) -> str:
    """The fact in the fact base's house style: block YAML, one list item."""
    register_with_yaml()
    return yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)


@dataclass(frozen=True)
class Added:
    path: Path  # the file the fact was appended to
    text: str  # the fact as written
    region: str  # the Belarusian region's id
    partner: str  # the partner's id


def add_fact(base: FactBase, layer: Path, new: NewFact, today: dt.date | None = None) -> Added:
    """Validate the new fact against the whole base and append it to its file.

    Nothing is written if anything is wrong: DataError or UsageError says what.
    """
    entry, region_id, partner_id = entry_for(base, new, today or dt.date.today())
    return append_entry(base, layer, entry, region_id, partner_id)


def append_entry(
    base: FactBase, layer: Path, entry: dict[str, object], region_id: str, partner_id: str
) -> Added:
    """Check a fact written as the base writes it against the whole base, then append it
    to its region's file in ``layer``, keeping that file's text byte for byte."""
    path = target_file(base, layer, region_id, partner_id)
    text = entry_text(entry)
    shown = display_path(path)
    parsed, problems = load_yaml_text(text, shown)
    if problems or not isinstance(parsed, list) or not isinstance(parsed[0], LocatedDict):
        raise DataError(problems or [Problem(shown, None, "the new fact could not be written as YAML")])
    fact, problems = fact_from_entry(parsed[0], shown, base.regions)
    if fact is not None and fact.id in base.by_id:
        old = base.by_id[fact.id]
        problems.append(
            Problem(
                shown, None, f"fact id {fact.id!r} is taken ({old.path}:{old.line})", "choose another --id"
            )
        )
    supersedes = entry.get("supersedes") or []
    assert isinstance(supersedes, list)
    for other in supersedes:
        if other not in base.by_id:
            problems.append(
                Problem(
                    shown,
                    None,
                    f"--supersedes names unknown fact {other!r}",
                    "'briefer facts list' shows ids",
                )
            )
    existing = path.read_bytes() if path.exists() else b""
    if problems:
        # Lines as they will be in the file, after its existing text.
        offset = existing.decode("utf-8", "replace").count("\n") + (
            1 if existing and not existing.endswith(b"\n") else 0
        )
        problems = [dataclasses.replace(p, line=p.line + offset if p.line else None) for p in problems]
        raise DataError(problems, what="new fact")
    if existing and not existing.endswith(b"\n"):
        existing += b"\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, existing + text.encode("utf-8"))
    return Added(path, text, region_id, partner_id)


def add_fact_locked(load_base: Callable[[], FactBase], layer: Path, new: NewFact) -> Added:
    """``add_fact`` under the layer's lock, on the base as it stands once the lock is held.

    Two additions at once would each read the file, append and rename, and one would be
    lost; an id chosen from a base read before the other's write could be taken twice."""
    layer.mkdir(parents=True, exist_ok=True)
    with folder_lock(layer):
        return add_fact(load_base(), layer, new)
