# Written from the student copy alone, without seeing the check or the solution.
# RIGHT: binary search for the smallest n whose throughput n / latency reaches the target and for the largest n whose memory fits, each test noise-rounded.
from pool_lab import PoolDoesNotFit


def _reaches(n, tasks_per_s, latency_s):
    return n >= round(tasks_per_s * latency_s, 9)


def _fits(n, task_mib, budget_mib, base_mib):
    return round(base_mib + n * task_mib, 9) <= round(budget_mib, 9)


def _smallest_reaching(tasks_per_s, latency_s):
    hi = 1
    while not _reaches(hi, tasks_per_s, latency_s):
        hi *= 2
    lo = 0  # lo never reaches (or is 0), hi always reaches
    if _reaches(0, tasks_per_s, latency_s):
        return 0
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if _reaches(mid, tasks_per_s, latency_s):
            hi = mid
        else:
            lo = mid
    return hi


def _largest_fitting(task_mib, budget_mib, base_mib, cap):
    if not _fits(0, task_mib, budget_mib, base_mib):
        return 0
    if _fits(cap, task_mib, budget_mib, base_mib):
        return cap
    lo, hi = 0, cap  # lo fits, hi does not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if _fits(mid, task_mib, budget_mib, base_mib):
            lo = mid
        else:
            hi = mid
    return lo


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; PoolDoesNotFit if none do."""
    needed = _smallest_reaching(tasks_per_s, latency_s)
    if _fits(needed, task_mib, budget_mib, base_mib):
        return needed
    # needed does not fit, so the largest that fits is below it
    fits = _largest_fitting(task_mib, budget_mib, base_mib, needed)
    raise PoolDoesNotFit(needed, fits)
