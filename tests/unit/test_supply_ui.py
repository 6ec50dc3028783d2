"""The supply pages' presentation helpers: keys built at run time exist, maps stay offline."""

from __future__ import annotations

import json
import math

import pandas as pd
import pydeck as pdk
import pytest

from dash_beredskap import queries
from dash_beredskap.ui import i18n, maps
from dash_beredskap.ui.supply import filters as supply_filters
from dash_beredskap.ui.supply import frames as supply_frames

SQUARE = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}

# keys the supply pages build from codes (f"supply.site_type.{code}" ...), which the shared
# i18n test cannot see in the source
DYNAMIC_KEYS = [
    *(f"supply.site_type.{s}" for s in maps.SITE_TYPES),
    *(f"supply.stage.{s}" for s in ("api", "fpp")),
    *(f"supply.view.{v}" for v in ("world", "nordic")),
    *(f"supply.map.title.{v}" for v in ("world", "nordic")),
    *(f"supply.size.{v}" for v in ("capacity", "priority")),
    *(f"supply.map.size_{v}" for v in ("capacity", "priority", "cells")),
    *(f"supply.choropleth.measure.{v}" for v in ("sites", "api_share")),
    *(f"supply.choropleth.method.{v}" for v in ("sites", "api_share")),
    *(f"supply.vulnerability.focus.{v}" for v in queries.supply.VULNERABILITY_FOCUS),
    *(f"supply.filter.area.{v}" for v in ("all", *supply_filters.AREA_GROUPS)),
    *(f"supply.filter.vital.{v}" for v in ("all", "yes", "no")),
    *(f"companies.show.{v}" for v in queries.supply.COMPANY_SHOW),
]


@pytest.mark.parametrize("key", DYNAMIC_KEYS)
def test_keys_built_from_codes_exist_in_both_languages(key: str) -> None:
    assert key in i18n.SV and key in i18n.EN


def test_the_site_map_is_offline_and_sized_in_pixels() -> None:
    points = pd.DataFrame(
        {
            "site_id": ["s1", "s2"],
            "company_name": ["A <b>&</b> Co", "B"],
            "is_vital": [True, False],
            "site_type": ["api", "packaging"],
            "country_name": ["Indien", "Norge"],
            "city": ["Pune", "Oslo"],
            "lat": [18.5, 59.9],
            "lon": [73.8, 10.7],
            "capacity_index": [4.0, None],
            "n_substances": [2, 1],
            "n_selected_substances": [2, 1],
            "substance_names": ["Propofol, Ketamin", "Morfin"],
        }
    )
    built = maps.site_deck(points, size_by="capacity", lang="sv")
    text = built.to_json()
    indented = pdk.Deck.to_json(built)  # pydeck's own, indented
    assert "\n" not in text and len(text) < 0.8 * len(indented)
    deck = json.loads(text)
    assert deck == json.loads(indented)  # the same spec
    # to_json() leaves the tooltip out; Streamlit reads it from the deck, as done here
    deck["tooltip"] = built._tooltip
    assert deck["mapStyle"] == "/app/static/blank_style.json"
    layers = {layer["id"]: layer for layer in deck["layers"]}
    assert list(layers) == ["countries", "sites_packaging", "sites_api"]  # API on top
    assert layers["countries"]["data"] == "/app/static/borders/countries.json"  # by URL
    api = layers["sites_api"]
    assert api["radiusUnits"] == "pixels"
    assert api["data"][0]["radius"] == pytest.approx(3 + 3 * math.sqrt(4))
    assert layers["sites_packaging"]["data"][0]["radius"] == 4.0  # unknown capacity
    dot = api["data"][0]
    assert deck["tooltip"]["html"] == maps.SITE_TIP  # the markup is the template's only
    assert dot["t_company"] == "A <b>&</b> Co · synnerlig vikt"  # plain text, escaped on show
    assert dot["t_place"] == "Pune, Indien"
    assert dot["t_capacity"] == "Kapacitetsindex: 4,0"
    assert dot["t_substances"] == "Substanser (2): Propofol, Ketamin"
    assert layers["sites_packaging"]["data"][0]["t_capacity"] == "Kapacitetsindex: –"


