"""One spec per data set: the file's columns, their types, units and rules, and its key.

The specs are data, not code paths, so the loader, the validator and docs/datasets.md all read
the same definition (a test fails when the docs and a spec disagree).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from dash_beredskap.scenarios import MAX_DEMAND_FACTOR, MAX_DURATION_DAYS, SCENARIO_ID_PATTERN

Kind = Literal[
    "text",  # free text, stored as is
    "id",  # an identifier: no surrounding spaces, no inner line breaks
    "date",  # ISO YYYY-MM-DD, or an Excel date cell
    "int",  # a whole number (SEK, people, years)
    "number",  # a decimal number: decimal comma or point, spaces between thousands
    "bool",  # true/false, ja/nej, yes/no, 1/0
    "enum",  # one of `choices` (Swedish spellings accepted, stored in English)
    "region",  # a region code '01'..'25' or a region/county name, stored as the code
    "recipient",  # a region (as above) or SKR, stored as the code or 'SKR'
    "country",  # ISO 3166-1 alpha-2, stored upper-case
    "substance",  # a substance_id in the substances table
    "instrument",  # an instrument_id in grant_instruments
]

SKR = "SKR"
MIN_DATE = date(1990, 1, 1)
MAX_DATE = date(2100, 12, 31)
MIN_YEAR, MAX_YEAR = 1990, 2100


@dataclass(frozen=True)
class Column:
    """One column of a data set's file."""

    name: str
    kind: Kind
    description: str
    unit: str = ""
    db_column: str | None = None  # the table column it fills, if not the same name
    required: bool = True  # must the header have it?
    nullable: bool = False  # may a cell be empty?
    default: Any = None  # used for an empty cell, or for new rows when the column is absent
    aliases: tuple[str, ...] = ()  # other header names accepted (Swedish, older names)
    minimum: float | None = None
    maximum: float | None = None
    above: float | None = None  # strictly greater than (population > 0)
    choices: Mapping[str, str] | None = None  # accepted spelling -> stored value
    pattern: str | None = None  # regex the stored value must match (after upper-casing ids)
    pattern_hint: str = ""
    upper_case: bool = False  # store upper-cased (ATC codes)
    multiline: bool = False  # may a text cell hold line breaks? (descriptions only)
    # cleared when a file replaces the row without this column: it belongs to the row's figures
    cleared_when_absent: bool = False

    @property
    def target(self) -> str:
        """The database column this file column is stored in."""
        return self.db_column or self.name


@dataclass(frozen=True)
class RowRule:
    """A rule across columns of one row, e.g. an end date not before its start date."""

    column: str  # the column blamed in the error
    expected: str
    holds: Callable[[Mapping[str, Any]], bool]  # sees the row's converted values by file name


@dataclass(frozen=True)
class DatasetSpec:
    """A data set `beredskap load` accepts."""

    name: str  # CLI name and data_sources.dataset
    title: str
    table: str  # the main table written
    summary: str
    key: tuple[str, ...]  # file column names: unique within a file, upsert key in the table
    columns: tuple[Column, ...]
    row_rules: tuple[RowRule, ...] = ()
    # columns whose value must be the same on every row sharing the group column's value
    consistent: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # rules stated in the docs
    # False when no derived table (agg_*) or view reads this data set's tables: the load then
    # skips rebuilding them (a scenario saved from the page takes well under a second)
    refreshes_derived: bool = True

    def column(self, name: str) -> Column:
        """The column called `name` in the file."""
        return next(c for c in self.columns if c.name == name)


def _ordered(a: str, b: str) -> Callable[[Mapping[str, Any]], bool]:
    """A row rule: a <= b whenever both are given."""

    def holds(row: Mapping[str, Any]) -> bool:
        return row.get(a) is None or row.get(b) is None or row[a] <= row[b]

    return holds


# ---------------------------------------------------------------- shared columns
REGION_ALIASES = ("region_code", "regionkod", "region_kod", "län", "lan", "lan_code", "länskod")


def _region(description: str = "the region: county code (01, 1) or name") -> Column:
    return Column(
        "region",
        "region",
        description + "; 'Jönköpings län', 'Region Jönköpings län' and 'SE-F' all mean 06",
        db_column="region_code",
        aliases=REGION_ALIASES,
    )


def _recipient() -> Column:
    return Column(
        "region",
        "recipient",
        "the recipient: a region (code or name, as for `region`) or SKR",
        db_column="recipient_code",
        aliases=("recipient", "recipient_code", "mottagare", *REGION_ALIASES),
    )


def _substance() -> Column:
    return Column(
        "substance_id",
        "substance",
        "the product's substance_id as in the substances table (ATC code for medicines)",
        aliases=("substans_id", "substans", "substance"),
    )


