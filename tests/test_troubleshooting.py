"""docs/troubleshooting.md quotes pool_lab's messages as pool_lab prints them.

Each message the guide quotes from pool_lab follows a comment
``<!-- pool_lab says: KEY -->`` and sits in a fenced block.  For each key,
a trigger below makes pool_lab print that message for real: it calls the
code in the situation the guide describes (a budget too big for the memory
left, a module that cannot be imported, a sender whose receiver cannot be
reached, an interrupted command) and returns what a student would see, the
last line of a traceback or what the command printed.  A quote matches when
it is that text, where each number may be another number (a quote shows one
machine's) and ``…`` stands for any text (a check's hint, a traceback's
lines).  The test fails when pool_lab no longer prints a quoted message, when
the guide quotes one no trigger makes, and when a trigger has no quote.

Where the guide can say what a machine would print, the trigger sets the
machine up that way: a laptop with 400 MiB available is psutil reporting
400 MiB; a container is a tree of cgroup files in a temporary folder, as in
tests/test_memory_room.py.  pool_lab's own code does the rest.
"""

from __future__ import annotations

import importlib.abc
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

import pool_lab
from pool_lab import Experiment, HttpSender, Receiver, run_lab
from pool_lab.budget import MIB, check_budget, memory_room
from pool_lab.cli import main

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "troubleshooting.md"
QUOTE = re.compile(r"^<!-- pool_lab says: (?P<key>[\w-]+) -->\n```text\n(?P<text>.*?)\n```", re.M | re.S)
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def quotes() -> dict[str, str]:
    found = QUOTE.findall(GUIDE.read_text(encoding="utf-8"))
    keys = [key for key, _ in found]
    assert len(keys) == len(set(keys)), f"a key is quoted twice: {keys}"
    return dict(found)


def matches(quote: str, actual: str) -> bool:
    """Return whether ``actual`` is ``quote`` with other numbers where it has numbers, and anything for '…'."""

    def literal(part: str) -> str:  # its numbers match any number, the rest only itself
        pieces = NUMBER.split(part)
        return r"[\d,]+(?:\.\d+)?".join(re.escape(piece) for piece in pieces)

    pattern = r"\s*.*?\s*".join(literal(part) for part in re.split(r"\s*…\s*", quote))
    return re.fullmatch(pattern, actual.strip(), re.S) is not None


class _VirtualMemory:
    """What psutil.virtual_memory() reports, as far as pool_lab reads it."""

    def __init__(self, available_mib: float) -> None:
        self.available = int(available_mib * MIB)


def machine_with(monkeypatch, available_mib: float) -> None:
    monkeypatch.setattr(psutil, "virtual_memory", lambda: _VirtualMemory(available_mib))


def container(tmp_path: Path, limit_mib: int, usage_mib: int) -> Path:
    """Return the root of a container's files: cgroup v2, its limit on the container's own cgroup."""
    (tmp_path / "proc/self").mkdir(parents=True)
    (tmp_path / "proc/self/cgroup").write_text("0::/\n")
    (tmp_path / "proc/self/mountinfo").write_text(
        "30 25 0:26 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 rw,nsdelegate\n")
    (tmp_path / "sys/fs/cgroup").mkdir(parents=True)
    (tmp_path / "sys/fs/cgroup/memory.max").write_text(f"{limit_mib * MIB}\n")
    (tmp_path / "sys/fs/cgroup/memory.current").write_text(f"{usage_mib * MIB}\n")
    return tmp_path


class _NotInstalled(importlib.abc.MetaPathFinder):
    """Make ``import name`` fail as it does where the package is not installed."""

    def __init__(self, *names: str) -> None:
        self.names = names

    def find_spec(self, fullname, path, target=None):
        if fullname.split(".")[0] in self.names:
            raise ModuleNotFoundError(f"No module named {fullname!r}", name=fullname)
        return None


def not_installed(monkeypatch, *names: str) -> None:
    for name in list(sys.modules):
        if name.split(".")[0] in names:
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(sys, "meta_path", [_NotInstalled(*names), *sys.meta_path])


