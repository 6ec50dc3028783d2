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
from datetime import date
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


def _bound(
    widget: str,
    label: str,
    name: str,
    current: Any,
    to_url: Callable[[Any], str | None],
    container: Any = None,
    **widget_args: Any,
) -> Any:
    """Draw the Streamlit widget `widget` holding `current` (the URL's value) and write its new
    value to ?name= when the user changes it (`to_url` gives the text, None leaves it out).

    The one place a widget is bound to the URL. The URL is the source of truth: the widget is
    seeded from it on every run (before it is drawn), so back/forward and shared links win over
    whatever the widget held before.
    """
    widget_key = f"param_{name}"
    st.session_state[widget_key] = current

    def _to_url() -> None:
        write_param(name, to_url(st.session_state.get(widget_key)))

    draw = getattr(container if container is not None else st, widget)
    draw(label, key=widget_key, on_change=_to_url, **_widget_texts(widget), **widget_args)
    return current


def _widget_texts(widget: str) -> dict[str, Any]:
    """Streamlit's own English in pickers, replaced in this run's language: the placeholder
    ("Choose options"), and in Swedish no "Select all" entry (its text cannot be changed)."""
    from dash_beredskap.ui.i18n import t  # i18n reads the language from this module

    if widget == "multiselect":
        return {
            "placeholder": t("common.choose_many"),
            "select_all": 1000 if language() == "en" else False,
        }
    if widget == "selectbox":
        return {"placeholder": t("common.choose_one")}
    return {}


def _labels(options: Sequence[str], format_func: Callable[[str], str]) -> Callable[[str], str]:
    """Labels fixed now, in this run's language (Streamlit may format again outside the run)."""
    labels = {o: format_func(o) for o in options}
    return labels.__getitem__


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
    return _bound(
        "selectbox",
        label,
        name,
        current,
        lambda v: None if v == default else v,
        container,
        options=options,
        format_func=_labels(options, format_func),
        help=help,
    )


def segmented_param(
    label: str,
    name: str,
    options: Sequence[str],
    default: str,
    format_func: Callable[[str], str] = str,
    container: Any = None,
    help: str | None = None,
) -> str:
    """A segmented control (few options, all visible) whose value is the URL parameter `name`."""
    options = list(options)
    current = read_param(name, options, default)
    return _bound(
        "segmented_control",
        label,
        name,
        current,
        lambda v: v if v in options and v != default else None,
        container,
        options=options,
        format_func=_labels(options, format_func),
        required=True,
        help=help,
    )


def multi_param(
    label: str,
    name: str,
    options: Sequence[str],
    format_func: Callable[[str], str],
    container: Any = None,
    help: str | None = None,
) -> list[str]:
    """A multiselect kept in the URL as `name=a,b` (codes from `options`, in their order)."""
    options = list(options)
    raw = st.query_params.get(name)
    chosen = [o for o in (raw.split(",") if raw else []) if o in options]
    if raw is not None and ",".join(chosen) != raw:
        write_param(name, ",".join(chosen) or None)
    _bound(
        "multiselect",
        label,
        name,
        chosen,
        lambda v: ",".join(o for o in options if o in (v or [])) or None,
        container,
        options=options,
        format_func=_labels(options, format_func),
        help=help,
    )
    return chosen


def toggle_param(label: str, name: str, container: Any = None, help: str | None = None) -> bool:
    """A toggle kept in the URL as `name=1` (absent: off)."""
    current = st.query_params.get(name) == "1"
    if name in st.query_params and not current:
        del st.query_params[name]
    return _bound(
        "toggle", label, name, current, lambda v: "1" if v else None, container, help=help
    )


def _from_url(name: str, parse: Callable[[str], Any], valid: Callable[[Any], bool]) -> Any:
    """The URL's `name` parsed and valid, else None (a bad value is removed from the URL)."""
    raw = st.query_params.get(name)
    if raw is None:
        return None
    try:
        value = parse(raw)
    except ValueError:
        value = None
    if value is None or not valid(value):
        del st.query_params[name]
        return None
    return value


def number_param(
    label: str,
    name: str,
    default: int,
    low: int,
    high: int,
    container: Any = None,
    help: str | None = None,
    url_default: int | None = None,
) -> int:
    """A whole-number input whose value is the URL parameter `name` (within low..high).

    `url_default`: the value that is left out of the URL (keeps links short); `default` the
    value shown when the URL has none.
    """
    from_url = _from_url(name, int, lambda v: low <= v <= high)
    current = default if from_url is None else from_url
    omit = default if url_default is None else url_default
    return _bound(
        "number_input",
        label,
        name,
        current,
        lambda v: None if v is None or v == omit else str(int(v)),
        container,
        min_value=low,
        max_value=high,
        step=1,
        help=help,
    )


def date_param(
    label: str,
    name: str,
    default: date,
    low: date,
    high: date,
    container: Any = None,
    help: str | None = None,
) -> date:
    """A date input kept in the URL as `name=YYYY-MM-DD` (within low..high)."""
    from_url = _from_url(name, date.fromisoformat, lambda v: low <= v <= high)
    current = default if from_url is None else from_url
    return _bound(
        "date_input",
        label,
        name,
        current,
        lambda v: None if v is None or v == default else v.isoformat(),
        container,
        min_value=low,
        max_value=high,
        format="YYYY-MM-DD",
        help=help,
    )


def current_params(*names: str) -> dict[str, str]:
    """The named page parameters now in the URL, and the language, to carry to another page.

    st.switch_page and page links start from a clean URL: carrying ?lang= here keeps the reader
    in their language wherever the link was built.
    """
    carried = {n: st.query_params[n] for n in names if n in st.query_params}
    lang = language()
    if lang != DEFAULT_LANGUAGE:
        carried[LANG_PARAM] = lang
    return carried


def url_text(name: str) -> str | None:
    """The URL's raw text of `name`, for a parameter that is not a widget (an encoded value the
    caller parses and checks itself; it writes back with write_param)."""
    return st.query_params.get(name)
