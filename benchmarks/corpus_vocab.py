"""Word lists and sentence templates for the synthetic benchmark corpus.

The templates copy the *shapes* of sentences in ``seeds/*.txt`` (visits, agreements,
strikes, bases, shrines, pilgrimages, arrests, seizures, embassies, ancient history)
with every name, date and number left as a slot, so that the generator can fill them
at random and no sentence repeats verbatim in bulk. ``PLACELESS_TEMPLATES`` hold no
place slot and no country name: real documents are mostly placeless prose, and the
extractor's speed on text with nothing to find matters as much as on text full of it.

Slots: ``{When}``/``{when}`` a date adverbial (capitalised or not), ``{Actor}``/``{actor}``
/``{actor2}`` a state (a country name, so it may count as a place), ``{Adj}`` a national
adjective, ``{Agent}``/``{agent}``/``{agent2}`` an actor that is not a place name,
``{person}``/``{person2}``, ``{group}``, ``{town}``/``{town2}``, ``{base}``, ``{shrine}``,
``{region}``, ``{island}``, ``{ruler}``, ``{n}`` (small number), ``{big}``, ``{pct}``,
``{topic}``, ``{weapon}``.
"""

from __future__ import annotations

__all__ = [
    "ADJECTIVES",
    "AGENTS",
    "BASES",
    "FIRST_NAMES",
    "GROUPS",
    "ISLANDS",
    "KEYWORD_STUFFING",
    "LAST_NAMES",
    "MONTHS",
    "NAVIGATION_LINES",
    "PLACELESS_TEMPLATES",
    "PLACE_SLOTS",
    "PLACE_TEMPLATES",
    "PREFIXES",
    "REGIONS",
    "RULERS",
    "SHRINES",
    "SOURCES",
    "SPIN",
    "STATES",
    "SUFFIXES",
    "TITLES",
    "TOPICS",
    "TOWNS",
    "WEAPONS",
]

MONTHS: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

STATES: tuple[str, ...] = (
    "Iran",
    "Syria",
    "Russia",
    "Israel",
    "Turkey",
    "the United States",
    "Iraq",
    "Lebanon",
    "Qatar",
    "Saudi Arabia",
    "China",
    "Jordan",
    "Egypt",
    "the United Arab Emirates",
)

ADJECTIVES: tuple[str, ...] = (
    "Iranian",
    "Syrian",
    "Russian",
    "Israeli",
    "Turkish",
    "American",
    "Iraqi",
    "Lebanese",
    "Jordanian",
    "Kurdish",
)

# Actors that are not toponyms, for the placeless templates.
AGENTS: tuple[str, ...] = (
    "the Iranian government",
    "Syrian officials",
    "the IRGC",
    "the Quds Force",
    "Hezbollah",
    "Russian commanders",
    "the Syrian army",
    "the caretaker government",
    "the Foreign Ministry",
    "Western diplomats",
    "the Revolutionary Guards",
    "Iraqi militias",
    "rebel forces",
    "the defense ministry",
    "state media",
    "the Assad regime",
    "the new government",
    "the Supreme Leader",
    "opposition groups",
    "the security services",
)

GROUPS: tuple[str, ...] = (
    "the Islamic State",
    "Hezbollah",
    "the Fatemiyoun Brigade",
    "the Zainabiyoun Brigade",
    "Kataib Hezbollah",
    "Hayat Tahrir al-Sham",
    "the al-Nusra Front",
    "the Free Syrian Army",
    "the IRGC",
    "Harakat al-Nujaba",
    "the Quds Force",
    "Asaib Ahl al-Haq",
)

TITLES: tuple[str, ...] = (
    "President",
    "Foreign Minister",
    "Defense Minister",
    "Prime Minister",
    "Vice President",
    "General",
    "Brigadier General",
    "Ambassador",
    "Senior adviser",
    "Deputy Foreign Minister",
    "Oil Minister",
    "Speaker",
)

FIRST_NAMES: tuple[str, ...] = (
    "Ali",
    "Hossein",
    "Mohammad",
    "Reza",
    "Ahmad",
    "Mahmoud",
    "Walid",
    "Faisal",
    "Sergei",
    "Dmitry",
    "Yossi",
    "Hakan",
    "Omar",
    "Karim",
    "Nizar",
    "Bassam",
    "Maher",
    "Rami",
    "Fares",
    "Javad",
    "Masoud",
    "Eshaq",
    "Imad",
    "Abbas",
    "Qassem",
)

