"""Twelve browser sessions with mixed roles read while `beredskap load` publishes a new file
(issue 15 point 5): each sees only what its role allows, before and after the swap.

In local mode a session's role is a setting of the server (BEREDSKAP_ROLE), so the test starts
three servers on the same database file, one per role (public, official, analyst), and opens
four Playwright contexts (separate sessions) on each: no test-only way in, no hole. The pages
are opened all at once and the load runs while they render; then every page is read again.
"""

from __future__ import annotations

import contextlib
import csv
import os
import shutil
import subprocess
from pathlib import Path
from unittest import mock

import duckdb
import pytest

from tests.e2e.conftest import PROJECT_ROOT, _cli_command, start_server
from tests.e2e.test_browser import page_problems, wait_for_app

pytestmark = pytest.mark.e2e

ROLES = ("public", "official", "analyst")
ROLE_NAMES = {"public": "allmänhet", "official": "tjänsteperson", "analyst": "analytiker"}
SESSIONS_PER_ROLE = 4
# what each role's navigation lists (page titles in Swedish) and a page only others may open
PUBLIC_TITLE, DETAIL_TITLE, DETAIL_PATH = "Tillverkningsländer", "Företag", "companies"


def _stock_file(db_path: Path, folder: Path) -> Path:
    """Kronoberg (07) reports a year of every listed item on the latest date."""
    with duckdb.connect(str(db_path), read_only=True) as con:
        (latest,) = con.execute("select max(snapshot_date) from stock_snapshots").fetchone()
        items = [
            r[0]
            for r in con.execute(
                "select i.substance_id from priority_list_items i "
                "join priority_lists l using (list_version) where l.is_current"
            ).fetchall()
        ]
    path = folder / "kronoberg.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(
            ["snapshot_date", "region", "substance_id", "quantity", "daily_consumption"]
        )
        for sid in items:
            writer.writerow([latest.isoformat(), "07", sid, "3650", "10"])
    return path


def _nav_titles(page) -> set[str]:
    links = page.locator('[data-testid="stSidebarNav"] a, [data-testid="stSidebarNavLink"]')
    return {t.strip() for t in links.all_inner_texts() if t.strip()}


def _heading(page) -> str:
    titles = page.locator("h1").all_inner_texts()
    return titles[0].strip() if titles else ""


def _check(role: str, page, base: str, companies: set[str], when: str) -> None:
    """What `role` must and must not see, on the page now open and by URL."""
    where = f"{role} {when}"
    assert not page_problems(page), (where, page_problems(page))
    nav = _nav_titles(page)
    assert PUBLIC_TITLE in nav, (where, nav)
    assert (DETAIL_TITLE in nav) == (role != "public"), (where, nav)
    body = page.locator("body").inner_text()
    assert f"Roll: {ROLE_NAMES[role]}" in body, where  # the sidebar names the server's role
    if role == "public":
        words = set(body.replace(",", " ").split())
        assert not words & companies, (where, sorted(words & companies)[:5])
    # the detailed page by URL: its heading only where the role may open it
    page.goto(f"{base}/{DETAIL_PATH}")
    wait_for_app(page)
    assert (_heading(page) == DETAIL_TITLE) == (role != "public"), (where, _heading(page))
    if role == "public":
        words = set(page.locator("body").inner_text().replace(",", " ").split())
        assert not words & companies, (where, sorted(words & companies)[:5])


def test_twelve_sessions_with_roles_across_a_load(browser, demo_db, tmp_path) -> None:
    db_path = tmp_path / "live.duckdb"
    shutil.copyfile(demo_db, db_path)
    with duckdb.connect(str(db_path), read_only=True) as con:
        companies = {r[0] for r in con.execute("select company_name from companies").fetchall()}
        (loads_before,) = con.execute("select count(*) from data_sources").fetchone()
    stock = _stock_file(db_path, tmp_path)

    with contextlib.ExitStack() as stack:
        servers = {}
        for role in ROLES:
            with mock.patch.dict(os.environ, {"BEREDSKAP_ROLE": role}):
                folder = tmp_path / f"server-{role}"
                folder.mkdir()
                servers[role] = stack.enter_context(start_server(db_path, folder))
        # One first visit per server: until app.py has called st.navigation once in a server
        # process, Streamlit runs its legacy pages/ layout, whose sidebar lists every file of
        # pages/ by name to the sessions opened in that moment (their content still goes
        # through the router: nav.require_router). Known; see the report of issue 15.
        for role in ROLES:
            first = browser.new_context()
            try:
                warm = first.new_page()
                warm.goto(servers[role].url)
                wait_for_app(warm)
            finally:
                first.close()
        sessions = []
        for role in ROLES:
            for _ in range(SESSIONS_PER_ROLE):
                context = browser.new_context(viewport={"width": 1400, "height": 900})
                stack.callback(context.close)
                context.set_default_timeout(60_000)
                sessions.append((role, context.new_page()))
        assert len(sessions) >= 10

        # every session opens its start page at once; the load publishes while they render
        for i, (role, page) in enumerate(sessions):
            path = "public_supply" if i % 2 else ""
            page.goto(f"{servers[role].url}/{path}", wait_until="commit")
        load = subprocess.Popen(
            [*_cli_command(), "load", "stock", str(stock), "--db", str(db_path)],
            cwd=PROJECT_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for role, page in sessions:
            wait_for_app(page)
            _check(role, page, servers[role].url, companies, "during the load")
        output, _ = load.communicate(timeout=300)
        assert load.returncode == 0, output

        with duckdb.connect(str(db_path), read_only=True) as con:
            (loads_after,) = con.execute("select count(*) from data_sources").fetchone()
        assert loads_after > loads_before  # a new file was published

        for role, page in sessions:
            page.goto(f"{servers[role].url}/public_supply")
            wait_for_app(page)
            assert _heading(page) == PUBLIC_TITLE, role
            _check(role, page, servers[role].url, companies, "after the load")
