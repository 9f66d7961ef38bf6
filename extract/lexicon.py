"""Word lists the events stage reasons with: category triggers, actors, cue words.

Kept apart from the logic so an analyst can extend them without reading code. Each
trigger is a lower-case word prefix matched at a word start ("strik" covers strike,
strikes, striking); multi-word cues are matched as phrases.
"""

from __future__ import annotations

# The word tables read better packed than one item a line.
# fmt: off

__all__ = [
    "ACTOR_ALIASES",
    "ADVANCING",
    "AGAINST_CUES",
    "ARABIC_ARTICLE_BEFORE",
    "BETWEEN_CUES",
    "BRACKETED_CHAT_STAMP",
    "CATEGORY_TRIGGERS",
    "CHAT_STAMP_AND_SENDER",
    "DEPLOYMENT_LABEL",
    "FOR_CUES",
    "FRAMED_TITLE",
    "FROM_CUES",
    "GOAL_NOUNS",
    "HEDGE_CUES",
    "ITEM_LABEL",
    "KIND_CATEGORY",
    "LOCATIVE_PREPOSITIONS",
    "MODIFIED_NOUNS_AREA",
    "MODIFIED_NOUNS_TOWN",
    "MONTH_LINE",
    "MONTH_NAME",
    "MOOD_NOUNS",
    "MOTION_CUES",
    "NEGATION_CUES",
    "NOT_TRIGGER_PATTERNS",
    "NOT_TRIGGER_PHRASES",
    "NUMBER_WORDS",
    "OF_SITE_NOUNS",
    "ON_CUES",
    "OPENING_TRIGGERS",
    "PERSIAN_MONTHS",
    "PLURAL_SITE_HEADS",
    "PROVINCE_BY_DEFAULT",
    "REPORTING_NOUNS",
    "ROLE_TITLE_NOUNS",
    "SITE_KINDS",
    "SITE_NOUN_TRIGGERS",
    "STRIKE_TRIGGERS",
    "TEMPORAL_LEADS",
    "TITLE_NOUNS",
    "TOWARD_CUES",
    "TOWN_KINDS",
    "TRIGGER_LABELS",
    "VERB_OBJECT_TRIGGERS",
    "VICTIM_NOUN_TRIGGERS",
    "WEEKDAY_NAME",
    "YEAR_LINE",
]

# A unit's entry that lists where it is based: "Known locations: ...", "HQ: ...", "Area of
# operations: ...", "Stationed at: ..." (a pattern: blocks keeps such lines, events reads
# their places as deployments).
DEPLOYMENT_LABEL = (
    r"[\s*_•·-]*(?:[Kk]nown\s+[Ll]ocations?|[Ll]ocations|[Bb]ases?|[Gg]arrisons?|[Dd]eployments?"
    r"|[Pp]ositions?|HQ|[Hh]eadquarters|[Aa]reas?\s+of\s+(?:operations?|deployment)"
    r"|[Ss]tationed\s+(?:at|in)|[Bb]ased\s+(?:at|in))[*_]*\s*:[*_]*\s"
)

# A list item's label before a colon or a dash: "- Deir ez-Zor: 131 sites", "**Homs** –
# about 40 positions" (the label's end is its "label" group's).
ITEM_LABEL = r"[\s*_•·-]*(?P<label>[^:;.–—]{1,40}?)[*_]*\s*[:–—]"

# Men under arms, whose deaths in a war are its fighting's ("servicemen who died at Palmyra").
_ARMED_MEN = (
    "servicemen", "soldiers", "troops", "fighters", "militiamen", "officers", "advisers",
    "advisors", "commanders",
)  # fmt: skip

# Who "enters" a place by force: "rebels entered Aleppo", "forces enter Raqqa".
ADVANCING = (
    "forces", "fighters", "rebels", "troops", "militants", "factions", "insurgents", "jihadists",
    "militias", "groups", "they",  # "armed groups led by HTS entered", "they entered Saraqib"
    "division", "brigade", "regiment", "battalion", "army", "soldiers", "tanks", "columns",
    "units",  # "The 25th Division entered Khan Shaykhun"
    "isis", "isil", "daesh", "hts", "nusra",  # "ISIS re-entered Palmyra on 11 December"
    "sdf", "sna", "fsa", "ypg", "idf", "hezbollah",  # "the SDF crossed the river into"
    # a crowd forcing its way in: "crowds entered the Iranian embassy, tearing down portraits"
    "crowds", "crowd", "protesters", "demonstrators", "mob", "gunmen",
    "patrols",  # "Israeli patrols entered Jubata al-Khashab" (allied ones deploy: see _ALLIED)
)

# (prefix, weight). A higher weight wins when triggers of two categories are equally near.
# A trailing "=" asks for the whole word: "sign=" is not "significant", "war=" not "warn",
# "sold=" not "soldiers", "import=" not "important", "coup=" not "coupled".
# Who may be sent somewhere to be posted there (what is sent is a shipment).
_PEOPLE_SENT = (
    "he was", "she was", "they were", "troops were", "fighters were", "advisers were",
    "advisors were", "forces were",
)  # fmt: skip
# Who withdraws when they leave a place: "Iranian personnel left Al-Mayadin".
_FORCES_LEFT = (
    "personnel", "forces", "troops", "fighters", "militias", "militiamen", "officers",
    "advisers", "advisors", "commanders", "units", "contingent",
)  # fmt: skip

