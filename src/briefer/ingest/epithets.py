"""Places a text names without their names: by a body or head and the place's adjective
(«Витебский облисполком», «Бобруйский горисполком»), by a phrase («белорусская столица»), by
a country's adjective ("Belarusian exports"), or by a free economic zone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..places import Region, RegionRegistry
from ..text.stems import fold

_BODIES = {
    "ru": {"oblast": ("облисполком", "губернатор", "областной исполнительный комитет", "регион",
                      "областной совет депутатов", "областной совет",
                      # «гастроли Брянского областного драматического театра»: the oblast's artists
                      "областной театр", "областной драматический театр", "областной театр драмы",
                      "областной театр юного зрителя", "областной театр кукол"),
           "krai": ("губернатор",), "district": ("райисполком", "районный исполнительный комитет"),
           "city": ("горисполком", "городской исполнительный комитет", "городской совет депутатов",
                    "городская организация")},
    "be": {"oblast": ("аблвыканкам", "губернатар", "абласны выканаўчы камітэт", "рэгіён",
                      "абласны савет дэпутатаў", "абласны савет",
                      "абласны тэатр", "абласны драматычны тэатр", "абласны тэатр драмы",
                      "абласны тэатр юнага гледача", "абласны тэатр лялек"),
           "district": ("райвыканкам", "раённы выканаўчы камітэт"),
           "city": ("гарвыканкам", "гарадскі выканаўчы камітэт", "гарадскі савет дэпутатаў",
                    "гарадская арганізацыя")},
}  # fmt: skip
_ADJECTIVE_NAME = {
    "ru": re.compile(r"^(?P<stem>\w+(?:ск|цк))(?:ая|ий)\s+(?:область|край|район)$"),
    "be": re.compile(r"^(?P<stem>\w+(?:ск|цк))(?:ая|і)\s+(?:вобласць|край|раён)$"),
}
_MASCULINE = {"ru": "ий", "be": "і"}


def town_of_district(registry: RegionRegistry, district: Region, language: str) -> str | None:
    """The id of the town a district is named for, in the same oblast («Бобруйский район»:
    Bobruisk; «Лидский район»: Lida), where the registry has it."""
    if district.kind != "district" or district.parent is None:
        return None
    stem = (district.name_in(language) or "").split(" ")[0].lower()
    towns = [
        region.id
        for region in registry.regions.values()
        if region.kind == "city"
        and region.parent == district.parent
        and (name := (region.name_in(language) or "").lower())
        and " " not in name
        and stem.startswith(name.rstrip("аояиыеіьъ"))
        and len(name) >= 4
    ]
    return towns[0] if len(towns) == 1 else None


def centre_of(registry: RegionRegistry, oblast: Region) -> str | None:
    """The id of the city an oblast is governed from, where the registry has it."""
    centre = "minsk" if oblast.id == "minsk-oblast" else f"{oblast.id}-city"
    return centre if centre in registry.regions else None


def adjective_phrases(region: Region, registry: RegionRegistry) -> Iterator[tuple[str, str, str]]:
    """The phrases that name a place by the region's adjective and a body or head
    («Витебский облисполком»), each with the place it names and, for an oblast, its
    folded adjective stem (for a shared noun), else ''. An oblast's centre city is named
    by the oblast's adjective and its city executive committee («Брестский горисполком»)."""
    for language, pattern in _ADJECTIVE_NAME.items():
        named = pattern.match(region.name_in(language) or "")
        if named is None:
            continue
        adjective = named["stem"] + _MASCULINE[language]
        kind = "oblast" if region.kind in ("oblast", "region") else region.kind
        stem = fold(named["stem"]) if kind == "oblast" else ""
        for body in _BODIES[language].get(kind, ()):
            yield f"{adjective} {body}", region.id, stem
        centre = (
            centre_of(registry, region) if kind == "oblast" else town_of_district(registry, region, language)
        )
        if centre is not None:  # («Бобруйский горисполком» is the town's, as its district is named for it)
            for body in _BODIES[language]["city"]:
                yield f"{adjective} {body}", centre, ""
    if region.kind == "oblast" and region.name.endswith(" Oblast"):
        # "the Minsk Regional Executive Committee" is the oblast's, not the capital's
        place = region.name.removesuffix(" Oblast")
        for body in ("Regional Executive Committee", "Oblast Executive Committee"):
            yield f"{place} {body}", region.id, ""
        centre = centre_of(registry, region)
        if centre is not None:  # "Brest Mayor Sergei Lobodinsky" is the city's
            for phrase in ("{} City Executive Committee", "{} Mayor", "Mayor of {}", "city of {}"):
                yield phrase.format(place), centre, ""


