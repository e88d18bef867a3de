# Written from the student copy alone, without seeing the check or the solution.
# Mistake: a correct as_completed window, but every future is also appended to a list
# and the results are gathered from that list at the end: every finished future is kept,
# so every result stays in the worker's memory until the end.
# Breaks: "Let a future go once you have its result ... The check allows the `window` in
# flight and as many finished ones not yet let go."
from distributed import as_completed


def send_windowed(client, fn, items, window):
    """Return [fn(item) for item in items], run on the cluster with at most `window` futures in flight."""
    iterator = iter(items)
    all_futures = []
    for _ in range(window):
        try:
            all_futures.append(client.submit(fn, next(iterator)))
        except StopIteration:
            break
    if not all_futures:
        return []
    finished = as_completed(list(all_futures))
    for future in finished:
        future.result()
        try:
            new = client.submit(fn, next(iterator))
        except StopIteration:
            continue
        all_futures.append(new)
        finished.add(new)
    return [f.result() for f in all_futures]

# Added by the course: the message its check must fail with.
FAILS_WITH = r"your send_windowed held \d+ futures at once \(at most 4 in flight, and at most 4 finished ones"
