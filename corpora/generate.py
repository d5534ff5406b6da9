#!/usr/bin/env python3
"""Generates corpora/news.jsonl.gz, a synthetic English news corpus for quarry's benchmarks.

Every article is composed from the hand-written sentence templates and slot lexicons in this
file (written for quarry; no real article was copied). People, companies, teams, parties and
news agencies are invented; countries and cities are real places used as settings only.

The output is deterministic: the same seed gives the same bytes (the gzip header carries no
timestamp). Standard library only.

    python3 corpora/generate.py                 # writes corpora/news.jsonl.gz
    python3 corpora/generate.py --stats         # also prints size and compression figures
    python3 corpora/generate.py -o - --docs 5   # a few articles as plain JSONL on stdout

Template mini-language: `[a|b|c]` picks one alternative (alternatives may be empty and may
nest), `{slot}` is filled from the article's cast or a fresh value (see `Article.slot`).
"""

import argparse
import gzip
import io
import json
import os
import random
import re
import sys
import zlib

SEED = 20241128
DOCS = 2800

# ---------------------------------------------------------------------------------------------
# Lexicons
# ---------------------------------------------------------------------------------------------

FIRST_M = """James Daniel Tobias Marcus Oliver Henrik Rafael Samuel Victor Anton Felix Mateo Jonas
Kwame Arjun Hiroshi Dmitri Lars Pavel Ahmed Omar Tariq Kofi Emeka Chinedu Ravi Vikram Sanjay
Wei Jun Min-jun Haruto Kenji Luca Marco Giovanni Pierre Étienne François Jürgen Björn Søren
Łukasz Tomasz Jakub Miroslav Zoltán Ólafur Andrés José Joaquín Nicolás Sebastián Thiago
Gabriel Diego Caleb Nathan Ethan Owen Graham Declan Callum Rory Patrick Desmond Winston
Harold Leonard Gordon Russell Dennis Walter Curtis Malik Jamal Terrence Andre Bogdan Stelian
Emre Mehmet Yusuf Karim Nikos Yannis Stavros Matti Eero Aleksi Rasmus Jesper Mikkel Thijs
Bram Pieter Wouter Cormac Eoin Fionn Tavita Sione Manu Hamid Reza Darius Farid""".split()

FIRST_F = """Maria Elena Sofia Anna Clara Hannah Amelia Charlotte Grace Ingrid Astrid Freya
Zoë Chloé Renée Mélanie Siobhán Aoife Niamh Margarethe Agnieszka Katarzyna Dorota Ilona
Priya Ananya Lakshmi Meera Aisha Fatima Leila Yasmin Amara Ngozi Chiamaka Adaeze Wanjiru
Akosua Mei Li Na Xiu Yuki Sakura Haruka Ji-woo Seo-yeon Lucía Valentina Camila Ximena
Isabela Beatriz Inês Giulia Francesca Chiara Elodie Margaux Brigitte Ulrike Katrin Birgit
Helga Solveig Linnea Maja Petra Jana Tereza Eszter Réka Ioana Daria Olena Oksana Tatiana
Irina Nadia Samira Rania Esther Ruth Naomi Deborah Judith Patricia Sandra Denise Gloria
Yolanda Tamika Keisha Latoya Danielle Megan Caitlin Bethany Harriet Imogen Philippa""".split()

FIRST_N = """Alex Sam Jordan Robin Morgan Kai Rowan Sasha Avery Quinn Ariel Noor""".split()

LAST = """Okafor Lindqvist Moreau Castellanos Brennan Haverford Nakamura Adeyemi Kowalczyk
Marchetti Van der Berg Osei Halloran Whitcombe Ferreira Delacroix Ivanova Petrov Sorensen
Achterberg Mbeki Ramaswamy Chowdhury Tanaka Kimura Park Choi Nguyen Nguyễn Tran Pham
Haddad Khoury Nasser Abboud Ozturk Çelik Yıldız Demir Novak Dvořák Horváth Szabó Kovács
Nowak Wiśniewski Zieliński Lewandowska Müller Schäfer Becker Hoffmann Krämer Vogel Brandt
Jansen De Vries Bakker Visser Dubois Lefèvre Girard Rousseau Bonnet Lambert Esposito
Romano Colombo Ricci Greco Bruno Gallo Conti Mancini Rinaldi Ortega Navarro Romero Alonso
Gutiérrez Domínguez Vargas Castillo Herrera Medina Rojas Salazar Mendoza Fuentes Silva
Santos Oliveira Pereira Carvalho Almeida Rocha Ahlberg Nyström Holmberg Sandvik Berglund
Eriksen Halvorsen Johansen Magnusson Sigurðsson Jónsdóttir O'Neill O'Sullivan McCarthy
Gallagher Fitzgerald Donnelly MacLeod Campbell Sinclair Fraser Harcourt Pemberton Ashdown
Fairweather Holloway Blackwood Thornbury Kingsley Radcliffe Whitaker Prescott Carrington
Mwangi Kamau Otieno Njoroge Mensah Boateng Asante Owusu Diallo Traoré Keita Coulibaly
Bello Abubakar Eze Nwosu Balogun Sharma Iyer Menon Reddy Banerjee Kapoor Malhotra Bose
Zhang Wang Liu Chen Huang Zhao Yamamoto Watanabe Sato Suzuki Hayashi Ishikawa Lim Tan
Goh Wong Lau Chan Kaur Singh Gill Sandhu Petrescu Popescu Ionescu Vasile Dimitrov Georgiev
Papadopoulos Karras Nikolaidis Virtanen Korhonen Mäkinen Laine Hakala Rosenthal Feldman
Abramowitz Katz Levin Goldberg Stein Washington Jefferson Hollis Pruitt Gaines Whitfield
Stroud Tillman Booker Dawkins Merriweather Langford Ellery Quimby Vance Rutledge Calloway
Duchamp Vergara Albescu Tavares Lindgren Kessler Reinholt Oyelaran Achebe Ferraro Bianchi
Ruíz Peña Ibáñez Muñoz Lozano Aguilar Espinoza Cortés Valdés Sørlie Østergaard Ødegaard""".split()
# Multi-word surnames were split by the whitespace split above; put the common ones back.
LAST = [w for w in LAST if w not in ("Van", "der", "Berg", "De", "Vries")] + ["Van der Berg", "De Vries", "da Costa",
                                                                           "El-Amin", "Al-Rashid", "St. Clair"]

# Syllables for invented surnames and place names, so that names keep coming.
SYL_A = "Bar Cal Dor Fen Gal Har Kel Lor Mar Nor Pel Quin Ros Sal Tor Val Wes Yar Zel Bran Cor Dal Ev Fal".split()
SYL_B = "a e i o u ai ea io ou".split()
SYL_C = "bury dale ford gate holm ley mont more ridge stead ton vik wick worth lan rin sen den ker ski nik".split()

CITIES = """London Paris Berlin Madrid Lisbon Rome Milan Vienna Zurich Geneva Brussels Amsterdam
Rotterdam Copenhagen Stockholm Oslo Helsinki Warsaw Prague Budapest Bucharest Athens Istanbul
Ankara Cairo Nairobi Lagos Accra Dakar Johannesburg Cape_Town Addis_Ababa Kampala Kigali Casablanca
Tunis Dubai Doha Riyadh Amman Beirut Tehran Karachi Mumbai New_Delhi Bengaluru Chennai Dhaka
Colombo Bangkok Hanoi Jakarta Manila Kuala_Lumpur Singapore Hong_Kong Shanghai Beijing Shenzhen
Seoul Tokyo Osaka Taipei Sydney Melbourne Auckland Wellington Toronto Montreal Vancouver
Ottawa New_York Washington Chicago Houston Boston Atlanta Denver Seattle San_Francisco
Los_Angeles Miami Phoenix Detroit Mexico_City Bogotá São_Paulo Rio_de_Janeiro Buenos_Aires
Santiago Lima Quito Montevideo Reykjavík Dublin Edinburgh Manchester Glasgow Cardiff Belfast
Kraków Gdańsk Łódź Malmö Göteborg Düsseldorf München Zürich Tromsø Tórshavn""".split()
CITIES = [c.replace("_", " ") for c in CITIES]

COUNTRIES = [
    ("France", "French"), ("Germany", "German"), ("Spain", "Spanish"), ("Italy", "Italian"),
    ("Portugal", "Portuguese"), ("Poland", "Polish"), ("Sweden", "Swedish"), ("Norway", "Norwegian"),
    ("Finland", "Finnish"), ("Denmark", "Danish"), ("the Netherlands", "Dutch"), ("Belgium", "Belgian"),
    ("Austria", "Austrian"), ("Switzerland", "Swiss"), ("Greece", "Greek"), ("Turkey", "Turkish"),
    ("Egypt", "Egyptian"), ("Kenya", "Kenyan"), ("Nigeria", "Nigerian"), ("Ghana", "Ghanaian"),
    ("Senegal", "Senegalese"), ("South Africa", "South African"), ("Ethiopia", "Ethiopian"),
    ("Morocco", "Moroccan"), ("Jordan", "Jordanian"), ("India", "Indian"), ("Pakistan", "Pakistani"),
    ("Bangladesh", "Bangladeshi"), ("Sri Lanka", "Sri Lankan"), ("Thailand", "Thai"),
    ("Vietnam", "Vietnamese"), ("Indonesia", "Indonesian"), ("the Philippines", "Philippine"),
    ("Malaysia", "Malaysian"), ("Japan", "Japanese"), ("South Korea", "South Korean"),
    ("Australia", "Australian"), ("New Zealand", "New Zealand"), ("Canada", "Canadian"),
    ("Mexico", "Mexican"), ("Brazil", "Brazilian"), ("Argentina", "Argentine"), ("Chile", "Chilean"),
    ("Peru", "Peruvian"), ("Colombia", "Colombian"), ("Ireland", "Irish"), ("Iceland", "Icelandic"),
    ("Romania", "Romanian"), ("Hungary", "Hungarian"), ("the Czech Republic", "Czech"),
    ("the U.S.", "American"), ("Britain", "British"), ("the U.K.", "British"),
]

US_STATES = """Ohio Texas Iowa Nevada Oregon Georgia Michigan Arizona Vermont Maine Montana Kansas
Wisconsin Colorado Florida Virginia Kentucky Missouri Utah Alaska""".split()

WIRES = ["Meridian Wire", "Northlight Press", "Harbor Press Agency", "Lantern News Service",
         "Tidewater Wire", "Capstone News", "Signal Desk", "Bellwether Reports"]
WIRE_EMAIL = ["newsdesk", "tips", "editors", "media"]

CO_A = """Halcyon Brightwater Northgate Ironvale Corvid Kestrel Bluefen Larchmont Quillon Tessaro
Aldermoor Stonebridge Pinecrest Redhaven Silverline Greystoke Ambermill Coldharbour Falkmoor
Westerly Orrin Velmora Caspian Tamber Ostrander Hollin Marrow Zephyrine Lumora Cinderwell
Vantor Brixley Ostara Pellmoor Rimefield Saltmarsh Thistledown Wyvern Quorra Nordavik
Solvane Kettering Ashgrove Duskwater Emberly Fernhill Glenrock Harrowgate Inkwell Juniper""".split()
CO_B = """Holdings Systems Energy Foods Logistics Bank Capital Pharmaceuticals Motors Airways
Mining Telecom Robotics Semiconductor Insurance Shipping Textiles Steel Chemicals Analytics
Biotech Retail Media Power Water Rail Aerospace Materials Brewing Hotels Software Networks
Therapeutics Agritech Cement Paper Optics Batteries Solar Wind Minerals""".split()
CO_FORM = ["Inc.", "Ltd.", "plc", "Corp.", "AG", "S.A.", "N.V.", "Co.", "Group", "", "", "", "", ""]

BANKS = ["Larchmont Securities", "Brightwater Capital Markets", "Halden & Voss", "Stonebridge Partners",
         "Orrin Brothers", "Kestrel Research", "Caspian Asset Management", "Meadowgate Advisers",
         "Quillon Investment Bank", "Tamber Wealth"]

NGOS = ["Open Harbor Relief", "the Riverlight Foundation", "Children First Alliance", "the Clearwater Trust",
        "Doctors on Call International", "the Coastal Rescue Network", "Food Bridge", "the Civic Data Project"]

PARTIES = ["Civic Renewal Party", "National Alliance for Progress", "People's Democratic Union",
           "Green Future Movement", "Liberal Reform League", "Workers' Common Front",
           "Conservative Heritage Party", "Unity and Justice Party", "New Centre Coalition",
           "Social Democratic Forum"]

MINISTRIES = ["Ministry of Finance", "Ministry of Health", "Interior Ministry", "Ministry of Coastal Affairs",
              "Foreign Ministry", "Ministry of Transport", "Energy Ministry", "Ministry of Education",
              "Ministry of Agriculture", "Defence Ministry", "Department of Labor", "Treasury",
              "Environment Agency", "Competition Authority", "Central Statistics Office"]

