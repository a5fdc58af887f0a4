"""Events an article reports: forums, fairs, days, meetings and visits, each dated, a
plan where it lies ahead; not a meeting counted or held again and again, nor one the
article calls recent without a date."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..places import HOME_COUNTRY, Region
from ..text.caseless import caseless
from .articles import Article
from .candidates import Candidate
from .dating import date_of, dated_by_article_only
from .lists import guests_listed
from .occasions import occasion_at, occasion_named_by
from .periods import MONTH_WORD, dates
from .places import Mention
from .sides import FIRST_LEVEL, as_city

EVENTS = caseless(
    # (not «выставочная деятельность», not "Foreign Affairs")
    r"визит|візіт|посети|посетил|наведал|наведа|делегаци|дэлегацы|форум|выставк|выставок|выстав[аеуы]\b|"
    r"выстаў|ярмар|кірмаш|"
    r"дни\s+\w+\s+област|дні\s+\w+\s+вобласц|visit|delegation|forum|\bfairs?\b|exhibition|expo\b|days\s+of|"
    # "Gomel Region's days at the exhibition", "St. Petersburg Days will be held in Minsk"
    r"(?:region|oblast|city)'s\s+days\b|(?-i:(?<=[A-Za-z.]\s)Days\b)|"
    # «Дни Минска начались в Москве», «проведения в Петербурге Дней Минска»: a city's days
    r"(?-i:\b[Дд](?:ни|ней|нях|ням|ні|зён)\s+(?:города\s+|горада\s+)?[А-ЯЁІЎ])|"
    # «Неделя города Тяньцзинь», not «на следующей неделе делегация»
    r"(?-i:[Нн]едел[яиюе]\s+(?:города\s+)?[А-ЯЁ])|(?-i:[Тт]ыдзень\s+(?:горада\s+)?[А-ЯЁІЎ])|(?-i:[Ww]eek\s+of\s+(?:the\s+)?[A-Z])|"
    r"встреч|встрети|сустрэч|сустрэл|сустрэўся|переговор|перамов|\bmeeting|\bmet\s+with|\btalks\b|"
    # «заседание рабочей группы по сотрудничеству Белоруссии и Пензенской области»: the sides' own body
    r"заседани\w*\s+(?:\w+\s+)?(?:рабочей\s+группы|комисси)|пасяджэнн\w*\s+(?:\w+\s+)?(?:рабочай\s+групы|камісі)|"
    r"working\s+group\s+(?:meeting|session)|session\s+of\s+the\s+(?:\w+\s+)?(?:working\s+group|commission)|"
    # «открытие генерального консульства России», "Kazakhstan's Consulate General in Brest"
    r"консульств|консульск\w+\s+(?:учрежден|пункт|отдел)|консульскага|консульства|consulate|"
    r"отделени\w*\s+(?:нашего\s+)?посольства|аддзяленн\w*\s+пасольства|embassy\s+(?:branch|office)|"
    # «по приглашению председателя облисполкома принял участие в открытии»: a guest's visit
    r"по\s+приглашению|па\s+запрашэнні|at\s+the\s+invitation\s+of|"
    # «гастроли Брянского театра драмы в Могилёве», "gave a concert": artists performing (not a
    # «концертный зал», where a meeting may be held)
    r"гастрол\w*|гастрал\w*|концерт(?!н)\w*|канцэрт(?!н)\w*|спектакл\w*|\bconcerts?\b|\bperformed\b",
    re.I,
)
_RECURRING = caseless(
    # (whole words: «Постоянного комитета» is no «постоянно»)
    r"\b(?:постоянно|регулярно|ежегодно|каждый\s+год|пастаянна|рэгулярна|штогод\w*|regularly|annually|every\s+year)\b|"
    r"\d+\s+раз\b|\w+\s+раз\s+встреча",
    re.I,
)
# a number just before the document: a count of documents on record
_COUNT = (
    r"(?:\d+|дв[ае]|тр[иёе]\w*|четыр\w+|пять|пяти|шесть|шести|сем[ьи]|восем\w*|девят\w+|десят\w+|"
    r"чатыр\w+|пяць|шэсць|сем|восем|дзевяць|дзесяць|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)"
)
# («12 мая встретился»: a day, no count)
COUNTED = caseless(rf"\b{_COUNT}(?:\s+(?!{MONTH_WORD})\w+)?\s*$", re.I)
# documents counted: "eight bilateral documents (agreements, protocols…)"
COUNTED_DOCUMENTS = caseless(rf"\b{_COUNT}\s+(?:[\w-]+\s+){{0,2}}(?:documents|документ\w*|дакумент\w*)", re.I)
# the partners a kind of document is counted by: «подписала соглашения с 38 субъектами РФ»,
# "agreements with 12 provinces": ties on record, not one signed that day
COUNTED_PARTNERS = caseless(
    rf"\w*\s+(?:\w+\s+)?(?:с|со|з|with)\s+(?:более\s+чем\s+|больше\s+чем\s+|больш\s+чым\s+|"
    rf"more\s+than\s+|over\s+)?(?!(?:19|20)\d\d\b){_COUNT}\b",
    re.I,
)


def events(
    article: Article, sentence: str, start: int, end: int, home: Region, away: Region, ahead: bool
) -> Iterator[Candidate]:
    """The event the sentence reports between ``home`` and ``away``, if it reports one."""
    words = list(EVENTS.finditer(sentence))
    # «в рамках Форума регионов состоялась встреча»: the meeting, held within the forum
    # (a performance only where nothing else is told: «встреча после концерта» is the meeting)
    words.sort(key=lambda w: _event_kind(w.group()) == "performance")
    word = next(
        (w for w in words if not _WITHIN.search(sentence[max(0, w.start() - 30) : w.start()])),
        words[0] if words else None,
    )
    if word and (
        _RECURRING.search(sentence)
        or COUNTED.search(sentence[max(0, word.start() - 25) : word.start()])
        or _FROM_MANY.match(sentence, word.end())
    ):
        return  # «13 раз встречались делегации», «25 дэлегацый», «постоянно проводим форумы»: no one event
    if (
        word
        and _event_kind(word.group()) in ("forum", "exhibition", "fair")
        and _SAID_AT.search(sentence, 0, word.start())
    ):
        return  # «О достижениях он рассказал на Форуме регионов в Полоцке»: where it was said, no news
    if (
        word
        and _event_kind(word.group()) == "consulate"
        and (not _OPENED.search(sentence) or _TO_OPEN.search(sentence))
    ):
        return  # «учреждены отделения посольства», «завершает подготовку открытия»: not opened yet
    if word and _event_kind(word.group()) == "meeting" and _OWN_SESSION.match(sentence, word.end()):
        return  # "at the meeting of the Gomel Oblast Executive Committee": a body's own session
    if word and _ON_THE_EVE_OF.search(sentence, 0, word.start()):
        return  # «Подписание произошло в преддверии визита премьер-министра»: the visit is still to come
    if _envoy_is_the_partners(sentence, away):
        return  # «губернатор … провёл встречу с послом России в Беларуси»: the partner's own side
    notes: list[str] = []
    ahead = ahead and not _MET.search(sentence)  # "will exceed $10 billion, he said as he met with"
    date = date_of(article, sentence, ahead, notes)
    if not date or (_RECENT.search(sentence) and dated_by_article_only(notes)):
        return  # «недавний бизнес-форум»: when it was held, the article does not say
    if (
        ahead
        and article.date is not None
        and len(date) == 10
        and date <= article.date.isoformat()
        and not dated_by_article_only(notes)
    ):
        # "will be held in Vitebsk on June 27 and 28", told on the 27th: under way, no plan
        ahead = False
        notes.append("announced for the article's own day or before: told as held")
    event = _event_kind(word.group() if word else "")
    if event in ("forum", "exhibition", "fair", "consulate") and any(
        _event_kind(w.group()) == "meeting" for w in words
    ):
        # «На … форуме губернатор провёл рабочую встречу с послом»: the forum is where; "The
        # Consulate General will be opened, the Ambassador said during a meeting": the meeting held
        event = "meeting"
        ahead = ahead and not _MET.search(sentence)
    elif event in ("forum", "exhibition", "fair") and any(_event_kind(w.group()) == "days" for w in words):
        event = "days"  # «на выставке «Россия» проходят Дни Гомельской области»: the days, at the exhibition
    under_way = _TODAY if event == "consulate" else _UNDER_WAY  # "the opening of the consulate" is no day
    if (
        event in ("days", "consulate")
        and not ahead
        and dated_by_article_only(notes)
        and not under_way.search(sentence)
    ):
        # «импульс придали мероприятия дней Пензенской области», "thanks for the support in the
        # opening of the Consulate General": held some time before, not on the article's day
        return
    if _AIMS_OF_IT.search(sentence):
        return  # «Главными задачами Форума являются…», "The forum aims to…": what it is for, no event
    if home.id == HOME_COUNTRY and away.kind == "country" and _UNION_FORUM.search(sentence):
        return  # «В Уфе проходит X Форум регионов Беларуси и России»: the countries' own forum, no tie
    if ahead and dated_by_article_only(notes) and _UNION_FORUM.search(sentence):
        # «примут участие в XI Форуме регионов Беларуси и России, который пройдёт в Витебске»: the
        # countries' forum, with no day of its own, is no meeting of the town with Russia
        return
    if ahead and dated_by_article_only(notes) and _INVITED.search(sentence):
        # «пригласил делегацию Республики Беларусь принять участие в памятных мероприятиях»: an
        # invitation with no day is no visit on record
        return
    if event == "visit" and not ahead and dated_by_article_only(notes):
        # «…побывали с дружеским визитом в Могилёве. Рабочий визит занял три дня – с 28 по 30 июня.»
        next_sentence = _NEXT_SENTENCE.match(article.text, end)
        told = dates(next_sentence.group(), article.date, False) if next_sentence else []
        if told and _THE_VISIT.search(next_sentence.group()):  # type: ignore[union-attr]
            date = told[0].date
            notes[:] = [f"the date: {date}, from the next sentence, which tells when the visit was"]
    if not ahead and dated_by_article_only(notes) and _THE_EVENT_TOLD.match(sentence):
        # "…opened in Ho Chi Minh City on the evening of April 28. The event is held … to mark the
        # visit": the event the sentence before dated
        before = re.split(r"(?<=[.!?])\s+", article.text[max(0, start - 400) : start].strip())[-1]
        told = dates(before, article.date, False)
        if told:
            date = told[0].date
            notes[:] = [f"the date: {date}, from the sentence before, which tells when the event was"]
    candidate = Candidate("event", home, away, date, sentence, start, end, event=event, notes=notes)
    if event in ("forum", "exhibition", "fair"):
        # the forum is an occasion where its name holds the word it was found by
        candidate.occasion = occasion_named_by(sentence, word.start()) if word else None
    elif event not in ("days", "consulate"):
        candidate.occasion = occasion_at(sentence)  # «встреча на Дне города»: where they met
    if ahead and article.date is not None:
        candidate.reported = article.date.isoformat()
        candidate.notes.append("announced: a plan, not yet an event")
    yield candidate


_ON_THE_EVE_OF = caseless(
    r"(?:в\s+преддверии|у\s+пярэдадні|ahead\s+of|on\s+the\s+eve\s+of)\s+(?:\S+\s+)?$", re.I
)
_INVITED = caseless(
    # (not «по приглашению губернатора делегация посетит…»: a visit planned, the invitation its cause)
    r"\binvited\b|\bпригласил\w*|\bприглашен[аыо]?\b|\bзапрасіў\w*|\bзапрасіл\w*|\bзапрошан[аы]?\b",
    re.I,
)
# a sentence that goes on about the event the one before told: «Мероприятие приурочено…»
_THE_EVENT_TOLD = caseless(
    r"^\W*(?:(?:The|This)\s+(?:event|exhibition|forum|fair|ceremony)|(?:Это\s+|Данное\s+)?(?:мероприятие|"
    r"выставк[аи]|форум|ярмарк[аи]|церемони[яи])|(?:Гэта\s+|Дадзенае\s+)?(?:мерапрыемства|выстав[аы]|"
    r"форум|кірмаш|цырымоні[яі]))\b",
    re.I,
)
_NEXT_SENTENCE = re.compile(r"\s*[^.!?]{1,300}[.!?]")
_THE_VISIT = caseless(r"\b(?:визит\w*|поездк\w*|візіт\w*|паездк\w*|visit|trip)\b", re.I)
# days told as under way on the article's day
_UNDER_WAY = caseless(
    r"проход|проводятся|открыл|открыва|стартова|начал|праходз|адкрыл|стартав|\bopen|kick|under\s+way|"
    r"\btoday\b|сегодня|сёння",
    re.I,
)
_CONSULATE_OF = caseless(
    r"(?:consulate|консульств\w*)\s+(?:general\s+)?(?:of\s+)?(?:генеральн\w+\s+)?$", re.I
)
_CONSULATE_AFTER = caseless(r"(?:'s|’s)\s+(?:\w+\s+){0,2}consulate", re.I)
_TO_OPEN = caseless(
    r"подготовк\w*\s+(?:к\s+)?открыти|падрыхтоўк\w*\s+(?:да\s+)?адкрыцц|prepar\w*\s+(?:for\s+|to\s+)?(?:the\s+)?open",
    re.I,
)
_TODAY = caseless(r"\btoday\b|сегодня|сёння", re.I)
_OPENED = caseless(r"открыти|открыл|открыва|адкрыцц|адкрыл|адкрыва|\bopen", re.I)
# a speech's venue: «рассказал на Форуме регионов», "said at the forum"
_SAID_AT = caseless(
    r"\b(?:рассказал\w*|заявил\w*|сообщил\w*|расказаў|заявіў|паведаміў|said|told\s+\w+)\s+"
    r"(?:(?:об?|пра|about)\s+\S+\s+)?(?:на|у|at|during)\s+$",
    re.I,
)
# a body meeting as itself ("the meeting of the Gomel Oblast Executive Committee"): its own
# session, no meeting of two sides (a council of two countries' regions is one)
_OWN_SESSION = caseless(
    r"\w*\s+of\s+the\s+(?:[\w-]+\s+){0,4}(?:executive\s+committee|presidium|collegium|board\s+of\s+directors)\b",
    re.I,
)
# «делегации из 10 регионов России, а также из Колумбии»: guests from many places, no one visit
_FROM_MANY = caseless(r"\w*\s+(?:из|з|from)\s+(?:\d+|нескольк\w*|многих|шматлік\w*|several|many)\b", re.I)
_WITHIN = caseless(
    r"(?:в\s+рамках|в\s+ходе|во\s+время|на\s+полях|у\s+рамках|падчас|на\s+палях|during|"
    r"on\s+the\s+sidelines\s+of|as\s+part\s+of)\s+(?:\S+\s+){0,2}$",
    re.I,
)
_MET = caseless(
    # «По итогам визита … принято решение о подготовке соглашения»: the visit is over
    r"(?:по\s+итогам|по\s+выніках|following|after)\s+(?:the\s+|a\s+)?"
    r"(?!предстоящ|будущ|наступн|upcoming|forthcoming|planned)(?:[\w-]+\s+)?"
    r"(?:визита|візіту|visit|встречи|сустрэчы|meeting|переговоров|перамоў|talks)\b|"
    r"\bmet\b|during\s+(?:a|the|his|her)\s+meeting|(?:во\s+время\s+встречи|в\s+ходе\s+встречи|падчас\s+сустрэчы)(?!,?\s+(?:\S+\s+){0,2}(?:планиру|предстоит|будет|будут|намечен|запланирован|плануецца|будзе|будуць))|\bheld\s+talks\b|встретил\w*|встречал\w*|провел\w*\s+(?:встреч|переговор)|сустрэў\w*|сустракаў\w*|"
    r"правё?л\w*\s+(?:сустрэч|перамов)",
    re.I,
)
_ENVOY_OF_THE_PARTNER = caseless(
    r"(?:посол|посл\w*|посольств\w*|пасол|пасл\w*|пасольств\w*)\s+"
    r"(?P<ru>России|Российской\s+Федерации|РФ|Расіі|Расійскай\s+Федэрацыі)\b|"
    r"(?:посол|посл\w*|посольств\w*|пасол|пасл\w*|пасольств\w*)\s+(?P<cn>Китая|КНР|Кітая)\b|"
    r"(?P<ru_adj>российск|расійск|Russian\s+ambassador|ambassador\s+of\s+Russia|Russia's\s+ambassador)|"
    r"(?P<cn_adj>китайск\w*\s+(?:посл|пасл)|кітайск\w*\s+пасл|Chinese\s+ambassador|ambassador\s+of\s+China|"
    r"China's\s+ambassador)",
    re.I,
)


_ENVOY_WORD = caseless(r"посол|посл|пасол|пасл|ambassador", re.I)


def _envoy_is_the_partners(sentence: str, away: Region) -> bool:
    """Whether the envoy met is the partner's own country's («послом России» beside a
    Russian region): a meeting within the partner's side, no tie of Belarus's."""
    country = away.id if away.kind == "country" else away.country
    for match in _ENVOY_OF_THE_PARTNER.finditer(sentence):
        if match["ru_adj"] and not _ENVOY_WORD.search(
            match.group() + sentence[match.end() : match.end() + 25]
        ):
            continue  # «российских регионов»: no envoy
        if ("russia" if (match["ru"] or match["ru_adj"]) else "china") == country:
            return True
    return False


_RECENT = caseless(r"недавн\w*|нядаўн\w*|\brecent(?:ly)?\b", re.I)


_EVENT_KINDS = (
    ("форум", "forum"), ("forum", "forum"), ("выстав", "exhibition"), ("exhib", "exhibition"),
    ("expo", "exhibition"), ("ярмар", "fair"), ("кірмаш", "fair"), ("fair", "fair"),
    ("дн", "days"), ("дзён", "days"), ("days", "days"), ("region's", "days"), ("oblast's", "days"),
    ("city's", "days"),
    ("недел", "days"), ("тыдз", "days"), ("week", "days"),  # «Неделя города Тяньцзинь»: its days
    ("встреч", "meeting"), ("встрети", "meeting"), ("сустрэ", "meeting"),
    ("переговор", "meeting"), ("перамов", "meeting"),
    ("консульс", "consulate"), ("consulate", "consulate"), ("отделени", "consulate"),
    ("аддзялен", "consulate"), ("embassy", "consulate"),
    ("meeting", "meeting"), ("met", "meeting"), ("talks", "meeting"), ("заседан", "meeting"),
    ("пасяджэн", "meeting"), ("working", "meeting"), ("session", "meeting"),
    ("гастрол", "performance"), ("гастрал", "performance"), ("концерт", "performance"),
    ("канцэрт", "performance"), ("спектакл", "performance"), ("concert", "performance"),
    ("performed", "performance"),
)  # fmt: skip


def _event_kind(word: str) -> str:
    folded = word.lower()
    return next((kind for stem, kind in _EVENT_KINDS if folded.startswith(stem)), "visit")


_DAYS_BEFORE = caseless(
    r"\b(?:дни|дней|днях|дням|дні|дзён|days\s+of(?:\s+the)?|недел[яиюе]|тыдзень|week\s+of)\s+"
    r"(?:города\s+|горада\s+)?$",
    re.I,
)
_DAYS_AFTER = caseless(r"(?:'s)?\s+days\b", re.I)


def days_of(sentence: str, mention: Mention) -> bool:
    """Whether the days told are the place's own («Дни Гомельской области», "Gomel
    Region's days")."""
    return bool(
        _DAYS_BEFORE.search(sentence[max(0, mention.start - 20) : mention.start])
        or _DAYS_AFTER.match(sentence, mention.end)
    )


