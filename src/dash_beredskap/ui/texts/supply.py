"""Texts of the supply pages, Swedish and English (merged into ui.i18n).

Tillverkning (map, Nordic view, countries, vulnerability), Substans and Företag.
"""

SV: dict[str, str] = {
    # ------------------------------------------------------------------ shared labels
    "supply.site_type.api": "Aktiv substans (API)",
    "supply.site_type.fpp": "Färdig produkt",
    "supply.site_type.packaging": "Förpackning",
    "supply.stage.api": "aktiv substans (API)",
    "supply.stage.fpp": "färdig produkt",
    "supply.weighting.capacity": "efter kapacitet",
    "supply.weighting.companies": "lika per företag",
    "supply.tip.vital": "synnerlig vikt",
    "supply.tip.capacity": "Kapacitetsindex: {capacity}",
    "supply.tip.substances": "Substanser ({n}): {names}",
    "supply.tip.cell_title": "{n} {n:?tillverkningsställe|tillverkningsställen}",
    "supply.tip.cell_place": "i området kring {city}, {country}",
    "supply.tip.cell_counts": "{n_cities} {n_cities:?ort|orter} · {n_companies} företag",
    "supply.tip.cell_types": "Aktiv substans {n_api} · färdig produkt {n_fpp} · "
    "förpackning {n_packaging}",
    # ------------------------------------------------------------------ filters
    "supply.view.label": "Vy",
    "supply.view.world": "Världen",
    "supply.view.nordic": "Norden",
    "supply.view.help": "Norden zoomar kartan till de nordiska länderna och visar vad som kan "
    "tillverkas där och vad som saknas (gaplistan).",
    "supply.size.label": "Punktens storlek",
    "supply.size.capacity": "Kapacitet",
    "supply.size.priority": "Prioriterade substanser",
    "supply.size.help": "Kapacitet: tillverkningsställets relativa kapacitetsindex (1 = ett "
    "typiskt ställe). Prioriterade substanser: hur många av de valda substanserna stället "
    "tillverkar.",
    "supply.filter.substance": "Substans",
    "supply.filter.substance_help": "Skriv för att söka på namn eller ATC-kod.",
    "supply.filter.all_substances": "Alla substanser",
    "supply.filter.atc": "ATC-grupp (nivå 1–4)",
    "supply.filter.atc_help": "ATC-koden läses uppifrån: nivå 1 är en bokstav (N), nivå 2 tre "
    "tecken (N01), nivå 3 fyra (N01A), nivå 4 fem (N01AX). Medicintekniska produkter och "
    "skyddsutrustning har ingen ATC-kod och faller bort när en grupp är vald.",
    "supply.filter.all_atc": "Alla ATC-grupper",
    "supply.filter.atc_option": "{code} {name} (nivå {level}): {names}",
    "supply.filter.list": "Prioriteringslista",
    "supply.filter.list_help": "Vilken version av prioriteringslistan substanserna tas från.",
    "supply.filter.all_lists": "Alla substanser, oavsett lista",
    "supply.filter.list_current": "{version} (gällande)",
    "supply.filter.list_option": "{version} ({date})",
    "supply.filter.site_type": "Typ av tillverkningsställe",
    "supply.filter.all_site_types": "Alla typer",
    "supply.filter.area": "Land eller landgrupp",
    "supply.filter.area_help": "EU/EES: EU:s 27 länder och Island, Liechtenstein och Norge. "
    "Norden: Sverige, Norge, Danmark, Finland och Island. Övriga världen: utanför EU/EES.",
    "supply.filter.area.all": "Hela världen",
    "supply.filter.area.eu_eea": "EU/EES",
    "supply.filter.area.nordic": "Norden",
    "supply.filter.area.rest": "Övriga världen (utanför EU/EES)",
    "supply.filter.country_option": "{country} ({n} {n:?ställe|ställen})",
    "supply.filter.vital": "Synnerlig vikt",
    "supply.filter.vital_help": "Företag som är flaggade som av synnerlig vikt för vården vid "
    "höjd beredskap. Flaggan är data (kolumnen `is_vital` i filen sites).",
    "supply.filter.vital.all": "Alla företag",
    "supply.filter.vital.yes": "Endast företag av synnerlig vikt",
    "supply.filter.vital.no": "Företag utan flaggan",
    # ------------------------------------------------------------------ map
    "supply.map.title.world": "Tillverkningsställen i världen",
    "supply.map.title.nordic": "Tillverkningsställen i Norden",
    "supply.map.sentence": "Urvalet: **{n_sites}** "
    "{n_sites:?tillverkningsställe|tillverkningsställen} i {n_countries} "
    "{n_countries:?land|länder}, "
    "hos {n_companies} företag, som tillverkar {n_substances} av de valda substanserna. "
    "Håll pekaren över en punkt för detaljer.",
    "supply.map.empty": "Inget tillverkningsställe matchar urvalet. Ändra filtren ovan.",
    "supply.map.aggregated": "Urvalet har {n_sites} "
    "{n_sites:?tillverkningsställe|tillverkningsställen}, fler än {limit} som "
    "kartan visar ett och ett. De visas därför sammanslagna i {n_cells} {n_cells:?ruta|rutor} om "
    "{cell}×{cell} "
    "grader: varje ställe räknas i precis en ruta och inget utelämnas. Punktens storlek visar "
    "antalet ställen, färgen den vanligaste typen. Smalna av urvalet för att se enskilda ställen.",
    "supply.map.size_capacity": "Storlek: kapacitetsindex (okänd kapacitet: minsta punkten).",
    "supply.map.size_priority": "Storlek: antal valda prioriterade substanser på stället.",
    "supply.map.size_cells": "Storlek: antal tillverkningsställen i rutan.",
    "supply.map.method": "Källa: `v_site_map` (ett tillverkningsställe per rad, med företag, ort, "
    "land, typ och substanser). Ett ställe är med när det passar filtren för typ, land och "
    "synnerlig vikt och tillverkar minst en av de valda substanserna. Landgränser: Natural "
    "Earth.",
    "supply.link.substance": "Hela försörjningskedjan för substansen",
    # ------------------------------------------------------------------ choropleth
    "supply.choropleth.title": "Per land",
    "supply.choropleth.measure": "Visa",
    "supply.choropleth.measure.sites": "Antal tillverkningsställen",
    "supply.choropleth.measure.api_share": "Andel av ställena för aktiv substans",
    "supply.choropleth.sites": "Tillverkningsställen",
    "supply.choropleth.api_share": "Andel av urvalets API-ställen",
    "supply.choropleth.hover": "<b>{country}</b><br>{n_sites} "
    "{n_sites:?tillverkningsställe|tillverkningsställen}<br>"
    "aktiv substans {n_api} · färdig produkt {n_fpp} · förpackning {n_packaging}<br>"
    "{share} av urvalets ställen för aktiv substans",
    "supply.choropleth.method.sites": "Källa: `v_site_map`, urvalets tillverkningsställen per "
    "land (alla typer). Färgskalan är logaritmisk (1, 3, 10, 30, …) så att länder med få "
    "ställen syns; grått: inget ställe.",
    "supply.choropleth.method.api_share": "Källa: `v_site_map`. Andel = landets ställen för aktiv "
    "substans (API) ÷ alla API-ställen i urvalet. Tom när urvalet saknar API-ställen.",
    # ------------------------------------------------------------------ vulnerability
    "supply.vulnerability.title": "Sårbarhet per substans",
    "supply.vulnerability.focus": "Visa substanser",
    "supply.vulnerability.focus.all": "Alla",
    "supply.vulnerability.focus.high": "Hög sårbarhet (poäng ≥ {score})",
    "supply.vulnerability.focus.shortage": "Med aktiv restnotering",
    "supply.vulnerability.focus.one_country": "Källsteget i ett enda land",
    "supply.vulnerability.focus.outside_eu_eea": "Inget källställe i EU/EES",
    "supply.vulnerability.focus.no_source": "Inget känt tillverkningsställe",
    "supply.vulnerability.sentence": "**{n}** {n:?substans|substanser}, mest sårbar först. "
    "Tabellen följer "
    "filtren för substans, ATC-grupp och lista (inte typ, land och synnerlig vikt: poängen "
    "gäller hela försörjningskedjan). Varje del av poängen och allt den bygger på står i "
    "kolumnerna; klicka på en rubrik för att sortera.",
    "supply.vulnerability.source": "Källa: `v_substance_supply` (poäng, delar och underlag för "
    "källsteget) och `v_supply_concentration` (ställen, länder, HHI och största land för aktiv "
    "substans). Metoden: projektets metodbeskrivning.",
    "supply.score.title": "Så räknas sårbarhetspoängen (0–100)",
    "supply.score.method": "Poängen väger ihop fyra delar, var och en mellan 0 (robust) och 1 "
    "(utsatt). De räknas på substansens **källsteg**: aktiv substans (API) för läkemedel, "
    "färdig produkt för medicintekniska produkter och skyddsutrustning.\n\n"
    "| del | definition | vikt | högst |\n|---|---|---|---|\n"
    "| koncentration | HHI: summan av varje lands andel av tillförseln i kvadrat; 1 utan "
    "känt ställe | 0,35 | 35 |\n"
    "| få källor | 1 ÷ antal **företag**; 1 med ett eller inget | 0,25 | 25 |\n"
    "| utanför EU/EES | tillförselns vägda medel av landgruppernas vikt: EU/EES 0, nära "
    "partner 0,5, avlägsna länder 1; 1 utan känt ställe | 0,25 | 25 |\n"
    "| restnoteringar | min(restnoteringar som startat de senaste tre åren, 3) ÷ 3 | 0,15 "
    "| 15 |\n\n"
    "**Poäng = 100 × (0,35 koncentration + 0,25 få källor + 0,25 utanför EU/EES + "
    "0,15 restnoteringar)**, avrundat till en decimal. Strukturen (var och hur många "
    "källor) väger 0,85 och historiken 0,15, eftersom frågan är vad som händer när en källa "
    "faller bort. En kedja utan känt tillverkningsställe räknas som utsatt, inte som säker.\n\n"
    "**Källor är företag, inte ställen.** Flera ställen hos samma företag är en källa: varje "
    "företag väger lika och dess vikt delas på dess ställen. Har varje ställe i källsteget ett "
    'känt kapacitetsindex väger i stället varje ställe sin kapacitet (kolumnen "Källor '
    'vägda"). Ett lands andel av tillförseln är summan av dess ställens vikter.\n\n'
    "**Landgrupper är data** (tabellen `country_groups`, ändras med `beredskap load "
    "country-groups`): EU/EES (EU:s 27 länder och Island, Liechtenstein, Norge) väger 0; nära "
    "partner väger 0,5: Schweiz, Storbritannien, USA, Kanada, Japan, Israel, Australien och "
    "Nya Zeeland, de länder där EU erkänner GMP-inspektioner av läkemedel ömsesidigt (MRA, "
    "EU–UK-avtalet, EU–Israel ACAA); vikten 0,5 är en bedömning. Övriga länder är avlägsna och "
    "väger 1. Substanssidan visar varje lands grupp.\n\n"
    "USP:s Medicine Supply Map och EU:s sårbarhetsbedömning av unionsförteckningen publicerar "
    "inte sina formler; den här publiceras så att var och en kan kontrollera och ifrågasätta "
    "den. Begränsningar: kapacitetsindex gäller stället, inte substansen; att ett ställe är "
    "registrerat för "
    "en substans betyder inte att det tillverkar den nu; historiken beror på vilka "
    "restnoteringar som lästs in.",
    "supply.score.part.concentration": "Koncentration",
    "supply.score.part.few_sources": "Få källor",
    "supply.score.part.outside_eu_eea": "Utanför EU/EES",
    "supply.score.part.shortage": "Restnoteringar",
    "supply.score.bar_text": "{points} av {most}",
    "supply.score.bar_hover": "{part}: {value} × vikt → {points} av {weight} poäng",
    # ------------------------------------------------------------------ Nordic view
    "supply.nordic.title": "Vad kan tillverkas i Norden?",
    "supply.nordic.sentence": "Av {n_items} {n_items:?substans|substanser} på listan **tillverkas "
    "{n_nordic}** i "
    "Norden (aktiv substans eller färdig produkt), {n_swedish} av dem i Sverige. **{n_gaps}** "
    "tillverkas inte i Norden: de står i gaplistan nedan; {n_packed} av dem förpackas här, "
    "men förpackning är inte tillverkning.",
    "supply.nordic.role.makes_api_and_fpp": "tillverkar API och färdig produkt",
    "supply.nordic.role.makes_api": "tillverkar API",
    "supply.nordic.role.makes_fpp": "tillverkar färdig produkt",
    "supply.nordic.role.packs_only": "förpackar bara",
    "supply.nordic.method": "Källa: `v_substance_supply` (nordiska ställen per typ) och "
    "`v_site_map` "
    "(ställen per land). Tillverkning = ett ställe för aktiv substans (API) eller färdig "
    "produkt; ett förpackningsställe förpackar det som gjorts någon annanstans och räknas inte "
    "som tillverkning. Kapacitet: summan av kapacitetsindex för de nordiska API- och "
    "färdigproduktställena där det är känt. Tabellen följer filtren för substans, ATC-grupp "
    "och lista.",
    "supply.gaps.title": "Gaplistan: ingen nordisk tillverkning",
    "supply.gaps.step": "Steg i kedjan",
    "supply.gaps.step.make": "Tillverkas inte alls",
    "supply.gaps.step.api": "Ingen aktiv substans (API)",
    "supply.gaps.step.fpp": "Ingen färdig produkt",
    "supply.gaps.sentence.make": "**{n}** {n:?substans|substanser} tillverkas inte i Norden, "
    "varken aktiv "
    "substans eller färdig produkt (ett förpackningsställe räknas inte), mest sårbar först, "
    "med var de tillverkas i stället.",
    "supply.gaps.sentence.api": "**{n}** läkemedel saknar nordiskt ställe för aktiv substans "
    "(API), även om de kanske färdigställs eller förpackas här, mest sårbar först.",
    "supply.gaps.sentence.fpp": "**{n}** {n:?substans|substanser} saknar nordiskt ställe för "
    "färdig produkt, "
    "mest sårbar först.",
    "supply.gaps.method": "Källa: `v_substance_supply` (`is_nordic_gap`: på listan och inget "
    "ställe i Sverige, Norge, Danmark, Finland eller Island som tillverkar aktiv substans eller "
    "färdig produkt; makrot `nordic_can_make`) och `v_supply_concentration`. Ett nordiskt "
    "förpackningsställe lämnar substansen kvar på listan.",
    # ------------------------------------------------------------------ Substans
    "substance.title": "Substans",
    "substance.none": "Databasen har inga substanser. Läs in dem med `beredskap load substances`.",
    "substance.picker_help": "Skriv för att söka. Utan val visas den mest sårbara substansen "
    "på den gällande listan.",
    "substance.sentence": "Källsteg: {stage}. **{n_sites}** "
    "{n_sites:?tillverkningsställe|tillverkningsställen} i "
    "{n_countries} {n_countries:?land|länder} hos {n_companies} företag; {eu_share} av dem i "
    "EU/EES. "
    "{n_nordic} {n_nordic:?ställe|ställen} av någon typ i Norden. {n_active} {n_active:?aktiv "
    "restnotering|aktiva restnoteringar}.",
    "substance.no_source": "Inget känt tillverkningsställe för {stage}: varje del av poängen "
    "som beror på källorna står på sitt sämsta värde.",
    "substance.score.title": "Sårbarhetspoängen del för del",
    "substance.score.source": "Källa: `v_substance_supply` (points_* och `vulnerability_score`). "
    "Varje stapel är delens poäng av det högsta den kan ge; staplarna summerar till poängen.",
    "substance.map.title": "Var den tillverkas",
    "substance.map.source": "Källa: `v_site_map`, substansens tillverkningsställen av alla typer; "
    "punktens storlek: kapacitetsindex. Landgränser: Natural Earth.",
    "substance.countries.source": "Källa: `v_site_map`, substansens tillverkningsställen per land "
    "och typ.",
    "substance.countries.title": "Länder",
    "substance.companies.title": "Företag",
    "substance.companies.source": "Källa: `v_site_map` och `v_substance_supply`. Enda källa / en "
    "av två: företaget har ett ställe i källsteget och är det enda / ett av två sådana.",
    "substance.shortages.title": "Restnoteringar och försäljningsuppehåll",
    "substance.shortages.none": "Inga restnoteringar eller försäljningsuppehåll finns inlästa "
    "för substansen.",
    "substance.shortages.source": "Källa: Läkemedelsverkets restnoteringar (`shortages`). Aktiv: "
    "startad senast den senaste "
    "rapportdagen och inte löst då.",
    "substance.cover.title": "Regionernas lager, {date}",
    "substance.cover.sentence": "Hur många dagars normal förbrukning varje region har i lager. "
    "Streckad linje: målet 30 dagar. Orange stapel: under målet. Grå: ingen rapport den "
    "dagen, eller ingen förbrukning.",
    "substance.cover.source": "Källa: `v_region_coverage_monthly`, den senaste rapportdagens "
    "rader (dagar = lager ÷ förbrukning per dag).",
    "substance.alternatives.title": "Alternativ i samma ATC-grupp ({group})",
    "substance.alternatives.sentence": "{n} {n:?annan substans|andra substanser} i samma "
    "ATC-grupp på nivå 4, "
    "minst sårbar först: en robust kedja här kan vara ett behandlingsalternativ.",
    "substance.alternatives.none": "Inga andra substanser i samma ATC-grupp på nivå 4 finns i "
    "databasen.",
    "substance.alternatives.source": "Källa: `v_substance_supply` och `v_supply_concentration` "
    "(atc_l4: ATC-kodens första fem tecken).",
    "substance.link.map": "Visa substansen på världskartan",
    "supply.cover.target": "Mål {days} dagar",
    "supply.cover.axis": "Dagar i lager",
    "supply.cover.zero_use": "ingen förbrukning",
    "supply.cover.hover": "{region}<br>{days} dagar i lager",
    "supply.cover.hover_no_report": "{region}<br>ingen rapport den dagen",
    "supply.cover.hover_zero_use": "{region}<br>ingen normal förbrukning (målet räknas som nått)",
    # ------------------------------------------------------------------ Företag
    "companies.title": "Företag",
    "companies.intro": "{n_companies} företag tillverkar eller levererar tjänster i databasen, "
    "och **{n_vital}** är flaggade som av synnerlig vikt: {n_vital_goods} för sina varor, "
    '{n_vital_services} för en tjänst (uppdraget 2024 gäller företag vars "produktion av '
    'varor och tjänster" är av synnerlig vikt). **{n_sole}** är ensam källa för minst '
    "en substans på den gällande listan och {n_few} är den enda eller en av två; "
    "**{n_unflagged}** av de ensamma källorna saknar flaggan (markerade rader).",
    "companies.show": "Visa företag",
    "companies.show.all": "Alla",
    "companies.show.vital": "Flaggade som av synnerlig vikt",
    "companies.show.few_sources": "Enda eller en av två källor",
    "companies.show.unflagged": "Enda källa men utan flagga",
    "companies.show.services": "Levererar tjänster",
    "companies.service.distribution": "distribution",
    "companies.service.sterilisation": "sterilisering",
    "companies.service.ordering_it": "IT för beställning",
    "companies.service.transport": "transport",
    "companies.service.device_maintenance": "service av medicinteknik",
    "companies.service.other": "annat",
    "companies.detail.services": "Tjänster: {services}. Av synnerlig vikt för: {vital}.",
    "companies.detail.no_services": "Inga tjänster registrerade.",
    "companies.detail.no_sites": "Företaget har inga tillverkningsställen i databasen: det är "
    "med för sina tjänster.",
    "col.is_vital_goods": "Synnerlig vikt: varor",
    "col.is_vital_services": "Synnerlig vikt: tjänster",
    "col.services": "Tjänster",
    "companies.ranking.title": "Rangordning",
    "companies.ranking.sentence": "**{n}** företag, ordnade efter hur mycket som hänger på dem: "
    "först antalet substanser där de är enda källan, sedan en av två, sedan alla "
    "prioriterade substanser de tillverkar i källsteget.",
    "companies.ranking.source": "Källa: `v_company_importance`. Källa = företaget har ett ställe i "
    "substansens källsteg (aktiv substans för läkemedel, färdig produkt annars). Flaggan är "
    "data som läses in; rangordningen hjälper att avgöra var den bör sättas. Tjänster och deras "
    "flagga: tabellen `company_services` (`beredskap load company-services`); ett företag kan vara "
    "av synnerlig vikt för varor, för tjänster eller för båda.",
    "companies.detail.title": "Ett företag i detalj",
    "companies.detail.picker": "Företag",
    "companies.detail.search": "Sök företag",
    "companies.detail.search_help": "Skriv en del av namnet. Listan visar de {limit} första "
    "träffarna i rangordningen.",
    "companies.detail.search_none": "Inget företag matchar sökningen.",
    "companies.detail.vital": "**{name}** ({country}) är flaggat som av synnerlig vikt för "
    "sina varor.",
    "companies.detail.not_vital": "**{name}** ({country}) är inte flaggat som av synnerlig vikt "
    "för sina varor.",
    "companies.items.sentence": "Företaget tillverkar **{n}** {n:?substans|substanser}. Enda "
    "källa / en av "
    "två gäller källsteget.",
    "companies.items.source": "Källa: `v_substance_supply` och tabellen `site_substances`.",
    "companies.map.source": "Källa: `v_site_map`, företagets tillverkningsställen. Landgränser: "
    "Natural Earth.",
    # ------------------------------------------------------------------ column headers
    "col.vulnerability_score": "Sårbarhet (0–100)",
    "col.points_concentration": "Poäng koncentration",
    "col.points_few_sources": "Poäng få källor",
    "col.points_outside_eu_eea": "Poäng utanför EU/EES",
    "col.points_shortage_history": "Poäng restnoteringar",
    "col.source_stage": "Källsteg",
    "col.n_source_sites": "Ställen i källsteget",
    "col.n_source_countries": "Länder i källsteget",
    "col.n_source_companies": "Företag i källsteget",
    "col.hhi_source": "HHI ställen per land",
    "col.eu_eea_share_source": "Andel ställen i EU/EES",
    "col.supplier_weighting": "Källor vägda",
    "col.hhi_supply": "HHI länder (per leverantör)",
    "col.supplier_share_eu_eea": "Andel EU/EES",
    "col.supplier_share_close_partner": "Andel nära partner",
    "col.supplier_share_distant": "Andel avlägsna länder",
    "col.country_group": "Landgrupp",
    "col.n_shortages_3y": "Restnoteringar 3 år",
    "col.n_active_shortages": "Aktiva restnoteringar",
    "col.n_fpp_sites": "Ställen färdig produkt",
    "col.n_packaging_sites": "Ställen förpackning",
    "col.n_nordic_sites": "Nordiska ställen",
    "col.n_nordic_api_sites": "Nordiska API-ställen",
    "col.n_nordic_fpp_sites": "Nordiska ställen färdig produkt",
    "col.n_sites_se": "Sverige",
    "col.n_sites_no": "Norge",
    "col.n_sites_dk": "Danmark",
    "col.n_sites_fi": "Finland",
    "col.n_sites_is": "Island",
    "col.nordic_capacity_index_sum": "Nordisk kapacitet (index)",
    "col.nordic_role": "Norden gör",
    "col.n_nordic_packaging_sites": "Nordiska förpackningsställen",
    "col.nordic_has_api": "API i Norden",
    "col.nordic_has_fpp": "Färdig produkt i Norden",
    "col.nordic_has_packaging": "Förpackning i Norden",
    "col.country": "Land",
    "col.is_eu_eea": "EU/EES",
    "col.n_companies": "Företag",
    "col.company_name": "Företag",
    "col.is_vital": "Synnerlig vikt",
    "col.is_sole_source_unflagged": "Enda källa utan flagga",
    "col.site_types": "Typ av ställen",
    "col.n_sites": "Tillverkningsställen",
    "col.n_countries": "Länder",
    "col.countries": "Länder",
    "col.is_source": "Källa",
    "col.is_sole_source": "Enda källa",
    "col.is_one_of_two": "En av två",
    "col.n_sole_source": "Enda källa för",
    "col.n_one_of_two": "En av två för",
    "col.n_priority_items": "Prioriterade substanser",
    "col.hq_country": "Huvudkontor",
    "col.resolved_date": "Löst",
    "col.is_active": "Aktiv",
}

