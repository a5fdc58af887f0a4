"""From an article to candidate facts: one sentence at a time, every value from the
sentence itself or from the article's date.

A sentence that names no place of the registry gives nothing (menus, bylines and
boilerplate name none). A sentence naming a Belarusian place and one abroad may give a
tie (twinning, friendly relations, partnership) with its date, a document signed
(agreement, memorandum, roadmap or programme with its years, protocol of intent), an
event or visit (a plan where it lies ahead), and figures: trade, exports, imports,
investment, counts, each with its qualifier, period and scope. Where the sentence leaves
something open (whose figure, which rubles, the date), the candidate says so.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..places import HOME_COUNTRY, Region, RegionRegistry
from . import sides
from .articles import Article
from .candidates import Candidate, Found, is_home
from .dating import SINCE, ceremony_date, date_by_ceremony, date_of, plan_in
from .events import COUNTED, COUNTED_DOCUMENTS, COUNTED_PARTNERS, EVENTS, events
from .figurecandidates import BASIC_METRICS, POINTS_BACK_TO_IT, figure_candidates, is_base, named_metric
from .newplaces import parent_for, provisional_region, registered_district, setting_of, without_dateline
from .periods import Period, horizons, periods, year_ranges
from .places import Mention, PlaceFinder
from .sentences import sentences

_TIES = (
    (
        re.compile(r"стратегическ\w+\s+партн[её]р|стратэгічн\w+\s+партн[её]р|strategic\s+partner", re.I),
        "strategic partners",
    ),
    (re.compile(r"побратим|пабрацім|twinn|sister[- ]cit|twin\s+cit", re.I), "twinned"),
    (
        re.compile(
            r"дружеств|дружеск|дружб\w+\s+(?:и|і)\s+сотруднич|сяброўск|friendly\s+(?:ties|relations)", re.I
        ),
        "friendly",
    ),
    (
        re.compile(
            r"партн[её]рск\w+\s+(?:связ|отношени|сувяз|адносін)|partnership\s+(?:ties|relations)", re.I
        ),
        "partners",
    ),
)
_DOCUMENTS = (
    (re.compile(r"о\s+намерениях|аб\s+намерах|of\s+intent", re.I), "protocol of intent"),
    (re.compile(r"дорожн\w+\s+карт|дарожн\w+\s+карт|road\s?map", re.I), "roadmap"),
    (re.compile(r"меморандум|мемарандум|memorand", re.I), "memorandum"),
    (
        # a programme of something, not «Программа насыщенная» (a visit's programme)
        re.compile(
            r"программ\w*\s+(?:сотрудничеств|развити|совместн|мероприят|действий|на\s+\d{4})|"
            r"праграм\w*\s+(?:супрацоўніцтв|развіцц|сумесн|мерапрыем|дзеянняў|на\s+\d{4})|"
            r"(?:cooperation\s+)?program(?:me)?\s+(?:of|for|on)\s+(?:cooperation|joint|development)",
            re.I,
        ),
        "programme",
    ),
    (
        re.compile(
            r"план\w*\s+(?:совместных\s+)?мероприят|план\w*\s+(?:сумесных\s+)?мерапрыем|action\s+plan|"
            r"план\w*\s+действий|план\w*\s+дзеянняў",
            re.I,
        ),
        "action plan",
    ),
    (
        re.compile(
            r"соглашени|пагадненн|agreement|accord\b|договор\w*\s+о\s+сотрудничеств|дагавор\w*\s+аб\s+супрацоўніцтв",
            re.I,
        ),
        "agreement",
    ),
    (re.compile(r"протокол|пратакол|protocol", re.I), "protocol"),
)
_SIGNED = re.compile(
    r"подписа|падпіса|заключ|утверд|зацверд|установ|устанав|усталяв|\bстали\b|\bсталі\b|"
    r"\bsign(?:ed|ing|s)?\b|\bconclud|\bapprov|\badopt|\bestablish|\bbecame\b|\bhave\s+been\s+twinned",
    re.I,
)


@dataclass
class Extraction:
    article: Article
    candidates: list[Candidate]
    new_places: list[Found]


def extract(article: Article, finder: PlaceFinder) -> Extraction:
    """Every candidate fact and every new place in the article."""
    registry = finder.registry
    result = Extraction(article, [], [])
    last_home: Region | None = None
    last_metric: str | None = None  # what the last sentence's figures measured
    last_country: Region | None = None  # the last country abroad named: "between the countries"
    last_pair: tuple[Region, Region | None] | None = None  # the sides of the last figure given
    previous_away: Region | None = None  # the partner the sentence before named
    # the partner the article is about: named with a Belarusian place, its title first
    story_away = sides.title_partner(article, finder)
    title_away = story_away
    story_home = sides.title_home(article, finder)
    title_tie = next(
        (stage for pattern, stage in _TIES if pattern.search(article.title or "")), None
    )  # the Belarusian place the title names, if one
    last_periods: list[Period] = []  # the periods the last sentence that named one named
    listing: str | None = None  # the stage of a list of ties the last sentence gave
    setting: dict[str, Region] | None = None  # where the article is set: read once, when a new place needs it
    held_on: tuple[str, int] | None = None  # the date a ceremony was held, and sentences since
    tie_before: str | None = None  # the tie the sentence before tells of
    last_meeting: tuple[Region, Region] | None = None  # the sides of the last meeting or visit told
    for written, start, end in sentences(article.text):
        # what is read is the sentence without its dateline; what is shown is the sentence
        sentence = without_dateline(written)
        home_before = last_home  # the Belarusian side the sentences before this one named
        mentions = sides.districts_of_their_cities(registry, sentence, finder.mentions(sentence))
        known = list(mentions)
        places = list(finder.new_places(sentence, mentions))
        # larger places first, so that a city's new province already has its country
        places.sort(key=lambda place: {"city": 1, "district": 2}.get(place.kind, 0))
        placed: list[Mention] = []
        for place in places:
            # «…ский район» is a district at home: only a known place or the article's oblast holds it
            around = known if place.adjectival else known + placed
            parent = parent_for(place, around, known, registry, sentence)
            fallback_notes: list[str] = []
            if parent is None:
                if setting is None:
                    setting = setting_of(article, finder)
                okrug = bool(_OKRUG.search(place.context))  # abroad: the country the article names most
                at_home = place.adjectival and place.kind == "district" and not okrug
                parent = setting.get("oblast" if okrug else "district" if at_home else place.kind)
                if parent is not None:
                    fallback_notes.append(f"where it lies: {parent.name}, from the rest of the article")
            registered = registered_district(place, parent, registry, article.language, known)
            if registered is not None:  # the mention runs to its kind word, to be joined by «и»
                kind_word = _KIND_WORD.match(sentence, place.end)
                stop = kind_word.end() if kind_word else place.end
                mentions.append(Mention(registered, place.start, stop, sentence[place.start : stop]))
                continue
            region, notes = provisional_region(place, parent, article.language, registry)
            placed.append(Mention(region, place.start, place.end, place.name))
            result.new_places.append(Found(region, place, tuple(fallback_notes + notes), written, start, end))
        mentions.extend(placed)
        mentions.sort(key=lambda mention: mention.start)
        mentions = [m for m in mentions if not sides.in_a_makers_name(sentence, m)]
        # «пользу народам Беларуси и Китая», "the peoples of Belarus and China": no sides
        peoples = [span.span() for span in _PEOPLES.finditer(sentence)]
        if peoples:
            mentions = [m for m in mentions if not any(a <= m.start < b for a, b in peoples)]
        homes = [m for m in mentions if is_home(m.region)]
        # «председатель Миноблисполкома … на встрече с Послом Таджикистана в Беларуси»: where the
        # envoy is posted is no side where a Belarusian place is named besides
        posted = [m for m in homes if sides.seat_of_a_mission(sentence, m)]
        if posted and len(posted) < len(homes):
            homes = [m for m in homes if m not in posted]
            mentions = [m for m in mentions if m not in posted]
        aways = [m for m in mentions if not is_home(m.region)]
        named = [m for m in homes if not m.adjective]
        # a place in a short quoted title (the exhibition «Весна в Гомеле») is where, not who
        # (nor is where a meeting was held: «заседание состоялось в 2024 году в Бресте»)
        # «предприятия юго-западного региона Беларуси»: one oblast, not the country
        region_of = [m for m in named if _A_REGION_OF.search(sentence[max(0, m.start - 30) : m.start])]
        speaking = [
            m
            for m in named
            if not sides.in_title(sentence, m) and not sides.held_in(sentence, m) and m not in region_of
        ]
        if speaking:
            last_home = sides.most_specific_unit(registry, speaking)
        elif homes and last_home is None:
            last_home = sides.most_specific_unit(registry, homes)
        if not named and last_home is not None and _THE_OBLAST.search(sentence):
            # «16 предприятий области»: the oblast of the city named before
            last_home = sides.oblast_of(registry, last_home)
        # a figure of "Belarusian producers" is the country's, not the oblast named before
        adjective_home = next((m.region for m in homes if m.adjective), None)
        # a country's adjective is a side only where no place is named
        # (an oblast's executive committee, «председатель Миноблисполкома», is its oblast's side)
        homes = [m for m in homes if not m.adjective or sides.body_of(sentence, m)] or (
            homes if last_home is None else []
        )
        aways = [m for m in aways if not m.adjective] or aways
        # "Belarus' embassy in Beijing": where a mission sits is no partner
        aways = [m for m in aways if not sides.seat_of_a_mission(sentence, m)]
        # «встреча прошла в Ланьчжоу … с губернатором провинции Ганьсу»: where, not who
        aways = [m for m in aways if not sides.held_in(sentence, m)] or aways
        # «третье место в стране, уступив только Москве»: a ranking's field, no side
        aways = [m for m in aways if not _RANKED_BEHIND.search(sentence[max(0, m.start - 25) : m.start])]
        # «в II Форуме регионов Беларуси и Узбекистана в Ташкенте»: a city named as where, beside
        # the country or region it lies in, is the venue
        aways = [m for m in aways if not sides.venue_within(registry, sentence, m, aways)]
        home, away = sides.pair(registry, homes, aways, sentence)
        home = sides.side_by_body(registry, home, sentence)
        pair_notes: list[str] = []
        host = sides.oblast_hosting(registry, home, home_before, sentence, homes)
        if host is not None:
            # «губернаторы Минской и Владимирской области … с визитом в белорусской столице»: the
            # oblast named before hosts the visit in its centre
            assert home is not None
            pair_notes.append(f"the Belarusian side: {host.name}, named before; {home.name} is only where")
            home = last_home = host
        if (
            away is not None
            and away.kind == "country"
            and previous_away is not None
            and previous_away.country == away.id
            and all(m.adjective for m in aways if m.region.id == away.id)
        ):
            # «Российская делегация» after «губернаторы … Владимирской области»: that region's
            away = previous_away
            pair_notes.append(f"with whom: {away.name}, named in the sentence before")
        if (
            home is not None
            and home.id == HOME_COUNTRY
            and last_home is not None
            and last_home.kind == "oblast"
            and region_of
        ):
            home = last_home
            pair_notes.append(f"«a region of Belarus»: {home.name}, the oblast named before: check it")
        if _BETWEEN_COUNTRIES.search(sentence) and not named and HOME_COUNTRY in registry.regions:
            # "the trade turnover between the countries": Belarus and the country last named
            home = last_home = registry.get(HOME_COUNTRY)
            if away is None and last_country is not None:
                away = last_country
                pair_notes.append(f"the countries: Belarus and {away.name}, from an earlier sentence")
        partner_now = away or previous_away or story_away
        if (
            _WITH_THE_REPUBLIC.search(sentence)
            and not named
            and partner_now
            and partner_now.kind != "republic"
        ):
            # «товарооборот с республикой вырос на 57%» in a story of Ulyanovsk Oblast: with Belarus
            home = last_home = registry.get(HOME_COUNTRY)
            pair_notes.append("«the republic»: Belarus, the partner being no republic: check it")
        last_country = next((m.region for m in reversed(aways) if m.region.kind == "country"), last_country)
        if _OF_WHICH.match(sentence) and not named and away is None and last_pair is not None:
            # «В том числе экспортировано товаров почти на $159 млн…»: part of the figure before
            home, away = last_pair
            both = f"{home.name} with {away.name}" if away else home.name
            pair_notes.append(f"part of the figure before it: {both}, from the sentence before")
        elif not mentions and last_pair is not None and last_pair[1] is not None:
            # "Trade with Irkutsk Oblast grew 16%. Exports went up by 11.4%…": the same sides
            home, away = last_pair
            pair_notes.append(
                f"whose figure: the sentence names no place; {last_pair[0].name} with "
                f"{last_pair[1].name}, as in the figure of the sentence before"
            )
        elif not mentions and last_meeting is not None and _AFTER_THE_MEETING.search(sentence):
            # «По итогам встречи подписано соглашение»: signed by the two who met
            home, away = last_meeting
            pair_notes.append(f"the sides: {home.name} and {away.name}, who met, as a sentence before tells")
        elif not mentions and previous_away is not None:
            # «…сотрудничает с регионами Российской Федерации. "У нас товарооборот достиг…"»
            away = previous_away
            pair_notes.append(f"with whom: {away.name}, named in the sentence before")
        if away is None and sides.owner(sentence, mentions) is None and story_away is not None:
            mutual = _MUTUAL.search(sentence)
            if mutual:
                # «между нашими регионами», "our trade", «взаимный товарооборот»: the article's pair
                away = story_away
                pair_notes.append(
                    f"with whom: {story_away.name}, the partner of the article («{mutual.group()}»)"
                )
        if (
            away is not None
            and away.kind == "country"
            and story_away is not None
            and story_away.country == away.id
            and _THIS.search(sentence)
            and all(m.adjective for m in mentions if m.region.id == away.id)
        ):
            # «заключила соглашение с этой вьетнамской провинцией»: the province the article is about
            away = story_away
            pair_notes.append(
                f"with whom: {story_away.name}, the partner of the article, as the sentence refers"
            )
        if home is not None and away is not None and (story_away is None or away.kind != "country"):
            story_away = away
        previous_away = away if mentions else None  # for a sentence after it that names no place
        plan = plan_in(sentence)
        ahead = plan is not None
        following = article.text[end : end + 600]
        found = (
            list(_tie_list(sentence, start, end, mentions, registry, listing, following)) if mentions else []
        )
        listing = found[0].tie if found else None  # a list of ties may run on past a «;»
        if not found:
            found = list(_dash_pairs(article, sentence, start, end, mentions, registry, ahead))
        if not found and home is not None and away is not None and title_tie:
            # «Орёл и Гомель стали городами-побратимами» (the title), «Соответствующие документы
            # подписали председатель Гомельского горисполкома и мэр Орла»: the title's tie, signed
            found = sides.signed_as_titled(
                article, sentence, start, end, home, away, title_tie, ahead, following
            )
        if not found:
            found = list(
                _ties_and_documents(
                    registry,
                    article,
                    sentence,
                    start,
                    end,
                    home or last_home,
                    away,
                    ahead,
                    mentions,
                    following,
                )
            )
            for candidate in found:
                if (
                    candidate.kind == "twinning"
                    and candidate.home.id == HOME_COUNTRY
                    and story_home is not None
                    and candidate.away is not None
                    and candidate.away.kind != "country"
                ):
                    # a country twins with no town: «визит в Беларусь делегации из Казани» in a
                    # story whose title gives Minsk its new twin is Minsk's twinning
                    candidate.home = story_home
                    candidate.notes.append(f"the Belarusian side: {story_home.name}, as the title names it")
            # nor is a town twinned with a country: «один из крупнейших мегаполисов Китая … является
            # побратимом белорусской столицы» is the city the title names, or no twinning to propose
            found = [c for c in found if sides.twin_abroad(c, title_away)]
            if home is None and found:
                for candidate in found:  # "A protocol of intent has been signed with Fujian Province."
                    candidate.notes.append(
                        f"the Belarusian side: the sentence names none; {candidate.home.name} is from an "
                        "earlier sentence"
                    )
        if not found and home and away and EVENTS.search(sentence):
            level = sides.at_its_level(registry, home, away)
            delegation = sides.delegation_named_next(finder, home, sentence, following)
            for event in events(article, sentence, start, end, delegation, level, ahead):
                if delegation is not home:
                    event.notes.append(
                        f"the Belarusian side: {delegation.name}, whose delegation a next sentence names"
                    )
                if level is not away:
                    event.notes.append(f"with whom: {level.name}, whose city {away.name} is where: check it")
                found.append(event)
        spans = periods(sentence, article.date)
        # "Sakhalin Region's foreign trade turnover", «товарооборот Курской области с Беларусью»:
        # the partner's own figure, with Belarus (or the Belarusian place named) beside it
        owner = sides.owner(sentence, mentions)
        # a figure of a story about one partner is with that partner, unless the sentence
        # says it is a total («в целом», "overall")
        figure_partner = (
            story_away if away is None and owner is None and not _TOTAL.search(sentence) else None
        )
        if figure_partner is not None and _ALL_PARTNERS.search(sentence):
            figure_partner = None  # «34 гарады-пабрацімы», "supplied to 88 countries": all partners, not one
        figures = list(
            figure_candidates(
                article,
                sentence,
                start,
                end,
                owner or home or adjective_home or last_home,
                owner is None and home is None and adjective_home is None,
                (home or adjective_home) if owner else (away or figure_partner),
                spans,
                last_periods,
                last_metric,
                ahead,
                plan.start() if plan else -1,
            )
        )
        # what the sentence measured, for one after it that says «it» («In 2020, it reached…»)
        last_metric = next(
            (
                c.metric.removeprefix("growth of ")
                for c in reversed(figures)
                if c.metric and c.metric.removeprefix("growth of ") in BASIC_METRICS
            ),
            None,
        ) or (named_metric(sentence) if POINTS_BACK_TO_IT.match(following) else None)
        if figures:
            last_pair = (figures[-1].home, figures[-1].away)
        elif mentions:
            last_pair = None  # the story has moved on to other places
        if figures and owner is None and home is None and adjective_home is not None:
            last_home = adjective_home  # the story has moved to the country's figures
        figures = sides.settle_figures(sentence, figures, [m for m in aways if not m.adjective], owner)
        for candidate in figures:
            if not spans and last_periods:
                candidate.notes.append("its period is from an earlier sentence: check it")
            if away is None and candidate.away is not None and candidate.away is figure_partner:
                candidate.notes.append(
                    f"with whom: the sentence names no partner; {figure_partner.name} is the one the "
                    "article is about: check it"
                )
        found.extend(figures)
        for candidate in found:
            if candidate.metric is None or not candidate.metric.startswith("countries supplied"):
                candidate.notes.extend(note for note in pair_notes if note not in candidate.notes)
        if spans and not ahead:  # a plan's period ("to be registered in H1 2021") is not the text's
            # nor is the year a change was measured from ("4% more than in 2019")
            last_periods = [span for span in spans if not is_base(sentence, span)] or last_periods
        if tie_before and _ABOUT_IT.search(sentence):
            # «…являются городами-побратимами. Соглашение об этом было подписано в феврале 2023 года.»
            for candidate in found:
                if candidate.kind == "agreement" and candidate.document == "agreement" and not candidate.tie:
                    candidate.kind, candidate.tie, candidate.document = "twinning", tie_before, None
                    candidate.notes.append(f"the tie ({tie_before}) is the one the sentence before tells of")
        tie_before = next((stage for pattern, stage in _TIES if pattern.search(sentence)), None)
        if held_on is not None:
            date_by_ceremony(found, held_on)
        held_on = ceremony_date(article, sentence, held_on)
        last_meeting = next(
            ((c.home, c.away) for c in reversed(found) if c.kind == "event" and c.away is not None),
            last_meeting,
        )
        for candidate in found:
            candidate.sentence = written
        result.candidates.extend(found)
    result.candidates = sides.without_coarser_events(registry, result.candidates)
    titled = sides.twinning_in_title(article, story_home, title_away, result.candidates)
    if titled is not None:
        result.candidates.insert(0, titled)
    for candidate in result.candidates:
        if (
            candidate.kind == "twinning"
            and candidate.tie == "friendly"
            and title_tie == "twinned"
            and candidate.away is not None
            and title_away is not None
            and candidate.away.id == title_away.id
        ):
            # «Минск и Сочи стали городами-побратимами»: «дружественные отношения» in the text are that
            candidate.tie = "twinned"
            candidate.notes.append("the tie: twinned, as the title calls it: check it")
    return result


_RANKED_BEHIND = re.compile(
    r"(?:уступи\w*|уступа\w*|саступ\w*|second\s+only\s+to|behind)\s+(?:только\s+|лишь\s+|толькі\s+|only\s+)?"
    r"(?:\S+\s+(?:и|і|and)\s+)?$",
    re.I,
)
_AFTER_THE_MEETING = re.compile(
    r"по\s+(?:итогам|окончании|результатам)\s+(?:встречи|переговоров|визита)|"
    r"па\s+(?:выніках|заканчэнні)\s+(?:сустрэчы|перамоў|візіту)|"
    r"(?:following|after)\s+the\s+(?:talks|meeting|visit)",
    re.I,
)
_PEOPLES = re.compile(r"(?:народ\w*|peoples?\s+of(?:\s+the)?)\s+\w+(?:\s+(?:и|і|and)\s+\w+)?", re.I)
_A_REGION_OF = re.compile(r"(?:регион\w*|рэгіён\w*|region\s+of)\s+$", re.I)
_OKRUG = re.compile(r"округ|акруг", re.I)  # a Russian unit: never a Belarusian district
_KIND_WORD = re.compile(r"\s+(?:District|район\w*|раён\w*)\b", re.I)
_ALL_PARTNERS = re.compile(r"побратим|пабрацім|twin\s+cit|sister\s+cit|\d+\s+(?:стран|краін|countries)", re.I)
_TOTAL = re.compile(
    r"в\s+целом|всего|у\s+цэлым|усяго|\btotal\b|\boverall\b|всех\s+стран|со\s+всеми|з\s+усімі", re.I
)
_THIS = re.compile(r"\b(?:эт(?:ой|им|ого|от|а|у|ом)|гэт(?:ай|ым|ага|ы|ую|ая)|this|that)\b", re.I)
_MUTUAL = re.compile(
    r"взаимн\w*|узаемн\w*|между\s+нашими|паміж\s+нашымі|между\s+регионами|паміж\s+рэгіёнамі|between\s+the\s+regions|двусторонн\w*|двухбаков\w*|"
    r"\bour\s+(?:trade|exports|mutual)|\bmutual\b|\bbilateral\b",
    re.I,
)


_THE_OBLAST = re.compile(r"\b(?:области|вобласці|the\s+oblast|the\s+region)\b", re.I)
_OF_WHICH = re.compile(
    r"^\W*(?:в\s+том\s+числе|у\s+тым\s+ліку|из\s+них|з\s+іх|including|of\s+(?:this|which|these))\b", re.I
)
_BETWEEN_COUNTRIES = re.compile(
    r"between\s+the\s+(?:two\s+)?countries|между\s+(?:двумя\s+|нашими\s+)?странами|"
    r"паміж\s+(?:дзвюма\s+|нашымі\s+)?краінамі",
    re.I,
)


_DASH_PAIR = re.compile(r"^\s*[-–—]\s*$")


def _dash_pairs(
    article: Article,
    sentence: str,
    start: int,
    end: int,
    mentions: list[Mention],
    registry: RegionRegistry,
    ahead: bool,
) -> Iterator[Candidate]:
    """Ties given as pairs: «Могилёв — Нанкин, Бобруйск — Уси», "Mogilev - Nanjing"."""
    tie = next((stage for pattern, stage in _TIES if pattern.search(sentence)), None)
    if tie is None:
        return
    pairs = [
        (one, other)
        for one, other in itertools.pairwise(mentions)
        if is_home(one.region)
        and not is_home(other.region)
        and _DASH_PAIR.match(sentence[one.end : other.start])
    ]
    if len(pairs) < 2:
        return
    notes: list[str] = []
    date = date_of(article, sentence, ahead, notes)
    if not date:
        return
    cities = bool(sides.CITIES.search(sentence))
    for home, away in pairs:
        region = sides.as_city(home.region, mentions, cities or away.region.kind == "city")
        yield Candidate(
            "twinning", region, away.region, date, sentence, start, end, tie=tie, notes=list(notes)
        )


_YEAR_AFTER = re.compile(
    r"\s*(?:province|region|oblast|city|провинци\w*|област\w*)?\s*\((?:since\s+|с\s+|з\s+)?(?P<year>(?:19|20)\d\d)\)",
    re.I,
)


_CAPITAL, _CAPITAL_OBLAST = "minsk", "minsk-oblast"
_CAPITAL_WORD = re.compile(r"capital|столиц|сталіц", re.I)
_CAPITAL_ENTRY = re.compile(
    r"(?:capital|столиц\w*|сталіц\w*)\s*[:—–]", re.I
)  # "the capital: Changchun (1992)"


def _tie_list(
    sentence: str,
    start: int,
    end: int,
    mentions: list[Mention],
    registry: RegionRegistry,
    listing: str | None = None,
    following: str = "",
) -> Iterator[Candidate]:
    """Ties listed with their years: «Брестская область — Хубэй (1994), Цинхай (2015);
    Витебская — Шаньдун (2004)…», "Gomel - Inner Mongolia (2011) and Sichuan (2011)":
    each partner with the year in brackets after it, paired with the Belarusian place
    named last before it."""
    tie = next((stage for pattern, stage in _TIES if pattern.search(sentence)), listing)
    if tie is None:
        return
    home: Region | None = None
    listed = []
    # "Mogilev: …; Minsk: Chongqing (2002)…; the Belarusian capital: Changchun (1992)": where
    # the list names the capital apart, the plain «Minsk» among the oblasts is the oblast
    capital_apart = bool(_CAPITAL_ENTRY.search(sentence + " " + following))
    for mention in mentions:
        if is_home(mention.region):
            home = mention.region
            if (
                capital_apart
                and home.id == _CAPITAL
                and not _CAPITAL_WORD.search(sentence[mention.start : mention.end])
                and _CAPITAL_OBLAST in registry.regions
            ):
                home = registry.get(_CAPITAL_OBLAST)
            continue
        bracket = _YEAR_AFTER.match(sentence, mention.end)
        if home is not None and bracket and mention.region.kind != "country":
            listed.append((home, mention.region, bracket["year"]))
    if len(listed) < (1 if listing else 2):
        return
    seen = set()
    for home_region, away_region, year in listed:
        home_region = sides.as_city(
            home_region, mentions, away_region.kind == "city" or bool(sides.CITIES.search(sentence))
        )
        if (home_region.id, away_region.id) in seen:
            continue
        seen.add((home_region.id, away_region.id))
        yield Candidate("twinning", home_region, away_region, year, sentence, start, end, tie=tie)


_KIND_AFTER = re.compile(
    r"\s+(?:провинц|област|регион|город|горад|правінц|вобласц|рэгіён|province|city|region)", re.I
)


def _unnamed_unit_of(sentence: str, mentions: list[Mention], country: Region) -> bool:
    """Whether the country is named only as the adjective of an unnamed province or city
    («с этой вьетнамской провинцией», "a Chinese city"): the partner is not the country."""
    named = [m for m in mentions if m.region.id == country.id]
    return bool(named) and all(m.adjective and _KIND_AFTER.match(sentence, m.end) for m in named)


# «с момента подписания Соглашения прошло чуть больше года»: a signing told as background
_SINCE_THE_SIGNING = re.compile(
    r"с\s+момента\s+подписани|после\s+подписани|з\s+моманту\s+падпісанн|since\s+the\s+signing", re.I
)
# «пагадненні з шэрагам правінцый КНР»: documents with several places of a country, none named
# («подписание соглашения» is one agreement, in the genitive)
_UNNAMED_DOCUMENTS = re.compile(
    r"(?<!подписание\s)(?<!подписания\s)(?<!подписанию\s)(?<!заключение\s)(?<!заключения\s)"
    r"(?:соглашения|документы|меморандумы|пагадненні|дакументы|мемарандумы|agreements|documents|memoranda)\b",
    re.I,
)
_WITH_THE_REPUBLIC = re.compile(
    r"\b(?:с|со)\s+республикой\b|\bз\s+рэспублікай\b|\bwith\s+the\s+republic\b", re.I
)
_ABOUT_IT = re.compile(r"\bоб\s+этом\b|\bаб\s+гэтым\b|\bto\s+this\s+effect\b|\bon\s+(?:this|it)\b", re.I)
_SEVERAL = re.compile(r"\bряд\w*\b|шэраг\w*|нескольк\w*|некальк\w*|\bnumber\s+of\b|\bseveral\b", re.I)


def _keyword(sentence: str, table: tuple[tuple[re.Pattern[str], str], ...]) -> int:
    """Where the first word of ``table`` stands in the sentence."""
    found = [match.start() for pattern, _ in table if (match := pattern.search(sentence))]
    return min(found) if found else 0


def _ties_and_documents(
    registry: RegionRegistry,
    article: Article,
    sentence: str,
    start: int,
    end: int,
    home: Region | None,
    away: Region | None,
    ahead: bool,
    mentions: list[Mention],
    following: str = "",
) -> Iterator[Candidate]:
    if home is None or away is None or (home.id == HOME_COUNTRY and away.kind == "country"):
        return
    if not any(is_home(m.region) for m in mentions) and _UNNAMED_DOCUMENTS.search(sentence):
        return  # «Подписаны новые соглашения.»: documents of no sides the sentence names
    document = next((name for pattern, name in _DOCUMENTS if pattern.search(sentence)), None)
    tie = next((stage for pattern, stage in _TIES if pattern.search(sentence)), None)
    signed = bool(_SIGNED.search(sentence)) or bool(SINCE.search(sentence))
    keyword = _keyword(sentence, _TIES if tie else _DOCUMENTS)
    words_at = [keyword, _keyword(sentence, _DOCUMENTS)] if document else [keyword]
    home, away, named = sides.sides_of(registry, sentence, keyword, mentions, home, away)
    if (
        ahead
        or _SINCE_THE_SIGNING.search(sentence)
        or any(COUNTED.search(sentence[max(0, at - 25) : at]) for at in words_at)
        or any(COUNTED_PARTNERS.match(sentence, at, at + 60) for at in words_at)
        or COUNTED_DOCUMENTS.search(sentence)
        or (away.kind == "country" and _SEVERAL.search(sentence))
        or (away.kind == "country" and _unnamed_unit_of(sentence, mentions, away))
    ):
        # «планирует заключить еще три соглашения», "are expected to sign": a plan;
        # «связывают пять соглашений»: ties on record, not one signed today
        return
    home = sides.side_by_body(registry, home, sentence) or home
    if tie and (signed or SINCE.search(sentence)) and document in (None, "agreement", "protocol"):
        notes: list[str] = []
        date = date_of(article, sentence, ahead, notes, _keyword(sentence, _TIES), following)
        if date:
            home = sides.as_city(home, mentions, away.kind == "city" or bool(sides.CITIES.search(named)))
            for side, partner in sides.respective_pairs(sentence, mentions) or [(home, away)]:
                yield Candidate(
                    "twinning", side, partner, date, sentence, start, end, tie=tie, notes=list(notes)
                )
        return
    if document and signed:
        notes = []
        date = date_of(article, sentence, ahead, notes, _keyword(sentence, _DOCUMENTS), following)
        spans, runs_to = year_ranges(sentence), horizons(sentence)
        with_span = document in ("roadmap", "programme", "action plan", "agreement")
        years = spans[0][0] if spans and with_span else None
        until = runs_to[0][0] if runs_to and with_span and not years else None
        if date:
            pairs = [
                (home, away),
                *((home, partner) for partner in sides.joined_partners(sentence, mentions, away)),
            ]
            pairs += [(other, away) for other in sides.joined_homes(sentence, mentions, home)]
            for side, partner in pairs:
                candidate = Candidate(
                    "agreement",
                    side,
                    partner,
                    date,
                    sentence,
                    start,
                    end,
                    tie=tie,
                    document=document,
                    years=years,
                    until=until,
                    notes=list(notes),
                )
                if tie == "twinned" and document == "protocol of intent":
                    candidate.notes.append(
                        "a protocol of intent to twin: the twinning itself is still to come"
                    )
                yield candidate
