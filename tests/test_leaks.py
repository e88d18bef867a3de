"""No leaks: the leak check catches what it should, and the lab leaves nothing behind."""

from __future__ import annotations

import gc
import re
import subprocess
import sys
import threading
from pathlib import Path

import nbformat
import psutil
import pytest

from pool_lab import Experiment, MessageWorkload, run_lab

MIB = 1024 * 1024
ROOT_CONFTEST = Path(__file__).resolve().parent.parent / "conftest.py"

LEAKY_TESTS = '''
import subprocess, sys, threading, time
import pytest

def test_clean():
    threading.Thread(target=time.sleep, args=(0.05,)).start()  # ends within the grace period

def test_leaves_a_thread():
    threading.Thread(target=time.sleep, args=(30,), name="leaky-thread", daemon=True).start()

def test_leaves_a_child():
    subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])

@pytest.mark.library_threads("some-library-", reason="a global thread the library cannot stop")
def test_declares_a_library_thread():
    threading.Thread(target=time.sleep, args=(30,), name="some-library-loop", daemon=True).start()

def leaky_doctest():
    """
    >>> import threading, time
    >>> threading.Thread(target=time.sleep, args=(30,), name="doctest-thread", daemon=True).start()
    """
'''


@pytest.mark.timeout(90)
def test_the_leak_check_fails_tests_doctests_and_notebooks_that_leave_something(tmp_path):
    # The project's own conftest, in a pytest of its own, with a short grace
    # period so the leaky cases fail quickly.  Not shorter: with 0.2 s, a
    # 2-core machine at load 6 often saw test_clean's 50 ms thread still alive
    # (the check's own gc.collect() holds the GIL for part of the grace), and
    # with 1 s, a CI run whose xdist workers ran notebooks beside it once did.
    (tmp_path / "conftest.py").write_text(ROOT_CONFTEST.read_text() + "\n_GRACE_S = 3.0\n")
    (tmp_path / "test_leaky.py").write_text(LEAKY_TESTS)
    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("import subprocess, sys\n"
                                  "orphan = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(30)'])"),
        nbformat.v4.new_code_cell("print(orphan.pid)"),
    ])
    nbformat.write(notebook, tmp_path / "leaky.ipynb")
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rE", "-p", "no:cacheprovider", "--doctest-modules",
         "--nbval-lax", "--nbval-current-env", str(tmp_path)],
        capture_output=True, text=True, timeout=80, cwd=tmp_path,
    )
    out = proc.stdout
    # Every item runs and passes (4 tests, the doctest, 2 cells); 4 then fail at teardown.
    assert "7 passed, 4 errors" in out, out
    assert "ERROR at teardown of test_leaves_a_thread" in out and "threads ['leaky-thread']" in out
    assert "ERROR at teardown of test_leaves_a_child" in out
    assert "ERROR at teardown of [doctest] test_leaky.leaky_doctest" in out and "doctest-thread" in out
    assert "ERROR at teardown of leaky.ipynb::Cell 1" in out
    assert "the kernel of leaky.ipynb left behind child processes" in out
    assert "some-library-loop" not in out  # declared, so allowed
    # A set: with CI set, pytest's summary repeats each error message untruncated.
    leaked = {int(pid) for pid in re.findall(r"left behind child processes \['(\d+)", out)}
    assert len(leaked) == 2
    assert not any(psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE for pid in leaked)


def test_fifty_lab_runs_leave_memory_threads_and_files_where_they_started():
    tiny = MessageWorkload(users=200, message_bytes=1024, lookup_latency_s=0, send_latency_s=0)
    experiment = Experiment("worker-pool", max_workers=2, workload=tiny)
    me = psutil.Process()
    for _ in range(2):  # first use: imports and multiprocessing's own helpers
        run_lab(experiment, budget_mib=64)
    gc.collect()
    rss, threads, python_threads = me.memory_info().rss, me.num_threads(), threading.active_count()
    files = me.num_fds() if hasattr(me, "num_fds") else me.num_handles()
    for _ in range(50):
        assert run_lab(experiment, budget_mib=64).outcome == "completed"
    gc.collect()
    grew = me.memory_info().rss - rss
    print(f"after 50 runs: RSS {rss / MIB:.1f} -> {(rss + grew) / MIB:.1f} MiB; "
          f"OS threads {threads} -> {me.num_threads()}; Python threads {python_threads} -> {threading.active_count()}")
    assert grew < 4 * MIB
    assert (me.num_threads(), threading.active_count()) == (threads, python_threads)
    assert (me.num_fds() if hasattr(me, "num_fds") else me.num_handles()) == files
