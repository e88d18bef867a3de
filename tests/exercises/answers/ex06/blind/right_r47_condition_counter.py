# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: a Condition guards a count of futures not done; a done-callback lowers it, stores the outcome by index and notifies; the loop waits for room before it takes each item.
import threading


def windowed_map(executor, fn, items, window):
    """Return [fn(item) for item in items], run on `executor` with at most `window` futures in flight."""
    if window < 1:
        raise ValueError("window must be at least 1")
    changed = threading.Condition()
    state = {"in_flight": 0, "failed": None}
    outcomes = {}  # index -> finished future (which holds the result, not the item)

    def on_done(future, index):
        with changed:
            outcomes[index] = future
            state["in_flight"] -= 1
            if state["failed"] is None and not future.cancelled() and future.exception() is not None:
                state["failed"] = future
            changed.notify_all()

    iterator = iter(items)
    count = 0
    while True:
        with changed:
            changed.wait_for(lambda: state["in_flight"] < window or state["failed"] is not None)
            if state["failed"] is not None:
                break
        try:
            item = next(iterator)  # taken only once there is room for it
        except StopIteration:
            break
        with changed:
            state["in_flight"] += 1
        future = executor.submit(fn, item)
        del item
        future.add_done_callback(lambda done, index=count: on_done(done, index))
        del future
        count += 1
    with changed:
        if state["failed"] is None:
            changed.wait_for(lambda: state["in_flight"] == 0 or state["failed"] is not None)
        failed = state["failed"]
    if failed is not None:
        failed.result()  # raises the task's own exception
    return [outcomes.pop(index).result() for index in range(count)]
