"""Every text the app shows, in Swedish (the default) and English, by key.

Code uses keys, never sentences: `t("coverage.title")`. Placeholders are str.format fields
(`{date}`); the caller formats numbers and dates with `fmt` first. A test checks that both tables
have the same keys and that every `t("...")` used in the code exists.

Counts in sentences: a field followed by `:?one|other` picks the word by the count, so a text
reads "{n} {n:?land|länder}" and gives "1 land", "2 länder", "0 länder" (Swedish and English
both have one form for exactly 1 and another for every other count). The field may be the count
or the count already formatted by `fmt.integer` ("1 234").
"""

from __future__ import annotations

import re
import string

from dash_beredskap.ui.state import language
from dash_beredskap.ui.texts import access as texts_access
from dash_beredskap.ui.texts import coverage as texts_coverage
from dash_beredskap.ui.texts import downloads as texts_downloads
from dash_beredskap.ui.texts import grants as texts_grants
from dash_beredskap.ui.texts import presentation as texts_presentation
from dash_beredskap.ui.texts import public_supply as texts_public_supply
from dash_beredskap.ui.texts import scenarios as texts_scenarios
from dash_beredskap.ui.texts import supply as texts_supply

SV: dict[str, str] = {
    # ------------------------------------------------------------------ shell
    "app.name": "Beredskapsläget",
    "sidebar.language": "Språk · Language",
    "sidebar.demo_note": "Databasen innehåller syntetiska demodata. Se sidan Om data.",
    "sidebar.db_info": "Databas {file}, ändrad {date} · schemaversion {version}",
    "nav.section.situation": "Läget",
    "nav.section.supply": "Var tillverkas de?",
    "nav.section.coverage": "Har regionerna lager?",
    "nav.section.grants": "Vart gick pengarna?",
    "nav.section.what_if": "Tänk om …",
    "nav.section.about": "Om",
    "badge.demo": "Demodata",
    "badge.help": "Siffran bygger på syntetiska data som genererats för demonstration, "
    "inte på verkliga uppgifter.",
    "common.source": "Källa: {source}",
    "common.yes": "Ja",
    "common.no": "Nej",
    "common.choose_many": "Välj en eller flera",
    "common.choose_one": "Välj",
    "unit.percent_points": "procentenheter",
    "unit.mnkr_axis": "mnkr",
    "error.db_missing.title": "Databasfilen saknas",
    "error.db_missing.body": "Appen hittar ingen databas på `{path}`. Bygg demodatabasen "
    "med kommandot nedan och ladda om sidan (eller peka ut en annan fil med "
    "miljövariabeln `BEREDSKAP_DB`).",
    "error.db_schema.title": "Databasfilen har fel schemaversion",
    "error.db_schema.body": "Filen `{path}` är skriven av en annan version av appen "
    "(appen behöver schemaversion {version}). Bygg om den med kommandot nedan, eller läs "
    "in era data på nytt med den här versionens `beredskap load`.",
    "error.detail": "Teknisk detalj: {detail}",
    # ------------------------------------------------------------------ shared figures
    "coverage.no_report": "ingen rapport",
    "coverage.hover_region": "{region}<br>{share} av listan för 30 dagar<br>"
    "{n_meeting} av {n_priority} {n_priority:?post|poster}",
    "coverage.hover_national": "{date}<br>{share} av listan för 30 dagar<br>"
    "{n_meeting} av {n_pairs} (region, post)-par",
    "shortage.restnotering": "Restnotering",
    "shortage.sales": "Försäljningsuppehåll",
    # ------------------------------------------------------------------ Lägesbild
    "overview.title": "Lägesbild",
    "overview.no_snapshot": "Databasen har ännu inga lagerrapporter. Läs in lagerdata med "
    "`beredskap load stock` eller bygg demodatabasen med `beredskap build-demo`.",
    "overview.as_of": "Läget enligt den senaste lagerrapporten, {date}.",
    "overview.coverage.label": "Lager ≥ 30 dagar, riket",
    "overview.coverage.help": "Andelen av alla par (region, post på prioriteringslistan) där "
    "regionens lager räcker minst 30 dagar vid normal förbrukning. Varje region räknas med sin "
    "senaste rapport per post, högst 92 dagar gammal; en post utan sådan rapport räknas som ej "
    "uppfylld. Listans mål gäller läkemedel och medicintekniska "
    "produkter; skyddsutrustning visas för sig på Täckning. Ingen förbrukning och inget lager "
    "räknas inte som uppfyllt.",
    "overview.coverage.sentence": "{n_meeting} av {n_pairs} par (region, post) når målet om "
    "en månads förbrukning. Förändringen jämförs med {prev}.",
    "overview.coverage.sentence_no_prev": "{n_meeting} av {n_pairs} par (region, post) når "
    "målet om en månads förbrukning. Det finns ingen rapport ett år tidigare att jämföra med.",
    "overview.coverage.link": "Täckning per region",
    "overview.supply.label": "API från ett enda land",
    "overview.supply.sentence": "av {n_known} {n_known:?substans|substanser} på "
    "prioriteringslistan med kända "
    "tillverkningsställen för aktiv substans (API) har alla i ett och samma land. Listan har "
    "{n_priority} {n_priority:?post|poster}.",
    "overview.supply.link": "Var tillverkas de?",
    "overview.grants.allocated": "Statsbidrag tilldelade",
    "overview.grants.used": "Använt hittills",
    "overview.grants.sentence": "{share} av de tilldelade medlen till regionerna och SKR är "
    "använda; {repaid} har betalats tillbaka.",
    "overview.grants.link": "Statsbidragen i detalj",
    "overview.shortages.label": "Aktiva restnoteringar",
    "overview.shortages.sentence": "Därav {n_sales} försäljningsuppehåll; {n_priority} gäller "
    "substanser på prioriteringslistan. Aktiv: startad senast {date} och inte löst då.",
    "overview.shortages.source": "Läkemedelsverkets restnoteringar (`shortages`; aktiv den "
    "senaste rapportdagen: "
    "startdatum ≤ dagen och löst efter dagen eller inte alls)",
    "overview.shortages.link": "Se aktiva restnoteringar",
    "overview.regions.title": "Täckning per region",
    "overview.regions.sentence": "Andel av prioriteringslistan som varje region har i lager för "
    "minst 30 dagar, {date}. Grå stapel: ingen rapport från regionen de senaste 92 dagarna.",
    # ------------------------------------------------------------------ Tillverkning
    "manufacturing.title": "Tillverkning",
    "manufacturing.intro": "Var tillverkas den aktiva substansen (API) i läkemedlen på "
    "prioriteringslistan? **{n_single}** av {n_known} {n_known:?substans|substanser} med kända "
    "tillverkningsställen tillverkas i ett enda land (listan har {n_priority} "
    "{n_priority:?post|poster}).",
    "manufacturing.shortages.title": "Aktiva restnoteringar och försäljningsuppehåll",
    "manufacturing.shortages.sentence": "{n} {n:?aktiv notis|aktiva notiser} den {date}, varav "
    "{n_priority} "
    "för substanser på prioriteringslistan.",
    # ------------------------------------------------------------------ Täckning
    "coverage.title": "Täckning",
    "coverage.date_label": "Lagerrapport",
    "coverage.table.title": "Tabell och nedladdning",
    # ------------------------------------------------------------------ Statsbidrag
    "grants.title": "Statsbidrag",
    # ------------------------------------------------------------------ Om data
    "about.title": "Om data",
    "about.intro": "Allt som visas kommer från en DuckDB-fil som bara kommandot `beredskap` "
    "skriver till. Verkliga offentliga uppgifter, uppgifter beräknade ur dem och syntetiska "
    "demodata hålls isär och redovisas nedan.",
    "about.sources.title": "Datamängder",
    "about.sources.sentence": "En rad per inläsning. **Syntetiska** datamängder är genererade "
    "för demonstration och visar aldrig verkliga förhållanden; siffror från dem märks "
    "Demodata i appen. **Beräknade** datamängder är härledda ur verkliga uppgifter med en "
    "regel som källkolumnen anger (t.ex. medel per region = verkligt totalbelopp × "
    "befolkningsandel på ett angivet datum); de är inte publicerade belopp och märks Beräknat.",
    "about.kind.synthetic": "Syntetisk (demo)",
    "about.kind.computed": "Beräknad",
    "about.kind.real": "Verklig",
    "about.schema.title": "Schemaversion",
    "about.schema.sentence": "Filen {file} har schemaversion **{version}** (skapad {created}).",
    "about.views.title": "Publika vyer",
    "about.views.sentence": "Varje siffra i appen kommer från en namngiven vy. En analytiker "
    "får samma siffror direkt med DuckDB, till exempel:",
    "about.view.v_region_coverage": "En rad per lagerrapport (dag × region × substans): "
    "dagar i lager och om 30-dagarsmålet nås.",
    "about.view.v_region_coverage_summary": "En rad per månad och region: andel av "
    "prioriteringslistan i lager för 30 dagar.",
    "about.view.v_national_coverage_summary": "En rad per månad: hela landet, andel av alla "
    "par (region, post).",
    "about.view.v_supply_concentration": "En rad per substans: antal tillverkningsställen och "
    "länder för aktiv substans, HHI, största land och dess andel.",
    "about.view.v_grant_ledger": "En rad per bidrag × år × mottagare: tilldelat, rekvirerat, "
    "använt och återbetalt (kr).",
    "about.view.undocumented": "(saknar beskrivning)",
    "about.dataset.assignments.real": "Regeringsuppdrag och deras redovisningsdatum",
    "about.dataset.atc-groups.real": "ATC-grupper (nivå 1–4) med engelska namn",
    "about.dataset.company-services.synthetic": "Företags tjänster av synnerlig vikt (varor och "
    "tjänster)",
    "about.dataset.countries.real": "Länder med gränser och svenska namn",
    "about.dataset.country-groups.real": "Landgrupper för sårbarhetspoängen (EU/EES, nära partner)",
    "about.dataset.grant-allocations.computed": "Medel per region: BERÄKNADE, inte publicerade",
    "about.dataset.grant-instruments.real": "Statliga medel: överenskommelser och belopp",
    "about.dataset.grant-repayments.synthetic": "Återbetalning av oanvända medel",
    "about.dataset.grant-requisitions.synthetic": "Rekvisitioner till Kammarkollegiet",
    "about.dataset.grant-use.synthetic": "Användning av medlen per år och ändamål",
    "about.dataset.populations.real": "Folkmängd per region 2019-12-31 och 2023-12-31",
    "about.dataset.priority-list.synthetic": "Prioriteringslistor (versioner verkliga, innehåll "
    "ersättning)",
    "about.dataset.region-costs.synthetic": "Regionernas kostnader för försörjningsberedskap, "
    "utfall och plan",
    "about.dataset.regions.real": "Regioner (län) med gränser",
    "about.dataset.reports.synthetic": "Rapporter som överenskommelserna kräver (inlämningsdatum "
    "syntetiska)",
    "about.dataset.scenarios.synthetic": "Exempelscenarier för störningar i försörjningen",
    "about.dataset.shortages.synthetic": "Restnoteringar och försäljningsuppehåll",
    "about.dataset.sites.synthetic": "Företag, tillverkningsställen och vad de tillverkar",
    "about.dataset.stock.synthetic": "Lagersaldo och normalförbrukning per region och månad",
    "about.dataset.substances.real": "Läkemedel i EU:s lista över kritiska läkemedel",
    "about.dataset.substances.synthetic": "Medicintekniska produkter och skyddsutrustning "
    "(syntetiska)",
    "about.dataset.supply-systems.synthetic": "Regionernas system för att säkra försörjningen",
    "about.view.v_company_importance": "En rad per företag: hur många substanser det är enda "
    "eller en av två källor till, och om det är av synnerlig vikt.",
    "about.view.v_national_substance_cover": "En rad per lagerrapport och substans: hela landets "
    "dagar i lager.",
    "about.view.v_priority_cover_monthly": "En rad per månad, region och post på listan: dagar i "
    "lager.",
    "about.view.v_region_coverage_monthly": "En rad per månad, region och substans: dagar i lager "
    "och om målet nås.",
    "about.view.v_region_supply_systems": "En rad per region och system för att säkra "
    "försörjningen.",
    "about.view.v_shortage_notices": "En rad per restnotering eller försäljningsuppehåll, med "
    "substans och datum.",
    "about.view.v_site_map": "En rad per tillverkningsställe: plats, land, företag och vad det "
    "tillverkar.",
    "about.view.v_substance_supply": "En rad per substans: källor per steg, länder, "
    "sårbarhetspoäng och nordisk tillverkning.",
    "about.view.v_treatment_alternatives": "En rad per substans och alternativ i samma ATC-grupp "
    "på nivå 4.",
    "about.caveats.title": "Förbehåll",
    "about.caveats.body": "- **Prioriteringslistan:** Socialstyrelsens prioriteringslista "
    "(S2022/04550, 2023-05-12) finns inte i maskinläsbar form. EU:s förteckning över "
    "kritiska läkemedel (Union list of critical medicines, EMA/HMA/EU-kommissionen) står i "
    "dess ställe.\n"
    "- **Befolkning:** SCB:s folkmängd per län (BE0101). Fördelningen av 2024 års medel "
    "enligt befolkning augusti 2023 beräknas med folkmängden 2023-12-31, eftersom länssiffror "
    "för augusti 2023 inte ingår.\n"
    "- **Aktiv restnotering:** en notis räknas som aktiv den senaste rapportdagen om den "
    "startat senast den dagen och inte lösts (eller lösts först efter dagen).\n"
    "- **Demodata:** tillverkningsställen, företag, lagernivåer, restnoteringar och "
    "användningen av statsbidragen är syntetiska i demodatabasen.",
    # ------------------------------------------------------------------ column headers
    "col.region_code": "Länskod",
    "col.region_name": "Region",
    "col.share_meeting_target": "Andel i lager 30 dagar",
    "col.n_meeting_target": "Poster som når målet",
    "col.n_reported": "Rapporterade poster",
    "col.n_priority": "Poster på listan",
    "col.substance_name": "Substans",
    "col.atc_code": "ATC-kod",
    "col.n_api_sites": "Tillverkningsställen (API)",
    "col.n_api_countries": "Länder (API)",
    "col.hhi_api": "HHI",
    "col.top_api_country": "Största land",
    "col.top_api_country_share": "Största landets andel",
    "col.single_country_api": "Ett enda land",
    "col.product_name": "Produkt",
    "col.shortage_kind": "Typ",
    "col.start_date": "Start",
    "col.expected_end_date": "Beräknat slut",
    "col.is_on_priority_list": "På prioriteringslistan",
    "col.instrument_name": "Överenskommelse eller bidrag",
    "col.instrument_year": "År",
    "col.year": "År",
    "col.allocated_sek": "Tilldelat",
    "col.requisitioned_sek": "Rekvirerat",
    "col.used_sek": "Använt",
    "col.repaid_sek": "Återbetalt",
    "col.data_kind": "Slag",
    "col.dataset": "Datamängd",
    "col.title": "Innehåll",
    "col.source": "Källa",
    "col.licence": "Licens",
    "col.loaded_at": "Inläst",
    "col.n_rows": "Rader",
    "col.view": "Vy",
    "col.purpose": "Innehåll",
}

