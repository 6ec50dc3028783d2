-- The ATC groups (levels 1-4) the products fall in, with up to three example names.
with levels as (
    -- level -> length of the code prefix
    select * from (values (1, 1), (2, 3), (3, 4), (4, 5)) as l(atc_level, n_chars)
),
source as (
    select * from substances where atc_code is not null
),
grouped as (
    select
        left(s.atc_code, l.n_chars) as atc_group,
        l.atc_level,
        count(*) as n_substances,
        list(name_in($lang, s.name_sv, s.name_en) order by s.name_sv) as names
    from source s
    cross join levels l
    where length(s.atc_code) >= l.n_chars
    group by all
),
final as (
    select
        g.atc_group,
        g.atc_level,
        coalesce(a.name_en, '') as group_name,
        g.n_substances,
        array_to_string(list_slice(g.names, 1, 3), ', ') as example_names
    from grouped g
    left join atc_groups a on a.atc_code = g.atc_group
)
select * from final
order by atc_group
