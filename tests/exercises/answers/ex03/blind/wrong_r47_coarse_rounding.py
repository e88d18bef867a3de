# Written from the student copy alone, without seeing the check or the solution.
# WRONG: removes float noise with round(x, 2) instead of round(x, 9), which also rounds away a real small fraction (2.001 gives 2 workers).
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(round(tasks_per_s * latency_s, 2))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+"