EN: dict[str, str] = {
    # ------------------------------------------------------------------ shell
    "app.name": "Beredskapsläget",
    "sidebar.language": "Language · Språk",
    "sidebar.demo_note": "The database holds synthetic demo data. See the page About the data.",
    "sidebar.db_info": "Database {file}, modified {date} · schema version {version}",
    "nav.section.situation": "Situation",
    "nav.section.supply": "Where are they made?",
    "nav.section.coverage": "Are the regions covered?",
    "nav.section.grants": "Where did the money go?",
    "nav.section.what_if": "What if …",
    "nav.section.about": "About",
    "badge.demo": "Demo data",
    "badge.help": "This figure is built from synthetic data generated for demonstration, "
    "not from real records.",
    "common.source": "Source: {source}",
    "common.yes": "Yes",
    "common.no": "No",
    "common.choose_many": "Choose one or more",
    "common.choose_one": "Choose",
    "unit.percent_points": "percentage points",
    "unit.mnkr_axis": "MSEK",
    "error.db_missing.title": "The database file is missing",
    "error.db_missing.body": "The app finds no database at `{path}`. Build the demo database "
    "with the command below and reload the page (or point to another file with the "
    "environment variable `BEREDSKAP_DB`).",
    "error.db_schema.title": "The database file has the wrong schema version",
    "error.db_schema.body": "The file `{path}` was written by another version of the app "
    "(this app needs schema version {version}). Rebuild it with the command below, or load "
    "your data again with this version's `beredskap load`.",
    "error.detail": "Technical detail: {detail}",
    # ------------------------------------------------------------------ shared figures
    "coverage.no_report": "no report",
    "coverage.hover_region": "{region}<br>{share} of the list for 30 days<br>"
    "{n_meeting} of {n_priority} {n_priority:?item|items}",
    "coverage.hover_national": "{date}<br>{share} of the list for 30 days<br>"
    "{n_meeting} of {n_pairs} {n_pairs:?(region, item) pair|(region, item) pairs}",
    "shortage.restnotering": "Shortage notice",
    "shortage.sales": "Sales suspension",
    # ------------------------------------------------------------------ Lägesbild
    "overview.title": "Situation overview",
    "overview.no_snapshot": "The database has no stock reports yet. Load stock data with "
    "`beredskap load stock` or build the demo database with `beredskap build-demo`.",
    "overview.as_of": "The situation as of the latest stock report, {date}.",
    "overview.coverage.label": "Stock ≥ 30 days, national",
    "overview.coverage.help": "The share of all pairs (region, item on the priority list) "
    "where the region's stock lasts at least 30 days of normal consumption. Each region "
    "counts with its latest report of each item, at most 92 days old; an item without one "
    "counts as not met. The list's target is for medicines and medical "
    "devices; protective equipment is shown apart on Coverage. No consumption and no stock "
    "does not count as met.",
    "overview.coverage.sentence": "{n_meeting} of {n_pairs} {n_pairs:?(region, item) "
    "pair|(region, item) pairs} reach the "
    "target of one month's consumption. The change is against {prev}.",
    "overview.coverage.sentence_no_prev": "{n_meeting} of {n_pairs} {n_pairs:?(region, item) "
    "pair|(region, item) pairs} "
    "reach the target of one month's consumption. There is no report a year earlier to "
    "compare with.",
    "overview.coverage.link": "Coverage by region",
    "overview.supply.label": "API from one country only",
    "overview.supply.sentence": "of {n_known} {n_known:?substance|substances} on the priority "
    "list with known "
    "active-substance (API) sites have all of them in one country. The list has "
    "{n_priority} {n_priority:?item|items}.",
    "overview.supply.link": "Where are they made?",
    "overview.grants.allocated": "State grants allocated",
    "overview.grants.used": "Used so far",
    "overview.grants.sentence": "{share} of the money allocated to the regions and SKR has "
    "been used; {repaid} has been repaid.",
    "overview.grants.link": "Grants in detail",
    "overview.shortages.label": "Active shortage notices",
    "overview.shortages.sentence": "Of which {n_sales} {n_sales:?sales suspension|sales "
    "suspensions}; {n_priority} {n_priority:?concerns|concern} "
    "substances on the priority list. Active: started by {date} and not resolved then.",
    "overview.shortages.source": "the Medical Products Agency's shortage notices (`shortages`; "
    "active on the latest report date: start "
    "date ≤ the date and resolved after it or not at all)",
    "overview.shortages.link": "See active notices",
    "overview.regions.title": "Coverage by region",
    "overview.regions.sentence": "Share of the priority list each region holds in stock for at "
    "least 30 days, {date}. Grey bar: no report from the region in the last 92 days.",
    # ------------------------------------------------------------------ Tillverkning
    "manufacturing.title": "Manufacturing",
    "manufacturing.intro": "Where is the active substance (API) of the medicines on the "
    "priority list made? **{n_single}** of {n_known} {n_known:?substance|substances} with known "
    "sites are made in a "
    "single country (the list has {n_priority} {n_priority:?item|items}).",
    "manufacturing.shortages.title": "Active shortage notices and sales suspensions",
    "manufacturing.shortages.sentence": "{n} {n:?active notice|active notices} on {date}, "
    "{n_priority} of them "
    "for substances on the priority list.",
    # ------------------------------------------------------------------ Täckning
    "coverage.title": "Coverage",
    "coverage.date_label": "Stock report",
    "coverage.table.title": "Table and download",
    # ------------------------------------------------------------------ Statsbidrag
    "grants.title": "State grants",
    # ------------------------------------------------------------------ Om data
    "about.title": "About the data",
    "about.intro": "Everything shown comes from one DuckDB file that only the `beredskap` "
    "command writes. Real public facts, figures computed from them and synthetic demo data "
    "are kept apart and listed below.",
    "about.sources.title": "Data sets",
    "about.sources.sentence": "One row per load. **Synthetic** data sets are generated for "
    "demonstration and never show real conditions; figures built from them are marked Demo "
    "data in the app. **Computed** data sets are derived from real figures by a rule the "
    "source column names (e.g. money per region = real total × population share on a stated "
    "date); they are not published amounts and are marked Computed.",
    "about.kind.synthetic": "Synthetic (demo)",
    "about.kind.computed": "Computed",
    "about.kind.real": "Real",
    "about.schema.title": "Schema version",
    "about.schema.sentence": "The file {file} has schema version **{version}** "
    "(created {created}).",
    "about.views.title": "Public views",
    "about.views.sentence": "Every figure in the app comes from a named view. An analyst gets "
    "the same numbers straight from DuckDB, for example:",
    "about.view.v_region_coverage": "One row per stock report (date × region × substance): "
    "days of cover and whether the 30-day target is met.",
    "about.view.v_region_coverage_summary": "One row per month and region: share of the "
    "priority list stocked for 30 days.",
    "about.view.v_national_coverage_summary": "One row per month: the whole country, share of "
    "all (region, item) pairs.",
    "about.view.v_supply_concentration": "One row per substance: active-substance sites and "
    "countries, HHI, top country and its share.",
    "about.view.v_grant_ledger": "One row per grant × year × recipient: allocated, "
    "requisitioned, used and repaid (SEK).",
    "about.view.undocumented": "(no description)",
    "about.dataset.assignments.real": "Government assignments and their reporting dates",
    "about.dataset.atc-groups.real": "ATC groups (levels 1–4) with English names",
    "about.dataset.company-services.synthetic": "Companies' services of vital importance (goods "
    "and services)",
    "about.dataset.countries.real": "Countries with borders and Swedish names",
    "about.dataset.country-groups.real": "Country groups of the vulnerability score (EU/EEA, "
    "close partners)",
    "about.dataset.grant-allocations.computed": "Money per region: COMPUTED, not published",
    "about.dataset.grant-instruments.real": "State money: agreements and amounts",
    "about.dataset.grant-repayments.synthetic": "Repayment of unused money",
    "about.dataset.grant-requisitions.synthetic": "Requisitions to Kammarkollegiet",
    "about.dataset.grant-use.synthetic": "Use of the money by year and purpose",
    "about.dataset.populations.real": "Population per region 2019-12-31 and 2023-12-31",
    "about.dataset.priority-list.synthetic": "Priority lists (real versions, stand-in contents)",
    "about.dataset.region-costs.synthetic": "The regions' costs of supply preparedness, actual "
    "and planned",
    "about.dataset.regions.real": "Regions (counties) with borders",
    "about.dataset.reports.synthetic": "Reports the agreements require (submission dates "
    "synthetic)",
    "about.dataset.scenarios.synthetic": "Example scenarios of supply disruptions",
    "about.dataset.shortages.synthetic": "Shortage notices and sales suspensions",
    "about.dataset.sites.synthetic": "Companies, manufacturing sites and what they make",
    "about.dataset.stock.synthetic": "Stock and normal consumption per region and month",
    "about.dataset.substances.real": "Medicines on the EU's Union list of critical medicines",
    "about.dataset.substances.synthetic": "Medical devices and protective equipment (synthetic)",
    "about.dataset.supply-systems.synthetic": "The regions' systems for securing supply",
    "about.view.v_company_importance": "One row per company: how many substances it is the sole "
    "or one of two sources of, and whether it is of vital importance.",
    "about.view.v_national_substance_cover": "One row per stock report and substance: the whole "
    "country's days of cover.",
    "about.view.v_priority_cover_monthly": "One row per month, region and item on the list: days "
    "of cover.",
    "about.view.v_region_coverage_monthly": "One row per month, region and substance: days of "
    "cover and whether the target is met.",
    "about.view.v_region_supply_systems": "One row per region and system for securing supply.",
    "about.view.v_shortage_notices": "One row per shortage notice or sales suspension, with "
    "substance and dates.",
    "about.view.v_site_map": "One row per manufacturing site: place, country, company and what it "
    "makes.",
    "about.view.v_substance_supply": "One row per substance: sources per stage, countries, "
    "vulnerability score and Nordic manufacture.",
    "about.view.v_treatment_alternatives": "One row per substance and alternative in the same ATC "
    "level-4 group.",
    "about.caveats.title": "Caveats",
    "about.caveats.body": "- **The priority list:** Socialstyrelsen's priority list "
    "(S2022/04550, 2023-05-12) is not published in machine-readable form. The EU's Union list "
    "of critical medicines (EMA/HMA/European Commission) stands in for it.\n"
    "- **Population:** Statistics Sweden's population per county (BE0101). The 2024 money, "
    "split by the population of August 2023, is computed with the population of 2023-12-31, "
    "as county figures for August 2023 are not included.\n"
    "- **Active shortage notice:** a notice counts as active on the latest report date if it "
    "started on or before that date and was not resolved (or was resolved only after it).\n"
    "- **Demo data:** manufacturing sites, companies, stock levels, shortage notices and the "
    "use of the grants are synthetic in the demo database.",
    # ------------------------------------------------------------------ column headers
    "col.region_code": "County code",
    "col.region_name": "Region",
    "col.share_meeting_target": "Share stocked 30 days",
    "col.n_meeting_target": "Items meeting target",
    "col.n_reported": "Items reported",
    "col.n_priority": "Items on the list",
    "col.substance_name": "Substance",
    "col.atc_code": "ATC code",
    "col.n_api_sites": "Sites (API)",
    "col.n_api_countries": "Countries (API)",
    "col.hhi_api": "HHI",
    "col.top_api_country": "Top country",
    "col.top_api_country_share": "Top country's share",
    "col.single_country_api": "Single country",
    "col.product_name": "Product",
    "col.shortage_kind": "Kind",
    "col.start_date": "Start",
    "col.expected_end_date": "Expected end",
    "col.is_on_priority_list": "On the priority list",
    "col.instrument_name": "Agreement or grant",
    "col.instrument_year": "Year",
    "col.year": "Year",
    "col.allocated_sek": "Allocated",
    "col.requisitioned_sek": "Requisitioned",
    "col.used_sek": "Used",
    "col.repaid_sek": "Repaid",
    "col.data_kind": "Kind",
    "col.dataset": "Data set",
    "col.title": "Contents",
    "col.source": "Source",
    "col.licence": "Licence",
    "col.loaded_at": "Loaded",
    "col.n_rows": "Rows",
    "col.view": "View",
    "col.purpose": "Contents",
}

