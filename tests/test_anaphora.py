"""Descriptions that point back at a named site ("the shrine"), through the real
pipeline: documents on disk, the real gazetteer and matcher."""

from __future__ import annotations

from pathlib import Path

from document_support import extract_text

from extract.records import Event


def _events(tmp_path: Path, text: str) -> list[Event]:
    return extract_text(tmp_path, text, "doc.txt")


def _places_of(tmp_path: Path, text: str, words: str) -> list[str]:
    """The places of the events whose evidence holds ``words``."""
    return [e.place_id for e in _events(tmp_path, text) if words in e.evidence]


def _by_mention(events: list[Event]) -> dict[str, tuple[str, str]]:
    return {e.mention: (e.place_id, e.category) for e in events}


def test_the_shrine_two_sentences_later_is_the_shrine_named_before(tmp_path: Path) -> None:
    text = (
        "The Sayyida Zaynab Mosque lies south of Damascus. Its gold dome was completed in "
        "the 1990s. In June 2012 a car bomb exploded near the shrine, wounding fourteen.\n"
    )
    events = _events(tmp_path, text)
    found = _by_mention(events)
    assert found["the shrine"] == ("sayyidah-zaynab-mosque", "incident")
    pointed = next(e for e in events if e.mention == "the shrine")
    assert pointed.date_start == "2012-06"
    assert text[pointed.char_start : pointed.char_end] == pointed.evidence


def test_a_strike_on_the_base_is_an_incident_at_the_base_named_before(tmp_path: Path) -> None:
    text = (
        "Russian jets fly from Hmeimim air base. Rebels in Idlib have used drones to "
        "attack the base.\n"
    )
    assert _by_mention(_events(tmp_path, text))["the base"] == ("khmeimim-air-base", "incident")


def test_no_antecedent_when_two_sites_of_the_sort_were_named(tmp_path: Path) -> None:
    text = "Russia uses Hmeimim air base and the T-4 airbase. In 2018 drones attacked the base.\n"
    assert "the base" not in _by_mention(_events(tmp_path, text))


def test_the_place_a_sentence_opens_with_stays_its_sorts_antecedent(tmp_path: Path) -> None:
    text = (
        "Albu Kamal lies on the main road linking Deir ez-Zor with the Iraqi town of "
        "al-Qa'im. Syrian troops announced the capture of the town on 9 November 2017.\n\n"
        "Hmeimim air base and the T-4 airbase host Russian jets. In 2018 drones attacked "
        "the base.\n"
    )
    found = _by_mention(_events(tmp_path, text))
    assert found["the town"] == ("abu-kamal", "incident")
    assert "the base" not in found  # (two names of one subject: still unclear)


def test_a_newly_introduced_site_blocks_the_earlier_one(tmp_path: Path) -> None:
    text = (
        "Russia uses Hmeimim air base. Iran built a second base in the desert. In 2018 "
        "drones attacked the base.\n"
    )
    assert "the base" not in _by_mention(_events(tmp_path, text))


def test_a_description_that_names_its_site_is_not_a_pointer(tmp_path: Path) -> None:
    text = (
        "The Sayyida Zaynab Mosque draws pilgrims. In 2013 rebels desecrated the shrine "
        "of Hujr ibn Adi in Adra.\n"
    )
    found = _by_mention(_events(tmp_path, text))
    assert found["shrine of Hujr ibn Adi"] == ("hujr-ibn-adi-shrine", "incident")
    assert "the shrine" not in found


def test_the_antecedent_stays_in_its_section(tmp_path: Path) -> None:
    text = (
        "Russia keeps forces in Syria.\n\n== Bases ==\nRussia uses Hmeimim air base.\n\n"
        "== Later ==\nIn 2018 drones attacked the base.\n"
    )
    assert "the base" not in _by_mention(_events(tmp_path, text))


