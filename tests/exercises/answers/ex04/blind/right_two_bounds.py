# Written from the student copy alone, without seeing the check or the solution.
# Right: the two bounds of notebook 3 side by side: throughput needs at least
# ceil(rate x latency) workers, memory affords at most floor((budget - base) / task).
# If the floor is below the ceiling, no size meets both: PoolDoesNotFit with both numbers.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    at_least = math.ceil(round(tasks_per_s * latency_s, 9))
    if task_mib > 0:
        at_most = math.floor(round((budget_mib - base_mib) / task_mib, 9))
    else:
        at_most = math.inf if budget_mib >= base_mib else -1
    if at_least > at_most:
        raise PoolDoesNotFit(needed=at_least, fits=max(at_most, 0))
    return at_least
