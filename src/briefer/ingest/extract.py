"""From an article to candidate facts: one sentence at a time, every value from the
sentence itself or from the article's date.

A sentence that names no place of the registry gives nothing (menus, bylines and
boilerplate name none). A sentence naming a Belarusian place and one abroad may give a
tie (twinning, friendly relations, partnership) with its date, a document signed
(agreement, memorandum, roadmap or programme with its years, protocol of intent), an
event or visit (a plan where it lies ahead), and figures: trade, exports, imports,
investment, counts, each with its qualifier, period and scope. Where the sentence leaves
something open (whose figure, which rubles, the date), the candidate says so.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..places import HOME_COUNTRY, Region, RegionRegistry
from .articles import Article
from .figures import Amount, Period, When, amounts, dates, periods, year_ranges
from .places import Mention, NewPlace, PlaceFinder

_TIES = (
    (
        re.compile(r"стратегическ\w+\s+партн[её]р|стратэгічн\w+\s+партн[её]р|strategic\s+partner", re.I),
        "strategic partners",
    ),
    (re.compile(r"побратим|пабрацім|twinn|sister[- ]cit|twin\s+cit", re.I), "twinned"),
    (
        re.compile(
            r"дружеств|дружеск|дружб\w+\s+(?:и|і)\s+сотруднич|сяброўск|friendly\s+(?:ties|relations)", re.I
        ),
        "friendly",
    ),
    (
        re.compile(
            r"партн[её]рск\w+\s+(?:связ|отношени|сувяз|адносін)|partnership\s+(?:ties|relations)", re.I
        ),
        "partners",
    ),
)
_DOCUMENTS = (
    (re.compile(r"о\s+намерениях|аб\s+намерах|of\s+intent", re.I), "protocol of intent"),
    (re.compile(r"дорожн\w+\s+карт|дарожн\w+\s+карт|road\s?map", re.I), "roadmap"),
    (re.compile(r"меморандум|мемарандум|memorand", re.I), "memorandum"),
    (re.compile(r"программ\w*|праграм\w*|programme|program\b", re.I), "programme"),
    (
        re.compile(
            r"план\w*\s+(?:совместных\s+)?мероприят|план\w*\s+(?:сумесных\s+)?мерапрыем|action\s+plan", re.I
        ),
        "action plan",
    ),
    (re.compile(r"соглашени|пагадненн|agreement|accord\b", re.I), "agreement"),
    (re.compile(r"протокол|пратакол|protocol", re.I), "protocol"),
)
_SIGNED = re.compile(
    r"подписа|падпіса|заключ|утверд|зацверд|установ|устанав|усталяв|\bстали\b|\bсталі\b|"
    r"\bsign(?:ed|ing|s)?\b|\bconclud|\bapprov|\badopt|\bestablish|\bbecame\b|\bhave\s+been\s+twinned",
    re.I,
)
_SINCE = re.compile(r"(?:с|з|since|from)\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_EVENTS = re.compile(
    r"визит|візіт|посети|посетил|наведал|наведа|делегаци|дэлегацы|форум|выставк|выстав|ярмар|кірмаш|"
    r"дни\s+\w+\s+област|дні\s+\w+\s+вобласц|visit|delegation|forum|fair|exhibition|expo\b|days\s+of",
    re.I,
)
_AHEAD = re.compile(
    r"состоится|пройд[её]т|будет|будут|планиру|намечен|намечено|ожидается|адбудзецца|пройдзе|будзе|"
    r"плануе|плануецца|will|to\s+be\s+held|plans?\s+to|is\s+planned|scheduled|expected\s+to",
    re.I,
)
_METRICS = (
    (
        re.compile(
            r"товарооборот|тавараабарот|взаимн\w+\s+торговл|узаемн\w+\s+гандл|trade\s+turnover|trade\b|turnover",
            re.I,
        ),
        "trade turnover",
    ),
    (re.compile(r"экспорт|экспарт|export|shipp|отгруз|адгруз|поставк|пастаўк", re.I), "exports"),
    (re.compile(r"импорт|імпарт|import", re.I), "imports"),
    (re.compile(r"инвестиц|інвестыц|investment|invested", re.I), "investment"),
    (re.compile(r"аккредит|акрэдыт|accredit", re.I), "accredited enterprises"),
    (re.compile(r"сальдо|профицит|surplus", re.I), "trade surplus"),
    (re.compile(r"чист\w+\s+прибыл|прибыл|прыбыт|net\s+profit|profit", re.I), "net profit"),
    (re.compile(r"объ[её]м\w*\s+производств|выпуск|вытворч|output|production", re.I), "output"),
    (re.compile(r"контракт|contract", re.I), "contracts"),
)
_GROWTH = re.compile(
    r"вырос|увеличил|рост|прирост|выраста|павялічы|вырас|рост|increase|grew|growth|rose|up\b", re.I
)
_MORE = re.compile(r"^\W*(?:больше|больш|выше|вышэй|more|higher)", re.I)
_COMPARED = re.compile(
    r"(?:по\s+сравнению\s+с|в\s+сравнении\s+с|у\s+параўнанні\s+з|к\s+уровню|к|compared\s+(?:with|to)|on|than\s+in|since)\s+"
    r"(?P<base>(?:январ\w*[-–]\w+\s+)?(?:19|20)\d\d)",
    re.I,
)


@dataclass
class Candidate:
    """A fact the sentence supports, in the base's terms, before it is written up."""

    kind: str  # twinning, agreement, event, figure
    home: Region
    away: Region | None
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD
    sentence: str
    start: int  # the sentence's place in the article's text
    end: int
    tie: str | None = None
    document: str | None = None
    years: str | None = None  # a programme's or roadmap's span: "2024-2026"
    event: str | None = None  # visit, forum, fair, delegation, days
    metric: str | None = None
    amount: Amount | None = None
    period: Period | None = None
    change_pct: float | None = None
    compared_with: str | None = None
    reported: str | None = None  # for a plan: the day the article put it on record
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Found:
    """A place the registry lacks, as a provisional region, and where the article names it."""

    region: Region
    place: NewPlace
    notes: tuple[str, ...]
    sentence: str
    start: int  # the sentence's place in the article's text
    end: int


