# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the product to 2 decimals before ceil, which removes noise but also a real small fraction (2.004 -> 2).
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(round(tasks_per_s * latency_s, 2))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\(1001, 0\.001\) returned 1"
