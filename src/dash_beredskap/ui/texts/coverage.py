"""Texts of the coverage pages (Täckning, Region, Restnoteringar, Exponering), Swedish and English
(merged into ui.i18n)."""

SV: dict[str, str] = {
    # ------------------------------------------------------------------ shared
    "coverage.days": "{days} dagar",
    "coverage.zero_use": "ingen förbrukning",
    "coverage.zero_use_short": "0 förbr.",
    "coverage.zero_no_stock": "ingen förbrukning, inget lager",
    "coverage.zero_no_stock_short": "0 förbr., 0 lager",
    "coverage.all_regions": "alla regioner",
    "coverage.no_region": "Ingen vald",
    "coverage.every_region": "Alla regioner",
    "coverage.target_label": "Mål, dagar i lager",
    "coverage.target_help": "Hur många dagars normal förbrukning en post ska finnas i lager "
    "för att räknas som uppfylld. Överenskommelserna säger minst en månad (30 dagar). Valet "
    "sparas i adressen.",
    "coverage.group_targets": "Olika mål per produktgrupp",
    "coverage.min_stock_label": "Minsta lager utan förbrukning, {group} (enheter)",
    "coverage.min_stock_help": "En post utan förbrukning har inga dagar att räkna: den når målet "
    "när lagret är minst så här många enheter. Inget lager når aldrig målet.",
    "coverage.target_of_group": "{group} {days} dagar",
    "coverage.category.medicine": "Läkemedel",
    "coverage.category.device": "Medicintekniska produkter",
    "coverage.category.ppe": "Skyddsutrustning",
    "coverage.date_help_month": "Välj lagerrapport. Varje månad visar regionens senaste "
    "rapport per post fram till månadens slut (högst 92 dagar gammal). Valet sparas i "
    "adressen, så en delad länk visar samma läge.",
    "coverage.view_label": "Visa",
    "coverage.view.map": "Karta",
    "coverage.view.groups": "Grupper",
    "coverage.view.trend": "Över tid",
    "coverage.view.compare": "Två datum",
    "coverage.view.capita": "Per invånare",
    "coverage.view.nordic": "Nordiska regler",
    "coverage.view.ppe": "Skyddsutrustning",
    "coverage.ppe.title": "Skyddsutrustning per region, {date} (utanför listans mål)",
    "coverage.ppe.what": "**Skilt från listans mål.** Målet om en månads normal förbrukning i "
    "2023 och 2024 års överenskommelser gäller listan: ”läkemedel som behövs för vård som inte "
    "kan anstå samt sådana medicintekniska produkter som är nödvändiga för att administrera "
    "läkemedlen”. Personlig skyddsutrustning hör till regionernas bredare beredskap (uppdraget "
    "2022: ”läkemedel, medicinteknik och personlig skyddsutrustning”) och räknas därför inte i "
    "andelen på de andra flikarna. Här: lager, dagar (median) och hur många poster som når "
    "{target} dagar.",
    "coverage.ppe.trend": "Skyddsutrustning över tid: andel poster med {target} dagar, hela landet",
    "coverage.ppe.method": "Poster i produktgruppen skyddsutrustning (substances.category = "
    "ppe), varje månads senaste rapport (`agg_coverage_monthly`); en region utan rapport har "
    "ingen andel.",
    "coverage.intro2": "Målet: regionerna har lager för minst **{target}** normal förbrukning "
    "av varje post på prioriteringslistan. En post som regionen inte rapporterat visas som "
    "*ingen rapport*, aldrig som noll dagar.",
    "coverage.metric.national": "Når målet ({target}), riket",
    "coverage.metric.national_help": "Andel av alla par (region, post på listan) där lagret "
    "räcker minst målet vid normal förbrukning. Ej rapporterat räknas som ej uppfyllt. "
    "Förändringen jämförs med föregående månads rapport.",
    "coverage.metric.pairs": "Par (region, post) som når målet",
    "coverage.metric.pairs_value": "{n} av {total}",
    "coverage.metric.reporting": "Regioner som rapporterat",
    "region.report_dates": "Regionens rapport: {last} (äldsta post som räknas: {oldest}); "
    "{n_month} av {total} poster rapporterade i månaden, övriga med sin senaste rapport.",
    "coverage.reports_as_of": "{n} av {total} regioner med rapport ({n_month} rapporterade i "
    "{month}), äldsta rapport {oldest}. Varje region räknas med sin senaste rapport per post, "
    "högst {max_age} dagar gammal vid månadens slut.",
    "coverage.metric.reporting_value": "{n} av {total}",
    "coverage.map.title": "Andel av prioriteringslistan i lager för minst {target}, {date}",
    "coverage.map.legend": "Andel av listan ≥ {target}",
    "coverage.map.click_hint": "Klicka på en region för att öppna dess sida. Grå: ingen "
    "rapport den månaden.",
    "coverage.open_region": "Öppna en region",
    "coverage.open_region_link": "Till sidan för {region}",
    "coverage.hover.region": "<b>{region}</b><br>{share} av listan når målet ({target})<br>"
    "{n_meeting} av {n_priority} {n_priority:?post|poster} · {n_reported} rapporterade<br>{rank}",
    "coverage.hover.rank": "Plats {rank} av {n}",
    "coverage.hover.no_report": "<b>{region}</b><br>ingen rapport",
    "coverage.method.share": "Andel = poster som når målet / läkemedel och medicintekniska "
    "produkter på den aktuella prioriteringslistan (skyddsutrustning visas för sig). "
    "En post når målet när lager ÷ normal förbrukning per dag ≥ {target}; "
    "med noll förbrukning når posten målet bara med lager (minst 1 enhet): ingen förbrukning "
    "och inget lager är ett eget läge och räknas inte som uppfyllt (ett motgift som sällan "
    "används måste ändå finnas på plats); en post som inte rapporterats räknas i nämnaren men "
    "inte som uppfylld. Med 30 dagar är siffran densamma som i `v_region_coverage_summary`.",
    "coverage.method.general": "Metod: projektets metodbeskrivning, avsnittet Täckning. Varje "
    "månad visar varje regions senaste lagerrapport per post fram till månadens slut, högst 92 "
    "dagar gammal (`v_region_coverage_monthly`). Prioriteringslistan är den gällande listan.",
    # heatmap
    "coverage.heat.group_by": "Kolumner",
    "coverage.heat.group_by.atc1": "ATC-huvudgrupp",
    "coverage.heat.group_by.category": "Produktgrupp",
    "coverage.heat.group": "Grupp",
    "coverage.heat.group_help": "Välj en grupp för att se varje substans eller produkt i den.",
    "coverage.heat.all_groups": "Alla grupper",
    "coverage.heat.measure": "Färg efter",
    "coverage.heat.measure.share": "Andel som når målet",
    "coverage.heat.measure.days": "Dagar (median)",
    "coverage.heat.title": "Region × grupp: {group}, {date}",
    "coverage.heat.legend_share": "Når målet",
    "coverage.heat.legend_days": "Dagar",
    "coverage.heat.hover": "<b>{region}</b> · {group}<br>{share} når målet ({n_meeting} av "
    "{n_items})<br>{n_reported} rapporterade · median {days} dagar (mål {target})",
    "coverage.heat.hover_no_report": "<b>{region}</b> · {group}<br>ingen rapport",
    "coverage.heat.method": "Cell = regionens poster i gruppen. Andel = poster som når målet "
    "({target}) / poster i gruppen; dagar = median av lager ÷ förbrukning för rapporterade "
    "poster med förbrukning (röd under målet, blå över, taket vid dubbla målet). Grå: ingen "
    "rapport. Ordning: regioner efter andel över alla visade poster (bäst överst), grupper "
    "efter andel i hela landet (bäst till vänster), så mönstret syns nere till höger.",
    "coverage.atc1.A": "Matsmältning och ämnesomsättning",
    "coverage.atc1.B": "Blod och blodbildande organ",
    "coverage.atc1.C": "Hjärta och kretslopp",
    "coverage.atc1.D": "Hudpreparat",
    "coverage.atc1.G": "Urin- och könsorgan, könshormoner",
    "coverage.atc1.H": "Hormoner (exkl. köns- och insulin)",
    "coverage.atc1.J": "Infektionsläkemedel",
    "coverage.atc1.L": "Tumörer och immunsystemet",
    "coverage.atc1.M": "Rörelseapparaten",
    "coverage.atc1.N": "Nervsystemet",
    "coverage.atc1.P": "Antiparasitära medel",
    "coverage.atc1.R": "Andningsorganen",
    "coverage.atc1.S": "Ögon och öron",
    "coverage.atc1.V": "Övrigt",
    "coverage.atc1.unknown": "Läkemedel utan ATC-kod",
    # trend
    "coverage.trend.highlight": "Framhäv en region",
    "coverage.trend.title2": "Andel som når målet ({target}) per månad: riket och regionerna",
    "coverage.trend.national": "Riket",
    "coverage.trend.hover_national": "<b>Riket</b>, {date}<br>{share} når målet<br>"
    "{n_meeting} av {n_pairs} par (region, post)",
    "coverage.trend.agreement_label": "{year}: {total}",
    "coverage.trend.agreement_hover": "<b>Statsbidrag till regionerna</b><br>{names}",
    "coverage.trend.method": "Tjock linje: riket (par som når målet / poster × regioner). "
    "Tunna grå linjer: varje region. Streckade lodlinjer: överenskommelser och bidrag till "
    "regionerna ur `grant_instruments`, vid användningsperiodens start eller årets första dag "
    "(databasen har inget undertecknandedatum), med beloppet till regionerna.",
    "coverage.trend.agreements": "**Överenskommelserna som markeras** (ur `grant_instruments`):",
    "coverage.download.national": "Riket per månad",
    "coverage.download.regions": "Regionerna per månad",
    # compare
    "coverage.compare.then": "Jämför med rapport",
    "coverage.compare.region": "Poster för region",
    "coverage.compare.title": "{then} → {now}: andel som når målet ({target})",
    "coverage.compare.hover": "<b>{region}</b><br>{then}: {share_then}<br>{now}: {share_now}"
    "<br>{change}<br>{n_improved} {n_improved:?post förbättrad|poster förbättrade} · {n_worsened} "
    "{n_worsened:?försämrad|försämrade}",
    "coverage.compare.method": "Grå punkt: den tidigare rapporten; färgad: den valda (blå upp, "
    "röd ned). Förbättrad: posten var under målet då och når det nu; försämrad: tvärtom. Poster "
    "som saknar rapport vid någon av tidpunkterna räknas inte som förändrade. Störst nedgång "
    "överst.",
    "coverage.compare.items_title": "Poster som passerat målet: {who}",
    "coverage.compare.items_sentence": "**{n_improved}** {n_improved:?post|poster} har nått målet "
    "sedan dess och "
    "**{n_worsened}** har fallit under det. Hela jämförelsen, även oförändrade poster, finns i "
    "nedladdningen.",
    "coverage.status.improved": "Förbättrad",
    "coverage.status.worsened": "Försämrad",
    "coverage.status.still_meeting": "Når målet båda gångerna",
    "coverage.status.still_below": "Under målet båda gångerna",
    "coverage.status.no_report_now": "Ingen rapport nu",
    "coverage.status.no_report_then": "Ingen rapport då",
    "coverage.status.no_report": "Ingen rapport",
    # per capita
    "coverage.capita.substance": "Substans eller produkt",
    "coverage.capita.title": "{item}: lager per 100 000 invånare, {date}",
    "coverage.capita.what": "**Vad normeringen betyder:** lager per 100 000 invånare = "
    "regionens lager (i produktens enhet, t.ex. DDD) ÷ folkmängd × 100 000. Den jämför hur "
    "stort lagret är i förhållande till befolkningen, inte till regionens egen förbrukning "
    "(det gör dagar i lager). En region med stor förbrukning per invånare, till exempel med "
    "universitetssjukhus, kan ha mycket lager per invånare men få dagar. Jämför bara samma "
    "substans mellan regioner: enheterna skiljer sig mellan substanser.",
    "coverage.capita.national": "Riket: {value}",
    "coverage.capita.hover": "<b>{region}</b><br>{per_100k} per 100 000 invånare<br>"
    "lager {quantity} · folkmängd {population}<br>{days} dagar i lager",
    "coverage.capita.method": "Folkmängd: regionens senaste uppgift i `region_population`. "
    "Streckad linje: riket, alla rapporterande regioners lager ÷ deras folkmängd.",
    # Nordic
    "coverage.nordic.rules": "Grannländernas regler att jämföra med",
    "coverage.nordic.rules_help": "Lodlinjer för hur länge lager ska räcka enligt Finlands, "
    "Danmarks och Norges regler. De gäller andra aktörer än regionerna och är inte svenska mål.",
    "coverage.nordic.region": "Jämför med region",
    "coverage.nordic.title": "Hur länge räcker lagren? Andel av listan med minst x dagar, {date}",
    "coverage.nordic.their_rules": "Linjerna för Finland, Danmark och Norge är **deras** "
    "regler, inte Sveriges. De gäller delvis andra aktörer (läkemedelsföretag, vårdenheter, "
    "staten) och mäts i månader eller veckor (här 1 månad = 30 dagar, 1 vecka = 7 dagar). "
    "Jämförelsen visar bara hur de svenska regionernas lager skulle stå sig mot dem.",
    "coverage.nordic.sweden": "Sveriges mål: {days} dagar",
    "coverage.nordic.x_axis": "Dagar i lager (minst)",
    "coverage.nordic.hover": "<b>{name}</b><br>{share} av listan har minst {days} dagar",
    "coverage.nordic.method": "Kurvan: för varje antal dagar x andelen av paren (region, post "
    "på listan) vars lager räcker minst x dagar vid normal förbrukning. Noll förbrukning med lager "
    "räknas som att lagret räcker, utan lager inte; ingen rapport räknas inte. "
    "Vid Sveriges mål är värdet detsamma som "
    "andelen som når målet.",
    "coverage.nordic.fi_company_10m": "Finlands regel, företag: 10 mån ({days} d)",
    "coverage.nordic.fi_company_6m": "Finlands regel, företag: 6 mån ({days} d)",
    "coverage.nordic.fi_company_3m": "Finlands regel, företag: 3 mån ({days} d)",
    "coverage.nordic.fi_unit_6m": "Finlands regel, vårdenheter: 6 mån ({days} d)",
    "coverage.nordic.fi_unit_3m": "Finlands regel, vårdenheter: 3 mån ({days} d)",
    "coverage.nordic.fi_unit_2w": "Finlands regel, vårdenheter: 2 veckor ({days} d)",
    "coverage.nordic.dk_6w": "Danmarks regel, företag: 6 veckors försäljning ({days} d)",
    "coverage.nordic.no_3_6m": "Norges regel, statligt beredskapslager: 3–6 mån ({days} d)",
    "coverage.holder.company": "Företag (tillverkare, importörer)",
    "coverage.holder.care_unit": "Vårdenheter",
    "coverage.holder.state": "Staten (nationellt beredskapslager)",
    # charts on the region and exposure pages
    "coverage.gaps.x_axis": "Vägt gap (dagar under målet × vikt)",
    "coverage.gaps.bar_text": "{days} av {target} d",
    "coverage.gaps.hover": "<b>{name}</b><br>{days} dagar i lager, mål {target}<br>"
    "{short} dagar under målet × vikt {importance} = {gap}",
    "coverage.exposure.x_axis": "Exponering (summa över posterna)",
    "coverage.exposure.bar_text": "{value} ({n} {n:?post|poster})",
    "coverage.exposure.bar_text_no_report": "{value} ({n} {n:?post|poster}), ingen rapport: "
    "senast kända",
    "coverage.exposure.hover": "<b>{region}</b><br>exponering {value}<br>{n} {n:?exponerad "
    "post|exponerade poster}"
    "<br>{n_reported} av {n_items} {n_items:?post|poster} rapporterade",
    "coverage.costs.actual": "Utfall",
    "coverage.costs.planned": "Plan",
    "coverage.cost_category.medicines": "Läkemedel",
    "coverage.cost_category.devices": "Medicintekniska produkter",
    "coverage.cost_category.ppe": "Skyddsutrustning",
    "coverage.cost_category.storage": "Lager och lokaler",
    "coverage.cost_category.staff": "Personal",
    "coverage.cost_category.other": "Övrigt",
    "coverage.system_kind.own_stock": "Eget lager",
    "coverage.system_kind.contracted_stock": "Avtalat lager hos leverantör",
    "coverage.system_kind.hospital_pharmacy": "Sjukhusapotek",
    "coverage.system_kind.regional_collaboration": "Samverkan mellan regioner",
    "coverage.shortages.national_column": "Riket (poolat)",
    "coverage.shortages.alt_prefix": "alt.: ",
    "coverage.shortages.hover_days": "<b>{region}</b> · {item}<br>{days} dagar (mål {target})",
    "coverage.shortages.hover_zero": "<b>{region}</b> · {item}<br>ingen förbrukning",
    # ------------------------------------------------------------------ Region
    "region.title": "Region",
    "region.choose": "Region",
    "region.headline": "Läget enligt rapporten {date}, med målet {target}.",
    "region.metric.share": "Når målet",
    "region.metric.share_help": "Andel av läkemedlen och de medicintekniska produkterna på "
    "prioriteringslistan som regionen har i lager för minst målet (skyddsutrustning räknas inte "
    "här). Förändringen jämförs med föregående månad.",
    "region.metric.rank": "Plats",
    "region.metric.rank_value": "{rank} av {n}",
    "region.metric.rank_help": "1 = högst andel som når målet bland regionerna som "
    "rapporterat. Lika andelar delar plats.",
    "region.metric.below": "Under målet",
    "region.metric.below_help": "Rapporterade poster vars lager räcker kortare än målet.",
    "region.meeting_sentence": "**{n}** av {total} poster på listan når målet.",
    "region.no_report_sentence": "Regionen har ingen rapport den månaden: ett eget läge, inte "
    "0 %. En saknad rapport höjer aldrig regionens andel eller plats (en post utan rapport "
    "räknas som ej uppfylld) och sänker aldrig dess exponering.",
    "region.gaps.chart": "De {n} största vägda gapen:",
    "coverage.heat.truncated": "Gruppen har många poster: diagrammet visar de {n} med lägst "
    "andel i hela landet. Alla finns i nedladdningen.",
    "region.metric.no_report": "Poster utan rapport",
    "region.categories.method": "Per produktgrupp: regionens andel som når gruppens mål "
    "bredvid rikets (alla par region × post i gruppen).",
    "region.gaps.title": "{n} {n:?rapporterad post|rapporterade poster} under målet ({target}), "
    "störst vägt gap först",
    "region.gaps.importance": "**Så sorteras listan:** vägt gap = dagar under målet × vikt. "
    "Vikt = 1 + 1 om posten också finns på den tidigare prioriteringslistan från 2022 "
    "(intensivvård, prehospital vård, akut tandvård) + sårbarhetspoäng ÷ 100 "
    "(0–100 ur `v_substance_supply`: koncentration, få källor, utanför EU/EES, tidigare "
    "restnoteringar). Vikten ligger alltså mellan 1 och 3.",
    "region.gaps.none": "Alla rapporterade poster når målet.",
    "region.gaps.method": "Dagar under målet = mål − lager ÷ normal förbrukning per dag. "
    "Poster utan rapport finns inte i listan: deras gap är okänt, inte hela målet.",
    "region.no_report.title": "Poster utan rapport ({n})",
    "region.no_report.sentence": "Regionen har inte rapporterat de här posterna den månaden. "
    "De räknas som ej uppfyllda i andelen men visas inte som noll dagar.",
    "region.items.title": "Alla poster på listan för regionen (tabell och nedladdning)",
    "region.trend.title": "{region} och riket per månad (mål {target})",
    "region.expiring.title": "Lager som går ut före användning ({n})",
    "region.expiring.none": "Inget av regionens lager går ut före användning den månaden.",
    "region.expiring.method": "Lager med kort hållbarhet räknas bara till utgångsdatum: dagar "
    "som räknas = lager ÷ normal förbrukning per dag, högst dagarna till utgångsdatum. Det som "
    "går ut före användning = lager − förbrukning per dag × dagar till utgångsdatum (minst 0). "
    "Utan utgångsdatum ändras ingenting.",
    "col.cover_expiry_date": "Utgångsdatum",
    "col.cover_days_of_stock": "Dagar i lager",
    "col.cover_days_to_expiry": "Dagar till utgång",
    "col.cover_days_counted": "Dagar som räknas",
    "col.cover_expiring_unused": "Går ut oanvänt",
    "region.systems.title": "System för att säkra försörjningen",
    "region.systems.none": "Regionen har inte rapporterat några system.",
    "region.costs.title": "Egna beredskapskostnader, utfall och plan",
    "region.costs.none": "Regionen har inte rapporterat några kostnader.",
    "region.costs.by_category": "Per kategori",
    "region.costs.method": "Regionens egna kostnader för försörjningsberedskap (inte "
    "statsbidragen), summerade per år: utfall och plan.",
    "region.grants.title": "Statsbidrag till regionen",
    "region.grants.link": "Statsbidragen för {region} i detalj",
    # ------------------------------------------------------------------ Restnoteringar
    "shortages.title": "Restnoteringar",
    "shortages.only_priority": "Bara prioriteringslistan",
    "shortages.only_help": "Visa bara restnoteringar och försäljningsuppehåll för poster på "
    "den aktuella prioriteringslistan. Valet sparas i adressen.",
    "shortages.intro": "Aktiva restnoteringar och försäljningsuppehåll, med de regioner som "
    "har mindre än målet ({target}) i lager av posten, och behandlingsalternativen: andra "
    "substanser i samma ATC-grupp på nivå 4, med hur länge rikets och regionernas lager räcker.",
    "shortages.active.title": "{n} {n:?aktiv notis|aktiva notiser} den {date}",
    "shortages.active.none": "Inga aktiva restnoteringar.",
    "shortages.cards.first": "De {shown} mest angelägna av {n} notiser visas som kort "
    "(prioriterade först, flest regioner under målet). Alla finns i tabellen och nedladdningen "
    "nedan.",
    "shortages.card.head": "**{name}** · {product}  \n{kind} sedan {start} · beräknat slut "
    "{end} {listed}",
    "shortages.card.on_list": "· på prioriteringslistan",
    "shortages.card.more": "{names} och {n} till",
    "shortages.card.cover": "Riket: **{national}** (poolat). Under målet ({target} dagar) i "
    "**{n_below}** av {n_reporting} {n_reporting:?region|regioner} med rapport, kortast lager "
    "först: {regions}. "
    "Ingen rapport: {n_no_report}.",
    "shortages.card.alternatives": "**Alternativ** (samma ATC-grupp {atc}), dagar i riket:",
    "shortages.card.no_alternatives": "Inga alternativ i samma ATC-grupp på nivå 4 ({atc}) "
    "i databasen.",
    "shortages.alt.text": "{name}: {days}, under målet i {n_below} av {n_reporting} "
    "{n_reporting:?region|regioner} med "
    "rapport{extra}",
    "shortages.alt.in_shortage": " (själv restnoterad)",
    "shortages.alt.none": "inga",
    "shortages.method": "Aktiv: startad senast rapportdagen och inte löst då (samma regel som "
    "på Lägesbild). Riket (poolat) = alla regioners lager ÷ deras förbrukning, som om lager "
    "kunde flyttas. Under målet: lager ÷ förbrukning < {target}. Alternativ = samma ATC-kod på "
    "nivå 4: en kandidat, inte en klinisk bedömning.",
    "shortages.table.title": "Tabeller",
    "shortages.detail.choose": "Visa regionerna för",
    "shortages.detail.title": "{item} och alternativen: dagar i lager per region",
    "shortages.detail.method": "Översta raden: posten med restnotering; därunder alternativen. "
    "Röd: under målet; blå: över; grå: ingen rapport. Skalan slutar vid dubbla målet.",
    "shortages.feed.title": "Vad har hänt sedan ett datum?",
    "shortages.feed.since": "Sedan",
    "shortages.feed.new": "Nya",
    "shortages.feed.updated": "Uppdaterade",
    "shortages.feed.resolved": "Lösta",
    "shortages.feed.sentence": "Förändringar från {since} till {as_of}.",
    "shortages.feed.none": "Inga förändringar under perioden.",
    "shortages.feed.method": "Löst: lösningsdatum i perioden. Ny: startdatum i perioden (och "
    "inte löst). Uppdaterad: ändrad i perioden utan att vara ny eller löst. Varje notis räknas "
    "en gång.",
    "shortages.change.new": "Ny",
    "shortages.change.updated": "Uppdaterad",
    "shortages.change.resolved": "Löst",
    # ------------------------------------------------------------------ Exponering
    "exposure.title": "Exponering",
    "exposure.region": "Poster för region",
    "exposure.intro": "Var är regionerna sårbara just nu? En post är **exponerad** i en region "
    "när regionens lager är under målet ({target}) **och** posten kommer från koncentrerade "
    "källor. Kopplingen mellan var något tillverkas och hur mycket en region har i lager.",
    "exposure.measure": "**Exponeringsmåttet** för en post i en region = 100 × underskott × "
    "koncentration. Underskott = 1 − dagar i lager ÷ mål (0–1; 1 utan lager). Koncentration = "
    "HHI för källans tillverkningsställen per land (0–1; 1 = allt i ett land; 1 även när ingen "
    "källa är känd). Koncentrerad källa: ett enda land, ett enda tillverkningsställe, HHI ≥ "
    "{high_hhi} eller ingen känd källa. Källan är aktiv substans (API) för läkemedel och färdig "
    "produkt för övriga. Regionens exponering = summan över dess exponerade poster.",
    "exposure.ranking.title": "Exponering per region, {date} (mål {target})",
    "exposure.method": "En saknad rapport sänker aldrig exponeringen: en post utan rapport "
    "under månaden är ett eget läge (ingen rapport) och räknas med sin senaste tidigare "
    "rapport, eller som tomt lager om den aldrig rapporterats. En region som slutar rapportera "
    "flyttar alltså inte upp (till lägre exponering) i rangordningen; den behåller sin plats och "
    "visas som ingen rapport.",
    "exposure.items.title": "Exponerade poster: {who} ({n})",
    "exposure.items.none": "Inga exponerade poster.",
    # ------------------------------------------------------------------ table headers
    "col.cover_rank": "Plats",
    "col.cover_share": "Andel som når målet",
    "col.cover_change_pp": "Förändring",
    "col.cover_last_report": "Senaste rapport",
    "col.cover_group": "Grupp",
    "col.cover_n_items": "Poster",
    "col.cover_median_days": "Dagar (median)",
    "col.cover_n_zero": "Poster utan förbrukning",
    "col.cover_is_no_report": "Ingen rapport (senast kända)",
    "col.cover_last_report_month": "Senaste rapport (månad)",
    "col.cover_n_no_report": "Poster utan rapport",
    "col.cover_n_zero_no_stock": "Ingen förbrukning, inget lager",
    "col.cover_zero_no_stock": "Ingen förbrukning, inget lager",
    "col.cover_target_days": "Mål, dagar",
    "col.cover_month": "Månad",
    "col.cover_n_pairs": "Par (region, post)",
    "col.cover_n_regions_reporting": "Regioner med rapport",
    "col.cover_marker_date": "Markerat datum",
    "col.cover_total_sek": "Belopp till regionerna",
    "col.cover_share_then": "Andel då",
    "col.cover_share_now": "Andel nu",
    "col.cover_n_improved": "Förbättrade poster",
    "col.cover_n_worsened": "Försämrade poster",
    "col.cover_status": "Förändring",
    "col.cover_days_then": "Dagar då",
    "col.cover_days_now": "Dagar nu",
    "col.cover_change_days": "Förändring, dagar",
    "col.cover_population": "Folkmängd",
    "col.cover_quantity": "Lager",
    "col.cover_stock_per_100k": "Lager per 100 000 inv.",
    "col.cover_daily_consumption": "Förbrukning per dag",
    "col.cover_consumption_per_100k": "Förbrukning per dag och 100 000 inv.",
    "col.cover_days": "Dagar i lager",
    "col.cover_rule": "Regel",
    "col.cover_rule_holder": "Vem håller lagret",
    "col.cover_rule_days": "Dagar",
    "col.cover_share_at_least": "Andel med minst så många dagar",
    "col.cover_share_at_least_high": "Andel, övre gräns",
    "col.cover_n_at_least": "Par med minst så många dagar",
    "col.cover_category": "Produktgrupp",
    "col.cover_days_short": "Dagar under målet",
    "col.cover_on_earlier_list": "På 2022 års lista",
    "col.cover_vulnerability": "Sårbarhetspoäng",
    "col.cover_importance": "Vikt",
    "col.cover_weighted_gap": "Vägt gap",
    "col.cover_national_days": "Dagar, riket (poolat)",
    "col.cover_active_notices": "Aktiva restnoteringar",
    "col.cover_substance_id": "Id",
    "col.cover_has_report": "Rapporterad",
    "col.cover_zero_use": "Ingen förbrukning",
    "col.cover_national_share": "Andel, riket",
    "col.cover_system_name": "System",
    "col.cover_system_kind": "Typ",
    "col.cover_description": "Beskrivning",
    "col.cover_actual_sek": "Utfall",
    "col.cover_planned_sek": "Plan",
    "col.cover_cost_kind": "Utfall eller plan",
    "col.cover_cost_sek": "Kostnad",
    "col.cover_n_regions_below": "Regioner under målet",
    "col.cover_n_regions_no_report": "Regioner utan rapport",
    "col.cover_regions_below": "Regionerna under målet",
    "col.cover_alternatives": "Alternativ (samma ATC nivå 4)",
    "col.cover_alternative": "Alternativ",
    "col.cover_in_shortage": "Själv restnoterad",
    "col.cover_is_alternative": "Alternativ",
    "col.cover_meets_target": "Når målet",
    "col.cover_change_kind": "Händelse",
    "col.cover_change_date": "Datum",
    "col.cover_resolved_date": "Löst",
    "col.cover_exposure_sum": "Exponering (summa)",
    "col.cover_n_exposed": "Exponerade poster",
    "col.cover_shortfall": "Underskott",
    "col.cover_concentration": "Koncentration (HHI)",
    "col.cover_n_source_sites": "Tillverkningsställen (källa)",
    "col.cover_n_source_countries": "Länder (källa)",
    "col.cover_single_site": "Ett enda ställe",
    "col.cover_no_known_source": "Ingen känd källa",
    "col.cover_exposure": "Exponering",
}

