"""The scenario page's state and controls: which scenario is shown (from the URL), the builder,
saving through the loader and the comparison choice. The frames come from loaders.py.

The URL holds the scenario, so a link shows the same one:
* `?scenario=<id>`: a saved scenario (an example or one saved from the page or loaded);
* `?d=country:IN:2026-12-01:90,demand:J01:2026-12-01:90:1.5,...&name=...`: a scenario built
  on the page and not saved (a demand rise carries its factor)
  (scenarios.encode_disruptions; read back and checked against the database's codes);
* `?new=1`: an empty scenario to build; nothing: the first saved scenario (an example);
* `?vs=<id>`: the saved scenario to compare with.

`?scenario=` wins over `?d=`/`?new=`. The picker and the comparison are widgets bound through
state.select_param; `d`, `name` and `new` are not widgets and go through state.url_text and
state.write_param.

Saving calls ingest.loader.save_scenario: the same validation and publishing as
`beredskap load scenarios`. The app never writes the database any other way.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

import duckdb
import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from dash_beredskap import db
from dash_beredskap import scenarios as sc
from dash_beredskap.ingest.errors import IngestError, format_errors
from dash_beredskap.ingest.loader import save_scenario
from dash_beredskap.ui import data, fmt, state
from dash_beredskap.ui.i18n import has, t

SCENARIO, DISRUPTIONS, NAME, NEW, VERSUS = "scenario", "d", "name", "new", "vs"
CUSTOM = "_custom"  # the picker's option for an unsaved scenario (no saved id starts with '_')
NAME_MAX = 120
DESCRIPTION_MAX = 500
DEFAULT_DAYS = 90
DEFAULT_FACTOR = 1.5  # a demand rise: half as much again (war: civilians and the armed forces)
SEARCH_LIMIT = 50  # matches listed by the company and site search
SEARCHED_KINDS = ("company", "site")  # too many to list: searched
_SAVED_FLASH = "scenario_saved_flash"
_ERRORS_FLASH = "scenario_save_errors"


# ------------------------------------------------------------------ what the page can name

Search = Callable[[str, str], pd.DataFrame]  # (kind, text) -> the matching companies or sites


@dataclass(frozen=True)
class Options:
    """Everything a disruption can name, and the saved scenarios, from the database."""

    regions: pd.DataFrame  # region_code, region_name, region_short_name
    countries: pd.DataFrame  # country_iso2, country_name, is_eu_eea, is_nordic, n_sites
    named: pd.DataFrame  # the companies and sites the scenarios name: scenario_target_names
    saved: pd.DataFrame  # saved_scenarios
    scenarios: dict[str, sc.Scenario]  # saved, by id, names of examples translated
    known: sc.KnownTargets
    stock_date: date | None  # the latest stock report the scenario starts from
    demand_groups: pd.DataFrame = dataclasses.field(  # atc_group, n_items: a demand target
        default_factory=lambda: pd.DataFrame({"atc_group": [], "n_items": []})
    )


def named_ids(disruptions: pd.DataFrame, url: str | None) -> tuple[tuple[str, ...], ...]:
    """(company ids, site ids) that the saved scenarios and the URL's unsaved one name: the
    only companies and sites (of up to 100 000) the page looks up by id. An unreadable URL
    names none (chosen_scenario explains it)."""
    pairs = set(zip(disruptions["kind"], disruptions["target"], strict=True))
    with contextlib.suppress(ValueError):
        pairs |= {(d.kind, d.target) for d in sc.decode_disruptions(url or "")}
    return tuple(
        tuple(sorted(target for k, target in pairs if k == kind)) for kind in ("company", "site")
    )


def build_options(
    regions: pd.DataFrame,
    countries: pd.DataFrame,
    named: pd.DataFrame,
    saved: pd.DataFrame,
    disruptions: pd.DataFrame,
    stock: pd.DataFrame,
    items: pd.DataFrame | None = None,
) -> Options:
    """The page's Options from the query frames (loaders.load_options fetches them)."""
    atc = pd.Series(dtype=object) if items is None else items["atc_code"].dropna().astype(str)
    stored = sc.scenarios_from_frames(saved, disruptions)
    shown = {sid: _translated(sid, s) for sid, s in stored.items()}
    stock_date = None if stock.empty else pd.Timestamp(stock["snapshot_date"].max()).date()
    known = sc.KnownTargets(
        countries=frozenset(countries["country_iso2"]),
        companies=frozenset(named.loc[named["kind"] == "company", "target"]),
        sites=frozenset(named.loc[named["kind"] == "site", "target"]),
        regions=frozenset(regions["region_code"]),
        atc_codes=frozenset(atc),
    )
    # a demand rise's ATC groups: level 2 (three characters, e.g. J01 antibacterials)
    groups = (
        atc.str[:3].value_counts().rename_axis("atc_group").reset_index(name="n_items")
    ).sort_values("atc_group", ignore_index=True)
    return Options(regions, countries, named, saved, shown, known, stock_date, groups)