TOWNS = """Ashford Kelby Marrowdale Port_Ellis Westmere Dunhallow Caverly Brennock Eastwick Harlow_Bay
Fennimore Stourhaven Oldcastle Ravensmoor Lynchford Tarrow Penhallow Whitmarsh Coldbrook
Kingsbridge_Vale Alderley Saltcombe Norbury Greyford Hollowmere Redcliffe""".split()
TOWNS = [t.replace("_", " ") for t in TOWNS]
MASCOTS = """Rovers Harriers Falcons Comets Mariners United Athletic Wanderers Rangers Dragons Titans
Hawks Stallions Otters Lynx Pioneers Foxes Ironmen Kestrels Sentinels Thunder Wolves""".split()

UNIS = ["the University of {city}", "{town} Institute of Technology", "the {city} School of Economics",
        "Northgate University", "the Institute for Public Health Research", "Halden College",
        "the Kestrel Observatory", "the Marine Science Centre in {city}"]

PRODUCTS = ["the Aurora X2 smartphone", "the Vela electric hatchback", "a cloud storage service called Driftbox",
            "the Nimbus 7 laptop", "a fitness tracker named Pulseband", "the Halo home battery",
            "an insulin pump called Dosewell", "the Orbit 300 drone", "a payments app called Tilly",
            "the Strata 12 tractor", "a translation earbud called Parley", "the Keel cargo bike",
            "a sleep app named Hushly", "the Fjord 40 heat pump", "a chatbot called Wren"]

SECTORS = ["banking", "retail", "shipping", "mining", "airline", "steel", "telecoms", "pharmaceutical",
           "automotive", "chip", "renewable energy", "insurance", "agricultural", "construction",
           "tourism", "software", "media", "logistics", "textile", "food processing"]

COMMODITIES = ["Brent crude", "copper", "gold", "wheat", "coffee", "cocoa", "iron ore", "natural gas",
               "palm oil", "aluminium", "nickel", "soybeans", "lithium carbonate", "sugar"]

INDICES = ["the Meridian 500", "the Northlight 100 index", "the pan-regional Capstone 600",
           "the benchmark Tidewater Composite", "the tech-heavy Signal 200", "the blue-chip Harbor 30"]

CURRENCIES = [("$", "", "dollar"), ("US$", "", "dollar"), ("€", "", "euro"), ("£", "", "pound"),
              ("", " yen", "yen"), ("", " yuan", "yuan"), ("", " rupees", "rupee"), ("R$", "", "real"),
              ("", " Swiss francs", "franc"), ("A$", "", "Australian dollar"), ("C$", "", "Canadian dollar"),
              ("", " kronor", "krona"), ("¥", "", "yen"), ("", " naira", "naira")]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
NUM_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "10", "11", "12", "a dozen",
             "15", "20", "two dozen", "several", "dozens of"]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "10th", "12th",
            "15th", "20th"]
FRACTIONS = ["a third", "half", "two-thirds", "a quarter", "three-quarters", "one-fifth", "a tenth",
             "two-fifths", "one in six"]
EMOJI = ["🎉", "🙏", "🔥", "👏🏽", "💪", "❤️", "🏆", "⚽", "🚆", "📉", "📈", "🌧️", "☀️", "🇧🇷", "🇯🇵",
         "🇳🇬", "🇫🇷", "😂", "😢", "👀", "✅", "🙌🏾"]

# ---------------------------------------------------------------------------------------------
# Roles by article kind. `{…}` slots are filled when the cast is drawn.
# ---------------------------------------------------------------------------------------------

ROLES = {
    "world": ["foreign minister", "interior minister", "government spokesperson", "regional governor",
              "police spokesperson", "U.N. special envoy", "head of the {ngo} mission", "army spokesperson",
              "deputy mayor of {city}", "senior diplomat", "emergency services chief", "border agency director"],
    "business": ["chief executive of {org}", "chief financial officer of {org}", "chair of {org}",
                 "founder of {org}", "head of European operations at {org}", "analyst at {bank}",
                 "economist at {bank}", "portfolio manager at {bank}", "spokesperson for {org}",
                 "chief operating officer of {org}", "head of investor relations at {org}"],
    "markets": ["strategist at {bank}", "chief economist at {bank}", "currency analyst at {bank}",
                "head of trading at {bank}", "fund manager at {bank}", "commodities analyst at {bank}"],
    "politics": ["prime minister", "finance minister", "opposition leader", "health minister",
                 "party chair of the {party}", "deputy speaker of parliament", "mayor of {city}",
                 "lawmaker from the {party}", "senator from {state}", "governor of {state}",
                 "campaign manager for the {party}", "political scientist at {uni}"],
    "sports": ["head coach of {team}", "manager of {team}", "captain of {team}", "striker for {team}",
               "goalkeeper for {team}", "midfielder for {team}", "point guard for {team}",
               "sporting director at {team}", "defender for {team}",
               "winger for {team}", "assistant coach at {team}"],
    "feature": ["retired teacher", "nurse at the {city} General Hospital", "owner of a bakery in {city}",
                "fisherman from {town}", "student at {uni}", "volunteer with {ngo}", "historian at {uni}",
                "farmer outside {town}", "bus driver", "café owner in {city}", "grandmother of four",
                "local councillor in {town}", "librarian in {town}", "shipyard welder"],
    "press": ["chief executive officer of {org}", "president of {org}", "chief technology officer at {org}",
              "vice president of marketing at {org}", "managing director of {org}", "co-founder of {org}",
              "general manager of {org}'s {city} plant", "chief sustainability officer at {org}"],
    "science": ["professor of epidemiology at {uni}", "lead author of the study", "researcher at {uni}",
                "marine biologist at {uni}", "climate scientist at {uni}", "director of {uni}",
                "astronomer at {uni}", "senior physician at {city} General Hospital", "neuroscientist at {uni}",
                "co-author of the paper"],
    "courts": ["lead prosecutor", "defense lawyer", "presiding judge", "attorney general", "public defender",
               "lawyer for the family", "court spokesperson", "police detective", "former judge",
               "law professor at {uni}"],
    "tech": ["chief technology officer of {org}", "security researcher at {org}", "founder of {org}",
             "product lead at {org}", "head of artificial intelligence at {org}", "analyst at {bank}",
             "engineering director at {org}", "privacy advocate with {ngo}"],
}

# ---------------------------------------------------------------------------------------------
# Headlines
# ---------------------------------------------------------------------------------------------

HEAD = {
    "world": [
        "{country} and {country2} agree to resume [border|trade|water-sharing] talks",
        "[Floods|Wildfires|Landslides|Storms] force thousands from homes in {country}",
        "At least {n_small} dead after [bus|ferry|train] [crash|accident|fire] near {city}",
        "{nat} foreign minister visits {city} as tensions [ease|rise|simmer]",
        "Protesters fill streets of {city} over [fuel prices|pension plan|mining law|water cuts]",
        "Aid groups warn of [food|fuel|medicine] shortages in {country}",
        "{country} expels {n_small} diplomats in row with {country2}",
        "Turnout [tops|falls below] {pct_int} in {nat} [election|referendum]",
    ],
    "business": [
        "{org.s} [profit|revenue|sales] [jumps|slides|beats forecasts|misses estimates] in {quarter}",
        "{org.s} to cut {count} jobs as [demand slows|costs rise|it restructures]",
        "{org.s} agrees {money_b} takeover of {org2.s}",
        "{org.s} shares [tumble|soar|slip|rally] after [outlook|earnings|guidance]",
        "{org.s} names {A} as new chief executive",
        "{nat} {sector} group {org.s} [raises|trims|keeps] full-year forecast",
        "Regulators [open probe into|approve|block] {org.s} deal",
    ],
    "markets": [
        "Stocks [edge higher|slip|rally|tumble] as investors [weigh|digest|shrug off] {indicator} data",
        "{commodity} [hits|falls to] {ordinal_cap}-[month|week] [high|low]",
        "{currency_word} [weakens|firms|steadies] after central bank [decision|comments|minutes]",
        "Bond yields [climb|retreat] ahead of {month} rate decision",
        "Markets wrap: {index_cap} [ends|closes] {pct} [up|down|higher|lower]",
    ],
    "politics": [
        "{party} [wins|loses|holds] [key|crucial|closely watched] [seat|vote|by-election] in {town}",
        "Parliament [passes|rejects|delays] [housing|pension|tax|climate|data] bill",
        "{A.l} [vows|promises|pledges] to [cut taxes|raise wages|build homes|fix hospitals] [if re-elected|before the election]",
        "Coalition talks [stall|resume|collapse] in {country}",
        "[Poll|Survey] shows {party} [ahead|trailing|neck and neck] with {weeks} to go",
        "Minister resigns over [expenses|contract|leak] [row|scandal|inquiry]",
    ],
    "sports": [
        "{team} [beat|edge past|thrash|hold] {team2} {score}",
        "{A.l} [scores twice|hat-trick|late winner] as {team} [go top|stay unbeaten|ease relegation fears]",
        "{team} [sack|appoint|part ways with] [coach|manager] after {n_small} straight [defeats|losses]",
        "{A.l} [wins|retains|claims] {city} [title|marathon|open|grand prix]",
        "Injury [blow|worry|scare] for {team} as {A.l} [ruled out|doubtful] for [final|derby|semi-final]",
        "{team} [clinch|seal|miss out on] [promotion|the title|a playoff spot]",
    ],
    "feature": [
        "The last [ferry|bakery|cinema|bookshop|lighthouse keeper] in {town}",
        "How one [village|town|family|school] [learned to live with|fought back against|rebuilt after] the [floods|drought|factory closure|fire]",
        "Inside the [race|fight|quest|struggle] to [save|rebuild|map|restore] {town}'s [harbor|library|wetlands|old mill]",
        "[Meet|The story of] the [volunteers|teenagers|retirees|nurses] who [run|keep|saved] {town}'s [night bus|food bank|radio station]",
        "A [long|quiet|strange|bitter] [winter|summer|season|year] in {town}",
    ],
    "press": [
        "{org} [Announces|Launches|Unveils|Completes] [{product_cap}|Expansion of {city} Facility|Acquisition of {org2.s}|Strategic Partnership with {org2.s}]",
        "{org} Reports [Record|Strong|Solid] {quarter_cap} Results",
        "{org} Appoints {A} as [Chief Financial Officer|Chief Operating Officer|President|Head of Sustainability]",
        "{org} [Opens|Breaks Ground on] New [Distribution Center|Research Campus|Headquarters] in {city}",
    ],
    "science": [
        "[Study|Research|Scientists] [finds|find|suggests|suggest] [link|no link] between {sci_topic} and {sci_outcome}",
        "[Astronomers|Researchers|Biologists] [spot|discover|identify] [new|rare|unexpected] {sci_thing}",
        "[Trial|Vaccine|Drug] [shows promise|disappoints|cuts risk] in [{disease}|early tests]",
        "[Sea|Lake|River] temperatures [hit|break] record [in|off] {country}",
    ],
    "courts": [
        "{A.l} [jailed|sentenced|acquitted|cleared] over [fraud|bribery|assault|tax evasion] [case|scheme|charges]",
        "Court [rules|finds|orders] {org.s} [liable|must pay|to halt] [in|over] [data|pollution|pricing] case",
        "Jury [begins deliberating|returns verdict] in {city} [fraud|murder|corruption] trial",
        "[Appeals|Supreme|High] court [upholds|overturns|strikes down] [ban|law|ruling] on [{court_topic}]",
    ],
    "tech": [
        "{org.s} [unveils|delays|recalls|pulls] {product}",
        "{org.s} [hit by|discloses|confirms] [data breach|outage|cyberattack] affecting {count} [users|customers|accounts]",
        "[Regulators|Lawmakers] [target|fine|probe] {org.s} over [app store|advertising|data|AI] [rules|practices]",
        "{org.s} bets on [AI|chips|batteries|satellites] with {money_b} [plan|investment|push]",
    ],
}

# ---------------------------------------------------------------------------------------------
# Lead sentences (first paragraph after the dateline)
# ---------------------------------------------------------------------------------------------