@dataclass
class Extraction:
    article: Article
    candidates: list[Candidate]
    new_places: list[Found]


def sentences(text: str) -> Iterator[tuple[str, int, int]]:
    """The article's sentences with their offsets; an abbreviation split off («долл.
    США.») joins the sentence before it."""
    from razdel import sentenize

    pending: tuple[int, int] | None = None
    for piece in sentenize(text):
        start, end = piece.start, piece.stop
        if pending and (len(piece.text) < 8 or piece.text[:1].islower()):
            pending = (pending[0], end)
            continue
        if pending:
            yield text[pending[0] : pending[1]], pending[0], pending[1]
        pending = (start, end)
    if pending:
        yield text[pending[0] : pending[1]], pending[0], pending[1]


def extract(article: Article, finder: PlaceFinder) -> Extraction:
    """Every candidate fact and every new place in the article."""
    registry = finder.registry
    result = Extraction(article, [], [])
    last_home: Region | None = None
    last_periods: list[Period] = []  # the periods the last sentence that named one named
    listing: str | None = None  # the stage of a list of ties the last sentence gave
    setting = _setting(article, finder)
    for sentence, start, end in sentences(article.text):
        sentence = _without_dateline(sentence)
        mentions = finder.mentions(sentence)
        known = list(mentions)
        places = list(finder.new_places(sentence, mentions))
        # larger places first, so that a city's new province already has its country
        places.sort(key=lambda place: {"city": 1, "district": 2}.get(place.kind, 0))
        placed: list[Mention] = []
        for place in places:
            # «…ский район» is a district at home: only a known place or the article's oblast holds it
            around = known if place.adjectival else known + placed
            parent = _parent_for(place, around, known, registry)
            fallback_notes: list[str] = []
            if parent is None:
                parent = setting.get("district" if place.adjectival else place.kind)
                if parent is not None:
                    fallback_notes.append(f"where it lies: {parent.name}, from the rest of the article")
            region, notes = provisional_region(place, parent, article.language)
            placed.append(Mention(region, place.start, place.end, place.name))
            result.new_places.append(
                Found(region, place, tuple(fallback_notes + notes), sentence, start, end)
            )
        mentions.extend(placed)
        mentions.sort(key=lambda mention: mention.start)
        homes = [m for m in mentions if _is_home(registry, m.region)]
        aways = [m for m in mentions if not _is_home(registry, m.region)]
        named = [m for m in homes if not m.adjective]
        if named:
            last_home = _most_specific_unit(registry, named)
        elif homes and last_home is None:
            last_home = _most_specific_unit(registry, homes)
        # a country's adjective is a side only where no place is named
        homes = [m for m in homes if not m.adjective] or (homes if last_home is None else [])
        aways = [m for m in aways if not m.adjective] or aways
        home, away = _pair(registry, homes, aways)
        ahead = bool(_AHEAD.search(sentence))
        found = list(_tie_list(sentence, start, end, mentions, registry, listing)) if mentions else []
        listing = found[0].tie if found else None  # a list of ties may run on past a «;»
        if not found:
            found = list(_dash_pairs(article, sentence, start, end, mentions, registry, ahead))
        if not found:
            found = list(_ties_and_documents(article, sentence, start, end, home, away, ahead, mentions))
        if not found and home and away and _EVENTS.search(sentence):
            found.extend(_events(article, sentence, start, end, home, away, ahead))
        spans = periods(sentence, article.date)
        figures = list(
            _figures(
                article, sentence, start, end, home or last_home, home is None, away, spans, last_periods
            )
        )
        if figures and not spans and last_periods:
            for candidate in figures:
                candidate.notes.append("its period is from an earlier sentence: check it")
        found.extend(figures)
        if spans:
            last_periods = spans
        result.candidates.extend(found)
    return result


