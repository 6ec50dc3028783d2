"""The tiny grants database the grant view and query tests share: books that agree.

Every figure the tests expect is worked out by hand from the rows below.
"""

from __future__ import annotations

from datetime import date, datetime

import duckdb

from dash_beredskap import db

REGIONS = (("01", "Region Stockholm"), ("06", "Region Jönköpings län"), ("25", "Region Norrbotten"))
# populations: 2023-12-31 is 7 : 2 : 1 (shares .7 .2 .1), 2019-12-31 is 6 : 3 : 1, and a date
# with three equal populations to pin the tie-break
POPULATION = {
    date(2023, 12, 31): {"01": 7, "06": 2, "25": 1},
    date(2019, 12, 31): {"01": 6, "06": 3, "25": 1},
    date(2020, 1, 1): {"01": 1, "06": 1, "25": 1},
}


def fill_good(con: duckdb.DuckDBPyConnection) -> None:
    db.create_schema(con, datetime(2026, 11, 1))
    for code, name in REGIONS:
        con.execute("insert into regions values (?, ?, ?, ?)", [code, name, name, f"SE-{code}"])
    for ref_date, pops in POPULATION.items():
        for code, pop in pops.items():
            con.execute(
                "insert into region_population values (?, ?, ?, 'test')", [code, ref_date, pop]
            )
    con.execute(
        "insert into grant_instruments values "
        # a 2024-style agreement: 1003 kr by population on 2023-12-31, every deadline
        "('pop','Läkemedel','Medicines',2024,'regions',1003,'population',DATE '2023-12-31',"
        "DATE '2024-12-01',DATE '2024-01-01',DATE '2025-12-31',DATE '2026-03-31',"
        "DATE '2025-10-01','doc pop'),"
        # SKR's fixed share with its own report deadline
        "('skr','SKR-del','SKR share',2024,'skr',2,'fixed',null,DATE '2024-12-01',"
        "DATE '2024-01-01',DATE '2025-12-31',DATE '2026-03-31',DATE '2024-12-31','doc skr'),"
        # a yearly civil-defence agreement: no deadlines, no usage window
        "('cd2019','Civilt försvar 2019','Civil defence 2019',2019,'regions',30,'population',"
        "DATE '2019-12-31',null,null,null,null,null,'doc cd'),"
        # ten kronor over three equal populations: the tie-break decides the extra krona
        "('tie','Lika','Equal',2020,'regions',10,'population',DATE '2020-01-01',"
        "null,null,null,null,null,'doc tie')"
    )
    # pop: 06's amount published (203), 01's too (700); 25 computed. Sum 1003. The key gives
    # 702.1 / 200.6 / 100.3 -> floors 702, 200, 100 and the krona left to 06 (remainder .6).
    con.execute(
        "insert into grant_allocations values "
        "('pop','01',700,'published'),('pop','06',203,'published'),('pop','25',100,'computed'),"
        "('skr','SKR',2,'published'),"
        "('cd2019','01',18,'computed'),('cd2019','06',9,'computed'),('cd2019','25',3,'computed'),"
        "('tie','01',4,'computed'),('tie','06',3,'computed'),('tie','25',3,'computed')"
    )
    con.execute(
        "insert into grant_requisitions values "
        "('pop','01',DATE '2024-11-01',700),"
        "('pop','06',DATE '2025-01-10',203),"  # after the 2024-12-01 deadline
        "('pop','25',DATE '2024-06-01',50),"  # half of its allocation
        "('skr','SKR',DATE '2024-03-01',2),"
        "('cd2019','01',DATE '2019-05-01',18),('cd2019','06',DATE '2019-05-01',9),"
        "('cd2019','25',DATE '2019-05-01',3)"
    )
    con.execute(
        "insert into grant_use values "
        "('pop','01',2024,'lager',300),('pop','01',2025,'lager',300),"
        "('pop','01',2025,'lokaler',50),"  # 01: 650 used of 700, 50 unused
        "('pop','06',2025,'lager',203),"  # 06: all, but only in 2025
        "('pop','25',2024,'lager',50),"
        "('skr','SKR',2024,'samordning',1),"
        "('cd2019','01',2019,'övning',18),('cd2019','06',2019,'övning',9),"
        "('cd2019','25',2019,'övning',3)"
    )
    con.execute(
        "insert into grant_repayments values "
        "('pop','01',DATE '2026-03-01',50),('skr','SKR',DATE '2026-03-20',1)"
    )
    con.execute(  # reports due 2025-10-01 (issue 12, point 7): 06 submitted seven weeks late
        "insert into reports values "
        "('final','pop','01','Slutredovisning',DATE '2025-10-01',DATE '2025-09-20',null),"
        "('final','pop','06','Slutredovisning',DATE '2025-10-01',DATE '2025-11-15',null),"
        "('final','pop','25','Slutredovisning',DATE '2025-10-01',DATE '2025-09-30',null),"
        "('info','skr','SKR','Rapport om restinformation',DATE '2024-12-31',DATE '2024-12-18',"
        "null)"
    )
    con.execute(
        "insert into region_costs values "
        "('06',2025,'actual','medicines',1000),('06',2025,'actual','storage',500),"
        "('06',2026,'planned','medicines',1200)"
    )
    db.refresh_derived(con)
