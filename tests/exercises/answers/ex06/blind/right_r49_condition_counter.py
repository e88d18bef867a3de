# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a Condition guards a count of futures not yet done; done-callbacks decrement it, store the result at its index and notify; the loop waits while the count is `window`, and waits for zero before returning or raising.
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    cond = threading.Condition()
    results = []
    state = {"in_flight": 0, "error": None}

    def on_done(index, future):
        exc = future.exception()
        with cond:
            if exc is not None:
                if state["error"] is None:
                    state["error"] = exc
            else:
                results[index] = future.result()
            state["in_flight"] -= 1
            cond.notify_all()

    it = iter(items)
    while True:
        with cond:
            cond.wait_for(lambda: state["in_flight"] < window or state["error"] is not None)
            if state["error"] is not None:
                break
        try:
            item = next(it)
        except StopIteration:
            break
        with cond:
            index = len(results)
            results.append(None)
            state["in_flight"] += 1
        try:
            future = executor.submit(fn, item)
        except BaseException:
            with cond:
                state["in_flight"] -= 1
            raise
        item = None
        future.add_done_callback(lambda f, index=index: on_done(index, f))
        future = None
    with cond:
        cond.wait_for(lambda: state["in_flight"] == 0)
        error = state["error"]
    if error is not None:
        raise error
    return results
