# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns the raw float of Little's law (2.5 workers) rounded for noise
# but not up to a whole number. Breaks: "return the smallest number of workers
# (an `int`)".


def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    n = round(tasks_per_s * latency_s, 9)
    needed = round(base_mib + n * task_mib, 9)
    if needed > round(budget_mib, 9):
        raise ValueError(f"{n} workers need {needed} MiB, over the {budget_mib} MiB budget")
    return n

# Added by the course: the message its check must fail with.
FAILS_WITH = r"pool_size\([^)]*\) returned [\d,.]+ \(float\); a number of workers is a whole number"
