"""Places a sentence names in lists: joined to one side, paired in order, or listed as
guests or partners of a third."""

from __future__ import annotations

import re

from ..places import HOME_COUNTRY, Region
from ..text.caseless import caseless
from .candidates import Candidate, is_home
from .places import Mention

# «Гомель и Брянск», "Belarus and Russia's Irkutsk Oblast": two places joined
_JOINED = caseless(
    r"\s*(?:и|і|and|,)\s*(?:(?:с|з|with)\s+)?"
    # «…, мэрией Бишкека и городом Пермь»: each partner may be named by its body
    r"(?:(?:городом|горадам|правительством|урадам|мэрией|мэрыяй|администрацией|адміністрацыяй|администрации|"
    r"адміністрацыі|мэрии|мэрыі|the\s+city\s+of|"
    r"the\s+government\s+of|the\s+administration\s+of)\s+)?(?:[A-Z]\w+['’]s\s+)?",
    re.I,
)


def joined_partners(sentence: str, mentions: list[Mention], partner: Region) -> list[Region]:
    """Partners named after ``partner`` and joined to it («меморандумы … с
    Сурхандарьинской областью и Республикой Каракалпакстан»): each a side of its own."""
    return _joined(sentence, mentions, partner, at_home=False)


def joined_homes(sentence: str, mentions: list[Mention], home: Region) -> list[Region]:
    """Belarusian places named after ``home`` and joined to it («с Октябрьским районом
    города Минска и с городом Могилевом»): each a side of its own."""
    return _joined(sentence, mentions, home, at_home=True)


def joined_at_its_level(sentence: str, mentions: list[Mention], home: Region) -> list[Region]:
    """The Belarusian places joined to ``home`` of its level: of its kind, a town beside a district
    being of one («Полоцкого районного исполнительного комитета, Могилевского городского …»)."""
    return [
        other
        for other in joined_homes(sentence, mentions, home)
        if other.kind == home.kind or {other.kind, home.kind} == {"city", "district"}
    ]


def _joined(sentence: str, mentions: list[Mention], first: Region, at_home: bool) -> list[Region]:
    """The places on the same side as ``first`` (Belarusian or abroad) named after it, each
    joined to the one before by «и», "and" or a comma."""
    chain = [m for m in mentions if m.region.id == first.id][:1]
    found: list[Region] = []
    for mention in mentions:
        if (
            chain
            and mention.start >= chain[-1].end
            and mention.region.id != first.id
            and is_home(mention.region) == at_home
            and not mention.adjective
            and (
                _JOINED.fullmatch(sentence[chain[-1].end : mention.start])
                # "with Omsk during the visit … and with Astrakhan during the Forum"
                or (not at_home and bool(_AND_WITH.search(sentence, chain[-1].end, mention.start)))
            )
        ):
            found.append(mention.region)
            chain.append(mention)
    return found


_AND_WITH = caseless(
    r"(?:\band\s+with|\bи\s+с|\bі\s+з|а\s+также\s+с|а\s+таксама\s+з)\s+(?:the\s+city\s+of\s+|городом\s+)?$",
    re.I,
)
_RESPECTIVELY = caseless(r"\bсоответственно\b|\bадпаведна\b|\brespectively\b", re.I)


def respective_pairs(sentence: str, mentions: list[Mention]) -> list[tuple[Region, Region]]:
    """«Минск, Гомель и Гродно … с городами Баку, Гянджа и Габала соответственно»: each
    Belarusian place with the partner in its place in the list; none where the lists differ."""
    if not _RESPECTIVELY.search(sentence):
        return []
    homes = [m for m in mentions if is_home(m.region) and m.region.id != HOME_COUNTRY and not m.adjective]
    aways = [m for m in mentions if not is_home(m.region) and m.region.kind != "country" and not m.adjective]
    if len(homes) < 2 or len(homes) != len(aways):
        return []
    # a town twins with a town: «Гомель» is the city, not its oblast
    return [
        (next((other for other in home.others if other.kind == "city"), home.region), away.region)
        for home, away in zip(homes, aways, strict=True)
    ]


