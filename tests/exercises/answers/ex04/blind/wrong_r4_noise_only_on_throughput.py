# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the float noise away before rounding up the throughput, but then
# compares the raw sum base + n x payload with the budget. Breaks "Round that
# noise away (round(x, 9)) before you round up or compare": 1 + 7 * 0.1 <= 1.7
# is False, so a pool that fills the budget exactly is refused with ValueError.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    if base_mib + workers * task_mib <= budget_mib:
        return workers
    raise ValueError(f"{workers} workers need {base_mib + workers * task_mib} MiB, over the {budget_mib} MiB budget")

# Added by the course: the message its check must fail with.
FAILS_WITH = r"pool_size\(14, 0\.5, 0\.1, 1\.7, 1\) raised ValueError: .*\(a pool that fills it exactly fits\)\. In floating point, 1 \+ 7 × 0\.1 is 1\.7000000000000002"