# places a text names without their names: the capital, and countries by their
# adjective ("Belarusian exports", «китайские партнёры»), each in any case
# free economic zones named for no place of their own: a resident's figure is its oblast's
ZONES = (
    ("Grodnoinvest", "grodno"), ("Гродноинвест", "grodno"), ("Гроднаінвест", "grodno"),
    ("Gomel-Raton", "gomel"), ("Гомель-Ратон", "gomel"), ("Гомель-Ратан", "gomel"),
)  # fmt: skip

PHRASES = (
    # "the Belarusian capital" is Minsk; "companies with Belarusian capital" are not
    ("the Belarusian capital", "minsk"),
    # the capital's executive committee, named by its adjective
    ("Минский горисполком", "minsk"), ("Мингорисполком", "minsk"), ("Мінскі гарвыканкам", "minsk"),
    ("Мінгарвыканкам", "minsk"),
    # the oblasts' executive committees as the desk shortens them
    ("Миноблисполком", "minsk-oblast"), ("Мінаблвыканкам", "minsk-oblast"),
    ("Брестоблисполком", "brest"), ("Гомельоблисполком", "gomel"), ("Гроднооблисполком", "grodno"),
    ("Могилевоблисполком", "mogilev"), ("Витебскоблисполком", "vitebsk"),
    ("белорусская столица", "minsk"), ("столица Беларуси", "minsk"), ("беларуская сталіца", "minsk"),
    ("столица Белоруссии", "minsk"), ("the capital of Belarus", "minsk"),
    ("сталіца Беларусі", "minsk"),
    ("Belarusian", "belarus"), ("белорусский", "belarus"), ("беларускі", "belarus"),
    ("Chinese", "china"), ("китайский", "china"), ("кітайскі", "china"),
    ("Russian", "russia"), ("российский", "russia"), ("расійскі", "russia"),
    ("Uzbek", "uzbekistan"), ("узбекский", "uzbekistan"), ("узбекскі", "uzbekistan"),
    ("Iranian", "iran"), ("иранский", "iran"), ("іранскі", "iran"),
    ("Hungarian", "hungary"), ("венгерский", "hungary"), ("венгерскі", "hungary"),
    ("Pakistani", "pakistan"), ("пакистанский", "pakistan"), ("пакістанскі", "pakistan"),
    ("Azerbaijani", "azerbaijan"), ("азербайджанский", "azerbaijan"), ("азербайджанскі", "azerbaijan"),
    ("Moldovan", "moldova"), ("молдавский", "moldova"), ("малдаўскі", "moldova"),
    ("Turkmen", "turkmenistan"), ("туркменский", "turkmenistan"), ("туркменскі", "turkmenistan"),
    ("Serbian", "serbia"), ("сербский", "serbia"), ("сербскі", "serbia"),
    ("Venezuelan", "venezuela"), ("венесуэльский", "venezuela"), ("венесуэльскі", "venezuela"),
    ("Latvian", "latvia"), ("латвийский", "latvia"), ("латвійскі", "latvia"),
    ("Mongolian", "mongolia"), ("монгольский", "mongolia"), ("мангольскі", "mongolia"),
    ("Egyptian", "egypt"), ("египетский", "egypt"), ("егіпецкі", "egypt"),
    ("Vietnamese", "vietnam"), ("вьетнамский", "vietnam"), ("в'етнамскі", "vietnam"),
    ("в’етнамскі", "vietnam"),
    ("Kazakh", "kazakhstan"), ("казахстанский", "kazakhstan"), ("казахстанскі", "kazakhstan"),
    ("Turkish", "turkey"), ("турецкий", "turkey"), ("турэцкі", "turkey"),
    ("African", "africa"), ("африканский", "africa"), ("афрыканскі", "africa"),
    ("Indian", "india"), ("индийский", "india"), ("індыйскі", "india"),
    ("Indonesian", "indonesia"), ("индонезийский", "indonesia"), ("інданезійскі", "indonesia"),
    ("Armenian", "armenia"), ("армянский", "armenia"), ("армянскі", "armenia"),
    ("Kyrgyz", "kyrgyzstan"), ("кыргызский", "kyrgyzstan"), ("киргизский", "kyrgyzstan"),
    ("кыргызскі", "kyrgyzstan"),
    ("Tajik", "tajikistan"), ("таджикский", "tajikistan"), ("таджыкскі", "tajikistan"),
    ("Lithuanian", "lithuania"), ("литовский", "lithuania"), ("літоўскі", "lithuania"),
    ("German", "germany"), ("немецкий", "germany"), ("нямецкі", "germany"),
    ("польский", "poland"), ("польскі", "poland"),  # not "Polish", a verb too
    ("Italian", "italy"), ("итальянский", "italy"), ("італьянскі", "italy"),
    ("French", "france"), ("французский", "france"), ("французскі", "france"),
)  # fmt: skip
