"""When what an article reports happened: the date its sentence gives, the signing the
next sentence dates, the ceremony an earlier sentence dates, or the article's own day,
each said in the proposal's notes where it is not the sentence's own."""

from __future__ import annotations

import re

from ..text.caseless import caseless
from .articles import Article
from .candidates import Candidate
from .figures import word_number
from .periods import WEEKDAY, dates, periods

_THIS_SEASON = caseless(
    r"\bthis\s+(?:summer|spring|autumn|fall|winter)\b|\b(?:этим|этой|этою)\s+(?:летом|весной|осенью|зимой)\b|"
    r"\b(?:летом|весной|осенью|зимой)\s+(?:этого|текущего)\s+года\b|\bгэтым\s+летам\b|\bгэтай\s+(?:вясной|восенню|зімой)\b",
    re.I,
)
_ANOTHERS_DATE = caseless(
    # ("the agreement signed on 28 June": another's; "was signed on 5 September": this one's)
    r"(?:заключенного|заключённого|подписанного|падпісанага|заключанага|"
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!\bis\s)(?<!are\s)(?<!\bbe\s)(?:concluded|signed))\s+(?:on\s+)?$",
    re.I,
)
# «Более 27 лет назад», "25 years ago": the year counted back from the article's
_YEARS_AGO = caseless(
    r"(?P<more>более|больше|свыше|больш|звыш|more\s+than|over)?\s*(?P<years>\d{1,3}|"
    r"два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|дзве|тры|чатыры|"
    r"two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:лет|года|год|гадоў|гады|год|years?)\s+(?:назад|тому\s+назад|таму|ago)\b",
    re.I,
)


def _number(said: str) -> int:
    """«два» and "two" as 2, "15" as 15."""
    return int(said) if said.isdigit() else int(word_number(said))


# "the 15th anniversary of signing the agreement", «15-летие подписания»: signed that many years before
_ANNIVERSARY = caseless(
    r"(?P<years>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:signing|establish)|"
    r"(?P<years_ru>\d{1,3})-?(?:лети\w*|(?:я|й|ой)?\s*годовщин\w*)\s+(?:со\s+дня\s+|с\s+момента\s+)?"
    r"(?:подписани|установлени|заключени)\w*|"
    r"(?P<years_be>\d{1,3})-?(?:годдз\w*|(?:я|й|ай)?\s*гадавін\w*)\s+(?:з\s+дня\s+)?(?:падпісанн|устанаўленн|заключэнн)\w*",
    re.I,
)
# «подписал дорожные карты на 2024 год», "signed a plan for 2025": the year a document runs
# for, not its signing (a plan «на 2025 год» is for that year)
_A_DOCUMENTS_YEAR = caseless(r"(?:\bна|\bfor)\s+$", re.I)
SINCE = caseless(r"(?:с|з|since|from)\s+(?P<year>(?:19|20)\d\d)\b", re.I)