def test_the_site_an_article_opens_with_is_its_referent_in_every_section(
    tmp_path: Path,
) -> None:
    text = (
        "Shayrat Airbase is a Syrian Air Force base located in Homs Governorate.\n\n"
        "History\n\nThe base was built in the 1970s.\n\nIt houses two squadrons. They "
        "fly often. Pilots train there. In 2016 Iranian advisers were reported at the "
        "base.\n"
    )
    events = _events(tmp_path, text)
    pointed = [(e.place_id, e.year_start) for e in events if e.mention.lower() == "the base"]
    assert pointed == [("shayrat-airbase", 1970), ("shayrat-airbase", 2016)]


def test_saying_what_a_site_is_does_not_introduce_another(tmp_path: Path) -> None:
    text = (
        "The 720th Logistics Support Point is a naval facility of the Russian Navy in "
        "Tartus. In January 2017 Russia agreed to expand the facility.\n"
    )
    found = _by_mention(_events(tmp_path, text))
    assert found["the facility"][0] == "tartus-naval-facility"


def test_a_table_in_between_does_not_change_the_referent(tmp_path: Path) -> None:
    text = (
        "New construction was seen at the Imam Ali base near Al-Bukamal.\n\n"
        "| Site | Notes |\n| T-4 airbase | Drone base |\n\n"
        "In February 2021 air strikes destroyed several buildings in the compound.\n"
    )
    assert _by_mention(_events(tmp_path, text))["the compound"] == ("imam-ali-base", "incident")


def test_the_terminal_is_the_port_named_before(tmp_path: Path) -> None:
    text = (
        "In 2019 Iran took over the container terminal at the port of Latakia. Israeli "
        "aircraft struck the terminal in December 2021, setting containers on fire.\n"
    )
    found = _by_mention(_events(tmp_path, text))
    assert found["the terminal"] == ("latakia-port", "incident")


def test_there_points_at_the_one_site_of_the_sentence_before(tmp_path: Path) -> None:
    text = (
        "During the war the Shayrat airbase was besieged in 2015. Russian forces deployed "
        "attack helicopters there in 2016.\n\nIn 2017 Iran and Hama officials met. "
        "Delegations stayed there for a week.\n"
    )
    events = _events(tmp_path, text)
    there = [e for e in events if e.mention == "there"]
    assert [(e.place_id, e.category, e.date_start) for e in there] == [
        ("shayrat-airbase", "base", "2016")
    ]


def test_a_site_the_gazetteer_does_not_know_still_takes_the_description(tmp_path: Path) -> None:
    text = (
        "In 2006 bombers destroyed the dome of the Sayyida Zaynab Mosque. In 2022 gunmen "
        "attacked the Sheikh Arslan shrine in Aleppo. A second attack on the shrine "
        "followed in 2023.\n"
    )
    assert "the shrine" not in _by_mention(_events(tmp_path, text))
    known = (
        "In 2006 bombers damaged the Sayyida Zaynab Mosque. In 2022 gunmen attacked the "
        "Russian base in Aleppo. A second attack on the shrine followed in 2023.\n"
    )
    assert _by_mention(_events(tmp_path, known))["the shrine"][0] == "sayyidah-zaynab-mosque"


def test_the_same_base_and_a_described_mausoleum_point_back(tmp_path: Path) -> None:
    text = (
        "In February 2018 Israel struck the Shayrat airbase. In April 2018 seven Iranians "
        "were killed when missiles struck the same base.\n\n"
        "The Sayyida Zaynab Mosque lies south of Damascus. The gold-domed mausoleum has "
        "been guarded since 2012 by militiamen.\n"
    )
    found = _by_mention(_events(tmp_path, text))
    assert found["the same base"] == ("shayrat-airbase", "incident")
    assert found["The gold-domed mausoleum"][0] == "sayyidah-zaynab-mosque"


def test_the_town_is_the_one_town_named_before(tmp_path: Path) -> None:
    text = (
        "Abu Kamal lies on the Euphrates. The Islamic State seized the town in July 2014.\n\n"
        "In 2016 rebels held Homs and Hama. Government forces shelled the city in 2017.\n"
    )
    events = _events(tmp_path, text)
    towns = [(e.place_id, e.category, e.date_start) for e in events if e.mention.startswith("the")]
    assert towns == [("abu-kamal", "incident", "2014-07")]  # two cities before: no referent