LAST_NAMES: tuple[str, ...] = (
    "Rahimi",
    "Karimi",
    "Haddad",
    "Khoury",
    "Mousavi",
    "Hosseini",
    "Petrov",
    "Ivanov",
    "Cohen",
    "Demir",
    "Yilmaz",
    "Saleh",
    "Hamdan",
    "Nasser",
    "Tabatabai",
    "Ansari",
    "Shamkhani",
    "Kazemi",
    "Darwish",
    "Jaber",
    "Velayati",
    "Mekdad",
    "Araghchi",
    "Jahangiri",
    "Soleimani",
)

RULERS: tuple[str, ...] = (
    "Cyrus the Great",
    "Darius I",
    "Alexander the Great",
    "Khosrow II",
    "Shapur I",
    "the Buyid emirs",
    "the Mamluk sultans",
    "the Safavid shahs",
)

TOPICS: tuple[str, ...] = (
    "oil and gas",
    "energy and electricity",
    "military-technical cooperation",
    "transport",
    "banking",
    "trade",
    "reconstruction",
    "telecommunications",
    "phosphate mining",
    "wheat imports",
    "cement production",
    "car assembly",
    "power plants",
    "religious tourism",
)

WEAPONS: tuple[str, ...] = (
    "assault rifles",
    "machine guns",
    "mortar shells",
    "anti-tank missiles",
    "drone components",
    "rocket launchers",
    "ammunition",
    "night-vision equipment",
    "precision-guided munitions",
    "explosives",
    "Scud missiles",
    "riot control equipment",
)

SOURCES: tuple[str, ...] = (
    "Reuters",
    "the Guardian",
    "the Daily Telegraph",
    "DW",
    "state media",
    "a monitoring group",
    "Tasnim",
    "Al-Monitor",
    "local activists",
    "a regional diplomat",
    "the American government",
    "satellite imagery analysts",
)

# Built-in places, used with the gazetteer (when present) and GeoNames cities.
TOWNS: tuple[str, ...] = (
    "Damascus",
    "Aleppo",
    "Homs",
    "Hama",
    "Latakia",
    "Lattakia",
    "Tartus",
    "Tartous",
    "Raqqa",
    "Deir ez-Zor",
    "Palmyra",
    "Masyaf",
    "Baniyas",
    "Jableh",
    "Qardaha",
    "Idlib",
    "Daraa",
    "Quneitra",
    "Al-Qusayr",
    "Zabadani",
    "Abu Kamal",
    "Al-Bukamal",
    "Sayyidah Zaynab",
    "Mazzeh",
    "Tehran",
    "Isfahan",
    "Mashhad",
    "Qom",
    "Tabriz",
    "Bandar Abbas",
    "Chabahar",
    "Baghdad",
    "Basra",
    "Mosul",
    "Karbala",
    "Najaf",
    "Beirut",
    "Baalbek",
    "Tyre",
    "Sidon",
    "Amman",
    "Ankara",
    "Moscow",
    "Haifa",
    "Kirkuk",
    "Erbil",
    "Doha",
)

BASES: tuple[str, ...] = (
    "Khmeimim air base",
    "Hmeimim airbase",
    "the Khmeimim airfield",
    "the Tartus naval facility",
    "the naval base in the port of Tartus",
    "T-4 airbase",
    "Tiyas airbase",
    "Shayrat airbase",
    "Mezzeh military airport",
    "the Imam Ali base near Al-Bukamal",
    "the Al-Tanf garrison",
    "Deir ez-Zor airport",
    "Damascus International Airport",
    "Aleppo airport",
    "Nayrab airbase",
    "the Glass House near Damascus airport",
    "Bassel al-Assad airport",
    "Latakia airport",
    "the Masyaf research centre",
)

SHRINES: tuple[str, ...] = (
    "the Sayyida Zaynab shrine",
    "the Sayyidah Zaynab Mosque",
    "the Sayida Zainab shrine",
    "the Sayyidah Ruqayya Mosque",
    "the Umayyad Mosque",
    "the shrine of Uways al-Qarani",
    "the Ammar bin Yasir shrine",
    "the Imam Reza shrine in Mashhad",
    "the Imam Husayn shrine in Karbala",
    "the Sayida Ruqayya shrine",
)

