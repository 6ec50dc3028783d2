"""English source and licence texts of the data sets the demo build writes (Om data).

data_sources stores them in Swedish (demo.py); a file loaded later brings its own text, which is
shown as it is. Keyed by (dataset, provenance): `substances` is both real and synthetic.
"""

from __future__ import annotations

SYNTHETIC = "SYNTHETIC DEMO DATA (generated), not real records."
SYNTHETIC_LICENCE = "CC0: synthetic demo data, free to use"
PUBLIC_DOCUMENT = "Public document, not protected by copyright (Swedish Copyright Act 1:9)"
SCB = "CC0 (Statistics Sweden open data); credit: SCB"

SOURCES_EN: dict[tuple[str, str], tuple[str, str]] = {
    ("regions", "real"): (
        "Statistics Sweden (SCB), digital borders (generalised county borders), reprojected to "
        "WGS84; data/reference/se_regions.geojson", SCB),
    ("populations", "real"): (
        "SCB BE0101. 2023: 20 counties copied from a public source, Gotland derived from the "
        "national total 10,551,707; 2019: summed from SCB's population2019.csv (national total "
        "10,327,589). The population of August 2023, by which the 2024 agreement allocates, is "
        "not here.", SCB),
    ("countries", "real"): (
        "Natural Earth admin-0 countries 1:50m; Swedish names from Unicode CLDR (Babel)",
        "Public domain (Natural Earth); CLDR: Unicode License"),
    ("country-groups", "real"): (
        "The EU treaties and the EEA agreement (weight 0); close partners (weight 0.5): countries "
        "whose GMP inspections of medicines the EU recognises mutually (MRA with CH, US, CA, JP, "
        "AU, NZ; EU–UK TCA; EU–Israel ACAA). The weight 0.5 is the project's judgement; other "
        "countries count as distant (weight 1). data/reference/country_groups.csv",
        "Facts, no licence needed"),
    ("atc-groups", "real"): (
        "ATC index recoded with EMA SPOR RMS (hl7-eu/unicom-ig); ATC © WHO Collaborating Centre "
        "for Drug Statistics Methodology, not the official ATC/DDD index",
        "CC0 (the recoding); ATC: WHOCC"),
    ("substances", "real"): (
        "EMA/HMA/EC Union list of critical medicines v2.1 (EMA/4040/2026, 2026-01-19): ATC codes "
        "as listed, substance names in Swedish form (data/reference/substance_names.csv); "
        "substance_id = the substance's first ATC code",
        "EMA content, reuse with credit to the source"),
    ("substances", "synthetic"): (
        f"{SYNTHETIC} Generic items (MT-, PSU-) needed to give the medicines.", SYNTHETIC_LICENCE),
    ("priority-list", "synthetic"): (
        "Versions, headings and dates: the National Board of Health and Welfare S2022/01940 and "
        "S2022/04550 (2023-05-12). The contents are a STAND-IN, not the Board's list: the EU "
        "list's medicines except vaccines plus synthetic products; the 2022 list a selection "
        "from ATC groups.", "See the sources"),
    ("sites", "synthetic"): (
        f"{SYNTHETIC} Made-up company names; real cities with a position jittered ±0.05°, no "
        "towns known for a single real plant. Patented biologics have one company as source; "
        "insulin is made (also) in Denmark and radiopharmaceuticals in Norway.",
        SYNTHETIC_LICENCE),
    ("company-services", "synthetic"): (
        f"{SYNTHETIC} Made-up service companies (distribution, sterilisation, ordering IT, "
        "transport, servicing of medical devices) and some manufacturers that also distribute.",
        SYNTHETIC_LICENCE),
    ("stock", "synthetic"): (SYNTHETIC, SYNTHETIC_LICENCE),
    ("shortages", "synthetic"): (
        f"{SYNTHETIC} Real substance names, made-up products and dates.", SYNTHETIC_LICENCE),
    ("grant-instruments", "real"): (
        "Agreement on supply preparedness for medicines 2024 between the state and SKR "
        "(sections 1.1, 3, 4 and 5) and the press release on the 2023 supplementary agreement. "
        "The population key is stated for 2024 and assumed for earlier years. The state grant "
        "under ordinance (2023:489) is missing: its amounts are unknown.", PUBLIC_DOCUMENT),
    ("grant-allocations", "computed"): (
        "COMPUTED (not real amounts per region): real totals divided by population share "
        "(largest remainder) with SCB's population 2019-12-31 (2018–2021) and 2023-12-31 "
        "(2022–) as key. The 2024 agreement allocates by the population of August 2023 "
        "(annex 1), which is not here; for the years before 2024 the key is assumed. SKR's "
        "amount as published.", PUBLIC_DOCUMENT),
    ("grant-requisitions", "synthetic"): (SYNTHETIC, SYNTHETIC_LICENCE),
    ("grant-use", "synthetic"): (SYNTHETIC, SYNTHETIC_LICENCE),
    ("grant-repayments", "synthetic"): (SYNTHETIC, SYNTHETIC_LICENCE),
    ("reports", "synthetic"): (
        "Report, recipient and deadline real: the 2024 agreement between the state and SKR, "
        "sections 2.1 (SKR's report by 2024-12-31) and 4.1 (the regions' final report to the "
        "National Board of Health and Welfare by 2025-10-01). The submission dates are "
        f"{SYNTHETIC}", SYNTHETIC_LICENCE),
    ("assignments", "real"): (
        "The government assignments in the sources (seed 000: manufacturing preparedness, "
        "reports 2025-01-15, 2026-01-15 and final report 2027-01-15; seed 001: the National "
        "Board of Health and Welfare's survey, report 2022-12-01; seed 002: the Medical Products "
        "Agency's coordination 2020, monthly March–June 2020 and final report 2020-12-15). The "
        "day each was given and whether it was reported are not in the sources and left "
        "empty.", PUBLIC_DOCUMENT),
    ("region-costs", "synthetic"): (SYNTHETIC, SYNTHETIC_LICENCE),
    ("supply-systems", "synthetic"): (SYNTHETIC, SYNTHETIC_LICENCE),
    ("scenarios", "synthetic"): (
        f"{SYNTHETIC} Three made-up scenarios (India, everything outside the EU/EEA, the "
        "largest API maker) to start from on the Scenarios page.", SYNTHETIC_LICENCE),
}  # fmt: skip


def source_and_licence(
    dataset: str, provenance: str, built: bool, source: str, licence: str, lang: str
) -> tuple[str, str]:
    """A data set's source and licence in `lang`: English for the demo build's own data sets
    (`built`: no file was loaded), else the stored text (Swedish, or the loaded file's own)."""
    if lang == "en" and built and (dataset, provenance) in SOURCES_EN:
        return SOURCES_EN[dataset, provenance]
    return source, licence
