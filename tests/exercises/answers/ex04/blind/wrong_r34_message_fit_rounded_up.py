# Written from the student copy alone, without seeing the check or the solution.
# WRONG: refuses correctly but the message's count of workers that fit is rounded up (one too many).
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + workers * task_mib, 9) > budget_mib:
        fit = math.ceil(round((budget_mib - base_mib) / task_mib, 9))
        raise PoolDoesNotFit(needed=workers, fits=fit)
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(24, 0\.5, 16\.03, 256, 64\) raised ValueError: PoolDoesNotFit\(needed=12, fits=12\): needed must be more than fits; if the workers the target needs fit, return that pool instead of"
