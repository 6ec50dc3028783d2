"""Pure figures the views do not carry: no Streamlit, no database."""

from __future__ import annotations

from collections.abc import Mapping


def allocate_by_population(total_sek: int, population: Mapping[str, int]) -> dict[str, int]:
    """Split `total_sek` in whole kronor in proportion to population, summing exactly to the total.

    Largest-remainder (Hamilton) method: each recipient gets the floor of its exact share, and
    the kronor left over go one each to the largest fractional remainders (ties: the larger
    population, then the code). Integer arithmetic throughout, so no float rounding drifts.
    """
    if total_sek < 0:
        raise ValueError("total_sek must not be negative")
    if not population:
        raise ValueError("population is empty")
    if any(p <= 0 for p in population.values()):
        raise ValueError("every population must be positive")
    pop_total = sum(population.values())
    floors = {code: total_sek * pop // pop_total for code, pop in population.items()}
    remainders = {code: total_sek * pop % pop_total for code, pop in population.items()}
    left = total_sek - sum(floors.values())
    order = sorted(population, key=lambda c: (-remainders[c], -population[c], c))
    for code in order[:left]:
        floors[code] += 1
    return floors


def population_shares(population: Mapping[str, int]) -> dict[str, float]:
    """Each recipient's share of the total population (the distribution key), 0..1."""
    pop_total = sum(population.values())
    return {code: pop / pop_total for code, pop in population.items()}
