"""Question 1, manufacturing and supply: the area's filters, charts and tables."""
