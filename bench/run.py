"""The benchmark, one command: build each scale, then time the loader, the pages and the browser.

    uv run python bench/run.py                    # scales 1, 10 and 100 (about 20 min here)
    uv run python bench/run.py --scales 1 --runs 3   # the smoke run CI makes

Each scale's database is built once with `beredskap build-demo --scale N` into --work (kept
between runs; delete it to rebuild). Each part is its own script, run in its own process so
its peak memory is its own: bench/load_stock.py (the loader), bench/pages.py (query sets,
AppTest renders, the scenario engine, pandas beside DuckDB), bench/browser.py (Playwright and
Debian chromium: the start page and a filter change on Täckning and Tillverkning). Nothing here
asserts a time; the output puts each figure beside its budget (issue 16).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"


def machine() -> str:
    """One line on the machine, for the README's results table."""
    cpu = platform.processor() or platform.machine()
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({cpu}), {mem_gb:.0f} GiB, Python {platform.python_version()}"


def build(scale: int, work: Path) -> Path:
    path = work / f"s{scale}.duckdb"
    if path.exists():
        return path
    t0 = time.perf_counter()
    subprocess.run(
        [str(Path(sys.executable).parent / "beredskap"), "build-demo", "--db", str(path),
         "--scale", str(scale)],
        check=True, cwd=ROOT,
    )  # fmt: skip
    print(f"built scale {scale} in {time.perf_counter() - t0:.0f} s ({path})", flush=True)
    return path


def part(script: str, *args: str) -> int:
    """Run bench/<script> if it exists; its output goes straight to ours."""
    path = BENCH / script
    if not path.exists():
        print(f"(no {script}: skipped)")
        return 0
    return subprocess.run([sys.executable, str(path), *args], cwd=ROOT).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / ".data")
    parser.add_argument("--skip", nargs="*", default=[], choices=["load", "pages", "browser"])
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"# Beredskapsläget benchmark on {machine()}", flush=True)
    failed = 0
    for scale in args.scales:
        print(f"\n## scale {scale}", flush=True)
        path = build(scale, args.work)
        print(f"database: {path.stat().st_size / 1e6:,.0f} MB", flush=True)
        label, runs = f"s{scale}", str(args.runs)
        if "load" not in args.skip:
            failed |= part("load_stock.py", "--db", str(path))
        if "pages" not in args.skip:
            failed |= part("pages.py", "--db", str(path), "--runs", runs, "--scale-label", label)
        if "browser" not in args.skip:
            failed |= part("browser.py", "--db", str(path))
    return failed


if __name__ == "__main__":
    sys.exit(main())
