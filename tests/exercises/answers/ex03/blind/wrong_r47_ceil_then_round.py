# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds up first and rounds the noise away afterwards (round(math.ceil(x), 9)), so the noise has already added a worker.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return int(round(math.ceil(tasks_per_s * latency_s), 9))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+"
