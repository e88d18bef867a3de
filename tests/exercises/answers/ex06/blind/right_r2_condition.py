# Written from the student copy alone, without seeing the check or the solution.
# Approach: a threading.Condition and a counter of futures in flight. The done callback
# decrements the counter and notifies; the submitter waits while the counter is at
# `window`. Results go into a list by index; the first error is raised once all are done.
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    cond = threading.Condition()
    state = {"running": 0, "error": None}
    results = []

    def on_done(future, i):
        with cond:
            exc = future.exception()
            if exc is not None:
                if state["error"] is None:
                    state["error"] = exc
            else:
                results[i] = future.result()
            state["running"] -= 1
            cond.notify_all()

    try:
        for item in items:
            with cond:
                while state["running"] >= window:
                    cond.wait()
                if state["error"] is not None:
                    break
                state["running"] += 1
                results.append(None)
                i = len(results) - 1
            try:
                future = executor.submit(fn, item)
            except BaseException:
                with cond:
                    state["running"] -= 1
                raise
            future.add_done_callback(lambda f, i=i: on_done(f, i))
    finally:
        with cond:
            while state["running"] > 0:
                cond.wait()
    if state["error"] is not None:
        raise state["error"]
    return results