CATEGORY_TRIGGERS: dict[str, tuple[tuple[str, float], ...]] = {
    "incident": (
        ("strike", 1.0), ("striking", 1.0),
        ("struck", 1.0), ("airstrik", 1.2), ("air strik", 1.2), ("attack", 1.0),
        ("raid", 1.0), ("bomb", 1.0), ("shell", 0.8), ("missile", 0.3), ("rocket", 0.8),
        ("drone", 0.6), ("occupied", 0.8), ("occupy", 0.8), ("occupies", 0.8),
        ("ripped through", 1.0), ("tore through", 1.0),
        ("tore up", 1.0),
        # air power over a place: "flew ground-attack sorties over the countryside of Homs"
        ("sorties over", 1.0), ("sorties against", 1.0), ("combat sorties", 0.9),
        # a war's campaign over a place: "their aerial and ground campaign in southern Idlib"
        ("air campaign", 1.0), ("aerial campaign", 1.0), ("ground campaign", 1.0),
        ("bombing campaign", 1.1), ("military campaign", 1.0), ("campaign of airstrikes", 1.1),
        ("campaign of air strikes", 1.1),
        ("take the town", 1.0), ("take the city", 1.0), ("take the village", 1.0),
        ("took the town", 1.0), ("took the city", 1.0), ("took the village", 1.0),
        # "fighters also took the Hama military airport", "have taken the strategic town of"
        *((f"{took} the {what}", 1.0) for took in ("took", "taken") for what in (
            "airport", "military airport", "air base", "airbase", "base", "strategic town",
            "strategic city", "capital", "provincial capital")),
        # a capture in a battle's words: "Palmyra Airport was secured the same day", "the
        # army secured the town of al-Qaryatayn"
        ("was secured", 1.0), ("were secured", 1.0), ("secured control", 1.0),
        *((f"secured the {what}", 1.0) for what in (
            "town", "city", "village", "airport", "air base", "airbase", "base", "hill",
            "outskirts", "crossing", "highway")),
        # "HTS entered the city of Hama on 5 December"
        ("entered the city", 0.9), ("entered the town", 0.9), ("entered the village", 0.9),
        ("entered the capital", 0.9),
        ("took control", 1.0), ("take control", 1.0), ("taken control", 1.0),
        ("taking control", 1.0), ("taking the town", 1.0), ("taking the city", 1.0),
        ("reached the outskirts", 1.0), ("at the gates of", 0.9),
        ("reached the northern outskirts", 1.0), ("reached the southern outskirts", 1.0),
        ("reached the eastern outskirts", 1.0), ("reached the western outskirts", 1.0),
        ("lost at least", 1.0), ("lost more than", 1.0), ("lost hundreds", 1.0),
        ("lost dozens", 1.0), ("lost thousands", 1.0), ("lost some", 0.8),
        ("assault", 1.0), ("fell=", 0.9), ("fallen", 0.8), ("falls=", 0.9),
        ("tortur", 1.0), ("deaths in custody", 1.0), ("died in custody", 1.0),
        # men under arms who died in a war died in its fighting: "our servicemen who died in
        # Syria, including at Palmyra"
        *((f"{who}{link}died", 1.0) for who in _ARMED_MEN for link in (" who ", " ")),
        # a prison thrown open, a ceasefire line crossed
        ("opened the gates of", 0.9), ("crossed the ceasefire line", 1.0),
        ("crossed the armistice line", 1.0), ("crossed the disengagement line", 1.0),
        ("changed hands", 1.0), ("change hands", 0.9), ("changes hands", 0.9),
        ("changing hands", 0.9),
        # a battle's outcome: "At Issus Alexander routed Darius", "defeated a Roman army"
        ("routed", 1.0), ("defeated", 0.9), ("annihilated", 1.0),
        ("fall to", 0.9),  # a timeline's "Tel Rifaat and Manbij fall to the SNA"
        ("aggression", 1.0),  # state media's "an aerial aggression on the town of"
        # a feed's headline present: "Jets pound Douma", "Explosions rock Damascus"
        ("pound=", 1.0), ("pounds", 1.0), ("rock=", 0.9), ("rocks", 0.9), ("rocked", 0.9),
        # a town taken: "Homs city was taken in the early hours of 8 December"
        ("was taken", 0.9), ("were taken", 0.9), ("been taken", 0.9),
        # "rebels entered", and a timeline's present: "2013-03 Rebels enter Raqqa"
        *((f"{who} enter", 0.9 if who == "troops" else 1.0) for who in ADVANCING),
        ("kill", 1.0), ("martyred", 1.0), ("martyrdom", 1.0),
        ("massacr", 1.2), ("mass grave", 1.0), ("execution", 1.0), ("executed", 1.0),
        ("assassinat", 1.2),
        ("captur", 1.0),
        ("seiz", 1.0), ("seizure", 1.0), ("ransack", 1.2), ("arrest", 1.0), ("detain", 1.0),
        ("fast-roped", 1.0),  # commandos onto a ship: "fast-roped from a helicopter onto"
        ("storm", 0.8), ("invasion", 1.0), ("invad", 1.0), ("interven", 0.9), ("input", 0.3),
        ("offensive", 1.0), ("advance=", 0.8), ("advances", 0.8), ("advancing", 0.8),
        ("advanced on", 0.8), ("advanced to", 0.8), ("advanced into", 0.8), ("progress", 0.4),
        ("closed in on", 0.9), ("closing in on", 0.9),
        ("clash", 1.0), ("battle", 1.0),
        ("fighting", 0.9), ("fought", 0.9), ("fight=", 0.9), ("fights", 0.9), ("combat", 1.0),
        ("war=", 0.6), ("wars", 0.6), ("warfare", 0.6), ("siege", 1.0),
        # a siege told without the word: "By April 2013 the airbase was surrounded by rebels"
        ("encircl", 0.9), ("surrounded by rebel", 1.0), ("surrounded by militants", 1.0),
        ("surrounded by opposition", 1.0), ("surrounded by insurgents", 1.0),
        ("surrounded by jihadist", 1.0), ("surrounded by islamic state", 1.0),
        ("surrounded by isis", 1.0), ("surrounded by isil", 1.0), ("surrounded by daesh", 1.0),
        # a siege's end: "the siege was broken on 10 November, when troops entered the base"
        ("siege was broken", 1.3), ("siege was lifted", 1.3), ("broke the siege", 1.3),
        ("lifted the siege", 1.3), ("broken the siege", 1.3),
        ("besieg", 1.0), ("took over", 1.0), ("take over", 1.0), ("taken over", 1.0),
        # a capture's or a relief's words: "troops raised the flag over Daraa al-Balad",
        # "a relief column broke through to the besieged garrison in Deir ez-Zor"
        ("raised the flag", 1.0), ("raised the syrian flag", 1.0), ("hoisted the flag", 1.0),
        ("broke through", 1.0),
        ("launched at", 1.0), ("launched against", 1.0),  # "drones launched at Hmeimim"
        # a siege lifted, or withstood: "Deir ez-Zor ... was relieved", "held out for years"
        ("was relieved", 1.0), ("were relieved", 1.0), ("held out", 0.9), ("holding out", 0.9),
        ("holds out", 0.9),
        ("conquer", 1.0), ("overran", 1.0), ("overrun", 1.0), ("explosion", 1.0),
        ("retook", 1.0), ("retake", 1.0), ("retaken", 1.0), ("retaking", 1.0),
        ("reoccup", 1.0),
        ("explod", 1.0), ("blast", 1.0), ("target", 0.8), ("pounded", 1.0), ("pounding", 1.0),
        # a forum's words for being struck or ransacked: "the airbase got hammered"
        ("hammered", 1.0), ("trashed", 1.0),
        ("hit=", 0.9), ("hits=", 0.9), ("hitting", 0.9), ("takes ", 0.5), ("taking=", 0.5),
        ("take=", 0.3),  # a timeline's present: "Hezbollah and the army take Al-Qusayr"
        ("taken=", 0.3),  # "rebels say they have taken Damascus"
        ("shot down", 1.0), ("downed", 1.0), ("crashed", 0.9), ("ambush", 1.0),
        ("under fire", 1.0), ("fired at", 1.0), ("fired on", 1.0), ("opened fire", 1.0),
        ("fire at", 1.0), ("returned fire", 1.0), ("return fire", 1.0), ("returning fire", 1.0),
        ("firing at", 1.0), ("firing on", 1.0), ("fires at", 1.0), ("fires on", 1.0),
        # what was fired at a place: "fired several rockets at two U.S. bases"
        ("rockets at", 1.0), ("missiles at", 1.0), ("drones at", 1.0), ("shells at", 1.0),
        ("mortars at", 1.0), ("rounds at", 1.0),
        ("under rocket fire", 1.0), ("under mortar fire", 1.0), ("under heavy fire", 1.0),
        ("under artillery fire", 1.0), ("under drone attack", 1.0), ("one-way uas", 1.0),
        ("one-way attack", 1.0), ("shot dead", 1.1), ("gunned down", 1.1),
        ("was shot", 1.0), ("were shot", 1.0), ("shot and killed", 1.1), ("shot to death", 1.1),
        ("mortar", 0.8),
        ("blew up", 1.2), ("blown up", 1.2), ("blowing up", 1.2), ("demolish", 1.1),
        ("bulldoz", 1.0),  # "soldiers had bulldozed farmland near the village"
        ("desecrat", 1.2), ("vandal", 1.1), ("razed", 1.1), ("torched", 1.1),
        ("flattened", 1.1), ("levelled", 1.0), ("leveled", 1.0),
        # an airport "put out of service after missiles cratered its runways"
        ("out of service", 1.0), ("knocked out", 1.0), ("cratered", 1.0), ("crater=", 0.8),
        ("craters", 0.8),
        # a caption's "Smoke rises over the Mezzeh military airport after an Israeli strike"
        ("smoke ris", 1.0), ("smoke billow", 1.0),
        ("set fire", 1.0), ("set on fire", 1.0), ("broke into", 1.0), ("broken into", 1.0),
        ("tearing down", 0.9), ("tore down", 0.9), ("torn down", 0.9),
        # what chronicles say of a town's fall: "sacked Palmyra", "Masyaf surrendered"
        ("sacked", 1.0), ("sacking", 1.0), ("plunder", 1.1), ("pillag", 1.1),
        # a chronology's present tense: "Timur sacks Damascus", "ISIS blows up the temple"
        ("sacks", 1.0), ("sack of", 1.0), ("blows up", 1.2), ("behead", 1.1),
        ("annexed", 0.9), ("annexes", 0.9), ("annexation", 0.9), ("annexing", 0.9),
        ("burned", 0.9), ("burnt", 0.9), ("surrender", 0.9), ("conquest", 1.0),
        ("caught fire", 0.9),
        ("taken by", 0.9), ("sank", 1.0), ("sunk", 1.0), ("sinks", 1.0), ("sinking", 0.9),
        ("break into", 1.0),
        ("insurgen", 0.8), ("uprising", 0.8), ("crackdown", 1.0), ("crush", 0.9),
        # what the coast's killings are told by: "bodies lay in the streets of Baniyas", "a
        # protest turned violent", "a security campaign to pursue remnants"
        ("bodies lay", 1.0), ("bodies were found", 1.0), ("bodies were recovered", 1.0),
        ("turned violent", 1.2), ("security campaign", 1.0), ("pursue remnants", 1.0),
        ("combing operation", 1.0),
        ("crush protest", 1.3), ("rubble", 0.9),
        ("terror", 0.8), ("destroy", 1.0), ("destruct", 1.0), ("damag", 0.8), ("loot", 1.0),
        ("resurgen", 0.9), ("revival", 0.7), ("rebel", 0.5), ("riot", 0.9), ("coup=", 1.0),
        ("coups", 1.0),
        ("expel", 0.7), ("took ", 0.5), ("control", 0.5), ("casualt", 1.0),
        ("violence", 0.5), ("deaths", 0.8), ("wound", 1.0),
        ("hostage", 1.0), ("kidnap", 1.0), ("abduct", 1.0), ("detonat", 1.0),
        ("sirens sounded", 0.9), ("sirens wailed", 0.9), ("sirens blared", 0.9),
        ("sabotag", 1.0), ("intercept", 0.5), ("shoot", 0.9),
        ("retaliat", 0.8), ("escalat", 0.6), ("collapse", 0.6), ("recaptur", 1.0),
        ("reliev", 0.9),  # a siege broken: "the campaign to relieve Deir ez-Zor city"
        ("liberat", 0.8), ("incursion", 1.0), ("operation", 0.8),
        # "helped the government recover Aleppo"; "chemical weapons were used against the
        # population in Douma"
        ("recover=", 0.9), ("recovered", 0.9), ("used against", 1.0),
        # chemical weapons as reports word them: "exposed to sarin in Khan Shaykhun", "the
        # cylinder released chlorine", "dropped a cylinder on the hospital", "the incident
        # of 7 April 2018 in Douma"
        ("sarin", 1.0), ("chlorine", 0.9), ("nerve agent", 1.0), ("mustard gas", 1.0),
        ("toxic chemical", 1.0), ("chemical weapon", 1.0), ("chemical attack", 1.2),
        ("exposed to", 0.5), ("dropped a", 0.8), ("dropped two", 0.8), ("incident of", 0.8),
        ("incident at", 0.8), ("incident in", 0.7), ("incidents affecting", 0.8),
        # a truce broken: "9 ceasefire violations were registered in Latakia province"
        ("ceasefire violation", 1.3), ("truce violation", 1.3),
        # the Syrian army's word for retaking a town: "restored security and stability to
        # the city of Albu Kamal"
        ("restored security", 1.2), ("restoring security", 1.2), ("restore security", 1.0),
        # "an explosive device went off near Ariha as a joint patrol was passing"
        ("explosive device", 1.2), ("improvised explosive", 1.2), ("went off", 0.8),
        ("violations of the ceasefire", 1.3), ("violations of the truce", 1.3),
        ("violated the ceasefire", 1.3), ("violated the truce", 1.3),
        ("breached the ceasefire", 1.3), ("breached the truce", 1.3), ("ceasefire breach", 1.3),
        # a briefing's airspace incursions: "the airspace of the Syrian Arab Republic was
        # violated six times", "violations of Syrian airspace near Abu Kamal"
        ("airspace was violated", 1.2), ("violated the airspace", 1.2), ("was violated", 1.0),
        ("violated syrian airspace", 1.2), ("violations of syrian airspace", 1.2),
        ("airspace violation", 1.2),
    ),
    "base": (
        ("base=", 1.3), ("bases", 1.3), ("based at", 1.0), ("based in", 0.4), ("airbase", 1.4),
        ("air base", 1.4), ("naval", 1.0), ("airfield", 1.3),
        ("basing", 1.5), ("lease", 1.1), ("garrison", 1.2), ("deploy", 1.2), ("troop", 1.0),
        ("forces", 0.6),
        ("fighters", 0.6), ("soldier", 0.6), ("militia", 0.6), ("division", 0.6),
        ("regiment", 0.6), ("detachment", 0.9), ("contingent", 0.9),
        ("facility", 1.1), ("facilities", 1.1),
        # "stationed", and the stations that are posts ("two stations in Homs" may be
        # power stations)
        ("presence", 0.8), ("stationed", 0.9), ("stationing", 0.9), ("radar station", 1.0),
        # "Kata'ib Hezbollah established themselves in Al-Mayadin"
        ("established themselves", 1.0), ("established itself", 1.0), ("entrenched", 0.9),
        ("listening station", 1.0), ("monitoring station", 0.9), ("air station", 1.2),
        ("aerial station", 1.2), ("naval station", 1.2), ("control station", 0.9),
        ("outpost", 1.2), ("observation post", 1.2), ("observation point", 1.2),
        ("military point", 1.1), ("military installation", 1.2),
        # what a town is to a force: "has become the main hub for IRGC-backed groups"
        ("recruiting hub", 1.0),
        ("recruitment hub", 1.0), ("nerve cent", 0.9),
        ("headquarter", 1.1),
        ("camp=", 0.8), ("camps", 0.8), ("training", 0.8), ("train ", 0.8), ("trained", 0.8),
        ("advis", 0.7),
        ("sniper", 0.9), ("barracks", 1.2), ("depot", 1.0), ("factory", 0.8), ("factories", 0.8),
        # arms made there: "the complex near Masyaf has long been linked to missile production"
        ("missile production", 1.0), ("weapons production", 1.0), ("drone production", 1.0),
        ("production line", 0.9), ("missile plant", 1.1), ("rocket plant", 1.1),
        ("radar", 1.0),
        ("port call", 1.0), ("on the ground", 0.8), ("military equipment", 0.2),
        ("intelligence-sharing", 0.8), ("runway", 1.0), ("hangar", 1.0),
        ("warship", 0.9), ("military site", 1.2), ("military position", 1.2),
        # where sorties start: "Su-34s took off from Hamadan", "aircraft operating from"
        ("took off from", 1.1), ("taken off from", 1.1), ("taking off from", 1.1),
        ("operating from", 1.0), ("operated from", 1.0), ("sorties from", 1.1),
        ("patrol", 0.9), ("withdr", 0.7), ("pulled out", 0.7), ("pulling out", 0.7),
        ("quit=", 0.7), ("quits", 0.7), ("quitting", 0.7),  # "advisers quit Qusayr"
        ("positions in", 0.8), ("positions near", 0.8),
        ("police enter", 0.9),  # "Russian military police entered Manbij": a deployment
        # "military police set up checkpoints around Eastern Ghouta"
        ("military police", 0.9), ("checkpoints", 1.0),
        ("military parade", 1.0),  # "Hezbollah held a military parade at al-Qusayr"
        ("logistics hub", 1.1), ("command centre", 1.1), ("command center", 1.1),
        # what a force used a town as: "a launching pad for attacks", "a staging ground"
        ("launching pad", 1.2), ("launch pad", 1.2), ("staging ground", 1.2),
        ("staging area", 1.2), ("springboard", 1.0),
        # a force's area commands: "Regional commands were maintained in Aleppo, Homs"
        ("regional command", 1.0), ("sector command", 1.0), ("front command", 1.0),
        ("workshop", 0.9), ("warehouse", 0.9), ("dispatch", 0.9),
        # a person posted somewhere: "he was sent back to Syria in 2015" (what is sent is
        # a shipment: "weapons were sent to Hezbollah")
        *((f"{who} sent", 1.1) for who in _PEOPLE_SENT),
        *((f"{who} left", 1.0) for who in _FORCES_LEFT),
        ("operations room", 1.0), ("operations centre", 1.0), ("operations center", 1.0),
        ("positions around", 0.8), ("buffer zone", 0.8), ("present in", 0.8),
        # "the IDF maintained positions at nine locations, including on the summit of Mount
        # Hermon and at new installations near Hadar"
        ("positions at", 0.8), ("positions on", 0.8), ("maintained positions", 1.0),
        ("installations near", 0.9), ("installations at", 0.9), ("installations in", 0.9),
        # a navy's post: "a material-technical supply point at Tartus" (and as spun or
        # translated: "a maritime logistics point", "a technical support point")
        ("supply point", 1.2), ("logistics point", 1.2), ("support point", 1.2),
        ("resupply point", 1.2),
        ("presence in", 0.9),
        # "the first group of Russian sappers arrived in Palmyra": engineers deployed
        ("sapper", 0.8), ("reinforcement", 1.0),
        # a navy's ships: "frigate Admiral Grigorovich alongside at Tartus", "submarines
        # rotated through Tartus"
        ("alongside at", 1.0), ("rotated through", 1.0),
    ),
    "shrine": (
        ("shrine", 1.6), ("mosque", 1.4), ("mausole", 1.6), ("pilgrim", 1.5), ("tomb", 1.4),
        ("holy site", 1.5), ("religious tourism", 1.2), ("memorial", 0.8), ("husseiniya", 1.4),
        ("hussainiya", 1.4), ("sanctuary", 1.0), ("zaynab", 0.8), ("ruqayya", 0.8),
        ("prayed at", 1.2), ("prayers at", 1.2), ("pray at", 1.2), ("ziyara", 1.5),
    ),
    "diplomacy": (
        ("visit", 1.0), ("trip=", 1.0), ("trips", 1.0), ("met=", 1.0), ("met with", 1.1),
        ("granted asylum", 1.1), ("given asylum", 1.1),  # a state's shelter for Assad
        ("receives asylum", 1.1), ("received asylum", 1.1),
        # a leader's brief call on the way elsewhere: "Putin made an unannounced stop at"
        ("stop at", 0.9), ("stopover", 0.9),
        ("meet", 1.0),
        ("talks", 1.0), ("summit", 1.1), ("agreement", 0.9), ("treaty", 1.0),
        ("agreed", 0.9), ("agree=", 0.9), ("agrees", 0.9),
        ("inaugurat", 0.8),
        ("accord=", 0.9), ("accords=", 0.9),  # whole words: "according to" attributes
        ("memorand", 1.0), ("sign=", 0.9), ("signed", 0.9), ("signing", 0.9), ("signs", 0.9),
        # a treaty's closing formula: "Done at Damascus on 26 August 2015, in two copies"
        ("done at", 0.9), ("done in", 0.9),
        ("embass", 1.2), ("consulat", 1.2), ("ambassador", 1.0),
        ("envoy", 1.0), ("summon", 1.0), ("cultural cent", 1.5), ("recogni", 1.0),
        ("claim to", 1.0),
        ("claims to", 1.0), ("claim over", 1.0), ("sovereignty", 0.7),
        ("negotiat", 1.0), ("conference", 1.0), ("congress=", 0.8), ("convene", 0.8),
        ("delegation", 1.0), ("discussion", 1.0),
        ("process=", 0.7), ("processes", 0.7), ("diplomat", 0.8), ("ban=", 0.6), ("bans", 0.6),
        ("banned", 0.6),
        ("deal=", 0.8), ("deals", 0.8), ("pledg", 0.4), ("contract=", 0.8), ("contracts", 0.8),
        ("contracted", 0.8), ("cancel", 0.7),
        ("consultation", 0.9), ("accredit", 1.0), ("reopen", 0.9), ("opened", 0.6),
        ("hosted", 0.9), ("welcomed", 0.7), ("welcomes", 0.7), ("received", 0.5),
        ("receives", 0.5), ("arriv", 0.7),
        ("went to", 0.8), ("travel", 0.8), ("left for", 0.8), ("leaves for", 0.8),
        ("came to", 0.8), ("comes to", 0.8),  # "Ahmadinejad came to Damascus in 2006"
        ("departed for", 0.8), ("departs for", 0.8), ("tour=", 0.6), ("toured", 0.6),
        ("ceasefire", 0.9), ("truce", 0.9),
        ("relations", 0.2), ("dialogue", 0.9), ("plenary", 0.9), ("round of talks", 1.0),
        ("security council", 1.0),  # "a session of the Security Council in New York"
        # an official's words said where they were ("said in Damascus that the visit sends
        # a message", "told reporters in Tehran"): said there, on a visit or at home
        ("said in", 0.5), ("announced in", 0.6), ("told reporters in", 0.6),
        ("told journalists in", 0.6),
    ),
    "other": (
        # cultural events: "an exhibition of Iranian books opened at the University of Aleppo"
        ("exhibition", 0.9), ("book fair", 1.0),
        # a road accident: "killed in a car crash near Damascus"
        ("car crash", 1.3), ("car accident", 1.3), ("road accident", 1.3),
        ("traffic accident", 1.3), ("road crash", 1.3),
        ("sent=", 0.8), ("send", 0.8), ("provid", 0.7), ("supplied", 0.8), ("supply", 0.7),
        ("transport", 0.7), ("sanction", 0.6), ("return", 0.5), ("shut=", 0.7), ("shuts", 0.7),
        ("shutting", 0.7), ("shutdown", 0.7), ("sold=", 0.8),
        ("sale", 0.8),
        # Iran's footprint bought and preached: "businessmen bought 40 houses in Albu
        # Kamal", "families in Hatla converted to Shiism"
        ("bought", 0.9), ("purchas", 0.9), ("real estate", 0.9), ("converted to shi", 1.2),
        ("religious ceremon", 1.1), ("proselyti", 1.1),
        ("implement", 0.5), ("invest=", 0.5), ("invests", 0.5), ("invested", 0.5),
        ("investing", 0.5), ("investment", 0.5), ("investor", 0.5), ("compet", 0.5),
        ("moved", 0.5), ("fled", 0.5), ("flees to", 0.5), ("escaped to", 0.5),
        ("flew to", 0.8), ("flies to", 0.8), ("fly to", 0.8), ("flights", 0.9),
        ("flight=", 0.7),
        ("memorial ceremon", 1.2), ("memorial service", 1.2),
        # a protest is something that happened there, not violence ("crackdown" is)
        ("protest", 0.9), ("demonstration", 0.9), ("demonstrator", 0.9),
        ("paralys", 0.8), ("paralyz", 0.8),  # "a general strike paralysed Damascus"
        # (not "the liberation of Palmyra demonstrates ...")
        ("demonstrated in", 0.9), ("demonstrating in", 0.9), ("demonstrated against", 0.9),
        ("rallied", 0.9), ("rallies", 0.9), ("celebration", 0.9), ("celebrating", 0.9),
        ("celebrated the", 0.8), ("asylum", 0.8),
        ("rally=", 0.9),
        # an election's day where it is held: "residents of Khan Arnabah voted at a centre",
        # "Voting also took place in Harasta", "cast their ballots in Hama city"
        ("voted", 0.7), ("voting", 0.8), ("ballot", 0.7), ("polling", 0.6), ("cast their", 0.7),
        # a candidate on the trail, a march: "Pezeshkian was campaigning in Tabriz",
        # "hundreds of thousands marched in Tehran"
        ("campaigning in", 0.8), ("campaigned in", 0.8), ("marched in", 0.9),
        ("marched through", 0.9), ("marchers", 0.8),
        ("recruit", 0.6), ("refuge=", 0.8), ("shipment", 0.9), ("shipped", 0.8),
        ("landed", 0.8), ("landing at", 0.8),
        # shipping: "a tanker moored off Baniyas", "two carriers discharged at Tartus"
        # (weak: what happened to the ship, "caught fire", "naval vessels", says more)
        ("berthed", 0.5), ("anchored", 0.5), ("moored", 0.5), ("docked", 0.5),
        ("discharged", 0.5), ("offloaded", 0.5), ("unloaded", 0.5), ("loaded", 0.4),
        ("calls at", 0.5), ("called at", 0.5), ("lying off", 0.5),
        # founding and performing: "Latakia was founded about 300 BCE", "a concert in the
        # Roman theatre"
        ("was founded", 0.5), ("were founded", 0.5), ("concert", 0.5),
        ("export", 0.5), ("import=", 0.5), ("imports", 0.5), ("imported", 0.5),
        ("importing", 0.5), ("smuggl", 0.5), ("deliver", 0.5), ("ship", 0.4),
        ("oil=", 0.4), ("fall of", 0.6), ("eased", 0.4), ("cooperation", 0.3), ("support", 0.2),
        ("project", 0.4), ("built", 0.4), ("construct", 0.4), ("fund=", 0.4), ("funded", 0.4),
        ("funding", 0.4), ("restor", 0.4),
        ("cargo", 0.4), ("weapons", 0.4), ("arms", 0.4), ("equipment", 0.3), ("barrels", 0.4),
        ("pipeline", 0.5), ("refugee", 0.5), ("displac", 0.5), ("election", 0.5),
        ("buried", 0.9), ("burial", 0.9), ("funeral", 0.9), ("died=", 0.6),
        # people moved out of a besieged town or a war: "the evacuation of Kafriya and al-Fu'ah"
        ("evacuat", 0.6), ("bussed out", 0.6), ("bused out", 0.6),
        # how the dead are remembered: "a street in Tehran was renamed after him"
        ("renamed", 0.8), ("mural", 0.8), ("unveil", 0.8),
        # a fallen commander's legacy: "streets in Isfahan were named after him"
        ("named after him", 0.9), ("named after her", 0.9), ("named in his honour", 0.9),
        ("named in his honor", 0.9), ("bear his name", 0.8), ("bears his name", 0.8),
        ("laid to rest", 0.9), ("resting place", 0.9), ("farewell ceremon", 1.0), ("mourners", 0.8),
        # the dead remembered: "Iranians commemorate ... in Qom", "a memorial service in"
        ("commemorat", 0.9),
        # the dead brought home: "Hojaji's remains arrived at Tehran's airport", "the bodies
        # of the martyrs arrived at Sari's airport", "flag-draped coffins"
        ("remains arrived", 1.0), ("remains were", 0.9), ("bodies of the", 0.9),
        ("body of the", 0.9), ("bodies arrived", 1.0), ("body arrived", 1.0),
        ("coffins", 0.9), ("coffin ", 0.9), ("flag-draped", 0.9), ("repatriat", 0.8),
        # "His body was flown to Damascus", "the bodies were taken to Mashhad"
        *((f"{body} {was} {moved}", 1.0) for body, was in (("body", "was"), ("bodies", "were"))
          for moved in ("flown", "taken", "transferred", "returned", "carried", "brought")),
        # disasters and the humanitarian response: what relief reports tell of
        ("earthquake", 1.2), ("quake", 1.0), ("aftershock", 1.0), ("distributed", 0.9),
        ("distributing", 0.9),
        ("aid convoy", 1.0), ("relief convoy", 1.0), ("convoy", 0.5), ("curfew", 0.9),
        ("vaccinat", 0.9), ("cholera", 0.9), ("food parcel", 0.9), ("rations", 0.8),
        ("hygiene kit", 0.9), ("mobile clinic", 1.0),
        ("mobile team", 1.0), ("medical team", 0.9), ("surgical team", 0.9),
        ("water trucking", 0.9), ("collective shelter", 0.9), ("emergency shelter", 0.9),
        ("returnees", 0.8), ("humanitarian", 0.5), ("flash appeal", 0.9),
        ("management", 0.6), ("concession", 0.8),
        # the plants and works a reconstruction contract is about: "to build a power
        # station in Latakia", "overhauling turbines at Baniyas" (an attack on one says more)
        ("build=", 0.4), ("rebuil", 0.5), ("power station", 0.6), ("power plant", 0.6),
        ("thermal plant", 0.6), ("refiner", 0.6), ("turbine", 0.6),
        # reconstruction: "removing rubble", "rehabilitation of the water network"
        ("removing rubble", 1.0), ("clearing rubble", 1.0), ("rubble removal", 1.0),
        ("removing debris", 1.0), ("debris removal", 1.0), ("remove rubble", 1.0),
        ("remove debris", 1.0), ("rehabilitat", 0.8),
        ("reconstruct", 0.8),
        # what a port, an airport or a crossing does: "closed", "suspended", "resumed"
        ("closure", 0.7), ("closed", 0.5), ("suspend", 0.6), ("resum", 0.6),
        # trade and shipping: "launched a direct container service between Bandar Abbas and
        # Latakia", "the tanker stopped transmitting AIS west of Tartus", "was towed to
        # Jeddah", "motorists in Damascus queued for fuel" (not "transshipment hubs": what a
        # route bypasses)
        ("container service", 0.8), ("shipping line", 0.8), ("shipping service", 0.8),
        ("stopped transmitting", 0.7), ("went dark", 0.7), ("ship-to-ship", 0.7),
        ("towed", 0.6), ("queued", 0.7), ("queues", 0.6),
        ("queuing", 0.6), ("queueing", 0.6),
    ),
}

