"""Ties and documents a sentence tells of: a twinning or friendly ties with their date,
an agreement, memorandum, roadmap or programme signed (with its years or the year it
runs to), a list of ties with their years, and pairs joined by a dash; none where the
sentence counts ties on record or speaks of a plan."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..places import HOME_COUNTRY, Region, RegionRegistry
from ..text.caseless import Caseless, caseless
from . import lists, sides, venues
from .articles import Article
from .candidates import Candidate, is_home
from .dating import (
    SINCE,
    WILL_BECOME_TWINS,
    date_of,
    dated_by_article_only,
)
from .events import COUNTED, COUNTED_DOCUMENTS, COUNTED_PARTNERS
from .occasions import occasion_at
from .periods import horizons, year_ranges
from .places import Mention

TIES = (
    (
        caseless(r"стратегическ\w+\s+партн[её]р|стратэгічн\w+\s+партн[её]р|strategic\s+partner", re.I),
        "strategic partners",
    ),
    (caseless(r"побратим|пабрацім|twinn|sister[- ]cit|twin\s+cit", re.I), "twinned"),
    (
        caseless(
            r"дружеств|дружеск|дружб\w+\s+(?:и|і)\s+сотруднич|сяброўск|friendly\s+(?:ties|relations)", re.I
        ),
        "friendly",
    ),
    (
        caseless(
            r"партн[её]рск\w+\s+(?:связ|отношени|сувяз|адносін)|partnership\s+(?:ties|relations|agreement)|"
            r"партн[её]рств\w*\s+(?:установлен|устаноўлен)\w*|"
            r"(?:соглашени|пагадненн)\w*\s+(?:о|аб)\s+партн[её]рстве",
            re.I,
        ),
        "partners",
    ),
)
DOCUMENTS = (
    (caseless(r"о\s+намерениях|аб\s+намерах|of\s+intent", re.I), "protocol of intent"),
    (caseless(r"дорожн\w+\s+карт|дарожн\w+\s+карт|road\s?map", re.I), "roadmap"),
    (caseless(r"меморандум|мемарандум|memorand", re.I), "memorandum"),
    (
        # a programme of something, not «Программа насыщенная» (a visit's programme)
        caseless(
            r"программ\w*\s+(?:сотрудничеств|развити|совместн|мероприят|действий|на\s+\d{4})|"
            r"праграм\w*\s+(?:супрацоўніцтв|развіцц|сумесн|мерапрыем|дзеянняў|на\s+\d{4})|"
            r"(?:cooperation\s+)?program(?:me)?\s+(?:of|for|on)\s+(?:cooperation|joint|development)",
            re.I,
        ),
        "programme",
    ),
    (
        caseless(
            r"план\w*\s+(?:совместных\s+)?мероприят|план\w*\s+(?:сумесных\s+)?мерапрыем|action\s+plan",
            re.I,
        ),
        "action plan",
    ),
    (caseless(r"план\w*\s+действий|план\w*\s+дзеянняў|plan\s+of\s+action", re.I), "plan of action"),
    (
        caseless(r"план\w*\s+сотрудничества|план\w*\s+супрацоўніцтва|cooperation\s+plan", re.I),
        "cooperation plan",
    ),
    (
        caseless(
            r"соглашени|пагадненн|agreement|accord\b|договор\w*\s+о\s+сотрудничеств|дагавор\w*\s+аб\s+супрацоўніцтв",
            re.I,
        ),
        "agreement",
    ),
    (caseless(r"протокол|пратакол|protocol", re.I), "protocol"),
)
_SIGNED = caseless(
    r"подписа|падпіса|заключ|утверд|утвержд|зацверд|установ|устанав|усталяв|\bстали\b|\bсталі\b|"
    r"закреплен\w*\s+документально|замацаван\w*\s+дакументальна|"
    # «Тольятти и Бобруйск закрепили побратимские отношения 6 июня 2022 года»
    r"(?:закрепил|замацавал)\w*(?=\s+(?:\S+\s+){0,2}(?:побратим|пабрацім|дружеск|сяброўск|партн))|"
    r"\bsign(?:ed|ing|s)?\b|\bconclud|\bapprov|\badopt|\bestablish|\bbecame\b|\b(?:have|has)\s+become\b|\bhave\s+been\s+twinned",
    re.I,
)


_EXECUTIVE_COMMITTEE = caseless(r"исполком|выканкам|executive\s+committee", re.I)
# a document meant, not made: "the location for establishing a cooperation agreement as quickly as
# possible", «для заключения соглашения», «в кратчайшие сроки»
_INTENDED = caseless(
    r"\b(?:for|to)\s+(?:establishing|establish|concluding|conclude|signing)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
    r"(?:agreement|memorandum)|\bas\s+(?:quickly|soon)\s+as\s+possible|в\s+кратчайшие\s+сроки|"
    r"(?:для|с\s+целью)\s+(?:заключения|подписания)\s+(?:\w+\s+)?соглашени|"
    r"(?:для|з\s+мэтай)\s+(?:заключэння|падпісання)\s+(?:\w+\s+)?пагадненн",
    re.I,
)
_DASH_PAIR = re.compile(r"^\s*[-–—]\s*$")


def dash_pairs(
    article: Article,
    sentence: str,
    start: int,
    end: int,
    mentions: list[Mention],
    registry: RegionRegistry,
    ahead: bool,
) -> Iterator[Candidate]:
    """Ties given as pairs: «Могилёв — Нанкин, Бобруйск — Уси», "Mogilev - Nanjing"."""
    tie = next((stage for pattern, stage in TIES if pattern.search(sentence)), None)
    if tie is None:
        return
    pairs = [
        (one, other)
        for one, other in itertools.pairwise(mentions)
        if is_home(one.region)
        and not is_home(other.region)
        and _DASH_PAIR.match(sentence[one.end : other.start])
    ]
    if len(pairs) < 2:
        return
    notes: list[str] = []
    date = date_of(article, sentence, ahead, notes)
    if not date:
        return
    cities = bool(sides.CITIES.search(sentence))
    for home, away in pairs:
        region = sides.as_city(home.region, mentions, cities or away.region.kind == "city")
        yield Candidate(
            "twinning", region, away.region, date, sentence, start, end, tie=tie, notes=list(notes)
        )


_YEAR_AFTER = caseless(
    r"\s*(?:province|region|oblast|city|провинци\w*|област\w*)?\s*\((?:since\s+|с\s+|з\s+)?(?P<year>(?:19|20)\d\d)\)",
    re.I,
)


_CAPITAL, _CAPITAL_OBLAST = "minsk", "minsk-oblast"
_CAPITAL_WORD = caseless(r"capital|столиц|сталіц", re.I)
_CAPITAL_ENTRY = caseless(r"(?:capital|столиц\w*|сталіц\w*)\s*[:—–]", re.I)  # "the capital: Changchun (1992)"


def tie_list(
    sentence: str,
    start: int,
    end: int,
    mentions: list[Mention],
    registry: RegionRegistry,
    listing: str | None = None,
    following: str = "",
) -> Iterator[Candidate]:
    """Ties listed with their years: «Брестская область — Хубэй (1994), Цинхай (2015);
    Витебская — Шаньдун (2004)…», "Gomel - Inner Mongolia (2011) and Sichuan (2011)":
    each partner with the year in brackets after it, paired with the Belarusian place
    named last before it."""
    tie = next((stage for pattern, stage in TIES if pattern.search(sentence)), listing)
    if tie is None:
        return
    home: Region | None = None
    listed = []
    # "Mogilev: …; Minsk: Chongqing (2002)…; the Belarusian capital: Changchun (1992)": where
    # the list names the capital apart, the plain «Minsk» among the oblasts is the oblast
    capital_apart = bool(_CAPITAL_ENTRY.search(sentence + " " + following))
    for mention in mentions:
        if is_home(mention.region):
            home = mention.region
            if (
                capital_apart
                and home.id == _CAPITAL
                and not _CAPITAL_WORD.search(sentence[mention.start : mention.end])
                and _CAPITAL_OBLAST in registry.regions
            ):
                home = registry.get(_CAPITAL_OBLAST)
            continue
        bracket = _YEAR_AFTER.match(sentence, mention.end)
        if home is not None and bracket and mention.region.kind != "country":
            listed.append((home, mention.region, bracket["year"]))
    if len(listed) < (1 if listing else 2):
        return
    seen = set()
    for home_region, away_region, year in listed:
        home_region = sides.as_city(
            home_region, mentions, away_region.kind == "city" or bool(sides.CITIES.search(sentence))
        )
        if (home_region.id, away_region.id) in seen:
            continue
        seen.add((home_region.id, away_region.id))
        yield Candidate("twinning", home_region, away_region, year, sentence, start, end, tie=tie)


_KIND_AFTER = caseless(
    r"\s+(?:провинц|област|регион|город|горад|правінц|вобласц|рэгіён|province|city|region)", re.I
)


def _unnamed_unit_of(sentence: str, mentions: list[Mention], country: Region) -> bool:
    """Whether the country is named only as the adjective of an unnamed province or city
    («с этой вьетнамской провинцией», "a Chinese city"): the partner is not the country."""
    named = [m for m in mentions if m.region.id == country.id]
    return bool(named) and all(m.adjective and _KIND_AFTER.match(sentence, m.end) for m in named)


_APPROVED = caseless(r"утверд|утвержд|зацверд|\bapprov|\badopt", re.I)
_SIGNED_AS_SUCH = caseless(r"подписа|падпіса|\bsign|заключ|заключа|\bconclud", re.I)
_TOWNS_OF = caseless(
    r"(?:^|\s)(?:города|городов|гарады|гарадоў|районы|раёны|cities|towns|districts)\s+(?:of\s+)?$", re.I
)
_RENEWED = caseless(
    r"\b(?:обновил\w*|продлил\w*|продлен\w*|перезаключ\w*|пролонгир\w*|абнавіл\w*|падоўжыл\w*|"
    r"updated|renewed|prolonged|re-?signed|resigned)\b",
    re.I,
)
_THE_LATTER = caseless(r"\bс\s+последн(?:ей|им)\b|\bз\s+апошн(?:яй|ім)\b|\bwith\s+the\s+latter\b", re.I)
# «Инициатива о подписании соглашения … была озвучена», «вопрос подписания обсуждался»: talk of a
# signing, no signing
_SIGNING_TALKED_OF = caseless(
    # (a word of its own: «запланировано подписание» is a signing planned, no plan talked of)
    r"\b(?:инициатив\w*|вопрос\w*|предложени\w*|иде[яи]|план\w*)\s+(?:о\s+|по\s+)?подписани\w*|"
    r"\b(?:ініцыятыв\w*|пытанн\w*|прапанов\w*|план\w*)\s+(?:аб\s+|па\s+)?падпісанн\w*|"
    r"(?:initiative|proposal|idea|question|plans?)\s+(?:to\s+sign|of\s+signing)|"
    # «выразив заинтересованность в подписании протокола»: a signing wished for
    r"\b(?:заинтересованност\w*|заинтересован\w*|зацікаўленасц\w*|зацікаўлен\w*)\s+(?:в|у)\s+(?:\w+\s+)?(?:подписани|падпісанн)\w*|"
    r"\binterest(?:ed)?\s+in\s+signing",
    re.I,
)
# «с момента подписания Соглашения прошло чуть больше года»: a signing told as background
_SINCE_THE_SIGNING = caseless(
    r"с\s+момента\s+подписани|после\s+подписани|з\s+моманту\s+падпісанн|(?:since|after)\s+the\s+signing", re.I
)
# «пагадненні з шэрагам правінцый КНР»: documents with several places of a country, none named
# («подписание соглашения» is one agreement, in the genitive)
_UNNAMED_DOCUMENTS = caseless(
    r"(?<!подписание\s)(?<!подписания\s)(?<!подписанию\s)(?<!заключение\s)(?<!заключения\s)"
    r"(?:соглашения|документы|меморандумы|пагадненні|дакументы|мемарандумы|agreements|documents|memoranda)\b",
    re.I,
)
_SEVERAL = caseless(r"\bряд\w*\b|шэраг\w*|нескольк\w*|некальк\w*|\bnumber\s+of\b|\bseveral\b", re.I)


def _first_document(sentence: str) -> str | None:
    """The kind of document the sentence names first ("an agreement on friendship …, as well
    as a memorandum linking two hospitals": the agreement); of two words at one place, the
    table's order decides («протокол о намерениях» is a protocol of intent)."""
    found = [
        (match.start(), order, name)
        for order, (pattern, name) in enumerate(DOCUMENTS)
        if (match := pattern.search(sentence))
    ]
    if not found:
        return None
    first = min(found)
    # "an agreement of intent", «соглашение о намерениях»: of intent, said just after it
    intent = [at for at, _, name in found if name == "protocol of intent" and 0 <= at - first[0] <= 30]
    return "protocol of intent" if intent else first[2]


_WITH_SPAN = ("roadmap", "programme", "action plan", "plan of action", "cooperation plan", "agreement")


def _document_before(sentence: str, at: int) -> str | None:
    """The kind of document named last before ``at``: whose years a span there gives."""
    found = [
        (match.start(), name)
        for pattern, name in DOCUMENTS
        for match in pattern.finditer(sentence, 0, at)
        if not _THIS_ONE.search(sentence, 0, match.start())
    ]
    return max(found)[1] if found else None


# "to implement the cooperation agreement", «по реализации соглашения»: the one another document serves
_THIS_ONE = caseless(
    r"(?:\b(?:this|that|этого|данного|указанного|гэтага|дадзенага)|\bimplement\w*(?:\s+the)?(?:\s+\w+)?|"
    r"реализаци\w*|рэалізацы\w*|выполнени\w*|выкананн\w*)\s+$",
    re.I,
)


def _keyword(sentence: str, table: tuple[tuple[Caseless, str], ...]) -> int:
    """Where the first word of ``table`` stands in the sentence, not in a forum's name («В рамках
    XII Форума городов-побратимов … подписание соглашения об установлении побратимских связей»)."""
    named = [match.span() for match in _FORUM_OF_TWINS.finditer(sentence)]
    found = [
        match.start()
        for pattern, _ in table
        for match in pattern.finditer(sentence)
        if not any(start <= match.start() < end for start, end in named)
    ]
    return min(found) if found else 0


_FORUM_OF_TWINS = re.compile(
    r"[Фф]орум\w*\s+(?:городов|гарадоў)-(?:побратимов|пабрацімаў)|Forum\s+of\s+(?:the\s+)?(?:Twin|Sister)\s+Cities"
)


_TOWARDS_A_TIE = caseless(
    r"(?:в\s+условиях|для|по|в\s+рамках|с\s+целью|на\s+пути\s+к|ва\s+ўмовах|дзеля|з\s+мэтай|"
    # «Стороны обсудили установление побратимских отношений»: talked of, not made
    r"обсудили|обсуждали|обсуждался\s+вопрос|обмеркавалі|абмеркавалі)\s+"
    r"(?:установлени|устанаўленн|усталяванн)\w*|\b(?:towards|for|aimed\s+at|discussed|discussing)\s+"
    r"(?:the\s+)?establish(?:ing|ment)\b",
    re.I,
)
_ONE_SIDES_DECISION = caseless(
    r"\W*(?:(?:Такое|Соответствующее|Это)\s+решени\w*[^.]{0,40}?\b(?:принял\w*|принят\w*|утвердил\w*)|"
    r"(?:Такое|Адпаведнае|Гэтае)\s+рашэнн\w*[^.]{0,40}?\b(?:прынял\w*|прыняў|прынят\w*|зацвердзіл\w*)|"
    r"(?:The|This|Such\s+a)\s+decision\s+was\s+(?:taken|made|adopted)\s+by)"
    r"[^.]{0,40}?\b(?:депутат|совет|собрани|дум|сесси|дэпутат|савет|сход|deputies|council|assembly|duma)",
    re.I,
)


# «соглашение об установлении дружественных отношений», "an agreement on establishing sister-city ties"
_ESTABLISHING_A_TIE = caseless(
    r"\b(?:об|аб)\s+(?:установлении|устанаўленні|усталяванні)\s+[^.]{0,40}?(?:отношени|связ|адносін|сувяз|"
    r"побратим|пабрацім)|\bon\s+(?:the\s+)?establish(?:ing|ment)\s+[^.]{0,40}?(?:relations|ties|twin|sister)",
    re.I,
)
_TO_BE_SIGNED = caseless(
    r"будет\s+подписан\w*|будут\s+подписан\w*|подпиш(?:ет|ут)|(?:планиру\w+|намерен\w*)\s+подписать|"
    # «в ходе встречи планируется подписание соглашения», «предстоит подписать»
    r"(?:планиру\w+|запланирован\w*|ожида\w+|предстоит)\s+(?:подписание|подписать)|"
    r"(?:плануецца|запланавана|чакаецца)\s+(?:падпісанне|падпісаць)|"
    # «Подписание соглашения … планируется 15 мая»
    r"\b(?:подписани|падпісанн)\w*(?=[^.]*\b(?:планиру|запланирован|намечен|плануецца|запланаван))|"
    r"будзе\s+падпісан\w*|будуць\s+падпісан\w*|падпіш(?:а|уць)|"
    # «Завтра, 19 ноября, должны подписать побратимский договор»
    r"должн\w*\s+(?:быть\s+)?подпис\w*|павінн\w*\s+(?:быць\s+)?падпіс\w*|"
    r"\bwill\s+(?:be\s+)?sign(?:ed)?\b|\b(?:is|are)\s+to\s+be\s+signed\b|\bplan\s+to\s+sign\b|"
    + WILL_BECOME_TWINS,
    re.I,
)


def _planned_signing(
    article: Article,
    sentence: str,
    start: int,
    end: int,
    home: Region,
    away: Region,
    tie: str | None,
    mentions: list[Mention],
    following: str,
) -> Iterator[Candidate]:
    """The signing the sentence announces, dated by a day it names (a plan with no day of
    its own is no news to file)."""
    notes: list[str] = []
    date = date_of(article, sentence, True, notes, _keyword(sentence, DOCUMENTS), following)
    if article.date is not None and (
        (tie == "twinned" and re.search(WILL_BECOME_TWINS, sentence, re.I))
        or (tie in ("twinned", "friendly", "partners") and _ESTABLISHING_A_TIE.search(sentence))
    ):
        # «Мінск і Ерэван стануць гарадамі-пабрацімамі», «планируем подписать соглашение об установлении
        # дружественных отношений между Сочи и Минском»: a tie announced is news without a day,
        # on record from the month it was reported, as the base files undated plans
        if not date or dated_by_article_only(notes):
            date = f"{article.date:%Y-%m}"
            notes[:] = ["announced without a day: filed under the month it was reported"]
    elif not date or dated_by_article_only(notes) or article.date is None:
        return
    town = home.kind == "city" or away.kind == "city"
    home, away = sides.as_city(home, mentions, town), sides.as_city(away, mentions, town)
    event = {"twinned": "twinning signing", "friendly": "friendship signing"}.get(tie or "", "signing")
    candidate = Candidate("event", home, away, date, sentence, start, end, event=event, notes=notes)
    candidate.occasion = occasion_at(sentence)  # «подписание … в рамках ХII Форума городов-побратимов»
    candidate.reported = article.date.isoformat()
    candidate.notes.append("announced: a plan, not yet an event")
    yield candidate


def _standing_twins(
    article: Article,
    sentence: str,
    start: int,
    end: int,
    home: Region,
    away: Region,
    mentions: list[Mention],
    named: str,
) -> Iterator[Candidate]:
    """A tie standing on the article's day, begun when it does not say ("Kazan and Minsk are twin
    cities")."""
    if article.date is None:
        return
    home = sides.as_city(home, mentions, away.kind == "city" or bool(sides.CITIES.search(named)))
    year = str(article.date.year)
    notes = [f"told as standing: on record by {year}, not when it began"]
    yield Candidate(
        "twinning", home, away, year, sentence, start, end, tie="twinned", dated_by=True, notes=notes
    )


# what a verb of being names a tie by: «являются городами-побратимами», "is a sister city"
_TWIN_AFTER = r"\s+(?:\S+\s+){0,2}?(?:город\w*-|горад\w*-)?(?:побратим|пабрацім|twin|sister)"
_ARE_TWINS = caseless(
    # («являющегося побратимом»: the twin named in a clause of its own)
    r"\b(?:являются|является|являлись|являющ\w+|з['’]яўляюцца|з['’]яўляецца|з['’]яўляюч\w+|are|is)"
    + _TWIN_AFTER,
    re.I,
)
# «мэр … г. Муданьцзян, являющегося побратимом Полоцкого района»: a tie told in a clause of its
# own, standing whatever else the sentence tells
_TWINS_CLAUSE = caseless(
    r"\b(?:являющ\w+|з['’]яўляюч\w+|which\s+is|that\s+is)" + _TWIN_AFTER,
    re.I,
)
_THESE_DOCUMENTS = caseless(
    r"\b(?:эти|этих|гэтыя|гэтых|these|those)\s+(?:[\w-]+\s+)?(?:соглашени[яй]|документ(?:ы|ов)|меморандум(?:ы|ов)|"
    r"пагадненн?(?:і|яў)|дакумент(?:ы|аў)|agreements|documents|memoranda|memorandums)\b",
    re.I,
)


def ties_and_documents(
    registry: RegionRegistry,
    article: Article,
    sentence: str,
    start: int,
    end: int,
    home: Region | None,
    away: Region | None,
    ahead: bool,
    mentions: list[Mention],
    following: str = "",
) -> Iterator[Candidate]:
    if home is None or away is None or (home.id == HOME_COUNTRY and away.kind == "country"):
        return
    if mentions and _TOWNS_OF.search(sentence, 0, mentions[0].start):
        return  # «Города Чувашии и Беларуси стали побратимами»: towns the sentence does not name
    if not any(is_home(m.region) for m in mentions) and _UNNAMED_DOCUMENTS.search(sentence):
        return  # «Подписаны новые соглашения.»: documents of no sides the sentence names
    if _BETWEEN_FIRMS.search(sentence):
        return  # «между предприятием "Конус" … и российским предприятием "КМ-профиль"»: firms', not places
    if _THESE_DOCUMENTS.search(sentence) and not any(pattern.search(sentence) for pattern, _ in TIES):
        return  # «Эти соглашения были подписаны во время визита в Новосибирск»: told before, where signed
    document = _first_document(sentence)
    at_home = [m for m in mentions if is_home(m.region) and m.region.id != HOME_COUNTRY]
    if (
        document
        and at_home
        and all(venues.named_as_where(sentence, m) for m in at_home)
        and not _EXECUTIVE_COMMITTEE.search(sentence)  # («в Гомеле председатель облисполкома … подписали»)
    ):
        return  # «делегация … подписала в Минске ряд соглашений»: where it was signed, not with whom
    tie = next((stage for pattern, stage in TIES if pattern.search(sentence)), None)
    signed = bool(_SIGNED.search(sentence) or SINCE.search(sentence) or _IN_FORCE_NOW.search(sentence))
    signed = signed and not _INTENDED.search(
        sentence
    )  # "…for establishing an agreement as quickly as possible"
    keyword = _keyword(sentence, TIES if tie else DOCUMENTS)
    words_at = [keyword, _keyword(sentence, DOCUMENTS)] if document else [keyword]
    home, away, named = sides.sides_of(registry, sentence, keyword, mentions, home, away)
    on_record = (
        _SINCE_THE_SIGNING.search(sentence)
        or _SIGNING_TALKED_OF.search(sentence)
        or any(COUNTED.search(sentence[max(0, at - 25) : at]) for at in words_at)
        or any(COUNTED_PARTNERS.match(sentence, at, at + 60) for at in words_at)
        or COUNTED_DOCUMENTS.search(sentence)
        or (away.kind == "country" and _SEVERAL.search(sentence))
        or (away.kind == "country" and _unnamed_unit_of(sentence, mentions, away))
    )
    if ahead and not on_record and (tie == "twinned" or document) and _TO_BE_SIGNED.search(sentence):
        # «Соглашение о побратимстве будет подписано 5 июля»: a signing announced for a day
        yield from _planned_signing(article, sentence, start, end, home, away, tie, mentions, following)
        return
    if (ahead or on_record) and tie == "twinned" and _TWINS_CLAUSE.search(sentence):
        yield from _standing_twins(article, sentence, start, end, home, away, mentions, named)
        return
    if ahead or on_record:
        # «планирует заключить еще три соглашения», "are expected to sign": a plan;
        # «связывают пять соглашений»: ties on record, not one signed today
        return
    home = sides.side_by_body(registry, home, sentence) or home
    latter = _THE_LATTER.search(sentence)
    named_before = [
        m
        for m in mentions
        if is_home(m.region) and m.region.id != HOME_COUNTRY and latter and m.end <= latter.start()
    ]
    if latter and named_before:
        # «…с Брестской и Гродненской областями, причём соглашение с последней было заключено в 2023 году»
        home = named_before[-1].region
    # "the administrations of Voronezh and the Frunzensky District of Minsk": a town's partner is a town
    parent = registry.regions.get(home.parent or "")
    # "Brest signed sister-city agreements with Omsk": towns, whatever else the names mean
    sister_cities = bool(tie and _SISTER_CITIES.search(sentence))
    town = home.kind == "city" or (parent is not None and parent.kind == "city") or sister_cities
    as_named = away
    away = sides.as_city(away, mentions, town)
    home = sides.as_city(home, mentions, sister_cities)
    if tie and _TOWARDS_A_TIE.search(sentence):
        return  # «важно в условиях установления побратимских связей»: ties on the way, none made
    if tie and _ONE_SIDES_DECISION.match(following):
        # «…установлены партнёрские отношения. Такое решение приняли депутаты Курского городского
        # Собрания»: one side's council decided; no tie of both is on record yet
        return
    if tie and (signed or SINCE.search(sentence)) and document in (None, "agreement", "protocol"):
        notes: list[str] = []
        date = date_of(article, sentence, ahead, notes, _keyword(sentence, TIES), following)
        if (
            date
            and dated_by_article_only(notes)
            and _RENEWED.search(f"{article.title} {sentence} {following[:300]}")
        ):
            return  # "updated their twinning agreements", "resigned and prolonged": the tie is older
        if date:
            home = sides.as_city(home, mentions, away.kind == "city" or bool(sides.CITIES.search(named)))
            # "sister-city agreements with Omsk and with Astrakhan": a tie with each, where one
            # Belarusian place is named («Гомель и Гродно … с Гянджой, Габалой и Сумгаитом» pairs no list)
            one_home = (
                len({m.region.id for m in mentions if is_home(m.region) and m.region.id != HOME_COUNTRY}) == 1
            )
            joined = [
                (home, sides.as_city(other, mentions, town))
                for other in (lists.joined_partners(sentence, mentions, as_named) if one_home else [])
            ]
            for side, partner in lists.respective_pairs(sentence, mentions) or [(home, away), *joined]:
                yield Candidate(
                    "twinning", side, partner, date, sentence, start, end, tie=tie, notes=list(notes)
                )
        return
    if tie == "twinned" and document is None and _ARE_TWINS.search(sentence):
        yield from _standing_twins(article, sentence, start, end, home, away, mentions, named)
        return
    if document and signed:
        home = sides.as_city(home, mentions, away.kind == "city")  # "Brest and Dalian signed": the town
        notes = []
        date = date_of(article, sentence, ahead, notes, _keyword(sentence, DOCUMENTS), following)
        spans, runs_to = year_ranges(sentence), horizons(sentence)
        with_span = document in _WITH_SPAN
        years = spans[0][0] if spans and with_span else None
        until = runs_to[0][0] if runs_to and with_span and not years else None
        span_of = _document_before(sentence, spans[0][1]) if spans else None
        # "an agreement … and an action plan to implement this agreement in 2022-2024": the plan's years
        years_of = span_of if years and span_of in _WITH_SPAN and span_of != document else None
        in_force = (
            None
            if _SIGNED_AS_SUCH.search(sentence)
            else "since"
            if _IN_FORCE.search(sentence)
            else "now"
            if _IN_FORCE_NOW.search(sentence) and document == "agreement"
            else None
        )
        if date and (in_force or not _IN_FORCE_NOW.search(sentence) or _SIGNED.search(sentence)):
            pairs = [
                (home, away),
                *((home, partner) for partner in lists.joined_partners(sentence, mentions, away)),
            ]
            pairs += [(other, away) for other in lists.joined_homes(sentence, mentions, home)]
            for side, partner in pairs:
                candidate = Candidate(
                    "agreement",
                    side,
                    partner,
                    date,
                    sentence,
                    start,
                    end,
                    tie=tie,
                    document=document,
                    years=years,
                    years_of=years_of,
                    until=until,
                    # («действует соглашение, утверждена дорожная карта»: the roadmap was approved)
                    approved=bool(_APPROVED.search(sentence))
                    and not _SIGNED_AS_SUCH.search(sentence)
                    and in_force is None,
                    in_force=in_force,
                    notes=list(notes),
                )
                if in_force == "now":
                    candidate.notes[:] = [n for n in candidate.notes if "article's date" not in n]
                    candidate.notes.append(
                        "in force on the article's date: when it was signed, the sentence does not say"
                    )
                elif in_force:
                    candidate.notes.append(
                        "in force since then: when it was signed, the sentence does not say"
                    )
                if tie == "twinned" and document == "protocol of intent":
                    candidate.notes.append(
                        "a protocol of intent to twin: the twinning itself is still to come"
                    )
                yield candidate


# «Соглашение … действует с 2011 года», "has been in force since 2011"
_IN_FORCE = caseless(
    r"(?:действу\w*|дзейнічае|дзейнічаюць|in\s+(?:force|effect))\s+(?:с|з|since)\s+(?:19|20)\d\d", re.I
)

# «между Мордовией и Беларусью действует соглашение», "an agreement is in force": as it stands
_IN_FORCE_NOW = caseless(
    r"\b(?:действу(?:ет|ют)|дзейнічае|дзейнічаюць)\b|\b(?:is|are|remains?)\s+in\s+(?:force|effect)\b", re.I
)


_BETWEEN_FIRMS = caseless(
    r"(?:между|паміж|between)\s+(?:the\s+)?(?:предприяти\w*|прадпрыемств\w*|компани\w*|кампані\w*|завод\w*|"
    r"ОАО|ООО|ЗАО|ААТ|ТАА|compan(?:y|ies)|enterprises?|firms?)\b",
    re.I,
)
_SISTER_CITIES = caseless(r"\bsister[- ]cit(?:y|ies)\b", re.I)


# «соглашение о строительстве белорусского порта в Мурманской области»: what a document is
# about, not who signed it (a document «о сотрудничестве» or «о побратимстве» names its sides after)
_DOCUMENT_WORD = r"соглашени|пагадненн|agreement|меморандум|мемарандум|memorand|договор|дагавор"
_DOCUMENT_ABOUT = caseless(
    rf"(?:{_DOCUMENT_WORD})\w*\s+"
    r"(?:о|об|аб|on|about)\s+(?!сотруднич|супрац|cooperat|партн|partner|дружб|сябр|friend|"
    r"побрат|пабрац|twin|установлени|устанаўленн|establish|намерен|намер|intent|взаимо|узаема|mutual)",
    re.I,
)
_SIGNED_WITH = caseless(r"\b(?:между|паміж|between|with|с|со|з|са)\s", re.I)


def parties_unnamed(sentence: str, mentions: list[Mention]) -> bool:
    """Whether every place the sentence names stands in what its document is about, so that
    it names no signatory: «было подписано соглашение о строительстве белорусского порта в
    Мурманской области» was signed by others than Belarus and the oblast; or the sentence
    tells of a number of documents in a clause that names no place («обсуждались планы …
    между Липецкой областью и нашей страной, был подписан ряд соглашений»)."""
    about = _DOCUMENT_ABOUT.search(sentence)
    if (
        about
        and mentions
        and all(m.start >= about.end() for m in mentions)
        and not _SIGNED_WITH.search(sentence, about.end(), max(m.start for m in mentions))
    ):
        return True
    if _BETWEEN_INSTITUTIONS.search(sentence):
        return True  # "between the Grodno Zonal Institute of Plant Industry and … from Tomsk": theirs
    several = _SEVERAL_DOCUMENTS.search(sentence)
    if several is None:
        return False
    clause_start = max(sentence.rfind(",", 0, several.start()), sentence.rfind(";", 0, several.start())) + 1
    ends = [at for at in (sentence.find(",", several.end()), sentence.find(";", several.end())) if at >= 0]
    clause_end = min(ends, default=len(sentence))
    return not any(clause_start <= m.start < clause_end for m in mentions)


_SEVERAL_DOCUMENTS = caseless(
    rf"(?:{_SEVERAL.pattern})\s+(?:\w+\s+)?"
    rf"(?:{_DOCUMENT_WORD}|документ|document)",
    re.I,
)
# a document between institutions or enterprises, named for their towns, is theirs, not the regions'
_BETWEEN_INSTITUTIONS = caseless(
    r"\b(?:между|паміж|between)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:институт|інстытут|институц|университет|"
    r"універсітэт|колледж|каледж|академи|акадэмі|предприяти|прадпрыемств|завод\w*\s+и|institute|institution|"
    r"university|college|academy|enterprise|compan|plant\s+and|factory|hospital|museum|theatre|school|"
    # "between organizations of Belarus and Udmurtia", «между организациями»: theirs, not the regions'
    r"organi[sz]ations?|организаци|арганізацы)",
    re.I,
)
