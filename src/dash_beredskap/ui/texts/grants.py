"""Texts of the grants pages, Swedish and English (merged into ui.i18n)."""

SV: dict[str, str] = {
    # ------------------------------------------------------------------ shared by the pages
    "grants.lede": "Statens pengar till regionerna och SKR för hälso- och sjukvårdens "
    "beredskap sedan 2018: hur mycket som **tilldelats** enligt varje överenskommelse, hur "
    "mycket som **rekvirerats** från Kammarkollegiet, **använts** och **betalats tillbaka**.",
    "grants.empty": "Databasen har inga statsbidrag ännu. Läs in dem med "
    "`beredskap load grant-instruments` och `beredskap load grant-allocations`.",
    "grants.as_of_label": "Läget per dag",
    "grants.as_of_help": "Tidsfristernas status bedöms som den dagen: rekvisitioner och "
    "återbetalningar till och med dagen, användning som redovisats för år före dagens år. "
    "Standard är i dag. Valet sparas i adressen.",
    "grants.measure_label": "Visa",
    "grants.recipient.regions": "Regionerna",
    "grants.recipient.skr": "SKR",
    "grants.key.population": "Befolkningsandel",
    "grants.key.fixed": "Fast belopp",
    "grants.key.application": "Efter ansökan",
    "grants.basis.published": "Publicerad",
    "grants.basis.computed": "Beräknad",
    "grants.basis.mixed": "Blandad",
    "grants.kind.requisition": "Rekvisition",
    "grants.kind.usage_end": "Användningstiden slutar",
    "grants.kind.repayment": "Återbetalning",
    "grants.kind.report": "Redovisning",
    "grants.status.done": "Klar",
    "grants.status.due": "Återstår",
    "grants.status.overdue": "Försenad",
    "grants.status.unknown": "Okänd",
    "grants.cost.medicines": "Läkemedel",
    "grants.cost.devices": "Medicintekniska produkter",
    "grants.cost.ppe": "Skyddsutrustning",
    "grants.cost.storage": "Lagerhållning",
    "grants.cost.staff": "Personal",
    "grants.cost.other": "Övrigt",
    "grants.rule.allocations_not_total": "Fördelningen summerar inte till överenskommelsens belopp",
    "grants.rule.requisitioned_over_allocated": "Rekvirerat mer än tilldelat",
    "grants.rule.used_over_allocated": "Använt mer än tilldelat",
    "grants.rule.repaid_over_unused": "Återbetalt mer än det som inte använts",
    "grants.rule.use_outside_usage_window": "Användning redovisad utanför användningstiden",
    "grants.col.recipient": "Mottagare",
    "grants.col.recipient_code": "Mottagarkod",
    "grants.col.instrument_id": "Överenskommelsens id",
    "grants.col.total_sek": "Belopp",
    "grants.col.distribution_key": "Fördelning",
    "grants.col.population_ref_date": "Befolkning per",
    "grants.col.requisition_deadline": "Rekvisition senast",
    "grants.col.usage_start": "Får användas från",
    "grants.col.usage_end": "Får användas till",
    "grants.col.repayment_deadline": "Återbetalning senast",
    "grants.col.report_deadline": "Redovisning senast",
    "grants.col.basis": "Belopp enligt",
    "grants.col.source_document": "Källa",
    "grants.col.full_name": "Fullständigt namn",
    "grants.col.allocated_kr": "Tilldelat (kr)",
    "grants.col.population": "Folkmängd",
    "grants.col.population_share": "Befolkningsandel",
    "grants.col.computed_sek": "Beräknat efter nyckeln (kr)",
    "grants.col.difference_sek": "Skillnad (kr)",
    "grants.col.sek_per_inhabitant": "Kr per invånare",
    "grants.col.rule": "Avvikelse",
    "grants.col.amount_sek": "Belopp (kr)",
    "grants.col.limit_sek": "Högst / ska vara (kr)",
    "grants.col.deadline_date": "Tidsfrist",
    "grants.col.report_submitted_on": "Rapport inlämnad",
    "grants.col.source_kind": "Beslut",
    "grants.col.title": "Överenskommelse eller uppdrag",
    "grants.col.responsible": "Vem",
    "grants.source_kind.agreement": "Överenskommelse (tidsfrist)",
    "grants.source_kind.assignment": "Regeringsuppdrag (redovisning)",
    "grants.assignment_kind.monthly": "Månadsredovisning",
    "grants.assignment_kind.partial": "Delredovisning",
    "grants.assignment_kind.final": "Slutredovisning",
    "grants.assignment_kind.report": "Redovisning",
    "grant_deadlines.government.title": "Alla datum regeringen har satt",
    "grant_deadlines.government.method": "Källa: `grants/government_dates`: "
    "överenskommelsernas tidsfrister (`v_grant_deadlines`, cirklar) och regeringsuppdragens "
    "redovisningsdatum (datamängden assignments, romber) på en tidsaxel; prickad linje: den "
    "valda dagen. Uppdragen och deras datum är verkliga och står i källorna (uppdraget om "
    "tillverkningsberedskap: 2025-01-15, 2026-01-15 och slutredovisning 2027-01-15; "
    "Socialstyrelsens kartläggning: 2022-12-01; Läkemedelsverkets samordning 2020: varje "
    "månad mars–juni och slutrapport 2020-12-15). Om ett uppdrag redovisats står inte i "
    "källorna: ett passerat datum utan känd redovisning är Okänd, aldrig Försenad.",
    "grant_deadlines.government.table": "Alla datum i tabell, med nedladdning",
    "grants.col.deadline_kind": "Vad",
    "grants.col.status": "Status",
    "grants.hover_per_inhabitant": "{region}<br>{measure}: {value} kr per invånare<br>"
    "folkmängd {population} ({date})",
    "grants.axis_per_inhabitant": "kr per invånare",
    "grants.axis_recipients": "antal mottagare",
    "grants.coverage_national": "Riket",
    # ------------------------------------------------------------------ Statsbidrag
    "grants.recon.badge_problems": "Avstämning: {n} {n:?avvikelse|avvikelser}",
    "grants.recon.badge_problem": "Avstämning: 1 avvikelse",
    "grants.badge.computed": "Beräknat",
    "grants.badge.computed_help": "Beloppen per region är BERÄKNADE, inte publicerade: verkligt "
    "totalbelopp × regionens befolkningsandel (SCB, på det datum som anges vid beloppen). "
    "Överenskommelsen 2024 fördelar efter befolkningen i augusti 2023 (bilaga 1), som inte finns "
    "här; för tidigare år är fördelningen efter befolkning antagen. Se Om data.",
    "grants.recon.badge_ok": "Avstämning: inga avvikelser",
    "grants.totals.caption": "Källa: `v_grant_ledger`, summerat över alla överenskommelser, "
    "mottagare och år till och med {last_year}. Tilldelat räknas det år överenskommelsen "
    "gäller; rekvirerat, använt och återbetalt det år det skedde.",
    "grants.timeline.title": "Pengar per år och överenskommelse",
    "grants.timeline.sentence": "Varje ruta visar ett steg för samma pengar, staplat per "
    "överenskommelse. Stegen läggs inte ihop, eftersom samma krona först tilldelas, sedan "
    "rekvireras och används eller betalas tillbaka. Talet över stapeln är årets summa i mnkr.",
    "grants.timeline.method": "Källa: `v_grant_ledger` (en rad per överenskommelse × år × "
    "mottagare), summerat per år och överenskommelse. Färg: en nyans per slags "
    "överenskommelse, mörkast för det senaste året.",
    "grants.regions.title": "Per region",
    "grants.regions.cumulative": "**{measure} sammanlagt sedan 2018, per överenskommelse**",
    "grants.regions.cumulative_method": "Källa: `v_grant_ledger`, summerat per region och "
    "överenskommelse över alla år; färgerna som i diagrammet ovan. SKR är ingen region och "
    "visas inte här (se tabellen över överenskommelser).",
    "grants.regions.per_inhabitant": "**{measure} sammanlagt, kronor per invånare**",
    "grants.regions.per_inhabitant_method": "Källa: `v_grant_region_totals`: beloppen i "
    "`v_grant_ledger` delat med regionens senaste folkmängd i databasen ({date}), inte "
    "folkmängden på varje överenskommelses fördelningsdag. Så jämförs små och stora "
    "regioner rättvist.",
    "grants.regions.link": "En region i detalj: medel, användning, egna kostnader och täckning",
    "grants.instruments.title": "Överenskommelser och bidrag",
    "grants.instruments.sentence": "{n} {n:?överenskommelse eller bidrag|överenskommelser och "
    "bidrag}, med belopp, mottagare, "
    "fördelningsnyckel, tidsfrister och källa. En ny överenskommelse läses in som data "
    "(`beredskap load grant-instruments`) och syns här utan ändring i koden.",
    "grants.instruments.method": "Källa: `v_grant_instruments` (tabellen `grant_instruments` och "
    "fördelningen i `grant_allocations`). Tomt fält: överenskommelsen anger ingen sådan "
    "tidsfrist. Statsbidraget enligt förordning (2023:489) saknas: beloppen finns inte i "
    "källorna.",
    "grants.key.title": "Fördelningsnyckel: befolkningsandel",
    "grants.key.instrument_label": "Överenskommelse",
    "grants.key.sentence": "{total} fördelas efter regionernas andel av befolkningen per "
    "{date}. Med största-rest-metoden blir regionernas belopp hela kronor som summerar exakt "
    "till totalen. {n_published} av {n_regions} regioners belopp är publicerade i avtalets "
    "bilaga; övriga är beräknade. Kolumnen Skillnad jämför tilldelat med den beräknade nyckeln.",
    "grants.key.method": "Källa: `v_grant_allocation_key`. Beräknat = golvet av belopp × "
    "folkmängd ÷ rikets folkmängd; de kronor som blir över går en och en till de största "
    "resterna. Publicerade belopp (basis = published) används före beräknade när de lästs in. "
    "Beräknade belopp är inte verkliga belopp per region: de märks Beräknat här och på Om data, "
    "med nyckelns datum. Avtalet 2024 fördelar efter befolkningen i augusti 2023 (bilaga 1), "
    "som inte finns i filen.",
    "grants.key.none": "Ingen överenskommelse fördelas efter befolkning.",
    "grants.key.source": "Överenskommelsens källa: {source}",
    "grants.recon.title": "Avstämning",
    "grants.recon.none": "Inga avvikelser: fördelningarna summerar till varje "
    "överenskommelses belopp, ingen mottagare har rekvirerat eller använt mer än tilldelat "
    "eller betalat tillbaka mer än det som blev över, och all användning ligger inom "
    "användningstiden.",
    "grants.recon.sentence": "Siffrorna stämmer inte på {n} {n:?punkt|punkter}. Varje rad anger "
    "regeln "
    "som bryts och de två belopp som jämförs.",
    "grants.recon.method": "Källa: `v_grant_reconciliation`. Regler: fördelningen ska summera "
    "till beloppet; rekvirerat och använt högst tilldelat; återbetalt högst rekvirerat minus "
    "använt; användning bara under användningstidens år. En fil med användning över "
    "tilldelat läses in och visas här, den stoppas inte (se README).",
    "grants.ledger.title": "Huvudbok",
    "grants.ledger.sentence": "Hela `v_grant_ledger`, {n} {n:?rad|rader} (överenskommelse × år × "
    "mottagare), med namn. Summorna är desamma som siffrorna överst på sidan.",
    "grants.ledger.method": "Källa: `v_grant_ledger`. Belopp i hela kronor. Excel-filen har "
    "riktiga tal; CSV-filen semikolon och decimalkomma.",
    # ------------------------------------------------------------------ Statsbidrag per region
    "grant_region.title": "Statsbidrag per region",
    "grant_region.region_label": "Region",
    "grant_region.totals.caption": "Källa: `v_grant_region_totals` (summerat ur "
    "`v_grant_ledger`). Tilldelat sammanlagt {per_inhabitant} kr per invånare, med folkmängden "
    "{population} per {date}.",
    "grant_region.cumulative.title": "**Statens medel, sammanlagt över åren**",
    "grant_region.cumulative.method": "Källa: `v_grant_ledger` för regionen, löpande summa per "
    "år. Prickad linje: återbetalt.",
    "grant_region.use.title": "**Använda medel per år och ändamål**",
    "grant_region.use.method": "Källa: `v_grant_use` (regionens redovisning, alla "
    "överenskommelser). Ändamålen med regionens egna ord.",
    "grant_region.costs.title": "**Regionens egna kostnader för beredskap**",
    "grant_region.costs.method": "Källa: `v_region_costs`. Hela staplar: utfall; randiga "
    "staplar: plan eller budget.",
    "grant_region.costs.planned": "Randig: plan",
    "grant_region.coverage.title": "**Andel av prioriteringslistan i lager för 30 dagar**",
    "grant_region.coverage.method": "Källa: `v_region_coverage_summary` (regionen) och "
    "`v_national_coverage_summary` (riket, streckad).",
    "grant_region.side_by_side.title": "Pengar och lagertäckning sida vid sida",
    "grant_region.side_by_side.caption": "En jämförelse, inte en effekt: statens medel till "
    "regionen (vänster) och andelen av prioriteringslistan i lager för minst en månads "
    "förbrukning (höger) visas över samma år. Att de följs åt visar inte att pengarna gav "
    "täckningen: regionerna bygger också lager för egna medel, förbrukning och leveranser "
    "ändras, och medlen får användas även till medicintekniska produkter, lokaler och avtal.",
    "grant_region.instruments.title": "{region}: medel per överenskommelse",
    "grant_region.instruments.method": "Källa: `v_grant_ledger` (belopp, summerat över åren) "
    "och `v_grant_allocation_key` (folkmängd och andel på överenskommelsens fördelningsdag). "
    "Tomma nyckelfält: överenskommelsen fördelas inte efter befolkning.",
    "grant_region.deadlines.title": "Tidsfrister, läget {date}",
    "grant_region.deadlines.method": "Källa: `v_grant_deadlines`; status enligt reglerna på "
    "sidan Statsbidragens tidsfrister.",
    "grant_region.deadlines.link": "Alla tidsfrister för alla mottagare",
    "grant_region.no_money": "Inga medel till regionen.",
    "grant_region.no_use": "Regionen har inte redovisat någon användning.",
    "grant_region.no_costs": "Inga egna kostnader inlästa för regionen.",
    "grant_region.no_coverage": "Inga lagerrapporter för regionen.",
    "grant_region.no_deadlines": "Inga tidsfrister för regionen.",
    # ------------------------------------------------------------------ tidsfrister
    "grant_deadlines.title": "Statsbidragens tidsfrister",
    "grant_deadlines.lede": "Rekvisition, slutet på användningstiden, återbetalning och "
    "redovisning för varje överenskommelse och mottagare, med status som den dag du väljer.",
    "grant_deadlines.none": "Inga överenskommelser med tidsfrister i databasen.",
    "grant_deadlines.counts.caption": "Läget {date}: {n} {n:?tidsfrist|tidsfrister} för enskilda "
    "mottagare ({n_deadlines} {n_deadlines:?tidsfrist|tidsfrister} i överenskommelserna). "
    "Källa: `v_grant_deadlines`, status "
    "enligt reglerna längst ned.",
    "grant_deadlines.upcoming.title": "Kommande tidsfrister efter {date}",
    "grant_deadlines.upcoming.none": "Inga tidsfrister efter {date}.",
    "grant_deadlines.passed.title": "Passerade tidsfrister, senaste först",
    "grant_deadlines.passed.none": "Inga tidsfrister har passerat {date}.",
    "grant_deadlines.method_short": "Källa: `v_grant_deadlines`. Antal mottagare per status; "
    "reglerna står längst ned på sidan.",
    "grant_deadlines.open.title": "Inte klara: {n}",
    "grant_deadlines.open.none": "Alla tidsfrister är klara.",
    "grant_deadlines.all.title": "Alla tidsfrister och mottagare, med nedladdning",
    "grant_deadlines.rules": "**Så bedöms status** (som den valda dagen):\n"
    "- **Rekvisition:** klar när mottagaren rekvirerat något senast tidsfristen; återstår "
    "före tidsfristen; försenad efter den (en sen rekvisition räknas inte, rätten till "
    "medlen har förfallit).\n"
    "- **Användningstiden slutar:** klar när allt rekvirerat är använt, eller när tiden "
    "gått ut och mottagaren redovisat användning; återstår medan tiden pågår; okänd när tiden "
    "gått ut utan redovisning. Aldrig försenad: det som inte används ska betalas tillbaka.\n"
    "- **Återbetalning:** oanvänt = rekvirerat − använt. Klar när det oanvända är "
    "återbetalt, eller när inget är oanvänt och användningstiden gått ut; återstår före "
    "tidsfristen; försenad efter den.\n"
    "- **Redovisning:** bedöms ur datamängden reports, inte ur användningen av medlen: klar "
    "när rapporten är inlämnad; återstår före tidsfristen; försenad efter den så länge den "
    "inte är inlämnad (en sent inlämnad rapport är försenad fram till inlämningsdagen och klar "
    "därefter); okänd när ingen rapport för överenskommelsen är inläst.\n"
    "- **Okänd:** uppgifterna som behövs saknas, till exempel när inga rekvisitioner eller "
    "ingen användning alls finns inläst för överenskommelsen.\n\n"
    "Användning redovisas per år och räknas som känd när året är slut.",
    "grant_deadlines.method": "Källa: `v_grant_deadlines` (tidsfristerna ur `grant_instruments`) "
    "och `grant_requisitions`, `grant_use`, `grant_repayments` och `reports` som de var kända den "
    "valda dagen; "
    "status enligt reglerna i metodbeskrivningen.",
    # ------------------------------------------------------------------ Om data: the views
    "about.view.v_grant_instruments": "En rad per överenskommelse eller bidrag: belopp, "
    "mottagare, fördelningsnyckel, tidsfrister, källa och hur mycket som fördelats.",
    "about.view.v_grant_allocation_key": "En rad per överenskommelse som fördelas efter "
    "befolkning och region: folkmängd, andel, beräknat belopp och tilldelat belopp.",
    "about.view.v_grant_region_totals": "En rad per region: statens medel sammanlagt och per "
    "invånare (senaste folkmängden).",
    "about.view.v_grant_use": "En rad per överenskommelse, mottagare, år och ändamål: "
    "redovisad användning (kr).",
    "about.view.v_grant_deadlines": "En rad per överenskommelse, mottagare och tidsfrist "
    "(rekvisition, användningstidens slut, återbetalning, redovisning).",
    "about.view.v_grant_reconciliation": "En rad per avvikelse i statsbidragens siffror, med "
    "regel och belopp; tom när allt stämmer.",
    "about.view.v_region_costs": "En rad per region, år, utfall eller plan och kategori: "
    "regionernas egna kostnader för beredskap (kr).",
}

