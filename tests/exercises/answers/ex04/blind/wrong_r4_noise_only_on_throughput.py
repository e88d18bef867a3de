# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the float noise away before rounding up the throughput, but then
# compares the raw sum base + n x payload with the budget. Breaks "Round that
# noise away (round(x, 9)) before you round up or compare": 1 + 7 * 0.1 <= 1.7
# is False, so a pool that fills the budget exactly is refused with PoolDoesNotFit.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    if base_mib + workers * task_mib <= budget_mib:
        return workers
    raise PoolDoesNotFit(needed=workers, fits=math.floor((budget_mib - base_mib) / task_mib))


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(14, 0\.5, 0\.1, 1\.7, 1\) raised PoolDoesNotFit\(needed=7, fits=6\); but 7 workers reach 14 tasks/s, and 1 MiB \+ 7 × 0\.1 MiB = 1\.7 MiB is within the 1\.7 MiB"
