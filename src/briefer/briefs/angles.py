"""Story angles: which facts a skeleton leads with, and in what order.

Pure and deterministic: the same context always gives the same angles, so the same
inputs give byte-identical skeletons. Ties are broken by date and then by fact id.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..facts import Fact, months_before
from ..text.i18n import N_
from .headlines import (
    between_places,
    change_headline,
    fits_headline,
    followup_headline,
    is_growth,
    is_old_news,
    localized_change_headline,
)
from .select import PLAN_WORDS, BriefContext, english_words, plan_target

ROUND_EVERY = 5  # 5th, 10th, 15th... anniversaries count as round

# Kind weight for the inverted pyramid: numbers and signed deals first.
_WEIGHT = {"figure": 5, "agreement": 4, "twinning": 3, "project": 3, "event": 2, "context": 1, "quote": 0}

# Themes of a feature, each fed by the facts tagged with one of its topics.
THEMES = (
    (N_("Trade"), ("trade", "exports", "imports", "finance", "wto")),
    (
        N_("Industry and projects"),
        ("industry", "investment", "construction", "housing", "energy", "it", "logistics", "transport"),
    ),
    (N_("Agriculture and food"), ("agriculture", "food")),
    (
        N_("Education and culture"),
        ("education", "science", "culture", "tourism", "health", "sport", "media", "environment"),
    ),
    (N_("Twinning and people-to-people ties"), ("twinning", "diplomacy")),
)
_KIND_THEME = {
    "figure": "Trade",
    "project": "Industry and projects",
    "twinning": "Twinning and people-to-people ties",
    "agreement": "Twinning and people-to-people ties",
}


# How many facts each part of a skeleton takes, so a busy pair stays near its target length.
BODY_FACTS = 6
THEME_FACTS = 3
SINCE_FACTS_PER_YEAR = 2
QUESTIONS_FROM_FACTS = 6
PLANS_RECENT_MONTHS = 24  # a stated plan older than this is no longer "what comes next"
PASSED_PLAN_YEARS = 3  # a plan due this many years back or fewer is shown as "was planned"
WHY_NOW_MONTHS = 24  # wider context older than this does not say why the story matters now


@dataclass(frozen=True)
class Anniversary:
    fact: Fact
    years: int
    year: int
    between: tuple[str, str] = ("", "")  # the names of the two places the tie or agreement joins


@dataclass(frozen=True)
class Question:
    fact: Fact
    lead: str  # the fact's summary, a full sentence
    prompt: str  # the question about it, a full sentence ending in "?"


@dataclass(frozen=True)
class Option:
    """A headline or lede option: its angle, draft text, and the fact it rests on."""

    angle: str
    text: str
    fact: Fact
    role: str = ""  # for ledes: "news", "background" (old news, said as such) or "number"


def _newest_first(fact: Fact) -> tuple[object, ...]:
    return (-fact.date.year, -fact.date.month, -fact.date.day, fact.id)


def relevance(context: BriefContext, fact: Fact) -> int:
    """0 for a fact on the pair itself, 1 for one on places inside them, 2 for the
    region with the partner's country (or Belarus with the partner), 3 for national."""
    if fact in context.national:
        return 3
    if fact in context.regional or fact in context.country_partner:
        return 2
    exact = context.region.id in fact.regions and context.partner.id in fact.regions
    return 0 if exact or not context.is_national else 1


def ranked(context: BriefContext) -> list[Fact]:
    """The pair's facts by relevance to the pair, then news weight, then the most recent."""
    return sorted(
        context.pair_facts,
        key=lambda f: (relevance(context, f), -_WEIGHT.get(f.kind, 0), *_newest_first(f)),
    )


def without_rivals(context: BriefContext, facts: list[Fact]) -> list[Fact]:
    """Each dispute once: a fact's statement already gives its rival's claim."""
    return context.once(facts)


def body(context: BriefContext, limit: int = BODY_FACTS) -> list[Fact]:
    """The facts a skeleton's body states: the most relevant, weightiest, newest first."""
    return without_rivals(context, [f for f in ranked(context) if f.kind != "quote"])[:limit]


def _own(context: BriefContext, facts: list[Fact]) -> list[Fact]:
    """The facts on the pair itself where there are any, else those on places inside it."""
    exact = [f for f in facts if relevance(context, f) == 0]
    return exact or [f for f in facts if relevance(context, f) == 1]