LEAD = {
    "world": [
        "{country} and {country2} agreed on {day} to resume talks on [a long-running border dispute|fishing rights in shared waters|the release of detained aid workers|a water-sharing treaty] that [stalled|broke down|collapsed] in {pyear}, {A.role_the} {A} said.",
        "At least {n_small} people were killed and {count_small} injured when [a crowded bus|a passenger train|a ferry|a truck carrying fuel] [crashed|overturned|caught fire|left the road] near {city} [early|late] on {day}, [officials|local authorities|police] said.",
        "Thousands of people [marched|rallied|gathered] in {city} on {day} to protest [against rising food prices|against a proposed pension reform|the closure of two hospitals|a new mining law], in the [largest|biggest] demonstration [the capital has seen|the country has seen] since {pyear}.",
        "{country}'s government declared a state of emergency in {n_small} [provinces|regions|districts] on {day} after [days of heavy rain|flash floods|a powerful earthquake|fast-moving wildfires] [forced|drove] more than {count} people from their homes.",
        "The {nat} foreign minister arrived in {city} on {day} for [talks|a two-day visit|an unannounced visit] aimed at [easing tensions over a disputed dam|securing the release of {n_small} detained engineers|reviving a stalled trade agreement].",
        "Election officials in {country} said turnout in {day}'s [presidential|parliamentary|regional] vote reached {pct}, [up from|down from|compared with] {pct} in {pyear}, as counting continued [overnight|into the morning|in rural districts].",
        "Rescue teams in {country} were searching on {day} for {n_small} [fishermen|hikers|miners|crew members] missing since [a storm|a rockfall|a gas explosion|an avalanche] struck {time_phrase} on {day2}.",
        "{country} [ordered|told] {n_small} diplomats from {country2} to leave within {hours} hours on {day}, [escalating|deepening|widening] a row over [alleged spying|a detained journalist|airspace violations|a cancelled arms contract].",
        "A [magnitude {quake}|powerful] earthquake struck off the coast of {country} on {day}, [shaking buildings in {city}|cutting power to tens of thousands of homes|triggering a brief tsunami warning], the national geological service said.",
        "Aid agencies warned on {day} that {count} people in {country}'s [northern|southern|eastern|western] provinces face [acute food shortages|a cholera outbreak|a winter without heating] unless [funding|access|supplies] [improves|arrive] within {weeks}.",
    ],
    "business": [
        "{org} [reported|posted] a {pct} [rise|fall|jump|drop] in {quarter} [net profit|operating profit|revenue|core earnings] on {day}, [beating|missing|matching] analysts' forecasts as [strong demand in Asia|weaker consumer spending|higher energy costs|a one-off tax charge] [lifted|weighed on|hit] results.",
        "{org} said on {day} it would cut about {count} jobs, or {pct} of its workforce, [by the end of {fyear}|over the next {weeks}|as part of a {money_b} restructuring], as it [grapples with slowing demand|tries to restore margins|shifts production to {country}].",
        "{org} agreed to buy {org2} for {money_b} in [cash|cash and shares|an all-share deal], [creating the {ordinal} largest|forming the biggest] {sector} group in [Europe|Asia|the world|the region], the companies said on {day}.",
        "Shares in {org} [fell|rose|plunged|surged] as much as {pct} in [early|afternoon|late] trading on {day} after the {sector} group [cut|raised|reiterated] its full-year [sales|profit|margin] forecast.",
        "{org} named {A}, [a former|the current] [finance chief|operations chief|head of strategy] at {org2}, as its next chief executive on {day}, ending a [four-month|long|turbulent] search [after|that began when] {B} [stepped down|retired|was ousted] in {month}.",
        "{nat} {sector} company {org} [expects|forecast|said it expects] {fyear} [revenue|sales|operating profit] of {money_b} to {money_b}, [above|below|in line with] the {money_b} analysts had [expected|pencilled in], according to [a statement|a regulatory filing|an investor presentation] on {day}.",
        "Competition regulators in {country} [opened an in-depth investigation into|cleared|blocked] {org}'s proposed {money_b} [purchase|takeover] of {org2} on {day}, [citing concerns about prices|saying the deal raised no concerns|after the companies offered to sell {n_small} plants].",
    ],
    "markets": [
        "[Global|European|Asian|U.S.] stocks [edged higher|slipped|rallied|fell sharply] on {day} as investors [weighed|digested|looked past] [fresh|stronger-than-expected|weaker-than-expected] {indicator} data and [awaited|braced for] the central bank's [meeting|decision|minutes] {day2}.",
        "{commodity} [rose|fell|climbed|slid] {pct} to {price} [a barrel|a tonne|an ounce|a bushel|per tonne] by {time} on {day}, [its highest|its lowest] level since {month}, as [supply worries|a stronger dollar|weak Chinese demand|a surprise inventory build] [dominated|weighed on|drove] trading.",
        "{index_cap} [closed|ended] {pct} [higher|lower] at {index_level} points on {day}, [led by|dragged down by] {sector} shares, while the {currency_word} [weakened|firmed|was little changed] against the dollar.",
        "Government bond yields [climbed|fell|retreated] on {day}, with the yield on the {years_bond}-year note [rising|falling] {bp} basis points to {pct_small}, after {indicator} figures [came in above|fell short of|matched] expectations.",
    ],
    "politics": [
        "The {party} [won|lost|narrowly held] a [closely watched|crucial|long-held] [by-election|seat|council vote] in {town} on {day}, [taking|winning] {pct} of the vote [against|ahead of|behind] the {party2}'s {pct}, [official results showed|according to the electoral commission|the returning officer said].",
        "Lawmakers in {country} [passed|rejected|postponed a vote on] a [contested|long-delayed|sweeping] [housing|pension|tax|climate|data protection] bill on {day} by {votes} votes to {votes_small}, [handing|dealing] {A.role_the} {A} [a rare victory|a blow|a setback] [before|after] [the summer recess|a bruising month].",
        "{A}, the {A.role}, [promised|vowed|pledged] on {day} to [cut income tax for {count} households|build {count} homes by {fyear}|raise the minimum wage to {money_small} an hour|hire {count_small} nurses] [if re-elected|within two years|before the next election], [setting out|outlining] [{A.his}|the party's] [manifesto|programme|plans] in a speech in {city}.",
        "Coalition talks in {country} [stalled|resumed|collapsed] on {day} [after|as] the {party} and the {party2} [failed to agree on|clashed over|edged closer on] [spending cuts|migration rules|the budget deficit|energy subsidies], {weeks} after an election [left no party with a majority|produced a hung parliament].",
        "A [new|fresh] [poll|survey] published on {day} [put|showed] the {party} on {pct_int}, [ahead of|behind|level with] the {party2} on {pct_int}, with {weeks} to go before the [general|regional|presidential] election.",
    ],
    "sports": [
        "{team} [beat|edged past|thrashed|held] {team2} {score} on {day}, [with|thanks to] [a late goal from|two goals from|a hat-trick by|a stoppage-time penalty from] {A}, to [go top of the table|stay unbeaten this season|move {n_small} points clear|ease their relegation fears].",
        "{A} [won|retained|claimed] the {city} [Open|Marathon|Grand Prix|Classic] on {day}, [finishing in {race_time}|beating {B} in straight sets|holding off a late charge from {B}], [{A.his}|a] {ordinal} title of the [season|year].",
        "{team} [sacked|parted ways with] [head coach|manager] {B} on {day} after {n_small} straight [defeats|losses] left the club {ordinal} in the [league|table|standings], {n_small} points [from safety|off the playoff places].",
        "{team} [clinched|sealed|secured] [promotion|the league title|a playoff spot] with {n_small} games to spare on {day}, [beating|drawing with] {team2} {score} in front of {count_small} fans at {venue}.",
        "{A}, the {A.role}, [will miss|has been ruled out of|is doubtful for] {team}'s [cup final|derby|semi-final|next {n_small} games] with a [hamstring|knee|ankle|calf|shoulder] injury, the club said on {day}.",
    ],
    "feature": [
        "[Every morning|Most mornings|Before dawn each day], {A.f} {A.last} [walks|drives|cycles] [down to the harbor|to the edge of the village|past the shuttered factory] in {town} [to check the water level|to open the bakery|to count the boats], a habit {A.he} picked up {years_ago}.",
        "The [sign|notice|handwritten note] on the door of [the old cinema|the library|the post office|the village hall] in {town} still [says|reads] [“Back in five minutes”|“Closed for lunch”|“Open Thursdays”], though nobody has [opened|used|staffed] it since {pyear}.",
        "When [the floods came|the mill closed|the last bus was cut|the river froze] in {pyear}, {A} was {age} and [had just opened a shop|was working two jobs|had never left {town}].",
        "[For {years}|For most of the past decade|Since {pyear}], the [volunteers|retirees|teenagers|nurses] of {town} have [run|kept open|quietly funded] [a night bus|a food bank|a radio station|a repair café] that [the council|the company|nobody else] would pay for.",
    ],
    "press": [
        "{org} ({ticker}), a [leading|global|fast-growing] provider of [{sector} services|logistics software|industrial sensors|plant-based ingredients], today announced [the launch of {product}|the opening of a new facility in {city}|that it has completed its acquisition of {org2}|a strategic partnership with {org2}].",
        "{org} today reported financial results for the {quarter} ended {date_full}, with revenue of {money_b}, [an increase|a decrease] of {pct} [compared with|from] the same period last year.",
        "{org} announced today that {A} has been appointed [Chief Financial Officer|Chief Operating Officer|President|Head of Sustainability], effective {date_full}. {A.l} [joins from|most recently served at] {org2}, where {A.he} [led|oversaw|ran] [global operations|the finance team|its expansion into {country}].",
    ],
    "science": [
        "[People|Adults|Children|Older adults] who [sleep fewer than six hours a night|eat more fibre|walk at least {count_small} steps a day|live near busy roads] [are|were] {pct} [more|less] likely to develop {sci_outcome}, according to a [study|large study|review] published on {day} in the journal {journal}.",
        "[Astronomers|Researchers|Marine biologists] at {uni} said on {day} they had [identified|spotted|recorded] {sci_thing} [about {count} light-years away|in waters off {country}|in a cave system in {country}], [a finding that|which] [could reshape|challenges|adds weight to] [theories of|understanding of] {sci_field}.",
        "An experimental [drug|vaccine|therapy] for {disease} [cut|reduced|did not reduce] the risk of [hospital admission|relapse|death] by {pct} in a [late-stage|mid-stage|small] trial involving {count} patients, its developer {org} said on {day}.",
    ],
    "courts": [
        "A court in {city} [sentenced|jailed|acquitted|cleared] {A}, a former [executive|official|director] at {org}, [to {years} in prison|of all charges] on {day} over [a {money_b} fraud|bribes paid to secure contracts|the mis-selling of pensions|tax evasion], [ending|capping] a [trial that lasted {weeks}|case that began in {pyear}].",
        "The [supreme|appeals|high] court in {country} [upheld|overturned|struck down] a [ban on {court_topic}|law on {court_topic}|lower court ruling on {court_topic}] on {day}, [in a {votes_small}-to-{n_small} decision|in a unanimous ruling|by a narrow majority].",
        "Jurors in {city} began deliberating on {day} in the trial of {A}, [who is accused of|who denies] [defrauding investors of {money_b}|running an illegal lending scheme|obstructing a police inquiry], after {weeks} of evidence.",
    ],
    "tech": [
        "{org} [unveiled|showed off|delayed the launch of|recalled] {product} on {day}, [betting that|saying|as] [buyers will pay more for longer battery life|demand had outstripped supply|a software fault could cause overheating].",
        "{org} said on {day} that [hackers|an unauthorised party|a former contractor] had accessed [names, email addresses and phone numbers|payment details|location data] of about {count} [customers|users|accounts] [in a breach discovered on {day2}|over several weeks], [the latest in a string of|adding to a wave of] [attacks|breaches] on {sector} firms.",
        "Regulators in {country} fined {org} {money_b} on {day} for [breaking competition rules|mishandling user data|misleading advertising|failing to remove illegal content], [one of the largest penalties|the biggest fine] [ever imposed|imposed so far] [on a technology company|under the new rules].",
    ],
}

# ---------------------------------------------------------------------------------------------
# Body sentences by kind, plus a shared pool
# ---------------------------------------------------------------------------------------------