EN: dict[str, str] = {
    # ------------------------------------------------------------------ shared labels
    "supply.site_type.api": "Active substance (API)",
    "supply.site_type.fpp": "Finished product",
    "supply.site_type.packaging": "Packaging",
    "supply.stage.api": "active substance (API)",
    "supply.stage.fpp": "finished product",
    "supply.weighting.capacity": "by capacity",
    "supply.weighting.companies": "equal per company",
    "supply.tip.vital": "vital importance",
    "supply.tip.capacity": "Capacity index: {capacity}",
    "supply.tip.substances": "Substances ({n}): {names}",
    "supply.tip.cell_title": "{n} {n:?manufacturing site|manufacturing sites}",
    "supply.tip.cell_place": "in the area around {city}, {country}",
    "supply.tip.cell_counts": "{n_cities} {n_cities:?place|places} · {n_companies} "
    "{n_companies:?company|companies}",
    "supply.tip.cell_types": "Active substance {n_api} · finished product {n_fpp} · "
    "packaging {n_packaging}",
    # ------------------------------------------------------------------ filters
    "supply.view.label": "View",
    "supply.view.world": "World",
    "supply.view.nordic": "Nordic countries",
    "supply.view.help": "The Nordic view zooms the map to the Nordic countries and shows what "
    "can be made there and what cannot (the gap list).",
    "supply.size.label": "Dot size",
    "supply.size.capacity": "Capacity",
    "supply.size.priority": "Priority substances",
    "supply.size.help": "Capacity: the site's relative capacity index (1 = a typical site). "
    "Priority substances: how many of the chosen substances the site makes.",
    "supply.filter.substance": "Substance",
    "supply.filter.substance_help": "Type to search by name or ATC code.",
    "supply.filter.all_substances": "All substances",
    "supply.filter.atc": "ATC group (level 1–4)",
    "supply.filter.atc_help": "The ATC code reads from the top: level 1 is one letter (N), "
    "level 2 three characters (N01), level 3 four (N01A), level 4 five (N01AX). Medical "
    "devices and protective equipment have no ATC code and drop out when a group is chosen.",
    "supply.filter.all_atc": "All ATC groups",
    "supply.filter.atc_option": "{code} {name} (level {level}): {names}",
    "supply.filter.list": "Priority list",
    "supply.filter.list_help": "Which version of the priority list the substances come from.",
    "supply.filter.all_lists": "All substances, on any list or none",
    "supply.filter.list_current": "{version} (current)",
    "supply.filter.list_option": "{version} ({date})",
    "supply.filter.site_type": "Site type",
    "supply.filter.all_site_types": "All types",
    "supply.filter.area": "Country or group",
    "supply.filter.area_help": "EU/EEA: the 27 EU countries plus Iceland, Liechtenstein and "
    "Norway. Nordic: Sweden, Norway, Denmark, Finland and Iceland. Rest of the world: outside "
    "the EU/EEA.",
    "supply.filter.area.all": "The whole world",
    "supply.filter.area.eu_eea": "EU/EEA",
    "supply.filter.area.nordic": "Nordic countries",
    "supply.filter.area.rest": "Rest of the world (outside the EU/EEA)",
    "supply.filter.country_option": "{country} ({n} {n:?site|sites})",
    "supply.filter.vital": "Vital importance",
    "supply.filter.vital_help": "Companies flagged as of vital importance for care under "
    "heightened alert. The flag is data (column `is_vital` of the sites file).",
    "supply.filter.vital.all": "All companies",
    "supply.filter.vital.yes": "Only companies of vital importance",
    "supply.filter.vital.no": "Companies without the flag",
    # ------------------------------------------------------------------ map
    "supply.map.title.world": "Manufacturing sites worldwide",
    "supply.map.title.nordic": "Manufacturing sites in the Nordic countries",
    "supply.map.sentence": "The selection: **{n_sites}** {n_sites:?manufacturing "
    "site|manufacturing sites} in {n_countries} "
    "{n_countries:?country|countries}, owned by {n_companies} {n_companies:?company|companies}, "
    "making {n_substances} of the chosen "
    "substances. Hover over a dot for details.",
    "supply.map.empty": "No manufacturing site matches the selection. Change the filters above.",
    "supply.map.aggregated": "The selection has {n_sites} {n_sites:?manufacturing "
    "site|manufacturing sites}, more than the "
    "{limit} the map shows one by one. They are therefore merged into {n_cells} "
    "{n_cells:?cell|cells} of "
    "{cell}×{cell} degrees: every site is counted in exactly one cell and none is left out. "
    "A dot's size shows the number of sites, its colour the most common type. Narrow the "
    "selection to see single sites.",
    "supply.map.size_capacity": "Size: capacity index (unknown capacity: the smallest dot).",
    "supply.map.size_priority": "Size: number of chosen priority substances made at the site.",
    "supply.map.size_cells": "Size: number of manufacturing sites in the cell.",
    "supply.map.method": "Source: `v_site_map` (one manufacturing site per row, with company, "
    "city, country, type and substances). A site is shown when it passes the type, country and "
    "vital-importance filters and makes at least one of the chosen substances. Borders: "
    "Natural Earth.",
    "supply.link.substance": "The whole supply chain of this substance",
    # ------------------------------------------------------------------ choropleth
    "supply.choropleth.title": "By country",
    "supply.choropleth.measure": "Show",
    "supply.choropleth.measure.sites": "Number of sites",
    "supply.choropleth.measure.api_share": "Share of the active-substance sites",
    "supply.choropleth.sites": "Manufacturing sites",
    "supply.choropleth.api_share": "Share of the selection's API sites",
    "supply.choropleth.hover": "<b>{country}</b><br>{n_sites} {n_sites:?manufacturing "
    "site|manufacturing sites}<br>"
    "active substance {n_api} · finished product {n_fpp} · packaging {n_packaging}<br>"
    "{share} of the selection's active-substance sites",
    "supply.choropleth.method.sites": "Source: `v_site_map`, the selection's manufacturing sites "
    "per country (all types). The colour scale is logarithmic (1, 3, 10, 30, …) so that "
    "countries with few sites show; grey: no site.",
    "supply.choropleth.method.api_share": "Source: `v_site_map`. Share = the country's "
    "active-substance (API) sites ÷ all API sites in the selection. Empty when the selection "
    "has no API site.",
    # ------------------------------------------------------------------ vulnerability
    "supply.vulnerability.title": "Vulnerability by substance",
    "supply.vulnerability.focus": "Show substances",
    "supply.vulnerability.focus.all": "All",
    "supply.vulnerability.focus.high": "High vulnerability (score ≥ {score})",
    "supply.vulnerability.focus.shortage": "With an active shortage notice",
    "supply.vulnerability.focus.one_country": "Source stage in a single country",
    "supply.vulnerability.focus.outside_eu_eea": "No source site in the EU/EEA",
    "supply.vulnerability.focus.no_source": "No known manufacturing site",
    "supply.vulnerability.sentence": "**{n}** {n:?substance|substances}, most vulnerable first. "
    "The table "
    "follows the substance, ATC group and list filters (not type, country and vital "
    "importance: the score is about the whole supply chain). Every part of the score and "
    "everything it is built on is in the columns; click a header to sort.",
    "supply.vulnerability.source": "Source: `v_substance_supply` (score, parts and inputs for "
    "the source stage) and `v_supply_concentration` (sites, countries, HHI and top country for "
    "the active substance). The method: the project's method description.",
    "supply.score.title": "How the vulnerability score (0–100) is computed",
    "supply.score.method": "The score weighs four parts, each between 0 (robust) and 1 "
    "(exposed). They are counted at the substance's **source stage**: the active substance "
    "(API) for medicines, the finished product for medical devices and protective "
    "equipment.\n\n"
    "| part | definition | weight | at most |\n|---|---|---|---|\n"
    "| concentration | HHI: the sum of each country's squared share of the supply; 1 with no "
    "known site | 0.35 | 35 |\n"
    "| few sources | 1 ÷ number of **companies**; 1 with one or none | 0.25 | 25 |\n"
    "| outside EU/EEA | the supply's weighted mean of the country groups' weights: EU/EEA 0, "
    "close partner 0.5, distant 1; 1 with no known site | 0.25 | 25 |\n"
    "| shortage history | min(notices started in the last three years, 3) ÷ 3 | 0.15 | 15 |\n\n"
    "**Score = 100 × (0.35 concentration + 0.25 few sources + 0.25 outside EU/EEA + "
    "0.15 shortage history)**, rounded to one decimal. The structure (where and how many "
    "sources) weighs 0.85 and the record 0.15, because the question is what happens when a "
    "source stops. A chain with no known site counts as exposed, not as safe.\n\n"
    "**Sources are companies, not sites.** Several sites of one company are one source: each "
    "company weighs the same and its weight is split over its sites. When every source-stage "
    'site has a known capacity index, each site weighs its capacity instead (column "Sources '
    "weighted\"). A country's share of the supply is the sum of its sites' weights.\n\n"
    "**Country groups are data** (table `country_groups`, changed with `beredskap load "
    "country-groups`): EU/EEA (the 27 EU countries and Iceland, Liechtenstein, Norway) weighs 0; "
    "close partners weigh 0.5: Switzerland, the United Kingdom, the United States, Canada, "
    "Japan, Israel, Australia and New Zealand, the countries with which the EU mutually "
    "recognises GMP inspections of medicines (MRAs, the EU–UK agreement, the EU–Israel ACAA); "
    "the 0.5 is a judgement. Every other country is distant and weighs 1. The substance page "
    "shows each country's group.\n\n"
    "USP's Medicine Supply Map and the EU's vulnerability assessment of the Union list do not "
    "publish their formulas; this one is published so that anyone can check and argue with "
    "it. Limits: a capacity index belongs to the site, not the substance; a site registered "
    "for a substance may not make "
    "it now; the history depends on the notices loaded.",
    "supply.score.part.concentration": "Concentration",
    "supply.score.part.few_sources": "Few sources",
    "supply.score.part.outside_eu_eea": "Outside EU/EEA",
    "supply.score.part.shortage": "Shortage history",
    "supply.score.bar_text": "{points} of {most}",
    "supply.score.bar_hover": "{part}: {value} × weight → {points} of {weight} points",
    # ------------------------------------------------------------------ Nordic view
    "supply.nordic.title": "What can be made in the Nordic countries?",
    "supply.nordic.sentence": "Of {n_items} {n_items:?substance|substances} on the list, "
    "**{n_nordic} {n_nordic:?is|are} made** in "
    "the Nordic countries (active substance or finished product), {n_swedish} of them in "
    "Sweden. **{n_gaps}** are not made in the Nordic countries: they are on the gap list "
    "below; {n_packed} of them are packed here, but packing is not making.",
    "supply.nordic.role.makes_api_and_fpp": "makes API and finished product",
    "supply.nordic.role.makes_api": "makes API",
    "supply.nordic.role.makes_fpp": "makes finished product",
    "supply.nordic.role.packs_only": "only packs",
    "supply.nordic.method": "Source: `v_substance_supply` (Nordic sites per type) and `v_site_map` "
    "(sites per country). Making = a site for the active substance (API) or the finished "
    "product; a packaging site packs what was made elsewhere and does not count as making. "
    "Capacity: the sum of the capacity index of the Nordic API and finished-product sites "
    "where known. "
    "The table follows the substance, ATC group and list filters.",
    "supply.gaps.title": "The gap list: no Nordic manufacturing",
    "supply.gaps.step": "Step of the chain",
    "supply.gaps.step.make": "Not made at all",
    "supply.gaps.step.api": "No active substance (API)",
    "supply.gaps.step.fpp": "No finished product",
    "supply.gaps.sentence.make": "**{n}** {n:?substance is|substances are} not made in the Nordic "
    "countries, "
    "neither the active substance nor the finished product (a packaging site does not count), "
    "most vulnerable first, with where they are made instead.",
    "supply.gaps.sentence.api": "**{n}** {n:?medicine has|medicines have} no Nordic "
    "active-substance (API) "
    "site, even if they may be finished or packed here, most vulnerable first.",
    "supply.gaps.sentence.fpp": "**{n}** {n:?substance has|substances have} no Nordic "
    "finished-product site, "
    "most vulnerable first.",
    "supply.gaps.method": "Source: `v_substance_supply` (`is_nordic_gap`: on the list and no site "
    "in Sweden, Norway, Denmark, Finland or Iceland that makes the active substance or the "
    "finished product; macro `nordic_can_make`) and `v_supply_concentration`. A Nordic packaging "
    "site leaves the substance on the list.",
    # ------------------------------------------------------------------ Substans
    "substance.title": "Substance",
    "substance.none": "The database has no substances. Load them with `beredskap load substances`.",
    "substance.picker_help": "Type to search. With no choice, the most vulnerable substance "
    "on the current list is shown.",
    "substance.sentence": "Source stage: {stage}. **{n_sites}** {n_sites:?manufacturing "
    "site|manufacturing sites} in "
    "{n_countries} {n_countries:?country|countries}, owned by {n_companies} "
    "{n_companies:?company|companies}; {eu_share} of them in the "
    "EU/EEA. {n_nordic} {n_nordic:?site|sites} of any type in the Nordic countries. {n_active} "
    "{n_active:?active shortage notice|active shortage notices}.",
    "substance.no_source": "No known manufacturing site for the {stage}: every part of the "
    "score that depends on the sources is at its worst.",
    "substance.score.title": "The vulnerability score part by part",
    "substance.score.source": "Source: `v_substance_supply` (points_* and `vulnerability_score`). "
    "Each bar is the part's points out of the most it can give; the bars add up to the score.",
    "substance.map.title": "Where it is made",
    "substance.map.source": "Source: `v_site_map`, the substance's manufacturing sites of every "
    "type; dot size: capacity index. Borders: Natural Earth.",
    "substance.countries.source": "Source: `v_site_map`, the substance's manufacturing sites per "
    "country and type.",
    "substance.countries.title": "Countries",
    "substance.companies.title": "Companies",
    "substance.companies.source": "Source: `v_site_map` and `v_substance_supply`. Sole source / "
    "one "
    "of two: the company has a site at the source stage and is the only / one of two such.",
    "substance.shortages.title": "Shortage notices and sales suspensions",
    "substance.shortages.none": "No shortage notices or sales suspensions are loaded for this "
    "substance.",
    "substance.shortages.source": "Source: the Medical Products Agency's shortage notices "
    "(`shortages`). Active: started by the latest "
    "report date and not resolved then.",
    "substance.cover.title": "The regions' stock, {date}",
    "substance.cover.sentence": "How many days of normal consumption each region holds. "
    "Dashed line: the 30-day target. Orange bar: below the target. Grey: no report that day, "
    "or no consumption.",
    "substance.cover.source": "Source: `v_region_coverage_monthly`, the latest report date's "
    "rows (days = stock ÷ consumption per day).",
    "substance.alternatives.title": "Alternatives in the same ATC group ({group})",
    "substance.alternatives.sentence": "{n} {n:?other substance|other substances} in the same ATC "
    "level-4 group, "
    "least vulnerable first: a robust chain here may be a treatment alternative.",
    "substance.alternatives.none": "No other substance of the same ATC level-4 group is in the "
    "database.",
    "substance.alternatives.source": "Source: `v_substance_supply` and `v_supply_concentration` "
    "(atc_l4: the first five characters of the ATC code).",
    "substance.link.map": "Show the substance on the world map",
    "supply.cover.target": "Target {days} days",
    "supply.cover.axis": "Days of stock",
    "supply.cover.zero_use": "no consumption",
    "supply.cover.hover": "{region}<br>{days} days of stock",
    "supply.cover.hover_no_report": "{region}<br>no report that day",
    "supply.cover.hover_zero_use": "{region}<br>no normal consumption (the target counts as met)",
    # ------------------------------------------------------------------ Företag
    "companies.title": "Companies",
    "companies.intro": "{n_companies} {n_companies:?company makes|companies make} products or "
    "provide services in the "
    "database, and **{n_vital}** are flagged as of vital importance: {n_vital_goods} for their "
    "goods, {n_vital_services} for a service (the 2024 assignment covers companies whose "
    '"production of goods and services" is of vital importance). **{n_sole}** are the sole '
    "source of at least one substance on the current list and {n_few} the only or one of two; "
    "**{n_unflagged}** of the sole sources lack the flag (shaded rows).",
    "companies.show": "Show companies",
    "companies.show.all": "All",
    "companies.show.vital": "Flagged as of vital importance",
    "companies.show.few_sources": "Sole source or one of two",
    "companies.show.unflagged": "Sole source but not flagged",
    "companies.show.services": "Provides services",
    "companies.service.distribution": "distribution",
    "companies.service.sterilisation": "sterilisation",
    "companies.service.ordering_it": "IT for ordering",
    "companies.service.transport": "transport",
    "companies.service.device_maintenance": "maintenance of medical devices",
    "companies.service.other": "other",
    "companies.detail.services": "Services: {services}. Of vital importance for: {vital}.",
    "companies.detail.no_services": "No services recorded.",
    "companies.detail.no_sites": "The company has no manufacturing site in the database: it is "
    "listed for its services.",
    "col.is_vital_goods": "Vital: goods",
    "col.is_vital_services": "Vital: services",
    "col.services": "Services",
    "companies.ranking.title": "Ranking",
    "companies.ranking.sentence": "**{n}** {n:?company|companies}, ordered by how much depends on "
    "them: "
    "first the substances they are the sole source of, then one of two, then all priority "
    "substances they make at the source stage.",
    "companies.ranking.source": "Source: `v_company_importance`. Source = the company has a site "
    "at the substance's source stage (active substance for medicines, finished product "
    "otherwise). The flag is loaded data; the ranking helps decide where it should be set. "
    "Services and their flag: table `company_services` (`beredskap load company-services`); a "
    "company can be of vital importance for goods, for services or for both.",
    "companies.detail.title": "One company in detail",
    "companies.detail.picker": "Company",
    "companies.detail.search": "Search companies",
    "companies.detail.search_help": "Type part of the name. The list shows the first {limit} "
    "matches in ranking order.",
    "companies.detail.search_none": "No company matches the search.",
    "companies.detail.vital": "**{name}** ({country}) is flagged as of vital importance for "
    "its goods.",
    "companies.detail.not_vital": "**{name}** ({country}) is not flagged as of vital importance "
    "for its goods.",
    "companies.items.sentence": "The company makes **{n}** {n:?substance|substances}. Sole source "
    "/ one of two "
    "refer to the source stage.",
    "companies.items.source": "Source: `v_substance_supply` and table `site_substances`.",
    "companies.map.source": "Source: `v_site_map`, the company's manufacturing sites. Borders: "
    "Natural Earth.",
    # ------------------------------------------------------------------ column headers
    "col.vulnerability_score": "Vulnerability (0–100)",
    "col.points_concentration": "Points concentration",
    "col.points_few_sources": "Points few sources",
    "col.points_outside_eu_eea": "Points outside EU/EEA",
    "col.points_shortage_history": "Points shortage history",
    "col.source_stage": "Source stage",
    "col.n_source_sites": "Source-stage sites",
    "col.n_source_countries": "Source-stage countries",
    "col.n_source_companies": "Source-stage companies",
    "col.hhi_source": "HHI of sites by country",
    "col.eu_eea_share_source": "Share of sites in EU/EEA",
    "col.supplier_weighting": "Sources weighted",
    "col.hhi_supply": "HHI of countries (by supplier)",
    "col.supplier_share_eu_eea": "Share EU/EEA",
    "col.supplier_share_close_partner": "Share close partners",
    "col.supplier_share_distant": "Share distant countries",
    "col.country_group": "Country group",
    "col.n_shortages_3y": "Notices in 3 years",
    "col.n_active_shortages": "Active notices",
    "col.n_fpp_sites": "Finished-product sites",
    "col.n_packaging_sites": "Packaging sites",
    "col.n_nordic_sites": "Nordic sites",
    "col.n_nordic_api_sites": "Nordic API sites",
    "col.n_nordic_fpp_sites": "Nordic finished-product sites",
    "col.n_sites_se": "Sweden",
    "col.n_sites_no": "Norway",
    "col.n_sites_dk": "Denmark",
    "col.n_sites_fi": "Finland",
    "col.n_sites_is": "Iceland",
    "col.nordic_capacity_index_sum": "Nordic capacity (index)",
    "col.nordic_role": "The Nordics",
    "col.n_nordic_packaging_sites": "Nordic packaging sites",
    "col.nordic_has_api": "API in the Nordics",
    "col.nordic_has_fpp": "Finished product in the Nordics",
    "col.nordic_has_packaging": "Packing in the Nordics",
    "col.country": "Country",
    "col.is_eu_eea": "EU/EEA",
    "col.n_companies": "Companies",
    "col.company_name": "Company",
    "col.is_vital": "Vital importance",
    "col.is_sole_source_unflagged": "Sole source, not flagged",
    "col.site_types": "Site types",
    "col.n_sites": "Manufacturing sites",
    "col.n_countries": "Countries",
    "col.countries": "Countries",
    "col.is_source": "Source",
    "col.is_sole_source": "Sole source",
    "col.is_one_of_two": "One of two",
    "col.n_sole_source": "Sole source of",
    "col.n_one_of_two": "One of two for",
    "col.n_priority_items": "Priority substances",
    "col.hq_country": "Head office",
    "col.resolved_date": "Resolved",
    "col.is_active": "Active",
}