REGIONS: tuple[str, ...] = (
    "northern Syria",
    "southern Syria",
    "eastern Syria",
    "northwestern Syria",
    "northeastern Syria",
    "southern Lebanon",
    "the Bekaa Valley",
    "the Golan Heights",
    "Upper Mesopotamia",
    "the Levant",
    "Jazira",
    "Latakia Governorate",
    "Deir ez-Zor Governorate",
    "Idlib province",
    "the Syrian desert",
)

ISLANDS: tuple[str, ...] = (
    "Abu Musa",
    "the Greater Tunb",
    "the Lesser Tunb",
    "Kharg Island",
    "Arwad",
)

# Slots whose filler is a toponym: a template with none of them is placeless.
PLACE_SLOTS: tuple[str, ...] = ("{town}", "{town2}", "{base}", "{shrine}", "{region}", "{island}")

PLACE_TEMPLATES: tuple[str, ...] = (
    # visits and meetings
    "{When}, {person} visited {town} to sign a bilateral deal on {topic}.",
    "{person} arrived in {town} {when} for discussions with {person2}.",
    "{When}, {person} and {person2} met in {town}.",
    "{person} went to {town} {when}, the first such visit since the war began.",
    "{When}, {person} left for a meeting with {person2} in {town}.",
    "{When}, {person} covertly met with {person2} in {town} to coordinate {topic}.",
    "{person} paid an official visit to {town} {when}, the first in {n} years.",
    # agreements
    "{When}, the defense ministers of {actor} and {actor2} signed an agreement in {town}.",
    "{Actor} and {actor2} signed {n} agreements and memoranda of understanding in {town} {when}.",
    "{When}, {actor} and {actor2} concluded a basing agreement for {base}.",
    "{Actor} agreed to fund a large military base at {town} airport.",
    "{When}, officials discussed a joint {topic} company headquartered in {town}.",
    "A treaty on {topic} was signed in {town} {when} but soon fell apart.",
    # strikes and attacks
    "{When}, {actor} launched missiles at targets near {town}, killing {n} people.",
    "{Adj} aircraft struck {base} {when}, destroying {weapon} depots.",
    "An air strike on a convoy near {town} {when} killed {n} fighters of {group}.",
    "{When}, drones attacked {base}, damaging {n} aircraft.",
    "A missile strike hit a warehouse at {town} airport {when}.",
    "{Adj} forces shelled the outskirts of {town} {when}.",
    "{When}, gunmen killed {n} soldiers at a checkpoint outside {town}.",
    "A massacre in {town} {when} left {n} civilians dead.",
    "Rebels captured {town} {when} after a {n}-day offensive.",
    # bases and deployments
    "{Actor} maintains a naval base in the port of {town}.",
    "It has an important military airbase in the western province of {town} "
    "and a naval base in the port of {town2}.",
    "{When}, {actor} deployed {n} advisers to {base}.",
    "Satellite images taken {when} showed new hangars at {base}.",
    "{Adj} troops were stationed at {base} {when}.",
    "{Actor} expanded {base} {when} to host long-range bombers.",
    "{person} revealed a map of facilities including an underground facility in {town}.",
    "The garrison at {base} was reinforced with {n} troops {when}.",
    "{When}, {group} set up a drone workshop at {base}.",
    # shrines and pilgrimages
    "{When}, {big} Iranians visited {town} to make pilgrimages to {shrine}.",
    "Pilgrims from {town} travelled to {shrine} {when}.",
    "{Actor} helped to renovate and expand {shrine} {when}.",
    "{Actor} restored the mausoleums in {town} {when}.",
    "A bomb exploded near {shrine} {when}, killing {n} worshippers.",
    "Fighters of {group} vowed {when} to defend {shrine} against attacks.",
    "Thousands gathered at {shrine} for Ashura {when}.",
    # arrests and seizures
    "{When}, {Adj} forces arrested {n} members of {group} in {region}.",
    "{Adj} authorities seized {n} crates of {weapon} from a cargo aircraft at {town} airport.",
    "Police in {town} arrested {n} people suspected of smuggling {weapon} {when}.",
    "{When}, border guards intercepted a shipment of {weapon} bound for {town}.",
    "{Adj} forces arrested members of {group} and seized {weapon} in {region} {when}.",
    # diplomacy and culture
    "The embassy in {town} was ransacked {when}.",
    "{Actor} opened its first cultural center in {town} {when}, in the {town2} neighborhood.",
    "{When}, {actor} established a consulate in {town}.",
    "{Actor} officially recognized the new authorities in {town} {when}.",
    "At a summit in {town} {when}, {actor} backed the claim of {actor2} to {island}.",
    "{When}, {actor} reopened its embassy in {town}.",
    "The {topic} pipeline from {town} to {town2} was shut down {when}.",
    "Trade between {town} and {town2} grew by {pct} percent {when}.",
    # regions and history
    "{When}, {actor} conducted operations in {region} against {group}.",
    "{When}, {ruler} took {town} as part of his empire.",
    "{ruler} controlled the region including {region} {when}.",
    "Fighting around {town} displaced {big} residents {when}.",
    "{Adj} engineers built a power plant near {town} {when}.",
    "Reports {when} said {n} {Adj} advisers had died near {town}.",
    "{When}, {group} withdrew from {region} towards {town}.",
)