def _translated(scenario_id: str, scenario: sc.Scenario) -> sc.Scenario:
    """An example's name and description in the reader's language (stored text otherwise)."""
    key = f"scenarios.example.{scenario_id}"
    if not has(f"{key}.name"):
        return scenario
    return dataclasses.replace(scenario, name=t(f"{key}.name"), description=t(f"{key}.description"))


def is_example(opts: Options, scenario_id: str) -> bool:
    row = opts.saved.loc[opts.saved["scenario_id"] == scenario_id, "is_example"]
    return bool(len(row) and row.iloc[0])


# ------------------------------------------------------------------ the scenario in the URL


@dataclass(frozen=True)
class Chosen:
    scenario: sc.Scenario
    saved_id: str | None  # the saved scenario shown; None for one built on the page
    problem: str | None = None  # what was wrong with the URL, already cleaned


def _drop(*names: str) -> None:
    for name in names:
        state.write_param(name, None)


def chosen_scenario(opts: Options) -> Chosen:
    """The scenario the URL names, checked; an unreadable part is removed and explained.

    A saved scenario (?scenario=) wins over an unsaved one (?d=&name=, ?new=1), whose
    parameters are then dropped: so the picker only has to write ?scenario=.
    """
    problem = None
    saved_id = state.url_text(SCENARIO)
    if saved_id is not None:
        if saved_id in opts.scenarios:
            _drop(DISRUPTIONS, NAME, NEW)
            return Chosen(opts.scenarios[saved_id], saved_id)
        _drop(SCENARIO)
        problem = t("scenarios.unknown_saved", id=fmt.plain(saved_id))
    raw = state.url_text(DISRUPTIONS)
    if raw is not None:
        try:
            disruptions = sc.decode_disruptions(raw, opts.known)
        except ValueError as e:
            _drop(DISRUPTIONS)
            problem = problem or t("scenarios.url_problem", detail=fmt.plain(e))
        else:
            name = (state.url_text(NAME) or "").strip()[:NAME_MAX]
            scenario = sc.Scenario(name or t("scenarios.default_name"), disruptions)
            return Chosen(scenario, None, problem)
    if state.url_text(NEW) is not None or not opts.scenarios:
        return Chosen(sc.Scenario(t("scenarios.default_name")), None, problem)
    first = next(iter(opts.scenarios))
    return Chosen(opts.scenarios[first], first, problem)


def _show_built(scenario: sc.Scenario) -> None:
    """Put an unsaved scenario in the URL (its disruptions and name)."""
    _drop(SCENARIO)
    if scenario.disruptions:
        _drop(NEW)
        state.write_param(DISRUPTIONS, sc.encode_disruptions(scenario.disruptions))
    else:
        _drop(DISRUPTIONS)
        state.write_param(NEW, "1")
    state.write_param(NAME, scenario.name)


