# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG (a reviewer's probe): a right window, but a task's exception is wrapped in a RuntimeError
# ("with context"): the caller cannot catch the task's own exception type any more.
from collections import deque


def windowed_map(executor, fn, items, window):
    in_flight, results = deque(), []
    try:
        for item in items:
            if len(in_flight) == window:
                results.append(in_flight.popleft().result())
            in_flight.append(executor.submit(fn, item))
        results.extend(future.result() for future in in_flight)
    except Exception as error:
        raise RuntimeError(f"windowed_map failed: {error}") from error
    return results


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"raised RuntimeError: windowed_map failed: task 5 failed on purpose\. Hint: raise the task's own exception"
