"""The chapters' and the exercises' prose names the library's parameters; the library still has those values.

A number with a unit in a chapter's markdown is either computed where it is
printed or a parameter the code sets.  The parameters a notebook passes
itself (``budget_mib=256``) sit in its own cells; those below are the
library's defaults, which a change to pool_lab could move away from the
prose without touching a notebook.  Each row names the notebooks whose
markdown says the phrase, and the value that makes it true.

The appendix to chapter 1 (``01a``) also quotes pool_lab's code in its
markdown; every quote must still be in the file it names.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import nbformat
import pytest

from pool_lab import Experiment, HttpSender, MessageWorkload, _lab_child, budget, cluster, experiment, lab
from pool_lab.downstream import MAX_ATTEMPTS, _server
from pool_lab.exercises import _harness
from pool_lab.exercises import ex02_pool_map as ex02
from pool_lab.exercises import ex05_process_stream as ex05
from pool_lab.exercises import ex06_windowed_map as ex06
from pool_lab.exercises import ex07_pipeline as ex07
from pool_lab.exercises import ex08_gather_limited as ex08
from pool_lab.exercises import ex10_deliver_all as ex10

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
MIB = 2**20
INCIDENT = MessageWorkload()
APPENDIX_RUN = MessageWorkload(users=4_000)  # the appendix's own scale, with the library's batch and message sizes
DASK_BATCH = MessageWorkload(users=6_400, batch_size=64)  # notebook 6's batches, with the library's message size
CLUSTER = inspect.signature(cluster.run_on_cluster).parameters
HTTP_POOL = inspect.signature(HttpSender).parameters["pool_maxsize"].default
SMALL_RUN = MessageWorkload(users=2_000)  # notebook 1's run in the kernel, with the library's batch and message sizes
BUDGET_BYTES, HARD_LIMIT_BYTES = lab._budgets(lab.DEFAULT_BUDGET_MIB, None)

CLAIMS = [
    # (chapters, phrase, what the code gives, what the phrase says)
    (("01", "02", "03", "04", "05"), "6.25 MiB", INCIDENT.payload_bytes_per_task / MIB, 6.25),
    (("01",), "1.2 GiB", round(INCIDENT.total_payload_bytes / 2**30, 1), 1.2),
    (("05", "01a"), "1,250 MiB", INCIDENT.total_payload_bytes / MIB, 1250),
    (("02", "03"), "0.3", round(INCIDENT.task_s, 1), 0.3),
    (("02",), "20,000 users", INCIDENT.users, 20_000),
    (("02", "03"), "200 batches", INCIDENT.tasks, 200),
    (("02",), "look up 0.05 s", INCIDENT.lookup_latency_s, 0.05),
    (("02",), "send 0.25 s", INCIDENT.send_latency_s, 0.25),
    (("03",), "each taking 0.25 s", INCIDENT.send_latency_s, 0.25),
    (("02", "03"), "4 batches at a time", INCIDENT.send_capacity, 4),
    (("03",), "16 per second", INCIDENT.send_ceiling_per_s, 16),
    (("05",), "50 ms later", INCIDENT.lookup_latency_s, 0.05),
    (("05",), "250 ms after the first render", INCIDENT.send_latency_s, 0.25),
    (("05",), "the full incident, 20,000 users", INCIDENT.users, 20_000),
    (("04", "05"), "4 sends at once", INCIDENT.send_capacity, 4),
    (("05",), "the downstream's 4 slots", INCIDENT.send_capacity, 4),
    (("04", "05"), "a quarter of a second each", INCIDENT.send_latency_s, 0.25),
    (("04",), "at most 16 batches a second", INCIDENT.send_ceiling_per_s, 16),
    (("04",), "each send takes 0.25 s", INCIDENT.send_latency_s, 0.25),
    (("05",), "fewer than 16 finished per second", INCIDENT.send_ceiling_per_s, 16),
    (("01", "01a"), "5 ms", lab._WATCHDOG_INTERVAL_S, 0.005),
    (("01a",), "0.2 s by default", inspect.signature(lab.run_lab).parameters["update_every_s"].default, 0.2),
    (("01a",), "each wait also ends after 50 ms", lab._STARTUP_POLL_S, 0.05),
    (("01",), "every 20 ms", inspect.signature(Experiment.run_here).parameters["interval_s"].default, 0.02),
    (("01",), "about 20,000 users", INCIDENT.users, 20_000),
    (("01",), "each of the 200 batches", INCIDENT.tasks, 200),
    (("01",), "serves 4 sends at once", INCIDENT.send_capacity, 4),
    (("01",), "sends only 4 at a time", INCIDENT.send_capacity, 4),
    (("01",), "each taking 0.25 s", INCIDENT.send_latency_s, 0.25),
    (("01",), "at most 16 batches a second", INCIDENT.send_ceiling_per_s, 16),
    (("01",), "its task's first 0.30 s", INCIDENT.task_s, 0.30),
    (("01",), "the first look-ups last (0.05 s)", INCIDENT.lookup_latency_s, 0.05),
    (("01",), "20 payloads of 6.25 MiB can be alive together, 125 MiB", SMALL_RUN.total_payload_bytes / MIB, 125),
    (("01",), "holding only 64 KiB", INCIDENT.message_bytes / 1024, 64),
    (("01", "01a"), "twice the budget", HARD_LIMIT_BYTES / BUDGET_BYTES, 2),
    (("01",), "above half of the memory left", budget.SAFE_SHARE, 0.5),
    (("01a",), "256 MiB, the most notebook 1 lets", experiment.IN_PROCESS_LIMIT_BYTES / MIB, 256),
    (("01a",), "4,000 users instead of 20,000", INCIDENT.users, 20_000),
    (("01a",), "40 batches instead of 200", INCIDENT.tasks, 200),
    (("01a",), "here 40 batches", APPENDIX_RUN.tasks, 40),
    (("01a",), "at most 250 MiB of payloads", APPENDIX_RUN.total_payload_bytes / MIB, 250),
    (("01a",), "the 256 KiB stacks", budget._CHILD_THREAD_STACK_BYTES / 1024, 256),
    (("01a",), "for 0.1 s at a time", _lab_child._INSIDE_WATCH_S, 0.1),
    (("06",), "2 worker processes with 2 threads each",
     (CLUSTER["workers"].default, CLUSTER["threads_per_worker"].default), (2, 2)),
    (("06",), "checked every 20 ms", float(cluster._MONITOR_INTERVAL.removesuffix("ms")), 20),
    (("06",), "`Sampler` every 20 ms", CLUSTER["interval_s"].default, 0.02),
    (("06",), "four worker restarts", CLUSTER["stop_after_restarts"].default, 4),
    (("06",), "4 MiB per batch", DASK_BATCH.payload_bytes_per_task / MIB, 4),
    (("06",), "the downstream's 4 slots", INCIDENT.send_capacity, 4),
    (("07",), "20,000 users in 200 batches of 100", (INCIDENT.users, INCIDENT.tasks, INCIDENT.batch_size),
     (20_000, 200, 100)),
    (("07",), "a pool of 10 connections", HTTP_POOL, 10),
    (("07",), "**10 per host**", HTTP_POOL, 10),
    (("07",), "up to 190 may find no free connection", INCIDENT.tasks - HTTP_POOL, 190),
    (("07",), "looks its users up (50 ms)", INCIDENT.lookup_latency_s, 0.05),
    (("07",), "no message more than 100 tries", MAX_ATTEMPTS, 100),
    (("07",), "at most 6 tries instead of 100", MAX_ATTEMPTS, 100),
]


def _markdown(chapter: str) -> str:
    (path,) = NOTEBOOKS.glob(f"{chapter}_*.ipynb")
    return "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown")


@pytest.mark.parametrize("chapters, phrase, value, said", CLAIMS, ids=[c[1] for c in CLAIMS])
def test_the_prose_names_the_value_the_library_has(chapters, phrase, value, said):
    assert value == pytest.approx(said), f"the library now gives {value}; the prose says {phrase}"
    for chapter in chapters:
        assert phrase in _markdown(chapter), f"notebook {chapter} no longer says {phrase!r}: update this table"


def test_chapter_6_names_dasks_own_memory_thresholds():
    """Notebook 6 says where Dask acts on a worker's memory by default, and how often the nanny looks."""
    dask = pytest.importorskip("dask")
    pytest.importorskip("distributed")  # its defaults are Dask's configuration once it is imported
    markdown = _markdown("06")
    for name, phrase in [("spill", "from 70% the worker spills"), ("pause", "at 80% it pauses"),
                         ("terminate", "past 95% the nanny kills it")]:
        said = float(phrase.split("%")[0].split()[-1]) / 100
        assert dask.config.get(f"distributed.worker.memory.{name}") == said, f"Dask's {name} is no longer {said}"
        assert phrase in markdown, f"notebook 06 no longer says {phrase!r}: update this test"
    assert dask.config.get("distributed.worker.memory.target") == 0.6
    assert "from 60% already, counting only the results it keeps" in markdown
    assert dask.config.get("distributed.worker.memory.monitor-interval") == "100ms"
    assert "rather than Dask's 100 ms" in markdown


