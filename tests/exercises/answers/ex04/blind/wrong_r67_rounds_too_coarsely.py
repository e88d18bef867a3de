# Written from the student copy alone, without seeing the check or the solution.
# Mistake: removes the float noise with round(x, 2), which also erases a tiny real fraction (5.002 tasks in flight -> 5 workers).
# Breaks: "return the smallest number of workers (an `int`) that reaches `tasks_per_s`" (the check has "two whose fraction is tiny but real")
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 2))
    fits = max(0, math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    if needed > fits:
        raise PoolDoesNotFit(needed, fits)
    return needed


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks?/s × [\d,.]+ s = [\d,.]+ tasks? in flight on average, so [\d,.]+ workers cannot keep up\. Hint:"
