# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: counts workers up until they reach the target, then compares the memory with raw floats:
# 64 + 3 * 0.1 is 64.30000000000001, over 64.3, so a pool that fills the budget exactly is refused.
# (Until the check tried a noisy case, it was kept as right.)


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = 1
    while workers / latency_s < tasks_per_s:
        workers += 1
    if base_mib + workers * task_mib > budget_mib:
        raise ValueError(f"{workers} workers hold {base_mib + workers * task_mib} MiB, over the {budget_mib} MiB budget")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+ [\d,.]+, [\d,.]+ [\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ workers already reach [\d,.]+"
