"""Headlines: built from a figure's parts in each language, or asking what became of an
older development, its age said; and how long a headline may be.

A development more than a year before the brief is history: it heads a brief only as a
follow-up that says its age, and a figure of an earlier year is told in the past tense.
"""

from __future__ import annotations

import re

from ..facts import Fact, months_before
from ..places import Region
from ..text.formatting import format_number
from ..text.i18n import NP_
from .select import BriefContext

HEADLINE_MAX_WORDS = 12
HEADLINE_MAX_CHARS = 90


def is_growth(fact: Fact) -> bool:
    """A figure whose value is itself a change in percent: 'growth of trade turnover, 65%'."""
    figure = fact.figure
    return (
        figure is not None
        and figure.unit == "percent"
        and bool(re.match(r"^(growth|increase|rise)\b|.*\b(growth|increase)$", figure.metric, re.I))
    )


def movement(fact: Fact) -> str:
    """'13-fold', 'more than 80%', 'down 6.7%' for a figure with a change."""
    figure = fact.figure
    if figure is None:
        return ""
    if figure.unit == "times":
        amount = (
            f"{format_number(figure.value)}-fold"
            if float(figure.value).is_integer()
            else (f"{format_number(figure.value)} times")
        )
        return f"{figure.qualifier} {amount}" if figure.qualifier else amount
    if is_growth(fact):
        amount = f"{format_number(abs(figure.value))}%"
        return f"{figure.qualifier} {amount}" if figure.qualifier else amount
    if figure.change_pct is None:
        return ""
    amount = f"{format_number(abs(figure.change_pct))}%"
    return f"{figure.change_qualifier} {amount}" if figure.change_qualifier else amount


def _metric_phrase(metric: str) -> str:
    metric = re.sub(r"^(growth|increase|rise) (of|in) ", "", metric, flags=re.I)
    return re.sub(r" (growth|increase)$", "", metric, flags=re.I)


def _plural(phrase: str) -> bool:
    """Whether a metric's head noun is plural: 'exports to Israel' yes, 'trade turnover' no."""
    head = re.split(r" (?:to|of|with|in|from|by|at|for) ", phrase)[0].split()[-1].casefold()
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))


def change_headline(context: BriefContext, label_fact: tuple[str, Fact]) -> str:
    """'Mogilev–China trade turnover grows 13-fold since 2015', named by the figure's scope."""
    _label, fact = label_fact
    assert fact.figure is not None and fact.scope is not None
    names = context.short_names
    scope = fact.scope
    metric = _metric_phrase(fact.figure.metric)
    places = [names.get(scope.of, scope.of)] + (["Belarusian"] if scope.of == "belarus" else [])
    if scope.body:
        who = f"{scope.body}'" if scope.body.endswith("s") else f"{scope.body}'s"
    elif any(place in metric for place in places):
        who = ""  # "Belarusian exports to China" names its own scope
    elif scope.with_ and re.match(r"(exports|imports|sales|supplies|deliveries|shipments)\b", metric):
        metric = f"{metric} to {names.get(scope.with_, scope.with_)}"
        who = f"{names.get(scope.of, scope.of)}'s"
    elif scope.with_:
        who = f"{names.get(scope.of, scope.of)}–{names.get(scope.with_, scope.with_)}"
    else:
        who = f"{names.get(scope.of, scope.of)}'s"
    change = fact.figure.value if is_growth(fact) else fact.figure.change_pct
    past = is_old_news(context, fact)
    grows = "fall" if (change or 0) < 0 else "grow"
    amount = movement(fact)
    multiple = (
        {2.0: "double", 3.0: "triple"}.get(float(fact.figure.value)) if fact.figure.unit == "times" else None
    )
    if multiple and not fact.figure.qualifier:
        grows, amount = multiple, ""
    if past:  # a figure of an earlier year is history, told in the past tense
        verb = {"grow": "grew", "fall": "fell"}.get(grows, f"{grows}d")
    else:
        verb = grows if _plural(metric) else f"{grows}s"
    base, period = fact.figure.compared_with, fact.figure.period
    consecutive = base and base.isdigit() and period.isdigit() and int(period) - int(base) == 1
    if fact.figure.unit == "times" and base and not consecutive:
        when = f"between {base} and {period}" if past else f"since {base}"
    else:
        when = f"in {period}"
    text = " ".join(part for part in (who, metric, verb, amount, when) if part)
    return text[:1].upper() + text[1:]


NEWS_MONTHS = 12  # older than this, a development is history: framed by its age, never sold as news


def is_old_news(context: BriefContext, fact: Fact) -> bool:
    """Whether ``fact`` ended more than a year before the brief's date."""
    return fact.date.last_day < months_before(context.as_of, NEWS_MONTHS)


def followup_headline(context: BriefContext, fact: Fact) -> str:
    """A headline that asks what became of an older development, its age said:
    'Five years after their agreement: what have Mogilev and Henan achieved?'."""
    words = context.words
    home, away = between_places(context, fact)
    names = {
        "region": home.short_name,
        "partner": away.short_name,
        "age": words.age(fact.date.first_day, context.as_of),
    }
    if fact.kind == "agreement":
        message = words.gettext("{age} after their agreement: what have {region} and {partner} achieved?")
    elif fact.kind == "twinning":
        message = words.gettext("{age} of ties: what do {region} and {partner} have to show?")
    else:
        message = words.gettext("{age} on: where do {region} and {partner} stand now?")
    text = message.format(**names)
    return text[:1].upper() + text[1:]