def _is_home(registry: RegionRegistry, region: Region) -> bool:
    return region.country_id == HOME_COUNTRY


def _setting(article: Article, finder: PlaceFinder) -> dict[str, Region]:
    """Where the article is set, for a new place its sentence does not place: the
    Belarusian oblast it is filed from or names most (for a district written «…ский
    район»), and the country abroad it names most (for a province or city)."""
    registry = finder.registry
    text = f"{article.title or ''}\n{article.text}"
    counts: dict[str, int] = {}
    dateline = _DATELINE.match(article.text)
    for mention in finder.mentions(text):
        region = mention.region
        unit = (
            _oblast_of(registry, region)
            if region.country_id == HOME_COUNTRY
            else registry.get(region.country_id)
        )
        if unit is not None and unit.id != HOME_COUNTRY:
            weight = 3 if dateline and mention.start < len(article.title or "") + 1 + dateline.end() else 1
            counts[unit.id] = counts.get(unit.id, 0) + weight
    setting: dict[str, Region] = {}
    ranked = sorted(counts, key=lambda region_id: -counts[region_id])
    home = next((r for r in ranked if registry.get(r).country_id == HOME_COUNTRY), None)
    abroad = next((r for r in ranked if registry.get(r).country_id != HOME_COUNTRY), None)
    if home:
        setting["district"] = registry.get(home)
    if abroad:
        for kind in ("province", "city", "krai", "republic", "oblast"):
            setting[kind] = registry.get(abroad)
    return setting


def _oblast_of(registry: RegionRegistry, region: Region) -> Region | None:
    """The oblast (or Minsk) a Belarusian place belongs to."""
    chain = [region.id, *registry.ancestors(region.id)]
    for place, parent in itertools.pairwise(chain):
        if parent == HOME_COUNTRY:
            return registry.get(place)
    return None


_DATELINE = re.compile(
    r"^[A-ZА-ЯЁІЎ][A-ZА-ЯЁІЎ .-]{1,40},\s+\d{1,2}\s+\w+\s*(?:\d{4}\s*)?"
    r"\([A-ZА-ЯЁІЎa-zа-яёіў .-]{2,20}\)\s*[-–—]\s*"
)


def _without_dateline(sentence: str) -> str:
    """The sentence with an agency dateline («ГОМЕЛЬ, 16 мая (БЕЛТА) –») blanked out, so
    that the city it was filed from is not taken for a side of the story; offsets kept."""
    match = _DATELINE.match(sentence)
    return " " * match.end() + sentence[match.end() :] if match else sentence


