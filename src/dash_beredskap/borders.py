"""The maps' borders as static GeoJSON files in static/borders/ (named .json, so they are served
as application/json), which Streamlit serves at /app/static/borders/ (enableStaticServing): the
browser fetches them once and keeps them, so a rerun sends only the points and values that
changed, never the borders again.

They are made from the real reference files in data/reference (see SOURCES.md: Natural Earth,
public domain; SCB, CC0) with the same codes as the database's `shapes` table, simplified to
what the maps can show (about a pixel at their deepest zoom) and rounded to match (countries to
0.01°, about 1 km; regions to 0.001°). Checked in; tests/unit/test_maps_borders.py fails when a
shipped file differs from what `build()` makes. Rewrite them with:

    uv run python -m dash_beredskap.borders
"""

from __future__ import annotations

import json
from pathlib import Path

from shapely.geometry import mapping, shape

from dash_beredskap import reference
from dash_beredskap.db import PROJECT_ROOT, REFERENCE_DIR

STATIC_DIR = PROJECT_ROOT / "static" / "borders"
URL_PREFIX = "/app/static/borders/"  # where Streamlit's static serving puts STATIC_DIR
# Degrees: about a pixel at the deepest zoom each layer is drawn at (site maps up to zoom 5,
# 0.02° a pixel, mostly at 0.9 and 3.2; Sweden's regions at zoom 3.75, 0.05° a pixel). The world
# file is 0.6 MB so (1.2 MB at 0.01°, 3 decimals), fetched once.
TOLERANCE = {"countries": 0.03, "regions": 0.005}
DECIMALS = {"countries": 2, "regions": 3}
# the files and what each holds: a layer, or the Nordic countries (the Nordic view's highlight)
FILES = {"countries": "countries.json", "regions": "regions.json", "nordic": "nordic.json"}


def url(name: str) -> str:
    """The browser's address of one border file ('countries', 'regions' or 'nordic')."""
    return URL_PREFIX + FILES[name]


def _round_ring(ring: list, decimals: int) -> list[list[float]]:
    """A ring rounded, without the repeated points rounding makes; closed as GeoJSON wants."""
    out: list[list[float]] = []
    for x, y, *_ in ring:
        point = [round(x, decimals), round(y, decimals)]
        if not out or point != out[-1]:
            out.append(point)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def _polygons(geometry: dict, tolerance: float, decimals: int) -> list[list[list[list[float]]]]:
    """The simplified, rounded polygons of a Polygon or MultiPolygon; parts that shrink to less
    than a triangle are dropped (islands smaller than the tolerance). A shape that would vanish
    whole (the Vatican) keeps its largest part, unsimplified and rounded finer."""
    source = shape(geometry)
    simple = mapping(source.simplify(tolerance, preserve_topology=True))
    parts = [simple["coordinates"]] if simple["type"] == "Polygon" else simple["coordinates"]
    polygons = []
    for part in parts:
        rings = [_round_ring(ring, decimals) for ring in part]
        if len(rings[0]) < 4:
            continue
        polygons.append([r for r in rings if len(r) >= 4])
    if not polygons:
        largest = max(getattr(source, "geoms", [source]), key=lambda p: p.area)
        polygons = [[_round_ring(list(largest.exterior.coords), decimals + 2)]]
    return polygons


def _feature(code: str, geometry_json: str, layer: str) -> dict:
    polygons = _polygons(json.loads(geometry_json), TOLERANCE[layer], DECIMALS[layer])
    geometry = (
        {"type": "Polygon", "coordinates": polygons[0]}
        if len(polygons) == 1
        else {"type": "MultiPolygon", "coordinates": polygons}
    )
    return {"type": "Feature", "id": code, "properties": {"code": code}, "geometry": geometry}


def _collection(codes: list[str], geometries: list[str], layer: str) -> dict:
    features = [_feature(code, g, layer) for code, g in zip(codes, geometries, strict=True)]
    return {"type": "FeatureCollection", "features": features}


def build(ref_dir: Path = REFERENCE_DIR) -> dict[str, str]:
    """{file name: its text}: every border file, made from the reference files in `ref_dir`.

    Each feature's id (and property `code`) is its code in the `shapes` table: ISO alpha-2 for
    countries, the county code ('01'–'25') for regions."""
    countries = reference.read_countries(ref_dir)
    regions = reference.read_regions(ref_dir)
    world = _collection(list(countries["iso2"]), list(countries["geojson"]), "countries")
    nordic = {
        "type": "FeatureCollection",
        "features": [f for f in world["features"] if f["id"] in reference.NORDIC],
    }
    sweden = _collection(list(regions["region_code"]), list(regions["geojson"]), "regions")
    collections = {"countries": world, "regions": sweden, "nordic": nordic}
    return {
        FILES[name]: json.dumps(fc, separators=(",", ":"), ensure_ascii=False) + "\n"
        for name, fc in collections.items()
    }


def write(out_dir: Path = STATIC_DIR, ref_dir: Path = REFERENCE_DIR) -> list[Path]:
    """Write every border file into `out_dir`; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in build(ref_dir).items():
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    for written in write():
        print(f"{written.relative_to(PROJECT_ROOT)}: {written.stat().st_size:,} bytes")