def date_of(
    article: Article, sentence: str, ahead: bool, notes: list[str], near: int = 0, following: str = ""
) -> str | None:
    """The date of what the sentence reports: the date it gives nearest ``near`` (where
    the tie or document is named), the date of its signing the next sentence tells ("The
    document was signed in Tashkent on 8 February"), or the article's own date where the
    text says nothing of when (said in the notes)."""
    # «…по реализации соглашения, заключенного 28 июня 2024 года»: another document's date
    read = [
        when
        for when in dates(sentence, article.date, ahead)
        if not _ANOTHERS_DATE.search(sentence, 0, when.start)
    ]
    relative = {(when.start, when.date) for when in read if when.relative}
    found: list[tuple[int, str]] = [(when.start, when.date) for when in read]
    found += [(m.start(), m["year"]) for m in SINCE.finditer(sentence)]
    # ("Last year, a new action plan … was signed": the year before the article's)
    found += [
        (p.start, p.text)
        for p in periods(sentence, article.date)
        if re.fullmatch(r"\d{4}", p.text) and (ahead or not _A_DOCUMENTS_YEAR.search(sentence, 0, p.start))
    ]
    ago = (_YEARS_AGO.search(sentence) or _ANNIVERSARY.search(sentence)) if article.date is not None else None
    if ago and article.date is not None:
        years = next(
            _number(ago[group]) for group in ("years", "years_ru", "years_be") if ago.groupdict().get(group)
        )
        found.append((ago.start(), str(article.date.year - years)))
    if found:
        # of two readings of one place («in July 2020» as a month and a year) the finer wins
        chosen = min(found, key=lambda item: (abs(item[0] - near), -len(item[1])))
        weekday = WEEKDAY.match(sentence, chosen[0])
        if weekday and article.date is not None:
            notes.append(
                f"«{weekday.group().strip()}»: {chosen[1]}, in the week the article was published: check it"
            )
        elif chosen in relative and article.date is not None:
            notes.append(f"the year is the article's ({article.date.year}): the sentence gives none")
        if ago and chosen[0] == ago.start():
            more = " or earlier" if ago.groupdict().get("more") else ""
            notes.append(f"«{ago.group().strip()}» before the article: {chosen[1]}{more}, check it")
        return chosen[1]
    signing = _SIGNING_TOLD_NEXT.match(following) or _SIGNING_HELD_LATER.search(following)
    told = dates(signing.group(), article.date, ahead) if signing else []
    if told:
        notes.append("the date is from a sentence after it, which tells of the signing: check it")
        return told[0].date
    if article.date is None:
        notes.append("the sentence gives no date and the article none: date to fill in")
        return None
    season = _THIS_SEASON.search(sentence)
    if season:
        # "This summer, … a Memorandum was signed": that year, not the article's day in October
        notes.append(f"«{season.group()}»: the year only, the month to fill in")
        return str(article.date.year)
    told_season = _SEASON.search(sentence)
    if told_season:
        # «Осенью … Беларусь посетили артисты из Стародуба», told in April: the autumn before
        first_month = next(month for name, month in _SEASON_STARTS.items() if told_season.group(name))
        year = article.date.year
        if ahead:
            year += article.date.month >= first_month + 3
        else:
            year -= article.date.month < first_month
        when = "the next" if ahead else "the last"
        notes.append(
            f"«{told_season.group()}»: the year only, of {when} such season from the article's date; "
            "the month to fill in"
        )
        return str(year)
    notes.append(f"the sentence gives no date: the article's date ({article.date.isoformat()}) is used")
    return article.date.isoformat()


# a season without its year («осенью», "in the summer"); winter, which spans two years, is not read
_SEASON = caseless(
    r"\b(?:(?P<spring>весной|вясной|in\s+(?:the\s+)?spring)|(?P<summer>летом|летам|улетку|in\s+(?:the\s+)?summer)|"
    r"(?P<autumn>осенью|восенню|увосень|in\s+(?:the\s+)?(?:autumn|fall)))\b"
    r"(?!\s+(?:\d|этого|текущего|прошлого|следующего|гэтага|мінулага|наступнага|of\b|this\b|last\b|next\b))",
    re.I,
)
_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9}


# the next sentence, where it tells when the document just named was signed
_SIGNING_TOLD_NEXT = caseless(
    r"\s*(?:(?:the|this)\s+(?:document|agreement|memorandum)s?\s+(?:was|were)\s+signed|"
    r"(?:документ|соглашение|меморандум|дакумент|пагадненне)\w*\s+(?:был[аои]?\s+)?(?:подписан|падпісан))"
    r"[^.!?]*",
    re.I,
)
# a later sentence that tells when the signing was held: «Церемония подписания соглашения
# состоялась 26 июня», "The signing ceremony took place on 26 June"
_SIGNING_HELD_LATER = caseless(
    r"(?:^\s*|(?<=[.!?])\s+)(?:(?:церемони\w*|цырымоні\w*)\s+)?(?:подписани\w*|падпісанн\w*)(?:\s+[\w-]+){0,3}?\s+"
    r"(?:состоял\w*|прош[её]л\w*|прошл\w*|адбыл\w*|прайшл\w*)[^.!?]*|"
    r"(?:^\s*|(?<=[.!?])\s+)the\s+signing(?:\s+ceremony)?,?\s+(?:which\s+)?(?:was\s+held|took\s+place)[^.!?]*",
    re.I,
)
_CEREMONY = caseless(
    r"церемони\w*|цырымоні\w*|ceremony|"
    r"(?:состоял\w*|прош[её]л|прошл[аио]|адбыл\w*|прайшл\w*|провели|провёл|провел|правялі|held|took\s+place|met|"
    r"встретил\w*|сустрэў\w*|сустрэл\w*)\b|"
    # a visit dated: what its delegation signed in the next sentences was signed then
    r"\b(?:посетил\w*|наведал\w*|visited|побывал\w*|пабывал\w*|прибыл[аи]?|прыбыл[аі]?|arrived)\b|"
    r"\b(?:находил\w*|знаходзіл\w*)\s+(?:с|з)\s+(?:\w+\s+)?(?:визитом|візітам)",
    re.I,
)
_CEREMONY_REACH = 3  # sentences after it that may tell of what was signed there