def _instrument() -> Column:
    return Column(
        "instrument_id",
        "instrument",
        "the grant instrument, as in grant_instruments (e.g. the 2024 medicines agreement)",
        aliases=("instrument", "bidrag_id"),
    )


def _sek(name: str, description: str, aliases: tuple[str, ...] = ()) -> Column:
    return Column(name, "int", description, unit="SEK", minimum=0, aliases=aliases)


def _year(description: str) -> Column:
    return Column("year", "int", description, minimum=MIN_YEAR, maximum=MAX_YEAR, aliases=("år",))


ATC_L5 = r"[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}"

# ---------------------------------------------------------------- the data sets
STOCK = DatasetSpec(
    name="stock",
    title="Lager per region (stock snapshots)",
    table="stock_snapshots",
    summary="One row per count date, region and product: the stock a region holds and its "
    "normal consumption, from which days of cover follow (quantity / daily_consumption).",
    key=("snapshot_date", "region", "substance_id"),
    columns=(
        Column(
            "snapshot_date",
            "date",
            "the day the stock was counted",
            aliases=("datum", "lagerdatum", "date"),
        ),
        _region(),
        _substance(),
        Column(
            "quantity",
            "number",
            "stock held in the region on that day",
            unit="the product's unit, e.g. DDD",
            minimum=0,
            aliases=("antal", "mängd", "lager", "kvantitet", "lagersaldo"),
        ),
        Column(
            "daily_consumption",
            "number",
            "normal consumption per day (inpatient care)",
            unit="same unit per day",
            minimum=0,
            aliases=("förbrukning_per_dag", "förbrukning_per_dygn", "dygnsförbrukning"),
        ),
        Column(
            "expiry_date",
            "date",
            "optional: the day the stock expires (short shelf life); empty = no cap",
            required=False,
            nullable=True,
            cleared_when_absent=True,
            aliases=("utgångsdatum", "hållbar_till", "bäst_före"),
        ),
    ),
    notes=(
        "A row replaces the row with the same date, region and substance_id.",
        "Days of cover count only up to expiry_date: the stock beyond it expires before use.",
        "A file without expiry_date clears the expiry date of the rows it replaces: an expiry "
        "date belongs to the stock it was reported with.",
        "Zero daily_consumption is allowed: the 30-day target then counts as met.",
    ),
)

SITE_TYPES = {
    "api": "api",
    "aktiv substans": "api",
    "fpp": "fpp",
    "färdig produkt": "fpp",
    "packaging": "packaging",
    "förpackning": "packaging",
}

SITES = DatasetSpec(
    name="sites",
    title="Tillverkningsplatser (manufacturing sites)",
    table="sites",
    summary="One row per manufacturing site and substance made there. Fills companies, sites "
    "and site_substances.",
    key=("site_id", "substance_id"),
    columns=(
        Column("site_id", "id", "the site's stable identifier", aliases=("plats_id",)),
        Column("company_id", "id", "the company's stable identifier", aliases=("företag_id",)),
        Column("company_name", "text", "the company's name", aliases=("företag", "företagsnamn")),
        Column(
            "site_type",
            "enum",
            "what the site makes: api (active substance), fpp (finished product) or packaging",
            choices=SITE_TYPES,
            aliases=("typ",),
        ),
        Column(
            "country",
            "country",
            "the site's country, ISO 3166-1 alpha-2 (IN, CN, IT, SE)",
            db_column="country_iso2",
            aliases=("country_iso2", "land"),
        ),
        Column("city", "text", "the site's town or city", aliases=("ort", "stad")),
        Column("lat", "number", "latitude, WGS84", unit="degrees", minimum=-90, maximum=90),
        Column("lon", "number", "longitude, WGS84", unit="degrees", minimum=-180, maximum=180),
        Column(
            "capacity_index",
            "number",
            "relative capacity, 1 = a typical site; empty if unknown",
            minimum=0,
            required=False,
            nullable=True,
            aliases=("kapacitet",),
        ),
        Column(
            "is_vital",
            "bool",
            "the company is of vital importance (synnerlig vikt); empty = false",
            required=False,
            nullable=True,
            default=False,
            aliases=("synnerlig_vikt",),
        ),
        Column(
            "company_country",
            "country",
            "the company's head-office country, ISO alpha-2; empty if unknown",
            db_column="hq_country_iso2",
            required=False,
            nullable=True,
        ),
        _substance(),
    ),
    consistent={
        "company_id": ("company_name", "is_vital", "company_country"),
        "site_id": ("company_id", "site_type", "country", "city", "lat", "lon", "capacity_index"),
    },
    notes=(
        "Companies and sites are upserted by company_id and site_id; a company or site on "
        "several rows must have the same details on each.",
        "A site named in the file makes exactly the substances the file lists for it: "
        "substances loaded earlier for that site and not in the file are removed.",
        "Optional columns left out of the file leave the stored values as they are.",
    ),
)

