#!/usr/bin/env python3
"""Generate Dyad's list of actors and the names of states in each language.

Writes, under Sources/DyadResources/Resources/:
  common/actors.json      every state (scripts/data/states.json: the UN members, the UN
                          observer states, Taiwan and Kosovo) and every organisation
                          (scripts/data/organisations.json), with code, English name and kind;
  <lang>/territories.json the names of each state in <lang> (vi, en), in the shape of the
                          "aliases" of <lang>/actors.json but with "names" and "places" only
                          ("places": the state's capital, scripts/data/capitals.json).

Sources:
  - Debian's iso-codes: /usr/share/iso-codes/json/iso_3166-1.json (alpha-3 codes, English
    names) and its Vietnamese translations /usr/share/locale/vi/LC_MESSAGES/iso_3166-1.mo
    (`apt-get install iso-codes`);
  - CLDR through Babel: Locale(lang).territories (`pip install babel`; Babel is the only
    package outside the standard library);
  - scripts/data/<lang>-territory-overrides.json: names to drop (ambiguous as ordinary words
    or people's names, or not the forms news writes), names to add that the sources lack, and
    the English display name where the sources' reads worse;
  - scripts/data/capitals.json (hand-written: no offline source has capitals): each state's
    capital(s) as English and Vietnamese news write them, and per language the capitals to
    leave out (ordinary words, people's names, places better known elsewhere, seats of
    organisations, contested cities). A capital is written as a "place" of its state unless
    excluded there, or <lang>/actors.json already has it (for any actor, in any form, or as a
    not_actor), or it is already a name of a state (Singapore, Monaco); spacing and hyphens
    are ignored in these comparisons as Dyad's matcher ignores them.
The hand-kept <lang>/actors.json wins over what is generated here: a generated name that it
lists as a not_actor, or under a form other than 'names', or for another actor, is left out
(so 'Anh', 'titled' for GBR in vi/actors.json, never becomes a plain name).

Rules applied to the sources' names, before the overrides:
  - "X (Y)" gives both X and Y (CLDR en "Myanmar (Burma)");
  - names with a comma are ISO's inverted forms ("Korea, Republic of") and are skipped, as
    are CLDR's "Congo - Kinshasa" and "St. Kitts & Nevis" forms (" - ", "&");
  - a leading "the " is dropped (iso-codes "the State of Palestine");
  - Vietnamese iso-codes names are taken only where actually translated (not equal to the
    English msgid) and only for the short and common names, not the official ones.

The files in the repository were made with Babel 2.19.0 (CLDR 49) and iso-codes 4.15.0; other
versions may name a few states differently, so regenerate with those to review a diff.

Output is deterministic: codes sorted; each state's names have its primary name first (the
CLDR name, or the override's "primary"), which Dyad shows as the actor's local name when
<lang>/actors.json has none, then the others sorted; its places keep the order of
capitals.json. Running the script again writes
byte-identical files.

Usage: python3 scripts/gen-actors.py           # generate, then check
       python3 scripts/gen-actors.py --check   # check only
The check: every resource file is valid JSON; every code in <lang>/actors.json,
<lang>/territories.json (aliases and pair_names) and common/officeholders.json is in
common/actors.json; within a language (actors.json and territories.json together, spacing
and hyphens ignored as Dyad's matcher ignores them) no name belongs to two actors, nor is
both an actor's name and a not_actor or an officeholder's name. It exits 1 on any problem.
"""

import gettext
import json
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "scripts", "data")
RESOURCES = os.path.join(ROOT, "Sources", "DyadResources", "Resources")
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
LOCALE_DIR = "/usr/share/locale"
LANGUAGES = ["en", "vi"]


