"""The benchmark runs (CI's smoke check at scale 1): every part, every item beside its budget,
and the summary table over the scales.

No time is asserted here (speed is for the benchmark's own output, see bench/README.md).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dash_beredskap import db

ROOT = Path(__file__).resolve().parents[2]


def test_the_benchmark_prints_each_item_with_its_budget(demo_file: Path, tmp_path: Path) -> None:
    db.copy_database(demo_file, tmp_path / "s1.duckdb")  # run.py's scale-1 database: no build
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--scales", "1", "--runs", "1",
         "--work", str(tmp_path), "--load-rows", "2000", "--pages", "about", "coverage"],
        capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert result.returncode == 0, (result.stdout[-3000:], result.stderr[-3000:])
    lines = result.stdout.splitlines()
    for item, budget in (
        ("loader: load stock, k rows per second", ">= 417 k/s"),
        ("loader: scenario save (best of 3)", "< 0.5 s"),
        ("about: queries, first view", "< 100 ms"),
        ("coverage: queries, change target=60", "< 100 ms"),
        ("coverage: render, first", "< 0.5 s"),
        ("scenario first view:", "< 500 ms"),
        ("coverage trend: DuckDB pre-aggregated, x pandas", ">= 20 x"),
        ("browser: Täckning target change to run end", ""),
        ("server peak memory after every page", "< 1024 MB"),
    ):
        found = [line for line in lines if item in line and not line.startswith("|")]
        assert found and all(budget in line for line in found), (item, result.stdout)
    # the query set of a page is what the page asked for: Täckning asks for several queries
    (coverage,) = [
        line for line in lines if "coverage: queries, first view" in line and "|" not in line
    ]
    assert int(coverage.split("  ")[-1].split()[0]) >= 3
    # the summary: one markdown row per item, the budget and whether it holds
    summary = lines[lines.index("## summary (p95; ratios: p50)") :]
    row = next(line for line in summary if line.startswith("| coverage: render, first |"))
    assert row.count("|") == 6 and ("| yes |" in row or "| **no** |" in row)