# A quote opens with a comment naming its file; "..." on a line of its own leaves lines out.
QUOTE = re.compile(r"```python\n# (pool_lab/\S+\.py)\n(.*?)```", re.S)


def _stripped_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


def _in_order(pieces: list[list[str]], lines: list[str]) -> bool:
    """Return whether each piece is a run of consecutive lines, each after the one before."""
    at = 0
    for piece in pieces:
        found = next((start for start in range(at, len(lines) - len(piece) + 1)
                      if lines[start:start + len(piece)] == piece), None)
        if found is None:
            return False
        at = found + len(piece)
    return True


def test_the_appendix_quotes_pool_lab_code_as_it_is():
    markdown = _markdown("01a")
    quotes = QUOTE.findall(markdown)
    assert len(quotes) >= 10 and len(quotes) == markdown.count("```python"), "every quote names its file"
    for path, quote in quotes:
        pieces = [_stripped_lines(piece.strip("\n")) for piece in re.split(r"^\.\.\.$", quote, flags=re.M)]
        source = _stripped_lines((ROOT / path).read_text())
        assert _in_order(pieces, source), f"{path} no longer has what notebook 01a quotes:\n{quote}"


# The exercises' prose (their solution notebooks, from which the student copies are made) names the same
# downstream, and the sizes of exercise 10's check.
EXERCISE_RUN = MessageWorkload(users=6_000)  # the scale of every exercise's closing lab cell
EXERCISE_CLAIMS = [
    # (exercises, phrase, what the code gives, what the phrase says)
    (("01", "02", "03", "04", "05", "06", "07", "08"), "6,000 users in 60 batches", EXERCISE_RUN.tasks, 60),
    (("01", "02", "03", "04", "05", "06", "07", "08"), "which sends 4 at once", INCIDENT.send_capacity, 4),
    (("03",), "at most 16 batches per second", INCIDENT.send_ceiling_per_s, 16),
    (("03",), "8 batches per second, half of it", INCIDENT.send_ceiling_per_s / 2, 8),
    (("04",), "at most 16 per second", INCIDENT.send_ceiling_per_s, 16),
    (("04",), "below the downstream's ceiling of 16", INCIDENT.send_ceiling_per_s, 16),
    (("04",), "a 6.25 MiB payload for 0.3 s per task",
     (INCIDENT.payload_bytes_per_task / MIB, round(INCIDENT.task_s, 1)), (6.25, 0.3)),
    (("10",), "capacity 4, 40 ms per message, a queue of 4",
     (ex10._SEND_CAPACITY, ex10._SEND_SERVICE_S, ex10._SEND_QUEUE), (4, 0.04, 4)),
    (("02",), "pauses 1.1 s before its last one", ex02._PAUSE_S, 1.1),
    (("05",), "The first eight calls take longer still", ex05._STREAM_WORKERS, 8),
    (("05",), "none ends until a second after the first began", ex05._SLOW_START_S, 1),
    (("05",), "The last call to begin takes 0.3 s", ex05._LAST_CALL_S, 0.3),
    (("06",), "(the check makes it 2 ms)", ex06._DONE_LAG_S * 1000, 2),
    (("06",), "allows at most 7 in all, however they are kept: the window's 6, and one more", ex06._WINDOW, 6),
    (("06",), "a `ThreadPoolExecutor` of 4 threads, `window=6` and a generator of 40 items",
     (ex06._WINDOW_WORKERS, ex06._WINDOW, ex06._WINDOW_TASKS), (4, 6, 40)),
    (("06", "07"), "(the check looks 0.1 s later)", _harness.LATE_S, 0.1),
    (("10",), "no thread it started is still alive 0.1 s after it returns or raises", _harness.LATE_S, 0.1),
    (("05",), "the call on the 50,000th item also takes 0.3 s", (ex05._MIDDLE_ITEM, ex05._LAST_CALL_S), (50_000, 0.3)),
    (("06",), "the task of item 11 takes 300 ms longer than the others",
     (ex06._SLOW_ITEM, ex06._SLOW_S * 1000), (11, 300)),
    (("07",), "the upload of item 99 takes 300 ms longer than the others", (ex07._SLOW_ITEM, ex07._SLOW_S * 1000),
     (99, 300)),
    (("10",), "**60th message you take for 600 ms the first time it serves it**",
     (ex10._SEND_SLOW + 1, ex10._SEND_SLOW_S * 1000), (60, 600)),
    (("10",), "40 ms of service, 600 ms for the slow one", (ex10._SEND_SERVICE_S * 1000, ex10._SEND_SLOW_S * 1000),
     (40, 600)),
    (("10",), "it took less than 4.1 s: nine tenths of the 4.6 s",
     (round(ex10._SEND_LIMIT_S, 1), round(ex10._SERIAL_S, 1)), (4.1, 4.6)),
    (("10",), "(the check looks 0.1 s after it returns or raises)", _harness.LATE_S, 0.1),
    (("10",), "every one of the 100 messages", ex10._SEND_MESSAGES, 100),
    (("10",), "**32 payloads** (4 MiB)", (ex10._SEND_BUDGET, ex10._SEND_BUDGET * ex10._SEND_BYTES / MIB), (32, 4)),
]


