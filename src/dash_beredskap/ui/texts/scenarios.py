"""Texts of the scenario page, Swedish and English (merged into ui.i18n)."""

SV: dict[str, str] = {
    "scenarios.title": "Scenarier",
    "scenarios.intro": "**Vad händer om ett land, ett företag eller ett tillverkningsställe "
    "slutar leverera, eller om förbrukningen ökar?** Välj ett färdigt scenario eller bygg "
    "ett eget. Beräkningen utgår från "
    "regionernas senaste lagerrapport ({date}) och de kända tillverkningsställena för varje "
    "substans. Så räknar vi: längst ned på sidan.",
    "scenarios.no_stock": "Databasen har ännu inga lagerrapporter, så inget scenario kan "
    "räknas. Läs in lagerdata med `beredskap load stock` eller bygg demodatabasen med "
    "`beredskap build-demo`.",
    "scenarios.url_problem": "Länken innehöll ett scenario som inte gick att läsa ({detail}). "
    "Den delen av adressen togs bort.",
    "scenarios.unknown_saved": "Det finns inget sparat scenario med id «{id}» i databasen.",
    "scenarios.empty": "Scenariot har inga störningar ännu. Lägg till en under "
    "**Bygg eller ändra scenariot**.",
    # ------------------------------------------------------------------ choosing
    "scenarios.picker.label": "Scenario",
    "scenarios.picker.help": "De färdiga exemplen och de scenarier som sparats i databasen. "
    "Valet sparas i adressen, så en delad länk visar samma scenario.",
    "scenarios.picker.example": "{name} (exempel)",
    "scenarios.picker.custom": "{name} (inte sparat)",
    "scenarios.default_name": "Eget scenario",
    "scenarios.new_button": "Nytt scenario",
    "scenarios.disruption.line": "{what}, {start}–{end} ({days} dagar)",
    "scenarios.disruption.share_line": "{what} förlorar {share} av lagret den {start} "
    "(störningen räknas i {days} dagar)",
    "scenarios.what.country": "Land: {name}",
    "scenarios.what.country_group": "Landgrupp: {name}",
    "scenarios.what.company": "Företag: {name}",
    "scenarios.what.site": "Tillverkningsställe: {name}",
    "scenarios.what.region_stock": "Regionlager: {name}",
    "scenarios.what.demand": "Ökad förbrukning: {name}",
    "scenarios.disruption.demand_line": "{what} ×{factor}, {start}–{end} ({days} dagar)",
    "scenarios.demand.all": "Alla substanser och produkter",
    "scenarios.demand.medicine": "Alla läkemedel",
    "scenarios.demand.device": "All medicinteknik",
    "scenarios.demand.ppe": "All skyddsutrustning",
    "scenarios.demand.atc": "ATC-grupp {code}",
    "scenarios.option.atc_group": "ATC-grupp {code} · {n} {n:?substans|substanser}",
    "scenarios.kind.country": "Ett land slutar exportera",
    "scenarios.kind.country_group": "En grupp länder slutar exportera",
    "scenarios.kind.company": "Ett företag slutar leverera",
    "scenarios.kind.site": "Ett tillverkningsställe slutar leverera",
    "scenarios.kind.region_stock": "En region förlorar en del av lagret",
    "scenarios.kind.demand": "Förbrukningen ökar (kris, krig)",
    "scenarios.group.non_eu_eea": "Alla länder utanför EU/EES",
    "scenarios.group.eu_eea": "EU/EES",
    "scenarios.group.nordic": "Norden",
    "scenarios.group.non_nordic": "Alla länder utanför Norden",
    "scenarios.site_type.api": "aktiv substans",
    "scenarios.site_type.fpp": "färdig produkt",
    "scenarios.site_type.packaging": "förpackning",
    "scenarios.option.country": "{name} ({code}) · {n} "
    "{n:?tillverkningsställe|tillverkningsställen}",
    "scenarios.option.company": "{name} ({code}) · {n} {n:?ställe|ställen}, {n_items} "
    "{n_items:?produkt|produkter}",
    "scenarios.option.site": "{company}, {city}, {country} · {site_type} ({code})",
    # ------------------------------------------------------------------ building
    "scenarios.builder.title": "Bygg eller ändra scenariot",
    "scenarios.builder.intro": "Lägg till störningar en i taget. Varje störning har ett "
    "startdatum och en längd; scenariot pågår från den första starten till det sista slutet.",
    "scenarios.builder.kind": "Vad händer?",
    "scenarios.builder.target": "Vilket?",
    "scenarios.builder.target_help": "Skriv för att söka i listan.",
    "scenarios.builder.search_company": "Sök företag (namn eller id)",
    "scenarios.builder.search_site": "Sök tillverkningsställe (företag, ort, land eller id)",
    "scenarios.builder.search_placeholder": "Skriv en del av namnet …",
    "scenarios.builder.search_help": "Listan visar högst {n} träffar; det valda ligger kvar "
    "medan du söker vidare.",
    "scenarios.builder.search_choose": "Välj bland träffarna",
    "scenarios.builder.search_none": "Inga träffar. Pröva en kortare del av namnet.",
    "scenarios.builder.search_more": "Visar de {n} första träffarna. Skriv mer för att smalna av.",
    "scenarios.builder.share": "Andel av lagret som går förlorad",
    "scenarios.builder.factor": "Förbrukning × (faktor)",
    "scenarios.builder.factor_help": "Normal förbrukning gånger faktorn under störningens "
    "dagar: 1,5 = hälften så mycket till. Leveranserna ökar inte med förbrukningen.",
    "scenarios.builder.start": "Startdatum",
    "scenarios.builder.days": "Antal dagar",
    "scenarios.builder.add": "Lägg till störningen",
    "scenarios.builder.remove": "Ta bort",
    "scenarios.builder.remove_help": "Ta bort den här störningen ur scenariot.",
    "scenarios.builder.full": "Ett scenario kan ha högst {n} {n:?störning|störningar}.",
    "scenarios.save.title": "Spara scenariot",
    "scenarios.save.name": "Namn",
    "scenarios.save.description": "Beskrivning (frivillig)",
    "scenarios.save.button": "Spara i databasen",
    "scenarios.save.replaces": "Ett sparat scenario med id «{id}» finns redan; det ersätts.",
    "scenarios.save.example_taken": "Namnet ger id «{id}», som ett av exemplen har. Välj ett "
    "annat namn.",
    "scenarios.save.needs_name": "Ge scenariot ett namn.",
    "scenarios.save.done": "Sparat som «{name}». Adressen visar nu det sparade scenariot.",
    "scenarios.save.refused": "Scenariot kunde inte sparas. Databasen är oförändrad.",
    "scenarios.save.how": "Sparas med samma kod som `beredskap load scenarios`: kontrolleras, "
    "skrivs till en kopia av databasen och byts in i ett enda steg.",
    "scenarios.share.title": "Dela",
    "scenarios.share.body": "Adressen i webbläsaren visar alltid det här scenariot. Kopiera den "
    "för att dela; frågan i adressen är:",
    # ------------------------------------------------------------------ the result
    "scenarios.headline.no_source": "{n} {n:?prioriterad substans|prioriterade substanser} "
    "förlorar alla källor",
    "scenarios.headline.regions": "{n} {n:?region|regioner} får slut på minst en inom {days} dagar",
    "scenarios.headline.sentence": "{pressure}: {no_source}; {regions}.",
    "scenarios.headline.no_report": "{n} {n:?region|regioner} har ingen lagerrapport och bedöms "
    "inte.",
    "scenarios.headline.reports": "**Rapporter:** {no_report} {no_report:?region|regioner} har "
    "inte rapporterat "
    "någon prioriterad substans (*ingen rapport*: varken brist eller klarar sig), {partly} har "
    "rapporterat en del. En region utan rapport räknas aldrig som att den klarar sig.",
    "scenarios.pressure.none": "Ingen störning",
    "scenarios.pressure.supply_cut": "Minskad tillgång",
    "scenarios.pressure.demand_rise": "Ökad förbrukning",
    "scenarios.pressure.both": "Minskad tillgång och ökad förbrukning",
    "scenarios.pressure.none_detail": "Scenariot ändrar varken tillgång eller förbrukning.",
    "scenarios.pressure.supply_cut_detail": "Scenariot **minskar tillgången** (leveranser "
    "stoppas eller lager går förlorat); förbrukningen är som vanligt.",
    "scenarios.pressure.demand_rise_detail": "Scenariot **ökar förbrukningen**; "
    "tillverkningen levererar som vanligt, men leveranserna växer inte med behovet.",
    "scenarios.pressure.both_detail": "Scenariot **minskar tillgången och ökar "
    "förbrukningen** samtidigt.",
    "scenarios.region_state.running_out": "Brist",
    "scenarios.region_state.no_report": "Ingen rapport",
    "scenarios.region_state.partly_reported": "Klarar sig, men inte allt rapporterat",
    "scenarios.region_state.holds": "Klarar sig",
    "scenarios.headline.detail": "«{name}» pågår {start}–{end} ({days} dagar). "
    "{reduced} prioriterade substanser har färre källor kvar. {running_out} av {n_priority} "
    "prioriterade substanser tar slut i minst en region innan scenariot är över; "
    "{regions_any} av {n_regions} {n_regions:?region|regioner} berörs.",
    "scenarios.metric.no_source": "Utan någon källa kvar",
    "scenarios.metric.no_source_help": "Prioriterade substanser där alla kända "
    "tillverkningsställen i ett led (aktiv substans eller färdig produkt) stoppas samtidigt.",
    "scenarios.metric.reduced": "Med färre källor",
    "scenarios.metric.reduced_help": "Prioriterade substanser som förlorar en del, men inte "
    "allt, av sin kapacitet i något led.",
    "scenarios.metric.running_out": "Tar slut i någon region",
    "scenarios.metric.running_out_help": "Prioriterade substanser vars lager tar slut i minst "
    "en region innan scenariot är över.",
    "scenarios.metric.regions_within": "Regioner, brist inom {days} d",
    "scenarios.metric.regions_within_help": "Regioner där minst en prioriterad substans tar "
    "slut inom {days} dagar från scenariots start (målet är en månads lager).",
    "scenarios.map.title": "Första dag en prioriterad substans tar slut",
    "scenarios.map.legend": "Dagar från start",
    "scenarios.map.hover": "{region}<br>Första brist: {date} (dag {day})<br>{n} "
    "{n:?substans|substanser} "
    "tar slut före scenariots slut<br>{n_within} inom {days} dagar",
    "scenarios.map.hover_none": "{region}<br>Ingen prioriterad substans tar slut före "
    "scenariots slut",
    "scenarios.map.hover_no_report": "{region}<br>Ingen lagerrapport: kan inte bedömas",
    "scenarios.map.caption": "Mörkare: tidigare brist. Grå: ingen prioriterad substans tar slut "
    "innan scenariot är över. Vit med mörk kant: ingen lagerrapport, kan inte bedömas.",
    "scenarios.timeline.title": "När tar lagren slut?",
    "scenarios.timeline.caption": "Varje punkt är en prioriterad substans som tar slut i en "
    "region. Regionerna står i ordning efter sin första brist. Streckad linje: {days} dagar; "
    "heldragen: scenariots slut.",
    "scenarios.timeline.axis": "Datum då lagret tar slut",
    "scenarios.timeline.end": "Scenariots slut",
    "scenarios.timeline.within": "{days} dagar",
    "scenarios.timeline.hover": "{substance}<br>{region}<br>Slut {date} (dag {day})",
    "scenarios.timeline.none": "Ingen prioriterad substans tar slut i någon region innan "
    "scenariot är över.",
    "scenarios.risk.title": "Substanser i riskzonen ({n})",
    "scenarios.risk.sentence": "Prioriterade substanser som förlorar källor eller tar slut i "
    "någon region, de mest utsatta först: utan källa, sedan efter antal regioner med brist. "
    "Kvar = tillverkningsställen som fortfarande levererar när det är som värst.",
    "scenarios.risk.none": "Ingen prioriterad substans påverkas av scenariot.",
    "scenarios.status.unaffected": "Opåverkad",
    "scenarios.status.reduced": "Färre källor",
    "scenarios.status.no_source_left": "Ingen källa kvar",
    "scenarios.status.no_known_source": "Ingen känd källa",
    "scenarios.regions.title": "Per region",
    "scenarios.alternatives.title": "Alternativ för det som tar slut",
    "scenarios.alternatives.note": "**Antagande:** alternativen är andra substanser i samma "
    "ATC-grupp (nivå 4) som fortfarande har en känd källa och lager kvar i regionen när "
    "scenariot är slut. Mängderna antas vara jämförbara dygnsdoser, så en enhet av "
    "alternativet ersätter en enhet av det som tagit slut. Dagar som läggs till = "
    "alternativets lager vid scenariots slut ÷ den slutade substansens normala förbrukning "
    "per dag. Om två substanser i samma grupp tar slut i en region räknas samma "
    "alternativlager för båda. Det är en grov uppskattning, inte en behandlingsrekommendation.",
    "scenarios.alternatives.none": "Inga alternativ: antingen tar inget slut, eller så har det "
    "som tar slut inga alternativ med källa och lager kvar.",
    "scenarios.compare.title": "Jämför två scenarier",
    "scenarios.compare.label": "Jämför med",
    "scenarios.compare.none": "Välj ett scenario att jämföra med",
    "scenarios.compare.help": "Ett sparat scenario eller ett av exemplen. Valet sparas i adressen.",
    "scenarios.compare.chart": "Prioriterade substanser som tar slut per region",
    "scenarios.compare.metric": "Mått",
    "scenarios.compare.key.n_priority_no_source": "Prioriterade substanser utan källa",
    "scenarios.compare.key.n_priority_reduced": "Prioriterade substanser med färre källor",
    "scenarios.compare.key.n_priority_running_out": "Prioriterade substanser som tar slut",
    "scenarios.compare.key.n_regions_running_out_within": "Regioner med brist inom 30 dagar",
    "scenarios.compare.key.n_regions_running_out": "Regioner med brist före scenariots slut",
    "scenarios.compare.key.n_regions_no_report": "Regioner utan lagerrapport",
    "scenarios.compare.key.duration_days": "Scenariots längd, dagar",
    "scenarios.source": "Källa: tabellerna `site_substances`, `sites` och `countries`; vyn "
    "`v_region_coverage_monthly` (senaste månaden); vyn `v_substance_supply`. Beräkningen: "
    "appens scenariomodell, beskriven under metoden nedan.",
    # ------------------------------------------------------------------ the method
    "scenarios.method.title": "Så räknar vi: metod, antaganden och begränsningar",
    "scenarios.method.body": """\
**Scenariot.** Ett scenario är en lista med störningar. En störning stoppar alla
tillverkningsställen i ett land eller en grupp av länder (till exempel allt utanför EU/EES), alla
ställen som tillhör ett företag, eller ett enda ställe; eller så förlorar en region en andel av
sitt lager; eller så ökar förbrukningen (en faktor, t.ex. ×1,5, för alla substanser, för läkemedel,
medicinteknik eller skyddsutrustning, eller för en ATC-grupp som J01). Överenskommelsernas fall
är kris och krig, då vården ska ges "för såväl civila som för militär personal": då räcker lagret
kortare tid även om ingen fabrik stoppas. Varje störning har ett startdatum och en längd i dagar.
Dag 0 är den första starten. Rubriken börjar med vad scenariot gör: minskad tillgång (leveranser
stoppas eller lager går förlorat), ökad förbrukning, eller båda.

**Kvarvarande tillgång.** En substans tillverkas i två led: aktiv substans (API) och färdig
produkt. I varje led räknar vi hur stor del av kapaciteten som fortfarande levererar (ett ställe
med okänd kapacitet räknas som ett normalt ställe, 1). Substansens tillgång är det sämsta ledet:
stoppas alla ställen för aktiv substans finns ingen källa kvar, hur många fabriker för färdig
produkt det än finns. Ett led utan kända ställen begränsar inte. Förpackning ingår inte.

**Lagret.** Utgångsläget är regionens senaste lagerrapport. Leveranserna antas täcka samma
andel av den normala förbrukningen som tillgången som är kvar, så lagret minskar med
normal förbrukning per dag × (förbrukningsfaktor − kvarvarande tillgång). Leveranserna växer
inte med behovet; utan ökad förbrukning är faktorn 1, och två ökningar som gäller samma substans
samtidigt multipliceras. Exempel: 300 enheter, 10 per dag, ingen källa kvar och förbrukning
×1,5: 15 per dag, slut dag 20 i stället för dag 30. En substans tar slut den dag lagret når noll,
om det sker innan scenariot är över. En regions lagerförlust sker på startdagen; därefter
levereras som vanligt. En substans som regionen inte rapporterat räknas som *inte rapporterad*,
aldrig som slut.

**Ingen rapport.** En region som inte rapporterat någon prioriterad substans har läget *ingen
rapport*: den kan varken få slut eller klara sig i modellen, så den räknas för sig i rubriken,
tabellen och kartan (vit med mörk kant), aldrig som att den klarar sig. En region som
rapporterat en del och där inget av det tar slut har läget *klarar sig, men inte allt
rapporterat*.

**Rubriken** räknar prioriterade substanser där ingen källa finns kvar någon gång under
scenariot, och regioner där minst en prioriterad substans tar slut inom 30 dagar (målet är en
månads förbrukning i lager).

**Begränsningar.** Modellen känner bara de tillverkningsställen som finns i databasen och vet
inte vilka ställen som faktiskt levererar till Sverige eller i vilka mängder. Andra länder som
köper samma varor, lager hos grossister och företag, ransonering och omfördelning mellan regioner
ingår inte; ändrad förbrukning bara som en ökning du lägger till. Tillgången återkommer
direkt när en störning tar slut.
Lagret mellan rapportdagen och scenariots start antas oförändrat. Siffrorna visar var
sårbarheten finns, inte hur en verklig kris skulle förlöpa.""",
    # ------------------------------------------------------------------ the shipped examples
    "scenarios.example.exempel-indien-90.name": "Indien slutar exportera i 90 dagar",
    "scenarios.example.exempel-indien-90.description": "Inga leveranser från "
    "tillverkningsställen i Indien (aktiv substans och färdig produkt) i tre månader.",
    "scenarios.example.exempel-utanfor-eu-ees-60.name": "Allt utanför EU/EES stoppas i 60 dagar",
    "scenarios.example.exempel-utanfor-eu-ees-60.description": "Alla tillverkningsställen "
    "utanför EU/EES levererar inget i två månader.",
    "scenarios.example.exempel-storsta-api-tillverkaren-182.name": "Den största "
    "API-tillverkaren stoppas i sex månader",
    "scenarios.example.exempel-storsta-api-tillverkaren-182.description": "Företaget vars "
    "tillverkningsställen för aktiv substans gör flest substanser på prioriteringslistan "
    "levererar inget i sex månader.",
    "scenarios.example.exempel-krig-indien-90.name": "Krig: Indien stoppar och förbrukningen "
    "ökar 50 % i 90 dagar",
    "scenarios.example.exempel-krig-indien-90.description": "Inga leveranser från Indien i "
    "tre månader, samtidigt som vården av civila och militär personal höjer förbrukningen av "
    "allt med hälften (×1,5).",
    # ------------------------------------------------------------------ table columns
    "col.scenario_substance": "Substans",
    "col.scenario_atc": "ATC-kod",
    "col.scenario_status": "Status",
    "col.scenario_api_left": "API-ställen kvar",
    "col.scenario_api_left_of": "API-ställen kvar",
    "col.scenario_fpp_left_of": "Färdig produkt, ställen kvar",
    "scenarios.left_of": "{left} av {n}",
    "col.scenario_api_sites": "API-ställen",
    "col.scenario_fpp_left": "Ställen färdig produkt kvar",
    "col.scenario_fpp_sites": "Ställen färdig produkt",
    "col.scenario_capacity_left": "Kapacitet kvar (känd)",
    "col.scenario_supply_left": "Tillgång kvar",
    "col.scenario_n_regions_out": "Regioner med brist",
    "col.scenario_first_out": "Första brist",
    "col.scenario_region": "Region",
    "col.scenario_n_priority": "Prioriterade substanser",
    "col.scenario_n_out": "Tar slut",
    "col.scenario_n_out_within": "Tar slut inom 30 dagar",
    "col.scenario_n_not_reported": "Inte rapporterade",
    "col.scenario_region_state": "Läge",
    "col.scenario_first_day": "Första brist, dag",
    "col.scenario_out_date": "Tar slut",
    "col.scenario_out_day": "Dag",
    "col.scenario_alternative": "Alternativ",
    "col.scenario_alt_stock": "Alternativets lager vid slutet",
    "col.scenario_days_added": "Dagar som läggs till",
    "col.scenario_is_reported": "Rapporterad",
    "col.scenario_cover_days": "Dagar med lager utan leveranser",
    "col.scenario_cover_shorter": "Kortare än scenariot",
    "col.scenario_stock_left": "Lager vid scenariots slut",
    "scenarios.region_items.download": "Alla regioner och prioriterade substanser (för "
    "nedladdning): lager vid start i dagar utan leveranser, dag då det tar slut och lager vid "
    "slutet.",
    "col.scenario_a": "A",
    "col.scenario_b": "B",
    "col.scenario_difference": "Skillnad (B − A)",
    "col.scenario_out_a": "Tar slut (A)",
    "col.scenario_out_b": "Tar slut (B)",
    "col.scenario_first_a": "Första brist (A)",
    "col.scenario_first_b": "Första brist (B)",
}

