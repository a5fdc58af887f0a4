"""Which places a sentence's fact is between: the Belarusian side and the partner, as a
desk reads them — the place a tie's word names, not the venue; a district before its
oblast; a partner joined by «и»; an event named twice, once by its country, kept once."""

from __future__ import annotations

import re
from dataclasses import replace

from ..places import HOME_COUNTRY, Region, RegionRegistry
from ..text.caseless import caseless
from .articles import Article
from .candidates import Candidate, is_home
from .epithets import centre_of
from .places import Mention, PlaceFinder, districts_named
from .venues import named_as_where, only_where, seat_of_a_mission

_QUOTED = re.compile(r"«[^«»]{1,60}»|\"[^\"]{1,60}\"|“[^“”]{1,60}”")


def in_title(sentence: str, mention: Mention) -> bool:
    """Whether the mention stands in a short quoted name (at most five words)."""
    return any(
        quoted.start() < mention.start < quoted.end() and len(quoted.group().split()) <= 5
        for quoted in _QUOTED.finditer(sentence)
    )


def oblast_of(registry: RegionRegistry, region: Region) -> Region:
    """A city's oblast, where the registry gives it; else the region itself."""
    if region.kind == "city" and region.parent in registry.regions:
        parent = registry.get(region.parent)
        if parent.kind == "oblast":
            return parent
    return region


_POSSESSIVE = re.compile(r"['’]s$")
_OWNED_BY = caseless(
    r"^(?:['’]s)?\s+(?:\w+\s+){0,3}?(?:foreign\s+trade|trade|exports?|imports?|turnover|fleet)", re.I
)
_METRIC_OF = caseless(
    r"(?:(?:foreign\s+)?trade(?:\s+turnover)?|exports?|imports?)\s+of\s+(?:the\s+)?$|"
    r"(?:внешнеторгов\w+\s+оборот|товарооборот|тавараабарот|экспорт|экспарт|импорт|імпарт)\w*\s+$",
    re.I,
)


def owner(sentence: str, mentions: list[Mention]) -> Region | None:
    """A place abroad whose own figure the sentence gives: named in the possessive or
    right after the metric ("trade of Sakhalin Region", «товарооборот Курской области»)."""
    for mention in mentions:
        if is_home(mention.region) or mention.adjective:
            continue
        possessive = bool(_POSSESSIVE.search(mention.text)) or sentence[mention.end : mention.end + 2] in (
            "'s",
            "’s",
        )
        if (possessive and _OWNED_BY.match(sentence[mention.end : mention.end + 60])) or _METRIC_OF.search(
            sentence[max(0, mention.start - 40) : mention.start]
        ):
            return mention.region
    return None


def pair(
    registry: RegionRegistry, homes: list[Mention], aways: list[Mention], sentence: str = ""
) -> tuple[Region | None, Region | None]:
    """The Belarusian side and the partner: two places joined by «и» or "and"; else,
    where both are named, the two nearest each other (the sides of one clause); else the
    most specific of each."""
    # (not two countries: «форум регионов Беларуси и России» held in Brest is Brest's)
    joined = [
        (h, a)
        for h, a in joined_pairs(sentence, homes, aways)
        if not h.region.kind == a.region.kind == "country"
    ]
    joined.sort(key=lambda sides: sides[1].region.kind == "country")  # Irkutsk Oblast before Russia
    if joined:
        side = joined[0][0].region
        own = [
            h
            for h in homes
            if h.region.id != HOME_COUNTRY
            and (not h.adjective or body_of(sentence, h))
            and not named_as_where(sentence, h)  # «в Бресте мы провели…»: where, not who
        ]
        if side.id == HOME_COUNTRY and own:
            # «Сотрудничество Республики Карелия и Республики Беларусь обсудили представители
            # Витебского облисполкома»: the oblast that met speaks for Belarus
            side = most_specific_unit(registry, own)
        return side, joined[0][1].region
    if homes and aways:
        candidates = most_specific(registry, [h for h in homes if h.region.id != HOME_COUNTRY] or homes)
        partners = most_specific(registry, [a for a in aways if a.region.kind != "country"] or aways)
        home, away = min(
            ((h, a) for h in candidates for a in partners),
            key=lambda pair: abs(pair[0].start - pair[1].start),
        )
        return home.region, away.region
    return (most_specific_unit(registry, homes) if homes else None), partner(registry, aways)


