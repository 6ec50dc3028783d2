-- Beredskapsläget: base tables. Bump SCHEMA_VERSION in db.py when this file changes shape.
-- Units are in column names (_sek, _days); codes are text; every row is real, computed or
-- synthetic as recorded per data set in data_sources.

create table schema_version (
    version integer not null,
    created_at timestamp not null
);

create table data_sources (
    -- one row per data set built by `build-demo` and per file loaded by `load`
    load_id integer primary key,
    dataset varchar not null,          -- the `beredskap load` name: 'stock', 'sites', 'grant-use', ...
    title varchar not null,
    is_synthetic boolean not null,     -- true: generated demo data, never real figures
    source varchar not null,           -- where the figures come from
    licence varchar not null,
    loaded_at timestamp not null,
    n_rows bigint not null,            -- rows this build or file brought
    file_name varchar,                 -- the file loaded, if any
    file_sha256 varchar,
    is_computed boolean not null default false,
                                       -- true: derived from real figures by a rule of ours (e.g.
                                       -- allocations = real total x population share), not
                                       -- published as such; `source` names the rule and its key
    unique (dataset, file_sha256),
    check (not (is_synthetic and is_computed))
);

------------------------------------------------------------------ geography
create table regions (
    region_code varchar primary key,   -- county code '01'..'25'
    region_name varchar not null,      -- 'Region Stockholm'
    lan_name varchar not null,         -- 'Stockholms län'
    iso_3166_2 varchar not null        -- 'SE-AB'
);

create table region_population (
    region_code varchar not null references regions (region_code),
    ref_date date not null,            -- population on this date (folkbokförda)
    population bigint not null check (population > 0),
    source varchar not null,
    primary key (region_code, ref_date)
);

create table countries (
    iso2 varchar primary key,          -- ISO 3166-1 alpha-2
    iso3 varchar not null unique,
    name_sv varchar not null,
    name_en varchar not null,
    continent varchar,
    is_eu_eea boolean not null,
    is_nordic boolean not null,
    lat double,                        -- label point, for maps
    lon double
);

create table shapes (
    layer varchar not null,            -- 'regions' | 'countries'
    code varchar not null,             -- region_code or iso2
    geojson varchar not null,          -- one GeoJSON geometry (RFC 7946, WGS84)
    primary key (layer, code)
);

------------------------------------------------------------------ products
create table substances (
    substance_id varchar primary key,  -- stable key, e.g. ATC code 'N01AX10' or 'MT-0001'
    name_sv varchar not null,
    name_en varchar not null,
    atc_code varchar,                  -- level 5 (medicines only)
    atc_l4 varchar,                    -- first five characters: the group of alternatives
    category varchar not null check (category in ('medicine', 'device', 'ppe'))
);

create table atc_groups (
    atc_code varchar primary key,      -- an ATC group code of level 1-4, e.g. 'N01AX'
    atc_level integer not null check (atc_level between 1 and 4),
    name_en varchar not null           -- the group's English name (WHOCC ATC index)
);

create table priority_lists (
    list_version varchar primary key,  -- e.g. 'S2022/04550'
    title varchar not null,
    published_on date,                 -- null: not known from the sources (the 2022 list's date
                                       -- is not in the seeds)
    is_current boolean not null,
    source varchar not null
);

create table priority_list_items (
    list_version varchar not null references priority_lists (list_version),
    substance_id varchar not null references substances (substance_id),
    primary key (list_version, substance_id)
);

------------------------------------------------------------------ manufacturing
create table companies (
    company_id varchar primary key,
    company_name varchar not null,
    hq_country_iso2 varchar references countries (iso2),
    is_vital boolean not null default false   -- of vital importance (synnerlig vikt)
);

create table sites (
    site_id varchar primary key,
    company_id varchar not null references companies (company_id),
    site_type varchar not null check (site_type in ('api', 'fpp', 'packaging')),
    country_iso2 varchar not null references countries (iso2),
    city varchar not null,
    lat double not null check (lat between -90 and 90),
    lon double not null check (lon between -180 and 180),
    capacity_index double check (capacity_index >= 0)   -- relative capacity, 1 = typical site
);

create table site_substances (
    site_id varchar not null references sites (site_id),
    substance_id varchar not null references substances (substance_id),
    primary key (site_id, substance_id)
);

