"""The benchmark runs (CI's smoke check at scale 1): every item is printed beside its budget.

No time is asserted here (speed is for the benchmark's own output, see bench/README.md).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_pages_benchmark_prints_each_item_with_its_budget(demo_file: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "pages.py"), "--db", str(demo_file), "--runs", "1",
         "--pages", "about", "coverage"],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    for item, budget in (
        ("about: query set (", "< 100 ms p95"),
        ("coverage: render, first", "< 0.5 s"),
        ("scenario first view:", "< 500 ms"),
        ("DuckDB pre-aggregated: x faster", ">= 20x"),
    ):
        found = [line for line in lines if item in line]
        assert found and all(budget in line for line in found), (item, result.stdout)
    # the query set of a page is what the page asked for: Täckning asks for several queries
    (coverage,) = [line for line in lines if "coverage: query set (" in line]
    assert int(coverage.split("(")[1].split()[0]) >= 3
