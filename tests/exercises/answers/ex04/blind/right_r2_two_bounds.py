# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: computes both bounds as the copy describes: at least n_min workers for
# throughput, at most n_max = floor((budget - base) / task) for memory (no upper
# bound when task_mib is 0); raises PoolDoesNotFit with both when n_min > n_max.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n_min = math.ceil(round(tasks_per_s * latency_s, 9))
    room = round(budget_mib - base_mib, 9)
    if task_mib > 0:
        n_max = math.floor(round(room / task_mib, 9))
    else:
        n_max = math.inf if room >= 0 else -1
    if n_min > n_max:
        raise PoolDoesNotFit(needed=n_min, fits=max(n_max, 0))
    return n_min
