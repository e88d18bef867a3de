# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: Little's law rounded up with math.ceil, after round(x, 9) clears the float noise;
# memory compared with <= (filling the budget exactly is fine); ValueError with a reason otherwise.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    # Little's law: busy workers = arrival rate x time per task; round up to whole workers.
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    needed_mib = round(base_mib + workers * task_mib, 9)
    if needed_mib <= round(budget_mib, 9):
        return workers
    raise ValueError(
        f"no pool size meets both: {tasks_per_s} tasks/s at {latency_s} s a task needs at least "
        f"{workers} workers, and {base_mib} MiB base + {workers} x {task_mib} MiB = {needed_mib} MiB "
        f"is over the {budget_mib} MiB budget (shrink the payload, grow the budget or lower the target)"
    )