BODY = {
    "world": [
        "The talks, [hosted|brokered|chaired] by {country3}, are expected to last {days} and will [focus on|cover|begin with] [the disputed river crossings|prisoner exchanges|the reopening of consulates|fishing quotas].",
        "Officials said {n_small} of the injured were in a serious condition at [hospitals in {city}|a military hospital|the regional clinic in {town}].",
        "Local television showed [collapsed roofs|submerged cars|burned-out houses|crowds outside government buildings] in [the old town|several villages|the port district|the capital's suburbs].",
        "The [government|ministry|regional authority] said it had [deployed|sent] {count_small} [soldiers|firefighters|rescue workers|police officers] and [{n_small} helicopters|a field hospital|water-purification units] to the area.",
        "Police used [tear gas|water cannon|barricades] to [disperse|hold back|contain] [a group of|several hundred|about {count_small}] protesters who tried to [reach parliament|block a motorway|enter the ministry], witnesses said.",
        "A military spokesperson, Lt. Col. {rname}, said troops had [secured the airport|reopened the main road|reached {town}] by {time} on {day}.",
        "The U.N. refugee agency said {count_small} people had crossed into {country2} [since {day}|in the past {days}|overnight], [many of them women and children|most on foot|some by boat].",
        "It was not immediately clear [what caused the crash|how many people were on board|whether the two sides had set a date for further talks|who was behind the attack].",
        "The [dispute|row|conflict] dates back to {pyear}, when [a treaty signed after independence|a colonial-era map|a temporary ceasefire] left the status of [{n_small} islands|a mountain pass|a stretch of river] unresolved.",
        "{country2} [denied|rejected|dismissed] the accusations as [baseless|politically motivated|a distraction], and said it would [respond in kind|review its options|summon {country}'s ambassador].",
        "[The U.N.|The European Union|The African Union|Neighbouring countries] [called for restraint|urged both sides to return to talks|offered to mediate|pledged {money_b} in emergency aid].",
        "The [storm|quake|fire|flood] also [damaged|destroyed|cut off] {count} homes, {n_small} bridges and [a section of the main highway|the only road into the valley|power lines serving {count} households].",
        "Forecasters said more [rain|snow|hot, dry weather] was expected [over the weekend|through {day}|for at least {days}], raising the risk of [further landslides|new fires|more flooding].",
        "[Roughly|About|Nearly] {frac} of the country's {count} [refugees|displaced people|residents of the region] live in [camps|temporary shelters|host communities], according to {ngo}.",
        "The [ministry|embassy|consulate] said it was [in contact with|trying to reach] the families of the [victims|missing|detained] and would [publish a list|give an update] [later on {day}|once relatives had been informed].",
        "Opposition politicians accused the government of [ignoring warnings|reacting too slowly|mismanaging relief funds|using the crisis to delay elections].",
        "The [last|previous] comparable [disaster|protest|incident], in {pyear}, [killed {count_small} people|led to the fall of the government|prompted a change in building codes].",
    ],
    "business": [
        "[Revenue|Sales|Turnover] [rose|fell|climbed|slipped] {pct} to {money_b}, [while|and] [operating margin|gross margin|earnings per share] [widened|narrowed|improved] to {pct_small} from {pct_small} a year earlier.",
        "Analysts [polled by|surveyed by] {wire} had expected [net profit|revenue|operating profit] of {money_b} [on average|according to the consensus].",
        "The company said it [would|plans to] [return|pay out] {money_b} to shareholders through [a share buyback|dividends|a special dividend] [over the next two years|in {fyear}|this year].",
        "{org.s}, which employs about {count} people in {n_small} countries, [has been hit by|has struggled with|is grappling with] [higher raw material costs|weak demand in Europe|a strong {currency_word}|supply chain disruptions] since [late {pyear}|the start of the year|last spring].",
        "The [job cuts|closures|savings measures] are expected to [save|generate savings of] {money_b} a year by {fyear}, with one-off [restructuring costs|charges] of about {money_b}.",
        "The deal, which [values|would value] {org2.s} at {money_b} including debt, [represents|is] a premium of {pct} to its closing share price on {day}.",
        "[Trade unions|Workers' representatives|The works council] [said they would fight|criticised|vowed to challenge] the [plan|cuts|closure], [calling|describing] it [a betrayal of loyal staff|short-sighted|unnecessary].",
        "{org.s} shares have [gained|lost|risen|fallen] {pct} so far this year, [outperforming|underperforming|lagging] the broader {sector} sector.",
        "[Net debt|Free cash flow|Capital spending] [stood at|came in at|rose to|fell to] {money_b} at the end of the {quarter}, [the company said|according to the statement].",
        "The {org.s} board [approved|proposed|recommended] a dividend of {money_small} per share, [up from|unchanged from|down from] {money_small} last year.",
        "The company [reiterated|confirmed|stuck to] its target of [reaching net zero emissions by {fyear}|doubling sales in {country} by {fyear}|opening {n_small} new plants by {fyear}].",
        "[Last year|In {pyear}|Earlier this year], {org.s} [sold|spun off|closed] its [consumer|logistics|European|retail] [division|unit|business] [for {money_b}|after years of losses].",
        "The [acquisition|merger|deal] still needs approval from [regulators in {country} and {country2}|shareholders|competition authorities] and is expected to close [in the {quarter} of {fyear}|by the end of the year|early next year].",
        "Orders [rose|fell] {pct} [year on year|from a year earlier] to {count} [units|vehicles|aircraft|tonnes], while the order backlog [reached a record|stood at] {money_b}.",
        "{org.s}, the No. {rank} {sector} group in {country} by [sales|market share|assets], [has|had] [long|recently] [resisted|explored|ruled out] a [merger|listing in {city}|break-up].",
        "{org.s} is the world's {ordinal}-largest [maker of {sector} equipment|{sector} company by revenue|supplier of {commodity}], [behind|after] {org2.s}.",
    ],
    "markets": [
        "The dollar index, which measures the greenback against six major currencies, [rose|fell] {pct_small} to {index_level_small}.",
        "In {country}, the {currency_word} [fell|rose] to {fx} per dollar, its [weakest|strongest] level since {month} {pyear}.",
        "Traders are [pricing in|betting on] [two|three|one or two] rate cuts [by the end of the year|in {fyear}|before {month}], according to [futures markets|swaps pricing|a survey of fund managers].",
        "{commodity} futures [settled|closed] at {price}, [up|down] {pct_small} on the [day|week].",
        "Trading volumes were [thin|light|heavy|above average] [ahead of a holiday in {country}|before the data release|as the quarter drew to a close].",
        "Among individual stocks, {org.s} [jumped|slumped|rose|fell] {pct} after [results|an analyst upgrade|a profit warning|news of a takeover approach], while {org2.s} [lost|gained] {pct_small}.",
        "Gold, [often seen as|traditionally|considered] a safe haven, [rose|fell|held steady] at {price} an ounce.",
        "[Emerging-market|European|Asian] [shares|bonds|currencies] [extended|pared|reversed] [gains|losses] after [the data|the comments|the minutes] [were released|were published].",
        "The {years_bond}-year yield [has risen|has fallen] about {bp} basis points [this month|since {month}|so far this year].",
        "[Volatility|The so-called fear gauge] [rose|eased] to {index_level_small}, [its highest|its lowest] reading in {weeks}.",
    ],
    "politics": [
        "The bill [would|will] [raise the pension age to {age} by {fyear}|give tenants {weeks} of notice before eviction|cut carbon emissions by {pct} by {fyear}|require companies to disclose pay gaps].",
        "[Critics|Opponents|Rights groups] say the [measure|law|proposal] [will hurt low-income families|goes too far|does not go far enough|was rushed through without proper scrutiny].",
        "The {party2} [abstained|voted against|walked out before the vote], [saying|arguing] the [government|coalition] had [refused to accept any amendments|ignored expert advice|broken its own promises].",
        "Turnout in the [by-election|vote|ballot] was {pct}, [down|up] from {pct} at the last general election in {pyear}.",
        "The {party} has governed [alone|in coalition] since {pyear}, [but has slipped in the polls amid a series of scandals|but has struggled in the polls since a row over migration|and has gained ground despite rising living costs].",
        "Sen. {rname} of {state}, a [veteran|moderate|leading] member of the {party2}, [said the vote was|called the bill|described the deal as] “{frag}.”",
        "[A spokesperson for|Aides to] {A.l} said {A.he} would [meet|hold talks with] [party leaders|coalition partners|union representatives] [on {day}|later this week|after the weekend].",
        "The [government|coalition] [holds|has] {votes_small} of the {votes} seats in [parliament|the lower house|the assembly].",
        "Under the constitution, [the president|parliament|the electoral commission] must [set a date for new elections|approve the budget|confirm the results] within {days}.",
        "The [poll|survey] of {count_poll} [adults|voters|likely voters] was carried out [online|by telephone] {date_range} and has a margin of error of [plus or minus|about] {pct_small}.",
        "[Support for|Backing for] the {party} [has fallen|has risen|is up|is down] {pp} since [the budget|the last election|{month}], [driven by|largely among] [younger voters|pensioners|voters in rural areas|first-time voters].",
        "{A.l} [faces|is facing] a [confidence vote|leadership challenge|no-confidence motion] [next week|on {day}|in {month}], [after|amid] [defections|a string of resignations|criticism from within the party].",
        "{A.l} survived a [confidence vote|leadership challenge] [last week|in {month}|on {day}] by {votes_small} votes to {votes_small}, but [allies|critics] [say|warn] [her|his] authority has been [damaged|dented|weakened].",
        "The [finance ministry|treasury] estimates the [plan|tax cut|subsidy] will cost {money_b} [a year|over {years}|by {fyear}].",
    ],
    "sports": [
        "{A.l} [opened the scoring|equalised|put {team} ahead] in the {minute_th} minute [with a curling shot|with a header from a corner|from the penalty spot|after a mistake by the goalkeeper].",
        "{team2} [had most of the possession|were reduced to 10 men after {minute} minutes|created few clear chances] [but|and] [could not find a way through|struggled to create anything|rarely threatened].",
        "The result [leaves|moves|keeps] {team} {ordinal} [in the table|in the standings], {n_small} points [behind|ahead of|clear of] {team2} with {n_small} games [left|remaining|to play].",
        "{B}, the {B.role}, [came off the bench|was substituted|limped off] [in the {minute_th} minute|at half-time|shortly after the break] [with what looked like a hamstring problem|to a standing ovation|and was booed by some fans].",
        "[A crowd of|Some] {count_small} [fans|spectators|supporters] [were at|packed into|braved the rain at] {venue}, [a record for the ground|the biggest attendance of the season|despite a rail strike].",
        "{team} have now [won|lost|drawn] {of_last} [games|matches|league games], [conceding|scoring] just {n_small} goals.",
        "{A.l}, {age}, [joined|signed for] {team} from {team2} in {pyear} [for a reported {money_m}|on a free transfer|on a {years_adj} deal].",
        "The [referee|video assistant referee] [ruled out|awarded|overturned] a [goal|penalty|red card] [for offside|for handball|after a lengthy review] in the {minute_th} minute, [to the fury of|drawing jeers from] the home fans.",
        "{A.l} [finished|crossed the line] in {race_time}, {secs} seconds ahead of {B} and [a personal best|a course record|the fastest time this year].",
        "[Next up|Next], {team} [travel to|host|face] {team2} on {day} [in the {ordinal} round|in the quarter-finals|in a game that could decide the title].",
        "{team} were [top|bottom] of the league in {pyear} but [sold|lost] [their top scorer|three key players|their captain] [over the summer|in January], and have [struggled|rebuilt] since.",
        "{A.l}, the world No. {rank}, [had not dropped a set|had lost only once|had saved {n_small} match points] [all week|in the tournament|since {month}].",
        "The draw pits {team} vs. {team2} in the [first|second] leg on {date_short}, [i.e.|that is,] [two days|a week] before the league resumes.",
        "It was {team}'s {ordinal} [win|defeat|draw] [in a row|at home this season|against {team2} in {years}].",
        "{A.He} [served|hit] {n_small} aces and [broke serve|saved break points] {n_small} times in a match that lasted {race_time}.",
    ],
    "feature": [
        "[The town|The village|The harbor|The street] has [lost|gained] [a third of its population|two schools|its last bank branch|a new generation of families] since {pyear}, according to [the council|census figures|a local history group].",
        "[On a grey morning|On a bright afternoon|Late one evening] in {month}, [a dozen|a handful of|about {count_small}] [volunteers|neighbours|pensioners|schoolchildren] [gathered|met|worked] in [the church hall|the old fire station|a borrowed shed] to [sort donations|repair bicycles|plan the festival|paint banners].",
        "{A.his} [grandfather|mother|uncle] [built|ran|worked on] [the boats|the mill|the ferry|the school] for {years}, and {A.he} still keeps [his|her] [tools|ledgers|photographs] in a [tin box|drawer|cupboard] by the [door|stove|window].",
        "There is [no|little] [mobile signal|money|time] [in the valley|for repairs|left], and the nearest [hospital|supermarket|train station] is {dist} away.",
        "[Rents|House prices|Heating bills] in {town} have [doubled|risen by {pct}|climbed steadily] since {pyear}, [pushing|driving] [young families|seasonal workers|artists] [out|to the edge of town].",
        "{town}'s [festival|market|choir|rowing club] [began|started|was founded] in {year} and [now draws|once drew] {count} [visitors|members|people] a year.",
        "Not everyone is [convinced|optimistic|happy]. [Some residents|A few shopkeepers|Older fishermen] [worry|fear|complain] that [the new road|the tourists|the wind farm|the development] will [change the character of the place|drive up prices|scare off the birds].",
        "The [project|campaign|appeal] has so far raised {money_small}, [about|roughly|nearly] {frac} of what is needed to [replace the roof|buy a new boat|keep the doors open for another year].",
        "[By noon|By evening|At dusk], the [tide|light|rain|crowd] had [turned|gone|eased|thinned], and [the harbor|the square|the hall] was [quiet again|empty|full of children].",
        "[In|By] {year}, the [factory|mine|shipyard] employed {count} people; today [fewer than {count_small}|nobody|a skeleton crew of {n_small}] [work|works] there.",
        "[A sign|A banner|A painted board] [above|beside|outside] the [door|counter|gate] reads: [“Everyone welcome”|“Mind the step”|“No fish, no fun”|“Back soon”].",
        "{A.He} laughed when asked about [retirement|leaving|the future]. {A.He} had, {A.he} said, [“no plans to stop”|“nowhere else to be”|“too much to do”].",
    ],
    "press": [
        "The new [facility|plant|campus] will [create|support] approximately {count_small} jobs and [increase production capacity by|add] {pct} [when fully operational|by {fyear}].",
        "{product_cap} [will be available|is available] [starting {date_full}|from today] in {n_small} markets [at a suggested retail price of|priced from] {money_small}.",
        "Key highlights [of the quarter|include]:",
        "{org} [serves|works with] more than {count} [customers|clients|partners] in over {n_small} countries and employs approximately {count} people worldwide.",
        "The transaction is expected to be [accretive to earnings|completed] [within the first full year|in the {quarter} of {fyear}], subject to customary closing conditions and regulatory approvals.",
        "[For more information|To learn more], visit www.{org.domain}.com or follow {org.s} on social media.",
        "This press release contains forward-looking statements within the meaning of applicable securities laws. Actual results may differ materially from those expressed or implied in such statements.",
        "{org} is headquartered at {addr} in {city} and has regional offices in {city2} and {city3}.",
        "{org} will host a conference call [to discuss the results|for investors and analysts] at {time} Eastern Time on {date_full}.",
        "Prior to joining {org2.s}, {A.l} held senior roles at {org3.s} and {org4.s}, and [began|started] {A.his} career as an auditor in {city}.",
        "[Founded|Established] in {year} and headquartered in {city}, {org} [designs, manufactures and sells|develops] [{sector} products|software for the {sector} industry|industrial components] for customers [around the world|in more than {n_small} countries].",
    ],
    "science": [
        "The researchers [followed|tracked|analysed data from] {count} [participants|patients|volunteers] [for an average of {years}|over {years}|between {pyear} and {year}].",
        "[After adjusting for|Even after accounting for] [age, income and smoking|diet and exercise|other risk factors], the [link|association|effect] [remained|was still] [significant|clear|modest].",
        "The study was [observational|small|funded by {org}|not peer-reviewed], [so it cannot prove cause and effect|and the authors called for larger trials|which some experts said limits its conclusions].",
        "The [object|species|structure] [measures|is] about {dist} across and [is|appears to be] [older|younger|colder|faster] than [expected|previous models predicted].",
        "[Previous studies|Earlier work] had [suggested|found] [a smaller effect|no link|mixed results], [though|but] most [relied on|used] [self-reported data|far smaller samples|animal models].",
        "Side effects, [mostly|mainly] [headaches|fatigue|nausea|mild fever], were reported by {pct} of [patients|participants] in the treatment group and {pct} in the placebo group.",
        "The paper, by {A} et al., [builds on|extends|contradicts] [a {pyear} survey|earlier work by the same group|data from {country}], i.e. [a much smaller sample|a different population|records from {n_small} hospitals].",
        "Dr. {rname}, who was not involved in the [study|research], said the [approach|method|sample] was [sound|unusual|promising] but [the follow-up was short|the results needed checking|the effect was small].",
        "The team plans to [publish|present] [further results|a follow-up study|its data] at a conference in {city} in {month}.",
        "The [sea surface|average air|lake] temperature reached {temp} on {day}, [breaking|beating] the previous record set in {pyear} by {temp_diff}.",
    ],
    "courts": [
        "Prosecutors [said|argued|told the court] that {A.l} had [diverted|siphoned off|hidden] {money_b} [through shell companies in {country}|into offshore accounts|over {years}].",
        "{A.l} [denied|has denied|pleaded not guilty to] [all charges|wrongdoing|the allegations] and [is expected to appeal|plans to appeal|said {A.he} would appeal].",
        "The judge [said|noted|told the court] that [the scale of the fraud|the defendant's lack of remorse|the harm to victims] [warranted|justified] [a lengthy sentence|an exemplary penalty], [though|and] [ordered|allowed] [the sentence to be suspended|{A.l} to remain free pending appeal].",
        "The trial heard from {count_small} witnesses, including [former colleagues|investors who lost their savings|a forensic accountant], over {weeks}.",
        "In a [dissenting|separate] opinion, {n_small} judges [said|argued|wrote] that the [majority|court] had [misread the constitution|overstepped its powers|ignored precedent].",
        "The ruling [can be appealed|is final|takes effect immediately] [within {days}|and cannot be appealed|from {date_full}].",
        "{org.s} [said it would study the ruling|said it was disappointed|welcomed the decision] and [was considering an appeal|would comply|had already set aside {money_b} for the case].",
    ],
    "tech": [
        "The device [runs on|uses|is powered by] [a new in-house chip|a {n_small}-nanometre processor|a battery {pct} larger than its predecessor], [the company said|according to {org.s}].",
        "{org.s} said it had [fixed the flaw|reset affected passwords|notified regulators|hired an outside security firm] and that there was [no evidence|no sign] that [payment data|passwords|the stolen data] had been [misused|published|sold].",
        "The company has [about|more than|nearly] {count} monthly active users, [most of them in|roughly half of them in] [{country}|Asia|Europe|North America].",
        "[Analysts|Critics|Rivals] [questioned|doubted] whether [buyers|businesses|regulators] would [embrace|pay for|accept] the [feature|service|device] [in a cooling market|given privacy concerns|at that price].",
        "{org.s} [spent {money_b} on [research and development|data centres|chip manufacturing|satellite launches] last year|plans to spend {money_b} on [new data centres|chip plants|satellite launches|AI research] over the next {years}].",
        "The [fine|penalty|ruling] [follows|comes after] a {years_adj} investigation [by the {ministry}|into complaints from rivals|that began in {pyear}].",
        "The [update|outage|bug] [affected|disrupted|knocked out] [payments|logins|messaging|navigation] for about {dur_short} [on {day}|in several countries|during peak hours].",
    ],
}

