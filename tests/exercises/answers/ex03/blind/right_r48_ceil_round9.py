# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Little's law L = lambda * W with L the workers; round the product to 9 places to drop float noise, then math.ceil up to a whole worker.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return math.ceil(round(tasks_per_s * latency_s, 9))
