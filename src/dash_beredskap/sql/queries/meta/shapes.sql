-- Table shapes: one GeoJSON geometry (RFC 7946, WGS84) per code of $layer.
with source as (
    select * from shapes
    where layer = $layer
),

final as (
    select code, geojson
    from source
)

select * from final
order by code