create table company_services (
    -- a service a company provides to Swedish health care (the 2024 assignment maps companies
    -- "vars produktion av varor och tjänster är av synnerlig vikt"); a service company need not
    -- make anything, so it need not be in companies (same company_id if it is)
    company_id varchar not null,
    company_name varchar not null,
    hq_country_iso2 varchar references countries (iso2),
    service varchar not null check (service in (
        'distribution', 'sterilisation', 'ordering_it', 'transport', 'device_maintenance', 'other'
    )),
    description varchar,
    is_vital boolean not null default false,   -- of vital importance for this service
    primary key (company_id, service)
);

create table country_groups (
    -- how far a source in a country is from Swedish supply, for the vulnerability score's
    -- "outside EU/EEA" part; a country with no row: 'eu_eea' if countries.is_eu_eea, else
    -- 'distant' (view stg_country_groups). An analyst changes it with `beredskap load country-groups`.
    iso2 varchar primary key references countries (iso2),
    country_group varchar not null check (country_group in ('eu_eea', 'close_partner', 'distant')),
    label_sv varchar not null,         -- the group's name as shown, Swedish
    label_en varchar not null,
    outside_weight double not null check (outside_weight between 0 and 1),  -- 0 = inside, 1 = far
    source varchar not null            -- why the country is in the group
);

------------------------------------------------------------------ stock and shortages
create table stock_snapshots (
    snapshot_date date not null,
    region_code varchar not null references regions (region_code),
    substance_id varchar not null references substances (substance_id),
    quantity double not null check (quantity >= 0),              -- in the product's unit (e.g. DDD)
    daily_consumption double not null check (daily_consumption >= 0),  -- normal use per day
    -- optional: the day the stock expires (short shelf life, issue 12); null = no cap on the days
    expiry_date date,
    primary key (snapshot_date, region_code, substance_id)
);
-- A build fills the table above; publishing moves its rows to one Parquet file per month in the
-- stock folder beside the database (`<db>.stock/`) and makes stock_snapshots a view over the
-- files named here. A load writes new files for the months it touches; files never change.
create table stock_files (
    month date primary key,            -- first day of the month the file's snapshots are in
    file_name varchar not null,        -- relative to the stock folder
    n_rows bigint not null
);

create table shortages (
    notice_id varchar primary key,
    substance_id varchar not null references substances (substance_id),
    product_name varchar not null,
    kind varchar not null check (kind in ('restnotering', 'forsaljningsuppehall')),
    start_date date not null,
    expected_end_date date,
    resolved_date date,                -- null while active
    updated_on date not null
);

------------------------------------------------------------------ money
create table grant_instruments (
    instrument_id varchar primary key,     -- e.g. 'ok2024_lakemedel'
    name_sv varchar not null,
    name_en varchar not null,
    year integer not null,
    recipient varchar not null check (recipient in ('regions', 'skr')),
    total_sek bigint not null check (total_sek >= 0),
    distribution_key varchar not null check (distribution_key in ('population', 'fixed', 'application')),
    population_ref_date date,              -- for distribution_key = 'population'
    requisition_deadline date,
    usage_start date,
    usage_end date,
    repayment_deadline date,
    report_deadline date,
    source_document varchar not null
);

create table grant_allocations (
    instrument_id varchar not null references grant_instruments (instrument_id),
    recipient_code varchar not null,       -- region_code or 'SKR'
    allocated_sek bigint not null check (allocated_sek >= 0),
    basis varchar not null check (basis in ('computed', 'published')),
    primary key (instrument_id, recipient_code)
);

create table grant_requisitions (
    instrument_id varchar not null references grant_instruments (instrument_id),
    recipient_code varchar not null,
    requisitioned_on date not null,
    amount_sek bigint not null check (amount_sek >= 0),
    primary key (instrument_id, recipient_code, requisitioned_on)
);

create table grant_use (
    instrument_id varchar not null references grant_instruments (instrument_id),
    recipient_code varchar not null,
    year integer not null,
    purpose varchar not null,
    used_sek bigint not null check (used_sek >= 0),
    primary key (instrument_id, recipient_code, year, purpose)
);

create table grant_repayments (
    instrument_id varchar not null references grant_instruments (instrument_id),
    recipient_code varchar not null,
    repaid_on date not null,
    amount_sek bigint not null check (amount_sek >= 0),
    primary key (instrument_id, recipient_code, repaid_on)
);