def settle_event(event: Candidate, sentence: str, mentions: list[Mention]) -> None:
    """Whose days they are («Дни Гомельской области»: the home side's); a consulate is in a
    city ("Kazakhstan's Consulate General in Brest": Brest, not its oblast)."""
    if event.event == "days":
        owners = [m.region.id for m in mentions if days_of(sentence, m)]
        away = event.away.id if event.away else None
        event.days_of = "home" if event.home.id in owners else "away" if away in owners else None
    group = _WORKING_GROUP.search(sentence) if event.event == "meeting" else None
    if group and any(
        event.home.id in (m.region.id, *_ids(m)) and group.end() <= m.start < group.end() + 120
        for m in mentions
    ):
        # «заседание рабочей группы по сотрудничеству Беларуси и Удмуртии»: the group's own sides
        # (a group of Belarus meeting in Brest is no group of Brest Oblast's)
        event.event = "working group"
    if event.event in ("visit", "performance"):
        # «Делегация Ишима побывала в Бобруйске», «Мэр Ишима посетил Бобруйск», «гастроли
        # Брянского театра»: whose people came
        event.days_of = _visitors(event, sentence, mentions)
    if event.event == "consulate":
        # "the Consulate General of Belarus" in Ho Chi Minh City: the Belarusian side's, abroad
        owner = next((m.region.id for m in mentions if _CONSULATE_OF.search(sentence, 0, m.start)
                      or _CONSULATE_AFTER.match(sentence, m.end)), None)  # fmt: skip
        event.days_of = "home" if owner == event.home.id else None
        event.home = as_city(event.home, mentions, True)  # (Brest, not Brest Oblast)


