"""A fact a sentence supports, before it is written up as a proposal, and a place the
registry lacks, as a provisional region."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..places import HOME_COUNTRY, Region
from .figures import Amount
from .occasions import Occasion
from .periods import Period
from .places import NewPlace


def is_home(region: Region) -> bool:
    """A Belarusian place (Belarus itself included)."""
    return region.country_id == HOME_COUNTRY


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
    # the document the span is of, signed with the one named first («соглашение … и план
    # мероприятий на 2022–2024 годы»)
    years_of: str | None = None
    until: str | None = None  # the year a plan runs to: "2026"
    approved: bool = False  # a document approved («утвердили»), not said to be signed
    # a document said to be in force: "since" a year («действует с 2011 года»), or "now", on the
    # article's day («между Мордовией и Беларусью действует соглашение»)
    in_force: str | None = None
    event: str | None = None  # visit, forum, fair, delegation, days
    metric: str | None = None
    amount: Amount | None = None
    period: Period | None = None
    change_pct: float | None = None
    compared_with: str | None = None
    reported: str | None = None  # for a plan: the day the article put it on record
    dated_by: bool = False  # a tie told as standing: its date is the latest it can be, not when it began
    hosted: bool = False  # an event the Belarusian side is named only as where it was held
    # whose days they are: "home" («Дни Гомельской области» held abroad) or "away" («Неделя
    # города Тяньцзинь» held at home); for a consulate, "home" where it is the Belarusian side's;
    # for a visit, whose people made it
    days_of: str | None = None
    occasion: Occasion | None = None  # the forum, festival or City Day an event was held at
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