SHARED = [
    "[The|That] figure [compares with|is up from|is down from] {num} [a year earlier|in {pyear}|the previous year|last {month}].",
    "[Details|Terms] of the [agreement|deal|plan] were not [disclosed|made public|immediately available].",
    "[Officials|The company|The ministry|A spokesperson] [did not respond to|declined to comment on|did not immediately respond to] [a request for comment|questions] [on {day}|outside business hours|by publication time].",
    "The [announcement|decision|news] came {days} [before|after] [a summit in {city}|a key vote|the end of the financial year|a national holiday].",
    "[About|Nearly|More than|Fewer than] {frac} of [respondents|those surveyed|households] [said|reported] [they were worse off than a year ago|they had cut back on heating|they expected prices to rise further].",
    "[Inflation|Unemployment|Economic growth] [in {country}|across the region] [stood at|slowed to|picked up to|eased to] {pct_small} in {month}, [the statistics office said|official data showed].",
    "[The plan|The project|The programme] is [due|expected|scheduled] to [start|be completed|run] [in {month}|by {fyear}|before the end of the year|over {years}].",
    "The [earlier|previous|first] [attempt|agreement|version], [announced|signed|launched] in {pyear}, [collapsed|was abandoned|was scaled back] after [{n_small} months|a year|funding ran out].",
    "According to [figures from|data from|a report by] {org.s}, [about|some|more than] {count} [people|households|businesses] [could be affected|were affected|stand to benefit].",
    "By [midday|the evening|{time}|the end of the day], [more than|about|at least] {count_small} people had [signed a petition|gathered outside|called a hotline|registered] [calling for|demanding|asking about] [an inquiry|compensation|more information].",
    "The [meeting|hearing|session] [started|began|ended] at {time} and lasted about {hours} hours.",
    "[It is|This is] the {ordinal} time [this year|in {years}|since {pyear}] that [the company|the government|the club|the city] has [changed course|missed the target|been forced to apologise].",
    "{city}, [home to|with] about {count} [people|residents], [is|has long been] [a regional hub for the {sector} industry|a popular destination for tourists|a magnet for young workers].",
    "The [figures|numbers|estimates] do not include [{country2}|part-time workers|the last {n_small} weeks|the costs of cleaning up].",
    "[Separately|In a separate development|Meanwhile], {org2.s} said on {day} it [would|had agreed to] [open an office in {city}|sell its stake in a joint venture|raise prices by {pct_small}|delay a planned listing].",
    "The [ministry|regulator|agency] has [until|a deadline of] {date_full} to [respond|publish its findings|make a decision].",
    "[Prices|Costs|Rents] have [risen|climbed|jumped] by {pct} [since {pyear}|over the past two years|since the start of the pandemic], [outpacing|far outstripping|roughly matching] [wage growth|inflation|the European average].",
    "[The document|The report|A draft seen by {wire}], [dated|published on] {date_full}, [recommends|proposes|warns against] [{n_small} changes|a phased approach|cutting spending further].",
]

# The (rarely used) closing lines, by kind.
CLOSE = {
    "world": ["(Reporting by {R1} in {city}; additional reporting by {R2}; editing by {R3})",
              "(Reporting by {R1}; writing by {R2}; editing by {R3} and {R4})"],
    "business": ["(Reporting by {R1} in {city}; editing by {R3})", "({money_conv})"],
    "markets": ["(Reporting by {R1}, {R2} and {R4}; editing by {R3})"],
    "politics": ["(Reporting by {R1}; editing by {R3})"],
    "sports": ["(Reporting by {R1} in {city}; editing by {R3})"],
    "feature": ["{R1} is a [freelance writer|correspondent|reporter] based in {city}."],
    "press": ["Media contact:\n{R1}\n{org.s} Communications\n{email}\n{phone}"],
    "science": ["(Reporting by {R1}; editing by {R3})"],
    "courts": ["(Reporting by {R1} in {city}; editing by {R3})"],
    "tech": ["(Reporting by {R1} in {city} and {R2} in {city2}; editing by {R3})"],
}

# ---------------------------------------------------------------------------------------------
# Quotes: what people say, by kind, without final punctuation (the frame adds it)
# ---------------------------------------------------------------------------------------------

QUOTES = {
    "world": [
        "We are ready to talk, but not at any price",
        "Nobody should have to choose between feeding their children and heating their home",
        "The water came so fast that we had no time to take anything. We left with what we were wearing",
        "This is the worst I have seen in {years} of doing this job",
        "We have asked for help and we are still waiting",
        "There will be no agreement until the prisoners are home",
        "Our priority now is to find the missing and to care for the injured",
        "I don't think anyone expected the river to rise that high",
        "Both sides have shown goodwill, and that is a start",
        "We will not be lectured by a government that ignores its own courts",
        "The numbers are still rising, and I fear they will rise further",
        "People are tired. They have been promised things for years and nothing has changed",
        "We heard a loud bang and then the whole carriage tipped over",
        "Diplomacy is slow. Slow is better than the alternative",
        "The aid is there, in warehouses. What we need is access",
    ],
    "business": [
        "We delivered a solid quarter in a difficult market",
        "These are painful decisions, and we do not take them lightly",
        "Demand in Asia remains strong, but Europe is clearly softer than we hoped",
        "The combination creates a stronger company with the scale to compete globally",
        "We expect the second half to be better than the first, but visibility is limited",
        "The market was braced for worse. Margins held up, and that is what investors will focus on",
        "I think the guidance is conservative, and management has a habit of beating it",
        "Energy costs are still {pct} higher than before the crisis. That does not go away overnight",
        "We are not going to chase volume at the expense of profitability",
        "It's a good deal for shareholders, but the integration will be the real test",
        "Honestly, the numbers speak for themselves",
        "We see no reason to change our outlook at this stage",
        "The price is full, but not outrageous for an asset of this quality",
        "Customers are trading down. You can see it in every category",
        "We have been too slow, and that changes today",
        "I'd be surprised if regulators let this through without conditions",
    ],
    "markets": [
        "The market is priced for perfection, and the data was anything but perfect",
        "Investors are looking for any excuse to take profits",
        "It's a classic risk-off day",
        "Nobody wants to be short going into the weekend",
        "The central bank has been very clear: it is not in a hurry",
        "We think the sell-off is overdone",
        "Supply is tight, and any disruption moves prices quickly",
        "Until inflation is clearly under control, yields have room to rise",
        "It's a stock picker's market now",
    ],
    "politics": [
        "This is a victory for every family that has waited too long for a decent home",
        "The government has lost the confidence of the country",
        "We will not be rushed into a bad deal",
        "I have never hidden from difficult decisions, and I will not start now",
        "People want change, and they want it now",
        "The voters have spoken, and we have to listen",
        "It's a budget for the few, paid for by the many",
        "We are a broad party, and broad parties argue. That's healthy",
        "Nobody in this chamber believes those numbers",
        "If we do nothing, the bill for our grandchildren will be far higher",
        "I'm not going anywhere",
        "The polls go up and down. What matters is the vote on the day",
        "We have made mistakes, and I take responsibility for them",
        "This is not about left or right. It's about competence",
    ],
    "sports": [
        "We showed character today. After going a goal down, a lot of teams would have folded",
        "I'm proud of the lads, but we've got to be more clinical",
        "It's a dream come true. I've been coming to this ground since I was {age_kid}",
        "The referee had a shocker, but that's not why we lost",
        "We take it one game at a time. That's a cliché, but it's true",
        "My legs were gone in the last kilometre. I just kept thinking about the finish",
        "It hurts. It really hurts. But we'll be back",
        "I didn't see the ball go in. I just heard the crowd",
        "Injuries are part of the game. Somebody else has to step up",
        "We deserved a point at least",
        "Honestly, I don't know how I won that second set",
        "The fans were incredible. They carried us over the line",
        "He's the best young player I've worked with, and I've been doing this for {years}",
        "We're not getting carried away. There's a long way to go",
    ],
    "feature": [
        "My father did this, and his father before him. I don't know who will do it after me",
        "You learn to read the sky. The sky tells you everything",
        "People say nothing happens here. They should come on a Saturday night",
        "We didn't have much, but we had each other",
        "When the factory closed, it was like the town held its breath, and it still hasn't let it out",
        "I came for a summer and stayed {years}",
        "The young ones leave, and who can blame them",
        "It's not about the money. It was never about the money",
        "I still set the table for two sometimes",
        "Everyone knows everyone. That's the best thing and the worst thing about it",
        "We fixed {count_small} bikes last month. Some of them twice",
        "You can't eat a view",
        "If we don't do it, nobody will",
        "The sea gives and the sea takes",
        "I was {age_kid} when I first went out on the boats. I was sick the whole day",
    ],
    "press": [
        "We are thrilled to bring {product} to customers in {city} and beyond",
        "This milestone reflects the hard work of our team and the trust of our customers",
        "{A.f} brings deep financial expertise and a strong track record of execution, and we are delighted to welcome {A.him} to the team",
        "Our investment in {city} underlines our long-term commitment to the region",
        "This partnership combines {org.s}'s engineering strength with {org2.s}'s global reach",
        "We delivered record revenue and continued margin expansion, while investing for future growth",
        "Sustainability is at the heart of everything we do",
        "I am honoured to join {org.s} at such an exciting time in its history",
    ],
    "science": [
        "It's a striking result, but it's one study, and it needs to be replicated",
        "We were surprised. We expected to see the opposite",
        "This doesn't mean people should panic",
        "For the first time we can actually watch this process as it happens",
        "The effect is modest, but across a whole population it adds up",
        "These are exactly the kind of data we have been missing",
        "The ocean is telling us something, and we should listen",
        "It's like finding a fossil that's still alive",
        "We don't yet know why. That's the next question",
    ],
    "courts": [
        "Justice has been done, even if it took far too long",
        "My client is innocent and we will prove it on appeal",
        "The sentence sends a clear message that no one is above the law",
        "We respect the court's decision, but we do not agree with it",
        "These were ordinary people who trusted him with their savings",
        "The law is clear, and the court has applied it",
        "This ruling will change how companies handle our data",
        "I have waited {years} for this day",
    ],
    "tech": [
        "We built this for people who are tired of charging their phone twice a day",
        "We take the security of our customers' data extremely seriously",
        "It's an impressive demo, but demos are easy. Shipping is hard",
        "The fine is large, but for a company this size it's a rounding error",
        "AI is not a feature. It's a platform shift",
        "We found the flaw in about {n_small} hours. It should never have shipped",
        "Regulators are finally catching up with the technology",
        "Nobody asked for a smarter toaster",
    ],
}