def _exercise_markdown(exercise: str) -> str:
    (path,) = (NOTEBOOKS / "exercises" / "solutions").glob(f"{exercise}_*.ipynb")
    return "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown")


@pytest.mark.parametrize("exercises, phrase, value, said", EXERCISE_CLAIMS, ids=[c[1] for c in EXERCISE_CLAIMS])
def test_the_exercises_name_the_value_the_library_has(exercises, phrase, value, said):
    assert value == pytest.approx(said), f"the library now gives {value}; the exercises say {phrase}"
    for exercise in exercises:
        assert phrase in _exercise_markdown(exercise), \
            f"exercise {exercise} no longer says {phrase!r}: update this table"


# The instructor's guide quotes the checks' thread rule, and their messages, with the same wait.
GUIDE_CLAIMS = [
    # (phrase, what the code gives, what the phrase says)
    ("0.1 s later in exercises 6, 7 and 10", _harness.LATE_S, 0.1),
    ("no thread of its own is alive 0.1 s later", _harness.LATE_S, 0.1),
    ("1 thread that windowed_map started was still alive 0.1 s after it raised", _harness.LATE_S, 0.1),
    ("4 threads that pipeline started were still alive 0.1 s after it returned", _harness.LATE_S, 0.1),
    ("4 threads that deliver_all started were still alive 0.1 s after it returned", _harness.LATE_S, 0.1),
    ("the 60th message the sender takes for 600 ms the first time", (ex10._SEND_SLOW + 1, ex10._SEND_SLOW_S * 1000),
     (60, 600)),
    ("at most 0.2 s late", _server._HOLD_S, 0.2),
    ("runs on until the other 39 have ended, at most 2 s, but ends once none has started or ended for 10 of its "
     "checks, each after a 5 ms sleep", (ex08._GATHER_COROS - 1, ex08._FIRST_S, ex08.QUIET_POLLS), (39, 2, 10)),
    ("At least 33 of the 39 must start", ex08._GATHER_COROS - ex08._GATHER_COROS // ex08._GATHER_LIMIT + 1, 33),
    ("less than 4.1 s: nine tenths of the 4.6 s", (round(ex10._SEND_LIMIT_S, 1), round(ex10._SERIAL_S, 1)), (4.1, 4.6)),
    ("item 11's task 300 ms longer than the others", (ex06._SLOW_ITEM, ex06._SLOW_S * 1000), (11, 300)),
    ("the upload of item 99 300 ms longer than the others", (ex07._SLOW_ITEM, ex07._SLOW_S * 1000), (99, 300)),
    ("so does the call on the 50,000th item", ex05._MIDDLE_ITEM, 50_000),
]


@pytest.mark.parametrize("phrase, value, said", GUIDE_CLAIMS, ids=[c[0] for c in GUIDE_CLAIMS])
def test_the_guide_names_the_value_the_library_has(phrase, value, said):
    assert value == pytest.approx(said), f"the library now gives {value}; the guide says {phrase}"
    assert phrase in (ROOT / "docs" / "instructor_guide.md").read_text(encoding="utf-8"), \
        f"the instructor's guide no longer says {phrase!r}: update this table"
