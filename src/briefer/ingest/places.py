"""Places named in a text, in any case and spelling, and places the registry lacks.

Every name and alias in the registry is indexed word by word; a run of words in the
text matches a name when each word is that name's word in some case («с Гомельской
областью», «у Віцебскай вобласці», «Светлогорского района»), the longest match
winning. A capitalised name after a word such as «город», «провинция» or «district»
that the registry does not know is a new place, proposed with its kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..places import Region, RegionRegistry
from ..places.towns import towns_named
from ..text.caseless import caseless
from ..text.stems import fold, inflects, name_stem, words
from .epithets import PHRASES, ZONES, adjective_phrases
from .palladius import chinese_towns_named

_CJK = re.compile(r"[\u4e00-\u9fff]")
_MAX_NAME_WORDS = 5

# words that say what kind of place follows or precedes a name, by their folded start
_KIND_WORDS = (
    ("город", "city"), ("горад", "city"), ("city", "city"), ("г.", "city"),
    ("провинц", "province"), ("правинц", "province"), ("province", "province"),
    ("район", "district"), ("раен", "district"), ("district", "district"), ("county", "district"),
    ("уезд", "district"), ("повет", "district"), ("округ", "district"), ("акруг", "district"),
    ("област", "oblast"), ("вобласц", "oblast"), ("oblast", "oblast"),
    ("край", "krai"), ("кра", "krai"), ("krai", "krai"),
    ("республик", "republic"), ("республик", "republic"), ("republic", "republic"),
    ("prefecture", "city"),
)  # fmt: skip
_BEFORE_NAME = re.compile(
    # the noun «город» in its cases, not «городского Совета»
    r"\b(город(?:а|у|ом|е)?\b|горад(?:а|у|ам|зе)?\b|(?<!\d\s)(?<!\d)г\.|провинци\w*|правінцы\w*|уезд\w*|округ\w*|акруг\w*|"
    r"(?:city|province|county|prefecture) of)\s+(?P<name>[A-ZА-ЯЁІЎ][\w’'-]+(?:\s+[A-ZА-ЯЁІЎ][\w’'-]+)?)",
)
_AFTER_NAME = re.compile(
    # the noun «район» in its cases, not «районного» (of a district's committee)
    # «Псковский муниципальный округ», «Елецкого муниципального района»: the unit's level may stand between
    # "Hung Yen province", "Kim Dong district": a Latin name may be of two words
    r"(?P<name>(?:(?!(?:The|In|At|On|For|From|To|And|Of|By|As|With|During|Between|This|That|Both|Its|Their|Our)\s)"
    r"[A-Z][a-z]+\s+(?=[A-Z]))?"
    # ("Your city is beautiful": a word of address, no name)
    r"(?!(?:Your|Our|This|That|These|Their|His|Her|My|Its|Every|Each|The|Which|What|Another|Other|Any|Some|"
    r"One|Whole|Same|Host|Home|Capital|Partner|Sister|Twin)\b)"
    r"[A-ZА-ЯЁІЎ][\w’'-]+)\s+(?:(?:муниципальн|муніцыпальн|городск|гарадск)\w*\s+(?=округ|акруг|район|раён))?"
    r"(район(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b|раён(?:а|у|ам|е|ы|аў|амі|ах)?\b|"
    # «Согдийской областью»: an oblast abroad the registry lacks
    r"област(?:ь|и|ью)\b|вобласц(?:ь|і|ю)\b|"
    r"округ\w*|акруг\w*|уезд\w*|"
    r"District|County|City|Province|district|county|city|province)\b",
)

# «между Дедовичским и Волковысским районами»: the first of two districts sharing their kind word
_FIRST_OF_SHARED = re.compile(
    r"(?P<name>[А-ЯЁІЎ][\w’'-]+)\s+(?:и|і)\s+[А-ЯЁІЎ][\w’'-]+\s+(?:(?:муниципальн|муніцыпальн|городск|гарадск)\w*\s+)?"
    # («между Белокалитвинским и Житковичским районом»: the noun shared in the singular too)
    r"(район(?:ы|ов|ами|ах|ом)|раён(?:ы|аў|амі|ах|ам)|округ(?:а|ов|ами|ах|ом)|акруг(?:і|аў|амі|ах|ам))\b"
)

_DECLINED_TOWN = re.compile(r"^город(?:ом|е|а|у)\s+[А-ЯЁ][а-яё-]+(?:ом|ем|ой|е|а|у)$")
_SHARED_KIND_EN = re.compile(
    r"\b(?P<first>[A-Z][a-z]+)\s+and\s+[A-Z][a-z]+\s+(?:regions|oblasts|provinces)\b"
)
# two capitalised names a hyphen joins: "Minsk-Tashkent", «Минск-Ташкент»
_JOINED_NAMES = re.compile(r"\b[A-ZА-ЯЁІЎ][a-zа-яёіў]+(?:-[A-ZА-ЯЁІЎ][a-zа-яёіў]+)+\b")
_TOWN = r"[А-ЯЁІЎ][а-яёіў]+(?:-[А-ЯЁІЎа-яёіў][а-яёіў]+)*"
_BETWEEN_TOWNS = re.compile(
    rf"\b(?:между|паміж)\s+(?P<first>{_TOWN})(?:\s+[А-ЯЁІЎ][а-яёіў]+\s+(?:области|края|республики|вобласці))?"
    rf"\s+(?:и|і)\s+(?P<second>{_TOWN})\b"
)

# «Обнинск подписал соглашение о побратимстве с Гомелем»: a town that twins with a known one
_TWINS_WITH = re.compile(
    rf"(?:^|[.!?]\s+)(?P<first>{_TOWN})\s+(?:подписал|заключил|стал|установил|падпісаў|заключыў|стаў)\s+"
    rf"[^.!?]{{0,50}}?(?:побратим|пабрацім|дружб|сябро)\w*\s+(?:с|з)\s+(?P<second>{_TOWN})\b"
)
# «Ангарск и Могилёв подписали соглашение об установлении побратимских связей»: two towns twinned
_PAIR_TWINNED = re.compile(
    rf"(?:^|[.!?]\s+)(?P<first>{_TOWN})\s+(?:и|і)\s+(?P<second>{_TOWN})\s+"
    rf"(?:подписали|заключили|стали|установили|падпісалі|заключылі|сталі|усталявалі)\s+"
    rf"[^.!?]{{0,50}}?(?:побратим|пабрацім)"
)
# words a sentence may open with that name no town
_NOT_TOWNS = frozenset(
    {
        "город", "горад", "район", "округ", "наукоград", "муниципалитет", "администрация", "адміністрацыя",
        "губернатор", "глава", "мэр", "председатель", "старшыня", "правительство", "урад", "совет", "савет",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Mention:
    """A place named in the text: its id and where it stands."""

    region: Region
    start: int
    end: int
    text: str
    others: tuple[Region, ...] = ()  # other places the same spelling names (Brest the city)
    adjective: bool = False  # named by its adjective ("Belarusian", «китайский»): a setting, not a side


@dataclass(frozen=True)
class NewPlace:
    """A name the registry lacks, with the kind of place its context says it is."""

    name: str
    kind: str
    start: int
    end: int
    context: str  # the words that name it, as written
    adjectival: bool = False  # «Светлогорского района»: an adjective before the kind word
    declined: bool = False  # «между Обнинском и Гомелем»: a noun in a case, not the nominative


class PlaceFinder:
    """Finds the registry's places in a text."""

    def __init__(self, registry: RegionRegistry) -> None:
        self.registry = registry
        # names by the first three letters of their first word's stem (a shorter stem by
        # itself): [(order, the name's words as (stem, folded), capitalised, ids)]; the
        # registry's order breaks ties
        self._index: dict[str, list[tuple[int, tuple[tuple[str, str], ...], bool, frozenset[str]]]] = {}
        self._cjk: dict[str, set[str]] = {}
        self._adjectives: set[tuple[tuple[str, str], ...]] = set()
        spellings: dict[tuple[tuple[tuple[str, str], ...], bool], set[str]] = {}
        # a spelling that is a place's own name (not an alias) names that place first
        self._owners: dict[tuple[tuple[str, str], ...], set[str]] = {}
        for region in registry:
            own = {region.name, *(name for _, name in region.names)}
            for spelling in _spellings(region):
                if _CJK.search(spelling):
                    self._cjk.setdefault(spelling, set()).add(region.id)
                    continue
                found = words(spelling)
                if not found or len(found) > _MAX_NAME_WORDS or "(" in spelling:
                    continue
                name = tuple((name_stem(word), fold(word)) for word, _, _ in found)
                # a proper name matches only where the text capitalises it too
                capitalised = found[0][0][:1].isupper()
                spellings.setdefault((name, capitalised), set()).add(region.id)
                if spelling in own:
                    self._owners.setdefault(name, set()).add(region.id)
        for region in registry:
            for form in _irregular_forms(region):
                exact = tuple((fold(word), fold(word)) for word, _, _ in words(form))
                spellings.setdefault((exact, True), set()).add(region.id)
                self._owners.setdefault(exact, set()).add(region.id)
        for phrase, region_id in PHRASES:
            if region_id in registry.regions:
                found = words(phrase)
                name = tuple((name_stem(word), fold(word)) for word, _, _ in found)
                spellings.setdefault((name, False), set()).add(region_id)
                self._owners.setdefault(name, set()).add(region_id)
                if region_id != "minsk":
                    self._adjectives.add(name)
        # «Гомельского облисполкома», «брянский губернатор», «Горецкий райисполком»: a
        # place's body or head named by the place's adjective; «Брянской и Могилевской
        # областями»: an oblast's adjective whose noun is shared with the next
        self._oblast_adjectives: dict[str, str] = {}
        for region in registry:
            for phrase, named_id, stem in adjective_phrases(region, registry):
                name = tuple((name_stem(word), fold(word)) for word, _, _ in words(phrase))
                spellings.setdefault((name, False), set()).add(named_id)
                self._owners.setdefault(name, set()).add(named_id)
                if stem:
                    self._oblast_adjectives[stem] = named_id
        for zone, region_id in ZONES:
            if region_id in registry.regions:
                name = tuple((name_stem(word), fold(word)) for word, _, _ in words(zone))
                spellings.setdefault((name, True), set()).add(region_id)
                self._owners.setdefault(name, set()).add(region_id)
        # one pattern for every Chinese spelling, the longest first, so that at each place
        # the longest wins
        self._cjk_pattern = re.compile(
            "|".join(re.escape(spelling) for spelling in sorted(self._cjk, key=len, reverse=True)) or r"(?!)"
        )
        for order, ((name, capitalised), ids) in enumerate(spellings.items()):
            owners = self._owners.get(name, set()) & ids
            self._index.setdefault(name[0][0][:3], []).append(
                (order, name, capitalised, frozenset(owners or ids))
            )

    def mentions(self, text: str) -> list[Mention]:
        """Every place the registry knows, in the order named; the longest name wins; the
        places a hyphen joins ("a Minsk-Tashkent sister-city agreement"); and a name that
        shares "regions" with another ("Minsk and Arkhangelsk regions") as the region."""
        found = self._mentions(_without_city_words(text))
        for shared in _SHARED_KIND_EN.finditer(text):
            # "between Minsk and Arkhangelsk regions": Minsk Region, as its partner is a region
            as_region = self._mentions(f"{shared['first']} Region")
            if len(as_region) == 1:
                found = [
                    replace(m, region=as_region[0].region, others=())
                    if m.start == shared.start("first") and m.region.kind == "city"
                    else m
                    for m in found
                ]
        joined = [
            m
            for m in _JOINED_NAMES.finditer(text)
            if not any(f.start < m.end() and f.end > m.start() for f in found)
        ]
        if joined:
            spaced = list(text)
            for match in joined:
                for at in range(match.start(), match.end()):
                    if spaced[at] == "-":
                        spaced[at] = " "  # same offsets: each part is read as a word of its own
            apart = self._mentions("".join(spaced))
            for match in joined:
                parts = [m for m in apart if match.start() <= m.start and m.end <= match.end()]
                # every part a place, and no adjective: "Polatsk-Steklovolokno" is a maker's name
                if len(parts) == match.group().count("-") + 1 and not any(m.adjective for m in parts):
                    found += parts
            found = [replace(m, text=text[m.start : m.end]) for m in sorted(found, key=lambda m: m.start)]
        return found

    def _mentions(self, text: str) -> list[Mention]:
        tokens = words(text)
        folded = [fold(token) for token, _, _ in tokens]
        found: list[Mention] = []
        position = 0
        while position < len(tokens):
            best: tuple[int, frozenset[str], tuple[tuple[str, str], ...]] | None = None
            word = folded[position]
            for _, name, capitalised, ids in self._candidates(word):
                if not word.startswith(name[0][0]):
                    continue  # the first word's stem, the one look most names fail
                size = len(name)
                if position + size > len(tokens) or (best and size < best[0]):
                    continue
                # a longer name wins; of two as long, the one with more words written as they
                # are («провинцию Цзянсу» is Jiangsu, though it could be a case of «Цзянси»)
                if (
                    best
                    and size == best[0]
                    and self._exact(folded, position, name) <= self._exact(folded, position, best[2])
                ):
                    continue
                if (
                    name in self._adjectives
                    and position + size < len(tokens)
                    and folded[position + size].startswith(
                        _NOT_A_PLACE_AFTER if _HOME in ids else _NOT_A_PLACE_AFTER[:_CURRENCY_WORDS]
                    )
                ):
                    # "Russian rubles", "the Belarusian side", «белорусских рублей»; but
                    # «с российскими регионами» is with Russia
                    continue
                if name in self._adjectives and position > 0 and folded[position - 1].startswith(_AMONG):
                    continue  # "first among Russian regions": a ranking's field, not a side
                if capitalised and not tokens[position][0][:1].isupper():
                    continue
                if all(
                    inflects(folded[position + offset], stem, whole)
                    for offset, (stem, whole) in enumerate(name)
                ):
                    best = (size, ids, name)
            if best is None:
                position += 1
                continue
            size, ids, name = best
            following = tokens[position + size] if position + size < len(tokens) else ("", 0, 0)
            adjacent = text[tokens[position + size - 1][2] : following[1]] == " "
            if adjacent and _ORGANISATION_WORD.match(following[0]) and not capitalised_kind(following[0]):
                position += size  # "Minsk Automobile Plant", "Gomel Meat and Milk": a company, not the place
                continue
            if adjacent and size == 1 and _MEMORIAL_OF.match(following[0]):
                position += size  # «на Кургане Дружбы», a memorial: not the city of Kurgan
                continue
            if position > 0 and folded[position - 1].startswith(_CURRENCY_BEFORE) and size == 1:
                position += size  # «долларов США», "US dollars": a currency, not the United States
                continue
            in_the_city = position > 0 and folded[position - 1] in ("в", "во", "у", "ў", "in")
            if (
                size == 1
                and folded[position].startswith(_FIRST_NAMES)
                and not in_the_city
                and adjacent
                and _SURNAME.match(following[0])
            ):
                position += size  # «мэр Уладзімір Кухараў», «Владимиром Ваньке»: a man, not the city
                continue
            if (
                size == 1
                and position > 0
                and _a_first_name(folded[position - 1])
                and adjacent_before(text, tokens, position)
            ):
                position += size  # «Иван Крупко», «Сергей Брагин»: a man's surname, not the town
                continue
            start, end = tokens[position][1], tokens[position + size - 1][2]
            chosen = self._choose(ids)
            if (
                chosen.kind == "city"
                and chosen.parent in self.registry.regions
                and fold(following[0]).startswith(("областн", "абласн", "oblast", "regional"))
            ):
                chosen = self.registry.get(chosen.parent)  # «Брянской областной Думы»: the oblast's body
            others = tuple(self.registry.get(i) for i in sorted(ids) if i != chosen.id)
            city = f"{chosen.id}-city"  # "Mogilev" names the oblast, and may mean its city
            if (
                city in self.registry.regions
                and not any(other.id == city for other in others)
                and not _OBLAST_WORD.search(text, start, end)  # «Гродненской областью» means no city
            ):
                others += (self.registry.get(city),)
            found.append(Mention(chosen, start, end, text[start:end], others, name in self._adjectives))
            position += size
        for shared in _SHARED_KIND.finditer(text):
            for adjective in re.finditer(_OBLAST_ADJECTIVE, shared["adjectives"]):
                region_id = self._oblast_adjectives.get(fold(adjective.group())[:-2])
                if region_id is None:
                    continue
                start, end = (shared.start("adjectives") + offset for offset in adjective.span())
                found = [m for m in found if not (m.start < end and m.end > start)]
                found.append(Mention(self.registry.get(region_id), start, end, adjective.group()))
        # Chinese names are not words: the longest spelling at each place wins
        if _CJK.search(text):
            for match in self._cjk_pattern.finditer(text):
                if not any(m.start <= match.start() < m.end for m in found):
                    spelling = match.group()
                    found.append(
                        Mention(
                            self._choose(frozenset(self._cjk[spelling])), match.start(), match.end(), spelling
                        )
                    )
        return sorted(found, key=lambda mention: mention.start)

    def _candidates(self, word: str) -> list[tuple[int, tuple[tuple[str, str], ...], bool, frozenset[str]]]:
        """The names whose first stem may start ``word``, in the registry's order."""
        buckets = [
            bucket for size in (3, 2, 1) if (bucket := self._index.get(word[:size])) and len(word) >= size
        ]
        if len(buckets) == 1:
            return buckets[0]
        return sorted(candidate for bucket in buckets for candidate in bucket)

    @staticmethod
    def _exact(folded: list[str], position: int, name: tuple[tuple[str, str], ...]) -> int:
        """How many of the name's words the text writes exactly as they are."""
        return sum(folded[position + offset] == whole for offset, (_, whole) in enumerate(name))

    def _choose(self, ids: frozenset[str]) -> Region:
        """One region for a spelling several share as an alias: the larger unit (an oblast
        rather than its city of the same name), as a reader of a regional story takes it."""
        order = {"country": 0, "oblast": 1, "province": 1, "krai": 1, "republic": 1, "region": 2}
        return min(
            (self.registry.get(region_id) for region_id in ids),
            key=lambda region: (order.get(region.kind, 3), region.id),
        )

    def new_places(self, text: str, known: list[Mention]) -> Iterator[NewPlace]:
        """Capitalised names after «город», «провинция», «district»… (or before «район»,
        «область»), and a town joined to a known one («между Обнинском и Гомелем»), that
        are not among the known mentions."""
        taken = [(mention.start, mention.end) for mention in known]
        for pattern, group in ((_BEFORE_NAME, 1), (_AFTER_NAME, 2), (_FIRST_OF_SHARED, 2)):
            for match in pattern.finditer(text):
                start, end = match.span("name")
                name = match["name"]
                first, _, second = name.partition(" ")
                if (
                    pattern is _BEFORE_NAME
                    and _NOMINATIVE_ADJECTIVE.search(first)
                    and _OBLIQUE.search(second)
                ):
                    # «округа Перевозский Натальей Труниной»: the okrug's name, then a person's
                    name, end = first, start + len(first)
                if " " in name and any(start < stop and end > begin for begin, stop in taken):
                    # «городом Дзержинском Нижегородской области»: the town, not the region after it
                    name = name.split()[0]
                    end = start + len(name)
                if any(start < stop and end > begin for begin, stop in taken):
                    continue
                kind = _kind_of(match.group(group))
                if (
                    kind == "district"
                    and _URBAN.search(text[max(0, match.start() - 12) : match.start()])
                    and not _NOMINATIVE_ADJECTIVE.search(name)  # «городской округ Перевозский»: an okrug
                ):
                    kind = "city"  # «городской округ Астрахань»: a city and its land
                if (
                    pattern is not _BEFORE_NAME
                    and _CYRILLIC_WORD.match(name)
                    and not _ADJECTIVE_SHAPE.search(name)
                ):
                    continue  # «Взаимодействие районов»: a noun before «районов», no district's name
                if kind and not _not_a_place_name(name):
                    taken.append((start, end))
                    # «городом Дзержинском»: a Russian town's name takes the case of «город»
                    declined = pattern is _BEFORE_NAME and bool(
                        _DECLINED_TOWN.search(f"{match.group(1)} {name}")
                    )
                    # «городским округом Перевозский»: the context keeps the unit's own adjective
                    unit = _UNIT_ADJECTIVE.search(text, max(0, match.start() - 20), match.start())
                    context = text[unit.start() : match.end()] if unit else match.group()
                    yield NewPlace(
                        name, kind, start, end, context, pattern is not _BEFORE_NAME, declined=declined
                    )
        # «между Обнинском и Гомелем», «между Канашем и Осиповичами»: a town twinned with a known one
        cities = {
            m.start
            for m in known
            if not m.adjective and (m.region.kind == "city" or any(o.kind == "city" for o in m.others))
        }
        for match in [*_BETWEEN_TOWNS.finditer(text), *_PAIR_TWINNED.finditer(text)]:
            for new, other in (("first", "second"), ("second", "first")):
                start, end = match.span(new)
                if match.start(other) not in cities or any(
                    start < stop and end > begin for begin, stop in taken
                ):
                    continue
                taken.append((start, end))
                yield NewPlace(match[new], "city", start, end, match.group(), declined=True)
        for match in _TWINS_WITH.finditer(text):
            start, end = match.span("first")
            if (
                match.start("second") in cities
                and match["first"].lower() not in _NOT_TOWNS
                and not any(start < stop and end > begin for begin, stop in taken)
            ):
                taken.append((start, end))
                yield NewPlace(match["first"], "city", start, end, match.group())
        # «Глава Сургута подписал»: a Russian town the list of towns holds, in any case; «Мэр
        # Муданьцзяна»: a town whose spelling is only China's
        for start, end, name in [*towns_named(text), *chinese_towns_named(text)]:
            if not any(start < stop and end > begin for begin, stop in taken):
                taken.append((start, end))
                yield NewPlace(name, "city", start, end, text[start:end])


