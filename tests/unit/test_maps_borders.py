"""The static border files (static/borders/): what ships is what dash_beredskap.borders makes
from data/reference, with the shapes table's codes, close to the real borders, and small."""

from __future__ import annotations

import json

import pytest
import shapely
from shapely.geometry import Polygon, shape

from dash_beredskap import borders, reference


@pytest.fixture(scope="module")
def built() -> dict[str, str]:
    return borders.build()


def test_the_shipped_files_are_what_the_reference_data_makes(built) -> None:
    assert sorted(p.name for p in borders.STATIC_DIR.iterdir()) == sorted(built)
    for name, text in built.items():
        shipped = (borders.STATIC_DIR / name).read_text(encoding="utf-8")
        assert shipped == text, (
            f"static/borders/{name} is stale: run `uv run python -m dash_beredskap.borders`"
        )


def _features(built: dict[str, str], layer: str) -> dict[str, dict]:
    fc = json.loads(built[borders.FILES[layer]])
    return {f["id"]: f for f in fc["features"]}


def test_every_shape_of_the_shapes_table_is_there_by_its_code(built) -> None:
    countries = reference.read_countries()
    regions = reference.read_regions()
    assert list(_features(built, "countries")) == list(countries["iso2"])
    assert list(_features(built, "regions")) == list(regions["region_code"])
    assert set(_features(built, "nordic")) == {"SE", "NO", "DK", "FI", "IS"}
    for layer in ("countries", "regions"):
        assert all(f["properties"]["code"] == c for c, f in _features(built, layer).items())


@pytest.mark.parametrize(("layer", "code_col"), [("countries", "iso2"), ("regions", "region_code")])
def test_simplified_shapes_stay_within_a_pixel_of_the_real_ones(built, layer, code_col) -> None:
    real = reference.read_countries() if layer == "countries" else reference.read_regions()
    geometries = zip(real[code_col], real["geojson"], strict=True)
    originals = {code: shape(json.loads(g)) for code, g in geometries}
    # a kept vertex is a real one, moved by the rounding only (half a step on both axes)
    slack = 0.5 * 10 ** -borders.DECIMALS[layer] * 2**0.5 + 1e-9
    for code, feature in _features(built, layer).items():
        simple, original = shape(feature["geometry"]), originals[code]
        vertices = shapely.points(shapely.get_coordinates(simple))
        assert shapely.distance(original.boundary, vertices).max() <= slack, code
        # every real vertex lies within the tolerance (plus the rounding) of the drawn border,
        # except on islands and enclaves (Vatican, San Marino) too small to draw, which go
        parts = [p for p in getattr(original, "geoms", [original]) if p.area > 0.05]
        rings = [r for p in parts for r in (p.exterior, *p.interiors) if Polygon(r).area > 0.05]
        real_vertices = shapely.points(shapely.get_coordinates(rings))
        far = shapely.distance(simple.boundary, real_vertices).max(initial=0.0)
        assert far <= borders.TOLERANCE[layer] + 2 * slack, (code, far)
        if original.area > 1.0:  # large shapes keep their area (island states lose islets)
            assert simple.area == pytest.approx(original.area, rel=0.05), code
    if layer == "regions":  # Sweden's regions are drawn whole: every one a valid shape
        assert all(shape(f["geometry"]).is_valid for f in _features(built, layer).values())


def test_coordinates_are_rounded_and_the_files_small(built) -> None:
    for layer in ("countries", "regions"):
        fc = json.loads(built[borders.FILES[layer]])
        text = json.dumps(fc)
        decimals = max(
            len(str(v).split(".")[1]) if "." in str(v) else 0
            for f in fc["features"][:20]
            for ring in _rings(f["geometry"])
            for point in ring
            for v in point
        )
        assert decimals <= borders.DECIMALS[layer], (layer, decimals)
        assert len(text) > 10_000
    assert len(built[borders.FILES["countries"]].encode()) < 800_000  # was 1.6 MB inline
    assert len(built[borders.FILES["regions"]].encode()) < 100_000


def _rings(geometry: dict) -> list:
    if geometry["type"] == "Polygon":
        return geometry["coordinates"]
    return [ring for polygon in geometry["coordinates"] for ring in polygon]


def test_urls_point_into_streamlit_static_serving() -> None:
    assert borders.url("regions") == "/app/static/borders/regions.json"
    assert (borders.STATIC_DIR.parent / "blank_style.json").exists()  # the same static/ folder
