"""When one reported value restates another: a rounder figure ("more than 600", "about 1,650", "582 billion")
saying what a more precise one (612, 1,652, 582.18 billion) said. Used for a headline over its story and, in the
ledger, for a later report over an earlier one."""
from __future__ import annotations

import math

# What a value v (exact or approximate) lets a rounder report with this qualifier say of X, as the range of v in
# multiples of X ("more than 600" after 612, "about 1,650" after 1,652, "nearly 500 billion" after 487.3 billion).
IMPLIED = {"more_than": (1.0, 2.0), "at_least": (1.0, 2.0), "about": (0.95, 1.05), "nearly": (0.9, 1.0),
           "less_than": (0.5, 1.0), "up_to": (0.5, 1.0)}
# qualifiers of a report that names a value, not a bound ("corrected": a value a revision or correction gives)
POINT = ("exact", "", "about", "nearly", "corrected")


def implied_range(value: float, qualifier: str) -> tuple[float, float] | None:
    """The values a report of value with this qualifier allows; None for a plain value."""
    bounds = IMPLIED.get(qualifier)
    if bounds is None or value <= 0:
        return None
    return bounds[0] * value, bounds[1] * value


LOWER_BOUNDS, UPPER_BOUNDS = frozenset({"more_than", "at_least"}), frozenset({"less_than", "up_to"})
_BELOW, _ABOVE = UPPER_BOUNDS | {"nearly"}, LOWER_BOUNDS  # where a qualified value puts the true one


def same_value(a: float, b: float) -> bool:
    """One number, however it was written (to a relative 1e-9)."""
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def weaker_bound(earlier: float, earlier_qualifier: str, later: float, later_qualifier: str) -> bool:
    """A later bound of the same side that says less than an earlier one ("over 641", then "more than 640")."""
    return (earlier_qualifier in LOWER_BOUNDS and later_qualifier in LOWER_BOUNDS and later <= earlier) or \
        (earlier_qualifier in UPPER_BOUNDS and later_qualifier in UPPER_BOUNDS and later >= earlier)


def opposed(first: str, second: str) -> bool:
    """Two qualifiers that point away from each other: "nearly 50" (under it) and "more than 50" (over it)."""
    return {first or "", second or ""} & _BELOW != set() and {first or "", second or ""} & _ABOVE != set()


ROUNDING_SPREAD = 0.05


def restates(precise: float, precise_qualifier: str, rounder: float, rounder_qualifier: str) -> bool:
    """True when a rounder report (value rounder, with its qualifier) says what a precise point report said."""
    if (precise_qualifier or "") not in POINT or (same_value(precise, rounder) and opposed(precise_qualifier,
                                                                                        rounder_qualifier)):
        return False
    span = implied_range(rounder, rounder_qualifier or "")
    if span is None and (rounder_qualifier or "") in ("exact", ""):
        # (within a twentieth of it: 600 after 612 and 70 after 68 round, 20 after 18 is another count of forums)
        return rounds_to(precise, rounder) and abs(precise - rounder) <= ROUNDING_SPREAD * abs(rounder)
    if (rounder_qualifier or "") in POINT and _WRITTEN < last_digit_step(rounder) <= last_digit_step(precise):
        # "some 210,000" after "about 200,000": not rounder, another value (a fraction's share, "about one in six",
        # has no last digit: its "about" still allows a tenth)
        return False
    return span is not None and span[0] <= precise <= span[1]


_WRITTEN = 1e-6  # last_digit_step's floor: a value with no last digit above it was not written in digits


def last_digit_step(value: float) -> float:
    """The place of a value's last significant digit: 1e9 for 582 billion, 1e7 for 582.18 billion, 10 for 90."""
    if value <= 0 or value != value or value > 1e18:
        return 0.0
    step = 10.0 ** math.floor(math.log10(value))
    while step > _WRITTEN and abs(value / step - round(value / step)) > 1e-6:
        step /= 10
    return step


def rounds_to(precise: float, plain: float) -> bool:
    """A plain value written with fewer digits that a more precise one rounds to: "582 billion yuan" after
    582.18 billion, "90 billion" after 91.1 billion."""
    step = last_digit_step(plain)
    return step > last_digit_step(precise) and abs(precise - plain) <= step / 2