def _pair(
    registry: RegionRegistry, homes: list[Mention], aways: list[Mention]
) -> tuple[Region | None, Region | None]:
    """The Belarusian side and the partner: where both are named, the two nearest each
    other (the sides of one clause); else the most specific of each."""
    if homes and aways:
        candidates = [h for h in homes if h.region.id != HOME_COUNTRY] or homes
        partners = [a for a in aways if a.region.kind != "country"] or aways
        home, away = min(
            ((h, a) for h in candidates for a in partners),
            key=lambda pair: abs(pair[0].start - pair[1].start),
        )
        return home.region, away.region
    return (_most_specific_unit(registry, homes) if homes else None), _partner(registry, aways)


def _most_specific_unit(registry: RegionRegistry, homes: list[Mention]) -> Region:
    """The Belarusian side: the first place named that is not Belarus itself, if any."""
    for mention in homes:
        if mention.region.id != HOME_COUNTRY:
            return mention.region
    return homes[0].region


def _partner(registry: RegionRegistry, aways: list[Mention]) -> Region | None:
    """The partner abroad: the most specific place named (a province before its country)."""
    if not aways:
        return None
    specific = [m.region for m in aways if m.region.kind != "country"]
    return specific[0] if specific else aways[0].region


_PARENT_KINDS = {
    "city": ("province", "oblast", "krai", "republic", "region", "autonomous-region", "country"),
    "district": ("oblast", "province", "krai", "republic", "region", "autonomous-region", "city", "country"),
}


def _parent_for(
    place: NewPlace, mentions: list[Mention], known: list[Mention], registry: RegionRegistry
) -> Region | None:
    """The place the new one lies in: a larger unit named beside it (a province for a
    city, an oblast for a district), a known place before a new one, nearest first; a
    Belarusian district lies in the oblast of the town named beside it."""
    wanted = _PARENT_KINDS.get(place.kind, ("country",))
    candidates = [m for m in mentions if m.region.kind in wanted and m.start != place.start]
    if not candidates:
        return None
    best = min(
        candidates,
        key=lambda m: (m not in known, wanted.index(m.region.kind), abs(m.start - place.start)),
    )
    parent = best.region
    if (
        place.kind == "district"
        and parent.kind == "city"
        and parent.parent
        and parent.country_id == HOME_COUNTRY
    ):
        return registry.get(parent.parent)
    return parent


def provisional_region(place: NewPlace, parent: Region | None, language: str) -> tuple[Region, list[str]]:
    """The new place as a region of its own, with what must be checked before it is
    accepted into the registry."""
    name, notes = _nominative(place, language)
    latin = transliterate(name)
    if place.adjectival and language == "ru":  # «Светлогорский район»: Svetlogorsk District
        latin = f"{transliterate(name.removesuffix(' район')).removesuffix('iy')}y District"
    region_id = re.sub(r"[^a-z0-9]+", "-", latin.lower()).strip("-")[:60] or "place"
    names = ((language, name),) if language != "en" else ()
    country = (parent.id if parent.kind == "country" else parent.country) if parent else None
    if country is None:
        notes.append("the article does not say which country or region it lies in: add country and parent")
    if latin != name:
        notes.append("the English name is a transliteration: check it against an official spelling")
    aliases = tuple(sorted({name, place.name} - {latin}))
    region = Region(
        region_id, latin, place.kind, country, parent.id if parent else None, aliases, names=names
    )
    return region, notes


def _nominative(place: NewPlace, language: str) -> tuple[str, list[str]]:
    """The place's name in the nominative: after «город», «провинция» a name stands in
    the nominative already («с городом Баодин»); before «район» it is an adjective to
    put in the nominative (Russian only: Belarusian is taken as written)."""
    if not place.adjectival:
        return place.name, []
    if language == "ru":
        from ..text.morphology import nominative

        return f"{nominative(place.name, adjective=True)} район", []
    if language == "be":
        return place.name, ["the name is as the article writes it: put it in the nominative"]
    return f"{place.name} {place.kind.title()}", []


_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ў": "w",
})  # fmt: skip


def transliterate(name: str) -> str:
    """A Latin spelling to start from (Баодин → Baodin); the editor corrects it."""
    if not re.search(r"[а-яёіў]", name, re.IGNORECASE):
        return name
    return " ".join(word[:1].upper() + word[1:] for word in name.lower().translate(_LATIN).split())