# Counts written out: "two days later", "three years earlier", "five kilometres west of".
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "twenty": 20,
}  # fmt: skip

# The names of the days and months, as patterns (match them case-insensitively for a
# heading's "OCTOBER"): the date readers, block finder and title cleaner share them.
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
# A title framed by rules, as plain-text digests mark their sections: "======== 2023
# ========", "--- Day 2 ---", "*** UPDATE ***".
# (not a plain-text grid's rule: "-------+---------+----")
FRAMED_TITLE = r"([=*~_-])\1{2,}\s*([^=*~_\s+|-][^+|]*?)\s*\1{3,}"
# A timeline's year line ("2015", "## 2019") and month line ("OCTOBER", "NOVEMBER 2024",
# "9–10 December"), what a title stands over and what dates a timeline's entries.
YEAR_LINE = r"[#=*_\s]*(?P<year_only>(?:1[89]|20)\d\d)[#=*_:\s]*"
MONTH_LINE = (
    r"[#=*_\s]*(?:\d{1,2}(?:\s*[–—-]\s*\d{1,2})?\s+)?"
    rf"(?P<month>(?i:{MONTH_NAME}))(?:,?\s+(?P<year>(?:1[89]|20)\d\d))?[#=*_:\s]*"
)

# Triggers that count only where a sentence opens with them (a treaty's "Done at ...").
OPENING_TRIGGERS: frozenset[str] = frozenset({"done at", "done in"})

# Incident triggers that take a thing as their object ("bombed a research facility
# near Masyaf"): the facility noun then names the target, not a base event.
STRIKE_TRIGGERS: frozenset[str] = frozenset(
    {
        "strike", "striking", "struck", "airstrik", "air strik", "attack", "raid", "bomb",
        "assault",
        "shell",
        "target", "destroy", "damag", "ransack", "loot", "sabotag", "seiz", "captur",
        "storm", "ambush", "overran", "overrun", "blast", "explod", "explosion", "hit=", "hits=",
        "hitting",
        "blew up", "blown up", "blowing up", "demolish", "desecrat", "vandal", "razed",
        "bulldoz",
        "torched", "flattened", "levelled", "leveled", "set fire", "set on fire", "under fire",
        "cratered", "routed", "defeated", "annihilated",
        "ripped through", "tore through", "pounded", "pounding", "aggression", "pound=",
        "hammered", "trashed",
        "pounds",
        "fired at", "fired on", "opened fire", "mortar", "under rocket fire", "rockets at",
        "firing at", "firing on", "fires at", "fires on",
        "missiles at", "drones at", "shells at", "mortars at", "rounds at",
        "launched at", "launched against",
        "under mortar fire", "under heavy fire", "under artillery fire", "under drone attack",
        "sacked", "sacking", "plunder", "pillag", "burned", "burnt", "sacks", "sack of",
        "blows up", "broke into", "broken into", "break into",
        # taking a site is something that happened to it: "took control of the T-4 airbase"
        "took control", "take control", "taken control", "took over", "take over",
        "taken over", "retook", "retake", "retaken", "retaking", "recaptur",
        "rubble",  # "the rubble of the Iranian consulate"
    }
)  # fmt: skip
# Base triggers that are nouns for a military site (not "troops", "deployed", ...).
SITE_NOUN_TRIGGERS: frozenset[str] = frozenset(
    {
        "base=", "bases", "airbase", "air base", "airfield", "garrison", "facility",
        "facilities", "outpost", "headquarter", "camp=", "camps", "barracks", "depot",
        "factory", "radar", "runway", "hangar", "military site", "military position",
        "positions in", "positions near", "positions around", "positions at", "positions on",
        "installations near", "installations at", "installations in", "warehouse", "workshop",
        "command centre", "command center", "operations room", "logistics hub",
        "shrine", "mosque", "mausole", "tomb", "husseiniya", "hussainiya", "embass", "consulat",
    }
)  # fmt: skip

