# Written from the student copy alone, without seeing the check or the solution.
# WRONG: computes latency / rate (W / lambda) instead of rate * latency, with at least one worker.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return max(1, math.ceil(round(latency_s / tasks_per_s, 9)))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+, [\d,.]+\) returned [\d,.]+"
