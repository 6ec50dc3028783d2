"""Readers of the real public files in data/reference (see data/reference/SOURCES.md).

Each reader returns a plain DataFrame in a fixed row order, so whatever is built from it is
reproducible. No figures are changed here: these are the real facts the demo ships as they are.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path

import pandas as pd
from babel import Locale
from shapely.geometry import MultiPolygon, Point, shape

from dash_beredskap.db import REFERENCE_DIR

REGIONS_FILE = "se_regions.geojson"
POPULATION_FILE = "se_region_population.csv"
COUNTRIES_FILE = "world_countries_ne50m.geojson"
MEDICINES_FILE = "eu_union_list_critical_medicines.csv"
SUBSTANCE_NAMES_FILE = "substance_names.csv"
COUNTRY_GROUPS_FILE = "country_groups.csv"

POP_DATE_2019 = date(2019, 12, 31)
POP_DATE_2023 = date(2023, 12, 31)
POP_SOURCE_2019 = (
    "SCB BE0101, folkmängd 2019-12-31: summerad från SCB:s population2019.csv "
    "(lika med SCB:s riksstotal 10 327 589)"
)

EU_27 = frozenset(
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "IE", "IT",
        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "HU",
    }
)  # fmt: skip
EEA_EFTA = frozenset({"IS", "LI", "NO"})
NORDIC = frozenset({"SE", "NO", "DK", "FI", "IS"})


def _geojson_features(file_name: str, ref_dir: Path) -> list[dict]:
    with open(ref_dir / file_name, encoding="utf-8") as f:
        return json.load(f)["features"]


def _geometry_json(geometry: dict) -> str:
    """One compact GeoJSON geometry string, as stored in the shapes table."""
    return json.dumps(geometry, separators=(",", ":"), ensure_ascii=False)


def read_regions(ref_dir: Path = REFERENCE_DIR) -> pd.DataFrame:
    """The 21 regions: region_code, region_name, lan_name, iso_3166_2, geojson."""
    rows = [
        {
            "region_code": f["properties"]["lan_code"],
            "region_name": f["properties"]["region_name"],
            "lan_name": f["properties"]["lan_name"],
            "iso_3166_2": f["properties"]["iso_3166_2"],
            "geojson": _geometry_json(f["geometry"]),
        }
        for f in _geojson_features(REGIONS_FILE, ref_dir)
    ]
    return pd.DataFrame(rows).sort_values("region_code", ignore_index=True)


def read_region_population(ref_dir: Path = REFERENCE_DIR) -> pd.DataFrame:
    """Population per region, long form: region_code, ref_date, population, source."""
    raw = pd.read_csv(ref_dir / POPULATION_FILE, dtype={"lan_code": str})
    y2023 = pd.DataFrame(
        {
            "region_code": raw["lan_code"],
            "ref_date": POP_DATE_2023,
            "population": raw["pop_2023_12_31"].astype("int64"),
            "source": "SCB BE0101, folkmängd 2023-12-31: " + raw["pop_2023_source"],
        }
    )
    y2019 = pd.DataFrame(
        {
            "region_code": raw["lan_code"],
            "ref_date": POP_DATE_2019,
            "population": raw["pop_2019_12_31"].astype("int64"),
            "source": POP_SOURCE_2019,
        }
    )
    out = pd.concat([y2019, y2023], ignore_index=True)
    return out.sort_values(["region_code", "ref_date"], ignore_index=True)


def population_at(ref_date: date, ref_dir: Path = REFERENCE_DIR) -> dict[str, int]:
    """{region_code: population} on one of the shipped reference dates."""
    pop = read_region_population(ref_dir)
    sel = pop[pop["ref_date"] == ref_date]
    if sel.empty:
        raise ValueError(f"no population figures for {ref_date} in {POPULATION_FILE}")
    return {str(c): int(p) for c, p in zip(sel["region_code"], sel["population"], strict=True)}


@cache
def _swedish_territory_names() -> dict[str, str]:
    return dict(Locale("sv").territories)


def _label_point(geometry: dict) -> Point:
    """A point inside the largest part of a shape: keeps Norway's label off Svalbard."""
    geom = shape(geometry)
    if isinstance(geom, MultiPolygon):
        geom = max(geom.geoms, key=lambda part: part.area)
    return geom.representative_point()


