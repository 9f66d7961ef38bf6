"""The place matcher: site phrases beat towns, cue words refine, and words that merely
contain a place name (outlets, groups, titles, "-based", keyword stuffing) are not places."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_support import extract_text
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.gazetteer import fold
from extract.places import PlaceMatcher, default_matcher, spellings
from extract.records import PlaceMention


@pytest.fixture(scope="module")
def matcher() -> PlaceMatcher:
    return default_matcher()


def found(matcher: PlaceMatcher, text: str, context: str | None = None) -> list[tuple[str, str]]:
    return [(m.mention, m.place.id) for m in matcher.find(text, context=context)]


def ids(matcher: PlaceMatcher, text: str) -> list[str]:
    return [m.place.id for m in matcher.find(text)]


# --------------------------------------------------------------------------- sites vs towns


@pytest.mark.parametrize(
    ("text", "mention", "place_id"),
    [
        # the phrase resolves the site; the town it names is a mention of its own
        ("Russia uses the naval base in the port of Tartus.", "naval base",
         "tartus-naval-facility"),
        ("Russia uses the naval base in the port of Tartus.", "Tartus", "tartus"),
        ("a naval facility at Tartus", "naval facility", "tartus-naval-facility"),
        ("the Tartous naval base", "Tartous naval base", "tartus-naval-facility"),
        ("It funded a large military base at Latakia airport.", "Latakia airport",
         "latakia-airport"),
        ("a basing agreement for Khmeimim airfield", "Khmeimim airfield", "khmeimim-air-base"),
        ("jets at Hmeimim airbase", "Hmeimim airbase", "khmeimim-air-base"),
        ("strikes on the T-4 airbase", "T-4 airbase", "tiyas-airbase"),
        ("the Shayrat air base was hit", "Shayrat air base", "shayrat-airbase"),
        ("Israel struck the Masyaf research centre", "Masyaf research centre", "masyaf-ssrc"),
        ("an advanced underground facility in Masyaf", "Masyaf", "masyaf"),
        ("troops moved to Masyaf", "Masyaf", "masyaf"),
        ("flights to Damascus International Airport resumed", "Damascus International Airport",
         "damascus-airport"),
        ("Iran leased the port of Latakia in 2019", "port of Latakia",
         "latakia-port"),
        ("helicopters at the Kweires airbase east of Aleppo", "Kweires airbase",
         "kuweires-airbase"),
        ("Russian police at Qamishli airport", "Qamishli airport", "qamishli-airport"),
        ("a raid on Hama military airport", "Hama military airport", "hama-airbase"),
        ("militias at the Jirah airbase", "Jirah airbase", "jirah-airbase"),
    ],
)  # fmt: skip
def test_site_phrases_beat_town_names(
    matcher: PlaceMatcher, text: str, mention: str, place_id: str
) -> None:
    assert (mention, place_id) in found(matcher, text)


def test_shrines_of_two_names_for_one_complex_are_one_mention(matcher: PlaceMatcher) -> None:
    text = "Iran restored mausoleums in Raqqa (shrines of Uways al-Qarani and Ammar bin Yasir)."
    assert found(matcher, text) == [
        ("Iran", "geonames:130758"),
        ("Raqqa", "raqqa"),
        ("shrines of Uways al-Qarani and Ammar bin Yasir", "uwais-al-qarani-mosque"),
    ]


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("pilgrimages to shrines like Sayida Zaynab and Sayida Ruqayya",
         "sayyidah-zaynab-mosque"),
        ("the Sayyida Zaynab shrine", "sayyidah-zaynab-mosque"),
        ("militias deployed in Sayyida Zaynab", "sayyidah-zaynab"),
        ("an airbase in the western province of Latakia", "sy-latakia-gov"),
        ("fighting in Idlib province", "sy-idlib-gov"),
        ("fighting in Idlib", "sy-idlib-gov"),  # (a bare "Idlib": the province)
        ("fighting in Idlib city", "idlib"),
        ("attacks in the desert of Deir ez-Zor", "sy-deir-ez-zor-gov"),
    ],
)  # fmt: skip
def test_cue_words_choose_between_a_town_and_its_shrine_or_province(
    matcher: PlaceMatcher, text: str, place_id: str
) -> None:
    assert place_id == ids(matcher, text)[0]


@pytest.mark.parametrize(
    ("text", "context", "place_id"),
    [
        ("the Iranian embassy was ransacked", "After rebels captured Damascus, ...",
         "embassy-iran-damascus"),
        ("After rebels captured Damascus, the Iranian embassy was ransacked.", None,
         "embassy-iran-damascus"),
        ("Iran's embassy in Beirut was bombed", None, "embassy-iran-beirut"),
        # the capital for its state
        ("Tehran's embassy on the Mezzeh motorway stood empty", "Rebels took Damascus.",
         "embassy-iran-damascus"),
        ("a car bomb near the Iranian embassy", "Lebanon was shaken; Beirut mourned.",
         "embassy-iran-beirut"),
    ],
)  # fmt: skip
def test_embassy_goes_to_the_host_the_text_is_about(
    matcher: PlaceMatcher, text: str, context: str | None, place_id: str
) -> None:
    assert place_id in [pid for _, pid in found(matcher, text, context)]


def test_an_airport_with_international_abbreviated(matcher: PlaceMatcher) -> None:
    assert "damascus-airport" in ids(matcher, "NOTAM: DAMASCUS INTL AIRPORT CLOSED")


def test_an_embassy_under_its_owners_full_official_name(matcher: PlaceMatcher) -> None:
    text = "crowds stormed the Embassy of the Islamic Republic of Iran in Damascus"
    assert "embassy-iran-damascus" in ids(matcher, text)


def test_embassy_without_any_host_is_not_guessed(matcher: PlaceMatcher) -> None:
    assert found(matcher, "The Iranian embassy issued a statement.") == []


def test_embassy_without_an_owner_is_nobodys(matcher: PlaceMatcher) -> None:
    # "US" is also an Arabic article ("us-"); it may not be left out before "Embassy".
    named = ids(matcher, "Russia has an embassy in Damascus.")
    assert "damascus" in named and not any(pid.startswith("embassy") for pid in named)
    assert "embassy-us-damascus" in ids(matcher, "The US Embassy in Damascus closed in 2012.")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Tripoli was quiet.", "LY"),
        ("In Lebanon, Tripoli was quiet.", "LB"),
        ("ISIS advanced on Palmyra.", "SY"),
    ],
)
def test_ambiguous_towns_follow_the_text(matcher: PlaceMatcher, text: str, country: str) -> None:
    towns = [m.place for m in matcher.find(text) if m.place.kind == "city"]
    assert [p.country for p in towns] == [country]


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("It moved into the heart of Damascus next to Martyrs' Square.", "marjeh-square"),
        ("Protesters filled Beirut's Martyrs’ Square.", "martyrs-square-beirut"),
    ],
)
def test_a_name_shared_by_two_cities_goes_to_the_one_nearby(
    matcher: PlaceMatcher, text: str, place_id: str
) -> None:
    assert place_id in ids(matcher, text)


def test_group_name_yields_each_member_with_the_group_span(matcher: PlaceMatcher) -> None:
    text = "Syria backed the UAE's claim to Abu Musa and the Greater and Lesser Tunbs."
    mentions = [m for m in matcher.find(text) if m.place.kind == "island"]
    assert [(m.mention, m.place.id) for m in mentions] == [
        ("Abu Musa", "abu-musa"),
        ("Greater and Lesser Tunbs", "greater-tunb"),
        ("Greater and Lesser Tunbs", "lesser-tunb"),
    ]


@pytest.mark.parametrize(
    ("text", "mention", "place_id"),
    [
        ("a rebel revival in southern Syria", "southern Syria", "southern-syria"),
        ("the Khmeimim airfield in north Syria", "north Syria", "northern-syria"),
        ("the 1982 invasion of southern Lebanon", "southern Lebanon", "southern-lebanon"),
        ("the Kirkuk–Baniyas pipeline", "Kirkuk–Baniyas pipeline", "kirkuk-baniyas-pipeline"),
        ("the Islamic Republic of Iran", "Islamic Republic of Iran", "geonames:130758"),
        ("Lādhiqīyah", "Lādhiqīyah", "latakia"),
        ("LATAKIA", "LATAKIA", "latakia"),
        ("compete for Upper Mesoptamia", "Upper Mesoptamia", "upper-mesopotamia"),
        ("Iran's role", "Iran", "geonames:130758"),
    ],
)
def test_regions_official_names_and_spellings(
    matcher: PlaceMatcher, text: str, mention: str, place_id: str
) -> None:
    assert (mention, place_id) in found(matcher, text)


# --------------------------------------------------------------------------- not places


@pytest.mark.parametrize(
    "text",
    [
        "Most analysts agree.", "Nice work.", "Reading the report.", "Van drivers protested.",
        "March was cold.", "May he rest.", "Since then, things changed.", "One of them left.",
        "Syrian forces and Iranian advisers.", "Turkish authorities seized crates.",
        "By Adam", "Eastern Roman influence",
    ],
)  # fmt: skip
def test_common_words_and_demonyms_never_match(matcher: PlaceMatcher, text: str) -> None:
    assert found(matcher, text) == []


def test_lower_case_keyword_stuffing_never_matches(matcher: PlaceMatcher) -> None:
    text = "one of the main backers of the Syrian syria iran relations."
    assert found(matcher, text) == []
    assert ids(matcher, "relations with Syria and Iran") == ["geonames:163843", "geonames:130758"]


@pytest.mark.parametrize(
    ("blocked", "place"),
    [
        ("told the Washington Post", "in Washington"),
        ("restrictions on operations in the Damascus FIR", "in Damascus"),
        ("Iran International reported", "in Iran"),
        ("the Tehran Times said", "in Tehran"),
        ("the Jerusalem Post said", "in Jerusalem"),
        ("the New York Times said", "in New York"),
        ("the rise of the Islamic State in Syria and Iraq ISIS", "in Syria and Iraq"),
        ("led by Hay'at Tahrir al-Sham", "in Idlib"),
        ("the United States Institute of Peace", "the United States"),
        ("Institute for the Study of War", "in Iran"),
        ("the Syrian Observatory for Human Rights said", "in Syria"),
        ("Iran–Syria relations - Wikipedia", "Iran and Syria"),
        ("The Fall of the Tehran-Damascus Axis?", "Tehran and Damascus"),
        ("took over as President of Syria.", "went to Syria"),
        ("an airstrike destroyed al-Quds hospital", "prayed in al-Quds"),
        ("held at the Palestine Branch", "refugees from Palestine"),
        ("shells struck the Dar al-Salam school", "flew to Dar es Salaam"),
        ("a general said to Al-Mayadeen that", "fighting in al-Mayadeen"),
        ("Al Mayadeen TV reported", "fighting in al-Mayadin"),
        (
            "The pan-Arab channel Al Mayadeen, which had a correspondent with the troops",
            "fighting in al-Mayadin",
        ),
        # Russia's parliament is no Syrian town
        ("The State Duma ratified the agreement", "a chemical attack hit Duma"),
        ("the Duma ratified it that December", "a chemical attack hit Duma"),
    ],
)
def test_names_that_contain_a_place_are_not_places(
    matcher: PlaceMatcher, blocked: str, place: str
) -> None:
    assert found(matcher, blocked) == []
    assert found(matcher, place)  # the same place name on its own is found


@pytest.mark.parametrize("suffix", ["-based", "–based", "-led", "-backed", "-born"])
def test_attributive_compounds_are_not_places(matcher: PlaceMatcher, suffix: str) -> None:
    assert found(matcher, f"an Abu Dhabi{suffix} media outlet") == []
    assert found(matcher, "an outlet in Abu Dhabi") == [("Abu Dhabi", "abu-dhabi")]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("the bodies were taken around the shrine of Lady Masumeh in Qom", "fatima-masumeh-shrine"),
        ("a ceremony in the Imam Reza (AS) shrine complex in Mashhad", "imam-reza-shrine"),
    ],
)
def test_a_shrine_under_its_honorific_name(matcher: PlaceMatcher, text: str, site: str) -> None:
    assert site in ids(matcher, text)


def test_a_foreign_region_by_its_arabic_name_needs_its_country_named(
    matcher: PlaceMatcher,
) -> None:
    # "al-Sharqiyah" ("the eastern") is Saudi Arabia's Eastern Province only where the text
    # names Saudi Arabia; in Syria it is a phosphate mine near Palmyra, among others
    syria = "In Syria the phosphate concession at al-Sharqiyah went to a Russian firm."
    assert "sa-eastern-prov" not in ids(matcher, syria)
    saudi = "Oil output in Saudi Arabia's al-Sharqiyah rose."
    assert "sa-eastern-prov" in ids(matcher, saudi)


def test_an_uncurated_town_inside_a_personal_name_is_not_a_place(matcher: PlaceMatcher) -> None:
    # Mahabad is a GeoNames town in Iran; between two capitalised words it is a name.
    names = [fold(m.place.name) for m in matcher.find("clashes in Mahabad, Iran")]
    assert names == ["mahabad", "iran"]
    assert found(matcher, "Mohammad Mahabad Rezaei spoke.") == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the supply ship Kharg docked at Tartus", ["tartus"]),
        # (Tartus, where warships come and go, is its naval base)
        (
            "the frigate Novorossiysk and the submarine Krasnodar left Tartus",
            ["tartus-naval-facility"],
        ),
        ("the tanker Adrian Darya 1 sailed to Baniyas", ["baniyas"]),
        ("oil from Kharg Island reached Baniyas", ["kharg-island", "baniyas"]),
    ],
)
def test_a_name_after_a_ships_noun_is_the_ship(
    matcher: PlaceMatcher, text: str, kept: list[str]
) -> None:
    assert ids(matcher, text) == kept


# --------------------------------------------------------------------------- offsets


def test_offsets_slice_back_to_the_mention_with_an_offset(matcher: PlaceMatcher) -> None:
    document = "Intro. Gantz revealed a facility in Masyaf; strikes hit Hmeimim airbase."
    start = document.index("Gantz")
    sentence = document[start:]
    mentions = matcher.find(sentence, start)
    assert [m.mention for m in mentions] == ["Masyaf", "Hmeimim airbase"]
    for mention in mentions:
        assert document[mention.start : mention.end] == mention.mention


NAMES = ["Syria", "Tartous", "Deir al-Zour", "Martyrs’ Square", "Lādhiqīyah", "Iran's", "Hmeimim"]
FILLER = ["the", "and", "in", ", ", "—", "\n", "syria", "x", "Ankara-based", "(", ")", "ʿ"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(NAMES + FILLER), max_size=25), st.integers(0, 10_000))
def test_mentions_slice_back_and_never_overlap(words: list[str], offset: int) -> None:
    text = " ".join(words)
    mentions = default_matcher().find(text, offset)
    previous: PlaceMention | None = None
    for mention in mentions:
        assert text[mention.start - offset : mention.end - offset] == mention.mention
        if previous is not None and (previous.start, previous.end) != (mention.start, mention.end):
            assert previous.end <= mention.start
        previous = mention


def test_spellings_cover_articles_and_transliterations() -> None:
    forms = spellings("Sayyidah Zaynab", rich=True)
    assert {"sayyidah zaynab", "sayida zaynab", "sayyida zainab", "sayyida zeinab"} <= forms
    assert {"deir ez zor", "deir al zor", "deir zor"} <= spellings("Deir ez-Zor")


# --------------------------------------------------------------------------- unresolved


def test_unresolved_site_phrases_are_offered_to_an_online_geocoder(matcher: PlaceMatcher) -> None:
    text = "Jets left Blei air base and the Shrine of Sheikh Blei was damaged."
    phrases = [phrase for _, _, phrase in matcher.unresolved(text, 100)]
    assert phrases == ["Blei air base", "Shrine of Sheikh Blei"]
    for start, end, phrase in matcher.unresolved(text, 100):
        assert text[start - 100 : end - 100] == phrase


def test_known_sites_are_not_unresolved(matcher: PlaceMatcher) -> None:
    assert matcher.unresolved("Jets left the Russian Khmeimim air base.") == []
    assert matcher.unresolved("Nothing to see in this sentence.") == []


# --------------------------------------------------------------------------- scale


def test_a_megabyte_of_place_dense_prose_is_matched_whole(matcher: PlaceMatcher) -> None:
    # About one place name per 80 characters, as in the seed documents. Speed is the
    # benchmarks' business (make bench), not a unit test's.
    paragraph = (
        "In May 2023, President Raisi went to Damascus to sign agreements on energy. "
        "Israeli jets later struck the T-4 airbase, the Washington Post reported, and "
        "officials said most of the damage was to hangars used by Iranian advisers. "
        "Analysts in Beirut saw the raid as a warning to Tehran about southern Syria. "
    )
    copies = 1_000_000 // len(paragraph)
    mentions = matcher.find(paragraph * copies)
    per_copy = len(matcher.find(paragraph))
    assert per_copy >= 4 and len(mentions) == per_copy * copies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a rebel revival in the northwest and southern Syria, and in the north-east",
         [("northwest", "northwestern-syria"), ("southern Syria", "southern-syria"),
          ("north-east", "northeastern-syria")]),
        ("Lebanon braced for war in the south.", [("Lebanon", "geonames:272103"),
                                                   ("south", "southern-lebanon")]),
        ("Iraq and Syria clashed in the east.", [("Iraq", "geonames:99237"),
                                                 ("Syria", "geonames:163843")]),
        ("Fighting raged in the north.", []),
        ("Syria: the north of Aleppo", [("Syria", "geonames:163843"), ("Aleppo", "aleppo")]),
        # a compound direction of a town is no part of the country
        ("Syria: Adra, in the north-east of Damascus", [("Syria", "geonames:163843"),
                                                         ("Adra", "adra"),
                                                         ("Damascus", "damascus")]),
        ("Syria: Beit Jinn in the south-western countryside",
         [("Syria", "geonames:163843"), ("Beit Jinn", "beit-jinn")]),
    ],
)  # fmt: skip
def test_a_bare_compass_word_takes_the_one_country_the_text_names(
    matcher: PlaceMatcher, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(matcher, text) == expected


def test_a_place_inside_a_country_outweighs_a_country_named_as_an_actor(
    matcher: PlaceMatcher,
) -> None:
    text = "Iran's outreach met a rebel revival in the northwest and southern Syria."
    assert ("northwest", "northwestern-syria") in found(matcher, text)


def test_sentences_of_a_document_get_the_same_answer_as_alone(matcher: PlaceMatcher) -> None:
    # With the document as context each sentence takes its share of one document-wide
    # match; the answer must equal matching the sentence on its own (same context text).
    document = (
        "After rebels captured Damascus, the Iranian embassy was ransacked. "
        "Iran restored shrines of Uways al-Qarani and Ammar bin Yasir in Raqqa. "
        "Rebels advanced in the northwest and southern Syria. Tripoli was quiet."
    )
    elsewhere = "\n" + document  # same words, but no sentence sits at its offset
    start = 0
    for sentence in document.split(". "):
        shared = matcher.find(sentence, start, context=document)
        alone = matcher.find(sentence, start, context=elsewhere)
        assert shared == alone
        assert all(document[m.start : m.end] == m.mention for m in shared)
        start += len(sentence) + 2
    site = "Jets left Blei air base."
    text = document + " " + site
    matcher.find(site, len(document) + 1, context=text)
    assert [p for _, _, p in matcher.unresolved(site, len(document) + 1)] == ["Blei air base"]


def test_unresolved_in_a_document_agrees_with_each_sentence_alone(matcher: PlaceMatcher) -> None:
    # The document-wide scan for site words only gates the sentence scan: same answers.
    sentences = [
        "Jets left Blei air base.",
        "Nothing happened here.",
        "Pilgrims visited the Shrine of Sheikh Blei.",
        "STRASSE\u00df and the Dumayr Air Base closed.",  # "ß" folds to two letters
    ]
    for document in (" ".join(sentences[:3]), " ".join(sentences)):
        start = 0
        for sentence in sentences:
            if not document.startswith(sentence, start):
                break
            matcher.find(sentence, start, context=document)
            in_document = matcher.unresolved(sentence, start)
            shift = len(document) + 7  # no sentence of the document sits there
            alone = matcher.unresolved(sentence, start + shift)
            assert in_document == [(s - shift, e - shift, p) for s, e, p in alone]
            start += len(sentence) + 1
        assert start > len(document)  # every sentence was checked


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("An Israeli air raid on Aqraba, south of Damascus, targeted a drone cell.",
         "aqraba-sy"),
        ("US aircraft struck Russian contractors near Khasham in Deir ez-Zor.", "khasham"),
        ("Strikes hit positions around Kafr Nabudah in the Hama countryside.",
         "kafr-nabudah"),
        ("Kurdish forces guarded the Conoco gas field and the al-Omar oil field.",
         "al-omar-oil-field"),
        ("Government forces shelled Izraa in the Daraa countryside.", "izraa-sy"),
        ("Turkish troops entered Jarablus in 2016.", "jarablus"),
        ("Amnesty reported executions at Saydnaya prison.", "saydnaya-prison"),
        ("Israeli jets struck the Nasiriyah airbase.", "nasiriyah-airbase"),
        ("Aid reached the Rukban camp near the Jordanian border.", "rukban-camp"),
        ("Russian troops at Tal Tamr came under fire.", "tal-tamr"),
        ("Israel denied a role in the blast at the Mazzeh airport.", "mezzeh-military-airport"),
    ],
)  # fmt: skip
def test_syrian_places_geonames_lacks_or_puts_elsewhere(
    matcher: PlaceMatcher, text: str, place_id: str
) -> None:
    assert place_id in ids(matcher, text)


def test_a_head_noun_phrase_after_a_site_name_is_that_site(matcher: PlaceMatcher) -> None:
    text = "Iranian advisers were stationed at the T-4 air base near Palmyra."
    # the named site, and the town that only locates it (see landmarks.drop_landmarks)
    assert [(m.mention, m.place.id) for m in matcher.find(text)] == [
        ("T-4 air base", "tiyas-airbase"),
        ("Palmyra", "palmyra"),
    ]


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Israeli jets struck targets south of the Syrian capital.", "damascus"),
        ("The talks were held in the Iranian capital.", "tehran"),
        ("Iranian forces were deployed in rural Damascus.", "sy-rif-dimashq"),
    ],
)
def test_a_country_s_capital_by_description(
    matcher: PlaceMatcher, text: str, place_id: str
) -> None:
    assert place_id in ids(matcher, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Militias held Tal Salhab.", "Tal Salhab"),  # GeoNames: "Tall Salhab"
        ("Clashes erupted in Tel Hamis.", "Tel Hamis"),  # GeoNames: "Tall Hamis"
        ("Iraqi forces retook Tal Afar.", "Tal Afar"),  # GeoNames: "Tall 'Afar"
        ("The shrines of Raqa were destroyed.", "Raqa"),  # "Raqqa": a doubled letter
    ],
)
def test_tell_and_doubled_letters_are_spelling_variants(
    matcher: PlaceMatcher, text: str, name: str
) -> None:
    assert name in [m.mention for m in matcher.find(text, context=text)]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Twin bombings hit the Bab al-Saghir cemetery in 2017.", "al-bab"),
        ("Pilgrims gathered at Bab al-Saghir.", "al-bab"),
    ],
)
def test_a_town_s_bare_name_heading_a_longer_arabic_name_is_not_that_town(
    matcher: PlaceMatcher, text: str, absent: str
) -> None:
    assert absent not in ids(matcher, text)
    assert "al-bab" in ids(matcher, "Turkish-backed rebels took Al-Bab in 2017.")


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Russian forces withdrew from a base at Ayn Issa.", "ain-issa"),
        ("Rockets hit the Green Village base.", "green-village"),
        ("Militias control the Al-Hamdan airport.", "hamdan-airport"),
        ("Russia pulled back from posts in the Alawite mountains.", "syrian-coastal-mountains"),
        ("Drones struck the Shaer gas field.", "shaer-gas-field"),
        # border villages and towns the GeoNames extract lacks, or spells otherwise
        ("Iraqi forces reinforced the border near al-Qaim and Rabia.", "rabia-iraq"),
        ("Israeli fire hit Kfar Kila, Houla and Aitaroun in southern Lebanon.", "houla-lebanon"),
        ("Israeli fire hit Kfar Kila, Houla and Aitaroun in southern Lebanon.", "aitaroun"),
        ("Drones struck the Tishreen Dam near Manbij.", "tishreen-dam"),
        ("Families fled to Dreikish in the mountains.", "dreikish"),
        ("Trucks entered through Bab al-Salam on 9 May.", "bab-al-salameh"),
        ("British jets took off from RAF Akrotiri in Cyprus.", "raf-akrotiri"),
        ("His body was flown to the Chkalovsky airfield near Moscow.", "chkalovsky-airfield"),
        ("A trader in the Hamidiyeh market in Damascus spoke.", "hamidiyah-souq"),
        ("Fighting raged in Western Ghouta in 2016.", "western-ghouta"),
        ("Government forces shelled Baba Amr in February 2012.", "baba-amr"),
        ("Buses left the al-Waer district of Homs.", "al-waer"),
        ("Rockets struck Zamalka and Ein Tarma.", "ein-tarma"),
        ("Iran fired missiles at Al Udeid Air Base in Qatar.", "al-udeid-air-base"),
        ("Hezbollah fired rockets at the Ramat David airbase.", "ramat-david-airbase"),
        ("Israeli jets struck farms near Zeinabiyeh.", "sayyidah-zaynab"),
        ("Trucks crossed the Nassib border crossing.", "nasib-crossing"),
        ("The minaret of the Umayyad Mosque of Aleppo fell.", "great-mosque-aleppo"),
        ("Aleppo's Umayyad Mosque was damaged.", "great-mosque-aleppo"),
        ("Pilgrims prayed at the Umayyad Mosque.", "umayyad-mosque"),
        ("Bombers took off from the Hamadan airfield.", "nojeh-airbase"),
        ("An IED went off between Da'el and Tal Shihab.", "daael"),
        ("An IED went off between Da'el and Tal Shihab.", "tal-shihab"),
        ("Gunmen attacked a checkpoint in Mzeireb.", "al-muzayrib"),
        ("Clashes erupted in Thiban in the eastern countryside.", "dhiban-dez"),
        ("Fighters took Hawsh al-Sayyed Ali on 8 February.", "hawsh-al-sayyed-ali"),
        ("Russian jets from Nojeh hit targets near Saraqib.", "nojeh-airbase"),
        ("Pilgrims visited a new shrine at Ain Ali.", "ain-ali-shrine"),
        ("Jets struck targets near Sarakib.", "saraqib"),
        ("Strikes hit a road in the nearby town of Wadi al-Oyoun.", "wadi-al-uyun"),
        ("Troops clashed with gunmen in Koya, in the Yarmouk Basin of Daraa.", "kuwayya"),
        ("Iranian missiles struck Kurdish bases in Koya, in Iraq's Kurdistan region.",
         "koya-iraq"),
        ("Clashes broke out in Jaramana and Ashrafiyat Sahnaya.", "ashrafiyat-sahnaya"),
        ("Fighting reached the outskirts of Qamhana, north of Hama.", "qamhana"),
        ("A couple were found killed in Zaydal, near Homs.", "zaidal"),
        ("Macron received al-Sharaa at the Elysee Palace.", "elysee-palace"),
        ("Sirens sounded near the Dead Sea.", "dead-sea"),
        ("Jets attacked positions near Hammana in the Chouf.", "hammana"),
        ("Jets attacked positions near Hammana in the Chouf.", "chouf"),
        ("Iran captured the Fao peninsula in February 1986.", "geonames:99446"),
        ("Soviet ships called at Mersa Matruh.", "geonames:352733"),
        # French spellings of European outlets, and the Mandate era's names
        ("Clashes broke out in Soueida province in July.", "sy-suwayda-gov"),
        ("Israeli drones hit tanks near Soueida city.", "suwayda"),
        ("The army retook Palmyre twice.", "palmyra"),
        ("Russian troops left the airport at Kamechliyé.", "qamishli-airport"),
        ("Heavy fighting took place at Kissoué, south of Damascus.", "kiswah"),
        ("The Arab army reached Ma'an in 1917.", "maan-jordan"),  # not the Isle of Man
        ("The Sanjak of Alexandretta was ceded in 1939.", "geonames:311111"),
        ("The decisive engagement was fought at Marj Dabiq in 1516.", "dabiq"),
        ("Allenby broke through at Megiddo in 1918.", "megiddo"),
        ("Selim defeated Ismail at the Battle of Chaldiran.", "chaldiran"),
        ("Insurgents reached the Azm Palace in 1925.", "azm-palace"),
        # villages of the south-west and the east that share their names with others
        ("Israeli troops entered Khan Arnabeh and the villages of al-Hamidiyah and Hadar.",
         "hadar-quneitra"),
        ("An IED went off near al-Busayrah in Deir ez-Zor.", "busayrah"),
        ("Militias hold the old castle, Qal'at al-Rahba, south of al-Mayadin.", "qalat-al-rahba"),
        ("Trump ordered the strike from Mar-a-Lago.", "mar-a-lago"),
        ("A missile fell near Ben Gurion airport.", "ben-gurion-airport"),
        ("Israeli fire killed two people east of Khan Younis.", "geonames:281124"),
    ],
)  # fmt: skip
def test_sites_and_regions_of_the_war_s_later_years(
    matcher: PlaceMatcher, text: str, place_id: str
) -> None:
    assert place_id in ids(matcher, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Missiles hit both Damascus and Aleppo airports.", ["damascus-airport", "aleppo-airport"]),
        ("Missiles hit Damascus and Aleppo International airports.",
         ["damascus-airport", "aleppo-airport"]),
        ("Jets struck the Hama, Shayrat and Mezzeh airbases.",
         ["hama-airbase", "shayrat-airbase", "mezzeh-military-airport"]),
        ("Jets struck targets in Homs and Hama provinces.", ["sy-homs-gov", "sy-hama-gov"]),
        ("Clashes spread across the Latakia and Tartus countryside.",
         ["sy-latakia-gov", "sy-tartus-gov"]),
        ("Violence spread to Latakia, Tartous and western Hama governorates.",
         ["sy-latakia-gov", "sy-tartus-gov", "sy-hama-gov"]),
        # the last name glossed before the head
        ("Jets struck the Mezzeh, Qamishli and Tiyas (T4) airbases.",
         ["mezzeh-military-airport", "qamishli-airport", "tiyas-airbase", "tiyas-airbase"]),
    ],
)  # fmt: skip
def test_names_listed_before_one_plural_head_are_one_site_each(
    matcher: PlaceMatcher, text: str, expected: list[str]
) -> None:
    assert ids(matcher, text) == expected


def test_a_plural_head_after_names_with_no_such_site_keeps_the_names(
    matcher: PlaceMatcher,
) -> None:
    names = [m.place.name for m in matcher.find("Iran's Syria and Iraq bases grew.")]
    assert names == ["Iran", "Syria", "Iraq"]


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Militias deployed to Abukamal.", "abu-kamal"),
        ("A tanker docked at Banias.", "baniyas"),
        ("Jets struck the Tias airbase.", "tiyas-airbase"),
        ("Israel bombed depots near Kisweh.", "kiswah"),
        ("Pilgrims reached the Sayyeda Zainab shrine.", "sayyidah-zaynab-mosque"),
        ("Protests spread to Qamishly.", "qamishli"),
        ("Rebels held Jisr al-Shughour.", "jisr-al-shughur"),
        ("Aid crossed at Bab al-Salameh.", "bab-al-salameh"),
        ("Pilgrims prayed at the shrine of Imam Reza.", "imam-reza-shrine"),
        ("He was buried near the Fatima Masumeh shrine.", "fatima-masumeh-shrine"),
        ("Trade resumed at the Nasib crossing.", "nasib-crossing"),
        ("Pilgrims visited the holy shrine of Hazrat Zeinab.", "sayyidah-zaynab-mosque"),
    ],
)
def test_spellings_seen_in_news_and_reports(
    matcher: PlaceMatcher, text: str, place_id: str
) -> None:
    assert place_id in ids(matcher, text)


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Russian jets bombed rural Idlib.", "sy-idlib-gov"),
        ("Militias advanced in the Hama countryside.", "sy-hama-gov"),
        ("Airstrikes hit the eastern countryside of Deir Ezzor.", "sy-deir-ez-zor-gov"),
        # state media's word order, and a truce's zone named after the province
        ("The army repelled an attack in Hama northern countryside.", "sy-hama-gov"),
        ("Terrorists shelled villages in Idleb south-eastern countryside.", "sy-idlib-gov"),
        ("Militants violated the truce in the Idlib de-escalation zone.", "sy-idlib-gov"),
    ],
)
def test_the_countryside_of_a_governorate_s_capital_is_the_governorate(
    matcher: PlaceMatcher, text: str, place_id: str
) -> None:
    assert ids(matcher, text) == [place_id]


def test_armed_groups_named_after_a_country_are_not_places(matcher: PlaceMatcher) -> None:
    assert ids(matcher, "The Islamic Resistance in Iraq claimed the attack.") == []
    assert ids(matcher, "The Hmeimim reconciliation center did not comment.") == []


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Russian troops left the Qamishli airport in al-Hasakah in Syria.", "sy-hasakah-gov"),
        ("Mayadin in Deir ez-Zor was shelled in Syria.", "sy-deir-ez-zor-gov"),
        # 20 km: "in Latakia" may well mean the city
        ("The Hmeimim air base in Latakia hosts jets.", "latakia"),
        # lists name places side by side, not one inside another
        ("Bases near Damascus, in Deir ez-Zor and in Al-Bukamal were hit.", "deir-ez-zor"),
        ("Raids hit Aleppo, Palmyra, Deir ez-Zor.", "deir-ez-zor"),
    ],
)
def test_a_city_named_to_hold_a_far_place_is_its_province(
    matcher: PlaceMatcher, text: str, held: str
) -> None:
    assert held in ids(matcher, text)


def test_a_longer_phrase_starting_inside_a_name_gives_way_to_the_name(
    matcher: PlaceMatcher,
) -> None:
    assert ids(matcher, "The Mazzeh airport in Damascus was struck.") == [
        "mezzeh-military-airport",
        "damascus",
    ]
    # a blocked phrase still shadows a place it starts inside ("the Middle East Institute")
    assert ids(matcher, "said a scholar at the Middle East Institute in Washington.") == [
        "washington-dc"
    ]


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Rebels took A'zaz in Syria.", "azaz"),
        ("Raisi attended the shrine of Hazrat Ruqayyah in Damascus.", "sayyidah-ruqayya-mosque"),
        ("Sarin was used in Ltamenah in Syria in 2017.", "latamneh"),
        ("Crowds gathered in Umayyad Square in central Damascus.", "umayyad-square"),
    ],
)
def test_transliterations_with_apostrophes_and_more_damascus_sites(
    matcher: PlaceMatcher, text: str, place_id: str
) -> None:
    assert place_id in ids(matcher, text)


@pytest.mark.parametrize(
    "text",
    [
        "At the Tartus naval point the frigate was loading.",
        "Russia has expanded the naval logistics point at Tartous since 2017.",
        "The 720th Logistics Support Point is in the port of Tartus.",
    ],
)
def test_the_tartus_logistics_point_by_its_many_names(matcher: PlaceMatcher, text: str) -> None:
    assert "tartus-naval-facility" in ids(matcher, text)


def test_the_desert_of_a_provinces_capital_is_the_province(matcher: PlaceMatcher) -> None:
    assert ids(matcher, "Militias in the Deir ez-Zor desert clashed.") == ["sy-deir-ez-zor-gov"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian jets bombed Idlib and Hama.", ["sy-idlib-gov", "hama"]),
        ("HTS launched its offensive from Idleb.", ["sy-idlib-gov"]),
        ("Israeli tanks entered the buffer zone in Quneitra.", ["sy-quneitra-gov"]),
        # ... unless the words make it the town
        ("A car bomb exploded in Idlib city.", ["idlib"]),
        ("Officials toured the ruined city of Quneitra in 1975.", ["quneitra"]),
    ],
)
def test_a_bare_idlib_or_quneitra_is_the_province(
    matcher: PlaceMatcher, text: str, expected: list[str]
) -> None:
    assert ids(matcher, text) == expected


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        (
            "In 2023 Israel targeted the airports of Damascus and Aleppo.",
            ["damascus-airport", "aleppo-airport"],
        ),
        ("The fleet was sunk in the ports of Latakia and Minet al-Beida.", ["latakia-port"]),
    ],
)
def test_a_plural_head_before_towns_names_each_towns_site(
    matcher: PlaceMatcher, text: str, sites: list[str]
) -> None:
    assert set(sites) <= set(ids(matcher, text))


@pytest.mark.parametrize(
    "text",
    [
        "The car was parked in the Bab Mosalla area.",  # a quarter's "gate", not al-Bab
        "Pilgrims came to Damascus in Muharram 1444.",  # an Islamic month, not a village
    ],
)
def test_a_common_word_a_name_folds_to_is_no_place(matcher: PlaceMatcher, text: str) -> None:
    assert [name for name, _ in found(matcher, text, context=text)] in ([], ["Damascus"])


def test_a_state_s_compass_name_is_the_state_not_a_town_of_its_last_word(
    matcher: PlaceMatcher,
) -> None:
    text = "It was tested at a facility in North Carolina."  # not Carolina, Puerto Rico
    assert ids(matcher, text) == ["admin1:US:north-carolina"]


def test_the_town_with_its_article_is_still_found(matcher: PlaceMatcher) -> None:
    assert ids(matcher, "Rebels captured al-Bab in 2017.") == ["al-bab"]


def test_an_embassy_is_named_by_its_owner_s_official_name(matcher: PlaceMatcher) -> None:
    text = "the consular section of the Islamic Republic of Iran's embassy in Damascus"
    assert [i for _, i in found(matcher, text, context=text)][:1] == ["embassy-iran-damascus"]


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        # no navy in the sentence: the town's commercial port
        ("A fire broke out at a fuel depot in the port of Tartus.", "tartus-commercial-port"),
        ("Iran has also used the port of Tartus for shipments of oil.",
         "tartus-commercial-port"),
        # the navy's: Russian ships, the naval base, the lease
        ("Russian warships docked in the port of Tartus.", "tartus-naval-facility"),
        ("Russia has used the port of Tartus since 1971.", "tartus-naval-facility"),
    ],
)  # fmt: skip
def test_a_town_s_port_is_the_navy_s_only_beside_naval_words(
    matcher: PlaceMatcher, text: str, place_id: str
) -> None:
    assert place_id in [i for _, i in found(matcher, text, context=text)]


def test_a_kibbutz_before_a_towns_name_is_its_kind_not_a_persons_name() -> None:
    text = "An Israeli F-16 crashed in Israel near Kibbutz Harduf on 10 February 2018."
    names = [m.place.name for m in default_matcher().find(text, 0, context=text)]
    assert "Harduf" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighting continued in Darat Izza on 5 May 2019.", "Darat 'Izzah"),
        ("Strikes hit a building near Qudsaya on 14 November 2024.", "Qudsaya"),
    ],
)
def test_a_placed_name_spelled_as_texts_do_finds_its_town(text: str, name: str) -> None:
    assert name in [m.place.name for m in default_matcher().find(text, 0, context=text)]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey launched Operation Olive Branch against Afrin on 20 January 2018.",
        "Turkey launched Operation Euphrates Shield on 24 August 2016.",
    ],
)
def test_an_operations_name_is_no_place(text: str) -> None:
    names = [m.place.name for m in default_matcher().find(text, 0, context=text)]
    assert not {"Olive Branch", "Euphrates"} & set(names)


def test_names_listed_after_a_placed_name_are_found_the_same_way() -> None:
    text = "Fighting continued in Hermel, Darat Izza and Qudsaya on 5 May 2019."
    names = {m.place.name for m in default_matcher().find(text, 0, context=text)}
    assert {"Darat 'Izzah", "Qudsaya"} <= names


def test_another_named_base_before_a_towns_site_phrase_is_not_that_towns_site(
    matcher: PlaceMatcher,
) -> None:
    text = "Drones attacked Bashur Air Base in Erbil Province on October 25."
    assert [m.place.name for m in matcher.find(text)] == ["Erbil Governorate"]
    own = "Satellite photos show Damascus International Airport in Damascus, Syria."
    assert "Damascus International Airport" in [m.place.name for m in matcher.find(own)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels besieged Nubl and al-Zahraa north of Aleppo.", ["Nubl", "al-Zahraa", "Aleppo"]),
        # (Homs's own al-Zahra quarter, which the gazetteer has)
        ("Car bombs tore through the al-Zahraa neighbourhood of Homs.", ["al-Zahra (Homs)"]),
        ("| 21 Feb 2016 | al-Zahraa, Homs | 57 killed |", ["al-Zahra (Homs)"]),
        # a far town its province holds is no namesake
        ("| 23 Mar 2023 | Rmelan, Hasakah | drone strike |", ["Rmelan", "Al-Hasakah Governorate"]),
    ],
)
def test_a_small_town_a_far_city_is_said_to_hold_is_a_namesake_quarter(
    matcher: PlaceMatcher, text: str, expected: list[str]
) -> None:
    assert [m.place.name for m in matcher.find(text)] == expected


def test_an_embassy_with_an_indefinite_article_is_none_in_particular(
    matcher: PlaceMatcher,
) -> None:
    assert "embassy-syria-tehran" in ids(matcher, "In Tehran, crowds stormed the Syrian embassy.")
    assert "embassy-syria-tehran" not in ids(matcher, "In Tehran, get a visa at a Syrian embassy.")


def test_names_known_only_with_their_head_share_a_plural_head(matcher: PlaceMatcher) -> None:
    text = "Strikes hit the Nayrab, Kuweires and Hama airports."
    assert ids(matcher, text) == ["nayrab-airbase", "kuweires-airbase", "hama-airbase"]
    assert ids(matcher, "Farmers near Nayrab fled.") == []
    # (a bare "Kuweires" is the airbase: the village lies at its gate, and the texts mean
    # the base, "the siege of Kuweires")
    assert ids(matcher, "The siege of Kuweires was broken in 2015.") == ["kuweires-airbase"]
    text = "Rockets hit the Conoco and al-Omar oil fields."
    assert ids(matcher, text) == ["conoco-gas-field", "al-omar-oil-field"]
    text = "Drones struck the Conoco and al-Omar facilities again."
    assert ids(matcher, text) == ["conoco-gas-field", "al-omar-oil-field"]
    # a town's name at the start of a site's longer name is the site's
    assert ids(matcher, "Shelling hit the Qara Qozak bridge.") == ["qara-qozak-bridge"]


def test_a_province_beats_a_village_abroad_of_the_same_name(matcher: PlaceMatcher) -> None:
    text = "The pipeline ran through Anbar to Syria."
    assert "iq-anbar-gov" in ids(matcher, text)


def test_a_name_with_an_arabic_article_is_no_town_of_iran_or_turkey(
    matcher: PlaceMatcher,
) -> None:
    text = "Buses left the neighbourhoods of al-Ansari and al-Mashhad in Aleppo."
    assert [m.place.name for m in matcher.find(text)] == ["Aleppo"]
    assert [m.place.country for m in matcher.find("Pilgrims flew from Mashhad.")] == ["IR"]


@pytest.mark.parametrize(
    "text",
    [
        "In 2014 the Liwa Ammar ibn Yasir fought beside the army.",  # no Raqqa shrine
        "Saraya al-Quds claimed the rocket attack.",  # no Jerusalem
        "Fighters of Liwa al-Baqir held the line.",
    ],
)
def test_a_unit_named_after_a_place_is_no_place(matcher: PlaceMatcher, text: str) -> None:
    assert ids(matcher, text) == []


@pytest.mark.parametrize("name", ["Al-Rai", "al Rai"])
def test_a_name_that_opens_with_an_arabic_article_is_the_arab_namesake(
    matcher: PlaceMatcher, name: str
) -> None:
    # "Al-Rai" folds as Rey, south of Tehran, does: the article says it is the Aleppo town
    text = f"Turkish-backed factions shelled {name} on 3 May 2024."
    assert ids(matcher, text) == ["al-rai"]
    assert next(m.place.country for m in matcher.find("Rey lies south of Tehran.")) == "IR"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Putin met al-Sharaa at the Kremlin on 15 October 2025.", ["Moscow Kremlin"]),
        ("Trump hosted al-Sharaa at the White House on 10 November 2025.", ["White House"]),
        # the seat speaking for its government is no event there
        ("The Kremlin said on 3 March 2025 that the talks were productive.", []),
        ("Kremlin spokesman Dmitry Peskov said on 3 March 2025 that bases stay.", []),
        ("The White House confirmed the deal on 3 March 2025.", []),
    ],
)
def test_a_seat_of_power_is_a_place_where_met_and_no_place_when_it_speaks(
    tmp_path: Path, text: str, found: list[str]
) -> None:
    assert [e.place for e in extract_text(tmp_path, f"Report\n\n{text}\n")] == found


def test_a_small_namesake_abroad_needs_a_place_of_its_country_nearby(tmp_path: Path) -> None:
    text = (
        "Report\n\nOn 16 March 2025 Hezbollah men were shelled near the Zeita dam and in "
        "Qusayr, while Israel struck Gaza.\n"
    )
    places = [e.place for e in extract_text(tmp_path, text)]
    assert "Zaytā" not in places  # the West Bank village, 110 km from Gaza
    assert "Al-Qusayr" in places


def test_brent_is_the_crude_oil_benchmark_not_the_london_borough(matcher: PlaceMatcher) -> None:
    assert ids(matcher, "Brent fell 7 percent after the strikes on Isfahan.") == ["isfahan"]


def test_a_town_after_a_countrys_possessive_names_its_region(matcher: PlaceMatcher) -> None:
    # an uncurated town after a capitalised word is taken for a person's name part
    # ("Hassan Nasrallah"), but no one's name goes on with "region"
    found = [
        m.mention for m in matcher.find("Ukraine struck an airfield in Russia's Voronezh region.")
    ]
    assert "Voronezh" in found
    assert matcher.find("Hezbollah's Hassan Nasrallah spoke.") == []


def test_a_name_placed_in_another_country_is_a_namesake(matcher: PlaceMatcher) -> None:
    text = "The cargo was stored at the naval base at Mari, Cyprus."
    assert [m.mention for m in matcher.find(text)] == ["Cyprus"]
    homs = matcher.find("Migrants sailed from the port of Homs, Libya.")
    assert [m.place.country for m in homs] == ["LY"]  # no Syrian Homs
    # a qualifier inside the name picks the namesake of that country
    tripoli = matcher.find("Protests spread to Tripoli, Lebanon, and to Tripoli (Libya).")
    assert [m.place.country for m in tripoli] == ["LB", "LY"]
    # (but a country that opens a phrase of its own, or a list, places nothing)
    kept = matcher.find("Russian ships docked at Tartus, Russia's only naval base.")
    assert "Tartus" in {m.place.name for m in kept}
    listed = matcher.find("Strikes hit Damascus, Lebanon and Iraq.")
    assert [m.place.name for m in listed] == ["Damascus", "Lebanon", "Iraq"]


def test_mari_is_the_ancient_city_and_laodicea_ad_mare_is_latakia(matcher: PlaceMatcher) -> None:
    found = matcher.find("Tablets from Mari name Tadmor; Laodicea ad Mare was a Seleucid port.")
    assert [m.place.name for m in found] == ["Mari (Tell Hariri)", "Palmyra", "Latakia"]


def test_airfield_codes_name_their_airports_only_in_capitals(matcher: PlaceMatcher) -> None:
    found = matcher.find("Iranian flights into ALP and LTK, and Il-76s out of OSLK and OIIE.")
    assert [m.place.name for m in found] == [
        "Aleppo International Airport",
        "Latakia International Airport",
        "Latakia International Airport",
        "Imam Khomeini International Airport",
    ]
    assert matcher.find("Hikers crossed an alp near Osdi.") == []
    # a code that spells a word is still a code, but not inside a line in capitals
    flights = matcher.find("Flights to DAM stopped; the IKA-DAM route closed.")
    assert [m.place.name for m in flights] == [
        "Damascus International Airport",
        "Imam Khomeini International Airport",
        "Damascus International Airport",
    ]
    assert [m.place.name for m in matcher.find("SUBJECT: MOSUL DAM SAFETY")] == ["Mosul"]


def test_an_airfields_status_row_with_its_code_is_no_event(tmp_path: Path) -> None:
    text = (
        "Airfield status\n\n| Airfield | ICAO | Status | Notes |\n|---|---|---|---|\n"
        "| Palmyra | OSPR | Closed | |\n| Deir ez-Zor | OSDZ | Closed | |\n"
    )
    assert extract_text(tmp_path, text, "status.md") == []


def test_a_towns_gloss_before_a_sites_head_names_the_site(matcher: PlaceMatcher) -> None:
    found = matcher.find("Russian troops reinforced their base at Qamişlo (Qamishli) airport.")
    assert [(m.mention, m.place.name) for m in found] == [
        ("Qamişlo (Qamishli) airport", "Qamishli Airport")
    ]


def test_a_post_held_in_a_city_is_no_place_of_an_event(matcher: PlaceMatcher) -> None:
    post = "Iranian Ambassador in Damascus Mohammad Reza Sheibani offered condolences."
    assert matcher.find(post) == []
    assert [m.mention for m in matcher.find("The ambassador met Assad in Damascus.")] == [
        "Damascus"
    ]


def test_the_umayyad_mosque_of_an_aleppo_text_is_aleppos(matcher: PlaceMatcher) -> None:
    aleppo = matcher.find("Rebels withdrew from the Old City of Aleppo and the Umayyad Mosque.")
    assert "Great Mosque of Aleppo" in {m.place.name for m in aleppo}
    bare = matcher.find("The Umayyad Mosque was built between 705 and 715.")
    assert [m.place.name for m in bare] == ["Umayyad Mosque"]  # Damascus's, by default


def test_a_consulate_general_in_another_city_is_no_embassy(matcher: PlaceMatcher) -> None:
    text = "Crowds stormed the Iranian Consulate General in Aleppo on 29 November 2024."
    # the consulate's own row and its city, not the embassy in Damascus
    names = [m.place.name for m in matcher.find(text)]
    assert names == ["Consulate General of Iran, Aleppo", "Aleppo"]


@pytest.mark.parametrize(
    "text",
    [
        "Pilgrims prayed at Sayyida Zainab on 5 May 2019.",
        "Guards were posted at the gates of Sayyida Zainab on 9 December 2024.",
    ],
)
def test_a_towns_name_after_pilgrims_or_gates_is_its_shrine(
    matcher: PlaceMatcher, text: str
) -> None:
    assert ids(matcher, text) == ["sayyidah-zaynab-mosque"]


def test_a_name_joined_by_a_persian_ezafe_is_part_of_a_longer_name(
    matcher: PlaceMatcher,
) -> None:
    text = "He was buried at the Golestan-e Shohada cemetery in Isfahan."
    assert [m.place.name for m in matcher.find(text)] == ["Isfahan"]
    text = "Mourners gathered at the Behesht-e Zahra cemetery in Tehran."
    assert [m.place.name for m in matcher.find(text)] == ["Behesht-e Zahra cemetery", "Tehran"]


def test_a_sites_name_in_quotes_before_its_head_names_the_site(matcher: PlaceMatcher) -> None:
    text = 'Huge explosions rocked the "Imam Ali" base in Al-Bokamal countryside.'
    assert found(matcher, text) == [
        ('"Imam Ali" base', "imam-ali-base"),
        ("Al-Bokamal", "abu-kamal"),
    ]
    # a quoted name the gazetteer has no such site for stays what it was
    assert ids(matcher, 'Fighters held the "Palmyra" camp in 2016.') == ["palmyra"]


def test_the_ssrc_in_barzeh_is_a_site_of_its_own(matcher: PlaceMatcher) -> None:
    text = "The Barzah facility was destroyed on 14 April 2018; Barzeh's people fled."
    assert ids(matcher, text) == ["barzeh-ssrc", "barzeh"]


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck Damascus  International Airport on 10 June 2022.",
        "Jets struck   Damascus International   Airport on 10 June 2022.",
    ],
)
def test_a_run_of_spaces_inside_a_name_is_one_space(matcher: PlaceMatcher, text: str) -> None:
    # justified or column-aligned text: the name is still the airport, at its own offsets
    (mention,) = matcher.find(text, 100)
    assert mention.place.id == "damascus-airport"
    assert text[mention.start - 100 : mention.end - 100] == mention.mention
    assert mention.mention.startswith("Damascus") and mention.mention.endswith("Airport")


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # a consulate is its own site, told apart from the embassy by its noun
        ("The Iranian consulate in Damascus was flattened on 1 April 2024.",
         "consulate-iran-damascus"),
        ("The consular annex of the Iranian embassy in Damascus was destroyed.",
         "consulate-iran-damascus"),
        ("The Iranian embassy in Damascus was ransacked.", "embassy-iran-damascus"),
        ("Jets destroyed the consular building next to the Iranian embassy in Mezzeh.",
         "consulate-iran-damascus"),
        # ... and by the city the text names
        ("In Aleppo, armed men stormed the Iranian consulate.", "consulate-iran-aleppo"),
        ("The Consulate General of the Islamic Republic of Iran in Aleppo was stormed.",
         "consulate-iran-aleppo"),
        # a town named among words of detention is its prison, among a navy's its naval base
        ("Others ended up at Saydnaya.", "saydnaya-prison"),
        ("Two men from Yalda were transferred to Saydnaya in 2016.", "saydnaya-prison"),
        ("The convent in Saydnaya was restored in 2019.", "saydnaya"),
        ("Russian warships had left the Tartus roadstead in December.", "tartus-naval-facility"),
        ("The governor of Tartus announced that the port contract was cancelled.", "tartus"),
    ],
)  # fmt: skip
def test_a_site_is_told_by_its_noun_or_by_the_words_around_its_town(
    matcher: PlaceMatcher, text: str, site: str
) -> None:
    assert site in ids(matcher, text)


def test_a_towns_site_by_the_possessive_and_an_embassy_by_its_compound(
    matcher: PlaceMatcher,
) -> None:
    assert ids(matcher, "Aleppo's airport was closed.") == ["aleppo-airport"]
    text = "Rebels took Damascus. The Iranian embassy compound was ransacked."
    assert ids(matcher, text) == ["damascus", "embassy-iran-damascus"]


def test_a_research_branch_and_a_ministry_are_sites_beside_their_towns(
    matcher: PlaceMatcher,
) -> None:
    assert ids(matcher, "The Jamraya branch was hit in 2013.") == ["jamraya-research-centre"]
    assert ids(matcher, "Jamraya is a village.") == ["jamraya"]
    text = "Jets struck the Ministry of Defence headquarters in Damascus."
    assert "ministry-of-defence-damascus" in ids(matcher, text)
    assert "ministry-of-defence-damascus" not in ids(
        matcher, "Syria's Ministry of Defence said so."
    )


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Israel struck the military airfield at Palmyra.", "palmyra-airport"),
        ("Jets hit the Scientific Studies and Research Center branch in Barzeh.", "barzeh-ssrc"),
        ("Troops left Mission Support Site Green Village.", "green-village"),
        ("Troops fired on protesters in the Yarmouk Basin.", "yarmouk-basin"),
        ("The Sayyidah Zaynab complex is functioning.", "sayyidah-zaynab-mosque"),
    ],
)
def test_site_phrases_of_a_military_head_a_research_branch_and_a_us_site(
    matcher: PlaceMatcher, text: str, place_id: str
) -> None:
    assert place_id in ids(matcher, text)


def test_a_short_name_in_capitals_is_an_acronym_unless_a_known_place(
    matcher: PlaceMatcher,
) -> None:
    assert ids(matcher, "AMA") == []  # a thread's "Ask me anything", not Ama in Japan
    assert ids(matcher, "HAMA: strikes") == ["hama"]
    assert ids(matcher, "ROME, March 3 (Reuters)") == ["geonames:3169070"]


def test_a_mission_is_of_the_city_named_nearest_it(matcher: PlaceMatcher) -> None:
    text = (
        "30 Nov: Aleppo city falls. 1 Apr: Israeli strike destroys the consular building "
        "next to the Iranian embassy in Mezzeh, Damascus."
    )
    assert "consulate-iran-damascus" in ids(matcher, text)
    text = "Rebels took Aleppo and Damascus. In Aleppo the Iranian consulate was stormed."
    assert "consulate-iran-aleppo" in ids(matcher, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side of a town or province is written into its mention; the place stays
        ("The army retook eastern Aleppo in 2016.", [("eastern Aleppo", "aleppo")]),
        ("Militias held the western Aleppo countryside.",
         [("western Aleppo countryside", "sy-aleppo-gov")]),
        # a name that holds its compass word, or a region's row, is left as it is
        ("Shelling hit Eastern Ghouta.", [("Eastern Ghouta", "eastern-ghouta")]),
        ("Fighting spread in southern Syria.", [("southern Syria", "southern-syria")]),
    ],
)  # fmt: skip
def test_a_compass_word_before_a_place_is_part_of_its_mention(
    matcher: PlaceMatcher, text: str, expected: list[tuple[str, str]]
) -> None:
    mentions = matcher.find(text, 100)
    assert [(m.mention, m.place.id) for m in mentions] == expected
    assert all(text[m.start - 100 : m.end - 100] == m.mention for m in mentions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ship named for a place is no place; where it is takes a preposition
        ("The Iranian container ship *Shahr-e Kord* was hit off Latakia.", ["latakia"]),
        ("The tanker Adrian Darya 1 unloaded off Tartus.", ["tartus"]),
        ("In 2019 a tanker at Baniyas caught fire.", ["baniyas"]),
        # a ship's transponder is no town
        ("The cargo was discharged after an AIS blackout off Tartus.", ["tartus"]),
    ],
)
def test_a_ships_name_is_no_place(matcher: PlaceMatcher, text: str, expected: list[str]) -> None:
    assert ids(matcher, text) == expected


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # a pronoun's mission is the state's named before it in the sentence
        ("Iran's foreign ministry says its consulate in Aleppo was attacked.",
         "consulate-iran-aleppo"),
        ("Tehran is ready to reopen its embassy in Damascus, the envoy said.",
         "embassy-iran-damascus"),
    ],
)  # fmt: skip
def test_its_mission_belongs_to_the_state_named_before_it(
    matcher: PlaceMatcher, text: str, site: str
) -> None:
    assert site in ids(matcher, text)


def test_its_mission_with_no_state_before_it_is_no_place(matcher: PlaceMatcher) -> None:
    assert ids(matcher, "The company said its embassy contacts were good.") == []
