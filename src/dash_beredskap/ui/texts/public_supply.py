"""Texts of the public manufacturing page and of the analysts' view exports on Om data,
Swedish and English (merged into ui.i18n)."""

SV: dict[str, str] = {
    "public_supply.title": "Tillverkningsländer",
    "public_supply.intro": "Var de tillverkningsställen finns som levererar läkemedel och "
    "sjukvårdsprodukter till Sverige, räknade per land. Sidan visar bara antal: inga företag, "
    "inga orter och inga koordinater. Ett antal under 3 visas som *färre än 3*, så att ingen "
    "enskild tillverkare kan pekas ut.",
    "public_supply.n_countries": "{n} {n:?land|länder} med minst ett tillverkningsställe",
    "public_supply.single_country": "{n_single} av {n_with} prioriterade substanser med känd "
    "tillverkning av aktiv substans har den i bara ett land.",
    "public_supply.fewer_than": "färre än 3",
    "public_supply.none": "Databasen har inga tillverkningsställen.",
    "public_supply.col.country": "Land",
    "public_supply.col.eu_eea": "EU/EES",
    "public_supply.col.sites": "Tillverkningsställen",
    "public_supply.col.companies": "Företag",
    "about.views_export.title": "Hämta en publik vy",
    "about.views_export.sentence": "Som analytiker kan du hämta en hel publik vy som CSV eller "
    "Excel, med alla rader och kolumner.",
    "about.views_export.label": "Vy",
    "download.table.public_sites": "Tillverkningsställen per land",
    "download.table.about_view": "Publik vy",
}

EN: dict[str, str] = {
    "public_supply.title": "Manufacturing countries",
    "public_supply.intro": "Where the manufacturing sites that supply medicines and health-care "
    "products to Sweden are, counted per country. This page shows counts only: no companies, "
    "no towns and no coordinates. A count under 3 is shown as *fewer than 3*, so that no single "
    "manufacturer can be singled out.",
    "public_supply.n_countries": "{n} {n:?country|countries} with at least one manufacturing site",
    "public_supply.single_country": "{n_single} of {n_with} priority substances with known "
    "active-substance manufacturing have it in one country only.",
    "public_supply.fewer_than": "fewer than 3",
    "public_supply.none": "The database holds no manufacturing site.",
    "public_supply.col.country": "Country",
    "public_supply.col.eu_eea": "EU/EEA",
    "public_supply.col.sites": "Manufacturing sites",
    "public_supply.col.companies": "Companies",
    "about.views_export.title": "Download a public view",
    "about.views_export.sentence": "As an analyst you can download a whole public view as CSV or "
    "Excel, with every row and column.",
    "about.views_export.label": "View",
    "download.table.public_sites": "Manufacturing sites per country",
    "download.table.about_view": "Public view",
}