def share_query(chosen: Chosen) -> str:
    """The query part of this scenario's link (without the language)."""
    if chosen.saved_id is not None:
        return "?" + urlencode({SCENARIO: chosen.saved_id})
    params = {NAME: chosen.scenario.name}
    if chosen.scenario.disruptions:
        params = {DISRUPTIONS: sc.encode_disruptions(chosen.scenario.disruptions), **params}
    else:
        params = {NEW: "1", **params}
    return "?" + urlencode(params, safe=":,")


# ------------------------------------------------------------------ picking


def _saved_label(opts: Options, scenario_id: str) -> str:
    name = opts.scenarios[scenario_id].name
    return t("scenarios.picker.example", name=name) if is_example(opts, scenario_id) else name


def picker(opts: Options, chosen: Chosen) -> None:
    """The scenario to show (?scenario=): a saved one, or the unsaved one being built."""
    ids = list(opts.scenarios)
    if chosen.saved_id is None:
        choices, default = [CUSTOM, *ids], CUSTOM
    else:
        choices, default = ids, ids[0]
    labels = {i: _saved_label(opts, i) for i in ids}
    labels[CUSTOM] = t("scenarios.picker.custom", name=chosen.scenario.name)
    left, right = st.columns([4, 1], vertical_alignment="bottom")
    state.select_param(
        t("scenarios.picker.label"),
        SCENARIO,
        choices,
        default,
        format_func=labels.__getitem__,
        container=left,
        help=t("scenarios.picker.help"),
    )
    right.button(
        t("scenarios.new_button"),
        icon=":material/add:",
        on_click=_show_built,
        args=(sc.Scenario(t("scenarios.default_name")),),
        width="stretch",
    )


def compare_choice(opts: Options, chosen: Chosen) -> str | None:
    """The saved scenario to compare with (?vs=), or None."""
    ids = [i for i in opts.scenarios if i != chosen.saved_id]
    labels = {"": t("scenarios.compare.none"), **{i: _saved_label(opts, i) for i in ids}}
    value = state.select_param(
        t("scenarios.compare.label"),
        VERSUS,
        ["", *ids],
        "",
        format_func=labels.__getitem__,
        help=t("scenarios.compare.help"),
    )
    return value or None


# ------------------------------------------------------------------ describing disruptions


def _lookup(frame: pd.DataFrame, key: str, value: str, column: str) -> str:
    found = frame.loc[frame[key] == value, column]
    return str(found.iloc[0]) if len(found) else value


def target_name(opts: Options, kind: str, target: str) -> str:
    """A disruption's target as a reader knows it: 'Indien (IN)', 'Region Stockholm', ..."""
    if kind == "country":
        return f"{_lookup(opts.countries, 'country_iso2', target, 'country_name')} ({target})"
    if kind == "country_group":
        return t(f"scenarios.group.{target}")
    if kind == "demand":
        if target in (sc.DEMAND_ALL, *sc.DEMAND_CATEGORIES):
            return t(f"scenarios.demand.{target}")
        return t("scenarios.demand.atc", code=target)
    if kind in ("company", "site"):
        row = opts.named.loc[(opts.named["kind"] == kind) & (opts.named["target"] == target)]
        if row.empty:
            return target
        r = row.iloc[0]
        if kind == "company":
            return f"{r.company_name} ({target})"
        return f"{r.company_name}, {r.city}, {r.country_name} ({target})"
    return _lookup(opts.regions, "region_code", target, "region_name")


