"""Whose figure a sentence gives and with whom, once its places are read: a partner's own
exports into Belarus, a partner region's own trade told from its side, the partner of each
sum's own clause, and a partner region's own whole for a share of it."""

from __future__ import annotations

import re

from ..places import HOME_COUNTRY, Region
from ..text.caseless import caseless
from .candidates import Candidate, is_home
from .places import Mention
from .products import is_flow
from .sides import FIRST_LEVEL, country_after_its_place


def exports_of_the_partner(sentence: str, candidate: Candidate) -> bool:
    """Whether the exports the figure counts are the partner's goods («экспорт липецких
    товаров», "exports of Lipetsk goods"): the partner's own exports, with Belarus."""
    if candidate.amount is None or candidate.away is None or candidate.metric is None:
        return False
    if candidate.metric.removeprefix("growth of ") != "exports":
        return False
    names = [name for language, name in candidate.away.names if language in ("ru", "be")]
    stems = {match[1] for name in names if (match := _ADJECTIVE_STEM.match(name))}
    before = sentence[max(0, candidate.amount.start - 70) : candidate.amount.start]
    return any(
        re.search(
            rf"(?:экспорт|экспарт)\w*\s+{re.escape(stem)}\w*\s+(?:товар|прадукц|продукц|издел|выраб)",
            before,
            re.I,
        )
        for stem in stems
    )


def partners_own_flows(sentence: str, figures: list[Candidate], partners_view: bool) -> None:
    """The partner's own exports and imports, told as it reports them: its figure, with
    Belarus, not turned into Belarus's imports and exports (which its statistics count)."""
    for candidate in figures:
        if not is_flow(candidate.metric or "") or candidate.away is None or not is_home(candidate.home):
            continue
        if exports_of_the_partner(sentence, candidate) or belarusian_goods_imported(sentence, candidate):
            # «Объём экспорта липецких товаров увеличился на 12 %, а импорт белорусской продукции
            # в регион вырос на 6 %»: Lipetsk's own exports and imports
            note = f"whose figure: {candidate.away.name}'s own, with Belarus: check it"
        elif partners_view:
            note = "whose figure: the partner's own, as it reports it, with Belarus: check it"
        else:
            continue
        candidate.home, candidate.away = candidate.away, candidate.home
        candidate.notes = [n for n in candidate.notes if not n.startswith("with whom:")] + [note]


def belarusian_goods_imported(sentence: str, candidate: Candidate) -> bool:
    """Whether the imports the figure counts are of Belarusian goods («импорт белорусской
    продукции в регион», "imports of Belarusian products"): the partner's own imports."""
    if candidate.amount is None or not (candidate.metric or "").removeprefix("growth of ").startswith(
        "imports"
    ):
        return False
    return bool(
        _BELARUSIAN_GOODS.search(sentence, max(0, candidate.amount.start - 90), candidate.amount.start)
    )


_BELARUSIAN_GOODS = caseless(r"импорт\w*\s+белорусск|імпарт\w*\s+беларуск|imports?\s+of\s+Belarusian", re.I)
_ADJECTIVE_STEM = re.compile(r"([А-ЯЁІЎ][а-яёіў-]+?(?:ск|цк))(?:ая|ий|і|ае)\s")


def partner_in_clause(sentence: str, partners: list[Mention], candidate: Candidate) -> Region | None:
    """Of several partners a sentence names, the one in the amount's own clause, nearest
    before it; None where the sentence names one partner or the clause none."""
    # «Кировская область РФ»: the country written after its region is no partner of its own
    partners = [m for m in partners if not country_after_its_place(m, partners, gap=3)]
    if candidate.amount is None or len({m.region.id for m in partners}) < 2:
        return None
    before = [m for m in partners if m.end <= candidate.amount.start]
    if not before:
        return None
    nearest = max(before, key=lambda m: m.end)
    between = sentence[nearest.end : candidate.amount.start]
    return None if _CLAUSE_END.search(between) else nearest.region


_CLAUSE_END = caseless(r"[;]|,\s+(?:а|но|в|во|на|у|ў|из|из-за|and|but|while|with)\s|\sсоответственно", re.I)


