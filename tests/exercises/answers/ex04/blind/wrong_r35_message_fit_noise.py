# Written from the student copy alone, without seeing the check or the solution.
# WRONG: right decision, but the refusal's workers that fit are floored without rounding the noise away, so (64.3 - 64) / 0.1 fits 2, not 3.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + n * task_mib, 9) > budget_mib:
        fit = math.floor((budget_mib - base_mib) / task_mib)
        raise PoolDoesNotFit(needed=n, fits=fit)
    return n


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(8, 0\.5, 0\.1, 64\.3, 64\) raised PoolDoesNotFit\(needed=4, fits=2\); but 64 MiB \+ 3 × 0\.1 MiB = 64\.3 MiB is within the 64\.3 MiB budget: 3 fit\. In floating"