# Plotly's own strings (modebar, notices) in Swedish, keyed by plotly's English text: plotly.js
# ships no Swedish dictionary. The buttons the app removes (PLOTLY_CONFIG) are left out.
PLOTLY_SV: dict[str, str] = {
    "Download plot as a PNG": "Ladda ned diagrammet som PNG",
    "Download plot": "Ladda ned diagrammet",
    "Preparing image - this may take a few seconds": "Bilden förbereds, det kan ta några sekunder",
    "Image download succeeded": "Bilden är nedladdad",
    "Sorry, there was a problem downloading your image!": "Bilden kunde inte laddas ned.",
    "Zoom": "Zooma",
    "Pan": "Panorera",
    "Reset axes": "Återställ axlarna",
    "Reset view": "Återställ vyn",
    "Reset views": "Återställ vyerna",
    "Reset": "Återställ",
    "Zoom in": "Zooma in",
    "Zoom out": "Zooma ut",
    "Autoscale": "Skala automatiskt",
    "Box Select": "Markera med ruta",
    "Lasso Select": "Markera med lasso",
    "Show closest data on hover": "Visa närmaste värde vid hovring",
    "Compare data on hover": "Jämför värden vid hovring",
    "Toggle show closest data on hover": "Visa närmaste värde vid hovring av/på",
    "Double-click to zoom back out": "Dubbelklicka för att zooma ut igen",
    "Double-click on legend to isolate one trace": "Dubbelklicka på en förklaring för att "
    "visa bara den serien",
    "Produced with Plotly.js": "Gjord med Plotly.js",
}