def _visitors(event: Candidate, sentence: str, mentions: list[Mention]) -> str | None:
    """Which side's people made the visit: "home", "away", or None where the sentence does
    not say. The visitors are named by their delegation or origin («делегация Ишима», «из
    Калининградской области»); the visited by where they went («посетил Бобруйск», «с визитом
    в Краснодаре»). (A head named is no sign: the host's is named as often as the guest's.)"""
    sides = {"home": {event.home.id}, "away": {event.away.id} if event.away else set()}
    if event.away and not any(event.away.id in (m.region.id, *_ids(m)) for m in mentions):
        sides["away"].add(event.away.country_id)  # «в … городе Юга России» for Krasnodar, named next
    visitors: set[str] = set()
    visited: set[str] = set()
    performing = event.event == "performance"
    guests = guests_listed(sentence, mentions)  # «делегации … из Бреста, Минска, Новороссийска»
    for mention in mentions:
        named = {mention.region.id, *_ids(mention)}
        if performing and mention.region.parent:
            named.add(mention.region.parent)  # «концерт в Брянске» of an event with Bryansk Oblast
        side = next((key for key, ids in sides.items() if ids & named), None)
        if side is None:
            continue
        before = sentence[max(0, mention.start - 60) : mention.start]
        after = sentence[mention.end : mention.end + 25]
        if performing and _PERFORMERS.search(mention.text):
            # «гастроли Брянского областного драматического театра»: its artists; «на сцене
            # Гомельского драматического театра»: the stage, not the artists
            (visited if _ON_STAGE.search(before) else visitors).add(side)
        elif _CAME_BACK_FROM.search(before):
            visited.add(side)
        elif _VISITORS_OF.search(before) or (performing and _PERFORMERS_OF.search(before)):
            # «Беларусь посетили артисты из Стародуба», «ярмарку посетила делегация Витебской
            # области»: the delegation or origin next to the name outweighs the verb before it
            visitors.add(side)
        elif _WENT_TO.search(before):
            visited.add(side)
        elif (
            (mention.adjective and _DELEGATION_NEXT.match(after))
            or (
                performing
                and mention.adjective
                and _PERFORMERS_NEXT.match(sentence, mention.end, mention.end + 60)
            )
            or mention.region.id in guests
        ):
            visitors.add(side)
        elif performing and _WHERE.search(before):
            visited.add(side)  # «гастроли … в Могилёве», "a concert in Minsk"
    if performing:
        # artists of one side, where the other is: "performed together" places no one
        return next(iter(visitors)) if len(visitors) == len(visited) == 1 and visitors != visited else None
    if len(visitors) == 1 and not visitors & visited:
        return next(iter(visitors))
    if len(visited) == 1 and not visitors:
        return "away" if visited == {"home"} else "home"
    return None


