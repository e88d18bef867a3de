# Written from the student copy alone, without seeing the check or the solution.
# Approach: Little's law L = lambda * W: workers = ceil(round(tasks_per_s * latency_s, 9)).
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    in_flight = round(tasks_per_s * latency_s, 9)  # tasks inside the pool at once, float noise removed
    return math.ceil(in_flight)
