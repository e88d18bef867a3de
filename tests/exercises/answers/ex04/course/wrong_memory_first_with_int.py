# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: int((budget - base) / task) on raw floats: (64.3 - 64) / 0.1 is 2.9999999999999716, so it
# finds room for 2 where 3 fit exactly. (Until the check tried a noisy case, it was kept as right.)
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    most = int((budget_mib - base_mib) / task_mib)
    least = math.ceil(tasks_per_s * latency_s)
    if least <= most:
        return least
    raise ValueError(f"need {least} workers, room for {most}")


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+ [\d,.]+, [\d,.]+ [\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ workers already reach [\d,.]+"