def test_in_an_article_about_a_town_the_town_is_its_subject(tmp_path: Path) -> None:
    history = (
        "## History\n\nForeign fighters crossed from Damascus to Iraq through it. "
        "In the civil war, rebels captured the town in November 2012.\n"
    )
    lead = "Al-Bukamal\nFrom Wikipedia, the free encyclopedia\n\nIt lies on the Euphrates.\n\n"
    events = _by_mention(_events(tmp_path, lead + history))
    assert events["the town"][0] == "abu-kamal"
    # under a headline that says more than a town's name, the last town named is meant
    # (Damascus, a city of millions, would be "the city", not "the town")
    headline = "# Rebels advance on the Euphrates\n\nAbu Kamal is quiet. " + history
    assert _by_mention(_events(tmp_path, headline))["the town"][0] == "abu-kamal"
    village = headline.replace("Abu Kamal", "Qusayr")
    assert _by_mention(_events(tmp_path, village))["the town"][0] == "al-qusayr"
    city = headline.replace("the town", "the city")
    assert _by_mention(_events(tmp_path, city))["the city"][0] == "damascus"


def test_the_town_is_no_city_of_millions_named_since(tmp_path: Path) -> None:
    text = (
        "Government forces retook Palmyra in March 2016. Experts from a museum in St "
        "Petersburg surveyed the ruins. ISIS recaptured the town in December 2016.\n"
    )
    assert _places_of(tmp_path, text, "recaptured the town") == ["palmyra"]


def test_the_site_is_the_site_named_before(tmp_path: Path) -> None:
    text = (
        "Iran built the Imam Ali base near Al-Bukamal in 2018. Satellite images showed new "
        "construction at the site in September 2019. Shortly afterwards, aircraft struck the "
        "site.\n"
    )
    found = {(e.mention, e.place_id, e.category) for e in _events(tmp_path, text)}
    assert ("the site", "imam-ali-base", "incident") in found


def test_it_is_the_site_not_the_town_named_to_locate_it(tmp_path: Path) -> None:
    text = (
        "Damascus International Airport, located 5 km east of Sayyida Zaynab, is the main "
        "entry point for Iranian cargo. It was struck on 20 November 2019.\n"
    )
    struck = [e for e in _events(tmp_path, text) if e.mention == "It"]
    assert [(e.place_id, e.category) for e in struck] == [("damascus-airport", "incident")]


def test_the_titles_site_is_what_the_base_means_in_later_sections(tmp_path: Path) -> None:
    text = (
        "# Imam Ali military base\n\n"
        "Built by the IRGC near Abu Kamal, it housed militias from Iraq.\n\n"
        "## Background\n\nAbu Kamal was captured in November 2017. Militias moved in. "
        "Hezbollah and Iraqi units followed. The crossing reopened in 2019.\n\n"
        "## Construction\n\nWork on the compound began in 2018.\n"
    )
    assert _by_mention(_events(tmp_path, text))["the compound"][0] == "imam-ali-base"


def test_a_town_named_only_as_a_landmark_is_not_the_town(tmp_path: Path) -> None:
    text = (
        "Militias deployed to Sayyida Zaynab, which lies 10 km south of Damascus. "
        "In July 2013 the town was shelled.\n"
    )
    assert _by_mention(_events(tmp_path, text))["the town"][0] != "damascus"


def test_the_castle_is_the_castle_named_before(tmp_path: Path) -> None:
    text = (
        "Masyaf Castle stands on a rocky outcrop above the town.\n\n"
        "In 1808 Ismaili rivals seized the castle and massacred its garrison.\n"
    )
    assert _by_mention(_events(tmp_path, text))["the castle"] == ("masyaf-castle", "incident")


