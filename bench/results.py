"""One shape for every benchmark figure: printed beside its budget, and kept for the summary.

Each part (load_stock.py, pages.py, browser.py) prints its rows as it goes. When run by run.py,
it also appends them as JSON lines to $BENCH_RESULTS, tagged with $BENCH_SCALE, so that run.py
can print one table over every scale: the figure at each scale, the budget, whether it holds,
and how the cost grows with the data.
"""

from __future__ import annotations

import json
import math
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass


@dataclass
class Row:
    """A measured item: p50 and p95 in `unit`; `budget` with `op` ('<' or '>='), if it has one."""

    item: str
    p50: float
    p95: float
    unit: str
    budget: float | None = None
    op: str = "<"
    note: str = ""

    def holds(self) -> bool | None:
        """Whether the p95 (for '<') or the p50 (for '>=', a ratio) meets the budget."""
        if self.budget is None:
            return None
        return self.p95 < self.budget if self.op == "<" else self.p50 >= self.budget

    def budget_text(self) -> str:
        if self.budget is None:
            return ""
        verdict = {True: "ok", False: "OVER" if self.op == "<" else "UNDER"}[bool(self.holds())]
        return f"{self.op} {self.budget:g} {self.unit}  {verdict}"

    def line(self) -> str:
        tail = f"  {self.note}" if self.note else ""
        return (
            f"  {self.item:<48} {number(self.p50):>10} {number(self.p95):>10} {self.unit:<4} "
            f"{self.budget_text()}{tail}"
        )


def number(value: float) -> str:
    """Two decimals below 10 (seconds, MB), one above (milliseconds)."""
    return f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"


HEADER = f"  {'item':<48} {'p50':>10} {'p95':>10} unit budget"


def emit(row: Row) -> Row:
    """Print `row`; under run.py also keep it (JSON line in $BENCH_RESULTS, with the scale)."""
    print(row.line(), flush=True)
    path = os.environ.get("BENCH_RESULTS")
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps({"scale": os.environ.get("BENCH_SCALE", "?"), **asdict(row)}))
            out.write("\n")
    return row


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100), linear between the closest ranks."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    k = (len(ordered) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    """Seconds per call of `fn`, `runs` times."""
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def growth(points: dict[float, float]) -> str:
    """How a cost grows with the data, from (data factor -> cost) at two or more scales.

    The slope of log(cost) over log(factor), least squares: under 0.15 is flat (the cost does
    not follow the data), under 0.8 sub-linear, up to 1.2 linear, above that super-linear.
    """
    pts = [(math.log(f), math.log(v)) for f, v in points.items() if v > 0 and f > 0]
    if len(pts) < 2:
        return ""
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    if sxx == 0:
        return ""
    slope = sum((x - mx) * (y - my) for x, y in pts) / sxx
    kind = (
        "flat"
        if slope < 0.15
        else "sub-linear"
        if slope < 0.8
        else "linear"
        if slope <= 1.2
        else "super-linear"
    )
    return f"{kind} (slope {slope:.2f})"