SERVICES = {
    "distribution": "distribution",
    "partihandel": "distribution",
    "sterilisation": "sterilisation",
    "sterilization": "sterilisation",
    "sterilisering": "sterilisation",
    "ordering_it": "ordering_it",
    "it för beställning": "ordering_it",
    "transport": "transport",
    "device_maintenance": "device_maintenance",
    "service av medicinteknik": "device_maintenance",
    "other": "other",
    "annat": "other",
}

COMPANY_SERVICES = DatasetSpec(
    name="company-services",
    title="Företags tjänster (company services)",
    table="company_services",
    summary="One row per company and service it provides to health care (distribution, "
    "sterilisation, IT for ordering, ...), with whether the company is of vital importance for "
    "it: the 2024 assignment maps companies of vital importance for goods and services.",
    key=("company_id", "service"),
    columns=(
        Column(
            "company_id",
            "id",
            "the company's stable identifier; the same as in `sites` if it also makes products",
            aliases=("företag_id",),
        ),
        Column("company_name", "text", "the company's name", aliases=("företag", "företagsnamn")),
        Column(
            "company_country",
            "country",
            "the company's head-office country, ISO alpha-2; empty if unknown",
            db_column="hq_country_iso2",
            required=False,
            nullable=True,
        ),
        Column(
            "service",
            "enum",
            "distribution, sterilisation, ordering_it, transport, device_maintenance or other "
            "(Swedish names accepted)",
            choices=SERVICES,
            aliases=("tjänst",),
        ),
        Column(
            "description",
            "text",
            "what the company does for health care; empty if not given",
            required=False,
            nullable=True,
            aliases=("beskrivning",),
        ),
        Column(
            "is_vital",
            "bool",
            "the company is of vital importance (synnerlig vikt) for this service; empty = false",
            required=False,
            nullable=True,
            default=False,
            aliases=("synnerlig_vikt",),
        ),
    ),
    notes=(
        "A row replaces the stored row of the same company and service; other rows are kept.",
        "A company that also makes products keeps its name and flag for goods from `sites`; the "
        "pages show the flag for goods and the flag for services side by side.",
    ),
)

COUNTRY_GROUPS = {
    "eu_eea": "eu_eea",
    "eu/ees": "eu_eea",
    "eu/eea": "eu_eea",
    "close_partner": "close_partner",
    "nära partner": "close_partner",
    "distant": "distant",
    "övriga världen": "distant",
}

COUNTRY_GROUPS_SPEC = DatasetSpec(
    name="country-groups",
    title="Landgrupper (country groups)",
    table="country_groups",
    summary="One row per country: the group the vulnerability score's 'outside EU/EEA' part "
    "uses (EU/EEA, close partner or distant) and its weight. A country with no row counts as "
    "eu_eea (weight 0) if it is in the EU/EEA, else as distant (weight 1).",
    key=("country",),
    columns=(
        Column(
            "country",
            "country",
            "the country, ISO 3166-1 alpha-2 (CH, GB, US)",
            db_column="iso2",
            aliases=("iso2", "land"),
        ),
        Column(
            "country_group",
            "enum",
            "eu_eea, close_partner or distant (Swedish names accepted)",
            choices=COUNTRY_GROUPS,
            aliases=("grupp", "landgrupp"),
        ),
        Column("label_sv", "text", "the group's name as shown, in Swedish", aliases=("namn_sv",)),
        Column("label_en", "text", "the group's name as shown, in English", aliases=("namn_en",)),
        Column(
            "outside_weight",
            "number",
            "how much a source in this country counts as outside: 0 = as inside the EU/EEA, "
            "1 = as distant supply",
            minimum=0,
            maximum=1,
            aliases=("vikt",),
        ),
        Column("source", "text", "why the country is in the group", aliases=("källa",)),
    ),
    notes=(
        "A row replaces the stored row of the same country; countries not in the file keep "
        "their row (or, with none, the fallback on the EU/EEA flag).",
    ),
)

SHORTAGE_KINDS = {
    "restnotering": "restnotering",
    "rest": "restnotering",
    "shortage": "restnotering",
    "forsaljningsuppehall": "forsaljningsuppehall",
    "försäljningsuppehåll": "forsaljningsuppehall",
    "sales suspension": "forsaljningsuppehall",
}