# A plural head noun after a list of names names one site of each: "Damascus and Aleppo
# airports" (see places.PlaceMatcher._shared_heads).
PLURAL_SITE_HEADS: dict[str, str] = {
    "airports": "airport", "airbases": "airbase", "air bases": "air base",
    "airfields": "airfield", "naval bases": "naval base", "bases": "base", "ports": "port",
    "provinces": "province", "governorates": "province",
    "oil fields": "oil field", "gas fields": "gas field", "facilities": "facility",
}  # fmt: skip

# People a strike can take as its object: "bombings targeting Iraqi pilgrims at ...",
# "attacked Russian troops near ...". Struck, they are victims, not a presence there.
VICTIM_NOUN_TRIGGERS: frozenset[str] = frozenset(
    {"pilgrim", "fighters", "soldier", "troop", "forces", "militia", "advis", "sniper"}
)

# Phrases whose trigger words name no event at the place (see categories._trigger_hits).
NOT_TRIGGER_PHRASES: tuple[str, ...] = (
    "defenders of the shrine", "defender of the shrine", "defenders of the holy shrine",
    "shrine defenders", "shrine defender", "defenders of the haram",
    # Iran's agency that rebuilds shrines abroad, named as a convoy's or a project's sender
    # ("organised by the Headquarters for the Restoration of Holy Shrines")
    "headquarters for the restoration of holy shrines", "restoration of holy shrines",
    "holy shrines restoration headquarters", "restoration of the holy shrines",
    # A station that is no military post (a power station is a plant: see "other").
    "radio station", "television station", "tv station",
    "police station", "gas station", "petrol station", "railway station", "train station",
    "bus station", "pumping station", "space station", "weather station",
    # A train that carries goods or people, not training: "the royal baggage train"
    "baggage train", "freight train", "passenger train", "supply train", "by train",
    # Equipment named for its use: "riot-control equipment", "riot police"; aircraft
    # that bomb are no bombing ("deployed Tu-22M3 long-range bombers to Hmeimim").
    "riot-control", "riot control", "riot police", "riot gear", "bomber", "bombers",
    "drone unit", "drone units", "drone operators", "drone squadron",
    # A diplomat as the source: "according to a Western diplomat", "diplomats said".
    "according to a western diplomat", "according to western diplomats",
    "according to a diplomat", "according to diplomats", "a diplomat said",
    "diplomats said", "a western diplomat said", "western diplomats said",
    "diplomatic source", "diplomatic sources",
    # Weather and uproar are no storming: "a dust storm is rising over the desert".
    "dust storm", "dust storms", "snow storm", "snow storms", "winter storm", "storm clouds",
    "political storm", "diplomatic storm", "media storm",
    # A strike of workers is no air strike: "a general strike paralysed Damascus".
    "general strike", "hunger strike", "workers' strike", "strike action",
    # Who reports a war is not a war: "a war monitor said".
    "war monitor", "war-monitor", "war correspondent", "war reporter",
    # Weapons named for their role: "deployed attack helicopters there".
    "attack helicopter", "attack aircraft", "attack jet", "attack submarine", "attack craft",
    "assault division", "assault brigade", "assault regiment", "assault rifle",
    "assault rifles", "assault ship", "assault ships",
    # "took" that takes no place: time spent, a part played, something happening.
    "took place", "take place", "taken place", "took part", "take part", "taken part",
    "took several", "took months", "took years", "took weeks", "took days", "took hours",
    "took time", "took a long", "took longer", "took effect", "take effect",
    # a way taken: "took the same Cape route", "took the northern route"
    "took the same", "took a route", "took the route", "took the long",
    # set to work, not a journey: "as Israel's air defenses went to work"
    "went to work", "go to work", "goes to work", "gone to work", "going to work",
    # Running a port or a plant, not a military operation: "the management and operation
    # of the commercial port", "operation and maintenance".
    "management and operation", "operation and maintenance", "operation of the port",
    "operation of the terminal", "operation of the plant", "operation of the refinery",
    "operation of the airport", "operation of the railway", "sts operation",
    # a line on the map, not a truce: "tanks crossed the ceasefire line near Quneitra"
    "ceasefire line", "ceasefire lines", "cease-fire line",
    # an airfield's equipment: "a mobile air-traffic control tower going up at Hmeimim"
    "traffic control", "traffic-control", "control tower", "control towers",
    # what came to pass is no arrival: "came to power", "came to an end"
    "came to power", "comes to power", "come to power", "came to an end", "comes to an end",
    "came to a halt", "came to light", "came to the aid", "came to the rescue",
    "came to a close", "came to the conclusion", "came to terms",
    # shipping's words: a ship-to-ship transfer's "STS meetings", an insurer's war risk
    "sts meeting", "sts meetings", "war-risk", "war risk",
    "bought time", "buy time", "buying time", "bought into",
    # a sign that is read, not signed: "every second shop sign is in Persian"
    "shop sign", "road sign", "street sign", "sign board", "signboard", "neon sign",
    # Numbers that fell, and a revived route, are no fall of a town and no rebel revival.
    "output fell", "production fell", "throughput fell", "exports fell", "imports fell",
    "prices fell", "revenues fell", "revenue fell", "output collapsed",
    "production collapsed", "trained its guns", "trained their guns",
    # A fleet's name and a mineral: "the carrier strike group remains in the eastern
    # Mediterranean", "exported phosphate rock through Tartus".
    "strike group", "strike groups", "phosphate rock", "rock phosphate", "rock salt",
    # the bodies and programmes named after chemical weapons
    "prohibition of chemical weapons", "chemical weapons convention", "chemical weapons program",
    "chemical weapons programme", "chemical weapons stockpile", "elimination of chemical weapons",
    "chemical weapons precursor", "chemical weapons production",
    # A visa desk is no visit: "Visas on arrival are available at Baghdad airport".
    "visa on arrival", "visas on arrival", "on-arrival visa", "visa upon arrival",
    "visas upon arrival", "arrival hall",
    "arrivals hall",
    # Sanctions and court boilerplate: what is blocked "in the possession or control of
    # U.S. persons" was taken by no one.
    "possession or control", "custody or control", "possession, custody or control",
    # weapons held in stock are no attack: "replenishing Hezbollah's rocket stocks"
    "rocket stocks", "rocket stockpile", "rocket stockpiles", "rocket arsenal",
    "missile stocks", "missile stockpile", "missile stockpiles", "missile arsenal",
    # a claim to be someone is no claim to land: "many claim to be protecting the shrine"
    "claim to be", "claims to be", "claimed to be", "claiming to be",
)