_INFOBOX = "From Wikipedia, the free encyclopedia\n\n{title}\nType: Military air base\n\n"


def test_in_a_shrine_article_the_shrine_is_its_subject_after_another_is_named(
    tmp_path: Path,
) -> None:
    text = (
        "Sayyidah Ruqayya Mosque\n"
        + _INFOBOX.format(title="Sayyidah Ruqayya Mosque")
        + "The Sayyidah Ruqayya Mosque is a Shia mosque in the old city of Damascus.\n\n"
        "## History\n\nIt is the second most visited shrine in Syria after the Sayyida "
        "Zaynab Mosque. Pilgrims came from Iran and Iraq. Coaches parked outside the old "
        "walls. On 27 April 2013 a mortar shell landed near the mosque.\n"
    )
    events = _events(tmp_path, text)
    assert _by_mention(events)["the mosque"] == ("sayyidah-ruqayya-mosque", "incident")
    # a sentence that names another shrine before its description keeps that one
    other = text + "The Sayyida Zaynab Mosque was also shelled, and the mosque closed.\n"
    last = [e.place_id for e in _events(tmp_path, other) if "closed" in e.evidence]
    assert last == ["sayyidah-zaynab-mosque"]


def test_in_a_base_article_its_short_name_is_the_base(tmp_path: Path) -> None:
    text = (
        "Dumayr Military Airport\n"
        + _INFOBOX.format(title="Dumayr Military Airport")
        + "Dumayr Military Airport is an air base north-east of Damascus.\n\n"
        "## History\n\nIn 2017 Russian Su-24 bombers were deployed to Dumayr. "
        "On 14 April 2018 missiles fired at Dumayr were intercepted. "
        "Rebels held the town of Dumayr until 2018.\n"
    )
    found = [(e.place_id, e.category) for e in _events(tmp_path, text) if e.mention == "Dumayr"]
    # the deployment and the strike are the base's; "the town of Dumayr" is the town
    assert found == [
        ("dumayr-airbase", "base"),
        ("dumayr-airbase", "incident"),
        ("dumayr", "incident"),
    ]


def test_a_base_named_after_a_city_keeps_the_city(tmp_path: Path) -> None:
    text = (
        "Hama Military Airport\n"
        + _INFOBOX.format(title="Hama Military Airport")
        + "Hama Military Airport is an air base west of the city.\n\n"
        "## History\n\nIn 1982 the army shelled Hama for weeks.\n"
    )
    shelled = [e for e in _events(tmp_path, text) if e.mention == "Hama"]
    assert [e.place_id for e in shelled] == ["hama"]


def test_a_title_that_names_no_place_gives_way_to_the_first_heading(tmp_path: Path) -> None:
    text = (
        "r/syriancivilwar\n\nPosted by u/osint 8mo ago\n\n"
        "# Israeli raid on the Masyaf research centre\n\n"
        "Commandos landed by helicopter and entered the facility on 8 September 2024.\n"
    )
    entered = [e for e in _events(tmp_path, text) if e.mention == "the facility"]
    assert [e.place_id for e in entered] == ["masyaf-ssrc"]


def test_a_title_that_says_where_its_site_is_still_names_its_subject(tmp_path: Path) -> None:
    text = (
        "Russian naval facility in Tartus\n\n"
        "The Russian naval facility in Tartus is a naval base on the Syrian coast.\n\n"
        "## History\n\nThe commercial port of Tartus was leased to Stroytransgaz in 2019. "
        "A floating dock was towed to the port in 2019 to service submarines.\n"
    )
    assert _places_of(tmp_path, text, "floating dock") == ["tartus-naval-facility"]


def test_in_an_air_base_articles_the_airport_is_the_base(tmp_path: Path) -> None:
    text = (
        "Palmyra Airport\n\nPalmyra Airport is a military airport near Palmyra.\n\n"
        "## History\n\nThe Islamic State seized the town in May 2015. Russian forces "
        "restored the town's museum. Engineers cleared mines. In 2020 Russian forces built "
        "new hangars at the airport.\n"
    )
    assert _places_of(tmp_path, text, "hangars") == ["palmyra-airport"]


