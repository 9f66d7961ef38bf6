"""Where firms and people sit is no event: sanctions releases and court filings name
the offices, branches and seats of the networks they designate."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_support import by_place, extract_text


def _places(tmp_path: Path, text: str) -> set[str]:
    return set(by_place(extract_text(tmp_path, text + "\n", "release.txt")))


@pytest.mark.parametrize(
    ("sentence", "kept", "dropped"),
    [
        ("Qasemi relies on front companies based in Damascus and Beirut to arrange the sale "
         "of the oil unloaded at Baniyas in May 2019.", "Baniyas", "Beirut"),
        ("Hamsho Trading and Hamsho Paper, both based in Damascus, shipped pills seized in "
         "Jeddah in 2021.", "Jeddah", "Damascus"),
        ("A Lebanese drug lord based in the Bekaa Valley ran the shipments seized at Jeddah "
         "in 2021.", "Jeddah", "Bekaa Valley"),
        ("Company-A, which maintains offices in Damascus and in Homs, chartered the tanker "
         "seized off Gibraltar in 2019.", "Gibraltar", "Homs"),
        ("Al-Aqiq Exchange, a money service business with branches in Damascus, Homs, and "
         "Aleppo, processed payments for the militia that attacked Palmyra in 2016.", "Palmyra",
         "Aleppo"),
        ("The oil was sold through Al-Sukari Trading Company to the refinery at Baniyas in "
         "2019.", "Baniyas", "Sukkari"),
    ],
)  # fmt: skip
def test_seats_offices_and_firm_names_are_no_event_places(
    tmp_path: Path, sentence: str, kept: str, dropped: str
) -> None:
    places = _places(tmp_path, sentence)
    assert kept in places and dropped not in places


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Russian forces based in Hmeimim and Tartus struck Idlib.", "Tartus"),
        ("Iran opened offices in Aleppo in 2018.", "Aleppo"),
    ],
)
def test_forces_based_at_a_place_and_offices_opened_there_still_count(
    tmp_path: Path, sentence: str, place: str
) -> None:
    assert place in _places(tmp_path, sentence)


@pytest.mark.parametrize(
    ("sentence", "place", "category"),
    [
        ("On 26 October 2019 we took taxis to Bab al-Saghir cemetery.", "Bab al-Saghir Cemetery",
         "other"),
        ("The Syrian side at Jdeidet Yabous took almost three hours in June 2022.",
         "Jdeidet Yabous Border Crossing", "other"),
        ("Rebels took them hostage in Aleppo in 2013.", "Aleppo", "incident"),
        ("Rebels took over Idlib in 2015.", "Idlib Governorate", "incident"),
        ("On 6 March 2025, armed groups ambushed a security patrol near Jableh.", "Jableh",
         "incident"),
    ],
)  # fmt: skip
def test_a_ride_or_a_wait_is_no_capture_and_an_ambush_is_an_incident(
    tmp_path: Path, sentence: str, place: str, category: str
) -> None:
    events = by_place(extract_text(tmp_path, sentence + "\n", "trip.txt"))
    assert events[place].category == category


@pytest.mark.parametrize(
    ("sentence", "kept", "dropped"),
    [
        ("On 13 May 2018 the Cultural Centre of the Islamic Republic of Iran in Damascus held "
         "a gathering.", "Damascus", "Iran"),
        ("In 2017 Syria was home to some of the most visited shrines outside Iraq and Iran, "
         "and pilgrims flocked to Damascus.", "Damascus", "Iran"),
    ],
)  # fmt: skip
def test_an_institutions_state_and_where_a_site_ranks_are_no_event_places(
    tmp_path: Path, sentence: str, kept: str, dropped: str
) -> None:
    places = _places(tmp_path, sentence)
    assert kept in places and dropped not in places


def test_the_country_a_bodys_name_ends_in_is_no_event_place(tmp_path: Path) -> None:
    text = (
        "On 3 May 2018 the Russian Centre for reconciliation of opposing sides in the Syrian "
        "Arab Republic continued to monitor compliance with the ceasefire regime."
    )
    assert _places(tmp_path, text) == set()


def test_a_states_territory_is_still_where_a_strike_fell(tmp_path: Path) -> None:
    assert "Syria" in _places(tmp_path, "Israel struck the territory of the Syrian Arab Republic.")


def test_trade_through_a_port_is_the_commercial_port_even_beside_russia(tmp_path: Path) -> None:
    text = (
        "Syria ordered a review of a concession to Russia's Stroytransgaz in 2025, as exports "
        "through the port of Tartus have all but stopped. Russian warships left the port of "
        "Tartus in December 2024."
    )
    places = _places(tmp_path, text)
    assert {"Port of Tartus (commercial)", "Russian naval facility in Tartus"} <= places


def test_a_site_the_sentence_says_was_spared_is_no_event_place(tmp_path: Path) -> None:
    text = (
        "Israeli aircraft on 9-10 December 2024 struck Syrian naval vessels at Minet el-Beida "
        "and in the port of Latakia, sinking or damaging around 15 ships, but the Russian "
        "facility at Tartus was not targeted."
    )
    places = _places(tmp_path, text)
    assert (
        "Port of Latakia" in places and not {"Tartus", "Russian naval facility in Tartus"} & places
    )


@pytest.mark.parametrize(
    ("sentence", "dropped", "kept"),
    [
        ("Our caravan left Qom on 18 October 2019 and arrived in Damascus on 24 October.",
         "Qom", "Damascus"),
    ],
)  # fmt: skip
def test_where_a_journey_began_is_no_event(
    tmp_path: Path, sentence: str, dropped: str, kept: str
) -> None:
    places = _places(tmp_path, sentence)
    assert kept in places and dropped not in places


def test_armed_men_who_left_a_town_withdrew_from_it(tmp_path: Path) -> None:
    assert "Qamishli" in _places(tmp_path, "Russian forces left Qamishli on 14 December 2024.")


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        (
            "IRISL launched a direct container service between Bandar Abbas and Latakia on "
            "17 January 2022, bypassing transshipment hubs in the UAE.",
            {"Bandar Abbas", "Latakia"},
        ),
        ("The tanker stopped transmitting AIS on 2 September 2019 west of Tartus.", {"Tartus"}),
        ("The vessel was towed to Jeddah port in October 2019.", {"Jeddah"}),
        ("In April 2019 motorists in Damascus queued for up to 12 hours.", {"Damascus"}),
        ("In 2018 a firm began rehabilitating the Banias thermal power station.", {"Baniyas"}),
    ],
)
def test_trade_and_shipping_are_other_events_where_they_happen(
    tmp_path: Path, sentence: str, places: set[str]
) -> None:
    events = extract_text(tmp_path, f"Shipping and energy\n\n{sentence}\n", "digest.txt")
    assert {e.place for e in events} == places
    assert {e.category for e in events} == {"other"}


def test_a_companys_fuel_depot_is_no_military_facility(tmp_path: Path) -> None:
    text = (
        "Case\n\nThe convoy crossed the border near Hermel on September 16, 2021, and "
        "delivered the diesel to storage facilities of Al-Amana Fuel Company in Baalbek.\n\n"
        "Israeli jets struck a weapons storage facility near Masyaf on 3 May 2019.\n"
    )
    events = by_place(extract_text(tmp_path, text, "case.txt"))
    assert events["Baalbek"].category == "other"
    assert events["Masyaf"].category == "incident"


def test_an_outlet_named_after_a_town_is_no_place_in_lower_case_either(tmp_path: Path) -> None:
    text = (
        "Funeral\n\nMourners marched in Tehran, Shiraz and Isfahan in Iran on 5 April 2024."
        "\n\nIranian Ambassador Hossein Akbari inspected the site in Mazzeh shortly after the "
        "attack, Mehr news agency reported."
    )
    places = _places(tmp_path, text)
    assert "Mazzeh" in places and "Mohr" not in places  # Mohr, a town of Fars, is "Mehr" too


def test_social_media_pages_in_a_town_are_a_source_not_an_event_there(tmp_path: Path) -> None:
    text = (
        "News, 5 May 2022\n\nPro-government Facebook pages in Qardaha reported that gunmen "
        "kidnapped a merchant in Jableh.\n"
    )
    places = _places(tmp_path, text)
    assert "Jableh" in places and "Qardaha" not in places
