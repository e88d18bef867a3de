# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: ceiling written as minus the floor of minus the noise-free product L = lambda * W, returned as an int.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    in_flight = round(tasks_per_s * latency_s, 9)
    return -math.floor(-in_flight)
