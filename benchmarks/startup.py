"""Benchmark 7: what a lab child pays to start: importing pool_lab, and its memory before the first task.

Every run of the lab starts a fresh interpreter that imports pool_lab, and
every course notebook starts dozens of them; what the import loads is also
what the child holds in memory before its run begins, the baseline every
budget of notebook 1 is measured from.  ``import pool_lab`` must load what a
lab child uses and nothing else: the asyncio machinery, the HTTP clients, the
receiver's server, Dask, nbgrader and the exercise checks load on first use.

Run as a script with a source tree as its argument, it prints the figures of
that tree as JSON (``python -m benchmarks.startup /path/to/other/checkout``),
so an older version of pool_lab can be measured with the same code.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Callable

from .report import Table, interleaved, median_of

TOP = Path(__file__).resolve().parent.parent

# What a lab child running a built-in strategy with the sleep workload has
# no use for.  Each is loaded on first use by what needs it.
NOT_NEEDED = ("asyncio", "aiohttp", "requests", "http.client", "ssl", "distributed", "dask", "matplotlib",
              "nbformat", "nbgrader", "cloudpickle", "pool_lab.aio", "pool_lab.classroom", "pool_lab.cluster",
              "pool_lab.downstream", "pool_lab.exercises")

# In a fresh interpreter, as the lab's spawned child starts: import the module
# its target lives in, and say what that took.
_IMPORT = """
import json, sys, time
before = set(sys.modules)
start = time.perf_counter()
import pool_lab.lab
took = time.perf_counter() - start
import psutil
print(json.dumps({"import_s": took, "modules": len(set(sys.modules) - before),
                  "rss_bytes": psutil.Process().memory_info().rss,
                  "loaded": sorted(name for name in sys.modules if name in NOT_NEEDED)}))
"""

# One real lab run of a tiny sleep workload: the child's start-up on the
# sampler's clock, and its resident memory when its run began.
_LAB_RUN = """
import json
from pool_lab import Experiment, MessageWorkload, run_lab
if __name__ == "__main__":
    workload = MessageWorkload(users=200, lookup_latency_s=0.001, send_latency_s=0.001)
    result = run_lab(Experiment("worker-pool", max_workers=2, workload=workload), 96)
    assert result.outcome == "completed", result.error
    print(json.dumps({"started_s": result.started_at_s, "baseline_rss_mib": result.baseline_rss_mib}))
"""


def _python(code: str, tree: Path) -> dict:
    # -I: no user site, no PYTHONPATH; the tree is put first on the path by hand.
    prelude = f"import sys; sys.path.insert(0, {str(tree)!r}); NOT_NEEDED = {NOT_NEEDED!r}\n"
    proc = subprocess.run([sys.executable, "-I", "-c", prelude + code], cwd=tree, capture_output=True, text=True,
                          check=True, timeout=120)
    return json.loads(proc.stdout.splitlines()[-1])


def measure(tree: Path = TOP, repeat: int = 5) -> dict:
    """Return the medians of ``repeat`` interleaved measurements of ``tree``'s pool_lab, and what it loaded."""
    figures: dict[str, list[dict]] = {"import": [], "lab": []}

    def case(name: str, code: str) -> Callable[[], float]:
        return lambda: figures[name].append(_python(code, tree)) or 0.0  # type: ignore[func-returns-value]

    interleaved({"import": case("import", _IMPORT), "lab": case("lab", _LAB_RUN)}, repeat)
    imports, runs = figures["import"], figures["lab"]
    return {
        "import_s": median_of([i["import_s"] for i in imports]),
        "modules": median_of([i["modules"] for i in imports]),
        "rss_mib": median_of([i["rss_bytes"] for i in imports]) / 2**20,
        "loaded": sorted({name for i in imports for name in i["loaded"]}),
        "started_s": median_of([r["started_s"] for r in runs]),
        "baseline_rss_mib": median_of([r["baseline_rss_mib"] for r in runs]),
    }


def run(quick: bool) -> Table:
    """Return the start-up table: a fresh interpreter's import of pool_lab, and a real lab child's start."""
    repeat = 1 if quick else 7
    s = measure(TOP, repeat)
    table = Table(
        "7. A lab child's start-up",
        "A fresh interpreter (`python -I`) imports `pool_lab.lab`, as the lab's spawned child does: seconds, "
        "modules it loaded and resident memory after it; and a real `run_lab` of a 2-batch sleep workload on "
        f"2 workers: the child's start-up (interpreter, imports, calibration) until its first task, and its "
        f"resident memory then (`RunResult.baseline_rss_mib`). Medians of {repeat} interleaved repetitions.",
    )
    table.add("`import pool_lab.lab` in a fresh interpreter", f"{s['import_s'] * 1e3:.0f} ms",
              f"{s['modules']:.0f} modules", None, "<= 150 ms", s["import_s"] <= 0.15)
    table.add("resident memory after that import", f"{s['rss_mib']:.1f} MiB")
    table.add("modules a lab child has no use for, loaded", ", ".join(s["loaded"]) or "none", "", None, "none",
              not s["loaded"])
    table.add("a lab child's start-up, to its first task", f"{s['started_s']:.3f} s")
    table.add("a lab child's resident memory at its first task", f"{s['baseline_rss_mib']:.1f} MiB", "", None,
              "<= 32 MiB (`MIN_BUDGET_MIB`)", s["baseline_rss_mib"] <= 32)
    table.notes.append(
        "The first task starts after the child has imported pool_lab and calibrated its render loop (about "
        "50 ms of CPU), so the start-up row includes that calibration as well as the interpreter's own start. "
        "Before the lazy imports of issue 24, `import pool_lab` loaded asyncio, the receiver's server, the "
        "HTTP clients' modules and every exercise check in every lab child."
    )
    return table


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else TOP), indent=1))
