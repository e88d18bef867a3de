"""The leak check: nothing a test, a doctest or a notebook starts may outlive it.

Every test and doctest (``tests/`` and ``pool_lab/``) runs under the autouse
fixture :func:`no_leftovers`.  It notes the child processes and the Python
threads alive when the test starts (after any module- or session-scoped
fixture has started its own) and fails the test if, a short grace period
after it ends, any others remain; leftover child processes are killed first,
so one leak does not take the machine or the next test down with it.

Notebooks (nbval) are checked per notebook, not per cell: a notebook's cells
share one kernel, a child process that lives from the first cell to the
last, and a notebook may keep a thread or a cluster open across cells.  After
the last cell, the kernel itself must have no child process left (a process
left there would be orphaned, and so escape the check, when the kernel
stops); once nbval has stopped the kernel, nothing new may remain at all.

A library may own a global thread that nothing can stop (a Dask offload
thread, an event-loop thread of a browser driver).  A test that starts one
declares it by name prefix, and the check lets those threads live on::

    @pytest.mark.library_threads("Dask-Offload", reason="distributed's global offload executor")
    def test_a_cluster_runs_the_workload(): ...

The declaration covers threads only; a leftover child process always fails.
"""

from __future__ import annotations

import functools
import gc
import os
import signal
import tempfile
import threading
import time
from pathlib import Path
from typing import NamedTuple

import psutil
import pytest

# How long a test's threads and children get to finish after it ends: a pool
# shut down with wait=False, or a killed child being reaped, needs a moment.
_GRACE_S = 5.0

# Long-lived helpers of multiprocessing that it starts once and keeps: not ours.
_HELPER_PROCESSES = ("resource_tracker", "forkserver")


class _Alive(NamedTuple):
    threads: frozenset[threading.Thread]
    children: frozenset[tuple[int, float]]  # (pid, create time): a reused pid is another process


def _children() -> list[psutil.Process]:
    alive = []
    for child in psutil.Process().children(recursive=True):
        try:
            if not any(helper in part for part in child.cmdline() for helper in _HELPER_PROCESSES):
                alive.append(child)
        except (psutil.NoSuchProcess, psutil.ZombieProcess):
            pass  # gone, or going: a zombie is reaped by whoever started it
    return alive


def _key(process: psutil.Process) -> tuple[int, float]:
    return process.pid, process.create_time()


def _alive() -> _Alive:
    keys = set()
    for child in _children():
        try:
            keys.add(_key(child))
        except psutil.NoSuchProcess:
            pass
    return _Alive(frozenset(threading.enumerate()), frozenset(keys))


def leftovers(
    before: _Alive, allowed_threads: tuple[str, ...] = (), grandchildren_only: bool = False
) -> tuple[list[threading.Thread], list[psutil.Process]]:
    """Return the threads and child processes alive now that were not ``before``.

    Threads whose name starts with one of ``allowed_threads`` are not counted;
    with ``grandchildren_only``, neither are threads and this process's own
    children (a notebook's kernel), only what those children started.
    """
    threads = [
        t for t in threading.enumerate()
        if t not in before.threads and t.is_alive() and not t.name.startswith(allowed_threads)
    ]
    children = []
    for child in _children():
        try:
            if _key(child) not in before.children and not (grandchildren_only and child.ppid() == os.getpid()):
                children.append(child)
        except psutil.NoSuchProcess:
            pass
    return ([] if grandchildren_only else threads), children