# The same, as patterns where a set phrase has slots: the aid workers a humanitarian
# report "deployed", the families a town "hosted" or "received", what an earthquake
# "struck", "no sign of" damage.
NOT_TRIGGER_PATTERNS: tuple[tuple[tuple[str, ...], str], ...] = (
    # A killing's word as the title of the dead ("Sayyed Razi Mousavi, martyred adviser, in
    # Qom": the commemoration is in Qom, the killing was elsewhere).
    # (the title's noun too: a "martyred adviser" was posted nowhere in that sentence)
    (("martyred", "slain", "assassinated"), r"(?:martyred|slain|assassinated)\s+(?:irgc\s+|"
     r"iranian\s+|senior\s+|military\s+)?(?:advis[eo]rs?|commanders?|generals?|officers?"
     r"|leaders?|scientists?|diplomats?)\b"),
    # (words one of which the text must hold, the pattern): most sentences hold none, so
    # most patterns never run. A lookahead keeps the object's own event word: "deployed two
    # mobile clinics" leaves "mobile clinic" a trigger.
    (("deploy",), r"deploy(?:ed|s|ing)?(?=\s+(?:[\w-]+\s+){0,2}(?:mobile|medical|surgical"
     r"|rescue|health|nursing|vaccination|connectivity|relief|aid|humanitarian)\b)"),
    (("host", "receiv"), r"(?:host(?:ed|s|ing)?|receiv(?:ed|es|ing))(?=\s+(?:[\w,-]+\s+){0,3}"
     r"(?:people|families|refugees|displaced|idps|returnees|arrivals|patients|injured|bodies"
     r"|children|residents|households|persons)\b)"),
    # A wire's legal note on a group is no ban on a place: "(both outlawed in Russia)".
    (("banned", "outlawed", "prohibited"), r"(?<=\()[^()]*\b(?:banned|outlawed|prohibited)"
     r"(?=\s+in\s+(?:the\s+)?\w[^()]*\))"),
    # A plant that processes crude, a port a company controls: trade, not talks or force.
    (("process",), r"\b(?:which|that|to|it|and)\s+process(?:es|ed|ing)?\b"),
    (("controlled",), r"controlled(?=\s+by\s+(?:[\w'’-]+\s+){0,3}(?:businessman|businessmen"
     r"|company|companies|firm|firms|tycoon|oligarch|investor|investors|consortium|holding)\b)"),
    # Drones kept at a base are no drone strike: "Iranian-operated drones were based at T4",
    # "drones stationed at the airport" (but "drones struck the base" stays).
    # Positions fired at are a target, not a deployment: "returned fire at positions
    # inside Syria", "missiles at Islamic State positions in Deir ez-Zor".
    (("positions",), r"\b(?:at|on|against)\s+(?:[\w-]+\s+){0,3}?positions\s+(?:in|near)"),
    (("drone",), r"drones?(?=\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
     r"(?:based|stationed|kept|stored|housed|deployed|parked|hangared)\b)"),
    # A signed instrument's formula is no killing: "Executed in Washington, D.C., on this
    # 20th day of April, 2022", "Executed at Damascus this 3rd day of May".
    (("executed",), r"executed(?=\s+(?:in|at|on)\b[^;]{0,60}?\b(?:this|the)\s+\d{1,2}"
     r"(?:st|nd|rd|th)?\s+day\s+of\b)"),
    # Money or cargo sent a way is no rout: "routed through front companies in Dubai".
    (("routed",), r"routed(?=\s+(?:through|via|to|into|across|over|out\s+of)\b)"),
    # A company's fuel depot is no military facility: "delivered the diesel to storage
    # facilities of Al-Amana Fuel Company in Baalbek" (but "a weapons storage facility" is).
    (("facilit",), r"(?<!weapons\s)(?<!ammunition\s)(?<!missile\s)(?<!arms\s)(?<!drone\s)"
     r"\b(?:fuel|oil|gas|grain|wheat|storage|port|cold)\s+(?:storage\s+)?facilit(?:y|ies)\b"),
    # A mountain's summit is no summit meeting: "the post on the summit of Mount Hermon".
    (("summit",), r"summit(?=\s+of\s+(?:the\s+)?(?:mount|mt\.?|jabal|jebel|tal|tell|hill)\b)"),
    # A ride or a stretch of time is no capture: "we took taxis to Bab al-Saghir", "the
    # crossing took almost three hours", "minibuses took us to Masnaa" (but "took them
    # hostage" stays).
    (("took", "take"), r"(?:took|take|takes|taken|taking)(?=\s+(?:(?:a|an|the|our|their|his|her)"
     r"\s+)?(?:[\w-]+\s+)?(?:taxis?|cabs?|bus(?:es)?|minibus(?:es)?|coach(?:es)?|cars?|vans?"
     r"|trains?|ferry|flights?|planes?|photos?|pictures?)\b|\s+(?:almost|nearly|about"
     r"|around|roughly|just|only|some|\d+|one|two|three|four|five|six|ten|a\s+few|a\s+couple)"
     r"\s+(?:[\w-]+\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)\b"
     r"|\s+(?:us|them|me|him|her)\s+(?!hostage|captive|prisoner)(?:to|back|home|across|through"
     r"|into|from|on|along)\b)"),
    # Numbers that fall are no town that fell: "the number of aircraft at Hmeimim has
    # fallen sharply", "occupancy fell by half" (but "Aleppo fell to the rebels" stays).
    (("fell", "fallen", "falls", "falling"), r"(?:fell|fallen|falls|falling)(?=\s+(?:sharply"
     r"|steeply|dramatically|significantly|considerably|slightly|by\s|below\b|short\b"
     r"|silent\b|apart\b|behind\b|into\s+disrepair|out\s+of\s+(?:use|favou?r)"
     # "had fallen from about 22 to 12"
     r"|from\s+(?:about\s+|around\s+|some\s+|roughly\s+)?\d))"),
    # The violence people fled happened where they came from, not where they went.
    (("violence",), r"(?<=fleeing\s)(?:the\s+)?violence|(?<=fled\s)(?:the\s+)?violence"
     r"|(?<=escape\s)(?:the\s+)?violence|(?<=escaping\s)(?:the\s+)?violence"),
    # What a site is built or equipped with: "two blast-walled annexes", "fixed-wing
    # combat aircraft at Khmeimim" (no blast, no combat there).
    (("blast",), r"\bblast(?=[\s-](?:walls?|walled|proof|resistant|doors?|pens?|berms?)\b)"),
    (("combat",), r"\bcombat(?=\s+(?:aircraft|jets?|planes?|helicopters?|drones?|vehicles?"
     r"|engineers?|radius|readiness|capabilit\w+|air\s+patrols?)\b)"),
    # Where drones are kept or run is no drone strike: "a drone command centre at the base"
    (("drone",), r"\bdrones?(?=\s+(?:command|control|operations|base|bases|facility"
     r"|facilities|hangars?|factory|factories|workshops?|units?|operators?|programmes?"
     r"|programs?|production|launch\s+(?:site|pad)s?)\b)"),
    # Weapons made somewhere are no attack there: "factories in al-Safira produce rockets"
    (("rocket", "missile", "drone"), r"\b(?:produc(?:e|es|ed|ing)|manufactur(?:e|es|ed|ing)"
     r"|assembl(?:e|es|ed|ing)|build(?:s|ing)?|built|mak(?:e|es|ing)|made)\s+(?:[\w-]+\s+){0,2}"
     r"(?:rockets?|missiles?|drones?)\b"),
    # A warship, not a destruction: "the destroyer Shahid Qandi docked at Tartus"
    (("destroyer",), r"\bdestroyers?\b"),
    # Buildings, not a land grab: "two blast-walled annexes", "the annexes of the embassy"
    (("annexes",), r"(?:\b(?:two|three|four|five|several|the|its|their|new|\d+)|walled)"
     r"\s+annexes\b"),
    # Someone attending is no force there: "opened in the presence of Iran's consul"
    # ... nor a crowd's: "held in Tehran with magnificent presence of people"
    (("presence of",), r"\bin\s+the\s+presence\s+of\b|\bpresence\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
     r"(?:people|crowds?|mourners|masses|citizens|worshippers|pilgrims|thousands|officials)\b"),
    # What is carried somewhere is no capture: "equipment ... was taken to Al-Khadim Air
    # Base", "the coffin was taken to Qom" (not "the town was taken"; "the bodies were taken
    # to Mashhad" is a trigger of its own).
    (("taken",), r"(?:was|were|had\s+been|have\s+been)\s+(?:then\s+|later\s+)?taken"
     r"(?=\s+(?:back\s+)?to\b)"),
    # Help received is no reception: "believed to have received Iranian assistance"
    (("receiv",), r"receiv(?:ed|es|ing)(?=\s+(?:[\w-]+\s+){0,2}(?:assistance|aid|support|help"
     r"|funding|funds|training|weapons|arms|shipments?|deliveries|loans?|credit)\b)"),
    # Shelter is no seizure: "Alawites took refuge at the Hmeimim base" (refuge stays).
    (("refuge",), r"(?:took|take|taking|taken)(?=\s+refuge\b)"),
    (("quake",), r"(?:(?<=quake\s)|(?<=quakes\s)|(?<=quake\sthat\s)|(?<=quake\swhich\s))"
     r"(?:struck|hit|shook|jolted|rocked|damaged|destroyed|killed|devastated|flattened)"),
    (("quake", "landslide", "flood", "storm"), r"(?:struck|hit|damaged|destroyed|collapsed|killed"
     r"|flattened|devastated)(?=\s+(?:[\w-]+\s+){0,2}(?:by|in|during)\s+(?:the\s+|an\s+|a\s+)?"
     r"(?:[\w-]+\s+)?(?:(?:earth)?quakes?|landslides?|floods?|storms?)\b)"),
    (("storm", "flood", "landslide"),
     r"(?:storms?|floods?|landslides?)\s+(?:that\s+)?(?:damaged|destroyed|hit|struck)"),
    (("damage",), r"caus(?:ed|ing|es)\s+(?:[\w-]+\s+)?damage"),
    (("collapsed",), r"(?:buildings?|houses?|homes?|blocks?)\s+(?:had\s+|have\s+)?"
     r"(?:partially\s+)?collapsed"),
    # aid sent and where the displaced live: "dispatched the first convoy", "camps"
    (("dispatch",),
     r"dispatch\w*(?=\s+(?:[\w-]+\s+){0,3}(?:convoys?|trucks|aid|supplies|relief)\b)"),
    (("camp",), r"(?:live|living|lived|stay|staying|sheltering)\s+in\s+(?:[\w-]+\s+){0,2}camps?\b"),
    (("camp", "settlement"),
     r"(?:refugee|displacement|idp|displaced|informal|tent)\s+(?:camps?|settlements?)\b"),
    (("shelters",), r"shelters\s+(?:have\s+been|had\s+been|were|are)\s+(?:re)?opened"),
    (("sign",), r"\bsigns?\s+of\b"),
    # "Done at Damascus" closes a treaty only where a sentence opens with it ("the work done
    # at the base" is no signing): see OPENING_TRIGGERS
    (("done at", "done in"), r"(?<=\w)[\s,]+done\s+(?:at|in)\b"),
    # a traveller's base: "a pleasant base for exploring Ugarit"
    (("base for",), r"\bbase(?=\s+for\s+(?:exploring|visiting|trips|excursions|day\s+trips"
     r"|touring|walks))"),
    ((" base",),
     r"(?:good|ideal|pleasant|convenient|handy|comfortable|perfect|great|cheap)\s+base\b"),
    (("mosques", "schools", "churches"),
     r"(?:mosques|schools|churches)(?:,\s+|\s+and\s+)(?:mosques|schools|churches)"),
    (("arriv",), r"(?:families|refugees|people|displaced|returnees|syrians|lebanese|numbers"
     r"|civilians|idps|households)\s+(?:have\s+|had\s+|who\s+|that\s+)?(?:also\s+)?arriv\w*"),
    (("arrivals",), r"\b(?:new\s+)?arrivals\b"),
    # the dead brought home are no visitors: "the bodies of the martyrs arrived at Sari's
    # airport", "Hojaji's remains arrived" (their "bodies of the" still tells what it was)
    (("arriv",), r"(?:(?<=remains )|(?<=bodies )|(?<=body )|(?<=coffins )|(?<=coffin )"
     r"|(?<=martyrs )|(?<=martyr )|(?<=corpses )|(?<=caskets )|(?<=casket ))arriv\w*"),
    # rubble cleared away is reconstruction, not destruction: "removing rubble in Homs"
    (("rubble",), r"(?:(?<=removing\s)|(?<=remove\s)|(?<=removed\s)|(?<=clearing\s)"
     r"|(?<=clear\s)|(?<=cleared\s)|(?<=the\s)(?=rubble\s+(?:removal|clearance)))rubble"),
    # who died in a road accident was not killed in the war: "killed in a car crash"
    (("kill", "died", "death"), r"(?:killed|died|death)(?=\s+(?:in|after)\s+an?\s+(?:[\w-]+\s+)?"
     r"(?:car|road|traffic|motorway)\s+(?:crash|accident|collision)\b)"),
    # a building torn down to be built anew was rebuilt: "the tomb was demolished and
    # rebuilt in Persian style"
    (("demolish", "razed", "torn down", "pulled down"), r"(?:demolished|razed|torn\s+down"
     r"|pulled\s+down)(?=\s+and\s+(?:then\s+)?(?:rebuilt|reconstructed|replaced))"),
    # a launch at a ceremony is no attack: "the project was launched at a ceremony"
    (("launched",), r"launched\s+(?:at|against)(?=\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:ceremony"
     r"|conference|event|summit|meeting|forum|exhibition|expo|fair|gathering|reception)\b)"),
    # a company that "took over the management" of a port seized nothing
    (("over",), r"(?:took|take|taken|taking|takes)\s+over(?=\s+(?:the\s+)?(?:[\w-]+\s+)?"
     r"(?:management|operation|running|administration|operations|concession)\b"
     # ... or that took a port over under a contract: "took over the commercial port of
     # Tartus under a 49-year investment contract"
     r"|[^.;:]{0,80}?\bunder\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}"
     r"(?:contract|lease|concession|agreement|deal)\b)"),
)

# Verbs whose direct object is where the event happened ("captured Damascus").
VERB_OBJECT_TRIGGERS: tuple[str, ...] = (
    "visit", "captur", "seiz", "struck", "strik", "bomb", "shell", "attack", "raid", "storm",
    "took", "take", "taken", "taking", "conquer", "overran", "overrun", "invad", "besieg",
    "recaptur", "recover", "reoccup", "reliev", "quit",  # "the campaign to relieve Deir ez-Zor"
    "liberat", "enter", "toured", "targeted", "hit", "occupied", "annexed", "annexing",
    "left", "reached",
    "retook", "retake", "retaken", "retaking",
    "recogni", "control", "sent", "provided", "supplied", "gave", "armed", "sold", "reinforced",
    "patrol", "defend", "protect", "guard", "secured", "surround", "encircl", "pounded", "pound",
    "rock",
    "abandon", "paralys", "paralyz",
    "evacuat", "fortif", "leaving", "sacked", "plunder", "pillag", "burned", "burnt",
    "sacks", "blows up", "annexes",
    # what a power does with a port or a base it holds: "Russia leased Tartus for 49 years"
    "leased", "leasing", "leases", "expanded", "upgraded", "modernis", "moderniz",
    # the ground a zone or an agreement covers: "four de-escalation zones, covering Idlib
    # Governorate, northern Homs, Eastern Ghouta and ..."
    "covering", "spanning", "encompassing",
)

# Event nouns a place can modify: "the 1982 Hama massacre", "the Astana process".
MODIFIED_NOUNS_AREA: tuple[str, ...] = (
    "war", "invasion", "massacre", "uprising", "offensive", "crisis", "earthquake", "siege",
    "occupation", "campaign", "bombing", "bombings",
)
MODIFIED_NOUNS_TOWN: tuple[str, ...] = (
    *MODIFIED_NOUNS_AREA, "attack", "attacks", "terror", "strike", "strikes", "airstrike",
    "airstrikes", "raid", "raids", "explosion", "blast", "clashes", "protests", "riots",
    "talks", "summit", "process", "conference", "accord", "accords", "agreement", "meeting",
    "negotiations", "declaration", "format", "memorandum", "pact", "protocol", "lease",
    "deal", "treaty", "visit", "ceasefire", "truce", "massacres", "bombing",
    # the town's own facilities: "a strike damaged the Kafr Nabl hospital"
    "hospital", "market", "marketplace", "school", "bakery", "clinic", "bridge", "refinery",
)

# Towns whose bare name the conflict's prose uses for their province: "Idlib" is the
# rebel-held province (the "Idlib de-escalation zone"), "Quneitra" the governorate on the
# Golan front (its city has lain in ruins since 1974). "Idlib city" stays the town.
PROVINCE_BY_DEFAULT: frozenset[str] = frozenset({"idlib", "quneitra"})

# Words after which a trigger names the time of something, not an event here.
TEMPORAL_LEADS: tuple[str, ...] = (
    "during the", "during", "since the", "after the", "before the", "throughout the",
    "until the", "outbreak of the",
)

# Where a preposition before a place names where something happened.
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "in", "at", "into", "inside", "within", "near", "outside", "throughout", "across",
        "over", "towards", "toward", "on", "around", "off", "beside", "via", "through", "to",
        "from", "for", "onto", "upon", "nearby", "underneath", "under", "between", "against",
        "along",
    }
)

# Some prepositions name a place only after the right head word. "to": motion or transfer
# ("visit to Moscow", "the sale of hardware to Syria"); "from": removal ("expelled from
# Baghdad"), not origin; "on": an attack or a sanction; "for": a contest ("battle for
# Aleppo"); "toward(s)": movement, not an attitude ("hostility towards Israel").
FROM_CUES: tuple[str, ...] = (
    "expel", "withdr", "evacuat", "drove", "driven", "ousted", "oust", "remov", "pull",
    "retreat", "fled", "flee", "evict", "deport", "banish", "liberat",
    # the base sorties start from: "bombers took off from Hamadan"
    "took off", "taken off", "taking off", "patrols", "patrolled",
    # a sweep from one town to another: "rebels swept from Aleppo to Damascus"
    "swept", "sweep",
    # prisoners let out: "freed hundreds of detainees from Hama central prison"
    "freed", "released",
    # a border crossed there: "crossed from Al-Bukamal into Iraq"
    "crossed", "crossing",
    # where an offensive set out: "HTS launched an offensive from Idlib province" (not
    # where fire came from: "mortar fire from Jobar")
    "offensive",
)
# "between" locates only an area or a fight ("the triangle between Daraa, Quneitra and
# ..."), not a relation ("ties between Tehran and Damascus").
BETWEEN_CUES: tuple[str, ...] = (
    "triangle", "area", "region", "fight", "clash", "battle", "offensive", "front", "zone",
    "countryside", "villages", "towns", "patrol", "desert", "stretch",
    # forces spread over the ground between two towns: "militias deployed between Albu
    # Kamal and al-Mayadin"
    "deploy", "stationed", "positioned", "entrenched",
    # strikes on what lies between two towns: "struck positions between Deir ez-Zor and
    # Abu Kamal"
    "strik", "struck", "raid", "bomb", "position", "target", "convoy",
    # "hit warehouses and militia posts between Deir ez-Zor and Albu Kamal"
    "hit ", "posts", "warehouse", "depot", "facilit", "sites",
    # a border crossing between two towns is at both: "the crossing between Albu Kamal and
    # al-Qaim"
    "crossing",
    # a service's two ports are where it calls: "a direct container service between Bandar
    # Abbas and Latakia", "weekly flights between Tehran and Damascus"
    "service", "flights", "sailings", "shipping line",
)  # not "road", "highway" or "border": the towns at their ends are not where it happened
# "against" locates only a physical attack ("missiles against Israel"), not a policy
# ("sanctions against Iran") or a fight against a group.
AGAINST_CUES: tuple[str, ...] = (
    "attack", "strik", "struck", "raid", "bomb", "missile", "rocket", "drone", "barrage",
    "fired", "launched", "shell", "offensive", "assault",
)
ON_CUES: tuple[str, ...] = (
    "attack", "strik", "struck", "raid", "assault", "bomb", "fire", "fired", "shell", "march",
    "push", "offensive", "sanction", "embargo", "missile", "rocket", "drone", "advance",
    # an advance on a town: "rebels closed in on Damascus"
    "closed in", "closing in", "converg",
    # where troops stand: "the buffer zone on the Golan", "nine outposts on Mount Hermon"
    "zone", "outpost", "position", "deploy", "station", "troops", "forces", "occupied",
    "foothold", "presence",
    # what was dropped on a place: "dropped a cylinder on the Ltamenah hospital"
    "dropped", "cylinder", "barrel",
    # what was imposed on a place: "a 49-year lease on Tartus", "a curfew on Homs city"
    "lease", "curfew", "siege", "blockade",
)
FOR_CUES: tuple[str, ...] = (
    "battle", "fight", "struggle", "compet", "vie", "vied", "race", "contest", "war",
    "combat", "lease", "basing", "concession",  # "a 49-year lease for Tartus"
)
TOWARD_CUES: tuple[str, ...] = (
    # an advance towards a town is fighting for it; flight towards one is only a direction
    "advanc", "progress", "push", "march", "head", "mov", "drive", "offensive", "poured",
    "converg",
    "convoy", "column", "marched",
    # fire aimed at a place is an attack on it: "rockets were launched toward the Golan"
    "fired", "launched", "rocket", "missile", "shell",
)
MOTION_CUES: tuple[str, ...] = (
    "visit", "trip", "travel", "went", "go ", "came", "come", "arriv", "return", "sent",
    "send", "deploy", "transport", "moved", "flew", "flying", "fled", "swept", "deliver",
    "ship", "export",
    "smuggl", "pilgrim", "journey", "tour", "relocat", "dispatch", "expel", "withdr",
    "evacuat", "drove", "driven", "ousted", "advanc", "march", "head", "flown", "launched",
    "fly",  # "the first Arab officials to fly to Tehran"
    "fired", "brought", "carried", "traveled", "travelled", "delegation", "sale", "sold",
    "sell", "suppl", "provid", "transfer", "aid", "shipment", "weapons", "arms", "exile",
    # a story told in the present: "Araghchi flies to Damascus and meets Assad", "Assad
    # flees to Moscow"
    "flies", "goes", "heads", "travels", "moves", "sends", "flees", "escape",
    # what happened reached there: "protests spread to Homs, Hama and Baniyas"
    "spread", "spilled", "extended to", "expanded to",
)