def most_recent(context: BriefContext) -> Fact | None:
    """The pair's newest development, preferring the pair's own level to places inside it."""
    facts = _own(
        context, [f for f in context.pair_facts if f.kind in ("agreement", "event", "project", "twinning")]
    )
    return min(facts, key=_newest_first) if facts else None


def change_size(fact: Fact) -> float:
    """How large a figure's change is, in percent (13-fold counts as +1200%)."""
    figure = fact.figure
    if figure is None:
        return 0.0
    if figure.unit == "times":
        return (figure.value - 1) * 100
    if is_growth(fact):
        return abs(figure.value)
    return abs(figure.change_pct) if figure.change_pct is not None else 0.0


def largest_change(context: BriefContext, levels: tuple[str, ...] = ("pair",)) -> tuple[str, Fact] | None:
    """The figure with the largest change among those of the pair's own scope."""
    rows = [(row.label, row.fact) for row in context.figures_at(*levels) if change_size(row.fact) > 0]
    return max(rows, key=lambda row: (change_size(row[1]), row[1].id)) if rows else None


def _between(context: BriefContext, fact: Fact) -> tuple[str, str]:
    """The names of the two places a tie or agreement joins: the Belarusian side first."""
    home, away = between_places(context, fact)
    return home.name, away.in_text


def before(context: BriefContext, anniversary: Anniversary) -> list[Fact]:
    """The same two places' earlier ties and agreements: what led up to the anniversary."""
    return [
        f
        for f in context.once(context.timeline)
        if f.kind in ("twinning", "agreement")
        and f.date < anniversary.fact.date
        and set(f.regions) == set(anniversary.fact.regions)
        and f.id not in {r.id for r in context.rivals_of(anniversary.fact)}
    ]


def anniversaries(context: BriefContext) -> list[Anniversary]:
    """Round anniversaries in the brief's year of the pair's ties and agreements; for a
    country-level brief also those of the ties between the two countries' regions."""
    year = context.as_of.year
    levels = (0, 1) if context.is_national else (0,)
    found = [
        Anniversary(f, year - f.date.year, year, _between(context, f))
        for f in context.once(context.timeline)
        if f.kind in ("twinning", "agreement")
        and not f.dated_by
        and relevance(context, f) in levels
        and year > f.date.year
        and (year - f.date.year) % ROUND_EVERY == 0
    ]
    return sorted(found, key=lambda a: (relevance(context, a.fact), -a.years, a.fact.id))


