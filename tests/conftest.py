"""Fixtures every test folder shares: the demo database, built once per session.

Building the demo takes the better part of a minute; unit, app and e2e tests read this one
file (or copy it before they change it) instead of each building their own.
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per session through the real CLI (`beredskap build-demo`,
    default seed); tests only read it (copy it to change it)."""
    from click.testing import CliRunner

    from dash_beredskap.cli import cli

    path = tmp_path_factory.mktemp("demo_file") / "demo.duckdb"
    result = CliRunner().invoke(cli, ["build-demo", "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path
