"""Pure figures the views do not carry: no Streamlit, no database."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import pandas as pd


def allocate_by_population(total_sek: int, population: Mapping[str, int]) -> dict[str, int]:
    """Split `total_sek` in whole kronor in proportion to population, summing exactly to the total.

    Largest-remainder (Hamilton) method: each recipient gets the floor of its exact share, and
    the kronor left over go one each to the largest fractional remainders (ties: the larger
    population, then the code). Integer arithmetic throughout, so no float rounding drifts.
    """
    if total_sek < 0:
        raise ValueError("total_sek must not be negative")
    if not population:
        raise ValueError("population is empty")
    if any(p <= 0 for p in population.values()):
        raise ValueError("every population must be positive")
    pop_total = sum(population.values())
    floors = {code: total_sek * pop // pop_total for code, pop in population.items()}
    remainders = {code: total_sek * pop % pop_total for code, pop in population.items()}
    left = total_sek - sum(floors.values())
    order = sorted(population, key=lambda c: (-remainders[c], -population[c], c))
    for code in order[:left]:
        floors[code] += 1
    return floors


def population_shares(population: Mapping[str, int]) -> dict[str, float]:
    """Each recipient's share of the total population (the distribution key), 0..1."""
    pop_total = sum(population.values())
    return {code: pop / pop_total for code, pop in population.items()}


# ---------------------------------------------------------------- grants: deadlines (issue 7)
# The status of a grant deadline for one recipient, as of a date. The rules are stated in
# docs/method.md ("Deadlines"); each takes plain values, so a test can pin it on chosen dates.
DEADLINE_KINDS = ("requisition", "usage_end", "repayment", "report")
DONE, DUE, OVERDUE, UNKNOWN = "done", "due", "overdue", "unknown"
DEADLINE_STATUSES = (DONE, DUE, OVERDUE, UNKNOWN)


def deadline_status(
    kind: str,
    deadline: date,
    as_of: date,
    *,
    requisitioned_sek: int | None = None,
    requisitioned_by_deadline_sek: int | None = None,
    used_sek: int | None = None,
    use_reported: bool = False,
    repaid_sek: int | None = None,
    usage_end: date | None = None,
    report_submitted_on: date | None = None,
    reports_loaded: bool = False,
) -> str:
    """'done', 'due', 'overdue' or 'unknown' for one recipient's deadline, as of `as_of`.

    The amounts are what is known on `as_of` (requisitions and repayments dated on or before
    it; use reported for years before as_of's year). None means the instrument has no data of
    that kind at all (nobody's requisitions, use or repayments are loaded), which makes a status
    that needs it unknown rather than overdue.

    - requisition: done when something was requisitioned by the deadline (and by as_of); due
      before the deadline; overdue after it (a late requisition does not count: the right to
      the money lapsed).
    - usage_end: done when everything requisitioned is used, or, once the window has closed,
      when the recipient reported use (or requisitioned nothing); due while the window is open;
      unknown when it has closed and nothing was reported. Never overdue: money left unused
      falls to the repayment deadline.
    - repayment: unused = requisitioned - used. Done when the unused money is repaid, or when
      nothing is unused once the usage window has closed (after usage_end; no usage_end: at
      once); due before the deadline; overdue after it; unknown when use or requisitions are
      not known, or when no repayment of the instrument is loaded at all after the deadline.
    - report: judged from the `reports` data set, never from grant use (issue 12, point 7):
      done once the report is submitted (report_submitted_on on or before as_of); due before
      the deadline; overdue after it while not submitted (a report submitted late is overdue
      until its submission date, done from then on); unknown when no report of the instrument
      is loaded at all (reports_loaded False).

    Long on purpose: one branch per kind of deadline, each with the rule the method text states;
    split, the rules would be apart from their order.
    """
    passed = as_of > deadline
    if kind == "requisition":
        if requisitioned_sek is None:
            return UNKNOWN
        if (requisitioned_by_deadline_sek or 0) > 0:
            return DONE
        return OVERDUE if passed else DUE
    if kind == "usage_end":
        if used_sek is None or requisitioned_sek is None:
            return UNKNOWN
        if requisitioned_sek > 0 and used_sek >= requisitioned_sek:
            return DONE
        if not passed:
            return DUE
        return DONE if use_reported or requisitioned_sek == 0 else UNKNOWN
    if kind == "repayment":
        if used_sek is None or requisitioned_sek is None:
            return UNKNOWN
        unused = requisitioned_sek - used_sek
        window_closed = usage_end is None or as_of > usage_end
        if unused > 0 and (repaid_sek or 0) >= unused:
            return DONE
        if unused <= 0 and window_closed:
            return DONE
        if not passed:
            return DUE
        return UNKNOWN if repaid_sek is None else OVERDUE
    if kind == "report":
        if not reports_loaded:
            return UNKNOWN
        if report_submitted_on is not None and report_submitted_on <= as_of:
            return DONE
        return OVERDUE if passed else DUE
    raise ValueError(f"unknown deadline kind {kind!r}; expected one of {DEADLINE_KINDS}")


