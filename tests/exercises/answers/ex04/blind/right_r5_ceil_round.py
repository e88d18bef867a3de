# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Little's law rounded up with math.ceil, after round(x, 9) clears the float noise;
# memory compared with <= (filling the budget exactly is fine); PoolDoesNotFit otherwise.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    # Little's law: busy workers = arrival rate x time per task; round up to whole workers.
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    needed_mib = round(base_mib + workers * task_mib, 9)
    if needed_mib <= round(budget_mib, 9):
        return workers
    raise PoolDoesNotFit(needed=workers, fits=math.floor(round((budget_mib - base_mib) / task_mib, 9)))
