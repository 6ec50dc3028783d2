"""The benchmark, one command: build each scale, then time the loader, the pages and the browser.

    uv run python bench/run.py                    # scales 1, 10 and 100 (about 20 min here)
    uv run python bench/run.py --scales 1 --runs 3   # the smoke run CI makes

Each scale's database is built once with `beredskap build-demo --scale N` into --work (kept
between runs; delete it to rebuild). Each part is its own script, run in its own process so
its peak memory is its own: bench/load_stock.py (the loader), bench/pages.py (query sets,
AppTest renders, the scenario engine, pandas beside DuckDB), bench/browser.py (Playwright and
Debian chromium: the start page, a filter change on Täckning and Tillverkning, the server's peak
memory). Nothing here asserts a time; every figure is printed beside its budget (issue 16), and
the run ends with one table over the scales: each item's figure per scale, its budget, whether
it holds at the largest scale, and how its cost grows with the data (flat, sub-linear, linear).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))


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


def part(script: str, scale: int, results: Path, *args: str) -> int:
    """Run bench/<script>; its output goes straight to ours, its rows to `results`."""
    env = {**os.environ, "BENCH_RESULTS": str(results), "BENCH_SCALE": str(scale)}
    command = [sys.executable, str(BENCH / script), *args]
    return subprocess.run(command, cwd=ROOT, env=env).returncode


def summary(results: Path) -> None:
    """One markdown table over the scales (for the README): the figure per scale (p95, or p50
    for a ratio), the budget, whether it holds at the largest scale, and the growth."""
    from results import Row, growth, number

    by_item: dict[str, dict[int, Row]] = {}
    for line in results.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        scale = int(record.pop("scale"))
        by_item.setdefault(record["item"], {})[scale] = Row(**record)
    scales = sorted({s for rows in by_item.values() for s in rows})
    print("\n## summary (p95; ratios: p50)\n")
    print("| item | " + " | ".join(f"s{s}" for s in scales) + " | budget | holds | growth |")
    print("|---" * (len(scales) + 4) + "|")
    for item, rows in by_item.items():
        largest = rows[max(rows)]
        figure = {s: (r.p50 if r.op == ">=" else r.p95) for s, r in rows.items()}
        cells = [f"{number(figure[s])} {rows[s].unit}" if s in rows else "" for s in scales]
        budget = f"{largest.op} {largest.budget:g} {largest.unit}" if largest.budget else ""
        holds = {True: "yes", False: "**no**", None: ""}[largest.holds()]
        print(f"| {item} | " + " | ".join(cells) + f" | {budget} | {holds} | "
              f"{growth(figure)} |")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / ".data")
    parser.add_argument("--skip", nargs="*", default=[], choices=["load", "pages", "browser"])
    parser.add_argument(
        "--load-rows", type=int, default=250_000,
        help="stock rows loaded per unit of scale (default 250 000: 25 M rows at scale 100)",
    )  # fmt: skip
    parser.add_argument("--pages", nargs="*", help="only these page keys (default: every page)")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    results = args.work / "results.jsonl"
    results.unlink(missing_ok=True)
    print(f"# Beredskapsläget benchmark on {machine()}", flush=True)
    failed = 0
    for scale in args.scales:
        print(f"\n## scale {scale}", flush=True)
        path = build(scale, args.work)
        print(f"database: {path.stat().st_size / 1e6:,.0f} MB", flush=True)
        label, runs = f"s{scale}", str(args.runs)
        if "load" not in args.skip:
            rows = str(args.load_rows * scale)
            failed |= part("load_stock.py", scale, results, "--db", str(path), "--rows", rows)
        pages = ["--pages", *args.pages] if args.pages else []
        if "pages" not in args.skip:
            failed |= part("pages.py", scale, results, "--db", str(path), "--runs", runs,
                           "--scale-label", label, *pages)  # fmt: skip
        if "browser" not in args.skip:
            failed |= part("browser.py", scale, results, "--db", str(path), "--runs",
                           str(min(args.runs, 7)), *pages)  # fmt: skip
    if results.exists():
        summary(results)
    return failed


if __name__ == "__main__":
    sys.exit(main())