def check_nothing_left(
    before: _Alive, allowed_threads: tuple[str, ...], what: str, grandchildren_only: bool = False
) -> None:
    """Wait up to the grace period for leftovers to end; kill leftover children and fail if any remain."""
    deadline = time.monotonic() + _GRACE_S
    collected = False
    while True:
        threads, children = leftovers(before, allowed_threads, grandchildren_only)
        if not threads and not children:
            return
        if not collected:
            gc.collect()  # an abandoned pool lets its workers go when it is collected
            collected = True
        if time.monotonic() > deadline:
            break
        time.sleep(0.02)
    described = [f"{c.pid} ({' '.join(c.cmdline())[:80]})" for c in children if c.is_running()]
    for child in children:
        try:
            child.kill()
        except psutil.NoSuchProcess:
            pass
    psutil.wait_procs(children, timeout=5)
    pytest.fail(
        f"{what} left behind child processes {described} and threads {[t.name for t in threads]}; "
        "stop them before returning, or declare a library's global thread with "
        "@pytest.mark.library_threads(name_prefix, reason=...)",
        pytrace=False,
    )


def _start_kernels_one_at_a_time() -> None:
    """Have nbval's kernels start one at a time across pytest-xdist's processes.

    A kernel's ports are picked free before the kernel binds them; two kernels
    started at once can pick the same one, and one of them dies before it
    replies (jupyter_client issue 487; here, in CI, "Kernel died before
    replying to kernel_info").  A lock file held while a kernel starts keeps
    the starts apart; the notebooks still run side by side.
    """
    try:
        import fcntl

        import nbval.kernel  # type: ignore[import-untyped]
    except ImportError:  # Windows has no flock; without nbval there are no notebooks to run
        return
    start = nbval.kernel.start_new_kernel
    lock_path = Path(tempfile.gettempdir()) / "pool_lab-kernel-start.lock"

    @functools.wraps(start)
    def one_at_a_time(*args, **kwargs):
        with open(lock_path, "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, also if start raises
            return start(*args, **kwargs)

    nbval.kernel.start_new_kernel = one_at_a_time


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "library_threads(*name_prefixes, reason): this test may leave running the global threads "
        "a library starts and cannot stop, named with these prefixes (see conftest.py)",
    )
    # A CI script's background job starts with SIGINT ignored, and so does every process under
    # it, these tests too: what Ctrl-C or a kernel's "interrupt" does would then not be tested.
    # Restore what a terminal and a Jupyter kernel have.
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    _start_kernels_one_at_a_time()
    if not hasattr(config, "workerinput"):  # once, in the process that starts pytest-xdist's workers
        # Matplotlib builds its font cache the first time it is imported on a machine, and says so on stderr:
        # a kernel of the browser or hub tests that met that would show it as an error output. Build it first.
        import matplotlib.font_manager  # noqa: F401


@pytest.fixture(autouse=True)
def no_leftovers(request: pytest.FixtureRequest):
    """Fail the test if it leaves a child process or a thread that was not there when it started."""
    before = _alive()
    yield
    allowed = tuple(prefix for mark in request.node.iter_markers("library_threads") for prefix in mark.args)
    check_nothing_left(before, allowed, "this test")


def _is_notebook_cell(item: pytest.Item) -> bool:
    return type(item).__name__ == "IPyNbCell"  # nbval's cell item; fixtures do not apply to it


_notebook_start: dict[pytest.Collector | None, _Alive] = {}  # by notebook: a cell's parent


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    # Before nbval's own setup of the first cell, which starts the kernel.
    if _is_notebook_cell(item) and item.parent not in _notebook_start:
        _notebook_start[item.parent] = _alive()


def _last_cell(item: pytest.Item, nextitem: pytest.Item | None) -> bool:
    return _is_notebook_cell(item) and (nextitem is None or nextitem.parent is not item.parent)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    if not _last_cell(item, nextitem):
        return (yield)
    before = _notebook_start.pop(item.parent)
    notebook = item.parent.name if item.parent is not None else item.name
    kernel_failed = None
    try:  # the kernel is still running: what it started must be gone
        check_nothing_left(before, (), f"the kernel of {notebook}", grandchildren_only=True)
    except pytest.fail.Exception as failure:
        kernel_failed = failure  # raised after the kernel is stopped, so it is stopped
    result = yield  # pytest's own teardown, in which nbval stops the kernel
    check_nothing_left(before, (), f"the notebook {notebook}")
    if kernel_failed is not None:
        raise kernel_failed
    return result
