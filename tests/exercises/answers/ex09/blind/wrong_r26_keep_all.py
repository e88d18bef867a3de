# Written from the student copy alone, without seeing the check or the solution.
# Wrong: keeps every future in a list until the end (results stay held on the worker).
from distributed import as_completed


def send_windowed(client, fn, items, window):
    futures = []
    it = iter(items)
    ac = as_completed()
    for item in it:
        f = client.submit(fn, item)
        futures.append(f)
        ac.add(f)
        if len(futures) >= window:
            break
    for _ in ac:
        for item in it:
            f = client.submit(fn, item)
            futures.append(f)
            ac.add(f)
            break
    return [f.result() for f in futures]


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"your send_windowed held \d+ futures at once"