# "the port of Tartus": "of" after these nouns introduces the place itself.
OF_SITE_NOUNS: frozenset[str] = frozenset(
    {
        "port", "province", "city", "town", "village", "outskirts", "governorate", "region",
        "district", "suburb", "suburbs", "capital", "countryside", "coast", "airport", "base",
        "shrine", "heart", "centre", "center", "neighborhood", "neighbourhood", "area",
        "vicinity", "streets", "island", "islands", "gulf", "strait", "north", "south", "east",
        "west", "northeast", "northwest", "southeast", "southwest", "invasion", "siege",
        "sieges", "blockade",  # "coordinated the sieges of Aleppo and eastern Ghouta"
        "bombing", "shelling", "occupation", "capture", "fall", "battle", "liberation",
        "recapture", "territory", "soil", "mountains", "valley", "desert", "bank", "banks",
        "border", "borders", "environs", "edge", "parts", "part", "municipality",
        "ports", "provinces", "cities", "towns", "villages", "governorates", "regions",
        "districts", "camp", "camps", "airports", "bases", "shrines", "neighborhoods",
        "neighbourhoods", "areas", "municipalities", "countrysides", "outskirt",
        "summit", "peak", "slopes",  # "the post on the summit of Mount Hermon"
        "control",  # "armed groups took control of neighbouring Hujeira and Yalda"
        "resort",  # "the Black Sea resort of Sochi"
        # the Russian ministry's officialese: "shelled the settlement(s) of Kafr Nabl"
        "settlement", "settlements", "locality", "localities",
        # where on a town's edge: "the southern entrance of Nubl", "the gates of Homs"
        "entrance", "entrances", "gate", "gates", "approaches", "fringes", "periphery",
        "perimeter", "front", "side", "sides",
        # what befell a town, in chronicles: "the Arab conquest of Raqqa", "the sack of"
        "conquest", "sack", "sacking", "destruction", "surrender", "massacre", "evacuation",
        # "buried in his hometown of Isfahan", "the Wadi-us-Salaam graveyard of Qom"
        "hometown", "graveyard", "cemetery",
        # a town's places: "the market of Al-Atarib", "the main square of Douma"
        "market", "markets", "square", "hospital",
        # ... and its ancient ones: "a concert in the ancient amphitheatre of Palmyra"
        "ruins", "amphitheatre", "amphitheater", "theatre", "theater", "citadel",
        # ... and a shrine's: "exploded near the holy precinct of Sayyidah Zaynab"
        "precinct", "precincts", "courtyard", "mausoleum", "tomb", "grounds",
    }
)

# "President of Syria": the place is part of a title, not where something happened.
TITLE_NOUNS: frozenset[str] = frozenset(
    {
        "president", "presidents", "minister", "ministers", "king", "queen", "emir", "shah",
        "prince", "leader", "leaders", "ambassador", "ambassadors", "government", "governments",
        "people", "citizens", "republic", "kingdom", "state", "foreign", "prime", "embassy",
        "representative", "envoy", "allies", "ally", "enemy", "enemies", "friends", "friend",
        "interests", "policy", "policies", "regime", "army", "navy", "economy", "sovereignty",
        "security", "independence", "history", "future", "relations", "relationship",
        "support", "behalf", "role", "influence", "territorial", "integrity", "position",
        "university", "bank", "ministry", "council", "parliament", "opposition", "demands",
    }
)

# The clause is about a goal, wish or threat, not something that happened.
HEDGE_CUES: tuple[str, ...] = (
    "would", "could", "might", "may ", "if ", "whether", "unless", "should", "plans to",
    "plan to", "planned to", "aims to", "aim to", "seek to", "seeks to", "sought to",
    "hopes to", "hope to", "wants to", "want to", "intends", "threatened to", "vows",
    # "Reports that Turkey intended to station air-defence systems at T-4"
    "intended to", "intend to", "intending to",
    "wants ",  # "Russia wants Hmeimim and Tartus"
    "vowed", "in case", "possibility", "prospect", "scheduled to", "was due to",
    "were due to", "proposed", "perhaps", "possibly", "maybe",
    "speculate", "speculated", "speculates", "speculating", "speculation",
    "likely to", "unlikely to", "invitation to", "decided to hold", "agreed to hold",
    "to be held",
    # a forecast or advice: "expect further incursions in Quneitra", "advises against
    # all travel to Syria"
    "expect further", "expect more", "we expect", "advise against",
    # where a reader can get help: "can contact the U.S. Embassy in Amman"
    "can contact", "can apply", "can also apply", "can also contact",
    "advises against", "advised against",
    # what is still to come: "is expected back at Kharg Island", "is set to open a
    # consulate in Aleppo" (a funeral announced for Wednesday is the week's news)
    "will be built", "will be opened", "is expected back", "is set to", "are set to",
    "is due to", "are due to",
    # an analyst's forecast: "these fighters will likely deploy to defend Hama"
    "will likely", "will probably", "will almost certainly",
    # a plot (foiled or not) and a step only weighed: "foiled a plot to bomb the shrine",
    # "Turkey was considering deploying drones at T4"
    "plot to", "plots to", "plotted to", "plotting to", "plans for",
    "is considering", "are considering", "was considering", "were considering",
    "is weighing", "are weighing", "was weighing", "were weighing", "mulling", "mulled",
    # a commenter's bet: "My bet is they keep a small presence at Hmeimim" (matched as
    # written: the cues are case-sensitive)
    "My bet is", "my bet is", "My guess is", "my guess is", "I bet", "I reckon",
    "I predict", "I suspect",
    # cargo suspected of going somewhere: "detained on suspicion of carrying crude to Baniyas"
    "on suspicion of", "suspected of carrying", "suspected of shipping",
)
# "to increase their influence in southern Lebanon": a goal, not an event.
GOAL_NOUNS: frozenset[str] = frozenset(
    {
        "influence", "interests", "stability", "security", "ambitions", "hegemony", "foothold",
        "agenda", "dominance", "sway", "leverage", "credibility",
    }
)

# A chat app's message stamp and sender: Telegram's "[01.04.2024 17:21] Syria Frontline:",
# WhatsApp's "11/30/24, 09:05 - Lina Haddad: ..." or "[4/2/24, 9:17:05 PM] Omar: ...".
CHAT_STAMP_AND_SENDER = (
    r"\[?(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2}),?\s+"
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?[Mm]\.?)?\]?\s*(?:[-–]\s*)?"
    r"[^\s:\d][^:\n]{0,40}:"
)
# A chat message's stamp in brackets, as Telegram copies it after the sender's name:
# "Euphrates Eye, [12.11.24 08:41]" (day first, two- or four-digit year, clock time).
BRACKETED_CHAT_STAMP = r"\[\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d\d(?::\d\d)?\]"

# A capital's mood is its government's: "amid growing concern in Moscow".
MOOD_NOUNS: frozenset[str] = frozenset(
    {
        "concern", "concerns", "alarm", "unease", "anger", "frustration", "worry", "worries",
        "fears", "dismay", "irritation", "suspicion", "optimism", "scepticism", "skepticism",
    }
)

NEGATION_CUES: tuple[str, ...] = (
    "not ", "never", "no longer", "n't", "nor ", "failed to", "refused", "denied", "rebuffed",
    "deny ", "denies", "denying",  # "Iraqi militias deny sending fighters to Syria"
    "unable to", "prevented from",
    "without", "has no ", "have no ", "had no ",  # "Iran has no acknowledged base in Syria"
    "nothing was", "nothing has been", "nothing happened",  # "Nothing was reported at T-4"
    # what a fact-check debunks: "a video purporting to show a strike on Hmeimim"
    "purporting to", "purports to", "purported to", "falsely", "claims that it shows",
    "claimed that it shows", "claiming that it shows", "claims to show", "claimed to show",
    "claiming to show", "claim that it shows", "claim that they show", "claims that they show",
    "a supposed ", "no reports of", "no evidence of",
    # what imagery did not show: "shows no visible damage at the airfield"
    "shows no", "showed no", "show no", "no visible", "no comparable",
)

# A title's seat or post: "commander of the Quds Force in Lebanon", "ambassador to Syria".
ROLE_TITLE_NOUNS: frozenset[str] = frozenset(
    {
        "commander", "commanders", "chief", "head", "envoy", "envoys", "representative",
        "representatives", "ambassador", "ambassadors", "emissary", "consul", "coordinator",
        "director",
    }
)  # fmt: skip

# "a diplomat in Damascus", "sources in Tehran": the place of a source, not of the event.
REPORTING_NOUNS: frozenset[str] = frozenset(
    {
        "diplomat", "diplomats", "source", "sources", "official", "officials", "correspondent",
        "correspondents", "reporter", "reporters", "journalist", "journalists", "analyst",
        "analysts", "observer", "observers", "resident", "residents", "activist", "activists",
        "spokesman", "spokesperson", "spokeswoman", "outlet", "newspaper", "agency",
        "critic", "critics", "expert", "experts", "commentator", "commentators", "lawmakers",
        "politicians", "pundits", "voices", "circles",
        # The government named by its seat ("the authorities in Damascus said"); not
        # "regime", whose fall in a country is an event there:
        "authorities", "leadership", "administration", "rulers", "ministry", "media", "press",
        "government", "governments", "attaché", "attache", "attachés", "attaches",
        # a diplomatic report's informants: "contacts in Damascus speculate"
        "contact", "contacts", "interlocutor", "interlocutors",
        # social media as a source: "pro-government Facebook pages in Qardaha reported"
        "pages", "accounts", "channels", "websites", "bloggers",
    }
)

# Place kinds that are sites in their own right: a mention is a location whatever its role.
# Settlements: what "the town" points back at, and what lies in a province.
TOWN_KINDS: frozenset[str] = frozenset({"city", "town", "village"})

# The months of the Iranian solar calendar, in order, as Iranian outlets write them ("7 Dey
# 1402"); "amordad" is another spelling of "mordad".
# An Arabic article a name was written with, right before where a matcher's name starts
# ("As-|Sweida", "al-|Mashhad"): a pattern searched in the text before the name.
ARABIC_ARTICLE_BEFORE = r"(?<![\w-])(?:[Aa][lsdrtzn]|[Aa]sh|[Ee][lz])-$"

PERSIAN_MONTHS: tuple[str, ...] = (
    "farvardin", "ordibehesht", "khordad", "tir", "mordad", "shahrivar", "mehr", "aban",
    "azar", "dey", "bahman", "esfand",
)  # fmt: skip

SITE_KINDS: frozenset[str] = frozenset(
    {
        "base", "airbase", "air base", "naval base", "facility", "shrine", "mosque", "airport",
        "embassy", "consulate", "district", "island", "pipeline", "square", "port", "site",
        "military", "checkpoint", "crossing", "dam", "border crossing", "prison", "building",
        "neighborhood", "neighbourhood", "landmark", "mausoleum", "church", "camp", "complex",
        "research centre", "research center", "oil field", "oilfield", "bridge", "strait",
    }
)

# A category a kind of place implies when the sentence says nothing more specific.
KIND_CATEGORY: dict[str, str] = {
    "base": "base",
    "airbase": "base",
    "air base": "base",
    "naval base": "base",
    "military": "base",
    "facility": "base",
    "research centre": "base",
    "research center": "base",
    "camp": "base",
    "shrine": "shrine",
    "mosque": "shrine",
    "mausoleum": "shrine",
    "church": "shrine",
    "embassy": "diplomacy",
    "consulate": "diplomacy",
}

