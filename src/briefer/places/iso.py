"""Every country, and every region of Russia, China and Uzbekistan, from ISO 3166.

The curated registry (regions.yaml) names the places the fact base has facts on, with
the spellings journalists use. A journalist may name any other partner; for those,
briefer falls back on the ISO 3166 data and the Russian, Belarusian and Chinese
translations that pycountry ships, so that 'briefer brief Минск Москва' finds Moscow
and gets the honest "nothing recorded" sheet. The data is loaded only when a name or
id is not in the curated registry.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable, Iterable

from .region import Region

# The countries whose regions a desk names as partners, with the curated country's id.
SUBDIVISION_COUNTRIES = {"RU": "russia", "CN": "china", "UZ": "uzbekistan"}
_KINDS = {
    "Administrative region": "oblast",
    "Administrative territory": "krai",
    "Autonomous city": "city",
    "Autonomous district": "region",
    "Autonomous region": "autonomous-region",
    "Republic": "republic",
    "Province": "province",
    "Municipality": "municipality",
    "Special administrative region": "region",
    "Region": "region",
    "City": "city",
}
# The Chinese ISO names end in the unit's Pinyin: "Sichuan Sheng".
_PINYIN_UNITS = re.compile(r"\s+(Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Uygur Zizhiqu|SAR)$")

# ISO 3166-2:RU names are romanised Russian; where pycountry has no Russian name,
# spelling it back in Cyrillic gives the name a Russian reader types.
_TO_CYRILLIC = [
    ("shch", "щ"), ("yy", "ый"), ("iy", "ий"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"),
    ("sh", "ш"), ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("ye", "е"), ("'", "ь"), ("a", "а"), ("b", "б"),
    ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("y", "ы"), ("k", "к"),
    ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"),
    ("u", "у"), ("f", "ф"),
]  # fmt: skip
_VOWELS = "аеёиоуыэюя"


def to_cyrillic(romanised: str) -> str:
    """'Kaluzhskaya oblast'' -> 'Калужская область'; 'Tatarstan, Respublika' -> 'Республика Татарстан'."""
    if ", " in romanised:
        head, _, tail = romanised.partition(", ")
        romanised = f"{tail} {head}"
    words = []
    for word in romanised.split():
        lowered, out, index = word.lower(), "", 0
        while index < len(lowered):
            for latin, cyrillic in _TO_CYRILLIC:
                if lowered.startswith(latin, index):
                    # 'y' after a vowel is 'й' ("Nizhegorodskaya", "Altay"), elsewhere 'ы'
                    if latin == "y" and out and out[-1] in _VOWELS:
                        cyrillic = "й"
                    out += cyrillic
                    index += len(latin)
                    break
            else:
                out += lowered[index]
                index += 1
        words.append(out[:1].upper() + out[1:] if word[:1].isupper() else out)
    return " ".join(words)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize_ascii(text)).strip("-")


def normalize_ascii(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


def iso_places(known: Callable[[str], str | None]) -> tuple[list[Region], dict[str, list[str]]]:
    """Countries and the regions of Russia, China and Uzbekistan that the curated
    registry lacks, and the other ISO spellings of places it has or that are listed
    twice (region id -> spellings).
    ``known(spelling)`` gives the curated region a spelling names, if any."""
    import pycountry

    def translations(domain: str, language: str) -> gettext.NullTranslations:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language], fallback=True)

    ru1, be1 = translations("iso3166-1", "ru"), translations("iso3166-1", "be")
    ru2, be2, zh2 = (translations("iso3166-2", lang) for lang in ("ru", "be", "zh_CN"))
    places: list[Region] = []
    curated_spellings: dict[str, list[str]] = {}
    country_ids: dict[str, str] = {}
    for country in pycountry.countries:
        names = [getattr(country, key, None) for key in ("common_name", "name", "official_name")]
        english = next(n for n in names if n)
        spellings = _unique([*names, ru1.gettext(country.name), be1.gettext(country.name)])
        curated = _first_known(known, spellings)
        if curated:
            country_ids[country.alpha_2] = curated
            curated_spellings.setdefault(curated, []).extend(spellings)
            continue
        region_id = _slug(english)
        country_ids[country.alpha_2] = region_id
        places.append(Region(id=region_id, name=english, kind="country", aliases=tuple(spellings)))
    taken = {place.id for place in places}
    for code, curated_country in SUBDIVISION_COUNTRIES.items():
        for sub in pycountry.subdivisions.get(country_code=code):  # type: ignore[no-untyped-call]
            plain = _PINYIN_UNITS.sub("", sub.name)
            russian = ru2.gettext(sub.name)
            if code == "RU" and russian == sub.name:
                russian = to_cyrillic(sub.name)
            spellings = _unique([sub.name, plain, russian, be2.gettext(sub.name), zh2.gettext(sub.name)])
            curated = _first_known(known, spellings)
            if curated:
                curated_spellings.setdefault(curated, []).extend(spellings)
                continue
            if _slug(plain) in taken:  # Hong Kong, Macao and Taiwan are in ISO 3166-1 too
                curated_spellings.setdefault(_slug(plain), []).extend(spellings)
                continue
            name = plain.replace(" oblast'", " Oblast").replace(" kray", " Krai") if code == "RU" else plain
            places.append(
                Region(
                    id=_slug(f"{name}"),
                    name=name,
                    kind=_KINDS.get(sub.type, "region"),
                    country=country_ids.get(code, curated_country),
                    parent=country_ids.get(code, curated_country),
                    aliases=tuple(s for s in spellings if s != name),
                )
            )
    return places, curated_spellings


def _unique(names: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(n.strip() for n in names if n and n.strip()))


def _first_known(known: Callable[[str], str | None], spellings: Iterable[str]) -> str | None:
    return next((found for s in spellings if (found := known(s))), None)