EN: dict[str, str] = {
    # ------------------------------------------------------------------ shared by the pages
    "grants.lede": "The state's money to the regions and SKR for health care's preparedness "
    "since 2018: how much each agreement **allocated**, how much was **requisitioned** from "
    "Kammarkollegiet, **used** and **repaid**.",
    "grants.empty": "The database holds no grants yet. Load them with "
    "`beredskap load grant-instruments` and `beredskap load grant-allocations`.",
    "grants.as_of_label": "Status as of",
    "grants.as_of_help": "Deadlines are judged as on this day: requisitions and repayments up "
    "to the day, use reported for the years before the day's year. Default: today. The choice "
    "is kept in the address.",
    "grants.measure_label": "Show",
    "grants.recipient.regions": "The regions",
    "grants.recipient.skr": "SKR",
    "grants.key.population": "Population share",
    "grants.key.fixed": "Fixed amount",
    "grants.key.application": "By application",
    "grants.basis.published": "Published",
    "grants.basis.computed": "Computed",
    "grants.basis.mixed": "Mixed",
    "grants.kind.requisition": "Requisition",
    "grants.kind.usage_end": "Usage window ends",
    "grants.kind.repayment": "Repayment",
    "grants.kind.report": "Report",
    "grants.status.done": "Done",
    "grants.status.due": "Due",
    "grants.status.overdue": "Overdue",
    "grants.status.unknown": "Unknown",
    "grants.cost.medicines": "Medicines",
    "grants.cost.devices": "Medical devices",
    "grants.cost.ppe": "Protective equipment",
    "grants.cost.storage": "Storage",
    "grants.cost.staff": "Staff",
    "grants.cost.other": "Other",
    "grants.rule.allocations_not_total": "Allocations do not sum to the agreement's amount",
    "grants.rule.requisitioned_over_allocated": "Requisitioned more than allocated",
    "grants.rule.used_over_allocated": "Used more than allocated",
    "grants.rule.repaid_over_unused": "Repaid more than was left unused",
    "grants.rule.use_outside_usage_window": "Use reported outside the usage window",
    "grants.col.recipient": "Recipient",
    "grants.col.recipient_code": "Recipient code",
    "grants.col.instrument_id": "Agreement id",
    "grants.col.total_sek": "Amount",
    "grants.col.distribution_key": "Split",
    "grants.col.population_ref_date": "Population as of",
    "grants.col.requisition_deadline": "Requisition by",
    "grants.col.usage_start": "Usable from",
    "grants.col.usage_end": "Usable until",
    "grants.col.repayment_deadline": "Repayment by",
    "grants.col.report_deadline": "Report by",
    "grants.col.basis": "Amount as",
    "grants.col.source_document": "Source",
    "grants.col.full_name": "Full name",
    "grants.col.allocated_kr": "Allocated (SEK)",
    "grants.col.population": "Population",
    "grants.col.population_share": "Population share",
    "grants.col.computed_sek": "Computed from the key (SEK)",
    "grants.col.difference_sek": "Difference (SEK)",
    "grants.col.sek_per_inhabitant": "SEK per inhabitant",
    "grants.col.rule": "Inconsistency",
    "grants.col.amount_sek": "Amount (SEK)",
    "grants.col.limit_sek": "At most / must be (SEK)",
    "grants.col.deadline_date": "Deadline",
    "grants.col.report_submitted_on": "Report submitted",
    "grants.col.source_kind": "Decision",
    "grants.col.title": "Agreement or assignment",
    "grants.col.responsible": "Who",
    "grants.source_kind.agreement": "Agreement (deadline)",
    "grants.source_kind.assignment": "Government assignment (report)",
    "grants.assignment_kind.monthly": "Monthly report",
    "grants.assignment_kind.partial": "Interim report",
    "grants.assignment_kind.final": "Final report",
    "grants.assignment_kind.report": "Report",
    "grant_deadlines.government.title": "Every date the government has set",
    "grant_deadlines.government.method": "Source: `grants/government_dates`: the "
    "agreements' deadlines (`v_grant_deadlines`, circles) and the government assignments' "
    "reporting dates (the assignments data set, diamonds) on one time axis; dotted line: the "
    "chosen day. The assignments and their dates are real and in the sources (manufacturing "
    "preparedness: 2025-01-15, 2026-01-15 and the final report 2027-01-15; Socialstyrelsen's "
    "mapping: 2022-12-01; the Medical Products Agency's coordination 2020: every month "
    "March–June and the final report 2020-12-15). Whether an assignment was reported is not "
    "in the sources: a passed date with no known report is Unknown, never Overdue.",
    "grant_deadlines.government.table": "Every date in a table, with download",
    "grants.col.deadline_kind": "What",
    "grants.col.status": "Status",
    "grants.hover_per_inhabitant": "{region}<br>{measure}: SEK {value} per inhabitant<br>"
    "population {population} ({date})",
    "grants.axis_per_inhabitant": "SEK per inhabitant",
    "grants.axis_recipients": "recipients",
    "grants.coverage_national": "Sweden",
    # ------------------------------------------------------------------ State grants
    "grants.recon.badge_problems": "Reconciliation: {n} {n:?inconsistency|inconsistencies}",
    "grants.recon.badge_problem": "Reconciliation: 1 inconsistency",
    "grants.badge.computed": "Computed",
    "grants.badge.computed_help": "The amounts per region are COMPUTED, not published: the real "
    "total × the region's population share (SCB, on the date given with the amounts). The 2024 "
    "agreement splits by the population of August 2023 (annex 1), which is not in this file; for "
    "earlier years the split by population is assumed. See About the data.",
    "grants.recon.badge_ok": "Reconciliation: no inconsistencies",
    "grants.totals.caption": "Source: `v_grant_ledger`, summed over every agreement, recipient "
    "and year up to {last_year}. Allocated counts in the agreement's year; requisitioned, used "
    "and repaid in the year each happened.",
    "grants.timeline.title": "Money per year and agreement",
    "grants.timeline.sentence": "Each panel is one stage of the same money, stacked by "
    "agreement. The stages are not added up: the same krona is first allocated, then "
    "requisitioned, and used or repaid. The figure above a bar is the year's total in MSEK.",
    "grants.timeline.method": "Source: `v_grant_ledger` (one row per agreement × year × "
    "recipient), summed per year and agreement. Colour: one hue per kind of agreement, darkest "
    "for the latest year.",
    "grants.regions.title": "By region",
    "grants.regions.cumulative": "**{measure} in all since 2018, by agreement**",
    "grants.regions.cumulative_method": "Source: `v_grant_ledger`, summed per region and "
    "agreement over all years; colours as in the chart above. SKR is not a region and is not "
    "shown here (see the table of agreements).",
    "grants.regions.per_inhabitant": "**{measure} in all, SEK per inhabitant**",
    "grants.regions.per_inhabitant_method": "Source: `v_grant_region_totals`: the amounts in "
    "`v_grant_ledger` divided by the region's latest population in the database ({date}), not "
    "the population on each agreement's key date. So small and large regions compare fairly.",
    "grants.regions.link": "One region in detail: money, use, own costs and coverage",
    "grants.instruments.title": "Agreements and grants",
    "grants.instruments.sentence": "{n} {n:?agreement or grant|agreements and grants}, with "
    "amount, recipients, "
    "distribution key, deadlines and source. A new agreement is loaded as data "
    "(`beredskap load grant-instruments`) and appears here with no change to the code.",
    "grants.instruments.method": "Source: `v_grant_instruments` (the table `grant_instruments` and "
    "the allocations in `grant_allocations`). An empty field: the agreement states no such "
    "deadline. The state grant under ordinance (2023:489) is missing: its amounts are not in "
    "the sources.",
    "grants.key.title": "Distribution key: population share",
    "grants.key.instrument_label": "Agreement",
    "grants.key.sentence": "{total} is split by the regions' share of the population as of "
    "{date}. The largest-remainder method gives whole kronor that sum exactly to the total. "
    "{n_published} of {n_regions} regions' amounts are published in the agreement's annex; "
    "the rest are computed. The column Difference compares the allocation with the computed "
    "key.",
    "grants.key.method": "Source: `v_grant_allocation_key`. Computed = the floor of amount × "
    "population ÷ national population; the kronor left over go one each to the largest "
    "remainders. Published amounts (basis = published) are used before computed ones once "
    "loaded. Computed amounts are not real amounts per region: they are marked Computed here "
    "and on About the data, with the key's date. The 2024 agreement splits by the population "
    "of August 2023 (annex 1), which is not in the file.",
    "grants.key.none": "No agreement is split by population.",
    "grants.key.source": "The agreement's source: {source}",
    "grants.recon.title": "Reconciliation",
    "grants.recon.none": "No inconsistencies: the allocations sum to each agreement's amount, "
    "no recipient requisitioned or used more than allocated or repaid more than was left, and "
    "all use lies within the usage window.",
    "grants.recon.sentence": "The figures disagree in {n} {n:?place|places}. Each row names the "
    "rule "
    "broken and the two amounts compared.",
    "grants.recon.method": "Source: `v_grant_reconciliation`. Rules: allocations sum to the "
    "amount; requisitioned and used at most allocated; repaid at most requisitioned minus "
    "used; use only in the usage window's years. A file with use above the allocation is "
    "loaded and shown here, not refused (see the README).",
    "grants.ledger.title": "Ledger",
    "grants.ledger.sentence": "All of `v_grant_ledger`, {n} {n:?row|rows} (agreement × year × "
    "recipient), with names. Its totals are the figures at the top of the page.",
    "grants.ledger.method": "Source: `v_grant_ledger`. Amounts in whole kronor. The Excel file "
    "holds real numbers; the CSV file commas and decimal points.",
    # ------------------------------------------------------------------ Grants by region
    "grant_region.title": "Grants by region",
    "grant_region.region_label": "Region",
    "grant_region.totals.caption": "Source: `v_grant_region_totals` (summed from "
    "`v_grant_ledger`). Allocated in all: SEK {per_inhabitant} per inhabitant, with the "
    "population {population} as of {date}.",
    "grant_region.cumulative.title": "**State money, running total over the years**",
    "grant_region.cumulative.method": "Source: `v_grant_ledger` for the region, running total "
    "per year. Dotted line: repaid.",
    "grant_region.use.title": "**Money used per year and purpose**",
    "grant_region.use.method": "Source: `v_grant_use` (the region's reports, every agreement). "
    "Purposes in the region's own words.",
    "grant_region.costs.title": "**The region's own preparedness costs**",
    "grant_region.costs.method": "Source: `v_region_costs`. Solid bars: actual; striped bars: "
    "planned or budgeted.",
    "grant_region.costs.planned": "Striped: planned",
    "grant_region.coverage.title": "**Share of the priority list in stock for 30 days**",
    "grant_region.coverage.method": "Source: `v_region_coverage_summary` (the region) and "
    "`v_national_coverage_summary` (Sweden, dashed).",
    "grant_region.side_by_side.title": "Money and stock coverage side by side",
    "grant_region.side_by_side.caption": "A comparison, not an effect: the state's money to "
    "the region (left) and the share of the priority list in stock for at least a month's "
    "consumption (right) are shown over the same years. That they move together does not "
    "show that the money produced the coverage: regions also build stock from their own funds, "
    "consumption and deliveries change, and the grants may also pay for devices, premises and "
    "contracts.",
    "grant_region.instruments.title": "{region}: money per agreement",
    "grant_region.instruments.method": "Source: `v_grant_ledger` (amounts, summed over the "
    "years) and `v_grant_allocation_key` (population and share on the agreement's key date). "
    "Empty key fields: the agreement is not split by population.",
    "grant_region.deadlines.title": "Deadlines, status as of {date}",
    "grant_region.deadlines.method": "Source: `v_grant_deadlines`; status by the rules on the "
    "page Grant deadlines.",
    "grant_region.deadlines.link": "Every deadline for every recipient",
    "grant_region.no_money": "No money to the region.",
    "grant_region.no_use": "The region has reported no use.",
    "grant_region.no_costs": "No own costs loaded for the region.",
    "grant_region.no_coverage": "No stock reports for the region.",
    "grant_region.no_deadlines": "No deadlines for the region.",
    # ------------------------------------------------------------------ deadlines
    "grant_deadlines.title": "Grant deadlines",
    "grant_deadlines.lede": "Requisition, the end of the usage window, repayment and reporting "
    "for every agreement and recipient, with their status as of the day you choose.",
    "grant_deadlines.none": "No agreements with deadlines in the database.",
    "grant_deadlines.counts.caption": "Status as of {date}: {n} {n:?deadline|deadlines} of single "
    "recipients ({n_deadlines} {n_deadlines:?deadline|deadlines} in the agreements). Source: "
    "`v_grant_deadlines`, status by the "
    "rules at the bottom.",
    "grant_deadlines.upcoming.title": "Upcoming deadlines after {date}",
    "grant_deadlines.upcoming.none": "No deadlines after {date}.",
    "grant_deadlines.passed.title": "Passed deadlines, latest first",
    "grant_deadlines.passed.none": "No deadline had passed on {date}.",
    "grant_deadlines.method_short": "Source: `v_grant_deadlines`. Recipients per status; the "
    "rules are at the bottom of the page.",
    "grant_deadlines.open.title": "Not done: {n}",
    "grant_deadlines.open.none": "Every deadline is done.",
    "grant_deadlines.all.title": "Every deadline and recipient, with download",
    "grant_deadlines.rules": "**How the status is judged** (as of the chosen day):\n"
    "- **Requisition:** done when the recipient requisitioned something by the deadline; due "
    "before the deadline; overdue after it (a late requisition does not count: the right to "
    "the money has lapsed).\n"
    "- **Usage window ends:** done when everything requisitioned is used, or when the window "
    "has closed and the recipient reported use; due while the window is open; unknown when it "
    "has closed with no report. Never overdue: what is not used is to be repaid.\n"
    "- **Repayment:** unused = requisitioned − used. Done when the unused money is repaid, or "
    "when nothing is unused and the usage window has closed; due before the deadline; overdue "
    "after it.\n"
    "- **Report:** judged from the reports data set, not from the use of the money: done once "
    "the report is submitted; due before the deadline; overdue after it while not submitted "
    "(a report submitted late is overdue until the day it is submitted and done from then "
    "on); unknown when no report of the agreement is loaded.\n"
    "- **Unknown:** the data needed is missing, for example when no requisitions or no use at "
    "all are loaded for the agreement.\n\n"
    "Use is reported per year and counts as known once the year is over.",
    "grant_deadlines.method": "Source: `v_grant_deadlines` (the deadlines from "
    "`grant_instruments`) and `grant_requisitions`, `grant_use`, `grant_repayments` and "
    "`reports` as "
    "known on the chosen day; status by the rules in the method notes.",
    # ------------------------------------------------------------------ About: the views
    "about.view.v_grant_instruments": "One row per agreement or grant: amount, recipients, "
    "distribution key, deadlines, source and how much has been allocated.",
    "about.view.v_grant_allocation_key": "One row per instrument split by population and "
    "region: population, share, computed amount and allocated amount.",
    "about.view.v_grant_region_totals": "One row per region: the state's money in all and per "
    "inhabitant (latest population).",
    "about.view.v_grant_use": "One row per instrument, recipient, year and purpose: reported use "
    "(SEK).",
    "about.view.v_grant_deadlines": "One row per instrument, recipient and deadline "
    "(requisition, end of usage, repayment, report).",
    "about.view.v_grant_reconciliation": "One row per inconsistency in the grant figures, with "
    "its rule and amounts; empty when everything agrees.",
    "about.view.v_region_costs": "One row per region, year, actual or planned and category: the "
    "regions' own preparedness costs (SEK).",
}
