"""Labels the supply pages add to query frames, from codes, in a given language (pure: no
Streamlit), so the pages only pass frames on."""

from __future__ import annotations

import pandas as pd

from dash_beredskap.ui.i18n import translate

KIND_KEYS = {"restnotering": "shortage.restnotering", "forsaljningsuppehall": "shortage.sales"}


def with_site_type_labels(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """site_types ('api, fpp') -> site_types_label with each type's name in `lang`."""
    return frame.assign(
        site_types_label=frame["site_types"].map(
            lambda codes: ", ".join(
                translate(f"supply.site_type.{c}", lang) for c in codes.split(", ")
            ),
            na_action="ignore",
        )
    )


def with_stage_labels(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """source_stage ('api' / 'fpp') -> source_stage_label in `lang`; and, where the frame has
    it, supplier_weighting ('capacity' / 'companies') -> supplier_weighting_label."""
    out = frame.assign(
        source_stage_label=frame["source_stage"].map(
            lambda s: translate(f"supply.stage.{s}", lang), na_action="ignore"
        )
    )
    if "supplier_weighting" in frame.columns:
        out["supplier_weighting_label"] = frame["supplier_weighting"].map(
            lambda w: translate(f"supply.weighting.{w}", lang), na_action="ignore"
        )
    return out


def with_nordic_role_labels(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """nordic_role (makes_api_and_fpp, makes_api, makes_fpp, packs_only) -> nordic_role_label."""
    return frame.assign(
        nordic_role_label=frame["nordic_role"].map(
            lambda r: translate(f"supply.nordic.role.{r}", lang), na_action="ignore"
        )
    )


def service_labels(codes: object, lang: str) -> object:
    """'distribution, sterilisation' -> the services' names in `lang` (missing stays missing)."""
    if not isinstance(codes, str) or not codes:
        return None
    return ", ".join(translate(f"companies.service.{c}", lang) for c in codes.split(", "))


def with_service_labels(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """services -> services_label in `lang`."""
    return frame.assign(services_label=frame["services"].map(lambda c: service_labels(c, lang)))


def with_kind_labels(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A shortage notice's kind -> kind_label in `lang` (an unknown kind: no label)."""
    labels = {kind: translate(key, lang) for kind, key in KIND_KEYS.items()}
    return frame.assign(kind_label=frame["kind"].map(labels))
