"""Exercise 6, ``windowed_map``: a window of futures over any executor."""

from __future__ import annotations

import concurrent.futures as cf
import threading

import pytest

from pool_lab import WorkerPool, check_windowed_map

pytestmark = pytest.mark.timeout(60)


def test_windowed_map_reference_passes(capsys, no_leftovers, reference):
    report = check_windowed_map(reference())
    assert "Exercise 6 (windowed_map) passed" in capsys.readouterr().out and report.passed


def window_first_completed(executor, fn, items, window):
    index_of: dict = {}
    results: dict = {}
    for index, item in enumerate(items):
        if len(index_of) == window:
            done, _ = cf.wait(index_of, return_when=cf.FIRST_COMPLETED)
            for future in done:
                results[index_of.pop(future)] = future.result()
        index_of[executor.submit(fn, item)] = index
    for future, index in index_of.items():
        results[index] = future.result()
    return [results[index] for index in range(len(results))]


def window_with_a_semaphore(executor, fn, items, window):
    slots = threading.Semaphore(window)
    futures = []
    for item in items:
        slots.acquire()
        futures.append(executor.submit(fn, item))
        futures[-1].add_done_callback(lambda _: slots.release())
    return [future.result() for future in futures]


def window_in_completion_order(executor, fn, items, window):
    in_flight: set = set()
    results = []
    for item in items:
        if len(in_flight) == window:
            done, in_flight = cf.wait(in_flight, return_when=cf.FIRST_COMPLETED)
            results.extend(future.result() for future in done)
        in_flight.add(executor.submit(fn, item))
    return results + [future.result() for future in cf.as_completed(in_flight)]


def submit_everything(executor, fn, items, window):
    futures = [executor.submit(fn, item) for item in items]
    return [future.result() for future in futures]


def window_of_one(executor, fn, items, window):
    return [executor.submit(fn, item).result() for item in items]


def window_on_its_own_pool(executor, fn, items, window):
    with WorkerPool(max_workers=4, queue_size=window - 4) as pool:
        return list(pool.map(fn, items))


@pytest.mark.parametrize("answer", [window_first_completed, window_with_a_semaphore])
def test_windowed_map_accepts_other_right_answers(answer, no_leftovers):
    assert check_windowed_map(answer).passed


@pytest.mark.parametrize("answer, match", [
    (submit_everything, r"took \d+ items from the input before their tasks had finished; the window was 6"),
    (lambda executor, fn, items, window: list(executor.map(fn, items)), r"took \d+ items from the input"),
    (window_in_completion_order, r"expected the 40 results in input order"),
    (window_of_one, r"never ran more than one task at once"),
    (window_on_its_own_pool, r"not in the executor you were given"),
], ids=["submit-everything", "executor-map", "completion-order", "window-of-one", "own-pool"])
def test_windowed_map_rejects_wrong_answers(answer, match, no_leftovers, fails_fast):
    fails_fast(check_windowed_map, answer, match)
