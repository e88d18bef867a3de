# Written from the student copy alone, without seeing the check or the solution.
# WRONG (refusal without a message): the logic is right but "raise ValueError" carries no
# text, so the caller (and whoever reads the log) cannot tell why no pool size works.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    if base_mib + workers * task_mib > budget_mib + 1e-9:
        raise ValueError
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised ValueError, with no message; say why with the figures: raise PoolDoesNotFit\(needed=20, fits=12\), a ValueError that"
