"""A candidate fact told as one sentence in English, Russian and Belarusian: the words
from the catalogs, the places in the cases the registry gives, the values the sentence's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.caseless import caseless
from ..text.i18n import N_, Language
from ..text.typography import non_syllabic_u
from .candidates import Candidate
from .eventsummaries import event_summary
from .products import PRODUCT_WORDS, product_of
from .sidenames import genitive, in_cases, locative, name_of

_TIE_SUMMARIES = {
    "twinned": N_("{home} and {away} established twinning ties."),
    "friendly": N_("{home} and {away} established friendly ties."),
    "partners": N_("{home} and {away} established partnership ties."),
    "strategic partners": N_("{home} and {away} agreed on a strategic partnership."),
}
# a tie told as standing by a year, begun when the article does not say
_TIE_BY_SUMMARIES = {
    "twinned": N_("By {year}, {home} and {away} had twinning ties."),
    "friendly": N_("By {year}, {home} and {away} had friendly ties."),
    "partners": N_("By {year}, {home} and {away} had partnership ties."),
}
_DOCUMENT_SUMMARIES = {
    "agreement": N_("{home} and {away} signed an agreement."),
    "memorandum": N_("{home} and {away} signed a memorandum."),
    "roadmap": N_("{home} and {away} signed a roadmap."),
    "programme": N_("{home} and {away} signed a programme."),
    "action plan": N_("{home} and {away} signed an action plan."),
    "cooperation plan": N_("{home} and {away} signed a cooperation plan."),
    "plan of action": N_("{home} and {away} signed a plan of action."),
    "protocol": N_("{home} and {away} signed a protocol."),
    "protocol of intent": N_("{home} and {away} signed a protocol of intent."),
}
_DOCUMENT_SPAN_SUMMARIES = {
    "agreement": N_("{home} and {away} signed an agreement for {years}."),
    "roadmap": N_("{home} and {away} signed a roadmap for {years}."),
    "programme": N_("{home} and {away} signed a programme for {years}."),
    "action plan": N_("{home} and {away} signed an action plan for {years}."),
    "cooperation plan": N_("{home} and {away} signed a cooperation plan for {years}."),
    "plan of action": N_("{home} and {away} signed a plan of action for {years}."),
}
# an agreement signed with a plan whose years the sentence gives
_AGREEMENT_AND_SPAN_SUMMARIES = {
    "roadmap": N_("{home} and {away} signed an agreement and a roadmap for {years}."),
    "programme": N_("{home} and {away} signed an agreement and a programme for {years}."),
    "action plan": N_("{home} and {away} signed an agreement and an action plan for {years}."),
    "cooperation plan": N_("{home} and {away} signed an agreement and a cooperation plan for {years}."),
    "plan of action": N_("{home} and {away} signed an agreement and a plan of action for {years}."),
}
_DOCUMENT_HORIZON_SUMMARIES = {
    "agreement": N_("{home} and {away} signed an agreement running to {year}."),
    "roadmap": N_("{home} and {away} signed a roadmap running to {year}."),
    "programme": N_("{home} and {away} signed a programme running to {year}."),
    "action plan": N_("{home} and {away} signed an action plan running to {year}."),
    "cooperation plan": N_("{home} and {away} signed a cooperation plan running to {year}."),
    "plan of action": N_("{home} and {away} signed a plan of action running to {year}."),
}
# documents approved («утвердили дорожную карту»), which the article does not say were signed
_APPROVED_SUMMARIES = {
    "agreement": N_("{home} and {away} approved an agreement."),
    "memorandum": N_("{home} and {away} approved a memorandum."),
    "roadmap": N_("{home} and {away} approved a roadmap."),
    "programme": N_("{home} and {away} approved a programme."),
    "action plan": N_("{home} and {away} approved an action plan."),
    "cooperation plan": N_("{home} and {away} approved a cooperation plan."),
    "plan of action": N_("{home} and {away} approved a plan of action."),
    "protocol": N_("{home} and {away} approved a protocol."),
    "protocol of intent": N_("{home} and {away} approved a protocol of intent."),
}
_APPROVED_SPAN_SUMMARIES = {
    "agreement": N_("{home} and {away} approved an agreement for {years}."),
    "roadmap": N_("{home} and {away} approved a roadmap for {years}."),
    "programme": N_("{home} and {away} approved a programme for {years}."),
    "action plan": N_("{home} and {away} approved an action plan for {years}."),
    "cooperation plan": N_("{home} and {away} approved a cooperation plan for {years}."),
    "plan of action": N_("{home} and {away} approved a plan of action for {years}."),
}
_APPROVED_HORIZON_SUMMARIES = {
    "agreement": N_("{home} and {away} approved an agreement running to {year}."),
    "roadmap": N_("{home} and {away} approved a roadmap running to {year}."),
    "programme": N_("{home} and {away} approved a programme running to {year}."),
    "action plan": N_("{home} and {away} approved an action plan running to {year}."),
    "cooperation plan": N_("{home} and {away} approved a cooperation plan running to {year}."),
    "plan of action": N_("{home} and {away} approved a plan of action running to {year}."),
}
_FIGURE_SUMMARIES = {
    ("trade turnover", True): N_("Trade between {of} and {with} came to {value} in {period}."),
    ("trade turnover", False): N_("Trade of {of} came to {value} in {period}."),
    ("exports", True): N_("Exports from {of} to {with} came to {value} in {period}."),
    ("exports", False): N_("Exports from {of} came to {value} in {period}."),
    ("imports", True): N_("Imports of {of} from {with} came to {value} in {period}."),
    ("imports", False): N_("Imports of {of} came to {value} in {period}."),
    ("investment", True): N_("Investment between {of} and {with} came to {value} in {period}."),
    ("investment", False): N_("Investment figure for {of}: {value} in {period}."),
    ("accredited enterprises", True): N_(
        "Enterprises of {of} accredited to supply {with}: {value} ({period})."
    ),
    ("accredited enterprises", False): N_("Accredited enterprises of {of}: {value} ({period})."),
    ("exporting enterprises", True): N_("Enterprises of {of} exporting to {with}: {value} ({period})."),
    ("exporting enterprises", False): N_("Exporting enterprises of {of}: {value} ({period})."),
    ("regions with agreements", True): N_(
        "Regions of {with} with which {of} has agreements: {value} ({period})."
    ),
    ("regions supplied", True): N_("Regions of {with} that {of} supplies: {value} ({period})."),
    ("growth of trade turnover", True): N_("Trade between {of} and {with} grew by {value} in {period}."),
    ("growth of trade turnover", False): N_("Trade of {of} grew by {value} in {period}."),
    ("growth of exports", True): N_("Exports from {of} to {with} grew by {value} in {period}."),
    ("growth of exports", False): N_("Exports from {of} grew by {value} in {period}."),
    ("exports of services", True): N_("Exports of services from {of} to {with} came to {value} in {period}."),
    ("exports of services", False): N_("Exports of services from {of} came to {value} in {period}."),
    ("growth of exports of services", True): N_(
        "Exports of services from {of} to {with} grew by {value} in {period}."
    ),
    ("growth of exports of services", False): N_(
        "Exports of services from {of} grew by {value} in {period}."
    ),
    ("growth of imports", True): N_("Imports of {of} from {with} grew by {value} in {period}."),
    ("growth of imports", False): N_("Imports of {of} grew by {value} in {period}."),
    ("growth of investment", True): N_("Investment between {of} and {with} grew by {value} in {period}."),
    ("growth of investment", False): N_("Investment in {of} grew by {value} in {period}."),
    ("countries supplied", False): N_("{of} supplied {value} in {period}."),
    ("partner countries", False): N_("{of} traded with {value} in {period}."),
    ("trade surplus", True): N_("The trade surplus of {of} with {with} came to {value} in {period}."),
    ("trade surplus", False): N_("The trade surplus of {of} came to {value} in {period}."),
    ("net profit", False): N_("The net profit of {of} came to {value} in {period}."),
    ("share of output exported", False): N_("{value} of the output of {of} was exported in {period}."),
}
# a growth given as a multiple: "grew 1.8 times" / «вырос в 1,8 раза»
_MULTIPLE_SUMMARIES = {
    ("growth of trade turnover", True): N_("Trade between {of} and {with} grew {value} in {period}."),
    ("growth of trade turnover", False): N_("Trade of {of} grew {value} in {period}."),
    ("growth of exports", True): N_("Exports from {of} to {with} grew {value} in {period}."),
    ("growth of exports", False): N_("Exports from {of} grew {value} in {period}."),
    ("growth of imports", True): N_("Imports of {of} from {with} grew {value} in {period}."),
    ("growth of imports", False): N_("Imports of {of} grew {value} in {period}."),
    ("growth of investment", True): N_("Investment between {of} and {with} grew {value} in {period}."),
    ("growth of investment", False): N_("Investment in {of} grew {value} in {period}."),
}
# the metric's words in the base, by language (a figure's metric is translated)
METRIC_WORDS = {
    "trade turnover": N_("trade turnover"),
    "exports": N_("exports"),
    "imports": N_("imports"),
    "investment": N_("investment"),
    "accredited enterprises": N_("accredited enterprises"),
    "exporting enterprises": N_("exporting enterprises"),
    "regions with agreements": N_("regions with agreements"),
    "regions supplied": N_("regions supplied"),
    "growth of trade turnover": N_("growth of trade turnover"),
    "growth of exports": N_("growth of exports"),
    "growth of imports": N_("growth of imports"),
    "growth of investment": N_("growth of investment"),
    "investment received": N_("investment received"),
    "growth of investment received": N_("growth of investment received"),
    "exports of services": N_("exports of services"),
    "imports of services": N_("imports of services"),
    "growth of exports of services": N_("growth of exports of services"),
    "growth of imports of services": N_("growth of imports of services"),
    "trade surplus": N_("trade surplus"),
    "net profit": N_("net profit"),
    "output": N_("output"),
    "contracts": N_("contracts"),
    "countries supplied": N_("countries supplied"),
    "partner countries": N_("partner countries in trade"),
    "countries supplied with goods": N_("countries supplied with goods"),
    "countries supplied with services": N_("countries supplied with services"),
    "companies": N_("companies"),
    "enterprises": N_("enterprises"),
    "resident companies": N_("resident companies"),
    "companies with foreign capital": N_("companies with foreign capital"),
    "companies with the partner's capital": N_("companies with the partner's capital"),
    "joint ventures": N_("joint ventures"),
    "agreements signed": N_("agreements signed"),
    "documents signed": N_("documents signed"),
    "projects": N_("projects"),
    "tonnes": N_("tonnes"),
    "amount": N_("amount"),
    "growth": N_("growth"),
    "share": N_("share"),
    "share of trade turnover": N_("share of trade turnover"),
    "share of exports": N_("share of exports"),
    "share of imports": N_("share of imports"),
    "share of investment": N_("share of investment"),
    "share of output exported": N_("share of output exported"),
    "share of the fleet": N_("share of the fleet"),
    "credit": N_("credit"),
    "twin cities": N_("twin cities"),
    "exports of a product group": N_("exports of a product group"),
    "imports of a product group": N_("imports of a product group"),
    "growth of exports of a product group": N_("growth of exports of a product group"),
    "growth of imports of a product group": N_("growth of imports of a product group"),
    "purchases": N_("purchases"),
    "target": N_("target"),
    "trade turnover target": N_("trade turnover target"),
    "exports target": N_("exports target"),
    "imports target": N_("imports target"),
    "investment target": N_("investment target"),
    "forecast": N_("forecast"),
    "trade turnover forecast": N_("trade turnover forecast"),
    "exports forecast": N_("exports forecast"),
    "imports forecast": N_("imports forecast"),
    "investment forecast": N_("investment forecast"),
}
# a product group's flow, the group named («экспорт мясной продукции»)
_PRODUCT_METRICS = {
    "exports": N_("exports of {product}"),
    "imports": N_("imports of {product}"),
    "growth of exports": N_("growth of exports of {product}"),
    "growth of imports": N_("growth of imports of {product}"),
}
_PRODUCT_SUMMARIES = {
    ("exports", True): N_("Exports of {product} from {of} to {with} came to {value} in {period}."),
    ("exports", False): N_("Exports of {product} from {of} came to {value} in {period}."),
    ("imports", True): N_("Imports of {product} into {of} from {with} came to {value} in {period}."),
    ("imports", False): N_("Imports of {product} into {of} came to {value} in {period}."),
    ("growth of exports", True): N_("Exports of {product} from {of} to {with} grew by {value} in {period}."),
    ("growth of exports", False): N_("Exports of {product} from {of} grew by {value} in {period}."),
    ("growth of imports", True): N_(
        "Imports of {product} into {of} from {with} grew by {value} in {period}."
    ),
    ("growth of imports", False): N_("Imports of {product} into {of} grew by {value} in {period}."),
}
# "grew 10-fold": a multiple takes no "by"
_PRODUCT_MULTIPLES = {
    ("growth of exports", True): N_("Exports of {product} from {of} to {with} grew {value} in {period}."),
    ("growth of exports", False): N_("Exports of {product} from {of} grew {value} in {period}."),
    ("growth of imports", True): N_("Imports of {product} into {of} from {with} grew {value} in {period}."),
    ("growth of imports", False): N_("Imports of {product} into {of} grew {value} in {period}."),
}
# any other metric: its words, the places, the value
_OTHER_SUMMARIES = {
    True: N_("{of} and {with}, {metric}: {value} in {period}."),
    False: N_("{of}, {metric}: {value} in {period}."),
}
# a share of a whole, the part ("with") and the whole's owner ("of") named
_SHARE_SUMMARIES = {
    "share of trade turnover": N_("The share of {with} in the trade turnover of {of}: {value} ({period})."),
    "share of exports": N_("The share of {with} in the exports of {of}: {value} ({period})."),
    "share of imports": N_("The share of {with} in the imports of {of}: {value} ({period})."),
}
# investment a place received from its partner, each place in the genitive («из Казахстана
# в экономику Минской области»); by a percentage, and by a multiple
_RECEIVED_SUMMARIES = {
    ("investment received", False): N_("Investment from {with} in {of} came to {value} in {period}."),
    ("growth of investment received", False): N_(
        "Investment from {with} in {of} grew by {value} in {period}."
    ),
    ("growth of investment received", True): N_("Investment from {with} in {of} grew {value} in {period}."),
}
# a count at a point in time ("as of July 2025"), which takes no "in"
_AS_OF_SUMMARIES = {
    True: N_("{of} and {with}, {metric}: {value}, {period}."),
    False: N_("{of}, {metric}: {value}, {period}."),
}
# what stands at a time (companies registered, twin cities), not a year's flow: «в 2022 г.», not «за»
_STOCKS = frozenset(
    {
        "companies",
        "enterprises",
        "resident companies",
        "companies with foreign capital",
        "companies with the partner's capital",
        "joint ventures",
        "twin cities",
        "credit",
    }
)
_DATED_SUMMARIES = {
    True: N_("{of} and {with}, {metric}: {value} ({period})."),
    False: N_("{of}, {metric}: {value} ({period})."),
}
_STOCK_SUMMARIES = {
    True: N_("{of} and {with}, {metric} in {period}: {value}."),
    False: N_("{of}, {metric} in {period}: {value}."),
}


def metric_words(words: Language, metric: str) -> str:
    """A figure's metric in the language's words; a product group's with the group named."""
    group = product_of(metric)
    if group:
        growth, flow, product = group
        return words.gettext(_PRODUCT_METRICS[growth + flow]).format(
            product=words.gettext(PRODUCT_WORDS[product])
        )
    return words.gettext(METRIC_WORDS.get(metric, metric))