EN: dict[str, str] = {
    # ------------------------------------------------------------------ shared
    "coverage.days": "{days} days",
    "coverage.zero_use": "no consumption",
    "coverage.zero_use_short": "0 use",
    "coverage.zero_no_stock": "no consumption, no stock",
    "coverage.zero_no_stock_short": "0 use, 0 stock",
    "coverage.all_regions": "all regions",
    "coverage.no_region": "None",
    "coverage.every_region": "All regions",
    "coverage.target_label": "Target, days of stock",
    "coverage.target_help": "How many days of normal consumption an item must be stocked for "
    "to count as met. The agreements say at least one month (30 days). The choice is kept in "
    "the address.",
    "coverage.group_targets": "A different target per product group",
    "coverage.min_stock_label": "Minimum stock without consumption, {group} (units)",
    "coverage.min_stock_help": "An item with no consumption has no days to count: it meets the "
    "target when its stock is at least this many units. No stock never meets it.",
    "coverage.target_of_group": "{group} {days} days",
    "coverage.category.medicine": "Medicines",
    "coverage.category.device": "Medical devices",
    "coverage.category.ppe": "Protective equipment",
    "coverage.date_help_month": "Choose the stock report. Each month shows a region's latest "
    "report of each item up to the month's end (at most 92 days old). The choice is kept "
    "in the address, so a shared link shows the same.",
    "coverage.view_label": "Show",
    "coverage.view.map": "Map",
    "coverage.view.groups": "Groups",
    "coverage.view.trend": "Over time",
    "coverage.view.compare": "Two dates",
    "coverage.view.capita": "Per inhabitant",
    "coverage.view.nordic": "Nordic rules",
    "coverage.view.ppe": "Protective equipment",
    "coverage.ppe.title": "Protective equipment per region, {date} (outside the list's target)",
    "coverage.ppe.what": "**Apart from the list's target.** The one-month target of the 2023 "
    "and 2024 agreements is for the list: medicines for care that cannot wait and the medical "
    "devices needed to give them. Personal protective equipment belongs to the regions' wider "
    "preparedness (the 2022 assignment: medicines, medical devices and personal protective "
    "equipment), so it is not counted in the share on the other tabs. Here: stock, days "
    "(median) and how many items hold {target} days.",
    "coverage.ppe.trend": "Protective equipment over time: share of items with {target} days, "
    "whole country",
    "coverage.ppe.method": "Items in the product group protective equipment "
    "(substances.category = ppe), each month's last report (`agg_coverage_monthly`); a region "
    "without a report has no share.",
    "coverage.intro2": "The target: the regions hold stock for at least **{target}** of normal "
    "consumption of every item on the priority list. An item a region did not report is shown "
    "as *no report*, never as zero days.",
    "coverage.metric.national": "Meeting the target ({target}), national",
    "coverage.metric.national_help": "Share of all pairs (region, item on the list) whose stock "
    "lasts at least the target at normal consumption. Not reported counts as not met. The "
    "change is against the previous month's report.",
    "coverage.metric.pairs": "Pairs (region, item) meeting the target",
    "coverage.metric.pairs_value": "{n} of {total}",
    "coverage.metric.reporting": "Regions that reported",
    "region.report_dates": "The region's report: {last} (oldest item counted: {oldest}); {n_month} "
    "of {total} items reported in the month, the rest with their latest report.",
    "coverage.reports_as_of": "{n} of {total} regions with a report ({n_month} reported in "
    "{month}), oldest report {oldest}. Each region counts with its latest report of each "
    "item, at most {max_age} days old at the month's end.",
    "coverage.metric.reporting_value": "{n} of {total}",
    "coverage.map.title": "Share of the priority list stocked for at least {target}, {date}",
    "coverage.map.legend": "Share of the list ≥ {target}",
    "coverage.map.click_hint": "Click a region to open its page. Grey: no report that month.",
    "coverage.open_region": "Open a region",
    "coverage.open_region_link": "To the page of {region}",
    "coverage.hover.region": "<b>{region}</b><br>{share} of the list meets the target "
    "({target})<br>{n_meeting} of {n_priority} {n_priority:?item|items} · {n_reported} "
    "reported<br>{rank}",
    "coverage.hover.rank": "Rank {rank} of {n}",
    "coverage.hover.no_report": "<b>{region}</b><br>no report",
    "coverage.method.share": "Share = items meeting the target / medicines and medical devices "
    "on the current priority list (protective equipment is shown apart). "
    "An item meets the target when stock ÷ normal daily consumption ≥ {target}; with "
    "zero consumption an item meets it only with stock (at least 1 unit): no consumption and no "
    "stock is its own state and not met (an antidote rarely used must still be on the shelf); "
    "an item not reported counts in the denominator but not as met. "
    "With 30 days the figure equals `v_region_coverage_summary`.",
    "coverage.method.general": "Method: the project's method description, section Coverage. "
    "Each month shows each region's latest stock report of each item up to the month's end, at "
    "most 92 days old (`v_region_coverage_monthly`). The priority list is the current one.",
    # heatmap
    "coverage.heat.group_by": "Columns",
    "coverage.heat.group_by.atc1": "ATC main group",
    "coverage.heat.group_by.category": "Product group",
    "coverage.heat.group": "Group",
    "coverage.heat.group_help": "Choose a group to see each substance or product in it.",
    "coverage.heat.all_groups": "All groups",
    "coverage.heat.measure": "Colour by",
    "coverage.heat.measure.share": "Share meeting target",
    "coverage.heat.measure.days": "Days (median)",
    "coverage.heat.title": "Region × group: {group}, {date}",
    "coverage.heat.legend_share": "Meeting",
    "coverage.heat.legend_days": "Days",
    "coverage.heat.hover": "<b>{region}</b> · {group}<br>{share} meet the target ({n_meeting} "
    "of {n_items})<br>{n_reported} reported · median {days} days (target {target})",
    "coverage.heat.hover_no_report": "<b>{region}</b> · {group}<br>no report",
    "coverage.heat.method": "Cell = the region's items in the group. Share = items meeting the "
    "target ({target}) / items in the group; days = median of stock ÷ consumption over "
    "reported items with consumption (red below the target, blue above, capped at twice it). "
    "Grey: no report. Order: regions by their share over all items shown (best on top), "
    "groups by their national share (best on the left), so the pattern shows bottom right.",
    "coverage.atc1.A": "Alimentary tract and metabolism",
    "coverage.atc1.B": "Blood and blood forming organs",
    "coverage.atc1.C": "Cardiovascular system",
    "coverage.atc1.D": "Dermatologicals",
    "coverage.atc1.G": "Genito-urinary system, sex hormones",
    "coverage.atc1.H": "Hormones (excl. sex hormones, insulins)",
    "coverage.atc1.J": "Anti-infectives",
    "coverage.atc1.L": "Antineoplastic and immunomodulating",
    "coverage.atc1.M": "Musculo-skeletal system",
    "coverage.atc1.N": "Nervous system",
    "coverage.atc1.P": "Antiparasitic products",
    "coverage.atc1.R": "Respiratory system",
    "coverage.atc1.S": "Sensory organs",
    "coverage.atc1.V": "Various",
    "coverage.atc1.unknown": "Medicines without ATC code",
    # trend
    "coverage.trend.highlight": "Highlight a region",
    "coverage.trend.title2": "Share meeting the target ({target}) by month: national and regions",
    "coverage.trend.national": "National",
    "coverage.trend.hover_national": "<b>National</b>, {date}<br>{share} meet the target<br>"
    "{n_meeting} of {n_pairs} {n_pairs:?(region, item) pair|(region, item) pairs}",
    "coverage.trend.agreement_label": "{year}: {total}",
    "coverage.trend.agreement_hover": "<b>State grants to the regions</b><br>{names}",
    "coverage.trend.method": "Thick line: national (pairs meeting the target / items × "
    "regions). Thin grey lines: each region. Dotted vertical lines: agreements and grants to "
    "the regions from `grant_instruments`, at the start of their usage period or on 1 January of "
    "their year (the database holds no signing date), with the amount to the regions.",
    "coverage.trend.agreements": "**The agreements marked** (from `grant_instruments`):",
    "coverage.download.national": "National by month",
    "coverage.download.regions": "Regions by month",
    # compare
    "coverage.compare.then": "Compare with report",
    "coverage.compare.region": "Items of region",
    "coverage.compare.title": "{then} → {now}: share meeting the target ({target})",
    "coverage.compare.hover": "<b>{region}</b><br>{then}: {share_then}<br>{now}: {share_now}"
    "<br>{change}<br>{n_improved} {n_improved:?item|items} improved · {n_worsened} worsened",
    "coverage.compare.method": "Grey dot: the earlier report; coloured: the chosen one (blue "
    "up, red down). Improved: the item was below the target then and meets it now; worsened: "
    "the reverse. Items without a report at either date do not count as changed. Largest fall "
    "on top.",
    "coverage.compare.items_title": "Items that crossed the target: {who}",
    "coverage.compare.items_sentence": "**{n_improved}** {n_improved:?item has|items have} "
    "reached the target since "
    "and **{n_worsened}** have fallen below it. The whole comparison, unchanged items included, "
    "is in the download.",
    "coverage.status.improved": "Improved",
    "coverage.status.worsened": "Worsened",
    "coverage.status.still_meeting": "Meeting both times",
    "coverage.status.still_below": "Below both times",
    "coverage.status.no_report_now": "No report now",
    "coverage.status.no_report_then": "No report then",
    "coverage.status.no_report": "No report",
    # per capita
    "coverage.capita.substance": "Substance or product",
    "coverage.capita.title": "{item}: stock per 100,000 inhabitants, {date}",
    "coverage.capita.what": "**What the normalisation means:** stock per 100,000 inhabitants = "
    "the region's stock (in the product's unit, e.g. DDD) ÷ population × 100,000. It compares "
    "the stock with the population, not with the region's own consumption (days of stock do "
    "that). A region using much per inhabitant, for example with a university hospital, can "
    "hold much stock per inhabitant and still few days. Compare one substance between regions "
    "only: units differ between substances.",
    "coverage.capita.national": "National: {value}",
    "coverage.capita.hover": "<b>{region}</b><br>{per_100k} per 100,000 inhabitants<br>"
    "stock {quantity} · population {population}<br>{days} days of stock",
    "coverage.capita.method": "Population: the region's newest figure in `region_population`. "
    "Dashed line: national, all reporting regions' stock ÷ their population.",
    # Nordic
    "coverage.nordic.rules": "The neighbours' rules to compare with",
    "coverage.nordic.rules_help": "Vertical lines for how long stock must last under Finland's, "
    "Denmark's and Norway's rules. They apply to other actors than the regions and are not "
    "Swedish targets.",
    "coverage.nordic.region": "Compare with region",
    "coverage.nordic.title": "How long does the stock last? Share of the list with at least x "
    "days, {date}",
    "coverage.nordic.their_rules": "The lines for Finland, Denmark and Norway are **their** "
    "rules, not Sweden's. They partly apply to other actors (companies, health-care units, the "
    "state) and are set in months or weeks (here 1 month = 30 days, 1 week = 7 days). The "
    "comparison only shows how the Swedish regions' stock would fare against them.",
    "coverage.nordic.sweden": "Sweden's target: {days} days",
    "coverage.nordic.x_axis": "Days of stock (at least)",
    "coverage.nordic.hover": "<b>{name}</b><br>{share} of the list has at least {days} days",
    "coverage.nordic.method": "The curve: for each number of days x, the share of the pairs "
    "(region, item on the list) whose stock lasts at least x days at normal consumption. Zero "
    "consumption with stock counts as lasting, without stock not; no report does not. "
    "At Sweden's target the value equals "
    "the share meeting the target.",
    "coverage.nordic.fi_company_10m": "Finland's rule, companies: 10 mo ({days} d)",
    "coverage.nordic.fi_company_6m": "Finland's rule, companies: 6 mo ({days} d)",
    "coverage.nordic.fi_company_3m": "Finland's rule, companies: 3 mo ({days} d)",
    "coverage.nordic.fi_unit_6m": "Finland's rule, health-care units: 6 mo ({days} d)",
    "coverage.nordic.fi_unit_3m": "Finland's rule, health-care units: 3 mo ({days} d)",
    "coverage.nordic.fi_unit_2w": "Finland's rule, health-care units: 2 weeks ({days} d)",
    "coverage.nordic.dk_6w": "Denmark's rule, companies: 6 weeks of sales ({days} d)",
    "coverage.nordic.no_3_6m": "Norway's rule, national preparedness stock: 3–6 mo ({days} d)",
    "coverage.holder.company": "Companies (makers, importers)",
    "coverage.holder.care_unit": "Health-care units",
    "coverage.holder.state": "The state (national preparedness stock)",
    # charts on the region and exposure pages
    "coverage.gaps.x_axis": "Weighted gap (days below target × weight)",
    "coverage.gaps.bar_text": "{days} of {target} d",
    "coverage.gaps.hover": "<b>{name}</b><br>{days} days of stock, target {target}<br>"
    "{short} days below target × weight {importance} = {gap}",
    "coverage.exposure.x_axis": "Exposure (sum over items)",
    "coverage.exposure.bar_text": "{value} ({n} {n:?item|items})",
    "coverage.exposure.bar_text_no_report": "{value} ({n} {n:?item|items}), no report: last known",
    "coverage.exposure.hover": "<b>{region}</b><br>exposure {value}<br>{n} {n:?exposed "
    "item|exposed items}"
    "<br>{n_reported} of {n_items} {n_items:?item|items} reported",
    "coverage.costs.actual": "Actual",
    "coverage.costs.planned": "Planned",
    "coverage.cost_category.medicines": "Medicines",
    "coverage.cost_category.devices": "Medical devices",
    "coverage.cost_category.ppe": "Protective equipment",
    "coverage.cost_category.storage": "Storage and premises",
    "coverage.cost_category.staff": "Staff",
    "coverage.cost_category.other": "Other",
    "coverage.system_kind.own_stock": "Own stock",
    "coverage.system_kind.contracted_stock": "Stock held by a supplier under contract",
    "coverage.system_kind.hospital_pharmacy": "Hospital pharmacy",
    "coverage.system_kind.regional_collaboration": "Collaboration between regions",
    "coverage.shortages.national_column": "National (pooled)",
    "coverage.shortages.alt_prefix": "alt.: ",
    "coverage.shortages.hover_days": "<b>{region}</b> · {item}<br>{days} days (target {target})",
    "coverage.shortages.hover_zero": "<b>{region}</b> · {item}<br>no consumption",
    # ------------------------------------------------------------------ Region
    "region.title": "Region",
    "region.choose": "Region",
    "region.headline": "The situation in the report of {date}, with the target {target}.",
    "region.metric.share": "Meeting the target",
    "region.metric.share_help": "Share of the medicines and medical devices on the priority "
    "list that the region holds for at least the target (protective equipment does not count "
    "here). The change is against the previous month.",
    "region.metric.rank": "Rank",
    "region.metric.rank_value": "{rank} of {n}",
    "region.metric.rank_help": "1 = the highest share meeting the target among the regions that "
    "reported. Equal shares share a rank.",
    "region.metric.below": "Below the target",
    "region.metric.below_help": "Reported items whose stock lasts less than the target.",
    "region.meeting_sentence": "**{n}** of {total} items on the list meet the target.",
    "region.no_report_sentence": "The region has no report that month: its own state, not 0 %. "
    "A missing report never raises the region's share or place (an item without a report "
    "counts as not met) and never lowers its exposure.",
    "region.gaps.chart": "The {n} largest weighted gaps:",
    "coverage.heat.truncated": "The group has many items: the chart shows the {n} with the "
    "lowest national share. All are in the download.",
    "region.metric.no_report": "Items without report",
    "region.categories.method": "Per product group: the region's share meeting the group's "
    "target beside the national share (all region × item pairs of the group).",
    "region.gaps.title": "{n} {n:?reported item|reported items} below the target ({target}), "
    "largest weighted gap "
    "first",
    "region.gaps.importance": "**How the list is sorted:** weighted gap = days below the target "
    "× weight. Weight = 1 + 1 if the item is also on the earlier priority list of 2022 "
    "(intensive care, prehospital care, emergency dental care) + vulnerability score ÷ 100 "
    "(0–100 from `v_substance_supply`: concentration, few sources, outside the EU/EEA, past "
    "shortages). The weight is therefore between 1 and 3.",
    "region.gaps.none": "Every reported item meets the target.",
    "region.gaps.method": "Days below the target = target − stock ÷ normal daily consumption. "
    "Items without a report are not in the list: their gap is unknown, not the whole target.",
    "region.no_report.title": "Items without report ({n})",
    "region.no_report.sentence": "The region did not report these items that month. They count "
    "as not met in the share but are not shown as zero days.",
    "region.items.title": "Every item on the list for the region (table and download)",
    "region.trend.title": "{region} and the country by month (target {target})",
    "region.expiring.title": "Stock that expires before use ({n})",
    "region.expiring.none": "None of the region's stock expires before use that month.",
    "region.expiring.method": "Stock with a short shelf life counts only up to its expiry date: "
    "days that count = stock ÷ normal daily consumption, at most the days to expiry. What "
    "expires before use = stock − daily consumption × days to expiry (at least 0). Without an "
    "expiry date nothing changes.",
    "col.cover_expiry_date": "Expiry date",
    "col.cover_days_of_stock": "Days in stock",
    "col.cover_days_to_expiry": "Days to expiry",
    "col.cover_days_counted": "Days that count",
    "col.cover_expiring_unused": "Expires unused",
    "region.systems.title": "Systems to secure supply",
    "region.systems.none": "The region has reported no systems.",
    "region.costs.title": "Own preparedness costs, actual and planned",
    "region.costs.none": "The region has reported no costs.",
    "region.costs.by_category": "By category",
    "region.costs.method": "The region's own costs for supply preparedness (not the state "
    "grants), summed per year: actual and planned.",
    "region.grants.title": "State grants to the region",
    "region.grants.link": "The grants for {region} in detail",
    # ------------------------------------------------------------------ Shortages
    "shortages.title": "Shortages",
    "shortages.only_priority": "Only the priority list",
    "shortages.only_help": "Show only shortage notices and sales suspensions for items on the "
    "current priority list. The choice is kept in the address.",
    "shortages.intro": "Active shortage notices and sales suspensions, with the regions that "
    "hold less than the target ({target}) of the item, and the treatment alternatives: other "
    "substances of the same ATC level-4 group, with how long the national and regional stock "
    "lasts.",
    "shortages.active.title": "{n} {n:?active notice|active notices} on {date}",
    "shortages.active.none": "No active shortage notices.",
    "shortages.cards.first": "The {shown} most pressing of {n} notices are shown as cards "
    "(priority list first, most regions below target). All are in the table and the download "
    "below.",
    "shortages.card.head": "**{name}** · {product}  \n{kind} since {start} · expected end "
    "{end} {listed}",
    "shortages.card.on_list": "· on the priority list",
    "shortages.card.more": "{names} and {n} more",
    "shortages.card.cover": "National: **{national}** (pooled). Below the target ({target} "
    "days) in **{n_below}** of {n_reporting} reporting regions, fewest days first: {regions}. "
    "No report: {n_no_report}.",
    "shortages.card.alternatives": "**Alternatives** (same ATC group {atc}), national days:",
    "shortages.card.no_alternatives": "No alternatives in the same ATC level-4 group ({atc}) in "
    "the database.",
    "shortages.alt.text": "{name}: {days}, below the target in {n_below} of {n_reporting} "
    "reporting regions{extra}",
    "shortages.alt.in_shortage": " (itself in shortage)",
    "shortages.alt.none": "none",
    "shortages.method": "Active: started by the report date and not resolved then (the same "
    "rule as the start page). National (pooled) = all regions' stock ÷ their consumption, as if "
    "stock could be moved. Below the target: stock ÷ consumption < {target}. Alternative = the "
    "same ATC code at level 4: a candidate, not a clinical judgement.",
    "shortages.table.title": "Tables",
    "shortages.detail.choose": "Show the regions for",
    "shortages.detail.title": "{item} and its alternatives: days of stock by region",
    "shortages.detail.method": "Top row: the item in shortage; below it the alternatives. Red: "
    "below the target; blue: above; grey: no report. The scale ends at twice the target.",
    "shortages.feed.title": "What happened since a date?",
    "shortages.feed.since": "Since",
    "shortages.feed.new": "New",
    "shortages.feed.updated": "Updated",
    "shortages.feed.resolved": "Resolved",
    "shortages.feed.sentence": "Changes from {since} to {as_of}.",
    "shortages.feed.none": "No changes in the period.",
    "shortages.feed.method": "Resolved: resolved in the period. New: started in the period "
    "(and not resolved). Updated: changed in the period without being new or resolved. Each "
    "notice counts once.",
    "shortages.change.new": "New",
    "shortages.change.updated": "Updated",
    "shortages.change.resolved": "Resolved",
    # ------------------------------------------------------------------ Exposure
    "exposure.title": "Exposure",
    "exposure.region": "Items of region",
    "exposure.intro": "Where are the regions vulnerable now? An item is **exposed** in a region "
    "when the region's stock is below the target ({target}) **and** the item comes from "
    "concentrated sources. The link between where something is made and how much of it a "
    "region holds.",
    "exposure.measure": "**The exposure measure** of an item in a region = 100 × shortfall × "
    "concentration. Shortfall = 1 − days of stock ÷ target (0–1; 1 with no stock). "
    "Concentration = HHI of the source's sites by country (0–1; 1 = all in one country; 1 also "
    "when no source is known). Concentrated source: a single country, a single site, HHI ≥ "
    "{high_hhi} or no known source. The source is the active substance (API) for medicines and "
    "the finished product otherwise. A region's exposure = the sum over its exposed items.",
    "exposure.ranking.title": "Exposure by region, {date} (target {target})",
    "exposure.method": "A missing report never lowers the exposure: an item without a report "
    "in the month is its own state (no report) and counts with its last earlier report, or as "
    "empty stock if it never reported. A region that stops reporting therefore does not move "
    "up (to lower exposure) in the ranking; it keeps its place and is shown as no report.",
    "exposure.items.title": "Exposed items: {who} ({n})",
    "exposure.items.none": "No exposed items.",
    # ------------------------------------------------------------------ table headers
    "col.cover_rank": "Rank",
    "col.cover_share": "Share meeting target",
    "col.cover_change_pp": "Change",
    "col.cover_last_report": "Last report",
    "col.cover_group": "Group",
    "col.cover_n_items": "Items",
    "col.cover_median_days": "Days (median)",
    "col.cover_n_zero": "Items without consumption",
    "col.cover_is_no_report": "No report (last known)",
    "col.cover_last_report_month": "Last report (month)",
    "col.cover_n_no_report": "Items without report",
    "col.cover_n_zero_no_stock": "No consumption, no stock",
    "col.cover_zero_no_stock": "No consumption, no stock",
    "col.cover_target_days": "Target, days",
    "col.cover_month": "Month",
    "col.cover_n_pairs": "Pairs (region, item)",
    "col.cover_n_regions_reporting": "Regions reporting",
    "col.cover_marker_date": "Date marked",
    "col.cover_total_sek": "Amount to the regions",
    "col.cover_share_then": "Share then",
    "col.cover_share_now": "Share now",
    "col.cover_n_improved": "Items improved",
    "col.cover_n_worsened": "Items worsened",
    "col.cover_status": "Change",
    "col.cover_days_then": "Days then",
    "col.cover_days_now": "Days now",
    "col.cover_change_days": "Change, days",
    "col.cover_population": "Population",
    "col.cover_quantity": "Stock",
    "col.cover_stock_per_100k": "Stock per 100,000 inh.",
    "col.cover_daily_consumption": "Consumption per day",
    "col.cover_consumption_per_100k": "Consumption per day and 100,000 inh.",
    "col.cover_days": "Days of stock",
    "col.cover_rule": "Rule",
    "col.cover_rule_holder": "Who holds the stock",
    "col.cover_rule_days": "Days",
    "col.cover_share_at_least": "Share with at least that many days",
    "col.cover_share_at_least_high": "Share, upper bound",
    "col.cover_n_at_least": "Pairs with at least that many days",
    "col.cover_category": "Product group",
    "col.cover_days_short": "Days below target",
    "col.cover_on_earlier_list": "On the 2022 list",
    "col.cover_vulnerability": "Vulnerability score",
    "col.cover_importance": "Weight",
    "col.cover_weighted_gap": "Weighted gap",
    "col.cover_national_days": "Days, national (pooled)",
    "col.cover_active_notices": "Active shortage notices",
    "col.cover_substance_id": "Id",
    "col.cover_has_report": "Reported",
    "col.cover_zero_use": "No consumption",
    "col.cover_national_share": "Share, national",
    "col.cover_system_name": "System",
    "col.cover_system_kind": "Kind",
    "col.cover_description": "Description",
    "col.cover_actual_sek": "Actual",
    "col.cover_planned_sek": "Planned",
    "col.cover_cost_kind": "Actual or planned",
    "col.cover_cost_sek": "Cost",
    "col.cover_n_regions_below": "Regions below target",
    "col.cover_n_regions_no_report": "Regions without report",
    "col.cover_regions_below": "The regions below target",
    "col.cover_alternatives": "Alternatives (same ATC level 4)",
    "col.cover_alternative": "Alternative",
    "col.cover_in_shortage": "Itself in shortage",
    "col.cover_is_alternative": "Alternative",
    "col.cover_meets_target": "Meets target",
    "col.cover_change_kind": "Event",
    "col.cover_change_date": "Date",
    "col.cover_resolved_date": "Resolved",
    "col.cover_exposure_sum": "Exposure (sum)",
    "col.cover_n_exposed": "Exposed items",
    "col.cover_shortfall": "Shortfall",
    "col.cover_concentration": "Concentration (HHI)",
    "col.cover_n_source_sites": "Sites (source)",
    "col.cover_n_source_countries": "Countries (source)",
    "col.cover_single_site": "Single site",
    "col.cover_no_known_source": "No known source",
    "col.cover_exposure": "Exposure",
}
