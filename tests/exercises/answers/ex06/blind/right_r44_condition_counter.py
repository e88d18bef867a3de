# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a Condition guards a count of futures not yet done; done callbacks decrement it and notify, the caller waits on it for room and for zero at the end.
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    cond = threading.Condition()
    state = {"in_flight": 0, "error": None}
    results = {}

    def make_callback(index):
        def on_done(future):
            error = future.exception()
            with cond:
                if error is None:
                    results[index] = future.result()
                elif state["error"] is None:
                    state["error"] = error
                state["in_flight"] -= 1
                cond.notify_all()
        return on_done

    count = 0
    item = None
    for item in items:
        with cond:
            cond.wait_for(lambda: state["in_flight"] < window or state["error"] is not None)
            if state["error"] is not None:
                raise state["error"]
            state["in_flight"] += 1
        try:
            future = executor.submit(fn, item)
        except BaseException:
            with cond:
                state["in_flight"] -= 1
            raise
        item = None
        future.add_done_callback(make_callback(count))
        future = None
        count += 1
    item = None
    with cond:
        cond.wait_for(lambda: state["in_flight"] == 0)
        if state["error"] is not None:
            raise state["error"]
    return [results[index] for index in range(count)]
