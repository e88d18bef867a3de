# Written from the student copy alone, without seeing the check or the solution.
# Mistake: the for-loop takes the next item first and then waits for room (fine in
# exercise 6): window + 1 items are taken and not finished.
# Breaks: "Take the next item only when a future has finished."
from distributed import as_completed, wait


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    results = []
    index_of = {}
    for item in items:
        if len(index_of) >= window:
            done, _ = wait(list(index_of), return_when="FIRST_COMPLETED")
            for f in done:
                results[index_of.pop(f)] = f.result()
            done = f = None
        results.append(None)
        index_of[client.submit(fn, item)] = len(results) - 1
    for f in as_completed(list(index_of)):
        results[index_of.pop(f)] = f.result()
    return results

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your send_windowed took \d+ items from the input before their tasks finished; the window was 4\."
