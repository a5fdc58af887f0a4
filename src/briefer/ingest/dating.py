"""When what an article reports happened: the date its sentence gives, the signing the
next sentence dates, the ceremony an earlier sentence dates, or the article's own day,
each said in the proposal's notes where it is not the sentence's own."""

from __future__ import annotations

import re

from .articles import Article
from .candidates import Candidate
from .figures import dates, periods

SINCE = re.compile(r"(?:с|з|since|from)\s+(?P<year>(?:19|20)\d\d)\b", re.I)


def date_of(
    article: Article, sentence: str, ahead: bool, notes: list[str], near: int = 0, following: str = ""
) -> str | None:
    """The date of what the sentence reports: the date it gives nearest ``near`` (where
    the tie or document is named), the date of its signing the next sentence tells ("The
    document was signed in Tashkent on 8 February"), or the article's own date where the
    text says nothing of when (said in the notes)."""
    read = dates(sentence, article.date, ahead)
    relative = {(when.start, when.date) for when in read if when.relative}
    found: list[tuple[int, str]] = [(when.start, when.date) for when in read]
    found += [(m.start(), m["year"]) for m in SINCE.finditer(sentence)]
    found += [(p.start, p.text) for p in periods(sentence) if re.fullmatch(r"\d{4}", p.text)]
    if found:
        # of two readings of one place («in July 2020» as a month and a year) the finer wins
        chosen = min(found, key=lambda item: (abs(item[0] - near), -len(item[1])))
        if chosen in relative and article.date is not None:
            notes.append(f"the year is the article's ({article.date.year}): the sentence gives none")
        return chosen[1]
    signing = _SIGNING_TOLD_NEXT.match(following)
    told = dates(signing.group(), article.date, ahead) if signing else []
    if told:
        notes.append("the date is from the sentence after it, which tells of the signing: check it")
        return told[0].date
    if article.date is None:
        notes.append("the sentence gives no date and the article none: date to fill in")
        return None
    notes.append(f"the sentence gives no date: the article's date ({article.date.isoformat()}) is used")
    return article.date.isoformat()


# the next sentence, where it tells when the document just named was signed
_SIGNING_TOLD_NEXT = re.compile(
    r"\s*(?:(?:the|this)\s+(?:document|agreement|memorandum)s?\s+(?:was|were)\s+signed|"
    r"(?:документ|соглашение|меморандум|дакумент|пагадненне)\w*\s+(?:был[аои]?\s+)?(?:подписан|падпісан))"
    r"[^.!?]*",
    re.I,
)
_CEREMONY = re.compile(
    r"церемони\w*|цырымоні\w*|ceremony|"
    r"(?:состоял\w*|прош[её]л|прошл[аио]|адбыл\w*|прайшл\w*|провели|провёл|провел|правялі|held|took\s+place|met)\b",
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