SHORTAGES = DatasetSpec(
    name="shortages",
    title="Restnoteringar och försäljningsuppehåll (shortages)",
    table="shortages",
    summary="One row per shortage notice (restnotering) or sales suspension "
    "(försäljningsuppehåll), as Läkemedelsverket publishes them.",
    key=("notice_id",),
    columns=(
        Column("notice_id", "id", "the notice's identifier", aliases=("id", "ärende_id")),
        _substance(),
        Column("product_name", "text", "the product's name and strength", aliases=("produkt",)),
        Column(
            "kind",
            "enum",
            "restnotering (cannot be delivered) or forsaljningsuppehall (sales suspended); "
            "'försäljningsuppehåll' is accepted",
            choices=SHORTAGE_KINDS,
            aliases=("typ",),
        ),
        Column("start_date", "date", "first day of the shortage", aliases=("startdatum",)),
        Column(
            "expected_end_date",
            "date",
            "expected last day; empty if not known",
            required=False,
            nullable=True,
            aliases=("beräknat_slutdatum",),
        ),
        Column(
            "resolved_date",
            "date",
            "the day it ended; empty while the shortage is active",
            required=False,
            nullable=True,
            aliases=("avslutad",),
        ),
        Column(
            "updated_on", "date", "the day the notice was last updated", aliases=("uppdaterad",)
        ),
    ),
    row_rules=(
        RowRule(
            "expected_end_date",
            "a date on or after start_date",
            _ordered("start_date", "expected_end_date"),
        ),
        RowRule(
            "resolved_date",
            "a date on or after start_date",
            _ordered("start_date", "resolved_date"),
        ),
    ),
    notes=("A notice replaces the stored notice with the same notice_id.",),
)

GRANT_USE = DatasetSpec(
    name="grant-use",
    title="Användning av statsbidrag (grant use)",
    table="grant_use",
    summary="What each region (or SKR) reports it used of a grant, per year and purpose.",
    key=("instrument_id", "region", "year", "purpose"),
    columns=(
        _instrument(),
        _recipient(),
        _year("the year the money was used"),
        Column(
            "purpose", "text", "what it was used for, in the region's words", aliases=("ändamål",)
        ),
        _sek("used_sek", "money used", aliases=("använt_sek", "belopp_sek")),
    ),
    notes=(
        "The recipient must fit the instrument: SKR for an instrument to SKR, a region for an "
        "instrument to the regions.",
    ),
)

POPULATIONS = DatasetSpec(
    name="populations",
    title="Folkmängd per region (populations)",
    table="region_population",
    summary="Population per region on a reference date (folkbokförda), the key for splitting "
    "grants by population.",
    key=("region", "ref_date"),
    columns=(
        _region(),
        Column("ref_date", "date", "the date the population was counted", aliases=("datum",)),
        Column(
            "population",
            "int",
            "people registered in the region",
            unit="people",
            above=0,
            aliases=("folkmängd", "befolkning"),
        ),
        Column(
            "source", "text", "where the figure comes from, e.g. SCB BE0101", aliases=("källa",)
        ),
    ),
)

CATEGORIES = {
    "medicine": "medicine",
    "läkemedel": "medicine",
    "device": "device",
    "medicinteknik": "device",
    "medicinteknisk produkt": "device",
    "ppe": "ppe",
    "skyddsutrustning": "ppe",
    "personlig skyddsutrustning": "ppe",
}

SUBSTANCES = DatasetSpec(
    name="substances",
    title="Substanser och produkter (substances)",
    table="substances",
    summary="The products the dashboard follows: medicines (by active substance), medical "
    "devices and protective equipment.",
    key=("substance_id",),
    columns=(
        Column(
            "substance_id",
            "id",
            "stable key: the ATC code for a medicine (N01AX10), your own code otherwise (MT-0001)",
            aliases=("substans_id",),
        ),
        Column("name_sv", "text", "Swedish name", aliases=("namn", "namn_sv")),
        Column(
            "name_en",
            "text",
            "English name; empty = the Swedish name",
            nullable=True,
            aliases=("namn_en",),
        ),
        Column(
            "atc_code",
            "id",
            "ATC code, level 5 (7 characters); empty for devices and protective equipment",
            required=False,
            nullable=True,
            pattern=ATC_L5,
            upper_case=True,
            pattern_hint="an ATC level-5 code: letter, 2 digits, 2 letters, 2 digits (N01AX10)",
            aliases=("atc", "atc_kod"),
        ),
        Column(
            "category",
            "enum",
            "medicine, device or ppe (läkemedel, medicinteknik, skyddsutrustning accepted)",
            choices=CATEGORIES,
            aliases=("kategori",),
        ),
    ),
    notes=(
        "atc_l4 (the group of treatment alternatives) is derived: the first five characters "
        "of atc_code.",
        "A row replaces the stored substance with the same substance_id; substances are "
        "never deleted by a load.",
    ),
)

