"""The session's role, and what it opens: the Streamlit side of dash_beredskap.access.

Settings come from the environment or `[access]` in `.streamlit/secrets.toml` (the
environment wins):

* `BEREDSKAP_MODE` / `mode`: `local` (default) or `production`. Production refuses to start
  without login configured (`[auth]` in secrets.toml, Streamlit's OpenID Connect).
* `BEREDSKAP_ROLE` / `role`: the role of every session in local mode (default `official`).
* `BEREDSKAP_UNKNOWN_USERS` / `unknown_users`: with login, a signed-in e-mail not in the
  users table gets `public` (default) or is refused (`refuse`).

The page list handed to st.navigation holds only the role's pages, so a page not listed cannot
be opened by URL either (Streamlit shows its page-not-found). Every query goes through
ui.data.run, which asks `check_query` here; pages never decide access.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, NoReturn

import streamlit as st

from dash_beredskap import access, audit, queries
from dash_beredskap.ui import data, nav
from dash_beredskap.ui.i18n import t

LOCAL = "local"
Export = access.Export  # what download_buttons names


@dataclass(frozen=True)
class Settings:
    mode: str = "local"  # local | production
    role: str = "official"  # local mode's role
    unknown_users: str = "public"  # public | refuse

    @property
    def login_configured(self) -> bool:
        return _login_configured()


def _secrets_access() -> Mapping[str, Any]:
    try:
        return dict(st.secrets.get("access", {}))
    except (FileNotFoundError, st.errors.StreamlitSecretNotFoundError):
        return {}


def _login_configured() -> bool:
    try:
        return "auth" in st.secrets
    except (FileNotFoundError, st.errors.StreamlitSecretNotFoundError):
        return False


def settings() -> Settings:
    """The access settings: environment first, then [access] in secrets.toml, then defaults."""
    found = _secrets_access()

    def pick(env: str, key: str, default: str) -> str:
        return str(os.environ.get(env) or found.get(key) or default).strip().lower()

    return Settings(
        mode=pick("BEREDSKAP_MODE", "mode", "local"),
        role=pick("BEREDSKAP_ROLE", "role", "official"),
        unknown_users=pick("BEREDSKAP_UNKNOWN_USERS", "unknown_users", "public"),
    )


@dataclass(frozen=True)
class Session:
    role: str
    actor: str  # the signed-in e-mail, or "local"


def _signed_in_role(email: str, unknown_users: str) -> str | None:
    """The users table's role for the normalised `email`; for an unknown one `public`, or None
    if refused."""
    cur = data.connection().cursor()
    try:
        found = queries.meta.user_role(cur, email)
    finally:
        cur.close()
    if len(found):
        return access.validate_role(str(found["role"].iloc[0]))
    return None if unknown_users == "refuse" else "public"


def _signed_in_email() -> str | None:
    """The identity provider's `email` claim, normalised; None when there is none or it is not
    shaped like one address (such a user is refused: the role table is keyed on e-mails)."""
    try:
        return access.normalise_email(str(st.user.get("email") or ""))
    except ValueError:
        return None


def _halt() -> NoReturn:
    """Stop this run after its message, handing st.navigation one hidden empty page: without a
    call to it, Streamlit would list the pages/ folder in the sidebar (its legacy mode), and a
    session without a role must see no page list and open no page."""
    st.navigation([st.Page(_no_page, title=t("app.name"), url_path="none")], position="hidden")
    st.stop()


def _no_page() -> None:
    """The page of a session that may open none: its message is already drawn."""


def session() -> Session:
    """Who this session is and its role; stops the script with a message when it may not run
    (production without login, not signed in yet, an unknown user refused, a wrong setting).

    With login configured the sign-in and sign-out buttons sit in the sidebar: st.login sends
    the browser to the identity provider (`[auth]` in secrets.toml), which returns to
    /oauth2callback; Streamlit then keeps the identity in a signed cookie and st.user."""
    cfg = settings()
    if cfg.mode not in ("local", "production"):
        st.error(t("access.bad_setting", name="mode", value=cfg.mode))
        _halt()
    if cfg.unknown_users not in ("public", "refuse"):
        st.error(t("access.bad_setting", name="unknown_users", value=cfg.unknown_users))
        _halt()
    if not cfg.login_configured:
        if cfg.mode == "production":
            st.error(t("access.production_needs_login"), icon=":material/lock:")
            _halt()
        try:
            return Session(access.validate_role(cfg.role), LOCAL)
        except access.UnknownRole:
            st.error(t("access.bad_setting", name="role", value=cfg.role))
            _halt()
    if not st.user.is_logged_in:
        st.sidebar.button(
            t("access.sign_in"), on_click=st.login, icon=":material/login:", type="primary"
        )
        st.info(t("access.sign_in_needed"), icon=":material/login:")
        _halt()
    email = _signed_in_email()
    role = _signed_in_role(email, cfg.unknown_users) if email else None
    if email is None or role is None:
        shown = email or str(st.user.get("email") or "?")
        st.error(t("access.unknown_user", email=shown), icon=":material/block:")
        _sign_out_button()
        _halt()
    return Session(role, email)


def current_role() -> str:
    """The role of the session running now (the one the query layer checks)."""
    return session().role


def check_query(name: str) -> None:
    """Stop the script with a clear message unless this session's role may run query `name`."""
    role = current_role()
    if not access.may_run(role, name):
        st.warning(t("access.denied", role=t(f"access.role.{role}")), icon=":material/lock:")
        st.stop()


def may_open(page: str) -> bool:
    """Whether this session's role may open the page with key `page` (links ask this)."""
    return access.may_open(current_role(), page)


def may_export(kind: Export) -> bool:
    """Whether this session's role may make an export of `kind` (the export function asks)."""
    return access.may_export(current_role(), kind)


def allowed_pages(pages: dict[str, list], role: str) -> dict[str, list]:
    """Only the st.Page objects of `pages` (section -> pages) that `role` may open; an empty
    section goes."""
    key_of = {p.url_path: p.key for p in nav.PAGES}
    key_of[""] = next(p.key for p in nav.PAGES if p.default)  # the default page's url_path
    out: dict[str, list] = {}
    for section, listed in pages.items():
        kept = [p for p in listed if access.may_open(role, key_of[p.url_path])]
        if kept:
            out[section] = kept
    return out


def _sign_out_button() -> None:
    """Sign out (st.logout clears Streamlit's identity cookie and, when the provider names an
    end_session_endpoint, ends the session there too)."""
    st.sidebar.button(t("access.sign_out"), on_click=st.logout, icon=":material/logout:")


def sidebar_badge(s: Session) -> None:
    """The role, and who is signed in or that this is local mode, in the sidebar."""
    where = t("access.local_mode") if s.actor == LOCAL else s.actor
    st.sidebar.caption(t("access.sidebar", role=t(f"access.role.{s.role}"), who=where))
    if s.actor != LOCAL:
        _sign_out_button()


def export_recorder(what: str) -> Callable[[str, bytes], bytes]:
    """An audit hook for one download, bound to this session now (the download itself is made
    later, outside the script run): call it with the format and the bytes; it appends the
    event to `<db>.audit.jsonl` and returns the bytes."""
    s = session()
    path = data.database_path()

    def record(fmt: str, payload: bytes) -> bytes:
        detail = {"format": fmt, "bytes": len(payload)}
        audit.append(path, audit.event("export", s.actor, s.role, target=what, detail=detail))
        return payload

    return record


def pending_events() -> int:
    """Events the app appended that `beredskap audit` has not folded in yet."""
    return audit.pending(data.database_path())