def _ids(mention: Mention) -> tuple[str, ...]:
    return tuple(other.id for other in mention.others)


# the visited: «посетил (наряду с Минском) город-побратим Бобруйск», «с визитом в Краснодаре»,
# «прибыла в Гомель», "visited Bobruisk", "arrived in Minsk"
_WENT_TO = caseless(
    r"(?:посетил\w*|посетит|посещени\w+|наведал\w*|наведа\w*|визитом\s+(?:в|во)|визит\s+(?:в|во)|прибыл\w*\s+(?:в|во)|"
    r"побывал\w*\s+(?:в|во|на)|приехал\w*\s+(?:в|во)|наведаў\w*|візітам\s+(?:у|ў)|візіт\s+(?:у|ў)|"
    r"прыбыл\w*\s+(?:у|ў)|пабывал\w*\s+(?:у|ў)|прыехал\w*\s+(?:у|ў)|visited|visiting|visit\s+to|(?:will|to|would)\s+visit|arrived\s+in|came\s+to|"
    # «делегация находится в Кыргызстане», "is in Kyrgyzstan to take part"
    r"(?:находится|находилась|находились|знаходзіцца|знаходзілася|\bis|\bare|\bwas|\bwere)\s+(?:в|во|у|ў|in))"
    r"(?:\s+[а-яёіўa-z-]+){0,4}\s+$",
    re.I,
)
# «после возвращения из Белоруссии делегации муниципалитета»: where they came back from
_CAME_BACK_FROM = caseless(
    r"(?:возвращени\w*|вернул\w*|вяртанн\w*|вярнул\w*|return\w*)\s+(?:из|з|from)(?:\s+[а-яёіўa-z-]+){0,4}\s+$",
    re.I,
)
# the visitors: «делегация Ишима», «из Калининградской области», "a delegation from Omsk"
_VISITORS_OF = caseless(
    r"(?:делегаци\w*|дэлегацы\w*|delegation(?:\s+(?:of|from))?|\bиз|\bз|\bfrom|"
    # «делегация во главе с председателем», "a delegation led by Brest Mayor"
    r"(?:делегаци\w*|дэлегацы\w*|delegation)\s+(?:во\s+главе\s+с|на\s+чале\s+з|led\s+by|headed\s+by)(?:\s+\w+){0,3})"
    r"(?:\s+(?:города|горада|the\s+city\s+of|the|администрации|адміністрацыі))?\s+$",
    re.I,
)
# the meeting is a working group's: «заседание рабочей группы», "a meeting of the working group"
_WORKING_GROUP = caseless(
    r"(?:заседани|пасяджэнн|встреч|сустрэч|meeting|session)\w*(?:\s+\S+){0,3}?\s+(?:рабоч\w+\s+груп|working\s+group)",
    re.I,
)
_DELEGATION_NEXT = caseless(r"\s+(?:делегаци|дэлегацы|delegation)", re.I)
_WHERE = caseless(r"(?:\bв|\bво|\bу|\bў|\bin)\s+(?:городе\s+|горадзе\s+|the\s+city\s+of\s+)?$", re.I)
_PERFORMERS = caseless(
    r"театр|тэатр|ансамбл|коллектив|калектыв|артист|артыст|оркестр|аркестр|\bхор|"
    r"труп|theatre|theater|ensemble|orchestra|choir|troupe|artists|band",
    re.I,
)
_ON_STAGE = caseless(
    r"(?:на\s+(?:сцене|сцэне|площадке|пляцоўцы|подмостках)|\b(?:в|во|у|ў|at|in)|on\s+the\s+stage\s+of)\s+$",
    re.I,
)
# «Стародубский ансамбль», «брянского театра»: the performers' place
_PERFORMERS_NEXT = caseless(rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{_PERFORMERS.pattern})", re.I)
# «артисты Гомельской области», «ансамбль из Стародуба»: the performers' place
_PERFORMERS_OF = caseless(
    rf"(?:{_PERFORMERS.pattern})\w*(?:\s+(?:из|з|from|of))?(?:\s+(?:города|горада|the))?\s+$", re.I
)


