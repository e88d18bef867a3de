# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: searches upward for the smallest n whose capacity n >= lambda * W (noise rounded away with round(x, 9)), i.e. n / latency_s reaches the target.
import math


def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    needed = round(tasks_per_s * latency_s, 9)
    n = max(0, math.floor(needed) - 1)
    while n < needed:  # n workers carry n / latency_s tasks/s: enough once n >= lambda * W
        n += 1
    return int(n)
