"""Exercise 5, ``process_stream``: 100,000 items in bounded memory.

The answers, right and wrong, are in ``answers/ex05/`` (see ``test_answers.py``); here, the reference and
an answer that leaves threads blocked, which the test must release.
"""

from __future__ import annotations

import queue
import threading

import pytest

from pool_lab import check_process_stream

pytestmark = pytest.mark.timeout(60)


def test_process_stream_reference_passes_in_bounded_memory(capsys, no_leftovers, reference):
    report = check_process_stream(reference())
    assert "Exercise 5 (process_stream) passed: 100,000 items" in capsys.readouterr().out
    assert "peak resident memory" in repr(report)
    assert "CPU time while waiting for a slow stream" in repr(report)


def test_process_stream_fails_fast_when_it_stops_making_progress(unblock, fails_fast):
    queues: list = []

    def waits_for_a_marker_nobody_sends(items, process, workers):
        tasks: queue.Queue = queue.Queue(maxsize=workers)
        queues.append((tasks, workers))
        threads = [threading.Thread(target=lambda: [process(i) for i in iter(tasks.get, None)], daemon=True)
                   for _ in range(workers)]
        for thread in threads:
            thread.start()
        for item in items:
            tasks.put(item)
        for thread in threads:  # no marker was sent
            thread.join()

    unblock(lambda: [tasks.put(None) for tasks, workers in queues for _ in range(workers)])
    fails_fast(check_process_stream, waits_for_a_marker_nobody_sends,
               r"all 100,000 items were processed, but process_stream did not return within 2 s")