def most_specific(registry: RegionRegistry, mentions: list[Mention]) -> list[Mention]:
    """The mentions less a place named right after a place it holds («горадам Дуньхуан
    правінцыі Ганьсу»: Dunhuang, not Gansu; «Островецким районом Гродненской области»:
    the district, not the oblast)."""
    holding = {
        id(later)
        for earlier in mentions
        for later in mentions
        if later.start >= earlier.end
        and later.start - earlier.end <= _HOLDER_GAP
        and later.region.id in ancestors(registry, earlier.region)
    }
    return [mention for mention in mentions if id(mention) not in holding] or mentions


_VENUE = caseless(r"(?:^|\s)(?:в|во|у|ў|in)\s+$", re.I)
_HOLDER_GAP = 30  # characters between a place and the larger place that follows it


def ancestors(registry: RegionRegistry, region: Region) -> list[str]:
    """The region's parents; a new place's parent is its own (perhaps new too), then
    the registry's."""
    if region.id in registry.regions:
        return registry.ancestors(region.id)
    if region.parent:
        above = registry.ancestors(region.parent) if region.parent in registry.regions else []
        return [region.parent, *above]
    return []


def without_possessive_countries(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without Belarus named as a place's owner ("Belarus's Minsk city"), and
    without a country written right after its own place («в Иркутской области Российской
    Федерации», "in Brest, Belarus"): no side of its own. (A country abroad named before its
    place stays: it tells a venue beside it.)"""
    return [
        m
        for m in mentions
        if not (
            m.region.id == HOME_COUNTRY
            and not m.adjective
            and any(
                o.start > m.end
                and o.region.country == m.region.id
                and _OWNED.fullmatch(sentence[m.end - 2 : o.start])
                for o in mentions
            )
        )
        and not country_after_its_place(m, mentions)
    ]


def country_after_its_place(mention: Mention, mentions: list[Mention], gap: int = 2) -> bool:
    """Whether the mention is a country written right after a place of its own, at most
    ``gap`` characters on («Иркутской области Российской Федерации», «Кировская область РФ»)."""
    return mention.region.kind == "country" and any(
        other.region.country == mention.region.id and 0 <= mention.start - other.end <= gap
        for other in mentions
    )


_OWNED = re.compile(r".?(?:'s|’s|'|’)\s+")  # the possessive inside the mention or after it


def most_specific_unit(registry: RegionRegistry, homes: list[Mention]) -> Region:
    """The Belarusian side: the first place named that is not Belarus itself, if any."""
    for mention in homes:
        if mention.region.id != HOME_COUNTRY:
            return mention.region
    return homes[0].region


def joined_pairs(sentence: str, homes: list[Mention], aways: list[Mention]) -> list[tuple[Mention, Mention]]:
    """A Belarusian place and one abroad joined by «и», "and" or a comma («Горки и
    Зерноград», "Belarus and Russia's Irkutsk Oblast"), in the order named."""
    return [
        (h, a)
        for h in homes
        for a in aways
        if sentence and _JOINED_SIDES.fullmatch(sentence[min(h.end, a.end) : max(h.start, a.start)])
    ]


# two sides joined: «Горки и Зерноград» (not "to Belarus and with Astrakhan", two partners of one side)
_JOINED_SIDES = caseless(r"\s*(?:и|і|and|,)\s*(?:[A-Z]\w+['’]s\s+)?", re.I)


def partner(registry: RegionRegistry, aways: list[Mention]) -> Region | None:
    """The partner abroad: the most specific place named (a province before its country)."""
    if not aways:
        return None
    specific = [m.region for m in aways if m.region.kind != "country"]
    return specific[0] if specific else aways[0].region


CITIES = caseless(r"\bcit(?:y|ies)\b|город|горад", re.I)
# who acts for the Belarusian side: an oblast's executive committee or a city's
_OBLAST_BODY = caseless(
    r"облисполком|облвыканкам|аблвыканкам|областного исполнительного|regional executive committee|"
    r"oblast executive committee",
    re.I,
)
_CITY_BODY = caseless(r"горисполком|гарвыканкам|городского исполнительного|city executive committee", re.I)


def body_of(sentence: str, mention: Mention) -> bool:
    """Whether the mention names an executive committee («Миноблисполкома», «Гомельского
    облисполкома»): the oblast or city that acts, not a word of description."""
    return bool(_OBLAST_BODY.search(mention.text) or _CITY_BODY.search(mention.text)) or bool(
        _BODY_AFTER.match(sentence, mention.end)
    )


_BODY_AFTER = caseless(r"\s+(?:облисполком\w*|горисполком\w*|аблвыканкам\w*|гарвыканкам\w*)", re.I)


def side_by_body(registry: RegionRegistry, home: Region | None, sentence: str) -> Region | None:
    """«в Гомеле председатель облисполкома … подписали»: the city is where it happened, the
    oblast's executive committee is who signed, so the oblast is the side."""
    if home is None or home.kind != "city" or not home.parent or home.parent not in registry.regions:
        return home
    parent = registry.get(home.parent)
    if parent.kind == "oblast" and _OBLAST_BODY.search(sentence) and not _CITY_BODY.search(sentence):
        return parent
    return home


def as_city(region: Region, mentions: list[Mention], wanted: bool) -> Region:
    """The city a spelling also names (Brest, Mogilev), where the tie is between cities."""
    if not wanted:
        return region
    for mention in mentions:
        if mention.region.id == region.id:
            return next((other for other in mention.others if other.kind == "city"), region)
    return region


def sides_of(
    registry: RegionRegistry, sentence: str, keyword: int, mentions: list[Mention], home: Region, away: Region
) -> tuple[Region, Region, str]:
    """The two sides a tie or document names: the Belarusian place and the partner
    nearest after its word («…о побратимских отношениях Гомельской области и провинции
    Цзилинь», not the city visited before it), else the sentence's pair; with the words
    that name them (whether they are cities)."""
    # «между Брестским облисполкомом и правительством Удмуртии»: an oblast's body is its oblast
    named = most_specific(
        registry, [m for m in mentions if not m.adjective or (is_home(m.region) and body_of(sentence, m))]
    )
    all_homes = [m for m in named if is_home(m.region)]
    homes = [m for m in all_homes if m.region.id != HOME_COUNTRY]
    aways = [m for m in named if not is_home(m.region) and not seat_of_a_mission(sentence, m)]
    if not aways and away.kind != "country" and away.id not in {m.region.id for m in mentions}:
        return home, away, sentence  # «с этой вьетнамской провинцией»: the partner read from the article
    # «в Москве подписали … с рядом российских регионов»: where it was signed is no side
    aways = (
        [m for m in aways if not _VENUE.search(sentence[max(0, m.start - 4) : m.start])]
        or [m for m in mentions if m.adjective and not is_home(m.region)]
        or aways
    )
    aways = [m for m in aways if m.region.kind != "country"] or aways
    # «Горки и Зерноград стали городами-побратимами», "between the government of Belarus
    # and Khabarovsk Territory": two places joined are the sides
    joined = joined_pairs(sentence, all_homes, aways)
    # «…подписано во время заседания рабочей группы по сотрудничеству между Удмуртией и Беларусью»:
    # the country joined to the partner later is not the oblast that signed
    bodies = [m.start for m in homes if body_of(sentence, m)]  # «Брестским облисполкомом»
    joined = [(h, a) for h, a in joined if h.region.id != HOME_COUNTRY or not bodies or min(bodies) > h.start]
    if not joined and (not homes or not aways):
        return home, away, sentence

    def distance(mention: Mention) -> int:
        # the sides follow the word ("twinning agreement with the Mogilev region") or
        # stand just before it ("Jiangsu province, which signed a twinning agreement")
        return mention.start - keyword if mention.start >= keyword else keyword - mention.end + 10

    if joined:
        # «на заседании рабочей группы Республики Беларусь и Краснодарского края … соглашение об
        # установлении дружественных отношений между Сочи и Минском»: the pair nearest the word
        near_home, near_away = min(joined, key=lambda pair: distance(min(pair, key=lambda m: m.start)))
        start, stop = min(near_home.start, near_away.start), max(near_home.end, near_away.end)
        return near_home.region, near_away.region, sentence[max(0, start - 40) : stop]

    near_home, near_away = min(homes, key=distance), min(aways, key=distance)
    start, stop = min(near_home.start, near_away.start, keyword), max(near_home.end, near_away.end)
    return near_home.region, near_away.region, sentence[max(0, start - 40) : stop]


def twin_town_at_home(candidate: Candidate, story_home: Region | None, home_before: Region | None) -> None:
    """A country twins with no town: the Belarusian side of a twinning told as Belarus is the
    town the title names («визит в Беларусь делегации из Казани» under a title giving Minsk
    its new twin), or the town named just before («Партнерство установлено между Канашем и
    Осиповичами. Соглашение о побратимстве подписано … в Беларусь»: Osipovichi's)."""
    if candidate.kind != "twinning" or candidate.home.id != HOME_COUNTRY or candidate.away is None:
        return
    if story_home is not None and candidate.away.kind != "country":
        candidate.home = story_home
        candidate.notes.append(f"the Belarusian side: {story_home.name}, as the title names it")
    elif home_before is not None and home_before.kind == "city" and candidate.away.kind == "city":
        candidate.home = home_before
        candidate.notes.append(f"the Belarusian side: {home_before.name}, named before")


def union_meets(sentence: str, away: Region, homes: list[Mention]) -> bool:
    """Whether a union's body meets where the Belarusian place is named only as where ("the
    Council of Foreign Ministers of the CIS in Minsk"): no tie of the place with the union."""
    return away.kind == "union" and all(named_as_where(sentence, m) for m in homes)


_IN_A_PLACE = caseless(r"(?:^|\s)(?:в|во|у|ў|in)\s+(?:\w+\s+)?$", re.I)


def oblast_hosting(
    registry: RegionRegistry, home: Region | None, before: Region | None, sentence: str, homes: list[Mention]
) -> Region | None:
    """The oblast named before, where the sentence names its centre only as where something
    is held («с визитом в белорусской столице», «переговоры в Могилеве»)."""
    if home is None or before is None or before.kind != "oblast" or centre_of(registry, before) != home.id:
        return None
    named = [m for m in homes if m.region.id == home.id]
    if named and all(_IN_A_PLACE.search(sentence[max(0, m.start - 25) : m.start]) for m in named):
        return before
    return None


def venue_within(registry: RegionRegistry, sentence: str, mention: Mention, others: list[Mention]) -> bool:
    """Whether a place is named as where («в Ташкенте») beside a larger place it lies in."""
    if not _VENUE.search(sentence[max(0, mention.start - 4) : mention.start]):
        return False
    larger = ancestors(registry, mention.region)
    return any(other.region.id in larger for other in others if other is not mention)


def title_home(article: Article, finder: PlaceFinder) -> Region | None:
    """The one Belarusian place below the country the article's title names."""
    homes = {
        m.region.id: m.region
        for m in finder.mentions(article.title or "")
        if is_home(m.region) and m.region.id != HOME_COUNTRY and not m.adjective
    }
    return next(iter(homes.values())) if len(homes) == 1 else None


def title_partner(article: Article, finder: PlaceFinder) -> Region | None:
    """The partner abroad the article's title names beside a Belarusian place."""
    mentions = finder.mentions(article.title or "")
    if not any(is_home(m.region) for m in mentions):
        return None
    title = article.title or ""
    return partner(
        finder.registry,
        [m for m in mentions if not is_home(m.region) and not m.adjective and not only_where(title, m)],
    )


def title_names_belarus(article: Article, finder: PlaceFinder, registry: RegionRegistry) -> Region | None:
    """Belarus, where the article's title names the country (not by an adjective)."""
    named = any(m.region.id == HOME_COUNTRY and not m.adjective for m in finder.mentions(article.title or ""))
    return registry.get(HOME_COUNTRY) if named and HOME_COUNTRY in registry.regions else None


_CITY_OF_IT = caseless(r"(?:city\s+of|город\w*|горад\w*)\s+$", re.I)
_LED_BY_ITS_MAYOR = caseless(
    r"[^.;]{0,30}?(?:led\s+by|headed\s+by|во\s+главе\s+со?|на\s+чале\s+з)\s+(?:the\s+|its\s+)?"
    r"(?:mayor|мэр\w*|глав\w*\s+города|кіраўнік\w*\s+горада)",
    re.I,
)
_CITY_IN_NAME = caseless(r"(?:city\s+of|город\w*|горад\w*)\s", re.I)  # "city of Gomel"
_KIND_IN_NAME = caseless(
    r"област|вобласц|oblast|region|регион|рэгіён|край|krai|province|правінц|провинц", re.I
)


def cities_named_as_such(sentence: str, mentions: list[Mention]) -> dict[str, Region]:
    """The names the sentence calls cities ("the Russian city of Kursk", «город Гомель»), by
    the id of the larger place the bare name would be read as."""
    read: dict[str, Region] = {}
    for m in mentions:
        if not (
            _CITY_OF_IT.search(sentence, max(0, m.start - 12), m.start)
            or _CITY_IN_NAME.match(m.text)
            or _LED_BY_ITS_MAYOR.match(sentence, m.end)  # "an Omsk delegation led by the mayor"
        ):
            continue
        if m.region.kind == "city" and m.region.id.endswith("-city"):
            read[m.region.id.removesuffix("-city")] = m.region  # read as the city already
        read.update((m.region.id, city) for city in m.others if city.kind == "city")
    return read


def centres_read_as_oblasts(
    registry: RegionRegistry, sentence: str, mentions: list[Mention], seen: set[str], read: dict[str, Region]
) -> None:
    """«Minsk region of Belarus is ready…», then "Minsk's strengths": a story that names an
    oblast before its centre's bare name reads that name as the oblast, until it calls the
    place a city. ``read`` is updated in place; ``seen`` holds the ids named so far."""
    for m in mentions:
        centre = centre_of(registry, m.region) if m.region.kind == "oblast" else None
        named_before = centre in seen or any(x.region.id == centre and x.start < m.start for x in mentions)
        if centre and not named_before and _KIND_IN_NAME.search(m.text):
            read[centre] = m.region
        if m.region.id in read and (
            _CITY_OF_IT.search(sentence, max(0, m.start - 12), m.start) or _CITY_IN_NAME.match(m.text)
        ):
            del read[m.region.id]  # "the city of Minsk": the city after all


def as_read_before(mentions: list[Mention], read: dict[str, Region], one_word: bool = False) -> list[Mention]:
    """Bare names the article has already read one way, read so again: as cities ("Twinning
    ties with Kursk were established back in 2004") or, with ``one_word``, a centre's own
    one-word name as its oblast (not «столица Беларуси», not «Мингорисполком»), the city kept
    as what the name may mean («…между Екатеринбургом и Гомелем»: a tie of cities)."""
    return [
        replace(m, region=read[m.region.id], others=(m.region,) if one_word else ())
        if m.region.id in read
        and not m.adjective
        and not _KIND_IN_NAME.search(m.text)
        and (not one_word or _ONE_WORD_NAME.fullmatch(m.text))
        else m
        for m in mentions
    ]


_ONE_WORD_NAME = caseless(r"(?!\w*(?:исполком|выканкам))[A-ZА-ЯЁІЎ][\w’'-]*", re.I)


_OF_THE_CITY = caseless(r"\s+(?:г\.\s*|города\s+|горада\s+|of\s+)?", re.I)


def districts_of_their_cities(
    registry: RegionRegistry, sentence: str, mentions: list[Mention]
) -> list[Mention]:
    """The mentions with a district read as the one of the city named right after it
    («Октябрьским районом города Минска» is Minsk's, not Gomel Oblast's district of that name)."""
    found = list(mentions)
    for index, mention in enumerate(found[:-1]):
        following = found[index + 1]
        if (
            mention.region.kind != "district"
            or following.region.kind != "city"
            or mention.region.parent == following.region.id
            or not _OF_THE_CITY.fullmatch(sentence[mention.end : following.start])
        ):
            continue
        names = [name for _, name in mention.region.names]
        own = next(iter(districts_named(registry, names, {following.region.id})), None)
        if own is not None:
            found[index] = Mention(own, mention.start, following.end, sentence[mention.start : following.end])
            found[index + 1] = found[index]
    return list(dict.fromkeys(found))


FIRST_LEVEL = ("oblast", "province", "krai", "republic", "region", "autonomous-region", "municipality")


def at_its_level(registry: RegionRegistry, home: Region, away: Region) -> Region:
    """The partner an oblast's visit or meeting is with: a city named as where an oblast's
    delegation went («Делегация Минской области находится в Казани») stands for the region
    it is the capital of; a city's visit stays with the city."""
    if home.kind != "oblast" or away.kind != "city" or not away.parent or away.parent not in registry.regions:
        return away
    region = registry.get(away.parent)
    return region if region.kind in FIRST_LEVEL and region.kind != "municipality" else away


def home_at_its_level(registry: RegionRegistry, home: Region, away: Region, homes: list[Mention]) -> Region:
    """The Belarusian side of a region abroad's visit, where the sentence names both a city and
    its oblast («посетил белорусский город Гомель … в честь 85-летия … Гомельской области»):
    the oblast, as a region's partner is a region; else ``home``."""
    oblast = oblast_of(registry, home)
    if home.kind != "city" or oblast is home or away.kind not in FIRST_LEVEL or away.kind == "municipality":
        return home
    return oblast if any(m.region.id == oblast.id and not m.adjective for m in homes) else home


def side_is_a_part(sentence: str, mentions: list[Mention], candidate: Candidate) -> bool:
    """Whether a side of the tie or event is named only as where a smaller unit lies
    («Мотольский сельсовет Ивановского района», «Сосновское сельское поселение Ленинградской
    области»): the village council's tie, not the district's. Figures keep their sides."""
    if candidate.kind == "figure":
        return False
    for side in (candidate.home, candidate.away):
        named = [m for m in mentions if side is not None and m.region.id == side.id]
        if named and all(_A_SMALLER_UNIT.search(sentence, max(0, m.start - 40), m.start) for m in named):
            return True
    return False


_A_SMALLER_UNIT = caseless(
    r"(?:сельсовет\w*|сельск\w+\s+(?:совет\w*|поселени\w*)|поселени\w*|сельсавет\w*|сельск\w+\s+савет\w*|"
    r"village\s+council|rural\s+settlement)\s+(?:[А-ЯЁІЎA-Z]\w*\s+){0,2}$",
    re.I,
)


def twin_abroad(candidate: Candidate, title_away: Region | None) -> bool:
    """Whether a twinning has sides below their countries, taking the title's partner where
    the sentence names only the country; other candidates pass."""
    if candidate.kind == "twinning" and candidate.home.id == HOME_COUNTRY:
        # nor does Belarus twin: «был подписан ряд соглашений … об установлении побратимских
        # отношений» in a story of Belarus and Lipetsk Oblast names towns it does not name
        return False
    if candidate.kind != "twinning" or candidate.away is None or candidate.away.kind != "country":
        return True
    if title_away is None or title_away.country != candidate.away.id:
        return False
    candidate.away = title_away
    candidate.notes.append(f"with whom: {title_away.name}, as the title names it: check it")
    return True


_DELEGATION = caseless(r"делегаци\w*|дэлегацы\w*|delegation", re.I)
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")


def country_delegation(
    registry: RegionRegistry, home: Region, sentence: str, mentions: list[Mention]
) -> Region:
    """Belarus, where the sentence's delegation is the country's («когда белорусская делегация
    приняла участие…») and no Belarusian place is named with it; else ``home``."""
    phrase = _COUNTRYS_DELEGATION.search(sentence)
    if phrase is None or HOME_COUNTRY not in registry.regions or home.id == HOME_COUNTRY:
        return home
    named_with_it = [
        m
        for m in mentions
        if is_home(m.region)
        and m.region.id != HOME_COUNTRY
        and phrase.start() - 40 <= m.start <= phrase.end() + 80
    ]
    return home if named_with_it else registry.get(HOME_COUNTRY)


_COUNTRYS_DELEGATION = caseless(
    r"\b(?:белорусск\w+|беларуск\w+)\s+(?:делегаци\w+|дэлегацы\w+)|\bBelarusian\s+delegation", re.I
)


def delegation_named_next(finder: PlaceFinder, home: Region, sentence: str, following: str) -> Region:
    """«…посетила делегация из Беларуси. … Во главе делегации Витебского областного
    исполнительного комитета…»: the oblast whose delegation one of the next two sentences names."""
    if home.id != HOME_COUNTRY or not _DELEGATION.search(sentence):
        return home
    ends = [match.end() for match in _SENTENCE_END.finditer(following)][:2]  # the two sentences after it
    next_sentence = following[: ends[-1] if ends else len(following)]
    named = {
        m.region.id: m.region
        for m in finder.mentions(next_sentence)
        if is_home(m.region)
        and m.region.id != HOME_COUNTRY
        and _DELEGATION.search(next_sentence[max(0, m.start - 30) : m.start])
    }
    return next(iter(named.values())) if len(named) == 1 else home


def city_named_next(
    finder: PlaceFinder, away: Region, sentence: str, mentions: list[Mention], following: str
) -> Region:
    """«…с рабочим визитом в крупнейшем многонаселенном городе Юга России. Программа: … между
    Краснодаром и Гродно»: the one city of that country the next sentences name, for a city the
    sentence describes but does not name; the country where none or several are named."""
    if away.kind != "country":
        return away
    described = [m for m in mentions if m.region.id == away.id]
    if not described or not _AN_UNNAMED_CITY.search(sentence, 0, described[0].start):
        return away
    named = {
        m.region.id: m.region
        for m in finder.mentions(following)
        if m.region.kind == "city" and m.region.country_id == away.id and not m.adjective
    }
    return next(iter(named.values())) if len(named) == 1 else away


_AN_UNNAMED_CITY = caseless(r"\b(?:город\w*|горад\w*|city|cities)\s+(?:\w+\s+){0,2}$", re.I)


_OURS = caseless(
    r"\bнаш\w{0,3}\s+(?:муниципалитет|город|округ|район|регион|област|край|"
    r"горад|акруг|раён|рэгіён|вобласц)\w*|\bour\s+(?:city|town|municipality|district|region)\b",
    re.I,
)


def ours(sentence: str) -> bool:
    """Whether the sentence speaks of the speaker's own place («наш муниципалитет», "our
    city"), which a quote names in the sentence before."""
    return bool(_OURS.search(sentence))


# «между нашими регионами», "our trade", «взаимный товарооборот»: the pair the story is about
MUTUAL = caseless(
    r"взаимн\w*|узаемн\w*|между\s+нашими|паміж\s+нашымі|между\s+регионами|паміж\s+рэгіёнамі|between\s+the\s+regions|двусторонн\w*|двухбаков\w*|"
    r"\bour\s+(?:trade|exports|mutual)|\bmutual\b|\bbilateral\b",
    re.I,
)

# "between the two countries", «между нашими странами»
BETWEEN_COUNTRIES = caseless(
    r"between\s+the\s+(?:two\s+)?countries|между\s+(?:двумя\s+|нашими\s+)?странами|"
    r"паміж\s+(?:дзвюма\s+|нашымі\s+)?краінамі|\bthe\s+two\s+countries\b|\b(?:обе|две)\s+страны|"
    r"\b(?:абедзве|дзве)\s+краіны",
    re.I,
)


# «глава Администрации Сухума … и глава города Брянска … подписали»: two heads, each of a town
_HEAD = r"(?i:глав\w*|мэр\w*|губернатор\w*|head|mayor|governor)\s+(?:\w+\s+){0,2}?[А-ЯЁA-Z]"
_TWO_HEADS = re.compile(
    rf"\b{_HEAD}[\w-]+[^.]{{0,80}}?\s(?:и|and)\s+(?:\w+\s+)?{_HEAD}[^.]*?\b(?i:подписал\w*|signed)"
)


def two_heads_sign(sentence: str) -> bool:
    """Whether the sentence names both signatories by their heads («глава Администрации Сухума …
    и глава города Брянска … подписали»), so that a Belarusian side from another sentence is none."""
    return bool(_TWO_HEADS.search(sentence))