_NOMINATIVE_ADJECTIVE = re.compile(r"(?:ий|ый|ой|і|ы)$")
_OBLIQUE = re.compile(r"(?:ей|ой|ом|ем|ою|ею|ым|им|ого|ему|ому|ую|юю)$")
# «в городе Юга России», "a city of the South": a part of a country, no place's name
_COMPASS = caseless(
    r"(?:юг|север|запад|восток|центр)(?:а|у|е|ом)?|поўдзень|поўдня|поўнач|поўначы|захад|захаду|усход|усходу|"
    r"south|north|east|west|centre|center",
    re.I,
)


def _not_a_place_name(name: str) -> bool:
    """A man's name after «глава города», «вице-губернатор провинции» («Константин
    Шестаков», «Сунь Ханьшань»: two words, the first no adjective), or a word of a
    larger unit's name ("Siberian Federal District")."""
    parts = name.split()
    if (
        parts[0].lower() in _NOT_PLACE_WORDS
        or _KIND_ADJECTIVE.match(parts[0])
        or _COMPASS.fullmatch(parts[0])
    ):
        return True
    return len(parts) == 2 and bool(_CYRILLIC_WORD.match(parts[0])) and not _ADJECTIVE_WORD.search(parts[0])


_CITY_WORD_IN_A_DISTRICT = caseless(
    r"\b(?:район|раён)\w{0,3}\s+(г\.\s*|города\s+|горада\s+)(?=[А-ЯЁІЎ])", re.I
)


