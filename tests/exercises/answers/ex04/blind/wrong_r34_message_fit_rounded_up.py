# Written from the student copy alone, without seeing the check or the solution.
# WRONG: refuses correctly but the message's count of workers that fit is rounded up (one too many).
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    workers = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + workers * task_mib, 9) > budget_mib:
        fit = math.ceil(round((budget_mib - base_mib) / task_mib, 9))
        raise ValueError(f"the target needs {workers} workers but only {fit} fit in {budget_mib} MiB")
    return workers


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(24, 0\.5, 16\.03, 256, 64\) raised ValueError\('the target needs 12 workers but only 12 fit in 256 MiB'\); 12 in that message is not right: .* room for 11 workers"