def test_in_a_towns_article_the_shrine_is_the_one_named_after_it(tmp_path: Path) -> None:
    text = (
        "Sayyidah Zaynab\n"
        + _INFOBOX.format(title="Sayyidah Zaynab")
        + "Sayyidah Zaynab is a town south of Damascus.\n\n"
        "## Civil war\n\nMilitias arrived in 2012. Checkpoints went up. Shops closed. "
        "On 21 February 2016 explosions near the shrine killed 83 people. "
        "The site was first settled in antiquity.\n"
    )
    events = _events(tmp_path, text)
    assert _by_mention(events)["the shrine"] == ("sayyidah-zaynab-mosque", "incident")
    assert "the site" not in _by_mention(events)  # as likely the town itself


def test_the_port_city_is_a_town_not_the_port(tmp_path: Path) -> None:
    text = (
        "Tartus\n\nTartus is a city on the Syrian coast.\n\n"
        "It is the second-largest port city in Syria after Latakia.\n"
    )
    assert "the second-largest port" not in _by_mention(_events(tmp_path, text))


def test_in_a_sites_article_it_is_the_site_even_after_a_time_phrase(tmp_path: Path) -> None:
    text = (
        "Khmeimim Air Base\n"
        + _INFOBOX.format(title="Khmeimim Air Base")
        + "Khmeimim Air Base is an air base south-east of Latakia.\n\n"
        "## History\n\nIt shares a runway with Bassel al-Assad International Airport. "
        "Since September 2015 it has been operated by the Russian Aerospace Forces. "
        "It was described as one of the largest Russian deployments abroad.\n"
    )
    operated = [e for e in _events(tmp_path, text) if "operated" in e.evidence]
    assert [(e.mention, e.place_id) for e in operated] == [("it", "khmeimim-air-base")]
    described = [e for e in _events(tmp_path, text) if "described" in e.evidence]
    assert described == []  # "It was described as ...": no participle of an event there


def test_a_described_or_generic_noun_in_a_sites_article_is_the_site(tmp_path: Path) -> None:
    text = (
        "Sayyida Sukayna shrine\n"
        + _INFOBOX.format(title="Sayyida Sukayna shrine")
        + "The Sayyida Sukayna shrine is a Shia shrine in Darayya.\n\n"
        "## History\n\nFighting reached Darayya in 2012. Residents fled. Iran resumed work "
        "on the complex in 2018. The restored shrine was inaugurated on 17 September 2021.\n"
    )
    found = {e.mention: (e.place_id, e.category) for e in _events(tmp_path, text)}
    assert found["the complex"][0] == "sayyida-sukayna-shrine"
    assert found["The restored shrine"] == ("sayyida-sukayna-shrine", "shrine")


def test_a_site_named_in_quotation_marks_is_still_the_site(tmp_path: Path) -> None:
    text = 'After 2017 the IRGC ran its operations from the "Glass House" in Damascus.\n'
    assert "glass-house" in {e.place_id for e in _events(tmp_path, text)}
    # a quotation nobody is said to have given is still no event
    slogan = 'The crowd chanted "Glass House out" in Damascus in 2017.\n'
    assert "glass-house" not in {e.place_id for e in _events(tmp_path, slogan)}


def test_hatnotes_and_reference_entries_are_no_prose(tmp_path: Path) -> None:
    text = (
        'Kuweires Military Airbase\n"Kweires" redirects here. For the village, see Kweires.\n\n'
        "The airbase was besieged in 2013.\n\n## References\n\n"
        '3. ^ "Kuweires air base". Syria Guide. Retrieved 4 June 2019.\n'
    )
    evidence = {e.evidence for e in _events(tmp_path, text)}
    assert evidence == {"The airbase was besieged in 2013."}


