# Written from the student copy alone, without seeing the check or the solution.
# WRONG: decides with needed rounded up, but reports needed rounded down (int(x)) in the refusal.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    load = round(tasks_per_s * latency_s, 9)
    fits = max(0, math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    if math.ceil(load) <= fits:
        return math.ceil(load)
    raise PoolDoesNotFit(int(load), fits)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(25, 0\.5, 16, 256, 64\) raised ValueError: PoolDoesNotFit\(needed=12, fits=12\): needed must be more than fits; if the workers the target needs fit, return that pool instead of"
