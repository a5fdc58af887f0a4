"""From an article to candidate facts: one sentence at a time, every value from the sentence
itself or from the article's date.

A sentence that names no place of the registry gives nothing (menus, bylines and boilerplate
name none). A sentence naming a Belarusian place and one abroad may give a tie (twinning,
friendly relations, partnership) with its date, a document signed (agreement, memorandum,
roadmap or programme with its years, protocol of intent), an event or visit (a plan where it
lies ahead), and figures: trade, exports, imports, investment, counts, each with its qualifier,
period and scope. Where the sentence leaves something open (whose figure, which rubles, the
date), the candidate says so."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..places import HOME_COUNTRY, Region
from ..text.caseless import caseless
from . import lists, sides, venues
from .articles import Article
from .candidates import Candidate, Found, is_home
from .dating import ceremony_date, date_by_ceremony, in_a_programme, plan_in
from .events import EVENTS, events, events_of_the_story_pair, settle_event
from .figurecandidates import (
    BASIC_METRICS,
    IT_CHANGED,
    POINTS_BACK_TO_IT,
    figure_candidates,
    named_metric,
    whole_before_its_part,
)
from .figuresides import (
    owners_told_next,
    partners_by_adjective,
    partners_own_flows,
    settle_figures,
    speaks_of_the_region,
)
from .lists import guests_listed, partner_of_a_list
from .newplaces import (
    new_town_of_title,
    parent_for,
    parent_in_title,
    parent_within,
    provisional_region,
    registered_district,
    same_place,
    setting_of,
    town_of_okrug,
    with_its_level,
    without_dateline,
)
from .periods import Period, a_day, is_base, periods
from .places import Mention, PlaceFinder, in_a_name
from .retold import without_coarser_events
from .sentences import sentences
from .ties import (
    DOCUMENTS,
    TIES,
    dash_pairs,
    parties_unnamed,
    tie_list,
    ties_and_documents,
)
from .titles import document_in_title, friendly_as_titled, signed_as_titled, twinning_in_title


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
    partners_view = False  # the figures are told from the partner's side («…региона с республикой»)
    previous_away: Region | None = None  # the partner the sentence before named
    # the partner the article is about: named with a Belarusian place, its title first
    story_away = sides.title_partner(article, finder)
    title_away = story_away
    title_mentions = finder.mentions(article.title or "")
    story_home = sides.title_home(article, finder)
    # «Беларусь занимает первое место по объему товарооборота с Петербургом…» (the title), «По
    # итогам трех кварталов этого года он вырос почти на 11%» (the lead): the lead's figure is of
    # the title's pair and metric
    title_home = story_home or sides.title_names_belarus(article, finder, registry)
    if title_home is not None and story_away is not None:
        last_pair = (title_home, story_away)
        last_metric = named_metric(article.title or "")
    title_tie = next((stage for pattern, stage in TIES if pattern.search(article.title or "")), None)
    last_periods: list[Period] = []  # the periods the last sentence that named one named
    listing: str | None = None  # the stage of a list of ties the last sentence gave
    setting: dict[str, Region] | None = None  # where the article is set: read once, when a new place needs it
    held_on: tuple[str, int] | None = None  # the date a ceremony was held, and sentences since
    tie_before: str | None = None  # the tie the sentence before tells of
    read_as_city: dict[str, Region] = {}  # names the article has called cities: "the city of Kursk"
    # a centre's name in a story of its oblast: "Minsk region … Minsk's"
    read_as_oblast: dict[str, Region] = {}
    named_so_far: set[str] = set()
    last_meeting: tuple[Region, Region] | None = None  # the sides of the last meeting or visit told
    said_up_to = 0  # where the sentence before ended
    countries_named: set[str] = set()  # the partners' countries named so far
    home_in_paragraph = True  # whether the paragraph has named a Belarusian place
    for written, start, end in sentences(article.text):
        if "\n\n" in article.text[said_up_to:start]:
            # a new paragraph: the sides of a figure or a partner named are not carried into
            # it; the article's partner is the one its title names, if any
            last_pair = previous_away = None
            story_away = title_away
            home_in_paragraph = False
        said_up_to = end
        # what is read is the sentence without its dateline; what is shown is the sentence
        sentence = without_dateline(written)
        home_before = last_home  # the Belarusian side the sentences before this one named
        mentions = sides.districts_of_their_cities(registry, sentence, finder.mentions(sentence))
        mentions = sides.without_possessive_countries(sentence, mentions)
        read_as_city.update(sides.cities_named_as_such(sentence, mentions))
        mentions = sides.as_read_before(mentions, read_as_city)
        sides.centres_read_as_oblasts(registry, sentence, mentions, named_so_far, read_as_oblast)
        mentions = sides.as_read_before(mentions, read_as_oblast, one_word=True)
        named_so_far.update(m.region.id for m in mentions)
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
                # «В нём участвовала и делегация Красногорского района» under the title «Делегация
                # Красногорского района Брянщины…»: where the title places it
                parent = parent_in_title(article, finder, place)
                if parent is not None:
                    fallback_notes.append(f"where it lies: {parent.name}, as the title places it: check it")
            if parent is None or (parent.kind == "country" and place.kind == "district"):
                # («в Себежском районе — встреча … России и Беларуси»: in the region the story names)
                setting = setting_of(article, finder) if setting is None else setting
                parent, note = parent_within(parent, place, sentence, known, registry, setting)
                fallback_notes += [note] if note else []
            registered = registered_district(place, parent, registry, article.language, known)
            if registered is not None:  # the mention runs to its kind word, to be joined by «и»
                kind_word = _KIND_WORD.match(sentence, place.end)
                stop = kind_word.end() if kind_word else place.end
                mentions.append(Mention(registered, place.start, stop, sentence[place.start : stop]))
                continue
            region, notes = provisional_region(
                with_its_level(place, article.text), parent, article.language, registry
            )
            if (known_as := same_place(registry, region)) is not None:  # «Псковским … районами»: an alias
                mentions.append(Mention(known_as, place.start, place.end, place.name))
                continue
            # a place found before is where the article first placed it
            before = town_of_okrug(region, result.new_places) or next(
                (f.region for f in result.new_places if f.region.id == region.id), None
            )
            placed.append(Mention(before or region, place.start, place.end, place.name))
            if before is None:
                # (where the place's own name placed it elsewhere, the guesses about its parent are void)
                guessed = fallback_notes if parent is None or region.parent == parent.id else []
                result.new_places.append(Found(region, place, tuple(guessed + notes), written, start, end))
        mentions.extend(placed)
        mentions.sort(key=lambda mention: mention.start)
        mentions = [m for m in mentions if not in_a_name(sentence, m)]
        # «пользу народам Беларуси и Китая», "the peoples of Belarus and China": no sides
        peoples = [span.span() for span in _PEOPLES.finditer(sentence)]
        if peoples:
            mentions = [m for m in mentions if not any(a <= m.start < b for a, b in peoples)]
        homes = [m for m in mentions if is_home(m.region)]
        home_in_paragraph = home_in_paragraph or bool(homes)
        # «председатель Миноблисполкома … на встрече с Послом Таджикистана в Беларуси»: where the
        # envoy is posted is no side where a Belarusian place is named besides
        # (nor is a place named aside: «посетил наряду с Минском город-побратим Бобруйск»)
        posted = [
            m for m in homes if venues.seat_of_a_mission(sentence, m) or venues.named_aside(sentence, m)
        ]
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
            if not sides.in_title(sentence, m) and not venues.held_in(sentence, m) and m not in region_of
        ]
        if speaking:
            last_home = sides.most_specific_unit(registry, speaking)
        elif homes and last_home is None:
            last_home = sides.most_specific_unit(registry, homes)
        joined_pair = sides.joined_pairs(sentence, speaking, [m for m in aways if not m.adjective])
        if joined_pair and all(
            m.region.id == joined_pair[0][0].region.id or venues.named_as_where(sentence, m) for m in speaking
        ):
            # «…рабочей группы по взаимодействию Орловской области и Республики Беларусь»: the pair
            # named together is the one a next sentence's «наш оборот» speaks of (unless the sentence
            # names a place of its own besides, not as where: «…представители Витебского облисполкома»)
            last_home = joined_pair[0][0].region
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
        # "Belarus' embassy in Beijing", «Генеральный консул РФ в Бресте»: where a mission sits is no side
        aways = [m for m in aways if not venues.seat_of_a_mission(sentence, m)]
        homes = [
            m
            for m in homes
            if not venues.envoy_posted_in(sentence, m) and not venues.in_a_ministry(sentence, m)
        ]
        # "When in Moscow…", «в Москве подписал соглашение с …»: only where, whatever else is named
        aways = [m for m in aways if not venues.only_where(sentence, m)]
        # «встреча прошла в Ланьчжоу … с губернатором провинции Ганьсу»: where, not who
        aways = [m for m in aways if not venues.held_in(sentence, m)] or aways
        # «третье место в стране, уступив только Москве»: a ranking's field, no side
        aways = [m for m in aways if not _RANKED_BEHIND.search(sentence[max(0, m.start - 25) : m.start])]
        # «в II Форуме регионов Беларуси и Узбекистана в Ташкенте»: a city named as where, beside
        # the country or region it lies in, is the venue
        aways = [m for m in aways if not sides.venue_within(registry, sentence, m, aways)]
        if venues.MET_IN.search(sentence) or venues.MEETING_WITH.search(sentence):
            # «Беглов встретился в Минске с президентом Белоруссии» (or «… в Минске» after): where, no side
            homes = [m for m in homes if not venues.named_as_where(sentence, m)] or homes
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
        if (
            lists.THE_TWO_CITIES.search(sentence)
            and story_home is not None
            and story_away is not None
            and story_home.kind == story_away.kind == "city"
        ):
            # "During the visit of the Prime Minister of Belarus to Vietnam, the two cities signed…"
            home, away = story_home, story_away
            pair_notes.append(f"the two cities: {home.name} and {away.name}, as the article names them")
        elif sides.BETWEEN_COUNTRIES.search(sentence) and not named and HOME_COUNTRY in registry.regions:
            # "the trade turnover between the countries": Belarus and the country last named
            home = last_home = registry.get(HOME_COUNTRY)
            # ("The two countries have since signed eight agreements … at State House in Harare")
            if last_country is not None and (away is None or away.country_id == last_country.id):
                away = last_country
                pair_notes.append(f"the countries: Belarus and {away.name}, from an earlier sentence")
        partner_now = away or previous_away or story_away
        if (
            _WITH_THE_REPUBLIC.search(sentence)
            and not named
            and partner_now
            and partner_now.kind != "republic"
        ):
            # «товарооборот с республикой вырос на 57%» in a story of Ulyanovsk Oblast: with Belarus,
            # told from the partner's side, whose exports are Belarus's imports
            home = last_home = registry.get(HOME_COUNTRY)
            pair_notes.append("«the republic»: Belarus, the partner being no republic: check it")
            partners_view = True
        elif any(m.region.id != HOME_COUNTRY for m in named):
            partners_view = False  # a Belarusian place speaks of its own trade again
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
        elif (
            away is None
            and (previous_away or story_away) is not None
            and home is not None
            and (
                (home_before is not None and home.id == home_before.id)
                or previous_away is None
                or previous_away is story_away
            )
            and any(pattern.search(sentence) for pattern, _ in DOCUMENTS)
        ):
            # «…договорились Псковский и Могилёвский районы. Соглашение подписали глава
            # муниципалитета и председатель Могилёвского райисполкома»: with the partner named before;
            # «был подписан план мероприятий с Гродненским облисполкомом»: with the article's partner
            away = previous_away or story_away
            assert away is not None
            told = "named in the sentence before" if previous_away else "the partner of the article"
            pair_notes.append(f"with whom: {away.name}, {told}")
        elif previous_away is not None and (
            not mentions
            or (away is None and sides.ours(sentence))
            # «Делегация Кировской области … Состоялась встреча с председателем Брестского облисполкома»
            or (
                away is None
                and home is not None
                and home.id != HOME_COUNTRY
                and venues.MEETING_WITH.search(sentence)
            )
        ):
            # «…сотрудничает с регионами Российской Федерации. "У нас товарооборот достиг…"»; «…округа
            # Щелково Мария Тарасова. - С 1975 года наш муниципалитет состоит в побратимских отношениях…»
            away = previous_away
            pair_notes.append(f"with whom: {away.name}, named in the sentence before")
        if away is None and sides.owner(sentence, mentions) is None and story_away is not None:
            mutual = sides.MUTUAL.search(sentence)
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
            and any(m.region.id == away.id for m in mentions)
            and all(
                m.adjective or _THIS_REGION_OF.search(sentence, 0, m.start)
                for m in mentions
                if m.region.id == away.id
            )
        ):
            # «заключила соглашение с этой вьетнамской провинцией»: the province the article is about
            away = story_away
            pair_notes.append(
                f"with whom: {story_away.name}, the partner of the article, as the sentence refers"
            )
        if home is not None and away is not None and (story_away is None or away.kind != "country"):
            story_away = away
        # for a sentence after it that names no place; not one of partners in several countries
        countries = {m.region.country_id for m in aways if not m.adjective}
        previous_away = away if mentions and len(countries) <= 1 else None
        countries_named |= countries
        plan = plan_in(sentence)
        # a visit's programme lists what it will hold: parts of the visit, none news of its own
        programme = in_a_programme(article.text, start, end)
        ahead = plan is not None or programme
        following = article.text[end : end + 600]
        found = (
            list(tie_list(sentence, start, end, mentions, registry, listing, following)) if mentions else []
        )
        listing = found[0].tie if found else None  # a list of ties may run on past a «;»
        if not found:
            found = list(dash_pairs(article, sentence, start, end, mentions, registry, ahead))
        if not found and home is not None and away is not None and title_tie:
            # «Орёл и Гомель стали городами-побратимами» (the title), «Соответствующие документы
            # подписали председатель Гомельского горисполкома и мэр Орла»: the title's tie, signed
            found = signed_as_titled(article, sentence, start, end, home, away, title_tie, ahead, following)
        if not found:
            found = list(
                ties_and_documents(
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
                sides.twin_town_at_home(candidate, story_home, home_before)
            # nor is a town twinned with a country: «один из крупнейших мегаполисов Китая … является
            # побратимом белорусской столицы» is the city the title names, or no twinning to propose
            found = [c for c in found if sides.twin_abroad(c, title_away)]
            found = partner_of_a_list(found, sentence, mentions, title_mentions)
            if not mentions and _BETWEEN_TOWNS.search(sentence):
                # «…в условиях установления побратимских связей между городами»: towns it does not name
                found = [c for c in found if c.kind != "twinning"]
            # «…соглашение о строительстве белорусского порта в Мурманской области»: no signatory named
            found = [] if not (home or home_before) or parties_unnamed(sentence, mentions) else found
            found = [] if home is None and sides.two_heads_sign(sentence) else found
            for candidate in found if home is None else []:  # "A protocol … has been signed with Fujian."
                where = f"{candidate.home.name} is from an earlier sentence"
                candidate.notes.append(f"the Belarusian side: the sentence names none; {where}")
        if (
            not found
            and home is None
            and away is not None
            and away is story_away
            and last_home is not None
            and len({m.region.id for m in aways}) == 1
            and venues.MEETING_WITH.search(sentence)
        ):
            # «Об этом заявил первый вице-премьер на встрече с губернатором Ленинградской области»
            # in a story of Belarus and Leningrad Oblast: the story's Belarusian side met its partner
            home = last_home
            pair_notes.append(f"the Belarusian side: {home.name}, from an earlier sentence")
        # (a sentence that names no place tells no event: "In the meeting, he said…" under a
        # title of two countries may be a governor's meeting with an envoy)
        guests = guests_listed(sentence, mentions) if away is not None else set()
        if home is not None and away is not None and {home.id, away.id} <= guests:
            # «на празднование 929-летия Рязани … прибыли делегации … из Бреста, Минска, … Тулы»:
            # guests of one host, not each other's partners
            away = next((m.region for m in aways if m.region.id not in guests and not m.adjective), None)
        if (
            # a tie told as standing is no news; the meeting is («…, являющегося побратимом Витебска»)
            all(c.dated_by for c in found)
            and home
            and away
            and mentions
            and EVENTS.search(sentence)
            and not programme
            and not sides.union_meets(sentence, away, homes)
        ):
            level = away if away in read_as_city.values() else sides.at_its_level(registry, home, away)
            named_next = sides.city_named_next(finder, level, sentence, mentions, following)
            home = sides.home_at_its_level(registry, home, level, homes)
            country = sides.country_delegation(registry, home, sentence, mentions)
            delegation = sides.delegation_named_next(finder, country, sentence, following)
            for event in events(article, sentence, start, end, delegation, level, ahead):
                if delegation is not home:
                    told = "a next sentence" if delegation is not country else "the sentence"
                    event.notes.append(
                        f"the Belarusian side: {delegation.name}, whose delegation {told} names"
                    )
                if named_next is not level:
                    event.away = named_next
                    event.notes.append(
                        f"with whom: {named_next.name}, the city of {level.name} named next: check it"
                    )
                elif level is not away:
                    event.notes.append(f"with whom: {level.name}, whose city {away.name} is where: check it")
                # «на Форуме регионов Беларуси и России в Полоцке»: Polotsk is where, and says so
                event.hosted = any(
                    m.region.id == delegation.id and venues.held_in(sentence, m) for m in homes
                )
                settle_event(event, sentence, mentions)
                if event.event == "performance" and event.days_of is None:
                    continue  # a concert or a tour whose artists the sentence does not place
                found.append(event)
                # «приехали делегации городов-побратимов: Гомеля и Минска»: an event of each
                others = lists.joined_at_its_level(sentence, mentions, delegation)
                found += [replace(event, home=other, notes=list(event.notes)) for other in others]
        spans = periods(sentence, article.date)
        # "Sakhalin Region's foreign trade turnover", «товарооборот Курской области с Беларусью»:
        # the partner's own figure, with Belarus (or the Belarusian place named) beside it
        owner = sides.owner(sentence, mentions)
        # a figure of a story about one partner is with that partner, unless the sentence
        # says it is a total («в целом», "overall")
        figure_partner = (
            story_away
            if away is None and owner is None and not _TOTAL.search(sentence) and len(countries_named) <= 1
            else None
        )  # (not in a story of several countries: «to Russia by 40%, to Egypt by 7.3 times»)
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
                (home or adjective_home)
                if owner
                else (away or partners_by_adjective(sentence, aways) or figure_partner),
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
        ) or (
            named_metric(sentence)
            # «Растет товарооборот.»: a sentence of a few words names what the next one gives
            if POINTS_BACK_TO_IT.match(following)
            or (not figures and (len(sentence.split()) <= 4 or IT_CHANGED.search(following[:150])))
            else None
        )
        if figures:
            # a sentence of figures with several partners («to Russia by 40%, to Egypt by 7.3
            # times») leaves none for the sentence after it to take
            pairs = {(c.home.id, c.away.country_id if c.away else None) for c in figures}
            last_pair = (figures[-1].home, figures[-1].away) if len(pairs) == 1 else None
        elif mentions:
            last_pair = None  # the story has moved on to other places
        if figures and owner is None and home is None and adjective_home is not None:
            last_home = adjective_home  # the story has moved to the country's figures
        speaker = story_away  # «правительства региона»: the region abroad the story is set in
        if speaker is None and figures and speaks_of_the_region(sentence):
            setting = setting or setting_of(article, finder)
            speaker = setting.get("district abroad")
        figures = settle_figures(
            sentence,
            figures,
            [m for m in aways if not m.adjective],
            owner,
            speaker,
            home or last_home,
            tuple(aways),
        )
        for candidate in figures:
            if candidate.metric == "twin cities":
                # "Brest has more than 30 sister cities": the town's, as in «город-побратим»
                candidate.home = sides.as_city(
                    candidate.home, mentions, bool(lists.CITIES_TWINS.search(sentence))
                )
                if lists.SPREAD.search(sentence):
                    candidate.away = None  # "… in various parts of Europe and Asia": no one partner
        whole_before_its_part(registry, sentence, figures, mentions)
        # a count that tells of ties only with a partner («a list of 134 projects», "Eight
        # projects … implemented") is no fact of the base without one
        figures = [c for c in figures if c.away is not None or c.metric not in _COUNTS_OF_TIES]
        if not home_in_paragraph and owner is None and home is None and adjective_home is None:
            # «Заключено шесть соглашений…» in a paragraph of Krasnodar's schools: no Belarusian count
            figures = [c for c in figures if c.metric not in _COUNTS_OF_TIES]
        for candidate in figures:
            if (
                not spans
                and last_periods
                and not (candidate.period and candidate.period.text.startswith("as of"))
            ):
                candidate.notes.append("its period is from an earlier sentence: check it")
            if away is None and candidate.away is not None and candidate.away is figure_partner:
                candidate.notes.append(
                    f"with whom: the sentence names no partner; {figure_partner.name} is the one the "
                    "article is about: check it"
                )
        partners_own_flows(sentence, figures, partners_view)
        found.extend(figures)
        for candidate in found:
            if candidate.metric is None or not candidate.metric.startswith("countries supplied"):
                # (a "with whom" note is the candidate's only where it names the candidate's partner)
                partner = candidate.away.name if candidate.away else ""
                candidate.notes.extend(note for note in pair_notes if note not in candidate.notes and not (
                    note.startswith("with whom:") and partner and partner not in note))  # fmt: skip
        if spans and not ahead:  # a plan's period ("to be registered in H1 2021") is not the text's
            # nor the year a change was measured from ("4% more than in 2019"), nor a day's («2 апреля…»)
            carried = [span for span in spans if not is_base(sentence, span) and not a_day(sentence, span)]
            last_periods = carried or last_periods
        if tie_before and _ABOUT_IT.search(sentence):
            # «…являются городами-побратимами. Соглашение об этом было подписано в феврале 2023 года.»
            for candidate in found:
                if candidate.kind == "agreement" and candidate.document == "agreement" and not candidate.tie:
                    candidate.kind, candidate.tie, candidate.document = "twinning", tie_before, None
                    candidate.notes.append(f"the tie ({tie_before}) is the one the sentence before tells of")
        told_before = _THE_SIGNING_WAS.match(sentence) and any(
            c.kind == "twinning" for c in result.candidates
        )
        if told_before or (title_tie and _THE_RELEVANT.match(sentence)):
            # «…подписали соглашение о побратимстве. Подписание соглашения состоялось в рамках…»: that
            # one; «Соответствующее соглашение было подписано сегодня» under a twinning's title: the title's
            found = [c for c in found if c.kind != "agreement" or c.document not in (None, "agreement")]
        tie_before = next((stage for pattern, stage in TIES if pattern.search(sentence)), None)
        if held_on is not None:
            date_by_ceremony(found, held_on)
        held_on = ceremony_date(article, sentence, held_on)
        last_meeting = next(
            ((c.home, c.away) for c in reversed(found) if c.kind == "event" and c.away is not None),
            last_meeting,
        )
        for candidate in found:
            candidate.sentence = written
        result.candidates.extend(c for c in found if not sides.side_is_a_part(sentence, mentions, c))
    result.candidates = without_coarser_events(registry, result.candidates)
    owners_told_next(article.text, result.candidates)
    events_of_the_story_pair(result.candidates, story_home, title_away)
    for candidate in result.candidates:
        # "The Belarusian city of Gomel and … the city of Kursk": the article's Gomel is the city
        city = read_as_city.get(candidate.home.id)
        if city is not None and candidate.away is not None and candidate.away.kind == "city":
            candidate.home = city
            candidate.notes[:] = [
                note for note in candidate.notes if not note.startswith("the Belarusian side")
            ]
            candidate.notes.append(f"the Belarusian side: {city.name}, as the article calls it")
    new_partner = (
        new_town_of_title(article, finder, title_mentions, registry)
        if title_away is None and story_home is not None
        else None
    )
    titled = twinning_in_title(
        article, story_home, new_partner.region if new_partner else title_away, result.candidates
    )
    if titled is not None:
        result.candidates.insert(0, titled)
        if new_partner is not None and all(f.region.id != new_partner.region.id for f in result.new_places):
            result.new_places.insert(0, new_partner)
    result.candidates[:0] = document_in_title(
        registry, article, title_mentions, story_home, title_away, result.candidates
    )
    if title_tie == "twinned" and title_away is not None:
        friendly_as_titled(result.candidates, title_away)
    return result


_RANKED_BEHIND = caseless(
    r"(?:уступи\w*|уступа\w*|саступ\w*|second\s+only\s+to|behind)\s+(?:только\s+|лишь\s+|толькі\s+|only\s+)?"
    r"(?:\S+\s+(?:и|і|and)\s+)?$|"
    # «ведущим торговым партнёром региона среди стран СНГ»: the field ranked in, no side
    r"(?:среди|сярод|among)\s+(?:the\s+)?(?:стран|краін|государств|дзяржаў|countries(?:\s+of)?|states(?:\s+of)?)?\s*$",
    re.I,
)
_AFTER_THE_MEETING = caseless(
    r"по\s+(?:итогам|окончании|результатам)\s+(?:встречи|переговоров|визита)|"
    r"па\s+(?:выніках|заканчэнні)\s+(?:сустрэчы|перамоў|візіту)|"
    r"(?:following|after)\s+the\s+(?:talks|meeting|visit)",
    re.I,
)
# (not «Китайской Народной Республики», "the People's Republic of China": a country's name)
_PEOPLES = caseless(
    r"(?:\bнарод(?:ы|ов|ам|ами|ах|аў)?\b|\bнарод\w*(?=\s+(?!республик|рэспублік)\w)|peoples?\s+of(?:\s+the)?)"
    r"\s+\w+(?:\s+(?:и|і|and)\s+\w+)?",
    re.I,
)
_A_REGION_OF = caseless(r"(?:регион\w*|рэгіён\w*|region\s+of)\s+$", re.I)
_KIND_WORD = caseless(r"\s+(?:District|район\w*|раён\w*)\b", re.I)
_ALL_PARTNERS = caseless(r"побратим|пабрацім|twin\s+cit|sister\s+cit|\d+\s+(?:стран|краін|countries)", re.I)
_BETWEEN_TOWNS = caseless(
    r"(?:между|паміж)\s+(?:городами|гарадамі)\b|\bbetween\s+(?:the\s+)?(?:cities|towns)\b", re.I
)
_COUNTS_OF_TIES = frozenset(
    {"projects", "contracts", "agreements signed", "documents signed", "enterprises", "companies"}
)
_TOTAL = caseless(
    r"в\s+целом|всего|у\s+цэлым|усяго|\btotal\b|\boverall\b|всех\s+стран|со\s+всеми|з\s+усімі", re.I
)
_THIS = caseless(r"\b(?:эт(?:ой|им|ого|от|а|у|ом)|гэт(?:ай|ым|ага|ы|ую|ая)|this|that)\b", re.I)
_THE_OBLAST = caseless(r"\b(?:области|вобласці|the\s+oblast|the\s+region)\b", re.I)
_OF_WHICH = caseless(
    r"^\W*(?:в\s+том\s+числе|у\s+тым\s+ліку|из\s+них|з\s+іх|including|of\s+(?:this|which|these))\b", re.I
)
_THIS_REGION_OF = caseless(r"\bthis\s+(?:region|province|oblast|territory)\s+of\s+$", re.I)
_WITH_THE_REPUBLIC = caseless(
    r"\b(?:с|со)\s+республикой\b|\bз\s+рэспублікай\b|\bwith\s+the\s+republic\b", re.I
)
_THE_SIGNING_WAS = caseless(
    r"\W*(?:Подписание|Падпісанне|The\s+signing)\s+(?:\w+\s+){0,2}?(?:состоял|прош|адбыл|took)", re.I
)
_THE_RELEVANT = caseless(
    r"\W*(?:Соответствующ\w+|Адпаведн\w+|The\s+(?:relevant|corresponding))\s+(?:соглашени|документ|пагадненн|agreement|document)",
    re.I,
)
_ABOUT_IT = caseless(r"\bоб\s+этом\b|\bаб\s+гэтым\b|\bto\s+this\s+effect\b|\bon\s+(?:this|it)\b", re.I)