def next_anniversary(context: BriefContext) -> Anniversary | None:
    """The first round anniversary after the brief's year."""
    year = context.as_of.year
    levels = (0, 1) if context.is_national else (0,)
    candidates = []
    for fact in context.once(context.timeline):
        if (
            fact.kind not in ("twinning", "agreement")
            or fact.dated_by
            or relevance(context, fact) not in levels
        ):
            continue
        age = year - fact.date.year
        years = (age // ROUND_EVERY + 1) * ROUND_EVERY
        candidates.append(Anniversary(fact, years, fact.date.year + years, _between(context, fact)))
    return (
        min(candidates, key=lambda a: (a.year, relevance(context, a.fact), -a.years, a.fact.id))
        if candidates
        else None
    )


def since(context: BriefContext, anniversary: Anniversary) -> list[tuple[int, list[Fact]]]:
    """What happened after an anniversary's fact, grouped by year, the weightiest few a year."""
    later = context.once(
        [f for f in context.pair_facts if f.date > anniversary.fact.date and f.id != anniversary.fact.id]
    )
    years: dict[int, list[Fact]] = {}
    for fact in sorted(later, key=lambda f: (relevance(context, f), -_WEIGHT.get(f.kind, 0), f.date, f.id)):
        if fact.kind != "quote" and len(years.setdefault(fact.date.year, [])) < SINCE_FACTS_PER_YEAR:
            years[fact.date.year].append(fact)
    return sorted(
        (year, sorted(facts, key=lambda f: (f.date, f.id))) for year, facts in years.items() if facts
    )


def themes(context: BriefContext) -> list[tuple[str, list[Fact]]]:
    """Feature sections: each theme with its most relevant facts, empty themes left out."""
    grouped: dict[str, list[Fact]] = {name: [] for name, _ in THEMES}
    candidates = without_rivals(context, context.pair_facts + context.regional + context.country_partner)
    for fact in sorted(candidates, key=lambda f: (relevance(context, f), *_newest_first(f))):
        if fact.kind == "quote":
            continue
        theme = next((name for name, topics in THEMES if set(fact.topics) & set(topics)), None)
        theme = theme or _KIND_THEME.get(fact.kind)
        if theme and len(grouped[theme]) < THEME_FACTS:
            grouped[theme].append(fact)
    return [(name, sorted(facts, key=lambda f: (f.date, f.id))) for name, facts in grouped.items() if facts]


def _stated_plans(context: BriefContext) -> list[Fact]:
    # A stated plan is dated when it was stated; one with 'reported' is dated when it is
    # to happen, and is in context.upcoming while that day is still ahead.
    recent_enough = months_before(context.as_of, PLANS_RECENT_MONTHS)
    return [
        f
        for f in context.pair_facts + context.regional + context.country_partner
        if f.reported is None
        and PLAN_WORDS.search(english_words(f, "summary"))
        and f.date.last_day >= recent_enough
    ]


def upcoming(context: BriefContext) -> list[Fact]:
    """Scheduled events and stated plans on record by the brief's date whose time has
    not passed: what comes next."""
    planned = [
        f for f in _stated_plans(context) if (plan_target(f) or context.as_of.year) >= context.as_of.year
    ]
    return sorted({f.id: f for f in context.upcoming + planned}.values(), key=lambda f: (f.date, f.id))


def passed_plans(context: BriefContext) -> list[tuple[int, Fact]]:
    """Stated plans whose target year is over by the brief's date, with that year: the
    base records no outcome, so a brief says so instead of selling them as to come."""
    due = context.as_of.year
    stated = [
        f
        for f in context.pair_facts + context.regional + context.country_partner
        if f.reported is None and PLAN_WORDS.search(english_words(f, "summary"))
    ]
    found = [
        (target, f) for f in stated if (target := plan_target(f)) and due - PASSED_PLAN_YEARS <= target < due
    ]
    return sorted(found, key=lambda pair: (pair[1].date, pair[1].id))


def _age_note(context: BriefContext, fact: Fact) -> str:
    """', June 2021: five years before this brief' where the news is over a year old."""
    if fact.date.last_day >= months_before(context.as_of, 12):
        return ""
    words = context.words
    age = words.age(fact.date.first_day, context.as_of)
    return words.gettext(" — {date}, {age} before this brief").format(
        date=words.fact_date(fact.date), age=age
    )


def _in_words(number: int, language: str = "en") -> str:
    """Numbers under ten in words, as English headlines write them; digits elsewhere."""
    words = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    return words[number] if language == "en" and 0 <= number < 10 else str(number)


def _same_story(one: Fact, other: Fact) -> bool:
    """Two facts from one event: the same date and the same source."""
    return one.date == other.date and bool({s.key for s in one.sources} & {s.key for s in other.sources})


def headlines(context: BriefContext, count: int = 3) -> list[Option]:
    """Headline options, each on its own story, led by the pair's own news.

    An anniversary of the ties, the pair's largest change and its newest development come
    first; a disputed fact never heads; national figures head only where the pair has
    nothing of its own, and say so.
    """
    region, partner = context.region.short_name, context.partner.short_name
    options: list[Option] = []

    def offer(angle: str, text: str, fact: Fact) -> None:
        taken = [o.fact for o in options]
        rivals = {r.id for o in taken for r in context.rivals_of(o)}
        if (
            len(options) < count
            and fits_headline(text, context.words.code)
            and not context.is_disputed(fact)
            and fact.id not in rivals
            and not any(f.id == fact.id or _same_story(f, fact) for f in taken)
        ):
            options.append(Option(angle, text, fact))

    _ = context.words.gettext
    first_agreement = context.first_agreement
    for anniversary in [a for a in anniversaries(context) if relevance(context, a.fact) == 0][:1]:
        fact = anniversary.fact
        home, away = between_places(context, fact)
        names = {
            "region": home.short_name,
            "partner": away.short_name,
            "years": _in_words(anniversary.years, context.words.code),
        }
        years = anniversary.years
        if fact.kind == "twinning":
            stage = fact.tie or "twinned"
            if stage == "friendly":
                message = context.words.ngettext(
                    "{region} and {partner} mark {years} year of friendly ties",
                    "{region} and {partner} mark {years} years of friendly ties",
                    years,
                )
            elif stage in ("partners", "strategic partners"):
                message = context.words.ngettext(
                    "{region} and {partner} mark {years} year as partners",
                    "{region} and {partner} mark {years} years as partners",
                    years,
                )
            else:
                message = context.words.ngettext(
                    "{region} and {partner} mark {years} year as twin regions",
                    "{region} and {partner} mark {years} years as twin regions",
                    years,
                )
            offer(_("a round anniversary this year"), message.format(**names), fact)
        elif not context.ties and first_agreement is not None and fact.id == first_agreement.id:
            message = context.words.ngettext(
                "{region} and {partner} mark {years} year of ties",
                "{region} and {partner} mark {years} years of ties",
                years,
            )
            offer(_("a round anniversary this year"), message.format(**names), fact)
    change = largest_change(context)
    if change:
        built = (
            change_headline(context, change)
            if context.words.code == "en"
            else localized_change_headline(context, change)
        )
        if built:
            offer(
                _("the largest change in the pair's own figures") + _age_note(context, change[1]),
                built,
                change[1],
            )
    recent = most_recent(context)
    if recent and recent.headline and not is_old_news(context, recent):
        offer(_("the most recent development"), recent.headline, recent)
    for fact in ranked(context):
        if fact.headline and relevance(context, fact) <= 1 and not is_old_news(context, fact):
            offer(_("a strong fact"), fact.headline, fact)
    # An older development is offered only as a follow-up that says its age.
    older = recent if recent is not None and is_old_news(context, recent) else None
    if older is not None and not context.is_disputed(older):
        offer(
            _("a follow-up on older news") + _age_note(context, older),
            followup_headline(context, older),
            older,
        )
    if not options and context.words.code == "en":
        # Nothing of the pair's own to lead with: the wider relationship, said as such.
        wider = largest_change(context, ("region-country", "country-partner", "national"))
        if wider:
            offer(
                f"{region} and {partner} have no figure of their own on record: this one is for {wider[0]}",
                change_headline(context, wider),
                wider[1],
            )
    return options


def ledes(context: BriefContext) -> list[Option]:
    """Two lede options: the newest development, and the number that tells the story."""
    options = []
    recent = most_recent(context)
    if recent and not context.is_disputed(recent):
        old = is_old_news(context, recent)
        kind = context.words.gettext("background lede") if old else context.words.gettext("news lede")
        angle = kind + _age_note(context, recent)
        options.append(Option(angle, _lead(context, recent), recent, "background" if old else "news"))
    change = largest_change(context)
    undisputed = (row.fact for row in context.figures_at("pair") if not context.is_disputed(row.fact))
    figure = change[1] if change and not context.is_disputed(change[1]) else next(undisputed, None)
    if figure is not None and all(o.fact.id != figure.id for o in options):
        angle = context.words.gettext("number lede") + _age_note(context, figure)
        options.append(Option(angle, _lead(context, figure), figure, "number"))
    return options


def why_now(context: BriefContext) -> list[Fact]:
    """Background that says why the pair matters now: the wider relationship's context."""
    recent = months_before(context.as_of, WHY_NOW_MONTHS)
    wider = [
        f
        for f in context.regional + context.country_partner + context.national
        if f.kind in ("context", "agreement", "event") and f.date.last_day >= recent
    ]
    ordered = sorted(wider, key=lambda f: (relevance(context, f), *_newest_first(f)))
    return without_rivals(context, ordered)[:2]


def _lead(context: BriefContext, fact: Fact) -> str:
    return context.dated_summary(fact)


# Follow-up questions by kind, used in turn so that no two questions end the same way.
_PROMPTS = {
    "figure": (
        N_("What lies behind this figure?"),
        N_("Is there a newer figure, and which way is it going?"),
        N_("Who in {region} gains from this, and who does not?"),
    ),
    "agreement": (
        N_("What has come of it so far, and what is still only on paper?"),
        N_("Which of its points matters most for {region}, and has it been carried out?"),
    ),
    "project": (N_("Where does the project stand today, and what is holding it back?"),),
    "event": (N_("What came of it?"), N_("What has happened since?")),
    "twinning": (N_("What does the tie mean in practice for people in {region} today?"),),
    "context": (N_("What has happened since, and what comes next?"), N_("How does this show in {region}?")),
}


def questions(context: BriefContext, limit: int = QUESTIONS_FROM_FACTS) -> list[Question]:
    """Interview questions built on facts, most relevant and weightiest first: one per
    fact, one per dispute, one on the ties however many stages they have."""
    found: list[Question] = []
    asked_kinds: dict[str, int] = {}
    candidates = ranked(context) + [
        row.fact for row in context.figures_at("region-country", "country-partner")
    ]
    for fact in context.once(candidates):
        if fact.kind == "quote" or (fact.kind == "twinning" and asked_kinds.get("twinning")):
            continue
        turn = asked_kinds.get(fact.kind, 0)
        asked_kinds[fact.kind] = turn + 1
        if context.is_disputed(fact):
            prompt = N_("Sources disagree on this: which account is right?")
        elif fact.figure is not None and change_size(fact) > 0 and turn == 0:
            prompt = N_("What drove the change, and will it last?")
        else:
            prompts = _PROMPTS.get(fact.kind, (N_("What should readers know about it?"),))
            prompt = prompts[turn % len(prompts)]
        question = context.words.gettext(prompt).format(region=context.region.short_name)
        found.append(Question(fact, _lead(context, fact), question))
        if len(found) >= limit:
            break
    return found


def reporter_tasks(context: BriefContext) -> list[str]:
    """What is missing, turned into work a reporter can do."""
    _ = context.words.gettext
    tasks = []
    if not context.figures_at("pair"):
        tasks.append(
            _(
                "no trade figure for this pair: ask the economy committee for the latest trade "
                "and investment numbers"
            )
        )
    if not context.ties and context.first_agreement is None:
        # countries are not twinned: between two countries the question is their agreements
        tasks.append(
            _(
                "no agreement between the two countries is recorded: ask the foreign ministry which "
                "agreements are in force, and since when"
            )
            if context.is_national and context.partner.kind == "country"
            else _(
                "no twinning agreement is recorded: ask the international department whether a twinning "
                "or cooperation agreement exists, and since when"
            )
        )
    if not context.timeline:
        tasks.append(
            _(
                "no agreements or events are recorded: ask both sides for the visits, forums and "
                "contracts of the last two years"
            )
        )
    if not context.quotes:
        tasks.append(_("no quote on record: interview an official on the partnership"))
    return tasks


class Story:
    """The angles of one brief, as templates use them: ``story.ranked``, ``story.questions``."""

    def __init__(self, context: BriefContext) -> None:
        self.context = context

    @property
    def ranked(self) -> list[Fact]:
        return ranked(self.context)

    @property
    def most_recent(self) -> Fact | None:
        return most_recent(self.context)

    @property
    def largest_change(self) -> tuple[str, Fact] | None:
        return largest_change(self.context)

    @property
    def anniversaries(self) -> list[Anniversary]:
        return anniversaries(self.context)

    @property
    def next_anniversary(self) -> Anniversary | None:
        return next_anniversary(self.context)

    def before(self, anniversary: Anniversary) -> list[Fact]:
        return before(self.context, anniversary)

    def since(self, anniversary: Anniversary) -> list[tuple[int, list[Fact]]]:
        return since(self.context, anniversary)

    @property
    def themes(self) -> list[tuple[str, list[Fact]]]:
        return themes(self.context)

    @property
    def upcoming(self) -> list[Fact]:
        return upcoming(self.context)

    @property
    def passed_plans(self) -> list[tuple[int, Fact]]:
        return passed_plans(self.context)

    @property
    def headlines(self) -> list[Option]:
        return headlines(self.context)

    @property
    def ledes(self) -> list[Option]:
        return ledes(self.context)

    @property
    def why_now(self) -> list[Fact]:
        return why_now(self.context)

    @property
    def questions(self) -> list[Question]:
        return questions(self.context)

    @property
    def reporter_tasks(self) -> list[str]:
        return reporter_tasks(self.context)

    @property
    def body(self) -> list[Fact]:
        return body(self.context)

    def lead(self, fact: Fact) -> str:
        return _lead(self.context, fact)
