# Written from the student copy alone, without seeing the check or the solution.
# Right, by search: add workers one at a time until they reach the target throughput
# (workers / latency >= rate); at every step check the memory they would hold; refuse as
# soon as the budget is passed before the target is reached.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    eps = 1e-9
    workers = 0
    while workers / latency_s < tasks_per_s * (1 - eps):
        workers += 1
        if base_mib + workers * task_mib > budget_mib + eps:
            break
    memory = base_mib + workers * task_mib
    if memory > budget_mib + eps:
        needed = workers  # count on, past the budget, to the workers the target needs
        while needed / latency_s < tasks_per_s * (1 - eps):
            needed += 1
        raise PoolDoesNotFit(needed=needed, fits=workers - 1)
    return workers
