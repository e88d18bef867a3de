# Written from the student copy alone, without seeing the check or the solution.
# Right: the fewest workers from Little's law (rate x latency, rounded up), then the memory
# of that pool, base + n x task, against the budget (filling it exactly is allowed).
# Both comparisons allow for float noise. Refuses with a ValueError that says why.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    needed_mib = base_mib + workers * task_mib
    if needed_mib > budget_mib + 1e-9:
        raise ValueError(
            f"{tasks_per_s} tasks/s of {latency_s} s need {workers} workers, which hold "
            f"{base_mib} + {workers} x {task_mib} = {needed_mib:g} MiB, over the {budget_mib} MiB budget: "
            f"shrink the payload, grow the budget or lower the target")
    return workers
