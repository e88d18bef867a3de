# Written from the student copy alone, without seeing the check or the solution.
# WRONG: math.ceil on the raw float product, so float noise like 100 * 0.07 = 7.000000000000001 asks for 8 workers instead of 7.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(tasks_per_s * latency_s)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+"