create table reports (
    -- a report a recipient owes (issue 12, point 7): its deadline is judged from this table,
    -- never from grant use
    report_id varchar not null,            -- e.g. 'ok2024_slutredovisning'
    instrument_id varchar references grant_instruments (instrument_id),  -- the agreement asking
    recipient_code varchar not null,       -- who submits: region_code or 'SKR'
    report_name varchar not null,          -- 'Slutredovisning 2024 till Socialstyrelsen'
    due_date date not null,
    submitted_on date,                     -- null: not submitted (as far as the file knows)
    link varchar,                          -- where the report can be read
    primary key (report_id, recipient_code)
);

create table assignments (
    -- the government's assignments (regeringsuppdrag) and every reporting date they set, one
    -- row per assignment and reporting date (issue 12, point 10); real facts from the seeds
    assignment_id varchar not null,        -- e.g. 'tillverkningsberedskap'
    title_sv varchar not null,
    title_en varchar not null,
    responsible varchar not null,          -- 'Socialstyrelsen och Läkemedelsverket'
    given_on date,                         -- null: the date given is not in the sources
    report_due date not null,              -- the reporting date (a month: its last day)
    due_precision varchar not null default 'day' check (due_precision in ('day', 'month')),
    report_kind varchar not null check (report_kind in ('monthly', 'partial', 'final', 'report')),
    submitted_on date,                     -- null: not known to be submitted
    source varchar not null,
    primary key (assignment_id, report_due)
);

------------------------------------------------------------------ regions' own preparedness
create table region_costs (
    region_code varchar not null references regions (region_code),
    year integer not null,
    kind varchar not null check (kind in ('actual', 'planned')),
    category varchar not null,             -- 'medicines', 'devices', 'ppe', 'storage', 'staff'
    cost_sek bigint not null check (cost_sek >= 0),
    primary key (region_code, year, kind, category)
);

create table region_supply_systems (
    region_code varchar not null references regions (region_code),
    system_name varchar not null,
    system_kind varchar not null,          -- 'own_stock', 'contracted_stock', 'hospital_pharmacy', ...
    description varchar not null,
    primary key (region_code, system_name)
);

------------------------------------------------------------------ disruption scenarios
create table scenarios (
    -- a named "what if": saved from the scenario page or loaded with `beredskap load scenarios`
    scenario_id varchar primary key,   -- URL-safe: letters, digits, '-', '_', '.'
    name varchar not null,
    description varchar not null default '',
    created_at timestamp not null,     -- first saved; a later save keeps it
    is_example boolean not null default false   -- shipped with the demo; a load cannot replace it
);

create table scenario_disruptions (
    scenario_id varchar not null references scenarios (scenario_id),
    seq integer not null,              -- 1, 2, ... in the order given
    kind varchar not null
        check (kind in ('country', 'country_group', 'company', 'site', 'region_stock', 'demand')),
    target varchar not null,           -- iso2 | non_eu_eea, eu_eea, nordic, non_nordic |
                                       -- company_id | site_id | region_code |
                                       -- demand: all | medicine, device, ppe | an ATC prefix
    start_date date not null,
    duration_days integer not null check (duration_days between 0 and 3650),
    share double not null default 1 check (share between 0 and 1),   -- region_stock only
    factor double not null default 1 check (factor between 1 and 10), -- demand only: x use
    primary key (scenario_id, seq)
);

------------------------------------------------------------------ access (issue 15)
create table users (
    -- who may sign in and with which role; managed with `beredskap users`
    email varchar primary key,         -- normalised: trimmed, lower case
    role varchar not null check (role in ('public', 'official', 'analyst', 'admin')),
    added_at timestamp not null,       -- when added or last given a role
    added_by varchar not null          -- who did it (--by, else the OS user)
);

create table audit_log (
    -- append-only: every export, role change and load; the app's events arrive through
    -- `<db>.audit.jsonl`, folded in by `beredskap audit` (each event once, by event_id)
    event_id varchar primary key,      -- made where the event happened (uuid4 hex)
    event_at timestamp not null,
    actor varchar not null,            -- e-mail, 'local' (app without login) or the OS user
    role varchar,                      -- the actor's role when it happened, if known
    action varchar not null,           -- export | user_add | user_remove | role_change | load
    target varchar,                    -- what: a file name, an e-mail, a data set
    detail varchar                     -- JSON with the rest (rows, old and new role, ...)
);
