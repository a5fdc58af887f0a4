"""Story angles: which facts a skeleton leads with, and in what order.

Pure and deterministic: the same context always gives the same angles, so the same
inputs give byte-identical skeletons. Ties are broken by date and then by fact id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .facts import Fact
from .formatting import format_number
from .select import BriefContext

ROUND_EVERY = 5  # 5th, 10th, 15th... anniversaries count as round

# Kind weight for the inverted pyramid: numbers and signed deals first.
_WEIGHT = {"figure": 5, "agreement": 4, "twinning": 3, "project": 3, "event": 2, "context": 1, "quote": 0}

# Themes of a feature, each fed by the facts tagged with one of its topics.
THEMES = (
    ("Trade", ("trade", "exports", "imports", "finance", "wto")),
    (
        "Industry and projects",
        ("industry", "investment", "construction", "housing", "energy", "it", "logistics", "transport"),
    ),
    ("Agriculture and food", ("agriculture", "food")),
    (
        "Education and culture",
        ("education", "science", "culture", "tourism", "health", "sport", "media", "environment"),
    ),
    ("Twinning and people-to-people ties", ("twinning", "diplomacy")),
)
_KIND_THEME = {
    "figure": "Trade",
    "project": "Industry and projects",
    "twinning": "Twinning and people-to-people ties",
    "agreement": "Twinning and people-to-people ties",
}

_PLAN = re.compile(r"\b(plan|plans|planned|intend|intends|intended|will|aims?|target|expected|to be)\b", re.I)


@dataclass(frozen=True)
class Anniversary:
    fact: Fact
    years: int
    year: int


@dataclass(frozen=True)
class Question:
    fact: Fact
    lead: str  # the fact's summary, without its final full stop
    prompt: str  # what to ask about it


def _newest_first(fact: Fact) -> tuple[object, ...]:
    return (-fact.date.year, -fact.date.month, -fact.date.day, fact.id)


def ranked(context: BriefContext) -> list[Fact]:
    """The pair's facts by news weight: kind first, then the most recent."""
    return sorted(context.pair_facts, key=lambda f: (-_WEIGHT.get(f.kind, 0), *_newest_first(f)))


def most_recent(context: BriefContext) -> Fact | None:
    facts = [f for f in context.pair_facts if f.kind != "quote"]
    return min(facts, key=_newest_first) if facts else None


def change_size(fact: Fact) -> float:
    """How large a figure's change is, in percent (13-fold counts as +1200%)."""
    figure = fact.figure
    if figure is None:
        return 0.0
    if figure.unit == "times":
        return (figure.value - 1) * 100
    return abs(figure.change_pct) if figure.change_pct is not None else 0.0


def largest_change(context: BriefContext) -> tuple[str, Fact] | None:
    """The key figure with the largest change, with the relationship it describes."""
    rows = [(scope, f) for scope, f in context.key_figures if change_size(f) > 0]
    return max(rows, key=lambda row: (change_size(row[1]), row[1].id)) if rows else None


def anniversaries(context: BriefContext) -> list[Anniversary]:
    """Round anniversaries of the pair's ties and agreements that fall in the brief's year."""
    year = context.as_of.year
    found = [
        Anniversary(f, year - f.date.year, year)
        for f in context.timeline
        if f.kind in ("twinning", "agreement")
        and year > f.date.year
        and (year - f.date.year) % ROUND_EVERY == 0
    ]
    return sorted(found, key=lambda a: (-a.years, a.fact.id))


