# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Little's law L = lambda * W: workers = tasks_per_s * latency_s, float noise removed with round(x, 9), then rounded up with math.ceil.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    busy = round(tasks_per_s * latency_s, 9)  # L = lambda * W: tasks inside = workers busy
    return math.ceil(busy)
