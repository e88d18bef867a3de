# Written from the student copy alone, without seeing the check or the solution.
# WRONG (unit mix-up): the student converts the per-task memory and the base to bytes
# ("memory is measured in bytes") but compares them with the budget still in MiB, so
# every case with a payload is refused as over budget.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    task_bytes = task_mib * 2**20
    base_bytes = base_mib * 2**20
    if base_bytes + workers * task_bytes > budget_mib:
        raise PoolDoesNotFit(needed=workers, fits=math.floor((budget_mib - base_bytes) / task_bytes))
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(20, 0\.25, 8, 256, 64\) raised PoolDoesNotFit\(needed=5, fits=\-8\); but 5 workers reach 20 tasks/s, and 64 MiB \+ 5 × 8 MiB = 104 MiB is within the 256 MiB"
