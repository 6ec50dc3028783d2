"""Browser benchmark: how long the start page and a filter change on Täckning and Tillverkning
take in a real browser, how many bytes each rerun sends over the websocket, and the server's
peak memory once every page has been opened.

Starts the app like the e2e harness (tests/e2e/conftest.py) against a demo database and drives
Debian's chromium with Playwright. Prints figures; asserts nothing (speed is measured here, never
in a timed test).

    uv run python bench/browser.py [--db data/beredskap.duckdb] [--runs 7]

Times are read in the page (performance.now()): a run ends when Streamlit's script state turns
"notRunning" and the browser has painted twice since (the frames after the last message), so the
figure includes what the browser does with the data, not only the server's run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "bench"))

from results import HEADER, Row, emit, percentile  # noqa: E402

from dash_beredskap.ui import nav  # noqa: E402
from dash_beredskap.ui.i18n import translate  # noqa: E402
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, VIEWPORT, _cli_command, start_server  # noqa: E402
from tests.e2e.test_browser import APP_IDLE_JS  # noqa: E402

# Records when the script state changes, when the browser has painted twice after a run ended,
# and when each websocket message arrived (the browser's own share: from the last one to the end).
RECORDER_JS = """
window.__bench = {running: [], idle: [], message: []};
const NativeWebSocket = window.WebSocket;
window.WebSocket = function (...args) {
  const ws = new NativeWebSocket(...args);
  ws.addEventListener('message', () => window.__bench.message.push(performance.now()));
  return ws;
};
window.WebSocket.prototype = NativeWebSocket.prototype;
Object.assign(window.WebSocket, NativeWebSocket);
new MutationObserver((records) => {
  for (const r of records) {
    const state = r.target.getAttribute('data-test-script-state');
    if (state === 'running') window.__bench.running.push(performance.now());
    if (state === 'notRunning') {
      requestAnimationFrame(() => requestAnimationFrame(
        () => window.__bench.idle.push(performance.now())));
    }
  }
}).observe(document, {subtree: true, attributes: true,
                      attributeFilter: ['data-test-script-state']});
"""
SETTLE_S = 1.0  # the app must stay idle this long to count as finished (st.rerun, URL writes)
BORDERS = "/app/static/"  # static files (the map borders) are counted, by request


class Probe:
    """A page with its websocket byte counter and its requests for static files."""

    def __init__(self, context, url: str) -> None:
        self.page = context.new_page()
        self.ws_bytes = 0
        self.static_requests: list[str] = []
        self.page.on("websocket", self._on_websocket)
        self.page.on(
            "request",
            lambda r: self.static_requests.append(r.url) if BORDERS in r.url else None,
        )
        self.url = url

    def _on_websocket(self, ws) -> None:
        def count(payload: str | bytes) -> None:
            self.ws_bytes += len(payload)

        ws.on("framereceived", count)

    def wait_idle(self, after_ms: float, timeout_s: float = 120) -> tuple[float, float]:
        """Wait until a run that started after `after_ms` has ended and the app stays idle;
        return the page times (ms) the last run ended and was painted, and the last websocket
        message before that arrived."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            self.page.wait_for_function(APP_IDLE_JS, timeout=timeout_s * 1000, polling=50)
            time.sleep(SETTLE_S)
            marks = self.page.evaluate("() => window.__bench")
            started = [t for t in marks["running"] if t >= after_ms]
            if self.page.evaluate(APP_IDLE_JS) and started:
                ends = [t for t in marks["idle"] if t >= max(started)]
                if ends:
                    last = max([t for t in marks["message"] if t <= max(ends)], default=max(ends))
                    return max(ends), last
        raise TimeoutError(f"no finished run after {timeout_s} s: {self.page.url}")


SERVER_MEMORY_BUDGET_MB = 1024.0


def emit_series(item: str, values: list[float], unit: str, budget: float | None = None) -> None:
    """One row: p50 and p95 of `values` (n in the note)."""
    emit(
        Row(item, percentile(values, 50), percentile(values, 95), unit, budget,
            note=f"n={len(values)}")
    )  # fmt: skip


def start_page(browser, url: str, runs: int) -> None:
    """The start page in a fresh browser (cold cache) on a warm server: navigation to run end."""
    times, sizes, browser_times = [], [], []
    for i in range(runs + 1):  # the first visit warms the server's caches and is not counted
        context = browser.new_context(viewport=VIEWPORT, locale="sv-SE")
        context.add_init_script(RECORDER_JS)
        probe = Probe(context, url)
        probe.page.goto(url + "/")
        end, last = probe.wait_idle(0.0)
        if i:
            times.append(end / 1000)
            browser_times.append((end - last) / 1000)
            sizes.append(probe.ws_bytes / 1e6)
        context.close()
    emit_series("browser: start page, navigation to end of run", times, "s")
    emit_series("browser: start page, last message to end", browser_times, "s")
    emit_series("browser: start page, websocket received", sizes, "MB")


