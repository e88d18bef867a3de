"""``import pool_lab`` loads what a lab child uses, and the rest on first use (PEP 562).

Every lab run starts a child that imports pool_lab; what it loads is start-up
time and the memory every budget is measured from (benchmarks/startup.py
measures both).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

import pool_lab

pytestmark = pytest.mark.timeout(60)

# Loaded on first use, never by `import pool_lab` alone.
ON_FIRST_USE = ("pool_lab.aio", "pool_lab.classroom", "pool_lab.cluster", "pool_lab.downstream",
                "pool_lab.downstream._server", "pool_lab.exercises", "pool_lab.plots", "asyncio", "aiohttp",
                "requests", "matplotlib", "distributed", "nbformat", "nbgrader")


def _loaded_by(code: str) -> list[str]:
    """Run ``code`` in a fresh interpreter; return which of ON_FIRST_USE it left in sys.modules."""
    check = f"\nimport json, sys\nprint(json.dumps([m for m in {ON_FIRST_USE!r} if m in sys.modules]))\n"
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code) + check], capture_output=True, text=True,
                          timeout=50)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.splitlines()[-1])


def test_import_pool_lab_loads_none_of_what_loads_on_first_use():
    assert _loaded_by("import pool_lab, pool_lab.lab") == []


def test_a_name_loads_its_module_on_first_use_and_only_that_module():
    assert _loaded_by("import pool_lab; pool_lab.HttpSender") == ["pool_lab.downstream"]
    assert _loaded_by("from pool_lab import gather_all") == ["pool_lab.aio", "asyncio"]
    assert "pool_lab.exercises" in _loaded_by("import pool_lab; pool_lab.exercises.__all__")  # a module, too


def test_every_name_that_loads_on_first_use_is_listed_and_resolves():
    lazy = [name for names in pool_lab._ON_FIRST_USE.values() for name in names]
    assert set(lazy) <= set(pool_lab.__all__) and set(lazy) <= set(dir(pool_lab))
    for name in lazy:
        assert getattr(pool_lab, name) is getattr(sys.modules[f"pool_lab.{pool_lab._HOME[name]}"], name)
    with pytest.raises(AttributeError, match="has no attribute 'no_such_name'"):
        _ = pool_lab.no_such_name


def test_a_lab_child_that_sends_with_a_sleep_loads_neither_the_server_nor_asyncio():
    # A real lab child: its strategy, shipped from __main__, looks at the
    # child's own sys.modules once every task has run, and fails the run if
    # anything there should not be.
    script = f"""
        import sys
        from pool_lab import Experiment, MessageWorkload, run_lab

        def look_inside(task, items):
            for item in items:
                task(item)
            loaded = [name for name in {ON_FIRST_USE!r} if name in sys.modules]
            if loaded:
                raise RuntimeError(f"the lab child loaded {{loaded}}")

        if __name__ == "__main__":
            workload = MessageWorkload(users=300, lookup_latency_s=0.001, send_latency_s=0.001)
            result = run_lab(Experiment(look_inside, workload=workload), 96)
            print(result.outcome, result.error)
        """
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True,
                          timeout=50)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["completed", "None"]