def raised(call) -> str:
    """Return the last line of the traceback ``call()`` ends with, as a notebook shows it."""
    try:
        call()
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    raise AssertionError("expected an exception")


def free_port() -> int:
    """Return a loopback port that nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ctrl_c_as_in_a_terminal() -> None:
    # In the child, before it starts Python: a CI script's background job starts with SIGINT
    # ignored, and so does every process under it; a student's terminal never does.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def pool_lab_command(folder: Path, *args: str, env: dict[str, str] | None = None,
                     interrupt_after_s: float | None = None) -> tuple[str, str]:
    """Run ``python -m pool_lab ARGS`` in ``folder`` as a student would; return what it printed on stdout and stderr."""
    process = subprocess.Popen([sys.executable, "-m", "pool_lab", *args], cwd=folder, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **(env or {})},
                               preexec_fn=_ctrl_c_as_in_a_terminal if interrupt_after_s is not None else None)
    first = ""
    try:
        if interrupt_after_s is not None:
            assert process.stderr is not None
            first = process.stderr.readline()  # its first line: the runs have begun
            time.sleep(interrupt_after_s)
            process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
        process.wait()
    return out, first + err


# -------------------------------------------------------- the triggers, by key

def budget_on_a_busy_laptop(monkeypatch, tmp_path, capsys) -> str:
    machine_with(monkeypatch, available_mib=700)
    return raised(lambda: run_lab(Experiment("thread-per-task")))


def budget_of_a_dask_cluster(monkeypatch, tmp_path, capsys) -> str:
    import distributed  # noqa: F401  (imported first: Dask reads the machine's total memory as it loads)

    machine_with(monkeypatch, available_mib=700)

    def start() -> None:
        with pool_lab.local_cluster():  # refused before any process starts
            pass

    return raised(start)


def budget_on_the_command_line(monkeypatch, tmp_path, capsys) -> str:
    machine_with(monkeypatch, available_mib=700)
    with pytest.raises(SystemExit):
        main(["demo"])
    return capsys.readouterr().err.splitlines()[-1]


def budget_in_a_container(monkeypatch, tmp_path, capsys) -> str:
    machine_with(monkeypatch, available_mib=12_000)
    # What run_lab checks for its default budget, here against a container's files.
    return raised(lambda: check_budget(256 * MIB, hard_limit_bytes=512 * MIB,
                                       root=container(tmp_path, limit_mib=2048, usage_mib=1300)))


def room_in_a_container(monkeypatch, tmp_path, capsys) -> str:
    machine_with(monkeypatch, available_mib=12_000)
    return str(memory_room(container(tmp_path, limit_mib=2048, usage_mib=1300)))


def budget_too_small(monkeypatch, tmp_path, capsys) -> str:
    return raised(lambda: run_lab(Experiment("thread-per-task"), budget_mib=16))


def dask_not_installed(monkeypatch, tmp_path, capsys) -> str:
    not_installed(monkeypatch, "distributed")

    def start() -> None:
        with pool_lab.local_cluster():
            pass

    return raised(start)


def aiohttp_not_installed(monkeypatch, tmp_path, capsys) -> str:
    # The receiver runs in a Python of its own, which finds this module first on its path.
    (tmp_path / "aiohttp.py").write_text("raise ModuleNotFoundError(\"No module named 'aiohttp'\", name='aiohttp')\n")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]))

    def start() -> None:
        with Receiver():
            pass

    return raised(start)


def receiver_unreachable(monkeypatch, tmp_path, capsys) -> str:
    sender = HttpSender(f"http://127.0.0.1:{free_port()}/messages", retries=1, backoff_s=0.01)
    try:
        return raised(lambda: sender.send(b"hello", "m1"))
    finally:
        pool_lab.close_clients()


def student_copies_without_nbgrader(monkeypatch, tmp_path, capsys) -> str:
    # Released once while nbgrader is here, as another test in this process may have done: the copies
    # are cached, and the cache must not hide that nbgrader is gone. One small notebook keeps it quick.
    solutions = tmp_path / "solutions"
    solutions.mkdir()
    shutil.copy(ROOT / "notebooks/exercises/solutions/01_bounded_spawner.ipynb", solutions)
    arguments = ["student-copies", "--check", "--solutions", str(solutions), "--student", str(tmp_path / "student")]
    assert main(arguments) == 1  # no student copies yet
    not_installed(monkeypatch, "nbgrader")
    capsys.readouterr()
    assert main(arguments) == 2
    return capsys.readouterr().err.strip()


def exercise_not_attempted(monkeypatch, tmp_path, capsys) -> str:
    def bounded_spawn(fn, items, limit):
        raise NotImplementedError()

    report = pool_lab.check_bounded_spawn(bounded_spawn)
    assert not report.passed
    return capsys.readouterr().out.strip()


def exercise_past_its_deadline(monkeypatch, tmp_path, capsys) -> str:
    def bounded_spawn(fn, items, limit):
        time.sleep(1.0)  # past the check's deadline below, and back well before the leak check looks
        return [fn(item) for item in items]

    return raised(lambda: pool_lab.check_bounded_spawn(bounded_spawn, timeout_s=0.3))


def command_interrupted(monkeypatch, tmp_path, capsys) -> str:
    _, err = pool_lab_command(tmp_path, "demo", interrupt_after_s=1.0)
    return err.strip().splitlines()[-1]


def watchdog_only(monkeypatch, tmp_path, capsys) -> str:
    out, _ = pool_lab_command(tmp_path, "demo", "--users", "2000", "--budget-mib", "64", "--workers", "4",
                              env={"POOL_LAB_WATCHDOG_ONLY": "1"})
    return out


TRIGGERS = {
    "budget-busy-laptop": budget_on_a_busy_laptop,
    "budget-dask-cluster": budget_of_a_dask_cluster,
    "budget-command-line": budget_on_the_command_line,
    "budget-container": budget_in_a_container,
    "room-container": room_in_a_container,
    "budget-too-small": budget_too_small,
    "dask-not-installed": dask_not_installed,
    "aiohttp-not-installed": aiohttp_not_installed,
    "receiver-unreachable": receiver_unreachable,
    "student-copies-without-nbgrader": student_copies_without_nbgrader,
    "exercise-not-attempted": exercise_not_attempted,
    "exercise-past-its-deadline": exercise_past_its_deadline,
    "command-interrupted": command_interrupted,
    "watchdog-only": watchdog_only,
}


def test_every_message_the_guide_quotes_from_pool_lab_has_a_trigger_and_every_trigger_a_quote():
    assert sorted(quotes()) == sorted(TRIGGERS)


@pytest.mark.timeout(90)
@pytest.mark.parametrize("key", TRIGGERS)
def test_pool_lab_prints_the_message_the_guide_quotes(key, monkeypatch, tmp_path, capsys):
    actual = TRIGGERS[key](monkeypatch, tmp_path, capsys)
    quote = quotes()[key]
    assert matches(quote, actual), f"docs/troubleshooting.md quotes ({key}):\n{quote}\npool_lab printed:\n{actual}"


def test_a_quote_matches_other_numbers_and_anything_for_an_ellipsis_but_no_other_words():
    quote = "a budget of 256.0 MiB is more than half of the 400 MiB … choose at most 200 MiB"
    assert matches(quote, "a budget of 512.5 MiB is more than half of the 1,024 MiB left here; choose at most 512 MiB")
    assert not matches(quote, "a budget of 256.0 MiB is more than a third of the 400 MiB; choose at most 200 MiB")
    assert not matches(quote, "a budget of MiB is more than half of the 400 MiB; choose at most 200 MiB")


def test_the_lab_talks_to_its_receiver_directly_even_where_the_environment_names_a_proxy(monkeypatch):
    # A managed machine often sets http_proxy; a proxy cannot reach this machine's loopback.
    dead_proxy = f"http://127.0.0.1:{free_port()}"
    for name in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.setenv(name, dead_proxy)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    with Receiver() as receiver:
        try:
            assert receiver.sender().send(b"hello", "m1") == 5
        finally:
            pool_lab.close_clients()
        assert receiver.stats(settle=True).delivered == 1