def test_a_capital_acting_as_its_government_is_no_city_to_point_back_at(
    tmp_path: Path,
) -> None:
    text = (
        "Moscow also used culture to advertise its success. On 5 May 2016 an orchestra "
        "played in the Roman amphitheatre of Palmyra, weeks after Russian-backed forces "
        "retook the city from ISIS.\n"
    )
    assert "moscow" not in _places_of(tmp_path, text, "retook the city")


def test_an_untitled_articles_lead_names_what_the_shrine_is(tmp_path: Path) -> None:
    # Pasted wiki source or a plain-text entry has no title line: the lead's first
    # sentence defines the subject, and "the shrine" further down is that one, not the
    # other shrine named in between.
    text = (
        "The Sayyida Zaynab Mosque is a mosque and shrine in the town of Sayyida Zaynab, "
        "south of Damascus.\n\n"
        "Pilgrims also visit the Sayyida Ruqayya Mosque in the Old City of Damascus, a short "
        "walk from the souq, on the same trips.\n\n"
        "Before 2011, several hundred thousand Iranian pilgrims visited the shrine every year. "
        "On 14 June 2012, a car bomb exploded near the shrine, wounding 14 people.\n"
    )
    events = extract_text(tmp_path, text, "entry.txt")
    later = [e for e in events if e.char_start > text.index("Before 2011")]
    assert {(e.place, e.date_start) for e in later} >= {("Sayyidah Zaynab Mosque", "2012-06-14")}
    assert {e.place for e in later} == {"Sayyidah Zaynab Mosque"}


def test_a_heading_that_names_a_site_is_what_the_prose_under_it_means(tmp_path: Path) -> None:
    text = (
        "# Strike log\n\nThis log lists strikes we could geolocate.\n\n"
        "## #5 — Latakia port, 7 December 2021\n\nEvidence: videos\n\n"
        "A second strike on the container yard caused a larger blaze on 28 December 2021.\n\n"
        "## #6 — Aleppo International Airport, 7 March 2023\n\nEvidence: imagery\n\n"
        "The airport was hit again on 22 March 2023 and closed for a further period.\n"
    )
    events = extract_text(tmp_path, text, "log.md")
    hit = [e for e in events if e.mention == "The airport"]
    assert [(e.place, e.date_start) for e in hit] == [
        ("Aleppo International Airport", "2023-03-22")
    ]


def test_a_town_articles_shrine_when_the_last_shrines_named_are_unclear(tmp_path: Path) -> None:
    text = (
        "# Sayyida Zaynab\n\nSayyida Zaynab is a town south of Damascus that grew up "
        "around the Sayyidah Zaynab Mosque.\n\n"
        "## History\n\nPilgrims often visit both the Sayyida Ruqayya Mosque and the Umayyad "
        "Mosque in the old city before coming to the town.\n\n"
        "## Civil war\n\nOn 31 January 2016 a car bomb killed at least 71 people near the "
        "shrine.\n"
    )
    events = extract_text(tmp_path, text, "town.md")
    late = [e for e in events if e.date_start == "2016-01-31"]
    assert [(e.place, e.category) for e in late] == [("Sayyidah Zaynab Mosque", "incident")]


def test_the_castle_is_krak_des_chevaliers_after_its_name(tmp_path: Path) -> None:
    text = (
        "Krak des Chevaliers\n\nKrak des Chevaliers stands above the village of al-Husn. "
        "On 12 July 2013 a government air strike hit the castle, damaging one of the towers.\n"
    )
    found = {(e.place, e.date_start) for e in extract_text(tmp_path, text)}
    assert ("Krak des Chevaliers", "2013-07-12") in found


def test_a_village_a_site_overlooks_only_locates_it(tmp_path: Path) -> None:
    text = (
        "Report\n\nKrak des Chevaliers, which overlooks the village of al-Husn, was shelled "
        "in 2013.\n"
    )
    assert {e.place for e in extract_text(tmp_path, text)} == {"Krak des Chevaliers"}


