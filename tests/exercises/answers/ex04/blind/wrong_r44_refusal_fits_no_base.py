# Written from the student copy alone, without seeing the check or the solution.
# WRONG: decides with the base correctly, but counts fits in the refusal without the base (budget / payload).
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + needed * task_mib, 9) <= budget_mib:
        return needed
    fits = math.floor(round(budget_mib / task_mib, 9))
    raise PoolDoesNotFit(needed, fits)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised PoolDoesNotFit\(needed=20, fits=16\); but 64 MiB \+ 16 × 16 MiB = 320 MiB is over the 256 MiB budget: 12 fit\. Hint: count the"