INTO_BELARUS = caseless(
    r"\b(?:в|во)\s+(?:Беларусь|Белоруссию|Республику\s+Беларусь)\b|\bу\s+Беларусь\b|"
    r"\bto\s+Belarus\b",
    re.I,
)
_PARTNERS_WHOLE = caseless(
    r"региональн\w+|рэгіянальн\w+|\bregional\b|\bдля\s+[А-ЯЁ]|"
    # «более 50% от всех сделок Тульской области»: the whole is the region's
    r"(?-i:\b(?:от|ад)\s+(?:всех|всего|общего|общей|усіх|агульнага)\s+\w+\s+[А-ЯЁІЎ])|"
    # «Доля Беларуси в общем внешнеторговом обороте области»: in a region's own words, its whole
    r"(?:обороте|товарообороте|экспорте|импорте|абароце|экспарце|імпарце)\s+(?:области|региона|края|вобласці|рэгіёна)\b|"
    # «четверти всего внешнеэкономического оборота Курской области»: the region's own whole named
    r"(?:оборот[аеу]?|товарооборот[аеу]?)\s+(?-i:[А-ЯЁ])[а-яё]+\s+(?:области|края|республики)\b|"
    r"(?-i:\bof\s+(?:all|the\s+total)\s+\w+\s+of\s+[A-Z])",
    re.I,
)
_TRADED = ("exports", "imports")
_CAPITAL_AFTER = caseless(r"\s+(?:капитал|капітал|capital)", re.I)
_BELARUSIAN_CAPITAL = caseless(r"белорусск\w*\s+капитал|беларуск\w*\s+капітал|Belarusian\s+capital", re.I)
# investment that came from the partner: "investments from Kazakhstan", "Russian investments",
# «иностранные инвестиции», «инвестиции из Китая», «прямыя інвестыцыі з Расіі»
_RECEIVED = caseless(
    r"\binvestments?\s+from\b|\b(?:foreign|(?!Belarusian)[A-Z][a-z]+(?:an|ese|i|sh))\s+(?:direct\s+)?investments?\b|"
    r"(?:инвестици|інвестыцы)\w*\s+(?:из|з|от|ад)\s(?!Беларус|Белорус)|"
    r"(?:иностранн|замежн|\b(?!белорусск|беларуск)[а-яёіў]+ск)\w*\s+(?:прям\w*\s+)?(?:инвестици|інвестыцы)",
    re.I,
)
# «правительства региона», «глава региона»: the partner region a story from its side speaks of
_THE_REGION = caseless(r"\b(?:правительств|губернатор|глав|администраци)\w*\s+(?:нашего\s+)?региона\b", re.I)
# a region the sentence does not name: «нашего региона», «в регионе», "our region"
_AN_UNNAMED_REGION = caseless(
    r"\b(?:нашего|нашей|нашем|нашему|нашага|нашай|нашым)\s+(?:региона|регионе|области|края|рэгіёна|рэгіёне|вобласці)\b|"
    r"\b(?:в|у)\s+(?:регионе|рэгіёне)\b|\bour\s+region\b",
    re.I,
)
_BELARUS_AS_WITH = caseless(r"\b(?:с|со)\s+(?:республикой|Беларусью|Белоруссией)|\bwith\s+Belarus\b", re.I)


def speaks_of_the_region(sentence: str) -> bool:
    """Whether the sentence speaks of "the region" unnamed («правительства региона»), as a
    story from the partner's side does of its own."""
    return bool(_THE_REGION.search(sentence))


