"""Figures a sentence gives: each amount with what it measures, its period, whose it is
and with whom, its change and its base; what the sentence leaves open, said."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..places import Region, RegionRegistry
from ..text.caseless import Caseless, caseless
from ..text.formatting import CURRENCIES
from .articles import Article
from .candidates import Candidate
from .figures import Amount, amounts
from .periods import CLAUSE_BREAK, MONTHS_EN, THIS_YEAR, Period, brackets, is_base, is_compared, period_for
from .places import Mention
from .products import PRODUCT_GROUP, product_near

_METRICS = (
    (
        caseless(
            r"товарооборот|тавараабарот|торговл[яиеюё]\w*|гандл[юяі]\w*|trade\s+turnover|trade\b|turnover|"
            r"внешнеторгов\w*\s+оборот|знешнегандлёв\w*\s+абарот|торгов\w*\s+оборот|гандлёв\w*\s+абарот|"
            r"imports?\s+and\s+exports?|exports?\s+and\s+imports?|импорт\w*\s+и\s+экспорт\w*|экспорт\w*\s+и\s+импорт\w*",
            re.I,
        ),
        "trade turnover",
    ),
    (
        caseless(
            r"экспорт|экспарт|export|shipp|shipment|отгруз|адгруз|поставк|пастаўк|поставлен|пастаўлен|\bsales\b|"
            r"\bsuppl(?:ied|ies)\b|\bdeliver(?:ed|ies)\b|"
            # «поставить в Китай», «область реализовала в КНР товаров на…»: sold abroad
            r"\bпостав(?:ить|ит|ят|ил\w*|ля\w*)\b|\bпаставі\w*|\bпастаўля\w*|"
            r"реализова\w*\s+(?:в|на)\s|рэалізава\w*\s+(?:у|ў|на)\s",
            re.I,
        ),
        "exports",
    ),
    (caseless(r"импорт|імпарт|\bimport(?!an)", re.I), "imports"),  # not "important"
    (caseless(r"инвестиц|інвестыц|investment|invested", re.I), "investment"),
    (caseless(r"аккредит|акрэдыт|accredit", re.I), "accredited enterprises"),
    (caseless(r"сальдо|профицит|surplus", re.I), "trade surplus"),
    (caseless(r"чист\w+\s+прибыл|прибыл|прыбыт|net\s+profit|profit", re.I), "net profit"),
    (caseless(r"объ[её]м\w*\s+производств|выпуск|вытворч|output|production", re.I), "output"),
    (caseless(r"контракт|contract", re.I), "contracts"),
    (caseless(r"purchas|\bbuy\b|закуп|закупі", re.I), "purchases"),
    (caseless(r"\bfleet\b|\bпарк\w*|автопарк\w*", re.I), "fleet"),
    (caseless(r"\bcredit|\bloans?\b|кредит|крэдыт|займ|заём|пазык", re.I), "credit"),
)
_GROWTH = caseless(
    r"вырос|увеличи|увеличен|рост|прирост|выраста|павялічы|вырас|рост|нарастил|наращ|нарасціл|нарошч|"
    r"increase|grew|growth|rose|raise|boost|expand|climb|jump|up\b",
    re.I,
)
# «поставили в наш регион больше товаров на 10,8%»: a rise by so much
_WHOLE_OF_A_GROUP = caseless(
    r"(?:со|с|з)\s+(?:странами|государствами|краінамі|дзяржавамі)\b|\bwith\s+(?:the\s+)?(?:\w+\s+)?(?:countries|states)\b|"
    # "a tenth of the national trade": the country's whole with the partner, not the oblast's
    r"\bnational\b|\bthe\s+country'?s\b|республиканск\w*|рэспубліканск\w*|общереспубликанск\w*",
    re.I,
)
_REACHED_A_PART = caseless(r"достиг|дасягн", re.I)  # «достиг четверти всего оборота»: a share
_MORE_BY = caseless(r"(?:больше|больш|more)\s+(?:[\w-]+\s+){0,2}(?:на|by)\s+$", re.I)
_MORE = caseless(r"^\W*(?:больше|больш|выше|вышэй|more|higher|above)", re.I)
_COMPARED = caseless(
    r"(?:по\s+сравнению\s+с|в\s+сравнении\s+с|у\s+параўнанні\s+з|к\s+уровню|к|compared\s+(?:with|to)|on|than\s+in|since)\s+"
    r"(?P<base>(?:январ\w*[-–]\w+\s+)?(?:19|20)\d\d)",
    re.I,
)


def figure_candidates(
    article: Article,
    sentence: str,
    start: int,
    end: int,
    home: Region | None,
    home_from_before: bool,
    away: Region | None,
    spans: list[Period],
    carried: list[Period],
    previous_metric: str | None = None,
    ahead: bool = False,
    plan_from: int = -1,
) -> Iterator[Candidate]:
    """The sentence's figures; ``previous_metric`` is what the sentence before measured,
    for a sentence that points back to it ("This is almost twice as much as…"); in a
    sentence that looks ``ahead``, a sum for the article's year or later is a plan, and
    a count after the words of the plan (at ``plan_from``) is not proposed."""
    if home is None:
        return
    found = amounts(sentence)
    if not found:
        return
    absolute = [a for a in found if a.unit not in ("percent", "times")]
    for amount in found:
        if 0 <= plan_from <= amount.start and amount.unit in (*_COUNT_METRICS, "percent"):
            continue  # «планирует заключить еще три соглашения», «планируется увеличить на 5,5 %»: a plan
        if _DECADE_AFTER.match(sentence, amount.end):
            continue  # "$158 million in the early 2000s": a decade, which no period of the base is
        if amount.unit in _COUNT_METRICS and _ITS_TOWNS.search(sentence):
            continue  # «89 соглашений реализуются городами и районами области»: the towns', not the oblast's
        notes: list[str] = []
        period = period_for(spans, amount, sentence) if spans else None
        own = (
            period is not None
            and brackets(sentence, amount.start) == brackets(sentence, period.start) != -1
            and not is_compared(sentence, period)
        )
        if period is not None and is_base(sentence, period) and not own:
            # "$6.4 million, 3.8 times more than in Q1 2020": the only period is the base;
            # "(83 countries in the same period in 2020)": in its brackets, the amount's own
            period = carried[-1] if carried else None
            if period is not None:
                notes.append("its period is from an earlier sentence: check it")
        elif (
            period is None
            and carried
            and not (amount.unit in _DOCUMENT_COUNTS and _STOCK.search(sentence))
            and not (amount.unit in _COUNT_METRICS and _NOW.search(sentence))  # «на сегодня 16 предприятий»
            and not (
                amount.unit == "percent" and _SO_FAR.search(sentence)
            )  # "Russia accounts for three fourths"
            and amount.unit != "cities"  # a town's twins are counted as they stand, not for a period
        ):
            # («Договорно-правовая база насчитывает уже порядка 50 соглашений»: a stock, as of today)
            period = carried[-1]
        standing = (
            period is None
            and amount.unit in (*_COUNT_METRICS, "percent")
            and article.date is not None
            # «приходилось», «составляла»: as it stood once, at a time the sentence does not say
            and not _PAST_STATE.search(sentence)
        )
        if standing and amount.end <= plan_from <= amount.end + 12:
            continue  # "Two joint projects to be carried out": what is planned stands nowhere yet
        if (
            standing
            and amount.unit in _DOCUMENT_COUNTS
            and amount.qualifier is None
            and _SIGNED_THEN.search(sentence)
            and (_AT_ONCE.search(sentence) or sentence[amount.end : amount.end + 40].lstrip().startswith(":"))
        ):
            # «Подписано пять новых соглашений», «облисполком подписал два документа: …», "signed eight
            # agreements at a ceremony": one signing's documents, no stock (unlike «более 100 документов»)
            continue
        if amount.unit == "cities" and home_from_before:
            continue  # «Сразу два побратима появилось у Заславля»: whose twins, the sentence says
        if standing and article.date is not None:
            # «на пастаўкі ў КНР акрэдытавана 20 прадпрыемстваў», «на долю России приходится 60 %
            # экспорта»: a count or a share as it stands
            period = Period(f"as of {MONTHS_EN[article.date.month - 1]} {article.date.year}",
                            f"{article.date:%Y-%m}", amount.start, amount.start)  # fmt: skip
            notes.append("as it stood on the article's date: check it")
        if period is None:
            continue
        if _THE_REST.search(sentence[max(0, amount.start - 30) : amount.start]):
            continue  # «в остальные — около 23 %»: the rest, no partner the sentence names
        metric = _metric_for(sentence, amount, absolute, notes, previous_metric)
        if metric is None or (standing and amount.unit == "percent" and not metric.startswith("share")):
            continue  # a growth needs the period it was measured over
        if home_from_before:
            notes.append(
                f"whose figure: the sentence names no Belarusian place; "
                f"{home.name} is from an earlier sentence"
            )
        if amount.unsure:
            notes.append(amount.unsure)
        if metric.removeprefix("growth of ") in ("exports", "imports") and _OURS.search(sentence):
            notes.append("«our»: whose exports they are depends on which side the speaker is on: check it")
        group = PRODUCT_GROUP.search(sentence)
        if group and metric in ("exports", "imports", "growth of exports", "growth of imports"):
            # «экспорт мясной продукции», "exports of dairy products": one group, not all exports
            product = product_near(sentence, amount.start)
            metric = f"{metric} of {product or 'a product group'}"
            if product is None:
                notes.append(f"one product group only ({group['group'] or group['group_en']}): name it")
        expected = ahead or bool(_FORECAST.search(sentence))  # «превысит в этом году»
        if _is_target(sentence, amount, period, article, expected) and metric in (*BASIC_METRICS, "amount"):
            if _FORECAST.search(sentence):
                # "will exceed $10 billion this year", «товарооборот превысит…»: what is expected
                metric = "forecast" if metric == "amount" else f"{metric} forecast"
                notes.append("a forecast, not a result: check it")
            else:
                # «при задании в 5,6 млн долларов», «планирует поставить … не менее 10 млн долларов»
                metric = "target" if metric == "amount" else f"{metric} target"
                notes.append("a plan or target, not a result: check it")
        elif (
            article.date is not None
            and period.text == str(article.date.year)
            and (THIS_YEAR.search(sentence[period.start : period.end]) or _SO_FAR.search(sentence))
        ):
            # «в этом году», «в 2025 году составляет 5 %» in an August report: the year so far, to
            # the article's day, not the whole year
            to = f"{article.date.day} {MONTHS_EN[article.date.month - 1]}"
            period = Period(f"{period.text} to {to}", f"{article.date:%Y-%m-%d}", period.start, period.end)
            notes.append("the year under way: so far, to the article's date: check the period")
        unit_metric = metric
        candidate = Candidate(
            "figure",
            home,
            away,
            period.date,
            sentence,
            start,
            end,
            metric=unit_metric,
            amount=amount,
            period=period,
            notes=notes,
        )
        if amount.unit not in ("percent", "times"):
            change = _change_near(found, amount, sentence)
            if change is not None:
                candidate.change_pct = change
                if _PREVIOUS_YEAR.search(sentence):
                    candidate.compared_with = _year_before(period)
        compared = _COMPARED.search(sentence, amount.end)
        if compared and amount.unit == "times":
            candidate.compared_with = compared["base"]
        if away is None and unit_metric in ("trade turnover", "exports", "imports"):
            candidate.notes.append("with whom: the sentence names no partner, so this reads as the total")
        yield candidate


_TRADE_WORD = caseless(r"\b(?:экспорт\w*|импорт\w*|экспарт\w*|імпарт\w*|exports?|imports?)\b", re.I)
_SERVICES_AFTER = caseless(r"\s+(?:of\s+)?(?:услуг|паслуг|services)\b", re.I)


def _of_services(sentence: str, amount: Amount) -> bool:
    """Whether the exports or imports named last before the amount are of services."""
    words = list(_TRADE_WORD.finditer(sentence, 0, amount.start))
    return bool(words) and (
        bool(_SERVICES_AFTER.match(sentence, words[-1].end()))
        or sentence[max(0, words[-1].start() - 9) : words[-1].start()].lower() == "services "
    )


_GOODS_OR_SERVICES = caseless(
    r"(?:(?P<services>услуг\w*|паслуг\w*|services)|товар\w*|тавар\w*|goods)\W+(?:\w+\W+)?$", re.I
)
# what a count measures, by what it counts
_COUNT_METRICS = {
    "countries": "countries supplied",
    "companies": "companies",
    "enterprises": "enterprises",
    "joint ventures": "joint ventures",
    "agreements": "agreements signed",
    "documents": "documents signed",
    "projects": "projects",
    "tonnes": "tonnes",
    "cities": "twin cities",
    "regions": "regions supplied",
}
# machines counted: what the sentence says of them (exported, bought) is the metric
_MACHINES = ("tractors", "dump trucks")


# a sum set as a goal: «при задании в…», «план — …», "a target of…"
_TARGET_BEFORE = caseless(
    r"(?:задани\w*|заданн\w*|план\w*|прогноз\w*|целев\w*|мэтав\w*|target\w*|goal\w*|aim\w*)"
    r"(?:\s+\S+){0,3}\s*$",
    re.I,
)


_TO_LEVEL = caseless(r"(?:\bдо|\bда|\bto)\s+$", re.I)
_THE_REST = caseless(r"остальн\w*|прочи[ех]\w*|астатн\w*|\bother\s+countries|\bthe\s+rest\b", re.I)
_PAST_STATE = caseless(
    r"\b(?:приходил\w*|составлял\w*|насчитывал\w*|прыпадал\w*|складал\w*|налічвал\w*|"
    r"accounted\s+for|used\s+to|was\s+then)\b",
    re.I,
)
# every word of a forecast starts a word: the engine need look only there
_FORECAST = caseless(
    r"\b(?:\bwill\s+(?:exceed|reach|amount|be|grow|increase|top)|is\s+(?:projected|expected|forecast)\s+to|"
    r"\b(?:may|could|might)\s+(?:exceed|reach|top|amount)|может\s+(?:превысить|составить|достичь|достигнуть)|"
    r"можа\s+(?:перавысіць|скласці|дасягнуць)|"
    r"прогноз\w*|превысит|составит|достигнет|вырастет|увеличится|ожидается|"
    r"прагноз\w*|перавысіць|складзе|дасягне|вырасце|павялічыцца|чакаецца)",
    re.I,
)


def _is_target(sentence: str, amount: Amount, period: Period, article: Article, ahead: bool) -> bool:
    if amount.unit not in CURRENCIES:
        return False
    if _TARGET_BEFORE.search(sentence[max(0, amount.start - 40) : amount.start]):
        return True
    # a plan for a year not over when the article was written
    return ahead and article.date is not None and int(period.date[:4]) >= article.date.year


def _metric_for(
    sentence: str, amount: Amount, absolute: list[Amount], notes: list[str], previous: str | None = None
) -> str | None:
    """What the amount measures, in the base's words: services alone («экспорт услуг»,
    "services exports") a metric of their own, of which no share is proposed."""
    metric = _measure_of(sentence, amount, absolute, notes, previous)
    if metric is None or not _of_services(sentence, amount):
        return metric
    if metric in ("exports", "imports", "growth of exports", "growth of imports"):
        return f"{metric} of services"
    return None if metric.startswith("share of") else metric


# "…, it grew by 71 percent": a sentence that measures what the one before it named
IT_CHANGED = caseless(
    r"\b(?:it|он|ён)\s+(?:grew|rose|increased|fell|decreased|dropped|вырос|увеличился|снизился|сократился|"
    r"вырас|павялічыўся|знізіўся|скараціўся)\b",
    re.I,
)
_OURS = caseless(r"\b(?:наш\w*|our)\b", re.I)
_IT_BEFORE = caseless(r"\b(?:it|он|ён|оно|яно)\s+(?:\w+\s+){1,2}$", re.I)
# a sentence of a when and an amount, no verb: «В прошлом году — 900 млн долларов…»
_WHEN_DASH = caseless(r"^\W*(?:в|во|за|у|in)\s[^—–.]{1,40}?\s[—–]\s", re.I)


def _measure_of(
    sentence: str, amount: Amount, absolute: list[Amount], notes: list[str], previous: str | None = None
) -> str | None:
    """What the amount measures, in the base's words; None where the sentence does not
    say plainly enough to propose it (a percentage riding on an amount is that amount's
    change; a share or a growth of nothing named; a count of countries with no exports)."""
    metric = _metric_before(sentence, amount.start)
    relative = amount.unit in ("percent", "times")
    borrowed = bool(previous) and (
        # "the trade turnover … is insignificant. … in H1 2022, it grew by 71 percent while …
        # exports … by 50 percent": «it» is what the sentence before measured
        (
            bool(_IT_BEFORE.search(sentence, max(0, amount.start - 40), amount.start))
            and not any(end <= amount.start for _, end, _ in _metric_words(sentence))
        )
        or (
            metric is None
            and relative
            and bool(_POINTS_BACK.match(sentence) or POINTS_BACK_TO_IT.match(sentence))
        )
        # «Растет товарооборот. В прошлом году — 900 млн долларов»: the sentence before names it
        or (metric is None and not relative and bool(_WHEN_DASH.match(sentence)))
    )
    if borrowed:
        metric = previous
        notes.append(f"what it measures ({previous}) is from the sentence before: check it")
    if amount.unit == "percent" and _EXPORT_SHARE.search(sentence):
        # "over 70% of the output is exported", «доля поставок за пределы Беларуси — 70%»
        notes.append("a share of output or sales sold abroad: check the evidence")
        return "share of output exported"
    if (
        amount.unit == "percent"
        and amount.qualifier is None
        and any(_near(other, amount) for other in absolute)
    ):
        return None  # the amount's own change; a qualified one is a growth of its own, as below
    if amount.unit == "percent" and (
        _GROWTH_RATE.search(sentence[max(0, amount.start - 40) : amount.start])
        or (amount.value >= 50 and _GROWTH_RATE.search(sentence[max(0, amount.start - 70) : amount.start]))
        or _INDEX_AFTER.match(sentence, amount.end)
    ):
        # «темп роста 159 %», «темп роста экспорта услуг за тот же период достиг 110 %», «экспорт
        # составил 79,2 % к аналогичному периоду 2021 года»: a level against a base, not a rise or a share
        return None
    growing = (
        bool(_GROWTH.search(sentence[max(0, amount.start - 60) : amount.start]))
        or bool(_MORE_BY.search(sentence, max(0, amount.start - 40), amount.start))
    ) and not _REACHED_A_PART.match(amount.text)
    if (
        growing
        and amount.unit == "percent"
        and amount.value >= 100
        and _TO_LEVEL.search(sentence[: amount.start])
    ):
        return None  # «нарастить экспорт до 130 %», "up to 113%": a level against a year before
    if amount.unit == "times" or (amount.unit == "percent" and growing):
        return f"growth of {metric}" if metric in BASIC_METRICS else None
    if amount.unit == "percent" and metric == "fleet":
        # "60% of Tatarstan's fleet of farm machinery is MTZ tractors": Belarusian makes' share
        notes.append("a share of a fleet: check which machines and whose make")
        return "share of the fleet"
    if amount.unit == "percent":
        if metric not in BASIC_METRICS:
            return None
        if amount.value > 100:
            return None  # «нарастить экспорт до 130 %»: a level against a year before, no share
        if _WHOLE_OF_A_GROUP.search(sentence, amount.end, amount.end + 90):
            return None  # «более 50% от всех сделок Тульской области со странами СНГ»: no whole the base has
        notes.append("a share: of which whole, check the evidence")
        return f"share of {metric}"
    if amount.unit == "regions":
        # «заключены Соглашения с … 29 регионов», "exported to over 70 Russian regions"; "the two
        # regions signed" is the pair, no count
        if not any(char.isdigit() for char in amount.text):
            return None
        if _AGREEMENTS_WITH.search(sentence):
            return "regions with agreements"
        return "regions supplied" if _EXPORTING.search(sentence) else None
    if amount.unit in _COUNT_METRICS and metric != "accredited enterprises":
        cue = _COUNT_CUES.get(amount.unit)
        if (
            cue is not None
            and not cue.search(sentence)
            and not (amount.unit == "countries" and _TRADED_WITH.search(sentence))
        ):
            return None
        if amount.unit in ("companies", "enterprises") and (
            _FOREIGN_CAPITAL.search(amount.text + sentence[amount.end : amount.end + 40])
            or _WITH_PARTICIPATION.search(sentence, max(0, amount.start - 80), amount.start)
        ):
            capital = _FOREIGN_CAPITAL.search(amount.text + sentence[amount.end : amount.end + 40])
            if capital and not _ANY_FOREIGN.search(capital.group()) and len(capital.group().split()) > 2:
                return (
                    "companies with the partner's capital"  # «с российским капиталом», "with Russian capital"
                )
            return "companies with foreign capital"
        # «8 резидентов», "eight companies operating as residents of the FEZ"
        if amount.unit == "companies" and _RESIDENTS.search(sentence, amount.start, amount.end + 30):
            return "resident companies"
        if amount.unit == "countries" and _TRADED_WITH.search(sentence):
            # «экспортно-импортные операции с 40 странами», "trades with 40 countries": partners, both ways
            return "partner countries"
        if amount.unit == "countries":
            # «по товарам это 75 стран, по услугам 119»: goods and services go to lands of their own
            kind = _GOODS_OR_SERVICES.search(sentence[max(0, amount.start - 25) : amount.start])
            if kind:
                return f"countries supplied with {'services' if kind['services'] else 'goods'}"
        if amount.unit in ("companies", "enterprises") and _SELLING.search(
            sentence, amount.end, amount.end + 80
        ):
            return "exporting enterprises"  # "380 Gomel Oblast enterprises sell their products to Russia"
        return _COUNT_METRICS[amount.unit]
    if metric == "accredited enterprises" and amount.unit not in ("enterprises", "companies"):
        metric = None
    if amount.unit not in (*CURRENCIES, *_MACHINES) and amount.unit not in _COUNT_METRICS:
        return None  # "all six regions" is no measure of the net profit named beside it
    if (
        metric is None
        and previous in BASIC_METRICS
        and amount.unit in CURRENCIES
        and POINTS_BACK_TO_IT.match(sentence)
    ):
        # "In 2020, it amounted to $356 million", «В прошлом году он составил…»: what was named before
        notes.append(f"what it measures ({previous}) is from the sentence before: check it")
        return previous
    # a sum the sentence does not say is of what («потери около $70 млн», «сумма сделок») is no
    # figure to propose: labelled «сумма», it would read as trade
    return metric


# "$158 million in the early 2000s", «в начале 2000-х»: a decade
_DECADE_AFTER = caseless(
    r"[^.;]{0,20}?\b(?:in\s+the\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d0'?s|"
    r"(?:в|у)\s+(?:начале\s+|конце\s+|середине\s+|пачатку\s+|канцы\s+)?(?:19|20)\d0-?х)",
    re.I,
)
_DOCUMENT_COUNTS = ("agreements", "documents")
_SIGNED_THEN = caseless(
    r"подписа[нлв]\w*|падпіса\w*|заключ[её]н\w*|заключил\w*|\bsigned\b|\bconcluded\b", re.I
)
_AT_ONCE = caseless(
    r"\bнов(?:ых|ые|ыя)\b|\bnew\b|в\s+ходе|во\s+время|на\s+церемони|падчас|\bduring\b|\bat\s+a\s+ceremony|"
    r"\bat\s+the\s+(?:forum|ceremony|meeting)",
    re.I,
)
_NOW = caseless(r"на\s+(?:сегодня|данный\s+момент|сённяшні|сёння|дадзены\s+момант)|в\s+настоящее\s+время|"
                  r"\b(?:today|currently|to\s+date|at\s+present)\b", re.I)  # fmt: skip
_STOCK = caseless(r"насчитыва\w*|налічва\w*|\bуже\b|\bужо\b|\balready\b|в\s+активе|на\s+сегодня", re.I)
_ITS_TOWNS = caseless(
    r"(?:город(?:ами|ов)|гарад(?:амі|оў))\s+(?:и|і)\s+(?:район(?:ами|ов)|раён(?:амі|аў))|"
    r"(?:cities|towns)\s+and\s+districts",
    re.I,
)
# «При участии КНР … создано два юридических лица»: companies of a partner's capital
_WITH_PARTICIPATION = caseless(
    r"при\s+участии|пры\s+ўдзеле|з\s+удзелам|with\s+the\s+participation\s+of", re.I
)
# a present tense for a figure of the year under way («составляет», "accounts for")
_SO_FAR = caseless(
    r"\b(?:составляет|составляют|приходится|складае|складаюць|прыпадае|accounts\s+for|stands\s+at)\b", re.I
)
_AGREEMENTS_WITH = caseless(r"соглашени|пагадненн|agreement", re.I)
_SELLING = caseless(
    r"\bsell|\bexport|экспортир|экспарту|поставля\w*\s+(?:\w+\s+)?(?:в|на)\s|пастаўля|продаю|прадаю", re.I
)
_TRADED_WITH = caseless(
    r"экспортно-импортн|экспартна-імпартн|(?:торгу|торгова)\w*\s+со?\b|(?:гандлю|гандлява)\w*\s+з\b|"
    r"внешнеторгов\w*\s+(?:операц|связ|отношени)|знешнегандлёв\w*\s+(?:аперац|сувяз|адносін)|"
    r"\btrad(?:es|ed|ing)\s+with|"
    r"import\s+and\s+export\s+operations|export\s+and\s+import\s+operations",
    re.I,
)
# what a count needs beside it to be a figure worth proposing
_EXPORTING = caseless(r"экспорт|экспарт|export|shipp|shipment|supplied|поставл|пастаўл|отгруж", re.I)
_COUNT_CUES: dict[str, Caseless] = {
    # where goods go: "supplied to 88 countries", "consumers in 62 countries", «рынки 64 стран»
    "countries": caseless(
        _EXPORTING.pattern
        + r"|recipient|consumer|market|рын(?:ок|к)|потребител|спажыў|получател|атрымальнік|"
        r"поставок|пастаўак|географи\w*\s+(?:поставок|экспорта)|геаграфі\w*\s+(?:пастаўак|экспарту)",
        re.I,
    ),
    "tonnes": _EXPORTING,
    "companies": caseless(
        r"аккредит|акрэдыт|accredit|regist|зарегистр|рэгістр|резидент|рэзідэнт|resident|капитал|капітал|capital|"
        r"при\s+участии|з\s+удзелам|пры\s+ўдзеле|with\s+the\s+participation",
        re.I,
    ),
    # signed, or on record: «связывают 34 соглашения», «включает 37 договоров», «реализуются»
    "agreements": caseless(
        r"подписа|падпіса|signed|concluded|заключ|связыва|звязва|включа|уключа|насчитыва|налічва|"
        r"реализу|рэалізу|действу|дзейніча|in\s+force|\bbind|\b(?:connected|linked)\s+by",
        re.I,
    ),
    # enterprises that do something a figure counts, not a delegation's members
    "enterprises": caseless(
        r"аккредит|акрэдыт|accredit|regist|зарегистр|рэгістр|резидент|рэзідэнт|resident|работа|працу|"
        r"действу|operat|экспорт|экспарт|export|supplied|поставля|пастаўля|создан|створан|открыт|opened|"
        r"\bsell|продаю|прадаю",
        re.I,
    ),
}


# "This is almost twice as much as…", «Это в 1,5 раза больше…»: of the figure just given
# «По итогам трех кварталов этого года он вырос…»: a pronoun for the metric named before
POINTS_BACK_TO_IT = caseless(r"^\W*(?:[^\s.]+[\s,]+){0,7}?(?:it|он|она|ён|яна)\b", re.I)
_POINTS_BACK = caseless(r"^\W*(?:this|that|it)\s+(?:is|was|means)\b|^\W*(?:это|гэта)\b", re.I)
# «организаций с российским капиталом», "companies with Chinese capital"
_FOREIGN_CAPITAL = caseless(
    r"\bс\s+(?:\w+\s+){0,2}капитал|\bз\s+(?:\w+\s+){0,2}капітал|with\s+(?:\w+\s+){0,2}capital", re.I
)
_ANY_FOREIGN = caseless(r"foreign|overseas|иностранн|зарубежн|замежн|participation|участи|удзел", re.I)
_RESIDENTS = caseless(r"резидент|рэзідэнт|resident", re.I)
BASIC_METRICS = ("trade turnover", "exports", "imports", "investment")
_EXPORT_SHARE = caseless(
    r"of\s+(?:the\s+|its\s+|their\s+)?(?:output|production|products?)\s+(?:is|was|are|were)\s+exported|"
    r"(?:deliveries|supplies|sales|shipments)\s+(?:outside|beyond)\s+(?:Belarus|the\s+country)|"
    r"(?:поставок|поставки|продаж\w*)\s+за\s+(?:пределы|рубеж)|экспортируется|идет\s+на\s+экспорт|"
    r"ідзе\s+на\s+экспарт|экспартуецца",
    re.I,
)


def _near(one: Amount, other: Amount) -> bool:
    """Two amounts of one statement: '$120.5 million in 2024, up 15%'."""
    gap = other.start - one.end if one.start < other.start else one.start - other.end
    return gap < 40


# «темп роста 107,2 %», "with the growth rate at 107.2%": the level against the year before
_INDEX_AFTER = caseless(
    r"\s*(?:к|да|у\s+параўнанні\s+з|of|compared\s+(?:with|to))\s+(?:the\s+)?"
    # "made up 79.2% of the amount posted in the same period in 2021"
    r"(?:(?:amount|volume|figure|value)\s+(?:[\w-]+\s+){0,4}?(?:in|for|of)\s+the\s+)?"
    r"(?:аналогичн|соответствующ|уровн|адпаведн|аналагічн|узроўн|same\s+period|level|corresponding)",
    re.I,
)
_GROWTH_RATE = caseless(r"темп\w*|тэмп\w*|growth\s+rate|rate\s+of\s+growth", re.I)
_PREVIOUS_YEAR = caseless(
    r"годом\s+ранее|год\s+назад|прошлого\s+года|аналогичн\w+\s+период\w*\s+прошлого|годам\s+раней|"
    r"мінулага\s+года|a\s+year\s+(?:earlier|ago|before)|year[- ]on[- ]year|previous\s+year|last\s+year",
    re.I,
)


def _year_before(period: Period) -> str | None:
    """The same period a year earlier: '2023' for 2024, 'January-June 2024' for 2025's."""
    match = re.fullmatch(r"(.*?)(\d{4})", period.text)
    if not match:
        return None
    return f"{match[1]}{int(match[2]) - 1}"