PLACELESS_TEMPLATES: tuple[str, ...] = (
    "{Agent} has consistently invested billions of dollars into the economy {when}.",
    "Analysts argue that the {topic} policy of {agent} is driven by pragmatism, not ideology.",
    "{When}, {agent} said the alliance would continue.",
    "{Agent} blamed {agent2} for failing to fulfill its duties.",
    "The relationship between {agent} and {agent2} has sometimes been described as an axis.",
    "{Agent} reportedly provided {topic} at subsidized prices {when}.",
    "Details of the agreement on {topic} signed {when} were not specified.",
    "According to some estimates, {agent} controlled over {big} fighters.",
    "{Agent} denied any role in the attack and called the reports of {source} fabricated.",
    "{Agent} and {agent2} shared a common animosity towards their neighbours {when}.",
    "{person} stated {when} that cooperation on {topic} would deepen.",
    "Several officers of {group} have been killed in combat since {n} of them were named.",
    "{Agent} issued a statement urging restraint {when}.",
    "These disagreements over {topic} never threatened to derail ties with {agent}.",
    "The trip aimed to enhance cooperation in {topic}, said {person}.",
    "{When}, {agent} and {agent2} discussed the prospects of mutual cooperation.",
    "Critics demanded to know why {agent} had invested {big} dollars abroad.",
    "{person} said {when} that the resistance front had had a really hard year.",
    "Speculation about the lack of support from {agent} has circulated widely {when}.",
    "{Agent} acknowledged being in indirect communication with {agent2}.",
    "Some {big} barrels of oil were delivered {when}.",
    "The sanctions on {topic} were eased {when}, but key restrictions remain.",
    "{Agent} trained {n} units in {topic} and logistics.",
    "Officials of {agent} declined to comment on the {n} percent figure.",
)

PREFIXES: tuple[str, ...] = (
    "According to {source}, ",
    "Reports said that ",
    "{source} claimed that ",
    "However, ",
    "Meanwhile, ",
    "In addition, ",
    "As a result, ",
)

SUFFIXES: tuple[str, ...] = (
    ", according to {source}",
    ", officials said",
    ", state media reported",
    ", a claim {agent} denied",
    ", {source} said",
    ", in order to strengthen {topic} ties",
)

NAVIGATION_LINES: tuple[str, ...] = (
    "Home › News › Middle East › Syria",
    "en.wikipedia.org › wiki › Iran–Syria_relations",
    "Share · Tweet · Email · Print",
    "Skip to main content",
    "Consider subscribing for free access to the full content!",
    "Read more",
    "Videos",
    "More on reddit.com",
    "Sign in | Register | Subscribe",
    "Related articles",
    "usip.org › sites › default › files › syria_iran.pdf pdf",
    "Overview · Prior to · – · Cultural relations",
)

KEYWORD_STUFFING: tuple[str, ...] = (
    "syria iran relations",
    "iran syria alliance",
    "syria iran relations pdf",
)

# Machine "spinning" as in the spun seed copy: function words swapped for clumsy synonyms.
SPIN: dict[str, tuple[str, ...]] = {
    "and": ("and you can", "and you will"),
    "the": ("the brand new", "the fresh", "the latest"),
    "in": ("inside the", "within the", "when you look at the"),
    "of": ("out-of", "away from"),
    "with": ("having", "that have"),
    "to": ("so you're able to", "in order to"),
    "but": ("however,", "but not"),
}
