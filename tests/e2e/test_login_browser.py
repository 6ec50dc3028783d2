"""Login with OpenID Connect against a real provider on localhost (issue 15 point 2).

The provider is `oidc-provider-mock` (a small Flask + Authlib OpenID provider from PyPI), run in
a thread of this process on a free port: discovery document, authorization form, token
endpoint with signed ID tokens, JWKS and an end-session endpoint, as an organisation's identity
provider has them. Its form signs in whatever subject is typed, with that as the `email` claim.
Streamlit runs as its own server with its own secrets.toml (`[auth]` pointing at the provider,
`[access]` in production mode), and Debian chromium walks the whole redirect dance: the app's
sign-in button, the provider's form, /oauth2callback, Streamlit's signed identity cookie,
st.user, the users table, and sign-out through the provider's end-session endpoint.

Nothing of Streamlit is mocked. The provider's pages link a stylesheet on a CDN; those requests
are aborted, and the test checks that no request from the app's own pages leaves localhost.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import (
    VIEWPORT,
    StreamlitServer,
    _is_external,
    copy_of_demo,
    run_cli,
    start_server,
)
from tests.e2e.test_browser import h1_text, page_problems, wait_for_app

pytestmark = [
    pytest.mark.e2e,
    # the test provider still uses Authlib's older JOSE API (Streamlit itself uses joserfc)
    pytest.mark.filterwarnings("ignore::authlib.deprecate.AuthlibDeprecationWarning"),
    pytest.mark.filterwarnings("ignore:get_jwt_config:DeprecationWarning"),
]

oidc_provider_mock = pytest.importorskip("oidc_provider_mock")

ANALYST = "anna.analytiker@region.example"  # in the users table as analyst
UNKNOWN = "okand.person@kommun.example"  # not in the users table
NEWCOMER = "ny.kollega@region.example"  # added while the server runs
SIDEBAR = '[data-testid="stSidebar"]'
MAIN = '[data-testid="stMain"]'
# The app settings this test sets in its own secrets.toml; from the environment they would win.
ACCESS_ENV = ("BEREDSKAP_MODE", "BEREDSKAP_ROLE", "BEREDSKAP_UNKNOWN_USERS")


@pytest.fixture(scope="module")
def provider() -> Iterator[str]:
    """A running OpenID provider on localhost; its issuer URL."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("AUTHLIB_INSECURE_TRANSPORT", "1")  # plain http on localhost only
        with oidc_provider_mock.run_server_in_thread(port=0) as server:
            yield f"http://localhost:{server.server_port}"


def add_user(db_path: Path, email: str, role: str) -> None:
    """`beredskap users add`: the real CLI, the one writer."""
    run_cli("users", "add", email, role, "--db", str(db_path), timeout=120)