# a sector's bodies: «управлением культуры», «министерством туризма», "the Ministry of Education"
BODIES = caseless(
    r"(?:управлени\w*|упраўленн\w*|департамент\w*|министерств\w*|міністэрств\w*|department|ministry)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:туризм|спорт|культур|образовани|здравоохранени|турыз|адукацы|аховы\s+здароў|tourism|"
    r"sport|cultur|education|health)\w*|"
    # «Белорусский союз женщин», "the Women's Union", «БРСМ», «профсоюзы»: public bodies sign too
    r"\b(?:women'?s|youth)\s+(?:union|association|organi[sz]ation|council)|\btrade\s+unions?\b|"
    r"союз\w*\s+(?:женщин|молод[её]жи)|(?:женск|молод[её]жн)\w*\s+(?:союз|совет|организац)\w*|"
    r"саюз\w*\s+(?:жанчын|моладзі)|(?:жаноч|моладзев)\w*\s+(?:саюз|савет|арганізац)\w*|"
    r"\bБРСМ\b|\bBRSM\b|профсоюз\w*|прафсаюз\w*",
    re.I,
)
_SECTORS = (
    ("culture", caseless(r"культур|cultur", re.I)),
    ("tourism", caseless(r"туризм|турыз|tourism", re.I)),
    ("sport", caseless(r"спорт|sport", re.I)),
    ("education", caseless(r"образовани|адукацы|education", re.I)),
    ("health", caseless(r"здравоохранени|аховы\s+здароў|health", re.I)),
    ("women", caseless(r"женщин|женск|жанчын|жаноч|women", re.I)),
    ("youth", caseless(r"молод[её]ж|моладз|БРСМ|BRSM|youth", re.I)),
    ("trade unions", caseless(r"профсоюз|прафсаюз|trade\s+union", re.I)),
)
_BODIES_SIGNED = {
    ("culture", "agreement"): N_("Culture bodies of {home} and {away} signed an agreement."),
    ("tourism", "agreement"): N_("Tourism bodies of {home} and {away} signed an agreement."),
    ("sport", "agreement"): N_("Sports bodies of {home} and {away} signed an agreement."),
    ("education", "agreement"): N_("Education bodies of {home} and {away} signed an agreement."),
    ("health", "agreement"): N_("Health bodies of {home} and {away} signed an agreement."),
    ("women", "agreement"): N_("Women's organisations of {home} and {away} signed an agreement."),
    ("youth", "agreement"): N_("Youth organisations of {home} and {away} signed an agreement."),
    ("trade unions", "agreement"): N_("Trade unions of {home} and {away} signed an agreement."),
    ("culture", "memorandum"): N_("Culture bodies of {home} and {away} signed a memorandum."),
    ("tourism", "memorandum"): N_("Tourism bodies of {home} and {away} signed a memorandum."),
    ("sport", "memorandum"): N_("Sports bodies of {home} and {away} signed a memorandum."),
    ("education", "memorandum"): N_("Education bodies of {home} and {away} signed a memorandum."),
    ("health", "memorandum"): N_("Health bodies of {home} and {away} signed a memorandum."),
    ("women", "memorandum"): N_("Women's organisations of {home} and {away} signed a memorandum."),
    ("youth", "memorandum"): N_("Youth organisations of {home} and {away} signed a memorandum."),
    ("trade unions", "memorandum"): N_("Trade unions of {home} and {away} signed a memorandum."),
}


def signed_by_bodies(sentence: str) -> str | None:
    """The sector whose bodies a sentence names as a document's signatories, if it does."""
    body = BODIES.search(sentence)
    if body is None:
        return None
    return next((sector for sector, word in _SECTORS if word.search(body.group())), None)


def summary(candidate: Candidate, language: str) -> str:
    summary = _prepositions(_plain_summary(candidate, language), language)
    summary = summary[:1].upper() + summary[1:]  # "More than 70% of the output…", «Более…»
    # «Бабруйск і Вяземская акруга ўсталявалі…»; «… за 2022 г..»: one point ends the sentence
    summary = non_syllabic_u(summary) if language == "be" else summary
    return summary[:-1] if summary.endswith("..") else summary


def _plain_summary(candidate: Candidate, language: str) -> str:
    words = Language(language)
    home = name_of(candidate.home, language)
    away = name_of(candidate.away, language) if candidate.away else ""
    if candidate.kind == "twinning" and candidate.dated_by:
        return words.gettext(_TIE_BY_SUMMARIES[candidate.tie or "twinned"]).format(
            home=home, away=away, year=candidate.date[:4], **in_cases(candidate, language)
        )
    if candidate.kind == "twinning":
        return words.gettext(_TIE_SUMMARIES[candidate.tie or "twinned"]).format(home=home, away=away)
    if candidate.kind == "agreement":
        document = candidate.document or "agreement"
        if candidate.in_force == "now":  # «действует соглашение»: as it stands, no signing told
            return words.gettext(N_("An agreement between {home} and {away} is in force.")).format(
                home=home, away=away, **in_cases(candidate, language)
            )
        if candidate.in_force:  # «Соглашение … действует с 2011 года»: in force, no signing told
            return words.gettext(
                N_("An agreement between {home} and {away} has been in force since {year}.")
            ).format(home=home, away=away, year=candidate.date[:4], **in_cases(candidate, language))
        plain, spans, horizons = (
            (_APPROVED_SUMMARIES, _APPROVED_SPAN_SUMMARIES, _APPROVED_HORIZON_SUMMARIES)
            if candidate.approved
            else (_DOCUMENT_SUMMARIES, _DOCUMENT_SPAN_SUMMARIES, _DOCUMENT_HORIZON_SUMMARIES)
        )
        sector = (
            signed_by_bodies(candidate.sentence)
            if document in ("agreement", "memorandum") and not candidate.approved
            else None
        )
        if sector is not None and not candidate.years and not candidate.until:
            # «между министерством культуры Астраханской области и управлением культуры Могилевского
            # облисполкома»: the bodies signed, not the regions
            return words.gettext(_BODIES_SIGNED[sector, document]).format(
                home=home, away=away, **in_cases(candidate, language)
            )
        if candidate.years_of in _AGREEMENT_AND_SPAN_SUMMARIES and candidate.years and not candidate.approved:
            years = candidate.years.replace("-", "–")
            template = _AGREEMENT_AND_SPAN_SUMMARIES[candidate.years_of or ""]
            return words.gettext(template).format(home=home, away=away, years=years)
        if candidate.years and document in spans and not candidate.years_of:
            years = candidate.years.replace("-", "–")
            return words.gettext(spans[document]).format(home=home, away=away, years=years)
        if candidate.until and document in horizons:
            return words.gettext(horizons[document]).format(home=home, away=away, year=candidate.until)
        return words.gettext(plain[document]).format(home=home, away=away)
    if candidate.kind == "event":
        return event_summary(candidate, language)
    assert candidate.amount is not None and candidate.period is not None and candidate.metric is not None
    value = words.figure(_Measure(candidate.amount.value, candidate.amount.unit, candidate.amount.qualifier))
    key = (candidate.metric, candidate.away is not None)
    summaries = _MULTIPLE_SUMMARIES if candidate.amount.unit == "times" else _FIGURE_SUMMARIES
    # a count as of a day, a forecast by the end of a year: the period takes no «за»
    other = (
        _AS_OF_SUMMARIES
        if candidate.period.text.startswith(("as of ", "by the end of "))
        else _STOCK_SUMMARIES
        if candidate.metric in _STOCKS and candidate.period.text.isdigit()
        # (what stands at a month is no month's flow: «компании: 34 компании (сентябрь 2015 г.)»)
        else _DATED_SUMMARIES
        if candidate.metric in _STOCKS
        else _OTHER_SUMMARIES
    )
    with_gen = genitive(candidate.away, language) if candidate.away else None
    of_in = locative(candidate.home, language)
    if candidate.metric == "companies with the partner's capital" and with_gen and of_in:
        # «Компании с капиталом из России в Гомельской области: 450 компаний (2022 г.)»
        return words.gettext(N_("Companies with capital from {with} in {of}: {value} ({period}).")).format(
            of=of_in, value=value, period=words.period(candidate.period.text), **{"with": with_gen}
        )
    share = _SHARE_SUMMARIES.get(candidate.metric) or _RECEIVED_SUMMARIES.get(
        (candidate.metric, candidate.amount.unit == "times")
    )
    if share and candidate.away is not None:
        of_gen, with_gen = genitive(candidate.home, language), genitive(candidate.away, language)
        if of_gen and with_gen:
            # «Доля Беларуси в товарообороте Брянской области: более 60 %»: a sentence, not a label
            return _qualified(
                words.gettext(share).format(
                    of=of_gen, value=value, period=words.period(candidate.period.text), **{"with": with_gen}
                ),
                language,
            )
    # a count told with its period in brackets reads the same for a year and a day
    told_anyway = candidate.metric in (
        "accredited enterprises",
        "exporting enterprises",
        "regions with agreements",
        "regions supplied",
    )
    message = (summaries.get(key) if other is _OTHER_SUMMARIES or told_anyway else None) or other[
        candidate.away is not None
    ]
    group = product_of(candidate.metric)
    if group and other is _OTHER_SUMMARIES:
        growth, flow, _ = group
        told = _PRODUCT_MULTIPLES if candidate.amount.unit == "times" else _PRODUCT_SUMMARIES
        message = told.get((growth + flow, candidate.away is not None), message)
    metric = metric_words(words, candidate.metric)
    period = words.period(candidate.period.text)
    summary = words.gettext(message).format(
        of=home,
        value=value,
        period=period,
        metric=metric,
        product=words.gettext(PRODUCT_WORDS[group[2]]) if group else "",
        **{"with": away},
        **in_cases(candidate, language),
    )
    return _qualified(summary, language)


