# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the worker count's noise but compares memory with raw floats:
# 64 + 3 * 0.1 <= 64.3 is False, so an exact fit is refused. Breaks: "`64 + 3 *
# 0.1 <= 64.3` is `False`, though 3 workers of 0.1 MiB fill 64.3 MiB exactly.
# Round that noise away (`round(x, 9)`) before you round up or compare."
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    if base_mib + n * task_mib > budget_mib:
        raise ValueError(f"{n} workers need {base_mib + n * task_mib} MiB, over the {budget_mib} MiB budget")
    return n

# Added by the course: the message its check must fail with.
FAILS_WITH = r"pool_size\(14, 0\.5, 0\.1, 1\.7, 1\) raised ValueError: .*; but 7 workers reach 14 tasks/s, .* \(a pool that fills it exactly fits\)\. In floating point, 1 \+ 7 × 0\.1 is 1\.7000000000000002"