def events_of_the_story_pair(
    candidates: list[Candidate], story_home: Region | None, partner: Region | None
) -> None:
    """The sides of events told by their countries, where the title names the places: "the
    current visit is aimed at cooperation between Russia and Belarus" under a title of Lipetsk
    Oblast is Lipetsk's; «A delegation of the Tomsk Region … is paying a working visit to
    Belarus» under a title of Grodno and Tomsk is the oblast's."""
    if partner is None:
        return
    for candidate in candidates:
        if (
            candidate.kind == "event"
            and candidate.home.id == HOME_COUNTRY
            and candidate.away is not None
            and candidate.away.kind == "country"
            and partner.kind in FIRST_LEVEL  # (not "documents in Astana": a capital is where)
            and partner.country == candidate.away.id
        ):
            candidate.away = partner
            candidate.notes.append(f"the partner: {partner.name}, as the title names it: check it")
    if story_home is None or story_home.id == HOME_COUNTRY:
        return
    for candidate in candidates:
        if (
            candidate.kind == "event"
            and candidate.away is not None
            and candidate.away.id == partner.id
            and candidate.home.kind == "city"
            and candidate.home.id != story_home.id
            and story_home.parent != candidate.home.id
            and _named_as_where(candidate.home, candidate.sentence)
        ):
            # «председатель райисполкома … побывал в Минске на переговорах с представителями
            # Нижегородской области» under a title of Zelva District and the oblast: Minsk is where
            where = f"{candidate.home.name} is where"
            candidate.notes.append(f"the Belarusian side: {story_home.name}, as the title names it; {where}")
            candidate.home = story_home
            candidate.days_of, candidate.hosted = None, False  # (who went where was told of Minsk)
    for candidate in candidates:
        if (
            candidate.kind == "event"
            and candidate.home.id == HOME_COUNTRY
            and candidate.away is not None
            and candidate.away.id == partner.id
            and _VISIT_TO_BELARUS.search(candidate.sentence)
        ):
            candidate.home = story_home
            candidate.notes.append(f"the Belarusian side: {story_home.name}, as the title names it: check it")


