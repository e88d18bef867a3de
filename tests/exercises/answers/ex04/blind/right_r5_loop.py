# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: tries pool sizes 0, 1, 2, ... while they still fit the budget (<=, noise rounded away)
# and returns the first that reaches the target; PoolDoesNotFit if it runs out of room.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    busy = round(tasks_per_s * latency_s, 9)  # workers Little's law keeps busy
    budget = round(budget_mib, 9)
    workers = 0
    while round(base_mib + workers * task_mib, 9) <= budget:
        if workers >= busy:
            return workers
        workers += 1
    needed = workers  # count on, past the budget, to the workers the target needs
    while needed < busy:
        needed += 1
    if workers == 0:
        raise PoolDoesNotFit(needed=needed, fits=0)
    raise PoolDoesNotFit(needed=needed, fits=workers - 1)
