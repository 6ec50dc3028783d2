"""The coverage pages (Täckning, Region, Restnoteringar, Exponering) through Streamlit's AppTest on
the hand-made database of tests/unit/coverage_db.py; every expected number comes from there."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dash_beredskap.ui import data, fmt
from dash_beredskap.ui.i18n import translate
from tests.app.conftest import open_page
from tests.unit import coverage_db as h

LANGS = ("sv", "en")
TIMEOUT = 60


@pytest.fixture(scope="module")
def cover_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return h.build(tmp_path_factory.mktemp("cover-app") / "cover.duckdb")


@pytest.fixture()
def cover_db(cover_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("BEREDSKAP_DB", str(cover_path))
    data.close_all()
    yield cover_path
    data.close_all()


def figures(at: AppTest) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def map_values(at: AppTest) -> dict[str, float | None]:
    """The Sweden map (the first figure): county code -> value drawn (None: grey, no report)."""
    fig = figures(at)[0]
    out: dict[str, float | None] = {}
    for trace in fig["data"]:
        assert trace["type"] == "choroplethmap"
        grey = trace.get("showscale") is False
        for code, z in zip(trace["locations"], trace["z"], strict=True):
            out[code] = None if grey else z
    return out


def all_text(at: AppTest) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption])


def metric_values(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def assert_map_shows(at: AppTest, targets: dict[str, int]) -> None:
    shares = h.region_shares(h.NOV, targets)
    values = map_values(at)
    assert sorted(values) == sorted(h.CODES)  # all 21 regions are drawn
    for code, share in shares.items():
        if share is None:
            assert values[code] is None, code
        else:
            assert values[code] == pytest.approx(share * 100), code


# ------------------------------------------------------------------ Täckning: map and target


@pytest.mark.parametrize("lang", LANGS)
def test_map_draws_every_region_with_its_share(cover_db, lang: str) -> None:
    at = open_page("pages/coverage.py", lang)
    assert_map_shows(at, h.targets_for(30))
    fig = figures(at)[0]
    grey = next(t for t in fig["data"] if t.get("showscale") is False)
    assert grey["locations"] == ["25"]
    assert translate("coverage.no_report", lang) in grey["customdata"][0]
    reported = next(t for t in fig["data"] if t.get("showscale") is not False)
    stockholm = reported["customdata"][reported["locations"].index("01")]
    share = h.region_shares(h.NOV, h.targets_for(30))["01"]
    assert fmt.percent(share, 1, lang) in stockholm  # the figure is in the tooltip
    # the bars beside the map: the same shares, no report written out
    bars = figures(at)[1]["data"][0]
    assert translate("coverage.no_report", lang) == bars["text"][-1]


@pytest.mark.parametrize(
    ("params", "targets"),
    [
        ({"target": "45"}, h.targets_for(45)),
        ({"target_device": "10", "target_ppe": "41"}, h.targets_for(30, device=10, ppe=41)),
        ({"target": "20", "target_medicine": "35"}, h.targets_for(20, medicine=35)),
    ],
    ids=["all-45", "per-group", "both"],
)
def test_the_target_in_the_url_sets_the_map(cover_db, params, targets) -> None:
    at = open_page("pages/coverage.py", **params)
    assert_map_shows(at, targets)
    headline = metric_values(at)
    national = h.national_share(h.NOV, targets)
    assert fmt.percent(national, 1, "sv") in headline.values()


def test_the_minimum_stock_in_the_url_decides_items_without_consumption(cover_db) -> None:
    """Issue 12 point 2: ?min_device=25: a device with no use meets only with 25 units."""
    at = open_page("pages/coverage.py", min_device="25")
    assert not at.exception
    assert at.number_input(key="param_min_device").value == 25
    c = h.cover()
    met = sum(
        c[(h.NOV, code, s)].meets(30, min_stock=25 if h.CATEGORY[s] == "device" else 1)
        for code in h.CODES
        for s in h.LIST
    )
    national = met / (len(h.CODES) * len(h.LIST))
    assert national < h.national_share(h.NOV, h.targets_for(30))
    assert fmt.percent(national, 1, "sv") in metric_values(at).values()


def test_changing_the_target_changes_the_map_and_the_url(cover_db) -> None:
    at = open_page("pages/coverage.py")
    before = map_values(at)
    at.number_input(key="param_target").set_value(45).run()
    assert not at.exception
    assert at.query_params["target"] == "45"
    assert_map_shows(at, h.targets_for(45))
    assert map_values(at) != before


def test_a_bad_target_falls_back_to_30(cover_db) -> None:
    at = open_page("pages/coverage.py", target="0")
    assert "target" not in at.query_params
    assert_map_shows(at, h.targets_for(30))


def test_headline_is_the_national_share(cover_db) -> None:
    at = open_page("pages/coverage.py", lang="en")
    label = translate(
        "coverage.metric.national", "en", target=translate("coverage.days", "en", days="30")
    )
    shown = {m.label: (m.value, m.delta) for m in at.metric}
    value, delta = shown[label]
    now, before = (h.national_share(m, h.targets_for(30)) for m in (h.NOV, h.OCT))
    assert value == fmt.percent(now, 1, "en")
    assert delta == fmt.percent_points(now - before, 1, "en")


# ------------------------------------------------------------------ Täckning: the other views


def test_heatmap_view(cover_db) -> None:
    at = open_page("pages/coverage.py", view="groups")
    heat = next(t for t in figures(at)[0]["data"] if t["type"] == "heatmap")
    cells = h.group_cells(h.NOV, h.targets_for(30))
    # rows are regions (best on top), columns groups (best on the left)
    assert len(heat["y"]) == 21 and len(heat["x"]) == 3  # ppe is apart
    shown = [v for row in heat["z"] for v in row if v is not None]
    expected = [c[3] * 100 for c in cells.values() if c[3] is not None]
    assert sorted(shown) == pytest.approx(sorted(expected))
    # drill down into ATC group N: one column per item
    at = open_page("pages/coverage.py", view="groups", group="N", measure="days")
    heat = next(t for t in figures(at)[0]["data"] if t["type"] == "heatmap")
    assert sorted(heat["x"]) == ["Ketamin", "Morfin", "Propofol"]


def test_trend_view_marks_the_grant_agreements(cover_db) -> None:
    at = open_page("pages/coverage.py", view="trend", region="12")
    fig = figures(at)[0]
    national = next(
        t for t in fig["data"] if t.get("name") == translate("coverage.trend.national", "sv")
    )
    assert national["y"] == pytest.approx(
        [h.national_share(m, h.targets_for(30)) * 100 for m in h.MONTHS]
    )
    # only the agreement within the months shown is marked: t2026 from 1 October 2026
    labels = [a["text"] for a in fig["layout"]["annotations"]]
    assert labels == [
        translate(
            "coverage.trend.agreement_label", "sv", year=2026, total=fmt.mnkr(50e6, lang="sv")
        )
    ]
    skane = next(t for t in fig["data"] if t.get("name") == "Skåne")
    assert skane["y"][-1] == pytest.approx(h.region_shares(h.NOV, h.targets_for(30))["12"] * 100)


def test_compare_view(cover_db) -> None:
    at = open_page("pages/coverage.py", view="compare", then=h.SEP.isoformat(), region="24")
    assert at.query_params["then"] == h.SEP.isoformat()
    changes = at.dataframe[0].value
    assert len(changes) == 0 or set(changes[translate("col.cover_status", "sv")]) <= {
        translate("coverage.status.improved", "sv"),
        translate("coverage.status.worsened", "sv"),
    }


def test_protective_equipment_view_is_apart_from_the_list(cover_db) -> None:
    """Issue 12 point 1: protective equipment has its own tab, outside the list's share."""
    at = open_page("pages/coverage.py", view="ppe")
    table = at.dataframe[0].value.set_index(translate("col.region_code", "sv"))
    met = table[translate("col.n_meeting_target", "sv")]
    assert met.loc[h.PPE_LOW] == 0 and met.loc["01"] == 1
    assert "personlig skyddsutrustning" in all_text(at)


