# Written from the student copy alone, without seeing the check or the solution.
# Mistake: counts only the workers' payloads against the budget and forgets the idle process's base.
# Breaks: "a pool of $n$ workers needs about `base + n × payload` of memory"
import math

from pool_lab import PoolDoesNotFit


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = math.ceil(round(tasks_per_s * latency_s, 9))
    fits = math.floor(round(budget_mib / task_mib, 9))
    if needed > fits:
        raise PoolDoesNotFit(needed, fits)
    return needed


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\([\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+ [\d,.]+\) raised PoolDoesNotFit\(needed=[\d,.]+ fits=[\d,.]+\); but [\d,.]+ MiB \+ [\d,.]+ × [\d,.]+ MiB = [\d,.]+ MiB is over the [\d,.]+ MiB budget:"
