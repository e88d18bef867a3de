# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: floats with round(x, 9); refusal gives the MiB needed against the budget, each also in KiB (x 1024).
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    total = round(base_mib + n * task_mib, 9)
    if total <= budget_mib:
        return n
    raise PoolDoesNotFit(needed=n, fits=math.floor(round((budget_mib - base_mib) / task_mib, 9)))
