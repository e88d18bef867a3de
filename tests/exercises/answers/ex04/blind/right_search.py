# Written from the student copy alone, without seeing the check or the solution.
# Right, by search: add workers one at a time until they reach the target throughput
# (workers / latency >= rate); at every step check the memory they would hold; refuse as
# soon as the budget is passed before the target is reached.
def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    eps = 1e-9
    workers = 0
    while workers / latency_s < tasks_per_s * (1 - eps):
        workers += 1
        if base_mib + workers * task_mib > budget_mib + eps:
            break
    memory = base_mib + workers * task_mib
    if memory > budget_mib + eps:
        raise ValueError(
            f"the budget runs out first: {workers} workers already need {memory:g} MiB of a "
            f"{budget_mib} MiB budget, and {tasks_per_s} tasks/s of {latency_s} s need more workers than that")
    return workers
