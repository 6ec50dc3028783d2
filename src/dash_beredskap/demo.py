"""Synthetic demo data (placeholder: being written)."""

from datetime import date

DEFAULT_SEED = 20231212
DEFAULT_AS_OF = date(2026, 11, 1)


def build_demo(con, seed: int, as_of: date) -> None:
    """Fill an empty schema with real reference facts and seeded synthetic data."""
