# Written from the student copy alone, without seeing the check or the solution.
# WRONG: rounds up with int(x) + 1, which adds a worker too many whenever Little's law
# gives a whole number (100 tasks/s x 0.07 s = 7 becomes 8), and may then refuse a pool that fits.
def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    workers = int(round(tasks_per_s * latency_s, 9)) + 1
    needed_mib = round(base_mib + workers * task_mib, 9)
    if needed_mib <= round(budget_mib, 9):
        return workers
    raise ValueError(
        f"no pool size meets both: {workers} workers for {tasks_per_s} tasks/s at {latency_s} s a task "
        f"need {needed_mib} MiB with a {base_mib} MiB base, over the {budget_mib} MiB budget"
    )


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"returned 6; 5 workers already reach 20 tasks/s, .* Hint: Little's law rounded up \(math\.ceil\), no more\."