AREAS = (
    texts_supply,
    texts_coverage,
    texts_grants,
    texts_scenarios,
    texts_presentation,
    texts_access,
    texts_downloads,
    texts_public_supply,
)
SHELL_KEYS = frozenset(SV)
for _area in AREAS:
    SV.update(_area.SV)
    EN.update(_area.EN)

TABLES = {"sv": SV, "en": EN}


class _PluralFormatter(string.Formatter):
    """str.format plus `{field:?one|other}`: the word for the field's count."""

    def format_field(self, value: object, format_spec: str) -> str:
        if format_spec.startswith("?"):
            one, _, other = format_spec[1:].partition("|")
            return one if count_of(value) == 1 else other
        return super().format_field(value, format_spec)


_FORMATTER = _PluralFormatter()


def count_of(value: object) -> int | None:
    """The whole number a count field holds: 3, "3", "1 234" (sv), "1,234" (en); else None."""
    if isinstance(value, int | float):
        return int(value) if float(value).is_integer() else None
    digits = re.sub(r"[\s\u00a0\u202f,]", "", str(value))
    return int(digits) if re.fullmatch(r"-?\d+", digits) else None


def has(key: str) -> bool:
    """True if `key` is in the tables (for keys built from data, like a view's name)."""
    return key in SV


def t_or(key: str, default: str) -> str:
    """The text for a key built from data (a data set's name) if there is one, else `default`
    (a data set loaded later with a title of its own)."""
    return t(key) if has(key) else default


def translate(key: str, lang: str, **fields: object) -> str:
    """The text for `key` in `lang` with `fields` filled in; an unknown key shows as itself."""
    text = TABLES.get(lang, SV).get(key)
    if text is None:
        text = SV.get(key, key)
    return _FORMATTER.format(text, **fields) if fields else text


def t(key: str, **fields: object) -> str:
    """The text for `key` in the language of the current run (Swedish by default)."""
    return translate(key, language(), **fields)
