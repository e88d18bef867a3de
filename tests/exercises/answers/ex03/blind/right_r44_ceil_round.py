# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: L = lambda * W workers; round the product to 9 decimals to drop float noise, then round up with math.ceil.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    busy = round(tasks_per_s * latency_s, 9)  # Little's law: tasks inside the pool at once
    return math.ceil(busy)