def localized_change_headline(context: BriefContext, label_fact: tuple[str, Fact]) -> str | None:
    """A figure headline in Russian or Belarusian, from the same figure as the English
    one: «Товарооборот Могилёвской области с Китаем вырос в 13 раз с 2015 г.». None
    where the figure's words do not give a subject to build it on (a body's or a
    group's figure, a Belarusian growth metric)."""
    from ..text.inflect import metric_subject

    _label, fact = label_fact
    figure, scope, words = fact.figure, fact.scope, context.words
    if figure is None or scope is None or scope.body or scope.group or context.registry is None:
        return None
    subject = metric_subject(figure.metric, words.code)
    growth = figure.metric.split(" ", 1)[0].casefold() in ("рост", "павелічэнне", "увеличение")
    if subject is None and not growth:
        return None
    # a growth metric without a dictionary to make it a subject heads a verbless headline:
    # «Рост тавараабароту Магілёўскай вобласці з Кітаем — у 13 разоў з 2015 г. па 2020 г.»
    phrase, gender = subject if subject is not None else (figure.metric, "")
    registry = context.registry
    own = registry.get(scope.of).name if scope.of in registry else None
    other = registry.get(scope.with_).name if scope.with_ and scope.with_ in registry else None
    if own is None:
        return None
    whose = words.gettext("{metric} of {place}").format(metric=phrase, place=own)
    if other is not None and not _names_in(other, phrase):
        whose = words.gettext("{metric} with {place}").format(metric=whose, place=other)
    change = figure.value if is_growth(fact) else figure.change_pct
    if figure.unit == "times":
        change = figure.value - 1
    verb = (
        words.pgettext("headline verb", _VERBS[("fell" if (change or 0) < 0 else "grew", gender)])
        if gender
        else "—"
    )
    if figure.unit == "times":
        amount = words.times("by {number} times", figure.value).format(number=words.number(figure.value))
        qualifier = figure.qualifier
    else:
        size = abs(figure.value) if is_growth(fact) else abs(figure.change_pct or 0)
        amount = words.gettext("by {amount}").format(amount=words.percent(size))
        qualifier = figure.qualifier if is_growth(fact) else figure.change_qualifier
    if qualifier:
        amount = f"{words.pgettext('change qualifier', qualifier)} {amount}"
    base = figure.compared_with
    if figure.unit == "times" and base and is_old_news(context, fact):
        when = words.gettext("between {base} and {period}").format(
            base=words.period_name(base), period=words.period_name(figure.period)
        )
    elif figure.unit == "times" and base:
        when = words.gettext("since {base}").format(base=words.period_name(base))
    else:
        when = words.gettext("in {period}").format(period=words.period_name(figure.period))
    text = " ".join((whose, verb, amount, when))
    return text[:1].upper() + text[1:]


# The verb of a figure headline, agreeing with its subject («вырос», «выросла», «выросли»).
_VERBS = {
    ("grew", "masc"): NP_("headline verb", "grew (masculine)"),
    ("grew", "femn"): NP_("headline verb", "grew (feminine)"),
    ("grew", "neut"): NP_("headline verb", "grew (neuter)"),
    ("grew", "plur"): NP_("headline verb", "grew (plural)"),
    ("fell", "masc"): NP_("headline verb", "fell (masculine)"),
    ("fell", "femn"): NP_("headline verb", "fell (feminine)"),
    ("fell", "neut"): NP_("headline verb", "fell (neuter)"),
    ("fell", "plur"): NP_("headline verb", "fell (plural)"),
}


def _names_in(name: str, phrase: str) -> bool:
    """Whether a metric already names the place («экспорт в Китай» names Китай)."""
    stem = str(name).split()[-1][:-1].casefold()
    return len(stem) >= 3 and stem in phrase.casefold()


def fits_headline(text: str, language: str = "en") -> bool:
    words = text.split()
    if language != "en":
        # Russian and Belarusian spell out what English folds into word order: their
        # prepositions, numbers and «г.» do not count against the length
        words = [word for word in words if sum(ch.isalpha() for ch in word) >= 3]
    return len(words) <= HEADLINE_MAX_WORDS and len(text) <= HEADLINE_MAX_CHARS


def between_places(context: BriefContext, fact: Fact) -> tuple[Region, Region]:
    """The two places a tie or agreement joins, the Belarusian side first: Mogilev
    Oblast and Hunan Province for a tie in a brief on Mogilev and China."""
    registry = context.registry
    if registry is None:
        return context.region, context.partner
    places = [registry.get(r) for r in fact.regions if r in registry]
    home = next((p for p in places if registry.within(p.id, context.region.id)), context.region)
    away = next((p for p in places if registry.within(p.id, context.partner.id)), context.partner)
    return home, away
