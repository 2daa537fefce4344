"""Progress bars (tqdm) for steps that can take more than a few seconds, on standard error.

Quiet unless standard error is a terminal, so logs, pipes and tests get no bar; ``GEO_NO_PROGRESS=1``
silences them on a terminal too.
"""

from __future__ import annotations

import os
import sys

__all__ = ["progress", "shown"]


def shown() -> bool:
    """Whether bars are drawn: standard error is a terminal and ``GEO_NO_PROGRESS`` is not set."""
    if os.environ.get("GEO_NO_PROGRESS", "") not in ("", "0"):
        return False
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced or closed stream
        return False


class _Quiet:
    """Stands in for a bar that is not shown."""

    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass


def progress(total: int, desc: str, unit: str = "it"):
    """A progress bar for ``total`` units of work (``with progress(n, "placing events", "event") as bar:
    ... bar.update(k)``), or an object with the same methods that draws nothing when bars are not
    :func:`shown`. The bar is removed when done."""
    if not shown():
        return _Quiet()
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, unit_scale=True, leave=False, file=sys.stderr, dynamic_ncols=True)