EN: dict[str, str] = {
    "scenarios.title": "Scenarios",
    "scenarios.intro": "**What if a country, a company or a manufacturing site stops "
    "delivering, or consumption rises?** Pick a ready-made scenario or build your own. "
    "The calculation starts from "
    "the regions' latest stock report ({date}) and the known manufacturing sites of each "
    "substance. How it is computed: at the bottom of the page.",
    "scenarios.no_stock": "The database has no stock reports yet, so no scenario can be "
    "computed. Load stock data with `beredskap load stock` or build the demo database with "
    "`beredskap build-demo`.",
    "scenarios.url_problem": "The link held a scenario that could not be read ({detail}). "
    "That part of the address was removed.",
    "scenarios.unknown_saved": "There is no saved scenario with id «{id}» in the database.",
    "scenarios.empty": "The scenario has no disruptions yet. Add one under "
    "**Build or change the scenario**.",
    "scenarios.picker.label": "Scenario",
    "scenarios.picker.help": "The ready-made examples and the scenarios saved in the database. "
    "The choice is kept in the address, so a shared link shows the same scenario.",
    "scenarios.picker.example": "{name} (example)",
    "scenarios.picker.custom": "{name} (not saved)",
    "scenarios.default_name": "My scenario",
    "scenarios.new_button": "New scenario",
    "scenarios.disruption.line": "{what}, {start}–{end} ({days} days)",
    "scenarios.disruption.share_line": "{what} loses {share} of its stock on {start} "
    "(the disruption counts for {days} days)",
    "scenarios.what.country": "Country: {name}",
    "scenarios.what.country_group": "Country group: {name}",
    "scenarios.what.company": "Company: {name}",
    "scenarios.what.site": "Manufacturing site: {name}",
    "scenarios.what.region_stock": "Regional stock: {name}",
    "scenarios.what.demand": "Higher consumption: {name}",
    "scenarios.disruption.demand_line": "{what} ×{factor}, {start}–{end} ({days} days)",
    "scenarios.demand.all": "Every substance and product",
    "scenarios.demand.medicine": "All medicines",
    "scenarios.demand.device": "All medical devices",
    "scenarios.demand.ppe": "All protective equipment",
    "scenarios.demand.atc": "ATC group {code}",
    "scenarios.option.atc_group": "ATC group {code} · {n} {n:?substance|substances}",
    "scenarios.kind.country": "A country stops exporting",
    "scenarios.kind.country_group": "A group of countries stops exporting",
    "scenarios.kind.company": "A company stops delivering",
    "scenarios.kind.site": "A manufacturing site stops delivering",
    "scenarios.kind.region_stock": "A region loses part of its stock",
    "scenarios.kind.demand": "Consumption rises (crisis, war)",
    "scenarios.group.non_eu_eea": "Every country outside the EU/EEA",
    "scenarios.group.eu_eea": "The EU/EEA",
    "scenarios.group.nordic": "The Nordic countries",
    "scenarios.group.non_nordic": "Every country outside the Nordics",
    "scenarios.site_type.api": "active substance",
    "scenarios.site_type.fpp": "finished product",
    "scenarios.site_type.packaging": "packaging",
    "scenarios.option.country": "{name} ({code}) · {n} {n:?manufacturing site|manufacturing sites}",
    "scenarios.option.company": "{name} ({code}) · {n} {n:?site|sites}, {n_items} "
    "{n_items:?product|products}",
    "scenarios.option.site": "{company}, {city}, {country} · {site_type} ({code})",
    "scenarios.builder.title": "Build or change the scenario",
    "scenarios.builder.intro": "Add disruptions one at a time. Each has a start date and a "
    "length; the scenario runs from the first start to the last end.",
    "scenarios.builder.kind": "What happens?",
    "scenarios.builder.target": "Which one?",
    "scenarios.builder.target_help": "Type to search the list.",
    "scenarios.builder.search_company": "Search companies (name or id)",
    "scenarios.builder.search_site": "Search manufacturing sites (company, city, country or id)",
    "scenarios.builder.search_placeholder": "Type part of the name …",
    "scenarios.builder.search_help": "The list shows at most {n} matches; the one chosen "
    "stays while you search on.",
    "scenarios.builder.search_choose": "Choose among the matches",
    "scenarios.builder.search_none": "No matches. Try a shorter part of the name.",
    "scenarios.builder.search_more": "Showing the first {n} matches. Type more to narrow "
    "them down.",
    "scenarios.builder.share": "Share of the stock lost",
    "scenarios.builder.factor": "Consumption × (factor)",
    "scenarios.builder.factor_help": "Normal consumption times the factor during the "
    "disruption's days: 1.5 = half as much again. Deliveries do not grow with consumption.",
    "scenarios.builder.start": "Start date",
    "scenarios.builder.days": "Number of days",
    "scenarios.builder.add": "Add the disruption",
    "scenarios.builder.remove": "Remove",
    "scenarios.builder.remove_help": "Remove this disruption from the scenario.",
    "scenarios.builder.full": "A scenario can have at most {n} {n:?disruption|disruptions}.",
    "scenarios.save.title": "Save the scenario",
    "scenarios.save.name": "Name",
    "scenarios.save.description": "Description (optional)",
    "scenarios.save.button": "Save in the database",
    "scenarios.save.replaces": "A saved scenario with id «{id}» exists already; it is replaced.",
    "scenarios.save.example_taken": "The name gives id «{id}», which one of the examples has. "
    "Choose another name.",
    "scenarios.save.needs_name": "Give the scenario a name.",
    "scenarios.save.done": "Saved as «{name}». The address now shows the saved scenario.",
    "scenarios.save.refused": "The scenario could not be saved. The database is unchanged.",
    "scenarios.save.how": "Saved by the same code as `beredskap load scenarios`: checked, "
    "written to a copy of the database and swapped in in one step.",
    "scenarios.share.title": "Share",
    "scenarios.share.body": "The address in the browser always shows this scenario. Copy it to "
    "share; the query in the address is:",
    "scenarios.headline.no_source": "{n} {n:?priority substance loses|priority substances lose} "
    "every source",
    "scenarios.headline.regions": "{n} {n:?region runs|regions run} out of at least one within "
    "{days} days",
    "scenarios.headline.sentence": "{pressure}: {no_source}; {regions}.",
    "scenarios.headline.no_report": "{n} {n:?region has|regions have} no stock report and "
    "{n:?is|are} not judged.",
    "scenarios.headline.reports": "**Reports:** {no_report} {no_report:?region|regions} have "
    "reported no priority "
    "substance (*no report*: neither short nor fine), {partly} have reported some. A region "
    "with no report is never counted as fine.",
    "scenarios.pressure.none": "No disruption",
    "scenarios.pressure.supply_cut": "Supply cut",
    "scenarios.pressure.demand_rise": "Demand rise",
    "scenarios.pressure.both": "Supply cut and demand rise",
    "scenarios.pressure.none_detail": "The scenario changes neither supply nor consumption.",
    "scenarios.pressure.supply_cut_detail": "The scenario **cuts supply** (deliveries stop or "
    "stock is lost); consumption is as usual.",
    "scenarios.pressure.demand_rise_detail": "The scenario **raises consumption**; "
    "manufacturing delivers as usual, but deliveries do not grow with the need.",
    "scenarios.pressure.both_detail": "The scenario **cuts supply and raises consumption** at "
    "the same time.",
    "scenarios.region_state.running_out": "Runs out",
    "scenarios.region_state.no_report": "No report",
    "scenarios.region_state.partly_reported": "Holds, but not all reported",
    "scenarios.region_state.holds": "Holds",
    "scenarios.headline.detail": "«{name}» runs {start}–{end} ({days} days). "
    "{reduced} priority substances have fewer sources left. {running_out} of {n_priority} "
    "priority substances run out in at least one region before the scenario is over; "
    "{regions_any} of {n_regions} {n_regions:?region|regions} are affected.",
    "scenarios.metric.no_source": "No source left",
    "scenarios.metric.no_source_help": "Priority substances whose known manufacturing sites "
    "at one stage (active substance or finished product) all stop at the same time.",
    "scenarios.metric.reduced": "Fewer sources",
    "scenarios.metric.reduced_help": "Priority substances that lose some, but not all, of "
    "their capacity at a stage.",
    "scenarios.metric.running_out": "Run out in some region",
    "scenarios.metric.running_out_help": "Priority substances whose stock runs out in at least "
    "one region before the scenario is over.",
    "scenarios.metric.regions_within": "Regions short ≤ {days} days",
    "scenarios.metric.regions_within_help": "Regions where at least one priority substance "
    "runs out within {days} days of the scenario's start (the target is a month of stock).",
    "scenarios.map.title": "First day a priority substance runs out",
    "scenarios.map.legend": "Days from the start",
    "scenarios.map.hover": "{region}<br>First shortage: {date} (day {day})<br>{n} "
    "{n:?substance|substances} "
    "run out before the scenario ends<br>{n_within} within {days} days",
    "scenarios.map.hover_no_report": "{region}<br>No stock report: cannot be judged",
    "scenarios.map.hover_none": "{region}<br>No priority substance runs out before the "
    "scenario ends",
    "scenarios.map.caption": "Darker: an earlier shortage. Grey: no priority substance runs "
    "out before the scenario is over."
    " White with a dark edge: no stock report, cannot be judged.",
    "scenarios.timeline.title": "When does the stock run out?",
    "scenarios.timeline.caption": "Each dot is a priority substance running out in a region. "
    "Regions are ordered by their first shortage. Dashed line: {days} days; solid line: the "
    "end of the scenario.",
    "scenarios.timeline.axis": "Date the stock runs out",
    "scenarios.timeline.end": "End of the scenario",
    "scenarios.timeline.within": "{days} days",
    "scenarios.timeline.hover": "{substance}<br>{region}<br>Out on {date} (day {day})",
    "scenarios.timeline.none": "No priority substance runs out in any region before the "
    "scenario is over.",
    "scenarios.risk.title": "Substances at risk ({n})",
    "scenarios.risk.sentence": "Priority substances that lose sources or run out in some "
    "region, the most exposed first: no source left, then by the number of regions running "
    "out. Left = manufacturing sites still delivering at the worst moment.",
    "scenarios.risk.none": "No priority substance is affected by the scenario.",
    "scenarios.status.unaffected": "Unaffected",
    "scenarios.status.reduced": "Fewer sources",
    "scenarios.status.no_source_left": "No source left",
    "scenarios.status.no_known_source": "No known source",
    "scenarios.regions.title": "Per region",
    "scenarios.alternatives.title": "Alternatives for what runs out",
    "scenarios.alternatives.note": "**Assumption:** the alternatives are other substances of "
    "the same ATC group (level 4) that still have a known source and stock left in the region "
    "when the scenario ends. Quantities are taken to be comparable daily doses, so one unit of "
    "the alternative replaces one unit of what ran out. Days added = the alternative's stock at "
    "the end of the scenario ÷ the normal daily consumption of the substance that ran out. If "
    "two substances of one group run out in a region, the same alternative stock is counted "
    "for both. It is a rough estimate, not a treatment recommendation.",
    "scenarios.alternatives.none": "No alternatives: either nothing runs out, or what runs out "
    "has no alternative with a source and stock left.",
    "scenarios.compare.title": "Compare two scenarios",
    "scenarios.compare.label": "Compare with",
    "scenarios.compare.none": "Choose a scenario to compare with",
    "scenarios.compare.help": "A saved scenario or one of the examples. The choice is kept in "
    "the address.",
    "scenarios.compare.chart": "Priority substances running out per region",
    "scenarios.compare.metric": "Measure",
    "scenarios.compare.key.n_priority_no_source": "Priority substances with no source",
    "scenarios.compare.key.n_priority_reduced": "Priority substances with fewer sources",
    "scenarios.compare.key.n_priority_running_out": "Priority substances running out",
    "scenarios.compare.key.n_regions_running_out_within": "Regions short within 30 days",
    "scenarios.compare.key.n_regions_running_out": "Regions short before the scenario ends",
    "scenarios.compare.key.n_regions_no_report": "Regions with no stock report",
    "scenarios.compare.key.duration_days": "Length of the scenario, days",
    "scenarios.source": "Source: the tables `site_substances`, `sites` and `countries`; the view "
    "`v_region_coverage_monthly` (latest month); the view `v_substance_supply`. The calculation: "
    "the app's scenario model, described in the method below.",
    "scenarios.method.title": "How it is computed: method, assumptions and limits",
    "scenarios.method.body": """\
**The scenario.** A scenario is a list of disruptions. A disruption stops every manufacturing
site in a country or a group of countries (for example everything outside the EU/EEA), every
site of a company, or one single site; or a region loses a share of its stock; or consumption
rises (a factor, e.g. ×1.5, for every substance, for medicines, devices or protective equipment,
or for an ATC group such as J01). The agreements' case is crisis and war, when care must be given
"for civilians as well as military personnel": then stock lasts less even if no plant stops.
Each disruption has a start date and a length in days. Day 0 is the earliest start. The
headline starts with what the scenario does: supply cut (deliveries stop or stock is lost),
demand rise, or both.

**Supply left.** A substance is made in two stages: the active substance (API) and the finished
product. At each stage we count the share of capacity still delivering (a site of unknown
capacity counts as a typical site, 1). The substance's supply is its worst stage: if every
active-substance site stops, no source is left, however many finished-product plants there are.
A stage with no known site does not limit. Packaging is not modelled.

**Stock.** The starting point is the region's latest stock report. Deliveries are taken to
cover the same share of normal consumption as the supply left, so the stock falls by normal
daily consumption × (consumption factor − supply left). Deliveries do not grow with the need;
without a demand rise the factor is 1, and two rises on the same substance at the same time
multiply. Example: 300 units, 10 a day, no source left and consumption ×1.5: 15 a day, out on
day 20 instead of day 30. A substance runs out on the day its stock reaches zero, if
that happens before the scenario ends. A region's stock loss happens on its start day; after
that deliveries go on as usual. A substance the region has not reported is counted as *not
reported*, never as run out.

**No report.** A region that has reported no priority substance has the state *no report*: in
the model it can neither run out nor hold, so it is counted apart in the headline, the table and
the map (white with a dark edge), never as fine. A region that reported some substances, none of
which runs out, has the state *holds, but not all reported*.

**The headline** counts priority substances with no source left at some moment of the
scenario, and regions where at least one priority substance runs out within 30 days (the
target is a month of consumption in stock).

**Limits.** The model knows only the manufacturing sites in the database and does not know
which sites actually deliver to Sweden, or how much. Other countries buying the same goods,
stock held by wholesalers and companies, rationing and moving stock between regions are not
included; changed consumption only as a rise you add. Supply comes back at once when a
disruption ends. The stock
between the report date and the scenario's start is taken as unchanged. The figures show where
the vulnerability lies, not how a real crisis would unfold.""",
    "scenarios.example.exempel-indien-90.name": "India stops exporting for 90 days",
    "scenarios.example.exempel-indien-90.description": "No deliveries from manufacturing sites "
    "in India (active substance and finished product) for three months.",
    "scenarios.example.exempel-utanfor-eu-ees-60.name": "Everything outside the EU/EEA stops "
    "for 60 days",
    "scenarios.example.exempel-utanfor-eu-ees-60.description": "No manufacturing site outside "
    "the EU/EEA delivers anything for two months.",
    "scenarios.example.exempel-storsta-api-tillverkaren-182.name": "The largest API maker "
    "stops for six months",
    "scenarios.example.exempel-storsta-api-tillverkaren-182.description": "The company whose "
    "active-substance sites make the most substances on the priority list delivers nothing "
    "for six months.",
    "scenarios.example.exempel-krig-indien-90.name": "War: India stops and consumption rises "
    "50 % for 90 days",
    "scenarios.example.exempel-krig-indien-90.description": "No deliveries from India for "
    "three months, while care for civilians and military personnel raises the consumption of "
    "everything by half (×1.5).",
    "col.scenario_substance": "Substance",
    "col.scenario_atc": "ATC code",
    "col.scenario_status": "Status",
    "col.scenario_api_left": "API sites left",
    "col.scenario_api_left_of": "API sites left",
    "col.scenario_fpp_left_of": "Finished product, sites left",
    "scenarios.left_of": "{left} of {n}",
    "col.scenario_api_sites": "API sites",
    "col.scenario_fpp_left": "Finished-product sites left",
    "col.scenario_fpp_sites": "Finished-product sites",
    "col.scenario_capacity_left": "Capacity left (known)",
    "col.scenario_supply_left": "Supply left",
    "col.scenario_n_regions_out": "Regions running out",
    "col.scenario_first_out": "First shortage",
    "col.scenario_region": "Region",
    "col.scenario_n_priority": "Priority substances",
    "col.scenario_n_out": "Run out",
    "col.scenario_n_out_within": "Run out within 30 days",
    "col.scenario_n_not_reported": "Not reported",
    "col.scenario_region_state": "State",
    "col.scenario_first_day": "First shortage, day",
    "col.scenario_out_date": "Runs out",
    "col.scenario_out_day": "Day",
    "col.scenario_alternative": "Alternative",
    "col.scenario_alt_stock": "Alternative's stock at the end",
    "col.scenario_days_added": "Days added",
    "col.scenario_is_reported": "Reported",
    "col.scenario_cover_days": "Days of stock with no deliveries",
    "col.scenario_cover_shorter": "Shorter than the scenario",
    "col.scenario_stock_left": "Stock at the end of the scenario",
    "scenarios.region_items.download": "Every region and priority substance (to download): "
    "stock at the start in days with no deliveries, the day it runs out and the stock at the end.",
    "col.scenario_a": "A",
    "col.scenario_b": "B",
    "col.scenario_difference": "Difference (B − A)",
    "col.scenario_out_a": "Run out (A)",
    "col.scenario_out_b": "Run out (B)",
    "col.scenario_first_a": "First shortage (A)",
    "col.scenario_first_b": "First shortage (B)",
}
