"""The demo database: real public facts plus seeded synthetic data, labelled as such.

Real (shipped as they are, source recorded in data_sources): regions and their shapes,
populations (SCB), countries (Natural Earth, Swedish names from CLDR), the medicines of the EU
Union list of critical medicines (stand-in for Socialstyrelsen's priority list), the grant
instruments with their amounts and dates, the government's assignments with their reporting
dates, the reports the 2024 agreement asks for and their due dates (their submission dates are
synthetic, and so is that data set). Computed (recorded as such, never as real): the
allocations per region, from those totals and the real populations. Everything else
(companies, sites, stock, shortages, requisitions, use, repayments, regions' costs and supply
systems, the devices and PPE items) is synthetic.

Reproducible: one numpy Generator from the seed, drawn in a fixed order; every frame is sorted
before it is inserted; no wall-clock time (loaded_at is `as_of` at midnight). So the same seed and
as_of give byte-for-byte the same table contents.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import duckdb
import numpy as np
import pandas as pd

from dash_beredskap import reference
from dash_beredskap.metrics import allocate_by_population

DEFAULT_SEED = 20231212
DEFAULT_AS_OF = date(2026, 11, 1)

STOCK_START = date(2022, 1, 1)
SYNTHETIC_LICENCE = "CC0: syntetiska demodata, fria att använda"
SYNTHETIC_NOTE = "SYNTETISKA DEMODATA (genererade, seed {seed}), inte verkliga uppgifter."
PUBLIC_DOCUMENT_LICENCE = "Allmän handling, inte upphovsrättsskyddad (1 kap. 9 § upphovsrättslagen)"

# ------------------------------------------------------------------ synthetic product catalogue
DEVICES: tuple[tuple[str, str], ...] = (
    ("Infusionsaggregat", "Infusion set"),
    ("Infusionsaggregat med partikelfilter", "Infusion set with particle filter"),
    ("Infusionspumpset", "Infusion pump set"),
    ("Sprutpumpsaggregat", "Syringe pump extension set"),
    ("Perifer venkateter 18G", "Peripheral venous catheter 18G"),
    ("Perifer venkateter 20G", "Peripheral venous catheter 20G"),
    ("Perifer venkateter 22G", "Peripheral venous catheter 22G"),
    ("Central venkateter, trelumen", "Central venous catheter, triple lumen"),
    ("Spruta 2 ml", "Syringe 2 ml"),
    ("Spruta 5 ml", "Syringe 5 ml"),
    ("Spruta 10 ml", "Syringe 10 ml"),
    ("Spruta 50 ml", "Syringe 50 ml"),
    ("Kanyl 0,6 mm", "Needle 0.6 mm"),
    ("Kanyl 0,8 mm", "Needle 0.8 mm"),
    ("Kanyl 1,2 mm", "Needle 1.2 mm"),
    ("Trevägskran", "Three-way stopcock"),
    ("Förlängningsslang", "Extension line"),
    ("Syrgasgrimma", "Nasal oxygen cannula"),
    ("Syrgasmask med reservoar", "Oxygen mask with reservoir"),
    ("Nebulisator", "Nebuliser"),
    ("Endotrakealtub 7,5", "Endotracheal tube 7.5"),
    ("Epiduralset", "Epidural set"),
    ("Transfusionsaggregat", "Blood transfusion set"),
    ("Injektionsport", "Injection port"),
    ("Kompress steril 10x10 cm", "Sterile gauze swab 10x10 cm"),
)
PPE: tuple[tuple[str, str], ...] = (
    ("Andningsskydd FFP2", "Respirator FFP2"),
    ("Andningsskydd FFP3", "Respirator FFP3"),
    ("Munskydd typ IIR", "Surgical mask type IIR"),
    ("Undersökningshandske nitril", "Examination glove, nitrile"),
    ("Operationshandske steril", "Surgical glove, sterile"),
    ("Skyddsrock", "Isolation gown"),
    ("Vätskeresistent förkläde", "Fluid-resistant apron"),
    ("Visir", "Face shield"),
    ("Skyddsglasögon", "Safety goggles"),
    ("Hätta", "Surgical cap"),
)

# The 2022 list focused on intensive care, prehospital care and emergency dental care. Its real
# membership is not machine-readable; the stand-in takes EU-list medicines from these ATC groups
# in this order (tier 1, then tier 2, by code) up to PRIORITY_2022_SIZE.
PRIORITY_2022_TIER1 = ("N01", "N02", "J01", "B05", "C01", "H02", "M03")
PRIORITY_2022_TIER2 = (
    "N05", "B01", "B02", "V03", "N03", "C02", "C03", "C07", "C08", "A03", "H01", "R03", "N07",
    "A02", "R05",
)  # fmt: skip
PRIORITY_2022_SIZE = 120

# ------------------------------------------------------------------ synthetic geography
# Real cities with their real coordinates (WGS84, rounded); sites get a ±0.05° jitter. No town
# known for one real plant (issue 12): those below were replaced by a larger city nearby, so a
# synthetic site never reads as a real factory.
SINGLE_PLANT_TOWNS = frozenset(
    {
        "Rocky Mount", "Visp", "Kundl", "Puurs", "Wavre", "Macclesfield", "Ware", "Kalundborg",
        "Hillerød", "Södertälje", "Strängnäs", "Elverum", "Leverkusen", "Ludwigshafen",
        "Darmstadt", "Hafnarfjörður",
    }
)  # fmt: skip
CITIES: dict[str, tuple[tuple[str, float, float], ...]] = {
    "IN": (
        ("Hyderabad", 17.385, 78.487), ("Visakhapatnam", 17.687, 83.218),
        ("Ahmedabad", 23.023, 72.571), ("Vadodara", 22.307, 73.181),
        ("Ankleshwar", 21.626, 73.015), ("Mumbai", 19.076, 72.878), ("Baddi", 30.958, 76.791),
        ("Pune", 18.520, 73.857), ("Bengaluru", 12.972, 77.595), ("Chennai", 13.083, 80.271),
        ("Vapi", 20.371, 72.905), ("Aurangabad", 19.876, 75.343),
    ),
    "CN": (
        ("Shijiazhuang", 38.042, 114.514), ("Taizhou", 28.656, 121.421),
        ("Hangzhou", 30.274, 120.155), ("Shanghai", 31.230, 121.474), ("Jinan", 36.651, 117.120),
        ("Shenzhen", 22.543, 114.058), ("Wuhan", 30.593, 114.305), ("Chongqing", 29.563, 106.551),
        ("Suzhou", 31.299, 120.585), ("Tianjin", 39.343, 117.362), ("Nanjing", 32.060, 118.797),
        ("Weifang", 36.707, 119.162), ("Shaoxing", 30.000, 120.580),
    ),
    "IT": (
        ("Milano", 45.464, 9.190), ("Latina", 41.467, 12.904), ("Pavia", 45.185, 9.160),
        ("Firenze", 43.770, 11.256), ("Napoli", 40.852, 14.268), ("Bologna", 44.494, 11.343),
        ("Torino", 45.070, 7.687), ("Parma", 44.801, 10.328),
    ),
    "ES": (
        ("Barcelona", 41.385, 2.173), ("Madrid", 40.417, -3.704), ("Valencia", 39.470, -0.376),
        ("León", 42.599, -5.567), ("Zaragoza", 41.649, -0.889), ("Sevilla", 37.389, -5.984),
    ),
    "DE": (
        ("Frankfurt am Main", 50.110, 8.682), ("Mannheim", 49.487, 8.466),
        ("Köln", 50.938, 6.960), ("Hamburg", 53.551, 9.994), ("Berlin", 52.520, 13.405),
        ("München", 48.135, 11.582), ("Mainz", 49.993, 8.247), ("Ulm", 48.401, 9.988),
        ("Halle (Saale)", 51.497, 11.969), ("Freiburg", 47.999, 7.842),
    ),
    "US": (
        ("Princeton", 40.357, -74.667), ("Durham", 35.994, -78.899),
        ("Indianapolis", 39.768, -86.158), ("Chicago", 41.878, -87.630),
        ("San Diego", 32.716, -117.161), ("Boston", 42.360, -71.059),
        ("Raleigh", 35.780, -78.639), ("Memphis", 35.149, -90.049),
    ),
    "CH": (
        ("Basel", 47.560, 7.589), ("Bern", 46.948, 7.447), ("Zürich", 47.377, 8.542),
        ("Genève", 46.204, 6.143), ("Luzern", 47.050, 8.309),
    ),
    "FR": (
        ("Lyon", 45.764, 4.836), ("Paris", 48.857, 2.352), ("Toulouse", 43.605, 1.444),
        ("Strasbourg", 48.573, 7.752), ("Rouen", 49.443, 1.100), ("Lille", 50.629, 3.057),
        ("Marseille", 43.296, 5.370),
    ),
    "GB": (
        ("Cambridge", 52.205, 0.122), ("Leeds", 53.801, -1.549),
        ("London", 51.507, -0.128), ("Manchester", 53.481, -2.242), ("Nottingham", 52.954, -1.158),
    ),
    "IE": (
        ("Cork", 51.899, -8.476), ("Dublin", 53.350, -6.260), ("Limerick", 52.668, -8.630),
        ("Galway", 53.271, -9.057),
    ),
    "NL": (
        ("Leiden", 52.160, 4.497), ("Amsterdam", 52.368, 4.904), ("Eindhoven", 51.441, 5.470),
        ("Nijmegen", 51.812, 5.837),
    ),
    "BE": (
        ("Mechelen", 51.026, 4.478), ("Bryssel", 50.850, 4.352), ("Gent", 51.054, 3.717),
        ("Namur", 50.467, 4.867), ("Antwerpen", 51.219, 4.402),
    ),
    "AT": (
        ("Wien", 48.208, 16.373), ("Innsbruck", 47.269, 11.404), ("Linz", 48.306, 14.286),
        ("Graz", 47.071, 15.440),
    ),
    "PL": (
        ("Warszawa", 52.230, 21.012), ("Kraków", 50.065, 19.945), ("Poznań", 52.406, 16.925),
        ("Łódź", 51.759, 19.456), ("Gdańsk", 54.352, 18.647),
    ),
    "HU": (("Budapest", 47.498, 19.040), ("Debrecen", 47.532, 21.627)),
    "SI": (("Ljubljana", 46.056, 14.506), ("Novo mesto", 45.804, 15.169)),
    "CZ": (("Praha", 50.076, 14.438), ("Brno", 49.195, 16.607), ("Opava", 49.938, 17.902)),
    "PT": (("Lissabon", 38.722, -9.139), ("Porto", 41.158, -8.629), ("Coimbra", 40.211, -8.429)),
    "HR": (("Zagreb", 45.815, 15.982),),
    "SE": (
        ("Stockholm", 59.329, 18.069), ("Västerås", 59.611, 16.545),
        ("Uppsala", 59.859, 17.639), ("Göteborg", 57.709, 11.975), ("Malmö", 55.605, 13.004),
        ("Lund", 55.705, 13.191), ("Umeå", 63.826, 20.263), ("Halmstad", 56.674, 12.858),
        ("Örebro", 59.275, 15.213),
    ),
    "DK": (
        ("København", 55.676, 12.568), ("Roskilde", 55.642, 12.080),
        ("Køge", 55.458, 12.182), ("Aarhus", 56.163, 10.204), ("Odense", 55.404, 10.402),
    ),
    "FI": (
        ("Helsingfors", 60.170, 24.938), ("Esbo", 60.205, 24.652), ("Åbo", 60.452, 22.267),
        ("Kuopio", 62.892, 27.677), ("Uleåborg", 65.012, 25.465),
    ),
    "NO": (
        ("Oslo", 59.914, 10.752), ("Trondheim", 63.431, 10.395), ("Bergen", 60.391, 5.322),
        ("Lillestrøm", 59.956, 11.050),
    ),
    "IS": (("Reykjavík", 64.146, -21.942),),
    "IL": (
        ("Petah Tikva", 32.084, 34.887), ("Jerusalem", 31.769, 35.214),
        ("Haifa", 32.794, 34.990),
    ),
    "JP": (("Osaka", 34.694, 135.502), ("Tokyo", 35.676, 139.650), ("Toyama", 36.696, 137.214)),
    "KR": (("Seoul", 37.566, 126.978), ("Incheon", 37.456, 126.705), ("Cheongju", 36.642, 127.489)),
    "TW": (("Taipei", 25.033, 121.565), ("Hsinchu", 24.804, 120.971)),
    "CA": (("Toronto", 43.653, -79.383), ("Montréal", 45.502, -73.567)),
    "MY": (
        ("Kuala Lumpur", 3.139, 101.687), ("George Town", 5.414, 100.329),
        ("Ipoh", 4.598, 101.090), ("Klang", 3.044, 101.445),
    ),
    "MX": (
        ("Tijuana", 32.515, -117.038), ("Guadalajara", 20.659, -103.349),
        ("Ciudad Juárez", 31.690, -106.425), ("Monterrey", 25.686, -100.316),
    ),
    "TH": (("Bangkok", 13.756, 100.502), ("Hat Yai", 7.009, 100.475)),
    "VN": (("Ho Chi Minh-staden", 10.823, 106.630), ("Hanoi", 21.028, 105.854)),
}  # fmt: skip

# Where each kind of site is (relative weights; normalised when drawn). API making is concentrated
# in India and China; finished products more in Europe; devices and PPE in Asia and the Americas.
COUNTRY_WEIGHTS: dict[str, dict[str, float]] = {
    "api": {
        "IN": 35, "CN": 30, "IT": 7, "ES": 5, "DE": 4, "US": 4, "CH": 3, "FR": 2, "IE": 1.2,
        "GB": 1, "JP": 1, "KR": 1, "IL": 0.8, "HU": 1, "SI": 0.5, "PL": 0.5, "CZ": 0.5,
        "NL": 0.5, "AT": 0.5, "PT": 0.5, "TW": 0.5, "CA": 0.4, "SE": 0.3, "DK": 0.3, "FI": 0.2,
        "NO": 0.1,
    },
    "fpp": {
        "DE": 12, "IN": 14, "IT": 10, "FR": 8, "ES": 8, "US": 8, "CN": 5, "GB": 4, "PL": 4,
        "CH": 3, "AT": 3, "BE": 3, "PT": 3, "HU": 2, "SI": 2, "CZ": 2, "NL": 2, "IE": 2, "IL": 1,
        "HR": 1, "CA": 1, "KR": 1, "JP": 1, "SE": 0.8, "DK": 0.6, "FI": 0.5, "NO": 0.3,
        "IS": 0.1,
    },
    "packaging": {
        "DE": 15, "IT": 10, "FR": 9, "ES": 8, "PL": 8, "NL": 6, "BE": 5, "GB": 5, "CZ": 4,
        "IN": 5, "US": 4, "AT": 3, "HU": 3, "PT": 3, "IE": 3, "CH": 3, "SE": 1.5, "DK": 0.8,
        "FI": 0.7, "NO": 0.4,
    },
    "device": {
        "CN": 30, "MY": 12, "US": 10, "DE": 8, "MX": 8, "TH": 5, "VN": 5, "IE": 4, "JP": 3,
        "CZ": 3, "FR": 3, "IT": 3, "KR": 2, "GB": 2, "PL": 2, "IN": 2, "SE": 1, "DK": 0.5,
        "FI": 0.5,
    },
}  # fmt: skip
BIOLOGIC_COUNTRIES = ("DE", "US", "BE", "FR", "IT", "CH", "IE", "NL", "GB", "DK", "SE", "AT", "KR")
BIOLOGIC_ATC_PREFIXES = ("J06", "J07", "B05AA", "B02BD", "V09", "L01F", "L04AA", "L04AB", "L04AC")

N_SITES = {"api": 1050, "fpp": 1250, "packaging": 400, "device": 250}
# Plausible supply (issue 12): patented biologics (monoclonal antibodies, interleukin inhibitors)
# have one maker; well-known Nordic products are made in the Nordic countries in the demo too.
PATENTED_BIOLOGIC_PREFIXES = ("L01F", "L04AC")
NORDIC_PRODUCTS = (("A10A", "DK"), ("V09", "NO"))  # insulins in Denmark, radiopharmaceuticals
# The list stand-in is for inpatient care ("vård som inte kan anstå"): vaccines (mostly the
# childhood programme and travel) are left out of it.
NOT_ON_LIST_ATC = ("J07",)
N_COMPANIES = {"api": 110, "fpp": 160, "device": 50, "packaging": 30}
COMPANY_SUFFIXES = {
    "api": ("Chemicals", "Fine Chemicals", "Lifesciences", "Synthesis"),
    "fpp": ("Pharma", "Pharmaceuticals", "Lifesciences", "Laboratories"),
    "device": ("Medtech", "Medical"),
    "packaging": ("Packaging", "Contract Packaging"),
    # service companies (issue 12: "varor och tjänster")
    "distribution": ("Distribution", "Logistik"),
    "sterilisation": ("Sterilteknik", "Sterilservice"),
    "ordering_it": ("Systems", "Informatik"),
    "transport": ("Transport", "Frakt"),
    "device_maintenance": ("Medicinteknisk Service", "Teknikservice"),
}
# Synthetic service companies: (service, how many, share flagged vital, what they do). A separate
# generator draws them, so the rest of the demo is unchanged by their number.
SERVICE_COMPANIES: tuple[tuple[str, int, float, str], ...] = (
    ("distribution", 4, 0.75, "Partihandel och distribution av läkemedel till sjukhus"),
    ("sterilisation", 3, 0.67, "Sterilisering av instrument och förbrukningsartiklar"),
    ("ordering_it", 2, 0.5, "IT-system för beställning av läkemedel och sjukvårdsprodukter"),
    ("transport", 2, 0.5, "Temperaturstyrda transporter av läkemedel"),
    ("device_maintenance", 2, 0.0, "Service och reparation av infusionspumpar och ventilatorer"),
)
SERVICE_HQ = ("SE", "SE", "SE", "DK", "FI", "NO", "DE")
NAME_ONSETS = (
    "Al", "Bra", "Cor", "Dal", "Eri", "Fen", "Gal", "Hal", "Ise", "Jor", "Kal", "Lum", "Mar",
    "Nor", "Ost", "Pel", "Quin", "Ros", "Sal", "Tor", "Ul", "Ver", "Wen", "Xan", "Yl", "Zer",
    "Ar", "Bel", "Cal", "Dor", "Es", "Fal", "Gren", "Hel", "Kor", "Lin", "Mel", "Ner", "Or",
    "Pra", "Riv", "Sel", "Tal", "Val", "Vin", "Zel",
)  # fmt: skip
NAME_MIDDLES = ("a", "e", "i", "o", "u", "ae", "io", "ar", "en", "or", "il", "an", "y")
NAME_ENDINGS = (
    "dex", "vex", "ron", "lis", "mira", "tara", "vane", "thos", "quin", "dora", "nex", "lith",
    "gard", "holm", "mund", "vik", "bris", "cora", "sena", "tris", "vela", "zanth",
)  # fmt: skip
# Stems of real firms in the field: a generated name containing one is rejected.
REAL_NAME_STEMS = (
    "pfizer", "novartis", "roche", "sandoz", "teva", "mylan", "viatris", "zentiva", "fresenius",
    "baxter", "hikma", "cipla", "lupin", "aurobindo", "reddy", "glenmark", "zydus", "abbott",
    "bayer", "merck", "sanofi", "astra", "novo", "orion", "pharmacia", "recipharm", "meda",
    "braun", "octapharma", "grifols", "takeda", "lilly", "amgen", "gilead", "biogen", "stada",
    "krka", "gedeon", "richter", "polpharma", "accord", "intas", "xellia", "hospira", "kabi",
    "medline", "molnlycke", "ansell", "becton", "terumo", "nipro", "vygon", "teleflex",
    "cardinal", "essity", "nordex", "galderma", "alcon", "ferring", "lundbeck", "leo", "sobi",
    "camurus", "calliditas", "apotek", "vitrum", "unimedic", "evolan", "ebb", "selenix",
    "verizon", "horizon", "amazon", "corning", "coral", "lonza", "siegfried", "olon", "dsm",
)  # fmt: skip

SJUKVARDSREGION = {
    "01": "Stockholm-Gotland", "09": "Stockholm-Gotland",
    "03": "Mellansverige", "04": "Mellansverige", "17": "Mellansverige", "18": "Mellansverige",
    "19": "Mellansverige", "20": "Mellansverige", "21": "Mellansverige",
    "05": "Sydöst", "06": "Sydöst", "08": "Sydöst",
    "07": "Syd", "10": "Syd", "12": "Syd",
    "13": "Väst", "14": "Väst",
    "22": "Norr", "23": "Norr", "24": "Norr", "25": "Norr",
}  # fmt: skip
SUPPLY_SYSTEMS: dict[str, tuple[tuple[str, str], ...]] = {
    "own_stock": (
        ("Regionalt beredskapslager",
         "Eget omsättningslager av prioriterade läkemedel och förbrukningsmaterial i regionens "
         "centrallager."),
        ("Utökade avdelningsförråd",
         "Större förråd på sjukhusens vårdavdelningar, som omsätts i den dagliga vården."),
    ),
    "contracted_stock": (
        ("Avtal om lagerhållning hos partihandlare",
         "Upphandlat avtal där partihandlaren håller buffertlager för regionens räkning."),
        ("Leverantörslager enligt ramavtal",
         "Ramavtal med krav på att leverantören håller säkerhetslager i Sverige."),
    ),
    "hospital_pharmacy": (
        ("Sjukhusapotek i egen regi",
         "Sjukhusapoteket förvaltar utökade lager av läkemedel nära vårdavdelningarna."),
        ("Upphandlad sjukhusapoteksfunktion",
         "Extern aktör driver sjukhusapoteket och lagret enligt regionens beställning."),
    ),
    "regional_collaboration": (
        ("Samverkan inom sjukvårdsregion {sjukvardsregion}",
         "Gemensam lagerplanering och omfördelning mellan regionerna i sjukvårdsregionen."),
    ),
}  # fmt: skip

COST_CATEGORIES: dict[str, tuple[float, float]] = {
    # category: (SEK per inhabitant in 2021, yearly growth factor)
    "medicines": (12.0, 1.16),
    "devices": (5.0, 1.13),
    "ppe": (4.0, 0.97),
    "storage": (3.0, 1.18),
    "staff": (2.5, 1.09),
}


@dataclass(frozen=True)
class Instrument:
    """One grant instrument as the agreements state it (amounts and dates are real)."""

    instrument_id: str
    name_sv: str
    name_en: str
    year: int
    recipient: str
    total_sek: int
    distribution_key: str
    population_ref_date: date | None
    requisition_deadline: date | None
    usage_start: date | None
    usage_end: date | None
    repayment_deadline: date | None
    report_deadline: date | None
    source_document: str


def _civil_defence(year: int, total_sek: int) -> Instrument:
    pop_date = reference.POP_DATE_2023 if year >= 2022 else reference.POP_DATE_2019
    return Instrument(
        instrument_id=f"ok{year}_civilt_forsvar",
        name_sv=f"Överenskommelse om hälso- och sjukvårdens arbete med civilt försvar {year}",
        name_en=f"Agreement on health care's work with civil defence {year}",
        year=year,
        recipient="regions",
        total_sek=total_sek,
        distribution_key="population",
        population_ref_date=pop_date,
        requisition_deadline=None,
        usage_start=None,
        usage_end=None,
        repayment_deadline=None,
        report_deadline=None,
        source_document=(
            f"Överenskommelse mellan staten och SKR {year} (belopp enligt överenskommelsen om "
            "försörjningsberedskap för läkemedel 2024, avsnitt 1.1). Fördelning efter "
            f"befolkning är ANTAGEN här, beräknad på folkmängden {pop_date.isoformat()}."
        ),
    )


INSTRUMENTS: tuple[Instrument, ...] = (
    _civil_defence(2018, 30_000_000),
    _civil_defence(2019, 30_000_000),
    _civil_defence(2020, 30_000_000),
    _civil_defence(2021, 200_000_000),
    _civil_defence(2022, 200_000_000),
    _civil_defence(2023, 400_000_000),
    Instrument(
        instrument_id="tok2022_lakemedel",
        name_sv="Tilläggsöverenskommelse om försörjningsberedskap för läkemedel 2022",
        name_en="Supplementary agreement on supply preparedness for medicines 2022",
        year=2022,
        recipient="regions",
        total_sek=500_000_000,
        distribution_key="population",
        population_ref_date=reference.POP_DATE_2023,
        requisition_deadline=None,
        usage_start=date(2022, 1, 1),
        usage_end=date(2024, 12, 31),
        repayment_deadline=date(2025, 3, 31),
        report_deadline=None,
        source_document=(
            "Tilläggsöverenskommelse om försörjningsberedskap för läkemedel 2022 mellan staten "
            "och SKR (prioriteringslista S2022/01940); användning 2022–2024 och återbetalning "
            "senast 2025-03-31 enligt revideringen i överenskommelsen 2024, avsnitt 5. "
            "Fördelning efter befolkning är ANTAGEN här, beräknad på folkmängden 2023-12-31."
        ),
    ),
    Instrument(
        instrument_id="tok2023_lakemedel",
        name_sv="Tilläggsöverenskommelse om försörjningsberedskap för läkemedel 2023",
        name_en="Supplementary agreement on supply preparedness for medicines 2023",
        year=2023,
        recipient="regions",
        total_sek=400_000_000,
        distribution_key="population",
        population_ref_date=reference.POP_DATE_2023,
        requisition_deadline=None,
        usage_start=date(2023, 1, 1),
        usage_end=date(2025, 12, 31),
        repayment_deadline=date(2026, 3, 31),
        report_deadline=None,
        source_document=(
            "Tilläggsöverenskommelse om försörjningsberedskap för läkemedel 2023 mellan staten "
            "och SKR (prioriteringslista S2022/04550, 2023-05-12); användning 2023–2025 och "
            "återbetalning senast 2026-03-31 enligt revideringen i överenskommelsen 2024, "
            "avsnitt 5. Fördelning efter befolkning är ANTAGEN här, beräknad på folkmängden "
            "2023-12-31."
        ),
    ),
    Instrument(
        instrument_id="tok2023_lakemedel_skr",
        name_sv="Tilläggsöverenskommelse om försörjningsberedskap för läkemedel 2023, SKR:s del",
        name_en="Supplementary agreement on supply preparedness for medicines 2023, SKR's share",
        year=2023,
        recipient="skr",
        total_sek=2_000_000,
        distribution_key="fixed",
        population_ref_date=None,
        requisition_deadline=None,
        usage_start=date(2023, 1, 1),
        usage_end=date(2025, 12, 31),
        repayment_deadline=date(2026, 3, 31),
        report_deadline=None,
        source_document=(
            "Tilläggsöverenskommelse om försörjningsberedskap för läkemedel 2023 mellan staten "
            "och SKR (S2022/04550): 2 miljoner kronor till SKR för stöd och samverkan."
        ),
    ),
    Instrument(
        instrument_id="ok2024_lakemedel",
        name_sv="Överenskommelse om försörjningsberedskap för läkemedel 2024",
        name_en="Agreement on supply preparedness for medicines 2024",
        year=2024,
        recipient="regions",
        total_sek=100_000_000,
        distribution_key="population",
        population_ref_date=reference.POP_DATE_2023,
        requisition_deadline=date(2024, 12, 1),
        usage_start=date(2024, 1, 1),
        usage_end=date(2025, 12, 31),
        repayment_deadline=date(2026, 3, 31),
        report_deadline=date(2025, 10, 1),
        source_document=(
            "Överenskommelse om försörjningsberedskap för läkemedel 2024 mellan staten och SKR, "
            "avsnitt 3–5. Avtalet fördelar efter befolkningsandel i augusti 2023 (bilaga 1); "
            "de siffrorna finns inte här, så fördelningen är beräknad på folkmängden 2023-12-31."
        ),
    ),
    Instrument(
        instrument_id="ok2024_lakemedel_skr",
        name_sv="Överenskommelse om försörjningsberedskap för läkemedel 2024, SKR:s del",
        name_en="Agreement on supply preparedness for medicines 2024, SKR's share",
        year=2024,
        recipient="skr",
        total_sek=2_000_000,
        distribution_key="fixed",
        population_ref_date=None,
        requisition_deadline=date(2024, 12, 1),
        usage_start=date(2024, 1, 1),
        usage_end=date(2025, 12, 31),
        repayment_deadline=date(2026, 3, 31),
        report_deadline=date(2024, 12, 31),
        source_document=(
            "Överenskommelse om försörjningsberedskap för läkemedel 2024 mellan staten och SKR, "
            "avsnitt 2.2, 3 och 5: 2 miljoner kronor till SKR; SKR:s rapport om information om "
            "restsituationer senast 2024-12-31."
        ),
    ),
)

# Synthetic: the earliest requisition date per instrument, after each agreement was made
FIRST_REQUISITION = {
    "tok2022_lakemedel": date(2022, 5, 1),
    "tok2023_lakemedel": date(2023, 7, 1),
    "tok2023_lakemedel_skr": date(2023, 7, 1),
    "ok2024_lakemedel": date(2024, 2, 1),
    "ok2024_lakemedel_skr": date(2024, 2, 1),
}

GRANT_PURPOSES = {
    "medicines": (
        "Inköp läkemedel för lager",
        "Medicintekniska produkter",
        "Lagerlokaler",
        "Avtal om lagerhållning",
        "Samordning",
    ),
    "civil_defence": (
        "Planering och utbildning",
        "Övningar",
        "Sjukvårdsmateriel",
        "Samordning",
    ),
}


# ================================================================== helpers
def _insert(con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame) -> int:
    """Bulk-insert a frame by column name; returns its row count."""
    view = f"_demo_{table}"
    con.register(view, df)
    try:
        con.execute(f"insert into {table} by name select * from {view}")
    finally:
        con.unregister(view)
    return len(df)


def _month_starts(start: date, as_of: date) -> list[date]:
    """First day of every month from `start` up to and including as_of's month (<= as_of)."""
    out = []
    y, m = start.year, start.month
    while date(y, m, 1) <= as_of:
        out.append(date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _random_date(rng: np.random.Generator, first: date, last: date) -> date:
    """A uniform date in [first, last]."""
    span = (last - first).days
    return first + timedelta(days=int(rng.integers(0, span + 1)))


def _split_integer(total: int, weights: np.ndarray) -> np.ndarray:
    """Split an integer total by weights into whole numbers summing exactly to the total."""
    raw = total * weights / weights.sum()
    parts = np.floor(raw).astype(np.int64)
    parts[int(np.argmax(raw - parts))] += total - int(parts.sum())
    return parts


def _jitter(rng: np.random.Generator, n: int) -> np.ndarray:
    """±0.05° offsets, so sites in one city do not sit on a single map point."""
    return rng.uniform(-0.05, 0.05, size=n)


def _weights(kind: str) -> tuple[list[str], np.ndarray]:
    """Country codes (sorted, so draws do not hang on dict order) and their probabilities."""
    table = COUNTRY_WEIGHTS[kind]
    codes = sorted(table)
    w = np.array([table[c] for c in codes], dtype=float)
    return codes, w / w.sum()


# ================================================================== real reference data
def _build_reference(con: duckdb.DuckDBPyConnection) -> dict[str, object]:
    """Regions, populations, countries and shapes, as shipped. Returns what later steps need."""
    regions = reference.read_regions()
    pops = reference.read_region_population()
    countries = reference.read_countries()
    shapes = pd.concat(
        [
            pd.DataFrame(
                {"layer": "regions", "code": regions["region_code"], "geojson": regions["geojson"]}
            ),
            pd.DataFrame(
                {"layer": "countries", "code": countries["iso2"], "geojson": countries["geojson"]}
            ),
        ],
        ignore_index=True,
    ).sort_values(["layer", "code"], ignore_index=True)
    n = {
        "regions": _insert(con, "regions", regions.drop(columns="geojson")),
        "populations": _insert(con, "region_population", pops),
        "countries": _insert(con, "countries", countries.drop(columns="geojson")),
        "atc-groups": _insert(con, "atc_groups", reference.read_atc_groups()),
        "country-groups": _insert(con, "country_groups", _country_groups(countries)),
    }
    _insert(con, "shapes", shapes)
    return {"regions": regions, "pops": pops, "countries": countries, "n": n}


def _country_groups(countries: pd.DataFrame) -> pd.DataFrame:
    """data/reference/country_groups.csv, for the countries the map knows (LI may be missing)."""
    groups = reference.read_country_groups()
    return groups[groups["iso2"].isin(countries["iso2"])].reset_index(drop=True)


def _substances(medicines: pd.DataFrame) -> pd.DataFrame:
    """Medicines (real, EU Union list) plus the synthetic devices and PPE items."""
    med = pd.DataFrame(
        {
            "substance_id": medicines["substance_id"],
            "name_sv": medicines["name_sv"],  # Swedish INN form (data/reference)
            "name_en": medicines["name_en"],
            "atc_code": medicines["atc_code"],
            "atc_l4": medicines["atc_code"].str[:5],
            "category": "medicine",
        }
    )
    dev = pd.DataFrame(
        {
            "substance_id": [f"MT-{i:03d}" for i in range(1, len(DEVICES) + 1)],
            "name_sv": [sv for sv, _ in DEVICES],
            "name_en": [en for _, en in DEVICES],
            "atc_code": None,
            "atc_l4": None,
            "category": "device",
        }
    )
    ppe = pd.DataFrame(
        {
            "substance_id": [f"PSU-{i:03d}" for i in range(1, len(PPE) + 1)],
            "name_sv": [sv for sv, _ in PPE],
            "name_en": [en for _, en in PPE],
            "atc_code": None,
            "atc_l4": None,
            "category": "ppe",
        }
    )
    out = pd.concat([med, dev, ppe], ignore_index=True)
    return out.sort_values("substance_id", ignore_index=True)


def _priority_2022_members(medicines: pd.DataFrame) -> list[str]:
    """The deterministic stand-in for list S2022/01940 (no randomness: seed-independent)."""
    atc = medicines.set_index("substance_id")["atc_code"]

    def tier(code: str) -> int:
        if code.startswith(PRIORITY_2022_TIER1):
            return 1
        if code.startswith(PRIORITY_2022_TIER2):
            return 2
        return 3

    ranked = sorted((tier(code), code, sid) for sid, code in atc.items())
    return sorted(sid for t, _, sid in ranked[:PRIORITY_2022_SIZE] if t < 3)


def _priority_lists(
    substances: pd.DataFrame, medicines: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    lists = pd.DataFrame(
        [
            {
                "list_version": "S2022/01940",
                "title": (
                    "Prioriterade substanser med fokus på intensivvård, prehospital vård och akut "
                    "tandvård (ersättningslista i demon)"
                ),
                "published_on": None,  # not in the seeds: unknown, not made up
                "is_current": False,
                "source": (
                    "Socialstyrelsen, redovisning S2022/01940 (version och inriktning verkliga; "
                    "publiceringsdatum okänt, finns inte i källorna). "
                    "Innehållet är en ERSÄTTNING (stand-in): listan är inte maskinläsbar, så demon "
                    f"tar {PRIORITY_2022_SIZE} läkemedel ur EU:s Union list of critical medicines "
                    "i ATC-grupperna N01, N02, J01, B05, C01, H02, M03 och därefter "
                    "närliggande grupper."
                ),
            },
            {
                "list_version": "S2022/04550",
                "title": (
                    "Läkemedel och medicintekniska produkter för vård som inte kan anstå "
                    "(ersättningslista i demon)"
                ),
                "published_on": date(2023, 5, 12),
                "is_current": True,
                "source": (
                    "Socialstyrelsen, delredovisning 2023-05-12 (S2022/04550) (version och datum "
                    "verkliga). Innehållet är en ERSÄTTNING (stand-in): läkemedlen i EU:s "
                    "Union list of critical medicines v2.1 (EMA/4040/2026) utom vacciner (J07, "
                    "inte vård som inte kan anstå) plus syntetiska medicintekniska produkter "
                    "och skyddsutrustning."
                ),
            },
        ]
    )
    inpatient = substances[~substances["atc_code"].fillna("").str.startswith(NOT_ON_LIST_ATC)]
    current = pd.DataFrame(
        {"list_version": "S2022/04550", "substance_id": inpatient["substance_id"]}
    )
    old = pd.DataFrame(
        {"list_version": "S2022/01940", "substance_id": _priority_2022_members(medicines)}
    )
    items = pd.concat([old, current], ignore_index=True).sort_values(
        ["list_version", "substance_id"], ignore_index=True
    )
    return lists, items


# ================================================================== companies and sites
def _company_names(rng: np.random.Generator, kinds: list[str]) -> list[str]:
    """Unique made-up names (syllables + a trade word) that match no real firm we know of."""
    used: set[str] = set()
    names = []
    for kind in kinds:
        while True:
            stem = (
                NAME_ONSETS[rng.integers(len(NAME_ONSETS))]
                + NAME_MIDDLES[rng.integers(len(NAME_MIDDLES))]
                + NAME_ENDINGS[rng.integers(len(NAME_ENDINGS))]
            )
            low = stem.lower()
            if low in used or any(real in low for real in REAL_NAME_STEMS):
                continue
            used.add(low)
            suffixes = COMPANY_SUFFIXES[kind]
            names.append(f"{stem} {suffixes[rng.integers(len(suffixes))]}")
            break
    return names


def _companies_and_sites(rng: np.random.Generator) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Fictitious companies and their sites; site countries follow COUNTRY_WEIGHTS."""
    kinds = [k for k in ("api", "fpp", "device", "packaging") for _ in range(N_COMPANIES[k])]
    names = _company_names(rng, kinds)
    hq = []
    for kind in kinds:
        codes, w = _weights(kind)
        hq.append(codes[rng.choice(len(codes), p=w)])
    companies = pd.DataFrame(
        {
            "company_id": [f"CO-{i:04d}" for i in range(1, len(kinds) + 1)],
            "company_name": names,
            "hq_country_iso2": hq,
            "kind": kinds,
            "size": rng.lognormal(0.0, 0.9, size=len(kinds)),
        }
    )

    # Which companies may run which kind of site: some finished-product makers make their own
    # API or pack their own products (vertical integration).
    company_ids = companies["company_id"].to_numpy(dtype=object)
    company_kind = companies["kind"].to_numpy(dtype=object)
    company_hq = companies["hq_country_iso2"].to_numpy(dtype=object)
    company_size = companies["size"].to_numpy()
    site_plan = [("api", "api"), ("fpp", "fpp"), ("packaging", "packaging"), ("fpp", "device")]
    rows = []
    for site_type, kind in site_plan:
        codes, w = _weights(kind)
        n = N_SITES[kind]
        countries = [codes[i] for i in rng.choice(len(codes), size=n, p=w)]
        own = np.flatnonzero(company_kind == kind)
        extra_kind = {"api": "fpp", "packaging": "fpp"}.get(kind)
        extra = np.flatnonzero(company_kind == extra_kind)
        for country in countries:
            pool = extra if len(extra) and rng.random() < 0.2 else own
            local = pool[company_hq[pool] == country]
            if len(local) and rng.random() < 0.75:
                pool = local
            p = company_size[pool] / company_size[pool].sum()
            company = company_ids[pool[rng.choice(len(pool), p=p)]]
            rows.append((company, site_type, country, kind))
    # every company runs at least one site, in its home country
    with_site = {r[0] for r in rows}
    for cid, country, kind in companies[["company_id", "hq_country_iso2", "kind"]].itertuples(
        index=False
    ):
        if cid not in with_site:
            rows.append((cid, "fpp" if kind in ("fpp", "device") else kind, country, kind))

    sites = pd.DataFrame(rows, columns=["company_id", "site_type", "country_iso2", "kind"])
    city_idx = [rng.integers(len(CITIES[c])) for c in sites["country_iso2"]]
    city = [CITIES[c][i] for c, i in zip(sites["country_iso2"], city_idx, strict=True)]
    sites["city"] = [c[0] for c in city]
    sites["lat"] = np.round(np.array([c[1] for c in city]) + _jitter(rng, len(sites)), 4)
    sites["lon"] = np.round(np.array([c[2] for c in city]) + _jitter(rng, len(sites)), 4)
    cap = np.round(rng.lognormal(0.0, 0.5, size=len(sites)), 2)
    sites["capacity_index"] = np.where(rng.random(len(sites)) < 0.06, np.nan, cap)
    sites.insert(0, "site_id", [f"SITE-{i:05d}" for i in range(1, len(sites) + 1)])
    return companies, sites


def _company_services(
    rng: np.random.Generator, companies: pd.DataFrame, sites: pd.DataFrame
) -> pd.DataFrame:
    """Synthetic company_services: service-only companies (SV-0001, ...) and up to four
    Nordic finished-product makers that also distribute their products."""
    rows = []
    kinds = [k for k, n, _, _ in SERVICE_COMPANIES for _ in range(n)]
    names = _company_names(rng, kinds)
    i = 0
    for service, n, vital_share, what in SERVICE_COMPANIES:
        for _ in range(n):
            hq = SERVICE_HQ[rng.integers(len(SERVICE_HQ))]
            rows.append(
                (f"SV-{i + 1:04d}", names[i], hq, service, what, bool(rng.random() < vital_share))
            )
            i += 1
    nordic = set(sites.loc[sites["country_iso2"].isin(reference.NORDIC), "company_id"])
    makers = companies[
        (companies["kind"] == "fpp")
        & companies["hq_country_iso2"].isin(reference.NORDIC)
        & companies["company_id"].isin(nordic)
    ]
    own = makers.set_index("company_id").head(4)
    for cid, row in own.iterrows():
        rows.append(
            (cid, row["company_name"], row["hq_country_iso2"], "distribution",
             "Egen distribution av sina produkter till regionerna", False)
        )  # fmt: skip
    out = pd.DataFrame(
        rows,
        columns=["company_id", "company_name", "hq_country_iso2", "service", "description",
                 "is_vital"],
    )  # fmt: skip
    return out.sort_values(["company_id", "service"], ignore_index=True)


def _is_biologic(atc: str) -> bool:
    return atc.startswith(BIOLOGIC_ATC_PREFIXES)


def _site_substances(
    rng: np.random.Generator, sites: pd.DataFrame, medicines: pd.DataFrame, items: pd.DataFrame
) -> pd.DataFrame:
    """Which site makes what, with a deliberate spread of API supply concentration.

    About 15 % of medicines get API from a single country (a handful from one site), three have no
    known API site, biologics come from few Western sites, the rest from 3–15 API sites.

    Long on purpose: the shape of the synthetic supply (concentration, Nordic and biologic cases)
    is one recipe, kept together so its spread can be read in one place.
    """
    med_ids = medicines["substance_id"].to_numpy()
    atc = medicines["atc_code"].to_numpy()
    n_med = len(med_ids)
    api = sites[sites["site_type"] == "api"].reset_index(drop=True)
    api_country = api["country_iso2"].to_numpy(dtype=object)
    api_ids = api["site_id"].to_numpy(dtype=object)
    load = np.zeros(len(api), dtype=int)
    max_load = 6
    links: list[tuple[str, str]] = []

    order = rng.permutation(n_med)
    profile = np.array(["normal"] * n_med, dtype=object)
    profile[order[:3]] = "none"
    profile[order[3:8]] = "single_site"
    profile[order[8:36]] = "single_country"
    profile[order[36:51]] = "two"
    for i, code in enumerate(atc):
        if _is_biologic(code) and profile[i] == "normal":
            profile[i] = "biologic"

    def pick(candidates: np.ndarray, k: int) -> np.ndarray:
        ok = candidates[load[candidates] < max_load]
        if len(ok) == 0:
            return ok
        w = 1.0 / (1.0 + load[ok]) ** 2
        return rng.choice(ok, size=min(k, len(ok)), replace=False, p=w / w.sum())

    all_idx = np.arange(len(api))
    western = np.flatnonzero(np.isin(api_country, BIOLOGIC_COUNTRIES))
    single_countries = np.array(["IN", "CN", "IT", "ES", "DE"])
    single_weights = np.array([0.45, 0.38, 0.07, 0.05, 0.05])
    for i in range(n_med):
        kind = profile[i]
        if kind == "none":
            continue
        if kind == "single_site":
            chosen = pick(all_idx, 1)
        elif kind == "single_country":
            country = rng.choice(single_countries, p=single_weights)
            chosen = pick(np.flatnonzero(api_country == country), int(rng.integers(2, 7)))
        elif kind == "two":
            first = pick(all_idx, 1)
            others = all_idx[api_country != api_country[first[0]]]
            chosen = np.concatenate([first, pick(others, 1)])
        elif kind == "biologic":
            chosen = pick(western, int(rng.integers(2, 6)))
        else:
            k = int(np.clip(np.round(rng.lognormal(np.log(7.0), 0.5)), 3, 15))
            chosen = pick(all_idx, k)
        load[chosen] += 1
        links.extend((api_ids[j], med_ids[i]) for j in chosen)
    # API sites still idle make one or two of the broadly sourced medicines
    normal = np.flatnonzero(profile == "normal")
    for j in np.flatnonzero(load == 0):
        for i in rng.choice(normal, size=int(rng.integers(1, 3)), replace=False):
            links.append((api_ids[j], med_ids[i]))

    # finished products and packaging: several medicines each, popular medicines more often
    popularity = rng.lognormal(0.0, 0.8, size=n_med)
    pop_p = popularity / popularity.sum()
    med_fpp = sites[(sites["site_type"] == "fpp") & (sites["kind"] == "fpp")]
    packaging = sites[sites["site_type"] == "packaging"]
    for frame, lo, hi in ((med_fpp, 2, 11), (packaging, 1, 9)):
        for site_id in frame["site_id"]:
            k = int(rng.integers(lo, hi))
            links.extend(
                (site_id, med_ids[i]) for i in rng.choice(n_med, size=k, replace=False, p=pop_p)
            )
    fpp_set = set(med_fpp["site_id"])
    covered = {m for s, m in links if s in fpp_set}
    fpp_ids = med_fpp["site_id"].to_numpy()
    for m in med_ids:
        if m not in covered:
            links.extend((fpp_ids[j], m) for j in rng.choice(len(fpp_ids), size=2, replace=False))

    # devices and PPE: made only at (finished-product) device sites
    dev_sites = sites[sites["kind"] == "device"]["site_id"].to_numpy()
    item_ids = items["substance_id"].to_numpy()
    for site_id in dev_sites:
        k = int(rng.integers(1, 5))
        links.extend(
            (site_id, item_ids[i]) for i in rng.choice(len(item_ids), size=k, replace=False)
        )
    dev_set = set(dev_sites)
    counts = pd.Series([m for s, m in links if s in dev_set]).value_counts()
    for m in item_ids:
        for _ in range(max(0, 2 - int(counts.get(m, 0)))):
            links.append((dev_sites[rng.integers(len(dev_sites))], m))

    out = pd.DataFrame(links, columns=["site_id", "substance_id"]).drop_duplicates()
    return out.sort_values(["site_id", "substance_id"], ignore_index=True)


def _plausible_supply(
    rng: np.random.Generator,
    companies: pd.DataFrame,
    sites: pd.DataFrame,
    links: pd.DataFrame,
    medicines: pd.DataFrame,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Sites and links made plausible to an expert (issue 12), with their own generator so the
    rest of the demo draws the same numbers: each patented biologic gets its active substance
    from the sites of one company; insulins get a Danish and radiopharmaceuticals a Norwegian
    API and finished-product site (a new site of a company based there if none exists)."""
    sites = sites.copy()
    atc = medicines.set_index("substance_id")["atc_code"]
    company_of = sites.set_index("site_id")["company_id"]
    site_type = sites.set_index("site_id")["site_type"]
    new_links: list[tuple[str, str]] = []
    drop: set[tuple[str, str]] = set()

    patented = [sid for sid, code in atc.items() if code.startswith(PATENTED_BIOLOGIC_PREFIXES)]
    for sid in patented:
        api = links[(links["substance_id"] == sid) & links["site_id"].map(site_type).eq("api")]
        if api.empty:
            continue
        makers = sorted(set(api["site_id"].map(company_of)))
        keep = makers[rng.integers(len(makers))]
        drop |= {(s, sid) for s in api["site_id"] if company_of[s] != keep}

    for prefix, country in NORDIC_PRODUCTS:
        items = [sid for sid, code in atc.items() if code.startswith(prefix)]
        for kind in ("api", "fpp"):
            here = sites[(sites["country_iso2"] == country) & (sites["site_type"] == kind)]
            if here.empty:
                local = companies[companies["hq_country_iso2"] == country]
                pool = local if len(local) else companies
                cid = pool["company_id"].iloc[int(rng.integers(len(pool)))]
                name, lat, lon = CITIES[country][int(rng.integers(len(CITIES[country])))]
                row = {
                    "site_id": f"SITE-{len(sites) + 1:05d}",
                    "company_id": cid,
                    "site_type": kind,
                    "country_iso2": country,
                    "kind": kind,
                    "city": name,
                    "lat": round(lat + float(_jitter(rng, 1)[0]), 4),
                    "lon": round(lon + float(_jitter(rng, 1)[0]), 4),
                    "capacity_index": 1.0,
                }
                sites = pd.concat([sites, pd.DataFrame([row])], ignore_index=True)
                here = sites.iloc[[-1]]
            site_id = here["site_id"].iloc[int(rng.integers(len(here)))]
            new_links.extend((site_id, sid) for sid in items)

    pairs = zip(links["site_id"], links["substance_id"], strict=True)
    kept = links[[pair not in drop for pair in pairs]]
    out = pd.concat([kept, pd.DataFrame(new_links, columns=["site_id", "substance_id"])])
    out = out.drop_duplicates().sort_values(["site_id", "substance_id"], ignore_index=True)
    return sites, out


def _vital_companies(
    rng: np.random.Generator, companies: pd.DataFrame, sites: pd.DataFrame, links: pd.DataFrame
) -> pd.Series:
    """About 5 % vital companies, more likely those with Nordic sites or sole sources."""
    site_company = sites.set_index("site_id")["company_id"]
    linked = links.assign(company_id=links["site_id"].map(site_company))
    api_links = linked[linked["site_id"].isin(sites.loc[sites["site_type"] == "api", "site_id"])]
    n_api = api_links.groupby("substance_id")["company_id"].nunique()
    sole = set(api_links[api_links["substance_id"].isin(n_api[n_api == 1].index)]["company_id"])
    nordic = set(sites.loc[sites["country_iso2"].isin(reference.NORDIC), "company_id"])
    weight = (
        1.0
        + 6.0 * companies["company_id"].isin(nordic).to_numpy()
        + 6.0 * companies["company_id"].isin(sole).to_numpy()
        + companies["size"].to_numpy()
    )
    n_vital = round(0.05 * len(companies))
    chosen = rng.choice(len(companies), size=n_vital, replace=False, p=weight / weight.sum())
    vital = np.zeros(len(companies), dtype=bool)
    vital[chosen] = True
    return pd.Series(vital, index=companies.index)


# ================================================================== stock
def _stock(
    rng: np.random.Generator,
    as_of: date,
    pop: dict[str, int],
    substances: pd.DataFrame,
    list_2022: set[str],
) -> pd.DataFrame:
    """Monthly stock per region and priority item, vectorised over (date, region, item).

    days of cover = exp(trend + region + region trend + item + region×item + AR(1) noise): a
    median of ~17 days in January 2022 rising to ~38 by late 2026, some regions clearly ahead,
    items of the 2022 list ahead from that year's agreement on.

    Long on purpose: one vectorised recipe for the synthetic stock; its steps depend on each
    other's arrays.
    """
    dates = _month_starts(STOCK_START, as_of)
    regions = sorted(pop)
    item_ids = substances["substance_id"].to_numpy()
    category = substances["category"].to_numpy()
    n_d, n_r, n_i = len(dates), len(regions), len(item_ids)
    years = np.array([(d - STOCK_START).days / 365.25 for d in dates])

    # consumption per day (product units, e.g. DDD or pieces) per 100 000 inhabitants
    base = rng.lognormal(np.log(15.0), 1.1, size=n_i)
    base = np.where(category == "medicine", base, base * 12.0)
    pop_arr = np.array([pop[r] for r in regions], dtype=float)
    ri_cons = rng.lognormal(0.0, 0.15, size=(n_r, n_i))
    cons = (pop_arr[:, None] / 1e5) * base[None, :] * ri_cons
    # a few specialised medicines are not used at all in some small regions
    zero_items = rng.choice(np.flatnonzero(category == "medicine"), size=8, replace=False)
    small = pop_arr < 300_000
    zero_mask = np.zeros((n_r, n_i), dtype=bool)
    for i in zero_items:
        zero_mask[:, i] = small & (rng.random(n_r) < 0.5)

    # days of cover
    trend = np.log(18.5) + (np.log(40.0) - np.log(18.5)) * np.minimum(years, 6.0) / 4.75
    region_eff = rng.normal(0.0, 0.22, size=n_r)
    region_slope = rng.normal(0.0, 0.04, size=n_r)
    item_eff = rng.normal(0.0, 0.4, size=n_i)
    ri_eff = rng.normal(0.0, 0.3, size=(n_r, n_i))
    in_2022 = np.isin(item_ids, list(list_2022)).astype(float)
    boost_2022 = 0.25 * np.clip((years - 0.25) / 0.75, 0.0, 1.0)  # builds up over 2022
    noise = np.empty((n_d, n_r, n_i))
    noise[0] = rng.normal(0.0, 0.35, size=(n_r, n_i))
    for t in range(1, n_d):
        noise[t] = 0.75 * noise[t - 1] + rng.normal(
            0.0, 0.35 * np.sqrt(1 - 0.75**2), size=(n_r, n_i)
        )
    log_days = (
        trend[:, None, None]
        - 0.1 * in_2022[None, None, :]
        + boost_2022[:, None, None] * in_2022[None, None, :]
        + region_eff[None, :, None]
        + region_slope[None, :, None] * years[:, None, None]
        + item_eff[None, None, :]
        + ri_eff[None, :, :]
        + noise
    )
    days = np.exp(log_days)
    month_cons = cons[None, :, :] * rng.lognormal(0.0, 0.05, size=(n_d, n_r, n_i))
    daily = np.maximum(np.round(month_cons, 2), 0.01)
    daily = np.where(zero_mask[None, :, :], 0.0, daily)
    leftover = np.round(rng.exponential(5.0, size=(n_d, n_r, n_i)), 1)
    quantity = np.where(daily > 0, np.round(daily * days, 1), leftover)

    # about 1.5 % of reports missing, and one region missed one whole month
    keep = rng.random((n_d, n_r, n_i)) >= 0.015
    if n_d > 3:
        keep[int(rng.integers(1, n_d - 1)), int(rng.integers(n_r)), :] = False

    d_idx, r_idx, i_idx = np.nonzero(keep)
    out = pd.DataFrame(
        {
            "snapshot_date": pd.to_datetime(np.array(dates, dtype="datetime64[D]")[d_idx]),
            "region_code": np.array(regions, dtype=object)[r_idx],
            "substance_id": item_ids[i_idx],
            "quantity": quantity[keep],
            "daily_consumption": daily[keep],
        }
    )
    return out  # np.nonzero yields (date, region, item) order and both axes are sorted


# short shelf life (issue 12): ATC groups of medicines that keep for weeks rather than years once
# in a regional store (antibiotics, anaesthetics, infusion fluids); a seeded share of their rows
# carries a synthetic expiry date, like the rest of the stock (marked synthetic in data_sources)
SHORT_SHELF_LIFE_ATC = ("J01", "N01", "B05")
EXPIRY_SHARE = 0.05
EXPIRY_DAYS = (3, 60)  # days from the count to expiry, drawn uniformly


def _stock_expiry(
    rng: np.random.Generator, stock: pd.DataFrame, substances: pd.DataFrame
) -> pd.Series:
    """An expiry date on ~5 % of the short-shelf-life medicines' stock rows, else NaT."""
    atc = substances.set_index("substance_id")["atc_code"].fillna("")
    cat = substances.set_index("substance_id")["category"]
    sid = stock["substance_id"]
    short = (cat.reindex(sid).to_numpy() == "medicine") & np.array(
        [a.startswith(SHORT_SHELF_LIFE_ATC) for a in atc.reindex(sid).fillna("")], dtype=bool
    )
    chosen = short & (rng.random(len(stock)) < EXPIRY_SHARE)
    days = rng.integers(EXPIRY_DAYS[0], EXPIRY_DAYS[1] + 1, size=len(stock))
    expiry = pd.to_datetime(stock["snapshot_date"]) + pd.to_timedelta(days, unit="D")
    return expiry.where(chosen, pd.NaT)


# ================================================================== shortages
FORMS = {
    "injection": (
        ("injektionsvätska, lösning",
         ("1 mg/ml", "2 mg/ml", "5 mg/ml", "10 mg/ml", "20 mg/ml", "50 mg/ml")),
        ("koncentrat till infusionsvätska, lösning",
         ("10 mg/ml", "20 mg/ml", "50 mg/ml", "100 mg/ml")),
        ("pulver till injektionsvätska, lösning", ("250 mg", "500 mg", "1 g", "2 g")),
        ("infusionsvätska, lösning", ("1 mg/ml", "2 mg/ml", "5 mg/ml")),
    ),
    "oral": (
        ("tabletter", ("5 mg", "10 mg", "25 mg", "50 mg", "100 mg", "500 mg")),
        ("filmdragerade tabletter", ("10 mg", "20 mg", "40 mg", "250 mg", "500 mg")),
        ("kapslar, hårda", ("10 mg", "50 mg", "100 mg", "250 mg")),
        ("oral lösning", ("1 mg/ml", "5 mg/ml", "10 mg/ml")),
    ),
    "inhalation": (
        ("inhalationsånga, vätska", ("100 %",)),
        ("inhalationsvätska, lösning", ("0,5 mg/ml",)),
    ),
    "ocular": (("ögondroppar, lösning", ("5 mg/ml", "10 mg/ml")),),
    "vaccine": (
        ("injektionsvätska, suspension i förfylld spruta", ("1 dos",)),
        ("injektionsvätska, lösning", ("1 dos", "150 IE/ml")),
    ),
    "insulin": (("injektionsvätska, lösning i förfylld injektionspenna", ("100 E/ml",)),),
}  # fmt: skip


def _form_family(routes: str, atc: str) -> str:
    """Which Swedish dosage-form words fit a substance, from its ATC code and routes."""
    if atc.startswith(("J06", "J07")):
        return "vaccine"
    if atc.startswith("A10A"):
        return "insulin"
    if any(r in routes for r in ("intravenous", "intramuscular", "subcutaneous", "parenteral")):
        return "injection"
    if "oral" in routes:
        return "oral"
    if "inhalation" in routes:
        return "inhalation"
    if "ocular" in routes:
        return "ocular"
    return "injection"


def _shortages(
    rng: np.random.Generator,
    as_of: date,
    medicines: pd.DataFrame,
    links: pd.DataFrame,
    sites: pd.DataFrame,
) -> pd.DataFrame:
    """About 40 notices since 2023, ~15 still active; concentrated supply chains more often."""
    api_sites = set(sites.loc[sites["site_type"] == "api", "site_id"])
    country = sites.set_index("site_id")["country_iso2"]
    api = links[links["site_id"].isin(api_sites)]
    n_countries = api.assign(c=api["site_id"].map(country)).groupby("substance_id")["c"].nunique()
    nc = medicines["substance_id"].map(n_countries).fillna(0).to_numpy()
    weight = np.where(nc <= 1, 4.0, 1.0 + 3.0 / np.maximum(nc, 1))
    n_notices, n_active = 40, 15
    chosen = rng.choice(len(medicines), size=n_notices, replace=False, p=weight / weight.sum())
    first = min(date(2023, 1, 1), as_of - timedelta(days=400))
    rows = []
    for k, i in enumerate(chosen):
        med = medicines.iloc[i]
        forms = FORMS[_form_family(med["routes"], med["atc_code"])]
        form, strengths = forms[rng.integers(len(forms))]
        strength = strengths[rng.integers(len(strengths))]
        kind = "forsaljningsuppehall" if rng.random() < 0.2 else "restnotering"
        active = k < n_active
        duration = timedelta(days=int(min(rng.lognormal(np.log(60), 0.6), 300)) + 7)
        if active:
            start = _random_date(rng, max(first, as_of - timedelta(days=240)), as_of)
        else:
            start = _random_date(rng, first, max(first, as_of - duration - timedelta(days=1)))
        expected = start + timedelta(days=int(rng.integers(21, 180)))
        if kind == "forsaljningsuppehall" and rng.random() < 0.5:
            expected = None
        if active:
            resolved = None
            updated = _random_date(rng, start, as_of)
        else:
            resolved = min(start + duration, as_of - timedelta(days=1))
            updated = resolved
        rows.append(
            {
                "substance_id": med["substance_id"],
                "product_name": f"{med['name']} {strength} {form}",
                "kind": kind,
                "start_date": start,
                "expected_end_date": expected,
                "resolved_date": resolved,
                "updated_on": updated,
            }
        )
    out = pd.DataFrame(rows).sort_values(["start_date", "substance_id", "kind"], ignore_index=True)
    prefix = np.where(out["kind"] == "restnotering", "RN", "FU")
    year = [d.year for d in out["start_date"]]
    key = pd.Series([f"{p}-{y}" for p, y in zip(prefix, year, strict=True)])
    seq = key.groupby(key).cumcount() + 1
    out.insert(0, "notice_id", [f"{k}-{n:03d}" for k, n in zip(key, seq, strict=True)])
    for col in ("start_date", "expected_end_date", "resolved_date", "updated_on"):
        out[col] = pd.to_datetime(out[col])
    return out.sort_values("notice_id", ignore_index=True)


# ================================================================== grants
def _instruments_by(as_of: date) -> list[Instrument]:
    """The instruments agreed by as_of (a demo dated 2022 knows nothing of the 2024 agreement)."""
    return [i for i in INSTRUMENTS if i.year <= as_of.year]


def _grant_instruments(as_of: date) -> pd.DataFrame:
    out = pd.DataFrame([vars(i) for i in _instruments_by(as_of)])
    for col in (
        "population_ref_date", "requisition_deadline", "usage_start", "usage_end",
        "repayment_deadline", "report_deadline",
    ):  # fmt: skip
        out[col] = pd.to_datetime(out[col])
    return out.sort_values("instrument_id", ignore_index=True)


def _grant_allocations(pops: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """Region instruments split by population share (computed); SKR's fixed sum (published)."""
    rows = []
    for ins in _instruments_by(as_of):
        if ins.recipient == "skr":
            rows.append((ins.instrument_id, "SKR", ins.total_sek, "published"))
            continue
        sel = pops[pops["ref_date"] == ins.population_ref_date]
        population = dict(zip(sel["region_code"], sel["population"].astype(int), strict=True))
        for code, sek in sorted(allocate_by_population(ins.total_sek, population).items()):
            rows.append((ins.instrument_id, code, sek, "computed"))
    out = pd.DataFrame(rows, columns=["instrument_id", "recipient_code", "allocated_sek", "basis"])
    return out.sort_values(["instrument_id", "recipient_code"], ignore_index=True)


def _grant_flows(
    rng: np.random.Generator, as_of: date, allocations: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Synthetic requisitions, use per year and purpose, and repayments of the unused part.

    Nothing happens after as_of. Most recipients requisition in full in the instrument's year;
    one or two per instrument are late or partial. Use never exceeds what was requisitioned;
    the unused part is repaid before the deadline (one region late) once that deadline passed.

    Long on purpose: requisitions, use and repayments of one grant are generated together so they
    add up.
    """
    by_id = {i.instrument_id: i for i in INSTRUMENTS}
    req_rows, use_rows, rep_rows = [], [], []
    for instrument_id, group in allocations.groupby("instrument_id", sort=True):
        ins = by_id[instrument_id]
        is_medicines = "lakemedel" in instrument_id
        n = len(group)
        odd = rng.choice(n, size=min(n, int(rng.integers(1, 3))), replace=False) if n > 1 else []
        late_repayer = int(rng.integers(n))
        first_req = FIRST_REQUISITION.get(instrument_id, date(ins.year, 3, 1))
        last_req = (ins.requisition_deadline or date(ins.year, 12, 1)) - timedelta(days=1)
        for k, (code, allocated) in enumerate(
            zip(group["recipient_code"], group["allocated_sek"].astype(int), strict=True)
        ):
            # requisition
            amount = allocated
            when = _random_date(rng, first_req, last_req)
            if k in odd and code != "SKR":
                if rng.random() < 0.5:
                    amount = int(allocated * rng.uniform(0.6, 0.95)) // 1000 * 1000
                else:
                    deadline = ins.requisition_deadline or date(ins.year, 12, 31)
                    when = deadline + timedelta(days=int(rng.integers(5, 45)))
            if when > as_of:
                continue
            req_rows.append((instrument_id, code, when, amount))

            # use over the usage window (or the instrument's year), never after as_of's year
            start = ins.usage_start or date(ins.year, 1, 1)
            end = ins.usage_end or date(ins.year, 12, 31)
            years = [y for y in range(max(start.year, when.year), end.year + 1) if y <= as_of.year]
            if not years and when.year <= as_of.year:
                years = [when.year]  # a late requisition is used in the year it came in
            if ins.repayment_deadline is None:
                share = 1.0  # yearly civil-defence money: used in full in its year
            else:
                share = float(np.clip(rng.beta(12, 1.2), 0.55, 1.0))
            if end > as_of:  # window still open: only the part of it that has passed is used
                begin = max(start, when)
                share *= min(1.0, max(0.0, (as_of - begin).days / max(1, (end - begin).days)))
            used_total = int(amount * share)
            purposes = GRANT_PURPOSES["medicines" if is_medicines else "civil_defence"]
            if code == "SKR":
                purposes = ("Samordning",)
            n_p = 1 if code == "SKR" else int(rng.integers(2, min(4, len(purposes)) + 1))
            chosen = sorted(rng.choice(len(purposes), size=n_p, replace=False))
            if code != "SKR" and is_medicines and 0 not in chosen:
                chosen = sorted([0, *chosen[1:]])  # buying medicines for stock is always there
            year_w = rng.dirichlet(np.linspace(3.0, 1.0, len(years)))
            per_year = _split_integer(used_total, year_w)
            for y, y_sek in zip(years, per_year, strict=True):
                parts = _split_integer(int(y_sek), rng.dirichlet(np.ones(len(chosen)) * 2.0))
                for p, sek in zip(chosen, parts, strict=True):
                    if sek > 0:
                        use_rows.append((instrument_id, code, y, purposes[p], int(sek)))

            # repayment of the unused part, once the deadline has passed
            deadline = ins.repayment_deadline
            unused = amount - used_total
            if deadline is None or deadline >= as_of or unused <= 0:
                continue
            if k == late_repayer and code != "SKR":
                repaid_on = deadline + timedelta(days=int(rng.integers(10, 60)))
            else:
                repaid_on = deadline - timedelta(days=int(rng.integers(5, 80)))
            if repaid_on <= as_of:
                rep_rows.append((instrument_id, code, repaid_on, unused))

    req = pd.DataFrame(
        req_rows, columns=["instrument_id", "recipient_code", "requisitioned_on", "amount_sek"]
    )
    use = pd.DataFrame(
        use_rows, columns=["instrument_id", "recipient_code", "year", "purpose", "used_sek"]
    )
    rep = pd.DataFrame(
        rep_rows, columns=["instrument_id", "recipient_code", "repaid_on", "amount_sek"]
    )
    req["requisitioned_on"] = pd.to_datetime(req["requisitioned_on"])
    rep["repaid_on"] = pd.to_datetime(rep["repaid_on"])
    return (
        req.sort_values(["instrument_id", "recipient_code", "requisitioned_on"], ignore_index=True),
        use.sort_values(["instrument_id", "recipient_code", "year", "purpose"], ignore_index=True),
        rep.sort_values(["instrument_id", "recipient_code", "repaid_on"], ignore_index=True),
    )


# Real (seed 003): who owes which report, by when. The submission dates are synthetic.
REPORTS = (
    ("ok2024_slutredovisning", "ok2024_lakemedel", "regions",
     "Slutredovisning 2024 till Socialstyrelsen (beredskap och civilt försvar, medlens "
     "användning)", date(2025, 10, 1)),
    ("ok2024_skr_restinformation", "ok2024_lakemedel_skr", "skr",
     "SKR:s rapport om information till förskrivare om restsituationer och "
     "försäljningsuppehåll", date(2024, 12, 31)),
)  # fmt: skip


# Real (seeds 000, 001, 002): the government's assignments and the reporting dates they set.
# A date the seeds do not give (the day an assignment was given) is left empty, not made up.
_CORONA = (
    "lv2020_coronavirus",
    "Uppdrag om ökad samordning för att säkra tillgången till läkemedel som bedöms vara av "
    "central betydelse vid eventuella störningar till följd av spridningen av det nya "
    "coronaviruset",
    "Assignment on increased coordination to secure medicines of central importance during "
    "disruptions from the spread of the new coronavirus",
    "Läkemedelsverket",
    'Regeringsuppdrag till Läkemedelsverket 2020 (seed 002): "Under perioden mars till juni '
    "2020 ska uppdraget varje månad redovisas till Socialdepartementet. Uppdraget ska senast den "
    '15 december 2020 slutrapporteras." Månadsredovisningarna har ingen dag: visas som månad.',
)
_MAPPING = (
    "sos2022_kartlaggning",
    "Socialstyrelsen ska kartlägga försörjningsberedskapen inom hälso- och sjukvårdsområdet i "
    "regionerna (läkemedel, medicinteknik, personlig skyddsutrustning, system, kostnader)",
    "Socialstyrelsen to map the regions' supply preparedness in health care (medicines, "
    "devices, protective equipment, systems, costs)",
    "Socialstyrelsen",
    'Pressmeddelande från Socialdepartementet 2022 (seed 001): "Socialstyrelsen ska senast den '
    '1 december 2022 lämna en redovisning av denna del av uppdraget till Regeringskansliet".',
)
_MANUFACTURING = (
    "tillverkningsberedskap",
    "Uppdrag till Socialstyrelsen och Läkemedelsverket att stärka tillgången till särskilt "
    "kritiska sjukvårdsprodukter genom tillverkningsberedskap",
    "Socialstyrelsen and the Medical Products Agency to strengthen access to especially "
    "critical health-care products through manufacturing preparedness",
    "Socialstyrelsen och Läkemedelsverket",
    'Regeringsuppdrag (seed 000): "senast den 15 januari 2025 och den 15 januari 2026 '
    "delredovisa uppdraget till Regeringskansliet och senast den 15 januari 2027 slutredovisa "
    'uppdraget".',
)
ASSIGNMENT_DATES = (
    (_CORONA, date(2020, 3, 31), "month", "monthly"),
    (_CORONA, date(2020, 4, 30), "month", "monthly"),
    (_CORONA, date(2020, 5, 31), "month", "monthly"),
    (_CORONA, date(2020, 6, 30), "month", "monthly"),
    (_CORONA, date(2020, 12, 15), "day", "final"),
    (_MAPPING, date(2022, 12, 1), "day", "report"),
    (_MANUFACTURING, date(2025, 1, 15), "day", "partial"),
    (_MANUFACTURING, date(2026, 1, 15), "day", "partial"),
    (_MANUFACTURING, date(2027, 1, 15), "day", "final"),
)


def _assignments(as_of: date) -> pd.DataFrame:
    """The assignments given by as_of's year (all real; none has a known submission)."""
    first_due = {}
    for head, due, _, _ in ASSIGNMENT_DATES:
        first_due[head[0]] = min(due, first_due.get(head[0], due))
    rows = [
        (*head[:4], None, due, precision, kind, None, head[4])
        for head, due, precision, kind in ASSIGNMENT_DATES
        if first_due[head[0]].year <= as_of.year + 1  # given by then, as far as we can tell
    ]
    out = pd.DataFrame(
        rows,
        columns=[
            "assignment_id", "title_sv", "title_en", "responsible", "given_on", "report_due",
            "due_precision", "report_kind", "submitted_on", "source",
        ],
    )  # fmt: skip
    for col in ("given_on", "report_due", "submitted_on"):
        out[col] = pd.to_datetime(out[col])
    return out.sort_values(["assignment_id", "report_due"], ignore_index=True)


def _reports(as_of: date, allocations: pd.DataFrame) -> pd.DataFrame:
    """One row per report and recipient; submitted_on is synthetic and deterministic (no rng):
    most a few days before the due date, region 09 seven weeks late, region 25 not yet."""
    rows = []
    for report_id, instrument_id, _, name, due in REPORTS:
        if due.year - 1 > as_of.year:
            continue
        ids = allocations.loc[allocations["instrument_id"] == instrument_id, "recipient_code"]
        for code in sorted(ids):
            if code == "25":
                submitted = None
            elif code == "09":
                submitted = due + timedelta(days=49)
            else:
                submitted = due - timedelta(days=3 + sum(map(ord, code)) % 20)
            if submitted is not None and submitted > as_of:
                submitted = None
            rows.append((report_id, instrument_id, code, name, due, submitted, None))
    out = pd.DataFrame(
        rows,
        columns=[
            "report_id", "instrument_id", "recipient_code", "report_name", "due_date",
            "submitted_on", "link",
        ],
    )  # fmt: skip
    for col in ("due_date", "submitted_on"):
        out[col] = pd.to_datetime(out[col])
    return out.sort_values(["report_id", "recipient_code"], ignore_index=True)


# ================================================================== regions' own preparedness
def _region_costs(rng: np.random.Generator, as_of: date, pop: dict[str, int]) -> pd.DataFrame:
    """Actual costs for 2021 to the year before as_of, plans for as_of's year and two more."""
    rows = []
    for code in sorted(pop):
        region_factor = rng.lognormal(0.0, 0.2)
        for category, (per_capita, growth) in COST_CATEGORIES.items():
            for year in range(2021, as_of.year + 3):
                kind = "actual" if year < as_of.year else "planned"
                cost = pop[code] * per_capita * growth ** (year - 2021) * region_factor
                cost *= rng.lognormal(0.0, 0.05 if kind == "planned" else 0.1)
                rows.append((code, year, kind, category, int(round(cost, -4))))
    out = pd.DataFrame(rows, columns=["region_code", "year", "kind", "category", "cost_sek"])
    return out.sort_values(["region_code", "year", "kind", "category"], ignore_index=True)


def _supply_systems(rng: np.random.Generator, regions: list[str]) -> pd.DataFrame:
    kinds = sorted(SUPPLY_SYSTEMS)
    rows = []
    for code in regions:
        n = int(rng.integers(1, 4))
        for kind in sorted(rng.choice(kinds, size=n, replace=False)):
            options = SUPPLY_SYSTEMS[kind]
            name, text = options[rng.integers(len(options))]
            rows.append((code, name.format(sjukvardsregion=SJUKVARDSREGION[code]), kind, text))
    out = pd.DataFrame(rows, columns=["region_code", "system_name", "system_kind", "description"])
    return out.sort_values(["region_code", "system_name"], ignore_index=True)


# ================================================================== example scenarios
def _example_scenarios(
    as_of: date, sites: pd.DataFrame, links: pd.DataFrame, current: set[str]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Four ready-made "what if" scenarios (made up, so marked synthetic), all starting on
    the first day of the month after `as_of`: India stops exporting for 90 days; everything
    made outside the EU/EEA stops for 60 days; the company whose active-substance sites make
    the most substances on the current list stops for six months (182 days); and war: India
    stops for 90 days while consumption of every item rises x1.5 (care for civilians and
    military personnel, issue 12 point 9).

    Long on purpose: the example scenarios are data written as code (names in two languages).
    """
    start = (as_of.replace(day=1) + timedelta(days=32)).replace(day=1)
    api = links.merge(sites.loc[sites["site_type"] == "api", ["site_id", "company_id"]])
    api = api[api["substance_id"].isin(current)]
    per_company = api.groupby("company_id")["substance_id"].nunique()
    largest = sorted(per_company.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    rows = [
        ("exempel-indien-90", "Indien slutar exportera i 90 dagar",
         "Inga leveranser från tillverkningsställen i Indien (aktiv substans och färdig "
         "produkt) i tre månader.", "country", "IN", 90),
        ("exempel-utanfor-eu-ees-60", "Allt utanför EU/EES stoppas i 60 dagar",
         "Alla tillverkningsställen utanför EU/EES levererar inget i två månader.",
         "country_group", "non_eu_eea", 60),
        ("exempel-storsta-api-tillverkaren-182",
         "Den största API-tillverkaren stoppas i sex månader",
         f"Företaget vars tillverkningsställen för aktiv substans gör flest substanser på "
         f"prioriteringslistan ({largest}, {int(per_company[largest])} substanser) levererar "
         "inget i sex månader.", "company", largest, 182),
    ]  # fmt: skip
    created = pd.Timestamp(datetime.combine(as_of, time()))
    scenarios = pd.DataFrame(
        {
            "scenario_id": [r[0] for r in rows],
            "name": [r[1] for r in rows],
            "description": [r[2] for r in rows],
            "created_at": created,
            "is_example": True,
        }
    )
    disruptions = pd.DataFrame(
        {
            "scenario_id": [r[0] for r in rows],
            "seq": 1,
            "kind": [r[3] for r in rows],
            "target": [r[4] for r in rows],
            "start_date": pd.Timestamp(start),
            "duration_days": [r[5] for r in rows],
            "share": 1.0,
            "factor": 1.0,
        }
    )
    war_id = "exempel-krig-indien-90"
    war = pd.DataFrame(
        {
            "scenario_id": [war_id],
            "name": ["Krig: Indien stoppar och förbrukningen ökar 50 % i 90 dagar"],
            "description": [
                "Inga leveranser från Indien i tre månader, samtidigt som vården av civila och "
                "militär personal höjer förbrukningen av allt med hälften (×1,5)."
            ],
            "created_at": created,
            "is_example": True,
        }
    )
    war_disruptions = pd.DataFrame(
        {
            "scenario_id": war_id,
            "seq": [1, 2],
            "kind": ["country", "demand"],
            "target": ["IN", "all"],
            "start_date": pd.Timestamp(start),
            "duration_days": 90,
            "share": 1.0,
            "factor": [1.0, 1.5],
        }
    )
    return (
        pd.concat([scenarios, war], ignore_index=True),
        pd.concat([disruptions, war_disruptions], ignore_index=True),
    )


# ================================================================== data_sources
# Derived from real figures by a rule of ours, not published as such (issue 12, point 6): shown
# as "computed", never as real, with the key in the source text.
COMPUTED_DATASETS = ("grant-allocations",)


def _data_sources(seed: int, as_of: date, n: dict[str, int]) -> pd.DataFrame:
    """One row per data set: is_synthetic (generated) or is_computed (derived by our rule), or
    neither (real).

    Long on purpose: one declarative row per data set, its provenance said where it is written.
    """
    synth = SYNTHETIC_NOTE.format(seed=seed)
    scb = "CC0 (SCB öppna data); ange källa: SCB"
    rows = [
        ("regions", "Regioner (län) med gränser", False,
         "SCB, Digitala gränser (generaliserade länsgränser), omprojicerade till WGS84; "
         "data/reference/se_regions.geojson", scb, n["regions"]),
        ("populations", "Folkmängd per region 2019-12-31 och 2023-12-31", False,
         "SCB BE0101. 2023: 20 län avskrivna från offentlig källa, Gotland härlett ur riksstotalen "
         "10 551 707; 2019: summerat ur SCB:s population2019.csv (riksstotal 10 327 589). "
         "Befolkningen augusti 2023 som överenskommelsen 2024 fördelar efter finns inte här.",
         scb, n["populations"]),
        ("countries", "Länder med gränser och svenska namn", False,
         "Natural Earth admin-0 countries 1:50m; svenska namn ur Unicode CLDR (Babel)",
         "Public domain (Natural Earth); CLDR: Unicode License", n["countries"]),
        ("country-groups", "Landgrupper för sårbarhetspoängen (EU/EES, nära partner)", False,
         "EU-fördragen och EES-avtalet (vikt 0); nära partner (vikt 0,5): länder där EU erkänner "
         "GMP-inspektioner av läkemedel ömsesidigt (MRA med CH, US, CA, JP, AU, NZ; EU–UK TCA; "
         "EU–Israel ACAA). Vikten 0,5 är projektets bedömning; övriga länder räknas som "
         "avlägsna (vikt 1). data/reference/country_groups.csv",
         "Fakta, ingen licens krävs", n["country-groups"]),
        ("atc-groups", "ATC-grupper (nivå 1–4) med engelska namn", False,
         "ATC-index omkodat med EMA SPOR RMS (hl7-eu/unicom-ig); ATC © WHO Collaborating Centre "
         "for Drug Statistics Methodology, inte det officiella ATC/DDD-indexet",
         "CC0 (omkodningen); ATC: WHOCC", n["atc-groups"]),
        ("substances", "Läkemedel i EU:s lista över kritiska läkemedel", False,
         "EMA/HMA/EC Union list of critical medicines v2.1 (EMA/4040/2026, 2026-01-19): "
         "ATC-koder som de står, substansnamn i svensk form med rätt versaler "
         "(data/reference/substance_names.csv); substance_id = substansens första ATC-kod",
         "EMA-innehåll, återanvändning med angivande av källa", n["medicines"]),
        ("substances", "Medicintekniska produkter och skyddsutrustning (syntetiska)", True,
         f"{synth} Generiska artiklar (MT-, PSU-) som behövs för att ge läkemedlen.",
         SYNTHETIC_LICENCE, n["items"]),
        ("priority-list", "Prioriteringslistor (versioner verkliga, innehåll ersättning)", True,
         "Versioner, rubriker och datum: Socialstyrelsen S2022/01940 och S2022/04550 (2023-05-12). "
         "Innehållet är en ERSÄTTNING (stand-in), inte Socialstyrelsens lista: EU-listans "
         "läkemedel utom vacciner plus syntetiska produkter; 2022 års lista ett urval ur "
         "ATC-grupper.",
         "Se källorna", n["priority-list"]),
        ("sites", "Företag, tillverkningsställen och vad de tillverkar", True,
         f"{synth} Påhittade företagsnamn; verkliga städer med slumpad position ±0,05°, inga "
         "orter kända för en enda verklig fabrik. Patenterade biologiska läkemedel har ett "
         "företag som källa; insulin tillverkas (även) i Danmark och radiofarmaka i Norge. "
         f"Även {n['companies']} företag och {n['site-substances']} kopplingar ställe–produkt.",
         SYNTHETIC_LICENCE, n["sites"]),
        ("company-services", "Företags tjänster av synnerlig vikt (varor och tjänster)", True,
         f"{synth} Påhittade tjänsteföretag (distribution, sterilisering, IT för beställning, "
         "transport, service av medicinteknik) och några tillverkare som också distribuerar.",
         SYNTHETIC_LICENCE, n["company-services"]),
        ("stock", "Lagersaldo och normalförbrukning per region och månad", True,
         synth, SYNTHETIC_LICENCE, n["stock"]),
        ("shortages", "Restnoteringar och försäljningsuppehåll", True,
         f"{synth} Verkliga substansnamn, påhittade produkter och datum.",
         SYNTHETIC_LICENCE, n["shortages"]),
        ("grant-instruments", "Statliga medel: överenskommelser och belopp", False,
         "Överenskommelse om försörjningsberedskap för läkemedel 2024 mellan staten och SKR "
         "(avsnitt 1.1, 3, 4 och 5) och pressmeddelande om 2023 års tilläggsöverenskommelse. "
         "Fördelningsnyckeln befolkning anges för 2024 och är antagen för tidigare år. "
         "Statsbidraget enligt förordning (2023:489) saknas: beloppen är okända.",
         PUBLIC_DOCUMENT_LICENCE, n["grant-instruments"]),
        ("grant-allocations", "Medel per region: BERÄKNADE, inte publicerade", False,
         "BERÄKNAT (inte verkliga belopp per region): verkliga totalbelopp fördelade efter "
         "befolkningsandel (största-rest-metoden) med nyckeln SCB:s folkmängd 2019-12-31 "
         "(2018–2021) respektive 2023-12-31 (2022–). Avtalet 2024 fördelar efter befolkningen i "
         "augusti 2023 (bilaga 1), som inte finns här; för åren före 2024 är nyckeln antagen. "
         "SKR:s belopp som publicerat.",
         PUBLIC_DOCUMENT_LICENCE, n["grant-allocations"]),
        ("grant-requisitions", "Rekvisitioner till Kammarkollegiet", True,
         synth, SYNTHETIC_LICENCE, n["grant-requisitions"]),
        ("grant-use", "Användning av medlen per år och ändamål", True,
         synth, SYNTHETIC_LICENCE, n["grant-use"]),
        ("grant-repayments", "Återbetalning av oanvända medel", True,
         synth, SYNTHETIC_LICENCE, n["grant-repayments"]),
        ("reports", "Rapporter som överenskommelserna kräver (inlämningsdatum syntetiska)", True,
         f"Rapport, mottagare och sista dag verkliga: överenskommelsen 2024 mellan staten och "
         f"SKR, avsnitt 2.1 (SKR:s rapport senast 2024-12-31) och 4.1 (regionernas "
         f"slutredovisning till Socialstyrelsen senast 2025-10-01). Inlämningsdatumen är "
         f"{synth}", SYNTHETIC_LICENCE, n["reports"]),
        ("assignments", "Regeringsuppdrag och deras redovisningsdatum", False,
         "Regeringsuppdragen i källorna (seed 000: tillverkningsberedskap, redovisning "
         "2025-01-15, 2026-01-15 och slutredovisning 2027-01-15; seed 001: Socialstyrelsens "
         "kartläggning, redovisning 2022-12-01; seed 002: Läkemedelsverkets samordning 2020, "
         "varje månad mars–juni 2020 och slutrapport 2020-12-15). Dagen uppdragen gavs och om "
         "de redovisats finns inte i källorna och lämnas tomma.",
         PUBLIC_DOCUMENT_LICENCE, n["assignments"]),
        ("region-costs", "Regionernas kostnader för försörjningsberedskap, utfall och plan", True,
         synth, SYNTHETIC_LICENCE, n["region-costs"]),
        ("supply-systems", "Regionernas system för att säkra försörjningen", True,
         synth, SYNTHETIC_LICENCE, n["supply-systems"]),
        ("scenarios", "Exempelscenarier för störningar i försörjningen", True,
         f"{synth} Tre påhittade scenarier (Indien, allt utanför EU/EES, största "
         "API-tillverkaren) att utgå från på sidan Scenarier.",
         SYNTHETIC_LICENCE, n["scenarios"]),
    ]  # fmt: skip
    out = pd.DataFrame(
        rows, columns=["dataset", "title", "is_synthetic", "source", "licence", "n_rows"]
    )
    out.insert(0, "load_id", np.arange(1, len(out) + 1))
    out["is_computed"] = out["dataset"].isin(COMPUTED_DATASETS)
    out["loaded_at"] = pd.Timestamp(datetime.combine(as_of, time()))
    out["file_name"] = None
    out["file_sha256"] = None
    return out


# ================================================================== entry point
def build_demo(con: duckdb.DuckDBPyConnection, seed: int, as_of: date) -> None:
    """Fill an empty schema with real reference facts and seeded synthetic data.

    Runs inside the caller's transaction; the caller refreshes the derived tables afterwards.

    Long on purpose: the list of data sets in the order they must be inserted.
    """
    rng = np.random.default_rng(seed)
    ref = _build_reference(con)
    n: dict[str, int] = dict(ref["n"])
    pops: pd.DataFrame = ref["pops"]
    pop_2023 = reference.population_at(reference.POP_DATE_2023)

    medicines = reference.read_critical_medicines()
    substances = _substances(medicines)
    _insert(con, "substances", substances)
    n["medicines"] = int((substances["category"] == "medicine").sum())
    n["items"] = len(substances) - n["medicines"]
    lists, list_items = _priority_lists(substances, medicines)
    _insert(con, "priority_lists", lists)
    n["priority-list"] = _insert(con, "priority_list_items", list_items)

    companies, sites = _companies_and_sites(rng)
    items = substances[substances["category"] != "medicine"]
    links = _site_substances(rng, sites, medicines, items)
    companies["is_vital"] = _vital_companies(rng, companies, sites, links)
    # the shortage draws below keep reading the links as first drawn, so that every draw after
    # them (grants, costs, ...) is the same as before the supply was made plausible
    drawn_links, drawn_sites = links, sites
    sites, links = _plausible_supply(
        np.random.default_rng([seed, 13]), companies, sites, links, medicines
    )
    n["companies"] = _insert(
        con, "companies", companies[["company_id", "company_name", "hq_country_iso2", "is_vital"]]
    )
    n["sites"] = _insert(con, "sites", sites.drop(columns="kind"))
    n["site-substances"] = _insert(con, "site_substances", links)
    services = _company_services(np.random.default_rng([seed, 12]), companies, sites)
    n["company-services"] = _insert(con, "company_services", services)

    current = set(list_items.loc[list_items["list_version"] == "S2022/04550", "substance_id"])
    list_2022 = set(list_items.loc[list_items["list_version"] == "S2022/01940", "substance_id"])
    # stock is drawn for every item, as before vaccines left the list stand-in (so the draws
    # after it do not change), and the vaccines' rows are then dropped
    stock = _stock(rng, as_of, pop_2023, substances, list_2022)
    stock = stock[stock["substance_id"].isin(current)].reset_index(drop=True)
    stock["expiry_date"] = _stock_expiry(np.random.default_rng([seed, 14]), stock, substances)
    n["stock"] = _insert(con, "stock_snapshots", stock)
    shortages = _shortages(rng, as_of, medicines, drawn_links, drawn_sites)
    n["shortages"] = _insert(con, "shortages", shortages)

    n["grant-instruments"] = _insert(con, "grant_instruments", _grant_instruments(as_of))
    allocations = _grant_allocations(pops, as_of)
    n["grant-allocations"] = _insert(con, "grant_allocations", allocations)
    req, use, rep = _grant_flows(rng, as_of, allocations)
    n["grant-requisitions"] = _insert(con, "grant_requisitions", req)
    n["grant-use"] = _insert(con, "grant_use", use)
    n["grant-repayments"] = _insert(con, "grant_repayments", rep)
    n["reports"] = _insert(con, "reports", _reports(as_of, allocations))
    n["assignments"] = _insert(con, "assignments", _assignments(as_of))

    n["region-costs"] = _insert(con, "region_costs", _region_costs(rng, as_of, pop_2023))
    n["supply-systems"] = _insert(
        con, "region_supply_systems", _supply_systems(rng, sorted(pop_2023))
    )
    example_scenarios, example_disruptions = _example_scenarios(as_of, sites, links, current)
    n["scenarios"] = _insert(con, "scenarios", example_scenarios)
    _insert(con, "scenario_disruptions", example_disruptions)
    _insert(con, "data_sources", _data_sources(seed, as_of, n))
