from fractions import Fraction

import pytest

from dash_beredskap.metrics import allocate_by_population, population_shares


def test_allocation_sums_exactly_and_matches_exact_shares() -> None:
    pop = {"01": 2_454_821, "09": 61_029, "25": 248_480}
    got = allocate_by_population(100_000_000, pop)
    assert sum(got.values()) == 100_000_000
    total = sum(pop.values())
    for code, p in pop.items():
        exact = Fraction(100_000_000 * p, total)
        assert abs(got[code] - exact) < 1  # never more than one krona from the exact share


def test_allocation_hand_computed_remainders() -> None:
    # 10 kr over populations 1, 1, 1: exact 3.33 each; the one extra krona goes to code order
    assert allocate_by_population(10, {"b": 1, "a": 1, "c": 1}) == {"a": 4, "b": 3, "c": 3}
    # 7 kr over 1 and 2: exact 2.33 and 4.67 -> 2 and 5
    assert allocate_by_population(7, {"x": 1, "y": 2}) == {"x": 2, "y": 5}


def test_allocation_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        allocate_by_population(10, {"a": 0})
    with pytest.raises(ValueError):
        allocate_by_population(-1, {"a": 1})


def test_population_shares_sum_to_one() -> None:
    shares = population_shares({"a": 1, "b": 3})
    assert shares == {"a": 0.25, "b": 0.75}
