"""The chapters' prose names the library's parameters; the library still has those values.

A number with a unit in a chapter's markdown is either computed where it is
printed or a parameter the code sets.  The parameters a notebook passes
itself (``budget_mib=256``) sit in its own cells; those below are the
library's defaults, which a change to pool_lab could move away from the
prose without touching a notebook.  Each row names the notebooks whose
markdown says the phrase, and the value that makes it true.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import nbformat
import pytest

from pool_lab import Experiment, MessageWorkload, lab

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
MIB = 2**20
INCIDENT = MessageWorkload()

CLAIMS = [
    # (chapters, phrase, what the code gives, what the phrase says)
    (("01", "03", "04", "05"), "6.25 MiB", INCIDENT.payload_bytes_per_task / MIB, 6.25),
    (("01",), "1.2 GiB", round(INCIDENT.total_payload_bytes / 2**30, 1), 1.2),
    (("05",), "1,250 MiB", INCIDENT.total_payload_bytes / MIB, 1250),
    (("02", "03"), "0.3", round(INCIDENT.task_s, 1), 0.3),
    (("05",), "50 ms later", INCIDENT.lookup_latency_s, 0.05),
    (("05",), "250 ms after its render", INCIDENT.send_latency_s, 0.25),
    (("01", "03"), "5 ms", lab._WATCHDOG_INTERVAL_S, 0.005),
    (("01",), "every 20 ms", inspect.signature(Experiment.run_here).parameters["interval_s"].default, 0.02),
]


def _markdown(chapter: str) -> str:
    (path,) = NOTEBOOKS.glob(f"{chapter}_*.ipynb")
    return "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown")


@pytest.mark.parametrize("chapters, phrase, value, said", CLAIMS, ids=[c[1] for c in CLAIMS])
def test_the_prose_names_the_value_the_library_has(chapters, phrase, value, said):
    assert value == pytest.approx(said), f"the library now gives {value}; the prose says {phrase}"
    for chapter in chapters:
        assert phrase in _markdown(chapter), f"notebook {chapter} no longer says {phrase!r}: update this table"