def _qualified(summary: str, language: str) -> str:
    for wrong, right in _QUALIFIED_CHANGE.get(language, ()):
        summary = summary.replace(wrong, right)
    return summary


def _prepositions(summary: str, language: str) -> str:
    """A preposition before a cluster takes its vowel: «са Смаленскай вобласці», «со
    Смоленской областью», «во Владимирской области»."""
    if language == "be":
        return _Z_BEFORE_CLUSTER.sub("са ", summary)
    if language == "ru":
        return _VO_BEFORE_CLUSTER.sub("во ", _S_BEFORE_CLUSTER.sub("со ", summary))
    return summary


_S_BEFORE_CLUSTER = re.compile(r"(?<!\w)с (?=[СсЗзШшЖж][^аеёиоуыэюяАЕЁИОУЫЭЮЯ\s])")
_VO_BEFORE_CLUSTER = re.compile(r"(?<!\w)в (?=[ВвФф][^аеёиоуыэюяАЕЁИОУЫЭЮЯ\s])")
_Z_BEFORE_CLUSTER = re.compile(r"(?<!\w)з (?=[СсЗзШшЖж][^аеёіоуыэюяАЕЁІОУЫЭЮЯ\s])")


# «вырос на около 5 %» is no Russian: the qualifier goes before the preposition
_QUALIFIED_CHANGE = {
    "ru": (("на более ", "более чем на "), ("на почти ", "почти на "), ("на около ", "примерно на "),
           ("на не менее ", "не менее чем на "), ("на менее ", "менее чем на ")),
    "be": (("на больш за ", "больш чым на "), ("на амаль ", "амаль на "), ("на каля ", "прыкладна на "),
           ("на не менш за ", "не менш чым на "), ("на менш за ", "менш чым на ")),
}  # fmt: skip


@dataclass(frozen=True)
class _Measure:
    value: float
    unit: str
    qualifier: str | None
    change_pct: float | None = None
    compared_with: str | None = None
    change_qualifier: str | None = None
