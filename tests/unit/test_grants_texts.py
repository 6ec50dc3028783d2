"""The grant pages build some translation keys from data (a status, a rule, a cost category):
every value the data can hold has its text in Swedish and English, and every literal key the
grant pages use exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dash_beredskap import db, metrics
from dash_beredskap.ingest import specs
from dash_beredskap.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
PAGES = ("grants.py", "grant_region.py", "grant_deadlines.py")
RULES_SQL = db.read_sql("v_grant_reconciliation")


def rules_in_sql() -> set[str]:
    return set(re.findall(r"^--\s+([a-z_]+)\s{2,}", RULES_SQL, flags=re.MULTILINE))


def test_the_reconciliation_rules_are_read_from_the_view() -> None:
    assert rules_in_sql() == {
        "allocations_not_total",
        "requisitioned_over_allocated",
        "used_over_allocated",
        "repaid_over_unused",
        "use_outside_usage_window",
    }
    for rule in rules_in_sql():
        assert f"'{rule}'" in RULES_SQL


KEY_FAMILIES = {
    "grants.status": set(metrics.DEADLINE_STATUSES),
    "grants.kind": set(metrics.DEADLINE_KINDS),
    "grants.rule": rules_in_sql(),
    "grants.key": set(specs.DISTRIBUTION_KEYS.values()),
    "grants.basis": {*specs.BASES.values(), "mixed"},
    "grants.recipient": set(specs.RECIPIENTS.values()),
    "grants.cost": set(specs.COST_CATEGORIES.values()),
}


@pytest.mark.parametrize("family", sorted(KEY_FAMILIES))
def test_every_value_has_its_text(family: str) -> None:
    for value in KEY_FAMILIES[family]:
        key = f"{family}.{value}"
        assert key in i18n.SV and key in i18n.EN, key


def test_every_literal_key_of_the_grant_pages_exists() -> None:
    literal = re.compile(r"\"((?:grants|grant_region|grant_deadlines)\.[a-z0-9_.]+)\"")
    used = set()
    for name in PAGES:
        used |= set(literal.findall((ROOT / "pages" / name).read_text("utf-8")))
    used |= set(
        literal.findall((ROOT / "src/dash_beredskap/ui/grants/charts.py").read_text("utf-8"))
    )
    assert len(used) > 60
    missing = sorted(k for k in used if k not in i18n.SV or k not in i18n.EN)
    assert not missing, missing


def test_every_grant_view_is_described_for_the_about_page() -> None:
    for view in db.PUBLIC_VIEWS:
        if view.startswith(("v_grant_", "v_region_costs")) and view != "v_grant_ledger":
            assert f"about.view.{view}" in i18n.SV, view