@pytest.fixture(scope="module")
def login_db(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo database with one analyst (the shared one stays as it is for the
    other tests)."""
    db_path = copy_of_demo(demo_file, tmp_path_factory.mktemp("login-db"))
    add_user(db_path, ANALYST, "analyst")
    return db_path


def secrets_toml(provider_url: str, unknown_users: str) -> str:
    """The test server's secrets: login through `provider_url`, production mode."""
    return (
        "[auth]\n"
        'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'  # Streamlit fills {port}
        f'cookie_secret = "{secrets.token_hex(32)}"\n'
        'client_id = "beredskapslaget-test"\n'
        'client_secret = "not-a-real-secret"\n'
        f'server_metadata_url = "{provider_url}/.well-known/openid-configuration"\n'
        "\n[access]\n"
        'mode = "production"\n'
        f'unknown_users = "{unknown_users}"\n'
    )


@contextlib.contextmanager
def login_server(
    db_path: Path, provider_url: str, unknown_users: str, folder: Path
) -> Iterator[StreamlitServer]:
    """A Streamlit server of its own whose secrets.toml configures login."""
    path = folder / "secrets.toml"
    path.write_text(secrets_toml(provider_url, unknown_users), encoding="utf-8")
    env = {"STREAMLIT_SECRETS_FILES": str(path), "AUTHLIB_INSECURE_TRANSPORT": "1"}
    with start_server(db_path, folder, env | dict.fromkeys(ACCESS_ENV)) as server:
        yield server


@pytest.fixture(scope="module")
def public_server(login_db, provider, tmp_path_factory) -> Iterator[StreamlitServer]:
    """Login configured; an unknown user gets `public`."""
    with login_server(login_db, provider, "public", tmp_path_factory.mktemp("login")) as s:
        yield s


@pytest.fixture(scope="module")
def refuse_server(login_db, provider, tmp_path_factory) -> Iterator[StreamlitServer]:
    """Login configured; an unknown user is refused."""
    with login_server(login_db, provider, "refuse", tmp_path_factory.mktemp("refuse")) as s:
        yield s


class Browser:
    """One browser context (its own cookies) on one app server, recording what left localhost
    from the app's own pages (the provider's CDN stylesheet is aborted and not counted)."""

    def __init__(self, browser, server: StreamlitServer) -> None:
        self.server = server
        self.context = browser.new_context(
            viewport=VIEWPORT, locale="sv-SE", timezone_id="Europe/Stockholm"
        )
        self.context.set_default_timeout(30_000)
        self.context.set_default_navigation_timeout(60_000)
        self.external_from_app: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()

    def _route(self, route, request) -> None:
        if not _is_external(request.url):
            route.continue_()
            return
        with contextlib.suppress(Exception):  # a request without a frame (a worker)
            if request.frame.url.startswith(self.server.url):
                self.external_from_app.append(request.url)
        route.abort()

    def open(self, path: str = "/") -> None:
        self.page.goto(self.server.url + path)
        wait_for_app(self.page)

    def sidebar(self) -> str:
        return self.page.locator(SIDEBAR).inner_text()

    def main(self) -> str:
        return self.page.locator(MAIN).inner_text()

    def sign_in(self, email: str) -> None:
        """The app's sign-in button, then the provider's form, back to the app."""
        self.page.locator(SIDEBAR).get_by_role("button", name="Logga in").click()
        self.page.wait_for_url(lambda url: not url.startswith(self.server.url))
        form = self.page.locator('input[name="sub"]')
        form.fill(email)
        self.page.get_by_role("button", name="Authorize").click()
        self.page.wait_for_url(lambda url: url.startswith(self.server.url))
        wait_for_app(self.page)

    def sign_out(self) -> None:
        """The app's sign-out button, the provider's end-session page, back to the app."""
        self.page.locator(SIDEBAR).get_by_role("button", name="Logga ut").click()
        self.page.wait_for_url(lambda url: not url.startswith(self.server.url))
        self.page.get_by_role("button", name="End session").click()
        self.page.wait_for_url(lambda url: url.startswith(self.server.url))
        wait_for_app(self.page)

    def assert_signed_out(self) -> None:
        sidebar = self.sidebar()
        assert "Logga in" in sidebar and "Logga ut" not in sidebar, sidebar
        assert "Logga in för att se Beredskapsläget" in self.main()
        assert "Roll:" not in sidebar, sidebar

    def close(self) -> None:
        self.context.close()
        assert not self.external_from_app, self.external_from_app


@contextlib.contextmanager
def visitor(browser, server: StreamlitServer) -> Iterator[Browser]:
    b = Browser(browser, server)
    try:
        yield b
    finally:
        b.close()


def test_analyst_signs_in_sees_role_and_companies_then_signs_out(browser, public_server):
    with visitor(browser, public_server) as b:
        b.open("/")
        b.assert_signed_out()  # production mode with login: nothing before signing in
        assert not b.page.locator('[data-testid="stSidebarNav"]').count()

        b.sign_in(ANALYST)
        sidebar = b.sidebar()
        assert f"Roll: analytiker · {ANALYST}" in sidebar, sidebar
        assert "Logga ut" in sidebar and "Logga in" not in sidebar
        assert not page_problems(b.page)

        # an analyst page, by URL: the companies page with its ranking
        b.open("/companies")
        assert h1_text(b.page) == "Företag"
        assert not page_problems(b.page)
        assert f"Roll: analytiker · {ANALYST}" in b.sidebar()  # the cookie outlives the page

        b.sign_out()
        b.assert_signed_out()
        b.open("/companies")  # the identity cookie is gone: a deep link is not enough
        b.assert_signed_out()
        assert h1_text(b.page) != "Företag"


def test_unknown_user_gets_public_and_cannot_open_companies(browser, public_server):
    with visitor(browser, public_server) as b:
        b.open("/")
        b.sign_in(UNKNOWN)
        sidebar = b.sidebar()
        assert f"Roll: allmänhet · {UNKNOWN}" in sidebar, sidebar
        assert "Företag" not in b.page.locator('[data-testid="stSidebarNav"]').inner_text()

        b.page.goto(public_server.url + "/companies")  # not in the page list: not found
        b.page.get_by_text("Page not found").first.wait_for(timeout=30_000)
        wait_for_app(b.page)
        assert h1_text(b.page) != "Företag"
        assert f"Roll: allmänhet · {UNKNOWN}" in b.sidebar()


def test_unknown_user_refused_with_a_clear_message(browser, refuse_server):
    with visitor(browser, refuse_server) as b:
        b.open("/")
        b.sign_in(UNKNOWN)
        main = b.main()
        assert f"{UNKNOWN} har ingen roll i Beredskapsläget. Be en administratör." in main, main
        assert "Roll:" not in b.sidebar()
        assert not b.page.locator('[data-testid="stSidebarNav"]').count()
        assert "Traceback" not in b.page.locator("body").inner_text()

        b.sign_out()  # the refused user can still sign out (and in as someone else)
        b.assert_signed_out()


def test_known_user_not_refused_by_the_refuse_setting(browser, refuse_server):
    with visitor(browser, refuse_server) as b:
        b.open("/")
        b.sign_in(ANALYST)
        assert f"Roll: analytiker · {ANALYST}" in b.sidebar()


def test_a_user_added_while_the_server_runs_gets_the_role_at_once(browser, refuse_server):
    with visitor(browser, refuse_server) as b:
        b.open("/")
        b.sign_in(NEWCOMER)
        assert f"{NEWCOMER} har ingen roll" in b.main()

        add_user(refuse_server.db_path, NEWCOMER, "official")  # a new file version is published
        b.open("/")  # still signed in (the cookie); the role is looked up again
        assert f"Roll: tjänsteperson · {NEWCOMER}" in b.sidebar()
        assert "har ingen roll" not in b.main()
