"""An event told as one sentence in English, Russian and Belarusian: who met, visited or
took part, where, and at what occasion."""

from __future__ import annotations

import re

from ..text.caseless import caseless
from ..text.i18n import N_, Language
from .candidates import Candidate
from .sidenames import genitive, in_cases, locative, name_of

_EVENT_SUMMARIES = {
    "visit": N_("Visit: {home} and {away}."),
    "forum": N_("Forum: {home} and {away}."),
    "exhibition": N_("Exhibition: {home} and {away}."),
    "fair": N_("Fair: {home} and {away}."),
    "days": N_("Days of a region: {home} and {away}."),
    "meeting": N_("Meeting: {home} and {away}."),
    "signing": N_("Signing: {home} and {away}."),
    "twinning signing": N_("Signing of a twinning agreement: {home} and {away}."),
    "friendship signing": N_("Signing of an agreement on friendly relations: {home} and {away}."),
    "consulate": N_("Consulate: {away} in {home}."),
    "performance": N_("Performance: {home} and {away}."),
    "working group": N_("Working group: {home} and {away}."),
}
_PLAN_SUMMARIES = {
    "visit": N_("Planned visit: {home} and {away}."),
    "forum": N_("Planned forum: {home} and {away}."),
    "exhibition": N_("Planned exhibition: {home} and {away}."),
    "fair": N_("Planned fair: {home} and {away}."),
    "days": N_("Planned days of a region: {home} and {away}."),
    "meeting": N_("Planned meeting: {home} and {away}."),
    "signing": N_("Planned signing: {home} and {away}."),
    "twinning signing": N_("Planned signing of a twinning agreement: {home} and {away}."),
    "friendship signing": N_("Planned signing of an agreement on friendly relations: {home} and {away}."),
    "consulate": N_("Planned consulate: {away} in {home}."),
    "performance": N_("Planned performance: {home} and {away}."),
    "working group": N_("Planned working group meeting: {home} and {away}."),
}
# events as sentences, the sides in the genitive («встреча представителей Минской области и
# Таджикистана»); the labels above serve a place the registry gives no cases
_EVENT_SENTENCES = {
    # a visit whose direction the sentence does not tell: its people met, and no more is said
    "visit": N_("Representatives of {home} and {away} met."),
    "forum": N_("A forum was held with {home} and {away} taking part."),
    "exhibition": N_("An exhibition was held with {home} and {away} taking part."),
    "fair": N_("A fair was held with {home} and {away} taking part."),
    "days": N_("Days of a region were held with {home} and {away} taking part."),
    "meeting": N_("Representatives of {home} and {away} met."),
    "working group": N_("The working group on cooperation between {home} and {away} met."),
    "signing": N_("{home} and {away} signed a document."),
    "twinning signing": N_("{home} and {away} signed a twinning agreement."),
    "friendship signing": N_("{home} and {away} signed an agreement on friendly relations."),
    "consulate": N_("A diplomatic mission of {away} opened, as part of the ties between {home} and {away}."),
}
# a visit, its visitors named («Представители Ишима побывали в Бобруйске»): the visitors in the
# genitive, the visited in the locative; by whose people made it, and whether it lies ahead
_VISIT_SENTENCES = {
    ("home", False): N_("Representatives of {home} visited {away}."),
    ("home", True): N_("Representatives of {home} are to visit {away}."),
    ("away", False): N_("Representatives of {away} visited {home}."),
    ("away", True): N_("Representatives of {away} are to visit {home}."),
}
# a concert or a tour, its artists placed («гастроли Брянского театра в Могилёве»): whose
# artists, where they performed, and whether it lies ahead
_PERFORMED = {
    ("home", False): N_("Artists of {home} performed in {away}."),
    ("home", True): N_("Artists of {home} are to perform in {away}."),
    ("away", False): N_("Artists of {away} performed in {home}."),
    ("away", True): N_("Artists of {away} are to perform in {home}."),
}
# an event held in the Belarusian place, the partner taking part: the place in the locative
_HOSTED_SENTENCES = {
    "consulate": N_("A consulate of {away} opened in {home}."),
    "forum": N_("A forum with {away} taking part was held in {home}."),
    "exhibition": N_("An exhibition with {away} taking part was held in {home}."),
    "fair": N_("A fair with {away} taking part was held in {home}."),
}
# a place's own days, held at the other's: the owner in the genitive, the host in the
# locative
_DAYS_SENTENCES = {
    ("home", False): N_("Days of {home} were held in {away}."),
    ("home", True): N_("Days of {home} are planned in {away}."),
    ("away", False): N_("Days of {away} were held in {home}."),
    ("away", True): N_("Days of {away} are planned in {home}."),
}
# Days told as opening («стартовали», "opened"): their start, not the whole of them, is on record
_DAYS_OPENED_SENTENCES = {
    "home": N_("Days of {home} opened in {away}."),
    "away": N_("Days of {away} opened in {home}."),
}
_DAYS_OPENED = caseless(
    r"стартовал|открыл|открыва|стартавал|адкрыл|адкрыва|\bopen(?:ed|s)\b|kicked\s+off", re.I
)
_PLAN_SENTENCES = {
    "visit": N_("A meeting of representatives of {home} and {away} is planned."),
    "forum": N_("A forum is planned with {home} and {away} taking part."),
    "exhibition": N_("An exhibition is planned with {home} and {away} taking part."),
    "fair": N_("A fair is planned with {home} and {away} taking part."),
    "days": N_("Days of a region are planned with {home} and {away} taking part."),
    "meeting": N_("A meeting of representatives of {home} and {away} is planned."),
    "working group": N_(
        "A meeting of the working group on cooperation between {home} and {away} is planned."
    ),
    "signing": N_("{home} and {away} are to sign a document."),
    "twinning signing": N_("{home} and {away} are to sign a twinning agreement."),
    "friendship signing": N_("{home} and {away} are to sign an agreement on friendly relations."),
    "consulate": N_(
        "A diplomatic mission of {away} is to open, as part of the ties between {home} and {away}."
    ),
}


