# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns None (prints a warning) when nothing fits instead of raising.
# Breaks: "if it does not, no pool size meets both: `raise PoolDoesNotFit(needed,
# fits)`, with the number of workers the target needs and the most workers that fit in the budget."
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + n * task_mib, 9) > round(budget_mib, 9):
        print(f"warning: {n} workers do not fit in {budget_mib} MiB")
        return None
    return n


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) returned None; the target needs 20 tasks in flight, so 20 workers, and 64 MiB \+ 20 × 16 MiB is over the"
