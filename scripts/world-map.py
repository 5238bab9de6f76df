#!/usr/bin/env python3
"""Builds newsgraph-serve's bundled world outline (ui/world.json) from two npm packages, once, by hand:

    npm pack world-atlas@2.0.2 i18n-iso-countries@7.14.0   # then untar each
    scripts/world-map.py WORLD_ATLAS_DIR ISO_COUNTRIES_DIR > newsgraph-serve/src/main/resources/org/newsgraph/serve/ui/world.json

world-atlas (ISC licence) packages Natural Earth's 1:110m countries (public domain) as TopoJSON keyed by
ISO 3166-1 numeric codes; i18n-iso-countries (MIT licence) gives the alpha-3 codes Newsgraph uses. The
output is one SVG path per country in an equirectangular projection (x = longitude + 180, y = 90 - latitude),
so the UI draws the map with no library and no tile server.
"""
import json
import sys


def main(atlas_dir, iso_dir):
    topo = json.load(open(f"{atlas_dir}/countries-110m.json"))
    alpha3 = {num: a3 for _a2, a3, num, *_ in json.load(open(f"{iso_dir}/codes.json"))}
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def path(pts):
        return "M" + "L".join(f"{lon + 180:.1f},{90 - lat:.1f}" for lon, lat in pts) + "Z"

    def ring(indices):
        pts = []
        for i in indices:
            a = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(a if not pts else a[1:])
        # Rings crossing the antimeridian (Russia, Fiji, Alaska's islands) jump from +180 to -180: unwrap the
        # longitudes so the ring stays whole, and draw it a second time shifted by 360 degrees so that the
        # part past the edge shows on the other side (the SVG viewBox clips the rest). A ring that wraps the
        # whole globe (Antarctica) is drawn as it is.
        unwrapped = [pts[0]]
        for lon, lat in pts[1:]:
            prev = unwrapped[-1][0]
            while lon - prev > 180:
                lon -= 360
            while lon - prev < -180:
                lon += 360
            unwrapped.append((lon, lat))
        lons = [p[0] for p in unwrapped]
        if unwrapped == pts or max(lons) - min(lons) > 350:
            return path(pts)
        shift = -360 if max(lons) > 180 else 360
        return path(unwrapped) + path([(lon + shift, lat) for lon, lat in unwrapped])

    out = {}
    for n, g in enumerate(topo["objects"]["countries"]["geometries"]):
        polys = g.get("arcs", [])
        if g["type"] == "Polygon":
            polys = [polys]
        elif g["type"] != "MultiPolygon":
            continue
        d = "".join(ring(r) for p in polys for r in p)
        key = alpha3.get(str(g.get("id", "")), "_" + str(n))
        out[key] = out.get(key, "") + d
    json.dump({"source": "Natural Earth 1:110m (public domain) via world-atlas 2.0.2 (ISC); ISO codes via i18n-iso-countries 7.14.0 (MIT)",
               "viewBox": "0 0 360 180", "countries": out}, sys.stdout, separators=(",", ":"), sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