def test_the_shrine_reaches_further_back_than_the_base(tmp_path: Path) -> None:
    filler = "Pilgrims come from Iraq, Lebanon and Pakistan. Hotels line the road. " * 2
    text = (
        "Shrines and bases\n\nThis report looks at two kinds of site.\n\n"
        "The Sayyida Ruqayya shrine stands in the Old City. "
        + filler
        + "A car bomb exploded near the shrine on 14 June 2012.\n\n"
        "Bases\n\nIranian advisers used the Mezzeh military airport. "
        + filler
        + "A drone struck the base on 3 May 2019.\n"
    )
    dated = {(e.place, e.date_start) for e in extract_text(tmp_path, text)}
    assert ("Sayyidah Ruqayya Mosque", "2012-06-14") in dated
    # (a text names many bases it never names: "the base" stays close to its name)
    assert ("Mezzeh Military Airport", "2019-05-03") not in dated


def test_what_was_shot_down_is_the_drone_not_its_base(tmp_path: Path) -> None:
    text = (
        "Report\n\nIn the early hours of 10 February 2018, an Iranian transport plane took "
        "off from T4 and crossed into Israeli airspace. It was shot down by an Apache "
        "helicopter near Beit Shean.\n"
    )
    rows = {(e.place, e.category) for e in extract_text(tmp_path, text)}
    assert rows == {("Tiyas Military Airbase", "base"), ("Beit She'an", "incident")}


def test_the_titles_site_is_what_a_later_section_means_after_another_was_compared(
    tmp_path: Path,
) -> None:
    text = (
        "Crusader fortress Krak des Chevaliers reopens to visitors\n\n"
        "The great Crusader castle of Krak des Chevaliers formally reopened this week.\n\n"
        "In 2006 UNESCO listed it, together with Qal'at Salah El-Din near Latakia, as a World "
        "Heritage Site.\n\nWAR DAMAGE\n\n"
        "A government air strike on 12 July 2013 hit the castle, damaging one of its towers.\n"
    )
    struck = [e for e in _events(tmp_path, text) if "12 July 2013" in e.evidence]
    assert [(e.place, e.category) for e in struck] == [("Krak des Chevaliers", "incident")]


def test_the_base_is_the_site_its_sentence_calls_a_base(tmp_path: Path) -> None:
    # Conoco is a gas field in the gazetteer; "Mission Support Site Conoco" calls it a base
    text = (
        "Rockets were fired at the Green Village base on 3 May. Several other rockets were "
        "fired at Mission Support Site Conoco the next day; none impacted the base.\n"
    )
    assert _places_of(tmp_path, text, "none impacted") == ["conoco-gas-field"]


def test_an_encyclopedias_descriptor_under_its_title_keeps_the_subject(tmp_path: Path) -> None:
    # Britannica prints "town, Syria" under the title; it is no wrapped line of it, and the
    # article's town still owns "the castle"
    text = (
        "Maṣyāf\ntown, Syria\nAlso known as: Misyaf, Masyad\n\n"
        "Key facts\nCountry: Syria\nGovernorate: Hama\n\n"
        "Maṣyāf, also spelled Masyaf, town, western Syria. It lies on the eastern slopes of "
        "the coastal mountains, about 40 km west of Hama.\n\n"
        "History\nThe site was occupied in the Roman period. A fort stood on the rock.\n\n"
        "In 1176 Saladin besieged the castle.\n"
    )
    assert _places_of(tmp_path, text, "besieged the castle") == ["masyaf-castle"]


def test_it_in_a_towns_article_is_the_town_when_no_place_was_named_just_before(
    tmp_path: Path,
) -> None:
    text = (
        "# Latakia\n\n**Latakia** is the principal port city of Syria.\n\n## History\n\n"
        "The harbour prospered under Rome. It was badly damaged by earthquakes in 494 and "
        "555.\n"
    )
    events = [e for e in _events(tmp_path, text) if e.mention == "It"]
    assert [(e.place_id, e.date_start) for e in events] == [
        ("latakia", "0494"),
        ("latakia", "0555"),
    ]


