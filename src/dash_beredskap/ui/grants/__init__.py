"""Question 3, the grants: the area's charts and controls."""
