# Written from the student copy alone, without seeing the check or the solution.
# WRONG: right decision, but the refusal's workers that fit are floored without rounding the noise away, so (64.3 - 64) / 0.1 fits 2, not 3.
import math


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    n = math.ceil(round(tasks_per_s * latency_s, 9))
    if round(base_mib + n * task_mib, 9) > budget_mib:
        fit = math.floor((budget_mib - base_mib) / task_mib)
        raise ValueError(f"the target needs {n} workers but only {fit} fit in {budget_mib} MiB")
    return n


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"pool_size\(8, 0\.5, 0\.1, 64\.3, 64\) raised ValueError\('the target needs 4 workers but only 2 fit in 64\.3 MiB'\); 2 in that message is not right: .* room for 3 workers"
