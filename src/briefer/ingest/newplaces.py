"""Places the registry lacks, as the article gives them: where they lie (a larger place
named beside them, else where the article is set), their name in the nominative, and a
Latin spelling to start from."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from ..places import HOME_COUNTRY, LANGUAGE_NAMES, Region, RegionRegistry
from ..places.towns import russian_town
from ..text.caseless import caseless
from .articles import Article
from .candidates import Found
from .palladius import CHINESE_SPELLING, pinyin
from .places import Mention, NewPlace, PlaceFinder, districts_named, in_a_name


def setting_of(article: Article, finder: PlaceFinder) -> dict[str, Region]:
    """Where the article is set, for a new place its sentence does not place: the
    Belarusian oblast it is filed from or names most (for a district written «…ский
    район»), and the country abroad it names most (for a province or city)."""
    registry = finder.registry
    text = f"{article.title or ''}\n{article.text}"
    counts: dict[str, int] = {}
    regions_abroad: dict[str, int] = {}  # first-level units abroad: where a district abroad lies
    dateline = DATELINE.match(article.text)
    for mention in finder.mentions(text):
        if in_a_name(text, mention):
            continue  # «в Доме Москвы»: a venue, where the story is not set
        region = mention.region
        unit = (
            _oblast_of(registry, region)
            if region.country_id == HOME_COUNTRY
            else registry.get(region.country_id)
        )
        if unit is not None and unit.id != HOME_COUNTRY:
            weight = 3 if dateline and mention.start < len(article.title or "") + 1 + dateline.end() else 1
            counts[unit.id] = counts.get(unit.id, 0) + weight
        if region.country_id != HOME_COUNTRY and region.kind in _FIRST_LEVEL_ABROAD and not mention.adjective:
            regions_abroad[region.id] = regions_abroad.get(region.id, 0) + 1
    setting: dict[str, Region] = {}
    ranked = sorted(counts, key=lambda region_id: -counts[region_id])
    home = next((r for r in ranked if registry.get(r).country_id == HOME_COUNTRY), None)
    abroad = next((r for r in ranked if registry.get(r).country_id != HOME_COUNTRY), None)
    if home:
        setting["district"] = registry.get(home)
    if abroad:
        for kind in ("province", "city", "krai", "republic", "oblast"):
            setting[kind] = registry.get(abroad)
        # «Одно из соглашений заключено между Дедовичским и Волковысским районами» in a story of
        # the Pskov delegation: a district abroad lies in the region the story names most
        ranked_abroad = sorted(regions_abroad, key=lambda region_id: -regions_abroad[region_id])
        if ranked_abroad and registry.get(ranked_abroad[0]).country == abroad:
            setting["district abroad"] = registry.get(ranked_abroad[0])
    return setting


_FIRST_LEVEL_ABROAD = ("oblast", "krai", "republic", "province", "region")


def _oblast_of(registry: RegionRegistry, region: Region) -> Region | None:
    """The oblast (or Minsk) a Belarusian place belongs to."""
    chain = [region.id, *registry.ancestors(region.id)]
    for place, parent in itertools.pairwise(chain):
        if parent == HOME_COUNTRY:
            return registry.get(place)
    return None


# «ГОМЕЛЬ, 16 мая (БЕЛТА) –», «17 мая, Минск /Корр. БЕЛТА/.», «Минск, 28 февраля /Синьхуа/ --»
DATELINE = re.compile(
    r"^(?:[A-ZА-ЯЁІЎ][\w .-]{1,40}?,\s+\d{1,2}\s+\w+|\d{1,2}\s+\w+,\s+[A-ZА-ЯЁІЎ][\w .-]{1,40}?)\s*"
    r"(?:\d{4}\s*)?(?:\([^()]{2,30}\)|/[^/]{2,30}/)\s*(?:-{1,2}|[–—.])?\s*"
)


def without_dateline(sentence: str) -> str:
    """The sentence with an agency dateline («ГОМЕЛЬ, 16 мая (БЕЛТА) –») blanked out, so
    that the city it was filed from is not taken for a side of the story; offsets kept."""
    match = DATELINE.match(sentence)
    return " " * match.end() + sentence[match.end() :] if match else sentence


_PARENT_KINDS = {
    "city": ("province", "oblast", "krai", "republic", "region", "autonomous-region", "country"),
    "district": ("oblast", "province", "krai", "republic", "region", "autonomous-region", "city", "country"),
}


def parent_for(
    place: NewPlace,
    mentions: list[Mention],
    known: list[Mention],
    registry: RegionRegistry,
    sentence: str = "",
) -> Region | None:
    """The place the new one lies in: a larger unit named beside it (a province for a
    city, an oblast for a district), a known place before a new one, nearest first; a
    Belarusian district lies in the oblast of the town named beside it, and in the city
    whose name follows it («Московский район г. Минска»)."""
    wanted = _PARENT_KINDS.get(place.kind, ("country",))
    candidates = [
        m
        for m in mentions
        if m.region.kind in wanted and m.start != place.start and not (sentence and in_a_name(sentence, m))
    ]
    if (
        place.kind in ("oblast", "province", "county")
        or _NAMED_OKRUG.search(place.context)
        or lies_abroad(place, registry, sentence)
    ):
        # Belarus's six oblasts and their districts are all known, and it has no provinces,
        # counties or okrugs: the new one lies abroad ("the Governor of Fars Province, Koltsov
        # highlighted Belarus's…", «между Червенским районом Минской области и Орловским
        # муниципальным округом»)
        candidates = [m for m in candidates if m.region.country_id != HOME_COUNTRY]
    # «турецкого города Бурса», «літоўскага горада Паневежыс»: the country its adjective names
    country = [
        m
        for m in mentions
        if m.adjective
        and m.region.kind == "country"
        and m.end <= place.start
        and _CITY_OF.fullmatch(sentence[m.end : place.start])
    ]
    if country:
        return country[-1].region
    if not candidates:
        return None
    # «Центральный район Санкт-Петербурга», «Московского района г. Минска»: the place named
    # right after it, in the genitive, holds it, whatever else the sentence names
    after = [
        m for m in candidates if m.start > place.end and _RIGHT_AFTER.fullmatch(sentence[place.end : m.start])
    ]
    if after:
        return after[0].region
    before = sentence[max(0, place.start - 40) : place.start]
    if place.kind == "district" and (_RUSSIAN_TITLE.search(before) or _PARTNER_OF.search(before)):
        # «Глава Администрации Мясниковского района … с руководством Бобруйского района
        # Могилевской области», «Новополоцк – город-партнер Пушкинского района»: a
        # municipality abroad, not in the oblast its partner is in
        candidates = [m for m in candidates if m.region.country_id != HOME_COUNTRY]
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


def parent_by_setting(
    place: NewPlace, sentence: str, known: list[Mention], registry: RegionRegistry, setting: dict[str, Region]
) -> tuple[Region | None, str]:
    """Where a new place its sentence does not place lies, from the rest of the article,
    and the note that says so. «…ский район» is at home, in the article's oblast, unless it
    is plainly abroad: a Russian okrug, a district named for a region abroad («Псковский
    район»), one a Russian title heads («глава Дедовичского района») or one joined to a
    Belarusian district as its partner («между Дедовичским и Волковысским районами», «…
    сотрудничество с Бобруйским районом»)."""
    key = place.kind  # where in the setting to look
    region = (
        _region_of_its_adjective(registry, place.name)
        if place.adjectival and place.kind == "district" and not _LATIN_NAME.match(place.name)
        else None
    )
    if region is not None:  # «Орловский муниципальный округ», «Псковский район»
        return region, f"where it lies: {region.name}, the region its name comes from: check it"
    named_in = _IN_A_REGION.match(sentence, place.end) if _LATIN_NAME.match(place.name) else None
    if named_in and setting.get("oblast"):
        # "Pavlodar District, Pavlodar Oblast": in a region the registry lacks, in the country
        country = setting["oblast"]
        where = named_in.group().strip(" ,").removeprefix("District, ")
        return country, f"where it lies: {where}, which the registry lacks, in {country.name}: add it first"
    if _NAMED_OKRUG.search(place.context) or lies_abroad(place, registry, sentence):
        # a Russian unit, or a district the registry of Belarus's districts lacks: abroad, in
        # the region abroad the story names most, or else its country
        key = "district abroad" if "district abroad" in setting else "oblast"
    elif place.adjectival and place.kind == "district" and not _LATIN_NAME.match(place.name):
        before = sentence[max(0, place.start - 40) : place.start]
        abroad = (
            _RUSSIAN_TITLE.search(before)
            or _PARTNER_OF.search(before)
            or _joined_to_home(place, sentence, known)
        )
        key = ("district abroad" if "district abroad" in setting else "oblast") if abroad else "district"
    elif place.kind == "district" and _LATIN_NAME.match(place.name) and "province" in setting:
        key = "oblast"  # "Kim Dong district" in a story of Vietnam: abroad, where the story is set
    elif place.kind == "city" and "district abroad" in setting:
        key = "district abroad"  # «Города Чувашии и Беларуси … между Канашем и Осиповичами»: in Chuvashia
    parent = setting.get(key)
    if parent is None and _NAMED_OKRUG.search(place.context) and _OKRUGS_COUNTRY in registry.regions:
        # «Петропавловск-Камчатским городским округом» in a story that names no country: a Russian unit
        return registry.get(_OKRUGS_COUNTRY), "where it lies: Russia, whose units okrugs are: check it"
    return parent, f"where it lies: {parent.name}, from the rest of the article" if parent else ""


_OKRUGS_COUNTRY = "russia"


def town_of_okrug(region: Region, found: list[Found]) -> Region | None:
    """The new town an okrug named by its adjective is («Мэр Ангарского округа» in a story of
    Angarsk's twinning): a Russian town and its okrug are one side."""
    if region.kind != "district" or not region.id.endswith("-okrug"):
        return None
    adjective = (region.name_in("ru") or "").split(" ")[0]
    # («Петропавловск-Камчатский городской округ»: a town whose own name is the adjective)
    names = {_NOMINATIVE_ADJECTIVE.sub("", adjective), adjective}
    return next(
        (f.region for f in found if f.region.kind == "city" and f.region.name_in("ru") in names), None
    )


def parent_within(
    country: Region | None,
    place: NewPlace,
    sentence: str,
    known: list[Mention],
    registry: RegionRegistry,
    setting: dict[str, Region],
) -> tuple[Region | None, str]:
    """Where a new place lies, from the rest of the article; a district its sentence places
    only in a country, in the region of that country the story names most."""
    parent, note = parent_by_setting(place, sentence, known, registry, setting)
    if country is not None and (
        parent is None or parent.country_id != country.id or parent.kind == "country"
    ):
        return country, ""
    return parent, note


_LATIN_NAME = re.compile(r"[A-Z]")
# the districts of Belarusian cities («Ленинский район г. Бреста»), the only districts at home
# the registry may lack: it holds every district of the six oblasts, so a new district named
# otherwise lies abroad
_CITY_DISTRICT = caseless(
    r"(?:ленинск|октябрьск|кастрычніцк|советск|савецк|центральн|цэнтральн|железнодорожн|чыгуначн|"
    r"первомайск|першамайск|московск|маскоўск|новобелицк|навабеліцк|фрунзенск|заводск|завадск|"
    r"партизанск|партызанск)",
    re.I,
)


def lies_abroad(place: NewPlace, registry: RegionRegistry, sentence: str = "") -> bool:
    """Whether a new district cannot be Belarusian: «Сакскі раён», where the registry knows
    every district of the six oblasts, or "Pavlodar District, Pavlodar Oblast", in an oblast
    the registry lacks, which no Belarusian one is."""
    if place.kind != "district":
        return False
    if _LATIN_NAME.match(place.name):
        return bool(_IN_A_REGION.match(sentence, place.end))
    return place.adjectival and not _CITY_DISTRICT.match(place.name) and _knows_every_district(registry)


def _knows_every_district(registry: RegionRegistry) -> bool:
    """Whether the registry holds the 118 districts of the six oblasts, as the built-in one
    does (a few under the town that names them: «Солигорский район» is Soligorsk's)."""
    oblasts = {r.id for r in registry if r.kind == "oblast" and r.country_id == HOME_COUNTRY}
    districts = sum(1 for r in registry if r.kind == "district" and r.parent in oblasts)
    return districts >= _DISTRICTS_KNOWN


_DISTRICTS_KNOWN = 110  # of the 118: the rest are filed as their towns


_IN_A_REGION = re.compile(r"(?:\s+District)?,\s+(?:[A-Z][\w-]+\s+){1,2}(?:Oblast|Region|Province)\b")


# «глава Дедовичского района», «администрации … района»: a Russian municipality's offices
_RUSSIAN_TITLE = caseless(r"(?:глав\w*|администраци\w*|муниципальн\w*)\s+(?:администрации\s+)?$", re.I)
_PARTNER_OF = caseless(r"(?:партн[её]р|побратим|пабрацім|партнёр)\w*\s+$", re.I)
_JOINED_DISTRICTS = caseless(r"\s+(?:и|і)\s+$|^\s+(?:и|і)\s+", re.I)


# «Мясниковский район налаживает сотрудничество с Бобруйским районом»: its partner at home
_WITH_HOME = caseless(r"(?:^|\s)(?:с|со|з|with)\s+$", re.I)


def _joined_to_home(place: NewPlace, sentence: str, known: list[Mention]) -> bool:
    return any(
        m.region.kind == "district"
        and m.region.country_id == HOME_COUNTRY
        and (
            _JOINED_DISTRICTS.search(sentence[place.end : m.start])
            or _JOINED_DISTRICTS.search(sentence[m.end : place.start])
            or (m.start > place.end and _WITH_HOME.search(sentence[place.end : m.start]))
        )
        for m in known
    )


_CITY_OF = caseless(r"\s+(?:(?:город|горад)\w*\s+)?|\s+city\s+of\s+", re.I)
_RIGHT_AFTER = caseless(
    r"\s+(?:(?:район|раён)\w*\s+)?(?:г\.\s*)?|\s+(?:District\s+)?of\s+", re.I
)  # « района г. »


def registered_district(
    place: NewPlace, parent: Region | None, registry: RegionRegistry, language: str, mentions: list[Mention]
) -> Region | None:
    """The registry's district that the new-looking name is, where the district's city
    is its parent or is named in the sentence ("Московский район" of Minsk is «Московский
    район Минска»; "Kirovsky District and Moskovsky District of Kazan" are Kazan's), else None."""
    if place.kind != "district" or not (place.adjectival or language == "en"):
        return None
    name, _ = _nominative(place, language)
    named = {m.region.id for m in mentions} | ({parent.id} if parent else set())
    # «Заводского района» is «Заводской район» as well as «Заводский»: the case hides which
    adjective, _, unit = name.partition(" ")
    stem = _NOMINATIVE_ADJECTIVE.sub("", adjective) if language == "ru" else adjective
    spellings = [name] if stem == adjective else [f"{stem}{ending} {unit}" for ending in ("ий", "ый", "ой")]
    found = districts_named(registry, spellings, named)
    own_parent = [region for region in found if parent is not None and region.parent == parent.id]
    found = own_parent or found
    return found[0] if len(found) == 1 else None


def with_its_level(place: NewPlace, text: str) -> NewPlace:
    """«округа Перевозский» where the article also writes «городским округом Перевозский»: the
    okrug with the level the article gives it elsewhere."""
    okrug = _NAMED_OKRUG.match(place.context)
    if okrug is None or okrug["level"]:
        return place
    fuller = re.search(rf"(?:городск|муниципальн)\w*\s+округ\w*\s+{re.escape(place.name)}\b", text, re.I)
    return replace(place, context=fuller.group()) if fuller else place


def provisional_region(
    place: NewPlace, parent: Region | None, language: str, registry: RegionRegistry | None = None
) -> tuple[Region, list[str]]:
    """The new place as a region of its own, with what must be checked before it is
    accepted into the registry."""
    name, notes = _nominative(place, language)
    latin = transliterate(name)
    # «городской округ Перевозский»: the adjective after its unit, read as «Перевозский городской округ»
    unit_first = next((unit for unit in _OKRUG_LEVELS.values() if name.startswith(f"{unit} ")), None)
    adjectival = place.adjectival or unit_first is not None
    as_written = f"{name.removeprefix(f'{unit_first} ')} {unit_first}" if unit_first else name
    if place.adjectival and place.kind == "oblast":  # «Согдийская область»: Sogdiyskaya Oblast
        latin = f"{transliterate(name.split()[0])} Oblast"
    elif adjectival and language == "ru":  # «Светлогорский район»: Svetlogorsk District
        adjective, _, unit = as_written.partition(" ")
        stem = transliterate(adjective)
        if not stem.endswith("oy"):  # «Тверской» is Tverskoy as it is
            # «Центральный» is Tsentralny, not Tsentralnyyy
            stem = stem.removesuffix("iy").removesuffix("yy") + "y"
        latin = f"{stem} {_UNIT_LATIN.get(unit, 'District')}"  # «… муниципальный округ»: Municipal Okrug
    elif place.adjectival and language == "be" and name.endswith(" раён"):  # «Ашмянскі раён»
        latin = f"{transliterate(name.removesuffix(' раён'))} District"
    town = russian_town(name) if place.kind == "city" and not adjectival else None
    if town is not None:
        # «Сургут», "Surgut": a Russian town the list of towns places, with its usual English name
        latin = town.english
        if (
            registry is not None
            and town.subject in registry.regions
            and (parent is None or parent.kind == "country")
        ):
            parent = registry.get(town.subject)
            notes.append(f"where it lies: {parent.name}, as the list of Russian towns has it")
    in_china = parent is not None and "china" in (parent.id, parent.country)
    read = (
        pinyin(name.replace("і", "и").replace("ў", "у"))
        if town is None and language != "en" and (in_china or CHINESE_SPELLING.search(name))
        else None
    )
    if read is not None:
        # «г.Муданьцзян»: a Chinese name in Palladius spelling, Mudanjiang in pinyin (not Mudantszyan);
        # «цз», «чж» are China's alone, so a name spelled with them lies there
        latin = read
        notes.append("the English name is read back into pinyin from its Russian spelling: check it")
        if parent is None and registry is not None and "china" in registry.regions:
            parent = registry.get("china")
            notes.append("where it lies: China, as its spelling tells: add its province")
    region_id = re.sub(r"[^a-z0-9]+", "-", latin.lower()).strip("-")[:60] or "place"
    if registry is not None and region_id in registry.regions:
        # «город Астрахань» beside Astrakhan Oblast, whose id is "astrakhan": the city's own id,
        # in the oblast of its name unless the article says otherwise
        namesake = registry.get(region_id)
        region_id = f"{region_id}-{place.kind}"
        if parent is None and namesake.kind in ("oblast", "krai", "province", "region", "republic"):
            parent = namesake
            notes.append(f"where it lies: {namesake.name}, the region of its name: check it")
    if (
        (parent is None or parent.kind == "country")
        and registry is not None
        and place.adjectival
        and language == "ru"
    ):
        # «Псковский муниципальный округ»: in the region its adjective names, Pskov Oblast (within
        # the country the article gives: «Ханты-Мансийский район» in a story of Russia)
        named = _region_of_its_adjective(registry, name.split()[0])
        if named is not None and (parent is None or named.country_id == parent.id):
            parent = named
            notes.append(f"where it lies: {parent.name}, the region its name comes from: check it")
    names: tuple[tuple[str, str], ...] = ((language, name),) if language != "en" else ()
    if adjectival and language == "ru" and as_written.endswith((" район", " область", " округ")):
        # a Belarusian sentence names it in Belarusian, not in Latin letters
        names += (("be", belarusian_draft(as_written)),)
        notes.append("the Belarusian name is drafted from the Russian: check it")
    elif (place.declined or town is not None or read is not None) and language == "ru":
        # (a Chinese «оу» is one vowel, «оў»: «Гуанчжоу» → «Гуанчжоў», «Лоян» → «Лаян»)
        drafted = (
            belarusian_town(name.replace("оу", "\0")).replace("\0", "оў") if read else belarusian_town(name)
        )
        names += (("be", drafted),)
        notes.append("the Belarusian name is drafted from the Russian: check it")
    missing = [tongue for tongue in ("ru", "be") if tongue not in dict(names)]
    if missing:
        # an English article names it in Latin letters only: a Russian brief would print them
        notes.append(f"no {' or '.join(LANGUAGE_NAMES[t] for t in missing)} name: add it before accepting")
    country = (parent.id if parent.kind == "country" else parent.country) if parent else None
    if country is None:
        notes.append("the article does not say which country or region it lies in: add country and parent")
    if latin != name and town is None and read is None:
        notes.append("the English name is a transliteration: check it against an official spelling")
    # «Островецким» is a case of «Островецкий район», not a spelling of its own
    spellings = {name} if place.adjectival or place.declined else {name, place.name}
    if parent is not None and parent.kind == "city" and place.kind == "district":
        # a city's district is named with its city, as the registry names Minsk's: «Центральный
        # округ Краснодара», "Tsentralny Okrug (Krasnodar)", krasnodar-tsentralny-okrug
        latin, region_id = f"{latin} ({parent.name})", f"{parent.id}-{region_id}"
        names = tuple(
            (
                tongue,
                f"{own} {(parent.forms_in(tongue) or {}).get('gen', parent.name_in(tongue) or parent.name)}",
            )
            for tongue, own in names
        )
        # (and only so: «Орджоникидзевский район» alone is a district of many cities)
        spellings = {own for _, own in names}
    aliases = tuple(sorted(spellings - {latin}))
    if registry is not None:
        notes += _namesakes(registry, {*aliases, *(own for _, own in names)})
    region = Region(
        region_id, latin, place.kind, country, parent.id if parent else None, aliases, names=names
    )
    return region, notes


def same_place(registry: RegionRegistry, region: Region) -> Region | None:
    """The registry's place a provisional one is, found by a spelling of it, where both are of
    one kind and lie in one region («Псковский район», an alias of Pskov Municipal Okrug)."""
    spellings = {region.name, *region.aliases, *(own for _, own in region.names)}
    known = {
        namesake.id: namesake
        for _, namesake in _known_by(registry, spellings)
        if region.parent is not None and namesake.parent == region.parent and namesake.kind == region.kind
    }
    return next(iter(known.values())) if len(known) == 1 else None


def _namesakes(registry: RegionRegistry, spellings: set[str]) -> list[str]:
    """A note for each place the registry already finds by one of the new place's spellings
    («Ивановский район» of Ivanovo Oblast beside Ivanovo District of Brest Oblast)."""
    notes = []
    for spelling, namesake in _known_by(registry, spellings):
        where = f" in {registry.get(namesake.parent).name}" if namesake.parent in registry.regions else ""
        notes.append(
            f"«{spelling}» also names {namesake.name}{where}, which a text naming it will still find: "
            "tell them apart before accepting"
        )
    return notes


def _known_by(registry: RegionRegistry, spellings: set[str]) -> Iterator[tuple[str, Region]]:
    """Each spelling with each place of the registry it names."""
    for spelling in sorted(spellings):
        for namesake in registry.named(spelling):
            yield spelling, namesake


def _nominative(place: NewPlace, language: str) -> tuple[str, list[str]]:
    """The place's name in the nominative: after «город», «провинция» a name stands in
    the nominative already («с городом Баодин»); before «район» it is an adjective to
    put in the nominative (Russian only: Belarusian is taken as written)."""
    if place.declined and language == "ru":
        from ..text.morphology import nominative

        return nominative(place.name), ["the nominative is drafted from the article's form: check it"]
    okrug = _NAMED_OKRUG.match(place.context)
    if okrug and language == "ru" and _NOMINATIVE_ADJECTIVE.search(place.name):
        # «с городским округом Перевозский»: the okrug's name is the adjective and its unit
        return f"{_okrug_unit(okrug)} {place.name}", []
    if not place.adjectival:
        return place.name, []
    if language == "ru":
        from ..text.morphology import nominative

        if place.kind == "oblast":
            return f"{nominative(place.name, adjective=True, gender='femn')} область", []
        unit = _NAMED_OKRUG.search(place.context)
        if unit:  # «Псковского муниципального округа»: «Псковский муниципальный округ»
            level = _okrug_unit(unit)
            return f"{nominative(place.name, adjective=True)} {level}", []
        return f"{nominative(place.name, adjective=True)} район", []
    if language == "be":
        # «Наваградскім», «Ашмянскага»: the adjective's case ending gives way to «-скі»
        oblast = place.kind == "oblast"
        adjective = _BE_ADJECTIVE_CASE.sub(r"\1ая" if oblast else r"\1і", place.name)
        if adjective != place.name:
            kind = "вобласць" if oblast else "раён"
            return f"{adjective} {kind}", ["the nominative is drafted from the article's form: check it"]
        return place.name, ["the name is as the article writes it: put it in the nominative"]
    return f"{place.name} {place.kind.title()}", []


_NAMED_OKRUG = caseless(r"(?:(?P<level>городск|муниципальн)\w*\s+)?округ\w*(?:\s|$)", re.I)


def _okrug_unit(okrug: re.Match[str]) -> str:
    """The unit an okrug's words name, in the nominative: «городским округом» → «городской округ»."""
    return _OKRUG_LEVELS[(okrug["level"] or "")[:4].lower()]


_OKRUG_LEVELS = {"горо": "городской округ", "муни": "муниципальный округ", "": "округ"}
_NOMINATIVE_ADJECTIVE = re.compile(r"(?:ий|ый|ой)$")
_BE_ADJECTIVE_CASE = re.compile(r"(ск|цк)(?:ім|ага|аму|ай|ую|ім)$")


def _region_of_its_adjective(registry: RegionRegistry, adjective: str) -> Region | None:
    """The region abroad whose name the adjective is («Псковский», «Псковского»: Pskov Oblast)."""
    stem = re.sub(r"(?<=[кн])(?:ий|ый|ого|ому|им|ом|ая|ой|ую)$", "", adjective)  # «Псковск(ий)»
    if stem == adjective:
        return None
    found = [
        region
        for region in registry.regions.values()
        if region.kind in ("oblast", "krai", "republic", "region")
        and region.country_id != HOME_COUNTRY
        and any(
            name.startswith(stem) and name[len(stem) :].startswith(("ая ", "ий ")) for _, name in region.names
        )
    ]
    return found[0] if len(found) == 1 else None


_UNIT_LATIN = {"муниципальный округ": "Municipal Okrug", "городской округ": "Urban Okrug", "округ": "Okrug"}


def belarusian_draft(russian: str) -> str:
    """A Belarusian draft of a Russian district's or oblast's name: «Рыбно-Слободский район»
    → «Рыбна-Слабодскі раён», «Одинцовский район» → «Адзінцоўскі раён». Stress is not
    known, so every «о» but the last of a word's stem is taken as unstressed (akanye), and
    the last too where a vowel follows it in the stem."""
    adjective, kind = russian.split(" ", 1)
    stem, ending = re.match(r"(.+?)(ий|ый|ой|ая)?$", adjective).groups()  # type: ignore[union-attr]
    # «Дедовичский» → «Дзедавіцкі», «Камчатский» → «Камчацкі»: «чск» and «тск» of an adjective are «цк»
    word = belarusian_letters(_akanye(stem)).replace("чск", "цк").replace("тск", "цк")
    if kind.endswith("округ"):  # «акруга» is feminine: «Пскоўская муніцыпальная акруга»
        level = {"муниципальный": "муніцыпальная ", "городской": "гарадская "}.get(kind.split()[0], "")
        return f"{word}ая {level}акруга"
    suffix = {"ий": "і", "ый": "ы", "ой": "ы", "ая": "ая", None: ""}[ending]
    return f"{word}{suffix} {'вобласць' if kind == 'область' else 'раён'}"


def _akanye(stem: str) -> str:
    """Unstressed «о» written «а», as Belarusian writes it. Stress is not known, so every «о»
    but the last of a word is taken as unstressed, and the last too where a vowel follows it
    in the stem: «Стародуб» → «Старадуб», «Рыбно-Слобод» → «Рыбна-Слабод»."""
    parts = stem.split("-")
    drafted = []
    for number, part in enumerate(parts):
        last = part.lower().rfind("о") if number == len(parts) - 1 else len(part)
        tail = re.sub(r"(?:ий|ый|ин|ын)?(?:ск|цк)$", "", part[last + 1 :].lower())  # «Согд(ийск)»: a suffix
        if re.search(r"[аеёиоуыэюя]", tail) or "ё" in part.lower():
            # «Мотовилих-», «Волгоград-»: a vowel after the last «о» carries the stress; «ё» always does
            last = len(part)
        # (and an «е» after a consonant hard in Belarusian, before a stressed «о»: «Черняховск» →
        # «Чарняхоўск», «Перевоз» → «Перавоз»; «Центральный», with no «о», keeps its «э»)
        hard_e = "о" in part.lower()
        word = "".join(
            ("а" if hard_e and at and part[at - 1].lower() in "ржшчц" else letter)
            if at < last and letter == "е"
            else {"о": "а", "О": "А"}.get(letter, letter) if at < last else letter
            for at, letter in enumerate(part)
        )  # fmt: skip
        if number < len(parts) - 1 and word.endswith("о"):
            word = word[:-1] + "а"  # the linking vowel of «Рыбно-Слободский»
        drafted.append(word)
    return "-".join(drafted)


def belarusian_town(russian: str) -> str:
    """A Belarusian draft of a Russian town's name: «Стародуб» → «Старадуб», «Ростов» →
    «Растоў», «Обнинск» → «Обнінск»; each word of «Набережные Челны» on its own, an adjective
    as one («Петропавловск-Камчатский» → «Петрапаўлаўск-Камчацкі»)."""
    words = []
    for word in russian.split(" "):
        adjective = re.search(r"(?<=[сц]к)ий$", word)
        drafted = belarusian_letters(_akanye(word[: adjective.start()] if adjective else word))
        words.append(drafted.replace("чск", "цк").replace("тск", "цк") + "і" if adjective else drafted)
    return " ".join(words)


def belarusian_letters(russian: str) -> str:
    """A Russian name in Belarusian letters, its vowels as written: «Обнинск» → «Обнінск»,
    «Дзержинск» → «Дзержынск» (for a town's name, whose stress is not known, a draft)."""
    word = russian.replace("щ", "шч").replace("Щ", "Шч").replace("ъ", "’")
    word = re.sub(r"(?<=[дт])ий", "ый", word)  # «Согдийская» → «Согдыйская»
    word = re.sub(r"(?<=[рР])ь", "", word)  # «р» is hard in Belarusian
    word = re.sub(r"(?<=[жЖчЧшШцЦ])ё", "о", word)  # «Щёлково» → «Шчолкава»: hard in Belarusian
    word = re.sub(r"(?<=[рРжЖчЧшШцЦ])и", "ы", word)
    word = re.sub(r"(?<=[рРжЖчЧшШцЦ])е", "э", word)
    # «р» is hard: «Грязинский» → «Гразінскі», «Рюмино» → «Руміна»
    word = re.sub(r"(?<=[рР])[яёю]", lambda soft: {"я": "а", "ё": "о", "ю": "у"}[soft.group()], word)
    word = word.replace("и", "і").replace("И", "І")
    word = re.sub(r"д(?=[іеёюяь])", "дз", word)
    word = re.sub(r"Д(?=[іеёюяь])", "Дз", word)  # «Дедовичи» → «Дзедавічы»
    word = re.sub(r"т(?=[іеёюяь])", "ц", word)
    word = re.sub(r"Т(?=[іеёюяь])", "Ц", word)
    return re.sub(r"(?<=[аеёіоуыэюя])в(?=[^аеёіоуыэюя]|$)", "ў", word, flags=re.I)


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

    def latin(word: str) -> str:
        # each part of a hyphenated name as it is written: Rybno-Slobodsky, Rostov-na-Donu
        parts = word.split("-")
        # «е» after a vowel or at the start is "ye": Bayandayevsky, Yelets
        spelled = [
            re.sub(r"(?:(?<=[аеёиоуыэюяіь])|^)е", "ye", part.lower()).translate(_LATIN) for part in parts
        ]
        spelled = [
            s[:1].upper() + s[1:] if p[:1].isupper() else s for p, s in zip(parts, spelled, strict=True)
        ]
        joined = "-".join(spelled)
        return joined[:1].upper() + joined[1:]

    return " ".join(latin(word) for word in name.split())


def parent_in_title(article: Article, finder: PlaceFinder, place: NewPlace) -> Region | None:
    """Where the title places a new place of the same name, if it does."""
    title = article.title or ""
    known = finder.mentions(title)
    for named in finder.new_places(title, known):
        if (named.name, named.kind) == (place.name, place.kind):
            return parent_for(named, known, known, finder.registry, title)
    return None


def new_town_of_title(
    article: Article, finder: PlaceFinder, mentions: list[Mention], registry: RegionRegistry
) -> Found | None:
    """A town the registry lacks that the title twins with a known one («Обнинск подписал
    соглашение о побратимстве с Гомелем»), as a provisional region."""
    title = article.title or ""
    for place in finder.new_places(title, mentions):
        if place.kind == "city":
            setting = setting_of(article, finder)
            parent, note = parent_by_setting(place, title, mentions, registry, setting)
            region, notes = provisional_region(place, parent, article.language, registry)
            return Found(region, place, tuple(([note] if note else []) + notes), title, 0, 0)
    return None
