# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: as_completed with add(), results appended as they come: completion order.
from distributed import as_completed


def send_windowed(client, fn, items, window):
    items = iter(items)
    finished = as_completed([client.submit(fn, item) for _, item in zip(range(window), items)])
    results = []
    for future in finished:
        results.append(future.result())
        for item in items:
            finished.add(client.submit(fn, item))
            break
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"send_windowed returned \[.*expected the 24 results in input order, .*\. Yours are the right results, in another order"
