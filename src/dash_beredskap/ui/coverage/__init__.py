"""Question 2, regional coverage and shortages: the area's controls, charts, maps."""
