"""End-to-end harness: a real Streamlit server on a free port and Debian chromium via Playwright.

The session's demo database (`demo_file`, tests/conftest.py, built once with the `beredskap`
CLI) is served by one `streamlit run app.py` (BEREDSKAP_DB) that most tests share; a test that
needs its own settings or writes to the database starts its own with `start_server` on
`copy_of_demo`. Tests get a fresh browser page that records every request leaving localhost,
console errors and uncaught page errors.

Never run `playwright install`: the browser is Debian's /usr/bin/chromium (see shared STACK.md).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

from dash_beredskap import db

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# Only for developing the harness itself against another app folder; tests use the project.
APP_ROOT = Path(os.environ.get("BEREDSKAP_E2E_APP_ROOT", PROJECT_ROOT)).resolve()
SCREENSHOT_DIR = Path(__file__).resolve().parent / "screenshots"
CHROMIUM = os.environ.get("BEREDSKAP_E2E_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--enable-unsafe-swiftshader",  # WebGL for deck.gl / MapLibre / plotly map traces
    "--no-sandbox",  # we run as root in CI
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]", None, ""}
# The frontend probes relative paths first: /<page>/_stcore/health, /<page>/_stcore/host-config.
HARMLESS_404 = re.compile(r"/[^/]+/_stcore/(health|host-config)$")
SERVER_START_TIMEOUT_S = 60
VIEWPORT = {"width": 1400, "height": 900}


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _tail(path: Path, n_chars: int = 6000) -> str:
    try:
        return path.read_text(errors="replace")[-n_chars:]
    except OSError:
        return "<no log>"


def _cli_command() -> list[str]:
    """The venv's `beredskap` script, else the click group through this interpreter."""
    script = Path(sys.executable).with_name("beredskap")
    if script.exists():
        return [str(script)]
    found = shutil.which("beredskap")
    if found:
        return [found]
    return [sys.executable, "-c", "from dash_beredskap.cli import cli; cli()"]


@dataclass
class StreamlitServer:
    url: str
    db_path: Path
    log_path: Path
    process: subprocess.Popen

    def log_tail(self) -> str:
        return _tail(self.log_path)


def copy_of_demo(demo_file: Path, folder: Path) -> Path:
    """A copy of the session's demo database in `folder`, for a test that writes to it."""
    path = folder / "beredskap.duckdb"
    db.copy_database(demo_file, path)
    return path


def run_cli(*args: str, timeout: float = 300) -> str:
    """`beredskap <args>` in its own process (the real CLI, the one writer); its output.
    Fails the test if the command fails."""
    result = subprocess.run(
        [*_cli_command(), *args],
        cwd=PROJECT_ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, f"beredskap {' '.join(args)}:\n{result.stdout}{result.stderr}"
    return result.stdout


@contextlib.contextmanager
def start_server(
    db_path: Path, log_dir: Path, env: dict[str, str | None] | None = None
) -> Iterator[StreamlitServer]:
    """A fresh `streamlit run app.py` process on a free port, stopped on exit. `env` adds
    settings to the server's environment (None removes one); this process's stays as it is."""
    app = APP_ROOT / "app.py"
    if not app.exists():
        pytest.fail(f"{app} does not exist: nothing to serve", pytrace=False)
    port = _free_port()
    log_path = log_dir / "streamlit.log"
    server_env = {
        **os.environ,
        "BEREDSKAP_DB": str(db_path),
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        "PYTHONUNBUFFERED": "1",
    }
    for name, value in (env or {}).items():
        if value is None:
            server_env.pop(name, None)
        else:
            server_env[name] = value
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.headless",
        "true",
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
        "--server.runOnSave",
        "false",
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            cmd,
            cwd=APP_ROOT,
            env=server_env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # so a stray child can't take the test run down with it
        )
    url = f"http://127.0.0.1:{port}"
    server = StreamlitServer(url=url, db_path=db_path, log_path=log_path, process=process)
    try:
        _wait_for_health(server)
        yield server
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def streamlit_server(
    demo_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[StreamlitServer]:
    """The server most tests share, on the session's demo database (nobody writes to it)."""
    with start_server(demo_file, tmp_path_factory.mktemp("e2e-server")) as server:
        yield server


def _wait_for_health(server: StreamlitServer) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    last_error = ""
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(
                f"streamlit exited with code {server.process.returncode} before it was healthy.\n"
                f"--- server log ---\n{server.log_tail()}",
                pytrace=False,
            )
        try:
            with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, OSError) as exc:
            last_error = repr(exc)
        time.sleep(0.3)
    pytest.fail(
        f"streamlit did not answer /_stcore/health within {SERVER_START_TIMEOUT_S} s "
        f"({last_error}).\n--- server log ---\n{server.log_tail()}",
        pytrace=False,
    )


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        message = (
            f"{CHROMIUM} not found: install Debian's chromium "
            "(`apt-get install -y chromium fonts-dejavu-core`; `./run test` does it as root)"
        )
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class WatchedPage:
    """A Playwright page plus what it did that a test may want to fail on."""

    page: object
    base_url: str
    external_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    offline_checked: bool = False

    def offline_message(self) -> str:
        return "requests left localhost (DESIGN.md rule 11: offline by default):\n  " + (
            "\n  ".join(sorted(set(self.external_requests)))
        )

    def assert_offline(self) -> None:
        self.offline_checked = True
        assert not self.external_requests, self.offline_message()


def _is_external(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme in ("data", "blob", "about", "chrome", "chrome-extension"):
        return False
    return parsed.hostname not in LOCAL_HOSTS


@pytest.fixture
def app_page(browser, streamlit_server: StreamlitServer) -> Iterator[WatchedPage]:
    """A fresh browser context and page per test; fails the test if anything left localhost."""
    context = browser.new_context(viewport=VIEWPORT, locale="sv-SE", timezone_id="Europe/Stockholm")
    context.set_default_timeout(30_000)
    context.set_default_navigation_timeout(60_000)
    page = context.new_page()
    watched = WatchedPage(page=page, base_url=streamlit_server.url)

    def on_request(request) -> None:
        if _is_external(request.url):
            watched.external_requests.append(request.url)

    def on_console(message) -> None:
        if message.type == "error":
            url = (message.location or {}).get("url", "")
            if HARMLESS_404.search(url) and "404" in message.text:
                return
            watched.console_errors.append(f"{message.text} ({url})" if url else message.text)

    page.on("request", on_request)
    page.on("console", on_console)
    page.on("pageerror", lambda exc: watched.page_errors.append(str(exc)))
    try:
        yield watched
    finally:
        context.close()
    if watched.console_errors:
        # Reported (pytest -rP shows them), not failed: a failed resource load is also a
        # request we catch above, and JavaScript exceptions fail the page test.
        print("console errors:\n  " + "\n  ".join(watched.console_errors[:50]))
    if not watched.offline_checked:  # a test that stopped early: still report what left
        watched.assert_offline()


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR
