# Written by the course's authors, who know the check (the answers written from the student copy alone
# say so in their first line).
# WRONG: right in every decision, but counts the workers that fit with // of floats, which gives a float
# (12.0): PoolDoesNotFit takes counts of workers, ints, and says so with a TypeError.
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = round((budget_mib - base_mib) / task_mib, 9) // 1
    if workers > fits:
        raise PoolDoesNotFit(needed=workers, fits=fits)
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(40, 0\.5, 16, 256, 64\) raised TypeError: PoolDoesNotFit's fits is a count of workers, an int, not 12\.0 \(float\); the target needs 20 tasks in flight, so 20 workers, and 64 MiB \+ 20 × 16 MiB is over the"
