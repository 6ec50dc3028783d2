"""Browser benchmark: how long the start page and a filter change on Tillverkning take in a real
browser, and how many bytes each rerun sends over the websocket.

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
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

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


def percentiles(values: list[float]) -> str:
    p50, p95 = np.percentile(values, [50, 95])
    return f"p50 {p50:8.2f}  p95 {p95:8.2f}  (n={len(values)})"


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
    print(f"start page, navigation to end of run (s):   {percentiles(times)}")
    print(f"start page, last message to end of run (s): {percentiles(browser_times)}")
    print(f"start page, websocket received (MB):         {percentiles(sizes)}")


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
    print(f"Tillverkning first load (s):                 {end / 1000:8.2f}")
    print(f"Tillverkning first load, websocket (MB):     {probe.ws_bytes / 1e6:8.2f}")
    print(f"Tillverkning first load, static requests:    {len(probe.static_requests)}")
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
    print(f"Tillverkning filter change to run end (s):   {percentiles(times)}")
    print(f"Tillverkning change, last message to end (s): {percentiles(browser_times)}")
    print(f"Tillverkning filter change, websocket (MB):  {percentiles(sizes)}")
    print(f"Tillverkning filter change, static requests: {sum(statics)} in {len(statics)} changes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=ROOT / "data" / "beredskap.duckdb")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    args.db = args.db.resolve()
    if not args.db.exists():
        subprocess.run([*_cli_command(), "build-demo", "--db", str(args.db)], check=True)
    from playwright.sync_api import sync_playwright

    with (
        tempfile.TemporaryDirectory() as log_dir,
        start_server(args.db, Path(log_dir)) as server,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            start_page(browser, server.url, args.runs)
            manufacturing(browser, server.url, args.runs)
        finally:
            browser.close()


if __name__ == "__main__":
    main()