def _named_as_where(region: Region, sentence: str) -> bool:
    """Whether the sentence names the town after «в» or "in" («в Минске», "in Minsk")."""
    forms = {region.name, *((region.forms_in(tongue) or {}).get("loc", "") for tongue in ("ru", "be"))} - {""}
    return any(re.search(rf"(?:^|\s)(?:в|во|у|ў|in)\s+{re.escape(form)}\b", sentence) for form in forms)


# "a working visit to Belarus", «с визитом в Республику Беларусь»: the country as where the visit went
_VISIT_TO_BELARUS = caseless(
    r"(?:visit\w*|trip)\s+to\s+(?:the\s+Republic\s+of\s+)?Belarus\b|"
    r"(?:визит\w*|поездк\w*|візіт\w*|паездк\w*)\s+(?:в|у|ў)\s+(?:Республику\s+|Рэспубліку\s+)?(?:Беларусь|Белоруссию)",
    re.I,
)

_AIMS_OF_IT = caseless(
    r"\b(?:задач\w*|цел(?:ью|ями|и)|мэт(?:ай|амі|ы))\s+(?:\w+\s+)?(?:форума|выставки|ярмарки|форуму|выставы|кірмашу)\b|"
    r"\b(?:the\s+)?(?:forum|exhibition|fair)\s+aims\s+to\b|\b(?:aims?|goals?|objectives?)\s+of\s+the\s+(?:forum|exhibition|fair)\b",
    re.I,
)
_UNION_FORUM = caseless(
    r"Форум\w*\s+регионов\s+(?:Беларуси|Белоруссии)\s+и\s+России|"
    r"Форум\w*\s+рэгіёнаў\s+Беларусі\s+і\s+Расіі|Forum\s+of\s+(?:the\s+)?Regions\s+of\s+Belarus\s+and\s+Russia",
    re.I,
)
