"""A small hand-made database for the coverage tests, and the figures expected from it computed
here in plain Python from the rows inserted (never through the views or queries.py).

All 21 regions; six items on the current list (three N-group medicines A, K, M; C-group E; a
device D; protective equipment P) and one off the list (O, an alternative of M). Three months:
September, October (two reports for region 01: the later one must win) and November 2026.

Cases the issue names:
* no data for a substance: Gotland (09) never reports E; Norrbotten (25) reports nothing at all
  ("no report", never zero days);
* a partly reported month: Västerbotten (24) reports only A in November; its other items keep
  their October reports (carried forward, issue 13 defect 4: each region's latest report as of
  the month, at most MAX_REPORT_AGE_DAYS old);
* zero consumption: the device D in regions with an odd index (no division by zero);
* targets: M holds exactly 29.9 or 30 days; A and E cross 30 and 45 at known regions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb

from dash_beredskap import db

REGIONS = (
    ("01", "Region Stockholm"),
    ("03", "Region Uppsala"),
    ("04", "Region Sörmland"),
    ("05", "Region Östergötland"),
    ("06", "Region Jönköpings län"),
    ("07", "Region Kronoberg"),
    ("08", "Region Kalmar län"),
    ("09", "Region Gotland"),
    ("10", "Region Blekinge"),
    ("12", "Region Skåne"),
    ("13", "Region Halland"),
    ("14", "Västra Götalandsregionen"),
    ("17", "Region Värmland"),
    ("18", "Region Örebro län"),
    ("19", "Region Västmanland"),
    ("20", "Region Dalarna"),
    ("21", "Region Gävleborg"),
    ("22", "Region Västernorrland"),
    ("23", "Region Jämtland Härjedalen"),
    ("24", "Region Västerbotten"),
    ("25", "Region Norrbotten"),
)
CODES = tuple(c for c, _ in REGIONS)
INDEX = {c: i for i, c in enumerate(CODES)}
NAMES = dict(REGIONS)
POPULATION = {c: 100_000 + 25_000 * i for i, c in enumerate(CODES)}

# substance_id, name_sv, name_en, atc_code, category
SUBSTANCES = (
    ("A", "Propofol", "Propofol", "N01AX10", "medicine"),
    ("K", "Ketamin", "Ketamine", "N01AX03", "medicine"),
    ("M", "Morfin", "Morphine", "N02AA01", "medicine"),
    ("O", "Oxikodon", "Oxycodone", "N02AA05", "medicine"),
    ("E", "Adrenalin", "Epinephrine", "C01CA24", "medicine"),
    ("D", "Infusionsaggregat", "Infusion set", None, "device"),
    ("P", "Andningsskydd", "Respirator", None, "ppe"),
)
CATEGORY = {s[0]: s[4] for s in SUBSTANCES}
ATC = {s[0]: s[3] for s in SUBSTANCES}
NAME_SV = {s[0]: s[1] for s in SUBSTANCES}
CURRENT = ("A", "K", "M", "E", "D", "P")
# the items the list's 30-day target is for: medicines and devices, not protective equipment
LIST = tuple(s for s in CURRENT if CATEGORY[s] in ("medicine", "device"))
ZERO_ZERO = "05"  # Östergötland: no use of the device D and nothing in stock in November
PPE_LOW = "03"  # Uppsala holds its respirators for 5 days only: the list's share must not move
EARLIER = ("A", "M")  # the 2022 list

SEP, OCT, NOV = date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1)
OCT_LATE = date(2026, 10, 20)
MONTHS = (SEP, OCT, NOV)
AS_OF = NOV


def consumption(code: str, sid: str) -> float:
    """Normal use per day: 0 for the device in odd-indexed regions, else 10 + the index."""
    i = INDEX[code]
    if sid == "D" and i % 2 == 1:
        return 0.0
    return 10.0 + i


def november_days(code: str, sid: str) -> float:
    i = INDEX[code]
    return {
        "A": 10.0 + 3 * i,  # 30 or more from index 7 (31), 45 or more from index 12 (46)
        "K": 60.0 - 2 * i,
        "M": 29.9 if i % 2 == 0 else 30.0,  # exactly at the 30-day line
        "E": 5.0 * i,
        "D": 20.0 + i,
        "P": 5.0 if code == PPE_LOW else 40.0,
        "O": 15.0,
    }[sid]


def _stock_rows() -> list[tuple]:
    """(date, region, item, quantity, daily consumption); days = quantity / consumption."""
    rows = []
    for code in CODES:
        for sid, *_ in SUBSTANCES:
            use = consumption(code, sid)
            for day, shift in ((SEP, -10.0), (OCT, -5.0), (NOV, 0.0)):
                if code == "25":
                    continue  # Norrbotten: no report at all ("no report" in every month)
                if day == NOV and code == "24" and sid != "A":
                    continue  # Västerbotten: only A in November (the rest carried from October)
                if code == "09" and sid == "E":
                    continue  # Gotland: no data for E ever
                days = max(november_days(code, sid) + shift, 0.0)
                qty = 0.0 if (day, code, sid) == (NOV, ZERO_ZERO, "D") else days * max(use, 1.0)
                rows.append((day, code, sid, qty, use))
            if code == "01":  # a later October report replaces the first in the monthly view
                days = november_days(code, sid) + 2.0
                rows.append((OCT_LATE, code, sid, days * max(use, 1.0), use))
    return rows


STOCK = _stock_rows()

# shortages as of NOV (the latest report): n1-n3 active; n4 resolved in October; n5 old;
# n6 starts after the as-of date
SHORTAGES = (
    ("n1", "A", "Propofol 10 mg/ml", "restnotering", date(2026, 9, 15), None, None,
     date(2026, 10, 25)),
    ("n2", "M", "Morfin 10 mg/ml", "forsaljningsuppehall", date(2026, 10, 5),
     date(2026, 12, 1), None, date(2026, 10, 5)),
    ("n3", "O", "Oxikodon 5 mg", "restnotering", date(2026, 8, 1), None, None,
     date(2026, 8, 1)),
    ("n4", "E", "Adrenalin 1 mg/ml", "restnotering", date(2026, 7, 1), None,
     date(2026, 10, 15), date(2026, 10, 15)),
    ("n5", "K", "Ketamin 50 mg/ml", "restnotering", date(2025, 1, 1), None,
     date(2025, 3, 1), date(2025, 3, 1)),
    ("n6", "D", "Infusionsaggregat 1", "restnotering", date(2026, 11, 5), None, None,
     date(2026, 11, 5)),
)  # fmt: skip

COUNTRIES = (
    # iso2, is_eu_eea
    ("IN", False), ("CN", False), ("VN", False), ("IT", True), ("DE", True), ("FR", True),
    ("SE", True),
)  # fmt: skip
EU_EEA = dict(COUNTRIES)
# site, type, country, items. A: API in India twice (one country); K: one API site; M: four
# countries; E: no site; D (device): finished product in SE and DE (HHI .5); P: CN, CN, VN
# (HHI 5/9); O: India.
SITES = (
    ("s1", "api", "IN", ("A",)),
    ("s2", "api", "IN", ("A",)),
    ("s3", "api", "CN", ("K",)),
    ("s4", "api", "IT", ("M",)),
    ("s5", "api", "DE", ("M",)),
    ("s6", "api", "IN", ("M", "O")),
    ("s7", "api", "FR", ("M",)),
    ("s8", "fpp", "SE", ("D",)),
    ("s9", "fpp", "DE", ("D",)),
    ("s10", "fpp", "CN", ("P",)),
    ("s11", "fpp", "CN", ("P",)),
    ("s12", "fpp", "VN", ("P",)),
)

# instrument, to, year, usage_start, total: only the regions' instruments are marked, at the
# usage start or 1 January; only t2026 falls inside the months shown
INSTRUMENTS = (
    ("tok2022", "regions", 2022, date(2022, 1, 1), 500_000_000),
    ("ok2023", "regions", 2023, None, 400_000_000),
    ("t2026", "regions", 2026, date(2026, 10, 1), 50_000_000),
    ("skr2026", "skr", 2026, date(2026, 10, 1), 2_000_000),
)


def fill(con: duckdb.DuckDBPyConnection) -> None:
    """Create the schema, insert every row above and build the derived tables."""
    db.create_schema(con, datetime(2026, 11, 1))
    con.executemany(
        "insert into regions values (?, ?, ?, ?)",
        [(c, n, n.replace("Region ", "") + " län", f"SE-{c}") for c, n in REGIONS],
    )
    con.executemany(
        "insert into region_population values (?, DATE '2023-12-31', ?, 'test')",
        list(POPULATION.items()),
    )
    con.executemany(
        "insert into countries values (?, ?, ?, ?, 'x', ?, ?, 0, 0)",
        [(c, c + "X", c, c, eu, c == "SE") for c, eu in COUNTRIES],
    )
    con.executemany(
        "insert into substances values (?, ?, ?, ?, left(?, 5), ?)",
        [(sid, sv, en, atc, atc, cat) for sid, sv, en, atc, cat in SUBSTANCES],
    )
    con.execute(
        "insert into priority_lists values "
        "('S2022/01940','Lista 2022',DATE '2022-04-01',false,'t'),"
        "('S2022/04550','Lista 2023',DATE '2023-05-12',true,'t')"
    )
    con.executemany(
        "insert into priority_list_items values (?, ?)",
        [("S2022/04550", s) for s in CURRENT] + [("S2022/01940", s) for s in EARLIER],
    )
    con.execute("insert into companies values ('C1','Bolag','SE',false)")
    for site, kind, country, items in SITES:
        con.execute(
            "insert into sites values (?, 'C1', ?, ?, 'Stad', 0, 0, 1)", [site, kind, country]
        )
        con.executemany("insert into site_substances values (?, ?)", [(site, s) for s in items])
    con.executemany("insert into stock_snapshots values (?, ?, ?, ?, ?, null)", STOCK)
    con.executemany("insert into shortages values (?, ?, ?, ?, ?, ?, ?, ?)", SHORTAGES)
    for iid, to, year, start, total in INSTRUMENTS:
        con.execute(
            "insert into grant_instruments values (?, ?, ?, ?, ?, ?, 'fixed', null, null, ?, "
            "null, null, null, 'doc')",
            [iid, f"Avtal {iid}", f"Agreement {iid}", year, to, total, start],
        )
    con.execute("insert into grant_allocations values ('t2026','12',5000000,'published')")
    con.execute(
        "insert into region_supply_systems values "
        "('12','Eget lager Lund','own_stock','Lager vid sjukhuset.'),"
        "('12','Samverkan Syd','regional_collaboration','Gemensam planering.')"
    )
    con.execute(
        "insert into region_costs values ('12',2025,'actual','medicines',10000000),"
        "('12',2025,'actual','storage',5000000),('12',2026,'planned','medicines',12000000)"
    )
    con.execute(
        "insert into data_sources (load_id, dataset, title, is_synthetic, source, licence, "
        "loaded_at, n_rows, file_name, file_sha256) values "
        "(1,'regions','Regioner',false,'SCB','CC0',TIMESTAMP '2026-11-01 10:00',21,null,null),"
        "(2,'stock','Lager',true,'SYNTETISKA','CC0',TIMESTAMP '2026-11-01 10:00',1,null,null),"
        "(3,'shortages','Rest',true,'SYNTETISKA','CC0',TIMESTAMP '2026-11-01 10:00',6,null,null)"
    )
    db.refresh_derived(con)


def build(path: Path) -> Path:
    """Publish the database to `path` (as the loader does) and return the path."""
    db.publish_new(path, fill)
    return path


# ------------------------------------------------------------------ expected figures


# The documented rule (docs/method.md, issue 13 defect 4), written here on its own: a pair
# stands on the region's latest report of the item dated on or before the month's last day, if
# that report is at most this many days old then; older or none: no report.
MAX_REPORT_AGE_DAYS = 92


@dataclass(frozen=True)
class Cover:
    """One (region, item) in one month as the test expects it."""

    has_report: bool
    days: float | None  # None without report or with zero consumption
    zero: bool
    quantity: float | None = None
    use: float | None = None
    report_date: date | None = None
    carried: bool = False  # the report is from an earlier month

    @property
    def zero_no_stock(self) -> bool:
        """No consumption and nothing in stock: its own state, never covered."""
        return self.has_report and self.zero and not (self.quantity or 0) > 0

    def meets(self, target: float, min_stock: float = 1) -> bool:
        if not self.has_report:
            return False
        if self.zero:  # no days of cover: the minimum stock instead (default 1 unit)
            return (self.quantity or 0) > 0 and self.quantity >= min_stock
        return self.days is not None and self.days >= target


def month_of(day: date) -> date:
    return day.replace(day=1)


def month_end(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def cover(stock: list[tuple] = STOCK) -> dict[tuple[date, str, str], Cover]:
    """(month, region, item) -> the latest report as of the month's end, at most
    MAX_REPORT_AGE_DAYS old, for every region and every item (months: those with a report)."""
    reports: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for day, code, sid, qty, use in stock:
        reports[(code, sid)].append((day, qty, use))
    months = sorted({month_of(row[0]) for row in stock})
    out = {}
    for month in months:
        end = month_end(month)
        for code in CODES:
            for sid, *_ in SUBSTANCES:
                known = [r for r in reports[(code, sid)] if r[0] <= end]
                day, qty, use = max(known, key=lambda r: r[0]) if known else (None, None, None)
                if day is None or (end - day).days > MAX_REPORT_AGE_DAYS:
                    out[(month, code, sid)] = Cover(False, None, False)
                else:
                    out[(month, code, sid)] = Cover(
                        True,
                        qty / use if use > 0 else None,
                        use == 0,
                        qty,
                        use,
                        day,
                        month_of(day) < month,
                    )
    return out


def targets_for(common: int = 30, **per_group: int) -> dict[str, int]:
    return {c: per_group.get(c, common) for c in ("medicine", "device", "ppe")}


def region_shares(
    month: date, targets: dict[str, int], stock: list[tuple] = STOCK
) -> dict[str, float | None]:
    """Region -> share of the current list meeting its group's target; None = no report."""
    c = cover(stock)
    out = {}
    for code in CODES:
        items = [c[(month, code, s)] for s in LIST]
        if not any(i.has_report for i in items):
            out[code] = None
            continue
        met = sum(i.meets(targets[CATEGORY[s]]) for i, s in zip(items, LIST, strict=True))
        out[code] = met / len(LIST)
    return out