def _date_of(article: Article, sentence: str, ahead: bool, notes: list[str], near: int = 0) -> str | None:
    """The date of what the sentence reports: the date it gives nearest ``near`` (where
    the tie or document is named), or the article's own date where the sentence says
    nothing of when (said in the notes)."""
    found: list[tuple[int, str]] = [(when.start, when.date) for when in dates(sentence, article.date, ahead)]
    found += [(m.start(), m["year"]) for m in _SINCE.finditer(sentence)]
    found += [(p.start, p.text) for p in periods(sentence) if re.fullmatch(r"\d{4}", p.text)]
    if found:
        # of two readings of one place («in July 2020» as a month and a year) the finer wins
        return min(found, key=lambda item: (abs(item[0] - near), -len(item[1])))[1]
    if article.date is None:
        notes.append("the sentence gives no date and the article none: date to fill in")
        return None
    notes.append(f"the sentence gives no date: the article's date ({article.date.isoformat()}) is used")
    return article.date.isoformat()


_CITIES = re.compile(r"\bcit(?:y|ies)\b|город|горад", re.I)


def _as_city(region: Region, mentions: list[Mention], wanted: bool) -> Region:
    """The city a spelling also names (Brest, Mogilev), where the tie is between cities."""
    if not wanted:
        return region
    for mention in mentions:
        if mention.region.id == region.id:
            return next((other for other in mention.others if other.kind == "city"), region)
    return region


_DASH_PAIR = re.compile(r"^\s*[-–—]\s*$")


def _dash_pairs(
    article: Article,
    sentence: str,
    start: int,
    end: int,
    mentions: list[Mention],
    registry: RegionRegistry,
    ahead: bool,
) -> Iterator[Candidate]:
    """Ties given as pairs: «Могилёв — Нанкин, Бобруйск — Уси», "Mogilev - Nanjing"."""
    tie = next((stage for pattern, stage in _TIES if pattern.search(sentence)), None)
    if tie is None:
        return
    pairs = [
        (one, other)
        for one, other in itertools.pairwise(mentions)
        if _is_home(registry, one.region)
        and not _is_home(registry, other.region)
        and _DASH_PAIR.match(sentence[one.end : other.start])
    ]
    if len(pairs) < 2:
        return
    notes: list[str] = []
    date = _date_of(article, sentence, ahead, notes)
    if not date:
        return
    cities = bool(_CITIES.search(sentence))
    for home, away in pairs:
        region = _as_city(home.region, mentions, cities or away.region.kind == "city")
        yield Candidate(
            "twinning", region, away.region, date, sentence, start, end, tie=tie, notes=list(notes)
        )


_YEAR_AFTER = re.compile(
    r"\s*(?:province|region|oblast|city|провинци\w*|област\w*)?\s*\((?:since\s+|с\s+|з\s+)?(?P<year>(?:19|20)\d\d)\)",
    re.I,
)


def _tie_list(
    sentence: str,
    start: int,
    end: int,
    mentions: list[Mention],
    registry: RegionRegistry,
    listing: str | None = None,
) -> Iterator[Candidate]:
    """Ties listed with their years: «Брестская область — Хубэй (1994), Цинхай (2015);
    Витебская — Шаньдун (2004)…», "Gomel - Inner Mongolia (2011) and Sichuan (2011)":
    each partner with the year in brackets after it, paired with the Belarusian place
    named last before it."""
    tie = next((stage for pattern, stage in _TIES if pattern.search(sentence)), listing)
    if tie is None:
        return
    home: Region | None = None
    listed = []
    for mention in mentions:
        if _is_home(registry, mention.region):
            home = mention.region
            continue
        bracket = _YEAR_AFTER.match(sentence, mention.end)
        if home is not None and bracket and mention.region.kind != "country":
            listed.append((home, mention.region, bracket["year"]))
    if len(listed) < (1 if listing else 2):
        return
    seen = set()
    for home_region, away_region, year in listed:
        home_region = _as_city(
            home_region, mentions, away_region.kind == "city" or bool(_CITIES.search(sentence))
        )
        if (home_region.id, away_region.id) in seen:
            continue
        seen.add((home_region.id, away_region.id))
        yield Candidate("twinning", home_region, away_region, year, sentence, start, end, tie=tie)


def _keyword(sentence: str, table: tuple[tuple[re.Pattern[str], str], ...]) -> int:
    """Where the first word of ``table`` stands in the sentence."""
    found = [match.start() for pattern, _ in table if (match := pattern.search(sentence))]
    return min(found) if found else 0