def describe(opts: Options, d: sc.Disruption) -> str:
    what = t(f"scenarios.what.{d.kind}", name=target_name(opts, d.kind, d.target))
    if d.kind == "demand":
        return t(
            "scenarios.disruption.demand_line",
            what=what,
            factor=fmt.number(d.factor, 2).rstrip("0").rstrip(",."),
            start=fmt.day(d.start),
            end=fmt.day(d.end),
            days=fmt.integer(d.duration_days),
        )
    if d.kind == "region_stock":
        return t(
            "scenarios.disruption.share_line",
            what=what,
            share=fmt.percent(d.share, 0),
            start=fmt.day(d.start),
            days=fmt.integer(d.duration_days),
        )
    return t(
        "scenarios.disruption.line",
        what=what,
        start=fmt.day(d.start),
        end=fmt.day(d.end),
        days=fmt.integer(d.duration_days),
    )


def disruption_list(opts: Options, chosen: Chosen, removable: bool = False) -> None:
    """The scenario's disruptions, one per line (with a remove button when building)."""
    for i, d in enumerate(chosen.scenario.disruptions):
        if removable:
            text, button = st.columns([6, 1], vertical_alignment="center")
            text.markdown(f"{i + 1}. {fmt.plain(describe(opts, d))}")
            rest = chosen.scenario.disruptions[:i] + chosen.scenario.disruptions[i + 1 :]
            button.button(
                t("scenarios.builder.remove"),
                key=f"scenario_remove_{i}",
                icon=":material/delete:",
                help=t("scenarios.builder.remove_help"),
                on_click=_show_built,
                args=(dataclasses.replace(chosen.scenario, disruptions=rest),),
            )
        else:
            st.markdown(f"{i + 1}. {fmt.plain(describe(opts, d))}")


# ------------------------------------------------------------------ building


def _found_labels(kind: str, found: pd.DataFrame) -> dict[str, str]:
    """A label per company or site of a search's matches (ids in the search's order)."""
    if kind == "company":
        return {
            r.company_id: t(
                "scenarios.option.company",
                name=r.company_name,
                code=r.company_id,
                n=fmt.integer(r.n_sites),
                n_items=fmt.integer(r.n_substances),
            )
            for r in found.itertuples()
        }
    return {
        r.site_id: t(
            "scenarios.option.site",
            company=r.company_name,
            city=r.city,
            country=r.country_name,
            site_type=t(f"scenarios.site_type.{r.site_type}"),
            code=r.site_id,
        )
        for r in found.itertuples()
    }


def _searched_target(kind: str, container: DeltaGenerator, search: Search) -> str | None:
    """A company or site (100 000 at national scale): a search box, then a list of at most
    SEARCH_LIMIT matches to choose from. The one chosen stays in the list while the search
    changes, so typing on never drops it; nothing is chosen for the reader unless the search
    finds exactly one. Returns the code chosen, or None."""
    ss = st.session_state
    text = container.text_input(
        t(f"scenarios.builder.search_{kind}"),
        key=f"builder_search_{kind}",
        placeholder=t("scenarios.builder.search_placeholder"),
        help=t("scenarios.builder.search_help", n=SEARCH_LIMIT),
    )
    found = search(kind, text.strip())
    seen = ss.setdefault(f"builder_seen_{kind}", {})
    seen.update(_found_labels(kind, found))
    codes = list(_found_labels(kind, found))
    kept = ss.get(f"builder_target_{kind}")
    if kept is not None and kept not in codes and kept in seen:
        codes.insert(0, kept)
    if kept is None and len(codes) == 1:
        ss[f"builder_target_{kind}"] = codes[0]
    chosen = container.selectbox(
        t("scenarios.builder.target"),
        codes,
        index=None,
        format_func=seen.__getitem__,
        key=f"builder_target_{kind}",
        placeholder=t("scenarios.builder.search_choose"),
    )
    if found.empty:
        container.caption(t("scenarios.builder.search_none"))
    elif len(found) >= SEARCH_LIMIT:
        container.caption(t("scenarios.builder.search_more", n=SEARCH_LIMIT))
    return chosen