def national_share(month: date, targets: dict[str, int], stock: list[tuple] = STOCK) -> float:
    c = cover(stock)
    met = sum(c[(month, code, s)].meets(targets[CATEGORY[s]]) for code in CODES for s in LIST)
    return met / (len(CODES) * len(LIST))


def ranks(shares: dict[str, float | None]) -> dict[str, int | None]:
    """1 = highest share; equal shares share the best rank; no report gets none."""
    values = [v for v in shares.values() if v is not None]
    return {
        c: (None if v is None else 1 + sum(1 for w in values if w > v)) for c, v in shares.items()
    }


def share_at_least(month: date, days: int, region: str | None = None) -> float:
    c = cover()
    codes = CODES if region is None else (region,)
    pairs = [c[(month, code, s)] for code in codes for s in LIST]
    hit = sum(
        p.has_report
        and (
            (p.zero and (not p.zero_no_stock or days <= 0))
            or (p.days is not None and p.days >= days)
        )
        for p in pairs
    )
    return hit / len(pairs)


def group_of(sid: str) -> str:
    """The heatmap's column at ATC level 1: the letter for medicines, else the category."""
    return ATC[sid][0] if CATEGORY[sid] == "medicine" else CATEGORY[sid]


def group_cells(month: date, targets: dict[str, int]) -> dict[tuple[str, str], tuple]:
    """(region, group) -> (n_items, n_reported, n_meeting, share or None, median days or None)."""
    c = cover()
    members: dict[str, list[str]] = defaultdict(list)
    for s in LIST:
        members[group_of(s)].append(s)
    out = {}
    for code in CODES:
        for group, items in members.items():
            covers = [c[(month, code, s)] for s in items]
            reported = [x for x in covers if x.has_report]
            met = sum(x.meets(targets[CATEGORY[s]]) for x, s in zip(covers, items, strict=True))
            days = sorted(x.days for x in reported if not x.zero)
            median = None
            if days:
                mid = len(days) // 2
                median = days[mid] if len(days) % 2 else (days[mid - 1] + days[mid]) / 2
            share = met / len(items) if reported else None
            out[(code, group)] = (len(items), len(reported), met, share, median)
    return out