def test_an_it_a_capture_befalls_is_the_town_an_article_is_about(tmp_path: Path) -> None:
    text = (
        "# Latakia\n\nLatakia is the principal port city of Syria.\n\n## History\n\n"
        "Tancred, regent of Antioch, took it from the Byzantines in 1103. Russia took it as "
        "a warning when Turkey captured Afrin and held it in 2018.\n"
    )
    taken = [
        (e.place, e.date_start) for e in extract_text(tmp_path, text, "l.md") if e.mention == "it"
    ]
    # not the Russian "took it as", nor the Afrin that Turkey held
    assert taken == [("Latakia", "1103")]


def test_here_is_the_one_site_the_sentence_before_named(tmp_path: Path) -> None:
    text = (
        "The Russian jets are parked at Hmeimim air base, south of Jableh.\n\n"
        "The jets stand in rows on the apron of the Hmeimim air base. It was from here, on 30 "
        "September 2015, that Sukhoi jets flew the first sorties of the intervention. Here in "
        'Latakia, nobody speaks of it. "We stay here," an officer said.\n'
    )
    here = [(e.place, e.date_start) for e in extract_text(tmp_path, text) if e.mention == "here"]
    # not "Here in Latakia" (it names its place), nor the officer's quoted "here"
    assert here == [("Khmeimim Air Base", "2015-09-30")]


def test_the_same_district_is_the_town_named_before(tmp_path: Path) -> None:
    text = (
        "In June 2012 a car bomb exploded in Sayyida Zaynab, killing 14 people. Another "
        "bombing in February 2016 killed over 80 people in the same district.\n"
    )
    events = extract_text(tmp_path, text)
    again = [(e.place, e.date_start) for e in events if e.mention == "the same district"]
    assert again == [("Sayyidah Zaynab", "2016-02")]


def test_the_building_the_grave_and_the_mashhad_are_the_shrine_named_before(
    tmp_path: Path,
) -> None:
    text = (
        "The Sayyida Ruqayya Mosque stands in the old city of Damascus. The old building "
        "was demolished in 1985. The building was inaugurated in 1991.\n\n"
        "In 1863 water seeped into the burial chamber and the grave was opened.\n\n"
        "Iranian donors paid for a new dome over the empty mashhad in 2004.\n"
    )
    found = _by_mention(_events(tmp_path, text))
    for words in ("The old building", "The building", "the grave", "the empty mashhad"):
        assert found[words][0] == "sayyidah-ruqayya-mosque", words
    # a building introduced as another is not the shrine
    other = (
        "The Sayyida Ruqayya Mosque stands in the old city of Damascus. In 2013 a mortar "
        "hit a building near it. The building collapsed in 2013.\n"
    )
    assert "The building" not in _by_mention(_events(tmp_path, other))


def test_the_airport_after_a_town_is_named_is_that_towns_airport(tmp_path: Path) -> None:
    text = (
        "AMA\n\nWhat was it like inside Deir ez-Zor during the siege?\n\n"
        "In early 2017 I flew on a military Il-76 into the airport.\n"
    )
    assert _places_of(tmp_path, text, "the airport") == ["deir-ez-zor-airport"]


def test_a_town_named_for_a_road_out_lends_no_site(tmp_path: Path) -> None:
    text = (
        "Chat\n\nIn Damascus in 2024 soldiers drove out on the Beirut road.\n\n"
        "My brother says the airport is empty and the airport road is jammed.\n"
    )
    assert "beirut-airport" not in _places_of(tmp_path, text, "the airport")


def test_the_embassy_is_no_consulate_named_before(tmp_path: Path) -> None:
    text = (
        "Review\n\nIn 2024 Israel destroyed the consular annex of the Iranian embassy in "
        "Damascus. Then, on 8 December, crowds ransacked the embassy whose annex Israel had "
        "already destroyed.\n"
    )
    assert "consulate-iran-damascus" not in _places_of(tmp_path, text, "crowds ransacked")