def _without_city_words(text: str) -> str:
    """«Заводского района г. Минска» read as «Заводского района Минска», the offsets kept."""
    spans = [match.span(1) for match in _CITY_WORD_IN_A_DISTRICT.finditer(text)]
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_URBAN = caseless(r"(?:городск|гарадск)\w*\s+$", re.I)
_UNIT_ADJECTIVE = caseless(r"\b(?:городск|муниципальн|гарадск|муніцыпальн)\w*\s+$", re.I)
_NOT_PLACE_WORDS = frozenset({"federal", "федеральный", "федеральном", "федерального", "autonomous"})
# «Городской округ», «муниципальный район»: the kind of a unit, not its name
_KIND_ADJECTIVE = caseless(r"^(?:городск|муниципальн|сельск|гарадск|муніцыпальн|сельск)\w*$", re.I)
_CYRILLIC_WORD = re.compile(r"^[А-ЯЁІЎ]")
# a district's or an oblast's name before its kind word is an adjective: «Волковысского», «Ашмянскі»
_ADJECTIVE_SHAPE = caseless(
    r"(?:ск|цк|н|ов|ев|ин)(?:ий|ый|ой|ого|ому|ым|им|ом|ая|ую|ие|ые|их|ых|ими|ыми|і|ы|ага|аму|ім|ай)$", re.I
)
_ADJECTIVE_WORD = re.compile(r"(?:ий|ый|ой|ая|ое|ие|ые|і|ы|ае|ія|ыя)$")


