# Written from the student copy alone, without seeing the check or the solution.
# WRONG: compares the memory with < instead of <=, so it refuses (raises for) a pool
# that fills the budget exactly, which the exercise says is fine.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    needed_mib = round(base_mib + workers * task_mib, 9)
    if needed_mib < round(budget_mib, 9):
        return workers
    raise PoolDoesNotFit(needed=workers, fits=math.ceil(round((budget_mib - base_mib) / task_mib, 9)) - 1)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(24, 0\.5, 16, 256, 64\) raised PoolDoesNotFit\(needed=12, fits=11\); but 12 workers reach 24 tasks/s, and 64 MiB \+ 12 × 16 MiB = 256 MiB is within the 256 MiB"
