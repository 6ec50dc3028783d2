"""A real-format sites file loaded with `beredskap load sites` shows up in the map's queries.

data/examples/sites.csv is the documented format (docs/datasets.md): three sites of two
companies, one of them flagged as of vital importance, making three substances.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
from click.testing import CliRunner

from dash_beredskap import db, queries
from dash_beredskap.cli import cli
from dash_beredskap.queries.supply import SupplySelection

EXAMPLE = db.PROJECT_ROOT / "data" / "examples" / "sites.csv"


def _add_midazolam(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "insert into substances values "
        "('N05CD08','Midazolam','Midazolam','N05CD08','N05CD','medicine')"
    )
    con.execute("insert into priority_list_items values ('S2022/04550','N05CD08')")
    db.refresh_derived(con)


def _read(path: Path, fn, *args):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return fn(con, *args)
    finally:
        con.close()


def test_loaded_sites_appear_on_the_map(small_db: Path) -> None:
    db.publish_change(small_db, _add_midazolam)
    before = _read(small_db, queries.supply.site_selection_summary, SupplySelection()).iloc[0]

    result = CliRunner().invoke(cli, ["load", "sites", str(EXAMPLE), "--db", str(small_db)])
    assert result.exit_code == 0, result.output

    points = _read(small_db, queries.supply.site_map_points, SupplySelection()).set_index("site_id")
    new = points.loc[["SITE-90001", "SITE-90002", "SITE-90003"]]
    assert new["company_name"].tolist() == [
        "Exempel Pharma AB",
        "Example Actives Ltd",
        "Example Actives Ltd",
    ]
    assert new["site_type"].tolist() == ["fpp", "api", "packaging"]
    assert new["city"].tolist() == ["Uppsala", "Hyderabad", "Pune"]
    assert new.loc["SITE-90001", ["lat", "lon"]].tolist() == [59.8586, 17.6389]
    assert new.loc["SITE-90001", "is_vital"] and not new.loc["SITE-90002", "is_vital"]
    assert new.loc["SITE-90001", "substance_names"] == "Ketamin, Propofol"
    assert new["capacity_index"].isna().tolist() == [False, False, True]
    after = _read(small_db, queries.supply.site_selection_summary, SupplySelection()).iloc[0]
    assert after.n_sites == before.n_sites + 3

    # the filters find them: Nordic + vital is the Uppsala site; packaging is Pune
    nordic = _read(
        small_db, queries.supply.site_map_points, SupplySelection(area="nordic", vital=True)
    )
    assert "SITE-90001" in set(nordic["site_id"])
    packaging = _read(
        small_db, queries.supply.site_map_points, SupplySelection(site_type="packaging", area="IN")
    )
    assert packaging["site_id"].tolist() == ["SITE-90003"]
    # and the supply figures moved: propofol now has an API site in India
    supply = _read(small_db, queries.supply.substance_profile, "N01AX10").iloc[0]
    assert supply.n_api_sites >= 1 and supply.n_fpp_sites >= 1