QUOTES_SHARED = [
    "I think it's too early to say",
    "We'll see",
    "It is what it is",
    "We have to be realistic about what can be done in {weeks}",
    "There's a lot of anger out there, and it's justified",
    "Nobody saw this coming. Well, almost nobody",
    "We are doing everything we can",
    "It's not perfect, but it's a step in the right direction",
    "I'm cautiously optimistic",
    "We need answers, and we need them quickly",
    "Is this the end? No. Is it the beginning of the end? Maybe",
]

# Short fragments for partial quotes.
FRAGMENTS = [
    "a turning point", "deeply troubling", "unacceptable", "a historic day", "a slap in the face",
    "the only sensible option", "long overdue", "a step backwards", "nothing short of a disaster",
    "cautiously optimistic", "a wake-up call", "reckless", "a fair compromise", "the new normal",
    "a perfect storm", "a good start", "frankly embarrassing", "utterly heartbreaking", "a bold bet",
    "a dangerous precedent", "premature", "a rounding error", "the worst-kept secret in town",
    "a line in the sand", "not fit for purpose", "an act of vandalism", "the right call",
]

# Reported (indirect) speech clauses.
CLAUSES = {
    "shared": [
        "[the figures|the results|the numbers] [showed|proved] that the strategy was working",
        "[she|he|they] had [not been informed|been told only hours before|learned of the decision from the news]",
        "the [decision|plan|deal] would be [reviewed|challenged|revisited] [in {month}|by {fyear}|if circumstances changed]",
        "about {count} [customers|residents|workers] [could be affected|had been contacted|were still without power]",
        "[prices|rents|costs] were likely to [keep rising|stabilise|fall] [until at least {fyear}|over the coming months]",
    ],
    "world": [
        "the government would [announce|publish|present] [further measures|a recovery plan|new rules] [within {days}|next week|before the summer]",
        "talks would continue [on {day}|next week|in {city}] [but that|and that] [no deal was imminent|progress had been made]",
        "the [police|authorities|investigators] were [treating the fire as suspicious|looking into the cause|not seeking anyone else]",
        "[relief supplies|convoys|medical teams] had [reached|not yet reached] [the worst-hit areas|{town}|the border crossing]",
        "{country} [had not received|was still waiting for] a formal [reply|apology|proposal] from {country2}",
    ],
    "business": [
        "the company had [no plans|not yet decided whether] to [raise prices|sell the unit|close the plant|cut its dividend]",
        "[demand|orders|bookings] had [picked up|slowed|stabilised] [in recent weeks|since {month}|after a weak start to the year]",
        "the [integration|restructuring|turnaround] was [ahead of|behind|on] schedule",
        "{org.s} would [keep|review|sell] its stake in {org2.s}",
        "the [deal|guidance|outlook] [looked|seemed] [conservative|stretched|realistic] [given the backdrop|to most investors]",
    ],
    "markets": [
        "investors were [unlikely|reluctant] to [add risk|buy the dip|chase the rally] before the [rate decision|jobs report|election]",
        "[the rally|the sell-off] had [further to run|run its course|been driven by a handful of stocks]",
        "the central bank [would|was unlikely to] [cut rates|raise rates|change course] [in {month}|before {fyear}|this year]",
    ],
    "politics": [
        "[her|his|their] party would [support|oppose|abstain on] the [bill|motion|budget] [unless changes were made|in its current form]",
        "the [government|coalition] [had|still had] the votes to [pass|block] the [bill|motion|budget]",
        "[an early election|a referendum|a cabinet reshuffle] was [not on the table|possible|being considered]",
        "the [party|leadership] would [not|never] [go into coalition with|do a deal with] the {party2}",
    ],
    "sports": [
        "[the injury was not serious|the player would be assessed on {day}|nobody was to blame for the defeat]",
        "the [team|squad|club] [needed|deserved|would get] [a rest|more time|a new striker] [before the {ordinal} round|in January|after a long season]",
        "[she|he] [planned to|would not] [defend the title|race again this season|retire at the end of the year]",
    ],
    "feature": [
        "the [town|village|street] had [changed|not changed] [beyond recognition|much|since {pyear}]",
        "[young people|families|the fishermen] [kept leaving|were coming back|had nowhere else to go]",
        "[she|he|they] [never|always] [locked the door|missed a market day|went out on the boats alone]",
    ],
    "press": [
        "the [facility|partnership|acquisition] would [strengthen|expand|accelerate] {org.s}'s [position|presence|growth] in [{country}|the {sector} market]",
        "{org.s} expected [double-digit|steady|record] growth in [{fyear}|the coming years]",
    ],
    "science": [
        "[the study|the trial|the data] [did not|could not] [show|prove|rule out] [a causal link|long-term effects|a placebo effect]",
        "the [findings|results] [should|would] be [treated with caution|replicated in larger groups|confirmed by other teams]",
        "[the species|the signal|the effect] had [probably|possibly] been [missed|overlooked|misread] for [decades|years]",
    ],
    "courts": [
        "the [sentence|verdict|ruling] [would|could] be [appealed|challenged] [within {days}|at the supreme court]",
        "[the defendant|{A.l}|the company] had [co-operated fully|misled investigators|shown no remorse]",
        "[more charges|further arrests|a retrial] [could|were likely to] follow",
    ],
    "tech": [
        "[the flaw|the bug|the outage] had been [fixed|contained|traced to a faulty update] [within hours|overnight|by {day}]",
        "the [feature|device|service] would [launch|arrive|roll out] in {country} [in {month}|by {fyear}|later this year]",
        "[user data|the source code|customer messages] had [not been|possibly been] [accessed|copied|exposed]",
    ],
}

QUESTIONS = [
    "Who is going to pay for it", "What did they expect", "Why now", "How many more warnings do we need",
    "Where were the regulators", "Is anyone listening", "What choice did we have", "Who would have thought it",
    "How do you explain that to a child", "What happens when the money runs out", "Why should we trust them this time",
    "Did we get everything right", "Can we do better",
]

SAY = ["said", "said", "said", "said", "said", "says", "added", "told {wire}", "told reporters",
       "said in a statement", "said in an interview", "said on {day}", "wrote on social media",
       "told a news conference", "explained", "warned", "noted", "insisted", "recalled", "argued"]

BULLET_INTROS = {
    "business": ["Key figures for the {quarter}:", "Highlights:", "What the company said:",
                 "The main points of the plan:"],
    "press": ["Key highlights of the quarter include:", "The new facility will feature:",
              "Under the agreement, the companies will:"],
    "politics": ["The main measures in the bill:", "What the manifesto promises:"],
    "science": ["What the study found:", "The main findings:"],
    "world": ["What we know so far:"],
    "sports": ["Results on {day}:"],
    "tech": ["What was exposed:", "The new device at a glance:"],
    "markets": ["At a glance:"],
    "feature": [],
    "courts": ["The charges:"],
}

BULLETS = {
    "business": ["Revenue {money_b}, [up|down] {pct}", "Operating margin {pct_small}", "Net profit {money_b}",
                 "Dividend {money_small} per share", "Full-year outlook [raised|cut|confirmed]",
                 "Headcount [down|up] {count_small}", "Order backlog {money_b}",
                 "Close {n_small} plants in {country} by {fyear}", "Move headquarters to {city}"],
    "press": ["Revenue of {money_b}, an increase of {pct}", "Gross margin of {pct_small}",
              "{count} new customers added", "Expansion into {n_small} new markets, including {country}",
              "{count_small} square metres of manufacturing space", "On-site solar generation covering {pct} of demand",
              "Jointly develop [sensors|software|packaging] for the {sector} market"],
    "politics": ["Raise the pension age to {age} by {fyear}", "Cut VAT on energy bills to {pct_small}",
                 "Build {count} social homes", "Hire {count_small} more police officers",
                 "Scrap tuition fees for nurses", "Freeze rail fares until {fyear}"],
    "science": ["Risk [rose|fell] by {pct} in the highest-exposure group", "No effect seen in [children|women|people over {age}]",
                "Effect strongest after {years}", "{count} participants across {n_small} countries"],
    "world": ["At least {n_small} dead, {count_small} injured", "{count} people evacuated",
              "Main road to {town} closed", "Emergency shelters opened in {n_small} schools"],
    "sports": ["{team} {score} {team2}", "{team2} {score} {team}", "{team} vs. {team2}: postponed (waterlogged pitch)",
               "{town} Athletic vs. {town} City: {score}"],
    "tech": ["Names and email addresses", "Phone numbers of {count} customers", "No passwords or card numbers",
             "{n_small}-inch display", "Battery life of up to {hours} hours", "Price: {money_small}"],
    "markets": ["{index_cap}: {pct} [higher|lower]", "{commodity}: {price}", "{years_bond}-year yield: {pct_small}"],
    "feature": [],
    "courts": ["Fraud", "False accounting", "Money laundering", "Obstruction of justice"],
}

SUBHEADS = ["A long road", "What happens next", "Hard choices", "Back to the drawing board", "Numbers game",
            "The view from {town}", "Mixed reactions", "Looking ahead", "Behind the scenes", "Old habits",
            "A family affair", "Questions remain", "The bigger picture", "Winter is coming"]

SCI = {
    "sci_topic": ["night shifts", "ultra-processed food", "air pollution", "screen time", "loneliness",
                  "coffee", "green space", "heat waves", "noise from traffic"],
    "sci_outcome": ["heart disease", "type 2 diabetes", "dementia", "depression", "asthma", "poor sleep",
                    "high blood pressure", "hearing loss"],
    "sci_thing": ["a planet orbiting two stars", "a species of deep-sea octopus", "a cold gas cloud",
                  "a colony of glowing fungi", "a fast-spinning dead star", "a blind cave fish",
                  "a previously unknown coral reef", "a frog that sings at ultrasonic pitch"],
    "sci_field": ["how planets form", "deep-sea evolution", "how galaxies grow", "animal communication",
                  "the early universe", "coral resilience"],
    "disease": ["malaria", "tuberculosis", "migraine", "psoriasis", "Alzheimer's disease", "sickle cell disease",
                "a rare form of leukaemia", "RSV in infants"],
    "journal": ["Clinical Horizons", "the Annals of Population Health", "Ocean Frontiers",
                "the Journal of Applied Astronomy", "Medicine Today Open", "Earth Systems Letters"],
    "court_topic": ["street protests", "short-term rentals", "facial recognition in public spaces",
                    "fracking", "religious symbols in schools", "late-night alcohol sales", "crypto advertising"],
    "indicator": ["inflation", "jobs", "retail sales", "factory output", "consumer confidence", "housing",
                  "trade", "wage growth", "services sector"],
}

# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------

CHOICE = re.compile(r"\[([^\[\]]*)\]")
SLOT = re.compile(r"\{([A-Za-z0-9_.]+)\}")


def capitalize(s):
    return s[:1].upper() + s[1:]


def fmt_int(n):
    return f"{n:,}"


class Person:
    def __init__(self, rng, kind, art, prefix=""):
        self.gender = rng.choices("mfn", weights=[48, 48, 4])[0]
        pool = {"m": FIRST_M, "f": FIRST_F, "n": FIRST_N}[self.gender]
        self.first = rng.choice(pool)
        self.last = rng.choice(LAST) if rng.random() < 0.8 else invented_name(rng)
        self.middle = rng.choice("ABCDEFGHJKLMPRSTW") + "." if rng.random() < 0.06 else ""
        self.role = art.expand(rng.choice(ROLES[kind]))
        self.age = rng.randint(19, 78)
        self.prefix = prefix
        if self.role.startswith("senator"):
            self.prefix = "Sen."
        elif self.role.startswith("governor"):
            self.prefix = "Gov."
        elif "professor" in self.role or "physician" in self.role or self.role.startswith("director"):
            self.prefix = "Dr." if rng.random() < 0.6 else ""

    def full(self):
        name = " ".join(p for p in (self.first, self.middle, self.last) if p)
        return f"{self.prefix} {name}" if self.prefix else name

    def later(self, style):
        if style == "honorific":
            if self.prefix:
                return f"{self.prefix} {self.last}"
            return {"m": "Mr.", "f": "Ms.", "n": ""}[self.gender] + (" " if self.gender != "n" else "") + self.last
        if style == "first":
            return self.first
        return self.last


def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def invented_name(rng):
    return rng.choice(SYL_A) + rng.choice(SYL_B) + rng.choice(SYL_C)


def money(rng, size):
    sym, suffix, _ = rng.choice(CURRENCIES)
    if size == "b":
        mag = rng.choice(["million", "billion", "million", "billion", "bn", "m", "trillion"])
        if mag == "trillion" and suffix not in (" yen", " yuan", " rupees", " naira"):
            mag = "billion"
        v = rng.choice([rng.randint(2, 950), round(rng.uniform(1, 99), 1), round(rng.uniform(1, 9.9), 2)])
        num = f"{v}" if not isinstance(v, int) else fmt_int(v)
        if mag in ("bn", "m"):
            return f"{sym or '$'}{num}{mag}" if not suffix else f"{num}{mag}{suffix}"
        return f"{sym}{num} {mag}{suffix}"
    v = rng.choice([rng.randint(2, 99), round(rng.uniform(0.1, 9.9), 2), rng.randint(100, 99999)])
    num = f"{v:.2f}" if isinstance(v, float) else fmt_int(v)
    return f"{sym}{num}{suffix}" if sym else f"{num}{suffix}"


