"""The one table of unit conversions. The toolkit computes in SI (metres, square metres) and
converts once, at the edge, with these constants."""

from __future__ import annotations

__all__ = ["M_PER_KM", "M_PER_NM", "M2_PER_KM2", "M2_PER_HA", "DAYS_PER_YEAR", "KG_PER_T",
           "m_to_km", "m_to_nm", "m2_to_km2"]

M_PER_KM = 1000.0
#: The international nautical mile, exactly 1,852 m (BIPM SI Brochure, 9th ed., Table 8).
M_PER_NM = 1852.0
M2_PER_KM2 = 1.0e6
M2_PER_HA = 1.0e4
KG_PER_T = 1000.0
DAYS_PER_YEAR = 365.0


def m_to_km(length_m):
    """Metres to kilometres (works on scalars and numpy arrays)."""
    return length_m / M_PER_KM


def m_to_nm(length_m):
    """Metres to international nautical miles (works on scalars and numpy arrays)."""
    return length_m / M_PER_NM


def m2_to_km2(area_m2):
    """Square metres to square kilometres (works on scalars and numpy arrays)."""
    return area_m2 / M2_PER_KM2