def listed_with_it(sentence: str, mentions: list[Mention], home: Region, away: Region) -> bool:
    """Whether both places are in one list after «с» («Соглашения о побратимстве заключены с
    Восточным Сараево (…), Гродно (…) и Шицзячжуаном (…)»): partners of a third, not of each other."""
    first = next((m for m in mentions if m.region.id in (home.id, away.id)), None)
    second = next(
        (
            m
            for m in mentions
            if first and m.region.id in (home.id, away.id) and m.region.id != first.region.id
        ),
        None,
    )
    if first is None or second is None:
        return False
    gap = _IN_BRACKETS.sub("", sentence[first.end : second.start])
    opening = _IN_BRACKETS.sub("", sentence[max(0, first.start - 80) : first.start])
    return bool(_LISTED.fullmatch(gap)) and bool(_WITH_A_LIST.search(opening))


_IN_BRACKETS = re.compile(r"\s*\([^()]{0,60}\)")
# the gap between two places of a list, other names in it («Минска, Новороссийска, Тулы»)
_LISTED = re.compile(r"(?:\s*,\s*[А-ЯЁІЎA-Z][\w-]*(?:\s+[А-ЯЁІЎA-Z][\w-]*)?)*\s*(?:,|\bи\b|\bі\b|\band\b)\s*")
_WITH_A_LIST = re.compile(
    r"\b(?:с|со|з|са|with)\s+(?:[А-ЯЁІЎA-Z][\w-]*(?:\s+[А-ЯЁІЎA-Z][\w-]*)?\s*(?:,|\bи\b|\bі\b|\band\b)\s*)*$"
)


def partner_of_a_list(
    found: list[Candidate], sentence: str, mentions: list[Mention], title_places: list[Mention]
) -> list[Candidate]:
    """Twinnings whose two places the sentence lists together, as partners of a third: of the
    one town abroad the title names («…как Краснодар расширил международные связи»), or none."""
    kept = []
    for candidate in found:
        away = candidate.away
        if (
            candidate.kind == "twinning"
            and away is not None
            and listed_with_it(sentence, mentions, candidate.home, away)
        ):
            titled = {
                m.region.id: m.region
                for m in title_places
                if m.region.kind == "city" and not is_home(m.region)
            }
            titled.pop(away.id, None)
            if len(titled) != 1:
                continue
            candidate.away = next(iter(titled.values()))
            candidate.notes.append(
                f"with whom: {candidate.away.name}, the title's town; the sentence lists {away.name} "
                f"beside {candidate.home.name} among its partners: check it"
            )
        kept.append(candidate)
    return kept


def guests_listed(sentence: str, mentions: list[Mention]) -> set[str]:
    """The places of a list of three or more that guests came from («прибыли делегации … из
    Бреста, Минска, Новороссийска, Тулы и Владимира»): guests all, none the other's host."""
    runs: list[list[Mention]] = []
    for mention in mentions:
        if runs and _LISTED.fullmatch(sentence[runs[-1][-1].end : mention.start]):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    listed = next(
        (
            run
            for run in runs
            if len(run) >= 3 and _FROM.search(sentence, max(0, run[0].start - 6), run[0].start)
        ),
        [],
    )
    return {m.region.id for m in listed}


_FROM = caseless(r"(?:\bиз|\bз|\bfrom)\s+$", re.I)


# "in various parts of Europe and Asia", «по всему миру»: partners spread, no one partner
SPREAD = caseless(
    r"(?:various|different|many)\s+parts|all\s+over|(?:разных|различных|многих)\s+(?:частях|уголках|странах|регионах)|"
    r"розных\s+(?:частках|кутках|краінах|рэгіёнах)|по\s+всему\s+миру|па\s+ўсім\s+свеце",
    re.I,
)

# "the two cities", «оба города»: the pair a sentence refers back to
THE_TWO_CITIES = caseless(
    r"\bthe\s+two\s+cities\b|\b(?:оба|два)\s+города\b|\bобоих\s+городов\b|\b(?:абодва|два)\s+гарады\b", re.I
)

# "sister cities", «города-побратимы»: twins that are towns
CITIES_TWINS = caseless(
    r"sister[- ]cit|twin\s+cit|городов-побратимов|городами-побратимами|гарадоў-пабрацімаў", re.I
)