# Canonical actor -> the words that name it (matched whole-word, case-sensitive).
ACTOR_ALIASES: dict[str, tuple[str, ...]] = {
    "Iran": ("Iran", "Iranian", "Iranians", "Tehran", "Islamic Republic", "Persian", "Persians",
             "Khamenei", "Rouhani", "Raisi", "Ahmadinejad", "Pezeshkian", "Araghchi", "Zarif"),
    "IRGC": ("IRGC", "Revolutionary Guard", "Revolutionary Guards", "Quds Force", "Soleimani",
             "Revolutionary Guard Corps"),
    "Syria": ("Syria", "Syrian", "Syrians", "Damascus", "Assad", "Ba'athist", "Baathist"),
    "Russia": ("Russia", "Russian", "Russians", "Moscow", "Kremlin", "Putin", "Shoigu",
               "Lavrov", "Soviet"),
    "Israel": ("Israel", "Israeli", "Israelis", "IDF", "Netanyahu", "Gantz", "Mossad"),
    "Turkey": ("Turkey", "Turkish", "Türkiye", "Ankara", "Erdogan", "Erdoğan"),
    "United States": ("United States", "U.S.", "U. S.", "US", "USA", "American", "Americans",
                      "Washington", "Pentagon", "Trump", "Biden", "Obama", "CENTCOM"),
    "Hezbollah": ("Hezbollah", "Hizbollah", "Hizballah", "Nasrallah"),
    "Iraq": ("Iraq", "Iraqi", "Iraqis", "Baghdad", "Saddam"),
    "Lebanon": ("Lebanon", "Lebanese", "Beirut"),
    "Islamic State": ("Islamic State", "ISIS", "ISIL", "Daesh", "IS"),
    "HTS": ("HTS", "Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham", "Hay’at Tahrir al-Sham",
            "Tahrir al-Sham"),
    "UAE": ("United Arab Emirates", "UAE", "Emirati", "Emiratis"),
    "Saudi Arabia": ("Saudi Arabia", "Saudi", "Saudis", "Riyadh"),
    "Hamas": ("Hamas",),
    "Qatar": ("Qatar", "Qatari"),
    "Jordan": ("Jordan", "Jordanian"),
    "China": ("China", "Chinese", "Beijing"),
    "United Nations": ("United Nations", "UN", "U.N.", "Security Council", "UNSC"),
    "European Union": ("European Union", "EU"),
    "Egypt": ("Egypt", "Egyptian"),
    # The armed groups these texts name most after the states.
    "Fatemiyoun": ("Fatemiyoun", "Fatemiyun", "Fatimiyoun", "Liwa Fatemiyoun"),
    "Zainabiyoun": ("Zainabiyoun", "Zaynabiyoun", "Zeinabiyoun", "Zainabiyun",
                    "Liwa Zainabiyoun"),
    "Wagner Group": ("Wagner Group", "Wagner", "PMC Wagner"),
    "SDF": ("SDF", "Syrian Democratic Forces", "YPG", "People's Protection Units"),
    "Nusra Front": ("Nusra Front", "al-Nusra", "Jabhat al-Nusra", "al-Nusra Front"),
    "Kataib Hezbollah": ("Kataib Hezbollah", "Kata'ib Hezbollah", "Kata’ib Hezbollah",
                         "Kataib Hizballah", "Kata'ib Hizballah", "Kataib Hizbollah"),
    "Asaib Ahl al-Haq": ("Asaib Ahl al-Haq", "Asa'ib Ahl al-Haq", "Asa’ib Ahl al-Haq"),
    "Harakat al-Nujaba": ("Harakat al-Nujaba", "Nujaba", "al-Nujaba"),
    "Popular Mobilization Forces": ("Popular Mobilization Forces", "Popular Mobilisation Forces",
                                    "PMF", "Hashd al-Shaabi", "al-Hashd al-Shaabi"),
    "National Defence Forces": ("National Defence Forces", "National Defense Forces", "NDF"),
    "Free Syrian Army": ("Free Syrian Army", "FSA"),
    "Syrian National Army": ("Syrian National Army", "Turkish-backed Syrian National Army"),
    "Houthis": ("Houthi", "Houthis", "Ansar Allah"),
}