def _optional_int(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def assignment_date_status(due: date, as_of: date, submitted_on: date | None = None) -> str:
    """A government assignment's reporting date as of `as_of`: 'done' once reported (known
    submission on or before as_of); 'due' while the date has not passed (the day itself is
    still due); 'unknown' after it when no submission is recorded: the seeds give the dates,
    not whether the agencies reported, so a passed date is never called overdue."""
    if submitted_on is not None and submitted_on <= as_of:
        return DONE
    return DUE if as_of <= due else UNKNOWN


def _optional_day(value: object) -> date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def deadline_statuses(facts: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """`facts` (a queries.grants.grant_deadline_facts frame) with a `status` column added.

    Also `days_left`: days from as_of to the deadline (negative once it has passed) and
    `is_passed`.
    """
    out = facts.copy()
    statuses = []
    for row in out.itertuples(index=False):
        statuses.append(
            deadline_status(
                row.deadline_kind,
                pd.Timestamp(row.deadline_date).date(),
                as_of,
                requisitioned_sek=_optional_int(row.requisitioned_sek),
                requisitioned_by_deadline_sek=_optional_int(row.requisitioned_by_deadline_sek),
                used_sek=_optional_int(row.used_sek),
                use_reported=bool(row.use_reported),
                repaid_sek=_optional_int(row.repaid_sek),
                usage_end=None if pd.isna(row.usage_end) else pd.Timestamp(row.usage_end).date(),
                report_submitted_on=_optional_day(getattr(row, "report_submitted_on", None)),
                reports_loaded=bool(getattr(row, "reports_loaded", False)),
            )
        )
    out["status"] = pd.Series(statuses, index=out.index, dtype="object")
    deadline_days = pd.to_datetime(out["deadline_date"]).dt.date
    out["days_left"] = [(d - as_of).days for d in deadline_days]
    out["is_passed"] = out["days_left"] < 0
    return out


def count_statuses(statuses: pd.DataFrame) -> dict[str, int]:
    """How many rows of a deadline_statuses frame have each status (every status, 0 too)."""
    counts = statuses["status"].value_counts() if len(statuses) else {}
    return {s: int(counts.get(s, 0)) for s in DEADLINE_STATUSES}


def summarise_deadlines(statuses: pd.DataFrame) -> pd.DataFrame:
    """One row per deadline (instrument x kind) of a deadline_statuses frame: how many
    recipients are done, due, overdue and unknown. Sorted by date, then instrument and kind;
    keeps instrument_name, days_left and is_passed when present."""
    keys = ["instrument_id", "deadline_kind", "deadline_date"]
    extra = [c for c in ("instrument_name", "days_left", "is_passed") if c in statuses.columns]
    columns = [*keys, *extra, "n_recipients", *(f"n_{s}" for s in DEADLINE_STATUSES)]
    rows = []
    for key, group in statuses.groupby(keys, sort=False):
        counts = group["status"].value_counts()
        row = dict(zip(keys, key, strict=True))
        row.update({c: group[c].iloc[0] for c in extra})
        row["n_recipients"] = len(group)
        row.update({f"n_{s}": int(counts.get(s, 0)) for s in DEADLINE_STATUSES})
        rows.append(row)
    out = pd.DataFrame(rows, columns=columns)
    kind_order = out["deadline_kind"].map({k: i for i, k in enumerate(DEADLINE_KINDS)})
    order = out.assign(_kind=kind_order).sort_values(["deadline_date", "instrument_id", "_kind"])
    return out.loc[order.index].reset_index(drop=True)


def split_deadlines(summary: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A summarise_deadlines frame split in two: the deadlines still ahead (soonest first) and
    those passed (latest first, so the most recent one is read first)."""
    upcoming = summary[~summary["is_passed"]].reset_index(drop=True)
    passed = summary[summary["is_passed"]].iloc[::-1].reset_index(drop=True)
    return upcoming, passed


# ---------------------------------------------------------------- coverage (issue 6)
# How a region's stock compares with a target of days of normal consumption, which items are
# furthest below it, and which of those come from concentrated sources. The definitions are
# written out on the pages and in docs/method.md ("Coverage"); each takes plain frames.
CATEGORIES = ("medicine", "device", "ppe")
DEFAULT_TARGET_DAYS = 30  # the agreements' "minst en månads normal förbrukning"
TARGET_MIN_DAYS, TARGET_MAX_DAYS = 1, 365
DAYS_PER_MONTH = 30  # a month of consumption, as the Swedish target counts it
# An item with no consumption has no days of cover: it meets the target when its stock is at
# least this many units (per group, set by the analyst; zero stock never meets: issue 12)
DEFAULT_MIN_STOCK = 1
MIN_STOCK_MAX = 1_000_000
DAYS_PER_WEEK = 7


@dataclass(frozen=True)
class Targets:
    """Days of normal consumption an item must be stocked for, per product group."""

    medicine: int = DEFAULT_TARGET_DAYS
    device: int = DEFAULT_TARGET_DAYS
    ppe: int = DEFAULT_TARGET_DAYS
    # the minimum stock (units) an item with no consumption must hold, per product group
    min_medicine: int = DEFAULT_MIN_STOCK
    min_device: int = DEFAULT_MIN_STOCK
    min_ppe: int = DEFAULT_MIN_STOCK

    def __post_init__(self) -> None:
        for category in CATEGORIES:
            days = getattr(self, category)
            if not TARGET_MIN_DAYS <= days <= TARGET_MAX_DAYS:
                raise ValueError(
                    f"target for {category} must be {TARGET_MIN_DAYS}..{TARGET_MAX_DAYS} days"
                )
            units = getattr(self, f"min_{category}")
            if not 1 <= units <= MIN_STOCK_MAX:
                raise ValueError(f"minimum stock for {category} must be 1..{MIN_STOCK_MAX} units")

    def days_for(self, category: str) -> int:
        """The target of a product group ('medicine', 'device', 'ppe')."""
        if category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r}; expected one of {CATEGORIES}")
        return getattr(self, category)

    def params(self) -> dict[str, int]:
        """The targets as the named SQL values $t_medicine, $t_device, $t_ppe."""
        return {f"t_{c}": getattr(self, c) for c in CATEGORIES}

    def min_stock_for(self, category: str) -> int:
        """The minimum stock (units) of a product group's items with no consumption."""
        self.days_for(category)  # checks the name
        return getattr(self, f"min_{category}")

    def min_params(self) -> dict[str, int]:
        """The minimum stocks as the named SQL values $m_medicine, $m_device, $m_ppe."""
        return {f"m_{c}": getattr(self, f"min_{c}") for c in CATEGORIES}

    @property
    def has_default_min_stock(self) -> bool:
        return all(getattr(self, f"min_{c}") == DEFAULT_MIN_STOCK for c in CATEGORIES)

    @property
    def is_uniform(self) -> bool:
        """True when every product group has the same target."""
        return self.medicine == self.device == self.ppe

    @classmethod
    def uniform(cls, days: int) -> Targets:
        return cls(days, days, days)

    def all_params(self) -> dict[str, int]:
        """params() and min_params(): what the coverage queries take."""
        return {**self.params(), **self.min_params()}


DEFAULT_TARGETS = Targets()


def year_on_year(trend: pd.DataFrame) -> pd.Series | None:
    """The start page's headline from a national_cover_trend frame (oldest first): the newest
    month beside the newest month on or before the same month a year earlier.

    prev_month, prev_snapshot_date, prev_share_meeting_target and change_share (0..1 units)
    are None when there is no such month; None when the frame is empty (no report at all).
    """
    if trend.empty:
        return None
    latest = trend.iloc[-1].copy()
    months = pd.to_datetime(trend["month"])
    earlier = trend[months <= months.iloc[-1] - pd.DateOffset(years=1)]
    prev = earlier.iloc[-1] if not earlier.empty else None
    latest["prev_month"] = None if prev is None else prev["month"]
    latest["prev_snapshot_date"] = None if prev is None else prev["snapshot_date"]
    latest["prev_share_meeting_target"] = None if prev is None else prev["share_meeting_target"]
    latest["change_share"] = (
        None if prev is None else latest["share_meeting_target"] - prev["share_meeting_target"]
    )
    return latest


def costs_per_year(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per year of a region_costs_by_year frame (year, kind, category, cost_sek): the
    actual and the planned costs summed over categories (actual_sek, planned_sek; null where
    none of that kind is reported that year). By year."""
    sums = (
        rows.groupby(["year", "kind"])["cost_sek"]
        .sum(min_count=1)
        .unstack("kind")
        .reindex(columns=["actual", "planned"])
        .astype("Int64")
    )
    sums.columns = ["actual_sek", "planned_sek"]
    return sums.reset_index()


# ------------------------------------------------ the Nordic neighbours' rules, for comparison


@dataclass(frozen=True)
class NordicRule:
    """A neighbour's stockholding rule, in days of consumption (or of expected sales).

    holder: who must hold the stock under that rule ('company', 'care_unit', 'state'); days_high
    is set for a range ("3-6 months"). Months count as DAYS_PER_MONTH days, weeks as 7.
    """

    key: str
    country: str  # ISO alpha-2
    holder: str
    days: int
    days_high: int | None = None


NORDIC_RULES: tuple[NordicRule, ...] = (
    # Finland: obligatory stocks, by medicine group, for importers and manufacturers ...
    NordicRule("fi_company_10m", "FI", "company", 10 * DAYS_PER_MONTH),
    NordicRule("fi_company_6m", "FI", "company", 6 * DAYS_PER_MONTH),
    NordicRule("fi_company_3m", "FI", "company", 3 * DAYS_PER_MONTH),
    # ... and for health-care units (hospitals, health centres)
    NordicRule("fi_unit_6m", "FI", "care_unit", 6 * DAYS_PER_MONTH),
    NordicRule("fi_unit_3m", "FI", "care_unit", 3 * DAYS_PER_MONTH),
    NordicRule("fi_unit_2w", "FI", "care_unit", 2 * DAYS_PER_WEEK),
    # Denmark: companies hold 6 weeks of expected sales
    NordicRule("dk_6w", "DK", "company", 6 * DAYS_PER_WEEK),
    # Norway: a national preparedness stock of 3-6 months
    NordicRule("no_3_6m", "NO", "state", 3 * DAYS_PER_MONTH, 6 * DAYS_PER_MONTH),
)
NORDIC_RULE_KEYS = tuple(r.key for r in NORDIC_RULES)


def nordic_rule(key: str) -> NordicRule:
    for rule in NORDIC_RULES:
        if rule.key == key:
            return rule
    raise KeyError(key)


def share_with_at_least(curve: pd.DataFrame, days: int) -> float | None:
    """From a cover-distribution frame (days, share_at_least): the share stocked for at least
    `days` days (None when the curve does not reach that far)."""
    hit = curve.loc[curve["days"] == days, "share_at_least"]
    return None if hit.empty else float(hit.iloc[0])


def nordic_comparison(
    curve: pd.DataFrame, keys: tuple[str, ...] = NORDIC_RULE_KEYS
) -> pd.DataFrame:
    """For each rule: its days and the share of the list (from `curve`) held for at least that
    long (share_high: for the upper end of a range)."""
    rows = []
    for key in keys:
        rule = nordic_rule(key)
        rows.append(
            {
                "rule_key": rule.key,
                "country": rule.country,
                "holder": rule.holder,
                "days": rule.days,
                "days_high": rule.days_high,
                "share_at_least": share_with_at_least(curve, rule.days),
                "share_at_least_high": (
                    share_with_at_least(curve, rule.days_high) if rule.days_high else None
                ),
            }
        )
    return pd.DataFrame(
        rows,
        columns=[
            "rule_key",
            "country",
            "holder",
            "days",
            "days_high",
            "share_at_least",
            "share_at_least_high",
        ],
    )


# ------------------------------------------------ the gap list: days short x importance
EARLIER_LIST_WEIGHT = 1.0  # on the earlier (2022, acute-care) list: +1
VULNERABILITY_WEIGHT = 1.0  # vulnerability score 0..100 adds 0..1


def _below_target(items: pd.DataFrame) -> pd.DataFrame:
    """The reported rows of a priority_items_cover frame that do not meet their target (the
    macro meets_target judged them in SQL: is_meeting)."""
    reported = items["has_report"].fillna(False).astype(bool)
    meeting = items["is_meeting"].fillna(False).astype(bool)
    return items.loc[reported & ~meeting].copy()


def rank_gaps(items: pd.DataFrame) -> pd.DataFrame:
    """The reported items below their target, most urgent first.

    `items`: a priority_items_cover frame (one row per item with has_report, is_meeting,
    target_days, days_of_cover, is_on_earlier_list and vulnerability_score 0..100).
    Adds days_short = target - days of cover, importance = 1 + 1 if on the earlier list +
    vulnerability_score / 100 (so 1..3), and weighted_gap = days_short x importance. Sorted by
    weighted_gap, then days_short, both descending. Items without a report are not here: their
    gap is unknown, not the whole target.
    """
    below = _below_target(items)
    days = pd.to_numeric(below["days_of_cover"], errors="coerce").fillna(0.0)
    below["days_short"] = below["target_days"] - days
    score = pd.to_numeric(below["vulnerability_score"], errors="coerce").fillna(0.0)
    below["importance"] = (
        1.0
        + EARLIER_LIST_WEIGHT * below["is_on_earlier_list"].fillna(False).astype(float)
        + VULNERABILITY_WEIGHT * score / 100.0
    )
    below["weighted_gap"] = below["days_short"] * below["importance"]
    below = below.sort_values(
        ["weighted_gap", "days_short", "substance_id"], ascending=[False, False, True]
    )
    return below.reset_index(drop=True)


# ------------------------------------------------ exposure: below target x concentrated source
HIGH_HHI = 0.5  # HHI of source-stage sites by country at or above this counts as concentrated


def _exposure_basis(items: pd.DataFrame) -> pd.DataFrame:
    """The rows that weigh in the exposure: a missing report never lowers it (issue 12).

    Reported rows below their target count with their days (cover_state 'reported'). A row
    without a report in the month (cover_state 'no_report') counts with its last earlier report
    (last_days_of_cover, last_report_month; below the target by last_is_meeting, else by days)
    or, with no report ever, as no stock (days 0). Frames without the last_* columns: as before,
    unreported rows do not count.
    """
    reported = items["has_report"].fillna(False).astype(bool)
    meeting = items["is_meeting"].fillna(False).astype(bool)
    own = items.loc[reported & ~meeting].copy()
    own["cover_state"] = "reported"
    own["is_no_report"] = False
    if "last_days_of_cover" not in items.columns:
        return own
    missing = items.loc[~reported].copy()
    has_last = missing["last_report_month"].notna()
    last_days = pd.to_numeric(missing["last_days_of_cover"], errors="coerce")
    if "last_is_meeting" in missing.columns:
        last_meets = missing["last_is_meeting"].fillna(False).astype(bool)
    else:
        last_meets = last_days >= missing["target_days"]
    missing = missing.loc[~(has_last & last_meets)].copy()
    missing["days_of_cover"] = last_days.loc[missing.index].where(has_last, 0.0)
    missing["cover_state"] = "no_report"
    out = pd.concat([own, missing]) if len(missing) else own
    out["is_no_report"] = out["cover_state"] == "no_report"
    return out


def exposure_scores(items: pd.DataFrame) -> pd.DataFrame:
    """The (region, item) pairs below target AND from a concentrated source, most exposed first.

    `items`: a priority_items_cover frame (region_code, substance_id, has_report, is_meeting,
    target_days, days_of_cover, and from v_substance_supply n_source_sites, n_source_countries,
    hhi_source).
    Concentrated: a single country, a single site, HHI >= HIGH_HHI, or no known source (an
    unmapped chain counts as exposed). shortfall = 1 - days / target (0..1; 1 with no stock);
    concentration = hhi_source (1 with no known source); exposure = 100 x shortfall x
    concentration, 0..100. A pair without a report in the month is its own state
    (cover_state 'no_report') and weighs by its last report, or as no stock if it never
    reported (_exposure_basis): a region that stops reporting does not move up the ranking.
    """
    below = _exposure_basis(items)
    n_sites = pd.to_numeric(below["n_source_sites"], errors="coerce").fillna(0)
    n_countries = pd.to_numeric(below["n_source_countries"], errors="coerce").fillna(0)
    hhi = pd.to_numeric(below["hhi_source"], errors="coerce")
    below["has_no_known_source"] = n_sites == 0
    below["is_single_country"] = n_countries == 1
    below["is_single_site"] = n_sites == 1
    below["concentration"] = hhi.fillna(1.0)
    below["is_high_hhi"] = below["concentration"] >= HIGH_HHI
    below["is_concentrated"] = (
        below["has_no_known_source"]
        | below["is_single_country"]
        | below["is_single_site"]
        | below["is_high_hhi"]
    )
    exposed = below.loc[below["is_concentrated"]].copy()
    days = pd.to_numeric(exposed["days_of_cover"], errors="coerce").fillna(0.0)
    exposed["shortfall"] = (1.0 - days / exposed["target_days"]).clip(lower=0.0, upper=1.0)
    exposed["exposure"] = (100.0 * exposed["shortfall"] * exposed["concentration"]).round(1)
    exposed = exposed.sort_values(
        ["exposure", "shortfall", "region_code", "substance_id"],
        ascending=[False, False, True, True],
    )
    return exposed.reset_index(drop=True)


def rank_regions_by_exposure(items: pd.DataFrame, exposed: pd.DataFrame) -> pd.DataFrame:
    """One row per region of `items` (all its priority pairs, reported or not): n_items,
    n_reported, n_no_report, n_exposed (pairs in `exposed`), exposure_sum (their exposures
    summed, the ranking measure) and rank (1 = most exposed). Every region is ranked: a pair
    without a report weighs by its last report (exposure_scores), so a region that reports
    nothing keeps its place and shows has_report false ("no report"), never a better rank."""
    keys = ["region_code"]
    extra = [c for c in ("region_name", "region_short_name") if c in items.columns]
    base = (
        items.assign(_reported=items["has_report"].fillna(False).astype(bool))
        .groupby(keys + extra, sort=False)
        .agg(n_items=("substance_id", "size"), n_reported=("_reported", "sum"))
        .reset_index()
    )
    if len(exposed):
        per_region = (
            exposed.groupby("region_code")
            .agg(n_exposed=("exposure", "size"), exposure_sum=("exposure", "sum"))
            .reset_index()
        )
    else:
        per_region = pd.DataFrame(
            {"region_code": pd.Series(dtype="object"), "n_exposed": [], "exposure_sum": []}
        )
    out = base.merge(per_region, on="region_code", how="left")
    has_report = out["n_reported"] > 0
    out["n_no_report"] = (out["n_items"] - out["n_reported"]).astype("int64")
    out["n_exposed"] = out["n_exposed"].fillna(0).astype("int64")
    out["exposure_sum"] = out["exposure_sum"].fillna(0.0).round(1)
    out["has_report"] = has_report
    # with the last reports known (priority_items_cover) every region is ranked; without
    # them a region with no report cannot be weighed and gets no rank (never a better one)
    ranked = (
        pd.Series(True, index=out.index) if "last_days_of_cover" in items.columns else has_report
    )
    out.loc[~ranked, ["exposure_sum"]] = float("nan")
    out["_ranked"] = ranked
    out = out.sort_values(
        ["_ranked", "exposure_sum", "n_exposed", "region_code"],
        ascending=[False, False, False, True],
    ).reset_index(drop=True)
    out["rank"] = pd.array(
        [i + 1 if r else pd.NA for i, r in enumerate(out["_ranked"])], dtype="Int64"
    )
    return out.drop(columns="_ranked")


def count_changes(changes: pd.DataFrame) -> dict[str, int]:
    """How many (region, item) pairs of a cover_changes frame have each status."""
    counts = changes["status"].value_counts()
    return {status: int(counts.get(status, 0)) for status in CHANGE_STATUSES}


CHANGE_STATUSES = (
    "improved",
    "worsened",
    "still_meeting",
    "still_below",
    "no_report_now",
    "no_report_then",
    "no_report",
)
