# Written from the student copy alone, without seeing the check or the solution.
# Mistake: raises a plain ValueError with a sentence, so the caller cannot read error.needed / error.fits.
# Breaks: "`raise PoolDoesNotFit(needed, fits)` ... whoever catches it can read both counts (`error.needed`, `error.fits`)"
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = max(0, math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    if needed > fits:
        raise ValueError(f"{needed} workers are needed to reach the target, but only {fits} fit in the memory budget")
    return needed


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+\) raised ValueError: [\d,.]+ workers are needed to reach the target, but only [\d,.]+ fit in the memory budget; say why"