RECIPIENTS = {"regions": "regions", "regionerna": "regions", "regioner": "regions", "skr": "skr"}
DISTRIBUTION_KEYS = {
    "population": "population",
    "befolkning": "population",
    "fixed": "fixed",
    "fast": "fixed",
    "application": "application",
    "ansökan": "application",
}


def _optional_date(name: str, description: str) -> Column:
    return Column(name, "date", description, required=False, nullable=True)


GRANT_INSTRUMENTS = DatasetSpec(
    name="grant-instruments",
    title="Statliga bidrag och överenskommelser (grant instruments)",
    table="grant_instruments",
    summary="One row per agreement or grant: who gets it, how much, how it is split, and its "
    "deadlines.",
    key=("instrument_id",),
    columns=(
        Column("instrument_id", "id", "stable key, e.g. ok2024_lakemedel"),
        Column("name_sv", "text", "Swedish name"),
        Column("name_en", "text", "English name"),
        _year("the year the instrument belongs to"),
        Column("recipient", "enum", "regions or skr", choices=RECIPIENTS, aliases=("mottagare",)),
        _sek("total_sek", "the whole amount"),
        Column(
            "distribution_key",
            "enum",
            "how it is split: population (by population share), fixed, application",
            choices=DISTRIBUTION_KEYS,
            aliases=("fördelning",),
        ),
        _optional_date("population_ref_date", "population date of the split (population only)"),
        _optional_date("requisition_deadline", "last day to requisition the money"),
        _optional_date("usage_start", "first day the money may be used"),
        _optional_date("usage_end", "last day the money may be used"),
        _optional_date("repayment_deadline", "last day to repay unused money"),
        _optional_date("report_deadline", "last day to report the use"),
        Column("source_document", "text", "the agreement or decision, e.g. S2023/03183"),
    ),
    row_rules=(
        RowRule(
            "population_ref_date",
            "a date when distribution_key is population",
            lambda r: (
                r.get("distribution_key") != "population"
                or r.get("population_ref_date") is not None
            ),
        ),
        RowRule(
            "usage_end", "a date on or after usage_start", _ordered("usage_start", "usage_end")
        ),
    ),
    notes=("An instrument replaces the stored one with the same instrument_id.",),
)

BASES = {
    "published": "published",
    "publicerad": "published",
    "computed": "computed",
    "beräknad": "computed",
}

GRANT_ALLOCATIONS = DatasetSpec(
    name="grant-allocations",
    title="Fördelning av bidrag (grant allocations)",
    table="grant_allocations",
    summary="How much of an instrument each recipient is allotted.",
    key=("instrument_id", "region"),
    columns=(
        _instrument(),
        _recipient(),
        _sek("allocated_sek", "the amount allotted", aliases=("belopp_sek",)),
        Column(
            "basis",
            "enum",
            "published (as in the agreement) or computed; empty = published",
            choices=BASES,
            required=False,
            nullable=True,
            default="published",
        ),
    ),
    notes=(
        "After the load, an instrument's allocations may not sum to more than its total_sek; "
        "a smaller sum is reported as a warning (and by `beredskap check` as a problem).",
        "The recipient must fit the instrument (SKR or a region).",
    ),
)

GRANT_REQUISITIONS = DatasetSpec(
    name="grant-requisitions",
    title="Rekvisitioner (grant requisitions)",
    table="grant_requisitions",
    summary="Money a recipient requisitioned from Kammarkollegiet, per date.",
    key=("instrument_id", "region", "requisitioned_on"),
    columns=(
        _instrument(),
        _recipient(),
        Column("requisitioned_on", "date", "the day of the requisition", aliases=("datum",)),
        _sek("amount_sek", "the amount requisitioned", aliases=("belopp_sek",)),
    ),
    notes=("The recipient must fit the instrument (SKR or a region).",),
)

GRANT_REPAYMENTS = DatasetSpec(
    name="grant-repayments",
    title="Återbetalningar (grant repayments)",
    table="grant_repayments",
    summary="Unused money a recipient paid back, per date.",
    key=("instrument_id", "region", "repaid_on"),
    columns=(
        _instrument(),
        _recipient(),
        Column("repaid_on", "date", "the day of the repayment", aliases=("datum",)),
        _sek("amount_sek", "the amount repaid", aliases=("belopp_sek",)),
    ),
    notes=("The recipient must fit the instrument (SKR or a region).",),
)

