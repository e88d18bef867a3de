# Written from the student copy alone, without seeing the check or the solution.
# WRONG: sizes for throughput alone: never looks at the memory budget, so it never raises PoolDoesNotFit.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    return math.ceil(round(tasks_per_s * latency_s, 9))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) returned 20; the target needs 20 tasks in flight, so 20 workers, and 64 MiB \+ 20 × 16 MiB is over the"
