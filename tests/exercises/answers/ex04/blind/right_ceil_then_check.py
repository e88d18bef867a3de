# Written from the student copy alone, without seeing the check or the solution.
# Right: the fewest workers from Little's law (rate x latency, rounded up), then the memory
# of that pool, base + n x task, against the budget (filling it exactly is allowed).
# Both comparisons allow for float noise. Refuses with a PoolDoesNotFit that says why.
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    needed_mib = base_mib + workers * task_mib
    if needed_mib > budget_mib + 1e-9:
        raise PoolDoesNotFit(needed=workers, fits=math.floor(round((budget_mib - base_mib) / task_mib, 9)))
    return workers
