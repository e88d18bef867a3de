# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: wait(FIRST_COMPLETED), results appended as they come: completion order.
import concurrent.futures as cf


def windowed_map(executor, fn, items, window):
    in_flight: set = set()
    results = []
    for item in items:
        if len(in_flight) == window:
            done, in_flight = cf.wait(in_flight, return_when=cf.FIRST_COMPLETED)
            results.extend(future.result() for future in done)
        in_flight.add(executor.submit(fn, item))
    return results + [future.result() for future in cf.as_completed(in_flight)]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"windowed_map returned \[[\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ \.\.\.\] \([\d,.]+ items\); expected the [\d,.]+"