def settle_figures(
    sentence: str,
    figures: list[Candidate],
    partners: list[Mention],
    owner_abroad: Region | None,
    story_partner: Region | None = None,
    home_before: Region | None = None,
    abroad: tuple[Mention, ...] = (),
) -> list[Candidate]:
    """The sentence's figures with their sides as a desk reads them: a partner's own
    exports into Belarus, a partner region's own trade with Belarus, the partner of each
    sum's own clause, no partner for a count of markets, and a partner region's own whole
    for a share of it."""
    into_belarus = bool(INTO_BELARUS.search(sentence))
    settled = []
    for candidate in figures:
        flow = candidate.metric.removeprefix("growth of ") if candidate.metric else ""
        traded = flow in _TRADED
        speaker = candidate.away or (story_partner if _THE_REGION.search(sentence) else None)
        if (
            candidate.home.id == HOME_COUNTRY
            and speaker is not None
            and speaker.kind in FIRST_LEVEL
            # a flow with the partner named is turned as Belarus sees it, later, not here
            and ((candidate.away is None and traded) or flow == "trade turnover")
            and (candidate.away is None or _BELARUS_AS_WITH.search(sentence))
        ):
            # «Зампред правительства региона: … товарооборот вырос на 18 %», «товарооборот с
            # республикой вырос на 57 %»: the partner region's own figure, with Belarus
            candidate.home, candidate.away = speaker, candidate.home
            candidate.notes.append(f"whose figure: {speaker.name}'s, with Belarus: check it")
        if into_belarus and traded and candidate.home.id == HOME_COUNTRY:
            if candidate.away is None:
                continue  # «…ский экспорт в Беларусь» with no partner named: not Belarus's exports
            # «Экспорт Волгоградской области в Беларусь вырос на 30 %»: the partner's exports
            candidate.home, candidate.away = candidate.away, candidate.home
            candidate.notes.append(f"whose figure: {candidate.home.name}'s, into Belarus: check it")
        if flow == "investment" and candidate.away is not None and _RECEIVED.search(sentence):
            # "Foreign direct investments from Kazakhstan", «российские инвестиции»: into the home side
            candidate.metric = f"{candidate.metric} received"
        if (
            flow in ("share of trade turnover", "share of exports", "share of imports")
            and candidate.away is None
            and home_before is not None
            and candidate.home.country_id != HOME_COUNTRY
        ):
            # "Russia's share in foreign trade has been in excess of 80%" in a story of Gomel Oblast:
            # Russia's part in the oblast's whole
            candidate.home, candidate.away = home_before, candidate.home
            candidate.notes.append(f"the whole is {home_before.name}'s, from an earlier sentence: check it")
        capital_of = next(
            (m.region for m in abroad if m.adjective and _CAPITAL_AFTER.match(sentence, m.end)), None
        )
        if candidate.metric == "companies with the partner's capital" and capital_of is not None:
            candidate.away = capital_of  # «с российским капиталом» in a story of Omsk: Russia's capital
        if (
            candidate.metric == "companies with the partner's capital"
            and candidate.away is not None
            and candidate.home.country_id == HOME_COUNTRY
            and _BELARUSIAN_CAPITAL.search(sentence)
        ):
            # "15 organizations with Belarusian capital registered here" in Primorsky Krai: the
            # partner's companies, of Belarusian capital
            candidate.home, candidate.away = candidate.away, candidate.home
        if candidate.home.id == HOME_COUNTRY and _AN_UNNAMED_REGION.search(sentence):
            # «оборот нашего региона с предприятиями Беларуси», «в регионе работают 22 совместных
            # предприятия», told from the partner's side: the region's figure, not the country's
            if story_partner is None or story_partner.kind not in FIRST_LEVEL:
                continue
            candidate.home, candidate.away = story_partner, candidate.home
            candidate.notes.append(
                f"whose figure: {story_partner.name}'s, the region the story is of: check it"
            )
        clause_partner = partner_in_clause(sentence, partners, candidate)

        if clause_partner is not None and candidate.away is not None and owner_abroad is None:
            # «на страны ЕАЭС пришлось $617 млн, в Российскую Федерацию — поставки на $590 млн»
            candidate.away = clause_partner
        if candidate.metric is not None and candidate.metric.startswith("countries supplied"):
            candidate.away = None  # «на рынки 74 стран»: all of them, no one partner
        if (
            candidate.metric is not None
            and candidate.metric.startswith("share of")
            and candidate.home.id == HOME_COUNTRY
            and candidate.away is not None
            and candidate.away.kind != "country"
            and _PARTNERS_WHOLE.search(sentence)
        ):
            # «Белоруссия для Брянской области … на долю которого приходится 60 % регионального
            # товарооборота»: the whole is the partner's, Belarus its part
            candidate.home, candidate.away = candidate.away, candidate.home
            candidate.notes.append(f"the whole is {candidate.home.name}'s: check it")
        settled.append(candidate)
    return settled


_PARTNERS_AFTER = caseless(r"\s+(?:partners?|партн[её]р\w*|партнэр\w*)\b", re.I)


def partners_by_adjective(sentence: str, aways: list[Mention]) -> Region | None:
    """The partner named by its adjective before «партнёры» ("its African partners",
    «китайские партнёры»), if one."""
    named = {m.region.id: m.region for m in aways if m.adjective and _PARTNERS_AFTER.match(sentence, m.end)}
    return next(iter(named.values())) if len(named) == 1 else None


_OWNER_FROM_BEFORE = "whose figure: the sentence names no Belarusian place;"


def owners_told_next(text: str, candidates: list[Candidate]) -> None:
    """A figure whose owner came from an earlier sentence takes the owner the next
    sentence's figure of the same measure and partner names: «In 2021, our trade rose 2.1
    times… In January-March 2022, the trade of the Republic of Belarus with Khabarovsk
    Territory amounted to…» are one series, Belarus's, whoever spoke."""
    figures = [c for c in candidates if c.kind == "figure" and c.metric]
    for figure in figures:
        if not any(note.startswith(_OWNER_FROM_BEFORE) for note in figure.notes):
            continue
        told = next(
            (
                c
                for c in figures
                if figure.end < c.start
                and "\n\n" not in text[figure.end : c.start]
                and not text[figure.end : c.start].strip()  # the very next sentence
                and not any(note.startswith(_OWNER_FROM_BEFORE) for note in c.notes)
            ),
            None,
        )
        if (
            told is None
            or told.home is figure.home
            or told.away is not figure.away
            or (told.metric or "").removeprefix("growth of ")
            != (figure.metric or "").removeprefix("growth of ")
        ):
            continue
        figure.home = told.home
        figure.notes[:] = [n for n in figure.notes if not n.startswith(_OWNER_FROM_BEFORE)]
        figure.notes.append(
            f"{_OWNER_FROM_BEFORE} {told.home.name}, as the figure of the sentence after it: check it"
        )
