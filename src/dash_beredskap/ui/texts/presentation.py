"""Texts of presentation mode and its slides, Swedish and English (merged into ui.i18n)."""

SV: dict[str, str] = {
    "presentation.title": "Presentation",
    "presentation.switch": "Presentationsläge",
    "presentation.switch_help": "Stor text, ingen sidopanel och inga reglage: för projektor. "
    "Esc avslutar.",
    "presentation.exit": "Avsluta presentationsläget",
    "presentation.previous": "Föregående",
    "presentation.next": "Nästa",
    "presentation.counter": "Bild {n} av {total}",
    "presentation.keys": "Piltangenterna ← → byter bild.",
    "presentation.print_link": "Utskriftsversion (en bild per sida, spara som PDF med Ctrl+P)",
    "presentation.print_intro": "Alla bilder i presentationen, en per sida. Skriv ut eller "
    "spara som PDF med webbläsarens utskrift (Ctrl+P).",
    "presentation.back_to_slides": "Tillbaka till bildvisningen",
    "presentation.demo_note": "Bilder med märket Demodata visar syntetiska siffror.",
    "presentation.slide.situation": "Lägesbild",
    "presentation.slide.map": "Regionernas lager",
    "presentation.slide.gaps": "Största luckorna",
    "presentation.slide.supply": "Var läkemedlen tillverkas",
    "presentation.slide.grants": "Statsbidragen",
    "presentation.slide.scenario": "Om leveranserna stoppas",
    "presentation.headline.situation": "{share} av prioriteringslistan finns i lager för minst "
    "{target} dagars normal förbrukning ({month}).",
    "presentation.headline.situation_change": "{share} av prioriteringslistan finns i lager för "
    "minst {target} dagars normal förbrukning ({month}), {change} mot ett år tidigare.",
    "presentation.headline.map": "Högst andel: {best_share} ({best}). Lägst: {worst_share} "
    "({worst}). {no_report}",
    "presentation.and_more": "{names} och {n} till",
    "presentation.headline.map_no_report": "{n} av {total} regioner har inte rapporterat.",
    "presentation.headline.map_all_reported": "Alla {total} regioner har rapporterat.",
    "presentation.headline.gaps": "{n} {n:?post|poster} ligger under målet i minst hälften av "
    "regionerna. "
    "Störst lucka: {item} (under målet i {k} av {total} regioner).",
    "presentation.headline.gaps_none": "Ingen post ligger under målet i hälften av regionerna "
    "eller fler.",
    "presentation.headline.supply": "{n_single} av {n_known} {n_known:?prioriterad "
    "substans|prioriterade substanser} med känd "
    "tillverkning av aktiv substans har den i ett enda land.",
    "presentation.headline.grants": "{allocated} har fördelats sedan 2018; {used} har använts "
    "({share}) och {repaid} betalats tillbaka.",
    "presentation.headline.scenario_none": "Inget sparat scenario finns i databasen.",
    "presentation.gaps.axis": "Regioner under målet",
    "presentation.supply.axis": "Sårbarhetspoäng",
}

EN: dict[str, str] = {
    "presentation.title": "Presentation",
    "presentation.switch": "Presentation mode",
    "presentation.switch_help": "Large type, no sidebar and no controls: for a projector. "
    "Esc leaves it.",
    "presentation.exit": "Leave presentation mode",
    "presentation.previous": "Previous",
    "presentation.next": "Next",
    "presentation.counter": "Slide {n} of {total}",
    "presentation.keys": "The arrow keys ← → change slides.",
    "presentation.print_link": "Printable version (one slide a page; save as PDF with Ctrl+P)",
    "presentation.print_intro": "Every slide of the presentation, one a page. Print or save as "
    "PDF with the browser's print (Ctrl+P).",
    "presentation.back_to_slides": "Back to the slides",
    "presentation.demo_note": "Slides marked Demo data show synthetic figures.",
    "presentation.slide.situation": "The situation",
    "presentation.slide.map": "The regions' stock",
    "presentation.slide.gaps": "The largest gaps",
    "presentation.slide.supply": "Where the medicines are made",
    "presentation.slide.grants": "The state grants",
    "presentation.slide.scenario": "If supplies stop",
    "presentation.headline.situation": "{share} of the priority list is in stock for at least "
    "{target} days of normal consumption ({month}).",
    "presentation.headline.situation_change": "{share} of the priority list is in stock for at "
    "least {target} days of normal consumption ({month}), {change} on a year before.",
    "presentation.headline.map": "Highest share: {best_share} ({best}). Lowest: {worst_share} "
    "({worst}). {no_report}",
    "presentation.and_more": "{names} and {n} more",
    "presentation.headline.map_no_report": "{n} of {total} regions have not reported.",
    "presentation.headline.map_all_reported": "All {total} regions have reported.",
    "presentation.headline.gaps": "{n} {n:?item is|items are} below the target in at least half "
    "of the "
    "regions. Largest gap: {item} (below the target in {k} of {total} regions).",
    "presentation.headline.gaps_none": "No item is below the target in half of the regions or "
    "more.",
    "presentation.headline.supply": "{n_single} of {n_known} {n_known:?priority "
    "substance|priority substances} with a known "
    "active-substance site have all of them in one country.",
    "presentation.headline.grants": "{allocated} allocated since 2018; {used} used ({share}) "
    "and {repaid} repaid.",
    "presentation.headline.scenario_none": "There is no saved scenario in the database.",
    "presentation.gaps.axis": "Regions below the target",
    "presentation.supply.axis": "Vulnerability score",
}