REPORTS = DatasetSpec(
    name="reports",
    title="Rapporter (reports)",
    table="reports",
    summary="A report a recipient owes: what, by when, and when it was submitted. A report "
    "deadline is judged from this data set (done once submitted), never from grant use.",
    key=("report_id", "region"),
    columns=(
        Column(
            "report_id",
            "id",
            "the report, the same for every recipient that owes it",
            aliases=("rapport_id",),
        ),
        Column(
            "instrument_id",
            "instrument",
            "the agreement that asks for the report, as in grant_instruments; empty = none",
            required=False,
            nullable=True,
            aliases=("instrument", "bidrag_id"),
        ),
        _recipient(),
        Column(
            "report_name",
            "text",
            "what the report is, e.g. 'Slutredovisning 2024 till Socialstyrelsen'",
            aliases=("rapport", "report"),
        ),
        Column("due_date", "date", "the last day to submit it", aliases=("sista_dag",)),
        _optional_date("submitted_on", "the day it was submitted; empty = not submitted"),
        Column(
            "link",
            "text",
            "where the report can be read",
            required=False,
            nullable=True,
            aliases=("länk", "url"),
        ),
    ),
    consistent={"report_id": ("instrument_id", "report_name", "due_date")},
    notes=(
        "A row replaces the stored row with the same report_id and recipient (a later file "
        "with the submission date fills it in).",
        "The report deadline of an instrument (report_deadline) is judged from the row with "
        "the same instrument, recipient and due date.",
    ),
)

ASSIGNMENT_REPORT_KINDS = {
    "monthly": "monthly",
    "månadsvis": "monthly",
    "partial": "partial",
    "delredovisning": "partial",
    "final": "final",
    "slutredovisning": "final",
    "report": "report",
    "redovisning": "report",
}
DUE_PRECISIONS = {"day": "day", "dag": "day", "month": "month", "månad": "month"}

ASSIGNMENTS = DatasetSpec(
    name="assignments",
    title="Regeringsuppdrag (government assignments)",
    table="assignments",
    summary="The government's assignments and every reporting date they set, one row per "
    "assignment and reporting date; shown with the grant deadlines on one timeline.",
    key=("assignment_id", "report_due"),
    columns=(
        Column("assignment_id", "id", "the assignment", aliases=("uppdrag_id",)),
        Column("title_sv", "text", "the assignment's title in Swedish", aliases=("titel",)),
        Column("title_en", "text", "the assignment's title in English"),
        Column("responsible", "text", "the agency or agencies responsible", aliases=("ansvarig",)),
        _optional_date("given_on", "the day the assignment was given; empty = not known"),
        Column(
            "report_due",
            "date",
            "the reporting date (a month: its last day)",
            aliases=("redovisas_senast",),
        ),
        Column(
            "due_precision",
            "enum",
            "day, or month when only the month is set (e.g. monthly reports); empty = day",
            choices=DUE_PRECISIONS,
            required=False,
            nullable=True,
            default="day",
        ),
        Column(
            "report_kind",
            "enum",
            "monthly, partial (delredovisning), final (slutredovisning) or report",
            choices=ASSIGNMENT_REPORT_KINDS,
            aliases=("typ",),
        ),
        _optional_date("submitted_on", "the day it was reported; empty = not known"),
        Column("source", "text", "the government decision or press release", aliases=("källa",)),
    ),
    consistent={"assignment_id": ("title_sv", "title_en", "responsible", "given_on", "source")},
    notes=("A row replaces the stored row with the same assignment_id and report_due.",),
)

COST_KINDS = {
    "actual": "actual",
    "utfall": "actual",
    "planned": "planned",
    "plan": "planned",
    "planerad": "planned",
    "budget": "planned",
}
COST_CATEGORIES = {
    "medicines": "medicines",
    "läkemedel": "medicines",
    "devices": "devices",
    "medicinteknik": "devices",
    "ppe": "ppe",
    "skyddsutrustning": "ppe",
    "storage": "storage",
    "lager": "storage",
    "lagerhållning": "storage",
    "staff": "staff",
    "personal": "staff",
    "other": "other",
    "övrigt": "other",
}

REGION_COSTS = DatasetSpec(
    name="region-costs",
    title="Regionernas egna kostnader (region costs)",
    table="region_costs",
    summary="What a region spends (actual) or plans to spend (planned) on supply preparedness "
    "itself, per year and category.",
    key=("region", "year", "kind", "category"),
    columns=(
        _region(),
        _year("the year of the cost"),
        Column(
            "kind",
            "enum",
            "actual (utfall) or planned (plan, budget)",
            choices=COST_KINDS,
            aliases=("typ",),
        ),
        Column(
            "category",
            "enum",
            "medicines, devices, ppe, storage, staff or other (Swedish names accepted)",
            choices=COST_CATEGORIES,
            aliases=("kategori",),
        ),
        _sek("cost_sek", "the cost", aliases=("kostnad_sek", "belopp_sek")),
    ),
)