# «Брянской и Могилевской областями», «Самаркандской и Андижанской областями»
_OBLAST_ADJECTIVE = r"[А-ЯЁІЎ][а-яёіў-]+(?:ской|цкой|скую|цкую|скай|цкай|ская|цкая)"
# «Брянской и Могилевской областями», «с Навоийской, Ферганской и Хорезмской областями»,
# «Гомельская и Курская области подписали»
_SHARED_KIND = re.compile(
    rf"(?P<adjectives>(?:{_OBLAST_ADJECTIVE}\s*,\s*)*{_OBLAST_ADJECTIVE})\s+(?:и|і)\s+"
    r"[А-ЯЁІЎ][а-яёіў-]+\s+(?:област(?:ями|ей|ях|ям|и)|вобласц(?:ямі|ях|ям|і)|абласцей)\b"
)


def districts_named(registry: RegionRegistry, names: list[str], parents: set[str]) -> list[Region]:
    """The registry's districts under one of ``parents`` that one of ``names`` names with
    its city after it: «Московский район» is «Московский район Минска», "Kirovsky
    District" is "Kirovsky District (Kazan)"."""
    return [
        region
        for region in registry
        if region.kind == "district"
        and region.parent in parents
        and any(
            region.name.startswith(f"{name} (") or any(own.startswith(f"{name} ") for _, own in region.names)
            for name in names
        )
    ]


