# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: tries pool sizes 0, 1, 2, ... while they still fit the budget (<=, noise rounded away)
# and returns the first that reaches the target; ValueError with a reason if it runs out of room.
def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    busy = round(tasks_per_s * latency_s, 9)  # workers Little's law keeps busy
    budget = round(budget_mib, 9)
    workers = 0
    while round(base_mib + workers * task_mib, 9) <= budget:
        if workers >= busy:
            return workers
        workers += 1
    if workers == 0:
        raise ValueError(
            f"no pool size fits: the base alone, {base_mib} MiB, is over the {budget_mib} MiB budget"
        )
    raise ValueError(
        f"no pool size meets both: {tasks_per_s} tasks/s at {latency_s} s a task needs {busy:g} busy "
        f"workers, but {budget_mib} MiB with a {base_mib} MiB base holds at most {workers - 1} "
        f"workers of {task_mib} MiB"
    )