def _ties_and_documents(
    article: Article,
    sentence: str,
    start: int,
    end: int,
    home: Region | None,
    away: Region | None,
    ahead: bool,
    mentions: list[Mention],
) -> Iterator[Candidate]:
    if home is None or away is None or (home.id == HOME_COUNTRY and away.kind == "country"):
        return
    document = next((name for pattern, name in _DOCUMENTS if pattern.search(sentence)), None)
    tie = next((stage for pattern, stage in _TIES if pattern.search(sentence)), None)
    signed = bool(_SIGNED.search(sentence)) or bool(_SINCE.search(sentence))
    if tie and (signed or _SINCE.search(sentence)) and document in (None, "agreement", "protocol"):
        notes: list[str] = []
        date = _date_of(article, sentence, ahead, notes, _keyword(sentence, _TIES))
        if date:
            home = _as_city(home, mentions, away.kind == "city" or bool(_CITIES.search(sentence)))
            yield Candidate("twinning", home, away, date, sentence, start, end, tie=tie, notes=notes)
        return
    if document and signed:
        notes = []
        date = _date_of(article, sentence, ahead, notes, _keyword(sentence, _DOCUMENTS))
        spans = year_ranges(sentence)
        years = (
            spans[0][0]
            if spans and document in ("roadmap", "programme", "action plan", "agreement")
            else None
        )
        if date:
            candidate = Candidate(
                "agreement",
                home,
                away,
                date,
                sentence,
                start,
                end,
                tie=tie,
                document=document,
                years=years,
                notes=notes,
            )
            if tie == "twinned" and document == "protocol of intent":
                candidate.notes.append("a protocol of intent to twin: the twinning itself is still to come")
            yield candidate


def _events(
    article: Article, sentence: str, start: int, end: int, home: Region, away: Region, ahead: bool
) -> Iterator[Candidate]:
    notes: list[str] = []
    date = _date_of(article, sentence, ahead, notes)
    if not date:
        return
    word = _EVENTS.search(sentence)
    event = _event_kind(word.group() if word else "")
    candidate = Candidate("event", home, away, date, sentence, start, end, event=event, notes=notes)
    if ahead and article.date is not None:
        candidate.reported = article.date.isoformat()
        candidate.notes.append("announced: a plan, not yet an event")
    yield candidate


_EVENT_KINDS = (
    ("форум", "forum"), ("forum", "forum"), ("выстав", "exhibition"), ("exhib", "exhibition"),
    ("expo", "exhibition"), ("ярмар", "fair"), ("кірмаш", "fair"), ("fair", "fair"),
    ("дни", "days"), ("дні", "days"), ("days", "days"),
)  # fmt: skip


def _event_kind(word: str) -> str:
    folded = word.lower()
    return next((kind for stem, kind in _EVENT_KINDS if folded.startswith(stem)), "visit")


def _figures(
    article: Article,
    sentence: str,
    start: int,
    end: int,
    home: Region | None,
    home_from_before: bool,
    away: Region | None,
    spans: list[Period],
    carried: list[Period],
) -> Iterator[Candidate]:
    if home is None:
        return
    found = amounts(sentence)
    if not found:
        return
    absolute = [a for a in found if a.unit not in ("percent", "times")]
    for amount in found:
        period = (_period_for(spans, amount, sentence) if spans else None) or (
            carried[-1] if carried else None
        )
        if period is None:
            continue
        notes: list[str] = []
        metric = _metric_for(sentence, amount, absolute, notes)
        if metric is None:
            continue
        if home_from_before:
            notes.append(
                f"whose figure: the sentence names no Belarusian place; "
                f"{home.name} is from an earlier sentence"
            )
        if amount.unsure:
            notes.append(amount.unsure)
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


# what a count measures, by what it counts
_COUNT_METRICS = {
    "countries": "countries supplied",
    "companies": "companies",
    "enterprises": "enterprises",
    "residents": "resident companies",
    "joint ventures": "joint ventures",
    "agreements": "agreements signed",
    "projects": "projects",
    "tonnes": "tonnes",
}