def test_choropleth_helper_is_generic_and_offline() -> None:
    regions = pd.DataFrame(
        {"code": ["01", "03", "06"], "share": [0.8, None, 0.25], "hover": ["a", "b", "c"]}
    )
    fig = maps.choropleth(
        "/app/static/borders/regions.json",
        regions,
        location_col="code",
        value_col="share",
        hover_col="hover",
        value_label="Andel",
        center={"lat": 62, "lon": 16},
        zoom=3,
        range_color=(0, 1),
        lang="sv",
    )
    spec = json.loads(fig.to_json())
    assert spec["layout"]["map"]["style"] == "white-bg"
    missing, shown = spec["data"]
    assert missing["geojson"] == shown["geojson"] == "/app/static/borders/regions.json"
    assert missing["locations"] == ["03"] and missing["showscale"] is False  # grey, no report
    assert shown["locations"] == ["01", "06"] and shown["z"] == [0.8, 0.25]
    assert (shown["zmin"], shown["zmax"]) == (0, 1)
    assert spec["layout"]["separators"] == ", "  # Swedish decimal comma


def test_log_scale_labels_the_colour_bar_with_counts() -> None:
    frame = pd.DataFrame({"code": ["IN", "FR"], "n": [299, 0], "hover": ["x", "y"]})
    fig = maps.choropleth(
        "/app/static/borders/countries.json",
        frame,
        location_col="code",
        value_col="n",
        hover_col="hover",
        value_label="Ställen",
        center={"lat": 0, "lon": 0},
        zoom=1,
        log_scale=True,
        lang="sv",
    )
    trace = json.loads(fig.to_json())["data"][0]
    assert trace["z"] == [pytest.approx(math.log10(300)), 0]
    assert trace["colorbar"]["ticktext"] == ["0", "1", "3", "10", "30", "100", "300"]


def test_frames_add_labels_in_the_given_language() -> None:
    sites = supply_frames.with_site_type_labels(pd.DataFrame({"site_types": ["api, fpp"]}), "en")
    assert sites["site_types_label"].tolist() == [
        f"{i18n.translate('supply.site_type.api', 'en')}, "
        f"{i18n.translate('supply.site_type.fpp', 'en')}"
    ]
    stages = supply_frames.with_stage_labels(pd.DataFrame({"source_stage": ["fpp"]}), "sv")
    assert stages["source_stage_label"].tolist() == [i18n.translate("supply.stage.fpp", "sv")]
    kinds = supply_frames.with_kind_labels(pd.DataFrame({"kind": ["restnotering", "other"]}), "sv")
    assert kinds["kind_label"].iloc[0] == i18n.translate("shortage.restnotering", "sv")
    assert pd.isna(kinds["kind_label"].iloc[1])  # an unknown kind: no label
    assert supply_frames.with_kind_labels(pd.DataFrame({"kind": []}), "en").columns.tolist() == [
        "kind",
        "kind_label",
    ]


def test_the_company_search_keeps_the_ranking_and_the_limit() -> None:
    ranked = pd.DataFrame(
        {
            "company_id": ["K2", "K1", "K3", "K9"],
            "company_name": ["Nord Pharma", "Kilo Chem", "Tres Labs", None],
        }
    )
    assert supply_filters.matching_companies(ranked, "") == ["K2", "K1", "K3", "K9"]
    assert supply_filters.matching_companies(ranked, "", limit=2) == ["K2", "K1"]
    assert supply_filters.matching_companies(ranked, "  CHEM ") == ["K1"]  # any case, trimmed
    assert supply_filters.matching_companies(ranked, "k3") == ["K3"]  # the id too
    assert supply_filters.matching_companies(ranked, "a") == ["K2", "K3"]  # ranking order kept
    assert supply_filters.matching_companies(ranked, "(.*") == []  # text, not a pattern


def test_the_legend_counts_every_site_of_a_point_map_by_type() -> None:
    points = pd.DataFrame({"site_type": ["api", "fpp", "api", "api"]})
    assert maps.site_type_counts(points) == {"api": 3, "fpp": 1, "packaging": 0}
    assert maps.site_type_counts(points.iloc[:0]) == {"api": 0, "fpp": 0, "packaging": 0}
