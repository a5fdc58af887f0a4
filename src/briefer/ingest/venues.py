"""Where a place is named as where, not who: a venue («в Бресте мы провели заседание»), the
seat of a mission or an envoy's post («посла Беларуси в Китае»), a place named aside
(«наряду с Минском»), a ministry's country where something was signed."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.caseless import caseless
from .places import Mention

_MISSION = caseless(
    r"(?:(?:посольств|консульств|консул|представительств|пасольств|embassy|consul)\w*(?:\s+\S+){0,2}\s+"
    r"(?:в|у|ў|in)|(?:ambassador\w*|посол\w*|пасол\w*|(?:посл|пасл)(?:а|у|ом|ы|ов|ам|амі|ами|ах)\b)[^.;]{0,100}?\s(?:to|в|у|ў))\s+(?:the\s+)?$",
    re.I,
)


def seat_of_a_mission(sentence: str, mention: Mention) -> bool:
    """Whether the place is named as where a Belarusian mission sits or where an envoy
    is sent ("Belarus' embassy in Beijing", "Consul General in Shanghai", "Ambassador
    to China", «посла Беларуси в Китае»): no partner of the story."""
    return bool(_MISSION.search(sentence[max(0, mention.start - 140) : mention.start]))


def envoy_posted_in(sentence: str, mention: Mention) -> bool:
    """Whether the place is named as where an envoy is posted («Генеральный консул РФ в Бресте»):
    the consul is no side of Brest's (a consulate opened there is, so only envoys count)."""
    return bool(_ENVOY_IN.search(sentence, max(0, mention.start - 60), mention.start))


_ENVOY_IN = caseless(
    r"\b(?:консул(?:а|у|ом)?|consul(?:\s+general)?|посол|посла|послом|пасол|пасла|ambassador)(?:\s+\S+){0,2}\s+"
    r"(?:в|у|ў|in|to)\s+(?:the\s+)?$",
    re.I,
)


def named_aside(sentence: str, mention: Mention) -> bool:
    """Whether the place is named as one besides the sentence's own («наряду с Минском»,
    «помимо Минска», "as well as Minsk")."""
    return bool(_ASIDE.search(sentence, max(0, mention.start - 30), mention.start))


_ASIDE = caseless(
    r"(?:наряду\s+с[оа]?|помимо|кроме|апроч|нараўне\s+з|along\s+with|besides|apart\s+from)\s+$", re.I
)


# "Rechitsa Hardware Plant", "Minsk Tractor Works", «Речицкий метизный завод»: a maker's name
# "When in Moscow the governor is set to meet…", «находясь в Москве»: where, and nothing else
_ONLY_WHERE = r"\b(?:when|while)\s+in|находясь\s+(?:в|во)|знаходзячыся\s+(?:у|ў)|пребывания\s+(?:в|во)"
_ONLY_WHERE_BEFORE = caseless(rf"(?:{_ONLY_WHERE})\s+$", re.I)
_HELD_IN = caseless(
    r"(?:(?:состоял\w*|прош[её]л|прошл[аио]|проход\w*|пройд[её]т|адбыл\w*|прайш\w*|праходз\w*|"
    r"\bheld\b|took\s+place|\bmet\b|встретил\w*|сустрэ[лў]\w*|стартовал\w*|стартавал\w*|открыл\w*сь|адкрыл\w*ся|\bstarted\b|\bopened\b|(?:был[аои]?\s+)?подписан[аоы]?|падпісан[аы]?|\bsigned\b)"
    r"\b[^.;]{0,40}\s(?:в|во|у|ў|in)|"
    # «на Форуме регионов Беларуси и России в Полоцке»: where the forum named was held
    r"(?:форум|forum|выставк|выстаўк|exhibition|ярмарк|кірмаш|\bfair\b|конференци|канферэнцы|conference|"
    r"фестивал|фестывал|festival)\w*\b[^.;,()]{0,60}\s(?:в|во|у|ў|in)|"
    # «в городке Ланьчжоу свершилась встреча», "in the city of Lanzhou": a town as a setting
    r"(?:^|\s)(?:в|во|у|ў)\s+(?:городе|городке|горадзе|г\.)|\bin\s+the\s+city\s+of|"
    # "When in Moscow the governor is set to meet…", «находясь в Москве»: where, not whom
    rf"{_ONLY_WHERE})\s+$",
    re.I,
)


def only_where(sentence: str, mention: Mention) -> bool:
    """Whether the place is named only as where someone is ("When in Moscow…", «в Москве
    подписал соглашение с …»): no side, even where the sentence names no other."""
    before = sentence[max(0, mention.start - 40) : mention.start]
    return bool(
        _ONLY_WHERE_BEFORE.search(before)
        or (named_as_where(sentence, mention) and bool(_ACT_AFTER.match(sentence, mention.end)))
    )


_IN_BEFORE = caseless(r"(?:^|\s)(?:в|во|у|ў|in|(?:visit|trip)\s+to)\s+$", re.I)


def named_as_where(sentence: str, mention: Mention) -> bool:
    """Whether the place is named after «в» or "in" («в Бресте мы провели заседание», "who came on
    a working visit to Minsk")."""
    return bool(_IN_BEFORE.search(sentence, 0, mention.start))


_ACT_AFTER = caseless(
    r"\s+(?:\d{1,2}\s+\w+\s+)?(?:подписал\w*|падпісаў|падпісалі|signed|встретил\w*|сустрэў\w*|сустрэліся|met)\b",
    re.I,
)


def held_in(sentence: str, mention: Mention) -> bool:
    """Whether the place is named as where something was held («заседание состоялось в
    2024 году в Бресте», "the forum was held in Minsk"): where, not who."""
    return _held_before(sentence[max(0, mention.start - 80) : mention.start])


@lru_cache(maxsize=4096)  # each mention is asked about more than once
def _held_before(words: str) -> bool:
    return bool(_HELD_IN.search(words))


# "at a meeting in the Finance Ministry of Belarus", «в Министерстве иностранных дел Беларуси»
_IN_A_MINISTRY = caseless(
    r"\b(?:in|at)\s+the\s+(?:\w+\s+){0,3}Ministry\s+(?:of\s+(?:\w+\s+){0,3})?of\s+$|"
    r"(?:^|\s)(?:в|во|у|ў)\s+(?:Министерств|Міністэрств)\w*\s+(?:\w+\s+){0,3}$",
    re.I,
)


def in_a_ministry(sentence: str, mention: Mention) -> bool:
    """Whether the country is named as the owner of a ministry where something took place
    ("signed at a meeting in the Finance Ministry of Belarus"): where, not a side."""
    return bool(_IN_A_MINISTRY.search(sentence, max(0, mention.start - 80), mention.start))


# «встретился в Минске», "met in Minsk": the place after is where they met
MET_IN = caseless(r"\b(?:встретил\w*|сустрэў\w*|сустрэл\w*|met)\s+(?:\w+\s+)?(?:в|во|у|ў|in)\s", re.I)

# «встреча с председателем облисполкома», "talks with": a meeting, its sides named after «с»
# (and «Делегацию Витебской области возглавил … Субботин. Вместе с ним Псковскую область посетили…»)
MEETING_WITH = caseless(
    r"\b(?:на\s+встрече|встреча|встретил\w*|встречи|провел\w*\s+встречу|на\s+сустрэчы|сустрэча|сустрэў\w*)"
    r"\s+(?:с[оа]?|з)\s|"
    r"\b(?:meeting|met|talks)\s+with\b|^(?:вместе|разам)\s+з?с?\s*(?:ним|ней|им|ёй)\b[^.]{0,80}?\b(?:посетил|"
    r"побывал|прибыл|наведал|пабывал)",
    re.I,
)
