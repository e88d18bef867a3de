# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: n = ceil(round(tasks_per_s * latency_s, 9)) (Little's law, rounded up);
# memory = base + n * task, compared with the budget after round(., 9); if over,
# PoolDoesNotFit with the workers needed and the workers that fit.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    needed = round(base_mib + n * task_mib, 9)
    if needed > round(budget_mib, 9):
        raise PoolDoesNotFit(needed=n, fits=math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    return n
