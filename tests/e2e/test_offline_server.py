"""Nothing leaves the machine from the server either, started exactly as the README says.

`./run app` is started with a `sitecustomize` on PYTHONPATH that records every DNS lookup and
every socket connection to an address outside the loopback range made by the server's Python
process (Streamlit, by default, looks up the machine's external IP on a public host when it
starts headless). A page is then opened in the browser so the app really runs.
"""

from __future__ import annotations

import os
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.e2e.conftest import PROJECT_ROOT, VIEWPORT, _free_port, _stop
from tests.e2e.test_browser import h1_text, wait_for_app

pytestmark = pytest.mark.e2e

RECORDER = """
import os
import socket

_LOG = os.environ["BEREDSKAP_NET_LOG"]
_LOCAL_NAMES = {"localhost", "127.0.0.1", "::1", "0.0.0.0", "::", ""}


def _is_local(host):
    host = str(host)
    return host in _LOCAL_NAMES or host.startswith("127.")


def _record(what, host):
    if not _is_local(host):
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(f"{what} {host}\\n")


_connect, _connect_ex, _getaddrinfo = (
    socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo
)


def connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _record("connect", address[0])
    return _connect(self, address)


def connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _record("connect", address[0])
    return _connect_ex(self, address)


def getaddrinfo(host, *args, **kwargs):
    _record("lookup", host)
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo = (
    connect, connect_ex, getaddrinfo
)
"""


def _wait_healthy(url: str, process: subprocess.Popen, log: Path, timeout_s: float = 180) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"./run app exited {process.returncode}:\n{log.read_text()[-4000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"./run app not healthy within {timeout_s} s:\n{log.read_text()[-4000:]}")


def test_the_server_started_as_documented_makes_no_outside_connection(
    browser, demo_file, tmp_path
) -> None:
    (tmp_path / "sitecustomize.py").write_text(RECORDER, encoding="utf-8")
    net_log = tmp_path / "net.log"
    net_log.touch()
    port = _free_port()
    env = {
        **os.environ,
        "BEREDSKAP_DB": str(demo_file),
        "BEREDSKAP_NET_LOG": str(net_log),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")])),
    }
    out = tmp_path / "run_app.log"
    with out.open("wb") as sink:
        process = subprocess.Popen(
            ["sh", "./run", "app", "--server.port", str(port)],
            cwd=PROJECT_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://localhost:{port}"
    try:
        _wait_healthy(url, process, out)
        context = browser.new_context(viewport=VIEWPORT)
        try:
            page = context.new_page()
            page.goto(f"{url}/")
            wait_for_app(page)
            assert h1_text(page) == "Lägesbild"
        finally:
            context.close()
    finally:
        _stop(process)
    printed = out.read_text(errors="replace")
    assert "External URL" not in printed, printed[-2000:]
    assert net_log.read_text() == "", net_log.read_text()
