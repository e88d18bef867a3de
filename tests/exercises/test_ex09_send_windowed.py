"""Exercise 9, ``send_windowed``: a window of futures on a Dask cluster (starts a small cluster each time)."""

from __future__ import annotations

from typing import Callable

import pytest

from pool_lab import check_send_windowed

pytestmark = pytest.mark.timeout(60)


def dask_check(test: Callable) -> Callable:
    """Allow a Dask test 90 s, and the global threads distributed starts on first use and never stops."""
    test = pytest.mark.timeout(90)(test)
    return pytest.mark.library_threads("Dask-Offload", "Dask-Callback-Thread",
                                       reason="distributed's global offload executor and callback thread")(test)


def dask_window_of_oldest(client, fn, items, window):
    from collections import deque

    in_flight: deque = deque()
    results = []
    for item in items:
        if len(in_flight) == window:
            results.append(in_flight.popleft().result())
        in_flight.append(client.submit(fn, item))
    return results + [future.result() for future in in_flight]


def dask_wait_first_completed(client, fn, items, window):
    from distributed import wait

    index_of: dict = {}
    results: dict = {}
    for index, item in enumerate(items):
        if len(index_of) == window:
            done = wait(list(index_of), return_when="FIRST_COMPLETED").done
            for future in done:
                results[index_of.pop(future)] = future.result()
        index_of[client.submit(fn, item)] = index
    for future, index in index_of.items():
        results[index] = future.result()
    return [results[index] for index in range(len(results))]


def dask_in_completion_order(client, fn, items, window):
    from distributed import as_completed

    items = iter(items)
    finished = as_completed([client.submit(fn, item) for item, _ in zip(items, range(window))])
    results = []
    for future in finished:
        results.append(future.result())
        for item in items:
            finished.add(client.submit(fn, item))
            break
    return results


@dask_check
def test_send_windowed_reference_passes(capsys, no_leftovers, reference):
    assert check_send_windowed(reference()).passed
    assert "Exercise 9 (send_windowed) passed" in capsys.readouterr().out


@dask_check
@pytest.mark.parametrize("answer", [dask_window_of_oldest, dask_wait_first_completed])
def test_send_windowed_accepts_other_right_answers(answer, no_leftovers):
    assert check_send_windowed(answer).passed


@dask_check
@pytest.mark.parametrize("answer, match", [
    (lambda client, fn, items, window: client.gather([client.submit(fn, item) for item in items]),
     r"had \d+ futures in flight at once; the window was 4"),
    (lambda client, fn, items, window: client.gather(client.map(fn, list(items))),
     r"had \d+ futures in flight at once; the window was 4"),
    (dask_in_completion_order, r"expected the 24 results in input order"),
], ids=["submit-everything", "client-map", "completion-order"])
def test_send_windowed_rejects_wrong_answers(answer, match, no_leftovers, fails_fast):
    fails_fast(check_send_windowed, answer, match)