_OBLAST_WORD = caseless(r"област|вобласц|oblast|region|облисполком|аблвыканкам", re.I)


# words after a country's adjective that make it no side of a story
_NOT_A_PLACE_AFTER = ("руб", "rubl", "roubl", "side", "сторон", "бок", "region", "регион", "рэгіён", "oblast")
# "first among Russian regions", «в десятке российских субъектов», «одним из китайских…»
_AMONG = ("среди", "сярод", "among", "десятк", "пятерк", "тройк", "дзясятк", "пяцёрк", "одн", "адн")
_CURRENCY_WORDS = 3  # the first three: words that make any country's adjective no place
_HOME = "belarus"


_CURRENCY_BEFORE = ("долл", "долар", "dollar")
# places that are also men's first names: before a capitalised word, a man
_FIRST_NAMES = ("владимир", "уладзимир", "vladimir")  # in any case: «Владимиром Ваньке»
# first names a surname follows, in Russian and Belarusian: a town named like a surname
# («Брагин», «Кобрин») after one is the man
_FIRST_NAMES_WRITTEN = (
    "иван", "сергей", "сяргей", "александр", "аляксандр", "алексей", "аляксей", "андрей", "андрэй",
    "дмитрий", "дзмітрый", "николай", "мікалай", "михаил", "міхаіл", "виктор", "віктар", "юрий",
    "юрый", "геннадий", "генадзь", "игорь", "ігар", "олег", "алег", "павел", "пётр", "анатолий",
    "анатоль", "василий", "васіль", "евгений", "яўген", "валерий", "валерый", "вадим", "вадзім",
    "максим", "максім", "роман", "раман", "леонид", "леанід", "константин", "канстанцін",
    "вячеслав", "вячаслаў", "григорий", "рыгор", "фёдор", "фёдар", "борис", "барыс", "артур",
    "даниил", "денис", "елена", "алена", "ольга", "вольга", "наталья", "наталля", "ирина", "ірына",
    "татьяна", "таццяна", "светлана", "святлана", "анна", "ганна", "мария", "марыя", "екатерина",
    "кацярына", "людмила", "людміла", "галина", "галіна", "марина", "марына", "оксана", "юлия",
    "юлія", "альбина", "эльвира", "валентина",
)  # fmt: skip
_NAMES_BEFORE_A_SURNAME: dict[str, list[tuple[str, str]]] = {}  # by their first two letters
for _name in _FIRST_NAMES_WRITTEN:
    _NAMES_BEFORE_A_SURNAME.setdefault(fold(_name)[:2], []).append((name_stem(_name), fold(_name)))


