# Written from the student copy alone, without seeing the check or the solution.
# WRONG: returns a float (7.0), not an int: it rounds up with the -(-x // 1) trick,
# which keeps the float type when the inputs are floats: the exercise asks for an int.
def pool_size(tasks_per_s, latency_s, task_mib, budget_mib, base_mib):
    """Return the fewest workers that reach `tasks_per_s` within `budget_mib` MiB; ValueError if none do."""
    workers = -(-round(tasks_per_s * latency_s, 9) // 1)
    needed_mib = round(base_mib + workers * task_mib, 9)
    if needed_mib <= round(budget_mib, 9):
        return workers
    raise ValueError(
        f"no pool size meets both: {workers} workers for {tasks_per_s} tasks/s at {latency_s} s a task "
        f"need {needed_mib} MiB with a {base_mib} MiB base, over the {budget_mib} MiB budget"
    )


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"returned 5\.0 \(float\); a number of workers is a whole number \(an int\)"
