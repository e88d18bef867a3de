# Written from the student copy alone, without seeing the check or the solution.
# WRONG: forgets the base memory: compares only workers x payload with the budget,
# so it accepts pools that the idle process plus the payloads push over the budget.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    needed_mib = round(workers * task_mib, 9)
    if needed_mib <= round(budget_mib, 9):
        return workers
    raise PoolDoesNotFit(needed=workers, fits=math.floor(round(budget_mib / task_mib, 9)))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised PoolDoesNotFit\(needed=20, fits=16\); but 64 MiB \+ 16 × 16 MiB = 320 MiB is over the 256 MiB budget: 12 fit\. Hint: count the"
