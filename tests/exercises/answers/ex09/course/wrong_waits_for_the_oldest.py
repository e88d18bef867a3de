# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: a deque, waiting for the oldest future: a slow first task keeps the window from refilling,
# which the notebook now rules out (exercise 6 allows it). (Until the checks counted it, it was kept as right.)
from collections import deque


def send_windowed(client, fn, items, window):
    items = iter(items)
    in_flight: deque = deque(client.submit(fn, item) for _, item in zip(range(window), items))
    results = []
    while in_flight:
        results.append(in_flight.popleft().result())  # the oldest, however long it takes
        for item in items:  # then the next item, once a future has finished
            in_flight.append(client.submit(fn, item))
            break
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"while the first task ran \(a second longer than the others\), your send_windowed submitted only"
