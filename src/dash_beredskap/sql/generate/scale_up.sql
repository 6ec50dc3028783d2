-- Scale the demo up for benchmarks (`beredskap build-demo --scale N`): the same shape, N times
-- the rows, generated in DuckDB from the demo's own rows (seconds, not Python loops).
-- Reads the temp table scale_params(factor, copies, per_month, site_factor, seed, as_of):
--   * every substance gets copies-1 copies ('<id>~<c>', same ATC group and category), and the
--     copies of current-list items join the current priority list;
--   * every site gets site_factor-1 copies ('<id>~<j>', same company, type and country, moved by
--     up to a quarter of a degree); site copy j makes the substance copies of number
--     (j-1) % copies + 1 that the original site makes, so each substance has about
--     site_factor/copies times its sites and the country shares stay as they were;
--   * every stock row is reported per_month times a month (the month start, then every
--     28/per_month days, never after as_of) for every copy of its item, the figures varied by a
--     hash of the keys and the seed (deterministic);
--   * every shortage notice gets factor-1 copies on the matching substance copies.
-- Every row it adds is synthetic, like the demo's; data_sources says so.

create temp table scale_copy as
select c from scale_params, range(1, copies + 1) t(c);

create temp table scale_site_copy as
select j from scale_params, range(1, site_factor + 1) t(j);

insert into substances
select
    s.substance_id || '~' || c as substance_id,
    s.name_sv || ' (kopia ' || c || ')' as name_sv,
    s.name_en || ' (copy ' || c || ')' as name_en,
    s.atc_code,
    s.atc_l4,
    s.category
from substances s
cross join scale_copy
where c > 1;

insert into priority_list_items
select i.list_version, i.substance_id || '~' || c
from priority_list_items i
join priority_lists l using (list_version)
cross join scale_copy
where l.is_current and c > 1;

insert into sites
select
    s.site_id || '~' || j as site_id,
    s.company_id,
    s.site_type,
    s.country_iso2,
    s.city,
    least(89.0, greatest(-89.0, s.lat + ((hash(p.seed, s.site_id, j, 'lat') % 1000) / 1000.0 - 0.5) / 2)),
    least(179.0, greatest(-179.0, s.lon + ((hash(p.seed, s.site_id, j, 'lon') % 1000) / 1000.0 - 0.5) / 2)),
    s.capacity_index
from sites s
cross join scale_site_copy
cross join scale_params p
where j > 1;

create temp table scale_links as
select
    case when j = 1 then l.site_id else l.site_id || '~' || j end as site_id,
    case when (j - 1) % p.copies = 0 then l.substance_id
        else l.substance_id || '~' || ((j - 1) % p.copies + 1) end as substance_id
from site_substances l
cross join scale_site_copy
cross join scale_params p
where j > 1;

insert into site_substances select * from scale_links;

create temp table scale_offsets as
select o * (28 // per_month) as offset_days from scale_params, range(0, per_month) t(o);

-- the stock: the demo's rows are kept as they are; every other (copy, day) is new
create temp table scale_stock as
with variants as (
    select
        s.snapshot_date + o.offset_days::integer as snapshot_date,
        s.region_code,
        case when c = 1 then s.substance_id else s.substance_id || '~' || c end as substance_id,
        s.quantity,
        s.daily_consumption,
        s.expiry_date + o.offset_days::integer as expiry_date,
        hash(p.seed, s.snapshot_date, s.region_code, s.substance_id, c, o.offset_days) as h
    from stock_snapshots s
    cross join scale_copy
    cross join scale_offsets o
    cross join scale_params p
    where (c > 1 or o.offset_days > 0)
        and s.snapshot_date + o.offset_days::integer <= p.as_of
)
select
    snapshot_date,
    region_code,
    substance_id,
    round(quantity * exp(((h % 10000) / 10000.0 - 0.5) * 0.5), 1) as quantity,
    round(daily_consumption * exp((((h // 10000) % 10000) / 10000.0 - 0.5) * 0.2), 2)
        as daily_consumption,
    expiry_date
from variants;

insert into stock_snapshots select * from scale_stock;

insert into shortages
select
    n.notice_id || '~' || j,
    case when (j - 1) % p.copies = 0 then n.substance_id
        else n.substance_id || '~' || ((j - 1) % p.copies + 1) end,
    n.product_name,
    n.kind,
    n.start_date,
    n.expected_end_date,
    n.resolved_date,
    n.updated_on
from shortages n
cross join scale_params p
cross join range(1, p.factor + 1) t(j)
where j > 1;

drop table scale_copy;
drop table scale_site_copy;
drop table scale_links;
drop table scale_offsets;
drop table scale_stock;