def ceremony_date(article: Article, sentence: str, held_on: tuple[str, int] | None) -> tuple[str, int] | None:
    """The date a sentence gives where it tells when something was held («Церемония
    состоялась накануне в Москве»), else the last one, a sentence older."""
    if _CEREMONY.search(sentence):
        told = [when for when in dates(sentence, article.date, False) if len(when.date) == 10]
        if told:
            return told[0].date, 0
    return (held_on[0], held_on[1] + 1) if held_on is not None else None


def date_by_ceremony(found: list[Candidate], held_on: tuple[str, int]) -> None:
    """Documents a sentence names with no date of its own, just after one that tells when
    the ceremony was held, were signed at it."""
    day, since = held_on
    if since >= _CEREMONY_REACH:
        return
    for candidate in found:
        if (
            candidate.kind in ("agreement", "twinning")
            and not candidate.reported
            and dated_by_article_only(candidate.notes)
        ):
            candidate.date = day
            candidate.notes[:] = [note for note in candidate.notes if "article's date" not in note]
            candidate.notes.append(
                f"the date ({day}) is of the ceremony a sentence before tells of: check it"
            )


def dated_by_article_only(notes: list[str]) -> bool:
    return any("article's date" in note for note in notes)


# «Мінск і Ерэван стануць гарадамі-пабрацімамі», "will become sister cities": a twinning ahead
WILL_BECOME_TWINS = (
    r"\b(?:станут|станет|стануць|стане|will\s+become)\s+[^.]{0,30}?(?:побратим|пабрацім|sister|twin)"
)
# every word of a plan starts a word: looking only there reads a sentence twice as fast
_AHEAD = caseless(
    r"\b(?:состоится|состоятся|пройд[её]т|пройдут|пройдуць|адбудуцца|будет|будут|планиру|(?<!были\s)(?<!был\s)намечен|ожидается|адбудзецца|пройдзе|будзе|"
    r"плануе|плануецца|запланирован\w*|запланаван\w*|"
    # «Делегация Калуги посетит Гомель в сентябре»: a visit, a signing still to come
    r"\b(?:завтра|заўтра|tomorrow|должн\w+\s+подписать|павінн\w+\s+падпісаць)\b|"
    r"\b(?:посетит|посетят|прибудет|прибудут|приедет|приедут|подпишет|подпишут|проведет|проведёт|проведут|"
    r"наведае|наведаюць|прыедзе|прыедуць|падпіша|падпішуць|правядзе|правядуць|"
    r"продолжит|продолжат|працягне|працягнуць)\b|"
    # "was invited to visit", «пригласил посетить»: an invitation, not a visit (not «по приглашению»)
    # («на который была приглашена делегация»: a guest invited to what is under way)
    r"\binvited\s+to\b|\bпригласил\w*|(?<!была\s)(?<!были\s)(?<!был\s)\bприглашен[аыо]?\b|\bзапрасіў\w*|"
    r"(?<!была\s)(?<!былі\s)(?<!быў\s)\bзапрошан[аы]?\b|"
    r"\b(?:may|could|might)\s+(?:exceed|reach|top)\b|может\s+превысить|можа\s+перавысіць|"
    r"могут\s+стать|может\s+стать|могуць\s+стаць|можа\s+стаць|послужит|"
    r"will|to\s+be\s+(?:held|carried\s+out|implemented|built|launched)|(?<!action\s)plans?\s+to|(?:is|are)\s+planned|scheduled|expected\s+to|agreed\s+to\s+sign|"
    r"договорились\s+(?:о\s+)?подпис\w*|дамовіліся\s+падпіс\w*|"
    # «Стороны договорились устанавливать прямые связи»: what they agreed to do, not done
    r"договорились\s+[а-яё]+(?:ть|ти)\b|дамовіліся\s+[а-яёіў]+(?:ць|ці)\b|\bagreed\s+to\s+\w+|"
    # «о планах по подписанию трех соглашений»: a signing planned
    r"план\w*\s+по\s+подписани\w*|план\w*\s+па\s+падпісанн\w*|"
    # «договорились о взаимных визитах», "came to terms on mutual visits": visits agreed on, not made
    r"договорились\s+о\s+(?:\w+\s+)?визит\w*|\b(?:came\s+to\s+terms|agreed)\s+on\s+(?:\w+\s+)?visits\b|(?:is|are)\s+(?:set|projected|forecast)\s+to|"
    # «в мае приняли решение подписать договор», "decided to sign": a signing decided on, not done
    r"решени\w*\s+(?:о\s+)?подпис\w*|рашэнн\w*\s+(?:аб\s+)?падпіс\w*|решили\s+подписать|вырашылі\s+падпісаць|"
    r"decided\s+to\s+sign|decision\s+to\s+sign|"
    # «принято решение о подготовке намерения о подписании»: a step towards a signing
    r"о\s+подготовке|подготовят|падрыхтоўцы|падрыхтуюць|to\s+prepare|\bнамерен[аоы]?\b|\bнамераны\b|intends?\s+to|"
    # «Цель визита - подписание соглашения», "the purpose of the visit is to sign": what it is for
    r"цел[ьи]\s+(?:визита|поездки|приезда|встречи)\W{1,4}(?:\w+\s+)?подписани|"
    r"мэта\s+(?:візіту|паездкі|прыезду|сустрэчы)\W{1,4}(?:\w+\s+)?падпісанн|purpose\s+of\s+the\s+(?:visit|trip)\s+is\s+to\s+sign)|"
    + WILL_BECOME_TWINS,
    re.I,
)