def next_anniversary(context: BriefContext) -> Anniversary | None:
    """The first round anniversary after the brief's year."""
    year = context.as_of.year
    candidates = []
    for fact in context.timeline:
        if fact.kind not in ("twinning", "agreement"):
            continue
        age = year - fact.date.year
        years = (age // ROUND_EVERY + 1) * ROUND_EVERY
        candidates.append(Anniversary(fact, years, fact.date.year + years))
    return min(candidates, key=lambda a: (a.year, -a.years, a.fact.id)) if candidates else None


def since(context: BriefContext, anniversary: Anniversary) -> list[tuple[int, list[Fact]]]:
    """What happened after an anniversary's fact, grouped by year."""
    later = [f for f in context.pair_facts if f.date > anniversary.fact.date and f.id != anniversary.fact.id]
    years: dict[int, list[Fact]] = {}
    for fact in sorted(later, key=lambda f: (f.date, f.id)):
        years.setdefault(fact.date.year, []).append(fact)
    return sorted(years.items())


def themes(context: BriefContext) -> list[tuple[str, list[Fact]]]:
    """Feature sections: each theme with its facts, empty themes left out."""
    grouped: dict[str, list[Fact]] = {name: [] for name, _ in THEMES}
    for fact in sorted(context.pair_facts + context.regional, key=lambda f: (f.date, f.id)):
        if fact.kind == "quote":
            continue
        theme = next((name for name, topics in THEMES if set(fact.topics) & set(topics)), None)
        theme = theme or _KIND_THEME.get(fact.kind)
        if theme:
            grouped[theme].append(fact)
    return [(name, facts) for name, facts in grouped.items() if facts]


def upcoming(context: BriefContext) -> list[Fact]:
    """Scheduled events and stated plans: what comes next."""
    planned = [f for f in context.pair_facts + context.regional if _PLAN.search(f.summary)]
    return sorted({f.id: f for f in context.upcoming + planned}.values(), key=lambda f: (f.date, f.id))


@dataclass(frozen=True)
class Option:
    """A headline or lede option: its angle, draft text, and the fact it rests on."""

    angle: str
    text: str
    fact: Fact


def movement(fact: Fact) -> str:
    """'up 13-fold', 'up 58%', 'down 3%' for a figure with a change."""
    figure = fact.figure
    if figure is None:
        return ""
    if figure.unit == "times":
        return f"up {format_number(figure.value)}-fold" if figure.value >= 1 else ""
    if figure.change_pct is None:
        return ""
    direction = "up" if figure.change_pct > 0 else "down"
    return f"{direction} {format_number(abs(figure.change_pct))}%"


def headlines(context: BriefContext, count: int = 3) -> list[Option]:
    """Headline options from the strongest facts: anniversary, largest change, most recent."""
    region, partner = context.region.name, context.partner.name
    options: list[Option] = []
    for anniversary in anniversaries(context)[:1]:
        if anniversary.fact.kind == "twinning":
            text = f"{anniversary.years} years of twinning: {region} and {partner}"
        else:
            text = f"{anniversary.years} years on: {_lead(anniversary.fact)}"
        options.append(Option("a round anniversary this year", text, anniversary.fact))
    change = largest_change(context)
    if change:
        scope, fact = change
        assert fact.figure is not None
        metric = re.sub(r"^(growth|increase|rise) (of|in) ", "", fact.figure.metric, flags=re.I)
        options.append(
            Option(
                "the largest change",
                f"{metric[:1].upper()}{metric[1:]} {movement(fact)} ({scope}, {fact.figure.period})",
                fact,
            )
        )
    recent = most_recent(context)
    if recent:
        options.append(Option("the most recent development", _lead(recent), recent))
    for fact in ranked(context):
        if len(options) >= count:
            break
        if fact.kind != "quote" and all(o.fact.id != fact.id for o in options):
            options.append(Option("a strong fact", _lead(fact), fact))
    return options[:count]


def ledes(context: BriefContext) -> list[Option]:
    """Two lede options: the newest development, and the number that tells the story."""
    options = []
    recent = most_recent(context)
    if recent:
        options.append(Option("news lede", _lead(recent), recent))
    change = largest_change(context)
    figure = change[1] if change else next((f for f in ranked(context) if f.kind == "figure"), None)
    if figure is None and context.key_figures:
        figure = context.key_figures[0][1]
    if figure is not None and all(o.fact.id != figure.id for o in options):
        options.append(Option("number lede", _lead(figure), figure))
    return options


def why_now(context: BriefContext) -> list[Fact]:
    """Background that says why the pair matters now: the wider relationship's context."""
    wider = [f for f in context.national + context.regional if f.kind in ("context", "agreement", "event")]
    return sorted(wider, key=_newest_first)[:2]


def _lead(fact: Fact) -> str:
    return fact.summary.rstrip().rstrip(".")


_PROMPTS = {
    "figure": "what drove it, and what comes next?",
    "agreement": "what has come of it so far, and what is still only on paper?",
    "project": "where does it stand today, and what is holding it back?",
    "event": "what followed from it?",
    "twinning": "what does the tie mean in practice for people in the region today?",
    "context": "how does this play out in the region?",
}


def questions(context: BriefContext, limit: int = 8) -> list[Question]:
    """Interview questions, each built on one fact, strongest facts first."""
    found: list[Question] = []
    for fact in ranked(context) + [f for f in context.regional if f.kind == "figure"]:
        asked = {q.fact.id for q in found}
        # One question per fact, and one per dispute: its rival's question covers it.
        if fact.kind == "quote" or fact.id in asked or asked & {r.id for r in context.rivals_of(fact)}:
            continue
        prompt = _PROMPTS.get(fact.kind, "what should readers know about it?")
        if context.is_disputed(fact):
            prompt = "sources disagree on this; which account is right?"
        elif fact.figure is not None and change_size(fact) == 0:
            prompt = "how does this compare with earlier years, and what is the target?"
        found.append(Question(fact, _lead(fact), prompt))
    return found[:limit]


def reporter_tasks(context: BriefContext) -> list[str]:
    """What is missing, turned into work a reporter can do."""
    region = context.region.name
    tasks = []
    if not context.figures:
        tasks.append(
            f"no trade figure for this pair — ask the economy committee of {region} "
            "for the latest trade and investment numbers"
        )
    if not context.ties:
        tasks.append(
            f"no twinning agreement is recorded — ask the international department of {region} "
            "whether a twinning or cooperation agreement exists, and since when"
        )
    if not context.timeline:
        tasks.append(
            "no agreements or events are recorded — ask both sides for the visits, forums and "
            "contracts of the last two years"
        )
    if not context.quotes:
        tasks.append(f"no quote on record — interview an official of {region} on the partnership")
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

    def since(self, anniversary: Anniversary) -> list[tuple[int, list[Fact]]]:
        return since(self.context, anniversary)

    @property
    def themes(self) -> list[tuple[str, list[Fact]]]:
        return themes(self.context)

    @property
    def upcoming(self) -> list[Fact]:
        return upcoming(self.context)

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