# Filter changes, each to a selection neither the server nor the browser has seen (Streamlit's
# message cache would hide a repeated one's bytes): (filter's label key, option's label key).
CHANGES = (
    ("supply.filter.area", "supply.filter.area.eu_eea"),
    ("supply.filter.site_type", "supply.site_type.api"),
    ("supply.filter.area", "supply.filter.area.nordic"),
    ("supply.filter.site_type", "supply.site_type.fpp"),
    ("supply.filter.area", "supply.filter.area.rest"),
    ("supply.filter.site_type", "supply.site_type.packaging"),
    ("supply.filter.area", "supply.filter.area.all"),
    ("supply.filter.site_type", "supply.filter.all_site_types"),
)


def manufacturing(browser, url: str, runs: int) -> None:
    """Tillverkning: the first load, then `runs` filter changes (CHANGES, in order)."""
    context = browser.new_context(viewport=VIEWPORT, locale="sv-SE")
    context.add_init_script(RECORDER_JS)
    probe = Probe(context, url)
    probe.page.goto(url + "/manufacturing")
    end, _ = probe.wait_idle(0.0)
    emit_series("browser: Tillverkning first load", [end / 1000], "s")
    emit_series("browser: Tillverkning first load, websocket", [probe.ws_bytes / 1e6], "MB")
    print(f"  (Tillverkning first load: {len(probe.static_requests)} static file requests)")
    times, sizes, statics, browser_times = [], [], [], []
    for filter_key, option_key in CHANGES[: min(runs, len(CHANGES))]:
        box = probe.page.locator('[data-testid="stSelectbox"]')
        box.filter(has_text=translate(filter_key, "sv")).locator("input").first.click()
        option = probe.page.get_by_role("option", name=translate(option_key, "sv"), exact=True)
        option.wait_for(state="visible")
        probe.ws_bytes, probe.static_requests = 0, []
        start = probe.page.evaluate("() => performance.now()")
        option.click()
        end, last = probe.wait_idle(start)
        times.append((end - start) / 1000)
        browser_times.append((end - last) / 1000)
        sizes.append(probe.ws_bytes / 1e6)
        statics.append(len(probe.static_requests))
    context.close()
    emit_series("browser: Tillverkning filter change to run end", times, "s")
    emit_series("browser: Tillverkning change, last message to end", browser_times, "s")
    emit_series("browser: Tillverkning filter change, websocket", sizes, "MB")
    print(f"  (Tillverkning filter changes: {sum(statics)} static requests in {len(statics)})")


# Täckning's target (days of normal consumption), each value new to the server and browser
TARGETS = (45, 60, 90, 21, 75, 120, 14, 40)


def coverage(browser, url: str, runs: int) -> None:
    """Täckning: the first load, then `runs` changes of the target (typed, then Enter)."""
    context = browser.new_context(viewport=VIEWPORT, locale="sv-SE")
    context.add_init_script(RECORDER_JS)
    probe = Probe(context, url)
    probe.page.goto(url + "/coverage")
    end, _ = probe.wait_idle(0.0)
    emit_series("browser: Täckning first load", [end / 1000], "s")
    box = probe.page.locator('[data-testid="stNumberInput"]')
    field = box.filter(has_text=translate("coverage.target_label", "sv")).locator("input").first
    times, sizes = [], []
    for target in TARGETS[: min(runs, len(TARGETS))]:
        field.fill(str(target))
        probe.ws_bytes = 0
        start = probe.page.evaluate("() => performance.now()")
        field.press("Enter")
        end, _ = probe.wait_idle(start)
        times.append((end - start) / 1000)
        sizes.append(probe.ws_bytes / 1e6)
    context.close()
    emit_series("browser: Täckning target change to run end", times, "s")
    emit_series("browser: Täckning target change, websocket", sizes, "MB")


def every_page_then_memory(browser, server, keys: list[str] | None) -> None:
    """Open every page once (as an admin would see them), then the server's peak memory (VmHWM):
    what one server holds with every page's queries cached."""
    context = browser.new_context(viewport=VIEWPORT, locale="sv-SE")
    context.add_init_script(RECORDER_JS)
    probe = Probe(context, server.url)
    for spec in nav.PAGES:
        if keys and spec.key not in keys:
            continue
        probe.page.goto(f"{server.url}/{'' if spec.default else spec.url_path}")
        probe.wait_idle(0.0)
    context.close()
    status = Path(f"/proc/{server.process.pid}/status").read_text()
    (line,) = [x for x in status.splitlines() if x.startswith("VmHWM:")]
    peak_mb = int(line.split()[1]) / 1024
    emit(Row("server peak memory after every page", peak_mb, peak_mb, "MB",
             SERVER_MEMORY_BUDGET_MB))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=ROOT / "data" / "beredskap.duckdb")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--pages", nargs="*", help="pages opened before the memory reading")
    args = parser.parse_args()
    args.db = args.db.resolve()
    if not args.db.exists():
        subprocess.run([*_cli_command(), "build-demo", "--db", str(args.db)], check=True)
    from playwright.sync_api import sync_playwright

    os.environ["BEREDSKAP_ROLE"] = "admin"  # the server's sessions see every page
    with (
        tempfile.TemporaryDirectory() as log_dir,
        start_server(args.db, Path(log_dir)) as server,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        print(HEADER)
        try:
            start_page(browser, server.url, args.runs)
            coverage(browser, server.url, args.runs)
            manufacturing(browser, server.url, args.runs)
            every_page_then_memory(browser, server, args.pages)
        finally:
            browser.close()


if __name__ == "__main__":
    main()