# a reporting verb after the words reported: «…, — заявил губернатор», "…, the governor told"
_REPORTED_AFTER = caseless(
    r"[,»\"”]\s*(?:—\s*)?(?:[\w.'’-]+\s+){0,16}?(?:told|said|noted|stressed|заявил\w*|сообщил\w*|рассказал\w*|"
    r"отметил\w*|подчеркнул\w*|сказал\w*|заявіў|паведаміў|расказаў|адзначыў|падкрэсліў|сказаў)\b",
    re.I,
)
# what a plan in the words reported may be of, and then is the sentence's own: a signing,
# a visit, a meeting, a twinning, a forum or days of a region
_ACTS = caseless(
    r"подпис|падпіс|\bsign|визит|візіт|visit|посет|наведа|побратим|пабрацім|twin|sister|встреч|сустрэч|"
    r"\bmeet|talks|переговор|перамов|форум|forum|\bдн[иейя]\b|\bдні\b|\bdays\s+of",
    re.I,
)


def plan_in(sentence: str) -> re.Match[str] | None:
    """The words that make the sentence speak of what lies ahead, if any."""
    plan = _AHEAD.search(sentence)
    reported = _REPORTED_AFTER.search(sentence, plan.end()) if plan else None
    if (
        plan is not None
        and reported is not None
        and not _AHEAD.search(sentence, reported.end())
        and not _ACTS.search(sentence, 0, reported.start())
    ):
        # "We plan to replace…, the governor told the media after the talks…": the plan is what
        # was said; what the sentence tells of its own (the talks) is done
        return None
    return plan


def in_a_programme(text: str, start: int, end: int) -> bool:
    """Whether the sentence is an item of a programme still ahead («Программа насыщенная:
    – участие в выставке; – подписание соглашения…»): what it lists is planned, not done."""
    lines = text[start:end].split("\n")
    if len(lines) > 1 and _PROGRAMME.search(lines[0]) and any(_ITEM.match(line) for line in lines[1:]):
        return not _DONE.search(lines[0])
    line_start = text.rfind("\n", 0, start) + 1
    if not _ITEM.match(text, line_start):
        return False
    for line in reversed(text[:line_start].split("\n")[-30:]):  # back over the items before it
        if line.strip() and not _ITEM.match(line):
            return bool(_PROGRAMME.search(line)) and not _DONE.search(line)
    return False


_ITEM = re.compile(r"\s*[–—•*-]\s")
# the line that opens a programme, ending with its colon
_PROGRAMME = caseless(
    r"\b(?:программ\w*|праграм\w*|agenda|programme|program|itinerary|в\s+планах|у\s+планах)\b[^\n]*:\s*$",
    re.I,
)
# «В программе визита были:», "The programme included:": a programme told after the fact
_DONE = caseless(
    r"\b(?:был[аио]?|состоял\w*|включал\w*|прош[её]л\w*|прошл\w*|былі|уключал\w*|адбыл\w*|"
    r"was|were|included|featured)\b",
    re.I,
)
