# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Little's law, L = lambda * W: the workers are L, the tasks inside at once.
# Round the float noise away first, then round up so the target is still met.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(round(tasks_per_s * latency_s, 9))