# the forum, fair or exhibition held as a named occasion: who took part in it
_TOOK_PART = {
    False: N_("Representatives of {home} and {away} took part in {occasion}."),
    True: N_("Representatives of {home} and {away} are to take part in {occasion}."),
}
_TOOK_PART_HOSTED = {
    False: N_("Representatives of {away} took part in {occasion} in {home}."),
    True: N_("Representatives of {away} are to take part in {occasion} in {home}."),
}
# a meeting, a visit or a signing at an occasion: the sentence, and where it was held
_AT_OCCASION = N_("{event} at {occasion}.")
_HELD_AS_OCCASIONS = ("forum", "exhibition", "fair")


def event_summary(candidate: Candidate, language: str) -> str:
    words = Language(language)
    event = candidate.event or "visit"
    told = _sentence(candidate, language)
    if told is None:  # a place the registry gives no cases: a label
        home = name_of(candidate.home, language)
        away = name_of(candidate.away, language) if candidate.away else ""
        table = _PLAN_SUMMARIES if candidate.reported else _EVENT_SUMMARIES
        return words.gettext(table[event]).format(home=home, away=away)
    if candidate.occasion and not _takes_part(candidate) and event not in ("days", "consulate"):
        occasion = candidate.occasion.name(language)
        return words.gettext(_AT_OCCASION).format(event=told.removesuffix("."), occasion=occasion)
    return told


def _takes_part(candidate: Candidate) -> bool:
    """A forum or fair told by its name («В Уфе проходит Х Форум регионов Беларуси и России»),
    or a delegation's visit to one, wherever it was held: who took part in it."""
    event = candidate.event or "visit"
    return candidate.occasion is not None and (
        event in _HELD_AS_OCCASIONS or (event == "visit" and candidate.occasion.taken_part_in)
    )


def _sentence(candidate: Candidate, language: str) -> str | None:
    """The event as a sentence, or None where a side has no name in the cases it needs."""
    words = Language(language)
    home = name_of(candidate.home, language)
    away = name_of(candidate.away, language) if candidate.away else ""
    event = candidate.event or "visit"
    home_gen = genitive(candidate.home, language) if language != "en" else home
    away_gen = (genitive(candidate.away, language) if language != "en" else away) if candidate.away else None
    home_in = locative(candidate.home, language)
    away_in = locative(candidate.away, language) if candidate.away else None
    planned = bool(candidate.reported)
    if candidate.occasion and _takes_part(candidate):
        occasion = candidate.occasion.name(language)
        if candidate.hosted and home_in and away_gen:
            return words.gettext(_TOOK_PART_HOSTED[planned]).format(
                home=home_in, away=away_gen, occasion=occasion
            )
        if home_gen and away_gen:
            return words.gettext(_TOOK_PART[planned]).format(home=home_gen, away=away_gen, occasion=occasion)
    if event == "consulate" and candidate.days_of == "home" and home_gen and away_in:
        # "the Consulate General of Belarus" in Ho Chi Minh City
        return words.gettext(_HOSTED_SENTENCES[event]).format(home=away_in, away=home_gen)
    if (
        (candidate.hosted or event == "consulate")
        and home_in
        and away_gen
        and event in _HOSTED_SENTENCES
        and not candidate.reported
    ):
        return words.gettext(_HOSTED_SENTENCES[event]).format(home=home_in, away=away_gen)
    if event == "performance" and candidate.days_of == "home" and home_gen and away_in:
        return words.gettext(_PERFORMED["home", planned]).format(home=home_gen, away=away_in)
    if event == "performance" and candidate.days_of == "away" and home_in and away_gen:
        return words.gettext(_PERFORMED["away", planned]).format(home=home_in, away=away_gen)
    if event == "performance":
        return None
    if event == "visit" and candidate.days_of == "home" and home_gen and away_in:
        return words.gettext(_VISIT_SENTENCES["home", planned]).format(home=home_gen, away=away_in)
    if event == "visit" and candidate.days_of == "away" and home_in and away_gen:
        return words.gettext(_VISIT_SENTENCES["away", planned]).format(home=home_in, away=away_gen)
    opened = event == "days" and not planned and bool(_DAYS_OPENED.search(candidate.sentence))
    if event == "days" and candidate.days_of == "home" and home_gen and away_in:
        days_told = _DAYS_OPENED_SENTENCES["home"] if opened else _DAYS_SENTENCES["home", planned]
        return words.gettext(days_told).format(home=home_gen, away=away_in)
    if event == "days" and candidate.days_of == "away" and home_in and away_gen:
        days_told = _DAYS_OPENED_SENTENCES["away"] if opened else _DAYS_SENTENCES["away", planned]
        return words.gettext(days_told).format(home=home_in, away=away_gen)
    if home_gen and away_gen:
        sentences = _PLAN_SENTENCES if candidate.reported else _EVENT_SENTENCES
        # «…между {home_ins} и {away_ins}»: a Russian or Belarusian sentence may want other cases
        return words.gettext(sentences[event]).format(
            **in_cases(candidate, language), home=home_gen, away=away_gen
        )
    return None