def test_per_capita_view(cover_db) -> None:
    at = open_page("pages/coverage.py", view="capita", substance="A")
    table = at.dataframe[0].value.set_index(translate("col.region_code", "sv"))
    c = h.cover()
    per_100k = table[translate("col.cover_stock_per_100k", "sv")]
    for code in h.CODES:
        e = c[(h.NOV, code, "A")]
        if e.has_report:
            assert per_100k.loc[code] == pytest.approx(e.quantity / h.POPULATION[code] * 1e5)
    assert "DDD" in all_text(at)  # the normalisation is stated


def test_nordic_view_labels_the_rules_as_theirs(cover_db) -> None:
    at = open_page("pages/coverage.py", view="nordic", nordic="fi_unit_3m,dk_6w")
    assert at.query_params["nordic"] == "fi_unit_3m,dk_6w"
    fig = figures(at)[0]
    labels = [a["text"] for a in fig["layout"]["annotations"]]
    assert any(label.startswith("Finlands regel") for label in labels)
    assert any(label.startswith("Danmarks regel") for label in labels)
    assert translate("coverage.nordic.sweden", "sv", days="30") in labels
    table = at.dataframe[0].value
    shares = dict(
        zip(
            table[translate("col.cover_rule_days", "sv")],
            table[translate("col.cover_share_at_least", "sv")],
            strict=False,
        )
    )
    for days in (14, 42, 90, 180):
        assert shares[days] == pytest.approx(h.share_at_least(h.NOV, days))
    assert any("deras" in w.value for w in at.warning)


