# Written from the student copy alone, without seeing the check or the solution.
# WRONG: raises ValueError with an empty message, so it never says why no pool size fits.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    needed_mib = round(base_mib + workers * task_mib, 9)
    if needed_mib <= round(budget_mib, 9):
        return workers
    raise ValueError()


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised ValueError, with no message; say why with the figures: raise PoolDoesNotFit\(needed=20, fits=12\), a ValueError that"