def _a_first_name(folded: str) -> bool:
    """Whether a folded word is a first name in some case («Ивану», «Сергеем», «Алены»)."""
    return any(inflects(folded, stem, whole) for stem, whole in _NAMES_BEFORE_A_SURNAME.get(folded[:2], ()))


def adjacent_before(text: str, tokens: list[tuple[str, int, int]], position: int) -> bool:
    """Whether the word before the one at ``position`` is capitalised and only a space away."""
    before = tokens[position - 1]
    return before[0][:1].isupper() and text[before[2] : tokens[position][1]] == " "


_MEMORIAL_OF = re.compile(r"^(?:Дружбы|Славы|Победы|Бессмертия|Сяброўства|Перамогі|Несмяротнасці)$")
_SURNAME = re.compile(r"^[A-ZА-ЯЁІЎ][a-zа-яёіў]+$")
# a capitalised Latin word after a place's name makes it a company's name
# (words companies are named with: "Minsk Automobile Plant", "Gomel Meat and Milk"; not
# a man's name after a place, "Ambassador to China Yuri Senko")
_ORGANISATION_WORD = re.compile(
    r"^(?:Automobile|Tractor|Motor|Wheel|Plant|Works|Factory|Holding|Group|Bank|Meat|Milk|Dairy|"
    r"Chemical|Chemicals|Refinery|Steel|Metallurgical|Glass|Textile|Tyre|Tire|Machine|Machinery|"
    r"Engineering|Electronics|Electrotechnical|Brewery|Confectionery|Furniture|Cement|Azot|Selmash|"
    r"Energo|Oil|Gas|Airport|Airlines|Carpet|Flax|Linen|Cable|Instrument|Bearing|Gear|Elevator|"
    r"Lift|Lifting|Shoe|Footwear|Silk|Wool|Paper|Board|Timber|Wood|Fibre|Fiber|Sugar|Bakery|"
    r"Canning|Distillery|Poultry|Agro|Trading|Trade|Construction|Design|Institute|University|"
    # "the Gomel branch of the Belarusian Chamber of Commerce": the chamber's, not the oblast's
    r"Technologies|Technology|Industries|Industry|Systems|Electric|Power|Pharm\w*|[Bb]ranch)$"
)
_KIND_NAMES = {"region", "oblast", "province", "city", "district", "county", "krai", "republic", "regions",
               "oblasts", "provinces", "autonomous", "municipality", "prefecture", "state"}  # fmt: skip


