"""The words every figure's description is made of: counts, and the joining of parts."""

from __future__ import annotations

from typing import Sequence


def counted(n: int, unit: str, units: str = "") -> str:
    """Return a count in words: ``1 worker``, ``8 workers``, ``2 batches`` (with ``units``)."""
    return f"{n} {unit if n == 1 else units or unit + 's'}"


def sentences(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def joined(parts: Sequence[str]) -> str:
    return "; ".join(parts)
