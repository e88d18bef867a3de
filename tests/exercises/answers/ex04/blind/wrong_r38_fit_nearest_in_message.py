# Written from the student copy alone, without seeing the check or the solution.
# WRONG: decides right (compares MiB), but the "workers that fit" in the message is rounded to the nearest
# (30.72 -> 31), a false figure beside right ones: 31 workers do not fit.
# Breaks: "`raise PoolDoesNotFit(needed, fits)`, with ... the most workers that fit in the budget".
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    need = math.ceil(round(tasks_per_s * latency_s, 9))
    needed = round(base_mib + need * task_mib, 9)
    if needed <= round(budget_mib, 9):
        return need
    fit = max(0, round((budget_mib - base_mib) / task_mib)) if task_mib > 0 else 0
    raise PoolDoesNotFit(needed=need, fits=fit)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(24, 0\.5, 16\.03, 256, 64\) raised ValueError: PoolDoesNotFit\(needed=12, fits=12\): needed must be more than fits; if the workers the target needs fit, return that pool instead of"