def capitalised_kind(word: str) -> bool:
    return word.lower() in _KIND_NAMES


def _kind_of(word: str) -> str | None:
    folded = fold(word)
    return next((kind for start, kind in _KIND_WORDS if folded.startswith(start)), None)


def _spellings(region: Region) -> list[str]:
    names = [region.name, *region.aliases, *(name for _, name in region.names)]
    if region.short:
        names.append(region.short)
    return list(dict.fromkeys(names))


def _irregular_forms(region: Region) -> list[str]:
    """The registry's cases of a name whose stem is not the name's («Орёл» → «Орлом»,
    «Брэст» → «Брэсце»; «Гомель» → «Гомеля» is regular): matched as written, in no other
    case («Орлов», a man's name, is not «Орла»)."""
    found: list[str] = []
    for language, official in region.names:
        first = official.split()[0] if official.split() else ""
        for form in (region.forms_in(language) or {}).values():
            if form.split() and not fold(form.split()[0]).startswith(name_stem(first)):
                found.append(form)
    return found


_MAKER_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:Plant|Factory|Works|Mill|Combine|Company|Corporation|Holding|LLC|JSC)\b|"
    r"\s+(?:Forum|Expo|Fair|Summit|Festival)\b"  # "the Ufa Forum of Regions": an event's name
)
# «в Доме Москвы в Минске», «у Доме Масквы»: a venue named after a city, not the city
_HOUSE_OF = re.compile(r"\bДом(?:а|е|у|ом)?\s+$")
_MAKER_AFTER_ADJECTIVE = caseless(r"\s+(?:[а-яёіў]+\s+)?(?:завод|комбинат|фабрик|камбінат)\w*", re.I)


# "the Russia exhibition": a country takes no article but an event named after it does
_THE_EVENT = re.compile(r"\s+(?:exhibition|expo|forum|fair)\b")


def in_a_name(sentence: str, mention: Mention) -> bool:
    """Whether the place is part of an enterprise's or an event's name ("Rechitsa Hardware
    Plant", "the Ufa Forum", "the Russia exhibition") or is a name in quotes (the
    exhibition «Россия», a sanatorium «Беларусь»): no side."""
    if _MAKER_AFTER.match(sentence, mention.end) or _HOUSE_OF.search(sentence, 0, mention.start):
        return True
    if (
        sentence[mention.start - 1 : mention.start] in ("«", '"', "“")
        and sentence[mention.end : mention.end + 1] in ("»", '"', "”")
        and mention.text in {mention.region.name, *(name for _, name in mention.region.names)}
    ):
        return True  # (an alias in quotes, FEZ "Grodnoinvest", still speaks for its oblast)
    if sentence[max(0, mention.start - 4) : mention.start].lower() == "the " and _THE_EVENT.match(
        sentence, mention.end
    ):
        return True
    return mention.adjective and bool(_MAKER_AFTER_ADJECTIVE.match(sentence, mention.end))
