# Written from the student copy alone, without seeing the check or the solution.
# WRONG: raises a plain ValueError with a good message instead of PoolDoesNotFit, so no caller can read error.needed / error.fits.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = max(0, math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    if needed <= fits:
        return needed
    raise ValueError(f"{needed} workers are needed to reach the target, but only {fits} fit in the memory budget")


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised ValueError: 20 workers are needed to reach the target, but only 12 fit in the memory budget; say why with the figures, not in words alone: raise PoolDoesNotFit\(needed=20, fits=12\), a"