SUPPLY_SYSTEMS = DatasetSpec(
    name="supply-systems",
    title="Regionernas försörjningssystem (supply systems)",
    table="region_supply_systems",
    summary="The systems a region uses to secure supply (own stock, contracted stock, hospital "
    "pharmacy, ...).",
    key=("region", "system_name"),
    columns=(
        _region(),
        Column("system_name", "text", "the system's name in the region", aliases=("system",)),
        Column(
            "system_kind",
            "id",
            "a short lower-case kind, e.g. own_stock, contracted_stock, hospital_pharmacy",
            pattern=r"[a-z][a-z0-9_]*",
            pattern_hint="lower-case letters, digits and '_' (e.g. own_stock)",
            aliases=("typ",),
        ),
        Column(
            "description",
            "text",
            "what the system does",
            aliases=("beskrivning",),
            multiline=True,
        ),
    ),
)

PRIORITY_LIST = DatasetSpec(
    name="priority-list",
    title="Prioriteringslista (priority list)",
    table="priority_list_items",
    summary="The substances on a version of Socialstyrelsen's priority list, one row per "
    "substance; the list's details may be given on each row.",
    key=("list_version", "substance_id"),
    columns=(
        Column("list_version", "id", "the list's version, e.g. S2022/04550", aliases=("version",)),
        _substance(),
        Column(
            "title",
            "text",
            "the list's title; needed for a list not yet in the database",
            required=False,
            nullable=True,
        ),
        Column(
            "published_on",
            "date",
            "the day the list was published; needed for a new list",
            required=False,
            nullable=True,
        ),
        Column(
            "is_current",
            "bool",
            "this version is the one in force; empty = false for a new list",
            required=False,
            nullable=True,
        ),
        Column(
            "source",
            "text",
            "where the list comes from; empty = the file name",
            required=False,
            nullable=True,
        ),
    ),
    consistent={"list_version": ("title", "published_on", "is_current", "source")},
    notes=(
        "A list named in the file gets exactly the substances the file lists for it.",
        "Marking a list is_current makes every other list not current.",
    ),
)

DISRUPTION_KINDS = {
    "country": "country",
    "land": "country",
    "country_group": "country_group",
    "landgrupp": "country_group",
    "company": "company",
    "företag": "company",
    "site": "site",
    "tillverkningsställe": "site",
    "region_stock": "region_stock",
    "regionlager": "region_stock",
    "demand": "demand",
    "efterfrågan": "demand",
}