# ------------------------------------------------------------------ Region


def test_region_page_one_region_on_one_screen(cover_db) -> None:
    at = open_page("pages/region.py", region="13")
    assert [x.value for x in at.header] == ["Region Halland"]
    shares = h.region_shares(h.NOV, h.targets_for(30))
    rank = h.ranks(shares)["13"]
    shown = metric_values(at)
    assert shown[translate("region.metric.share", "sv")] == fmt.percent(shares["13"], 1, "sv")
    assert shown[translate("region.metric.rank", "sv")] == f"{rank} av 20"
    c = h.cover()
    below = [
        s for s in h.LIST if c[(h.NOV, "13", s)].has_report and not c[(h.NOV, "13", s)].meets(30)
    ]
    assert shown[translate("region.metric.below", "sv")] == str(len(below))
    gaps = at.dataframe[0].value
    assert len(gaps) == len(below)
    assert translate("region.gaps.importance", "sv") in all_text(at)  # importance written out
    links = {link.proto.label: link.proto for link in at.get("page_link")}
    grants = links[translate("region.grants.link", "sv", region="Halland")]
    assert grants.page.endswith("grants") and "region=13" in grants.query_string


def test_region_page_costs_systems_and_position(cover_db) -> None:
    at = open_page("pages/region.py", region="12", lang="en")
    body = all_text(at)
    assert "Eget lager Lund" in body and "Samverkan Syd" in body
    position = figures(at)[0]["data"][0]
    assert position["z"][position["locations"].index("12")] == 1
    costs = next(
        f
        for f in figures(at)
        if f["data"][0]["type"] == "bar" and f["data"][0]["x"] == ["2025", "2026"]
    )
    actual, planned = costs["data"]
    assert actual["y"][0] == pytest.approx(15.0)  # 10 + 5 mnkr in 2025
    assert planned["y"][1] == pytest.approx(12.0)


def test_region_without_report_says_so(cover_db) -> None:
    at = open_page("pages/region.py", region="25")
    shown = metric_values(at)
    assert shown[translate("region.metric.share", "sv")] == translate("coverage.no_report", "sv")
    assert shown[translate("region.metric.no_report", "sv")] == str(len(h.LIST))


# ------------------------------------------------------------------ Restnoteringar


@pytest.mark.parametrize("lang", LANGS)
def test_shortage_list_shows_regions_below_and_alternatives(cover_db, lang: str) -> None:
    at = open_page("pages/shortages.py", lang)
    body = all_text(at)
    active = [n for n in h.SHORTAGES if h.is_active(n)]
    for notice in active:
        assert fmt.plain(notice[2]) in body  # the product, escaped (issue 13)

    def name(sv: str, en: str) -> str:
        return sv if lang == "sv" else en

    assert name("Ketamin", "Ketamine") in body  # propofol's alternative
    assert name("Oxikodon", "Oxycodone") in body  # morphine's alternative (off the list)
    pooled = h.pooled_days(h.NOV, "K")
    assert translate("coverage.days", lang, days=fmt.integer(pooled, lang)) in body
    heat = next(t for t in figures(at)[0]["data"] if t["type"] == "heatmap")
    assert len(heat["x"]) == 22  # national + 21 regions


def test_only_the_priority_list(cover_db) -> None:
    at = open_page("pages/shortages.py", priority="1")
    body = all_text(at)
    assert "Oxikodon 5 mg" not in body  # n3 is for an item off the list
    assert fmt.plain("Propofol 10 mg/ml") in body


def test_shortage_feed_since_a_date(cover_db) -> None:
    at = open_page("pages/shortages.py", since="2026-10-01")
    shown = metric_values(at)
    assert shown[translate("shortages.feed.new", "sv")] == "1"
    assert shown[translate("shortages.feed.updated", "sv")] == "1"
    assert shown[translate("shortages.feed.resolved", "sv")] == "1"