def _target_choices(opts: Options, kind: str) -> tuple[list[str], dict[str, str], str | None]:
    """(codes, label per code, default code) for the target of a `kind` disruption that is
    not a company or a site (those are searched: _searched_target).

    Long on purpose: one branch per disruption kind, each a short lookup.
    """
    if kind == "country":
        c = opts.countries
        labels = {
            r.country_iso2: t(
                "scenarios.option.country",
                name=r.country_name,
                code=r.country_iso2,
                n=fmt.integer(r.n_sites),
            )
            for r in c.itertuples()
        }
        default = c.sort_values(["n_sites", "country_iso2"], ascending=[False, True])
        return (
            list(c["country_iso2"]),
            labels,
            (default["country_iso2"].iloc[0] if len(c) else None),
        )
    if kind == "country_group":
        labels = {g: t(f"scenarios.group.{g}") for g in sc.COUNTRY_GROUPS}
        return list(sc.COUNTRY_GROUPS), labels, sc.COUNTRY_GROUPS[0]
    if kind == "demand":
        fixed = [sc.DEMAND_ALL, *sc.DEMAND_CATEGORIES]
        labels = {g: t(f"scenarios.demand.{g}") for g in fixed}
        for r in opts.demand_groups.itertuples():
            labels[r.atc_group] = t(
                "scenarios.option.atc_group", code=r.atc_group, n=fmt.integer(r.n_items)
            )
        return list(labels), labels, sc.DEMAND_ALL
    r = opts.regions
    return (
        list(r["region_code"]),
        dict(zip(r["region_code"], r["region_name"], strict=True)),
        (r["region_code"].iloc[0] if len(r) else None),
    )


def _add(chosen: Chosen) -> None:
    """The builder's "Add": the new disruption appended, the scenario put in the URL."""
    ss = st.session_state
    kind = ss["builder_kind"]
    target = ss.get(f"builder_target_{kind}")
    if target is None:
        return
    share = ss.get("builder_share", 50) / 100 if kind == "region_stock" else 1.0
    factor = float(ss.get("builder_factor", DEFAULT_FACTOR)) if kind == "demand" else 1.0
    disruption = sc.Disruption(
        kind, target, ss["builder_start"], int(ss["builder_days"]), float(share), factor
    )
    scenario = chosen.scenario
    _show_built(dataclasses.replace(scenario, disruptions=(*scenario.disruptions, disruption)))


def builder(opts: Options, chosen: Chosen, search: Search) -> None:
    """Add disruptions one at a time (kind, target, share, start, days); remove them.
    `search(kind, text)`: the companies or sites matching a search (loaders.search_targets).

    Long on purpose: the builder's widgets in the order they are drawn.
    """
    st.caption(t("scenarios.builder.intro"))
    disruption_list(opts, chosen, removable=True)
    full = len(chosen.scenario.disruptions) >= sc.MAX_DISRUPTIONS
    kind_col, target_col = st.columns([2, 3])
    kinds = {k: t(f"scenarios.kind.{k}") for k in sc.DISRUPTION_KINDS}  # in this run's language
    kind = kind_col.selectbox(
        t("scenarios.builder.kind"),
        sc.DISRUPTION_KINDS,
        format_func=kinds.__getitem__,
        key="builder_kind",
    )
    if kind in SEARCHED_KINDS:
        target = _searched_target(kind, target_col, search)
        codes = [] if target is None else [target]
    else:
        codes, labels, default = _target_choices(opts, kind)
        target_col.selectbox(
            t("scenarios.builder.target"),
            codes,
            index=codes.index(default) if default in codes else None,
            format_func=labels.__getitem__,
            key=f"builder_target_{kind}",
            help=t("scenarios.builder.target_help"),
        )
    share_col, start_col, days_col, add_col = st.columns([2, 1, 1, 1], vertical_alignment="bottom")
    if kind == "region_stock":
        share_col.slider(
            t("scenarios.builder.share"), 5, 100, 50, step=5, format="%d %%", key="builder_share"
        )
    elif kind == "demand":
        share_col.number_input(
            t("scenarios.builder.factor"),
            min_value=1.0,
            max_value=sc.MAX_DEMAND_FACTOR,
            value=DEFAULT_FACTOR,
            step=0.1,
            format="%.1f",
            key="builder_factor",
            help=t("scenarios.builder.factor_help"),
        )
    start_col.date_input(
        t("scenarios.builder.start"),
        value=chosen.scenario.start or sc.default_start(opts.stock_date),
        format="YYYY-MM-DD",
        key="builder_start",
    )
    days_col.number_input(
        t("scenarios.builder.days"),
        min_value=0,
        max_value=sc.MAX_DURATION_DAYS,
        value=DEFAULT_DAYS,
        step=1,
        key="builder_days",
    )
    add_col.button(
        t("scenarios.builder.add"),
        icon=":material/add_circle:",
        type="primary",
        on_click=_add,
        args=(chosen,),
        disabled=full or not codes,
        width="stretch",
        key="builder_add",
    )
    if full:
        st.caption(t("scenarios.builder.full", n=sc.MAX_DISRUPTIONS))


