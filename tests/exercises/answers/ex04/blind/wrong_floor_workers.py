# Written from the student copy alone, without seeing the check or the solution.
# WRONG (rounds down): int() on rate x latency gives one worker too few whenever the
# product is not whole, so the returned pool misses the target throughput (and a case that
# is only just impossible can be accepted, since one worker fewer may fit the budget).
def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    workers = int(tasks_per_s * latency_s)
    if base_mib + workers * task_mib > budget_mib:
        raise ValueError(f"{workers} workers need more than the {budget_mib} MiB budget")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+ [\d,.]+, [\d,.]+ [\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks/s × [\d,.]+ s = [\d,.]+ tasks in"
