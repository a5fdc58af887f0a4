"""Selection: the facts a brief about one pair needs, as a typed context.

Pure: no I/O and no formatting. The templates decide how things read; this module
decides what is in a brief: which facts concern the pair, the ties around it, the
national context, and which facts a reporter must verify before use.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..errors import UsageError
from ..facts import STALE_AFTER_MONTHS, Fact, FactBase, Scope, months_before
from ..facts.model import MAX_STALE_AFTER_MONTHS, MAX_YEAR, MIN_YEAR, period_end
from ..places import HOME_COUNTRY, Region, RegionRegistry
from ..text.i18n import Language

# Where a figure belongs in a brief, by its own scope, nearest to the pair first.
FIGURE_LEVELS = ("pair", "region-country", "country-partner", "national", "parts", "several")
# A country-level fact links only countries and groupings of them, no oblast or province.
_NATIONAL_KINDS = ("country", "world-region", "union")

_DATE_WITHIN_WORDS = 8  # how far into a summary its date still counts as opening it
_OPENING_WORDS = re.compile(rf"\s*(?:\S+\s+){{0,{_DATE_WITHIN_WORDS - 1}}}\S*")
# the word after a year that belongs to the date («2021 года», «2024 г.»)
_YEAR_TAIL = re.compile(r"[\u00a0\u202f ](?:г\.|года|году|годзе|гг\.)")
# the words of a date or a span of dates before its year: days, months, short prepositions
# («с 26 июля по 2 августа», "from 26 July to 2 August", «з 26 ліпеня па 2 жніўня»)
_DATE_WORD = re.compile(
    r"\d{1,2}[.,]?|с|со|по|до|и|з|са|па|да|і|в|во|у|ў|к|from|to|in|on|by|between|and|"
    r"конц[еау]|канцы|начал[еау]|пачатку|end|early|late|"
    r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"студзен|лют|сакавік|красавік|трав|чэрв|ліп|жні|верас|кастрычнік|лістапад|снеж|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\w*",
    re.I,
)

# kinds of fact that tell of something that happened on a day, so always with its date
_HAPPENINGS = ("event", "agreement", "quote")


@dataclass(frozen=True)
class Tie:
    """A twinning or partnership, seen from one side: ``home`` is the Belarusian end."""

    fact: Fact
    home: Region
    away: Region

    @property
    def level(self) -> str:
        return f"{self.home.kind.replace('-', ' ')}–{self.away.kind.replace('-', ' ')}"


@dataclass(frozen=True)
class FigureRow:
    """A figure as a brief shows it: its level and the label of its own scope."""

    fact: Fact
    level: str  # one of FIGURE_LEVELS
    label: str  # "Mogilev Oblast – China", "FEZ Grodnoinvest residents (Grodno Oblast) – Hungary"


@dataclass
class BriefContext:
    region: Region
    partner: Region
    kind: str
    as_of: dt.date
    ties: list[Tie] = field(default_factory=list)
    partner_other_ties: list[Tie] = field(default_factory=list)
    region_other_ties: list[Tie] = field(default_factory=list)
    figures: list[Fact] = field(default_factory=list)
    timeline: list[Fact] = field(default_factory=list)
    projects: list[Fact] = field(default_factory=list)
    quotes: list[Fact] = field(default_factory=list)
    background: list[Fact] = field(default_factory=list)
    regional: list[Fact] = field(default_factory=list)
    national: list[Fact] = field(default_factory=list)
    partner_country: Region | None = None
    national_pair: tuple[Region, Region] | None = None
    # Belarus as a whole with the partner region (Belarus and Tatarstan), for an oblast's brief.
    country_partner: list[Fact] = field(default_factory=list)
    figure_rows: list[FigureRow] = field(default_factory=list)
    short_names: dict[str, str] = field(default_factory=dict)  # region id -> headline name
    registry: RegionRegistry | None = None
    words: Language = field(default_factory=lambda: Language("en"))
    stale_after: dict[str, int] = field(default_factory=lambda: dict(STALE_AFTER_MONTHS))
    same_source: set[tuple[str, str]] = field(default_factory=set)
    stale: list[Fact] = field(default_factory=list)
    unchecked: list[Fact] = field(default_factory=list)
    upcoming: list[Fact] = field(default_factory=list)
    disputed: list[Fact] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    rivals: dict[str, tuple[Fact, ...]] = field(default_factory=dict)

    @property
    def pair_facts(self) -> list[Fact]:
        seen: dict[str, Fact] = {}
        for fact in (
            [t.fact for t in self.ties]
            + self.figures
            + self.timeline
            + self.projects
            + self.quotes
            + self.background
        ):
            seen.setdefault(fact.id, fact)
        return list(seen.values())

    @property
    def latest(self) -> list[Fact]:
        """What a sheet leads with: the pair's events, ties, agreements and projects of the
        last LATEST_MONTHS before its date, newest first (at most LATEST_COUNT); its figures
        lead their own table. None where the base has nothing that recent."""
        since = months_before(self.as_of, LATEST_MONTHS)
        recent = [
            f
            for f in {f.id: f for f in self.pair_facts + self.regional}.values()
            if f.happened_by(self.as_of) and f.date.first_day >= since and f.kind not in ("figure", "quote")
        ]
        return sorted(recent, key=lambda f: (f.date.last_day, f.id), reverse=True)[:LATEST_COUNT]

    @property
    def key_figures(self) -> list[tuple[str, Fact]]:
        """(label of the figure's own scope, fact) rows, the pair's first, national last."""
        return [(row.label, row.fact) for row in self.figure_rows]

    def current_rows(self, rows: Sequence[FigureRow]) -> list[FigureRow]:
        """The rows a table shows: where any figure is for a period ending in the last
        CURRENT_YEARS calendar years before the brief's date, only those; the older ones
        stay in the base and are counted under the table. Where none is that recent,
        every row, since they are all there is (each marked ⚠ where stale)."""
        since = self.as_of.year - CURRENT_YEARS
        current = [row for row in rows if period_end(row.fact)[0] >= since]
        return current or list(rows)

    @property
    def first_current_year(self) -> int:
        return self.as_of.year - CURRENT_YEARS

    def figures_at(self, *levels: str) -> list[FigureRow]:
        return [row for row in self.figure_rows if row.level in levels]

    def scope_of(self, fact: Fact) -> str:
        """The label of a figure's own scope ('' for a fact without one)."""
        return next((row.label for row in self.figure_rows if row.fact.id == fact.id), "")

    @property
    def first_agreement(self) -> Fact | None:
        """The earliest agreement between the pair itself (not places inside it): what
        'since when' means without a twinning."""
        return next(
            (
                f
                for f in self.timeline
                if f.kind == "agreement" and self.region.id in f.regions and self.partner.id in f.regions
            ),
            None,
        )

    def opens_with_its_date(self, fact: Fact) -> bool:
        """Whether the summary itself opens with its date («13 декабря 2024 г. …», "In May
        2025 …", «С 26 июля по 2 августа 2025 г. …»), so that a list need not print the
        date again before it."""
        return self.opening_date(fact) is not None

    def opening_date(self, fact: Fact) -> tuple[int, int] | None:
        """Where in its summary stands the date the summary opens with, as (start, end)
        offsets, or None where it does not open with one."""
        text = fact.summary
        year = str(fact.date.year)
        at = text.find(year)
        if at < 0:
            return None
        words = text[:at].split()
        if len(words) <= 3 or all(_DATE_WORD.fullmatch(word) for word in words):
            start = at
            for word in reversed(list(re.finditer(r"\S+", text[:at]))):
                if not _DATE_WORD.fullmatch(word.group()):
                    break
                start = word.start()
            tail = _YEAR_TAIL.match(text, at + len(year))
            return start, tail.end() if tail else at + len(year)
        # «Падчас рабочага візіту 8 снежня 2025 г. …»: the whole date, a few words in, is not
        # printed again before it
        if not fact.date.month:
            return None  # a bare year in passing is no date a reader can scan a list by
        said = re.sub(r"[\u00a0\u202f]", " ", self.words.fact_date(fact.date))
        # the same offsets as the summary's: each no-break space becomes one space
        plain = re.sub(r"[\u00a0\u202f]", " ", text)
        where, head = plain.find(said), _OPENING_WORDS.match(plain)
        if len(words) > _DATE_WITHIN_WORDS or where < 0 or not head or where + len(said) > head.end():
            return None
        return where, where + len(said)

    def with_its_date_bold(self, fact: Fact) -> str:
        """The summary with the date it opens with in bold, so that a list of dated facts
        can be scanned by date whether the date leads the entry or the summary."""
        span = self.opening_date(fact)
        if span is None:
            return fact.summary
        (start, end), text = span, fact.summary
        return f"{text[:start]}**{text[start:end]}**{text[end:]}"

    def dated_summary(self, fact: Fact) -> str:
        """The fact as a sentence, with its date where it does not give one: an event,
        agreement or quote always ('… signed a memorandum (July 2025).'), a claim once it
        is stale ('FEZ Vitebsk has 52 residents (as of 2021).'); a figure gets its period."""
        text = fact.summary.rstrip()
        if str(fact.date.year) in text:
            return text
        if fact.kind in _HAPPENINGS:
            # something that happened is told with when it happened, stale or not
            return self.words.gettext("{text} ({date}).").format(
                date=self.words.fact_date(fact.date), text=text.rstrip(".")
            )
        if not self.is_stale(fact):
            return text
        if fact.figure is not None:
            if any(year in text for year in re.findall(r"\b(?:19|20)\d\d\b", fact.figure.period)):
                return text  # «К концу 2025 года …» already says its period
            return f"{text.rstrip('.')} ({fact.figure.period})."
        # the date after the claim, so that the claim keeps its own first letter
        return self.words.gettext("{text} (as of {date}).").format(
            date=self.words.period_name(self.words.fact_date(fact.date)), text=text.rstrip(".")
        )

    def level(self, tie: Tie) -> str:
        """'oblast–province', in the brief's language."""
        words = self.words
        return (
            f"{words.pgettext('region kind', tie.home.kind)}–{words.pgettext('region kind', tie.away.kind)}"
        )

    def tie_level(self, tie: Tie) -> str:
        """'oblast–province level' / «связь на уровне области и провинции»: the catalogs
        word each pair of kinds as a phrase; a pair they do not know is labelled."""
        words = self.words
        message = f"{tie.home.kind}–{tie.away.kind} level"
        phrase = words.pgettext("tie level", message)
        if phrase != message:
            return phrase
        return words.gettext("%(level)s level") % {"level": self.level(tie)}

    def plan_passed(self, fact: Fact) -> int | None:
        """The year a stated plan was due by, where that year is over: its outcome is
        not recorded, and a brief says so."""
        is_plan = PLAN_WORDS.search(english_words(fact, "summary")) or re.match(
            r"(by|until|before) ", english_words(fact, "period"), re.I
        )
        target = plan_target(fact) if is_plan else None
        return target if target is not None and target < self.as_of.year else None

    @property
    def used_facts(self) -> list[Fact]:
        """Every fact the brief can draw on that had happened by its date."""
        facts = self.pair_facts + self.regional + self.country_partner + self.national
        return [f for f in {f.id: f for f in facts}.values() if f.happened_by(self.as_of)]

    @property
    def newest_fact(self) -> Fact | None:
        """The most recent thing the brief knows of: what its currency line reports; a fact
        known to the day outranks one known by its year only (the line counts from the start)."""
        facts = self.used_facts
        return max(facts, key=lambda f: (f.date.first_day, f.date.last_day, f.id)) if facts else None

    @property
    def newest_figure(self) -> Fact | None:
        """The most recent figure on record; a target ('by the end of 2025') is a plan,
        not a measurement, and says nothing of how current the brief's figures are."""
        figures = [
            f
            for f in self.used_facts
            if f.figure is not None and not _TARGET_PERIOD.match(english_words(f, "period"))
        ]
        return max(figures, key=lambda f: (f.date.last_day, f.id)) if figures else None

    def age_of(self, fact: Fact, from_its_end: bool = False) -> str:
        """How long before the brief's date a fact was: 'five years' / «5 лет», counted
        from the start of its date, as the angles count it; a figure's period from its end
        (the figure for 2025 is eleven months old in December 2026, not twenty-three)."""
        day = fact.date.first_day
        if from_its_end:  # (its last year's end, or the fact's own end where earlier: May 2021)
            day = min(fact.date.last_day, dt.date(period_end(fact)[0], 12, 31))
        return self.words.age(min(day, self.as_of), self.as_of)

    def is_recent(self, fact: Fact, months: int = 12) -> bool:
        return fact.date.last_day >= months_before(self.as_of, months)

    def date_name(self, fact: Fact) -> str:
        """A fact's month or year as a name that declines («к июню 2021 г.»)."""
        from ..facts.model import FactDate

        label = self.words.fact_date(FactDate(fact.date.year, fact.date.month))
        return self.words.period_name(label)

    def reasons_to_check(self, fact: Fact) -> list[str]:
        """Every reason a fact needs checking before publication, in the brief's language."""
        words = self.words
        reasons = []
        if self.is_disputed(fact):
            reasons.append(words.gettext("sources disagree"))
        if fact.status == "needs-check":
            reasons.append(words.gettext("source reference incomplete"))
        target = self.plan_passed(fact)
        if target is not None:
            pass  # a plan whose year is over says so below: its period is no figure to renew
        elif self.is_stale(fact) and fact.figure is not None:
            period = words.period_name(fact.figure.period)
            if words.code == "en" or words.declines_period(fact.figure.period):
                reasons.append(
                    words.gettext("a figure for %(period)s: look for a newer one before using it as current")
                    % {"period": period}
                )
            else:  # «на май 2022 г.», «пять лет по 2025 г.»: a period that takes no «за»
                reasons.append(
                    words.gettext("a figure (%(period)s): look for a newer one before using it as current")
                    % {"period": period}
                )
        elif self.is_stale(fact):
            reasons.append(
                words.gettext("a claim as of %(date)s: check that it still holds")
                % {"date": self.date_name(fact)}
            )
        if target is not None:
            reasons.append(
                words.gettext("planned for %(year)s: the outcome is not recorded") % {"year": target}
            )
        return reasons

    def is_stale(self, fact: Fact) -> bool:
        """A present-tense claim past its period at the brief's date; history never is."""
        return fact.is_stale(self.as_of, self.stale_after)

    @property
    def stale_pair_facts(self) -> list[Fact]:
        pair_ids = {f.id for f in self.pair_facts}
        return [f for f in self.stale if f.id in pair_ids]

    @property
    def organisations(self) -> list[str]:
        """Companies and bodies named anywhere in the pair's facts, first mention first."""
        return list(dict.fromkeys(org for fact in self.pair_facts for org in fact.organisations))

    @property
    def is_empty(self) -> bool:
        return not self.pair_facts

    def is_disputed(self, fact: Fact) -> bool:
        """Marked disputed, or contradicted by another fact in the base."""
        return fact.disputed or bool(self.rivals.get(fact.id))

    def rivals_of(self, fact: Fact) -> tuple[Fact, ...]:
        """The facts whose sources disagree with ``fact``."""
        return self.rivals.get(fact.id, ())

    def once(self, facts: Sequence[Fact]) -> list[Fact]:
        """Each dispute once: a fact's statement already gives its rivals' claims."""
        kept: list[Fact] = []
        shown: set[str] = set()
        for fact in facts:
            if fact.id not in shown:
                kept.append(fact)
                shown.add(fact.id)
                shown.update(rival.id for rival in self.rivals_of(fact))
        return kept

    def ties_once(self, ties: Sequence[Tie]) -> list[Tie]:
        """Ties with each disputed tie once: its rival is shown beside it."""
        kept = {f.id for f in self.once([t.fact for t in ties])}
        return [t for t in ties if t.fact.id in kept]

    def shares_source(self, fact: Fact, rival: Fact) -> bool:
        """True when one source gives both claims: it contradicts itself."""
        return (fact.id, rival.id) in self.same_source

    @property
    def is_national(self) -> bool:
        """A country-level brief: Belarus as a whole and a partner."""
        return self.region.kind == "country"


def select(
    base: FactBase,
    region: Region,
    partner: Region,
    as_of: dt.date,
    kind: str = "factsheet",
    stale_after: dict[str, int] | None = None,
    language: str = "en",
) -> BriefContext:
    """Everything a brief on ``region`` and ``partner`` at ``as_of`` draws on.

    A brief dated D knows only what was on record by D: facts certainly dated by then,
    and plans or scheduled events that had been announced by then.
    """
    context = BriefContext(
        region=region,
        partner=partner,
        kind=kind,
        as_of=as_of,
        registry=base.regions,
        words=Language(language),
    )
    if stale_after is not None:
        context.stale_after = {**STALE_AFTER_MONTHS, **stale_after}
    registry = base.regions
    # A deprecated claim (known to be wrong) stays in the base but never in a brief.
    pair_facts = [f for f in base.find(region.id, partner.id) if not f.deprecated]
    # A fact another one supersedes gives way once the newer one is on record; dated
    # history stays in the timeline.
    facts = [
        f
        for f in pair_facts
        if f.published_by(as_of)
        and (base.replacement(f, as_of) is None or f.kind in ("twinning", "agreement", "event"))
    ]
    context.upcoming = [f for f in pair_facts if not f.happened_by(as_of) and f.on_record_by(as_of)]

    for fact in facts:
        if fact.kind == "twinning":
            context.ties.append(_tie(base, fact))
        elif fact.kind == "figure":
            context.figures.append(fact)
        elif fact.kind == "project":
            context.projects.append(fact)
        elif fact.kind == "quote":
            context.quotes.append(fact)
        elif fact.kind == "context":
            context.background.append(fact)
        if fact.kind in ("twinning", "agreement", "event", "project"):
            context.timeline.append(fact)

    for fact in base.find(kind="twinning"):
        if fact.deprecated or not fact.published_by(as_of):
            continue
        if base.touches(fact, partner.id) and not base.touches(fact, region.id):
            context.partner_other_ties.append(_tie(base, fact))
        elif base.touches(fact, region.id) and not base.touches(fact, partner.id):
            tie = _tie(base, fact)
            # For Belarus as a whole every oblast's ties would qualify; keep those in
            # the partner's country, which are the ones a story compares with.
            if region.kind != "country" or tie.away.country_id == partner.country_id:
                context.region_other_ties.append(tie)
    context.region_other_ties.sort(key=lambda t: (t.away.country_id, t.fact.date, t.away.name))
    context.partner_other_ties.sort(key=lambda t: (t.fact.date, t.home.name))

    home_country = registry.get(HOME_COUNTRY) if HOME_COUNTRY in registry else None
    partner_country = registry.get(partner.country_id)
    context.partner_country = partner_country
    used = {f.id for f in facts}

    def wider(one: str, other: str) -> list[Fact]:
        """Facts naming ``one`` and ``other`` themselves (not only places inside them)."""
        found = [
            f
            for f in base.find(one, other)
            if one in f.regions
            and other in f.regions
            and f.id not in used
            and not f.deprecated
            and f.published_by(as_of)
            and base.replacement(f, as_of) is None
        ]
        used.update(f.id for f in found)
        return found

    if partner_country.id != partner.id and region.id != HOME_COUNTRY:
        # The region's ties with the partner's country as a whole (Mogilev and China).
        context.regional = wider(region.id, partner_country.id)
    if home_country and region.id != home_country.id and partner_country.id != partner.id:
        # Belarus as a whole with the partner region (Belarus and Tatarstan).
        context.country_partner = wider(home_country.id, partner.id)
    if home_country and (region.id, partner.id) != (home_country.id, partner_country.id):
        context.national_pair = (home_country, partner_country)
        context.national = [
            f
            for f in wider(home_country.id, partner_country.id)
            if all(registry.get(r).kind in _NATIONAL_KINDS for r in f.regions)
        ]

    context.figure_rows = _figure_rows(base, context)
    # A figure whose own scope has no place in this brief is left out of it entirely:
    # a zone's investors from 15 countries is not a Vitebsk-Israel figure.
    placed = {row.fact.id for row in context.figure_rows}
    context.figures = [f for f in context.figures if f.id in placed]
    context.regional = [f for f in context.regional if f.kind != "figure" or f.id in placed]
    context.country_partner = [f for f in context.country_partner if f.kind != "figure" or f.id in placed]
    context.national = [f for f in context.national if f.kind != "figure" or f.id in placed]
    context.short_names = {
        region_id: registry.get(region_id).short_name
        for row in context.figure_rows
        if row.fact.scope is not None
        for region_id in row.fact.scope.region_ids
    }
    for fact in context.pair_facts + context.regional + context.country_partner + context.national:
        rivals = _rivals(base, fact)
        if rivals:
            context.rivals[fact.id] = rivals
            own = {s.key for s in fact.sources}
            context.same_source.update((fact.id, r.id) for r in rivals if own & {s.key for s in r.sources})
        if (fact.disputed or rivals) and fact not in context.disputed:
            context.disputed.append(fact)
        if fact.status == "needs-check" and fact not in context.unchecked:
            context.unchecked.append(fact)
        if context.is_stale(fact) and fact not in context.stale:
            context.stale.append(fact)
    for tie in context.partner_other_ties + context.region_other_ties:
        rivals = _rivals(base, tie.fact)
        if rivals:
            context.rivals[tie.fact.id] = rivals
    context.missing = _missing(context)
    return context


LATEST_MONTHS = 36  # what a fact sheet leads with: the last three years
CURRENT_YEARS = 2  # a figure table shows periods of the last two years when it has any
LATEST_COUNT = 5

# words that make a statement a plan, and the year it is to be reached by
PLAN_WORDS = re.compile(
    r"\b(plan|plans|planned|intend|intends|intended|will|aims?|target|expected|to be)\b", re.I
)
_TARGET_PERIOD = re.compile(r"(by|until|before|to be)\b", re.I)
_TARGET = re.compile(r"\b(?:by|in|until|before) (?:the end of |early |mid-|late )?(\d{4})\b", re.I)


def english_words(fact: Fact, name: str) -> str:
    """A fact's words as the base writes them in English, whatever the brief's language."""
    own = fact.summary if name == "summary" else (fact.figure.period if fact.figure else "")
    return fact.translations.get("en", {}).get(name, own)


def plan_target(fact: Fact) -> int | None:
    """The year a stated plan was to be reached by ('by the end of 2025'), if it says."""
    for text in (english_words(fact, "period"), english_words(fact, "summary")):
        years = [int(year) for year in _TARGET.findall(text) if int(year) >= fact.date.year]
        if years:
            return max(years)
    return None


def scope_label(registry: RegionRegistry, scope: Scope, and_word: str = "and") -> str:
    """Whose a figure is, as a brief labels it: 'Mogilev Oblast – China'."""
    subject = registry.get(scope.of).name
    if scope.body:
        subject = f"{scope.body} ({subject})"
    if scope.with_:
        return f"{subject} – {registry.get(scope.with_).name}"
    if scope.several:
        names = [registry.get(r).name for r in scope.among] + ([scope.group] if scope.group else [])
        listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {and_word} {names[-1]}"
        return f"{subject} – {listed}"
    return subject


def _figure_rows(base: FactBase, context: BriefContext) -> list[FigureRow]:
    """Every figure the brief may show, placed by its own scope, never by the pair's."""
    registry = base.regions
    region, partner = context.region, context.partner
    country = context.partner_country.id if context.partner_country else partner.country_id
    candidates = {
        f.id: f
        for f in context.figures + context.regional + context.country_partner + context.national
        if f.kind == "figure" and f.scope is not None
    }

    def side(place: str, target: str) -> bool:
        """``place`` is ``target``, or lies inside it where ``target`` is not a country
        (a town counts toward its oblast; an oblast is not Belarus)."""
        if place == target:
            return True
        return registry.get(target).kind != "country" and registry.within(place, target)

    rows: list[FigureRow] = []
    for fact in candidates.values():
        assert fact.scope is not None
        scope = fact.scope
        level = None
        if scope.with_:
            for one, other in ((scope.of, scope.with_), (scope.with_, scope.of)):
                if side(one, region.id) and side(other, partner.id):
                    level = "pair"
                elif (
                    one == HOME_COUNTRY
                    and other == country
                    and (region.id, partner.id) != (HOME_COUNTRY, country)
                ):
                    level = "national"
                elif partner.id != country and side(one, region.id) and other == country:
                    level = "region-country"
                elif (
                    region.id != HOME_COUNTRY
                    and partner.id != country
                    and one == HOME_COUNTRY
                    and side(other, partner.id)
                ):
                    level = "country-partner"
                elif registry.within(one, region.id) and registry.within(other, partner.id):
                    level = "parts"
                if level:
                    break
        elif (
            scope.several
            and registry.within(scope.of, region.id)
            and (partner.id in scope.among or partner.id in fact.regions)
        ):
            level = "several"
        if level:
            rows.append(FigureRow(fact, level, scope_label(registry, scope, context.words.gettext("and"))))
    order = {level: index for index, level in enumerate(FIGURE_LEVELS)}
    # Within a level, the places' own figures before those of a company or zone in
    # them, and the newest period first: a brief leads with what is current.
    rows.sort(key=lambda r: r.fact.id)
    rows.sort(key=lambda r: period_end(r.fact), reverse=True)
    return sorted(rows, key=lambda r: (order[r.level], r.fact.scope is not None and bool(r.fact.scope.body)))


def _tie(base: FactBase, fact: Fact) -> Tie:
    first, second = (base.regions.get(r) for r in fact.regions)
    home, away = (first, second) if first.country_id == HOME_COUNTRY else (second, first)
    return Tie(fact=fact, home=home, away=away)


def _rivals(base: FactBase, fact: Fact) -> tuple[Fact, ...]:
    """The facts that contradict ``fact``; a deprecated claim is no rival."""
    return tuple(
        base.by_id[i]
        for i in base.rivals.get(fact.id, ())
        if i in base.by_id and not base.by_id[i].deprecated
    )


def _missing(context: BriefContext) -> list[str]:
    """What a reporter will not find in this brief, said plainly."""
    _ = context.words.gettext
    pair = {"region": context.region.in_text, "partner": context.partner.in_text}
    missing = []
    if context.is_empty:
        missing.append(_("The fact base holds no facts linking {region} and {partner}.").format(**pair))
    if not context.ties and context.first_agreement is None:
        missing.append(
            _("No twinning or partnership agreement between {region} and {partner} is recorded.").format(
                **pair
            )
        )
    if not context.figures_at("pair"):
        missing.append(
            _("No trade or investment figure for {region} and {partner} as a pair is recorded.").format(
                **pair
            )
        )
    if not context.timeline:
        missing.append(
            _("No agreements or events between {region} and {partner} are recorded.").format(**pair)
        )
    return missing


def parse_as_of(text: str | None, today: dt.date | None = None) -> dt.date:
    """The brief's date: YYYY-MM-DD, default today."""
    if text is None:
        return today or dt.date.today()
    try:
        date = dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(
            f"--as-of {text!r} is not a date; write YYYY-MM-DD, e.g. --as-of 2024-06-01"
        ) from None
    if not MIN_YEAR <= date.year <= MAX_YEAR:
        raise UsageError(
            f"--as-of {text!r}: years run from {MIN_YEAR} to {MAX_YEAR}; e.g. --as-of 2024-06-01"
        )
    return date


def parse_stale_after(values: Sequence[str]) -> dict[str, int]:
    """'figure=12' options as {kind: months}; UsageError names the bad one and the fix."""
    periods: dict[str, int] = {}
    for value in values:
        kind, _, months = value.partition("=")
        kind = kind.strip()
        months = months.strip()
        if (
            kind not in STALE_AFTER_MONTHS
            or not (months.isascii() and months.isdigit())
            or not 1 <= int(months) <= MAX_STALE_AFTER_MONTHS
        ):
            raise UsageError(
                f"--stale-after {value[:60]!r} is not KIND=MONTHS; write e.g. --stale-after figure=12 "
                f"(kinds that go stale: {', '.join(STALE_AFTER_MONTHS)}; dated history never does; "
                f"months a whole number from 1 to {MAX_STALE_AFTER_MONTHS})"
            )
        periods[kind] = int(months)
    return periods
