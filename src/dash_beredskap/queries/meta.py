"""The file itself and its reference shapes: schema version, data sources, public views."""

from __future__ import annotations

import pandas as pd

from dash_beredskap.queries._inline import Connection, _df


def schema_info(con: Connection) -> pd.DataFrame:
    """One row: the schema version stamped in the file and when the file was created."""
    return _df(
        con,
        "select version as schema_version, created_at from schema_version "
        "order by version desc limit 1",
    )


def data_sources(con: Connection) -> pd.DataFrame:
    """Table data_sources: every data set built or loaded, real or synthetic, newest first."""
    return _df(
        con,
        """
        select dataset, title, is_synthetic, source, licence, loaded_at, n_rows, file_name
        from data_sources
        order by dataset, loaded_at desc
        """,
    )


def public_views(con: Connection) -> pd.DataFrame:
    """The public views (v_*) present in the file, by name: the analyst's contract."""
    return _df(
        con,
        r"""
        select view_name
        from duckdb_views()
        where not internal and schema_name = 'main' and view_name like 'v\_%' escape '\'
        order by view_name
        """,
    )


def shapes(con: Connection, layer: str = "countries") -> pd.DataFrame:
    """Table shapes: one GeoJSON geometry (RFC 7946, WGS84) per code of `layer`.

    layer 'countries': code = ISO alpha-2; 'regions': code = county code.
    """
    return _df(
        con,
        "select code, geojson from shapes where layer = ? order by code",
        [layer],
    )