def _metric_for(sentence: str, amount: Amount, absolute: list[Amount], notes: list[str]) -> str | None:
    """What the amount measures, in the base's words; None where the sentence does not
    say plainly enough to propose it (a percentage riding on an amount is that amount's
    change; a share or a growth of nothing named; a count of countries with no exports)."""
    metric = _metric_before(sentence, amount.start)
    if amount.unit == "percent" and any(_near(other, amount) for other in absolute):
        return None
    growing = bool(_GROWTH.search(sentence[max(0, amount.start - 60) : amount.start]))
    if amount.unit == "times" or (amount.unit == "percent" and growing):
        return f"growth of {metric}" if metric in _BASIC_METRICS else None
    if amount.unit == "percent":
        if metric not in _BASIC_METRICS:
            return None
        notes.append("a share: of which whole, check the evidence")
        return f"share of {metric}"
    if amount.unit in _COUNT_METRICS and metric != "accredited enterprises":
        cue = _COUNT_CUES.get(amount.unit)
        if cue is not None and not cue.search(sentence):
            return None
        return _COUNT_METRICS[amount.unit]
    if metric == "accredited enterprises" and amount.unit not in ("enterprises", "companies"):
        metric = None
    if metric is None:
        notes.append("what it measures is not named plainly: check the evidence and name the metric")
        return "amount"
    return metric


# what a count needs beside it to be a figure worth proposing
_EXPORTING = re.compile(r"экспорт|экспарт|export|shipp|supplied|поставл|пастаўл|отгруж", re.I)
_COUNT_CUES: dict[str, re.Pattern[str]] = {
    "countries": _EXPORTING,
    "tonnes": _EXPORTING,
    "companies": re.compile(
        r"аккредит|акрэдыт|accredit|regist|зарегистр|рэгістр|резидент|рэзідэнт|resident", re.I
    ),
    "agreements": re.compile(r"подписа|падпіса|signed|concluded|заключ", re.I),
}


_BASIC_METRICS = ("trade turnover", "exports", "imports", "investment")


def _near(one: Amount, other: Amount) -> bool:
    """Two amounts of one statement: '$120.5 million in 2024, up 15%'."""
    gap = other.start - one.end if one.start < other.start else one.start - other.end
    return gap < 40


_PREVIOUS_YEAR = re.compile(
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


def _metric_before(sentence: str, position: int) -> str | None:
    """The metric the amount measures: the nearest metric word before it in its clause,
    else the first after it."""
    best: tuple[int, str] | None = None
    for pattern, metric in _METRICS:
        for match in pattern.finditer(sentence):
            distance = position - match.end() if match.end() <= position else 1000 + match.start() - position
            if best is None or distance < best[0]:
                best = (distance, metric)
    if best is None or best[0] > 1150:
        return None
    return best[1]


def _period_for(spans: list[Period], amount: Amount, sentence: str = "") -> Period | None:
    """The period nearest the amount, preferring one before it; a period in brackets
    belongs to the amounts in the same brackets ("$1.041 billion (in 2020, $1.014
    billion)")."""
    inside = _brackets(sentence, amount.start)
    fitting = [p for p in spans if not sentence or _brackets(sentence, p.start) == inside]
    if not fitting:
        return None
    return min(fitting, key=lambda p: abs(p.start - amount.start) + (0 if p.start < amount.start else 5))


def _brackets(sentence: str, position: int) -> int:
    """Where the innermost bracket around ``position`` opens, or -1."""
    depth_starts: list[int] = []
    for index, char in enumerate(sentence[:position]):
        if char == "(":
            depth_starts.append(index)
        elif char == ")" and depth_starts:
            depth_starts.pop()
    return depth_starts[-1] if depth_starts else -1


def _change_near(found: list[Amount], amount: Amount, sentence: str) -> float | None:
    """A growth in percent given with the amount ('up 24.9% to $8.023 billion')."""
    for other in found:
        if other.unit == "percent" and abs(other.start - amount.start) < 60:
            before = sentence[max(0, other.start - 40) : other.start]
            after = sentence[other.end : other.end + 30]
            if _GROWTH.search(before) or _GROWTH.search(after) or _MORE.search(after):
                falling = re.search(
                    r"снизил|сократил|упал|знізіў|скараціў|decreas|fell|declin|down", before, re.I
                )
                return -other.value if falling else other.value
    return None


def _date_from(when: When) -> dt.date:
    return dt.date.fromisoformat(when.date)