def load(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def dump(value):
    return json.dumps(value, ensure_ascii=False)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def split_forms(name):
    """The usable forms of one source name (see the rules in the docstring)."""
    name = name.strip()
    if not name or "," in name or "&" in name or " - " in name:
        return []
    if name.startswith("the "):
        name = name[4:]
    if name.endswith(")") and " (" in name:
        outer, inner = name[:-1].split(" (", 1)
        return [outer.strip(), inner.strip()]
    return [name]


def flatten_drop(overrides):
    """The override file's "drop" groups names by reason; the script needs only the names."""
    dropped = set()
    for names in overrides.get("drop", {}).values():
        dropped.update(names)
    return dropped


def states():
    """(alpha-2, alpha-3, iso-codes entry) of every state in scripts/data/states.json."""
    spec = load(os.path.join(DATA, "states.json"))
    iso = {entry["alpha_2"]: entry for entry in load(ISO_JSON)["3166-1"]}
    result = []
    for alpha2 in spec["un_members"] + spec["un_observers"] + spec["other_states"]:
        entry = iso.get(alpha2, {})
        alpha3 = spec.get("alpha3", {}).get(alpha2) or entry.get("alpha_3")
        if not alpha3:
            sys.exit(f"gen-actors: no alpha-3 code for {alpha2}")
        result.append((alpha2, alpha3, entry))
    return sorted(result, key=lambda item: item[1])


def source_names(lang, alpha2, entry):
    """The names of one state in `lang` from CLDR and iso-codes, primary first."""
    from babel import Locale  # pip install babel

    names = []
    cldr = Locale(lang).territories.get(alpha2)
    if cldr:
        names += split_forms(cldr)
    if lang == "en":
        for key in ("common_name", "name", "official_name"):
            if entry.get(key):
                names += split_forms(entry[key])
    else:
        try:
            translation = gettext.translation("iso_3166-1", localedir=LOCALE_DIR, languages=[lang])
        except OSError:
            translation = None
        if translation:
            for key in ("common_name", "name"):
                msgid = entry.get(key)
                if msgid and translation.gettext(msgid) != msgid:
                    names += split_forms(translation.gettext(msgid))
    return names


def hand_kept(lang):
    """<lang>/actors.json as (name -> (code, form)) and its not_actors, or empties."""
    path = os.path.join(RESOURCES, lang, "actors.json")
    if not os.path.exists(path):
        return {}, set()
    data = load(path)
    forms = {}
    for code, aliases in data["aliases"].items():
        for form in ("names", "short", "titled", "places"):
            for name in aliases.get(form) or []:
                forms.setdefault(name, (code, form))
    return forms, set(data.get("not_actors") or [])


def territories(lang, state_list, display):
    overrides = load(os.path.join(DATA, f"{lang}-territory-overrides.json"))
    dropped = flatten_drop(overrides)
    added = overrides.get("add", {})
    primary = overrides.get("primary", {})
    kept_forms, kept_not_actors = hand_kept(lang)
    aliases = {}
    left_out = []
    for alpha2, alpha3, entry in state_list:
        candidates = []
        if lang == "en" and alpha3 in display:
            candidates.append(display[alpha3])
        candidates += source_names(lang, alpha2, entry)
        candidates += added.get(alpha3, [])
        names = []
        for name in candidates:
            name = unicodedata.normalize("NFC", name)
            if name in names or name in dropped:
                continue
            if name in kept_not_actors:
                left_out.append((alpha3, name, "a not_actor in actors.json"))
                continue
            hand = kept_forms.get(name)
            if hand and (hand[0] != alpha3 or hand[1] != "names"):
                left_out.append((alpha3, name, f"{hand[1]} of {hand[0]} in actors.json"))
                continue
            names.append(name)
        if not names:
            continue
        first = primary.get(alpha3, names[0])
        if first not in names:
            sys.exit(f"gen-actors: {lang} primary name '{first}' of {alpha3} is not among its names")
        aliases[alpha3] = [first] + sorted(n for n in names if n != first)
    unused = sorted(set(added) - set(aliases)) + sorted(set(primary) - set(aliases))
    if unused:
        sys.exit(f"gen-actors: {lang} overrides name unknown states: {unused}")
    return aliases, left_out


def capitals(lang, state_codes, names_by_code):
    """The capitals of scripts/data/capitals.json to write as places in <lang>/territories.json.

    Returns (places by code, left-out (code, name, why) worth a look, counts of the rest)."""
    data = load(os.path.join(DATA, "capitals.json"))
    by_code = data["capitals"]
    missing, unknown = sorted(set(state_codes) - set(by_code)), sorted(set(by_code) - set(state_codes))
    if missing or unknown:
        sys.exit(f"gen-actors: capitals.json lacks states {missing} or names unknown ones {unknown}")
    excluded = set()
    for names in data.get("exclude", {}).get(lang, {}).values():
        excluded.update(token_key(n) for n in names)
    listed = {token_key(n) for entry in by_code.values() for n in entry.get(lang, [])}
    if excluded - listed:
        sys.exit(f"gen-actors: capitals.json excludes {lang} names it does not list: {sorted(excluded - listed)}")
    kept_forms, kept_not_actors = hand_kept(lang)
    hand = {}
    for name, owner in kept_forms.items():
        hand.setdefault(token_key(name), owner)
    not_actors = {token_key(n) for n in kept_not_actors}
    generated = {}
    for code, names in names_by_code.items():
        for name in names:
            generated.setdefault(token_key(name), code)
    places, left_out = {}, []
    counts = {"excluded": 0, "already": 0}
    for code in sorted(by_code):
        kept, keys = [], set()
        for name in by_code[code].get(lang, []):
            name = unicodedata.normalize("NFC", name)
            key = token_key(name)
            if key in keys:
                continue
            keys.add(key)
            if key in excluded:
                counts["excluded"] += 1
            elif key in not_actors:
                left_out.append((code, name, "a not_actor in actors.json"))
            elif key in hand:
                if hand[key][0] == code:
                    counts["already"] += 1
                else:
                    left_out.append((code, name, f"{hand[key][1]} of {hand[key][0]} in actors.json"))
            elif key in generated:
                if generated[key] == code:
                    counts["already"] += 1
                else:
                    left_out.append((code, name, f"a name of {generated[key]}"))
            else:
                kept.append(name)
        if kept:
            places[code] = kept
    return places, left_out, counts


def render_actor_list(actors):
    about = ("Every actor Dyad knows: ISO 3166-1 alpha-3 codes for states, short upper-case codes for "
             "organisations (XKX, Kosovo, is user-assigned). Names per language live in <lang>/actors.json "
             "(hand-kept) and <lang>/territories.json (generated). Generated by scripts/gen-actors.py from "
             "iso-codes, CLDR (Babel), scripts/data/states.json and scripts/data/organisations.json; "
             "do not edit, edit those instead.")
    lines = [dump({"code": a["code"], "name": a["name"], "kind": a["kind"]}) for a in actors]
    return ("{\n  \"about\": " + dump(about) + ",\n  \"actors\": [\n    "
            + ",\n    ".join(lines) + "\n  ]\n}\n")


def render_territories(lang, aliases, places):
    language = {"en": "English", "vi": "Vietnamese"}.get(lang, lang)
    about = (f"{language} names of the states in common/actors.json, merged with <lang>/actors.json by "
             "actor (same meaning as its 'names' and 'places'); 'places' are capitals. Generated by "
             "scripts/gen-actors.py from CLDR (Babel), iso-codes and scripts/data/capitals.json; do not edit, "
             f"edit scripts/data/{lang}-territory-overrides.json and scripts/data/capitals.json instead.")

    def entry(code):
        value = {}
        if code in aliases:
            value["names"] = aliases[code]
        if code in places:
            value["places"] = places[code]
        return value

    lines = [f"{dump(code)}: {dump(entry(code))}" for code in sorted(set(aliases) | set(places))]
    return ("{\n  \"about\": " + dump(about) + ",\n  \"aliases\": {\n    "
            + ",\n    ".join(lines) + "\n  }\n}\n")


def generate():
    state_list = states()
    en_overrides = load(os.path.join(DATA, "en-territory-overrides.json"))
    display = en_overrides.get("display", {})
    from babel import Locale

    english = Locale("en").territories
    actors = []
    for alpha2, alpha3, entry in state_list:
        name = display.get(alpha3)
        if not name:
            cldr = english.get(alpha2, "")
            clean = split_forms(cldr)
            name = entry.get("common_name") or (cldr if clean == [cldr] else entry.get("name"))
        actors.append({"code": alpha3, "name": name, "kind": "state"})
    organisations = load(os.path.join(DATA, "organisations.json"))["organisations"]
    actors += [{"code": o["code"], "name": o["name"], "kind": o.get("kind", "organisation")}
               for o in sorted(organisations, key=lambda o: o["code"])]
    codes = [a["code"] for a in actors]
    if len(codes) != len(set(codes)):
        sys.exit("gen-actors: a code is given twice")
    path = os.path.join(RESOURCES, "common", "actors.json")
    if os.path.exists(path):
        before = {a["code"]: a for a in load(path)["actors"]}
        after = {a["code"]: a for a in actors}
        lost = sorted(set(before) - set(after))
        renamed = sorted(c for c in before if c in after and before[c]["name"] != after[c]["name"])
        if lost or renamed:
            print(f"gen-actors: warning: actors dropped {lost}, renamed {renamed}", file=sys.stderr)
    write(path, render_actor_list(actors))
    for lang in LANGUAGES:
        aliases, left_out = territories(lang, state_list, display)
        places, places_left_out, counts = capitals(lang, [item[1] for item in state_list], aliases)
        write(os.path.join(RESOURCES, lang, "territories.json"), render_territories(lang, aliases, places))
        total = sum(len(v) for v in aliases.values())
        print(f"{lang}/territories.json: {len(aliases)} states, {total} names; "
              f"{sum(len(v) for v in places.values())} capitals of {len(places)} states as places "
              f"(left out: {counts['already']} already in actors.json or a state's name, "
              f"{counts['excluded']} excluded in capitals.json)")
        for code, name, why in left_out + places_left_out:
            print(f"  left out {code} '{name}': {why}")
    print(f"common/actors.json: {len(actors)} actors "
          f"({len(state_list)} states, {sum(1 for o in organisations if o.get('kind', 'organisation') == 'organisation')} organisations, {sum(1 for o in organisations if o.get('kind') == 'forum')} forums)")


def token_key(name):
    """A name as Dyad's matcher sees it: spacing and hyphenation are not significant."""
    text = unicodedata.normalize("NFC", name).replace("\u2019", "'")
    return tuple(text.replace("-", " ").split())


def check():
    problems = []
    for path in sorted(os.path.join(dp, f) for dp, _, fs in os.walk(RESOURCES) for f in fs if f.endswith(".json")):
        try:
            load(path)
        except ValueError as error:
            problems.append(f"{os.path.relpath(path, ROOT)}: invalid JSON: {error}")
    if problems:
        return problems
    actor_codes = {a["code"] for a in load(os.path.join(RESOURCES, "common", "actors.json"))["actors"]}
    people = {}  # token key of a person's name -> person id
    holders = os.path.join(RESOURCES, "common", "officeholders.json")
    if os.path.exists(holders):
        for person in load(holders)["people"]:
            for name in person["names"] + (person.get("titled_names") or []):
                people.setdefault(token_key(name), person["id"])
            for term in person["terms"]:
                if term["actor"] not in actor_codes:
                    problems.append(f"common/officeholders.json: {person['id']}: unknown actor '{term['actor']}'")
    for lang in sorted(os.listdir(RESOURCES)):
        if lang == "common":
            continue
        owners = {}  # token key -> {code: [(file, form, name)]}
        not_actors = {}
        for file in ("actors.json", "territories.json"):
            path = os.path.join(RESOURCES, lang, file)
            if not os.path.exists(path):
                continue
            data = load(path)
            for phrase in data.get("not_actors") or []:
                not_actors[token_key(phrase)] = phrase
            for phrase, codes in (data.get("pair_names") or {}).items():
                if len(codes) != 2 or any(code not in actor_codes for code in codes):
                    problems.append(f"{lang}/{file}: pair name '{phrase}' must name two known actors (has {codes})")
            for code, aliases in data["aliases"].items():
                if code not in actor_codes:
                    problems.append(f"{lang}/{file}: unknown actor '{code}'")
                for form in ("names", "short", "titled", "places"):
                    for name in aliases.get(form) or []:
                        owners.setdefault(token_key(name), {}).setdefault(code, []).append((file, form, name))
        for key, by_code in sorted(owners.items()):
            if len(by_code) > 1:
                where = "; ".join(f"{code}: " + ", ".join(f"{n} ({f} {fo})" for f, fo, n in uses)
                                  for code, uses in sorted(by_code.items()))
                problems.append(f"{lang}: '{' '.join(key)}' names two actors: {where}")
            if key in not_actors:
                problems.append(f"{lang}: '{not_actors[key]}' is both a not_actor and a name of {sorted(by_code)}")
        for key, person in people.items():
            if key in owners:
                problems.append(f"{lang}: '{' '.join(key)}' is both a name of {sorted(owners[key])} "
                                f"and of the officeholder {person}")
    return problems


def main():
    if "--check" not in sys.argv[1:]:
        generate()
    problems = check()
    for problem in problems:
        print(f"check: {problem}", file=sys.stderr)
    print(f"check: {len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