# ------------------------------------------------------------------ Exponering


def test_exposure_ranking_page(cover_db) -> None:
    at = open_page("pages/exposure.py")
    bars = figures(at)[0]["data"][0]
    assert len(bars["y"]) == 21
    # no report in November: Norrbotten keeps a place by its October reports (issue 12), and
    # its bar says so
    at_norrbotten = list(bars["y"]).index("Norrbotten")
    assert "ingen rapport" in bars["text"][at_norrbotten]
    measure = translate("exposure.measure", "sv", high_hhi="0,5")
    assert measure in [i.value for i in at.info]  # the measure is written on the page


# ------------------------------------------------------------------ every page


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("page", "params"),
    [
        ("pages/coverage.py", {}),
        ("pages/coverage.py", {"view": "groups"}),
        ("pages/coverage.py", {"view": "trend"}),
        ("pages/coverage.py", {"view": "compare"}),
        ("pages/coverage.py", {"view": "capita"}),
        ("pages/coverage.py", {"view": "nordic"}),
        ("pages/coverage.py", {"view": "ppe"}),
        ("pages/region.py", {"region": "01"}),
        ("pages/shortages.py", {}),
        ("pages/exposure.py", {"region": "12"}),
    ],
)
def test_every_view_offers_its_numbers_and_says_demo(cover_db, lang, page, params) -> None:
    at = open_page(page, lang, **params)
    labels = [b.proto.label for b in at.get("download_button")]
    assert translate("download.csv", lang) in labels and translate("download.excel", lang) in labels
    badge = f":orange-badge[:material/science: {translate('badge.demo', lang)}]"
    assert any(m.value == badge for m in at.markdown)
    assert "v_" in all_text(at)  # a method caption names its view


def test_region_page_shows_the_stock_expiring_before_use(cover_db) -> None:
    """Issue 12 point 11: the section is there; the test data carry no expiry date, so none."""
    at = open_page("pages/region.py", region="12", lang="en")
    body = all_text(at)
    assert translate("region.expiring.title", "en", n="0") in [x.value for x in at.subheader]
    assert translate("region.expiring.none", "en") in [x.value for x in at.info]
    assert translate("region.expiring.method", "en") in body


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", ["pages/overview.py", "pages/coverage.py"])
def test_the_national_figure_says_how_many_regions_reported_and_the_oldest_report(
    cover_db, lang, page
) -> None:
    """Issue 13 defect 4: beside the national figure, the regions with a report (Norrbotten
    never reports: 20 of 21), those that reported in November, and the oldest report used
    (Västerbotten's October items, carried forward), from coverage_db's own rule."""
    c = h.cover()
    used = [c[(h.NOV, code, s)] for code in h.CODES for s in h.LIST]
    with_report = {code for code in h.CODES for s in h.LIST if c[(h.NOV, code, s)].has_report}
    in_month = {
        code
        for code in h.CODES
        for s in h.LIST
        if c[(h.NOV, code, s)].has_report and not c[(h.NOV, code, s)].carried
    }
    oldest = min(p.report_date for p in used if p.has_report)
    assert (len(with_report), len(in_month), oldest) == (20, 20, h.OCT)
    expected = translate(
        "coverage.reports_as_of",
        lang,
        n=fmt.integer(len(with_report), lang),
        total=fmt.integer(21, lang),
        n_month=fmt.integer(len(in_month), lang),
        month=fmt.month(h.NOV, lang),
        oldest=fmt.day(oldest, lang),
        max_age=fmt.integer(h.MAX_REPORT_AGE_DAYS, lang),
    )
    at = open_page(page, lang)
    assert expected in all_text(at)
    head = "20 av 21 regioner med rapport" if lang == "sv" else "20 of 21 regions with a report"
    assert head in expected


def test_a_region_shows_the_date_of_its_report(cover_db) -> None:
    """Västerbotten reports only A in November: its figure says its newest report, the oldest
    item counted (October, carried forward) and 1 of 5 items reported in the month."""
    at = open_page("pages/region.py", "sv", region="24")
    expected = translate(
        "region.report_dates",
        "sv",
        last=fmt.day(h.NOV, "sv"),
        oldest=fmt.day(h.OCT, "sv"),
        n_month=fmt.integer(1, "sv"),
        total=fmt.integer(len(h.LIST), "sv"),
    )
    assert expected in all_text(at)
