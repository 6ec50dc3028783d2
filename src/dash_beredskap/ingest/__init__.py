"""Loading analysts' files into the database, and checking a database.

readers (CSV/XLSX to text rows) -> validate (against a spec and the database) -> loader (one
transaction on a copy, swapped in) ; check (integrity and a summary). specs holds one
definition per data set, shared by all of them and by docs/datasets.md.
"""