def named_metric(sentence: str) -> str | None:
    """The basic metric (trade, exports, imports, investment) a sentence names, if one."""
    metric = _metric_before(sentence, len(sentence))
    return metric if metric in BASIC_METRICS else None


@lru_cache(maxsize=256)  # each amount of a sentence looks for its metric among the same words
def _metric_words(sentence: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(
        (match.start(), match.end(), metric)
        for pattern, metric in _METRICS
        for match in pattern.finditer(sentence)
    )


def _metric_before(sentence: str, position: int) -> str | None:
    """The metric the amount measures: the nearest metric word before it in its clause,
    else the first after it."""
    best: tuple[int, str] | None = None
    for start, end, metric in _metric_words(sentence):
        if end > position and CLAUSE_BREAK.search(sentence[position:start]):
            continue  # «63 % её территории покрыта лесами, однако древесину … импортируют»
        distance = position - end if end <= position else 1000 + start - position
        if best is None or distance < best[0]:
            best = (distance, metric)
    if best is None or best[0] > 1150:
        return None
    if best[1] == "trade turnover" and _SURPLUS.search(sentence[max(0, position - 60) : position]):
        return "trade surplus"  # "the surplus of the foreign trade in services amounted to"
    return best[1]


_SURPLUS = caseless(r"сальдо|профицит|прафіцыт|surplus", re.I)


def _change_near(found: list[Amount], amount: Amount, sentence: str) -> float | None:
    """A growth in percent given with the amount ('up 24.9% to $8.023 billion'); a
    growth rate of 107.2 % (of the year before) is no rise of 107.2 %, and is left out."""
    for other in sorted(found, key=lambda one: abs(one.start - amount.start)):  # the nearest first
        # "by almost a quarter": a change field holds no qualifier, so it is proposed apart
        if other.unit == "percent" and other.qualifier is None and abs(other.start - amount.start) < 60:
            before = sentence[max(0, other.start - 40) : other.start]
            if _GROWTH_RATE.search(before):
                return None
            after = sentence[other.end : other.end + 30]
            if _GROWTH.search(before) or _GROWTH.search(after) or _MORE.search(after):
                falling = re.search(
                    r"снизил|сократил|упал|знізіў|скараціў|decreas|fell|declin|down", before, re.I
                )
                return -other.value if falling else other.value
    return None


_ITS_PART = caseless(r",\s*(?:из\s+(?:которых|них)|з\s+(?:якіх|іх)|of\s+(?:which|them))\s", re.I)


def whole_before_its_part(
    registry: RegionRegistry, sentence: str, figures: list[Candidate], mentions: list[Mention]
) -> None:
    """«900 млн долларов, из которых 300 млн — с Гомельской областью»: the place named after
    «из которых» is a side of the part only; the whole before it has the side named before
    the words, or that place's country."""
    part = _ITS_PART.search(sentence)
    if part is None:
        return
    after = {m.region.id for m in mentions if m.start > part.start() and not m.adjective}
    before = [m.region for m in mentions if m.end <= part.start() and not m.adjective]
    for candidate in figures:
        if candidate.amount is None or candidate.amount.start > part.start():
            continue
        for side in ("home", "away"):
            region: Region | None = getattr(candidate, side)
            if region is None or region.id not in after:
                continue
            whole = next((r for r in before if r.country_id == region.country_id and r.id != region.id), None)
            if whole is None and region.country_id in registry.regions:
                whole = registry.get(region.country_id)
            if whole is None or whole.id == region.id:
                continue
            setattr(candidate, side, whole)
            candidate.notes.append(f"the whole, of which {region.name}'s is a part: check it")
