# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: n = ceil(round(tasks_per_s * latency_s, 9)) (Little's law, rounded up);
# memory = base + n * task, compared with the budget after round(., 9); if over,
# ValueError whose message gives both numbers and the reason.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    needed = round(base_mib + n * task_mib, 9)
    if needed > round(budget_mib, 9):
        raise ValueError(
            f"no pool size fits: {tasks_per_s} tasks/s of {latency_s} s needs {n} workers, "
            f"which hold {needed} MiB ({base_mib} MiB base + {n} x {task_mib} MiB), "
            f"more than the {budget_mib} MiB budget"
        )
    return n
