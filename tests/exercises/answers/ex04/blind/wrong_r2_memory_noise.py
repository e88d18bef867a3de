# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds the worker count's noise but compares memory with raw floats:
# 64 + 3 * 0.1 <= 64.3 is False, so an exact fit is refused. Breaks: "`64 + 3 *
# 0.1 <= 64.3` is `False`, though 3 workers of 0.1 MiB fill 64.3 MiB exactly.
# Round that noise away (`round(x, 9)`) before you round up or compare."
# Its refusal rewritten by the course to raise PoolDoesNotFit when exercise 4 moved from messages to figures; the rest is as written.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    if base_mib + n * task_mib > budget_mib:
        raise PoolDoesNotFit(needed=n, fits=math.floor((budget_mib - base_mib) / task_mib))
    return n


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(14, 0\.5, 0\.1, 1\.7, 1\) raised PoolDoesNotFit\(needed=7, fits=6\); but 7 workers reach 14 tasks/s, and 1 MiB \+ 7 × 0\.1 MiB = 1\.7 MiB is within the 1\.7 MiB"
