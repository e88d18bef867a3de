# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the memory to whole MiB before comparing, so a pool up to half a MiB over the budget is accepted.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + workers * task_mib) > round(budget_mib):
        raise PoolDoesNotFit(needed=workers, fits=math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(24, 0\.5, 16\.03, 256, 64\) returned 12; the target needs 12 tasks in flight, so 12 workers, and 64 MiB \+ 12 × 16\.03 MiB is over"
