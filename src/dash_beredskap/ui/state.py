"""State lives in the URL: every choice round-trips through st.query_params, validated.

Two mechanisms, on purpose:

* The language is a widget bound to the URL (`bind="query-params"`, Streamlit >= 1.55). A bound
  parameter survives clicks in the sidebar navigation and page links, so `?lang=en` stays on
  every page. Its options are the codes themselves ("sv", "en"), because a bound widget writes
  its *displayed* label into the URL.
* Page filters (a date, a region) keep a code in the URL (`?region=01`), not a translated label,
  so a shared link means the same in both languages. They are read and validated here and
  written back by the widget's on_change callback. They belong to their page: the sidebar
  navigation drops them, page links carry the ones you pass.

Unknown or malformed values fall back to the default and are removed from the URL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

LANG_PARAM = "lang"
LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"


def language() -> str:
    """The language of this run: the bound switch, else ?lang=, else Swedish."""
    try:
        chosen = st.session_state.get(LANG_PARAM)
        if chosen in LANGUAGES:
            return chosen
        from_url = st.query_params.get(LANG_PARAM)
    except Exception:  # outside a Streamlit run (unit tests, scripts)
        return DEFAULT_LANGUAGE
    return from_url if from_url in LANGUAGES else DEFAULT_LANGUAGE


def language_switch(container: Any, label: str) -> str:
    """Render the sv/en switch (bound to ?lang=) in `container` and return the language.

    The options are shown as their codes: a bound widget writes its displayed label into the
    URL, and the URL must read ?lang=en.
    """
    chosen = container.segmented_control(
        label,
        LANGUAGES,
        default=DEFAULT_LANGUAGE,
        required=True,
        key=LANG_PARAM,
        bind="query-params",
    )
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def read_param(name: str, allowed: Sequence[str], default: str) -> str:
    """The URL value of `name` if it is in `allowed`, else `default` (and the URL is cleaned)."""
    value = st.query_params.get(name)
    if value is None:
        return default
    if value in allowed:
        return value
    del st.query_params[name]
    return default


def write_param(name: str, value: str | None, default: str | None = None) -> None:
    """Put `value` in the URL as `name`; the default (or None) removes it to keep links short."""
    if value is None or value == default:
        if name in st.query_params:
            del st.query_params[name]
    else:
        st.query_params[name] = value


def select_param(
    label: str,
    name: str,
    options: Sequence[str],
    default: str,
    format_func: Callable[[str], str] = str,
    container: Any = None,
    help: str | None = None,
) -> str:
    """A selectbox whose value is the URL parameter `name` (a code from `options`)."""
    options = list(options)
    if not options:
        return default
    if default not in options:
        default = options[0]
    current = read_param(name, options, default)
    # labels fixed now, in this run's language (Streamlit may format again outside the run)
    labels = {o: format_func(o) for o in options}
    widget_key = f"param_{name}"
    # The URL is the source of truth: seed the widget from it on every run (before it is drawn),
    # so back/forward and shared links win over whatever the widget held before.
    st.session_state[widget_key] = current

    def _to_url() -> None:
        write_param(name, st.session_state[widget_key], default)

    target = container if container is not None else st
    target.selectbox(
        label,
        options,
        format_func=labels.__getitem__,
        key=widget_key,
        on_change=_to_url,
        help=help,
    )
    return current


def current_params(*names: str) -> dict[str, str]:
    """The named page parameters now in the URL (to carry them to another page)."""
    return {n: st.query_params[n] for n in names if n in st.query_params}