# ------------------------------------------------------------------ saving


def _save(scenario: sc.Scenario) -> None:
    """The "Save" button: through the loader (the same path as `beredskap load scenarios`)."""
    name = st.session_state["save_name"].strip()[:NAME_MAX]
    description = st.session_state["save_description"].strip()[:DESCRIPTION_MAX]
    scenario_id = sc.scenario_id_for(name)
    to_save = sc.Scenario(name, scenario.disruptions, description)
    try:
        save_scenario(data.database_path(), scenario_id, to_save)
    except IngestError as e:
        st.session_state[_ERRORS_FLASH] = format_errors(e.errors)
        return
    except (OSError, db.SchemaMismatchError, duckdb.Error) as e:
        st.session_state[_ERRORS_FLASH] = [str(e)]
        return
    st.session_state[_SAVED_FLASH] = name
    _drop(DISRUPTIONS, NAME, NEW)
    state.write_param(SCENARIO, scenario_id)


def save_form(opts: Options, chosen: Chosen) -> None:
    """Name, description and "Save": the scenario is stored by name in the database."""
    signature = (chosen.saved_id, sc.encode_disruptions(chosen.scenario.disruptions))
    if st.session_state.get("save_for") != signature:  # a new scenario: fill in its name
        st.session_state["save_for"] = signature
        st.session_state["save_name"] = chosen.scenario.name
        st.session_state["save_description"] = chosen.scenario.description
    name = st.text_input(t("scenarios.save.name"), max_chars=NAME_MAX, key="save_name")
    st.text_area(
        t("scenarios.save.description"),
        max_chars=DESCRIPTION_MAX,
        height=80,
        key="save_description",
    )
    scenario_id = sc.scenario_id_for(name)
    blocked = not chosen.scenario.disruptions
    if not name.strip():
        st.caption(t("scenarios.save.needs_name"))
        blocked = True
    elif is_example(opts, scenario_id):
        st.warning(t("scenarios.save.example_taken", id=fmt.plain(scenario_id)))
        blocked = True
    elif scenario_id in opts.scenarios:
        st.caption(t("scenarios.save.replaces", id=fmt.plain(scenario_id)))
    st.button(
        t("scenarios.save.button"),
        icon=":material/save:",
        on_click=_save,
        args=(chosen.scenario,),
        disabled=blocked,
        key="save_button",
    )
    st.caption(t("scenarios.save.how"))


def flash_messages() -> None:
    """What the last save did (the callback ran before this run)."""
    saved = st.session_state.pop(_SAVED_FLASH, None)
    if saved:
        st.success(t("scenarios.save.done", name=fmt.plain(saved)), icon=":material/check_circle:")
    errors = st.session_state.pop(_ERRORS_FLASH, None)
    if errors:
        st.error(t("scenarios.save.refused"), icon=":material/error:")
        st.code("\n".join(errors), language=None)
