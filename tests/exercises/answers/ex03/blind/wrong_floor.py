# Written from the student copy alone, without seeing the check or the solution.
# WRONG (rounds down): int() truncates 2.5 to 2 workers, which reach only 20 tasks/s of
# 100 ms, short of 25. A student writes int() because "a number of workers is an int".
def workers_for(tasks_per_s, latency_s):
    """Return the fewest workers that finish `tasks_per_s` tasks per second of `latency_s` seconds each."""
    return int(tasks_per_s * latency_s)


# The check's verdict on this answer, added by the course: its message matches FAILS_WITH.
FAILS_WITH = r"workers_for\([\d,.]+ [\d,.]+\) returned [\d,.]+; [\d,.]+ tasks/s × [\d,.]+ s = [\d,.]+ tasks in flight on"