def read_countries(ref_dir: Path = REFERENCE_DIR) -> pd.DataFrame:
    """Countries with a real ISO alpha-2 code (Natural Earth '-99' skipped), plus geojson.

    name_sv comes from CLDR via Babel, falling back to the English Natural Earth name.
    lat/lon is a representative point of the largest part (always inside it), for labels and
    markers.
    """
    sv_names = _swedish_territory_names()
    rows = []
    for f in _geojson_features(COUNTRIES_FILE, ref_dir):
        p = f["properties"]
        iso2 = str(p.get("iso_a2") or "")
        if len(iso2) != 2 or not iso2.isalpha():
            continue
        point = _label_point(f["geometry"])
        rows.append(
            {
                "iso2": iso2,
                "iso3": p["iso_a3"],
                "name_sv": sv_names.get(iso2, p["name"]),
                "name_en": p["name"],
                "continent": p.get("continent"),
                "is_eu_eea": iso2 in EU_27 or iso2 in EEA_EFTA,
                "is_nordic": iso2 in NORDIC,
                "lat": round(point.y, 5),
                "lon": round(point.x, 5),
                "geojson": _geometry_json(f["geometry"]),
            }
        )
    out = pd.DataFrame(rows).sort_values("iso2", ignore_index=True)
    if out["iso2"].duplicated().any():
        raise ValueError(f"{COUNTRIES_FILE}: duplicate iso_a2 codes")
    return out


def read_country_groups(ref_dir: Path = REFERENCE_DIR) -> pd.DataFrame:
    """The country groups of the score's "outside EU/EEA" part (table country_groups), by iso2."""
    raw = pd.read_csv(ref_dir / COUNTRY_GROUPS_FILE, dtype=str, keep_default_na=False)
    out = pd.DataFrame(
        {
            "iso2": raw["country"],
            "country_group": raw["country_group"],
            "label_sv": raw["label_sv"],
            "label_en": raw["label_en"],
            "outside_weight": raw["outside_weight"].astype(float),
            "source": raw["source"],
        }
    )
    return out.sort_values("iso2", ignore_index=True)


def read_critical_medicines(ref_dir: Path = REFERENCE_DIR) -> pd.DataFrame:
    """One row per distinct substance of the EU Union list: substance_id, atc_code, name, routes,
    name_en and name_sv (from substance_names.csv: the list title-cases every word, so
    "Factor Viii" becomes "Factor VIII" in English and "Faktor VIII" in Swedish).

    substance_id is the substance's alphabetically first ATC code. Should two substances ever
    share that code, the later name (alphabetically) gets a '-2', '-3', ... suffix, so the key
    is unique and stable. routes joins every route the list names for the substance.
    """
    raw = pd.read_csv(ref_dir / MEDICINES_FILE, dtype=str).fillna("")
    raw = raw.sort_values(["substance", "atc_code"], ignore_index=True)
    grouped = (
        raw.groupby("substance", sort=True)
        .agg(
            atc_code=("atc_code", "min"),
            routes=(
                "routes",
                lambda s: ", ".join(sorted({r.strip() for v in s for r in v.split(",")} - {""})),
            ),
            n_atc_codes=("atc_code", "nunique"),
        )
        .reset_index()
        .rename(columns={"substance": "name"})
    )
    grouped = grouped.sort_values(["atc_code", "name"], ignore_index=True)
    n_same = grouped.groupby("atc_code").cumcount()
    suffix = n_same.map(lambda n: "" if n == 0 else f"-{n + 1}")
    grouped["substance_id"] = grouped["atc_code"] + suffix
    if grouped["substance_id"].duplicated().any():
        raise ValueError(f"{MEDICINES_FILE}: could not make unique substance ids")
    names = read_substance_names(ref_dir)
    missing = sorted(set(grouped["name"]) - set(names.index))
    if missing:
        raise ValueError(f"{SUBSTANCE_NAMES_FILE}: no Swedish and English name for {missing}")
    grouped = grouped.join(names, on="name")
    columns = ["substance_id", "atc_code", "name", "name_en", "name_sv", "routes", "n_atc_codes"]
    return grouped[columns]


def read_substance_names(ref_dir: Path = REFERENCE_DIR) -> pd.DataFrame:
    """The EU list's substance names (index, as listed) in English with the INN's own
    capitalisation (name_en) and in Swedish form (name_sv; the INN where Swedish has none)."""
    raw = pd.read_csv(ref_dir / SUBSTANCE_NAMES_FILE, dtype=str, keep_default_na=False)
    if raw["substance"].duplicated().any():
        raise ValueError(f"{SUBSTANCE_NAMES_FILE}: a substance is named twice")
    return raw.set_index("substance")[["name_en", "name_sv"]]


def read_atc_groups(ref_dir: Path = REFERENCE_DIR) -> pd.DataFrame:
    """ATC groups of levels 1-4 with their English names, for naming groups of alternatives."""
    raw = pd.read_csv(ref_dir / "atc_classification_ema_rms.csv", dtype=str)
    groups = raw[raw["atc_level"].isin(["1", "2", "3", "4"])]
    return (
        pd.DataFrame(
            {
                "atc_code": groups["atc_code"],
                "atc_level": groups["atc_level"].astype(int),
                "name_en": groups["atc_name"].str.strip(),
            }
        )
        .drop_duplicates("atc_code")
        .sort_values("atc_code", ignore_index=True)
    )