class Article:
    def __init__(self, rng, kind, index):
        self.rng = rng
        self.kind = kind
        self.index = index
        self.style = rng.choices(["wire", "honorific", "first"], weights=[55, 40, 5 if kind != "feature" else 60])[0]
        self.curly = rng.random() < 0.65
        self.cache = {}
        r = rng
        cities = r.sample(CITIES, 3)
        countries = r.sample(COUNTRIES, 4)
        self.fixed = {
            "city": cities[0], "city2": cities[1], "city3": cities[2],
            "country": countries[0][0], "country2": countries[1][0], "country3": countries[2][0],
            "nat": countries[0][1], "nat2": countries[1][1],
            "town": r.choice(TOWNS) if r.random() < 0.6 else invented_name(r).replace("vik", "wick"),
            "state": r.choice(US_STATES),
            "wire": r.choice(WIRES),
            "bank": r.choice(BANKS), "ngo": r.choice(NGOS),
            "party": "", "party2": "",
            "ministry": r.choice(MINISTRIES),
            "sector": r.choice(SECTORS), "commodity": r.choice(COMMODITIES),
            "index_cap": "", "product": r.choice(PRODUCTS),
            "uni": "", "venue": "",
        }
        p = r.sample(PARTIES, 2)
        self.fixed["party"], self.fixed["party2"] = p
        self.fixed["index_cap"] = (lambda s: s[0].upper() + s[1:])(r.choice(INDICES))
        self.fixed["product_cap"] = (lambda s: s[0].upper() + s[1:])(self.fixed["product"])
        self.fixed["currency_word"] = r.choice(["euro", "pound", "yen", "yuan", "rupee", "Swiss franc",
                                                "Australian dollar", "Brazilian real", "Mexican peso", "won"])
        self.orgs = [self.make_org() for _ in range(4)]
        self.teams = []
        for _ in range(2):
            t = r.choice(TOWNS) + " " + r.choice(MASCOTS)
            while t in self.teams:
                t = r.choice(TOWNS) + " " + r.choice(MASCOTS)
            self.teams.append(t)
        self.fixed["uni"] = self.expand(r.choice(UNIS))
        self.fixed["venue"] = r.choice(["{town} Park", "the {org.s} Arena", "Riverside Stadium", "the Old Ground",
                                        "{town} Road", "the National Stadium in {city}"])
        self.fixed["venue"] = self.expand(self.fixed["venue"])
        self.people = []
        self.reporters = [Person(r, "feature", self) for _ in range(4)]
        for i in range(4):
            self.people.append(Person(r, kind if i != 2 or kind not in ("business", "tech") else "markets", self))

    def make_org(self):
        r = self.rng
        short = r.choice(CO_A) if r.random() < 0.75 else invented_name(r)
        full = short + " " + r.choice(CO_B)
        form = r.choice(CO_FORM)
        return {"s": short, "full": f"{full} {form}".strip(), "name": full,
                "ticker": "".join(c for c in short.upper() if c.isalpha())[:4]}

    # -- template expansion ----------------------------------------------------------------

    def expand(self, text):
        r = self.rng
        while True:
            new = CHOICE.sub(lambda m: r.choice(m.group(1).split("|")), text)
            if new == text:
                break
            text = new
        return SLOT.sub(lambda m: self.slot(m.group(1)), text)

    def person(self, letter):
        return self.people["ABCD".index(letter)]

    def slot(self, key):
        r = self.rng
        if key in self.fixed:
            return self.fixed[key]
        if key in SCI:
            return r.choice(SCI[key])
        head, _, attr = key.partition(".")
        if head in ("A", "B", "C", "D"):
            p = self.person(head)
            if attr == "":
                seen = self.cache.setdefault("seen", set())
                if head in seen:
                    return p.later(self.style)
                seen.add(head)
                return p.full()
            return {
                "l": p.later(self.style), "f": p.first, "last": p.last, "role": p.role,
                "role_the": p.role.replace(" of " + self.orgs[0]["full"], ""),
                "He": {"m": "He", "f": "She", "n": "They"}[p.gender],
                "he": {"m": "he", "f": "she", "n": "they"}[p.gender],
                "him": {"m": "him", "f": "her", "n": "them"}[p.gender],
                "his": {"m": "his", "f": "her", "n": "their"}[p.gender],
                "age": str(p.age),
            }[attr]
        if head.startswith("org"):
            o = self.orgs[int(head[3:] or "1") - 1]
            if attr == "s":
                return o["s"]
            if attr == "domain":
                return o["name"].lower().replace(" ", "")
            return o["full"]
        if head in ("team", "team2"):
            return self.teams[0 if head == "team" else 1]
        if head in ("R1", "R2", "R3", "R4"):
            p = self.reporters[int(head[1]) - 1]
            return f"{p.first} {p.last}"
        if key == "ticker":
            exch = r.choice(["NASDAQ", "NYSE", "LSE", "TSX", "Euronext", "ASX", "SIX"])
            return f"{exch}: {self.orgs[0]['ticker']}"
        if key == "money_b":
            return money(r, "b")
        if key == "money_small":
            return money(r, "s")
        if key == "money_conv":
            return f"$1 = {r.uniform(0.7, 160):.4f} {r.choice(['euros', 'pounds', 'yen', 'yuan', 'rupees', 'kronor'])}"
        if key == "pct":
            v = r.choice([round(r.uniform(0.2, 60), 1), r.randint(2, 85)])
            return r.choice([f"{v}%", f"{v}%", f"{v} percent", f"{v} per cent"])
        if key == "pct_int":
            return f"{r.randint(8, 62)}%"
        if key == "pct_small":
            return f"{r.uniform(0.1, 9.9):.{r.choice([1, 2])}f}%"
        if key == "pp":
            return f"{r.randint(1, 12)} percentage point{'s' if r.random() < 0.9 else ''}"
        if key == "bp":
            return str(r.randint(2, 45))
        if key in ("count", "num"):
            v = r.choice([r.randint(100, 999), r.randint(1000, 99999), r.randint(10000, 990000),
                          round(r.uniform(1.1, 9.9), 1)])
            if isinstance(v, float):
                return f"{v} {'million' if r.random() < 0.9 else 'billion'}"
            return fmt_int(v - v % r.choice([1, 10, 100]))
        if key == "count_small":
            return r.choice([fmt_int(r.randint(12, 4999)), r.choice(NUM_WORDS[6:]), str(r.randint(20, 400))])
        if key == "n_small":
            return r.choice(NUM_WORDS[:10] + [str(r.randint(2, 19))])
        if key == "of_last":
            last = r.randint(3, 12)
            return f"{r.randint(1, last)} of their last {last}"
        if key == "rank":
            return str(r.choice([1, 1, 2, 3, 4, 5, 7, 9, 12, 18, 25, 40]))
        if key == "rname":
            p = Person(r, "feature", self)
            return f"{p.first} {p.last}"
        if key == "money_m":
            sym = r.choice(["£", "€", "$"])
            return r.choice([f"{sym}{r.randint(2, 120)} million", f"{sym}{r.uniform(1, 99):.1f}m"])
        if key == "dur_short":
            return r.choice(["three hours", "40 minutes", "half an hour", "two and a half hours", f"{r.randint(5, 90)} minutes"])
        if key == "addr":
            return f"{r.randint(1, 2400)} {r.choice(CO_A)} {r.choice(['St.', 'Ave.', 'Blvd.', 'Rd.', 'Street', 'Avenue'])}" + r.choice(["", f", Suite {r.randint(100, 990)}"])
        if key == "votes":
            return str(r.randint(300, 650))
        if key == "votes_small":
            return str(r.randint(5, 299))
        if key == "year":
            return str(r.randint(1890, 2021))
        if key == "pyear":
            return str(r.randint(1995, 2023))
        if key == "fyear":
            return str(r.randint(2025, 2040))
        if key == "years":
            return r.choice(["two years", "three years", "a decade", "five years", "20 years", "six months",
                             f"{r.randint(4, 40)} years", "18 months", "nearly a decade"])
        if key == "years_adj":
            return r.choice(["two-year", "three-year", "decade-long", "five-year", "18-month", f"{r.randint(4, 12)}-year",
                             "months-long", "year-long"])
        if key == "years_ago":
            return r.choice(["as a child", "in the 1970s", f"{r.randint(3, 50)} years ago", "after the war",
                             "during the pandemic", "when the mill closed"])
        if key == "years_bond":
            return r.choice(["two", "five", "10", "30"])
        if key in ("weeks", "days"):
            return r.choice(["three weeks", "two days", "10 days", "a fortnight", "six weeks", "48 hours",
                             "four months", f"{r.randint(2, 30)} days", "a week", "five weeks"])
        if key == "hours":
            return str(r.choice([2, 3, 6, 12, 24, 36, 48, 72]))
        if key in ("day", "day2"):
            return r.choice(WEEKDAYS)
        if key == "month":
            return r.choice(MONTHS)
        if key == "date_short":
            return f"{r.choice(MONTHS_AP)} {r.randint(1, 28)}"
        if key == "count_poll":
            return fmt_int(r.randint(800, 5200))
        if key == "date_range":
            m = r.choice(MONTHS_AP)
            d = r.randint(1, 20)
            return f"between {m} {d} and {m} {d + r.randint(2, 8)}"
        if key == "date_full":
            return f"{r.choice(MONTHS)} {r.randint(1, 28)}, {r.randint(2019, 2025)}"
        if key == "time":
            h = r.randint(1, 12)
            return r.choice([f"{h}:{r.choice(['00', '15', '30', '45', '05', '50'])} {r.choice(['a.m.', 'p.m.'])}",
                             f"{h} {r.choice(['a.m.', 'p.m.'])}", "noon", "midnight", f"{r.randint(10, 23)}{r.choice(['00', '30'])} GMT"])
        if key == "time_phrase":
            return r.choice(["shortly after midnight", "just before dawn", "in the early hours", "late in the evening",
                             f"at around {r.randint(1, 11)} {r.choice(['a.m.', 'p.m.'])}", "on Sunday afternoon",
                             "during the morning rush hour"])
        if key in ("age", "age_kid"):
            return str(r.randint(6, 14) if key == "age_kid" else r.randint(55, 70))
        if key == "quarter":
            return r.choice(["first quarter", "second quarter", "third quarter", "fourth quarter", "first half",
                             "three months to June", "fiscal first quarter"])
        if key == "quarter_cap":
            return r.choice(["First Quarter", "Second Quarter", "Third Quarter", "Fourth Quarter", "Full-Year"])
        if key == "score":
            return f"{r.randint(0, 5)}-{r.randint(0, 4)}" if r.random() < 0.7 else f"{r.randint(70, 125)}-{r.randint(65, 120)}"
        if key == "minute":
            return str(r.randint(3, 90))
        if key == "minute_th":
            return ordinal(r.randint(3, 90))
        if key == "race_time":
            return r.choice([f"{r.randint(2, 3)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
                             f"{r.randint(1, 4)} hours and {r.randint(1, 59)} minutes", f"{r.randint(9, 59)}.{r.randint(10, 99)} seconds",
                             f"{r.randint(40, 230)} minutes"])
        if key == "secs":
            return f"{r.randint(0, 40)}.{r.randint(1, 9)}"
        if key in ("ordinal", "ordinal_cap"):
            o = r.choice(ORDINALS)
            return o.capitalize() if key == "ordinal_cap" else o
        if key == "frac":
            return r.choice(FRACTIONS)
        if key == "price":
            return r.choice([f"${r.uniform(40, 130):.2f}", f"${fmt_int(r.randint(1500, 9999))}", f"{r.uniform(2, 900):.2f} euros"])
        if key == "fx":
            return f"{r.uniform(0.5, 1500):.2f}"
        if key == "index_level":
            return f"{r.randint(1000, 45000):,}.{r.randint(0, 99):02d}"
        if key == "index_level_small":
            return f"{r.uniform(10, 110):.2f}"
        if key == "quake":
            return f"{r.uniform(4.5, 8.4):.1f}"
        if key == "temp":
            return r.choice([f"{r.uniform(18, 46):.1f}°C", f"{r.randint(70, 115)} degrees Fahrenheit", f"{r.randint(20, 40)} C"])
        if key == "temp_diff":
            return f"{r.uniform(0.1, 2.5):.1f} degrees"
        if key == "dist":
            return r.choice([f"{r.randint(3, 120)} km", f"{r.randint(2, 80)} miles", f"{r.uniform(1, 9):.1f} kilometres",
                             "an hour's drive", f"{r.randint(10, 900)} metres"])
        if key == "email":
            return f"{r.choice(WIRE_EMAIL)}@{self.orgs[0]['name'].lower().replace(' ', '')}.com"
        if key == "phone":
            return f"+{r.randint(1, 49)} {r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
        if key == "Q":
            return self.expand(self.fresh(QUOTES[self.kind] if r.random() < 0.8 else QUOTES_SHARED))
        if key == "Qq":
            return self.expand(self.fresh(QUESTIONS))
        if key == "frag":
            return r.choice(FRAGMENTS)
        if key == "CL":
            return self.expand(self.fresh(CLAUSES[self.kind] if r.random() < 0.8 else CLAUSES["shared"]))
        if key == "say":
            return self.expand(r.choice(SAY))
        if key == "emoji":
            return r.choice(EMOJI)
        raise KeyError(key)

    # -- paragraphs ------------------------------------------------------------------------

    def q(self, open_=True):
        return "“" if open_ else "”"

    def quote_paragraph(self, who):
        """A paragraph with a quote from person `who`, in one of many shapes."""
        r = self.rng
        e = self.expand
        first_mention = who not in self.cache.get("seen", set())
        name = e("{" + who + "}")
        later = e("{" + who + ".l}")
        role = e("{" + who + ".role}")
        he = e("{" + who + ".He}")
        if first_mention:
            speaker = r.choice([f"{name}, {role},", f"{name}, the {role},", f"{role} {name}" if not role[0].isupper() else f"{name},"])
            speaker = speaker.rstrip(",")
            shape = r.randrange(6)
            if shape == 0:
                return f"“{e('{Q}')},” said {speaker}."
            if shape == 1:
                return f"“{e('{Q}')},” {name}, {role}, {e('{say}')}."
            if shape == 2:
                return f"{name}, {role}, said {e('{CL}')}."
            if shape == 3:
                what = r.choice(["outcome", "decision", "deal", "result", "move"])
                return f"{name}, {role}, described the {what} as “{e('{frag}')}”."
            if shape == 4:
                return f"Speaking to reporters in {e('{city}')}, {name}, {role}, said: “{e('{Q}')}. {e('{Q}')}.”"
            return f"“{e('{Q}')},” {name} {e('{say}')}. “{e('{Q}')}.”"
        shape = r.randrange(12)
        if shape == 0:
            return f"“{e('{Q}')},” {later} {e('{say}')}."
        if shape == 1:
            return f"“{e('{Q}')},” {e('{say}')} {later}."
        if shape == 2:
            return f"{later} {e('{say}')}: “{e('{Q}')}.”"
        if shape == 3:
            return f"“{e('{Q}')},” {he.lower()} {e('{say}')}. “{e('{Q}')}.”"
        if shape == 4:
            return f"{later} said {e('{CL}')}, adding: “{e('{Q}')}.”"
        if shape == 5:
            return f"{he} {e('{say}')} that {e('{CL}')}."
        if shape == 6:
            return f"“{e('{Qq}')}?” {later} asked. “{e('{Q}')}.”"
        if shape == 7:
            return f"{later} called the {r.choice(['move', 'plan', 'ruling', 'result', 'decision'])} “{e('{frag}')}” and said {e('{CL}')}."
        if shape == 8:
            # A quote that runs over two paragraphs: the first has no closing mark.
            return f"“{e('{Q}')}. {e('{Q}')}.\n\n“{e('{Q}')},” {later} {e('{say}')}."
        if shape == 9:
            return f"“{e('{Q}')}!” {he.lower()} {e('{say}')}."
        if shape == 10:
            return f"According to {later}, {e('{CL}')}."
        return f"“{e('{Q}')} — {e('{Q}')},” {later} {e('{say}')}."

    def fresh(self, pool):
        """A template from `pool` not yet used in this article (the pool starts over when spent)."""
        used = self.cache.setdefault("used", set())
        left = [t for t in pool if t not in used]
        if not left:
            used.difference_update(pool)
            left = pool
        t = self.rng.choice(left)
        used.add(t)
        return t

    def body_paragraph(self):
        r = self.rng
        n = r.choices([1, 2, 3], weights=[40, 45, 15])[0]
        sents = []
        for _ in range(n):
            t = self.fresh(BODY[self.kind] if r.random() < 0.8 else SHARED)
            sents.append(capitalize(self.expand(t)))
        return " ".join(sents)

    def bullets(self):
        r = self.rng
        intros = BULLET_INTROS.get(self.kind) or []
        items = BULLETS.get(self.kind) or []
        if not intros or len(items) < 2:
            return None
        marker = r.choice(["- ", "• ", "* ", "1. "])
        chosen = r.sample(items, min(len(items), r.randint(2, 5)))
        lines = [self.expand(r.choice(intros))]
        for i, item in enumerate(chosen):
            m = f"{i + 1}. " if marker == "1. " else marker
            lines.append(m + capitalize(self.expand(item)))
        return "\n".join(lines)

    def dateline(self):
        r = self.rng
        city = self.fixed["city"].upper()
        wire = self.fixed["wire"]
        return r.choice([f"{city} ({wire}) - ", f"{city} ({wire}) — ", f"{city}, {self.expand('{date_short}')} ({wire}) -- ",
                         f"{city} -- ", f"{city} — ", f"{self.fixed['city']}, {self.expand('{date_full}')} — "])

    def build(self, target):
        r = self.rng
        k = self.kind
        paras = []
        paras.append(self.expand(r.choice(HEAD[k])))
        self.cache.pop("seen", None)  # the lead names people in full again
        if k == "press":
            paras.insert(0, "FOR IMMEDIATE RELEASE")
        if r.random() < 0.35 or k == "feature":
            paras.append(f"By {self.expand('{R1}')}" + (f" and {self.expand('{R2}')}" if r.random() < 0.2 else ""))
        lead = capitalize(self.expand(r.choice(LEAD[k])))
        if k == "press":
            lead = f"{self.fixed['city'].upper()}, {self.expand('{date_full}')} /{r.choice(['Newsroom Direct', 'Wirepoint', 'PressLine'])}/ -- " + lead
        elif k != "feature" and r.random() < 0.85:
            lead = self.dateline() + lead
        paras.append(lead)
        size = sum(len(p) for p in paras)
        speakers = ["A", "B", "C", "D"]
        bullets_done = False
        sub_done = False
        while size < target:
            roll = r.random()
            if roll < 0.38:
                p = self.quote_paragraph(r.choice(speakers[:3]) if r.random() < 0.85 else "D")
            elif roll < 0.44 and not bullets_done:
                p = self.bullets()
                bullets_done = True
                if p is None:
                    continue
            elif roll < 0.47 and not sub_done and k in ("feature", "business", "science", "politics"):
                p = self.expand(r.choice(SUBHEADS))
                sub_done = True
            elif roll < 0.49 and k in ("feature", "sports", "tech"):
                handle = "@" + self.people[0].first.lower().replace("é", "e") + "_" + self.people[0].last.lower().replace(" ", "")
                p = self.expand(
                    r.choice([f"“{{Q}} {{emoji}}{{emoji}}” [{{A.l}} posted|the club wrote|read one post] on social media [afterwards|that night|hours later].",
                              f"A post from {handle} read simply: “{{emoji}}”.",
                              f"Fans replied with {{emoji}} and {{emoji}} emoji within minutes."]))
            else:
                p = self.body_paragraph()
            p = capitalize(p)
            paras.append(p)
            size += len(p)
        if r.random() < 0.3 or k == "press":
            if k == "press":
                paras.append(f"About {self.orgs[0]['full']}\n" + self.expand(
                    "[Founded|Established] in {year} and headquartered in {city}, {org} is a [leading|trusted] [provider|maker] of [{sector} solutions|industrial components|consumer products]. The company employs about {count} people. For more information, visit www.{org.domain}.com."))
            paras.append(self.expand(r.choice(CLOSE[k])))
        sep = "\n\n" if r.random() < 0.8 else "\n"
        text = sep.join(paras)
        for team in self.teams:
            text = text.replace(team + "'s", team + "'")  # Rangers' not Rangers's
        if not self.curly:
            text = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
        else:
            text = text.replace("'", "’")
        return text


KINDS = ["world", "business", "markets", "politics", "sports", "feature", "press", "science", "courts", "tech"]
KIND_WEIGHTS = [16, 16, 7, 13, 14, 9, 6, 7, 6, 6]


def generate(docs, seed):
    rng = random.Random(seed)
    for i in range(docs):
        kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
        art = Article(rng, kind, i)
        target = rng.randint(1700, 3900)
        text = art.build(target)
        yield {"id": f"news-{i + 1:05d}", "text": text}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", "--output", default=os.path.join(here, "news.jsonl.gz"),
                    help="output path; `.gz` is compressed; `-` writes plain JSONL to stdout")
    ap.add_argument("--docs", type=int, default=DOCS)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--stats", action="store_true", help="print size and compression figures to stderr")
    args = ap.parse_args()

    buf = io.StringIO()
    text_bytes = 0
    count = 0
    for rec in generate(args.docs, args.seed):
        buf.write(json.dumps(rec, ensure_ascii=False))
        buf.write("\n")
        text_bytes += len(rec["text"].encode("utf-8"))
        count += 1
    data = buf.getvalue().encode("utf-8")

    if args.output == "-":
        sys.stdout.buffer.write(data)
    elif args.output.endswith(".gz"):
        with open(args.output, "wb") as f:
            with gzip.GzipFile(filename="news.jsonl", mode="wb", fileobj=f, compresslevel=9, mtime=0) as gz:
                gz.write(data)
    else:
        with open(args.output, "wb") as f:
            f.write(data)

    if args.stats:
        gz9 = len(gzip.compress(data, compresslevel=9, mtime=0))
        gz1 = len(zlib.compress(data, 1))
        print(f"documents:        {count}", file=sys.stderr)
        print(f"JSONL bytes:      {len(data):,}", file=sys.stderr)
        print(f"text bytes:       {text_bytes:,}", file=sys.stderr)
        print(f"gzip -9 bytes:    {gz9:,} (ratio {len(data) / gz9:.2f})", file=sys.stderr)
        print(f"gzip -1 bytes:    {gz1:,} (ratio {len(data) / gz1:.2f})", file=sys.stderr)


if __name__ == "__main__":
    main()
