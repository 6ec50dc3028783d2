"""Disruption scenarios: the builder, the saved scenarios and the result charts."""