SCENARIOS = DatasetSpec(
    name="scenarios",
    title="Störningsscenarier (disruption scenarios)",
    table="scenarios",
    summary="One row per disruption of a named scenario: a country, a country group, a company "
    "or a site stops delivering, a region loses a share of its stock, or consumption rises by a "
    "factor (demand), from a start date for a number of days. Fills scenarios and "
    "scenario_disruptions; the scenario page saves with the same code.",
    key=("scenario_id", "kind", "target", "start_date"),
    columns=(
        Column(
            "scenario_id",
            "id",
            "the scenario's stable identifier, used in links (?scenario=...)",
            pattern=SCENARIO_ID_PATTERN,
            pattern_hint="letters, digits, '-', '_' or '.', at most 64, e.g. indien-90-dagar",
            aliases=("scenario", "scenario_kod"),
        ),
        Column("name", "text", "the scenario's name, shown on the page", aliases=("namn",)),
        Column(
            "description",
            "text",
            "what the scenario is about; empty = none",
            required=False,
            nullable=True,
            default="",
            aliases=("beskrivning",),
            multiline=True,
        ),
        Column(
            "kind",
            "enum",
            "what stops: country, country_group, company, site, region_stock (a region "
            "loses a share of its stock), or demand (consumption rises by factor); Swedish "
            "names accepted",
            choices=DISRUPTION_KINDS,
            aliases=("typ", "störning"),
        ),
        Column(
            "target",
            "id",
            "what is hit: an ISO alpha-2 country code (country), non_eu_eea, eu_eea, nordic or "
            "non_nordic (country_group), a company_id (company), a site_id (site), a region "
            "code or name (region_stock), all, medicine, device, ppe or the start of an ATC "
            "code such as J01 (demand)",
            aliases=("mål", "vad"),
        ),
        Column(
            "start_date", "date", "the first day of the disruption", aliases=("startdatum", "start")
        ),
        Column(
            "duration_days",
            "int",
            "how long it lasts; 0 changes nothing",
            unit="days",
            minimum=0,
            maximum=MAX_DURATION_DAYS,
            aliases=("dagar", "varaktighet_dagar", "days"),
        ),
        Column(
            "share",
            "number",
            "region_stock: the share of the region's stock lost on the start day; must be "
            "empty or 1 for the other kinds (their sites stop completely); empty = 1",
            unit="0..1",
            minimum=0,
            maximum=1,
            required=False,
            nullable=True,
            default=1.0,
            aliases=("andel",),
        ),
        Column(
            "factor",
            "number",
            "demand: normal consumption is multiplied by this from the start date for the "
            "duration (1.5 = half as much again); must be empty or 1 for the other kinds; "
            "empty = 1",
            unit="x",
            minimum=1,
            maximum=MAX_DEMAND_FACTOR,
            required=False,
            nullable=True,
            default=1.0,
            aliases=("faktor", "efterfrågefaktor"),
        ),
    ),
    row_rules=(
        RowRule(
            "share",
            "1 or empty: only region_stock loses a share; sites stop completely",
            lambda r: r.get("kind") == "region_stock" or r.get("share") in (None, 1.0),
        ),
        RowRule(
            "factor",
            "1 or empty: only a demand rise has a factor",
            lambda r: r.get("kind") == "demand" or r.get("factor") in (None, 1.0),
        ),
    ),
    consistent={"scenario_id": ("name", "description")},
    refreshes_derived=False,
    notes=(
        "A scenario named in the file gets exactly the disruptions the file lists for it, in "
        "the file's order; scenarios not in the file are kept.",
        "The target is checked against the database for its kind: country codes against "
        "countries, company ids against companies, site ids against sites, regions against "
        "regions, and the four country groups; a demand target is all, a category or the "
        "start of an item's ATC code.",
        "The example scenarios of the demo (is_example) cannot be replaced by a load: give "
        "your scenario another scenario_id.",
        "A scenario keeps the created_at of its first load; a loaded scenario is not an example.",
    ),
)

DATASETS: dict[str, DatasetSpec] = {
    spec.name: spec
    for spec in (
        STOCK,
        SITES,
        COUNTRY_GROUPS_SPEC,
        COMPANY_SERVICES,
        SHORTAGES,
        GRANT_USE,
        POPULATIONS,
        SUBSTANCES,
        GRANT_INSTRUMENTS,
        GRANT_ALLOCATIONS,
        GRANT_REQUISITIONS,
        GRANT_REPAYMENTS,
        REPORTS,
        ASSIGNMENTS,
        REGION_COSTS,
        SUPPLY_SYSTEMS,
        PRIORITY_LIST,
        SCENARIOS,
    )
}

KIND_FORMATS: dict[str, str] = {
    # the short name docs/datasets.md uses; its "Formats" section explains each
    "text": "text",
    "id": "identifier",
    "date": "date",
    "int": "whole number",
    "number": "number",
    "bool": "yes/no",
    "enum": "choice",
    "region": "region",
    "recipient": "region or SKR",
    "country": "country code",
    "substance": "substance_id",
    "instrument": "instrument_id",
}


def describe_range(column: Column) -> str:
    """The column's allowed values in words, for errors and docs."""
    if column.choices:
        return "one of: " + ", ".join(dict.fromkeys(column.choices.values()))
    parts = []
    if column.above is not None:
        parts.append(f"> {column.above:g}")
    if column.minimum is not None and column.maximum is not None:
        parts.append(f"{column.minimum:g} to {column.maximum:g}")
    elif column.minimum is not None:
        parts.append(f">= {column.minimum:g}")
    elif column.maximum is not None:
        parts.append(f"<= {column.maximum:g}")
    return ", ".join(parts)


def columns_markdown(spec: DatasetSpec) -> str:
    """The column table of docs/datasets.md for one data set (the docs test compares it)."""
    lines = [
        "| column | required | format | unit | allowed values | meaning | other header names |",
        "|---|---|---|---|---|---|---|",
    ]
    for c in spec.columns:
        required = "yes" if c.required and not c.nullable else ("column" if c.required else "no")
        allowed = describe_range(c)
        if c.choices:
            others = [k for k in c.choices if k not in c.choices.values()]
            if others:
                allowed += f" (also: {', '.join(others)})"
        lines.append(
            f"| `{c.name}` | {required} | {KIND_FORMATS[c.kind]} | {c.unit} | {allowed} | "
            f"{c.description} | {', '.join(c.aliases)} |"
        )
    return "\n".join(lines)
