"""Shared fixtures: nothing a test starts may outlive it."""

from __future__ import annotations

import threading
import time

import psutil
import pytest


@pytest.fixture
def no_leftovers():
    """Fail the test if it leaves a child process or a pool_lab thread behind."""
    yield
    me = psutil.Process()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        # multiprocessing's resource tracker is a long-lived helper, not ours.
        children = [c for c in me.children(recursive=True) if "resource_tracker" not in " ".join(c.cmdline())]
        threads = [t.name for t in threading.enumerate() if t.name.startswith("pool_lab")]
        if not children and not threads:
            return
        time.sleep(0.02)
    pytest.fail(f"left behind: child processes {[c.pid for c in children]}, threads {threads}")