# A short noun for the popup label, keyed by the trigger prefix that fired.
TRIGGER_LABELS: dict[str, str] = {
    "strike": "Strike", "striking": "Strike",
    "pounded": "Shelling", "pounding": "Shelling", "hammered": "Strike", "trashed": "Ransacking",
    "earthquake": "Earthquake", "quake": "Earthquake", "aftershock": "Earthquake",
    "distributed": "Aid distribution",
    "distributing": "Aid distribution", "aid convoy": "Aid convoy", "relief convoy": "Aid convoy",
    "convoy": "Convoy", "curfew": "Curfew", "vaccinat": "Vaccination", "cholera": "Cholera",
    "food parcel": "Aid distribution", "rations": "Aid distribution",
    "hygiene kit": "Aid distribution", "mobile clinic": "Medical aid", "mobile team": "Medical aid",
    "medical team": "Medical aid", "surgical team": "Medical aid", "water trucking": "Water supply",
    "collective shelter": "Shelter", "emergency shelter": "Shelter", "returnees": "Returns",
    "humanitarian": "Humanitarian aid", "flash appeal": "Aid appeal", "closure": "Closure",
    "closed": "Closure", "management": "Management", "concession": "Concession",
    "removing rubble": "Reconstruction", "clearing rubble": "Reconstruction",
    "rubble removal": "Reconstruction", "removing debris": "Reconstruction",
    "debris removal": "Reconstruction", "rehabilitat": "Reconstruction",
    "remove rubble": "Reconstruction", "remove debris": "Reconstruction",
    "reconstruct": "Reconstruction",
    "suspend": "Suspension", "resum": "Resumption", "done at": "Signing", "done in": "Signing",
    "campaigning in": "Election campaign", "campaigned in": "Election campaign",
    "marched in": "March", "marched through": "March", "marchers": "March",
    "remains arrived": "Repatriation of remains", "remains were": "Repatriation of remains",
    "bodies of the": "Repatriation of remains", "body of the": "Repatriation of remains",
    "bodies arrived": "Repatriation of remains", "body arrived": "Repatriation of remains",
    "coffins": "Funeral", "coffin ": "Funeral", "flag-draped": "Funeral",
    **{f"{body} {was} {moved}": "Repatriation of remains"
       for body, was in (("body", "was"), ("bodies", "were"))
       for moved in ("flown", "taken", "transferred", "returned", "carried", "brought")},
    "repatriat": "Repatriation",
    "container service": "Shipping service", "shipping line": "Shipping service",
    "shipping service": "Shipping service", "stopped transmitting": "AIS gap",
    "went dark": "AIS gap", "ship-to-ship": "Ship-to-ship transfer",
    "towed": "Towing", "queued": "Queues",
    "queues": "Queues", "queuing": "Queues", "queueing": "Queues",
    "struck": "Strike", "tore up": "Strike", "airstrik": "Airstrike", "air strik": "Airstrike",
    "attack": "Attack", "raid": "Raid", "bomb": "Bombing", "shell": "Shelling",
    "fired at": "Shooting", "fired on": "Shooting", "opened fire": "Shooting",
    "fire at": "Shooting", "returned fire": "Shooting", "return fire": "Shooting",
    "returning fire": "Shooting",
    "firing at": "Shooting", "firing on": "Shooting", "fires at": "Shooting",
    "fires on": "Shooting",
    "mortar": "Mortar fire", "arrival": "Arrival", "posted": "Posting",
    "under rocket fire": "Rocket fire", "under mortar fire": "Mortar fire",
    "under heavy fire": "Attack", "under artillery fire": "Shelling",
    "under drone attack": "Drone attack", "one-way uas": "Drone attack",
    "one-way attack": "Drone attack", "shot dead": "Killing", "gunned down": "Killing",
    "was shot": "Shooting", "were shot": "Shooting", "shot and killed": "Killing",
    "shot to death": "Killing", "established themselves": "Presence",
    "established itself": "Presence", "entrenched": "Presence",
    "renamed": "Renaming", "mural": "Mural", "unveil": "Unveiling",
    "named after him": "Named in his honour", "named after her": "Named in her honour",
    "named in his honour": "Named in his honour", "named in his honor": "Named in his honour",
    "bear his name": "Named in his honour", "bears his name": "Named in his honour",
    "laid to rest": "Burial", "resting place": "Burial", "farewell ceremon": "Farewell ceremony",
    "mourners": "Mourning",
    "tearing down": "Vandalism", "tore down": "Vandalism", "torn down": "Vandalism",
    "sacked": "Sack", "sacking": "Sack", "sacks": "Sack", "sack of": "Sack",
    "blows up": "Demolition", "behead": "Execution", "annexed": "Annexation",
    "annexes": "Annexation", "annexation": "Annexation", "annexing": "Annexation",
    "plunder": "Plunder", "pillag": "Pillage",
    "burned": "Burning", "burnt": "Burning", "caught fire": "Fire", "surrender": "Surrender",
    "conquest": "Conquest",
    "taken by": "Capture", "sank": "Sinking", "sunk": "Sinking", "sinks": "Sinking",
    "sinking": "Sinking",
    "missile": "Missile strike", "occupied": "Occupation", "ripped through": "Explosion",
    "occupy": "Occupation", "occupies": "Occupation", "incidents affecting": "Incidents",
    "tore through": "Explosion", "flew to": "Flight", "flies to": "Flight",
    "fly to": "Flight",
    "inaugurat": "Inauguration",
    "take the": "Capture", "took the": "Capture", "taken the": "Capture",
    "entered the": "Capture", "took control": "Capture", "secured the": "Capture",
    "was secured": "Capture", "were secured": "Capture", "secured control": "Capture",
    "take control": "Capture", "taken control": "Capture", "taking control": "Capture",
    "taking the town": "Capture", "taking the city": "Capture",
    "reached the outskirts": "Advance", "at the gates of": "Advance",
    "reached the northern outskirts": "Advance", "reached the southern outskirts": "Advance",
    "reached the eastern outskirts": "Advance", "reached the western outskirts": "Advance",
    "taking": "Conquest", "lost ": "Losses",
    "flights": "Flights", "flight": "Flight",
    "memorial ceremon": "Memorial ceremony", "memorial service": "Memorial ceremony",
    "assault": "Assault", "present in": "Presence", "presence in": "Military presence",
    "prayed at": "Prayer", "prayers at": "Prayer", "pray at": "Prayer", "ziyara": "Pilgrimage",
    "fell": "Fall", "fallen": "Fall", "falls": "Fall", "fall to": "Fall",
    # (stems: "launched a" labels "launched at" and "launched against")
    "launched a": "Attack", "tortur": "Torture",
    "opened the gates of": "Gates opened", "crossed the": "Incursion",
    "granted asylum": "Asylum", "given asylum": "Asylum", "receives asylum": "Asylum",
    "received asylum": "Asylum",
    "deaths in custody": "Deaths in custody", "died in custody": "Deaths in custody",
    **{f"{who}{link}died": "Deaths in combat" for who in _ARMED_MEN for link in (" who ", " ")},
    "car crash": "Road accident", "car accident": "Road accident",
    "road accident": "Road accident", "traffic accident": "Road accident",
    "road crash": "Road accident",
    "was relieved": "Siege lifted", "were relieved": "Siege lifted",
    "held out": "Held out", "holding out": "Held out", "holds out": "Held out",
    "chang": "Changed hands",  # "changed hands", "changes hands", "changing hands"
    "out of service": "Put out of service", "knocked out": "Put out of service",
    "cratered": "Strike", "crater": "Strike", "craters": "Strike",
    "took off from": "Sorties", "taken off from": "Sorties", "taking off from": "Sorties",
    "operating from": "Sorties", "operated from": "Sorties", "sorties from": "Sorties",
    "police enter": "Military police deployed", "smoke ris": "Strike",
    "smoke billow": "Strike", "aggression": "Aggression", "military parade": "Military parade",
    "pound": "Strike", "pounds": "Strike", "rock": "Explosions", "rocks": "Explosions",
    "rocked": "Explosions", "was taken": "Capture", "were taken": "Capture",
    "been taken": "Capture",
    "lease": "Lease",
    "logistics hub": "Logistics hub", "command cent": "Command centre",
    "launching pad": "Launching pad", "launch pad": "Launching pad",
    "staging ground": "Staging ground", "staging area": "Staging ground",
    "springboard": "Staging ground",
    "landed": "Landing", "landing at": "Landing", "workshop": "Workshop",
    "warehouse": "Warehouses", "dispatch": "Deployment",
    "operations room": "Operations room", "operations cent": "Operations centre",
    "recruit": "Recruitment", "shipment": "Shipment", "shipped": "Shipment",
    **{f"{who} enter": "Advance" for who in ADVANCING},
    "buffer zone": "Buffer zone",
    "kill": "Killing", "massacr": "Massacre",
    "violence": "Violence", "deaths": "Deaths", "mass grave": "Mass grave",
    "execution": "Execution", "executed": "Execution",
    "assassinat": "Assassination", "captur": "Capture", "seiz": "Seizure",
    "fast-roped": "Boarding",
    "ransack": "Ransacking", "arrest": "Arrests", "detain": "Detentions", "invasion": "Invasion",
    "invad": "Invasion", "interven": "Intervention", "offensive": "Offensive",
    "advanc": "Advance", "closed in": "Advance", "closing in": "Advance", "fought": "Fighting",
    "target": "Strike", "hit": "Strike",
    "retak": "Recapture", "retook": "Recapture", "recaptur": "Recapture", "recover": "Recapture",
    "reliev": "Siege relief",
    "reoccup": "Reoccupation",
    "recovered": "Recapture", "used against": "Attack", "fled": "Flight", "flees to": "Flight",
    "escaped to": "Flight",
    "clash": "Clashes",
    "battle": "Battle", "fight": "Fighting",
    "combat": "Combat", " war": "War", "war ": "War", "siege": "Siege", "took over": "Takeover",
    "encircl": "Siege", "surrounded by rebel": "Siege", "surrounded by militants": "Siege",
    "surrounded by opposition": "Siege", "surrounded by insurgents": "Siege",
    "surrounded by jihadist": "Siege", "surrounded by islamic state": "Siege",
    "surrounded by isis": "Siege", "surrounded by isil": "Siege", "surrounded by daesh": "Siege",
    "siege was broken": "Siege broken", "siege was lifted": "Siege lifted",
    "broke the siege": "Siege broken", "lifted the siege": "Siege lifted",
    "broken the siege": "Siege broken",
    "take over": "Takeover", "conquer": "Conquest", "took ": "Conquest", "takes ": "Conquest",
    "take": "Capture", "taken": "Capture",
    "control": "Control",
    "explosion": "Explosion", "terror": "Terror attack", "crackdown": "Crackdown",
    "protest": "Protests", "crush": "Crackdown", "crush protest": "Crackdown",
    "rubble": "Destruction", "demonstrat": "Demonstration", "rallied": "Rally",
    "rallies": "Rally", "rally": "Rally", "expel": "Expulsion", "resurgen": "Rebel resurgence",
    "revival": "Rebel resurgence", "base": "Military base", "airbase": "Air base",
    "air base": "Air base", "naval": "Naval base", "airfield": "Airfield", "basing": "Basing deal",
    "garrison": "Garrison", "detachment": "Detachment", "contingent": "Deployment",
    "sorties over": "Air sorties", "sorties against": "Air sorties",
    "combat sorties": "Air sorties",
    "missile production": "Missile production", "weapons production": "Arms production",
    "drone production": "Drone production", "production line": "Arms production",
    "missile plant": "Missile plant", "rocket plant": "Missile plant",
    "build": "Construction", "rebuil": "Reconstruction", "power station": "Power station",
    "power plant": "Power station", "thermal plant": "Power station", "refiner": "Refinery",
    "turbine": "Power station works",
    "patrol": "Patrols",
    "recruiting hub": "Recruiting hub", "recruitment hub": "Recruiting hub",
    "nerve cent": "Command centre",
    **{f"{who} sent": "Posting" if who.endswith("was") else "Deployment" for who in _PEOPLE_SENT},
    **{f"{who} left": "Withdrawal" for who in _FORCES_LEFT},
    "bodies lay": "Killings", "bodies were found": "Killings",
    "bodies were recovered": "Killings", "turned violent": "Violence",
    "security campaign": "Security campaign", "pursue remnants": "Security campaign",
    "air campaign": "Air campaign", "aerial campaign": "Air campaign",
    "ground campaign": "Ground campaign", "bombing campaign": "Bombing campaign",
    "military campaign": "Military campaign", "campaign of airstrikes": "Bombing campaign",
    "campaign of air strikes": "Bombing campaign",
    "combing operation": "Security campaign",
    "withdr": "Withdrawal", "quit": "Withdrawal",
    "military police": "Military police", "checkpoints": "Checkpoints", "soldier": "Troops",
    "exhibition": "Exhibition", "book fair": "Book fair",
    "pulled out": "Withdrawal", "pulling out": "Withdrawal",
    "deploy": "Deployment", "troop": "Troops", "forces": "Forces",
    "fighters": "Fighters", "facility": "Military facility", "facilities": "Military facilities",
    "presence": "Military presence", "training": "Training", "train ": "Training",
    "trained": "Training", "sniper": "Snipers", "shrine": "Shrine", "mosque": "Mosque",
    "mausole": "Mausoleum", "pilgrim": "Pilgrimage", "tomb": "Tomb", "visit": "Visit",
    "trip": "Visit", "met": "Meeting", "met with": "Meeting", "meet": "Meeting",
    "talks": "Talks", "summit": "Summit", "agreement": "Agreement", "treaty": "Treaty",
    "agreed": "Agreement", "agree": "Agreement", "agrees": "Agreement",
    "memorand": "Memorandum", "sign": "Signing", "embass": "Embassy", "consulat": "Consulate",
    "ambassador": "Ambassador", "envoy": "Envoy", "summon": "Summons",
    "cultural cent": "Cultural centre",
    "recogni": "Recognition", "claim": "Territorial claim", "negotiat": "Negotiations",
    "process": "Peace process", "ban": "Ban", "deal": "Deal", "arriv": "Visit",
    "went to": "Visit", "came to": "Visit", "comes to": "Visit", "sent": "Shipment",
    "said in": "Statement", "announced in": "Announcement", "told reporters in": "Statement",
    "told journalists in": "Statement",
    "provid": "Supplies", "supplied": "Supplies",
    "transport": "Transport", "return": "Return", "shut": "Shutdown", "sold": "Sale",
    "bought": "Purchase", "purchas": "Purchase", "real estate": "Purchase",
    "converted to shi": "Conversion", "religious ceremon": "Religious ceremony",
    "proselyti": "Proselytising",
    "sale": "Sale", "implement": "Projects", "invest": "Investment", "compet": "Rivalry",
    "oil": "Oil supplies", "fall of": "Fall of the regime", "eased": "Sanctions eased",
    "restor": "Restoration", "fund": "Funding", "opened": "Opening",
    # incident
    "launched from": "Launch site",
    "rocket": "Rocket attack", "drone": "Drone strike", "storm": "Storming",
    "input": "Military involvement", "progress": "Advance", "war": "War", "warfare": "War",
    "besieg": "Siege", "taken over": "Takeover", "raised the flag": "Capture",
    "raised the syrian flag": "Capture", "hoisted the flag": "Capture",
    "broke through": "Breakthrough", "overran": "Overrun", "overrun": "Overrun",
    "explod": "Explosion", "blast": "Explosion", "shot down": "Shoot-down",
    "downed": "Shoot-down", "crashed": "Crash", "under fire": "Attack",
    "blew up": "Demolition", "blown up": "Demolition", "blowing up": "Demolition",
    "demolish": "Demolition", "desecrat": "Desecration", "vandal": "Vandalism",
    "bulldoz": "Bulldozing",
    "rockets at": "Rocket attack", "missiles at": "Missile attack", "drones at": "Drone attack",
    "shells at": "Shelling", "mortars at": "Mortar attack", "rounds at": "Shelling",
    "refuge": "Refuge", "celebrat": "Celebration", "asylum": "Asylum",
    "razed": "Demolition", "flattened": "Demolition", "levelled": "Demolition",
    "leveled": "Demolition", "torched": "Arson", "set fire": "Arson", "set on fire": "Arson",
    "broke into": "Break-in", "broken into": "Break-in", "break into": "Break-in",
    "ambush": "Ambush", "insurgen": "Insurgency", "uprising": "Uprising",
    "destroy": "Destruction", "destruct": "Destruction", "damag": "Damage",
    "loot": "Looting", "rebel": "Rebellion", "riot": "Riots", "coup": "Coup",
    "casualt": "Casualties", "wound": "Casualties", "hostage": "Hostage-taking",
    "kidnap": "Kidnapping", "sabotag": "Sabotage", "intercept": "Interception",
    "abduct": "Kidnapping", "detonat": "Explosion", "sirens sounded": "Sirens",
    "explosive device": "Bombing", "improvised explosive": "Bombing", "went off": "Explosion",
    "restored security": "Recapture", "restoring security": "Recapture",
    "restore security": "Recapture",
    "sapper": "Sappers", "reinforcement": "Reinforcements", "alongside at": "Port call",
    "voted": "Vote", "voting": "Vote", "ballot": "Vote", "polling": "Vote", "cast their": "Vote",
    "rotated through": "Rotation",
    "sirens wailed": "Sirens", "sirens blared": "Sirens", "died": "Death",
    "supply point": "Supply point", "logistics point": "Supply point",
    "support point": "Supply point", "resupply point": "Supply point",
    "shoot": "Shooting", "retaliat": "Retaliation", "escalat": "Escalation",
    "collapse": "Collapse", "liberat": "Liberation", "evacuat": "Evacuation",
    "paralys": "Paralysis", "paralyz": "Paralysis",
    "bussed out": "Evacuation", "bused out": "Evacuation",
    "ceasefire violation": "Ceasefire violation", "truce violation": "Ceasefire violation",
    "violations of the ceasefire": "Ceasefire violation",
    "violations of the truce": "Ceasefire violation",
    "violated the ceasefire": "Ceasefire violation", "violated the truce": "Ceasefire violation",
    "airspace was violated": "Airspace violation", "violated the airspace": "Airspace violation",
    "was violated": "Violation",
    "violated syrian airspace": "Airspace violation",
    "violations of syrian airspace": "Airspace violation",
    "airspace violation": "Airspace violation",
    "breached the ceasefire": "Ceasefire violation", "breached the truce": "Ceasefire violation",
    "ceasefire breach": "Ceasefire violation",
    "sarin": "Chemical attack", "chlorine": "Chemical attack", "nerve agent": "Chemical attack",
    "mustard gas": "Chemical attack", "toxic chemical": "Chemical attack",
    "chemical weapon": "Chemical attack", "chemical attack": "Chemical attack",
    "exposed to": "Exposure", "dropped a": "Bombing", "dropped two": "Bombing",
    "incident of": "Reported incident", "incident at": "Reported incident",
    "incident in": "Reported incident",
    "incursion": "Incursion", "operation": "Military operation",
    # base
    "militia": "Militia presence", "division": "Military unit", "regiment": "Military unit",
    "stationed": "Deployment", "stationing": "Deployment",
    "radar station": "Radar station", "listening station": "Listening station",
    "monitoring station": "Monitoring station", "air station": "Air station",
    "aerial station": "Air station", "naval station": "Naval station",
    "control station": "Control station", "outpost": "Outpost",
    "observation post": "Observation post", "observation point": "Observation post",
    "military point": "Military post", "military installation": "Military installation",
    "headquarter": "Headquarters", "camp": "Camp", "advis": "Military advisers",
    "barracks": "Barracks", "depot": "Depot", "factory": "Military factory",
    "factories": "Military factories",
    "radar": "Radar site", "port call": "Port call", "berthed": "Port call",
    "anchored": "Port call", "moored": "Port call", "docked": "Port call",
    "discharged": "Unloading",
    "offloaded": "Unloading", "unloaded": "Unloading", "loaded": "Loading",
    "calls at": "Port call", "called at": "Port call", "lying off": "Port call",
    "was founded": "Founding", "were founded": "Founding", "concert": "Concert",
    "on the ground": "Forces on the ground",
    "military equipment": "Military equipment", "intelligence-sharing": "Intelligence centre",
    "runway": "Airfield works", "hangar": "Hangars", "warship": "Naval presence",
    "military site": "Military site", "military position": "Military position",
    "positions in": "Military positions", "positions near": "Military positions",
    "positions around": "Military positions", "positions at": "Military positions",
    "positions on": "Military positions", "maintained positions": "Military positions",
    "installations near": "Military installations", "installations at": "Military installations",
    "installations in": "Military installations",
    # shrine
    "holy site": "Holy site", "religious tourism": "Pilgrimage", "memorial": "Memorial",
    "husseiniya": "Husseiniya", "hussainiya": "Husseiniya", "sanctuary": "Sanctuary",
    "zaynab": "Sayyida Zaynab shrine", "ruqayya": "Sayyida Ruqayya shrine",
    # diplomacy
    "accord": "Accord", "sovereignty": "Sovereignty claim", "conference": "Conference",
    "congress": "Congress", "convene": "Meeting",
    "contract": "Contract", "cancel": "Cancellation",
    "delegation": "Delegation", "discussion": "Talks", "diplomat": "Diplomacy",
    "pledg": "Pledge", "consultation": "Consultations", "accredit": "Accreditation",
    "plenary": "Talks", "round of talks": "Talks", "security council": "Security Council session",
    "reopen": "Reopening", "hosted": "Hosting", "welcomed": "Reception", "welcomes": "Reception",
    "received": "Reception", "receives": "Reception", "travel": "Visit", "tour": "Visit",
    "ceasefire": "Ceasefire",
    "left for": "Visit", "leaves for": "Visit", "departed for": "Visit", "departs for": "Visit",
    "truce": "Truce", "relations": "Relations", "dialogue": "Dialogue",
    # other
    "send": "Shipment", "supply": "Supplies", "sanction": "Sanctions", "moved": "Relocation",
    "export": "Exports", "import": "Imports", "smuggl": "Smuggling", "deliver": "Deliveries",
    "ship": "Shipment", "cooperation": "Cooperation", "support": "Support",
    "project": "Projects", "built": "Construction", "construct": "Construction",
    "cargo": "Cargo", "weapons": "Arms supplies", "arms": "Arms supplies",
    "equipment": "Equipment supplies", "barrels": "Oil supplies", "pipeline": "Pipeline",
    "refugee": "Refugees", "displac": "Displacement", "election": "Election",
    "martyred": "Killing", "martyrdom": "Killing", "buried": "Funeral", "burial": "Funeral",
    "funeral": "Funeral", "commemorat": "Commemoration",
    "routed": "Battle", "defeated": "Battle", "annihilated": "Battle",
    "stop at": "Visit", "stopover": "Visit",
    "regional command": "Regional command", "sector command": "Regional command",
    "front command": "Regional command",
}
# fmt: on
