"""Ties and documents a title announces («Орёл и Брест стали городами-побратимами»,
«Орловская и Гомельская области подписали План сотрудничества»), where the text tells them
only in part: the signing of what the title named, or the title's tie itself."""

from __future__ import annotations

import re

from ..places import Region, RegionRegistry
from ..text.caseless import caseless
from .articles import Article
from .candidates import Candidate
from .dating import date_of, plan_in
from .places import Mention
from .ties import ties_and_documents

# «Соответствующие документы подписали…», "The documents were signed by…": the signing of what
# the title announced
_THE_DOCUMENTS_SIGNED = caseless(
    r"^\W*(?:соответствующ\w+|эти|данн\w+|адпаведн\w+|гэтыя|the)\s+(?:документ\w*|дакумент\w*|documents?)\b"
    r"[^.]*?\b(?:подписа\w*|падпіса\w*|signed)",
    re.I,
)


def signed_as_titled(
    article: Article,
    sentence: str,
    start: int,
    end: int,
    home: Region,
    away: Region,
    tie: str,
    ahead: bool,
    following: str,
) -> list[Candidate]:
    """The tie the title announces, where the sentence tells that its documents were signed."""
    if not _THE_DOCUMENTS_SIGNED.search(sentence):
        return []
    notes: list[str] = []
    date = date_of(article, sentence, ahead, notes, 0, following)
    if not date:
        return []
    notes.append(f"the tie ({tie}) is the one the title names: check it")
    return [Candidate("twinning", home, away, date, sentence, start, end, tie=tie, notes=notes)]


# «Орёл и Брест стали городами-побратимами», «…установили побратимские связи», "became sister cities"
_TWINNED_IN_TITLE = caseless(
    r"\b(?:стали|сталі|установили|установілі|усталявалі|подписали|подписал|падпісалі|падпісаў|became|"
    r"have\s+become|are\s+now)\b"
    r"[^.!?]{0,30}(?:побратим|пабрацім|sister[- ]cit|twin)",
    re.I,
)


def twinning_in_title(
    article: Article, home: Region | None, away: Region | None, found: list[Candidate]
) -> Candidate | None:
    """The twinning the title announces between ``home`` and ``away``, the places it names,
    where the text (often only its first lines) tells no twinning of that pair itself. An
    agreement of the pair the text tells («Соглашение 29 июля 2023 года подписали мэр
    Бреста…») is that twinning, with its date: it becomes the twinning instead."""
    title = article.title or ""
    if article.date is None or not _TWINNED_IN_TITLE.search(title) or plan_in(title):
        return None
    if home is None or away is None or away.kind == "country":
        return None
    if any(c.kind == "twinning" and c.away is not None and c.away.id == away.id for c in found):
        return None
    agreement = next(
        (
            c
            for c in found
            if c.kind == "agreement"
            and c.document in (None, "agreement")
            and c.away is not None
            and c.away.id == away.id
            and not c.reported
        ),
        None,
    )
    if agreement is not None:
        agreement.kind, agreement.tie, agreement.document = "twinning", "twinned", None
        agreement.notes.append(f"the tie: twinned, as the title calls it («{title}»): check it")
        return None
    notes = [
        "from the title: the text does not tell the signing; dated by the article's date (check it)",
    ]
    return Candidate(
        "twinning", home, away, article.date.isoformat(), title, 0, 0, tie="twinned", notes=notes
    )


def document_in_title(
    registry: RegionRegistry,
    article: Article,
    mentions: list[Mention],
    home: Region | None,
    away: Region | None,
    found: list[Candidate],
) -> list[Candidate]:
    """The document the title says ``home`` and ``away`` signed («Орловская и Гомельская
    области подписали План сотрудничества на 2024-26 годы»), where the text tells no
    document or tie of that pair itself («…прокомментировали подписанный документ»)."""
    title = article.title or ""
    if article.date is None or home is None or away is None or plan_in(title):
        return []
    told = {c.away.id for c in found if c.kind in ("agreement", "twinning") and c.away is not None}
    if away.id in told:
        return []
    if away.kind == "country" and any(c.away is not None and c.away.country == away.id for c in found):
        return []  # «…заключила соглашения с регионами России»: the text tells with which
    titled = [
        c
        for c in ties_and_documents(registry, article, title, 0, 0, home, away, False, mentions)
        if c.kind == "agreement" and not c.reported and c.away is not None and c.away.id not in told
    ]
    for candidate in titled:
        candidate.notes.append("from the title: the text does not tell the signing itself: check it")
    return titled


def friendly_as_titled(candidates: list[Candidate], title_partner: Region) -> None:
    """«Минск и Сочи стали городами-побратимами» (the title): «дружественные отношения» with
    that partner in the text are the twinning the title names."""
    for candidate in candidates:
        partner = candidate.away.id if candidate.away else None
        if candidate.kind == "twinning" and candidate.tie == "friendly" and partner == title_partner.id:
            candidate.tie = "twinned"
            candidate.notes.append("the tie: twinned, as the title calls it: check it")
