# Written from the student copy alone, without seeing the check or the solution.
# WRONG: after each wait(FIRST_COMPLETED) collects every finished future but submits only one new one, so the window shrinks when two finish together.
from distributed import wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    it = iter(items)
    results = []
    index_of = {}

    def submit_one():
        item = next(it, None)
        if item is None:
            return
        results.append(None)
        index_of[client.submit(fn, item)] = len(results) - 1

    for _ in range(window):
        submit_one()
    while index_of:
        done, _ = wait(list(index_of), return_when="FIRST_COMPLETED")
        for future in done:
            results[index_of.pop(future)] = future.result()
        del done
        submit_one()  # one back, however many finished
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"when two of your futures finished at once \(in the third run, the first two had both finished when your loop"