def pooled_days(month: date, sid: str) -> float | None:
    """All reporting regions' stock / their consumption (None when that is zero)."""
    c = cover()
    reported = [c[(month, code, sid)] for code in CODES if c[(month, code, sid)].has_report]
    use = sum(x.use for x in reported)
    return sum(x.quantity for x in reported) / use if use > 0 else None


def source_stage_sites(sid: str) -> list[str]:
    """Countries of the item's source-stage sites: API for medicines, finished product else."""
    stage = "api" if CATEGORY[sid] == "medicine" else "fpp"
    return [country for _, kind, country, items in SITES if kind == stage and sid in items]


def hhi(countries: list[str]) -> float | None:
    if not countries:
        return None
    n = len(countries)
    return sum((countries.count(c) / n) ** 2 for c in set(countries))


def vulnerability(sid: str) -> float:
    """The published score, from its definition in docs/method.md."""
    countries = source_stage_sites(sid)
    concentration = hhi(countries) if countries else 1.0
    few = 1.0 if len(countries) <= 1 else 1.0 / len(countries)
    outside = 1.0 - (sum(EU_EEA[c] for c in countries) / len(countries) if countries else 0.0)
    history = sum(
        1
        for _, s, _, _, start, _, _, _ in SHORTAGES
        if s == sid and start <= AS_OF and start > AS_OF.replace(year=AS_OF.year - 3)
    )
    score = 100 * (0.35 * concentration + 0.25 * few + 0.25 * outside + 0.15 * min(history, 3) / 3)
    return round(score, 1)


def is_active(notice: tuple, as_of: date = AS_OF) -> bool:
    _, _, _, _, start, _, resolved, _ = notice
    return start <= as_of and (resolved is None or resolved > as_of)
