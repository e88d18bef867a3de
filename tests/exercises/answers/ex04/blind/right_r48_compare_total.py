# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: computes the workers needed, then checks the process's total memory (base + n x payload, noise rounded) against the budget; counts what fits only to raise.
import math

from pool_lab import PoolDoesNotFit


def _workers_needed(tasks_per_s, latency_s):
    in_flight = round(tasks_per_s * latency_s, 9)  # Little's law: tasks in flight at once
    return int(math.ceil(in_flight))


def _most_that_fit(task_mib, budget_mib, base_mib):
    room = round(budget_mib - base_mib, 9)
    if room < 0:
        return 0
    return int(math.floor(round(room / task_mib, 9)))


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = _workers_needed(tasks_per_s, latency_s)
    total_mib = round(base_mib + needed * task_mib, 9)
    if total_mib <= round(budget_mib, 9):
        return needed
    fits = _most_that_fit(task_mib, budget_mib, base_mib)
    # the total says "too much" for needed workers, so at most needed - 1 fit
    raise PoolDoesNotFit(needed, min(fits, needed - 1))
